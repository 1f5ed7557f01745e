//! Mail goes through the database outbox: a refusing or unreachable SMTP server
//! delays mail but never loses it, and a crash and restart neither loses a message
//! nor sends one twice.
//!
//! Retry delays start at `mail_retry_secs` = 1 s and double (1, 2, 4, … s).

use rstest_reuse::apply;

use crate::helpers::{backends, Backend};
use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use crate::helpers::{
    expect_json, expect_status, launch, poll_body, response_body, spawn_app, spawn_app_with,
    vote_map, CreatedPoll, TestApp,
};
use crate::smtp::{describe, reserve_port, ReceivedMail, TestSmtp};

/// Recipient → number of messages, from the `To` headers.
pub fn recipient_counts(mails: &[ReceivedMail]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for mail in mails {
        *counts
            .entry(mail.parse().single_to().to_owned())
            .or_insert(0) += 1;
    }
    counts
}

fn message_ids(mails: &[ReceivedMail]) -> Vec<String> {
    mails
        .iter()
        .map(|m| {
            m.parse()
                .message_id
                .unwrap_or_else(|| panic!("no Message-ID: {}", describe(std::slice::from_ref(m))))
        })
        .collect()
}

/// Asserts that no Message-ID appears twice.
pub fn assert_no_duplicates(mails: &[ReceivedMail]) {
    let ids = message_ids(mails);
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(
        unique.len(),
        ids.len(),
        "a message was delivered twice: {}",
        describe(mails)
    );
}

/// A poll with `emails.len()` responses carrying those addresses, then finalized:
/// 1 (organizer) + n (edit links) + n + 1 (finalize) messages.
async fn poll_with_responses_finalized(
    app: &TestApp,
    title: &str,
    emails: &[String],
) -> CreatedPoll {
    let poll = app
        .create_poll_ok(&poll_body(
            title,
            "Europe/Zurich",
            &["2027-05-04T10:00", "2027-05-05T10:00"],
        ))
        .await;
    for (i, email) in emails.iter().enumerate() {
        let body = response_body(
            &format!("P{i}"),
            Some(email),
            "Europe/Berlin",
            vote_map(&poll.slots, &["yes", "no"]),
        );
        app.submit_response_ok(&poll.id, &body).await;
    }
    let _ = expect_json(
        app.finalize(&poll.id, &poll.admin_token, &poll.slots[0].id)
            .await,
        200,
    )
    .await;
    poll
}

#[apply(backends)]
#[tokio::test]
async fn a_mail_refused_with_a_temporary_failure_is_retried_until_delivered_once(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    app.smtp.fail_next(3);
    let _poll = app
        .create_poll_ok(&poll_body("Retry", "Europe/Zurich", &["2027-05-04T10:00"]))
        .await;

    // Attempts at about 0, 1, 3 and 7 s (delays 1, 2, 4 s): the fourth is accepted.
    let delivered = app.smtp.wait_for_exactly(1, Duration::from_secs(25)).await;
    let refused = app.smtp.refused();
    assert_eq!(
        refused.len(),
        3,
        "three refused attempts before the delivery"
    );
    let delivered_id = message_ids(&delivered)[0].clone();
    for id in message_ids(&refused) {
        assert_eq!(
            id, delivered_id,
            "a retry sends the same message (same Message-ID)"
        );
    }
    assert_eq!(delivered[0].recipients, vec!["olga@example.org".to_owned()]);
}

