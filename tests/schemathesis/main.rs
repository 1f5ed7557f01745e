//! Schemathesis against the real application: property-based tests generated from the
//! served OpenAPI description (`/api/openapi.json`).
//!
//! Each test starts Convene on a fresh database (SQLite, then PostgreSQL) with the real
//! SMTP server of the API tests (`../api/helpers.rs`), creates two polls and answers
//! through the API, and runs the Schemathesis CLI twice:
//!
//! 1. examples, coverage and fuzzing phases, every check that fits (see [`CHECKS`]),
//!    with the polls' ids and tokens given to Schemathesis (a `schemathesis.toml`
//!    written for the run) so that generated requests reach the organizer and
//!    participant operations instead of stopping at 404;
//! 2. the stateful phase, following the document's links from each created poll and
//!    answer (ids and tokens taken from the answers, not given).
//!
//! Both use a fixed number of examples per operation, no seed (each run explores other
//! cases) and a time limit. A run fails the test when Schemathesis reports anything;
//! its report is printed.
//!
//! Schemathesis comes from PyPI at the exact versions of `requirements.txt`, installed
//! by this test into `target/schemathesis-venv` (`python3 -m venv` + pip) when missing;
//! `CONVENE_SCHEMATHESIS` may name an existing `st` executable instead. Needs `python3`
//! with the `venv` module (Debian: `python3-venv`); `.ci/run` installs it.

// Tests may panic on purpose: a failed `expect` is a failed test with a message.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

#[allow(dead_code, unused_imports, unused_macros)]
#[path = "../api/helpers.rs"]
mod helpers;
#[allow(dead_code)]
#[path = "../api/smtp.rs"]
mod smtp;
#[path = "../support/venv.rs"]
mod venv;

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use chrono::{Duration as Days, Utc};
use serde_json::{json, Value};
use tokio::process::Command;
use tokio::sync::{Mutex, OnceCell};

use helpers::{poll_body, spawn_app, vote_map, Backend, TestApp};

/// The pinned packages; the installed venv is rebuilt when this text changes.
const REQUIREMENTS: &str = include_str!("requirements.txt");

/// Test cases Schemathesis generates per operation in the examples, coverage and
/// fuzzing phases.
const MAX_EXAMPLES: &str = "50";

/// Scenarios (chains of calls) of the stateful phase: each is cheap.
const MAX_SCENARIOS: &str = "200";

/// Longest one Schemathesis run may take before the test fails.
const RUN_TIMEOUT: Duration = Duration::from_secs(120);

/// The checks: all of Schemathesis's but these two, each excluded for a reason that
/// holds for this API, not to get a pass.
///
/// - `ignored_auth` expects 401/403 without a token. Convene answers 404 to a missing,
///   malformed or wrong token, exactly as to an unknown poll, so that a token never
///   tells whether a poll exists (see `tests/api/security.rs`, which checks every
///   organizer operation without a token and with a wrong one). With the tokens given
///   to Schemathesis, the check would fail on that 404 by design.
/// - `positive_data_acceptance` expects every schema-valid body to succeed. Validity
///   here depends on what JSON Schema cannot say: a slot must lie in the future and not
///   in a clock change's gap, a vote must name a slot of this poll, a zone must exist.
///   Such bodies are refused with 422 naming the field, which is right.
const EXCLUDED_CHECKS: &str = "ignored_auth,positive_data_acceptance";
const CHECKS: &str = "all";

