//! Convene in a real browser: the end-to-end tests of issue 4.
//!
//! This binary starts the real application on a fresh SQLite file with the real SMTP
//! server of the API tests (`../api/helpers.rs`, `../api/smtp.rs`), then runs the
//! JavaScript suite in this folder (`*.test.mjs`, node's built-in test runner driving
//! Debian's headless Chromium through `playwright-core`, with `axe-core`) against it as a
//! child process while the server keeps serving. The suite gets:
//!
//! - `CONVENE_URL`: the server's address;
//! - `CONVENE_ARTIFACTS`: `target/browser-artifacts/`, where it saves a full-page
//!   screenshot of every page at 390 and 1280 px (`create-390.png`, …) and
//!   `a11y-report.txt`, every accessibility problem found with its selectors and HTML;
//! - `CONVENE_RESULT`: a JSON file where it writes what the mail must show (poll, who
//!   answered with which address and zone, the finalized slot's UTC instant).
//!
//! After the suite, this test checks the mailbox: the organizer and every participant
//! with an address got the final time in their own zone with a valid `invitation.ics`.
//!
//! Needs `node` (18.19 or later), `npm` and Chromium (`/usr/bin/chromium`, Debian's
//! `chromium` package, or the path in `CONVENE_CHROMIUM`); `.ci/run` installs them.
//! Without them the test fails and says so: it never skips silently. The node packages
//! are installed with `npm ci` from the committed lock file when `node_modules` is missing.

// Tests may panic on purpose: a failed `expect` is a failed test with a message.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

#[allow(dead_code, unused_imports, unused_macros)]
#[path = "../api/helpers.rs"]
mod helpers;
#[allow(dead_code)]
#[path = "../api/smtp.rs"]
mod smtp;

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, Utc};
use serde::Deserialize;
use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};
use tokio::process::Command;

use helpers::{check_ics, contains_offset, mails_to, spawn_app, unescape_html, Backend};
use smtp::{describe, ParsedMail, ReceivedMail};

/// Longest the whole JavaScript suite may take.
const SUITE_TIMEOUT: Duration = Duration::from_secs(600);

/// What the JavaScript suite reports (`CONVENE_RESULT`).
#[derive(Debug, Deserialize)]
struct SuiteResult {
    poll_id: String,
    title: String,
    organizer: Person,
    #[serde(default)]
    participants: Vec<Person>,
    /// RFC 3339 (`2027-03-31T19:00:00Z`); absent when the flow did not get to finalize.
    final_slot_utc: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Person {
    name: String,
    email: Option<String>,
    timezone: String,
}

/// The UTC offset of each zone the suite uses, on the finalized slot's day: 31 March,
/// after both the US (second Sunday of March) and the EU (last Sunday of March, at
/// 01:00 UTC, so before 21:00 Zurich time even on the 31st) switched to summer time.
/// Written out by hand rather than computed with a time-zone library, so a wrong zone
/// rule in the application cannot hide behind the same rule in the test.
const OFFSETS_ON_31_MARCH: &[(&str, &str, i32)] = &[
    // CEST.
    ("Europe/Zurich", "+02:00", 2 * 3600),
    // Fiji has kept no summer time since 2022.
    ("Pacific/Fiji", "+12:00", 12 * 3600),
    // Nepal has no summer time.
    ("Asia/Kathmandu", "+05:45", 5 * 3600 + 45 * 60),
    // PDT.
    ("America/Los_Angeles", "-07:00", -7 * 3600),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_works_and_passes_axe_in_a_real_browser_and_the_final_mail_is_right() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let suite = root.join("tests").join("browser");
    let chromium = chromium_path();
    let node = node_version();
    ensure_node_modules(&suite).await;
    let artifacts = fresh_artifacts(root);
    let result_path = artifacts.join("result.json");

    let app = spawn_app(Backend::Sqlite).await;

    let mut files: Vec<PathBuf> = std::fs::read_dir(&suite)
        .expect("read tests/browser")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.ends_with(".test.mjs"))
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no *.test.mjs in {}", suite.display());

