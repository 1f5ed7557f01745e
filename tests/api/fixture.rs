//! The 14-person fixture (`tests/fixtures/dccg-meeting.json`): a poll in
//! Europe/Zurich whose five slots straddle the US (2027-03-14) and EU (2027-03-28)
//! daylight-saving changes, answered from 14 zones.
//!
//! All expected values below are worked out by hand; the reasoning is in the comments.
//!
//! Offsets used (2027):
//! - Europe/Zurich, Berlin, Brussels, Skopje: CET +01:00 until the EU change on
//!   Sunday 2027-03-28 at 01:00 UTC, then CEST +02:00.
//! - Europe/London, Dublin: GMT +00:00 until 2027-03-28 01:00 UTC, then +01:00.
//! - America/Los_Angeles: PDT −07:00 since the US change on 2027-03-14.
//! - America/Barbados: −04:00, no DST.
//! - Asia/Kolkata +05:30, Asia/Kathmandu +05:45, Africa/Nairobi +03:00: no DST.
//! - Pacific/Fiji: +12:00, no DST in 2027.
//! - Pacific/Rarotonga: −10:00, no DST.
//! - Australia/Adelaide: ACDT +10:30 until the first Sunday of April (2027-04-04),
//!   so +10:30 for every slot.

use rstest_reuse::apply;

use crate::helpers::{backends, Backend};
use std::collections::HashSet;

use crate::helpers::{
    best_slot_ids, check_ics, contains_offset, expect_status, fixture_participants, response_named,
    spawn_app, tally_of, unescape_html,
};
use crate::smtp::MAIL_TIMEOUT;

/// The fixture's slots in UTC, in start order.
///   1. 2027-03-23T13:00 Zurich, CET +1 (before 03-28) → 12:00Z
///   2. 2027-03-25T07:00 Zurich, CET +1               → 06:00Z
///   3. 2027-03-29T13:00 Zurich, CEST +2 (after 03-28) → 11:00Z
///   4. 2027-03-31T21:00 Zurich, CEST +2               → 19:00Z
///   5. 2027-04-01T15:00 Zurich, CEST +2               → 13:00Z
///
/// Each lasts 60 minutes.
const SLOTS_UTC: [(&str, &str); 5] = [
    ("2027-03-23T12:00:00Z", "2027-03-23T13:00:00Z"),
    ("2027-03-25T06:00:00Z", "2027-03-25T07:00:00Z"),
    ("2027-03-29T11:00:00Z", "2027-03-29T12:00:00Z"),
    ("2027-03-31T19:00:00Z", "2027-03-31T20:00:00Z"),
    ("2027-04-01T13:00:00Z", "2027-04-01T14:00:00Z"),
];

