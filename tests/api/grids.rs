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
    // Mail goes out in any order: the meeting mail is the one with the calendar file.
    let meeting = to_ana
        .iter()
        .find(|m| m.raw.contains("text/calendar"))
        .expect("the meeting mail to Ana");
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
        (
            with(json!({"weekdays": ["mon", "funday"]})),
            "grid.weekdays",
        ),
        (with(json!({"weekdays": []})), "grid.weekdays"),
        // 22–24 March 2027 is Monday to Wednesday: no Saturday in it.
        (with(json!({"weekdays": ["sat"]})), "grid.weekdays"),
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
    for kind in ["dinner", ""] {
        let mut unknown_kind = grid_poll(false);
        unknown_kind["kind"] = json!(kind);
        expect_error(app.create_poll(&unknown_kind).await, 422, Some("kind")).await;
    }
    assert_eq!(app.count_rows("polls"), 0, "nothing was saved");

    // Only Mondays and Wednesdays: 16 cells, none on Tuesday 23 March.
    let weekdays = expect_json(
        app.create_poll(&with(json!({"weekdays": ["wed", "mon"]})))
            .await,
        201,
    )
    .await;
    let read = app
        .poll(weekdays["id"].as_str().unwrap_or_default(), None)
        .await;
    assert_eq!(read["grid"]["weekdays"], json!(["mon", "wed"]));
    let cells = read["grid"]["cells"].as_array().expect("cells");
    assert_eq!(cells.len(), 16);
    assert!(cells.iter().all(|c| !c["start"]
        .as_str()
        .unwrap_or_default()
        .starts_with("2027-03-23")));
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
            &["2027-03-22T08:00:00Z"],
            &["2027-03-22T09:00:00+01:00"],
        ),
    ];
    for body in refused {
        let answer = app.submit_response(id, &body).await;
        expect_error(answer, 422, Some("availability")).await;
    }
    assert_eq!(app.count_rows("responses"), 0);
    // Marking nothing is an answer: never free in this grid.
    app.submit_response_ok(id, &marks("Dee", None, "UTC", &[], &[]))
        .await;
    // The same cell twice, even written with another offset, is one mark.
    app.submit_response_ok(
        id,
        &marks(
            "Eve",
            None,
            "UTC",
            &["2027-03-22T08:00:00Z", "2027-03-22T09:00:00+01:00"],
            &[],
        ),
    )
    .await;
    assert_eq!(app.poll(id, None).await["grid"]["cells"][0]["yes"], 1);
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

/// The UTC start hours (of hourly cells) whose whole hour lies in each fixture zone's
/// working hours (09:00–18:00) during 22–26 March 2027, from its offset then (by hand:
/// Berlin, Zurich, Brussels, Skopje +1; London, Dublin 0; Kolkata +5:30; Kathmandu +5:45;
/// Barbados −4; Los Angeles −7; Nairobi +3; Fiji +12; Rarotonga −10; Adelaide +10:30).
fn working_hours_utc(zone: &str) -> Vec<u32> {
    match zone {
        "Europe/Berlin" | "Europe/Zurich" | "Europe/Brussels" | "Europe/Skopje" => {
            (8..=16).collect()
        }
        "Europe/London" | "Europe/Dublin" => (9..=17).collect(),
        // 04:00Z is 09:30 (Kolkata) or 09:45 (Kathmandu); 11:00Z ends at 17:30 / 17:45.
        "Asia/Kolkata" | "Asia/Kathmandu" => (4..=11).collect(),
        "America/Barbados" => (13..=21).collect(),
        // 16:00Z is 09:00 PDT; 00:00Z is 17:00.
        "America/Los_Angeles" => (16..=23).chain([0]).collect(),
        "Africa/Nairobi" => (6..=14).collect(),
        // 21:00Z is 09:00 the next day in Fiji; 05:00Z is 17:00.
        "Pacific/Fiji" => (21..=23).chain(0..=5).collect(),
        "Pacific/Rarotonga" => (19..=23).chain(0..=3).collect(),
        // 23:00Z is 09:30 the next day in Adelaide; 06:00Z is 16:30.
        "Australia/Adelaide" => [23].into_iter().chain(0..=6).collect(),
        other => panic!("no hand-worked hours for {other}"),
    }
}

