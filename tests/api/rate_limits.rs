//! Per-client rate limits: past a category's quota the answer is 429 with `Retry-After`
//! (JSON from the API, a translated page for forms), it works again once that time has
//! passed, each category counts on its own (pages and API together), reading is never
//! limited, `off` turns every limit off, and the client comes from the proxy's header
//! only when Convene is told to trust it.
//!
//! Every other test runs with the limits off (see `helpers::launch`).

use std::time::Duration;

use convene::config::{ClientIpSource, Config, RateQuota, Switch};
use reqwest::header::{ACCEPT_LANGUAGE, RETRY_AFTER};
use reqwest::Response;
use rstest_reuse::apply;
use serde_json::Value;

use crate::helpers::{
    backends, content_type, expect_error, expect_json, expect_see_other, expect_status,
    location_path, poll_body, response_body, response_form, spawn_app_with, vote_map, Backend,
    TestApp,
};

fn quota(text: &str) -> RateQuota {
    text.parse()
        .unwrap_or_else(|e| panic!("{text} is a quota: {e}"))
}

/// Limits on, with `polls`, `answers` and `comments` as the quotas of those categories.
fn limits(polls: &str, answers: &str, comments: &str) -> impl FnOnce(&mut Config) {
    let (polls, answers, comments) = (quota(polls), quota(answers), quota(comments));
    move |c: &mut Config| {
        c.rate_limits = Switch::On;
        c.rate_limit_polls = polls;
        c.rate_limit_answers = answers;
        c.rate_limit_comments = comments;
    }
}

fn a_poll() -> Value {
    poll_body(
        "Rate limits",
        "Europe/Zurich",
        &["2027-05-04T10:00", "2027-05-05T10:00"],
    )
}

/// The `Retry-After` seconds of a 429 answer.
fn retry_after(response: &Response) -> u64 {
    response
        .headers()
        .get(RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("a 429 carries Retry-After in seconds: {response:?}"))
}

/// A 429 from the API: `rate_limited`, no field, `Retry-After` of at least a second.
async fn expect_rate_limited_json(response: Response) -> u64 {
    let seconds = retry_after(&response);
    assert!(seconds >= 1, "Retry-After {seconds}");
    let error = expect_error(response, 429, None).await;
    assert_eq!(error.code, "rate_limited", "{}", error.body);
    assert_eq!(error.field, None, "{}", error.body);
    seconds
}

/// A 429 page: HTML, `Retry-After`, in the language of `Accept-Language` (`lang`).
async fn expect_rate_limited_page(response: Response, lang: &str) -> String {
    let seconds = retry_after(&response);
    assert!(seconds >= 1, "Retry-After {seconds}");
    assert!(
        content_type(response.headers()).starts_with("text/html"),
        "{response:?}"
    );
    let page = expect_status(response, 429).await;
    assert!(
        page.contains(&format!("<html lang=\"{lang}\"")),
        "the page is in {lang}:\n{page}"
    );
    page
}

#[apply(backends)]
#[tokio::test]
async fn creating_polls_past_the_quota_is_429_with_retry_after_and_works_again_after_that_time(
    #[case] backend: Backend,
) {
    // Two at once, then one more each second.
    let app = spawn_app_with(backend, limits("2/2s", "100/1h", "100/1h")).await;
    app.create_poll_ok(&a_poll()).await;
    app.create_poll_ok(&a_poll()).await;
    let seconds = expect_rate_limited_json(app.create_poll(&a_poll()).await).await;
    assert_eq!(seconds, 1, "one request comes back within the second");
    assert_eq!(
        app.count_rows("polls"),
        2,
        "the refused request saved nothing"
    );

    tokio::time::sleep(Duration::from_secs(seconds)).await;
    app.create_poll_ok(&a_poll()).await;
    // One came back, not the whole burst.
    expect_rate_limited_json(app.create_poll(&a_poll()).await).await;
    assert_eq!(app.count_rows("polls"), 3);
}

