//! Round trips per request (issue 10): a page, the poll's JSON and an answer cost the
//! same number of SQL statements for a poll with 1 answer as for one with 500, so no
//! handler runs a query per answer, slot or vote. The count is diesel's instrumentation
//! on the instance's own pool (`AppState::queries`), so other tests do not disturb it.

use std::time::Duration;

use reqwest::Method;
use rstest_reuse::apply;

use crate::helpers::*;

/// Statements run while `request` is answered (a future does nothing until awaited;
/// the mail worker and the scheduler are idle: nothing is queued and the scheduler is
/// off in tests).
async fn statements(
    app: &TestApp,
    what: &str,
    request: impl std::future::Future<Output = reqwest::Response>,
) -> u64 {
    let before = app.state.queries.get();
    let response = request.await;
    let status = response.status();
    assert!(
        status.is_success() || status.is_redirection(),
        "{what}: {status} {}",
        response.text().await.unwrap_or_default()
    );
    app.state.queries.get() - before
}

/// The statements of each request measured, in order.
async fn costs(app: &TestApp, poll: &CreatedPoll, n: usize) -> Vec<(&'static str, u64)> {
    let id = &poll.id;
    let admin = &poll.admin_token;
    let votes = vote_map(&poll.slots, &["yes", "if_need_be", "no", "yes", "no"]);
    let answer = response_body(&format!("Late {n}"), None, "Asia/Kathmandu", votes);
    let form = response_form(
        &format!("Form {n}"),
        "",
        "Pacific/Fiji",
        &poll.slots,
        &["no", "yes", "yes", "if_need_be", "no"],
    );
    let (page, page_tz) = (format!("/p/{id}"), format!("/p/{id}?tz=Asia/Kathmandu"));
    let (json, admin_page) = (
        format!("/api/v1/polls/{id}"),
        format!("/p/{id}/admin/{admin}"),
    );
    let (fairness, answers) = (
        format!("/api/v1/polls/{id}/fairness"),
        format!("/p/{id}/responses"),
    );
    vec![
        (
            "vote page",
            statements(app, "vote page", app.get(&page)).await,
        ),
        (
            "vote page in a zone",
            statements(app, "vote page tz", app.get(&page_tz)).await,
        ),
        (
            "poll JSON",
            statements(app, "poll JSON", app.get_poll(id, Some("Pacific/Fiji"))).await,
        ),
        (
            "poll JSON for the organizer",
            statements(
                app,
                "admin JSON",
                app.request(Method::GET, &json, Some(admin), None),
            )
            .await,
        ),
        (
            "admin page",
            statements(app, "admin page", app.get(&admin_page)).await,
        ),
        (
            "fairness JSON",
            statements(app, "fairness", app.get(&fairness)).await,
        ),
        (
            "answer (JSON)",
            statements(app, "answer", app.submit_response(id, &answer)).await,
        ),
        (
            "answer (form)",
            statements(app, "form answer", app.post_form(&answers, &form)).await,
        ),
    ]
}

#[apply(backends)]
#[tokio::test]
async fn a_poll_costs_the_same_statements_with_1_answer_as_with_500(#[case] backend: Backend) {
    // The worker only wakes when mail is queued (the organizer's link, at creation).
    let app = spawn_app_with(backend, |c| c.mail_poll_ms = 3_600_000).await;
    let poll = app.create_fixture_poll().await;
    app.smtp.wait_for(1, Duration::from_secs(10)).await;
    // Let the worker finish recording the delivery before counting.
    tokio::time::sleep(Duration::from_millis(300)).await;

    let votes = vote_map(&poll.slots, &["yes", "no", "if_need_be", "yes", "yes"]);
    app.submit_response_ok(
        &poll.id,
        &response_body("First", None, "Europe/Zurich", votes.clone()),
    )
    .await;
    let with_one = costs(&app, &poll, 1).await;

    // 497 more, so that the poll holds 500 when measured again (2 were added above).
    for n in 0..497 {
        let zone = ["America/Los_Angeles", "Asia/Kathmandu", "Europe/Berlin"][n % 3];
        app.submit_response_ok(
            &poll.id,
            &response_body(&format!("P{n}"), None, zone, votes.clone()),
        )
        .await;
    }
    let admin = app.admin_poll(&poll.id, &poll.admin_token).await;
    assert_eq!(admin["responses"].as_array().map(Vec::len), Some(500));
    let with_500 = costs(&app, &poll, 2).await;

    eprintln!("statements per request: {with_one:?}");
    assert_eq!(
        with_one, with_500,
        "statements per request, 1 answer then 500"
    );
    for (what, n) in &with_one {
        assert!(*n > 0, "{what} was counted ({n} statements)");
    }
}
