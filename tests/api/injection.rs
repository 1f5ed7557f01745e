//! Text from people reaches mail headers, HTML and links only as text: a line break in a
//! name or title is refused before any mail is written, markup is escaped on every page
//! and in every HTML mail, and only `http(s)` locations become links.

use rstest_reuse::apply;
use serde_json::json;

use crate::helpers::{
    backends, expect_error, expect_json, expect_see_other, expect_status, mails_to, poll_body,
    response_body, response_form, spawn_app, unescape_html, vote_map, Backend,
};
use crate::smtp::MAIL_TIMEOUT;

const VICTIM: &str = "victim@example.com";

/// Ways of ending a header line and starting another.
const BREAKS: &[&str] = &["\r\n", "\n", "\r", "\u{2028}", "\u{85}"];

#[apply(backends)]
#[tokio::test]
async fn a_name_or_title_with_a_line_break_is_refused_naming_the_field_and_nothing_is_mailed(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = app
        .create_poll_ok(&poll_body("Clean", "UTC", &["2027-05-04T10:00"]))
        .await;
    for br in BREAKS {
        let evil = format!("Eve{br}Bcc: {VICTIM}");
        for field in ["title", "organizer_name", "location"] {
            let mut body = poll_body("Retro", "UTC", &["2027-05-04T10:00"]);
            body[field] = json!(evil);
            let error = expect_error(app.create_poll(&body).await, 422, Some(field)).await;
            assert!(error.message.contains("U+"), "{field}: {}", error.message);
        }
        for field in ["name", "affiliation"] {
            let mut body = response_body(
                "Ann",
                Some("ann@example.org"),
                "UTC",
                vote_map(&poll.slots, &["yes"]),
            );
            body[field] = json!(evil);
            let _ =
                expect_error(app.submit_response(&poll.id, &body).await, 422, Some(field)).await;
        }
        let _ = expect_error(
            app.patch_poll(&poll.id, &poll.admin_token, &json!({ "title": evil }))
                .await,
            422,
            Some("title"),
        )
        .await;
        // The forms: shown again (422) with the problem next to the field.
        let form = response_form(&evil, "ann@example.org", "UTC", &poll.slots, &["yes"]);
        let page = expect_status(
            app.post_form(&format!("/p/{}/responses", poll.id), &form)
                .await,
            422,
        )
        .await;
        assert!(
            page.contains("id=\"name-error\""),
            "the name field is named"
        );
    }
    assert_eq!(app.count_rows("polls"), 1, "no poll was saved");
    assert_eq!(app.count_rows("responses"), 0, "no answer was saved");
    // The poll that was saved has its mail delivered; nothing else went out.
    let mails = app.smtp.wait_for_exactly(1, MAIL_TIMEOUT).await;
    for mail in &mails {
        assert_eq!(mail.recipients, vec!["olga@example.org".to_owned()]);
        let raw = String::from_utf8_lossy(&mail.raw);
        assert!(!raw.contains(VICTIM), "{raw}");
    }
    assert!(mails_to(&mails, VICTIM).is_empty());
}

#[apply(backends)]
#[tokio::test]
async fn an_encoded_word_in_a_name_stays_text_in_the_display_name(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = app
        .create_poll_ok(&poll_body("Words", "UTC", &["2027-05-04T10:00"]))
        .await;
    // Printable, so accepted; "=?utf-8?b?...?=" decodes to "Eve\r\nBcc: victim@…".
    let name = "=?utf-8?b?RXZlDQpCY2M6IHZpY3RpbUBleGFtcGxlLmNvbQ==?= Eve";
    app.submit_response_ok(
        &poll.id,
        &response_body(
            name,
            Some("eve@example.org"),
            "UTC",
            vote_map(&poll.slots, &["yes"]),
        ),
    )
    .await;
    let mails = app.smtp.wait_for_exactly(2, MAIL_TIMEOUT).await;
    let to_eve: Vec<_> = mails
        .iter()
        .filter(|m| m.recipients == vec!["eve@example.org".to_owned()])
        .collect();
    assert_eq!(to_eve.len(), 1, "one mail to Eve, to her alone");
    let parsed = mail_parser::MessageParser::default()
        .parse(&to_eve[0].raw)
        .expect("a message");
    let to = parsed.to().and_then(|a| a.first()).expect("a To");
    assert_eq!(
        to.name(),
        Some(name),
        "the display name reads back as typed"
    );
    assert_eq!(to.address(), Some("eve@example.org"));
    assert!(parsed.header_raw("bcc").is_none());
    assert!(mails
        .iter()
        .all(|m| !m.recipients.iter().any(|r| r == VICTIM)));
}

/// Locations that must never become links, and what a browser would do with each.
const NOT_LINKS: &[&str] = &[
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:alert(1)",
    "javascript://meet.example.org/%0aalert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "mailto:someone@example.org",
    "//evil.example/meeting",
    "http:evil.example",
    "ftp://files.example.org",
    "Room 4, https://meet.example.org/x",
];

const LINKS: &[&str] = &[
    "https://meet.example.org/dccg-63?pwd=a&b=c",
    "http://meet.example.org",
    "HTTPS://MEET.EXAMPLE.ORG/Room",
];

/// The `href` values of `html`, unescaped.
fn hrefs(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(unescape_html)
        .collect()
}