#[tokio::test]
async fn the_fixture_people_marking_their_working_hours_meet_best_at_nine_utc() {
    let app = spawn_app(Backend::Sqlite).await;
    // A UTC grid, 22–26 March 2027, whole days, hourly cells; a one-hour meeting.
    let mut body = grid_poll(false);
    body["timezone"] = json!("UTC");
    body["duration_minutes"] = json!(60);
    body["grid"] = json!({"from": "2027-03-22", "to": "2027-03-26", "day_start": "00:00", "day_end": "00:00", "cell_minutes": 60});
    let created = expect_json(app.create_poll(&body).await, 201).await;
    let id = created["id"].as_str().unwrap_or_default().to_owned();
    let people = fixture_participants();
    assert_eq!(people.len(), 14);
    for p in &people {
        let hours = working_hours_utc(&p.timezone);
        let cells: Vec<String> = (22..=26)
            .flat_map(|day| {
                hours
                    .iter()
                    .map(move |h| format!("2027-03-{day:02}T{h:02}:00:00Z"))
            })
            .collect();
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        app.submit_response_ok(&id, &marks(&p.name, None, &p.timezone, &cells, &[]))
            .await;
    }
    let poll = app.poll(&id, None).await;
    assert_eq!(poll["grid"]["cells"].as_array().map(Vec::len), Some(120));
    // Per UTC hour, people at work: 08Z 7, 09–11Z 9 (the four +1 cities, London,
    // Dublin, Kolkata, Kathmandu, Nairobi), 12Z 7, 13–14Z 8. The three 9s tie on people;
    // the inconvenience score breaks the tie: 09Z puts Barbados (05:00), Los Angeles
    // (02:00) and Rarotonga (23:00) at night and Fiji (21:00) and Adelaide (19:30) in off
    // hours, 3 × 3 + 2 = 11; 10Z and 11Z score 13. So the best five are 09:00Z on each
    // day, earliest first.
    let best: Vec<(String, i64, i64)> = poll["grid"]["best_windows"]
        .as_array()
        .expect("best windows")
        .iter()
        .map(|w| {
            (
                w["start"].as_str().unwrap_or_default().to_owned(),
                w["free"].as_i64().unwrap_or(-1),
                w["score"].as_i64().unwrap_or(-1),
            )
        })
        .collect();
    let expected: Vec<(String, i64, i64)> = (22..=26)
        .map(|day| (format!("2027-03-{day}T09:00:00Z"), 9, 11))
        .collect();
    assert_eq!(best, expected);
    let counts: Vec<i64> = (6..=14)
        .map(|h| poll["grid"]["cells"][h]["yes"].as_i64().unwrap_or(-1))
        .collect();
    // 06Z: Kolkata, Kathmandu, Nairobi, Adelaide (16:30); 07Z: the first three.
    assert_eq!(
        counts,
        [4, 3, 7, 9, 9, 9, 7, 8, 8],
        "06Z to 14Z on 22 March"
    );
}

/// The labelled checkboxes of a grid page that are checked: (name, UTC start).
fn checked_cells(page: &str) -> Vec<(String, String)> {
    page.split("<input type=\"checkbox\"")
        .skip(1)
        .filter_map(|rest| {
            let tag = rest.split('>').next().unwrap_or_default();
            if !tag.contains(" checked") {
                return None;
            }
            let attr = |name: &str| {
                tag.split(&format!("{name}=\""))
                    .nth(1)
                    .and_then(|v| v.split('"').next())
                    .map(str::to_owned)
            };
            Some((attr("name")?, attr("value")?))
        })
        .collect()
}