#[apply(backends)]
#[tokio::test]
async fn mail_is_kept_while_smtp_refuses_and_delivered_once_after_it_recovers(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    app.smtp.fail_all(true);
    let poll = app
        .create_poll_ok(&poll_body("Outage", "Europe/Zurich", &["2027-05-04T10:00"]))
        .await;
    for (name, email) in [("A", "a@example.org"), ("B", "b@example.org")] {
        let body = response_body(name, Some(email), "UTC", vote_map(&poll.slots, &["yes"]));
        app.submit_response_ok(&poll.id, &body).await;
    }
    // Every message tried and refused at least once.
    app.smtp
        .wait_until(
            "each of the 3 messages to be refused once",
            Duration::from_secs(15),
            |smtp| {
                message_ids(&smtp.refused())
                    .into_iter()
                    .collect::<HashSet<_>>()
                    .len()
                    >= 3
            },
        )
        .await;
    assert!(app.smtp.delivered().is_empty());
    assert_eq!(
        app.count_rows("outbox_messages"),
        3,
        "the three messages wait in the outbox"
    );

    app.smtp.fail_all(false);
    let delivered = app.smtp.wait_for_exactly(3, Duration::from_secs(30)).await;
    assert_no_duplicates(&delivered);
    let counts = recipient_counts(&delivered);
    let expected: BTreeMap<String, usize> = [
        ("a@example.org", 1),
        ("b@example.org", 1),
        ("olga@example.org", 1),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), *v))
    .collect();
    assert_eq!(counts, expected);
}

#[apply(backends)]
#[tokio::test]
async fn mail_waits_while_the_smtp_server_is_unreachable_and_goes_out_when_it_is_back(
    #[case] backend: Backend,
) {
    // A port with nothing listening: connections are refused. It stays reserved, so no
    // other test's server can take it meanwhile.
    let (reserved, port) = reserve_port();
    let app = spawn_app_with(backend, |c| {
        c.smtp_url = Some(format!("smtp://127.0.0.1:{port}"))
    })
    .await;
    app.create_poll_ok(&poll_body(
        "Unreachable",
        "Europe/Zurich",
        &["2027-05-04T10:00"],
    ))
    .await;
    // Attempts at about 0 and 1 s fail; the next is due at about 3 s.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(app.count_rows("outbox_messages"), 1, "the message is kept");

    let smtp = TestSmtp::start_on(reserved).expect("the reserved port starts listening");
    let delivered = smtp.wait_for_exactly(1, Duration::from_secs(30)).await;
    assert_eq!(delivered[0].recipients, vec!["olga@example.org".to_owned()]);
}

