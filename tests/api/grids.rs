//! Availability polls through the JSON API (issue 11): creating one with its grid, the
//! cells seen from other zones, answering by marking cells and editing the marks, the
//! counts and best windows, finalizing a window (which then mails like any poll), and
//! the refusals naming their field.
//!
//! Expected instants are worked out by hand from each zone's offset (in comments).

use reqwest::Method;
use rstest_reuse::apply;
use serde_json::{json, Value};

use crate::helpers::*;
use crate::smtp::MAIL_TIMEOUT;

/// 22–24 March 2027, 09:00–17:00 Zurich (+1), hourly cells: 08:00–16:00Z, 8 a day.
fn grid_poll(if_need_be: bool) -> Value {
    json!({
        "title": "Steering group",
        "organizer_name": "Forum Secretariat",
        "organizer_email": "secretariat@example.org",
        "timezone": "Europe/Zurich",
        "duration_minutes": 120,
        "if_need_be": if_need_be,
        "kind": "availability",
        "grid": {"from": "2027-03-22", "to": "2027-03-24", "day_start": "09:00", "day_end": "17:00", "cell_minutes": 60}
    })
}

fn marks(name: &str, email: Option<&str>, zone: &str, yes: &[&str], maybe: &[&str]) -> Value {
    json!({
        "name": name,
        "email": email,
        "timezone": zone,
        "availability": {"yes": yes, "if_need_be": maybe}
    })
}

fn cell(poll: &Value, n: usize) -> &Value {
    &poll["grid"]["cells"][n]
}

