//! Several instances on one database, and simultaneous requests: nothing is lost,
//! nothing is mixed, no mail goes out twice. Every test runs on SQLite and PostgreSQL.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use rstest_reuse::apply;
use serde_json::{json, Value};

use crate::helpers::{
    backends, expect_json, poll_body, response_body, spawn_app, spawn_app_with, vote_map, Backend,
    TestApp,
};
use crate::mail_delivery::{assert_no_duplicates, recipient_counts};
use crate::smtp::TestSmtp;

/// Final-slot mails among `mails` (their subject starts with the poll title).
fn finals<'a>(
    mails: &'a [crate::smtp::ReceivedMail],
    title: &str,
) -> Vec<&'a crate::smtp::ReceivedMail> {
    mails
        .iter()
        .filter(|m| m.parse().subject.starts_with(&format!("{title}:")))
        .collect()
}

#[apply(backends)]
#[tokio::test]
async fn an_instance_killed_while_holding_claims_has_its_mail_sent_by_the_other_after_the_lease(
    #[case] backend: Backend,
) {
    let lease_secs = 3;
    let first = spawn_app_with(backend, |c| c.mail_lease_secs = lease_secs).await;
    let poll = first
        .create_poll_ok(&poll_body("Lease", "Europe/Zurich", &["2027-05-04T10:00"]))
        .await;
    let emails: Vec<String> = (0..4).map(|i| format!("lease{i}@example.org")).collect();
    for (i, email) in emails.iter().enumerate() {
        first
            .submit_response_ok(
                &poll.id,
                &response_body(
                    &format!("L{i}"),
                    Some(email),
                    "Asia/Kathmandu",
                    vote_map(&poll.slots, &["yes"]),
                ),
            )
            .await;
    }
    // Admin link + 4 edit links delivered; from now on the first server holds every
    // delivery open, so the first instance is stuck holding its claims.
    first
        .smtp
        .wait_for_exactly(5, Duration::from_secs(10))
        .await;
    first.smtp.hold_after(5);
    let _ = expect_json(
        first
            .finalize(&poll.id, &poll.admin_token, &poll.slots[0].id)
            .await,
        200,
    )
    .await;
    first
        .smtp
        .wait_until(
            "the first instance to hold a delivery open",
            Duration::from_secs(10),
            |s| s.held() >= 1,
        )
        .await;
    let claimed_at = Instant::now();

    let second = first
        .launch_sibling(TestSmtp::start(), |c| c.mail_lease_secs = lease_secs)
        .await;
    let (_dir, _db, first_smtp) = first.crash().await;

    // The claims are still valid for a while: the second instance must not send yet.
    tokio::time::sleep(Duration::from_millis(1000)).await;
    if claimed_at.elapsed() < Duration::from_secs(lease_secs - 1) {
        assert!(
            second.smtp.delivered().is_empty(),
            "mail sent while another instance's claim was valid"
        );
    }
    let delivered = second
        .smtp
        .wait_for_exactly(5, Duration::from_secs(20))
        .await;
    assert!(
        claimed_at.elapsed() >= Duration::from_secs(lease_secs - 1),
        "sent before the lease could expire"
    );
    first_smtp.release();
    assert_eq!(
        first_smtp.delivered().len(),
        5,
        "the held delivery was never accepted by the first server"
    );
    assert_no_duplicates(&delivered);
    let mut expected: BTreeMap<String, usize> = emails.iter().map(|e| (e.clone(), 1)).collect();
    expected.insert("olga@example.org".into(), 1);
    assert_eq!(recipient_counts(&delivered), expected);
    assert_eq!(finals(&delivered, "Lease").len(), 5);
}