#[apply(backends)]
#[tokio::test]
async fn the_create_form_past_the_quota_gets_a_429_page_in_the_visitors_language(
    #[case] backend: Backend,
) {
    let app = spawn_app_with(backend, limits("1/1h", "100/1h", "100/1h")).await;
    // The API and the form share one count.
    app.create_poll_ok(&a_poll()).await;
    let fields: Vec<(String, String)> = [
        ("title", "Réunion"),
        ("organizer_name", "Olga"),
        ("organizer_email", "olga@example.org"),
        ("timezone", "Europe/Paris"),
        ("duration_minutes", "60"),
        ("slot_date", "2027-05-10"),
        ("slot_time", "09:15"),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    let response = app
        .client
        .post(app.url("/polls"))
        .header(ACCEPT_LANGUAGE, "fr-CH, fr;q=0.9")
        .form(&fields)
        .send()
        .await
        .expect("POST /polls");
    let page = expect_rate_limited_page(response, "fr").await;
    assert!(page.contains("Trop de demandes"), "{page}");
    assert!(
        page.contains("Attendez") && page.contains("ce que vous avez saisi se trouve encore"),
        "the page says how long to wait and that the form still holds the input:\n{page}"
    );
    assert_eq!(app.count_rows("polls"), 1);
}

#[apply(backends)]
#[tokio::test]
async fn each_category_has_its_own_count_shared_by_the_pages_and_the_api(#[case] backend: Backend) {
    let app = spawn_app_with(backend, limits("1/1h", "3/1h", "2/1h")).await;
    let poll = app.create_poll_ok(&a_poll()).await;
    expect_rate_limited_json(app.create_poll(&a_poll()).await).await;

    // Creating polls took nothing from the answers: three, by API and by form.
    let votes = vote_map(&poll.slots, &["yes", "no"]);
    let ann = app
        .submit_response_ok(&poll.id, &response_body("Ann", None, "UTC", votes.clone()))
        .await;
    let location = expect_see_other(
        app.post_form(
            &format!("/p/{}/responses", poll.id),
            &response_form("Bob", "", "UTC", &poll.slots, &["no", "yes"]),
        )
        .await,
    )
    .await;
    // Editing counts as answering.
    let changed = response_body("Ann", None, "UTC", vote_map(&poll.slots, &["no", "no"]));
    expect_json(
        app.update_response(&poll.id, &ann.id, &ann.edit_token, &changed)
            .await,
        200,
    )
    .await;
    // Reading is never limited.
    let bob_page = location_path(&location);
    expect_status(app.get(&bob_page).await, 200).await;
    expect_status(app.get(&format!("/p/{}", poll.id)).await, 200).await;

    // The fourth answer, whichever way it comes, is refused.
    expect_rate_limited_json(
        app.submit_response(&poll.id, &response_body("Cy", None, "UTC", votes))
            .await,
    )
    .await;
    let response = app
        .post_form(
            &format!("/p/{}/responses", poll.id),
            &response_form("Dee", "", "UTC", &poll.slots, &["yes", "yes"]),
        )
        .await;
    let page = expect_rate_limited_page(response, "en").await;
    assert!(page.contains("Too many requests"), "{page}");
    assert_eq!(app.count_rows("responses"), 2);

    // Comments have their own count.
    let comment = |body: &str| {
        vec![
            ("author_name".to_owned(), "Eve".to_owned()),
            ("body".to_owned(), body.to_owned()),
        ]
    };
    let comments = format!("/p/{}/comments", poll.id);
    expect_see_other(app.post_form(&comments, &comment("First")).await).await;
    expect_see_other(app.post_form(&comments, &comment("Second")).await).await;
    expect_rate_limited_page(app.post_form(&comments, &comment("Third")).await, "en").await;
    assert_eq!(app.count_rows("comments"), 2);
}

#[apply(backends)]
#[tokio::test]
async fn with_rate_limits_off_no_request_is_refused(#[case] backend: Backend) {
    let app = spawn_app_with(backend, |c| {
        limits("1/1h", "1/1h", "1/1h")(c);
        c.rate_limits = Switch::Off;
    })
    .await;
    for _ in 0..4 {
        let poll = app.create_poll_ok(&a_poll()).await;
        for name in ["Ann", "Bob"] {
            let votes = vote_map(&poll.slots, &["yes", "no"]);
            app.submit_response_ok(&poll.id, &response_body(name, None, "UTC", votes))
                .await;
        }
    }
    assert_eq!(app.count_rows("polls"), 4);
    assert_eq!(app.count_rows("responses"), 8);
}

/// `POST /api/v1/polls` with `X-Forwarded-For: forwarded_for`.
async fn create_via_proxy(app: &TestApp, forwarded_for: &str) -> Response {
    app.client
        .post(app.url("/api/v1/polls"))
        .header("X-Forwarded-For", forwarded_for)
        .json(&a_poll())
        .send()
        .await
        .expect("POST /api/v1/polls")
}

#[apply(backends)]
#[tokio::test]
async fn behind_a_trusted_proxy_each_client_counts_by_the_address_the_proxy_wrote(
    #[case] backend: Backend,
) {
    let app = spawn_app_with(backend, |c| {
        limits("1/1h", "100/1h", "100/1h")(c);
        c.client_ip = ClientIpSource::XForwardedFor;
        c.trusted_proxies = 1;
    })
    .await;
    expect_json(create_via_proxy(&app, "203.0.113.5").await, 201).await;
    expect_rate_limited_json(create_via_proxy(&app, "203.0.113.5").await).await;
    // The client wrote an address of its own in front of the proxy's: still counted as
    // the address the proxy saw.
    expect_rate_limited_json(create_via_proxy(&app, "198.51.100.7, 203.0.113.5").await).await;
    // Another client behind the same proxy has its own count.
    expect_json(create_via_proxy(&app, "203.0.113.6").await, 201).await;
    assert_eq!(app.count_rows("polls"), 2);
}

#[apply(backends)]
#[tokio::test]
async fn without_a_trusted_proxy_the_forwarded_header_changes_nothing(#[case] backend: Backend) {
    let app = spawn_app_with(backend, limits("1/1h", "100/1h", "100/1h")).await;
    expect_json(create_via_proxy(&app, "203.0.113.5").await, 201).await;
    // Claiming another address does not buy a new count.
    let refused = create_via_proxy(&app, "203.0.113.6").await;
    expect_rate_limited_json(refused).await;
    assert_eq!(app.count_rows("polls"), 1);
}

#[tokio::test]
async fn adding_slot_rows_without_script_does_not_use_up_the_quota_of_polls() {
    let app = spawn_app_with(Backend::Sqlite, limits("1/1h", "100/1h", "100/1h")).await;
    let typed = vec![
        ("title".to_owned(), "Quota kept".to_owned()),
        ("slot_date".to_owned(), "2027-05-04".to_owned()),
        ("slot_time".to_owned(), "10:00".to_owned()),
        ("more_rows".to_owned(), "1".to_owned()),
    ];
    for _ in 0..3 {
        let page = expect_status(app.post_form("/polls/rows", &typed).await, 200).await;
        assert!(page.contains("Quota kept"), "what was typed is kept");
    }
    // The one poll of the quota can still be created.
    app.create_poll_ok(&a_poll()).await;
    expect_rate_limited_json(app.create_poll(&a_poll()).await).await;
}

/// The planner is a computation: reading its page counts, and the page and the API
/// share one count per client that the other categories do not touch.
#[tokio::test]
async fn the_planner_pages_and_api_share_their_own_count() {
    let app = spawn_app_with(Backend::Sqlite, |c: &mut Config| {
        c.rate_limits = Switch::On;
        c.rate_limit_planner = quota("3/1h");
    })
    .await;
    let plan = serde_json::json!({
        "from": "2027-03-22", "to": "2027-03-26", "timezone": "Europe/Berlin",
        "duration_minutes": 60, "step_minutes": 30,
        "zones": [{"timezone": "Asia/Kathmandu", "count": 2}]
    });
    let post_plan = || app.request(reqwest::Method::POST, "/api/v1/planner", None, Some(&plan));
    expect_status(app.get("/planner").await, 200).await;
    expect_json(post_plan().await, 200).await;
    expect_status(app.get("/planner?from=2027-03-22&to=2027-03-26&timezone=UTC&duration_minutes=60&step_minutes=30&weekday=mon&zones=UTC&day_start=07:00&work_start=09:00&work_end=18:00&night_start=22:00").await, 200).await;
    expect_rate_limited_json(post_plan().await).await;
    expect_rate_limited_page(app.get("/planner").await, "en").await;
    // Creating a poll is another count.
    app.create_poll_ok(&poll_body("Still fine", "UTC", &["2027-05-04T09:00"]))
        .await;
}