/// One run at a time: two at once on two cores would only race for the processor.
static ONE_AT_A_TIME: Mutex<()> = Mutex::const_new(());

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schemathesis_finds_nothing_wrong_with_the_api_on_sqlite() {
    check_api(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schemathesis_finds_nothing_wrong_with_the_api_on_postgresql() {
    check_api(Backend::Postgres).await;
}

async fn check_api(backend: Backend) {
    let st = schemathesis().await;
    let _turn = ONE_AT_A_TIME.lock().await;
    let app = spawn_app(backend).await;
    let fixtures = Fixtures::create(&app).await;
    let dir = tempfile::tempdir().expect("a temporary folder");

    let pinned = dir.path().join("pinned.toml");
    std::fs::write(&pinned, fixtures.pinned_config()).expect("write pinned.toml");
    let stateful = dir.path().join("stateful.toml");
    std::fs::write(&stateful, fixtures.stateful_config()).expect("write stateful.toml");

    let mut failures = Vec::new();
    for (name, config, phase_args) in [
        (
            "examples, coverage and fuzzing",
            &pinned,
            vec![
                "--phases",
                "examples,coverage,fuzzing",
                "--max-examples",
                MAX_EXAMPLES,
            ],
        ),
        // Positive data only: a chain of calls goes on from a created poll only when
        // its steps succeed; the other phases cover invalid data.
        (
            "stateful",
            &stateful,
            vec![
                "--phases",
                "stateful",
                "--mode",
                "positive",
                "--max-examples",
                MAX_SCENARIOS,
            ],
        ),
    ] {
        let (passed, report) = run(&st, &app, dir.path(), config, &phase_args).await;
        println!("==== Schemathesis, {name}, {backend:?} ====\n{report}");
        if !passed {
            failures.push(format!("==== {name} ====\n{report}"));
        }
    }
    assert!(
        failures.is_empty(),
        "Schemathesis found problems in the API on {backend:?} (reproduce with the curl \
         commands in the report; its `st replay` ids do not survive the run):\n{}",
        failures.join("\n")
    );
}

/// Runs `st` against `app` with `config`; whether it passed and what it printed.
async fn run(
    st: &Path,
    app: &TestApp,
    workdir: &Path,
    config: &Path,
    phase_args: &[&str],
) -> (bool, String) {
    let mut command = Command::new(st);
    command
        .arg("--config-file")
        .arg(config)
        .arg("run")
        .arg(app.url("/api/openapi.json"))
        .args(["--url", &app.url("/api/v1")])
        .args(["--checks", CHECKS, "--exclude-checks", EXCLUDED_CHECKS])
        .args(phase_args)
        // One worker: with several, Hypothesis parses lambdas' source from threads at
        // once, which CPython 3.11 can fail at ("AST constructor recursion depth
        // mismatch"), and two cores gain nothing from it anyway.
        .args(["--workers", "1"])
        .args(["--request-timeout", "20", "--no-color"])
        .current_dir(workdir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "120")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    let started = Instant::now();
    let child = command
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", st.display()));
    let output = tokio::time::timeout(RUN_TIMEOUT, child.wait_with_output())
        .await
        .unwrap_or_else(|_| panic!("Schemathesis took more than {RUN_TIMEOUT:?}"))
        .expect("wait for Schemathesis");
    let report = format!(
        "{}{}\n(exit {}, {:.1} s)",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
        output.status,
        started.elapsed().as_secs_f64()
    );
    (output.status.success(), report)
}

/// What the runs are given: three polls (one to keep, one for `DELETE` to remove, one
/// whose admin token gets replaced), two answers (one to keep, one to withdraw), and
/// values that make generated bodies valid more often.
struct Fixtures {
    poll_id: String,
    admin_token: String,
    slot_ids: Vec<String>,
    response_id: String,
    edit_token: String,
    doomed_poll_id: String,
    doomed_admin_token: String,
    doomed_response_id: String,
    doomed_edit_token: String,
    rotated_poll_id: String,
    rotated_admin_token: String,
    /// Slot and deadline texts that are valid when the run starts: local times in the
    /// poll's zone and instants with an offset, 30 to 60 days ahead.
    times: Vec<String>,
}

impl Fixtures {
    async fn create(app: &TestApp) -> Self {
        let day = |n: i64| (Utc::now() + Days::days(n)).format("%Y-%m-%d").to_string();
        let slots: Vec<String> = (20..24).map(|n| format!("{}T10:00", day(n))).collect();
        let slot_refs: Vec<&str> = slots.iter().map(String::as_str).collect();
        let poll = app
            .create_poll_ok(&poll_body("Schemathesis", "Europe/Zurich", &slot_refs))
            .await;
        let doomed = app
            .create_poll_ok(&poll_body("To be deleted", "Europe/Zurich", &slot_refs))
            .await;
        let rotated = app
            .create_poll_ok(&poll_body("Leaked link", "Europe/Zurich", &slot_refs))
            .await;
        let votes = vote_map(&poll.slots, &["yes", "if_need_be", "no", "yes"]);
        let answer = |name: &str| {
            json!({"name": name, "email": "ann@example.org", "timezone": "Asia/Kathmandu",
                   "votes": votes.clone()})
        };
        let kept = app.submit_response_ok(&poll.id, &answer("Ann")).await;
        let withdrawn = app.submit_response_ok(&poll.id, &answer("Ben")).await;
        let times = vec![
            format!("{}T09:00", day(30)),
            format!("{}T13:30", day(31)),
            format!("{}T00:00", day(32)),
            format!("{}T23:45", day(33)),
            format!("{}T16:45+05:45", day(40)),
            format!("{}T07:00Z", day(41)),
            format!("{}T12:00:00-03:30", day(60)),
        ];
        Fixtures {
            poll_id: poll.id,
            admin_token: poll.admin_token,
            slot_ids: poll.slots.iter().map(|s| s.id.clone()).collect(),
            response_id: kept.id,
            edit_token: kept.edit_token,
            doomed_poll_id: doomed.id,
            doomed_admin_token: doomed.admin_token,
            doomed_response_id: withdrawn.id,
            doomed_edit_token: withdrawn.edit_token,
            rotated_poll_id: rotated.id,
            rotated_admin_token: rotated.admin_token,
            times,
        }
    }

    /// Values for body fields and the zone query, for both runs: Schemathesis uses them
    /// for a share of the generated values (the rest stays random), so that valid polls
    /// and answers get created and the operations behind them get reached.
    fn shared(&self) -> Config {
        let mut config = Config::default();
        config.dictionary("times", &self.times);
        config.dictionary(
            "zones",
            &[
                "Europe/Zurich",
                "Asia/Kathmandu",
                "America/St_Johns",
                "Pacific/Chatham",
                "Australia/Lord_Howe",
                "UTC",
            ],
        );
        config.dictionary(
            "names",
            &["Olga Organizer", "Zoë Ündset", "أحمد", "李雷", "Анна"],
        );
        config.dictionary(
            "addresses",
            &["olga@example.org", "anil.shrestha@example.org"],
        );
        config.dictionary("languages", &["en", "fr", "ar", "zh"]);
        for (key, dictionary, probability) in [
            ("body.slots[*]", "times", 0.8),
            ("body.deadline", "times", 0.5),
            ("body.timezone", "zones", 0.8),
            ("query.tz", "zones", 0.5),
            ("body.title", "names", 0.7),
            ("body.organizer_name", "names", 0.7),
            ("body.name", "names", 0.7),
            ("body.organizer_email", "addresses", 0.7),
            ("body.email", "addresses", 0.5),
            ("body.language", "languages", 0.5),
        ] {
            config.parameter(key, dictionary, probability);
        }
        config
    }

    /// The first run's configuration: the shared values, plus the kept poll's and
    /// answer's ids and tokens for most requests; `DELETE` of a poll or an answer gets
    /// the doomed ones, and replacing the admin token the third poll, so that the other
    /// operations keep something to work on.
    fn pinned_config(&self) -> String {
        let mut config = self.shared();
        config.dictionary("poll_ids", &[&self.poll_id]);
        config.dictionary("slot_ids", &self.slot_ids);
        config.dictionary("response_ids", &[&self.response_id]);
        config.dictionary("doomed_poll_ids", &[&self.doomed_poll_id]);
        config.dictionary("doomed_response_ids", &[&self.doomed_response_id]);
        config.dictionary("rotated_poll_ids", &[&self.rotated_poll_id]);
        config.parameter("path.id", "poll_ids", 0.7);
        config.parameter("path.slot_id", "slot_ids", 0.7);
        config.parameter("path.response_id", "response_ids", 0.7);
        config.parameter("body.slot_id", "slot_ids", 0.7);
        let text = |s: &str| Value::from(s).to_string();
        format!(
            r#"{shared}
[auth.openapi.admin_token]
bearer = {admin_token}
[auth.openapi.edit_token]
bearer = {edit_token}

[[operations]]
include-operation-id = "delete_poll"
[operations.parameters]
"path.id" = {{ dictionary = "doomed_poll_ids", probability = 0.7 }}
[operations.headers]
Authorization = {doomed_admin}

[[operations]]
include-operation-id = "delete_response"
[operations.parameters]
"path.response_id" = {{ dictionary = "doomed_response_ids", probability = 0.7 }}
[operations.headers]
Authorization = {doomed_edit}

[[operations]]
include-operation-id = "replace_admin_token"
[operations.parameters]
"path.id" = {{ dictionary = "rotated_poll_ids", probability = 0.7 }}
[operations.headers]
Authorization = {rotated_admin}
"#,
            shared = config.render(),
            admin_token = text(&self.admin_token),
            edit_token = text(&self.edit_token),
            doomed_admin = text(&format!("Bearer {}", self.doomed_admin_token)),
            doomed_edit = text(&format!("Bearer {}", self.doomed_edit_token)),
            rotated_admin = text(&format!("Bearer {}", self.rotated_admin_token)),
        )
    }

    /// The stateful run's configuration: the shared values only. Ids and tokens come
    /// from the answers through the document's links; given ones would override them.
    fn stateful_config(&self) -> String {
        self.shared().render()
    }
}

/// A `schemathesis.toml` in the making: named dictionaries of values and the request
/// parameters that draw from them.
#[derive(Default)]
struct Config {
    dictionaries: Vec<(String, Vec<String>)>,
    parameters: Vec<(String, String, f64)>,
}

impl Config {
    fn dictionary(&mut self, name: &str, values: &[impl AsRef<str>]) {
        let values = values.iter().map(|v| v.as_ref().to_owned()).collect();
        self.dictionaries.push((name.to_owned(), values));
    }

    fn parameter(&mut self, key: &str, dictionary: &str, probability: f64) {
        self.parameters
            .push((key.to_owned(), dictionary.to_owned(), probability));
    }

    /// TOML (its basic strings and arrays are written as JSON strings and arrays).
    fn render(&self) -> String {
        let mut toml = String::from(
            "[generation]\n# Nothing of Hypothesis's example database in the work folder.\n\
             database = \"none\"\n\n\
             # Schemathesis's own list of refusals, plus 413: a body over the size limit is\n\
             # refused too (documented on every operation that takes a body).\n\
             [checks.negative_data_rejection]\n\
             expected-statuses = [\"400\", \"401\", \"403\", \"404\", \"405\", \"406\", \"409\", \
             \"413\", \"415\", \"422\", \"428\", \"429\", \"5xx\"]\n",
        );
        for (name, values) in &self.dictionaries {
            toml += &format!("\n[dictionaries.{name}]\nvalues = {}\n", json!(values));
        }
        toml += "\n[parameters]\n";
        for (key, dictionary, probability) in &self.parameters {
            toml += &format!(
                "{} = {{ dictionary = {}, probability = {probability} }}\n",
                json!(key),
                json!(dictionary)
            );
        }
        toml
    }
}

/// The `st` executable: `CONVENE_SCHEMATHESIS`, or the test's own venv, installed once
/// per test binary.
async fn schemathesis() -> PathBuf {
    static ST: OnceCell<PathBuf> = OnceCell::const_new();
    ST.get_or_init(|| async {
        if let Some(given) = std::env::var_os("CONVENE_SCHEMATHESIS") {
            return PathBuf::from(given);
        }
        let venv = venv::venv_dir("schemathesis-venv");
        venv::ensure_venv(
            &venv,
            REQUIREMENTS,
            "st",
            "Schemathesis (tests/schemathesis/requirements.txt)",
        )
        .await;
        venv.join("bin").join("st")
    })
    .await
    .clone()
}