#[apply(backends)]
#[tokio::test]
async fn fifty_participants_answering_at_once_through_two_instances_all_appear(
    #[case] backend: Backend,
) {
    let first = spawn_app(backend).await;
    let second = first.launch_sibling(first.smtp.clone(), |_| {}).await;
    let poll = first
        .create_poll_ok(&poll_body(
            "Rush",
            "Europe/Zurich",
            &["2027-05-04T10:00", "2027-05-05T10:00", "2027-05-06T10:00"],
        ))
        .await;
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..50 {
        let app: &TestApp = if i % 2 == 0 { &first } else { &second };
        let (client, url) = (
            app.client.clone(),
            app.url(&format!("/api/v1/polls/{}/responses", poll.id)),
        );
        let body = response_body(
            &format!("Participant {i:02}"),
            None,
            "Pacific/Fiji",
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
    while let Some(done) = tasks.join_next().await {
        statuses.push(done.expect("task").expect("request"));
    }
    assert!(
        statuses.iter().all(|s| *s == 201),
        "every answer accepted: {statuses:?}"
    );
    let read = second.poll(&poll.id, None).await;
    let mut names: Vec<String> = read["responses"]
        .as_array()
        .expect("responses")
        .iter()
        .map(|r| r["name"].as_str().unwrap_or_default().to_owned())
        .collect();
    names.sort();
    let expected: Vec<String> = (0..50).map(|i| format!("Participant {i:02}")).collect();
    assert_eq!(names, expected);
    let tally = &read["tally"];
    assert_eq!(
        (
            tally[0]["yes"].as_u64(),
            tally[1]["if_need_be"].as_u64(),
            tally[2]["no"].as_u64()
        ),
        (Some(50), Some(50), Some(50))
    );
}

#[apply(backends)]
#[tokio::test]
async fn two_edits_of_one_response_at_once_never_leave_a_mix(#[case] backend: Backend) {
    let first = spawn_app(backend).await;
    let second = first.launch_sibling(first.smtp.clone(), |_| {}).await;
    let slots: Vec<String> = (1..=12).map(|d| format!("2027-06-{d:02}T09:00")).collect();
    let slot_refs: Vec<&str> = slots.iter().map(String::as_str).collect();
    let poll = first
        .create_poll_ok(&poll_body("Edits", "Europe/Zurich", &slot_refs))
        .await;
    let response = first
        .submit_response_ok(
            &poll.id,
            &response_body("Editor", None, "UTC", vote_map(&poll.slots, &["no"; 12])),
        )
        .await;
    let answers = ["yes", "if_need_be", "no"];
    for round in 0..3 {
        let mut tasks = tokio::task::JoinSet::new();
        for i in 0..12 {
            let app: &TestApp = if i % 2 == 0 { &first } else { &second };
            let answer = answers[(i + round) % 3];
            // Every edit sets all twelve slots to one answer and names itself after it.
            let body = response_body(
                &format!("Editor {answer}"),
                None,
                "UTC",
                vote_map(&poll.slots, &[answer; 12]),
            );
            let (client, url, token) = (
                app.client.clone(),
                app.url(&format!(
                    "/api/v1/polls/{}/responses/{}",
                    poll.id, response.id
                )),
                response.edit_token.clone(),
            );
            tasks.spawn(async move {
                client
                    .put(url)
                    .bearer_auth(token)
                    .json(&body)
                    .send()
                    .await
                    .map(|r| r.status().as_u16())
            });
        }
        while let Some(done) = tasks.join_next().await {
            assert_eq!(done.expect("task").expect("request"), 200);
        }
        let read = first.poll(&poll.id, None).await;
        let r = &read["responses"][0];
        let votes: Vec<&str> = r["votes"]
            .as_object()
            .expect("votes")
            .values()
            .map(|v| v.as_str().unwrap_or_default())
            .collect();
        assert_eq!(
            votes.len(),
            12,
            "round {round}: every slot answered once: {r}"
        );
        let name = r["name"].as_str().unwrap_or_default();
        assert!(
            votes.iter().all(|v| format!("Editor {v}") == name),
            "round {round}: a mix of two edits: {r}"
        );
        assert_eq!(read["responses"].as_array().map(Vec::len), Some(1));
    }
}

#[apply(backends)]
#[tokio::test]
async fn finalizing_twice_at_once_sends_one_set_of_mail(#[case] backend: Backend) {
    let first = spawn_app(backend).await;
    let second = first.launch_sibling(first.smtp.clone(), |_| {}).await;
    let poll = first
        .create_poll_ok(&poll_body(
            "Twice",
            "Europe/Zurich",
            &["2027-05-04T10:00", "2027-05-05T10:00"],
        ))
        .await;
    for i in 0..3 {
        first
            .submit_response_ok(
                &poll.id,
                &response_body(
                    &format!("T{i}"),
                    Some(&format!("twice{i}@example.org")),
                    "UTC",
                    vote_map(&poll.slots, &["yes", "yes"]),
                ),
            )
            .await;
    }
    first
        .smtp
        .wait_for_exactly(4, Duration::from_secs(10))
        .await;
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..8 {
        let app: &TestApp = if i % 2 == 0 { &first } else { &second };
        let (client, url, token) = (
            app.client.clone(),
            app.url(&format!("/api/v1/polls/{}/finalize", poll.id)),
            poll.admin_token.clone(),
        );
        // The same slot each time: choosing another slot of a finalized poll is a move
        // of the meeting, which is allowed.
        let body: Value = json!({ "slot_id": poll.slots[0].id });
        tasks.spawn(async move {
            client
                .post(url)
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .map(|r| r.status().as_u16())
        });
    }
    let mut statuses = Vec::new();
    while let Some(done) = tasks.join_next().await {
        statuses.push(done.expect("task").expect("request"));
    }
    statuses.sort_unstable();
    assert_eq!(
        statuses,
        [200, 409, 409, 409, 409, 409, 409, 409],
        "one finalize wins, the others conflict"
    );
    // 4 final mails (organizer + 3), then nothing more.
    let all = first
        .smtp
        .wait_for_exactly(8, Duration::from_secs(10))
        .await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let all_after = first.smtp.delivered();
    assert_eq!(
        all_after.len(),
        all.len(),
        "no extra mail after the first set"
    );
    assert_no_duplicates(&all_after);
    assert_eq!(finals(&all_after, "Twice").len(), 4);
}
