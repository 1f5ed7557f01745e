//! Invitations on the admin page: pasting and uploading lists, personal links, who has
//! answered, reminders (by hand, and automatic at 09:00 in each invitee's zone), the
//! organizer's notices and digest, required people, the meeting mail to invitees who
//! never answered, moving a finalized meeting, and duplicating a poll.
//!
//! Mail is read from the real SMTP server. Scheduled mail runs through the instance's
//! own `AppState::run_scheduled` at instants the tests choose.

use chrono::{DateTime, TimeZone, Utc};
use serde_json::json;

use crate::helpers::*;
use crate::smtp::{ParsedMail, ReceivedMail, MAIL_TIMEOUT};
use rstest_reuse::apply;

/// Two slots in Zurich (CEST, UTC+2): 11 June 2027 13:00 = 11:00 UTC, 15 June 07:00 =
/// 05:00 UTC. Deadline 18 June 2027 17:00 Zurich = 15:00 UTC.
const SLOTS: [&str; 2] = ["2027-06-11T13:00", "2027-06-15T07:00"];
const DEADLINE: &str = "2027-06-18T17:00";

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .expect("a UTC instant")
}

async fn poll_with_deadline(app: &TestApp) -> CreatedPoll {
    let mut body = poll_body("Steering group", "Europe/Zurich", &SLOTS);
    body["deadline"] = json!(DEADLINE);
    app.create_poll_ok(&body).await
}

fn admin_path(poll: &CreatedPoll) -> String {
    format!("/p/{}/admin/{}", poll.id, poll.admin_token)
}

/// Posts the "add people" form (as a browser without the file input would).
async fn add_people(
    app: &TestApp,
    poll: &CreatedPoll,
    list: &str,
    send: bool,
) -> reqwest::Response {
    let mut fields = vec![("list".to_owned(), list.to_owned())];
    if send {
        fields.push(("send".to_owned(), "on".to_owned()));
    }
    app.post_form(&format!("{}/invitees", admin_path(poll)), &fields)
        .await
}

