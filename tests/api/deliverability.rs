//! Mail that receiving servers can trust: every kind of message Convene sends is a
//! well-formed RFC 5322 message (one `Message-ID` of our host, a `Date`, a text and an
//! HTML part, no tracking pixel or tracking link), and with DKIM configured each one
//! carries a `DKIM-Signature` that a real verifier (dkimpy, run in a venv made by this
//! module from `tests/dkim/requirements.txt`) accepts with the published key, and
//! refuses once one byte of the message is changed.
//!
//! Test keys are made at test time with `openssl genpkey` (Debian's `openssl`; `.ci/run`
//! installs it), and the binary's start-up is checked for bad DKIM settings.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use rstest::rstest;
use rstest_reuse::apply;
use serde_json::{json, Value};
use tokio::io::AsyncWriteExt;
use tokio::sync::OnceCell;

use crate::helpers::{
    backends, expect_json, poll_body, raw_header, response_body, spawn_app_with, unescape_html,
    vote_map, Backend, TestApp,
};
use crate::smtp::{ReceivedMail, MAIL_TIMEOUT};

/// The five kinds of message, as the Message-ID names them (`<kind.…@host>`).
const KINDS: [&str; 5] = [
    "admin_link",
    "edit_link",
    "final_slot",
    "meeting_update",
    "meeting_cancelled",
];

/// The poll's location: a web address, which the meeting mail links to as typed.
const LOCATION: &str = "https://meet.example.com/retro";

/// The public base URL the instances under test use, so that "our host" is a name.
const BASE_URL: &str = "https://convene.example.test/";

const SELECTOR: &str = "convene-test";

// ---- the messages ----

/// Makes the application send one message of every kind: the admin link (organizer),
/// an edit link (participant), then to both the chosen slot, the changed meeting and
/// the cancelled meeting. Returns the 8 messages grouped by kind.
async fn send_every_kind(app: &TestApp) -> BTreeMap<String, Vec<ReceivedMail>> {
    let mut body = poll_body(
        "Deliverability",
        "Europe/Zurich",
        &["2027-05-04T10:00", "2027-05-05T10:00"],
    );
    body["location"] = json!(LOCATION);
    let poll = app.create_poll_ok(&body).await;
    app.submit_response_ok(
        &poll.id,
        &response_body(
            "Ann Participant",
            Some("ann@example.org"),
            "America/New_York",
            vote_map(&poll.slots, &["yes", "no"]),
        ),
    )
    .await;
    let _ = expect_json(
        app.finalize(&poll.id, &poll.admin_token, &poll.slots[0].id)
            .await,
        200,
    )
    .await;
    let _ = expect_json(
        app.patch_poll(
            &poll.id,
            &poll.admin_token,
            &json!({ "title": "Deliverability, second room" }),
        )
        .await,
        200,
    )
    .await;
    let _ = expect_json(app.reopen(&poll.id, &poll.admin_token).await, 200).await;
    let mails = app.smtp.wait_for_exactly(8, MAIL_TIMEOUT).await;
    let mut by_kind: BTreeMap<String, Vec<ReceivedMail>> = BTreeMap::new();
    for mail in mails {
        let id = mail
            .parse()
            .message_id
            .unwrap_or_else(|| panic!("no Message-ID in:\n{}", mail.parse().raw));
        let kind = id.split('.').next().unwrap_or_default().to_owned();
        by_kind.entry(kind).or_default().push(mail);
    }
    let counts: BTreeMap<&str, usize> =
        by_kind.iter().map(|(k, v)| (k.as_str(), v.len())).collect();
    let expected: BTreeMap<&str, usize> = [
        ("admin_link", 1),
        ("edit_link", 1),
        ("final_slot", 2),
        ("meeting_update", 2),
        ("meeting_cancelled", 2),
    ]
    .into_iter()
    .collect();
    assert_eq!(
        counts, expected,
        "one message of every kind to each recipient"
    );
    by_kind
}