/// Each participant's zone and the five slot starts there (start_local).
/// Slot starts in UTC: 03-23 12:00, 03-25 06:00, 03-29 11:00, 03-31 19:00, 04-01 13:00.
const LOCAL_STARTS: [(&str, [&str; 5]); 14] = [
    // +1, +1, +2, +2, +2 (EU change on 03-28)
    (
        "Europe/Berlin",
        [
            "2027-03-23T13:00:00+01:00",
            "2027-03-25T07:00:00+01:00",
            "2027-03-29T13:00:00+02:00",
            "2027-03-31T21:00:00+02:00",
            "2027-04-01T15:00:00+02:00",
        ],
    ),
    (
        "Europe/Zurich",
        [
            "2027-03-23T13:00:00+01:00",
            "2027-03-25T07:00:00+01:00",
            "2027-03-29T13:00:00+02:00",
            "2027-03-31T21:00:00+02:00",
            "2027-04-01T15:00:00+02:00",
        ],
    ),
    // +5:30: 12:00→17:30; 06:00→11:30; 11:00→16:30; 19:00→00:30 next day (04-01); 13:00→18:30
    (
        "Asia/Kolkata",
        [
            "2027-03-23T17:30:00+05:30",
            "2027-03-25T11:30:00+05:30",
            "2027-03-29T16:30:00+05:30",
            "2027-04-01T00:30:00+05:30",
            "2027-04-01T18:30:00+05:30",
        ],
    ),
    // +5:45: 12:00→17:45; 06:00→11:45; 11:00→16:45; 19:00→00:45 next day; 13:00→18:45
    (
        "Asia/Kathmandu",
        [
            "2027-03-23T17:45:00+05:45",
            "2027-03-25T11:45:00+05:45",
            "2027-03-29T16:45:00+05:45",
            "2027-04-01T00:45:00+05:45",
            "2027-04-01T18:45:00+05:45",
        ],
    ),
    // −4: 12:00→08:00; 06:00→02:00; 11:00→07:00; 19:00→15:00; 13:00→09:00
    (
        "America/Barbados",
        [
            "2027-03-23T08:00:00-04:00",
            "2027-03-25T02:00:00-04:00",
            "2027-03-29T07:00:00-04:00",
            "2027-03-31T15:00:00-04:00",
            "2027-04-01T09:00:00-04:00",
        ],
    ),
    // +0, +0, then BST +1: 11:00→12:00; 19:00→20:00; 13:00→14:00
    (
        "Europe/London",
        [
            "2027-03-23T12:00:00+00:00",
            "2027-03-25T06:00:00+00:00",
            "2027-03-29T12:00:00+01:00",
            "2027-03-31T20:00:00+01:00",
            "2027-04-01T14:00:00+01:00",
        ],
    ),
    // −7: 12:00→05:00; 06:00→23:00 the day before (03-24); 11:00→04:00; 19:00→12:00; 13:00→06:00
    (
        "America/Los_Angeles",
        [
            "2027-03-23T05:00:00-07:00",
            "2027-03-24T23:00:00-07:00",
            "2027-03-29T04:00:00-07:00",
            "2027-03-31T12:00:00-07:00",
            "2027-04-01T06:00:00-07:00",
        ],
    ),
    (
        "Europe/Brussels",
        [
            "2027-03-23T13:00:00+01:00",
            "2027-03-25T07:00:00+01:00",
            "2027-03-29T13:00:00+02:00",
            "2027-03-31T21:00:00+02:00",
            "2027-04-01T15:00:00+02:00",
        ],
    ),
    // Same offsets as London.
    (
        "Europe/Dublin",
        [
            "2027-03-23T12:00:00+00:00",
            "2027-03-25T06:00:00+00:00",
            "2027-03-29T12:00:00+01:00",
            "2027-03-31T20:00:00+01:00",
            "2027-04-01T14:00:00+01:00",
        ],
    ),
    // +3: 12:00→15:00; 06:00→09:00; 11:00→14:00; 19:00→22:00; 13:00→16:00
    (
        "Africa/Nairobi",
        [
            "2027-03-23T15:00:00+03:00",
            "2027-03-25T09:00:00+03:00",
            "2027-03-29T14:00:00+03:00",
            "2027-03-31T22:00:00+03:00",
            "2027-04-01T16:00:00+03:00",
        ],
    ),
    (
        "Europe/Skopje",
        [
            "2027-03-23T13:00:00+01:00",
            "2027-03-25T07:00:00+01:00",
            "2027-03-29T13:00:00+02:00",
            "2027-03-31T21:00:00+02:00",
            "2027-04-01T15:00:00+02:00",
        ],
    ),
    // +12: 12:00→00:00 next day (03-24); 06:00→18:00; 11:00→23:00; 19:00→07:00 next day (04-01); 13:00→01:00 next day (04-02)
    (
        "Pacific/Fiji",
        [
            "2027-03-24T00:00:00+12:00",
            "2027-03-25T18:00:00+12:00",
            "2027-03-29T23:00:00+12:00",
            "2027-04-01T07:00:00+12:00",
            "2027-04-02T01:00:00+12:00",
        ],
    ),
    // −10: 12:00→02:00; 06:00→20:00 the day before (03-24); 11:00→01:00; 19:00→09:00; 13:00→03:00
    (
        "Pacific/Rarotonga",
        [
            "2027-03-23T02:00:00-10:00",
            "2027-03-24T20:00:00-10:00",
            "2027-03-29T01:00:00-10:00",
            "2027-03-31T09:00:00-10:00",
            "2027-04-01T03:00:00-10:00",
        ],
    ),
    // +10:30: 12:00→22:30; 06:00→16:30; 11:00→21:30; 19:00→05:30 next day (04-01); 13:00→23:30
    (
        "Australia/Adelaide",
        [
            "2027-03-23T22:30:00+10:30",
            "2027-03-25T16:30:00+10:30",
            "2027-03-29T21:30:00+10:30",
            "2027-04-01T05:30:00+10:30",
            "2027-04-01T23:30:00+10:30",
        ],
    ),
];