/// The personal link (`/p/{id}/i/{token}`) in a message's text.
fn personal_link(mail: &ParsedMail, poll: &CreatedPoll) -> String {
    let marker = format!("/p/{}/i/", poll.id);
    let text = mail.text();
    let start = text
        .find(&marker)
        .unwrap_or_else(|| panic!("no personal link in:\n{text}"));
    let token: String = text[start + marker.len()..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    assert_eq!(token.len(), 43, "a 256-bit token: {token}");
    format!("{marker}{token}")
}

fn kinds(mails: &[ReceivedMail]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = mails
        .iter()
        .map(|m| {
            let p = m.parse();
            (p.single_to().to_owned(), p.subject)
        })
        .collect();
    out.sort();
    out
}

#[apply(backends)]
#[tokio::test]
async fn a_pasted_list_adds_the_good_lines_reports_the_bad_ones_and_mails_each_new_person(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = poll_with_deadline(&app).await;
    app.smtp.wait_for_exactly(1, MAIL_TIMEOUT).await; // the admin link
    let list = "Ana López <ana@example.org>\n\
                bob@example.org\n\
                Mele Tupou, mele@example.org, DC on Environment, Pacific/Fiji\n\
                just a name\n\
                ANA@EXAMPLE.ORG\n\
                Rosa Delgado, rosa@example.org, DC on Environment, Mars/Olympus\n";
    let page = expect_status(add_people(&app, &poll, list, true).await, 200).await;
    // Two lines could not be used: each is named with its number and reason, and only
    // they are back in the box.
    assert!(page.contains("2 lines could not be used"), "{page}");
    assert!(page.contains("Line 4: “just a name”"), "{page}");
    assert!(
        page.contains("Line 6: “Rosa Delgado, rosa@example.org, DC on Environment, Mars/Olympus”"),
        "{page}"
    );
    assert!(page.contains("Mars/Olympus"), "the bad zone is named");
    let textarea = page
        .split("id=\"invitee-list\"")
        .nth(1)
        .and_then(|t| t.split('>').nth(1))
        .and_then(|t| t.split("</textarea").next())
        .expect("the list box");
    assert_eq!(
        unescape_html(textarea),
        "just a name\nRosa Delgado, rosa@example.org, DC on Environment, Mars/Olympus"
    );
    assert!(
        page.contains("3 people added, 3 invitations sent"),
        "{page}"
    );

    // One invitation each; the duplicate address (other letter case) is one person.
    let mails = app.smtp.wait_for_exactly(4, MAIL_TIMEOUT).await;
    let ana = the_mail_to(&mails, "ana@example.org");
    assert_eq!(
        ana.subject,
        "Olga Organizer asks when you can meet: “Steering group”"
    );
    assert!(ana.text().starts_with("Hello Ana López,"), "{}", ana.text());
    // Ana's zone is unknown: the poll's. 18 June 17:00 Zurich, and UTC.
    assert!(
        ana.text()
            .contains("Please answer by Friday 18 June 2027, 17:00 (Europe/Zurich, UTC+02:00)")
            && ana.text().contains("Friday 18 June 2027, 15:00 UTC"),
        "{}",
        ana.text()
    );
    let mele = the_mail_to(&mails, "mele@example.org");
    // Fiji is UTC+12 all year: 15:00 UTC on 18 June is 03:00 on 19 June; the slots are
    // 11 June 11:00 UTC = 23:00 and 15 June 05:00 UTC = 17:00.
    assert!(
        mele.text()
            .contains("Please answer by Saturday 19 June 2027, 03:00 (Pacific/Fiji, UTC+12:00)"),
        "{}",
        mele.text()
    );
    assert!(
        mele.text().contains("Friday 11 June 2027, 23:00–00:00"),
        "{}",
        mele.text()
    );
    assert!(
        mele.text().contains("Tuesday 15 June 2027, 17:00–18:00"),
        "{}",
        mele.text()
    );
    let bob = the_mail_to(&mails, "bob@example.org");
    assert!(
        bob.text().starts_with("Hello bob@example.org,"),
        "{}",
        bob.text()
    );
    // Each has their own link; none is repeated.
    let links = [
        personal_link(&ana, &poll),
        personal_link(&mele, &poll),
        personal_link(&bob, &poll),
    ];
    assert_ne!(links[0], links[1]);
    assert_ne!(links[1], links[2]);
    for m in [&ana, &mele, &bob] {
        assert!(m.message_id.is_some());
        assert!(!m.html().contains("<img"), "no tracking pixel");
        assert!(unescape_html(m.html()).contains(&personal_link(m, &poll)));
    }

    // The admin page lists them, not yet answered; adding the same list again adds no one.
    let admin = expect_status(app.get(&admin_path(&poll)).await, 200).await;
    assert!(admin.contains("0 of 3 invitees have answered."), "{admin}");
    assert!(admin.contains("Mele Tupou") && admin.contains("mele@example.org"));
    let again = add_people(
        &app,
        &poll,
        "ana@example.org\nMele Tupou <MELE@example.org>",
        true,
    )
    .await;
    let location = expect_see_other(again).await;
    assert!(
        location.contains("added=0") && location.contains("merged=2"),
        "{location}"
    );
    assert_eq!(app.count_rows("invitees"), 3);
}

#[apply(backends)]
#[tokio::test]
async fn names_with_line_breaks_and_non_ascii_names_never_reach_a_header_raw(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = poll_with_deadline(&app).await;
    app.smtp.wait_for_exactly(1, MAIL_TIMEOUT).await;
    // A CSV with a header: a quoted name with a line break and a header injection try,
    // and a name in Arabic script.
    let list = "name,email,affiliation,timezone\n\
                \"Eve\r\nBcc: victim@example.org\",eve@example.org,,\n\
                وفاء الحسيني,wafa@example.org,DC on Gender,Asia/Amman\n";
    let page = expect_status(add_people(&app, &poll, list, true).await, 200).await;
    assert!(page.contains("1 line could not be used"), "{page}");
    let mails = app.smtp.wait_for_exactly(2, MAIL_TIMEOUT).await;
    assert!(mails
        .iter()
        .all(|m| m.recipients == vec!["wafa@example.org".to_owned()]
            || m.recipients == vec!["olga@example.org".to_owned()]));
    let wafa = the_mail_to(&mails, "wafa@example.org");
    let raw_head = wafa
        .raw
        .split("\r\n\r\n")
        .next()
        .unwrap_or_default()
        .to_owned();
    assert!(!raw_head.contains("Bcc"), "{raw_head}");
    assert!(raw_head.is_ascii(), "headers are encoded: {raw_head}");
    assert!(
        wafa.text().starts_with("Hello وفاء الحسيني,"),
        "{}",
        wafa.text()
    );
    assert_eq!(app.count_rows("invitees"), 1);
}

#[apply(backends)]
#[tokio::test]
async fn a_csv_file_can_be_uploaded_and_a_file_that_is_not_utf8_is_refused(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = poll_with_deadline(&app).await;
    let url = app.url(&format!("{}/invitees", admin_path(&poll)));
    let csv = "\u{feff}name,email,affiliation\r\nJovana Petrović,jovana@example.org,DC on Youth\r\nSeán Ó Briain,sean@example.org,\r\n";
    let form = reqwest::multipart::Form::new()
        .text("list", "")
        .text("send", "on")
        .part(
            "file",
            reqwest::multipart::Part::bytes(csv.as_bytes().to_vec())
                .file_name("people.csv")
                .mime_str("text/csv")
                .expect("a mime type"),
        );
    let answer = app
        .client
        .post(&url)
        .multipart(form)
        .send()
        .await
        .expect("upload");
    let location = expect_see_other(answer).await;
    assert!(
        location.contains("added=2") && location.contains("invited=2"),
        "{location}"
    );
    let admin = expect_status(app.get(&admin_path(&poll)).await, 200).await;
    assert!(
        admin.contains("Jovana Petrović") && admin.contains("DC on Youth"),
        "{admin}"
    );

    // Latin-1 bytes (as some spreadsheets save): refused, naming the file, nothing added.
    let latin1: Vec<u8> = b"name,email\nS\xe9an,sean2@example.org\n".to_vec();
    let form = reqwest::multipart::Form::new().text("list", "").part(
        "file",
        reqwest::multipart::Part::bytes(latin1).file_name("people.csv"),
    );
    let answer = app
        .client
        .post(&url)
        .multipart(form)
        .send()
        .await
        .expect("upload");
    let page = expect_status(answer, 422).await;
    assert!(page.contains("not UTF-8 text"), "{page}");
    assert!(page.contains("id=\"file-error\""), "{page}");
    assert_eq!(app.count_rows("invitees"), 2);
}

#[apply(backends)]
#[tokio::test]
async fn the_personal_link_fills_in_the_form_and_answering_again_edits_the_same_answer(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = poll_with_deadline(&app).await;
    add_people(
        &app,
        &poll,
        "Mele Tupou, mele@example.org, DC on Environment, Pacific/Fiji",
        true,
    )
    .await;
    let mails = app.smtp.wait_for_exactly(2, MAIL_TIMEOUT).await;
    let link = personal_link(&the_mail_to(&mails, "mele@example.org"), &poll);

    let page = expect_status(app.get(&link).await, 200).await;
    assert!(
        page.contains("Olga Organizer invited you to this poll."),
        "{page}"
    );
    assert!(
        page.contains("value=\"Mele Tupou\""),
        "the name is filled in"
    );
    assert!(page.contains("value=\"mele@example.org\""));
    assert!(page.contains("value=\"DC on Environment\""));
    assert!(
        page.contains("value=\"Pacific/Fiji\""),
        "the zone from the list"
    );
    // Times in Fiji: 11 June 11:00 UTC is 23:00 there.
    assert!(page.contains("23:00"), "{page}");
    assert_eq!(
        page.matches("name=\"robots\" content=\"noindex\"").count(),
        1,
        "a secret page is not indexed"
    );

    let answer = |votes: [&str; 2]| {
        response_form(
            "Mele Tupou",
            "mele@example.org",
            "Pacific/Fiji",
            &poll.slots,
            &votes,
        )
    };
    let saved = expect_see_other(app.post_form(&link, &answer(["yes", "no"])).await).await;
    assert!(saved.ends_with(&format!("{link}?saved=1")), "{saved}");
    let p = app.admin_poll(&poll.id, &poll.admin_token).await;
    assert_eq!(p["responses"].as_array().map(Vec::len), Some(1));
    assert_eq!(tally_of(&p, &poll.slots[0].id), (1, 0, 0));

    // Again through the same link: the same answer, changed, not a second one.
    expect_see_other(app.post_form(&link, &answer(["no", "if_need_be"])).await).await;
    let p = app.admin_poll(&poll.id, &poll.admin_token).await;
    assert_eq!(p["responses"].as_array().map(Vec::len), Some(1));
    assert_eq!(tally_of(&p, &poll.slots[0].id), (0, 0, 1));
    assert_eq!(tally_of(&p, &poll.slots[1].id), (0, 1, 0));
    let page = expect_status(app.get(&link).await, 200).await;
    assert!(
        page.contains("Change your answer") || page.contains("value=\"if_need_be\" checked"),
        "{page}"
    );

    let admin = expect_status(app.get(&admin_path(&poll)).await, 200).await;
    assert!(admin.contains("1 of 1 invitees have answered."), "{admin}");

    // A bad answer keeps what was typed (422) and saves nothing.
    let mut bad = answer(["yes", "yes"]);
    bad[0].1 = String::new();
    let page = expect_status(app.post_form(&link, &bad).await, 422).await;
    assert!(page.contains("value=\"mele@example.org\""));
    let p = app.admin_poll(&poll.id, &poll.admin_token).await;
    assert_eq!(tally_of(&p, &poll.slots[0].id), (0, 0, 1));

    // The public link still works for people not on the list.
    let other = response_form("Walk-in", "", "UTC", &poll.slots, &["yes", "yes"]);
    expect_see_other(
        app.post_form(&format!("/p/{}/responses", poll.id), &other)
            .await,
    )
    .await;
    let p = app.admin_poll(&poll.id, &poll.admin_token).await;
    assert_eq!(p["responses"].as_array().map(Vec::len), Some(2));
}

#[apply(backends)]
#[tokio::test]
async fn reminders_go_at_most_once_a_day_and_only_to_those_who_have_not_answered(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = poll_with_deadline(&app).await;
    add_people(
        &app,
        &poll,
        "a@example.org\nb@example.org\nc@example.org",
        true,
    )
    .await;
    let mails = app.smtp.wait_for_exactly(4, MAIL_TIMEOUT).await;
    // `a` answers through their link.
    let link = personal_link(&the_mail_to(&mails, "a@example.org"), &poll);
    let votes = response_form("A", "", "UTC", &poll.slots, &["yes", "no"]);
    expect_see_other(app.post_form(&link, &votes).await).await;

    // Just invited: the button says nobody can be reminded yet, and the action agrees.
    let admin = expect_status(app.get(&admin_path(&poll)).await, 200).await;
    assert!(admin.contains("No one to remind now"), "{admin}");
    let location = expect_see_other(
        app.post_form(&format!("{}/remind", admin_path(&poll)), &[])
            .await,
    )
    .await;
    assert!(location.contains("reminded&count=0"), "{location}");

    // A day later (the clock of the action moved on): b and c, once.
    let (id, token) = (
        convene::domain::PollId::parse(&poll.id).expect("id"),
        convene::domain::SecretToken::parse(&poll.admin_token).expect("token"),
    );
    let state = app.state.clone();
    let later = Utc::now() + chrono::Duration::hours(25);
    let (first, second, next_day) = tokio::task::spawn_blocking(move || {
        (
            state.remind(&id, &token, later).expect("remind"),
            state
                .remind(&id, &token, later + chrono::Duration::hours(2))
                .expect("remind"),
            state
                .remind(&id, &token, later + chrono::Duration::hours(24))
                .expect("remind"),
        )
    })
    .await
    .expect("the reminders");
    assert_eq!((first, second, next_day), (2, 0, 2));
    app.release_queued_mail();
    let mails = app.smtp.wait_for_exactly(4 + 4, MAIL_TIMEOUT).await;
    let reminders: Vec<_> = kinds(&mails)
        .into_iter()
        .filter(|(_, s)| s.starts_with("Reminder"))
        .collect();
    assert_eq!(
        reminders
            .iter()
            .map(|(to, _)| to.as_str())
            .collect::<Vec<_>>(),
        [
            "b@example.org",
            "b@example.org",
            "c@example.org",
            "c@example.org"
        ]
    );
    assert!(
        reminders[0]
            .1
            .contains("please answer by Friday 18 June 2027, 17:00"),
        "{:?}",
        reminders[0]
    );
    // A reminder's own link works too.
    let b = mails_to(&mails, "b@example.org");
    let reminder = b
        .iter()
        .find(|m| m.subject.starts_with("Reminder"))
        .expect("a reminder");
    expect_status(app.get(&personal_link(reminder, &poll)).await, 200).await;

    // Once the poll is closed, no reminder.
    expect_see_other(
        app.post_form(&format!("{}/close", admin_path(&poll)), &[])
            .await,
    )
    .await;
    let page = expect_status(
        app.post_form(&format!("{}/remind", admin_path(&poll)), &[])
            .await,
        409,
    )
    .await;
    assert!(page.contains("no reminder can be sent"), "{page}");
}

#[apply(backends)]
#[tokio::test]
async fn the_automatic_reminder_goes_once_at_nine_in_each_invitees_own_zone(
    #[case] backend: Backend,
) {
    // The scheduler runs in June 2027, more than 90 days after the poll was made (on
    // the real clock): a long retention keeps its expiry warning out of this count.
    let app = spawn_app_with(backend, |c| c.retention_days = 3650).await;
    let poll = poll_with_deadline(&app).await;
    add_people(
        &app,
        &poll,
        "Mele, mele@example.org, , Pacific/Fiji\nRosa, rosa@example.org, , America/Los_Angeles\nAna, ana@example.org\nDone, done@example.org",
        true,
    )
    .await;
    let mails = app.smtp.wait_for_exactly(5, MAIL_TIMEOUT).await;
    let link = personal_link(&the_mail_to(&mails, "done@example.org"), &poll);
    expect_see_other(
        app.post_form(
            &link,
            &response_form("Done", "", "UTC", &poll.slots, &["yes", "yes"]),
        )
        .await,
    )
    .await;
    let saved = expect_see_other(
        app.post_form(
            &format!("{}/notifications", admin_path(&poll)),
            &[
                ("notify".into(), "none".into()),
                ("remind_before_hours".into(), "48".into()),
            ],
        )
        .await,
    )
    .await;
    assert!(saved.contains("done=notifications"), "{saved}");
    let bad = expect_status(
        app.post_form(
            &format!("{}/notifications", admin_path(&poll)),
            &[
                ("notify".into(), "often".into()),
                ("remind_before_hours".into(), "0".into()),
            ],
        )
        .await,
        422,
    )
    .await;
    assert!(
        bad.contains("“often” is not a mail setting")
            && bad.contains("“0” is not a number of hours"),
        "{bad}"
    );
    assert!(bad.contains("value=\"0\""), "what was typed stays");

    // Deadline 18 June 15:00 UTC; 48 hours before is 16 June 15:00 UTC.
    // Fiji (UTC+12): 17 June 03:00 local, before 09:00 → 16 June 09:00 = 15 June 21:00 UTC.
    // Los Angeles (UTC−7): 16 June 08:00 local, before 09:00 → 15 June 09:00 = 16:00 UTC.
    // Ana, no zone: the poll's (Zurich, UTC+2): 16 June 17:00 → 09:00 = 07:00 UTC.
    let run = |at: DateTime<Utc>| {
        let state = app.state.clone();
        // (A closure per call: the instant is the test's clock.)
        async move {
            tokio::task::spawn_blocking(move || state.run_scheduled(at).expect("scheduled"))
                .await
                .expect("the scheduler")
                .reminders
        }
    };
    assert_eq!(run(utc(2027, 6, 15, 15, 59)).await, 0, "nobody's 09:00 yet");
    assert_eq!(
        run(utc(2027, 6, 15, 16, 0)).await,
        1,
        "09:00 in Los Angeles"
    );
    assert_eq!(run(utc(2027, 6, 15, 16, 30)).await, 0, "once");
    assert_eq!(run(utc(2027, 6, 15, 21, 0)).await, 1, "09:00 in Fiji");
    assert_eq!(run(utc(2027, 6, 16, 7, 0)).await, 1, "09:00 in Zurich");
    assert_eq!(run(utc(2027, 6, 17, 9, 0)).await, 0, "everyone had theirs");
    app.release_queued_mail();
    let mails = app.smtp.wait_for_exactly(5 + 3, MAIL_TIMEOUT).await;
    let rosa = mails_to(&mails, "rosa@example.org");
    let reminder = rosa
        .iter()
        .find(|m| m.subject.starts_with("Reminder"))
        .expect("Rosa's reminder");
    // 18 June 15:00 UTC is 08:00 in Los Angeles (PDT).
    assert!(
        reminder
            .subject
            .contains("Friday 18 June 2027, 08:00 (America/Los_Angeles, UTC-07:00)"),
        "{}",
        reminder.subject
    );
    assert!(
        mails_to(&mails, "done@example.org").len() == 1,
        "who answered gets no reminder"
    );
}

/// Runs an action of the instance at a chosen instant.
async fn at<T: Send + 'static>(
    app: &TestApp,
    f: impl FnOnce(&convene::actions::AppState) -> T + Send + 'static,
) -> T {
    let state = app.state.clone();
    tokio::task::spawn_blocking(move || f(&state))
        .await
        .expect("the action")
}