#[apply(backends)]
#[tokio::test]
async fn an_availability_poll_is_answered_by_marking_cells_and_finalized_on_a_window(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let created = expect_json(app.create_poll(&grid_poll(true)).await, 201).await;
    assert_eq!(
        created["slots"],
        json!([]),
        "no slot until a window is chosen"
    );
    let id = created["id"].as_str().unwrap_or_default().to_owned();
    let admin = created["admin_token"]
        .as_str()
        .unwrap_or_default()
        .to_owned();

    // Seen from Auckland (+13): 08:00Z is 21:00 on the same date, 16:00Z is 05:00 next
    // day; 24 cells in all.
    let seen = app.poll(&id, Some("Pacific/Auckland")).await;
    assert_eq!(seen["kind"], "availability");
    assert_eq!(seen["grid"]["cell_minutes"], 60);
    assert_eq!(seen["grid"]["day_start"], "09:00");
    let cells = seen["grid"]["cells"].as_array().expect("cells");
    assert_eq!(cells.len(), 24);
    assert_eq!(cell(&seen, 0)["start"], "2027-03-22T08:00:00Z");
    assert_eq!(cell(&seen, 0)["start_local"], "2027-03-22T21:00:00+13:00");
    assert_eq!(cell(&seen, 7)["start"], "2027-03-22T15:00:00Z");
    assert_eq!(cell(&seen, 7)["start_local"], "2027-03-23T04:00:00+13:00");
    assert_eq!(cell(&seen, 8)["start"], "2027-03-23T08:00:00Z");
    assert_eq!(cell(&seen, 0)["yes"], 0);

    // Ana (Kathmandu) is free 08–11Z on the 22nd; Ben (Los Angeles) 09–12Z, 09Z only if
    // need be; Cy (Fiji) 10–12Z.
    let ana = app
        .submit_response_ok(
            &id,
            &marks(
                "Ana",
                Some("ana@example.org"),
                "Asia/Kathmandu",
                &[
                    "2027-03-22T08:00:00Z",
                    "2027-03-22T09:00:00Z",
                    "2027-03-22T10:00:00Z",
                ],
                &[],
            ),
        )
        .await;
    app.submit_response_ok(
        &id,
        &marks(
            "Ben",
            None,
            "America/Los_Angeles",
            &["2027-03-22T10:00:00Z", "2027-03-22T11:00:00Z"],
            &["2027-03-22T09:00:00Z"],
        ),
    )
    .await;
    app.submit_response_ok(
        &id,
        &marks(
            "Cy",
            None,
            "Pacific/Fiji",
            &["2027-03-22T10:00:00+00:00", "2027-03-22T23:00:00+12:00"],
            &[],
        ),
    )
    .await;
    let poll = app.poll(&id, None).await;
    let counts: Vec<(i64, i64)> = (0..5)
        .map(|n| {
            (
                cell(&poll, n)["yes"].as_i64().unwrap_or(-1),
                cell(&poll, n)["if_need_be"].as_i64().unwrap_or(-1),
            )
        })
        .collect();
    assert_eq!(counts, [(1, 0), (1, 1), (3, 0), (2, 0), (0, 0)]);
    // Two-hour windows: 08–10Z Ana only; 09–11Z Ana and Ben (if need be for 09Z);
    // 10–12Z Ben and Cy (Ana leaves at 11Z). Of the two with 2 free, fewer "if need be"
    // wins: 10:00Z first; 09:00Z overlaps it; 08:00Z (1 free) does not, and comes next.
    let best: Vec<(&str, i64, i64)> = poll["grid"]["best_windows"]
        .as_array()
        .expect("best windows")
        .iter()
        .map(|w| {
            (
                w["start"].as_str().unwrap_or_default(),
                w["free"].as_i64().unwrap_or(-1),
                w["if_need_be"].as_i64().unwrap_or(-1),
            )
        })
        .collect();
    assert_eq!(
        best,
        [
            ("2027-03-22T10:00:00Z", 2, 0),
            ("2027-03-22T08:00:00Z", 1, 0)
        ]
    );
    let ana_read = response_named(&poll, "Ana");
    assert_eq!(
        ana_read["availability"]["yes"],
        json!([
            "2027-03-22T08:00:00Z",
            "2027-03-22T09:00:00Z",
            "2027-03-22T10:00:00Z"
        ])
    );

    // Ana edits her answer: she can also do 11Z. The marks are replaced, not added.
    let edited = marks(
        "Ana",
        Some("ana@example.org"),
        "Asia/Kathmandu",
        &["2027-03-22T10:00:00Z", "2027-03-22T11:00:00Z"],
        &[],
    );
    expect_json(
        app.update_response(&id, &ana.id, &ana.edit_token, &edited)
            .await,
        200,
    )
    .await;
    let poll = app.poll(&id, None).await;
    assert_eq!(cell(&poll, 0)["yes"], 0);
    assert_eq!(cell(&poll, 3)["yes"], 3);
    assert_eq!(
        poll["grid"]["best_windows"][0]["start"],
        "2027-03-22T10:00:00Z"
    );
    assert_eq!(poll["grid"]["best_windows"][0]["free"], 3);

    // Finalizing on the best window makes it the poll's slot and mails the time in
    // each person's zone: Ana in Kathmandu (+5:45) at 15:45.
    let path = format!("/api/v1/polls/{id}/finalize");
    let body = json!({"start": "2027-03-22T10:00:00Z"});
    let finalized = expect_json(
        app.request(Method::POST, &path, Some(&admin), Some(&body))
            .await,
        200,
    )
    .await;
    assert_eq!(finalized["status"], "finalized");
    let slots = finalized["slots"].as_array().expect("slots");
    assert_eq!(slots.len(), 1);
    assert_eq!(slots[0]["start"], "2027-03-22T10:00:00Z");
    assert_eq!(slots[0]["end"], "2027-03-22T12:00:00Z");
    assert_eq!(finalized["final_slot_id"], slots[0]["id"]);
    // The organizer's links on creation, Ana's edit link (editing mails nothing), then
    // the meeting mail to the organizer and to Ana.
    let mails = app.smtp.wait_for_exactly(4, MAIL_TIMEOUT).await;
    let to_ana = mails_to(&mails, "ana@example.org");
    let meeting = to_ana.last().expect("the meeting mail to Ana");
    assert!(meeting.text().contains("15:45"), "{}", meeting.text());
    assert!(meeting.calendar_text().contains("DTSTART:20270322T100000Z"));

    // The same window again is a conflict; another cell moves the meeting.
    let again = app
        .request(Method::POST, &path, Some(&admin), Some(&body))
        .await;
    expect_error(again, 409, None).await;
}

