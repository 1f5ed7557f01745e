//! Languages: pages and mail in the six UN languages, chosen by `?lang=`, the cookie it
//! sets, or `Accept-Language`; no English left on a translated page; plural forms; and
//! each person's mail in their own language.

use std::collections::BTreeMap;

use reqwest::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, COOKIE, SET_COOKIE};
use serde_json::json;

use crate::helpers::{
    expect_error, expect_json, expect_see_other, expect_status, location_path, mails_to, poll_body,
    response_body, response_form, spawn_app, vote_map, Backend, TestApp,
};
use crate::pages::create as steering_call;
use crate::smtp::MAIL_TIMEOUT;

const LANGUAGES: [&str; 6] = ["en", "fr", "es", "ar", "zh", "ru"];

/// The simple messages of a catalog (no placeables, no selectors): id → text, read with
/// Fluent's own parser.
fn simple_messages(code: &str) -> BTreeMap<String, String> {
    let path = format!("{}/locales/{code}/main.ftl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("catalog");
    let resource = fluent_syntax::parser::parse(text.as_str()).expect("catalog parses");
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            let Some(value) = m.value else { continue };
            let mut text = String::new();
            let mut simple = true;
            for element in value.elements {
                match element {
                    fluent_syntax::ast::PatternElement::TextElement { value } => {
                        text.push_str(value)
                    }
                    _ => simple = false,
                }
            }
            if simple {
                out.insert(m.id.name.to_owned(), text.trim().to_owned());
            }
        }
    }
    out
}

/// `text` as askama writes it into HTML.
fn html_escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

#[tokio::test]
async fn every_page_is_in_the_chosen_language_with_no_english_left() {
    let app = spawn_app(Backend::Sqlite).await;
    let poll = steering_call(&app).await;
    let answer = app
        .submit_response_ok(
            &poll.id,
            &response_body(
                "Mele",
                None,
                "Pacific/Fiji",
                vote_map(&poll.slots, &["yes", "no"]),
            ),
        )
        .await;
    let pages = [
        "/".to_owned(),
        format!("/p/{}", poll.id),
        format!("/p/{}/r/{}", poll.id, answer.edit_token),
        location_path(&poll.admin_url),
        "/p/xxxxxxxxxxxx".to_owned(),
    ];
    let english = simple_messages("en");
    for lang in LANGUAGES.iter().filter(|l| **l != "en") {
        let theirs = simple_messages(lang);
        // English texts long enough not to be a name or a word shared by the languages
        // ("Convene", "UTC"), and translated differently in this language.
        let watched: Vec<(&String, &String)> = english
            .iter()
            .filter(|(id, en)| {
                en.chars().count() >= 12 && theirs.get(*id).is_some_and(|t| t != *en)
            })
            .collect();
        assert!(
            watched.len() > 60,
            "{lang}: {} messages watched",
            watched.len()
        );
        for path in &pages {
            let sep = if path.contains('?') { '&' } else { '?' };
            let response = app.get(&format!("{path}{sep}lang={lang}")).await;
            let status = response.status().as_u16();
            assert!(status == 200 || status == 404, "{path} answered {status}");
            assert_eq!(
                response.headers()[CONTENT_LANGUAGE],
                if *lang == "zh" { "zh-Hans" } else { lang }
            );
            let page = response.text().await.expect("body");
            let dir = if *lang == "ar" { "rtl" } else { "ltr" };
            assert!(
                page.contains(&format!("dir=\"{dir}\"")),
                "{lang} {path}: dir={dir}"
            );
            let mut translated = 0;
            for (id, en) in &watched {
                assert!(
                    !page.contains(&html_escaped(en)),
                    "{lang} {path}: English left for {id}: {en:?}"
                );
                if page.contains(&html_escaped(&theirs[*id])) {
                    translated += 1;
                }
            }
            assert!(
                translated >= 3,
                "{lang} {path}: only {translated} translations found"
            );
        }
    }
}

