//! Polls of whole days (`"kind": "dates"`): options that are calendar dates with no
//! zone, seen as the same weekday and date from UTC−11 (Pacific/Pago_Pago) to UTC+14
//! (Pacific/Kiritimati), on the days the clocks change; votes, tally and best date;
//! the meeting mail and its all-day calendar file; the refusals naming their field; and
//! the create form without JavaScript.
//!
//! The dates are worked out by hand: 1 March 2027 is a Monday, so 14 and 28 March are
//! Sundays (the US and EU spring changes), and 31 October (the EU autumn change) is a
//! Sunday too (1 October is a Friday).

use reqwest::Method;
use rstest_reuse::apply;
use serde_json::{json, Value};

use crate::helpers::*;
use crate::smtp::MAIL_TIMEOUT;

/// A poll of whole days in Berlin; the dates are given out of order.
fn dates_body(slots: &[&str]) -> Value {
    let mut body = poll_body("Side meeting at the conference", "Europe/Berlin", slots);
    body["kind"] = json!("dates");
    body
}

/// Each slot's `(id, date)` in a poll or creation answer.
fn dates_of(answer: &Value) -> Vec<(String, String)> {
    answer["slots"]
        .as_array()
        .unwrap_or_else(|| panic!("no slots in {answer}"))
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap_or_default().to_owned(),
                s["date"]
                    .as_str()
                    .unwrap_or_else(|| panic!("slot without a date: {s}"))
                    .to_owned(),
            )
        })
        .collect()
}

/// The value of the unfolded calendar line named exactly `name` (with its parameters),
/// such as `DTSTART;VALUE=DATE`.
fn ics_lines<'a>(unfolded: &'a str, name: &str) -> Vec<&'a str> {
    unfolded
        .split("\r\n")
        .filter(|l| {
            l.split([':', ';'])
                .next()
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
        })
        .collect()
}

/// Checks a whole-day calendar file: exactly one DTSTART and one DTEND, both dates, with
/// no time, `Z` or TZID.
fn assert_all_day(ics: &str, start: &str, end: &str) {
    let unfolded = ics.replace("\r\n ", "");
    assert_eq!(
        ics_lines(&unfolded, "DTSTART"),
        [format!("DTSTART;VALUE=DATE:{start}")],
        "{unfolded}"
    );
    assert_eq!(
        ics_lines(&unfolded, "DTEND"),
        [format!("DTEND;VALUE=DATE:{end}")],
        "{unfolded}"
    );
    assert!(!unfolded.contains("TZID"), "{unfolded}");
    assert!(!unfolded.contains("VTIMEZONE"), "{unfolded}");
}

