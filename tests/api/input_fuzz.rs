//! Random bodies through the real server: JSON bodies of any shape for the API, and
//! form bodies with any fields and any text for the pages. Whatever arrives, the answer
//! is a success, a 400 for a body that is not of the right shape, or a 422 naming a
//! field (a page shown again) — never a 500, never an error text from inside — and
//! what was accepted is stored as typed.
//!
//! Each property runs `PROPTEST_CASES` cases (32 by default: every case is a few HTTP
//! requests); failures are kept in `tests/proptest-regressions/input_fuzz.txt`.

use std::cell::Cell;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use rstest_reuse::apply;
use serde_json::{json, Map, Value};

use crate::helpers::{backends, spawn_app, Backend, TestApp};
use crate::strategies::{any_text, human_text, mixed_text};

fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(32);
    Config {
        cases,
        source_file: Some(file!()),
        ..Config::default()
    }
}

/// Runs `property` over `strategy` on a fresh application, in its own runtime.
fn run<S: Strategy>(
    backend: Backend,
    strategy: S,
    property: impl AsyncFn(&TestApp, S::Value) -> Result<(), TestCaseError>,
) {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let app = runtime.block_on(spawn_app(backend));
    let mut runner = TestRunner::new(config());
    let result = runner.run(&strategy, |input| runtime.block_on(property(&app, input)));
    drop(app);
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// Any JSON value: scalars of every kind, text of every kind, nested a little.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        any_text().prop_map(Value::from),
    ];
    leaf.prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A value for a text field: mostly text (people's or hostile), sometimes anything.
fn text_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        8 => human_text(4).prop_map(Value::from),
        1 => mixed_text(4).prop_map(Value::from),
        1 => any_json(),
    ]
}

/// Slot texts, mostly good ones.
fn slot_values() -> impl Strategy<Value = Value> {
    prop_oneof![
        8 => prop::collection::vec(
            prop_oneof![
                12 => "2027-0[1-9]-[12][0-9]T(0[89]|1[0-7]):[0-5]0",
                1 => "2027-10-31T02:30",
                1 => "2027-03-28T02:30",
                1 => any_text(),
            ],
            1..4,
        )
        .prop_map(Value::from),
        1 => any_json(),
    ]
}

/// A create body: each field missing, good, or anything; sometimes an extra field.
fn create_body() -> impl Strategy<Value = Value> {
    (
        prop::option::weighted(0.95, text_value()),
        prop::option::of(text_value()),
        prop::option::of(text_value()),
        prop::option::weighted(0.95, text_value()),
        prop::option::weighted(
            0.95,
            prop_oneof![
                8 => Just(json!("olga@example.org")),
                1 => text_value(),
            ],
        ),
        prop::option::weighted(
            0.95,
            prop_oneof![
                8 => prop::sample::select(&["UTC", "Europe/Zurich", "kathmandu", "Asia/Calcutta"][..]).prop_map(Value::from),
                1 => text_value(),
            ],
        ),
        prop::option::of(prop_oneof![8 => (1i64..2000).prop_map(Value::from), 1 => any_json()]),
        prop::option::weighted(0.95, slot_values()),
        prop::option::of(prop_oneof![
            4 => Just(json!("fr")),
            1 => Just(json!("xx")),
            1 => any_json(),
        ]),
        prop::option::weighted(0.1, ("[a-z_]{1,10}", any_json())),
    )
        .prop_map(
            |(title, description, location, name, email, zone, duration, slots, language, extra)| {
                let mut body = Map::new();
                let mut put = |key: &str, value: Option<Value>| {
                    if let Some(v) = value {
                        body.insert(key.to_owned(), v);
                    }
                };
                put("title", title);
                put("description", description);
                put("location", location);
                put("organizer_name", name);
                put("organizer_email", email);
                put("timezone", zone);
                put("duration_minutes", duration);
                put("slots", slots);
                put("language", language);
                if let Some((k, v)) = extra {
                    body.insert(k, v);
                }
                Value::Object(body)
            },
        )
}

const CREATE_FIELDS: &[&str] = &[
    "title",
    "description",
    "location",
    "organizer_name",
    "organizer_email",
    "timezone",
    "duration_minutes",
    "deadline",
    "slots",
    "language",
];