/// Tally by hand from the fixture's votes (Y = yes, I = if_need_be, N = no), in file order:
///             s1 s2 s3 s4 s5
/// Lena        Y  I  Y  N  Y
/// Marc        Y  Y  Y  I  N
/// Priya       Y  Y  Y  N  I
/// Anil        I  Y  Y  N  N
/// Keisha      Y  N  Y  Y  Y
/// Tom         Y  I  N  Y  Y
/// Rosa        I  N  I  Y  N
/// Ilse        Y  Y  N  N  Y
/// Seán        Y  I  Y  Y  I
/// Wanjiru     Y  Y  I  N  Y
/// Jovana      N  Y  Y  Y  Y
/// Mele        N  N  N  Y  N
/// Teariki     N  N  I  Y  N
/// Chloé       I  Y  N  Y  I
/// s1: Y = Lena Marc Priya Keisha Tom Ilse Seán Wanjiru = 8; I = Anil Rosa Chloé = 3; N = 3
/// s2: Y = Marc Priya Anil Ilse Wanjiru Jovana Chloé = 7; I = Lena Tom Seán = 3; N = 4
/// s3: Y = Lena Marc Priya Anil Keisha Seán Jovana = 7; I = Rosa Wanjiru Teariki = 3; N = 4
/// s4: Y = Keisha Tom Rosa Seán Jovana Mele Teariki Chloé = 8; I = Marc = 1; N = 5
/// s5: Y = Lena Keisha Tom Ilse Wanjiru Jovana = 6; I = Priya Seán Chloé = 3; N = 5
/// yes + if_need_be: 11, 10, 10, 9, 9 → slot 1 is best.
const TALLY: [(i64, i64, i64); 5] = [(8, 3, 3), (7, 3, 4), (7, 3, 4), (8, 1, 5), (6, 3, 5)];

#[apply(backends)]
#[tokio::test]
async fn fixture_slots_are_stored_at_the_hand_computed_utc_instants(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = app.create_fixture_poll().await;
    let got: Vec<(&str, &str)> = poll
        .slots
        .iter()
        .map(|s| (s.start.as_str(), s.end.as_str()))
        .collect();
    assert_eq!(got, SLOTS_UTC.to_vec());

    let read = app.poll(&poll.id, None).await;
    assert_eq!(read["timezone"], "Europe/Zurich");
    let slots = read["slots"].as_array().expect("slots");
    let starts: Vec<&str> = slots
        .iter()
        .map(|s| s["start"].as_str().expect("start"))
        .collect();
    assert_eq!(starts, SLOTS_UTC.iter().map(|s| s.0).collect::<Vec<_>>());
    // Without ?tz the local times are the poll's zone, the organizer's original input.
    let locals: Vec<&str> = slots
        .iter()
        .map(|s| s["start_local"].as_str().expect("start_local"))
        .collect();
    assert_eq!(locals, LOCAL_STARTS[1].1.to_vec());
    let offsets: Vec<&str> = slots
        .iter()
        .map(|s| s["utc_offset"].as_str().expect("utc_offset"))
        .collect();
    assert_eq!(
        offsets,
        vec!["+01:00", "+01:00", "+02:00", "+02:00", "+02:00"]
    );
    if crate::helpers::fixture_deadline_ahead() {
        assert!(
            !read["deadline"].is_null(),
            "the deadline is kept: {}",
            read["deadline"]
        );
    }
}

