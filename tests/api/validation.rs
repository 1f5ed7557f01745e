//! Bad input: 422 naming the field, 404 for unknown ids and wrong tokens (the same
//! answer for both), 409 when the poll no longer takes changes; and nothing
//! half-saved after a rejection.

use rstest_reuse::apply;

use crate::helpers::{backends, Backend};
use std::time::Duration;

use serde_json::{json, Value};

use crate::helpers::{
    expect_error, expect_json, expect_see_other, expect_status, poll_body, response_body,
    response_form, spawn_app, vote_map, CreatedPoll, TestApp,
};

/// A valid poll with two slots (Zurich CET, 12:00Z and 13:00Z).
async fn two_slot_poll(app: &TestApp) -> CreatedPoll {
    app.create_poll_ok(&poll_body(
        "Valid",
        "Europe/Zurich",
        &["2027-03-23T13:00", "2027-03-23T14:00"],
    ))
    .await
}

/// Creates with `body` changed by `change`, expects 422 on `field`, returns the message.
async fn rejected_create(app: &TestApp, change: impl FnOnce(&mut Value), field: &str) -> String {
    let mut body = poll_body(
        "Valid",
        "Europe/Zurich",
        &["2027-03-23T13:00", "2027-03-23T14:00"],
    );
    change(&mut body);
    let error = expect_error(app.create_poll(&body).await, 422, Some(field)).await;
    assert_eq!(
        app.count_rows("polls"),
        0,
        "no poll saved after a rejected create ({field})"
    );
    assert_eq!(
        app.count_rows("slots"),
        0,
        "no slot saved after a rejected create ({field})"
    );
    assert_eq!(
        app.count_rows("outbox_messages"),
        0,
        "no mail queued after a rejected create ({field})"
    );
    error.message
}

/// Responds with `body`, expects `status` on `field`, and checks nothing changed.
async fn rejected_response(
    app: &TestApp,
    poll: &CreatedPoll,
    body: &Value,
    status: u16,
    field: Option<&str>,
) -> String {
    let before = (app.count_rows("responses"), app.count_rows("votes"));
    let listed_before = app.poll(&poll.id, None).await["responses"]
        .as_array()
        .expect("responses")
        .len();
    let error = expect_error(app.submit_response(&poll.id, body).await, status, field).await;
    let after = (app.count_rows("responses"), app.count_rows("votes"));
    assert_eq!(
        after, before,
        "(responses, votes) rows unchanged after a rejected response"
    );
    let listed_after = app.poll(&poll.id, None).await["responses"]
        .as_array()
        .expect("responses")
        .len();
    assert_eq!(
        listed_after, listed_before,
        "the poll lists no new response"
    );
    error.message
}

#[apply(backends)]
#[tokio::test]
async fn a_title_over_200_characters_is_rejected_and_200_are_accepted(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let message = rejected_create(&app, |b| b["title"] = json!("a".repeat(201)), "title").await;
    assert!(
        message.contains("200"),
        "the message gives the limit: {message}"
    );
    // 200 characters, 400 bytes in UTF-8: the limit counts characters.
    let poll = app
        .create_poll_ok(&poll_body(
            &"é".repeat(200),
            "Europe/Zurich",
            &["2027-03-23T13:00"],
        ))
        .await;
    assert_eq!(app.poll(&poll.id, None).await["title"], "é".repeat(200));
}

#[apply(backends)]
#[tokio::test]
async fn an_empty_title_is_rejected(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let _ = rejected_create(&app, |b| b["title"] = json!(""), "title").await;
}

#[apply(backends)]
#[tokio::test]
async fn a_description_over_5000_characters_is_rejected(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let message = rejected_create(
        &app,
        |b| b["description"] = json!("x".repeat(5001)),
        "description",
    )
    .await;
    assert!(
        message.contains("5000") || message.contains("5,000") || message.contains("5 000"),
        "the limit: {message}"
    );
}

#[apply(backends)]
#[tokio::test]
async fn a_bad_organizer_email_is_rejected_naming_the_value(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let message = rejected_create(
        &app,
        |b| b["organizer_email"] = json!("secretariat@"),
        "organizer_email",
    )
    .await;
    assert!(
        message.contains("secretariat@"),
        "names the value: {message}"
    );
}

