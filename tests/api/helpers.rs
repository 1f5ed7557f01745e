//! Spawning the real application and talking to it.
//!
//! `spawn_app()` starts Convene on `127.0.0.1:0` with a fresh SQLite file in a
//! temporary folder and a real SMTP server (see `smtp.rs`), and returns a [`TestApp`]
//! with an HTTP client that does not follow redirects (so tests can read `Location`).

use std::sync::Arc;
use std::sync::OnceLock;
use std::time::Duration;

use convene::config::Config;
use convene::startup::{AppHandle, Application};
use diesel::{Connection, RunQueryDsl};
use reqwest::header::{HeaderMap, CONTENT_TYPE, LOCATION};
use reqwest::{Client, Method, Response};
use serde_json::{json, Value};
use tempfile::TempDir;

use crate::smtp::{ParsedMail, ReceivedMail, TestSmtp};

/// The fixture file shipped with the tests (a copy of `shared/fixtures/dccg-meeting.json`).
pub const FIXTURE_JSON: &str = include_str!("../fixtures/dccg-meeting.json");

/// A running application and everything a test needs around it.
pub struct TestApp {
    /// The server's thread; first, so that it is stopped before the rest goes.
    running: Running,
    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub address: String,
    /// What the application says its base URL is (with a trailing slash).
    pub base_url: String,
    #[allow(dead_code)]
    pub port: u16,
    /// HTTP client; redirects are not followed.
    pub client: Client,
    /// The SMTP server this instance delivers to.
    pub smtp: TestSmtp,
    pub handle: AppHandle,
    /// The database (shared with sibling instances).
    pub db: Arc<TestDatabase>,
    /// The configuration the instance was started with.
    #[allow(dead_code)]
    pub config: Config,
    /// Keeps the database folder alive as long as the app.
    pub tempdir: TempDir,
    /// The instance's state, for running its actions at a chosen instant (scheduled
    /// mail, reminders a day later) instead of waiting for the clock.
    #[allow(dead_code)]
    pub state: convene::actions::AppState,
}

/// Logs of the application when `TEST_LOG` is set (`TEST_LOG=debug cargo test …`).
fn init_tracing() {
    static INIT: OnceLock<()> = OnceLock::new();
    INIT.get_or_init(|| {
        if let Ok(filter) = std::env::var("TEST_LOG") {
            let _ = tracing_subscriber::fmt()
                .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
                .with_test_writer()
                .try_init();
        }
    });
}

/// The database server a test runs on. Every flow test runs once on each (see
/// [`backends`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// A fresh SQLite file in a temporary folder.
    Sqlite,
    /// A fresh database on the PostgreSQL server at `CONVENE_TEST_POSTGRES_URL`.
    Postgres,
}

/// Runs a test once per backend: `#[apply(backends)] #[tokio::test] async fn name(#[case] backend: Backend)`.
#[rstest_reuse::template]
#[rstest::rstest]
#[case::sqlite(Backend::Sqlite)]
#[case::postgres(Backend::Postgres)]
pub fn backends(#[case] backend: Backend) {}

/// The PostgreSQL server for tests: `CONVENE_TEST_POSTGRES_URL` (an account that may
/// create databases), by default the local server's `postgres` account.
pub fn postgres_admin_url() -> String {
    std::env::var("CONVENE_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A fresh, empty database for one test, dropped (PostgreSQL) or deleted with its
/// folder (SQLite) when the last instance using it is gone.
pub struct TestDatabase {
    /// The `DATABASE_URL` the application gets.
    pub url: String,
    postgres_name: Option<String>,
    _dir: Option<TempDir>,
}

impl TestDatabase {
    /// Creates the database.
    pub fn fresh(backend: Backend) -> Arc<Self> {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("create a temporary folder");
                let url = dir.path().join("convene.db").to_string_lossy().into_owned();
                Arc::new(TestDatabase {
                    url,
                    postgres_name: None,
                    _dir: Some(dir),
                })
            }
            Backend::Postgres => {
                let admin_url = postgres_admin_url();
                let mut admin = diesel::PgConnection::establish(&admin_url).unwrap_or_else(|e| {
                    panic!(
                        "PostgreSQL is needed at {admin_url} (set CONVENE_TEST_POSTGRES_URL): {e}"
                    )
                });
                let name = format!("convene_t_{}", uuid::Uuid::new_v4().simple());
                diesel::sql_query(format!("CREATE DATABASE {name}"))
                    .execute(&mut admin)
                    .expect("create a test database");
                let base = admin_url
                    .rsplit_once('/')
                    .map(|(b, _)| b)
                    .expect("a database URL");
                Arc::new(TestDatabase {
                    url: format!("{base}/{name}"),
                    postgres_name: Some(name),
                    _dir: None,
                })
            }
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Some(name) = &self.postgres_name {
            if let Ok(mut admin) = diesel::PgConnection::establish(&postgres_admin_url()) {
                let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(&mut admin);
            }
        }
    }
}

/// The application with the test defaults (rate limits off) on a fresh database of
/// `backend`.
pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |_| {}).await
}