#[apply(backends)]
#[tokio::test]
async fn bad_grids_and_bad_marks_are_refused_naming_the_field(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let with = |change: Value| {
        let mut body = grid_poll(false);
        for (k, v) in change.as_object().cloned().unwrap_or_default() {
            body["grid"][k] = v;
        }
        body
    };
    let cases = [
        (with(json!({"to": "2027-03-21"})), "grid.to"),
        (with(json!({"to": "2027-04-22"})), "grid.to"),
        (with(json!({"from": "2027-02-30"})), "grid.from"),
        (
            with(json!({"from": "2020-01-01", "to": "2020-01-02"})),
            "grid.to",
        ),
        (with(json!({"day_start": "9h"})), "grid.day_start"),
        (with(json!({"day_end": "17:30"})), "grid.day_end"),
        (with(json!({"cell_minutes": 20})), "grid.cell_minutes"),
    ];
    for (body, field) in cases {
        let answer = app.create_poll(&body).await;
        let error = expect_error(answer, 422, Some(field)).await;
        assert!(!error.message.is_empty(), "{}", error.body);
    }
    let mut no_grid = grid_poll(false);
    no_grid.as_object_mut().map(|o| o.remove("grid"));
    expect_error(app.create_poll(&no_grid).await, 422, Some("grid")).await;
    let mut with_slots = grid_poll(false);
    with_slots["slots"] = json!(["2027-03-22T09:00"]);
    expect_error(app.create_poll(&with_slots).await, 422, Some("slots")).await;
    let mut times_with_grid = grid_poll(false);
    times_with_grid["kind"] = json!("times");
    times_with_grid["slots"] = json!(["2027-03-22T09:00"]);
    expect_error(app.create_poll(&times_with_grid).await, 422, Some("grid")).await;
    let mut unknown_kind = grid_poll(false);
    unknown_kind["kind"] = json!("dinner");
    expect_error(app.create_poll(&unknown_kind).await, 422, Some("kind")).await;
    assert_eq!(app.count_rows("polls"), 0, "nothing was saved");

    let created = expect_json(app.create_poll(&grid_poll(false)).await, 201).await;
    let id = created["id"].as_str().unwrap_or_default();
    let refused = [
        marks("Ana", None, "UTC", &["2027-03-22T08:30:00Z"], &[]),
        marks("Ana", None, "UTC", &["2027-03-22T07:00:00Z"], &[]),
        marks("Ana", None, "UTC", &["2027-03-22T08:00"], &[]),
        marks("Ana", None, "UTC", &[], &["2027-03-22T08:00:00Z"]),
        marks(
            "Ana",
            None,
            "UTC",
            &["2027-03-22T08:00:00Z", "2027-03-22T09:00:00+01:00"],
            &[],
        ),
    ];
    for body in refused {
        let answer = app.submit_response(id, &body).await;
        expect_error(answer, 422, Some("votes")).await;
    }
    assert_eq!(app.count_rows("responses"), 0);
    // Marking nothing is an answer: never free in this grid.
    app.submit_response_ok(id, &marks("Dee", None, "UTC", &[], &[]))
        .await;
    let path = format!("/api/v1/polls/{id}/finalize");
    let admin = created["admin_token"].as_str().unwrap_or_default();
    for (body, field) in [
        (json!({"start": "2027-03-22T08:30:00Z"}), "start"),
        (json!({"start": "tomorrow"}), "start"),
        (
            json!({"start": "2027-03-22T08:00:00Z", "slot_id": "a1B2c3D4e5"}),
            "start",
        ),
        (json!({}), "slot_id"),
    ] {
        let answer = app
            .request(Method::POST, &path, Some(admin), Some(&body))
            .await;
        expect_error(answer, 422, Some(field)).await;
    }
    let wrong = app
        .request(
            Method::POST,
            &path,
            Some("a-wrong-token"),
            Some(&json!({"start": "2027-03-22T08:00:00Z"})),
        )
        .await;
    expect_error(wrong, 404, None).await;
    assert_eq!(app.count_rows("slots"), 0, "no window became a slot");
}