/// The header section's fields, unfolded: (name, value) in order.
fn header_fields(raw: &str) -> Vec<(String, String)> {
    let head = raw.split("\r\n\r\n").next().unwrap_or(raw);
    let mut fields: Vec<(String, String)> = Vec::new();
    for line in head.split("\r\n") {
        if line.starts_with(' ') || line.starts_with('\t') {
            let last = fields
                .last_mut()
                .unwrap_or_else(|| panic!("a continuation line first in:\n{head}"));
            last.1.push_str(line);
        } else {
            let (name, value) = line
                .split_once(':')
                .unwrap_or_else(|| panic!("a header line without a colon {line:?} in:\n{head}"));
            fields.push((name.to_owned(), value.to_owned()));
        }
    }
    fields
}

/// How many header fields are called `name` (case-insensitive).
fn count_headers(raw: &str, name: &str) -> usize {
    header_fields(raw)
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case(name))
        .count()
}

/// Every `http(s)://…` address in `text`, up to white space, a quote or an angle bracket.
fn web_addresses(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("http") {
        let candidate = &rest[start..];
        if candidate.starts_with("http://") || candidate.starts_with("https://") {
            let end = candidate
                .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>'))
                .unwrap_or(candidate.len());
            found.push(candidate[..end].to_owned());
            rest = &candidate[end..];
        } else {
            rest = &candidate[4..];
        }
    }
    found
}

/// Checks one message: headers that must be there once, our Message-ID, a recent Date,
/// text and HTML parts, nothing loaded from elsewhere and no tracking links.
fn assert_well_formed(kind: &str, mail: &ReceivedMail) {
    let parsed = mail.parse();
    let raw = &parsed.raw;
    for name in [
        "From",
        "To",
        "Subject",
        "Date",
        "Message-ID",
        "MIME-Version",
    ] {
        assert_eq!(
            count_headers(raw, name),
            1,
            "{kind}: exactly one {name} header (RFC 5322 §3.6) in:\n{raw}"
        );
    }
    for name in ["Bcc", "Cc", "Reply-To"] {
        assert_eq!(count_headers(raw, name), 0, "{kind}: no {name} in:\n{raw}");
    }

    // Message-ID: <kind.<32 hex digits>@our host>.
    let id = parsed.message_id.clone().unwrap_or_default();
    let (left, right) = id
        .split_once('@')
        .unwrap_or_else(|| panic!("{kind}: Message-ID {id:?} has no @"));
    assert_eq!(
        right, "convene.example.test",
        "{kind}: Message-ID of our host"
    );
    let unique = left
        .strip_prefix(&format!("{kind}."))
        .unwrap_or_else(|| panic!("{kind}: Message-ID {id:?} names its kind"));
    assert!(
        unique.len() == 32 && unique.bytes().all(|b| b.is_ascii_hexdigit()),
        "{kind}: Message-ID {id:?} ends in a random 128-bit number"
    );

    // Date: an RFC 5322 date of about now.
    let message = mail_parser::MessageParser::default()
        .parse(&mail.raw)
        .expect("a message");
    let date = message
        .date()
        .unwrap_or_else(|| panic!("{kind}: no readable Date in:\n{raw}"));
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("after 1970")
        .as_secs();
    let age = i64::try_from(now).expect("a time") - date.to_timestamp();
    assert!(
        (-60..600).contains(&age),
        "{kind}: Date {date} is not about now ({age} s off)"
    );

    // Text and HTML alternatives (and the calendar beside them for the meeting mails).
    let expected_root = if kind.ends_with("_link") {
        "multipart/alternative"
    } else {
        "multipart/mixed"
    };
    assert_eq!(parsed.root_content_type, expected_root, "{kind}");
    assert!(
        !parsed.text().trim().is_empty(),
        "{kind}: a text/plain part"
    );
    let html = parsed.html();
    assert!(!html.trim().is_empty(), "{kind}: a text/html part");
    assert_eq!(
        parsed.calendar.is_some(),
        !kind.ends_with("_link"),
        "{kind}: the calendar only with the meeting"
    );

    // Nothing is loaded when the mail is opened, and links go to the poll as it is.
    let lower = html.to_ascii_lowercase();
    for loader in [
        "<img",
        "src=",
        "<link",
        "<script",
        "<iframe",
        "url(",
        "background=",
    ] {
        assert!(
            !lower.contains(loader),
            "{kind}: {loader:?} in the HTML mail (a remote load can track the reader):\n{html}"
        );
    }
    let html_links = web_addresses(&unescape_html(html));
    assert!(
        html_links.iter().any(|u| u.starts_with(BASE_URL)),
        "{kind}: the HTML links to the poll:\n{html}"
    );
    for url in html_links.iter().chain(&web_addresses(parsed.text())) {
        let ours = url.starts_with(BASE_URL) && !url.contains(['?', '#']);
        assert!(
            ours || url == LOCATION,
            "{kind}: {url} is neither a plain link to Convene nor the location as typed"
        );
    }
}