/// The application with the test defaults, changed by `tweak`.
pub async fn spawn_app_with(backend: Backend, tweak: impl FnOnce(&mut Config)) -> TestApp {
    let tempdir = tempfile::tempdir().expect("create a temporary folder");
    launch(
        tempdir,
        TestDatabase::fresh(backend),
        TestSmtp::start(),
        tweak,
    )
    .await
}

/// Starts an instance on `db` (new or left by an earlier instance) that delivers mail
/// to `smtp`, with `tempdir` for anything else (the outbox folder).
pub async fn launch(
    tempdir: TempDir,
    db: Arc<TestDatabase>,
    smtp: TestSmtp,
    tweak: impl FnOnce(&mut Config),
) -> TestApp {
    init_tracing();
    let mut config = Config::for_database(db.url.clone());
    config.smtp_url = Some(smtp.url());
    config.mail_from = "Convene <convene@example.org>".into();
    config.outbox_dir = tempdir.path().join("outbox");
    config.mail_poll_ms = 100;
    config.mail_retry_secs = 1;
    // Tests make many requests from one address: the rate limits stay off unless a test
    // turns them on (see `rate_limits.rs`).
    config.rate_limits = convene::config::Switch::Off;
    // Scheduled mail (automatic reminders, digests) is run by the tests themselves at
    // the instants they choose (`state.run_scheduled(now)`), not by the clock.
    config.scheduler_secs = 0;
    tweak(&mut config);

    let application = Application::build(config.clone())
        .await
        .expect("build the application");
    let port = application.port();
    let base_url = application.base_url().to_string();
    let handle = application.handle();
    let state = application.state().clone();
    let running = Running::start(application);
    let client = Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .timeout(Duration::from_secs(30))
        .build()
        .expect("build the HTTP client");
    TestApp {
        running,
        address: format!("http://127.0.0.1:{port}"),
        base_url,
        port,
        client,
        smtp,
        handle,
        db,
        config,
        tempdir,
        state,
    }
}

/// An instance's HTTP server, run on a thread of its own. When the test's app goes away
/// it is stopped and waited for, so that no HTTP worker is still closing database
/// connections while the test binary exits: that race has aborted the binary after
/// every test had passed (`free(): invalid pointer`, libpq and OpenSSL at exit).
struct Running {
    stopper: Option<AppHandle>,
    thread: Option<std::thread::JoinHandle<()>>,
    done: Option<tokio::sync::oneshot::Receiver<anyhow::Result<()>>>,
}

impl Running {
    fn start(application: Application) -> Self {
        let stopper = application.handle();
        let (done_tx, done_rx) = tokio::sync::oneshot::channel();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime for the server");
            let result = runtime.block_on(application.run_until_stopped());
            let _ = done_tx.send(result);
        });
        Running {
            stopper: Some(stopper),
            thread: Some(thread),
            done: Some(done_rx),
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let (Some(stopper), Some(thread)) = (self.stopper.take(), self.thread.take()) else {
            return;
        };
        // `stop` waits for the server's answer, which comes from the server's own
        // thread; block on it from a helper thread (this one may be inside a runtime).
        let _ = std::thread::spawn(move || {
            if let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            {
                runtime.block_on(stopper.stop());
            }
        })
        .join();
        let _ = thread.join();
    }
}

