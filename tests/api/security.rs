//! Headers that limit what pages may do, and form posts from other sites refused.

use reqwest::header::{CONTENT_TYPE, ORIGIN, REFERRER_POLICY};
use serde_json::json;

use crate::helpers::{
    expect_json, expect_see_other, expect_status, location_path, poll_body, spawn_app, Backend,
};

#[tokio::test]
async fn every_page_sends_a_strict_content_security_policy_and_has_no_inline_code() {
    let app = spawn_app(Backend::Sqlite).await;
    let poll = app
        .create_poll_ok(&poll_body(
            "Headers",
            "Europe/Zurich",
            &["2027-05-04T10:00"],
        ))
        .await;
    for (path, referrer) in [
        ("/".to_owned(), "same-origin"),
        (format!("/p/{}", poll.id), "same-origin"),
        (location_path(&poll.admin_url), "no-referrer"),
        ("/p/xxxxxxxxxxxx".to_owned(), "same-origin"),
        ("/static/convene.css".to_owned(), "same-origin"),
    ] {
        let response = app.get(&path).await;
        let headers = response.headers().clone();
        let csp = headers["content-security-policy"].to_str().expect("ascii");
        for part in [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "frame-ancestors 'none'",
            "form-action 'self'",
        ] {
            assert!(csp.contains(part), "{path}: CSP lacks {part}: {csp}");
        }
        assert!(!csp.contains("unsafe"), "{path}: {csp}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["x-frame-options"], "DENY", "{path}");
        assert_eq!(headers[REFERRER_POLICY], referrer, "{path}");
        let body = response.text().await.expect("body");
        if path.starts_with("/static") {
            continue;
        }
        // With that policy an inline script or style would not run: there must be none.
        assert!(!body.contains(" style=\""), "{path} has an inline style");
        let handler = body.match_indices(" on").any(|(at, _)| {
            let rest = &body[at + 3..];
            let name_len = rest.chars().take_while(char::is_ascii_lowercase).count();
            name_len > 0 && rest[name_len..].starts_with("=\"")
        });
        assert!(!handler, "{path} has an inline event handler");
        assert_eq!(
            body.matches("<script").count(),
            body.matches("<script src=\"/static/").count(),
            "{path} has an inline script"
        );
    }
}

#[tokio::test]
async fn form_posts_from_another_site_are_refused_and_change_nothing() {
    let app = spawn_app(Backend::Sqlite).await;
    let poll = app
        .create_poll_ok(&poll_body(
            "Forgery",
            "Europe/Zurich",
            &["2027-05-04T10:00"],
        ))
        .await;
    let admin = location_path(&poll.admin_url);
    let finalize = format!("{admin}/finalize");
    let form = [("slot_id", poll.slots[0].id.as_str())];
    let post = |origin: Option<&'static str>, site: Option<&'static str>| {
        let mut request = app.client.post(app.url(&finalize)).form(&form);
        if let Some(o) = origin {
            request = request.header(ORIGIN, o);
        }
        if let Some(s) = site {
            request = request.header("Sec-Fetch-Site", s);
        }
        request.send()
    };
    for (origin, site) in [
        (Some("https://evil.example"), None),
        (Some("null"), Some("cross-site")),
        (None, Some("cross-site")),
        (None, Some("same-site")),
        (
            Some(app.address.as_str().to_owned().leak() as &'static str),
            Some("cross-site"),
        ),
        // Without Fetch Metadata (older browsers) the Origin must be this very host and
        // port, not one that merely starts like it.
        (
            Some(format!("{}evil", app.address).leak() as &'static str),
            None,
        ),
        (
            Some(format!("{}0", app.address).leak() as &'static str),
            None,
        ),
        (
            Some(format!("{}.evil.example", app.address).leak() as &'static str),
            None,
        ),
        (Some("http://localhost.evil.example"), None),
    ] {
        let response = post(origin, site).await.expect("request");
        let page = expect_status(response, 403).await;
        assert!(
            page.contains("Not accepted from another site"),
            "{origin:?} {site:?}"
        );
        assert_eq!(
            app.poll(&poll.id, None).await["status"],
            "open",
            "a refused post changes nothing ({origin:?} {site:?})"
        );
    }
    // A secret page (no-referrer) posts with Origin: null; Fetch Metadata says it is
    // Convene's own, so it goes through.
    let own = post(Some("null"), Some("same-origin"))
        .await
        .expect("request");
    expect_see_other(own).await;
    assert_eq!(app.poll(&poll.id, None).await["status"], "finalized");
    expect_json(app.reopen(&poll.id, &poll.admin_token).await, 200).await;
    // An older browser sends only the Origin: its own goes through.
    let own = post(Some(app.address.as_str().to_owned().leak()), None)
        .await
        .expect("request");
    expect_see_other(own).await;
    assert_eq!(app.poll(&poll.id, None).await["status"], "finalized");
    expect_json(app.reopen(&poll.id, &poll.admin_token).await, 200).await;
    // The same post from Convene's own page with its Origin goes through.
    let own = post(
        Some(app.address.as_str().to_owned().leak()),
        Some("same-origin"),
    )
    .await
    .expect("request");
    expect_see_other(own).await;
    assert_eq!(app.poll(&poll.id, None).await["status"], "finalized");
}

#[tokio::test]
async fn the_refusal_is_written_in_the_visitors_language_and_scripts_without_headers_pass() {
    let app = spawn_app(Backend::Sqlite).await;
    let response = app
        .client
        .post(app.url("/polls?lang=fr"))
        .header("Sec-Fetch-Site", "cross-site")
        .form(&[("title", "x")])
        .send()
        .await
        .expect("request");
    let page = expect_status(response, 403).await;
    assert!(page.contains("<html lang=\"fr\""), "French page");
    assert!(!page.contains("Not accepted from another site"));
    assert_eq!(app.count_rows("polls"), 0);
    // No Origin and no Sec-Fetch-Site (curl, a script): the form is read as usual.
    let response = app
        .post_form("/polls", &[("title".into(), String::new())])
        .await;
    expect_status(response, 422).await;
    // A cross-site form cannot post JSON: a text/plain body to the API is refused.
    let response = app
        .client
        .post(app.url("/api/v1/polls"))
        .header(CONTENT_TYPE, "text/plain")
        .body(json!({"title": "x"}).to_string())
        .send()
        .await
        .expect("request");
    assert!(response.status().is_client_error(), "{}", response.status());
    assert_eq!(app.count_rows("polls"), 0);
}

/// Nothing of the API is kept by a cache, except the poll as anyone with its link reads
/// it, which the browser may keep as it keeps the poll's page but must revalidate
/// (`no-cache`, with an ETag: see `caching.rs`).
#[tokio::test]
async fn no_api_answer_may_be_kept_by_a_cache() {
    let app = spawn_app(Backend::Sqlite).await;
    let poll = app
        .create_poll_ok(&poll_body("Cache", "Europe/Zurich", &["2027-05-04T10:00"]))
        .await;
    assert_eq!(
        app.get_poll(&poll.id, None)
            .await
            .headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-cache"),
        "public read"
    );
    let answers = [
        (
            "organizer read, with addresses",
            app.request(
                reqwest::Method::GET,
                &format!("/api/v1/polls/{}", poll.id),
                Some(&poll.admin_token),
                None,
            )
            .await,
        ),
        ("unknown poll", app.get("/api/v1/polls/xxxxxxxxxxxx").await),
        ("unknown route", app.get("/api/v1/nothing").await),
    ];
    for (what, answer) in answers {
        assert_eq!(
            answer
                .headers()
                .get("cache-control")
                .and_then(|v| v.to_str().ok()),
            Some("no-store"),
            "{what}"
        );
    }
}

#[tokio::test]
async fn head_is_answered_like_get_without_a_body_and_get_polls_goes_back_to_the_form() {
    let app = spawn_app(Backend::Sqlite).await;
    let poll = app
        .create_poll_ok(&poll_body("Head", "Europe/Zurich", &["2027-05-04T10:00"]))
        .await;
    for path in [
        "/".to_owned(),
        "/healthz".to_owned(),
        "/static/convene.css".to_owned(),
        "/api/openapi.json".to_owned(),
        format!("/p/{}", poll.id),
        format!("/api/v1/polls/{}", poll.id),
    ] {
        let get = app.get(&path).await;
        assert_eq!(get.status(), 200, "GET {path}");
        let head = app.request(reqwest::Method::HEAD, &path, None, None).await;
        assert_eq!(head.status(), 200, "HEAD {path}");
        assert_eq!(
            head.headers().get(CONTENT_TYPE),
            get.headers().get(CONTENT_TYPE),
            "HEAD {path} has GET's type"
        );
        assert_eq!(
            head.bytes().await.expect("body").len(),
            0,
            "HEAD {path} has no body"
        );
    }
    let back = expect_see_other(app.get("/polls").await).await;
    assert_eq!(location_path(&back), "/");
    expect_status(
        app.request(reqwest::Method::HEAD, "/p/xxxxxxxxxxxx", None, None)
            .await,
        404,
    )
    .await;
}

#[tokio::test]
async fn a_form_that_is_not_utf8_is_refused_and_saves_nothing() {
    let app = spawn_app(Backend::Sqlite).await;
    let poll = app
        .create_poll_ok(&poll_body(
            "Encoding",
            "Europe/Zurich",
            &["2027-05-04T10:00"],
        ))
        .await;
    let path = format!("/p/{}/responses", poll.id);
    let vote = format!("vote_{}=yes", poll.slots[0].id);
    for body in [
        format!("name=%ff%fe&timezone=UTC&{vote}").into_bytes(),
        [
            b"name=".as_slice(),
            b"\xff\xfe",
            format!("&timezone=UTC&{vote}").as_bytes(),
        ]
        .concat(),
    ] {
        let refused = app
            .client
            .post(app.url(&path))
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("Accept-Language", "fr")
            .body(body)
            .send()
            .await
            .expect("request");
        let page = expect_status(refused, 400).await;
        assert!(page.contains("Le formulaire n’a pas pu être lu"), "{page}");
    }
    assert_eq!(
        app.poll(&poll.id, None).await["responses"],
        json!([]),
        "nothing was saved"
    );
    // The same form in UTF-8 is taken, accents and all.
    let accepted = app
        .client
        .post(app.url(&path))
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(format!("name=Zo%C3%AB+%C3%87elik&timezone=UTC&{vote}"))
        .send()
        .await
        .expect("request");
    expect_see_other(accepted).await;
    assert_eq!(
        app.poll(&poll.id, None).await["responses"][0]["name"],
        "Zoë Çelik"
    );
}
