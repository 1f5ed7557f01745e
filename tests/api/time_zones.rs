//! Time-zone edge cases: local times that do not exist or exist twice, zones whose
//! offset is not a whole hour, and the date line. Expected values are by hand.

use rstest_reuse::apply;

use crate::helpers::{backends, Backend};
use serde_json::json;

use crate::helpers::{
    expect_error, expect_json, expect_status, poll_body, slot_by_id, slots_of, spawn_app, vote_map,
};

/// Lower-cased error message of a create that must fail on `slots`.
async fn slot_error(app: &crate::helpers::TestApp, zone: &str, slots: &[&str]) -> String {
    let error = expect_error(
        app.create_poll(&poll_body("Zones", zone, slots)).await,
        422,
        Some("slots"),
    )
    .await;
    error.message
}

#[apply(backends)]
#[tokio::test]
async fn a_slot_in_the_spring_forward_gap_is_rejected_naming_the_time_the_zone_and_that_it_does_not_exist(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    // Europe/Zurich on 2027-03-28 (last Sunday of March) jumps from 02:00 to 03:00:
    // 02:30 never happens there.
    let message = slot_error(
        &app,
        "Europe/Zurich",
        &["2027-03-23T13:00", "2027-03-28T02:30"],
    )
    .await;
    assert!(
        message.contains("2027-03-28") && message.contains("02:30"),
        "names the time: {message}"
    );
    assert!(
        message.contains("Europe/Zurich"),
        "names the zone: {message}"
    );
    let lower = message.to_lowercase();
    assert!(
        lower.contains("not exist")
            || lower.contains("doesn't exist")
            || lower.contains("nonexistent")
            || lower.contains("non-existent"),
        "says it does not exist: {message}"
    );
    assert_eq!(app.count_rows("polls"), 0, "no poll saved");
    assert_eq!(app.count_rows("slots"), 0, "no slot saved");
}

#[apply(backends)]
#[tokio::test]
async fn an_ambiguous_autumn_slot_is_rejected_mentioning_both_offsets(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    // Europe/Zurich on 2027-10-31 (last Sunday of October) falls back from 03:00 CEST
    // to 02:00 CET: 02:30 happens at +02:00 and again at +01:00.
    let message = slot_error(&app, "Europe/Zurich", &["2027-10-31T02:30"]).await;
    assert!(message.contains("02:30"), "names the time: {message}");
    assert!(
        message.contains("+02:00") && message.contains("+01:00"),
        "mentions both offsets: {message}"
    );
    assert_eq!(app.count_rows("polls"), 0);
}

#[apply(backends)]
#[tokio::test]
async fn an_ambiguous_autumn_slot_with_an_explicit_offset_is_accepted_at_that_instant(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    // 02:30+02:00 = 00:30Z (first pass, CEST); 02:30+01:00 = 01:30Z (second pass, CET).
    let poll = app
        .create_poll_ok(&poll_body(
            "Fall back",
            "Europe/Zurich",
            &["2027-10-31T02:30+01:00", "2027-10-31T02:30+02:00"],
        ))
        .await;
    let starts: Vec<&str> = poll.slots.iter().map(|s| s.start.as_str()).collect();
    assert_eq!(starts, vec!["2027-10-31T00:30:00Z", "2027-10-31T01:30:00Z"]);

    // Read back in the poll's zone: the same wall clock, told apart by the offset.
    let read = app.poll(&poll.id, None).await;
    let first = slot_by_id(&read, &poll.slots[0].id);
    let second = slot_by_id(&read, &poll.slots[1].id);
    assert_eq!(first["start_local"], "2027-10-31T02:30:00+02:00");
    assert_eq!(first["utc_offset"], "+02:00");
    assert_eq!(second["start_local"], "2027-10-31T02:30:00+01:00");
    assert_eq!(second["utc_offset"], "+01:00");
    // The first slot (00:30Z–01:30Z, 60 min) ends at the change: 01:30Z = 02:30 CET.
    assert_eq!(first["end_local"], "2027-10-31T02:30:00+01:00");
}

