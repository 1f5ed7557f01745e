//! The published API description and the request shapes it promises: the document at
//! `/api/openapi.json`, unknown fields and non-object bodies refused (400 naming the
//! field, nothing saved), 405 with `Allow` for a method a path does not have, 415 for
//! a body that is not JSON, a JSON 400 for an unreadable query.
//!
//! Schemathesis checks the whole API against the document (`tests/schemathesis`); the
//! tests here pin the answers it found wrong, one by one.

use reqwest::header::{ALLOW, CACHE_CONTROL, CONTENT_TYPE};
use reqwest::Method;
use rstest_reuse::apply;
use serde_json::{json, Value};

use crate::helpers::{
    backends, content_type, expect_error, expect_json, expect_status, poll_body, response_body,
    spawn_app, vote_map, Backend, CreatedPoll, TestApp,
};

async fn two_slot_poll(app: &TestApp) -> CreatedPoll {
    app.create_poll_ok(&poll_body(
        "Described",
        "Europe/Zurich",
        &["2027-03-23T13:00", "2027-03-23T14:00"],
    ))
    .await
}

#[apply(backends)]
#[tokio::test]
async fn the_openapi_document_is_served_as_cacheable_json_describing_api_v1(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let response = app.get("/api/openapi.json").await;
    assert_eq!(content_type(response.headers()), "application/json");
    let cache = response
        .headers()
        .get(CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    assert!(
        cache.contains("public") && cache.contains("max-age="),
        "{cache}"
    );
    let doc = expect_json(response, 200).await;
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(doc["servers"][0]["url"], "/api/v1");
    // The document's own example of a created poll is what the server answers.
    let created = two_slot_poll(&app).await;
    let schema = &doc["components"]["schemas"]["CreatedPoll"];
    let mut required: Vec<&str> = schema["required"]
        .as_array()
        .expect("required")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let mut answered: Vec<&str> = created
        .body
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    required.sort_unstable();
    answered.sort_unstable();
    assert_eq!(required, answered);
    // Every operation path of the document answers under /api/v1 (not the HTML 404).
    for path in doc["paths"].as_object().expect("paths").keys() {
        let concrete = path
            .replace("{id}", &created.id)
            .replace("{response_id}", "aaaaaaaaaa")
            .replace("{slot_id}", "aaaaaaaaaa");
        let response = app.get(&format!("/api/v1{concrete}")).await;
        assert!(
            content_type(response.headers()).starts_with("application/json"),
            "GET /api/v1{concrete} answered {}",
            response.status()
        );
    }
}

#[apply(backends)]
#[tokio::test]
async fn a_misspelt_field_is_refused_naming_it_and_nothing_changes(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = two_slot_poll(&app).await;

    // PATCH {"titel": …} must not answer 200 having changed nothing.
    let error = expect_error(
        app.patch_poll(&poll.id, &poll.admin_token, &json!({"titel": "Renamed"}))
            .await,
        400,
        Some("titel"),
    )
    .await;
    assert_eq!(error.code, "malformed");
    assert!(error.message.contains("`titel`"), "{}", error.message);
    assert!(
        error.message.contains("`title`"),
        "says which fields there are: {}",
        error.message
    );
    assert_eq!(
        app.admin_poll(&poll.id, &poll.admin_token).await["title"],
        "Described"
    );

    // Creating: nothing saved.
    let mut body = poll_body("Typo", "Europe/Zurich", &["2027-03-23T13:00"]);
    body["time_zone"] = json!("Asia/Kathmandu");
    let _ = expect_error(app.create_poll(&body).await, 400, Some("time_zone")).await;
    assert_eq!(app.count_rows("polls"), 1);

    // Answering: nothing saved.
    let mut answer = response_body("Ann", None, "UTC", vote_map(&poll.slots, &["yes", "no"]));
    answer["mail"] = json!("ann@example.org");
    let _ = expect_error(
        app.submit_response(&poll.id, &answer).await,
        400,
        Some("mail"),
    )
    .await;
    assert_eq!(app.count_rows("responses"), 0);

    // Finalizing: not finalized.
    let response = app
        .request(
            Method::POST,
            &format!("/api/v1/polls/{}/finalize", poll.id),
            Some(&poll.admin_token),
            Some(&json!({"slot_id": poll.slots[0].id, "notify": false})),
        )
        .await;
    let _ = expect_error(response, 400, Some("notify")).await;
    assert_eq!(app.poll(&poll.id, None).await["status"], "open");
}

/// Found by Schemathesis: serde reads a struct from a JSON array by position, so
/// `PATCH [null, null]` answered 200.
#[apply(backends)]
#[tokio::test]
async fn a_body_that_is_not_a_json_object_is_refused(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = two_slot_poll(&app).await;
    for body in [
        json!([null, null]),
        json!(["Renamed"]),
        json!(null),
        json!("x"),
    ] {
        let error = expect_error(
            app.patch_poll(&poll.id, &poll.admin_token, &body).await,
            400,
            None,
        )
        .await;
        assert_eq!(error.code, "malformed", "{body}");
        assert!(error.message.contains("JSON object"), "{}", error.message);
    }
    assert_eq!(
        app.admin_poll(&poll.id, &poll.admin_token).await["title"],
        "Described"
    );
    // The same for every body: an array with a create's fields in order saves nothing.
    let fields = poll_body("Array", "Europe/Zurich", &["2027-03-23T13:00"]);
    let as_array: Vec<Value> = fields
        .as_object()
        .expect("an object")
        .values()
        .cloned()
        .collect();
    let _ = expect_error(app.create_poll(&json!(as_array)).await, 400, None).await;
    assert_eq!(app.count_rows("polls"), 1);
}

#[apply(backends)]
#[tokio::test]
async fn a_method_a_path_does_not_have_is_405_with_allow(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = two_slot_poll(&app).await;
    for (method, path, allow) in [
        (
            Method::PUT,
            format!("/api/v1/polls/{}", poll.id),
            "GET, PATCH, DELETE",
        ),
        (Method::GET, "/api/v1/polls".to_owned(), "POST"),
        (
            Method::GET,
            format!("/api/v1/polls/{}/finalize", poll.id),
            "POST",
        ),
    ] {
        let response = app
            .request(method.clone(), &path, Some(&poll.admin_token), None)
            .await;
        let got = response
            .headers()
            .get(ALLOW)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let error = expect_error(response, 405, None).await;
        assert_eq!(error.code, "method_not_allowed");
        assert_eq!(got.as_deref(), Some(allow), "{method} {path}");
    }
    // The poll is untouched and an unknown path is still 404.
    assert_eq!(app.poll(&poll.id, None).await["status"], "open");
    let _ = expect_error(app.get("/api/v1/polls/x/nothing").await, 404, None).await;
}

#[apply(backends)]
#[tokio::test]
async fn a_body_not_sent_as_json_is_415(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app
        .client
        .post(app.url("/api/v1/polls"))
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body("title=Form")
        .send()
        .await
        .expect("send");
    let error = expect_error(response, 415, None).await;
    assert_eq!(error.code, "unsupported_media_type");
    assert!(
        error.message.contains("application/json"),
        "{}",
        error.message
    );
    assert_eq!(app.count_rows("polls"), 0);
}

#[apply(backends)]
#[tokio::test]
async fn an_unreadable_query_is_a_json_400(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = two_slot_poll(&app).await;
    let response = app
        .get(&format!(
            "/api/v1/polls/{}?tz=Asia/Kathmandu&tz=UTC",
            poll.id
        ))
        .await;
    let error = expect_error(response, 400, None).await;
    assert_eq!(error.code, "malformed");
    let body = expect_status(app.get_poll(&poll.id, Some("Asia/Kathmandu")).await, 200).await;
    assert!(body.contains("+05:45"), "{body}");
}