#[apply(backends)]
#[tokio::test]
async fn fixture_slots_show_each_participants_local_time_via_tz(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = app.create_fixture_poll().await;
    for (zone, starts) in LOCAL_STARTS {
        let read = app.poll(&poll.id, Some(zone)).await;
        let slots = read["slots"].as_array().expect("slots");
        let got: Vec<&str> = slots
            .iter()
            .map(|s| s["start_local"].as_str().expect("start_local"))
            .collect();
        assert_eq!(got, starts.to_vec(), "start_local in {zone}");
        for (slot, start) in slots.iter().zip(starts) {
            let offset = &start[19..];
            assert_eq!(
                slot["utc_offset"], offset,
                "utc_offset in {zone} for {start}"
            );
            // 60 minutes later, same offset (no change happens inside any slot).
            let end_hour: u32 = start[11..13].parse().expect("hour");
            let end_local = slot["end_local"].as_str().expect("end_local");
            assert_eq!(&end_local[19..], offset, "end_local offset in {zone}");
            assert_eq!(
                end_local[11..13].parse::<u32>().expect("hour"),
                (end_hour + 1) % 24,
                "end_local hour in {zone}"
            );
            assert_eq!(
                &end_local[13..19],
                &start[13..19],
                "end_local minutes in {zone}"
            );
        }
    }
}

#[apply(backends)]
#[tokio::test]
async fn fixture_vote_page_shows_local_clock_times_for_the_requested_zone(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = app.create_fixture_poll().await;
    let zurich = ["13:00", "07:00", "21:00", "15:00"];
    // Asia/Kathmandu (+5:45): 17:45, 11:45, 16:45, 00:45, 18:45 — times no Zurich slot has.
    let kathmandu = ["17:45", "11:45", "16:45", "00:45", "18:45"];
    // First visit, no ?tz: the poll's zone.
    let page = expect_status(app.get(&format!("/p/{}", poll.id)).await, 200).await;
    for hh_mm in zurich {
        assert!(
            page.contains(hh_mm),
            "the default vote page shows Zurich time {hh_mm}"
        );
    }
    assert!(
        !page.contains("17:45"),
        "no Kathmandu time on the default page"
    );
    let page = expect_status(
        app.get(&format!("/p/{}?tz=Asia/Kathmandu", poll.id)).await,
        200,
    )
    .await;
    for hh_mm in kathmandu {
        assert!(
            page.contains(hh_mm),
            "the Kathmandu vote page shows {hh_mm}"
        );
    }
    assert!(
        page.contains("+05:45") || page.contains("Asia/Kathmandu"),
        "the page names the zone or offset"
    );
    // The choice is remembered (cookie) for the next visit without ?tz.
    let page = expect_status(app.get(&format!("/p/{}", poll.id)).await, 200).await;
    assert!(page.contains("17:45"), "the chosen zone is remembered");
}

#[apply(backends)]
#[tokio::test]
async fn fixture_responses_are_listed_with_names_affiliations_and_zones_without_emails(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = app.create_fixture_poll().await;
    let created = app.submit_fixture_responses(&poll).await;
    let ids: HashSet<&str> = created.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), 14, "14 distinct response ids");
    let tokens: HashSet<&str> = created.iter().map(|c| c.edit_token.as_str()).collect();
    assert_eq!(tokens.len(), 14, "14 distinct edit tokens");

    let body = expect_status(app.get_poll(&poll.id, None).await, 200).await;
    assert!(
        !body.contains("@example.org"),
        "no email address in the poll JSON: {body}"
    );
    let read: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    assert_eq!(read["responses"].as_array().expect("responses").len(), 14);
    let organizer_view = app.admin_poll(&poll.id, &poll.admin_token).await;
    for p in fixture_participants() {
        let r = response_named(&organizer_view, &p.name);
        assert_eq!(r["timezone"], p.timezone.as_str(), "{}", p.name);
    }
    for p in fixture_participants() {
        let r = response_named(&read, &p.name);
        assert_eq!(r["affiliation"], p.affiliation.as_str(), "{}", p.name);
        assert!(
            r.get("timezone").is_none(),
            "{}'s zone is the organizer's to see",
            p.name
        );
        for (slot, vote) in poll.slots.iter().zip(&p.votes) {
            assert_eq!(
                r["votes"][&slot.id],
                vote.as_str(),
                "{} on {}",
                p.name,
                slot.start
            );
        }
    }
}

