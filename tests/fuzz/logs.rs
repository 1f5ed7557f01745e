//! The server's log, captured while the real application answers requests to secret
//! links written every which way (letters percent-encoded, punctuation after the token,
//! another method, a path below it): the token never appears in it.

use std::io::Write;
use std::sync::{Mutex, OnceLock};

use convene::config::Config;
use convene::startup::Application;
use proptest::prelude::*;
use proptest::test_runner::{Config as RunnerConfig, TestCaseError, TestRunner};
use serde_json::{json, Value};

/// Everything logged in this test binary (only this test starts a server here).
fn captured() -> &'static Mutex<Vec<u8>> {
    static LOG: OnceLock<Mutex<Vec<u8>>> = OnceLock::new();
    LOG.get_or_init(|| Mutex::new(Vec::new()))
}

struct Capture;

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        captured().lock().expect("the log").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn log_text() -> String {
    String::from_utf8_lossy(&captured().lock().expect("the log")).into_owned()
}

/// `text` with the characters where `which` says percent-encoded.
fn encode_some(text: &str, which: &[bool]) -> String {
    text.chars()
        .zip(which.iter().cycle())
        .map(|(c, encode)| {
            if *encode && c.is_ascii_alphanumeric() {
                format!("%{:02X}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[test]
fn no_request_to_a_secret_link_puts_its_token_in_the_server_log() {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new("info"))
        .with_writer(|| Capture)
        .with_ansi(false)
        .try_init()
        .expect("the only subscriber of this test binary");
    let dir = tempfile::tempdir().expect("a folder");
    let mut config = Config::for_database(dir.path().join("convene.db").to_string_lossy());
    config.outbox_dir = dir.path().join("outbox");
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let application = runtime
        .block_on(Application::build(config))
        .expect("the application starts");
    let address = format!("http://127.0.0.1:{}", application.port());
    let handle = application.handle();
    let server = runtime.spawn(application.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("a client");

    let (id, admin_token, edit_token) = runtime.block_on(async {
        let created: Value = client
            .post(format!("{address}/api/v1/polls"))
            .json(&json!({
                "title": "Logged", "organizer_name": "Olga", "organizer_email": "olga@example.org",
                "timezone": "UTC", "slots": ["2027-05-04T10:00"],
            }))
            .send()
            .await
            .expect("create")
            .json()
            .await
            .expect("JSON");
        let id = created["id"].as_str().expect("an id").to_owned();
        let slot = created["slots"][0]["id"]
            .as_str()
            .expect("a slot")
            .to_owned();
        let answered: Value = client
            .post(format!("{address}/api/v1/polls/{id}/responses"))
            .json(&json!({"name": "Ann", "timezone": "UTC", "votes": {slot: "yes"}}))
            .send()
            .await
            .expect("answer")
            .json()
            .await
            .expect("JSON");
        (
            id,
            created["admin_token"].as_str().expect("a token").to_owned(),
            answered["edit_token"].as_str().expect("a token").to_owned(),
        )
    });

    // Plain requests first, so that the log shows what a logged secret link looks like.
    runtime.block_on(async {
        for path in [
            format!("/p/{id}/admin/{admin_token}"),
            format!("/p/{id}/r/{edit_token}"),
        ] {
            let page = client
                .get(format!("{address}{path}"))
                .send()
                .await
                .expect("a page");
            assert_eq!(page.status(), 200, "{path}");
        }
    });
    let spelling = (
        any::<bool>(),
        prop::sample::select(&["", "/", "/close", "/settings", "/delete", "/x/y", "?tz=UTC"][..]),
        prop::sample::select(&["", ".", ")", "%3E", "%20", "'", "x"][..]),
        prop::collection::vec(prop::bool::weighted(0.1), 1..60),
        prop::sample::select(&["GET", "POST", "HEAD", "PUT"][..]),
    );
    let config = RunnerConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(64),
        source_file: Some(file!()),
        ..RunnerConfig::default()
    };
    let result = TestRunner::new(config).run(&spelling, |(admin, rest, after, encode, method)| {
        let (kind, token) = if admin {
            ("admin", &admin_token)
        } else {
            ("r", &edit_token)
        };
        let path = encode_some(&format!("/p/{id}/{kind}/{token}{after}"), &encode) + rest;
        runtime.block_on(async {
            let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a method");
            let _ = client
                .request(method, format!("{address}{path}"))
                .send()
                .await
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            Ok::<_, TestCaseError>(())
        })?;
        let log = log_text();
        for secret in [&admin_token, &edit_token] {
            prop_assert!(
                !log.contains(secret.as_str()),
                "{} put the token in the log:\n{}",
                path,
                log
            );
        }
        Ok(())
    });
    runtime.block_on(handle.stop());
    let _ = runtime.block_on(server);
    // Everything logged, up to the last request; and the log did capture the requests
    // (with the poll's id, which is no secret).
    let log = log_text();
    if let Err(e) = result {
        panic!("{e}");
    }
    for secret in [&admin_token, &edit_token] {
        assert!(
            !log.contains(secret.as_str()),
            "a token is in the log:\n{log}"
        );
    }
    assert!(
        log.contains(&format!("/p/{id}/admin/[secret]")),
        "requests are logged:\n{log}"
    );
    assert!(
        log.contains(&format!("/p/{id}/r/[secret]")),
        "requests are logged:\n{log}"
    );
}