fn draft(name: &str, slots: &[CreatedSlot], votes: &[&str]) -> convene::domain::ResponseDraft {
    convene::domain::ResponseDraft {
        name: name.into(),
        timezone: "Europe/Zurich".into(),
        votes: slots
            .iter()
            .zip(votes)
            .map(|(s, v)| (s.id.clone(), (*v).to_owned()))
            .collect(),
        ..Default::default()
    }
}

#[apply(backends)]
#[tokio::test]
async fn the_daily_digest_tells_the_organizer_what_happened_once_a_day(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = poll_with_deadline(&app).await;
    expect_see_other(
        app.post_form(
            &format!("{}/notifications", admin_path(&poll)),
            &[
                ("notify".into(), "digest".into()),
                ("remind_before_hours".into(), String::new()),
            ],
        )
        .await,
    )
    .await;
    let id = convene::domain::PollId::parse(&poll.id).expect("id");
    let slots = poll.slots.clone();
    // Answers and a comment on 1 June 2027 (Zurich is UTC+2).
    let (i, s) = (id.clone(), slots.clone());
    at(&app, move |st| {
        st.submit_response(
            &i,
            &draft("Priya Raman", &s, &["yes", "no"]),
            utc(2027, 6, 1, 10, 0),
        )
        .expect("answer");
        st.submit_response(
            &i,
            &draft("Tom Whitfield", &s, &["if_need_be", "yes"]),
            utc(2027, 6, 1, 11, 0),
        )
        .expect("answer");
        st.add_comment(
            &i,
            "Tom Whitfield",
            "Can we keep it under an hour?\nThanks",
            utc(2027, 6, 1, 12, 0),
        )
        .expect("comment");
    })
    .await;
    let app = &app;
    let digests =
        |t| async move { at(app, move |st| st.run_scheduled(t).expect("run").digests).await };
    assert_eq!(
        digests(utc(2027, 6, 2, 6, 59)).await,
        0,
        "08:59 in Zurich: not yet"
    );
    assert_eq!(digests(utc(2027, 6, 2, 7, 0)).await, 1, "09:00 in Zurich");
    assert_eq!(digests(utc(2027, 6, 2, 12, 0)).await, 0, "once a day");
    app.release_queued_mail();
    let mails = app.smtp.wait_for_exactly(2, MAIL_TIMEOUT).await;
    let digest = mails_to(&mails, "olga@example.org")
        .into_iter()
        .find(|m| m.subject.contains("new answers"))
        .expect("the digest");
    assert_eq!(digest.subject, "“Steering group”: 2 new answers, 1 comment");
    let text = digest.text();
    assert!(
        text.contains("Priya Raman answered:") && text.contains("Tom Whitfield answered:"),
        "{text}"
    );
    assert!(
        text.replace("\r\n", "\n")
            .contains("  > Can we keep it under an hour?\n  > Thanks\n"),
        "{text}"
    );
    assert!(text.contains("2 answers in all."), "{text}");

    // The next day: only what is new.
    let (i, s) = (id.clone(), slots.clone());
    at(app, move |st| {
        st.submit_response(
            &i,
            &draft("Anil Shrestha", &s, &["no", "yes"]),
            utc(2027, 6, 2, 15, 0),
        )
        .expect("answer");
    })
    .await;
    // Nothing new on a day: no mail.
    assert_eq!(digests(utc(2027, 6, 3, 7, 30)).await, 1);
    assert_eq!(digests(utc(2027, 6, 4, 7, 30)).await, 0, "nothing happened");
    app.release_queued_mail();
    let mails = app.smtp.wait_for_exactly(3, MAIL_TIMEOUT).await;
    let second = mails_to(&mails, "olga@example.org")
        .into_iter()
        .find(|m| m.subject.contains("1 new answer,"))
        .expect("the second digest");
    assert!(second.text().contains("Anil Shrestha answered:"));
    assert!(!second.text().contains("Priya Raman"), "{}", second.text());
}