/// The `lang` of the page at `path` fetched by a client that keeps no cookies, with
/// these `Accept-Language` and `Cookie` headers; and its `Set-Cookie`, if any.
async fn language_of(
    app: &TestApp,
    path: &str,
    accept: Option<&str>,
    cookie: Option<&str>,
) -> (String, Option<String>) {
    let mut request = reqwest::Client::new().get(app.url(path));
    if let Some(a) = accept {
        request = request.header(ACCEPT_LANGUAGE, a);
    }
    if let Some(c) = cookie {
        request = request.header(COOKIE, c);
    }
    let response = request.send().await.expect("request");
    let set_cookie = response
        .headers()
        .get(SET_COOKIE)
        .map(|v| v.to_str().expect("ascii").to_owned());
    let page = expect_status(response, 200).await;
    let start = page.find("<html lang=\"").expect("lang") + 12;
    let lang = page[start..start + page[start..].find('"').expect("end")].to_owned();
    (lang, set_cookie)
}

#[tokio::test]
async fn the_language_follows_the_choice_then_the_cookie_then_accept_language() {
    let app = spawn_app(Backend::Sqlite).await;
    // Accept-Language with q-values: Russian is preferred over English.
    let (lang, _) = language_of(&app, "/", Some("de-DE,en;q=0.3,ru;q=0.8"), None).await;
    assert_eq!(lang, "ru");
    // No language of ours wanted: English.
    let (lang, _) = language_of(&app, "/", Some("de-DE,de;q=0.9"), None).await;
    assert_eq!(lang, "en");
    // ?lang= wins over the header and is remembered in a cookie…
    let (lang, cookie) = language_of(&app, "/?lang=fr", Some("ru"), None).await;
    assert_eq!(lang, "fr");
    assert!(
        cookie.as_deref().is_some_and(|c| c.starts_with("lang=fr;")),
        "{cookie:?}"
    );
    // …which then wins over the header.
    let (lang, _) = language_of(&app, "/", Some("ru"), Some("lang=fr")).await;
    assert_eq!(lang, "fr");
    // A language we do not offer is ignored, not an error.
    let (lang, cookie) = language_of(&app, "/?lang=de", None, None).await;
    assert_eq!((lang.as_str(), cookie), ("en", None));
    // The API refuses one in a body, naming the field.
    let mut body = poll_body("T", "Europe/Zurich", &["2027-05-04T10:00"]);
    body["language"] = json!("klingon");
    let error = expect_error(app.create_poll(&body).await, 422, Some("language")).await;
    assert!(error.message.contains("klingon"), "{}", error.message);
}

#[tokio::test]
async fn russian_counts_take_their_plural_forms() {
    let app = spawn_app(Backend::Sqlite).await;
    let poll = app
        .create_poll_ok(&poll_body("Счёт", "Europe/Moscow", &["2027-05-04T10:00"]))
        .await;
    let mut answered = 0;
    for (count, expected) in [
        (1, "1 ответ"),
        (2, "2 ответа"),
        (5, "5 ответов"),
        (21, "21 ответ"),
    ] {
        while answered < count {
            answered += 1;
            app.submit_response_ok(
                &poll.id,
                &response_body(
                    &format!("Участник {answered}"),
                    None,
                    "Europe/Moscow",
                    vote_map(&poll.slots, &["yes"]),
                ),
            )
            .await;
        }
        let page = expect_status(app.get(&format!("/p/{}?lang=ru", poll.id)).await, 200).await;
        assert!(
            page.contains(&format!("({expected})")),
            "{count} responses should read “{expected}”"
        );
    }
}