#[apply(backends)]
#[tokio::test]
async fn every_kind_of_mail_is_well_formed_unsigned_and_free_of_tracking(#[case] backend: Backend) {
    let app = spawn_app_with(backend, |c| {
        c.base_url = Some(url::Url::parse(BASE_URL).expect("a URL"));
    })
    .await;
    let by_kind = send_every_kind(&app).await;
    for (kind, mails) in &by_kind {
        for mail in mails {
            assert_well_formed(kind, mail);
            assert_eq!(
                count_headers(&mail.parse().raw, "DKIM-Signature"),
                0,
                "{kind}: no DKIM signature without the DKIM settings"
            );
        }
    }
    assert_eq!(by_kind.keys().map(String::as_str).collect::<Vec<_>>(), {
        let mut kinds = KINDS.to_vec();
        kinds.sort_unstable();
        kinds
    });
}

// ---- keys ----

/// The two kinds of key Convene signs with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyKind {
    Rsa,
    Ed25519,
}

/// A private key in a temporary folder, and its public key as a DKIM TXT record.
struct TestKey {
    _dir: tempfile::TempDir,
    path: PathBuf,
    /// `v=DKIM1; k=…; p=…`.
    record: String,
}

/// Runs `openssl` with `args`; its standard output.
fn openssl(args: &[&str]) -> Vec<u8> {
    let output = Command::new("openssl")
        .args(args)
        .stderr(Stdio::piped())
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run openssl ({e}): on Debian, apt-get install openssl (.ci/run does)")
        });
    assert!(
        output.status.success(),
        "openssl {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

/// Makes a fresh key with `openssl genpkey` (PKCS #8 PEM): RSA of `rsa_bits`, or Ed25519.
fn make_key(kind: KeyKind, rsa_bits: u32) -> TestKey {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("dkim-test-key.pem");
    let path_text = path.to_str().expect("a UTF-8 path");
    let bits = format!("rsa_keygen_bits:{rsa_bits}");
    match kind {
        KeyKind::Rsa => openssl(&[
            "genpkey",
            "-algorithm",
            "RSA",
            "-pkeyopt",
            &bits,
            "-out",
            path_text,
        ]),
        KeyKind::Ed25519 => openssl(&["genpkey", "-algorithm", "ed25519", "-out", path_text]),
    };
    let public = openssl(&["pkey", "-in", path_text, "-pubout", "-outform", "DER"]);
    let b64 = base64::engine::general_purpose::STANDARD;
    let record = match kind {
        // RFC 6376 §3.6.1: p= is the base64 of the DER SubjectPublicKeyInfo.
        KeyKind::Rsa => format!("v=DKIM1; k=rsa; p={}", b64.encode(&public)),
        // RFC 8463 §4.2: p= is the base64 of the bare 32-byte public key, which ends
        // the 44-byte SubjectPublicKeyInfo (RFC 8410).
        KeyKind::Ed25519 => {
            assert_eq!(public.len(), 44, "an Ed25519 SubjectPublicKeyInfo");
            format!("v=DKIM1; k=ed25519; p={}", b64.encode(&public[12..]))
        }
    };
    TestKey {
        _dir: dir,
        path,
        record,
    }
}

// ---- the verifier ----

/// dkimpy's verdict on one message.
#[derive(Debug)]
struct Verdict {
    verified: bool,
    /// The TXT names it looked up.
    asked: Vec<String>,
    log: String,
}

/// The pinned verifier packages; the venv is rebuilt when this text changes.
const REQUIREMENTS: &str = include_str!("../dkim/requirements.txt");

/// The venv's Python with dkimpy, made once per test binary.
async fn verifier_python() -> PathBuf {
    static PYTHON: OnceCell<PathBuf> = OnceCell::const_new();
    PYTHON
        .get_or_init(|| async {
            let venv = crate::venv::venv_dir("dkim-venv");
            crate::venv::ensure_venv(&venv, REQUIREMENTS, "python", "tests/dkim/requirements.txt")
                .await;
            venv.join("bin").join("python")
        })
        .await
        .clone()
}

/// Verifies each message with dkimpy, the DNS answering only `records` (name → TXT).
async fn verify(records: &[(String, String)], messages: &[Vec<u8>]) -> Vec<Verdict> {
    let python = verifier_python().await;
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dkim/verify.py");
    let b64 = base64::engine::general_purpose::STANDARD;
    let request = json!({
        "records": records.iter().cloned().collect::<BTreeMap<String, String>>(),
        "messages": messages.iter().map(|m| b64.encode(m)).collect::<Vec<_>>(),
    });
    let mut child = tokio::process::Command::new(python)
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the verifier");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin
        .write_all(request.to_string().as_bytes())
        .await
        .expect("write to the verifier");
    drop(stdin);
    let output = child.wait_with_output().await.expect("the verifier ends");
    assert!(
        output.status.success(),
        "the verifier failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let answer: Vec<Value> =
        serde_json::from_slice(&output.stdout).expect("JSON from the verifier");
    assert_eq!(answer.len(), messages.len(), "one verdict per message");
    answer
        .into_iter()
        .map(|v| Verdict {
            verified: v["verified"].as_bool().expect("verified"),
            asked: v["asked"]
                .as_array()
                .expect("asked")
                .iter()
                .map(|n| n.as_str().expect("a name").to_owned())
                .collect(),
            log: v["log"].as_str().unwrap_or_default().to_owned(),
        })
        .collect()
}

/// The tags of a `DKIM-Signature` value, white space removed from each value.
fn signature_tags(raw: &str) -> BTreeMap<String, String> {
    raw_header(raw, "DKIM-Signature")
        .split(';')
        .filter(|t| !t.trim().is_empty())
        .map(|tag| {
            let (name, value) = tag
                .split_once('=')
                .unwrap_or_else(|| panic!("a tag without = {tag:?}"));
            (
                name.trim().to_owned(),
                value.chars().filter(|c| !c.is_whitespace()).collect(),
            )
        })
        .collect()
}

/// `raw` with one byte of its body changed: the first letter or digit from the middle
/// of the body on, swapped for another.
fn alter_body(raw: &[u8]) -> Vec<u8> {
    let body_start = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a body")
        + 4;
    let middle = body_start + (raw.len() - body_start) / 2;
    let at = (middle..raw.len())
        .find(|&i| raw[i].is_ascii_alphanumeric())
        .expect("a letter in the body");
    let mut altered = raw.to_vec();
    altered[at] = if raw[at] == b'x' { b'y' } else { b'x' };
    altered
}

/// `raw` with the `To` header pointing elsewhere (`example.org` → `example.net`).
fn alter_to(raw: &[u8]) -> Vec<u8> {
    let text = String::from_utf8(raw.to_vec()).expect("UTF-8");
    let (head, body) = text.split_once("\r\n\r\n").expect("a body");
    let lines: Vec<String> = head
        .split("\r\n")
        .map(|l| {
            if l.to_ascii_lowercase().starts_with("to:") {
                l.replace("example.org", "example.net")
            } else {
                l.to_owned()
            }
        })
        .collect();
    let altered = format!("{}\r\n\r\n{body}", lines.join("\r\n"));
    assert_ne!(altered, text, "the To header was changed");
    altered.into_bytes()
}

#[apply(backends)]
#[tokio::test]
async fn signed_mail_of_every_kind_verifies_with_the_published_key_and_not_once_altered(
    #[case] backend: Backend,
    #[values(KeyKind::Rsa, KeyKind::Ed25519)] key_kind: KeyKind,
) {
    let key = make_key(key_kind, 2048);
    // RSA signs for MAIL_FROM's domain (the default); Ed25519 for a domain given in the
    // settings, written in capitals (the signature names it in lower case).
    let (domain_setting, domain) = match key_kind {
        KeyKind::Rsa => (None, "example.org"),
        KeyKind::Ed25519 => (Some("Mail.Example.ORG"), "mail.example.org"),
    };
    let app = spawn_app_with(backend, |c| {
        c.base_url = Some(url::Url::parse(BASE_URL).expect("a URL"));
        c.dkim_key_file = Some(key.path.clone());
        c.dkim_selector = Some(SELECTOR.to_owned());
        c.dkim_domain = domain_setting.map(str::to_owned);
    })
    .await;
    let by_kind = send_every_kind(&app).await;
    let mails: Vec<(String, ReceivedMail)> = by_kind
        .into_iter()
        .flat_map(|(kind, mails)| mails.into_iter().map(move |m| (kind.clone(), m)))
        .collect();

    let algorithm = match key_kind {
        KeyKind::Rsa => "rsa-sha256",
        KeyKind::Ed25519 => "ed25519-sha256",
    };
    for (kind, mail) in &mails {
        let raw = mail.parse().raw;
        assert_well_formed(kind, mail);
        assert_eq!(
            count_headers(&raw, "DKIM-Signature"),
            1,
            "{kind}: one signature"
        );
        let tags = signature_tags(&raw);
        assert_eq!(tags.get("v").map(String::as_str), Some("1"), "{kind}");
        assert_eq!(
            tags.get("d").map(String::as_str),
            Some(domain),
            "{kind}: d="
        );
        assert_eq!(
            tags.get("s").map(String::as_str),
            Some(SELECTOR),
            "{kind}: s="
        );
        assert_eq!(
            tags.get("a").map(String::as_str),
            Some(algorithm),
            "{kind}: a="
        );
        let signed: BTreeSet<String> = tags
            .get("h")
            .map(|h| h.split(':').map(str::to_ascii_lowercase).collect())
            .unwrap_or_default();
        for name in [
            "from",
            "to",
            "subject",
            "date",
            "message-id",
            "mime-version",
        ] {
            assert!(
                signed.contains(name),
                "{kind}: h= covers {name}: {signed:?}"
            );
        }
    }

    let name = format!("{SELECTOR}._domainkey.{domain}");
    let records = vec![(name.clone(), key.record.clone())];
    let mut messages: Vec<Vec<u8>> = mails.iter().map(|(_, m)| m.raw.clone()).collect();
    messages.extend(mails.iter().map(|(_, m)| alter_body(&m.raw)));
    messages.extend(mails.iter().map(|(_, m)| alter_to(&m.raw)));
    let verdicts = verify(&records, &messages).await;
    let n = mails.len();
    for (i, (kind, _)) in mails.iter().enumerate() {
        let as_sent = &verdicts[i];
        assert!(
            as_sent.verified,
            "{kind}: the signature verifies: {}\n{}",
            as_sent.log,
            String::from_utf8_lossy(&messages[i])
        );
        assert_eq!(
            as_sent.asked,
            vec![name.clone()],
            "{kind}: the key is looked up at s= and d="
        );
        assert!(
            !verdicts[n + i].verified,
            "{kind}: a message whose body was changed by one byte fails"
        );
        assert!(
            !verdicts[2 * n + i].verified,
            "{kind}: a message whose To header was changed fails"
        );
    }

    // The same messages against another key published under the same name: refused.
    let other = make_key(key_kind, 2048);
    let verdicts = verify(&[(name, other.record)], &messages[..1]).await;
    assert!(
        !verdicts[0].verified,
        "a signature made with another key fails"
    );
}

// ---- start-up ----

/// The `convene` binary started with `env` (and a fresh SQLite file, an outbox folder
/// and JSON logs), stopped at the latest once it listens or after 30 s. Returns its
/// exit status (`None` when it was still running and was stopped) and all it printed.
fn start_binary(env: &[(&str, &str)]) -> (Option<std::process::ExitStatus>, String) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let log = dir.path().join("log.txt");
    let log_file = std::fs::File::create(&log).expect("a log file");
    let mut child = Command::new(env!("CARGO_BIN_EXE_convene"))
        .env_clear()
        .env("CONVENE_BIND", "127.0.0.1:0")
        .env("DATABASE_URL", dir.path().join("convene.db"))
        .env("CONVENE_OUTBOX_DIR", dir.path().join("outbox"))
        .env("MAIL_FROM", "Convene <convene@example.org>")
        .env("CONVENE_LOG_FORMAT", "json")
        .env("RUST_LOG", "info")
        .envs(env.iter().copied())
        .stdout(log_file.try_clone().expect("the log file"))
        .stderr(log_file)
        .spawn()
        .expect("start the convene binary");
    let started = Instant::now();
    let read = || {
        let mut text = String::new();
        std::fs::File::open(&log)
            .and_then(|mut f| f.read_to_string(&mut text))
            .expect("read the log");
        text
    };
    let status = loop {
        if let Some(status) = child.try_wait().expect("the binary's status") {
            break Some(status);
        }
        if read().contains("Convene is running") {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the binary neither stopped nor started within 30 s:\n{}",
            read()
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    (status, read())
}

#[test]
fn the_start_up_log_says_whether_mail_is_signed_and_never_shows_the_key() {
    // A PKCS #1 key (`BEGIN RSA PRIVATE KEY`, as `openssl genrsa -traditional` writes;
    // the signing tests use PKCS #8).
    let dir = tempfile::tempdir().expect("a temporary folder");
    let key_path = dir.path().join("dkim-test-key.pem");
    let path = key_path.to_str().expect("a UTF-8 path");
    openssl(&["genrsa", "-traditional", "-out", path, "2048"]);
    let pem = std::fs::read_to_string(&key_path).expect("read the key");
    assert!(pem.starts_with("-----BEGIN RSA PRIVATE KEY-----"), "{pem}");
    let (status, log) = start_binary(&[
        ("CONVENE_DKIM_KEY_FILE", path),
        ("CONVENE_DKIM_SELECTOR", SELECTOR),
    ]);
    assert!(status.is_none(), "the binary starts:\n{log}");
    let signed: Vec<Value> = log
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|v| v["fields"]["message"] == "mail is DKIM-signed")
        .collect();
    assert_eq!(signed.len(), 1, "one line says mail is signed:\n{log}");
    assert_eq!(signed[0]["fields"]["selector"], SELECTOR);
    assert_eq!(signed[0]["fields"]["domain"], "example.org");
    assert_eq!(signed[0]["fields"]["key"], "rsa-sha256, 2048 bits");
    for line in pem.lines().filter(|l| !l.starts_with("-----")) {
        assert!(
            !log.contains(line),
            "a line of the private key is in the log:\n{log}"
        );
    }

    let (status, log) = start_binary(&[]);
    assert!(status.is_none(), "the binary starts:\n{log}");
    assert!(log.contains("mail is not DKIM-signed"), "{log}");
}

#[rstest]
#[case::key_file_without_selector(&[("CONVENE_DKIM_KEY_FILE", "KEY")], "CONVENE_DKIM_SELECTOR is not")]
#[case::selector_without_key_file(&[("CONVENE_DKIM_SELECTOR", "s1")], "CONVENE_DKIM_KEY_FILE is not")]
#[case::domain_alone(&[("CONVENE_DKIM_DOMAIN", "example.org")], "CONVENE_DKIM_DOMAIN is set")]
#[case::missing_key_file(
    &[("CONVENE_DKIM_KEY_FILE", "/nonexistent/dkim.pem"), ("CONVENE_DKIM_SELECTOR", "s1")],
    "CONVENE_DKIM_KEY_FILE: /nonexistent/dkim.pem cannot be read"
)]
#[case::public_key_file(
    &[("CONVENE_DKIM_KEY_FILE", "PUBLIC"), ("CONVENE_DKIM_SELECTOR", "s1")],
    "CONVENE_DKIM_KEY_FILE: not an unencrypted PEM private key"
)]
#[case::encrypted_key_file(
    &[("CONVENE_DKIM_KEY_FILE", "ENCRYPTED"), ("CONVENE_DKIM_SELECTOR", "s1")],
    "CONVENE_DKIM_KEY_FILE: not an unencrypted PEM private key"
)]
#[case::short_rsa_key(
    &[("CONVENE_DKIM_KEY_FILE", "SHORT"), ("CONVENE_DKIM_SELECTOR", "s1")],
    "CONVENE_DKIM_KEY_FILE: a 512-bit RSA key"
)]
#[case::bad_selector(
    &[("CONVENE_DKIM_KEY_FILE", "KEY"), ("CONVENE_DKIM_SELECTOR", "my_selector")],
    "CONVENE_DKIM_SELECTOR: \"my_selector\" is not a selector"
)]
#[case::bad_domain(
    &[("CONVENE_DKIM_KEY_FILE", "KEY"), ("CONVENE_DKIM_SELECTOR", "s1"), ("CONVENE_DKIM_DOMAIN", "[::1]")],
    "CONVENE_DKIM_DOMAIN: \"[::1]\" is not a domain name"
)]
fn dkim_settings_that_cannot_work_stop_the_start_with_an_error_naming_the_setting(
    #[case] settings: &[(&str, &str)],
    #[case] expected: &str,
) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    // Files made only for the cases that name them.
    let file = |value: &str| -> String {
        let path = dir
            .path()
            .join(format!("{}.pem", value.to_ascii_lowercase()));
        let path_text = path.to_str().expect("a UTF-8 path").to_owned();
        match value {
            "KEY" => {
                openssl(&["genpkey", "-algorithm", "ed25519", "-out", &path_text]);
            }
            "PUBLIC" => {
                let key = make_key(KeyKind::Ed25519, 0);
                let private = key.path.to_str().expect("a UTF-8 path");
                openssl(&["pkey", "-in", private, "-pubout", "-out", &path_text]);
            }
            "ENCRYPTED" => {
                openssl(&[
                    "genpkey",
                    "-algorithm",
                    "ed25519",
                    "-aes-256-cbc",
                    "-pass",
                    "pass:secret",
                    "-out",
                    &path_text,
                ]);
            }
            "SHORT" => {
                openssl(&[
                    "genpkey",
                    "-algorithm",
                    "RSA",
                    "-pkeyopt",
                    "rsa_keygen_bits:512",
                    "-out",
                    &path_text,
                ]);
            }
            other => return other.to_owned(),
        }
        path_text
    };
    let settings: Vec<(&str, String)> = settings
        .iter()
        .map(|&(name, value)| (name, file(value)))
        .collect();
    let settings: Vec<(&str, &str)> = settings.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let (status, log) = start_binary(&settings);
    let status = status.unwrap_or_else(|| panic!("the binary started with {settings:?}:\n{log}"));
    assert!(
        !status.success(),
        "a failed start exits with an error: {status}\n{log}"
    );
    assert!(
        log.contains(expected),
        "the error says {expected:?}:\n{log}"
    );
    assert!(!log.contains("panicked"), "no panic:\n{log}");
}
