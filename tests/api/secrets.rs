//! Secret links and tokens: every secret route answers the very same 404 to every wrong
//! token (never 401, 403 or 500, and never a page that tells a wrong token from an
//! unknown poll), changes nothing, and the pages and answers that carry a secret are
//! neither cached nor sent on as a referrer.

use reqwest::header::{AUTHORIZATION, CACHE_CONTROL, CONTENT_TYPE, REFERRER_POLICY};
use reqwest::{Method, Response};
use rstest_reuse::apply;
use serde_json::{json, Value};

use crate::helpers::{
    backends, expect_json, expect_see_other, expect_status, location_path, poll_body,
    response_body, response_form, spawn_app, vote_map, Backend, CreatedPoll, CreatedResponse,
    TestApp,
};

/// Wrong tokens for a route that wants `right`: a made-up one of the right shape, the
/// same kind of token of another poll, the other kind of token of this poll, `right`
/// cut short or with more after it, percent-encoded junk, nothing at all, and non-ASCII.
fn wrong_tokens(right: &str, other_poll: &str, other_kind: &str) -> Vec<(&'static str, String)> {
    let mut changed_last = right.to_owned();
    let last = changed_last.pop().expect("a token");
    changed_last.push(if last == 'A' { 'B' } else { 'A' });
    vec![
        (
            "made up",
            convene::domain::SecretToken::generate().expose().to_owned(),
        ),
        ("last character changed", changed_last),
        ("of another poll", other_poll.to_owned()),
        ("of the other kind", other_kind.to_owned()),
        ("cut short", right[..right.len() - 1].to_owned()),
        ("with more after it", format!("{right}A")),
        ("with a dot after it", format!("{right}.")),
        ("with junk after it", format!("{right}%00")),
        (
            "percent-encoded junk",
            "%00%FF%2e%2e%2F%C0%AF%0D%0A".to_owned(),
        ),
        ("empty", String::new()),
        ("non-ASCII", "é".repeat(43)),
        ("in upper case", right.to_ascii_uppercase()),
    ]
}

/// A page route: method, path with `{token}` in it, form body.
type PageRoute = (Method, String, Vec<(String, String)>);

/// The page routes behind a secret, with a form body where they take one.
fn page_routes(poll: &CreatedPoll, response: &CreatedResponse) -> Vec<PageRoute> {
    let field = |k: &str, v: &str| (k.to_owned(), v.to_owned());
    let slot = poll.slots[0].id.clone();
    let admin = |rest: &str| format!("/p/{}/admin/{{token}}{rest}", poll.id);
    vec![
        (Method::GET, admin(""), vec![]),
        (
            Method::POST,
            admin("/settings"),
            vec![field("title", "Hijacked"), field("duration_minutes", "30")],
        ),
        (
            Method::POST,
            admin("/slots"),
            vec![
                field("slot_date", "2027-06-01"),
                field("slot_time", "10:00"),
            ],
        ),
        (
            Method::POST,
            admin(&format!("/slots/{slot}/delete")),
            vec![],
        ),
        (
            Method::POST,
            admin(&format!("/responses/{}/delete", response.id)),
            vec![],
        ),
        (Method::POST, admin("/mail/retry"), vec![]),
        (Method::POST, admin("/close"), vec![]),
        (Method::POST, admin("/reopen"), vec![]),
        (
            Method::POST,
            admin("/finalize"),
            vec![field("slot_id", &slot)],
        ),
        (
            Method::POST,
            admin("/delete"),
            vec![field("confirm", "yes")],
        ),
        (
            Method::POST,
            admin("/invitees"),
            vec![field("list", "mallory@example.org"), field("send", "on")],
        ),
        (Method::POST, admin("/invitees/send"), vec![]),
        (Method::POST, admin("/remind"), vec![]),
        (Method::POST, admin("/invitees/AAAAAAAAAA/delete"), vec![]),
        (
            Method::POST,
            admin("/invitees/AAAAAAAAAA/required"),
            vec![field("required", "on")],
        ),
        (
            Method::POST,
            admin("/notifications"),
            vec![field("notify", "each"), field("remind_before_hours", "")],
        ),
        (
            Method::POST,
            admin("/duplicate"),
            vec![
                field("slot_date", "2027-06-01"),
                field("slot_time", "10:00"),
            ],
        ),
        (Method::GET, format!("/p/{}/i/{{token}}", poll.id), vec![]),
        (
            Method::POST,
            format!("/p/{}/i/{{token}}", poll.id),
            response_form("Mallory", "", "UTC", &poll.slots, &["no", "no"]),
        ),
        (Method::GET, format!("/p/{}/r/{{token}}", poll.id), vec![]),
        (
            Method::POST,
            format!("/p/{}/r/{{token}}", poll.id),
            response_form("Mallory", "", "UTC", &poll.slots, &["no", "no"]),
        ),
        (
            Method::POST,
            format!("/p/{}/r/{{token}}/delete", poll.id),
            vec![],
        ),
    ]
}