    let mut command = Command::new("node");
    command.arg("--test").arg("--test-reporter=spec");
    // One file at a time (node ≥ 20.10 knows the flag; older versions run the files
    // in order anyway when there is one).
    if node >= (20, 10) {
        command.arg("--test-concurrency=1");
    }
    command
        .args(&files)
        .current_dir(&suite)
        .env("CONVENE_URL", &app.address)
        .env("CONVENE_ARTIFACTS", &artifacts)
        .env("CONVENE_RESULT", &result_path)
        .env("CONVENE_CHROMIUM", &chromium)
        .env("FORCE_COLOR", "0")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    let started = std::time::Instant::now();
    let mut child = command
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start node: {e}"));
    let stdout = child.stdout.take().expect("piped stdout");
    let stderr = child.stderr.take().expect("piped stderr");
    // Read both streams and wait for the exit in this task (the test's thread), so the
    // output is the test's output: shown live with --nocapture, else on failure.
    let run = async {
        let (_, _, status) = tokio::join!(stream(stdout), stream(stderr), child.wait());
        status
    };
    let status = tokio::time::timeout(SUITE_TIMEOUT, run)
        .await
        .unwrap_or_else(|_| panic!("the browser suite took more than {SUITE_TIMEOUT:?}"))
        .expect("wait for node");
    println!(
        "browser suite finished in {:.1} s ({status}); screenshots and a11y-report.txt in {}",
        started.elapsed().as_secs_f64(),
        artifacts.display()
    );

    // The mail is checked whenever the flow got as far as finalizing, even when other
    // browser checks failed, so that one report shows every problem.
    let result = std::fs::read_to_string(&result_path).ok().map(|text| {
        serde_json::from_str::<SuiteResult>(&text).unwrap_or_else(|e| {
            panic!(
                "{} is not the expected JSON ({e}):\n{text}",
                result_path.display()
            )
        })
    });
    match &result {
        Some(r) if r.final_slot_utc.is_some() => check_final_mail(&app, r).await,
        _ => assert!(
            !status.success(),
            "the browser suite passed but did not report a finalized poll in {}",
            result_path.display()
        ),
    }
    assert!(
        status.success(),
        "the browser suite failed ({status}): see its output above (the failing checks are listed \
         at its end) and {}",
        artifacts.join("a11y-report.txt").display()
    );
}

/// The final mail of the fixture poll: one per address (the organizer's and each
/// participant's), with the meeting time in that person's zone and a calendar file.
async fn check_final_mail(app: &helpers::TestApp, result: &SuiteResult) {
    let instant: DateTime<Utc> = result
        .final_slot_utc
        .as_deref()
        .expect("a finalized slot")
        .parse()
        .expect("final_slot_utc is RFC 3339");
    let mut people: Vec<&Person> = vec![&result.organizer];
    people.extend(result.participants.iter().filter(|p| p.email.is_some()));
    assert!(
        people.len() >= 4,
        "the suite reports the organizer and three participants with addresses: {result:?}"
    );
    let poll_path = format!("/p/{}", result.poll_id);
    let is_final = |m: &ParsedMail| {
        m.calendar.is_some() && m.text.as_deref().is_some_and(|t| t.contains(&poll_path))
    };
    app.smtp
        .wait_until(
            "the final mail of the fixture poll",
            Duration::from_secs(15),
            |s| {
                s.delivered()
                    .iter()
                    .filter(|m| is_final(&m.parse()))
                    .count()
                    >= people.len()
            },
        )
        .await;
    let mails: Vec<ReceivedMail> = app.smtp.delivered();

    let mut uids = Vec::new();
    for person in people {
        let address = person.email.as_deref().expect("an address");
        let finals: Vec<ParsedMail> = mails_to(&mails, address)
            .into_iter()
            .filter(|m| is_final(m))
            .collect();
        assert_eq!(
            finals.len(),
            1,
            "one final mail to {address}, got {}: {}",
            finals.len(),
            describe(&mails)
        );
        let mail = &finals[0];
        let zone = person.timezone.as_str();
        let &(_, offset_text, offset_secs) = OFFSETS_ON_31_MARCH
            .iter()
            .find(|(z, _, _)| *z == zone)
            .unwrap_or_else(|| {
                panic!("no hand-written offset for {zone}: add it to OFFSETS_ON_31_MARCH")
            });
        let local = instant.with_timezone(&FixedOffset::east_opt(offset_secs).expect("an offset"));
        let date = local.format("%-d %B %Y").to_string();
        let hh_mm = local.format("%H:%M").to_string();
        assert!(
            mail.subject.contains(&result.title),
            "{address}: the subject {:?} names the poll",
            mail.subject
        );
        for (kind, body) in [
            ("text", mail.text().to_owned()),
            ("HTML", unescape_html(mail.html())),
        ] {
            let context = format!("{} <{address}> ({zone}), {kind} body:\n{body}", person.name);
            assert!(body.contains(&date), "the local date {date} in {context}");
            assert!(body.contains(&hh_mm), "the local time {hh_mm} in {context}");
            assert!(
                contains_offset(&body, offset_text),
                "the offset {offset_text} in {context}"
            );
            assert!(body.contains(zone), "the zone's name in {context}");
        }
        let ics = check_ics(&mail.calendar_text());
        assert_eq!(
            ics.dtstart,
            instant.format("%Y%m%dT%H%M%SZ").to_string(),
            "{address}: DTSTART of\n{}",
            ics.raw
        );
        assert_eq!(
            ics.dtend,
            (instant + chrono::Duration::minutes(60))
                .format("%Y%m%dT%H%M%SZ")
                .to_string(),
            "{address}: DTEND (60 minutes) of\n{}",
            ics.raw
        );
        assert!(
            mail.calendar_filename
                .as_deref()
                .is_some_and(|f| f.ends_with(".ics")),
            "{address}: the calendar part is an .ics attachment: {:?}",
            mail.calendar_filename
        );
        uids.push(ics.uid);
    }
    uids.dedup();
    assert_eq!(
        uids.len(),
        1,
        "every copy of the invitation has the same UID: {uids:?}"
    );
}