/// A poll as returned by `POST /api/v1/polls`.
#[derive(Debug, Clone)]
pub struct CreatedPoll {
    pub id: String,
    pub admin_token: String,
    pub participant_url: String,
    pub admin_url: String,
    pub slots: Vec<CreatedSlot>,
    /// The whole answer.
    #[allow(dead_code)]
    pub body: Value,
}

/// A slot as returned on creation (UTC).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreatedSlot {
    pub id: String,
    pub start: String,
    pub end: String,
}

/// A response as returned by `POST /api/v1/polls/{id}/responses`.
#[derive(Debug, Clone)]
pub struct CreatedResponse {
    pub id: String,
    pub edit_token: String,
}

/// A JSON error body.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// The machine-readable `error` code.
    #[allow(dead_code)]
    pub code: String,
    pub message: String,
    pub field: Option<String>,
    pub body: String,
}

impl TestApp {
    /// Absolute URL of `path` (which starts with `/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn request(
        &self,
        method: Method,
        path: &str,
        bearer: Option<&str>,
        body: Option<&Value>,
    ) -> Response {
        let mut request = self.client.request(method.clone(), self.url(path));
        if let Some(token) = bearer {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        request
            .send()
            .await
            .unwrap_or_else(|e| panic!("{method} {path} failed: {e}"))
    }

    pub async fn get(&self, path: &str) -> Response {
        self.request(Method::GET, path, None, None).await
    }

    /// A form post, fields in order (repeated names allowed).
    pub async fn post_form(&self, path: &str, fields: &[(String, String)]) -> Response {
        self.client
            .post(self.url(path))
            .form(fields)
            .send()
            .await
            .unwrap_or_else(|e| panic!("POST {path} failed: {e}"))
    }

    // ---- polls ----

    pub async fn create_poll(&self, body: &Value) -> Response {
        self.request(Method::POST, "/api/v1/polls", None, Some(body))
            .await
    }

    /// Creates a poll and checks the 201 answer's shape.
    pub async fn create_poll_ok(&self, body: &Value) -> CreatedPoll {
        let json = expect_json(self.create_poll(body).await, 201).await;
        let string = |key: &str| -> String {
            json[key]
                .as_str()
                .unwrap_or_else(|| panic!("created poll has no string {key:?}: {json}"))
                .to_owned()
        };
        let slots = json["slots"]
            .as_array()
            .unwrap_or_else(|| panic!("created poll has no slots list: {json}"))
            .iter()
            .map(slot_of)
            .collect();
        CreatedPoll {
            id: string("id"),
            admin_token: string("admin_token"),
            participant_url: string("participant_url"),
            admin_url: string("admin_url"),
            slots,
            body: json,
        }
    }

    pub async fn create_fixture_poll(&self) -> CreatedPoll {
        self.create_poll_ok(&fixture_create_body()).await
    }

    pub async fn get_poll(&self, id: &str, tz: Option<&str>) -> Response {
        let path = match tz {
            Some(tz) => format!("/api/v1/polls/{id}?tz={tz}"),
            None => format!("/api/v1/polls/{id}"),
        };
        self.get(&path).await
    }

    /// `GET /api/v1/polls/{id}` that must answer 200.
    pub async fn poll(&self, id: &str, tz: Option<&str>) -> Value {
        expect_json(self.get_poll(id, tz).await, 200).await
    }

    /// `GET /api/v1/polls/{id}` as the organizer (with what only they see: addresses,
    /// zones and languages of the answers); must answer 200.
    pub async fn admin_poll(&self, id: &str, token: &str) -> Value {
        let path = format!("/api/v1/polls/{id}");
        expect_json(
            self.request(Method::GET, &path, Some(token), None).await,
            200,
        )
        .await
    }

    pub async fn patch_poll(&self, id: &str, token: &str, body: &Value) -> Response {
        self.request(
            Method::PATCH,
            &format!("/api/v1/polls/{id}"),
            Some(token),
            Some(body),
        )
        .await
    }

    pub async fn add_slots(&self, id: &str, token: &str, slots: &[&str]) -> Response {
        let body = json!({ "slots": slots });
        self.request(
            Method::POST,
            &format!("/api/v1/polls/{id}/slots"),
            Some(token),
            Some(&body),
        )
        .await
    }

    pub async fn delete_slot(&self, id: &str, token: &str, slot_id: &str) -> Response {
        self.request(
            Method::DELETE,
            &format!("/api/v1/polls/{id}/slots/{slot_id}"),
            Some(token),
            None,
        )
        .await
    }

    pub async fn close(&self, id: &str, token: &str) -> Response {
        self.request(
            Method::POST,
            &format!("/api/v1/polls/{id}/close"),
            Some(token),
            None,
        )
        .await
    }

    pub async fn reopen(&self, id: &str, token: &str) -> Response {
        self.request(
            Method::POST,
            &format!("/api/v1/polls/{id}/reopen"),
            Some(token),
            None,
        )
        .await
    }

    pub async fn finalize(&self, id: &str, token: &str, slot_id: &str) -> Response {
        let body = json!({ "slot_id": slot_id });
        self.request(
            Method::POST,
            &format!("/api/v1/polls/{id}/finalize"),
            Some(token),
            Some(&body),
        )
        .await
    }

    pub async fn delete_poll(&self, id: &str, token: &str) -> Response {
        self.request(
            Method::DELETE,
            &format!("/api/v1/polls/{id}"),
            Some(token),
            None,
        )
        .await
    }

    // ---- responses ----

    pub async fn submit_response(&self, poll_id: &str, body: &Value) -> Response {
        self.request(
            Method::POST,
            &format!("/api/v1/polls/{poll_id}/responses"),
            None,
            Some(body),
        )
        .await
    }

    pub async fn submit_response_ok(&self, poll_id: &str, body: &Value) -> CreatedResponse {
        let json = expect_json(self.submit_response(poll_id, body).await, 201).await;
        CreatedResponse {
            id: json["id"]
                .as_str()
                .unwrap_or_else(|| panic!("no id in {json}"))
                .to_owned(),
            edit_token: json["edit_token"]
                .as_str()
                .unwrap_or_else(|| panic!("no edit_token in {json}"))
                .to_owned(),
        }
    }

    pub async fn update_response(
        &self,
        poll_id: &str,
        response_id: &str,
        token: &str,
        body: &Value,
    ) -> Response {
        self.request(
            Method::PUT,
            &format!("/api/v1/polls/{poll_id}/responses/{response_id}"),
            Some(token),
            Some(body),
        )
        .await
    }

    pub async fn delete_response(&self, poll_id: &str, response_id: &str, token: &str) -> Response {
        self.request(
            Method::DELETE,
            &format!("/api/v1/polls/{poll_id}/responses/{response_id}"),
            Some(token),
            None,
        )
        .await
    }

    /// Submits the fixture's 14 responses (in file order) by JSON.
    pub async fn submit_fixture_responses(&self, poll: &CreatedPoll) -> Vec<CreatedResponse> {
        let mut created = Vec::new();
        for p in fixture_participants() {
            let votes = vote_map(
                &poll.slots,
                &p.votes.iter().map(String::as_str).collect::<Vec<_>>(),
            );
            let body = json!({
                "name": p.name,
                "email": p.email,
                "affiliation": p.affiliation,
                "timezone": p.timezone,
                "votes": votes,
            });
            created.push(self.submit_response_ok(&poll.id, &body).await);
        }
        created
    }

    // ---- database ----

    /// Rows in `table`, read straight from the SQLite file (to prove nothing was
    /// half-saved where the API offers no way to look).
    pub fn count_rows(&self, table: &str) -> i64 {
        self.count_where(table, "1 = 1")
    }

    /// Rows in `table` matching the SQL condition `condition`, read straight from the
    /// database, whichever backend.
    pub fn count_where(&self, table: &str, condition: &str) -> i64 {
        #[derive(diesel::QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let pool = convene::db::build_pool(&self.db.url, 1).expect("open the test database");
        let mut conn = pool.get().expect("a connection to the test database");
        diesel::sql_query(format!(
            "SELECT COUNT(*) AS n FROM {table} WHERE {condition}"
        ))
        .get_result::<Count>(&mut *conn)
        .unwrap_or_else(|e| panic!("count rows of {table} where {condition}: {e}"))
        .n
    }

    /// Makes every waiting message due now, as if the mail worker's clock had caught up
    /// with the instant a test ran an action at (scheduled mail queued "in 2027" is due
    /// then, not now).
    #[allow(dead_code)]
    pub fn release_queued_mail(&self) {
        let pool = convene::db::build_pool(&self.db.url, 1).expect("open the test database");
        let mut conn = pool.get().expect("a connection to the test database");
        diesel::sql_query(
            "UPDATE outbox_messages SET next_attempt_at = '2000-01-01 00:00:00' WHERE status = 'pending'",
        )
        .execute(&mut *conn)
        .expect("make queued mail due");
    }

    // ---- life cycle ----

    /// A second instance running at the same time on the same database (its own
    /// temporary folder for anything else), delivering to `smtp`.
    pub async fn launch_sibling(&self, smtp: TestSmtp, tweak: impl FnOnce(&mut Config)) -> TestApp {
        let tempdir = tempfile::tempdir().expect("create a temporary folder");
        launch(tempdir, self.db.clone(), smtp, tweak).await
    }

    /// Stops this instance as a crash would (HTTP server stopped, mail worker
    /// aborted) and hands back its folder, database and SMTP server.
    pub async fn crash(mut self) -> (TempDir, Arc<TestDatabase>, TestSmtp) {
        self.handle.stop().await;
        if let Some(done) = self.running.done.take() {
            match tokio::time::timeout(Duration::from_secs(10), done).await {
                Ok(Ok(Ok(()))) => {}
                Ok(Ok(Err(e))) => panic!("the application ended with an error: {e:#}"),
                Ok(Err(_)) => panic!("the application's thread ended without a result"),
                Err(_) => panic!("the application did not stop within 10 s of AppHandle::stop"),
            }
        }
        if let Some(thread) = self.running.thread.take() {
            thread.join().expect("the application's thread");
        }
        (self.tempdir, self.db.clone(), self.smtp)
    }
}

