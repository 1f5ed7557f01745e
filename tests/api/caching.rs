//! What browsers may keep (issue 10): the public poll page and the poll's JSON carry a
//! weak `ETag` and are answered `304 Not Modified` while the poll is unchanged; the
//! organizer's views (secret links, admin token) are never stored; assets are linked by
//! hashed names cached for a year; pages are compressed when the browser asks.

use reqwest::header::{ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, ETAG, IF_NONE_MATCH};
use reqwest::{Method, Response};
use rstest_reuse::apply;

use crate::helpers::*;

fn header(r: &Response, name: reqwest::header::HeaderName) -> String {
    r.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

async fn get_if_none_match(app: &TestApp, path: &str, tag: &str) -> Response {
    app.client
        .get(app.url(path))
        .header(IF_NONE_MATCH, tag)
        .send()
        .await
        .expect("GET")
}

#[apply(backends)]
#[tokio::test]
async fn an_unchanged_poll_is_answered_304_and_a_changed_one_anew(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = app.create_fixture_poll().await;
    let votes = vote_map(&poll.slots, &["yes", "no", "yes", "if_need_be", "no"]);
    app.submit_response_ok(
        &poll.id,
        &response_body("Ana", None, "Europe/Lisbon", votes.clone()),
    )
    .await;

    for path in [
        format!("/p/{}", poll.id),
        format!("/api/v1/polls/{}?tz=Asia/Kathmandu", poll.id),
    ] {
        let first = app.get(&path).await;
        assert_eq!(first.status().as_u16(), 200, "{path}");
        assert_eq!(header(&first, CACHE_CONTROL), "no-cache", "{path}");
        let tag = header(&first, ETAG);
        assert!(
            tag.starts_with("W/\"") && tag.len() == 20,
            "{path}: weak tag {tag:?}"
        );

        let again = get_if_none_match(&app, &path, &tag).await;
        assert_eq!(again.status().as_u16(), 304, "{path}");
        assert_eq!(header(&again, ETAG), tag, "{path}: the 304 names its tag");
        assert_eq!(
            again.bytes().await.expect("body").len(),
            0,
            "{path}: no body"
        );
        // A list of tags, one of them right, and `*`.
        let listed = get_if_none_match(&app, &path, &format!("W/\"0000\", {tag}")).await;
        assert_eq!(listed.status().as_u16(), 304, "{path}");
        let other = get_if_none_match(&app, &path, "W/\"0123456789abcdef\"").await;
        assert_eq!(
            other.status().as_u16(),
            200,
            "{path}: another tag gets the page"
        );
    }

    // A new answer changes both: the old tags get the new content.
    let page_tag = header(&app.get(&format!("/p/{}", poll.id)).await, ETAG);
    let json_path = format!("/api/v1/polls/{}?tz=Asia/Kathmandu", poll.id);
    let json_tag = header(&app.get(&json_path).await, ETAG);
    app.submit_response_ok(&poll.id, &response_body("Bo", None, "Asia/Tokyo", votes))
        .await;
    let page = get_if_none_match(&app, &format!("/p/{}", poll.id), &page_tag).await;
    assert_eq!(page.status().as_u16(), 200);
    assert_ne!(header(&page, ETAG), page_tag);
    assert!(page.text().await.expect("page").contains("Bo"));
    let json = get_if_none_match(&app, &json_path, &json_tag).await;
    assert_eq!(json.status().as_u16(), 200);
    assert_ne!(header(&json, ETAG), json_tag);

    // Another zone is another answer (the tag follows the bytes).
    let fiji = header(
        &app.get(&format!("/api/v1/polls/{}?tz=Pacific/Fiji", poll.id))
            .await,
        ETAG,
    );
    assert_ne!(fiji, header(&app.get(&json_path).await, ETAG));
}

#[apply(backends)]
#[tokio::test]
async fn the_organizers_views_are_never_stored_nor_tagged(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = app.create_fixture_poll().await;
    let admin_page = app
        .get(&format!("/p/{}/admin/{}", poll.id, poll.admin_token))
        .await;
    assert_eq!(admin_page.status().as_u16(), 200);
    assert_eq!(header(&admin_page, CACHE_CONTROL), "no-store");
    assert_eq!(header(&admin_page, ETAG), "");
    let admin_json = app
        .request(
            Method::GET,
            &format!("/api/v1/polls/{}", poll.id),
            Some(&poll.admin_token),
            None,
        )
        .await;
    assert_eq!(admin_json.status().as_u16(), 200);
    assert_eq!(header(&admin_json, CACHE_CONTROL), "no-store");
    assert_eq!(header(&admin_json, ETAG), "");
    // A 404 is not tagged either.
    let missing = app.get("/p/AAAAAAAAAAAAAAAAAAAAAA").await;
    assert_eq!(missing.status().as_u16(), 404);
    assert_eq!(header(&missing, ETAG), "");
}

#[apply(backends)]
#[tokio::test]
async fn assets_are_linked_by_hashed_names_kept_a_year(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let home = expect_status(app.get("/").await, 200).await;
    for (stem, ext) in [("convene", "css"), ("convene", "js"), ("favicon", "svg")] {
        let prefix = format!("/static/{stem}.");
        let link: String = home
            .match_indices(&prefix)
            .map(|(start, _)| {
                home[start..]
                    .chars()
                    .take_while(|c| *c != '"')
                    .collect::<String>()
            })
            .find(|link| link.ends_with(&format!(".{ext}")))
            .unwrap_or_else(|| panic!("{stem}.{ext} linked"));
        let hash = link
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(&format!(".{ext}")))
            .unwrap_or_else(|| panic!("hashed name: {link}"));
        assert!(
            hash.len() == 10 && hash.chars().all(|c| c.is_ascii_hexdigit()),
            "{link}"
        );

        let hashed = app.get(&link).await;
        assert_eq!(hashed.status().as_u16(), 200, "{link}");
        assert_eq!(
            header(&hashed, CACHE_CONTROL),
            "public, max-age=31536000, immutable"
        );
        let hashed_body = hashed.bytes().await.expect("asset");
        let plain = app.get(&format!("/static/{stem}.{ext}")).await;
        assert_eq!(header(&plain, CACHE_CONTROL), "public, max-age=3600");
        assert_eq!(
            plain.bytes().await.expect("asset"),
            hashed_body,
            "same file"
        );
        let stale = app.get(&format!("/static/{stem}.0000000000.{ext}")).await;
        assert_eq!(stale.status().as_u16(), 404, "an old hash is not served");
    }
}

#[apply(backends)]
#[tokio::test]
async fn pages_and_json_are_compressed_when_asked(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = app.create_fixture_poll().await;
    for path in [
        format!("/p/{}", poll.id),
        format!("/api/v1/polls/{}", poll.id),
    ] {
        let plain = app.get(&path).await;
        let plain_len = plain.bytes().await.expect("body").len();
        let gz = app
            .client
            .get(app.url(&path))
            .header(ACCEPT_ENCODING, "gzip")
            .send()
            .await
            .expect("GET");
        assert_eq!(header(&gz, CONTENT_ENCODING), "gzip", "{path}");
        let tag = header(&gz, ETAG);
        let gz_len = gz.bytes().await.expect("body").len();
        assert!(
            gz_len * 2 < plain_len,
            "{path}: {gz_len} gzipped bytes of {plain_len}"
        );
        // The same tag whatever the encoding (weak), so a compressed copy revalidates.
        let again = app
            .client
            .get(app.url(&path))
            .header(ACCEPT_ENCODING, "gzip")
            .header(IF_NONE_MATCH, &tag)
            .send()
            .await
            .expect("GET");
        assert_eq!(again.status().as_u16(), 304, "{path}");
    }
}