#[apply(backends)]
#[tokio::test]
async fn a_slot_spanning_the_spring_change_lasts_its_duration_in_real_time(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    // 2027-03-28T01:30 Zurich is still CET (+1) → 00:30Z; 60 min later is 01:30Z,
    // after the change at 01:00Z, so CEST (+2) → 03:30 local.
    let poll = app
        .create_poll_ok(&poll_body("Spring", "Europe/Zurich", &["2027-03-28T01:30"]))
        .await;
    assert_eq!(poll.slots[0].start, "2027-03-28T00:30:00Z");
    assert_eq!(poll.slots[0].end, "2027-03-28T01:30:00Z");
    let read = app.poll(&poll.id, None).await;
    let slot = slot_by_id(&read, &poll.slots[0].id);
    assert_eq!(slot["start_local"], "2027-03-28T01:30:00+01:00");
    assert_eq!(slot["end_local"], "2027-03-28T03:30:00+02:00");
    assert_eq!(slot["utc_offset"], "+01:00", "the offset at the start");
}

#[apply(backends)]
#[tokio::test]
async fn us_rules_decide_the_gap_and_the_ambiguity_in_new_york(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    // US DST starts on the second Sunday of March, 2027-03-14: 02:00 → 03:00.
    let message = slot_error(&app, "America/New_York", &["2027-03-14T02:30"]).await;
    assert!(
        message.contains("America/New_York") && message.contains("02:30"),
        "{message}"
    );
    // It ends on the first Sunday of November, 2027-11-07: 01:30 is at −04:00 and −05:00.
    let message = slot_error(&app, "America/New_York", &["2027-11-07T01:30"]).await;
    assert!(
        crate::helpers::contains_offset(&message, "-04:00")
            && crate::helpers::contains_offset(&message, "-05:00"),
        "both offsets: {message}"
    );
    // The EU's change day is an ordinary day in New York (EDT, −4): 02:30 → 06:30Z.
    let poll = app
        .create_poll_ok(&poll_body("NY", "America/New_York", &["2027-03-28T02:30"]))
        .await;
    assert_eq!(poll.slots[0].start, "2027-03-28T06:30:00Z");
}

#[apply(backends)]
#[tokio::test]
async fn lord_howes_half_hour_dst_makes_half_an_hour_ambiguous_and_half_an_hour_missing(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    // Australia/Lord_Howe shifts by 30 minutes: +11:00 in summer, +10:30 in winter.
    // DST ends on the first Sunday of April, 2027-04-04, at 02:00 (+11) → 01:30 (+10:30):
    // 01:45 happens twice.
    let message = slot_error(&app, "Australia/Lord_Howe", &["2027-04-04T01:45"]).await;
    assert!(
        message.contains("+11:00") && message.contains("+10:30"),
        "both offsets: {message}"
    );
    // DST starts on the first Sunday of October, 2027-10-03, at 02:00 → 02:30: 02:15 is missing.
    let message = slot_error(&app, "Australia/Lord_Howe", &["2027-10-03T02:15"]).await;
    assert!(
        message.contains("02:15") && message.contains("Australia/Lord_Howe"),
        "{message}"
    );
    // With an explicit offset the ambiguous time is fine: 01:45+10:30 = 15:15Z the day before.
    let poll = app
        .create_poll_ok(&poll_body(
            "Lord Howe",
            "Australia/Lord_Howe",
            &["2027-04-04T01:45+10:30", "2027-04-04T01:45+11:00"],
        ))
        .await;
    let starts: Vec<&str> = poll.slots.iter().map(|s| s.start.as_str()).collect();
    // 01:45+11:00 = 14:45Z; 01:45+10:30 = 15:15Z (both on 2027-04-03 UTC).
    assert_eq!(starts, vec!["2027-04-03T14:45:00Z", "2027-04-03T15:15:00Z"]);
}