#[apply(backends)]
#[tokio::test]
async fn an_unknown_poll_time_zone_is_rejected_naming_the_value(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let message =
        rejected_create(&app, |b| b["timezone"] = json!("Mars/Olympus"), "timezone").await;
    assert!(
        message.contains("Mars/Olympus"),
        "names the value: {message}"
    );
}

#[apply(backends)]
#[tokio::test]
async fn a_poll_without_slots_is_rejected(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let _ = rejected_create(&app, |b| b["slots"] = json!([]), "slots").await;
}

#[apply(backends)]
#[tokio::test]
async fn a_poll_with_201_slots_is_rejected_and_200_are_accepted(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    // Daily at 10:00 from 2027-05-01: no DST change falls on a 10:00 local time.
    let days = |n: usize| -> Vec<String> {
        let start = chrono::NaiveDate::from_ymd_opt(2027, 5, 1).expect("date");
        (0..n)
            .map(|i| format!("{}T10:00", start + chrono::Days::new(i as u64)))
            .collect()
    };
    let message = rejected_create(&app, |b| b["slots"] = json!(days(201)), "slots").await;
    assert!(
        message.contains("200"),
        "the message gives the limit: {message}"
    );
    let slots = days(200);
    let refs: Vec<&str> = slots.iter().map(String::as_str).collect();
    let poll = app
        .create_poll_ok(&poll_body("Many", "Europe/Zurich", &refs))
        .await;
    assert_eq!(poll.slots.len(), 200);
}

#[apply(backends)]
#[tokio::test]
async fn duplicate_slots_are_rejected_even_when_written_differently(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let _ = rejected_create(
        &app,
        |b| b["slots"] = json!(["2027-03-23T13:00", "2027-03-23T13:00"]),
        "slots",
    )
    .await;
    // 13:00 in Zurich (CET, +1) is 12:00Z: the same instant.
    let message = rejected_create(
        &app,
        |b| b["slots"] = json!(["2027-03-23T13:00", "2027-03-23T12:00Z"]),
        "slots",
    )
    .await;
    assert!(
        message.contains("13:00") || message.contains("12:00"),
        "names the slot: {message}"
    );
}

#[apply(backends)]
#[tokio::test]
async fn adding_a_slot_that_already_exists_is_rejected(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = two_slot_poll(&app).await;
    let _ = expect_error(
        app.add_slots(&poll.id, &poll.admin_token, &["2027-03-23T12:00Z"])
            .await,
        422,
        Some("slots"),
    )
    .await;
    assert_eq!(app.count_rows("slots"), 2);
}

#[apply(backends)]
#[tokio::test]
async fn a_deadline_in_the_past_is_rejected(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let message = rejected_create(
        &app,
        |b| b["deadline"] = json!("2020-01-01T12:00"),
        "deadline",
    )
    .await;
    assert!(message.contains("2020-01-01"), "names the value: {message}");
}

#[apply(backends)]
#[tokio::test]
async fn a_zero_duration_is_rejected(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let _ = rejected_create(
        &app,
        |b| b["duration_minutes"] = json!(0),
        "duration_minutes",
    )
    .await;
}

#[apply(backends)]
#[tokio::test]
async fn a_slot_that_is_not_a_time_is_rejected_naming_it(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let message = rejected_create(
        &app,
        |b| b["slots"] = json!(["2027-03-23T13:00", "next tuesday"]),
        "slots",
    )
    .await;
    assert!(
        message.contains("next tuesday"),
        "names the value: {message}"
    );
    let message =
        rejected_create(&app, |b| b["slots"] = json!(["2027-02-30T13:00"]), "slots").await;
    assert!(message.contains("2027-02-30"), "names the value: {message}");
}