#[apply(backends)]
#[tokio::test]
async fn the_grid_works_without_a_script_from_the_create_form_to_the_final_time(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let field = |k: &str, v: &str| (k.to_owned(), v.to_owned());
    let create = vec![
        field("title", "Grid without script"),
        field("organizer_name", "Forum Secretariat"),
        field("organizer_email", "secretariat@example.org"),
        field("timezone", "Europe/Zurich"),
        field("duration_minutes", "60"),
        field("if_need_be", "on"),
        field("kind", "availability"),
        field("grid_from", "2027-03-22"),
        field("grid_to", "2027-03-24"),
        field("grid_day_start", "09:00"),
        field("grid_day_end", "17:00"),
        field("grid_cell_minutes", "60"),
        field("grid_weekday", "mon"),
        field("grid_weekday", "tue"),
        field("grid_weekday", "wed"),
    ];
    // A cell size the grid does not take comes back with what was typed.
    let mut bad = create.clone();
    bad.retain(|(k, _)| k != "grid_cell_minutes");
    bad.push(field("grid_cell_minutes", "45"));
    let page = expect_status(app.post_form("/polls", &bad).await, 422).await;
    assert!(page.contains("A cell is 15, 30 or 60 minutes"), "{page}");
    assert!(
        page.contains("value=\"2027-03-24\""),
        "what was typed stays"
    );
    assert!(page.contains("id=\"kind-availability\" name=\"kind\" value=\"availability\" checked"));

    let admin = location_path(&expect_see_other(app.post_form("/polls", &create).await).await);
    let admin = admin.split('?').next().unwrap_or_default().to_owned();
    let id = admin.split('/').nth(2).unwrap_or_default().to_owned();

    // Auckland (+13): the 08:00–16:00Z cells are 21:00–05:00; each local date heads one
    // column (22, 23, 24, 25 March) and the 24 cells appear once each.
    let page = expect_status(app.get(&format!("/p/{id}?tz=Pacific/Auckland")).await, 200).await;
    let answer = page
        .split("<table class=\"grid grid-answer\"")
        .nth(1)
        .and_then(|t| t.split("</table>").next())
        .expect("the answer grid");
    for date in ["Mon 22 Mar", "Tue 23 Mar", "Wed 24 Mar", "Thu 25 Mar"] {
        assert_eq!(
            answer.matches(&format!(">{date}</th>")).count(),
            1,
            "{date}"
        );
    }
    assert_eq!(answer.matches("name=\"cell_yes\"").count(), 24);
    assert_eq!(answer.matches("name=\"cell_if_need_be\"").count(), 24);
    assert!(
        answer.contains("Mon 22 Mar, 21:00: "),
        "each checkbox names its local day and time"
    );

    // Answering: two cells free, one if need be; ticking both boxes of one cell is refused
    // with the boxes as ticked.
    let answer = |extra: &[(&str, &str)]| {
        let mut f = vec![
            field("name", "Mele Tupou"),
            field("timezone", "Pacific/Fiji"),
        ];
        f.extend(extra.iter().map(|(k, v)| field(k, v)));
        f
    };
    let both = answer(&[
        ("cell_yes", "2027-03-22T08:00:00Z"),
        ("cell_if_need_be", "2027-03-22T08:00:00Z"),
    ]);
    let refused = expect_status(
        app.post_form(&format!("/p/{id}/responses"), &both).await,
        422,
    )
    .await;
    assert!(
        refused.contains("marked both free and if need be"),
        "{refused}"
    );
    assert_eq!(checked_cells(&refused).len(), 2, "the boxes stay as ticked");
    assert_eq!(app.count_rows("responses"), 0);
    let good = answer(&[
        ("cell_yes", "2027-03-22T08:00:00Z"),
        ("cell_yes", "2027-03-22T09:00:00Z"),
        ("cell_if_need_be", "2027-03-23T15:00:00Z"),
    ]);
    let edit = location_path(
        &expect_see_other(app.post_form(&format!("/p/{id}/responses"), &good).await).await,
    );
    let page = expect_status(app.get(&edit).await, 200).await;
    let mut checked = checked_cells(&page);
    checked.sort();
    assert_eq!(
        checked,
        [
            (
                "cell_if_need_be".to_owned(),
                "2027-03-23T15:00:00Z".to_owned()
            ),
            ("cell_yes".to_owned(), "2027-03-22T08:00:00Z".to_owned()),
            ("cell_yes".to_owned(), "2027-03-22T09:00:00Z".to_owned()),
        ]
    );
    // The organizer sees who answered, with their zone, under the heat map.
    let admin_page = expect_status(app.get(&admin).await, 200).await;
    assert!(admin_page.contains("Mele Tupou") && admin_page.contains("Pacific/Fiji"));
    // The announcement for a mailing list describes the grid.
    assert!(
        admin_page.contains("Everyone marks when they are free from Monday 22 March 2027"),
        "{admin_page}"
    );
    // Her page is on her clock (Fiji, +12): 08:00Z is 20:00 on 22 March.
    assert!(page.contains("Mon 22 Mar, 20:00: "), "{page}");
    // The heat map counts her in those cells and names her.
    assert!(page.contains("Mon 22 Mar, 20:00: Mele Tupou"), "{page}");
    // The windows count people in words that agree with the number.
    assert!(
        page.contains("1 person free, 1 of them if need be"),
        "{page}"
    );
    assert!(!page.contains("1 people"), "{page}");

    // The organizer finalizes the best window from the admin page.
    let admin_page = expect_status(app.get(&admin).await, 200).await;
    assert!(admin_page.contains("name=\"start\""), "{admin_page}");
    let done = app
        .post_form(
            &format!("{admin}/finalize"),
            &[field("start", "2027-03-22T08:00:00Z")],
        )
        .await;
    expect_see_other(done).await;
    let poll = app.poll(&id, None).await;
    assert_eq!(poll["status"], "finalized");
    assert_eq!(poll["slots"][0]["start"], "2027-03-22T08:00:00Z");
    let page = expect_status(app.get(&format!("/p/{id}?tz=Europe/Zurich")).await, 200).await;
    assert!(
        page.contains("Monday 22 March 2027"),
        "the final time is shown: {page}"
    );
}