#[apply(backends)]
#[tokio::test]
async fn each_answer_and_comment_is_mailed_to_the_organizer_when_asked(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = poll_with_deadline(&app).await;
    expect_see_other(
        app.post_form(
            &format!("{}/notifications", admin_path(&poll)),
            &[
                ("notify".into(), "each".into()),
                ("remind_before_hours".into(), String::new()),
            ],
        )
        .await,
    )
    .await;
    let form = response_form(
        "Keisha Alleyne",
        "",
        "America/Barbados",
        &poll.slots,
        &["yes", "no"],
    );
    let edit = expect_see_other(
        app.post_form(&format!("/p/{}/responses", poll.id), &form)
            .await,
    )
    .await;
    let fields = vec![
        ("author_name".to_owned(), "Keisha Alleyne".to_owned()),
        ("body".to_owned(), "Either works if need be.".to_owned()),
    ];
    expect_see_other(
        app.post_form(&format!("/p/{}/comments", poll.id), &fields)
            .await,
    )
    .await;
    let form = response_form(
        "Keisha Alleyne",
        "",
        "America/Barbados",
        &poll.slots,
        &["yes", "yes"],
    );
    expect_see_other(
        app.post_form(&location_path(&edit).replace("?saved=1", ""), &form)
            .await,
    )
    .await;
    let mails = app.smtp.wait_for_exactly(4, MAIL_TIMEOUT).await;
    let subjects: Vec<String> = mails_to(&mails, "olga@example.org")
        .into_iter()
        .map(|m| m.subject)
        .collect();
    for expected in [
        "Keisha Alleyne answered “Steering group”",
        "Keisha Alleyne commented on “Steering group”",
        "Keisha Alleyne changed their answer to “Steering group”",
    ] {
        assert!(
            subjects.iter().any(|s| s == expected),
            "{expected} in {subjects:?}"
        );
    }
    let notice = mails_to(&mails, "olga@example.org")
        .into_iter()
        .find(|m| m.subject.starts_with("Keisha Alleyne answered"))
        .expect("the notice");
    // In the poll's zone (Zurich, UTC+2): 11 June 13:00–14:00.
    assert!(
        notice
            .text()
            .contains("Friday 11 June 2027, 13:00–14:00 (UTC+02:00): Yes"),
        "{}",
        notice.text()
    );
}