#[apply(backends)]
#[tokio::test]
async fn only_http_locations_become_links_on_pages_and_in_mail(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    for (i, location) in NOT_LINKS.iter().chain(LINKS).enumerate() {
        let is_link = LINKS.contains(location);
        let mut body = poll_body("Where", "UTC", &["2027-05-04T10:00"]);
        body["location"] = json!(location);
        body["organizer_email"] = json!(format!("org{i}@example.org"));
        let poll = app.create_poll_ok(&body).await;
        let response = app
            .submit_response_ok(
                &poll.id,
                &response_body("Ann", None, "UTC", vote_map(&poll.slots, &["yes"])),
            )
            .await;
        let _ = expect_json(
            app.finalize(&poll.id, &poll.admin_token, &poll.slots[0].id)
                .await,
            200,
        )
        .await;
        let mut html = vec![];
        for path in [
            format!("/p/{}", poll.id),
            format!("/p/{}/r/{}", poll.id, response.edit_token),
            format!("/p/{}/admin/{}", poll.id, poll.admin_token),
        ] {
            html.push((path.clone(), expect_status(app.get(&path).await, 200).await));
        }
        let mails = app.smtp.wait_for(2 * (i + 1), MAIL_TIMEOUT).await;
        let address = format!("org{i}@example.org");
        let final_mail = mails_to(&mails, &address)
            .into_iter()
            .find(|m| m.calendar.is_some())
            .unwrap_or_else(|| panic!("the final mail to {address}"));
        html.push(("final mail".to_owned(), final_mail.html().to_owned()));
        for (what, page) in &html {
            let linked = hrefs(page).iter().any(|h| h == location);
            if is_link && what != &html[2].0 {
                assert!(linked, "{location:?} is not a link in {what}");
            } else {
                assert!(!linked, "{location:?} is a link in {what}");
            }
            for href in hrefs(page) {
                let lower = href.trim().to_ascii_lowercase();
                for scheme in ["javascript:", "data:", "vbscript:", "file:"] {
                    assert!(!lower.starts_with(scheme), "{what} links to {href:?}");
                }
            }
            // Shown, as text, escaped.
            assert!(
                unescape_html(page).contains(location),
                "{location:?} is not shown in {what}"
            );
            assert!(!page.contains("<script>alert"), "raw markup in {what}");
        }
    }
}

/// Markup in every field a person fills in.
const MARKUP: &str = "<img src=x onerror=alert(1)>\"'><svg/onload=alert(2)>";

#[apply(backends)]
#[tokio::test]
async fn markup_in_every_field_is_escaped_on_every_page_and_in_every_html_mail(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let mut body = poll_body(&format!("Title {MARKUP}"), "UTC", &["2027-05-04T10:00"]);
    for field in ["description", "location", "organizer_name"] {
        body[field] = json!(format!("{field} {MARKUP}"));
    }
    let poll = app.create_poll_ok(&body).await;
    let mut answer = response_body(
        &format!("Name {MARKUP}"),
        Some("ann@example.org"),
        "UTC",
        vote_map(&poll.slots, &["yes"]),
    );
    answer["affiliation"] = json!(format!("Affiliation {MARKUP}"));
    let response = app.submit_response_ok(&poll.id, &answer).await;
    expect_see_other(
        app.post_form(
            &format!("/p/{}/comments", poll.id),
            &[
                ("author_name".to_owned(), format!("Author {MARKUP}")),
                ("body".to_owned(), format!("Comment {MARKUP}")),
            ],
        )
        .await,
    )
    .await;
    let _ = expect_json(
        app.finalize(&poll.id, &poll.admin_token, &poll.slots[0].id)
            .await,
        200,
    )
    .await;
    // A rejected form shows the typed values again: escaped too.
    let mut rejected = response_form(
        &format!("Again {MARKUP}"),
        "not an address",
        "UTC",
        &poll.slots,
        &["yes"],
    );
    rejected.push(("affiliation".to_owned(), format!("Typed {MARKUP}")));
    let _ = expect_json(app.reopen(&poll.id, &poll.admin_token).await, 200).await;
    let mut pages = vec![];
    for path in [
        format!("/p/{}", poll.id),
        format!("/p/{}/r/{}", poll.id, response.edit_token),
        format!("/p/{}/admin/{}", poll.id, poll.admin_token),
    ] {
        pages.push((path.clone(), expect_status(app.get(&path).await, 200).await));
    }
    pages.push((
        "answer form shown again".to_owned(),
        expect_status(
            app.post_form(&format!("/p/{}/responses", poll.id), &rejected)
                .await,
            422,
        )
        .await,
    ));
    let mut create = vec![
        ("title".to_owned(), format!("Typed {MARKUP}")),
        ("organizer_email".to_owned(), "nope".to_owned()),
    ];
    create.push(("description".to_owned(), format!("Typed {MARKUP}")));
    pages.push((
        "create form shown again".to_owned(),
        expect_status(app.post_form("/polls", &create).await, 422).await,
    ));
    let mails = app.smtp.wait_for(4, MAIL_TIMEOUT).await;
    for (i, mail) in mails.iter().enumerate() {
        let parsed = mail.parse();
        pages.push((
            format!("mail {i}: {}", parsed.subject),
            parsed.html().to_owned(),
        ));
    }
    let mut shown = 0;
    for (what, html) in &pages {
        assert!(!html.contains("<img src=x"), "raw markup in {what}");
        assert!(!html.contains("<svg/onload"), "raw markup in {what}");
        assert!(
            !html.contains("\"'><svg"),
            "an attribute is broken out of in {what}"
        );
        if unescape_html(html).contains(MARKUP) {
            shown += 1;
        }
    }
    assert_eq!(
        shown,
        pages.len(),
        "every page and mail shows the text, escaped"
    );
}
