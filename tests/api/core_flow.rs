//! The main flow: create a poll, collect responses by JSON and by HTML form, edit
//! one, read the results and the best slot, finalize, and receive the mail.

use rstest_reuse::apply;

use crate::helpers::{backends, Backend};
use serde_json::json;

use crate::helpers::{
    best_slot_ids, check_ics, content_type, expect_error, expect_json, expect_see_other,
    expect_status, location_path, mails_to, poll_body, raw_header, response_body, response_form,
    response_named, slot_by_id, slots_of, spawn_app, tally_of, the_mail_to, unescape_html,
    vote_map, CreatedPoll, TestApp,
};
use crate::smtp::MAIL_TIMEOUT;

/// Europe/Zurich in May is on CEST (UTC+2, EU summer time runs 2027-03-28 to
/// 2027-10-31), so each local slot is two hours ahead of UTC. The slots are given out
/// of order; the answer must list them by start.
///   "2027-05-04T10:00"        → 2027-05-04T08:00:00Z
///   "2027-05-05T16:30"        → 2027-05-05T14:30:00Z
///   "2027-05-03T09:00"        → 2027-05-03T07:00:00Z
const RETRO_SLOTS: [&str; 3] = ["2027-05-04T10:00", "2027-05-05T16:30", "2027-05-03T09:00"];

async fn create_retro(app: &TestApp) -> CreatedPoll {
    app.create_poll_ok(&poll_body("Team retro", "Europe/Zurich", &RETRO_SLOTS))
        .await
}

#[apply(backends)]
#[tokio::test]
async fn creating_a_poll_returns_its_slots_in_utc_in_start_order(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let mut body = poll_body(
        "Team retro",
        "Europe/Zurich",
        &[
            "2027-05-04T10:00",
            // Explicit UTC: taken as is.
            "2027-05-06T12:00Z",
            "2027-05-03T09:00",
            // Explicit offset −04:00: 09:00 + 4 h = 13:00Z.
            "2027-05-07T09:00-04:00",
        ],
    );
    body["duration_minutes"] = json!(45);
    let poll = app.create_poll_ok(&body).await;

    assert!(!poll.id.is_empty() && !poll.admin_token.is_empty());
    assert_ne!(
        poll.id, poll.admin_token,
        "the admin token must not be the id"
    );
    let starts_ends: Vec<(&str, &str)> = poll
        .slots
        .iter()
        .map(|s| (s.start.as_str(), s.end.as_str()))
        .collect();
    assert_eq!(
        starts_ends,
        vec![
            ("2027-05-03T07:00:00Z", "2027-05-03T07:45:00Z"),
            ("2027-05-04T08:00:00Z", "2027-05-04T08:45:00Z"),
            ("2027-05-06T12:00:00Z", "2027-05-06T12:45:00Z"),
            ("2027-05-07T13:00:00Z", "2027-05-07T13:45:00Z"),
        ]
    );
    let mut ids: Vec<&str> = poll.slots.iter().map(|s| s.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 4, "slot ids are distinct");

    assert!(
        poll.participant_url.ends_with(&format!("/p/{}", poll.id)),
        "participant_url {:?}",
        poll.participant_url
    );
    assert!(
        poll.admin_url
            .ends_with(&format!("/p/{}/admin/{}", poll.id, poll.admin_token)),
        "admin_url {:?}",
        poll.admin_url
    );
    assert!(
        poll.participant_url.starts_with(&app.base_url)
            && poll.admin_url.starts_with(&app.base_url),
        "links are absolute, on the base URL {}: {:?}",
        app.base_url,
        poll.participant_url
    );

    // The same slots read back, with local times in the poll's zone.
    let read = app.poll(&poll.id, None).await;
    assert_eq!(read["title"], "Team retro");
    assert_eq!(read["timezone"], "Europe/Zurich");
    assert_eq!(read["duration_minutes"], 45);
    assert_eq!(read["status"], "open");
    assert!(read["final_slot_id"].is_null());
    let first = slot_by_id(&read, &poll.slots[0].id);
    assert_eq!(first["start"], "2027-05-03T07:00:00Z");
    assert_eq!(first["start_local"], "2027-05-03T09:00:00+02:00");
    assert_eq!(first["end_local"], "2027-05-03T09:45:00+02:00");
    assert_eq!(first["utc_offset"], "+02:00");
    let read_ids: Vec<&str> = read["slots"]
        .as_array()
        .expect("slots")
        .iter()
        .map(|s| s["id"].as_str().expect("id"))
        .collect();
    let created_ids: Vec<&str> = poll.slots.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        read_ids, created_ids,
        "GET lists the slots in start order too"
    );
    assert_eq!(read["responses"], json!([]));
    assert_eq!(
        best_slot_ids(&read),
        Vec::<String>::new(),
        "no responses, no best slot"
    );
}

#[apply(backends)]
#[tokio::test]
async fn creating_a_poll_mails_the_organizer_the_admin_link(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = create_retro(&app).await;

    let mails = app.smtp.wait_for_exactly(1, MAIL_TIMEOUT).await;
    let mail = the_mail_to(&mails, "olga@example.org");
    assert_eq!(
        mail.recipients,
        vec!["olga@example.org".to_owned()],
        "envelope recipient"
    );
    assert_eq!(
        mail.from,
        vec!["convene@example.org".to_owned()],
        "From is MAIL_FROM"
    );
    assert_eq!(
        mail.envelope_from, "convene@example.org",
        "the envelope sender is MAIL_FROM"
    );
    assert!(
        mail.message_id
            .as_deref()
            .is_some_and(|id| id.contains('@')),
        "Message-ID: {:?}",
        mail.message_id
    );
    assert!(
        mail.subject.contains("Team retro"),
        "subject {:?}",
        mail.subject
    );
    assert!(
        mail.text().contains(&poll.admin_url),
        "text has the admin link {}:\n{}",
        poll.admin_url,
        mail.text()
    );
    assert!(
        unescape_html(mail.html()).contains(&poll.admin_url),
        "HTML has the admin link {}:\n{}",
        poll.admin_url,
        mail.html()
    );
}