#[apply(backends)]
#[tokio::test]
async fn a_participant_name_over_100_characters_is_rejected(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = two_slot_poll(&app).await;
    let body = response_body(
        &"n".repeat(101),
        None,
        "UTC",
        vote_map(&poll.slots, &["yes", "no"]),
    );
    let message = rejected_response(&app, &poll, &body, 422, Some("name")).await;
    assert!(message.contains("100"), "the limit: {message}");
}

#[apply(backends)]
#[tokio::test]
async fn a_bad_participant_email_is_rejected_naming_the_value(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = two_slot_poll(&app).await;
    let body = response_body(
        "Ann",
        Some("not-an-email"),
        "UTC",
        vote_map(&poll.slots, &["yes", "no"]),
    );
    let message = rejected_response(&app, &poll, &body, 422, Some("email")).await;
    assert!(
        message.contains("not-an-email"),
        "names the value: {message}"
    );
}

#[apply(backends)]
#[tokio::test]
async fn an_unknown_participant_time_zone_is_rejected(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = two_slot_poll(&app).await;
    let body = response_body(
        "Ann",
        None,
        "Mars/Olympus",
        vote_map(&poll.slots, &["yes", "no"]),
    );
    let message = rejected_response(&app, &poll, &body, 422, Some("timezone")).await;
    assert!(
        message.contains("Mars/Olympus"),
        "names the value: {message}"
    );
}

#[apply(backends)]
#[tokio::test]
async fn an_unknown_vote_is_rejected_naming_it(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = two_slot_poll(&app).await;
    let body = response_body("Ann", None, "UTC", vote_map(&poll.slots, &["yes", "maybe"]));
    let message = rejected_response(&app, &poll, &body, 422, Some("votes")).await;
    assert!(message.contains("maybe"), "names the value: {message}");
}

#[apply(backends)]
#[tokio::test]
async fn a_vote_for_a_slot_of_another_poll_is_rejected(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = two_slot_poll(&app).await;
    let other = app
        .create_poll_ok(&poll_body("Other", "Europe/Zurich", &["2027-04-01T10:00"]))
        .await;
    let mut votes = vote_map(&poll.slots, &["yes", "no"]);
    votes[&other.slots[0].id] = json!("yes");
    let body = response_body("Ann", None, "UTC", votes);
    let _ = rejected_response(&app, &poll, &body, 422, Some("votes")).await;
    // The other poll is untouched too.
    assert_eq!(app.poll(&other.id, None).await["responses"], json!([]));
}

#[apply(backends)]
#[tokio::test]
async fn an_if_need_be_vote_is_rejected_when_the_poll_disallows_it(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let mut body = poll_body(
        "Strict",
        "Europe/Zurich",
        &["2027-03-23T13:00", "2027-03-23T14:00"],
    );
    body["if_need_be"] = json!(false);
    let poll = app.create_poll_ok(&body).await;
    let response = response_body(
        "Ann",
        None,
        "UTC",
        vote_map(&poll.slots, &["if_need_be", "yes"]),
    );
    let _ = rejected_response(&app, &poll, &response, 422, Some("votes")).await;
    // Yes/no alone is fine.
    let ok = response_body("Ann", None, "UTC", vote_map(&poll.slots, &["no", "yes"]));
    let _ = expect_status(app.submit_response(&poll.id, &ok).await, 201).await;
}

#[apply(backends)]
#[tokio::test]
async fn malformed_json_is_a_400_with_a_json_error(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app
        .client
        .post(app.url("/api/v1/polls"))
        .header("content-type", "application/json")
        .body("{\"title\": \"unterminated")
        .send()
        .await
        .expect("send");
    let _ = expect_error(response, 400, None).await;
    assert_eq!(app.count_rows("polls"), 0);
}

#[apply(backends)]
#[tokio::test]
async fn unknown_polls_are_404_on_every_route(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let _ = expect_error(app.get_poll("no-such-poll", None).await, 404, None).await;
    let body = response_body("Ann", None, "UTC", json!({}));
    let _ = expect_error(app.submit_response("no-such-poll", &body).await, 404, None).await;
    for path in [
        "/p/no-such-poll",
        "/p/no-such-poll/event.ics",
        "/p/no-such-poll/admin/no-such-token",
        "/p/no-such-poll/r/no-such-token",
    ] {
        let _ = expect_status(app.get(path).await, 404).await;
    }
}