#[apply(backends)]
#[tokio::test]
async fn invitees_who_never_answered_get_the_meeting_and_moving_it_updates_every_calendar(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = poll_with_deadline(&app).await;
    add_people(
        &app,
        &poll,
        "Mele, mele@example.org, , Pacific/Fiji\nQuiet <quiet@example.org>",
        true,
    )
    .await;
    let mails = app.smtp.wait_for_exactly(3, MAIL_TIMEOUT).await;
    // Mele answers through her link without giving an address on the form: her
    // invitation address is still where her meeting mail goes.
    let link = personal_link(&the_mail_to(&mails, "mele@example.org"), &poll);
    expect_see_other(
        app.post_form(
            &link,
            &response_form("Mele", "", "Pacific/Fiji", &poll.slots, &["yes", "yes"]),
        )
        .await,
    )
    .await;
    let admin = expect_status(app.get(&admin_path(&poll)).await, 200).await;
    assert!(admin.contains("This sends 3 messages"), "{admin}");

    let finalize = |slot: usize| vec![("slot_id".to_owned(), poll.slots[slot].id.clone())];
    expect_see_other(
        app.post_form(&format!("{}/finalize", admin_path(&poll)), &finalize(0))
            .await,
    )
    .await;
    let mails = app.smtp.wait_for_exactly(6, MAIL_TIMEOUT).await;
    let first: Vec<_> = mails[3..].iter().map(ReceivedMail::parse).collect();
    let quiet = first
        .iter()
        .find(|m| m.single_to() == "quiet@example.org")
        .expect("the invitee who never answered");
    let mele = first
        .iter()
        .find(|m| m.single_to() == "mele@example.org")
        .expect("Mele");
    // Fiji: 11 June 11:00 UTC = 23:00.
    assert!(
        mele.text().contains("Friday 11 June 2027, 23:00–00:00"),
        "{}",
        mele.text()
    );
    let chosen = check_ics(&quiet.calendar_text());
    assert_eq!((chosen.method.as_str(), chosen.sequence), ("PUBLISH", 0));

    // Another slot: everyone gets the new time as the next version of the same event.
    expect_see_other(
        app.post_form(&format!("{}/finalize", admin_path(&poll)), &finalize(1))
            .await,
    )
    .await;
    let mails = app.smtp.wait_for_exactly(9, MAIL_TIMEOUT).await;
    let moved: Vec<_> = mails[6..].iter().map(ReceivedMail::parse).collect();
    assert_eq!(
        {
            let mut to: Vec<_> = moved.iter().map(|m| m.single_to().to_owned()).collect();
            to.sort();
            to
        },
        ["mele@example.org", "olga@example.org", "quiet@example.org"]
    );
    let mele = moved
        .iter()
        .find(|m| m.single_to() == "mele@example.org")
        .expect("Mele");
    assert!(
        mele.subject
            .starts_with("New time: Steering group: Tue 15 Jun 17:00"),
        "{}",
        mele.subject
    );
    // It was 11 June 23:00 in Fiji; it is now 15 June 05:00 UTC = 17:00 in Fiji.
    assert!(
        mele.text().contains("has moved to a new time"),
        "{}",
        mele.text()
    );
    assert!(
        mele.text().replace("\r\n", "\n").contains("It was at (Pacific/Fiji):\n  Friday 11 June 2027, 23:00–00:00 (Sat 12 Jun) (UTC+12:00)\n"),
        "{}",
        mele.text()
    );
    assert!(
        mele.text().contains("Tuesday 15 June 2027, 17:00–18:00"),
        "{}",
        mele.text()
    );
    let update = check_ics(&mele.calendar_text());
    assert_eq!(update.uid, chosen.uid, "the same event");
    assert_eq!((update.method.as_str(), update.sequence), ("PUBLISH", 1));
    assert_eq!(update.dtstart, "20270615T050000Z");

    // The same slot again is refused; reopening cancels version 2.
    expect_status(
        app.post_form(&format!("{}/finalize", admin_path(&poll)), &finalize(1))
            .await,
        409,
    )
    .await;
    expect_see_other(
        app.post_form(&format!("{}/reopen", admin_path(&poll)), &[])
            .await,
    )
    .await;
    let mails = app.smtp.wait_for_exactly(12, MAIL_TIMEOUT).await;
    let quiet = mails[9..]
        .iter()
        .map(ReceivedMail::parse)
        .find(|m| m.single_to() == "quiet@example.org")
        .expect("quiet");
    let cancel = check_ics(&quiet.calendar_text());
    assert_eq!(
        (cancel.method.as_str(), cancel.sequence, cancel.uid.as_str()),
        ("CANCEL", 2, chosen.uid.as_str())
    );
}