/// What internal error text looks like (the words are long enough that random input,
/// which answers may quote back, does not hold them by chance).
const INSIDE: &[&str] = &[
    "panicked at",
    "stack backtrace",
    "diesel::",
    "DatabaseError",
    "SQLITE_",
    "syntax error at",
    "thread '",
];

/// Checks an API error answer: 400 or 422 with the error shape, a 422 naming a field.
async fn check_api_error(
    response: reqwest::Response,
    fields: &[&str],
) -> Result<u16, TestCaseError> {
    let status = response.status().as_u16();
    let body = response.text().await.unwrap_or_default();
    prop_assert!(matches!(status, 400 | 422), "answered {}: {}", status, body);
    let json: Value = serde_json::from_str(&body)
        .map_err(|e| TestCaseError::fail(format!("not JSON ({e}): {body}")))?;
    let message = json["message"].as_str().unwrap_or_default();
    prop_assert!(!message.is_empty(), "{}", body);
    for inside in INSIDE {
        prop_assert!(!message.contains(inside), "{}", body);
    }
    if status == 422 {
        let field = json["field"].as_str().unwrap_or_default();
        prop_assert!(fields.contains(&field), "422 names {:?}: {}", field, body);
    }
    Ok(status)
}

#[apply(backends)]
#[test]
fn any_json_create_body_is_created_as_typed_or_refused_naming_the_field(#[case] backend: Backend) {
    let (created, refused) = (Cell::new(0), Cell::new(0));
    run(backend, create_body(), async |app, body| {
        let response = app.create_poll(&body).await;
        if response.status().as_u16() != 201 {
            check_api_error(response, CREATE_FIELDS).await?;
            refused.set(refused.get() + 1);
            return Ok(());
        }
        created.set(created.get() + 1);
        let created: Value = response
            .json()
            .await
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let id = created["id"].as_str().unwrap_or_default();
        let read = app.poll(id, None).await;
        prop_assert_eq!(
            read["title"].as_str(),
            body["title"].as_str().map(str::trim),
            "the title is stored as typed"
        );
        prop_assert_eq!(
            read["organizer_name"].as_str(),
            body["organizer_name"].as_str().map(str::trim)
        );
        Ok(())
    });
    assert!(
        created.get() > 0 && refused.get() > 0,
        "both ways taken: {} created, {} refused",
        created.get(),
        refused.get()
    );
}

#[apply(backends)]
#[test]
fn any_json_answer_body_is_saved_as_typed_or_refused_naming_the_field(#[case] backend: Backend) {
    let strategy = (
        prop::option::weighted(0.95, text_value()),
        prop::option::of(prop_oneof![Just(json!("ann@example.org")), text_value()]),
        prop::option::of(text_value()),
        prop::option::of(prop_oneof![Just(json!("Asia/Kathmandu")), text_value()]),
        prop::option::weighted(
            0.95,
            prop_oneof![
                3 => prop::sample::select(&["yes", "no", "if_need_be", "maybe"][..]).prop_map(|v| (true, json!(v))),
                1 => any_json().prop_map(|v| (false, v)),
            ],
        ),
    );
    let (saved, refused) = (Cell::new(0), Cell::new(0));
    run(
        backend,
        strategy,
        async |app, (name, email, affiliation, zone, vote)| {
            let poll = app
                .create_poll_ok(&crate::helpers::poll_body(
                    "Fuzz",
                    "UTC",
                    &["2027-05-04T10:00"],
                ))
                .await;
            let mut body = Map::new();
            let mut put = |key: &str, value: Option<Value>| {
                if let Some(v) = value {
                    body.insert(key.to_owned(), v);
                }
            };
            put("name", name);
            put("email", email);
            put("affiliation", affiliation);
            put("timezone", zone);
            put(
                "votes",
                vote.map(|(by_slot, v)| {
                    if by_slot {
                        json!({ poll.slots[0].id.clone(): v })
                    } else {
                        v
                    }
                }),
            );
            let body = Value::Object(body);
            let response = app.submit_response(&poll.id, &body).await;
            if response.status().as_u16() != 201 {
                check_api_error(
                    response,
                    &[
                        "name",
                        "email",
                        "affiliation",
                        "timezone",
                        "votes",
                        "language",
                    ],
                )
                .await?;
                refused.set(refused.get() + 1);
                return Ok(());
            }
            saved.set(saved.get() + 1);
            let read = app.poll(&poll.id, None).await;
            prop_assert_eq!(
                read["responses"][0]["name"].as_str(),
                body["name"].as_str().map(str::trim)
            );
            Ok(())
        },
    );
    assert!(
        saved.get() > 0 && refused.get() > 0,
        "both ways taken: {} saved, {} refused",
        saved.get(),
        refused.get()
    );
}