#[apply(backends)]
#[tokio::test]
async fn fixture_tally_and_best_slot_match_the_hand_count(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = app.create_fixture_poll().await;
    app.submit_fixture_responses(&poll).await;
    let read = app.poll(&poll.id, None).await;
    for (slot, expected) in poll.slots.iter().zip(TALLY) {
        assert_eq!(
            tally_of(&read, &slot.id),
            expected,
            "tally of {}",
            slot.start
        );
    }
    assert_eq!(
        best_slot_ids(&read),
        vec![poll.slots[0].id.clone()],
        "slot 1 (8 yes + 3 if_need_be) is best"
    );
}

/// The mail for the chosen slot 1 (2027-03-23T12:00Z, a Tuesday) in each recipient's
/// zone: (address, zone, local date, HH:MM, offset).
const FINAL_LOCAL: [(&str, &str, &str, &str, &str); 14] = [
    (
        "lena.hoffmann@example.org",
        "Europe/Berlin",
        "23 March 2027",
        "13:00",
        "+01:00",
    ),
    (
        "marc.dubois@example.org",
        "Europe/Zurich",
        "23 March 2027",
        "13:00",
        "+01:00",
    ),
    (
        "priya.raman@example.org",
        "Asia/Kolkata",
        "23 March 2027",
        "17:30",
        "+05:30",
    ),
    (
        "anil.shrestha@example.org",
        "Asia/Kathmandu",
        "23 March 2027",
        "17:45",
        "+05:45",
    ),
    (
        "keisha.alleyne@example.org",
        "America/Barbados",
        "23 March 2027",
        "08:00",
        "-04:00",
    ),
    (
        "tom.whitfield@example.org",
        "Europe/London",
        "23 March 2027",
        "12:00",
        "+00:00",
    ),
    (
        "rosa.delgado@example.org",
        "America/Los_Angeles",
        "23 March 2027",
        "05:00",
        "-07:00",
    ),
    (
        "ilse.verbeek@example.org",
        "Europe/Brussels",
        "23 March 2027",
        "13:00",
        "+01:00",
    ),
    (
        "sean.obriain@example.org",
        "Europe/Dublin",
        "23 March 2027",
        "12:00",
        "+00:00",
    ),
    (
        "wanjiru.kamau@example.org",
        "Africa/Nairobi",
        "23 March 2027",
        "15:00",
        "+03:00",
    ),
    (
        "jovana.petrovic@example.org",
        "Europe/Skopje",
        "23 March 2027",
        "13:00",
        "+01:00",
    ),
    // +12 crosses midnight: Wednesday 24 March 2027, 00:00.
    (
        "mele.tupou@example.org",
        "Pacific/Fiji",
        "24 March 2027",
        "00:00",
        "+12:00",
    ),
    (
        "chloe.martin@example.org",
        "Australia/Adelaide",
        "23 March 2027",
        "22:30",
        "+10:30",
    ),
    // The organizer has no response: the poll's zone, Europe/Zurich CET.
    (
        "secretariat@example.org",
        "Europe/Zurich",
        "23 March 2027",
        "13:00",
        "+01:00",
    ),
];