/// The API routes that take a bearer token, with their body.
fn api_routes(
    poll: &CreatedPoll,
    response: &CreatedResponse,
) -> Vec<(Method, String, Option<Value>)> {
    let id = &poll.id;
    let slot = &poll.slots[0].id;
    vec![
        (
            Method::PATCH,
            format!("/api/v1/polls/{id}"),
            Some(json!({"title": "Hijacked"})),
        ),
        (Method::DELETE, format!("/api/v1/polls/{id}"), None),
        (
            Method::POST,
            format!("/api/v1/polls/{id}/slots"),
            Some(json!({"slots": ["2027-06-01T10:00"]})),
        ),
        (
            Method::DELETE,
            format!("/api/v1/polls/{id}/slots/{slot}"),
            None,
        ),
        (Method::POST, format!("/api/v1/polls/{id}/mail/retry"), None),
        (Method::POST, format!("/api/v1/polls/{id}/close"), None),
        (Method::POST, format!("/api/v1/polls/{id}/reopen"), None),
        (
            Method::POST,
            format!("/api/v1/polls/{id}/finalize"),
            Some(json!({"slot_id": slot})),
        ),
        (
            Method::PUT,
            format!("/api/v1/polls/{id}/responses/{}", response.id),
            Some(response_body(
                "Mallory",
                None,
                "UTC",
                vote_map(&poll.slots, &["no", "no"]),
            )),
        ),
        (
            Method::DELETE,
            format!("/api/v1/polls/{id}/responses/{}", response.id),
            None,
        ),
        (Method::GET, format!("/api/v1/polls/{id}/invitees"), None),
        (
            Method::POST,
            format!("/api/v1/polls/{id}/invitees"),
            Some(json!({"list": "Mallory <mallory@example.org>"})),
        ),
        (
            Method::POST,
            format!("/api/v1/polls/{id}/invitations"),
            None,
        ),
        (Method::POST, format!("/api/v1/polls/{id}/remind"), None),
        (
            Method::POST,
            format!("/api/v1/polls/{id}/duplicate"),
            Some(json!({"slots": ["2027-06-01T10:00"]})),
        ),
    ]
}

async fn page_request(
    app: &TestApp,
    method: &Method,
    path: &str,
    form: &[(String, String)],
) -> Response {
    let mut request = app.client.request(method.clone(), app.url(path));
    if *method == Method::POST {
        request = request.form(form);
    }
    request
        .send()
        .await
        .unwrap_or_else(|e| panic!("{method} {path}: {e}"))
}

/// A 404 page without the address its language selector sends back to (the address
/// asked for), so that two 404 pages can be compared.
fn page_404(body: &str) -> String {
    let marker = "<form class=\"lang-picker\" method=\"get\" action=\"";
    match body.find(marker) {
        Some(at) => {
            let rest = &body[at + marker.len()..];
            let end = rest.find('"').expect("the attribute ends");
            format!("{}{{here}}{}", &body[..at + marker.len()], &rest[end..])
        }
        None => body.to_owned(),
    }
}