#[apply(backends)]
#[test]
fn bodies_that_are_not_json_are_refused_with_400(#[case] backend: Backend) {
    let bytes = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..64),
        any_text().prop_map(String::into_bytes),
        "\\{\"title\": \"[a-z]{0,5}".prop_map(String::into_bytes),
    ];
    run(backend, bytes, async |app, bytes| {
        if serde_json::from_slice::<Value>(&bytes).is_ok_and(|v| v.is_object()) {
            return Ok(());
        }
        let response = app
            .client
            .post(app.url("/api/v1/polls"))
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(bytes)
            .send()
            .await
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let status = check_api_error(response, &[]).await?;
        prop_assert!(status == 400 || status == 422, "{}", status);
        Ok(())
    });
}

/// Form fields: the page's own names and others, repeated or not, with any text.
fn form_fields(names: &'static [&'static str]) -> impl Strategy<Value = Vec<(String, String)>> {
    prop::collection::vec(
        (
            prop_oneof![
                6 => prop::sample::select(names).prop_map(str::to_owned),
                1 => any_text(),
            ],
            prop_oneof![
                3 => human_text(3),
                2 => mixed_text(3),
                1 => "2027-05-0[1-9]",
                1 => "1[0-7]:[0-5]0",
            ],
        ),
        0..14,
    )
}

/// Checks a page's answer to a form: a redirect, or the page again naming a problem.
async fn check_page_answer(response: reqwest::Response) -> Result<u16, TestCaseError> {
    let status = response.status().as_u16();
    let body = response.text().await.unwrap_or_default();
    prop_assert!(
        matches!(status, 303 | 422),
        "answered {}:\n{}",
        status,
        body
    );
    if status == 422 {
        prop_assert!(
            body.contains("class=\"field-error\""),
            "no field named:\n{}",
            body
        );
    }
    for inside in INSIDE {
        prop_assert!(!body.contains(inside), "{}", body);
    }
    Ok(status)
}

#[apply(backends)]
#[test]
fn any_create_form_redirects_to_the_new_poll_or_is_shown_again_naming_a_field(
    #[case] backend: Backend,
) {
    const NAMES: &[&str] = &[
        "title",
        "description",
        "location",
        "organizer_name",
        "organizer_email",
        "timezone",
        "duration_minutes",
        "deadline",
        "if_need_be",
        "hide_results",
        "slot_date",
        "slot_time",
        "slot_offset",
    ];
    run(backend, form_fields(NAMES), async |app, fields| {
        check_page_answer(app.post_form("/polls", &fields).await).await?;
        Ok(())
    });
}

#[apply(backends)]
#[test]
fn any_answer_form_redirects_to_the_personal_page_or_is_shown_again_naming_a_field(
    #[case] backend: Backend,
) {
    const NAMES: &[&str] = &["name", "email", "affiliation", "timezone", "vote_x"];
    run(backend, form_fields(NAMES), async |app, mut fields| {
        let poll = app
            .create_poll_ok(&crate::helpers::poll_body(
                "Fuzz",
                "UTC",
                &["2027-05-04T10:00"],
            ))
            .await;
        for (name, value) in &mut fields {
            if name == "vote_x" {
                *name = format!("vote_{}", poll.slots[0].id);
                if value.len() % 2 == 0 {
                    *value = "yes".to_owned();
                }
            }
        }
        check_page_answer(
            app.post_form(&format!("/p/{}/responses", poll.id), &fields)
                .await,
        )
        .await?;
        Ok(())
    });
}