#[apply(backends)]
#[tokio::test]
async fn required_people_and_missing_affiliations_are_shown_per_slot(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = poll_with_deadline(&app).await;
    add_people(
        &app,
        &poll,
        "Ana, ana@example.org, DC on Environment\nBo, bo@example.org, DC on Environment\nCy, cy@example.org, DC on Youth",
        true,
    )
    .await;
    let mails = app.smtp.wait_for_exactly(4, MAIL_TIMEOUT).await;
    let admin = expect_status(app.get(&admin_path(&poll)).await, 200).await;
    // Mark Ana required through her row's button.
    let marker = "/invitees/";
    let ana_row = admin
        .split("<tr")
        .find(|r| r.contains("ana@example.org"))
        .expect("Ana's row");
    let start = ana_row.find(marker).expect("a form in Ana's row") + marker.len();
    let ana_id: String = ana_row[start..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    expect_see_other(
        app.post_form(
            &format!("{}/invitees/{ana_id}/required", admin_path(&poll)),
            &[("required".into(), "on".into())],
        )
        .await,
    )
    .await;
    // Ana: yes, no. Bo: no, yes. Cy has not answered.
    for (who, votes) in [
        ("ana@example.org", ["yes", "no"]),
        ("bo@example.org", ["no", "yes"]),
    ] {
        let link = personal_link(&the_mail_to(&mails, who), &poll);
        expect_see_other(
            app.post_form(&link, &response_form(who, "", "UTC", &poll.slots, &votes))
                .await,
        )
        .await;
    }
    let admin = expect_status(app.get(&admin_path(&poll)).await, 200).await;
    let quorum = admin
        .split("class=\"quorum\"")
        .nth(1)
        .expect("the quorum table");
    let rows: Vec<&str> = quorum.split("<tr>").skip(2).collect();
    assert!(
        rows[0].contains("The 1 required person can attend."),
        "{}",
        rows[0]
    );
    assert!(
        rows[0]
            .contains("Missing: 1 of DC on Environment (2 invited), 1 of DC on Youth (1 invited)"),
        "{}",
        rows[0]
    );
    assert!(rows[1].contains("Missing: Ana (cannot)"), "{}", rows[1]);
    assert!(
        rows[1].contains("1 of DC on Environment (2 invited)"),
        "{}",
        rows[1]
    );
    assert!(
        admin.contains(
            "2 of 3 invitees have answered. DC on Environment: 2 of 2; DC on Youth: 0 of 1"
        ),
        "{admin}"
    );

    // Removing Cy: their link answers 404 like any wrong link.
    let cy_link = personal_link(&the_mail_to(&mails, "cy@example.org"), &poll);
    let cy_row = admin
        .split("<tr")
        .find(|r| r.contains("cy@example.org"))
        .expect("Cy's row");
    let start = cy_row.find(marker).expect("a form") + marker.len();
    let cy_id: String = cy_row[start..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    expect_see_other(
        app.post_form(
            &format!("{}/invitees/{cy_id}/delete", admin_path(&poll)),
            &[],
        )
        .await,
    )
    .await;
    expect_status(app.get(&cy_link).await, 404).await;
    // Another poll's admin link cannot touch this poll's invitees.
    let other = poll_with_deadline(&app).await;
    expect_status(
        app.post_form(
            &format!("{}/invitees/{ana_id}/delete", admin_path(&other)),
            &[],
        )
        .await,
        404,
    )
    .await;
}

#[apply(backends)]
#[tokio::test]
async fn the_next_poll_of_a_series_copies_settings_and_invitees_but_no_slots_or_answers(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = poll_with_deadline(&app).await;
    add_people(
        &app,
        &poll,
        "Ana, ana@example.org, DC on Environment, Europe/Madrid\nbo@example.org",
        true,
    )
    .await;
    let mails = app.smtp.wait_for_exactly(3, MAIL_TIMEOUT).await;
    let link = personal_link(&the_mail_to(&mails, "ana@example.org"), &poll);
    expect_see_other(
        app.post_form(
            &link,
            &response_form("Ana", "", "UTC", &poll.slots, &["yes", "no"]),
        )
        .await,
    )
    .await;

    let fields = vec![
        ("slot_date".to_owned(), "2027-07-09".to_owned()),
        ("slot_time".to_owned(), "13:00".to_owned()),
        ("slot_offset".to_owned(), String::new()),
    ];
    let location = expect_see_other(
        app.post_form(&format!("{}/duplicate", admin_path(&poll)), &fields)
            .await,
    )
    .await;
    let next = location_path(&location);
    assert!(
        next.ends_with("?created=1") && !next.contains(&poll.id),
        "{next}"
    );
    let page = expect_status(app.get(&next).await, 200).await;
    assert!(page.contains("Steering group"));
    assert!(page.contains("0 of 2 invitees have answered."), "{page}");
    assert!(
        page.contains("2 invitees have not been sent the invitation yet."),
        "{page}"
    );
    let next_id = next.split('/').nth(2).expect("the new id").to_owned();
    let p = app.poll(&next_id, None).await;
    assert_eq!(p["slots"].as_array().map(Vec::len), Some(1));
    assert_eq!(p["responses"].as_array().map(Vec::len).unwrap_or(0), 0);
    assert_eq!(p["duration_minutes"], 60);
    assert_eq!(p["location"], "Room 4");
    // The organizer is mailed the new admin link; the invitees nothing yet.
    let mails = app.smtp.wait_for_exactly(4, MAIL_TIMEOUT).await;
    assert_eq!(mails_to(&mails, "ana@example.org").len(), 1);
    // Sending them now mails both, with links to the new poll.
    let next_admin = next.split('?').next().expect("path").to_owned();
    let sent = expect_see_other(
        app.post_form(&format!("{next_admin}/invitees/send"), &[])
            .await,
    )
    .await;
    assert!(sent.contains("invited&count=2"), "{sent}");
    let mails = app.smtp.wait_for_exactly(6, MAIL_TIMEOUT).await;
    let ana = mails_to(&mails, "ana@example.org");
    assert!(ana
        .iter()
        .any(|m| m.text().contains(&format!("/p/{next_id}/i/"))));

    // A duplicate without slots is refused with the rows kept (422).
    let page = expect_status(
        app.post_form(&format!("{}/duplicate", admin_path(&poll)), &[])
            .await,
        422,
    )
    .await;
    assert!(page.contains("duplicate_slots-error"), "{page}");
}

#[apply(backends)]
#[tokio::test]
async fn an_invitee_who_answers_on_the_public_link_with_their_address_counts_as_answered(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = poll_with_deadline(&app).await;
    add_people(&app, &poll, "Ana <ana@example.org>", true).await;
    let form = response_form(
        "Ana",
        "ANA@example.org",
        "UTC",
        &poll.slots,
        &["yes", "yes"],
    );
    expect_see_other(
        app.post_form(&format!("/p/{}/responses", poll.id), &form)
            .await,
    )
    .await;
    let admin = expect_status(app.get(&admin_path(&poll)).await, 200).await;
    assert!(admin.contains("1 of 1 invitees have answered."), "{admin}");
}

#[apply(backends)]
#[tokio::test]
async fn the_fourteen_people_of_the_fixture_can_be_invited_by_pasting_them(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = poll_with_deadline(&app).await;
    let people = fixture_participants();
    let list: Vec<String> = people
        .iter()
        .map(|p| {
            // As copied from a spreadsheet: tab-separated (one affiliation has a comma).
            format!(
                "{}\t{}\t{}\t{}",
                p.name,
                p.email.clone().unwrap_or_default(),
                p.affiliation,
                p.timezone
            )
        })
        .collect();
    let page = expect_status(add_people(&app, &poll, &list.join("\n"), true).await, 200).await;
    // Teariki Marsters has no address: the one line that cannot be used.
    assert!(page.contains("1 line could not be used"), "{page}");
    assert!(page.contains("Line 13: “Teariki Marsters"), "{page}");
    assert!(
        page.contains("13 people added, 13 invitations sent"),
        "{page}"
    );
    let mails = app.smtp.wait_for_exactly(14, MAIL_TIMEOUT).await;
    for p in people.iter().filter(|p| p.email.is_some()) {
        let mail = the_mail_to(&mails, p.email.as_deref().unwrap_or_default());
        assert!(
            mail.text().contains(&format!("({})", p.timezone)),
            "{} sees their zone:\n{}",
            p.name,
            mail.text()
        );
    }
}
