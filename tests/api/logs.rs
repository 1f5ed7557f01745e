//! The access log of the real binary: one structured line per request with its id, status
//! and latency, and never a secret token or a full address.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::helpers::poll_body;
use crate::smtp::{TestSmtp, MAIL_TIMEOUT};

/// The `convene` binary running with JSON logs; its stdout lines are collected.
struct Binary {
    child: Child,
    lines: Arc<Mutex<Vec<String>>>,
    address: String,
    _dir: tempfile::TempDir,
}

impl Binary {
    fn start(smtp: &TestSmtp) -> Binary {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut child = Command::new(env!("CARGO_BIN_EXE_convene"))
            .env_clear()
            .env("CONVENE_BIND", "127.0.0.1:0")
            .env("DATABASE_URL", dir.path().join("convene.db"))
            .env("SMTP_URL", smtp.url())
            .env("MAIL_FROM", "Convene <convene@example.org>")
            .env("CONVENE_MAIL_POLL_MS", "100")
            .env("CONVENE_LOG_FORMAT", "json")
            .env("RUST_LOG", "info")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start the convene binary");
        let stdout = child.stdout.take().expect("stdout");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&lines);
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                sink.lock().expect("lock").push(line);
            }
        });
        let started = Instant::now();
        let address = loop {
            let found = lines.lock().expect("lock").iter().find_map(|l| {
                let v: Value = serde_json::from_str(l).ok()?;
                v["fields"]["url"]
                    .as_str()
                    .map(|u| u.trim_end_matches('/').to_owned())
            });
            if let Some(address) = found {
                break address;
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "the binary did not say where it listens: {:?}",
                lines.lock().expect("lock")
            );
            std::thread::sleep(Duration::from_millis(50));
        };
        Binary {
            child,
            lines,
            address,
            _dir: dir,
        }
    }

    fn log(&self) -> Vec<String> {
        self.lines.lock().expect("lock").clone()
    }
}

impl Drop for Binary {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn each_request_is_logged_once_with_its_id_status_and_latency_and_no_secret_or_address() {
    let smtp = TestSmtp::start();
    let app = Binary::start(&smtp);
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");

    let created: Value = client
        .post(format!("{}/api/v1/polls", app.address))
        .json(&poll_body(
            "Log check",
            "Asia/Kathmandu",
            &["2027-05-04T09:00"],
        ))
        .send()
        .await
        .expect("create")
        .json()
        .await
        .expect("created JSON");
    let poll_id = created["id"].as_str().expect("id").to_owned();
    let admin_token = created["admin_token"]
        .as_str()
        .expect("admin token")
        .to_owned();
    let slot_id = created["slots"][0]["id"].as_str().expect("slot").to_owned();

    let answered: Value = client
        .post(format!("{}/api/v1/polls/{poll_id}/responses", app.address))
        .json(&json!({
            "name": "Ana Secretaria", "email": "ana.secret@example.net",
            "timezone": "Pacific/Fiji", "votes": { slot_id: "yes" },
        }))
        .send()
        .await
        .expect("answer")
        .json()
        .await
        .expect("answer JSON");
    let edit_token = answered["edit_token"]
        .as_str()
        .expect("edit token")
        .to_owned();

    let admin_page = client
        .get(format!(
            "{}/p/{poll_id}/admin/{admin_token}?tz=Asia/Kathmandu",
            app.address
        ))
        .send()
        .await
        .expect("admin page");
    assert_eq!(admin_page.status(), 200);
    let request_id = admin_page
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .expect("an X-Request-Id header")
        .to_owned();
    let wrong = client
        .get(format!("{}/p/{poll_id}/r/{}", app.address, "x".repeat(43)))
        .send()
        .await
        .expect("wrong link");
    assert_eq!(wrong.status(), 404);
    client
        .get(format!("{}/p/{poll_id}/r/{edit_token}", app.address))
        .send()
        .await
        .expect("edit page");

    // Both messages (admin link, edit link) delivered, so the worker's lines are in too.
    smtp.wait_for_exactly(2, MAIL_TIMEOUT).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let log = app.log();
    let everything = log.join("\n");

    for secret in [&admin_token, &edit_token] {
        assert!(
            !everything.contains(secret.as_str()),
            "a token in the log:\n{everything}"
        );
    }
    for address in ["ana.secret@example.net", "olga@example.org"] {
        assert!(
            !everything.contains(address),
            "{address} in the log:\n{everything}"
        );
    }

    let requests: Vec<Value> = log
        .iter()
        .map(|l| serde_json::from_str::<Value>(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .filter(|v| v["span"]["name"] == "request" && v["fields"]["status"].is_u64())
        .collect();
    assert_eq!(requests.len(), 5, "one line per request:\n{everything}");
    let admin_line = requests
        .iter()
        .find(|v| v["span"]["request_id"] == request_id.as_str())
        .unwrap_or_else(|| panic!("no line with request id {request_id}:\n{everything}"));
    assert_eq!(admin_line["span"]["method"], "GET");
    assert_eq!(
        admin_line["span"]["path"],
        format!("/p/{poll_id}/admin/[secret]").as_str(),
        "the path is kept, the token masked, the query left out"
    );
    assert_eq!(admin_line["fields"]["status"], 200);
    assert!(
        admin_line["fields"]["latency_ms"]
            .as_f64()
            .is_some_and(|ms| ms > 0.0),
        "latency in milliseconds: {admin_line}"
    );
    assert!(
        requests.iter().any(|v| v["fields"]["status"] == 404
            && v["span"]["path"] == format!("/p/{poll_id}/r/[secret]").as_str()),
        "the refused link is logged as a 404, masked:\n{everything}"
    );
    let mut ids: Vec<&str> = requests
        .iter()
        .filter_map(|v| v["span"]["request_id"].as_str())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 5, "every request has its own id");
}