#[apply(backends)]
#[tokio::test]
async fn a_dates_poll_shows_the_same_dates_from_minus_11_to_plus_14_and_mails_them_alike(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let created = expect_json(
        app.create_poll(&dates_body(&["2027-10-31", "2027-03-28", "2027-03-14"]))
            .await,
        201,
    )
    .await;
    let id = created["id"].as_str().unwrap_or_default().to_owned();
    let admin = created["admin_token"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    // Sorted; a date and no instant.
    let slots = dates_of(&created);
    let dates: Vec<&str> = slots.iter().map(|(_, d)| d.as_str()).collect();
    assert_eq!(dates, ["2027-03-14", "2027-03-28", "2027-10-31"]);
    assert!(created["slots"][0].get("start").is_none(), "{created}");

    // The JSON: the same dates whatever the zone asked, no local time or offset.
    for tz in [None, Some("Pacific/Pago_Pago"), Some("Pacific/Kiritimati")] {
        let poll = app.poll(&id, tz).await;
        assert_eq!(poll["kind"], "dates");
        assert_eq!(poll["duration_minutes"], 1440);
        assert_eq!(dates_of(&poll), slots, "seen from {tz:?}");
        for s in poll["slots"].as_array().expect("slots") {
            for key in ["start_local", "end_local", "utc_offset", "start"] {
                assert!(s.get(key).is_none(), "{key} in {s} (tz {tz:?})");
            }
        }
    }

    // The page: a viewer with no zone first (the `tz` query sets a cookie), then from
    // −11 and +14: Sunday each time, never the Saturday or Monday around it.
    for tz in ["", "?tz=Pacific/Pago_Pago", "?tz=Pacific/Kiritimati"] {
        let page = unescape_html(&expect_status(app.get(&format!("/p/{id}{tz}")).await, 200).await);
        for (date, iso) in [
            ("Sunday 14 March 2027", "2027-03-14"),
            ("Sunday 28 March 2027", "2027-03-28"),
            ("Sunday 31 October 2027", "2027-10-31"),
        ] {
            assert!(page.contains(date), "{date} missing (tz {tz:?})");
            assert!(
                page.contains(&format!("<time datetime=\"{iso}\">{date}</time>")),
                "{iso} as a machine-readable date (tz {tz:?})"
            );
        }
        for wrong in [
            "Saturday 13 March",
            "Monday 15 March",
            "Saturday 27 March",
            "Monday 29 March",
            "Saturday 30 October",
            "Monday 1 November",
        ] {
            assert!(!page.contains(wrong), "{wrong} shown (tz {tz:?})");
        }
        assert!(page.contains("all day"), "tz {tz:?}");
        assert!(
            !page.contains("Times are shown in"),
            "no zone conversion line for whole days (tz {tz:?})"
        );
    }

    // Four people around the world vote (slots: 14 March, 28 March, 31 October).
    let people = [
        (
            "Sina",
            "sina@example.org",
            "Pacific/Pago_Pago",
            ["yes", "yes", "no"],
        ),
        (
            "Teuea",
            "teuea@example.org",
            "Pacific/Kiritimati",
            ["no", "yes", "if_need_be"],
        ),
        (
            "Anil",
            "anil@example.org",
            "Asia/Kathmandu",
            ["if_need_be", "yes", "yes"],
        ),
        (
            "Luz",
            "luz@example.org",
            "America/Los_Angeles",
            ["yes", "if_need_be", "no"],
        ),
    ];
    for (name, email, zone, votes) in &people {
        let map: serde_json::Map<String, Value> = slots
            .iter()
            .zip(votes)
            .map(|((id, _), v)| (id.clone(), json!(v)))
            .collect();
        app.submit_response_ok(
            &id,
            &response_body(name, Some(email), zone, Value::Object(map)),
        )
        .await;
    }
    // By hand: 14 March 2 yes + 1 if need be + 1 no; 28 March 3 + 1 + 0; 31 October
    // 1 + 1 + 2. The best is 28 March (4 can come).
    let poll = app.poll(&id, Some("Pacific/Kiritimati")).await;
    assert_eq!(tally_of(&poll, &slots[0].0), (2, 1, 1));
    assert_eq!(tally_of(&poll, &slots[1].0), (3, 1, 0));
    assert_eq!(tally_of(&poll, &slots[2].0), (1, 1, 2));
    assert_eq!(best_slot_ids(&poll), [slots[1].0.clone()]);

    // No cost on anyone's clock for a whole day: the fairness view says so by field.
    let fairness = app
        .request(
            Method::GET,
            &format!("/api/v1/polls/{id}/fairness"),
            Some(&admin),
            None,
        )
        .await;
    expect_error(fairness, 422, Some("kind")).await;
    let admin_page =
        unescape_html(&expect_status(app.get(&format!("/p/{id}/admin/{admin}")).await, 200).await);
    assert!(admin_page.contains("Sunday 28 March 2027, all day"));
    assert!(!admin_page.contains("On everyone's clock"));
    assert!(!admin_page.contains("On their clocks"));
    // Words for dates, not times: the export, the ranking, the hint.
    assert!(admin_page.contains("one column per date"));
    assert!(admin_page.contains("marks the date with the most people"));
    assert!(!admin_page.contains("night or in off hours"));
    assert!(!admin_page.contains("times as 13:00"));

    // Finalize on 28 March: everyone, in every zone, is told Sunday 28 March.
    expect_status(app.finalize(&id, &admin, &slots[1].0).await, 200).await;
    // The organizer's link, four edit links, then the meeting to the organizer and the
    // four participants.
    let mails = app.smtp.wait_for_exactly(10, MAIL_TIMEOUT).await;
    for (_, email, zone, _) in &people {
        let meeting = mails_to(&mails, email)
            .into_iter()
            .find(|m| m.calendar.is_some())
            .unwrap_or_else(|| panic!("no meeting mail to {email}"));
        for body in [meeting.text().to_owned(), unescape_html(meeting.html())] {
            assert!(
                body.contains("Sunday 28 March 2027, all day"),
                "{zone}: {body}"
            );
            assert!(body.contains("the date for"), "{zone}: {body}");
            assert!(!body.contains("Saturday 27 March"), "{zone}: {body}");
            assert!(!body.contains("Monday 29 March"), "{zone}: {body}");
            assert!(
                !body.contains("UTC"),
                "no UTC line for a whole day ({zone}): {body}"
            );
        }
        assert!(
            meeting.subject.contains("Sun 28 Mar"),
            "{}",
            meeting.subject
        );
        let ics = meeting.calendar_text();
        let event = check_ics(&ics);
        assert_eq!(event.method, "PUBLISH");
        assert_eq!(event.sequence, 0);
        assert_all_day(&ics, "20270328", "20270329");
        assert!(
            event.uid.starts_with(&format!("convene-{id}@")),
            "{}",
            event.uid
        );
    }

    // The download is the same file; moving the meeting to 14 March is the same event,
    // one SEQUENCE later, on the new date.
    let download = expect_status(app.get(&format!("/p/{id}/event.ics")).await, 200).await;
    assert_all_day(&download, "20270328", "20270329");
    expect_status(app.finalize(&id, &admin, &slots[0].0).await, 200).await;
    let mails = app.smtp.wait_for_exactly(15, MAIL_TIMEOUT).await;
    let moved = mails_to(&mails, "teuea@example.org")
        .into_iter()
        .filter(|m| m.calendar.is_some())
        .find(|m| m.calendar_text().contains("20270314"))
        .expect("the moved meeting to Teuea");
    assert!(moved.text().contains("Sunday 14 March 2027, all day"));
    assert!(
        moved.text().contains("Sunday 28 March 2027, all day"),
        "the old date"
    );
    let ics = moved.calendar_text();
    assert_eq!(check_ics(&ics).sequence, 1);
    assert_all_day(&ics, "20270314", "20270315");
}

#[apply(backends)]
#[tokio::test]
async fn bad_dates_are_refused_naming_the_field(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    // A time for a poll of dates, a date for a poll of times: the slot is named.
    let cases = [
        (dates_body(&["2027-03-28T09:00"]), "slots[0]"),
        (dates_body(&["2027-03-28", "28/03/2027"]), "slots[1]"),
        (dates_body(&["2027-03-28", "", "2027-03-28Z"]), "slots[2]"),
        (
            poll_body(
                "Times",
                "Europe/Berlin",
                &["2027-03-28T09:00", "2027-03-28"],
            ),
            "slots[1]",
        ),
    ];
    for (body, field) in cases {
        let e = expect_error(app.create_poll(&body).await, 422, Some(field)).await;
        assert!(!e.message.is_empty(), "{field}");
    }
    // Past, twice, none: the domain names the date by its number.
    let past = expect_error(
        app.create_poll(&dates_body(&["2027-03-28", "2020-02-29"]))
            .await,
        422,
        Some("slots"),
    )
    .await;
    assert!(
        past.message.contains("Date 2") && past.message.contains("past"),
        "{}",
        past.message
    );
    let twice = expect_error(
        app.create_poll(&dates_body(&["2027-03-28", "2027-03-14", "2027-03-28"]))
            .await,
        422,
        Some("slots"),
    )
    .await;
    assert!(
        twice.message.contains("Date 3") && twice.message.contains("twice"),
        "{}",
        twice.message
    );
    expect_error(app.create_poll(&dates_body(&[])).await, 422, Some("slots")).await;
    // Shaped like a date but not one of the calendar (February has no 30th).
    let no_such_day = expect_error(
        app.create_poll(&dates_body(&["2027-02-30"])).await,
        422,
        Some("slots[0]"),
    )
    .await;
    assert!(
        no_such_day.message.contains("not a date of the calendar"),
        "{}",
        no_such_day.message
    );

    // Adding: a time is refused by name; a date is added and answered as a date.
    let created = expect_json(app.create_poll(&dates_body(&["2027-03-28"])).await, 201).await;
    let (id, admin) = (
        created["id"].as_str().unwrap_or_default(),
        created["admin_token"].as_str().unwrap_or_default(),
    );
    let added = app.add_slots(id, admin, &["2027-04-04T10:00"]).await;
    expect_error(added, 422, Some("slots[0]")).await;
    let again = app.add_slots(id, admin, &["2027-03-28"]).await;
    let e = expect_error(again, 422, Some("slots")).await;
    assert!(
        e.message.contains("already one of this poll"),
        "{}",
        e.message
    );
    let added = expect_json(app.add_slots(id, admin, &["2027-04-04"]).await, 201).await;
    assert_eq!(added["slots"][0]["date"], "2027-04-04");
    // A poll of dates is finalized by slot_id: a `start` is refused, saying so.
    let by_start = app
        .request(
            reqwest::Method::POST,
            &format!("/api/v1/polls/{id}/finalize"),
            Some(admin),
            Some(&json!({"start": "2027-03-28"})),
        )
        .await;
    let e = expect_error(by_start, 422, Some("start")).await;
    assert!(e.message.contains("slot_id"), "{}", e.message);
    let poll = app.poll(id, Some("Pacific/Pago_Pago")).await;
    let dates: Vec<String> = dates_of(&poll).into_iter().map(|(_, d)| d).collect();
    assert_eq!(dates, ["2027-03-28", "2027-04-04"]);
}

/// The create form's fields for a poll of whole days with these date rows.
fn day_form(days: &[&str]) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = [
        ("title", "Side meeting"),
        ("description", ""),
        ("location", "Hall B"),
        ("organizer_name", "Olga Organizer"),
        ("organizer_email", "olga@example.org"),
        ("timezone", "Pacific/Kiritimati"),
        ("duration_minutes", "60"),
        ("deadline", ""),
        ("if_need_be", "on"),
        ("kind", "dates"),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    // The times rows are sent too (both blocks are on the page without the script).
    fields.push(("slot_date".into(), String::new()));
    fields.push(("slot_time".into(), String::new()));
    fields.push(("slot_offset".into(), String::new()));
    fields.extend(
        days.iter()
            .map(|d| ("slot_day".to_owned(), (*d).to_owned())),
    );
    fields
}

#[apply(backends)]
#[tokio::test]
async fn the_create_form_asks_for_whole_days_without_javascript(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let form = expect_status(app.get("/").await, 200).await;
    assert!(form.contains(r#"id="kind-dates" name="kind" value="dates""#));
    assert!(form.contains(r#"<input type="date" id="slot_day_1" name="slot_day" value="""#));

    // A date twice and one past: both rows are marked, everything typed is kept.
    let refused = app
        .post_form(
            "/polls",
            &day_form(&["2027-03-28", "2027-03-28", "2020-02-29", ""]),
        )
        .await;
    let page = unescape_html(&expect_status(refused, 422).await);
    assert!(
        page.contains(r#"value="dates" checked"#),
        "whole days still chosen"
    );
    assert_eq!(
        page.matches(r#"name="slot_day" value="2027-03-28""#)
            .count(),
        2
    );
    assert!(page.contains(r#"name="slot_day" value="2020-02-29""#));
    assert!(page.contains("This date is given twice; remove the duplicate."));
    assert!(page.contains("This date is in the past; choose today or a later one."));
    assert!(
        page.contains(r##"href="#slot_day_2""##),
        "the summary leads to the first bad row"
    );
    assert!(
        page.contains(r#"id="slot_day_2" name="slot_day" value="2027-03-28" aria-invalid="true""#)
    );

    // "Add 5 more rows" keeps the dates and adds five rows.
    let more = app
        .post_form("/polls/rows", &day_form(&["2027-03-28", "2027-10-31"]))
        .await;
    let page = expect_status(more, 200).await;
    assert_eq!(page.matches(r#"name="slot_day""#).count(), 7);
    assert!(page.contains(r#"name="slot_day" value="2027-10-31""#));

    // Sent right, the poll is made and its admin page shows the dates as typed.
    let made = app
        .post_form("/polls", &day_form(&["2027-10-31", "", "2027-03-28"]))
        .await;
    let admin_path = location_path(&expect_see_other(made).await);
    let admin_page = unescape_html(&expect_status(app.get(&admin_path).await, 200).await);
    assert!(admin_page.contains("Sunday 28 March 2027, all day"));
    assert!(admin_page.contains("Sunday 31 October 2027, all day"));
    assert!(
        admin_page.contains(r#"name="slot_day""#),
        "days are added as dates"
    );
    // The announcement to paste lists the dates, with no zone or UTC.
    assert!(admin_page.contains("The candidate dates (the same for everyone, whatever their time zone):\n- Sunday 28 March 2027, all day\n- Sunday 31 October 2027, all day"));

    // Adding on the admin page: the same date again is refused next to the row; a new
    // one is added.
    let base = admin_path.split('?').next().unwrap_or_default().to_owned();
    let slots_path = format!("{base}/slots");
    let day = |d: &str| vec![("slot_day".to_owned(), d.to_owned())];
    let page = unescape_html(
        &expect_status(app.post_form(&slots_path, &day("2027-03-28")).await, 422).await,
    );
    assert!(
        page.contains("Date 1: This date is given twice"),
        "summary names the row"
    );
    expect_see_other(app.post_form(&slots_path, &day("2027-04-04")).await).await;
    let admin_page = unescape_html(&expect_status(app.get(&base).await, 200).await);
    assert!(admin_page.contains("Sunday 4 April 2027, all day"));
}

#[apply(backends)]
#[tokio::test]
async fn invitations_and_the_next_meeting_of_a_dates_poll_keep_whole_days(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let created = expect_json(app.create_poll(&dates_body(&["2027-03-28"])).await, 201).await;
    let (id, admin) = (
        created["id"].as_str().unwrap_or_default(),
        created["admin_token"].as_str().unwrap_or_default(),
    );
    // An invitee at UTC+14 is invited to the same Sunday, with no zone or UTC line.
    let list = json!({"list": "Teuea Tabai, teuea@example.org, Atoll office, Pacific/Kiritimati"});
    expect_json(
        app.request(
            Method::POST,
            &format!("/api/v1/polls/{id}/invitees"),
            Some(admin),
            Some(&list),
        )
        .await,
        200,
    )
    .await;
    let mails = app.smtp.wait_for_exactly(2, MAIL_TIMEOUT).await;
    let invitation = the_mail_to(&mails, "teuea@example.org");
    for body in [
        invitation.text().to_owned(),
        unescape_html(invitation.html()),
    ] {
        assert!(body.contains("The candidate dates"), "{body}");
        assert!(body.contains("Sunday 28 March 2027, all day"), "{body}");
        assert!(!body.contains("Monday 29 March"), "{body}");
        assert!(!body.contains("UTC"), "{body}");
    }

    // The next meeting of the series asks for whole days too.
    let path = format!("/api/v1/polls/{id}/duplicate");
    let timed = json!({"slots": ["2027-05-02T10:00"]});
    expect_error(
        app.request(Method::POST, &path, Some(admin), Some(&timed))
            .await,
        422,
        Some("slots[0]"),
    )
    .await;
    let next = json!({"slots": ["2027-05-02"]});
    let duplicated = expect_json(
        app.request(Method::POST, &path, Some(admin), Some(&next))
            .await,
        201,
    )
    .await;
    assert_eq!(duplicated["slots"][0]["date"], "2027-05-02");
    let poll = app
        .poll(
            duplicated["id"].as_str().unwrap_or_default(),
            Some("Pacific/Pago_Pago"),
        )
        .await;
    assert_eq!(poll["kind"], "dates");
    assert_eq!(
        dates_of(&poll)
            .into_iter()
            .map(|(_, d)| d)
            .collect::<Vec<_>>(),
        ["2027-05-02"]
    );
}