async fn two_polls(app: &TestApp) -> (CreatedPoll, CreatedResponse, CreatedPoll, CreatedResponse) {
    let mut polls = Vec::new();
    for title in ["Secret one", "Secret two"] {
        let poll = app
            .create_poll_ok(&poll_body(
                title,
                "Europe/Zurich",
                &["2027-05-04T10:00", "2027-05-05T10:00"],
            ))
            .await;
        let response = app
            .submit_response_ok(
                &poll.id,
                &response_body(
                    "Ann",
                    Some("ann@example.org"),
                    "UTC",
                    vote_map(&poll.slots, &["yes", "no"]),
                ),
            )
            .await;
        polls.push((poll, response));
    }
    let (b, rb) = polls.pop().expect("two");
    let (a, ra) = polls.pop().expect("two");
    (a, ra, b, rb)
}

#[apply(backends)]
#[tokio::test]
async fn every_secret_page_answers_the_same_404_to_every_wrong_token(#[case] backend: Backend) {
    let app = spawn_app(backend).await;
    let (poll, response, other, other_response) = two_polls(&app).await;
    for (method, template, form) in page_routes(&poll, &response) {
        let (right, other_poll, other_kind) = if template.contains("/admin/") {
            (&poll.admin_token, &other.admin_token, &response.edit_token)
        } else {
            (
                &response.edit_token,
                &other_response.edit_token,
                &poll.admin_token,
            )
        };
        // What an unknown poll answers, with a token of the right shape.
        let unknown_path = template
            .replace(&poll.id, "zzzzzzzzzzzz")
            .replace("{token}", convene::domain::SecretToken::generate().expose());
        let unknown = page_request(&app, &method, &unknown_path, &form).await;
        let unknown = page_404(&expect_status(unknown, 404).await);
        for (what, token) in wrong_tokens(right, other_poll, other_kind) {
            let path = template.replace("{token}", &token);
            let answer = page_request(&app, &method, &path, &form).await;
            let status = answer.status().as_u16();
            let headers = answer.headers().clone();
            let body = answer.text().await.expect("a body");
            assert_eq!(
                status, 404,
                "{method} {path} (token {what}) answered {status}:\n{body}"
            );
            assert_eq!(
                page_404(&body),
                unknown,
                "{method} {path} (token {what}) is not the unknown-poll page"
            );
            assert!(
                headers[CONTENT_TYPE]
                    .to_str()
                    .expect("ascii")
                    .starts_with("text/html"),
                "{method} {path}"
            );
        }
    }
    unchanged(&app, &poll, &response).await;
}

#[apply(backends)]
#[tokio::test]
async fn every_bearer_token_operation_answers_the_same_404_to_every_wrong_token(
    #[case] backend: Backend,
) {
    let app = spawn_app(backend).await;
    let (poll, response, other, other_response) = two_polls(&app).await;
    let not_found = json!({
        "error": "not_found",
        "message": "No such poll or response, or the token does not match",
        "field": null,
    });
    for (method, path, body) in api_routes(&poll, &response) {
        let (right, other_poll, other_kind) = if path.contains("/responses/") {
            (
                &response.edit_token,
                &other_response.edit_token,
                &poll.admin_token,
            )
        } else {
            (&poll.admin_token, &other.admin_token, &response.edit_token)
        };
        let mut headers: Vec<(&str, Option<Vec<u8>>)> = wrong_tokens(right, other_poll, other_kind)
            .into_iter()
            .map(|(what, token)| (what, Some(format!("Bearer {token}").into_bytes())))
            .collect();
        headers.extend([
            ("no header", None),
            ("no scheme", Some(right.as_bytes().to_vec())),
            (
                "another scheme",
                Some(format!("Basic {right}").into_bytes()),
            ),
            ("scheme alone", Some(b"Bearer".to_vec())),
            ("non-ASCII bytes", Some(b"Bearer \xc3\xa9\xff".to_vec())),
            (
                "two tokens",
                Some(format!("Bearer {other_poll} {right}").into_bytes()),
            ),
        ]);
        for (what, header) in headers {
            let mut request = app.client.request(method.clone(), app.url(&path));
            if let Some(value) = header {
                request = request.header(
                    AUTHORIZATION,
                    reqwest::header::HeaderValue::from_bytes(&value).expect("a header value"),
                );
            }
            if let Some(body) = &body {
                request = request.json(body);
            }
            let answer = request.send().await.expect("a request");
            let got = expect_json(answer, 404).await;
            assert_eq!(got, not_found, "{method} {path} with a token {what}");
        }
    }
    // Reading a poll with a wrong token is reading it as anyone: no addresses.
    let public = app.poll(&poll.id, None).await;
    for token in [
        other.admin_token.as_str(),
        response.edit_token.as_str(),
        "x",
    ] {
        let read = expect_json(
            app.request(
                Method::GET,
                &format!("/api/v1/polls/{}", poll.id),
                Some(token),
                None,
            )
            .await,
            200,
        )
        .await;
        assert_eq!(read, public, "a wrong token reads the public view");
        assert!(!read.to_string().contains("ann@example.org"));
    }
    unchanged(&app, &poll, &response).await;
}