// ---- building request bodies ----

/// A minimal valid create body: Europe/Zurich unless `zone` says otherwise,
/// 60 minutes, if-need-be allowed, no deadline.
pub fn poll_body(title: &str, zone: &str, slots: &[&str]) -> Value {
    json!({
        "title": title,
        "description": "Test poll",
        "location": "Room 4",
        "organizer_name": "Olga Organizer",
        "organizer_email": "olga@example.org",
        "timezone": zone,
        "duration_minutes": 60,
        "deadline": null,
        "if_need_be": true,
        "hide_results": false,
        "slots": slots,
    })
}

/// `{slot_id: vote}` for the slots in order.
pub fn vote_map(slots: &[CreatedSlot], votes: &[&str]) -> Value {
    assert_eq!(slots.len(), votes.len(), "one vote per slot");
    let map: serde_json::Map<String, Value> = slots
        .iter()
        .zip(votes)
        .map(|(slot, vote)| (slot.id.clone(), Value::from(*vote)))
        .collect();
    Value::Object(map)
}

/// A response body.
pub fn response_body(name: &str, email: Option<&str>, zone: &str, votes: Value) -> Value {
    json!({
        "name": name,
        "email": email,
        "affiliation": "",
        "timezone": zone,
        "votes": votes,
    })
}