#[apply(backends)]
#[tokio::test]
async fn finalize_mails_each_participant_their_local_time(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = app.create_fixture_poll().await;
    app.submit_fixture_responses(&poll).await;
    // 1 admin-link mail + 13 edit-link mails (Teariki gave no address).
    app.smtp.wait_for_exactly(14, MAIL_TIMEOUT).await;

    let _ = expect_status(
        app.finalize(&poll.id, &poll.admin_token, &poll.slots[0].id)
            .await,
        200,
    )
    .await;
    let mails = app.smtp.wait_for_exactly(28, MAIL_TIMEOUT).await;
    let finals: Vec<_> = mails.iter().skip(14).map(|m| m.parse()).collect();
    assert!(
        finals.iter().all(|m| m.calendar.is_some()),
        "every finalize mail has a calendar file"
    );
    assert!(
        mails.iter().take(14).all(|m| m.parse().calendar.is_none()),
        "the earlier mails have none"
    );

    let mut recipients: Vec<&str> = finals.iter().map(|m| m.single_to()).collect();
    recipients.sort_unstable();
    let mut expected: Vec<&str> = FINAL_LOCAL.iter().map(|r| r.0).collect();
    expected.sort_unstable();
    assert_eq!(
        recipients, expected,
        "one finalize mail per respondent with an email, plus the organizer"
    );

    let mut uids = HashSet::new();
    for (address, zone, date, hh_mm, offset) in FINAL_LOCAL {
        let mail = finals
            .iter()
            .find(|m| m.single_to() == address)
            .expect("mail");
        assert_eq!(
            mail.recipients,
            vec![address.to_owned()],
            "envelope recipient of {address}"
        );
        assert!(
            mail.subject.contains("DCCG virtual meeting #63"),
            "{address}: subject {:?}",
            mail.subject
        );
        for (kind, body) in [
            ("text", mail.text().to_owned()),
            ("html", unescape_html(mail.html())),
        ] {
            let ctx = format!("{address} ({zone}) {kind} body:\n{body}");
            assert!(body.contains(date), "local date {date} in {ctx}");
            assert!(body.contains(hh_mm), "local time {hh_mm} in {ctx}");
            assert!(contains_offset(&body, offset), "offset {offset} in {ctx}");
            assert!(body.contains(zone), "zone name in {ctx}");
            // And in UTC: Tuesday 23 March 2027, 12:00 (month name possibly abbreviated).
            assert!(
                body.contains("23 Mar") && body.contains("12:00") && body.contains("UTC"),
                "UTC time in {ctx}"
            );
            assert!(
                body.contains("https://meet.example.org/dccg-63"),
                "location in {ctx}"
            );
            assert!(body.contains(&poll.participant_url), "poll link in {ctx}");
        }
        let event = check_ics(&mail.calendar_text());
        assert_eq!(event.dtstart, "20270323T120000Z", "{address}");
        assert_eq!(event.dtend, "20270323T130000Z", "{address}");
        assert_eq!(
            event.summary.as_deref(),
            Some("DCCG virtual meeting #63"),
            "{address}"
        );
        assert_eq!(
            event.location.as_deref(),
            Some("https://meet.example.org/dccg-63"),
            "{address}"
        );
        uids.insert(event.uid);
    }
    assert_eq!(uids.len(), 1, "the same UID in every copy: {uids:?}");

    let message_ids: HashSet<_> = mails
        .iter()
        .map(|m| m.parse().message_id.expect("Message-ID"))
        .collect();
    assert_eq!(
        message_ids.len(),
        28,
        "every message has its own Message-ID"
    );
}

#[apply(backends)]
#[tokio::test]
async fn a_second_fixture_poll_gets_a_different_calendar_uid(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let first = app.create_fixture_poll().await;
    let second = app.create_fixture_poll().await;
    let mut uids = Vec::new();
    for poll in [&first, &second] {
        let _ = expect_status(
            app.finalize(&poll.id, &poll.admin_token, &poll.slots[0].id)
                .await,
            200,
        )
        .await;
        let ics = expect_status(app.get(&format!("/p/{}/event.ics", poll.id)).await, 200).await;
        uids.push(check_ics(&ics).uid);
    }
    assert_ne!(uids[0], uids[1], "UIDs are per poll");
    // Stable: asking again gives the same UID.
    let again = expect_status(app.get(&format!("/p/{}/event.ics", first.id)).await, 200).await;
    assert_eq!(check_ics(&again).uid, uids[0]);
}