#[apply(backends)]
#[tokio::test]
async fn a_mail_that_keeps_failing_is_kept_in_the_outbox_after_its_last_attempt(
    #[case] backend: Backend,
) {
    let app = spawn_app_with(backend, |c| c.mail_max_attempts = 2).await;
    app.smtp.fail_all(true);
    let poll = app
        .create_poll_ok(&poll_body("Doomed", "Europe/Zurich", &["2027-05-04T10:00"]))
        .await;
    app.smtp
        .wait_until("two refused attempts", Duration::from_secs(15), |smtp| {
            smtp.refused().len() >= 2
        })
        .await;
    // A third attempt would come about 2 s after the second; none may.
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert_eq!(
        app.smtp.refused().len(),
        2,
        "no attempt after mail_max_attempts"
    );
    assert_eq!(
        app.count_rows("outbox_messages"),
        1,
        "a failed message is kept, not deleted"
    );
    // Its failure stays visible: marked failed, two attempts, the last error kept.
    assert_eq!(
        app.count_where(
            "outbox_messages",
            "status = 'failed' AND attempts = 2 AND last_error IS NOT NULL AND last_error <> ''"
        ),
        1,
        "the outbox row records the failure"
    );
    assert!(app.smtp.delivered().is_empty());

    // The organizer sees it on the admin page, and can send it again once mail works.
    let page = expect_status(
        app.get(&format!("/p/{}/admin/{}", poll.id, poll.admin_token))
            .await,
        200,
    )
    .await;
    assert!(
        page.contains("1 failed"),
        "the admin page shows the failed message"
    );
    app.smtp.fail_all(false);
    let retried = expect_json(
        app.request(
            reqwest::Method::POST,
            &format!("/api/v1/polls/{}/mail/retry", poll.id),
            Some(&poll.admin_token),
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(retried["requeued"], 1);
    let delivered = app.smtp.wait_for_exactly(1, Duration::from_secs(10)).await;
    assert_eq!(delivered[0].parse().single_to(), "olga@example.org");
    assert_eq!(app.count_where("outbox_messages", "status = 'sent'"), 1);
}

#[apply(backends)]
#[tokio::test]
async fn mail_queued_while_smtp_is_down_survives_a_restart_and_arrives_once(
    #[case] backend: Backend,
) {
    let app = spawn_app_with(backend, |c| c.mail_lease_secs = 2).await;
    app.smtp.fail_all(true);

    // Three polls, two respondents each, finalized: 3 × (1 + 2 + 3) = 18 messages.
    let mut expected: BTreeMap<String, usize> = BTreeMap::new();
    let mut polls = Vec::new();
    for p in 0..3 {
        let emails: Vec<String> = (0..2).map(|r| format!("p{p}r{r}@example.org")).collect();
        for email in &emails {
            expected.insert(email.clone(), 2); // edit link + finalize
        }
        polls.push(poll_with_responses_finalized(&app, &format!("Restart {p}"), &emails).await);
    }
    expected.insert("olga@example.org".into(), 6); // per poll: admin link + finalize
    assert_eq!(expected.values().sum::<usize>(), 18);

    app.smtp
        .wait_until(
            "the first instance to try sending",
            Duration::from_secs(15),
            |smtp| !smtp.refused().is_empty(),
        )
        .await;
    assert_eq!(
        app.count_rows("outbox_messages"),
        18,
        "all 18 messages are in the outbox"
    );
    let (tempdir, db, first_smtp) = app.crash().await;
    assert!(
        first_smtp.delivered().is_empty(),
        "nothing got through the refusing server"
    );

    // A new instance on the same database, with a working SMTP server.
    let second = launch(tempdir, db, TestSmtp::start(), |c| c.mail_lease_secs = 2).await;
    let delivered = second
        .smtp
        .wait_for_exactly(18, Duration::from_secs(45))
        .await;
    assert_no_duplicates(&delivered);
    assert_eq!(recipient_counts(&delivered), expected);
    // And the new instance serves the old polls.
    for poll in &polls {
        assert_eq!(second.poll(&poll.id, None).await["status"], "finalized");
    }
    let _ = expect_status(second.get("/healthz").await, 200).await;
}

#[apply(backends)]
#[tokio::test]
async fn a_restart_in_the_middle_of_sending_loses_nothing_and_sends_nothing_twice(
    #[case] backend: Backend,
) {
    let app = spawn_app_with(backend, |c| c.mail_lease_secs = 2).await;
    // Accept two messages, then hold the next delivery open at the end of DATA.
    app.smtp.hold_after(2);

    // 1 + 4 + 5 = 10 messages.
    let emails: Vec<String> = (0..4).map(|r| format!("r{r}@example.org")).collect();
    poll_with_responses_finalized(&app, "Mid-send", &emails).await;
    let mut expected: BTreeMap<String, usize> = emails.iter().map(|e| (e.clone(), 2)).collect();
    expected.insert("olga@example.org".into(), 2);

    app.smtp
        .wait_until(
            "two deliveries and one held open",
            Duration::from_secs(15),
            |smtp| smtp.delivered().len() == 2 && smtp.held() >= 1,
        )
        .await;
    // Let the instance record the two deliveries before it dies.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (tempdir, db, first_smtp) = app.crash().await;

    let second = launch(tempdir, db, TestSmtp::start(), |c| c.mail_lease_secs = 2).await;
    let second_delivered = second
        .smtp
        .wait_for_exactly(8, Duration::from_secs(45))
        .await;
    // The held delivery was never accepted; end it now.
    first_smtp.release();
    let first_delivered = first_smtp.delivered();
    assert_eq!(
        first_delivered.len(),
        2,
        "the first server accepted only two"
    );

    let all: Vec<ReceivedMail> = first_delivered
        .into_iter()
        .chain(second_delivered)
        .collect();
    assert_no_duplicates(&all);
    assert_eq!(
        recipient_counts(&all),
        expected,
        "every message exactly once across both instances"
    );
}

#[apply(backends)]
#[tokio::test]
async fn two_instances_on_one_database_send_each_message_once(#[case] backend: Backend) {
    let first = spawn_app(backend).await;
    first.smtp.fail_all(true);
    let second = first.launch_sibling(first.smtp.clone(), |_| {}).await;

    // Four polls, created alternately on each instance, two respondents each:
    // 4 × (1 + 2) = 12 messages, queued while the server refuses.
    let mut expected: BTreeMap<String, usize> = BTreeMap::new();
    for p in 0..4 {
        let app = if p % 2 == 0 { &first } else { &second };
        let poll = app
            .create_poll_ok(&poll_body(
                &format!("Pair {p}"),
                "Europe/Zurich",
                &["2027-05-04T10:00"],
            ))
            .await;
        for r in 0..2 {
            let email = format!("p{p}r{r}@example.org");
            let body = response_body(
                &format!("R{r}"),
                Some(&email),
                "UTC",
                vote_map(&poll.slots, &["yes"]),
            );
            // Responses go through the other instance: the database is shared.
            let other = if p % 2 == 0 { &second } else { &first };
            other.submit_response_ok(&poll.id, &body).await;
            expected.insert(email, 1);
        }
    }
    expected.insert("olga@example.org".into(), 4);
    first
        .smtp
        .wait_until("both workers to try", Duration::from_secs(15), |smtp| {
            smtp.refused().len() >= 12
        })
        .await;

    // Both workers now race for the same due messages.
    first.smtp.fail_all(false);
    let delivered = first
        .smtp
        .wait_for_exactly(12, Duration::from_secs(45))
        .await;
    assert_no_duplicates(&delivered);
    assert_eq!(recipient_counts(&delivered), expected);
}

#[apply(backends)]
#[tokio::test]
async fn two_instances_with_a_slow_smtp_server_still_send_each_message_once(
    #[case] backend: Backend,
) {
    // A scaled-down version of the default settings (120 s lease, 30 s SMTP timeout):
    // a 1 s lease and a server that takes 400 ms per message. A worker that claims a
    // batch and then works through it must not send a message whose claim another
    // instance has taken over meanwhile.
    let first = spawn_app_with(backend, |c| c.mail_lease_secs = 1).await;
    first.smtp.fail_all(true);
    let second = first
        .launch_sibling(first.smtp.clone(), |c| c.mail_lease_secs = 1)
        .await;

    // One poll, ten respondents: 11 messages queued while the server refuses.
    let poll = first
        .create_poll_ok(&poll_body("Slow", "Europe/Zurich", &["2027-05-04T10:00"]))
        .await;
    let mut expected: BTreeMap<String, usize> =
        BTreeMap::from([("olga@example.org".to_owned(), 1)]);
    for r in 0..10 {
        let email = format!("slow{r}@example.org");
        let body = response_body(
            &format!("S{r}"),
            Some(&email),
            "UTC",
            vote_map(&poll.slots, &["yes"]),
        );
        first.submit_response_ok(&poll.id, &body).await;
        expected.insert(email, 1);
    }
    first
        .smtp
        .wait_until(
            "every message tried once",
            Duration::from_secs(15),
            |smtp| {
                message_ids(&smtp.refused())
                    .into_iter()
                    .collect::<HashSet<_>>()
                    .len()
                    >= 11
            },
        )
        .await;

    first.smtp.slow_down(Duration::from_millis(400));
    first.smtp.fail_all(false);
    let delivered = first
        .smtp
        .wait_for_exactly(11, Duration::from_secs(60))
        .await;
    assert_no_duplicates(&delivered);
    assert_eq!(recipient_counts(&delivered), expected);
    drop(second);
}