/// Form fields for `POST /p/{id}/responses` and the edit form.
pub fn response_form(
    name: &str,
    email: &str,
    zone: &str,
    slots: &[CreatedSlot],
    votes: &[&str],
) -> Vec<(String, String)> {
    let mut fields = vec![
        ("name".to_owned(), name.to_owned()),
        ("email".to_owned(), email.to_owned()),
        ("affiliation".to_owned(), String::new()),
        ("timezone".to_owned(), zone.to_owned()),
    ];
    for (slot, vote) in slots.iter().zip(votes) {
        fields.push((format!("vote_{}", slot.id), (*vote).to_owned()));
    }
    fields
}

fn slot_of(value: &Value) -> CreatedSlot {
    let s = |key: &str| {
        value[key]
            .as_str()
            .unwrap_or_else(|| panic!("slot has no string {key:?}: {value}"))
            .to_owned()
    };
    CreatedSlot {
        id: s("id"),
        start: s("start"),
        end: s("end"),
    }
}

/// The slots of a `POST …/slots` answer, whether a bare list or `{"slots": […]}`.
pub fn slots_of(answer: &Value) -> Vec<CreatedSlot> {
    let list = answer
        .as_array()
        .or_else(|| answer["slots"].as_array())
        .unwrap_or_else(|| panic!("no slot list in {answer}"));
    list.iter().map(slot_of).collect()
}