/// Prints each line of a child's stream as it comes.
async fn stream(reader: impl AsyncRead + Unpin) {
    let mut lines = BufReader::new(reader).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        println!("{line}");
    }
}

/// The browser, or a failure that says how to get it.
fn chromium_path() -> PathBuf {
    let path = std::env::var_os("CONVENE_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    assert!(
        path.is_file(),
        "the browser tests need Chromium at {} (set CONVENE_CHROMIUM to use another path): install \
         Debian's `chromium` package (apt-get install chromium) or run .ci/run, which installs \
         everything the tests need",
        path.display()
    );
    path
}

/// `node --version` as (major, minor), or a failure that says how to get node.
fn node_version() -> (u32, u32) {
    let output = std::process::Command::new("node")
        .arg("--version")
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "the browser tests need node (18.19 or later) and npm, and `node` cannot be run \
                 ({e}): install Debian's `nodejs` and `npm` packages or run .ci/run"
            )
        });
    let text = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    let mut parts = text.trim_start_matches('v').split('.');
    let mut next = || parts.next().and_then(|p| p.parse::<u32>().ok());
    let version = (next(), next());
    let (Some(major), Some(minor)) = version else {
        panic!("cannot read node's version from {text:?}");
    };
    assert!(
        (major, minor) >= (18, 19),
        "the browser tests need node 18.19 or later, found {text}"
    );
    (major, minor)
}

/// Installs the suite's node packages from the lock file when they are missing.
async fn ensure_node_modules(suite: &Path) {
    let modules = suite.join("node_modules");
    if modules.join("playwright-core").is_dir() && modules.join("axe-core").is_dir() {
        return;
    }
    println!(
        "installing the browser suite's node packages: npm ci in {}",
        suite.display()
    );
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(suite)
        // playwright-core downloads nothing, but say so in case a later version would.
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
        .status()
        .await
        .unwrap_or_else(|e| {
            panic!("cannot run npm ({e}): install Debian's `npm` package or run .ci/run")
        });
    assert!(
        status.success(),
        "npm ci in {} failed ({status})",
        suite.display()
    );
}

/// `target/browser-artifacts/`, created, without the screenshots and reports of an
/// earlier run.
fn fresh_artifacts(root: &Path) -> PathBuf {
    let dir = root.join("target").join("browser-artifacts");
    std::fs::create_dir_all(&dir).expect("create target/browser-artifacts");
    for entry in std::fs::read_dir(&dir).expect("read target/browser-artifacts") {
        let path = entry.expect("a directory entry").path();
        let stale = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e, "png" | "json" | "txt"));
        if stale {
            std::fs::remove_file(&path)
                .unwrap_or_else(|e| panic!("remove {}: {e}", path.display()));
        }
    }
    dir
}