#[apply(backends)]
#[tokio::test]
async fn the_bearer_scheme_is_read_in_any_letter_case(#[case] backend: Backend) {
    // RFC 9110 §11.1: the authentication scheme is case-insensitive.
    let app = spawn_app(backend).await;
    let (poll, _, _, _) = two_polls(&app).await;
    for scheme in ["bearer", "BEARER", "Bearer"] {
        let answer = app
            .client
            .get(app.url(&format!("/api/v1/polls/{}", poll.id)))
            .header(AUTHORIZATION, format!("{scheme} {}", poll.admin_token))
            .send()
            .await
            .expect("a request");
        let read = expect_json(answer, 200).await;
        assert!(
            read.to_string().contains("ann@example.org"),
            "the organizer's view with {scheme:?}"
        );
    }
}

/// Nothing was changed by the refused requests.
async fn unchanged(app: &TestApp, poll: &CreatedPoll, response: &CreatedResponse) {
    let read = app.admin_poll(&poll.id, &poll.admin_token).await;
    assert_eq!(read["status"], "open");
    assert_eq!(read["title"], "Secret one");
    assert_eq!(read["duration_minutes"], 60);
    assert_eq!(read["slots"].as_array().expect("slots").len(), 2);
    let responses = read["responses"].as_array().expect("responses");
    assert_eq!(responses.len(), 1);
    assert_eq!(responses[0]["name"], "Ann");
    assert_eq!(responses[0]["id"], response.id.as_str());
    let invitees = expect_json(
        app.request(
            Method::GET,
            &format!("/api/v1/polls/{}/invitees", poll.id),
            Some(&poll.admin_token),
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(invitees["invitees"], json!([]), "nobody was invited");
    assert_eq!(app.count_rows("polls"), 2, "no poll was duplicated");
    let _ = expect_status(
        app.get(&format!("/p/{}/r/{}", poll.id, response.edit_token))
            .await,
        200,
    )
    .await;
}

// ---- headers ----

fn assert_secret_headers(what: &str, headers: &reqwest::header::HeaderMap) {
    assert_eq!(headers[CACHE_CONTROL], "no-store", "{what}: Cache-Control");
    assert_eq!(
        headers[REFERRER_POLICY], "no-referrer",
        "{what}: Referrer-Policy"
    );
}

fn assert_page_headers(what: &str, headers: &reqwest::header::HeaderMap) {
    let csp = headers
        .get("content-security-policy")
        .unwrap_or_else(|| panic!("{what} has no Content-Security-Policy"))
        .to_str()
        .expect("ascii");
    assert_eq!(
        csp,
        convene::web::security::CONTENT_SECURITY_POLICY,
        "{what}"
    );
    assert_eq!(headers["x-content-type-options"], "nosniff", "{what}");
    assert_eq!(headers["x-frame-options"], "DENY", "{what}");
}

#[tokio::test]
async fn answers_that_carry_a_secret_are_never_cached_or_sent_on_as_a_referrer() {
    let app = spawn_app(Backend::Sqlite).await;
    // The API's answers that hand out a token.
    let created = app
        .create_poll(&poll_body(
            "Headers",
            "Europe/Zurich",
            &["2027-05-04T10:00", "2027-05-05T10:00"],
        ))
        .await;
    assert_secret_headers("POST /api/v1/polls", &created.headers().clone());
    let poll = app
        .create_poll_ok(&poll_body("Headers", "UTC", &["2027-05-04T10:00"]))
        .await;
    let submitted = app
        .submit_response(
            &poll.id,
            &response_body("Ann", None, "UTC", vote_map(&poll.slots, &["yes"])),
        )
        .await;
    assert_secret_headers("POST …/responses", &submitted.headers().clone());
    let response: Value = submitted.json().await.expect("JSON");
    let edit_token = response["edit_token"].as_str().expect("a token").to_owned();

    // The pages behind a secret link, as shown and as shown again with a problem.
    let admin = location_path(&poll.admin_url);
    let edit = format!("/p/{}/r/{edit_token}", poll.id);
    for path in [admin.clone(), edit.clone()] {
        let page = app.get(&path).await;
        assert_eq!(page.status(), 200, "{path}");
        assert_secret_headers(&path, page.headers());
        assert_page_headers(&path, page.headers());
    }
    let rejected_settings = app
        .post_form(
            &format!("{admin}/settings"),
            &[("title".to_owned(), String::new())],
        )
        .await;
    assert_eq!(rejected_settings.status(), 422);
    assert_secret_headers("settings shown again", rejected_settings.headers());
    assert_page_headers("settings shown again", rejected_settings.headers());
    let rejected_edit = app
        .post_form(&edit, &response_form("", "", "UTC", &poll.slots, &["yes"]))
        .await;
    assert_eq!(rejected_edit.status(), 422);
    assert_secret_headers("edit form shown again", rejected_edit.headers());
    assert_page_headers("edit form shown again", rejected_edit.headers());

    // The redirects whose Location holds a secret are not cached either.
    let form = response_form("Bob", "", "UTC", &poll.slots, &["no"]);
    let redirect = app
        .post_form(&format!("/p/{}/responses", poll.id), &form)
        .await;
    assert_eq!(redirect.status(), 303);
    assert_eq!(redirect.headers()[CACHE_CONTROL], "no-store");
    let location = expect_see_other(redirect).await;
    assert!(location.contains("/r/"), "{location}");
}

#[tokio::test]
async fn every_html_answer_has_the_content_security_policy() {
    let app = spawn_app(Backend::Sqlite).await;
    let poll = app
        .create_poll_ok(&poll_body("Policy", "UTC", &["2027-05-04T10:00"]))
        .await;
    let response = app
        .submit_response_ok(
            &poll.id,
            &response_body("Ann", None, "UTC", vote_map(&poll.slots, &["yes"])),
        )
        .await;
    let mut answers: Vec<(String, Response)> = Vec::new();
    answers.push((
        "personal page".into(),
        app.get(&format!("/p/{}/r/{}", poll.id, response.edit_token))
            .await,
    ));
    answers.push((
        "create form shown again".into(),
        app.post_form("/polls", &[("title".to_owned(), String::new())])
            .await,
    ));
    answers.push((
        "answer form shown again".into(),
        app.post_form(
            &format!("/p/{}/responses", poll.id),
            &response_form("", "", "UTC", &poll.slots, &["yes"]),
        )
        .await,
    ));
    answers.push((
        "404 of a form post".into(),
        app.post_form("/p/zzzzzzzzzzzz/responses", &[]).await,
    ));
    answers.push((
        "403 of a cross-site post".into(),
        app.client
            .post(app.url("/polls"))
            .header("Sec-Fetch-Site", "cross-site")
            .send()
            .await
            .expect("a request"),
    ));
    let _ = expect_json(app.close(&poll.id, &poll.admin_token).await, 200).await;
    answers.push((
        "409 of an answer to a closed poll".into(),
        app.post_form(
            &format!("/p/{}/responses", poll.id),
            &response_form("Bob", "", "UTC", &poll.slots, &["yes"]),
        )
        .await,
    ));
    for (what, answer) in answers {
        assert!(
            answer.headers()[CONTENT_TYPE]
                .to_str()
                .expect("ascii")
                .starts_with("text/html"),
            "{what} is HTML"
        );
        assert_page_headers(&what, answer.headers());
    }
}