// ---- the fixture ----

pub fn fixture() -> Value {
    serde_json::from_str(FIXTURE_JSON).expect("the fixture is JSON")
}

/// The fixture poll as a create body (slots as local times in Europe/Zurich).
///
/// The fixture's deadline (2027-03-19T17:00 Zurich) is dropped once it has passed, so
/// that the fixture tests keep working after that day (a past deadline is refused).
pub fn fixture_create_body() -> Value {
    let fixture = fixture();
    let mut body = fixture["poll"].clone();
    body["slots"] = fixture["slots_local"].clone();
    if !fixture_deadline_ahead() {
        body["deadline"] = Value::Null;
    }
    body
}

/// Whether the fixture's deadline is still more than a day ahead.
pub fn fixture_deadline_ahead() -> bool {
    let deadline = fixture()["poll"]["deadline"]
        .as_str()
        .expect("deadline")
        .to_owned();
    let deadline = chrono::NaiveDateTime::parse_from_str(&deadline, "%Y-%m-%dT%H:%M")
        .expect("deadline format");
    deadline.and_utc() - chrono::Duration::days(1) > chrono::Utc::now()
}

#[derive(Debug, Clone)]
pub struct FixtureParticipant {
    pub name: String,
    pub email: Option<String>,
    pub affiliation: String,
    pub timezone: String,
    pub votes: Vec<String>,
}

pub fn fixture_participants() -> Vec<FixtureParticipant> {
    fixture()["participants"]
        .as_array()
        .expect("participants")
        .iter()
        .map(|p| FixtureParticipant {
            name: p["name"].as_str().expect("name").to_owned(),
            email: p["email"].as_str().map(str::to_owned),
            affiliation: p["affiliation"].as_str().expect("affiliation").to_owned(),
            timezone: p["timezone"].as_str().expect("timezone").to_owned(),
            votes: p["votes"]
                .as_array()
                .expect("votes")
                .iter()
                .map(|v| v.as_str().expect("vote").to_owned())
                .collect(),
        })
        .collect()
}

// ---- reading answers ----

/// The body as text, after checking the status (the body is shown when it is wrong).
pub async fn expect_status(response: Response, status: u16) -> String {
    let got = response.status().as_u16();
    let url = response.url().to_string();
    let body = response.text().await.unwrap_or_default();
    assert_eq!(
        got, status,
        "{url} answered {got}, expected {status}; body:\n{body}"
    );
    body
}

/// The body as JSON, after checking the status.
pub async fn expect_json(response: Response, status: u16) -> Value {
    let body = expect_status(response, status).await;
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

/// Checks an error answer: status, the `{"error","message","field"}` shape and,
/// when given, the field it names.
pub async fn expect_error(response: Response, status: u16, field: Option<&str>) -> ApiError {
    let content_type = content_type(response.headers());
    let body = expect_status(response, status).await;
    assert!(
        content_type.starts_with("application/json"),
        "error answer is {content_type:?}, not JSON: {body}"
    );
    let json: Value =
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"));
    let code = json["error"]
        .as_str()
        .unwrap_or_else(|| panic!("no string \"error\" in {body}"))
        .to_owned();
    let message = json["message"]
        .as_str()
        .unwrap_or_else(|| panic!("no string \"message\" in {body}"))
        .to_owned();
    assert!(!message.trim().is_empty(), "empty error message: {body}");
    let got_field = match &json["field"] {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => panic!("\"field\" is neither a string nor null ({other}): {body}"),
    };
    assert!(
        json.as_object().is_some_and(|o| o.contains_key("field")),
        "no \"field\" key in {body}"
    );
    if let Some(field) = field {
        assert_eq!(got_field.as_deref(), Some(field), "wrong field in {body}");
    }
    assert!(!code.is_empty(), "empty error code: {body}");
    ApiError {
        code,
        message,
        field: got_field,
        body,
    }
}

pub fn content_type(headers: &HeaderMap) -> String {
    headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The `Location` of a redirect, after checking the status is 303.
pub async fn expect_see_other(response: Response) -> String {
    let location = response
        .headers()
        .get(LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let _ = expect_status(response, 303).await;
    location.expect("a 303 answer has a Location")
}

/// The path (and query) of a `Location` that may be absolute or relative.
pub fn location_path(location: &str) -> String {
    match location.find("://") {
        Some(scheme_end) => {
            let rest = &location[scheme_end + 3..];
            rest.find('/')
                .map_or_else(|| "/".to_owned(), |i| rest[i..].to_owned())
        }
        None => location.to_owned(),
    }
}

/// The slot of `poll` (a GET answer) with `id`.
pub fn slot_by_id<'a>(poll: &'a Value, id: &str) -> &'a Value {
    poll["slots"]
        .as_array()
        .expect("slots")
        .iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("no slot {id} in {poll}"))
}

