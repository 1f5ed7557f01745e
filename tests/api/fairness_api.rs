//! Fairness through the JSON API (issue 8): `GET /polls/{id}/fairness` on the fixture,
//! the poll's hours in `PATCH /polls/{id}`, `POST /planner` on hand-worked cases and its
//! refusals, and the burden of a series' meetings on the admin page.
//!
//! Expected values are worked out by hand from each zone's offset on the day (written
//! in the comments), never with a time-zone library.

use reqwest::Method;
use rstest_reuse::apply;
use serde_json::{json, Value};

use crate::helpers::*;

/// Night and off-hours counts of the fixture's five slots for its fourteen
/// respondents, by hand in `tests/api/fairness.rs` (`COSTS`).
const FIXTURE_COSTS: [(u64, u64); 5] = [(4, 3), (4, 6), (4, 1), (4, 7), (4, 2)];

async fn fairness(app: &TestApp, poll: &CreatedPoll, query: &str, token: Option<&str>) -> Value {
    let path = format!("/api/v1/polls/{}/fairness{query}", poll.id);
    expect_json(app.request(Method::GET, &path, token, None).await, 200).await
}

#[apply(backends)]
#[tokio::test]
async fn the_fixture_slots_cost_what_a_world_clock_says_and_zones_stay_with_the_organizer(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = app.create_fixture_poll().await;
    app.submit_fixture_responses(&poll).await;

    let public = fairness(&app, &poll, "", None).await;
    assert_eq!(public["people"], "respondents");
    assert_eq!(public["people_count"], 14);
    assert_eq!(public["duration_minutes"], 60);
    assert_eq!(
        public["hours"],
        json!({"day_start": "07:00", "work_start": "09:00", "work_end": "18:00", "night_start": "22:00"})
    );
    let slots = public["slots"].as_array().expect("slots");
    assert_eq!(slots.len(), 5);
    for (slot, (night, off)) in slots.iter().zip(FIXTURE_COSTS) {
        let cost = &slot["cost"];
        assert_eq!(
            (cost["night"].as_u64(), cost["off"].as_u64()),
            (Some(night), Some(off)),
            "{slot}"
        );
        assert_eq!(cost["working"].as_u64(), Some(14 - night - off), "{slot}");
        assert_eq!(cost["score"].as_u64(), Some(3 * night + off), "{slot}");
        assert!(
            slot["zones"].is_null(),
            "a participant sees no zones: {slot}"
        );
    }
    assert_eq!(slots[0]["start"], "2027-03-23T12:00:00Z");
    assert_eq!(slots[0]["end"], "2027-03-23T13:00:00Z");
    assert_eq!(slots[0]["slot_id"], poll.slots[0].id);

    // The organizer sees each zone, west to east at the first slot: Rarotonga −10,
    // Los Angeles −7, Barbados −4, Dublin and London 0, Berlin, Brussels, Skopje and
    // Zurich +1, Nairobi +3, Kolkata +5:30, Kathmandu +5:45, Adelaide +10:30, Fiji +12.
    let organizer = fairness(&app, &poll, "", Some(&poll.admin_token)).await;
    let zones = organizer["slots"][0]["zones"].as_array().expect("zones");
    let names: Vec<&str> = zones
        .iter()
        .map(|z| z["timezone"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        names,
        [
            "Pacific/Rarotonga",
            "America/Los_Angeles",
            "America/Barbados",
            "Europe/Dublin",
            "Europe/London",
            "Europe/Berlin",
            "Europe/Brussels",
            "Europe/Skopje",
            "Europe/Zurich",
            "Africa/Nairobi",
            "Asia/Kolkata",
            "Asia/Kathmandu",
            "Australia/Adelaide",
            "Pacific/Fiji",
        ]
    );
    let zone = |slot: usize, name: &str| {
        organizer["slots"][slot]["zones"]
            .as_array()
            .and_then(|zs| zs.iter().find(|z| z["timezone"] == name))
            .cloned()
            .unwrap_or_else(|| panic!("no {name} in slot {slot}"))
    };
    // 23 March 12:00Z: Kathmandu 17:45–18:45 off; Fiji 00:00 on the 24th, night;
    // Rarotonga 02:00, night; Zurich 13:00, working.
    let kathmandu = zone(0, "Asia/Kathmandu");
    assert_eq!(kathmandu["local_start"], "2027-03-23T17:45:00+05:45");
    assert_eq!(kathmandu["local_end"], "2027-03-23T18:45:00+05:45");
    assert_eq!(kathmandu["class"], "off");
    assert_eq!(kathmandu["people"], 1);
    assert_eq!(
        zone(0, "Pacific/Fiji")["local_start"],
        "2027-03-24T00:00:00+12:00"
    );
    assert_eq!(zone(0, "Pacific/Fiji")["class"], "night");
    assert_eq!(
        zone(0, "Pacific/Rarotonga")["local_start"],
        "2027-03-23T02:00:00-10:00"
    );
    assert_eq!(zone(0, "Europe/Zurich")["class"], "working");
    // 31 March 19:00Z, after the EU change: Zurich 21:00 (+2) off; Adelaide 05:30 on
    // 1 April (+10:30) night; Fiji 07:00 on 1 April off.
    assert_eq!(
        zone(3, "Europe/Zurich")["local_start"],
        "2027-03-31T21:00:00+02:00"
    );
    assert_eq!(zone(3, "Europe/Zurich")["class"], "off");
    assert_eq!(
        zone(3, "Australia/Adelaide")["local_start"],
        "2027-04-01T05:30:00+10:30"
    );
    assert_eq!(zone(3, "Australia/Adelaide")["class"], "night");
    assert_eq!(zone(3, "Pacific/Fiji")["class"], "off");

    // Everyone (respondents and invitees) is the organizer's only: a participant, or a
    // wrong token, gets the same 404 as an unknown poll; an unknown value is a 422.
    let path = format!("/api/v1/polls/{}/fairness?people=everyone", poll.id);
    expect_error(app.request(Method::GET, &path, None, None).await, 404, None).await;
    expect_error(
        app.request(Method::GET, &path, Some("a-wrong-token"), None)
            .await,
        404,
        None,
    )
    .await;
    let path = format!("/api/v1/polls/{}/fairness?people=all", poll.id);
    expect_error(
        app.request(Method::GET, &path, None, None).await,
        422,
        Some("people"),
    )
    .await;
    let path = "/api/v1/polls/AAAAAAAAAAAA/fairness";
    expect_error(app.request(Method::GET, path, None, None).await, 404, None).await;

    // A poll that hides its answers hides their cost from participants, not from the
    // organizer.
    expect_status(
        app.patch_poll(&poll.id, &poll.admin_token, &json!({"hide_results": true}))
            .await,
        200,
    )
    .await;
    let hidden = fairness(&app, &poll, "", None).await;
    assert!(hidden["slots"][0]["cost"].is_null(), "{hidden}");
    let organizer = fairness(&app, &poll, "", Some(&poll.admin_token)).await;
    assert_eq!(organizer["slots"][0]["cost"]["night"], 4);
}

#[apply(backends)]
#[tokio::test]
async fn the_poll_hours_change_through_patch_and_bad_hours_change_nothing(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    // 4 May 2027 09:00 Zurich (+2) = 07:00Z; one answer from Kathmandu (+5:45): 12:45.
    let poll = app
        .create_poll_ok(&poll_body("Hours", "Europe/Zurich", &["2027-05-04T09:00"]))
        .await;
    let votes = vote_map(&poll.slots, &["yes"]);
    app.submit_response_ok(
        &poll.id,
        &response_body("Anil", None, "Asia/Kathmandu", votes),
    )
    .await;
    let before = fairness(&app, &poll, "", None).await;
    assert_eq!(before["slots"][0]["cost"]["working"], 1);

    // Working hours from 13:00: 12:45 in Kathmandu is now off hours.
    let hours = json!({"day_start": "07:00", "work_start": "13:00", "work_end": "21:00", "night_start": "23:00"});
    let changed = app
        .patch_poll(&poll.id, &poll.admin_token, &json!({"hours": hours}))
        .await;
    expect_status(changed, 200).await;
    let after = fairness(&app, &poll, "", None).await;
    assert_eq!(after["hours"], hours);
    assert_eq!(after["slots"][0]["cost"]["off"], 1, "{after}");

    // Hours out of order, or not a time, are refused naming the field, and the title
    // sent with them is not saved either.
    let refused = app
        .patch_poll(
            &poll.id,
            &poll.admin_token,
            &json!({"title": "Renamed", "hours": {"day_start": "07:00", "work_start": "18:00", "work_end": "09:00", "night_start": "22:00"}}),
        )
        .await;
    expect_error(refused, 422, Some("hours.work_start")).await;
    let refused = app
        .patch_poll(
            &poll.id,
            &poll.admin_token,
            &json!({"title": "Renamed", "hours": {"day_start": "7h", "work_start": "09:00", "work_end": "18:00", "night_start": "22:00"}}),
        )
        .await;
    let error = expect_error(refused, 422, Some("hours.day_start")).await;
    assert!(error.message.contains("7h"), "{}", error.message);
    let refused = app
        .patch_poll(
            &poll.id,
            &poll.admin_token,
            &json!({"hours": {"day_start": "07:00", "work_start": "09:00"}}),
        )
        .await;
    expect_error(refused, 400, None).await;
    assert_eq!(
        app.admin_poll(&poll.id, &poll.admin_token).await["title"],
        "Hours"
    );
    assert_eq!(fairness(&app, &poll, "", None).await["hours"], hours);
}

/// `POST /api/v1/planner` that must answer 200.
async fn plan(app: &TestApp, body: &Value) -> Value {
    expect_json(
        app.request(Method::POST, "/api/v1/planner", None, Some(body))
            .await,
        200,
    )
    .await
}

fn berlin_kathmandu_los_angeles(from: &str, to: &str, limit: u32) -> Value {
    json!({
        "from": from,
        "to": to,
        "timezone": "Europe/Berlin",
        "duration_minutes": 60,
        "step_minutes": 15,
        "weekdays": ["mon", "tue", "wed", "thu", "fri"],
        "zones": [
            {"timezone": "America/Los_Angeles", "count": 1},
            {"timezone": "Europe/Berlin", "count": 5},
            {"timezone": "Asia/Kathmandu", "count": 5}
        ],
        "limit": limit
    })
}

#[tokio::test]
async fn the_planner_moves_its_best_time_by_one_utc_hour_across_the_eu_change() {
    let app = spawn_app(Backend::Sqlite).await;
    // Berlin 5, Kathmandu 5, Los Angeles 1. Los Angeles (PDT, −7 from 14 March) is at
    // night through all of Berlin's working morning, so the least is 3 (one person at
    // night) with Berlin and Kathmandu at work: Berlin from 09:00 and Kathmandu until
    // 18:00. Before 28 March Berlin is +1, Kathmandu +5:45: 08:00Z (Berlin 09:00,
    // Kathmandu 13:45, Los Angeles 01:00) is the earliest. From 29 March Berlin is +2:
    // 07:00Z (Berlin 09:00, Kathmandu 12:45, Los Angeles 00:00).
    // Kathmandu's 18:00 is 12:15Z, so a meeting of score 3 starts at 11:15Z at the
    // latest: whole hours from the earliest give 4 proposals a day before the change
    // (08, 09, 10, 11Z) and 5 after (07 to 11Z), 45 in the ten weekdays.
    let answer = plan(
        &app,
        &berlin_kathmandu_los_angeles("2027-03-22", "2027-04-02", 45),
    )
    .await;
    let proposals = answer["proposals"].as_array().expect("proposals");
    let first = &proposals[0];
    assert_eq!(first["start"], "2027-03-22T08:00:00Z");
    assert_eq!(first["end"], "2027-03-22T09:00:00Z");
    assert_eq!(first["local_start"], "2027-03-22T09:00:00+01:00");
    assert_eq!(
        first["cost"],
        json!({"night": 1, "off": 0, "working": 10, "score": 3})
    );
    let zones = first["zones"].as_array().expect("zones");
    assert_eq!(
        zones[0]["timezone"], "America/Los_Angeles",
        "in the order given"
    );
    assert_eq!(zones[0]["local_start"], "2027-03-22T01:00:00-07:00");
    assert_eq!(zones[0]["class"], "night");
    assert_eq!(zones[2]["local_start"], "2027-03-22T13:45:00+05:45");
    assert_eq!(zones[2]["people"], 5);

    let earliest_on = |day: &str| {
        proposals
            .iter()
            .filter_map(|p| p["start"].as_str())
            .filter(|s| s.starts_with(day))
            .min()
            .map(str::to_owned)
    };
    assert_eq!(
        earliest_on("2027-03-26").as_deref(),
        Some("2027-03-26T08:00:00Z")
    );
    assert_eq!(
        earliest_on("2027-03-29").as_deref(),
        Some("2027-03-29T07:00:00Z")
    );
    assert_eq!(proposals.len(), 45);
    assert!(
        proposals.iter().all(|p| p["cost"]["score"] == 3),
        "{answer}"
    );
    let on = |day: &str| {
        proposals
            .iter()
            .filter(|p| p["start"].as_str().is_some_and(|s| s.starts_with(day)))
            .count()
    };
    assert_eq!((on("2027-03-26"), on("2027-03-29")), (4, 5));
    assert!(
        earliest_on("2027-03-27").is_none() && earliest_on("2027-03-28").is_none(),
        "no weekend"
    );
}

#[tokio::test]
async fn chatham_and_a_group_with_no_night_free_hour_are_planned_by_cost() {
    let app = spawn_app(Backend::Sqlite).await;
    // Chatham is +13:45 until 4 April 2027: its 09:00 is 19:15Z the day before, London's
    // evening (off hours): score 1.
    let chatham = plan(
        &app,
        &json!({
            "from": "2027-03-15", "to": "2027-03-19", "timezone": "Europe/London",
            "duration_minutes": 60, "step_minutes": 15,
            "zones": [{"timezone": "Pacific/Chatham"}, {"timezone": "Europe/London"}],
            "limit": 1
        }),
    )
    .await;
    let best = &chatham["proposals"][0];
    assert_eq!(best["start"], "2027-03-15T19:15:00Z");
    assert_eq!(best["cost"]["score"], 1);
    assert_eq!(best["zones"][0]["local_start"], "2027-03-16T09:00:00+13:45");
    assert_eq!(best["zones"][0]["class"], "working");
    assert_eq!(best["zones"][1]["class"], "off");

    // London (0), Shanghai (+8), Los Angeles (−7): nights 22–07, 14–23 and 05–14 UTC
    // cover the day, yet the planner answers, ranked by cost: 09:00Z first (02:00 in
    // Los Angeles), everyone else at work.
    let world = plan(
        &app,
        &json!({
            "from": "2027-03-22", "to": "2027-03-26", "timezone": "Europe/London",
            "duration_minutes": 60, "step_minutes": 30,
            "zones": [
                {"timezone": "Asia/Shanghai"},
                {"timezone": "America/Los_Angeles"},
                {"timezone": "Europe/London"}
            ],
            "limit": 5
        }),
    )
    .await;
    let proposals = world["proposals"].as_array().expect("proposals");
    assert_eq!(proposals.len(), 5);
    assert!(proposals
        .iter()
        .all(|p| p["cost"]["night"].as_u64() >= Some(1)));
    assert_eq!(proposals[0]["start"], "2027-03-22T09:00:00Z");
    assert_eq!(
        proposals[0]["cost"],
        json!({"night": 1, "off": 0, "working": 2, "score": 3})
    );
}

#[tokio::test]
async fn the_planner_refuses_what_it_cannot_answer_naming_the_field() {
    let app = spawn_app(Backend::Sqlite).await;
    let good = berlin_kathmandu_los_angeles("2027-03-22", "2027-03-26", 3);
    let refused = |change: Value| {
        let mut body = good.clone();
        for (k, v) in change.as_object().cloned().unwrap_or_default() {
            body[k] = v;
        }
        body
    };
    let cases = [
        (json!({"from": "2027-13-01"}), "from"),
        (json!({"to": "2027-03-21"}), "to"),
        (json!({"to": "2027-06-20"}), "to"),
        (json!({"timezone": "Europe/Atlantis"}), "timezone"),
        (json!({"duration_minutes": 0}), "duration_minutes"),
        (json!({"step_minutes": 25}), "step_minutes"),
        (json!({"step_minutes": 90}), "step_minutes"),
        (json!({"weekdays": ["mon", "funday"]}), "weekdays[1]"),
        (json!({"zones": []}), "zones"),
        (
            json!({"zones": [{"timezone": "Europe/Berlin"}, {"timezone": "Mars/Olympus"}]}),
            "zones[1].timezone",
        ),
        (
            json!({"zones": [{"timezone": "Europe/Berlin", "count": 0}]}),
            "zones[0].count",
        ),
        (
            json!({"hours": {"day_start": "07:00", "work_start": "19:00", "work_end": "18:00", "night_start": "22:00"}}),
            "hours.work_start",
        ),
        (json!({"limit": 0}), "limit"),
        (json!({"from": "2020-01-06", "to": "2020-01-10"}), "to"),
    ];
    for (change, field) in cases {
        let body = refused(change.clone());
        let answer = app
            .request(Method::POST, "/api/v1/planner", None, Some(&body))
            .await;
        let error = expect_error(answer, 422, Some(field)).await;
        assert!(!error.message.is_empty(), "{change}: {}", error.body);
    }
    // 90 days counted with the first (22 March to 19 June) is the longest range.
    let longest = plan(&app, &refused(json!({"to": "2027-06-19"}))).await;
    assert_eq!(longest["proposals"].as_array().map(Vec::len), Some(3));
    // A misspelt field is a 400 naming it.
    let answer = app
        .request(
            Method::POST,
            "/api/v1/planner",
            None,
            Some(&refused(json!({"zone": "Europe/Berlin"}))),
        )
        .await;
    expect_error(answer, 400, Some("zone")).await;
    // No allowed weekday in the range: no proposal, not an error.
    let weekend = plan(
        &app,
        &refused(json!({"from": "2027-03-27", "to": "2027-03-28"})),
    )
    .await;
    assert_eq!(weekend["proposals"], json!([]));
}

#[apply(backends)]
#[tokio::test]
async fn the_admin_page_shows_how_a_series_meetings_fell_for_each_zone(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let first = app
        .create_poll_ok(&poll_body("Series", "Europe/Zurich", &["2027-05-04T09:00"]))
        .await;
    let list = "Mele Tupou, mele@example.to, DC, Pacific/Fiji\n\
                Rosa Delgado, rosa@example.org, DC, America/Los_Angeles\n\
                Marc Dubois, marc@example.ch, DC, Europe/Zurich";
    let path = format!("/api/v1/polls/{}/invitees", first.id);
    let body = json!({"list": list, "send": false});
    expect_status(
        app.request(Method::POST, &path, Some(&first.admin_token), Some(&body))
            .await,
        200,
    )
    .await;
    let admin_page = |poll: &CreatedPoll| format!("/p/{}/admin/{}", poll.id, poll.admin_token);
    let page = expect_status(app.get(&admin_page(&first)).await, 200).await;
    assert!(
        !page.contains("Across this series"),
        "no meeting chosen yet"
    );

    // 4 May 09:00 Zurich (+2) = 07:00Z: Fiji (+12) 19:00 off, Los Angeles (−7) 00:00
    // night, Zurich working.
    expect_status(
        app.finalize(&first.id, &first.admin_token, &first.slots[0].id)
            .await,
        200,
    )
    .await;
    // Hours set on the first poll carry over to the next one of the series.
    let hours = json!({"day_start": "06:00", "work_start": "08:00", "work_end": "17:00", "night_start": "23:00"});
    expect_status(
        app.patch_poll(&first.id, &first.admin_token, &json!({"hours": hours}))
            .await,
        200,
    )
    .await;
    let path = format!("/api/v1/polls/{}/duplicate", first.id);
    let body = json!({"slots": ["2027-06-01T20:00"]});
    let second = expect_json(
        app.request(Method::POST, &path, Some(&first.admin_token), Some(&body))
            .await,
        201,
    )
    .await;
    let second = CreatedPoll {
        id: second["id"].as_str().unwrap_or_default().to_owned(),
        admin_token: second["admin_token"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        participant_url: String::new(),
        admin_url: String::new(),
        slots: slots_of(&second),
        body: second,
    };
    let path = format!("/api/v1/polls/{}/fairness", second.id);
    let copied = expect_json(app.request(Method::GET, &path, None, None).await, 200).await;
    assert_eq!(copied["hours"], hours);
    let page = expect_status(app.get(&admin_page(&second)).await, 200).await;
    assert!(
        page.contains("How often the one chosen meeting of this series"),
        "{page}"
    );
    // 1 June 20:00 Zurich (+2) = 18:00Z: Fiji 06:00 on the 2nd, Los Angeles 11:00,
    // Zurich 20:00. By the series' hours (night until 06:00, work 08:00–17:00, night
    // from 23:00), both meetings are judged again: 4 May 07:00Z is Fiji 19:00 off, Los
    // Angeles 00:00 night, Zurich 09:00 working; 1 June 18:00Z is Fiji 06:00 off (not
    // night: night ends at 06:00), Los Angeles working, Zurich off.
    expect_status(
        app.finalize(&second.id, &second.admin_token, &second.slots[0].id)
            .await,
        200,
    )
    .await;
    let page = expect_status(app.get(&admin_page(&second)).await, 200).await;
    let table = page
        .split("<table class=\"burden\">")
        .nth(1)
        .and_then(|t| t.split("</table>").next())
        .unwrap_or_else(|| panic!("no burden table: {page}"));
    let rows: Vec<String> = table
        .split("<tr><th scope=\"row\">")
        .skip(1)
        .map(|r| {
            let zone = r.split(' ').next().unwrap_or_default();
            let cells: Vec<&str> = r
                .split("<td>")
                .skip(1)
                .map(|c| c.split('<').next().unwrap_or_default())
                .collect();
            format!("{zone} {}", cells.join(" "))
        })
        .collect();
    // Los Angeles: night once; Fiji: off twice; Zurich: off once.
    assert_eq!(
        rows,
        [
            "America/Los_Angeles 1 0",
            "Pacific/Fiji 0 2",
            "Europe/Zurich 0 1"
        ],
        "{table}"
    );
    assert!(page.contains("How often the 2 chosen meetings of this series"));
}