#[apply(backends)]
#[tokio::test]
async fn a_json_response_is_counted_and_mails_the_participant_their_edit_link(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = create_retro(&app).await;
    let votes = vote_map(&poll.slots, &["yes", "if_need_be", "no"]);
    let created = app
        .submit_response_ok(
            &poll.id,
            &json!({
                "name": "Ada Lovelace",
                "email": "ada@example.org",
                "affiliation": "Analytical Engines",
                "timezone": "America/New_York",
                "votes": votes,
            }),
        )
        .await;
    assert!(!created.id.is_empty() && !created.edit_token.is_empty());

    let read = app.admin_poll(&poll.id, &poll.admin_token).await;
    let responses = read["responses"].as_array().expect("responses");
    assert_eq!(responses.len(), 1);
    let ada = &responses[0];
    assert_eq!(ada["id"], created.id.as_str());
    assert_eq!(ada["name"], "Ada Lovelace");
    assert_eq!(ada["affiliation"], "Analytical Engines");
    assert_eq!(ada["timezone"], "America/New_York");
    assert_eq!(ada["votes"], votes);
    assert_eq!(tally_of(&read, &poll.slots[0].id), (1, 0, 0));
    assert_eq!(tally_of(&read, &poll.slots[1].id), (0, 1, 0));
    assert_eq!(tally_of(&read, &poll.slots[2].id), (0, 0, 1));
    assert_eq!(best_slot_ids(&read), vec![poll.slots[0].id.clone()]);

    // Organizer's admin link, then Ada's edit link.
    let mails = app.smtp.wait_for_exactly(2, MAIL_TIMEOUT).await;
    let mail = the_mail_to(&mails, "ada@example.org");
    let edit_path = format!("/p/{}/r/{}", poll.id, created.edit_token);
    assert!(
        mail.text().contains(&edit_path),
        "text has the edit link {edit_path}:\n{}",
        mail.text()
    );
    assert!(
        mail.text()
            .contains(&format!("{}{}", app.address, edit_path)),
        "the edit link is absolute, on the app's base URL {}:\n{}",
        app.address,
        mail.text()
    );
    assert!(
        unescape_html(mail.html()).contains(&edit_path),
        "HTML has the edit link:\n{}",
        mail.html()
    );
    // The link works.
    let page = expect_status(app.get(&edit_path).await, 200).await;
    assert!(
        page.contains("Ada Lovelace"),
        "the edit page shows the response:\n{page}"
    );
}

#[apply(backends)]
#[tokio::test]
async fn a_response_via_the_html_form_redirects_to_its_edit_page_and_is_counted(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = create_retro(&app).await;

    let page = expect_status(app.get(&format!("/p/{}", poll.id)).await, 200).await;
    assert!(page.contains("Team retro"), "the vote page shows the title");
    for slot in &poll.slots {
        assert!(
            page.contains(&format!("vote_{}", slot.id)),
            "the vote page has a field for slot {}",
            slot.id
        );
    }

    let form = response_form(
        "Grace Hopper",
        "grace@example.org",
        "Asia/Kolkata",
        &poll.slots,
        &["no", "yes", "if_need_be"],
    );
    let location = expect_see_other(
        app.post_form(&format!("/p/{}/responses", poll.id), &form)
            .await,
    )
    .await;
    let path = location_path(&location);
    let prefix = format!("/p/{}/r/", poll.id);
    assert!(
        path.starts_with(&prefix) && path.ends_with("?saved=1"),
        "redirect to the edit page, got {location:?}"
    );
    let token = path[prefix.len()..path.len() - "?saved=1".len()].to_owned();
    assert!(!token.is_empty());

    let edit_page = expect_status(app.get(&path).await, 200).await;
    assert!(
        edit_page.contains("Grace Hopper"),
        "the edit page shows the name"
    );

    let read = app.admin_poll(&poll.id, &poll.admin_token).await;
    let grace = response_named(&read, "Grace Hopper");
    assert_eq!(grace["timezone"], "Asia/Kolkata");
    assert_eq!(
        grace["votes"],
        vote_map(&poll.slots, &["no", "yes", "if_need_be"])
    );
    assert_eq!(tally_of(&read, &poll.slots[1].id), (1, 0, 0));

    let mails = app.smtp.wait_for_exactly(2, MAIL_TIMEOUT).await;
    let mail = the_mail_to(&mails, "grace@example.org");
    assert!(
        mail.text().contains(&format!("/p/{}/r/{token}", poll.id)),
        "the mailed edit link has the token of the redirect:\n{}",
        mail.text()
    );
}

#[apply(backends)]
#[tokio::test]
async fn editing_a_response_via_put_replaces_its_votes_and_keeps_one_response(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = create_retro(&app).await;
    let first = vote_map(&poll.slots, &["yes", "yes", "yes"]);
    let created = app
        .submit_response_ok(
            &poll.id,
            &response_body("Ada", Some("ada@example.org"), "Europe/London", first),
        )
        .await;

    let second = vote_map(&poll.slots, &["no", "if_need_be", "yes"]);
    let body = response_body(
        "Ada L.",
        Some("ada@example.org"),
        "Europe/Dublin",
        second.clone(),
    );
    let _ = expect_status(
        app.update_response(&poll.id, &created.id, &created.edit_token, &body)
            .await,
        200,
    )
    .await;

    let read = app.admin_poll(&poll.id, &poll.admin_token).await;
    let responses = read["responses"].as_array().expect("responses");
    assert_eq!(responses.len(), 1, "an edit does not add a response");
    assert_eq!(responses[0]["id"], created.id.as_str());
    assert_eq!(responses[0]["name"], "Ada L.");
    assert_eq!(responses[0]["timezone"], "Europe/Dublin");
    assert_eq!(responses[0]["votes"], second);
    assert_eq!(tally_of(&read, &poll.slots[0].id), (0, 0, 1));
    assert_eq!(tally_of(&read, &poll.slots[1].id), (0, 1, 0));
    assert_eq!(tally_of(&read, &poll.slots[2].id), (1, 0, 0));
    assert_eq!(best_slot_ids(&read), vec![poll.slots[2].id.clone()]);
}

#[apply(backends)]
#[tokio::test]
async fn editing_a_response_via_the_html_form_replaces_its_votes(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = create_retro(&app).await;
    let form = response_form(
        "Grace",
        "",
        "Asia/Kolkata",
        &poll.slots,
        &["yes", "no", "no"],
    );
    let location = expect_see_other(
        app.post_form(&format!("/p/{}/responses", poll.id), &form)
            .await,
    )
    .await;
    let edit_path = location_path(&location)
        .trim_end_matches("?saved=1")
        .to_owned();

    let form = response_form(
        "Grace H.",
        "",
        "Asia/Tokyo",
        &poll.slots,
        &["no", "if_need_be", "yes"],
    );
    let back = expect_see_other(app.post_form(&edit_path, &form).await).await;
    assert!(
        location_path(&back).starts_with(&edit_path),
        "the edit form redirects back to {edit_path}, got {back:?}"
    );

    let read = app.admin_poll(&poll.id, &poll.admin_token).await;
    assert_eq!(read["responses"].as_array().expect("responses").len(), 1);
    let grace = response_named(&read, "Grace H.");
    assert_eq!(grace["timezone"], "Asia/Tokyo");
    assert_eq!(
        grace["votes"],
        vote_map(&poll.slots, &["no", "if_need_be", "yes"])
    );
    // No email given: only the organizer's mail.
    let mails = app.smtp.wait_for_exactly(1, MAIL_TIMEOUT).await;
    assert_eq!(mails_to(&mails, "olga@example.org").len(), 1);
}