/// `(yes, if_need_be, no)` of `slot_id` in the poll's tally.
pub fn tally_of(poll: &Value, slot_id: &str) -> (i64, i64, i64) {
    let row = poll["tally"]
        .as_array()
        .unwrap_or_else(|| panic!("no tally in {poll}"))
        .iter()
        .find(|t| t["slot_id"] == slot_id)
        .unwrap_or_else(|| panic!("no tally row for {slot_id} in {poll}"));
    let n = |k: &str| row[k].as_i64().unwrap_or_else(|| panic!("no {k} in {row}"));
    (n("yes"), n("if_need_be"), n("no"))
}

/// `best_slot_ids` as strings.
pub fn best_slot_ids(poll: &Value) -> Vec<String> {
    poll["best_slot_ids"]
        .as_array()
        .unwrap_or_else(|| panic!("no best_slot_ids in {poll}"))
        .iter()
        .map(|v| v.as_str().expect("slot id").to_owned())
        .collect()
}

/// The response of `poll` named `name`.
pub fn response_named<'a>(poll: &'a Value, name: &str) -> &'a Value {
    poll["responses"]
        .as_array()
        .expect("responses")
        .iter()
        .find(|r| r["name"] == name)
        .unwrap_or_else(|| panic!("no response named {name} in {poll}"))
}

// ---- mail ----

/// Parsed messages whose `To` is `address`.
pub fn mails_to(mails: &[ReceivedMail], address: &str) -> Vec<ParsedMail> {
    mails
        .iter()
        .map(ReceivedMail::parse)
        .filter(|m| m.to.iter().any(|to| to.eq_ignore_ascii_case(address)))
        .collect()
}

/// The one message to `address`.
pub fn the_mail_to(mails: &[ReceivedMail], address: &str) -> ParsedMail {
    let mut found = mails_to(mails, address);
    assert_eq!(
        found.len(),
        1,
        "expected one mail to {address}, got {}: {}",
        found.len(),
        crate::smtp::describe(mails)
    );
    found.remove(0)
}

/// Whether `text` contains the UTC offset `offset` (`"+05:45"`, `"-04:00"`), accepting
/// a typographic minus sign (U+2212) for negative offsets.
pub fn contains_offset(text: &str, offset: &str) -> bool {
    text.contains(offset)
        || (offset.starts_with('-') && text.contains(&offset.replacen('-', "\u{2212}", 1)))
}

/// Undoes the HTML escaping askama applies, enough to find text in a page or HTML mail.
pub fn unescape_html(html: &str) -> String {
    html.replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#x2F;", "/")
        .replace("&#47;", "/")
        .replace("&lt;", "<")
        .replace("&#60;", "<")
        .replace("&gt;", ">")
        .replace("&#62;", ">")
        .replace("&amp;", "&")
        .replace("&#38;", "&")
}