#[apply(backends)]
#[tokio::test]
async fn a_wrong_admin_token_gets_the_same_404_as_an_unknown_poll(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = two_slot_poll(&app).await;
    let wrong = "x".repeat(poll.admin_token.len().max(8));
    let slot = poll.slots[0].id.clone();

    // Each organizer action, on the real poll with a wrong token and on an unknown poll.
    let action = |name: &str, id: &str| -> (reqwest::Method, String, Option<Value>) {
        use reqwest::Method;
        match name {
            "close" => (Method::POST, format!("/api/v1/polls/{id}/close"), None),
            "reopen" => (Method::POST, format!("/api/v1/polls/{id}/reopen"), None),
            "finalize" => (
                Method::POST,
                format!("/api/v1/polls/{id}/finalize"),
                Some(json!({"slot_id": slot})),
            ),
            "patch" => (
                Method::PATCH,
                format!("/api/v1/polls/{id}"),
                Some(json!({"title": "Hijacked"})),
            ),
            "add slots" => (
                Method::POST,
                format!("/api/v1/polls/{id}/slots"),
                Some(json!({"slots": ["2027-04-02T10:00"]})),
            ),
            "delete" => (Method::DELETE, format!("/api/v1/polls/{id}"), None),
            other => unreachable!("{other}"),
        }
    };
    for name in [
        "close",
        "reopen",
        "finalize",
        "patch",
        "add slots",
        "delete",
    ] {
        let (method, path, body) = action(name, &poll.id);
        let with_wrong_token = expect_error(
            app.request(method, &path, Some(&wrong), body.as_ref())
                .await,
            404,
            None,
        )
        .await;
        let (method, path, body) = action(name, "no-such-poll");
        let unknown = expect_error(
            app.request(method, &path, Some(&wrong), body.as_ref())
                .await,
            404,
            None,
        )
        .await;
        assert_eq!(
            with_wrong_token.body.replace(&poll.id, "{id}"),
            unknown.body.replace("no-such-poll", "{id}"),
            "{name}: a wrong token must look exactly like an unknown poll"
        );
        // No token at all: refused too (404, or 401 which reveals nothing either).
        let (method, path, body) = action(name, &poll.id);
        let response = app.request(method, &path, None, body.as_ref()).await;
        let status = response.status().as_u16();
        assert!(
            status == 404 || status == 401,
            "{name} without a token answered {status}"
        );
    }
    // A response's edit token is not an admin token.
    let r = app
        .submit_response_ok(
            &poll.id,
            &response_body("Ann", None, "UTC", vote_map(&poll.slots, &["yes", "no"])),
        )
        .await;
    let _ = expect_error(app.close(&poll.id, &r.edit_token).await, 404, None).await;
    let _ = expect_status(app.get(&format!("/p/{}/admin/{wrong}", poll.id)).await, 404).await;

    let read = app.poll(&poll.id, None).await;
    assert_eq!(read["status"], "open", "nothing happened");
    assert_eq!(read["title"], "Valid");
    assert_eq!(read["slots"].as_array().expect("slots").len(), 2);
}