#[apply(backends)]
#[tokio::test]
async fn deleting_a_response_removes_it_and_its_votes_from_the_tally(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = create_retro(&app).await;
    let a = app
        .submit_response_ok(
            &poll.id,
            &response_body(
                "A",
                None,
                "UTC",
                vote_map(&poll.slots, &["yes", "no", "no"]),
            ),
        )
        .await;
    let _b = app
        .submit_response_ok(
            &poll.id,
            &response_body(
                "B",
                None,
                "UTC",
                vote_map(&poll.slots, &["no", "yes", "no"]),
            ),
        )
        .await;
    let _ = expect_status(
        app.delete_response(&poll.id, &a.id, &a.edit_token).await,
        204,
    )
    .await;

    let read = app.poll(&poll.id, None).await;
    let names: Vec<&str> = read["responses"]
        .as_array()
        .expect("responses")
        .iter()
        .map(|r| r["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names, vec!["B"]);
    assert_eq!(tally_of(&read, &poll.slots[0].id), (0, 0, 1));
    assert_eq!(best_slot_ids(&read), vec![poll.slots[1].id.clone()]);
    // The token of a deleted response opens nothing.
    let _ = expect_status(
        app.get(&format!("/p/{}/r/{}", poll.id, a.edit_token)).await,
        404,
    )
    .await;
}

#[apply(backends)]
#[tokio::test]
async fn best_slot_counts_yes_and_if_need_be_then_prefers_more_yes_then_the_earlier_slot(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    // Given out of order; by start: [0] = 1 June, [1] = 2 June, [2] = 3 June.
    let poll = app
        .create_poll_ok(&poll_body(
            "Tie break",
            "Europe/Zurich",
            &["2027-06-03T10:00", "2027-06-01T10:00", "2027-06-02T10:00"],
        ))
        .await;
    assert_eq!(poll.slots[0].start, "2027-06-01T08:00:00Z");
    let (june1, june2, june3) = (&poll.slots[0].id, &poll.slots[1].id, &poll.slots[2].id);

    // 1 June: 1 yes + 1 if_need_be = 2; 2 June: 2 yes = 2; 3 June: 0.
    // Equal on yes + if_need_be, 2 June has more yes → 2 June.
    app.submit_response_ok(
        &poll.id,
        &response_body(
            "R1",
            None,
            "UTC",
            vote_map(&poll.slots, &["if_need_be", "yes", "no"]),
        ),
    )
    .await;
    app.submit_response_ok(
        &poll.id,
        &response_body(
            "R2",
            None,
            "UTC",
            vote_map(&poll.slots, &["yes", "yes", "no"]),
        ),
    )
    .await;
    let read = app.poll(&poll.id, None).await;
    assert_eq!(tally_of(&read, june1), (1, 1, 0));
    assert_eq!(tally_of(&read, june2), (2, 0, 0));
    assert_eq!(tally_of(&read, june3), (0, 0, 2));
    assert_eq!(
        best_slot_ids(&read),
        vec![june2.clone()],
        "tie on yes+if_need_be goes to more yes"
    );

    // + R3: 1 June 2 yes + 1 if_need_be = 3; 2 June 2 yes = 2; 3 June 1 yes = 1 → 1 June.
    app.submit_response_ok(
        &poll.id,
        &response_body(
            "R3",
            None,
            "UTC",
            vote_map(&poll.slots, &["yes", "no", "yes"]),
        ),
    )
    .await;
    let read = app.poll(&poll.id, None).await;
    assert_eq!(tally_of(&read, june1), (2, 1, 0));
    assert_eq!(
        best_slot_ids(&read),
        vec![june1.clone()],
        "most yes + if_need_be wins"
    );

    // A full tie (one yes each) goes to the earliest slot, which was given second.
    let tie = app
        .create_poll_ok(&poll_body(
            "Full tie",
            "Europe/Zurich",
            &["2027-06-03T10:00", "2027-06-01T10:00", "2027-06-02T10:00"],
        ))
        .await;
    app.submit_response_ok(
        &tie.id,
        &response_body(
            "T",
            None,
            "UTC",
            vote_map(&tie.slots, &["yes", "yes", "yes"]),
        ),
    )
    .await;
    let read = app.poll(&tie.id, None).await;
    assert_eq!(
        best_slot_ids(&read),
        vec![tie.slots[0].id.clone()],
        "a full tie goes to the earliest slot"
    );
    assert_eq!(tie.slots[0].start, "2027-06-01T08:00:00Z");
}

#[apply(backends)]
#[tokio::test]
async fn finalize_mails_each_respondent_with_an_email_and_the_organizer_once_with_a_calendar_file(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = create_retro(&app).await;
    // By start: [0] 3 May 07:00Z, [1] 4 May 08:00Z, [2] 5 May 14:30Z.
    let chosen = poll.slots[1].clone();
    assert_eq!(chosen.start, "2027-05-04T08:00:00Z");

    app.submit_response_ok(
        &poll.id,
        &response_body(
            "Ada",
            Some("ada@example.org"),
            "America/New_York",
            vote_map(&poll.slots, &["no", "yes", "no"]),
        ),
    )
    .await;
    let form = response_form(
        "Grace",
        "grace@example.org",
        "Asia/Kolkata",
        &poll.slots,
        &["yes", "yes", "no"],
    );
    let _ = expect_see_other(
        app.post_form(&format!("/p/{}/responses", poll.id), &form)
            .await,
    )
    .await;
    app.submit_response_ok(
        &poll.id,
        &response_body(
            "Mele",
            None,
            "Pacific/Fiji",
            vote_map(&poll.slots, &["no", "if_need_be", "yes"]),
        ),
    )
    .await;
    // Organizer + Ada + Grace.
    app.smtp.wait_for_exactly(3, MAIL_TIMEOUT).await;

    let finalized = expect_json(
        app.finalize(&poll.id, &poll.admin_token, &chosen.id).await,
        200,
    )
    .await;
    assert_eq!(finalized["status"], "finalized");
    assert_eq!(finalized["final_slot_id"], chosen.id.as_str());
    let read = app.poll(&poll.id, None).await;
    assert_eq!(read["status"], "finalized");
    assert_eq!(read["final_slot_id"], chosen.id.as_str());

    // Three finalize mails: Ada, Grace, organizer; Mele gave no address.
    let mails = app.smtp.wait_for_exactly(6, MAIL_TIMEOUT).await;
    let finals: Vec<_> = mails
        .iter()
        .map(|m| m.parse())
        .filter(|m| m.calendar.is_some())
        .collect();
    let mut to: Vec<&str> = finals.iter().map(|m| m.single_to()).collect();
    to.sort_unstable();
    assert_eq!(
        to,
        vec!["ada@example.org", "grace@example.org", "olga@example.org"]
    );

    // 2027-05-04T08:00Z in each recipient's zone:
    //   Ada, America/New_York: EDT since 2027-03-14, −4 → 04:00, 4 May.
    //   Grace, Asia/Kolkata: +5:30 all year → 13:30, 4 May.
    //   Olga (organizer, no response): the poll's zone, Europe/Zurich CEST +2 → 10:00, 4 May.
    let expected = [
        ("ada@example.org", "04:00", "-04:00", "America/New_York"),
        ("grace@example.org", "13:30", "+05:30", "Asia/Kolkata"),
        ("olga@example.org", "10:00", "+02:00", "Europe/Zurich"),
    ];
    let mut uids = Vec::new();
    for (address, hh_mm, offset, zone) in expected {
        let mail = finals
            .iter()
            .find(|m| m.single_to() == address)
            .expect("mail");
        assert!(
            mail.root_content_type.starts_with("multipart/"),
            "{address}: {}",
            mail.root_content_type
        );
        assert!(
            mail.subject.contains("Team retro"),
            "{address}: subject {:?}",
            mail.subject
        );
        for (kind, body) in [
            ("text", mail.text().to_owned()),
            ("html", unescape_html(mail.html())),
        ] {
            assert!(
                body.contains("4 May 2027"),
                "{address} {kind}: the date:\n{body}"
            );
            assert!(
                body.contains(hh_mm),
                "{address} {kind}: local time {hh_mm}:\n{body}"
            );
            assert!(
                crate::helpers::contains_offset(&body, offset),
                "{address} {kind}: offset {offset}:\n{body}"
            );
            assert!(
                body.contains(zone),
                "{address} {kind}: zone {zone}:\n{body}"
            );
            assert!(
                body.contains("08:00") && body.contains("UTC"),
                "{address} {kind}: the UTC time 08:00:\n{body}"
            );
            assert!(
                body.contains("Room 4"),
                "{address} {kind}: the location:\n{body}"
            );
            assert!(
                body.contains(&poll.participant_url),
                "{address} {kind}: link {}:\n{body}",
                poll.participant_url
            );
        }
        let event = check_ics(&mail.calendar_text());
        if let Some(method) = mail.calendar_params.get("method") {
            assert!(
                method.eq_ignore_ascii_case(&event.method),
                "{address}: Content-Type method={method} but METHOD:{}",
                event.method
            );
        }
        assert!(
            mail.calendar_filename
                .as_deref()
                .is_some_and(|f| f.ends_with(".ics")),
            "{address}: the calendar part is a .ics file: {:?}",
            mail.calendar_filename
        );
        assert_eq!(event.dtstart, "20270504T080000Z");
        assert_eq!(event.dtend, "20270504T090000Z");
        assert_eq!(event.summary.as_deref(), Some("Team retro"));
        assert_eq!(event.location.as_deref(), Some("Room 4"));
        uids.push(event.uid);
    }
    assert!(
        uids.windows(2).all(|w| w[0] == w[1]),
        "one UID per poll in every mail: {uids:?}"
    );

    // The same event as a download.
    let response = app.get(&format!("/p/{}/event.ics", poll.id)).await;
    assert!(
        content_type(response.headers()).starts_with("text/calendar"),
        "event.ics content type"
    );
    let ics = expect_status(response, 200).await;
    let event = check_ics(&ics);
    assert_eq!(
        event.uid, uids[0],
        "event.ics has the UID of the mailed file"
    );
    assert_eq!(event.dtstart, "20270504T080000Z");
}

#[apply(backends)]
#[tokio::test]
async fn finalizing_via_the_admin_form_redirects_and_publishes_the_event_ics(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = create_retro(&app).await;
    let ics_path = format!("/p/{}/event.ics", poll.id);
    let _ = expect_status(app.get(&ics_path).await, 404).await;

    let admin_path = format!("/p/{}/admin/{}", poll.id, poll.admin_token);
    let page = expect_status(app.get(&admin_path).await, 200).await;
    assert!(page.contains("Team retro"), "the admin page shows the poll");
    let chosen = &poll.slots[2];
    let fields = vec![("slot_id".to_owned(), chosen.id.clone())];
    let _ = expect_see_other(
        app.post_form(&format!("{admin_path}/finalize"), &fields)
            .await,
    )
    .await;

    let read = app.poll(&poll.id, None).await;
    assert_eq!(read["status"], "finalized");
    assert_eq!(read["final_slot_id"], chosen.id.as_str());
    // 2027-05-05T16:30 Zurich (CEST +2) = 14:30Z, 60 minutes.
    let event = check_ics(&expect_status(app.get(&ics_path).await, 200).await);
    assert_eq!(event.dtstart, "20270505T143000Z");
    assert_eq!(event.dtend, "20270505T153000Z");
}

#[apply(backends)]
#[tokio::test]
async fn creating_a_poll_via_the_html_form_redirects_to_its_admin_page(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let form_page = expect_status(app.get("/").await, 200).await;
    assert!(
        form_page.contains("slot_date") && form_page.contains("slot_time"),
        "the create form has slot fields"
    );

    // Any future time will do (the form's datetime-local format).
    let deadline = (chrono::Utc::now() + chrono::Duration::days(30))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let fields: Vec<(String, String)> = [
        ("title", "Board meeting"),
        ("description", "Quarterly"),
        ("location", "Boardroom"),
        ("organizer_name", "Olga"),
        ("organizer_email", "olga@example.org"),
        ("timezone", "Asia/Kathmandu"),
        ("duration_minutes", "30"),
        ("deadline", deadline.as_str()),
        ("if_need_be", "on"),
        // hide_results absent: off.
        ("slot_date", "2027-05-10"),
        ("slot_time", "09:15"),
        ("slot_date", ""),
        ("slot_time", ""),
        ("slot_date", "2027-05-11"),
        ("slot_time", "05:45"),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    let location = expect_see_other(app.post_form("/polls", &fields).await).await;
    let path = location_path(&location);
    let rest = path
        .strip_prefix("/p/")
        .unwrap_or_else(|| panic!("redirect to /p/…, got {location:?}"));
    let rest = rest
        .strip_suffix("?created=1")
        .unwrap_or_else(|| panic!("redirect ends in ?created=1, got {location:?}"));
    let (id, token) = rest
        .split_once("/admin/")
        .unwrap_or_else(|| panic!("redirect to the admin page, got {location:?}"));

    let read = app.poll(id, None).await;
    assert_eq!(read["title"], "Board meeting");
    assert_eq!(read["if_need_be"], true);
    assert_eq!(read["hide_results"], false);
    assert_eq!(read["duration_minutes"], 30);
    assert!(
        !read["deadline"].is_null(),
        "the deadline is kept: {}",
        read["deadline"]
    );
    // Asia/Kathmandu is UTC+5:45 all year:
    //   2027-05-10 09:15 − 5:45 = 03:30Z;  2027-05-11 05:45 − 5:45 = 00:00Z.
    let starts: Vec<&str> = read["slots"]
        .as_array()
        .expect("slots")
        .iter()
        .map(|s| s["start"].as_str().expect("start"))
        .collect();
    assert_eq!(
        starts,
        vec!["2027-05-10T03:30:00Z", "2027-05-11T00:00:00Z"],
        "the empty pair is ignored"
    );
    let ends: Vec<&str> = read["slots"]
        .as_array()
        .expect("slots")
        .iter()
        .map(|s| s["end"].as_str().expect("end"))
        .collect();
    assert_eq!(ends, vec!["2027-05-10T04:00:00Z", "2027-05-11T00:30:00Z"]);

    let admin = expect_status(app.get(&path).await, 200).await;
    assert!(admin.contains("Board meeting"));
    let mails = app.smtp.wait_for_exactly(1, MAIL_TIMEOUT).await;
    let mail = the_mail_to(&mails, "olga@example.org");
    assert!(
        mail.text().contains(&format!("/p/{id}/admin/{token}")),
        "the mailed admin link:\n{}",
        mail.text()
    );
}

#[apply(backends)]
#[tokio::test]
async fn the_html_create_form_keeps_typed_values_and_names_the_problem_on_error(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let fields: Vec<(String, String)> = [
        ("title", "Quarterly planning sync"),
        ("description", "Bring the Q3 numbers"),
        ("location", "Room Matterhorn"),
        ("organizer_name", "Olga"),
        ("organizer_email", "olga@example.org"),
        ("timezone", "Europe/Zurich"),
        ("duration_minutes", "60"),
        ("deadline", ""),
        ("slot_date", "2027-03-23"),
        ("slot_time", "13:00"),
        // Europe/Zurich skips from 02:00 to 03:00 on 2027-03-28.
        ("slot_date", "2027-03-28"),
        ("slot_time", "02:30"),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    let response = app.post_form("/polls", &fields).await;
    assert!(
        content_type(response.headers()).starts_with("text/html"),
        "the error is a page"
    );
    let page = unescape_html(&expect_status(response, 422).await);
    for kept in [
        "Quarterly planning sync",
        "Bring the Q3 numbers",
        "Room Matterhorn",
        "olga@example.org",
        "2027-03-23",
        "2027-03-28",
    ] {
        assert!(page.contains(kept), "the form keeps {kept:?}:\n{page}");
    }
    assert!(
        page.contains("02:30") && page.to_lowercase().contains("exist"),
        "the message names the time that does not exist:\n{page}"
    );
    assert_eq!(app.count_rows("polls"), 0, "nothing saved");
}

#[apply(backends)]
#[tokio::test]
async fn poll_json_never_shows_the_organizer_or_participant_emails(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = create_retro(&app).await;
    let ada = app
        .submit_response_ok(
            &poll.id,
            &response_body(
                "Ada",
                Some("ada@example.org"),
                "Europe/London",
                vote_map(&poll.slots, &["yes", "yes", "yes"]),
            ),
        )
        .await;
    let body = expect_status(app.get_poll(&poll.id, None).await, 200).await;
    assert!(
        !body.contains(&ada.edit_token),
        "a response's edit token leaked: {body}"
    );
    assert!(
        !body.contains("olga@example.org"),
        "organizer email leaked: {body}"
    );
    assert!(
        !body.contains("ada@example.org"),
        "participant email leaked: {body}"
    );
    assert!(
        !body.contains(&poll.admin_token),
        "admin token leaked: {body}"
    );
    let page = expect_status(app.get(&format!("/p/{}", poll.id)).await, 200).await;
    assert!(
        !page.contains("olga@example.org") && !page.contains("ada@example.org"),
        "email on the vote page"
    );
    assert!(
        !page.contains(&poll.admin_token),
        "admin token on the vote page"
    );
    assert!(
        !page.contains(&ada.edit_token),
        "a response's edit token on the vote page"
    );
}

#[apply(backends)]
#[tokio::test]
async fn healthz_answers_ok(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let _ = expect_status(app.get("/healthz").await, 200).await;
}

#[apply(backends)]
#[tokio::test]
async fn the_organizer_can_edit_the_poll_and_add_and_remove_slots(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = create_retro(&app).await;
    let r = app
        .submit_response_ok(
            &poll.id,
            &response_body(
                "A",
                None,
                "UTC",
                vote_map(&poll.slots, &["yes", "yes", "yes"]),
            ),
        )
        .await;

    let patched = app
        .patch_poll(
            &poll.id,
            &poll.admin_token,
            &json!({"title": "Team retro (moved)", "location": "Room 5", "if_need_be": false}),
        )
        .await;
    let _ = expect_status(patched, 200).await;
    let read = app.poll(&poll.id, None).await;
    assert_eq!(read["title"], "Team retro (moved)");
    assert_eq!(read["location"], "Room 5");
    assert_eq!(read["description"], "Test poll", "fields not sent are kept");
    assert_eq!(read["if_need_be"], false);

    // 2027-05-02T20:00 Zurich (CEST +2) = 18:00Z, before the others: listed first.
    let added = expect_json(
        app.add_slots(&poll.id, &poll.admin_token, &["2027-05-02T20:00"])
            .await,
        201,
    )
    .await;
    let added = slots_of(&added);
    assert_eq!(added.len(), 1);
    assert_eq!(added[0].start, "2027-05-02T18:00:00Z");
    assert_eq!(added[0].end, "2027-05-02T19:00:00Z");
    let read = app.poll(&poll.id, None).await;
    let ids: Vec<&str> = read["slots"]
        .as_array()
        .expect("slots")
        .iter()
        .map(|s| s["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        ids,
        vec![
            added[0].id.as_str(),
            &poll.slots[0].id,
            &poll.slots[1].id,
            &poll.slots[2].id
        ]
    );

    let _ = expect_status(
        app.delete_slot(&poll.id, &poll.admin_token, &poll.slots[0].id)
            .await,
        204,
    )
    .await;
    let read = app.poll(&poll.id, None).await;
    assert_eq!(read["slots"].as_array().expect("slots").len(), 3);
    assert!(read["tally"]
        .as_array()
        .expect("tally")
        .iter()
        .all(|t| t["slot_id"] != poll.slots[0].id.as_str()));
    let votes = &response_named(&read, "A")["votes"];
    assert!(
        votes.get(&poll.slots[0].id).is_none(),
        "the deleted slot's votes are gone: {votes}"
    );
    assert_eq!(votes[&poll.slots[1].id], "yes");
    assert_eq!(r.id, response_named(&read, "A")["id"].as_str().expect("id"));
}

#[apply(backends)]
#[tokio::test]
async fn closing_and_reopening_a_poll_changes_its_status(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = create_retro(&app).await;
    let closed = expect_json(app.close(&poll.id, &poll.admin_token).await, 200).await;
    assert_eq!(closed["status"], "closed");
    assert_eq!(app.poll(&poll.id, None).await["status"], "closed");
    let reopened = expect_json(app.reopen(&poll.id, &poll.admin_token).await, 200).await;
    assert_eq!(reopened["status"], "open");
    app.submit_response_ok(
        &poll.id,
        &response_body(
            "A",
            None,
            "UTC",
            vote_map(&poll.slots, &["yes", "no", "no"]),
        ),
    )
    .await;
}

#[apply(backends)]
#[tokio::test]
async fn deleting_a_poll_makes_it_unknown_everywhere(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = create_retro(&app).await;
    let r = app
        .submit_response_ok(
            &poll.id,
            &response_body(
                "A",
                None,
                "UTC",
                vote_map(&poll.slots, &["yes", "no", "no"]),
            ),
        )
        .await;
    let _ = expect_status(app.delete_poll(&poll.id, &poll.admin_token).await, 204).await;
    expect_error(app.get_poll(&poll.id, None).await, 404, None).await;
    let _ = expect_status(app.get(&format!("/p/{}", poll.id)).await, 404).await;
    let _ = expect_status(
        app.get(&format!("/p/{}/admin/{}", poll.id, poll.admin_token))
            .await,
        404,
    )
    .await;
    let _ = expect_status(
        app.get(&format!("/p/{}/r/{}", poll.id, r.edit_token)).await,
        404,
    )
    .await;
    assert_eq!(app.count_rows("responses"), 0, "its responses are gone");
    assert_eq!(app.count_rows("slots"), 0, "its slots are gone");
}

#[apply(backends)]
#[tokio::test]
async fn a_non_ascii_title_arrives_as_a_correctly_decoded_subject_and_calendar_summary(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let title =
        "Réunion — Genève 2027 : coordination des groupes régionaux et planification de l’été";
    let mut body = poll_body(title, "Europe/Zurich", &["2027-06-15T14:00"]);
    body["organizer_name"] = json!("Zoë Çelik");
    body["location"] = json!("Salle Léman, Palais des Nations; Genève");
    let poll = app.create_poll_ok(&body).await;
    app.submit_response_ok(
        &poll.id,
        &response_body(
            "Søren Ørsted",
            Some("soren@example.org"),
            "Europe/Copenhagen",
            vote_map(&poll.slots, &["yes"]),
        ),
    )
    .await;
    app.smtp.wait_for(2, MAIL_TIMEOUT).await;
    let _ = expect_status(
        app.finalize(&poll.id, &poll.admin_token, &poll.slots[0].id)
            .await,
        200,
    )
    .await;
    let mails = app.smtp.wait_for_exactly(4, MAIL_TIMEOUT).await;

    // The organizer's creation mail and every finalize mail name the poll in the subject.
    let parsed: Vec<_> = mails.iter().map(|m| m.parse()).collect();
    let titled: Vec<_> = parsed
        .iter()
        .filter(|m| m.calendar.is_some() || m.to.iter().any(|t| t == "olga@example.org"))
        .collect();
    assert_eq!(titled.len(), 3, "creation mail + two finalize mails");
    for mail in titled {
        assert!(
            mail.subject.contains(title),
            "subject decodes to the title: {:?}",
            mail.subject
        );
    }
    for mail in &parsed {
        let subject = raw_header(&mail.raw, "Subject");
        assert!(
            subject.is_ascii(),
            "the raw Subject header is RFC 2047-encoded ASCII: {subject:?}"
        );
    }
    let soren: Vec<_> = mails_to(&mails, "soren@example.org")
        .into_iter()
        .filter(|m| m.calendar.is_some())
        .collect();
    assert_eq!(soren.len(), 1);
    let mail = &soren[0];
    assert!(mail.text().contains(title), "the text body has the title");
    assert!(
        unescape_html(mail.html()).contains(title),
        "the HTML body has the title"
    );
    // 2027-06-15T14:00 Zurich (CEST +2) = 12:00Z; Copenhagen is also +2 → 14:00.
    let event = check_ics(&mail.calendar_text());
    assert_eq!(
        event.summary.as_deref(),
        Some(title),
        "SUMMARY, folded and unescaped, is the title"
    );
    assert_eq!(
        event.location.as_deref(),
        Some("Salle Léman, Palais des Nations; Genève")
    );
    assert_eq!(event.dtstart, "20270615T120000Z");
}

#[apply(backends)]
#[tokio::test]
async fn markup_in_user_text_is_escaped_on_every_page(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let evil = "<script>alert('x')</script>";
    let mut body = poll_body(
        &format!("Retro {evil}"),
        "Europe/Zurich",
        &["2027-05-04T10:00"],
    );
    body["description"] = json!(format!("Agenda {evil}"));
    body["location"] = json!(format!("Room {evil}"));
    let poll = app.create_poll_ok(&body).await;
    let r = app
        .submit_response_ok(
            &poll.id,
            &response_body(
                &format!("Eve {evil}"),
                None,
                "UTC",
                vote_map(&poll.slots, &["yes"]),
            ),
        )
        .await;
    for path in [
        format!("/p/{}", poll.id),
        format!("/p/{}/admin/{}", poll.id, poll.admin_token),
        format!("/p/{}/r/{}", poll.id, r.edit_token),
    ] {
        let page = expect_status(app.get(&path).await, 200).await;
        assert!(!page.contains(evil), "{path} contains the raw markup");
        assert!(
            page.contains("&lt;script&gt;") || page.contains("&#60;script&#62;"),
            "{path} shows the text escaped"
        );
    }
}

#[apply(backends)]
#[tokio::test]
async fn concurrent_responses_are_all_saved(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = create_retro(&app).await;
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..24 {
        let client = app.client.clone();
        let url = app.url(&format!("/api/v1/polls/{}/responses", poll.id));
        let email = if i % 2 == 0 {
            Some(format!("c{i}@example.org"))
        } else {
            None
        };
        let body = response_body(
            &format!("C{i}"),
            email.as_deref(),
            "UTC",
            vote_map(&poll.slots, &["yes", "if_need_be", "no"]),
        );
        tasks.spawn(async move {
            client
                .post(url)
                .json(&body)
                .send()
                .await
                .map(|r| r.status().as_u16())
        });
    }
    let mut statuses = Vec::new();
    while let Some(result) = tasks.join_next().await {
        statuses.push(result.expect("task").expect("request"));
    }
    assert!(
        statuses.iter().all(|s| *s == 201),
        "every concurrent response saved: {statuses:?}"
    );
    let read = app.poll(&poll.id, None).await;
    assert_eq!(read["responses"].as_array().expect("responses").len(), 24);
    assert_eq!(tally_of(&read, &poll.slots[0].id), (24, 0, 0));
    assert_eq!(tally_of(&read, &poll.slots[1].id), (0, 24, 0));
    // Organizer + the twelve with an address.
    let mails = app.smtp.wait_for_exactly(13, MAIL_TIMEOUT).await;
    assert_eq!(mails.len(), 13);
}

#[apply(backends)]
#[tokio::test]
async fn reopening_cancels_the_meeting_in_every_calendar_and_finalizing_again_replaces_it(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = create_retro(&app).await;
    app.submit_response_ok(
        &poll.id,
        &response_body(
            "Ada",
            Some("ada@example.org"),
            "Europe/London",
            vote_map(&poll.slots, &["yes", "yes", "no"]),
        ),
    )
    .await;
    let _ = expect_json(
        app.finalize(&poll.id, &poll.admin_token, &poll.slots[0].id)
            .await,
        200,
    )
    .await;
    // Organizer + Ada's edit link + two finalize mails.
    let mails = app.smtp.wait_for_exactly(4, MAIL_TIMEOUT).await;
    let first = check_ics(&the_calendar_to(&mails, "ada@example.org", 0));

    // The admin page says what reopening and deleting do to the calendars.
    let admin = expect_status(
        app.get(&format!("/p/{}/admin/{}", poll.id, poll.admin_token))
            .await,
        200,
    )
    .await;
    assert!(
        admin.contains("This sends 2 messages with the cancellation for calendars"),
        "the reopen form counts the cancellations"
    );
    assert!(
        admin.contains("Deleting sends no mail"),
        "the delete form says the meeting stays in calendars"
    );

    let reopened = expect_json(app.reopen(&poll.id, &poll.admin_token).await, 200).await;
    assert_eq!(reopened["status"], "open");
    // Ada and the organizer are told the meeting is off: the same event, cancelled
    // (RFC 5546 3.2.5), one SEQUENCE later, so their calendars drop it.
    let mails = app.smtp.wait_for_exactly(6, MAIL_TIMEOUT).await;
    for address in ["ada@example.org", "olga@example.org"] {
        let cancel = check_ics(&the_calendar_to(&mails, address, 1));
        assert_eq!(cancel.method, "CANCEL", "{address}");
        assert_eq!(cancel.status.as_deref(), Some("CANCELLED"), "{address}");
        assert_eq!(cancel.uid, first.uid, "{address}: the same event");
        assert_eq!(cancel.sequence, first.sequence + 1, "{address}");
        assert_eq!(
            cancel.dtstart, first.dtstart,
            "{address}: the time called off"
        );
    }
    let cancel_mail = mails_to(&mails, "ada@example.org")
        .into_iter()
        .find(|m| m.subject.starts_with("Cancelled:"))
        .expect("a cancellation mail to Ada");
    assert!(
        cancel_mail
            .text()
            .contains("will not take place at the time below"),
        "{}",
        cancel_mail.text()
    );
    assert_eq!(
        cancel_mail
            .calendar_params
            .get("method")
            .map(String::as_str),
        Some("CANCEL"),
        "the calendar part's Content-Type says method=CANCEL"
    );
    expect_status(app.get(&format!("/p/{}/event.ics", poll.id)).await, 404).await;

    let _ = expect_json(
        app.finalize(&poll.id, &poll.admin_token, &poll.slots[1].id)
            .await,
        200,
    )
    .await;
    let mails = app.smtp.wait_for_exactly(8, MAIL_TIMEOUT).await;
    let second = check_ics(&the_calendar_to(&mails, "ada@example.org", 2));
    assert_eq!(second.method, "PUBLISH");
    assert_eq!(second.sequence, first.sequence + 2);

    // 2027-05-03T09:00 → 07:00Z, then 2027-05-04T10:00 → 08:00Z (Zurich CEST, +2).
    assert_eq!(first.dtstart, "20270503T070000Z");
    assert_eq!(second.dtstart, "20270504T080000Z");
    assert_eq!(second.uid, first.uid, "the same event (UID), moved");
    // RFC 5545 3.8.7.4: a rescheduled event carries a higher SEQUENCE, or calendar
    // clients keep the old time.
    assert!(
        second.sequence > first.sequence,
        "SEQUENCE must increase when the event is rescheduled: {} then {}",
        first.sequence,
        second.sequence
    );
    let event_text = expect_status(app.get(&format!("/p/{}/event.ics", poll.id)).await, 200).await;
    // The download is public: it names the organizer but not their address.
    assert!(!event_text.contains("olga@example.org"), "{event_text}");
    let event = check_ics(&event_text);
    assert_eq!(event.dtstart, "20270504T080000Z");
    assert_eq!(
        event.sequence, second.sequence,
        "the download is the latest version"
    );
}

#[apply(backends)]
#[tokio::test]
async fn changing_a_finalized_meeting_mails_everyone_an_update_and_a_display_setting_does_not(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = create_retro(&app).await;
    app.submit_response_ok(
        &poll.id,
        &response_body(
            "Ada",
            Some("ada@example.org"),
            "Asia/Kathmandu",
            vote_map(&poll.slots, &["yes", "yes", "no"]),
        ),
    )
    .await;
    let _ = expect_json(
        app.finalize(&poll.id, &poll.admin_token, &poll.slots[0].id)
            .await,
        200,
    )
    .await;
    let mails = app.smtp.wait_for_exactly(4, MAIL_TIMEOUT).await;
    let first = check_ics(&the_calendar_to(&mails, "ada@example.org", 0));

    // A display setting of a finalized poll: nothing to tell anyone.
    let _ = expect_json(
        app.patch_poll(&poll.id, &poll.admin_token, &json!({"hide_results": true}))
            .await,
        200,
    )
    .await;
    // The meeting gets longer and moves to another link: everyone hears of it.
    let _ = expect_json(
        app.patch_poll(
            &poll.id,
            &poll.admin_token,
            &json!({"duration_minutes": 90, "location": "https://meet.example.org/new-room"}),
        )
        .await,
        200,
    )
    .await;
    let mails = app.smtp.wait_for_exactly(6, MAIL_TIMEOUT).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        app.smtp.delivered().len(),
        6,
        "one update each for Ada and the organizer, nothing for the first change"
    );
    let update = check_ics(&the_calendar_to(&mails, "ada@example.org", 1));
    assert_eq!(update.uid, first.uid);
    assert_eq!(update.sequence, first.sequence + 1);
    assert_eq!(update.dtstart, first.dtstart);
    // 2027-05-03T09:00 Zurich (+2) = 07:00Z; 90 minutes → 08:30Z.
    assert_eq!(update.dtend, "20270503T083000Z");
    assert_eq!(
        update.location.as_deref(),
        Some("https://meet.example.org/new-room")
    );
    let to_ada = mails_to(&mails, "ada@example.org");
    let latest = to_ada.last().expect("the update");
    assert!(
        latest.subject.starts_with("Updated: "),
        "{}",
        latest.subject
    );
    // Kathmandu is +05:45: 07:00Z → 12:45, 08:30Z → 14:15.
    assert!(
        latest.text().contains("12:45–14:15 (UTC+05:45)"),
        "{}",
        latest.text()
    );
}

/// The calendar file of the `nth` finalize mail to `address`.
fn the_calendar_to(mails: &[crate::smtp::ReceivedMail], address: &str, nth: usize) -> String {
    let finals: Vec<_> = mails_to(mails, address)
        .into_iter()
        .filter(|m| m.calendar.is_some())
        .collect();
    finals
        .get(nth)
        .unwrap_or_else(|| {
            panic!(
                "no finalize mail #{nth} to {address} among {}",
                crate::smtp::describe(mails)
            )
        })
        .calendar_text()
}

#[apply(backends)]
#[tokio::test]
async fn user_text_cannot_inject_mail_headers_or_markup_into_mail(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let mut body = poll_body("Retro <b>bold</b>", "Europe/Zurich", &["2027-05-04T10:00"]);
    body["organizer_name"] = json!("Olga\r\nBcc: intruder@example.org");
    let created = app.create_poll(&body).await;
    let poll = if created.status().as_u16() == 422 {
        // Refusing a name with a line break is fine too; then the markup alone.
        let _ = expect_error(created, 422, Some("organizer_name")).await;
        body["organizer_name"] = json!("Olga");
        expect_json(app.create_poll(&body).await, 201).await
    } else {
        expect_json(created, 201).await
    };
    let id = poll["id"].as_str().expect("id").to_owned();
    let slot = poll["slots"][0]["id"].as_str().expect("slot").to_owned();
    let token = poll["admin_token"].as_str().expect("token").to_owned();
    let _ = expect_json(app.finalize(&id, &token, &slot).await, 200).await;
    let mails = app.smtp.wait_for_exactly(2, MAIL_TIMEOUT).await;
    for mail in mails.iter().map(|m| m.parse()) {
        assert_eq!(
            mail.recipients,
            vec!["olga@example.org".to_owned()],
            "only the organizer is a recipient"
        );
        let head = mail
            .raw
            .split("\r\n\r\n")
            .next()
            .unwrap_or_default()
            .to_owned();
        assert!(
            !head
                .lines()
                .any(|l| l.to_ascii_lowercase().starts_with("bcc:")),
            "a header was injected:\n{head}"
        );
        assert!(
            !mail.html().contains("<b>bold</b>"),
            "markup from the title is escaped in the HTML mail:\n{}",
            mail.html()
        );
    }
}

#[apply(backends)]
#[tokio::test]
async fn the_personal_page_shows_times_in_the_respondents_own_zone_without_guessing(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = app
        .create_poll_ok(&poll_body(
            "Own zone",
            "Europe/Zurich",
            &["2027-03-23T13:00"],
        ))
        .await;
    let r = app
        .submit_response_ok(
            &poll.id,
            &response_body(
                "Anil",
                None,
                "Asia/Kathmandu",
                vote_map(&poll.slots, &["yes"]),
            ),
        )
        .await;
    // The participant page may guess the zone; the personal page knows it, even when
    // the browser's guess was remembered in the zone cookie. 12:00Z is 17:45 in
    // Kathmandu (+05:45).
    let guessed = expect_status(app.get(&format!("/p/{}?tz=UTC", poll.id)).await, 200).await;
    assert!(guessed.contains("12:00"), "the public page follows ?tz=UTC");
    let own = expect_status(
        app.get(&format!("/p/{}/r/{}", poll.id, r.edit_token)).await,
        200,
    )
    .await;
    assert!(
        own.contains("17:45") && !own.contains("data-auto-zone"),
        "the cookie does not override the respondent's zone"
    );
    let fresh = reqwest::Client::new();
    let public = fresh
        .get(app.url(&format!("/p/{}", poll.id)))
        .send()
        .await
        .expect("get")
        .text()
        .await
        .expect("body");
    assert!(
        public.contains("data-auto-zone"),
        "the public page lets the script detect the zone"
    );
    let own = fresh
        .get(app.url(&format!("/p/{}/r/{}", poll.id, r.edit_token)))
        .send()
        .await
        .expect("get")
        .text()
        .await
        .expect("body");
    assert!(
        !own.contains("data-auto-zone"),
        "no guessing on the personal page"
    );
    assert!(own.contains("17:45"), "times in Asia/Kathmandu");
}