#[apply(backends)]
#[tokio::test]
async fn adding_a_slot_in_the_gap_to_an_existing_poll_is_rejected_and_adds_nothing(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = app
        .create_poll_ok(&poll_body("Add", "Europe/Zurich", &["2027-03-23T13:00"]))
        .await;
    let error = expect_error(
        app.add_slots(
            &poll.id,
            &poll.admin_token,
            &["2027-03-30T10:00", "2027-03-28T02:30"],
        )
        .await,
        422,
        Some("slots"),
    )
    .await;
    assert!(error.message.contains("02:30"), "{}", error.message);
    let read = app.poll(&poll.id, None).await;
    assert_eq!(
        read["slots"].as_array().expect("slots").len(),
        1,
        "neither slot was added"
    );
    // The valid one alone is fine: 2027-03-30T10:00 CEST (+2) = 08:00Z.
    let added = expect_json(
        app.add_slots(&poll.id, &poll.admin_token, &["2027-03-30T10:00"])
            .await,
        201,
    )
    .await;
    assert_eq!(slots_of(&added)[0].start, "2027-03-30T08:00:00Z");
}

/// 2027-03-23T12:00Z (13:00 in Zurich, CET) seen from zones far apart.
const FAR_ZONES: [(&str, &str, &str); 8] = [
    // +14: 12:00 + 14 h = 02:00 the next day.
    ("Pacific/Kiritimati", "2027-03-24T02:00:00+14:00", "+14:00"),
    // Samoa: +13 all year (no DST since 2021): 01:00 the next day.
    ("Pacific/Apia", "2027-03-24T01:00:00+13:00", "+13:00"),
    // Chatham: +13:45 in the southern summer (NZ DST ends 2027-04-04): 01:45 the next day.
    ("Pacific/Chatham", "2027-03-24T01:45:00+13:45", "+13:45"),
    // +5:45: 17:45.
    ("Asia/Kathmandu", "2027-03-23T17:45:00+05:45", "+05:45"),
    // +5:30: 17:30.
    ("Asia/Kolkata", "2027-03-23T17:30:00+05:30", "+05:30"),
    // +10:30 (ACDT until 2027-04-04): 22:30.
    ("Australia/Adelaide", "2027-03-23T22:30:00+10:30", "+10:30"),
    // −9:30: 02:30.
    ("Pacific/Marquesas", "2027-03-23T02:30:00-09:30", "-09:30"),
    // −10, no DST: 02:00.
    ("Pacific/Honolulu", "2027-03-23T02:00:00-10:00", "-10:00"),
];

#[apply(backends)]
#[tokio::test]
async fn far_and_fractional_zones_show_the_right_local_date_and_time(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = app
        .create_poll_ok(&poll_body("Far", "Europe/Zurich", &["2027-03-23T13:00"]))
        .await;
    assert_eq!(poll.slots[0].start, "2027-03-23T12:00:00Z");
    for (zone, start_local, offset) in FAR_ZONES {
        let read = app.poll(&poll.id, Some(zone)).await;
        let slot = slot_by_id(&read, &poll.slots[0].id);
        assert_eq!(
            slot["start"], "2027-03-23T12:00:00Z",
            "UTC does not move with ?tz={zone}"
        );
        assert_eq!(slot["start_local"], start_local, "start_local in {zone}");
        assert_eq!(slot["utc_offset"], offset, "utc_offset in {zone}");
    }
}

#[apply(backends)]
#[tokio::test]
async fn kiritimati_and_honolulu_share_the_clock_but_not_the_date(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    // A poll in Kiritimati (+14): Wednesday 2027-03-24 09:00 there is
    // 09:00 − 14 h = 2027-03-23T19:00Z.
    let poll = app
        .create_poll_ok(&poll_body(
            "Line Islands",
            "Pacific/Kiritimati",
            &["2027-03-24T09:00"],
        ))
        .await;
    assert_eq!(poll.slots[0].start, "2027-03-23T19:00:00Z");
    // Honolulu (−10): 19:00 − 10 h = 09:00 on Tuesday the 23rd: same clock, a day earlier.
    let read = app.poll(&poll.id, Some("Pacific/Honolulu")).await;
    assert_eq!(
        slot_by_id(&read, &poll.slots[0].id)["start_local"],
        "2027-03-23T09:00:00-10:00"
    );
    let read = app.poll(&poll.id, None).await;
    assert_eq!(
        slot_by_id(&read, &poll.slots[0].id)["start_local"],
        "2027-03-24T09:00:00+14:00"
    );
}