/// Checks an `.ics` file's RFC 5545 form: CRLF line ends only, no line over 75
/// octets, one VCALENDAR with VERSION, PRODID and METHOD, one VEVENT with UID,
/// DTSTAMP and UTC DTSTART/DTEND. Returns the unfolded VEVENT properties.
pub fn check_ics(ics: &str) -> IcsEvent {
    assert!(
        ics.ends_with("\r\n"),
        "the calendar does not end with CRLF:\n{ics}"
    );
    for (i, line) in ics.split("\r\n").enumerate() {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "line {} has a bare LF or CR:\n{ics:?}",
            i + 1
        );
        assert!(
            line.len() <= 75,
            "line {} is {} octets (max 75): {line:?}",
            i + 1,
            line.len()
        );
    }
    let unfolded = icalendar::parser::unfold(ics);
    let calendar = icalendar::parser::read_calendar(&unfolded)
        .unwrap_or_else(|e| panic!("not iCalendar: {e}\n{ics}"));
    let cal_prop = |name: &str| {
        calendar
            .properties
            .iter()
            .find(|p| p.name.as_str() == name)
            .map(|p| p.val.as_str().to_owned())
    };
    assert_eq!(
        cal_prop("VERSION").as_deref(),
        Some("2.0"),
        "VERSION:\n{ics}"
    );
    assert!(
        cal_prop("PRODID").is_some_and(|p| !p.is_empty()),
        "no PRODID:\n{ics}"
    );
    let method = cal_prop("METHOD").unwrap_or_else(|| panic!("no METHOD:\n{ics}"));
    assert!(
        matches!(method.as_str(), "PUBLISH" | "REQUEST" | "CANCEL"),
        "METHOD {method:?}:\n{ics}"
    );
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .collect();
    assert_eq!(events.len(), 1, "expected one VEVENT:\n{ics}");
    let event = events[0];
    let prop = |name: &str| event.find_prop(name).map(|p| p.val.as_str().to_owned());
    let uid = prop("UID").unwrap_or_else(|| panic!("no UID:\n{ics}"));
    assert!(!uid.is_empty(), "empty UID:\n{ics}");
    let dtstamp = prop("DTSTAMP").unwrap_or_else(|| panic!("no DTSTAMP:\n{ics}"));
    assert!(
        is_ics_utc(&dtstamp),
        "DTSTAMP {dtstamp:?} is not a UTC date-time:\n{ics}"
    );
    let dtstart = prop("DTSTART").unwrap_or_else(|| panic!("no DTSTART:\n{ics}"));
    let dtend = prop("DTEND").unwrap_or_else(|| panic!("no DTEND:\n{ics}"));
    IcsEvent {
        method,
        uid,
        dtstart,
        dtend,
        sequence: prop("SEQUENCE").map_or(0, |s| {
            s.trim()
                .parse()
                .unwrap_or_else(|_| panic!("SEQUENCE {s:?} is not a number"))
        }),
        summary: prop("SUMMARY").map(|s| ics_unescape(&s)),
        location: prop("LOCATION").map(|s| ics_unescape(&s)),
        status: prop("STATUS"),
        raw: ics.to_owned(),
    }
}

/// What the tests read from a calendar file's event.
#[derive(Debug, Clone)]
pub struct IcsEvent {
    pub method: String,
    pub uid: String,
    pub dtstart: String,
    pub dtend: String,
    /// `SEQUENCE`, 0 when absent (RFC 5545 3.8.7.4).
    pub sequence: u32,
    pub summary: Option<String>,
    pub location: Option<String>,
    /// `STATUS` (`CANCELLED` in a cancellation).
    pub status: Option<String>,
    /// The file as received, for failure messages.
    #[allow(dead_code)]
    pub raw: String,
}

/// `YYYYMMDDTHHMMSSZ`.
fn is_ics_utc(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 16
        && b[8] == b'T'
        && b[15] == b'Z'
        && b[..8].iter().all(u8::is_ascii_digit)
        && b[9..15].iter().all(u8::is_ascii_digit)
}

/// RFC 5545 TEXT unescaping (`\,` `\;` `\\` `\n`).
fn ics_unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The raw (undecoded) value of header `name` in a message, continuation lines included.
pub fn raw_header(raw: &str, name: &str) -> String {
    let head = raw.split("\r\n\r\n").next().unwrap_or(raw);
    let mut value = None::<String>;
    for line in head.split("\r\n") {
        match &mut value {
            Some(v) if line.starts_with(' ') || line.starts_with('\t') => v.push_str(line),
            Some(_) => break,
            None => {
                if let Some((key, rest)) = line.split_once(':') {
                    if key.eq_ignore_ascii_case(name) {
                        value = Some(rest.to_owned());
                    }
                }
            }
        }
    }
    value.unwrap_or_else(|| panic!("no {name} header in:\n{raw}"))
}
