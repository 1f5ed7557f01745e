//! Replacing a leaked admin link: the old link stops working at once, the new one works
//! and reaches the organizer by mail (pages and API).

use reqwest::Method;

use crate::smtp::MAIL_TIMEOUT;
use rstest_reuse::apply;

use crate::helpers::*;

const SLOTS: [&str; 2] = ["2027-05-04T09:00", "2027-05-05T16:30"];

#[apply(backends)]
#[tokio::test]
async fn replacing_the_admin_link_on_the_page_retires_the_old_one_and_mails_the_new_one(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = app
        .create_poll_ok(&poll_body("Board call", "Europe/Zurich", &SLOTS))
        .await;
    let old_path = format!("/p/{}/admin/{}", poll.id, poll.admin_token);
    let page = expect_status(app.get(&old_path).await, 200).await;
    assert!(
        page.contains(&format!("action=\"{old_path}/admin-link\"")),
        "the admin page offers to replace the link"
    );

    let location =
        expect_see_other(app.post_form(&format!("{old_path}/admin-link"), &[]).await).await;
    let new_path = location_path(&location);
    assert!(
        new_path.starts_with(&format!("/p/{}/admin/", poll.id)) && new_path != old_path,
        "sent to a new admin link: {new_path}"
    );
    let new_page = expect_status(app.get(&new_path).await, 200).await;
    assert!(
        new_page.contains("The admin link has been replaced"),
        "the new page says what happened"
    );

    // The old link is dead everywhere, the same way as a link that never existed.
    expect_status(app.get(&old_path).await, 404).await;
    let fields = vec![("slot_id".to_owned(), poll.slots[0].id.clone())];
    expect_status(
        app.post_form(&format!("{old_path}/finalize"), &fields)
            .await,
        404,
    )
    .await;
    expect_status(app.close(&poll.id, &poll.admin_token).await, 404).await;
    expect_status(
        app.post_form(&format!("{old_path}/admin-link"), &[]).await,
        404,
    )
    .await;

    let mails = app.smtp.wait_for_exactly(2, MAIL_TIMEOUT).await;
    let to_organizer = mails_to(&mails, "olga@example.org");
    assert_eq!(to_organizer.len(), 2, "creation mail, then the new link");
    let new_url = app.url(new_path.split('?').next().unwrap_or_default());
    let replaced = to_organizer
        .iter()
        .find(|m| m.subject.contains("New admin link"))
        .expect("a mail about the new admin link");
    assert!(
        replaced.subject.contains("Board call"),
        "{}",
        replaced.subject
    );
    assert!(
        replaced.text().contains(&new_url),
        "the mail carries the new link {new_url}:\n{}",
        replaced.text()
    );
    assert!(
        !replaced.text().contains(&poll.admin_token),
        "the mail never repeats the old token"
    );
    assert!(unescape_html(replaced.html()).contains(&new_url));
}

#[apply(backends)]
#[tokio::test]
async fn the_api_replaces_the_admin_token_and_only_the_new_one_works(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = app
        .create_poll_ok(&poll_body("Board call", "Europe/Zurich", &SLOTS))
        .await;
    let path = format!("/api/v1/polls/{}/admin-token", poll.id);

    // A wrong token changes nothing and says nothing.
    let wrong = "A".repeat(43);
    expect_error(
        app.request(Method::POST, &path, Some(&wrong), None).await,
        404,
        None,
    )
    .await;

    let answer = app
        .request(Method::POST, &path, Some(&poll.admin_token), None)
        .await;
    assert_eq!(
        answer
            .headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-store"),
        "an answer with a secret is never cached"
    );
    let body = expect_json(answer, 200).await;
    let new_token = body["admin_token"]
        .as_str()
        .expect("admin_token")
        .to_owned();
    assert_eq!(new_token.len(), 43, "256 bits, base64url");
    assert_ne!(new_token, poll.admin_token);
    assert_eq!(
        body["admin_url"].as_str(),
        Some(
            app.url(&format!("/p/{}/admin/{new_token}", poll.id))
                .as_str()
        )
    );

    expect_status(app.close(&poll.id, &poll.admin_token).await, 404).await;
    let closed = expect_json(app.close(&poll.id, &new_token).await, 200).await;
    assert_eq!(closed["status"], "closed");

    let mails = app.smtp.wait_for_exactly(2, MAIL_TIMEOUT).await;
    assert!(
        mails_to(&mails, "olga@example.org")
            .iter()
            .any(|m| m.text().contains(&new_token)),
        "the organizer is mailed the new link"
    );
}