#[tokio::test]
async fn a_french_participant_gets_the_final_mail_in_french_and_the_organizer_in_english() {
    let app = spawn_app(Backend::Sqlite).await;
    // The organizer creates the poll through the English form.
    let poll = steering_call(&app).await;
    // A participant answers on the French page (the cookie set by the selector).
    let form = response_form(
        "Amélie Dupont",
        "amelie@example.org",
        "Europe/Paris",
        &poll.slots,
        &["yes", "no"],
    );
    let response = app
        .client
        .post(app.url(&format!("/p/{}/responses", poll.id)))
        .header(COOKIE, "lang=fr")
        .form(&form)
        .send()
        .await
        .expect("request");
    expect_see_other(response).await;
    let finalized = app
        .finalize(&poll.id, &poll.admin_token, &poll.slots[0].id)
        .await;
    expect_json(finalized, 200).await;
    // The organizer's admin link, her edit link, and the two final mails.
    let mails = app.smtp.wait_for(4, MAIL_TIMEOUT).await;
    let hers = mails_to(&mails, "amelie@example.org");
    let edit = hers
        .iter()
        .find(|m| m.calendar.is_none())
        .expect("the edit-link mail");
    assert!(
        edit.text().starts_with("Bonjour Amélie Dupont"),
        "{}",
        edit.text()
    );

    // 2027-05-04 10:00 CEST (UTC+2) = 08:00 UTC; Paris is on CEST too: 10:00–11:00.
    let french = hers
        .iter()
        .find(|m| m.calendar.is_some())
        .expect("the final mail");
    let text = french.text();
    for expected in [
        "Bonjour Amélie Dupont",
        "mardi 4 mai 2027, 10:00–11:00 (UTC+02:00)",
        "mardi 4 mai 2027, 08:00–09:00 UTC",
    ] {
        assert!(
            text.contains(expected),
            "French mail lacks {expected:?}:\n{text}"
        );
    }
    for english in [
        "Hello",
        "Your time",
        "In UTC",
        "has been chosen",
        "Tuesday",
        "May ",
    ] {
        assert!(
            !text.contains(english),
            "French mail has English {english:?}:\n{text}"
        );
    }
    let ics = String::from_utf8(french.calendar.clone().expect("invitation.ics")).expect("utf-8");
    assert!(ics.contains("DTSTART:20270504T080000Z"), "{ics}");
    assert!(
        !ics.contains("Poll and answers"),
        "the .ics label is French:\n{ics}"
    );

    let organizer = mails_to(&mails, "olga@example.org")
        .into_iter()
        .find(|m| m.calendar.is_some())
        .expect("the organizer's final mail");
    let text = organizer.text();
    assert!(text.contains("Hello Olga Organizer"), "{text}");
    assert!(
        text.contains("Tuesday 4 May 2027, 10:00–11:00 (UTC+02:00)"),
        "{text}"
    );
}

#[tokio::test]
async fn arabic_mail_keeps_links_clean_and_offsets_in_one_piece() {
    let app = spawn_app(Backend::Sqlite).await;
    let poll = steering_call(&app).await;
    let mut body = response_body(
        "مريم",
        Some("maryam@example.org"),
        "Africa/Nairobi",
        vote_map(&poll.slots, &["yes", "no"]),
    );
    body["language"] = json!("ar");
    app.submit_response_ok(&poll.id, &body).await;
    expect_json(
        app.finalize(&poll.id, &poll.admin_token, &poll.slots[0].id)
            .await,
        200,
    )
    .await;
    let mails = app.smtp.wait_for(4, MAIL_TIMEOUT).await;
    let final_mail = mails_to(&mails, "maryam@example.org")
        .into_iter()
        .find(|m| m.calendar.is_some())
        .expect("the final mail");
    let text = final_mail.text();
    // 08:00 UTC is 11:00 in Nairobi (UTC+3, no daylight saving).
    assert!(
        text.contains("\u{2066}11:00–12:00\u{2069} (\u{2066}UTC+03:00\u{2069})"),
        "the offset is one left-to-right piece:\n{text:?}"
    );
    assert!(text.contains("مرحبًا") || text.contains("مريم"), "{text}");
    let url = &poll.participant_url;
    let at = text.find(url.as_str()).expect("the poll link");
    let before = text[..at].chars().last();
    let after = text[at + url.len()..].chars().next();
    assert!(
        !matches!(before, Some('\u{2066}'..='\u{2069}'))
            && !matches!(after, Some('\u{2066}'..='\u{2069}')),
        "no direction marks stick to the link: {before:?} {after:?}"
    );
    let ics = String::from_utf8(final_mail.calendar.clone().expect("ics")).expect("utf-8");
    let unfolded = ics.replace("\r\n ", "");
    let description = unfolded
        .lines()
        .find(|l| l.starts_with("DESCRIPTION"))
        .expect("DESCRIPTION");
    assert!(
        description.contains(&format!(" {url}")) && !description.contains('\u{2068}'),
        "{description:?}"
    );
}