#[apply(backends)]
#[tokio::test]
async fn new_year_in_apia_is_still_the_old_year_in_utc(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    // Apia is +13 all year: 2027-01-01 00:30 there is 2026-12-31 11:30Z.
    let poll = app
        .create_poll_ok(&poll_body(
            "New year",
            "Pacific/Apia",
            &["2027-01-01T00:30"],
        ))
        .await;
    assert_eq!(poll.slots[0].start, "2026-12-31T11:30:00Z");
    assert_eq!(poll.slots[0].end, "2026-12-31T12:30:00Z");
}

#[apply(backends)]
#[tokio::test]
async fn viewer_offsets_follow_the_viewers_own_dst_changes(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = app
        .create_poll_ok(&poll_body(
            "Viewer DST",
            "Europe/Zurich",
            &[
                "2027-03-13T15:00Z",
                "2027-03-15T15:00Z",
                "2027-04-03T12:00Z",
                "2027-04-05T12:00Z",
            ],
        ))
        .await;
    // New York: EST −5 until 2027-03-14, then EDT −4.
    //   03-13 15:00Z → 10:00−05:00; 03-15 15:00Z → 11:00−04:00;
    //   04-03 12:00Z → 08:00−04:00; 04-05 12:00Z → 08:00−04:00.
    // Adelaide: ACDT +10:30 until 2027-04-04 03:00 local (2027-04-03 16:30Z), then ACST +9:30.
    //   03-13 15:00Z → 03-14 01:30+10:30; 03-15 15:00Z → 03-16 01:30+10:30;
    //   04-03 12:00Z → 22:30+10:30;       04-05 12:00Z → 21:30+09:30.
    let expected = [
        (
            "America/New_York",
            [
                "2027-03-13T10:00:00-05:00",
                "2027-03-15T11:00:00-04:00",
                "2027-04-03T08:00:00-04:00",
                "2027-04-05T08:00:00-04:00",
            ],
        ),
        (
            "Australia/Adelaide",
            [
                "2027-03-14T01:30:00+10:30",
                "2027-03-16T01:30:00+10:30",
                "2027-04-03T22:30:00+10:30",
                "2027-04-05T21:30:00+09:30",
            ],
        ),
    ];
    for (zone, starts) in expected {
        let read = app.poll(&poll.id, Some(zone)).await;
        let got: Vec<&str> = read["slots"]
            .as_array()
            .expect("slots")
            .iter()
            .map(|s| s["start_local"].as_str().expect("start_local"))
            .collect();
        assert_eq!(got, starts.to_vec(), "in {zone}");
    }
}

#[apply(backends)]
#[tokio::test]
async fn an_unknown_tz_parameter_is_rejected_not_ignored(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = app
        .create_poll_ok(&poll_body("Tz", "Europe/Zurich", &["2027-03-23T13:00"]))
        .await;
    let response = app.get_poll(&poll.id, Some("Mars/Olympus")).await;
    let status = response.status().as_u16();
    assert!(
        status == 400 || status == 422,
        "?tz=Mars/Olympus answered {status}"
    );
    let error = expect_error(response, status, None).await;
    assert!(
        error.message.contains("Mars/Olympus"),
        "names the value: {}",
        error.message
    );
}

#[apply(backends)]
#[tokio::test]
async fn a_response_keeps_its_zone_and_the_poll_shows_it(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = app
        .create_poll_ok(&poll_body(
            "Zone kept",
            "Europe/Zurich",
            &["2027-03-23T13:00"],
        ))
        .await;
    let votes = vote_map(&poll.slots, &["yes"]);
    for zone in ["Asia/Kathmandu", "Pacific/Chatham", "America/St_Johns"] {
        let body = json!({"name": zone, "email": null, "affiliation": "", "timezone": zone, "votes": votes});
        let _ = expect_status(app.submit_response(&poll.id, &body).await, 201).await;
    }
    let read = app.admin_poll(&poll.id, &poll.admin_token).await;
    let zones: Vec<&str> = read["responses"]
        .as_array()
        .expect("responses")
        .iter()
        .map(|r| r["timezone"].as_str().expect("tz"))
        .collect();
    for zone in ["Asia/Kathmandu", "Pacific/Chatham", "America/St_Johns"] {
        assert!(zones.contains(&zone), "{zone} kept: {zones:?}");
    }
}