#[apply(backends)]
#[tokio::test]
async fn a_wrong_edit_token_cannot_change_or_delete_a_response(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = two_slot_poll(&app).await;
    let ann = app
        .submit_response_ok(
            &poll.id,
            &response_body("Ann", None, "UTC", vote_map(&poll.slots, &["yes", "no"])),
        )
        .await;
    let bob = app
        .submit_response_ok(
            &poll.id,
            &response_body("Bob", None, "UTC", vote_map(&poll.slots, &["no", "yes"])),
        )
        .await;
    let change = response_body("Mallory", None, "UTC", vote_map(&poll.slots, &["no", "no"]));
    // Bob's token on Ann's response, a made-up token, the admin token, and none.
    for token in [
        bob.edit_token.as_str(),
        "made-up-token",
        poll.admin_token.as_str(),
    ] {
        let _ = expect_error(
            app.update_response(&poll.id, &ann.id, token, &change).await,
            404,
            None,
        )
        .await;
        let _ = expect_error(
            app.delete_response(&poll.id, &ann.id, token).await,
            404,
            None,
        )
        .await;
    }
    let response = app
        .request(
            reqwest::Method::PUT,
            &format!("/api/v1/polls/{}/responses/{}", poll.id, ann.id),
            None,
            Some(&change),
        )
        .await;
    let _ = expect_error(response, 404, None).await;
    // Ann's token on another poll.
    let other = two_slot_poll(&app).await;
    let _ = expect_status(
        app.get(&format!("/p/{}/r/{}", other.id, ann.edit_token))
            .await,
        404,
    )
    .await;
    let _ = expect_status(
        app.get(&format!("/p/{}/r/made-up-token", poll.id)).await,
        404,
    )
    .await;
    let form = response_form("Mallory", "", "UTC", &poll.slots, &["no", "no"]);
    let _ = expect_status(
        app.post_form(&format!("/p/{}/r/made-up-token", poll.id), &form)
            .await,
        404,
    )
    .await;

    let read = app.poll(&poll.id, None).await;
    let names: Vec<&str> = read["responses"]
        .as_array()
        .expect("responses")
        .iter()
        .map(|r| r["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names.len(), 2);
    assert!(
        names.contains(&"Ann") && names.contains(&"Bob"),
        "unchanged: {names:?}"
    );
}

#[apply(backends)]
#[tokio::test]
async fn responding_to_a_closed_poll_is_a_409_and_saves_nothing(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = two_slot_poll(&app).await;
    let ann = app
        .submit_response_ok(
            &poll.id,
            &response_body("Ann", None, "UTC", vote_map(&poll.slots, &["yes", "no"])),
        )
        .await;
    let _ = expect_json(app.close(&poll.id, &poll.admin_token).await, 200).await;

    let body = response_body("Late", None, "UTC", vote_map(&poll.slots, &["yes", "yes"]));
    let _ = rejected_response(&app, &poll, &body, 409, None).await;
    // Editing is responding too.
    let _ = expect_error(
        app.update_response(&poll.id, &ann.id, &ann.edit_token, &body)
            .await,
        409,
        None,
    )
    .await;
    // And the HTML form does not save either.
    let form = response_form("Late form", "", "UTC", &poll.slots, &["yes", "yes"]);
    let response = app
        .post_form(&format!("/p/{}/responses", poll.id), &form)
        .await;
    assert_ne!(
        response.status().as_u16(),
        303,
        "the form on a closed poll must not succeed"
    );
    assert_eq!(app.count_rows("responses"), 1);
    // Withdrawing an answer is changing it too: refused by the API and by the form.
    let _ = expect_error(
        app.delete_response(&poll.id, &ann.id, &ann.edit_token)
            .await,
        409,
        None,
    )
    .await;
    let withdraw = app
        .post_form(&format!("/p/{}/r/{}/delete", poll.id, ann.edit_token), &[])
        .await;
    assert_eq!(withdraw.status().as_u16(), 409);
    assert_eq!(
        app.count_rows("responses"),
        1,
        "a closed poll keeps its answers"
    );

    // Reopened, it takes responses again.
    let _ = expect_json(app.reopen(&poll.id, &poll.admin_token).await, 200).await;
    let _ = expect_status(app.submit_response(&poll.id, &body).await, 201).await;
}

#[apply(backends)]
#[tokio::test]
async fn a_finalized_poll_takes_no_new_responses_or_edits(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = two_slot_poll(&app).await;
    let ann = app
        .submit_response_ok(
            &poll.id,
            &response_body("Ann", None, "UTC", vote_map(&poll.slots, &["yes", "no"])),
        )
        .await;
    let _ = expect_json(
        app.finalize(&poll.id, &poll.admin_token, &poll.slots[0].id)
            .await,
        200,
    )
    .await;
    let body = response_body("Late", None, "UTC", vote_map(&poll.slots, &["yes", "yes"]));
    let _ = rejected_response(&app, &poll, &body, 409, None).await;
    let _ = expect_error(
        app.update_response(&poll.id, &ann.id, &ann.edit_token, &body)
            .await,
        409,
        None,
    )
    .await;
    let read = app.poll(&poll.id, None).await;
    assert_eq!(
        read["responses"][0]["votes"],
        vote_map(&poll.slots, &["yes", "no"]),
        "Ann's votes unchanged"
    );
}

#[apply(backends)]
#[tokio::test]
async fn finalizing_with_a_slot_of_another_poll_is_rejected(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = two_slot_poll(&app).await;
    let other = app
        .create_poll_ok(&poll_body("Other", "Europe/Zurich", &["2027-04-01T10:00"]))
        .await;
    let response = app
        .finalize(&poll.id, &poll.admin_token, &other.slots[0].id)
        .await;
    let status = response.status().as_u16();
    assert!(
        status == 422 || status == 404,
        "finalize with a foreign slot answered {status}"
    );
    let error = expect_error(response, status, None).await;
    if status == 422 {
        assert_eq!(error.field.as_deref(), Some("slot_id"), "{}", error.body);
    }
    let read = app.poll(&poll.id, None).await;
    assert_eq!(read["status"], "open");
    assert!(read["final_slot_id"].is_null());
    let _ = expect_status(app.get(&format!("/p/{}/event.ics", poll.id)).await, 404).await;
}

#[apply(backends)]
#[tokio::test]
async fn rejected_creates_send_no_mail(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    for change in [
        json!({"title": ""}),
        json!({"timezone": "Mars/Olympus"}),
        json!({"slots": ["2027-03-28T02:30"]}),
        json!({"organizer_email": "nobody"}),
    ] {
        let mut body = poll_body("Valid", "Europe/Zurich", &["2027-03-23T13:00"]);
        for (k, v) in change.as_object().expect("object") {
            body[k] = v.clone();
        }
        let _ = expect_error(app.create_poll(&body).await, 422, None).await;
    }
    assert_eq!(app.count_rows("polls"), 0);
    assert_eq!(app.count_rows("outbox_messages"), 0);
    // A valid one afterwards does mail, so the silence above means something.
    two_slot_poll(&app).await;
    let _ = app.smtp.wait_for_exactly(1, Duration::from_secs(10)).await;
}

#[apply(backends)]
#[tokio::test]
async fn a_rejected_html_response_keeps_the_typed_values_and_saves_nothing(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let poll = two_slot_poll(&app).await;
    let form = response_form(
        "Typed Name",
        "not-an-email",
        "Europe/Zurich",
        &poll.slots,
        &["yes", "no"],
    );
    let response = app
        .post_form(&format!("/p/{}/responses", poll.id), &form)
        .await;
    let page = expect_status(response, 422).await;
    assert!(
        page.contains("Typed Name") && page.contains("not-an-email"),
        "typed values kept:\n{page}"
    );
    assert_eq!(app.count_rows("responses"), 0);
    // Fixed, it goes through.
    let form = response_form(
        "Typed Name",
        "typed@example.org",
        "Europe/Zurich",
        &poll.slots,
        &["yes", "no"],
    );
    let _ = expect_see_other(
        app.post_form(&format!("/p/{}/responses", poll.id), &form)
            .await,
    )
    .await;
    assert_eq!(app.count_rows("responses"), 1);
}

#[apply(backends)]
#[tokio::test]
async fn editing_the_poll_is_validated_like_creating_it(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let poll = two_slot_poll(&app).await;
    for (change, field) in [
        (json!({"title": ""}), "title"),
        (json!({"title": "t".repeat(201)}), "title"),
        (json!({"description": "d".repeat(5001)}), "description"),
        (json!({"deadline": "2020-01-01T12:00"}), "deadline"),
    ] {
        let _ = expect_error(
            app.patch_poll(&poll.id, &poll.admin_token, &change).await,
            422,
            Some(field),
        )
        .await;
    }
    let read = app.poll(&poll.id, None).await;
    assert_eq!(read["title"], "Valid", "nothing changed");
    assert_eq!(read["description"], "Test poll");
}

#[apply(backends)]
#[tokio::test]
async fn adding_slots_cannot_take_a_poll_past_200_slots(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    // 199 slots: daily at 10:00 from 2027-05-01.
    let start = chrono::NaiveDate::from_ymd_opt(2027, 5, 1).expect("date");
    let slots: Vec<String> = (0..199)
        .map(|i| format!("{}T10:00", start + chrono::Days::new(i)))
        .collect();
    let refs: Vec<&str> = slots.iter().map(String::as_str).collect();
    let poll = app
        .create_poll_ok(&poll_body("Nearly full", "Europe/Zurich", &refs))
        .await;
    // Two more would make 201: the same limit as on creation.
    let error = expect_error(
        app.add_slots(
            &poll.id,
            &poll.admin_token,
            &["2027-05-01T15:00", "2027-05-02T15:00"],
        )
        .await,
        422,
        Some("slots"),
    )
    .await;
    assert!(
        error.message.contains("200"),
        "the message gives the limit: {}",
        error.message
    );
    assert_eq!(app.count_rows("slots"), 199, "neither slot was added");
    // One more makes exactly 200: fine.
    let _ = expect_status(
        app.add_slots(&poll.id, &poll.admin_token, &["2027-05-01T15:00"])
            .await,
        201,
    )
    .await;
    assert_eq!(app.count_rows("slots"), 200);
}

#[apply(backends)]
#[tokio::test]
async fn after_the_deadline_the_poll_is_closed_and_responses_are_refused(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    // A deadline 10–70 s from now, in UTC so the local time is the UTC time (minute precision).
    let deadline = chrono::Utc::now() + chrono::Duration::seconds(70);
    let mut body = poll_body("Soon due", "UTC", &["2027-05-04T10:00", "2027-05-05T10:00"]);
    body["deadline"] = json!(deadline.format("%Y-%m-%dT%H:%M").to_string());
    let poll = app.create_poll_ok(&body).await;
    let ann = app
        .submit_response_ok(
            &poll.id,
            &response_body("Ann", None, "UTC", vote_map(&poll.slots, &["yes", "no"])),
        )
        .await;
    assert_eq!(app.poll(&poll.id, None).await["status"], "open");

    let due = deadline
        .format("%Y-%m-%dT%H:%M:00Z")
        .to_string()
        .parse::<chrono::DateTime<chrono::Utc>>()
        .expect("time");
    let wait = (due - chrono::Utc::now()).to_std().unwrap_or_default() + Duration::from_secs(1);
    tokio::time::sleep(wait).await;

    assert_eq!(
        app.poll(&poll.id, None).await["status"],
        "closed",
        "past its deadline the poll shows as closed"
    );
    let late = response_body("Late", None, "UTC", vote_map(&poll.slots, &["yes", "yes"]));
    let _ = rejected_response(&app, &poll, &late, 409, None).await;
    let _ = expect_error(
        app.update_response(&poll.id, &ann.id, &ann.edit_token, &late)
            .await,
        409,
        None,
    )
    .await;
}

#[apply(backends)]
#[tokio::test]
async fn unknown_api_paths_answer_json_and_assets_come_from_the_binary(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let _ = expect_error(app.get("/api/v1/nothing/here").await, 404, None).await;
    let css = app.get("/static/convene.css").await;
    assert_eq!(css.status().as_u16(), 200);
    assert!(crate::helpers::content_type(css.headers()).starts_with("text/css"));
    assert!(css.text().await.expect("css").contains("font-family"));
    let js = app.get("/static/convene.js").await;
    assert!(crate::helpers::content_type(js.headers()).starts_with("text/javascript"));
    assert_eq!(app.get("/static/secret.txt").await.status().as_u16(), 404);
    assert_eq!(
        app.get("/static/../Cargo.toml").await.status().as_u16(),
        404
    );
    // A pasted link with a trailing slash still opens the poll.
    let poll = app
        .create_poll_ok(&poll_body("Slash", "UTC", &["2027-05-04T10:00"]))
        .await;
    assert_eq!(
        app.get(&format!("/p/{}/", poll.id)).await.status().as_u16(),
        200
    );
}
