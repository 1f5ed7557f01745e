//! A real SMTP server for the tests: mailin-embedded on 127.0.0.1, a free port, plain
//! SMTP without TLS or authentication, run on its own thread.
//!
//! It keeps every message it accepted (envelope and raw bytes) and every message it
//! refused, and it can be told to refuse deliveries with a temporary failure, or to
//! hold a delivery open (to crash the application in the middle of sending).
//!
//! Refusals are answered at the end of DATA with `421` ("service not available,
//! closing connection"), a temporary (4xx) failure after which the server closes the
//! connection. (A `451` at that point would leave mailin's session in its DATA state,
//! so the client's next command would be swallowed as message text and the client
//! would hang until its own timeout; `421` avoids that harness artefact.)

use std::collections::BTreeMap;
use std::io;
use std::net::TcpListener;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use mail_parser::{MessageParser, MimeHeaders};
use mailin_embedded::{response, Handler, Response, Server};

/// How long `wait_for` waits by default.
pub const MAIL_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a held delivery waits at most before it is refused anyway.
const HOLD_LIMIT: Duration = Duration::from_secs(60);

/// One message as the SMTP server saw it.
#[derive(Clone, Debug)]
pub struct ReceivedMail {
    /// `MAIL FROM` of the envelope.
    pub envelope_from: String,
    /// `RCPT TO` addresses of the envelope.
    pub recipients: Vec<String>,
    /// The message exactly as transferred (after dot-unstuffing).
    pub raw: Vec<u8>,
}

/// The parts of a received message the tests look at, decoded.
#[derive(Clone, Debug)]
pub struct ParsedMail {
    pub envelope_from: String,
    pub recipients: Vec<String>,
    /// Decoded `Subject` (RFC 2047 words decoded).
    pub subject: String,
    /// Addresses of `From`.
    pub from: Vec<String>,
    /// Addresses of `To`.
    pub to: Vec<String>,
    /// `Message-ID` without angle brackets.
    pub message_id: Option<String>,
    /// Content type of the top-level part (`multipart/mixed`, …).
    pub root_content_type: String,
    /// The first `text/plain` part, decoded.
    pub text: Option<String>,
    /// The first `text/html` part, decoded.
    pub html: Option<String>,
    /// The first `text/calendar` part, its content bytes after transfer decoding.
    pub calendar: Option<Vec<u8>>,
    /// Content-Type parameters of the calendar part (`method`, `charset`, `name`).
    pub calendar_params: BTreeMap<String, String>,
    /// File name of the calendar part, if any.
    pub calendar_filename: Option<String>,
    /// The raw message, for failure messages.
    pub raw: String,
}

impl ParsedMail {
    /// The text body, or a panic naming the message.
    pub fn text(&self) -> &str {
        self.text
            .as_deref()
            .unwrap_or_else(|| panic!("no text/plain part in:\n{}", self.raw))
    }

    /// The HTML body, or a panic naming the message.
    pub fn html(&self) -> &str {
        self.html
            .as_deref()
            .unwrap_or_else(|| panic!("no text/html part in:\n{}", self.raw))
    }

    /// The calendar attachment as text, or a panic naming the message.
    pub fn calendar_text(&self) -> String {
        let bytes = self
            .calendar
            .as_ref()
            .unwrap_or_else(|| panic!("no text/calendar part in:\n{}", self.raw));
        String::from_utf8(bytes.clone()).expect("the calendar part is UTF-8")
    }

    /// The one `To` address (panics when there is not exactly one).
    pub fn single_to(&self) -> &str {
        assert_eq!(
            self.to.len(),
            1,
            "expected one To address in:\n{}",
            self.raw
        );
        &self.to[0]
    }
}

impl ReceivedMail {
    /// Parses the message with mail-parser.
    pub fn parse(&self) -> ParsedMail {
        let raw = String::from_utf8_lossy(&self.raw).into_owned();
        let message = MessageParser::default()
            .parse(&self.raw)
            .unwrap_or_else(|| panic!("mail-parser cannot parse:\n{raw}"));
        let addresses = |a: Option<&mail_parser::Address<'_>>| -> Vec<String> {
            a.map(|a| {
                a.clone()
                    .into_list()
                    .into_iter()
                    .filter_map(|addr| addr.address.map(|s| s.into_owned()))
                    .collect()
            })
            .unwrap_or_default()
        };
        let root_content_type = message
            .content_type()
            .map(|ct| format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or("")))
            .unwrap_or_default()
            .to_ascii_lowercase();
        let mut text = None;
        let mut html = None;
        let mut calendar = None;
        let mut calendar_params = BTreeMap::new();
        let mut calendar_filename = None;
        for part in &message.parts {
            let Some(ct) = part.content_type() else {
                // No Content-Type: text/plain by default (RFC 2045), only for a single-part message.
                if message.parts.len() == 1 && text.is_none() {
                    text = part.text_contents().map(str::to_owned);
                }
                continue;
            };
            let kind =
                format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or("")).to_ascii_lowercase();
            match kind.as_str() {
                "text/plain" if text.is_none() => text = part.text_contents().map(str::to_owned),
                "text/html" if html.is_none() => html = part.text_contents().map(str::to_owned),
                "text/calendar" if calendar.is_none() => {
                    calendar = Some(part.contents().to_vec());
                    if let Some(attrs) = ct.attributes() {
                        for attr in attrs {
                            calendar_params
                                .insert(attr.name.to_ascii_lowercase(), attr.value.to_string());
                        }
                    }
                    calendar_filename = part.attachment_name().map(str::to_owned);
                }
                _ => {}
            }
        }
        ParsedMail {
            envelope_from: self.envelope_from.clone(),
            recipients: self.recipients.clone(),
            subject: message.subject().unwrap_or_default().to_owned(),
            from: addresses(message.from()),
            to: addresses(message.to()),
            message_id: message.message_id().map(str::to_owned),
            root_content_type,
            text,
            html,
            calendar,
            calendar_params,
            calendar_filename,
            raw,
        }
    }
}

#[derive(Default)]
struct Shared {
    delivered: Mutex<Vec<ReceivedMail>>,
    refused: Mutex<Vec<ReceivedMail>>,
    /// Refuse every delivery while set.
    fail_all: AtomicBool,
    /// Refuse this many of the next deliveries.
    fail_next: AtomicUsize,
    /// Wait this many milliseconds at the end of DATA before answering (a slow server).
    delay_ms: AtomicU64,
    /// Once this many messages were accepted, hold further deliveries open until released.
    hold_after: Mutex<Option<usize>>,
    /// Deliveries being held right now.
    held: AtomicUsize,
    /// Set by `release`; held deliveries then end with a refusal.
    released: Mutex<bool>,
    release_signal: Condvar,
}

/// Per-connection state; mailin-embedded clones the handler for each connection.
#[derive(Clone)]
struct Collector {
    shared: Arc<Shared>,
    from: String,
    to: Vec<String>,
    data: Vec<u8>,
}

impl Handler for Collector {
    fn data_start(&mut self, _domain: &str, from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.from = from.to_owned();
        self.to = to.to_vec();
        self.data.clear();
        response::OK
    }

    fn data(&mut self, buf: &[u8]) -> io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let mail = ReceivedMail {
            envelope_from: std::mem::take(&mut self.from),
            recipients: std::mem::take(&mut self.to),
            raw: std::mem::take(&mut self.data),
        };
        let shared = &self.shared;
        let delay = shared.delay_ms.load(Ordering::SeqCst);
        if delay > 0 {
            std::thread::sleep(Duration::from_millis(delay));
        }
        let hold = {
            let limit = *shared.hold_after.lock().expect("lock");
            let delivered = shared.delivered.lock().expect("lock").len();
            limit.is_some_and(|limit| delivered >= limit)
        };
        if hold {
            shared.held.fetch_add(1, Ordering::SeqCst);
            let released = shared.released.lock().expect("lock");
            let _released = shared
                .release_signal
                .wait_timeout_while(released, HOLD_LIMIT, |released| !*released)
                .expect("condvar");
            shared.held.fetch_sub(1, Ordering::SeqCst);
            shared.refused.lock().expect("lock").push(mail);
            return response::NO_SERVICE;
        }
        let fail_once = shared
            .fail_next
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok();
        if fail_once || shared.fail_all.load(Ordering::SeqCst) {
            shared.refused.lock().expect("lock").push(mail);
            return response::NO_SERVICE;
        }
        shared.delivered.lock().expect("lock").push(mail);
        response::OK
    }
}

/// A port of 127.0.0.1 held by a socket that is bound but not listening: connections to
/// it are refused, and no other test can take it before [`TestSmtp::start_on`].
pub fn reserve_port() -> (socket2::Socket, u16) {
    let socket =
        socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).expect("a socket");
    socket
        .bind(&std::net::SocketAddr::from(([127, 0, 0, 1], 0)).into())
        .expect("bind a free port");
    let port = socket
        .local_addr()
        .expect("local address")
        .as_socket()
        .expect("an IP address")
        .port();
    (socket, port)
}

/// A running SMTP server. It lives until the test binary exits; clones share it.
#[derive(Clone)]
pub struct TestSmtp {
    pub port: u16,
    shared: Arc<Shared>,
}

impl TestSmtp {
    /// Starts a server on a free port of 127.0.0.1.
    pub fn start() -> TestSmtp {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind an SMTP port");
        Self::serve(listener)
    }

    /// Starts a server on a port reserved earlier with [`reserve_port`] (for a server that
    /// "comes back"): the socket starts listening only now.
    pub fn start_on(reserved: socket2::Socket) -> io::Result<TestSmtp> {
        reserved.listen(128)?;
        Ok(Self::serve(reserved.into()))
    }

    fn serve(listener: TcpListener) -> TestSmtp {
        let port = listener.local_addr().expect("local address").port();
        let shared = Arc::new(Shared::default());
        let handler = Collector {
            shared: Arc::clone(&shared),
            from: String::new(),
            to: Vec::new(),
            data: Vec::new(),
        };
        std::thread::Builder::new()
            .name(format!("test-smtp-{port}"))
            .spawn(move || {
                let mut server = Server::new(handler);
                server
                    .with_name("smtp.test.example.org")
                    .with_num_threads(8)
                    .with_tcp_listener(listener);
                if let Err(e) = server.serve() {
                    eprintln!("test SMTP server on port {port} stopped: {e}");
                }
            })
            .expect("spawn the SMTP thread");
        TestSmtp { port, shared }
    }

    /// `smtp://127.0.0.1:PORT` for the application's configuration.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Refuse (421) every delivery while `on`.
    pub fn fail_all(&self, on: bool) {
        self.shared.fail_all.store(on, Ordering::SeqCst);
    }

    /// Refuse (421) the next `n` deliveries.
    pub fn fail_next(&self, n: usize) {
        self.shared.fail_next.store(n, Ordering::SeqCst);
    }

    /// Answer each message only after `delay` (a slow server).
    pub fn slow_down(&self, delay: Duration) {
        self.shared.delay_ms.store(
            u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
            Ordering::SeqCst,
        );
    }

    /// Accept `n` more messages (counting those already accepted), then hold every
    /// further delivery open at the end of DATA until [`TestSmtp::release`].
    pub fn hold_after(&self, n: usize) {
        *self.shared.hold_after.lock().expect("lock") = Some(n);
    }

    /// Ends the holding: held deliveries are refused (421) and no more are held.
    pub fn release(&self) {
        *self.shared.hold_after.lock().expect("lock") = None;
        *self.shared.released.lock().expect("lock") = true;
        self.shared.release_signal.notify_all();
    }

    /// Deliveries being held open right now.
    pub fn held(&self) -> usize {
        self.shared.held.load(Ordering::SeqCst)
    }

    /// Messages accepted so far.
    pub fn delivered(&self) -> Vec<ReceivedMail> {
        self.shared.delivered.lock().expect("lock").clone()
    }

    /// Deliveries refused so far (each attempt counts).
    pub fn refused(&self) -> Vec<ReceivedMail> {
        self.shared.refused.lock().expect("lock").clone()
    }

    /// Waits until at least `n` messages have been accepted; panics after `timeout`
    /// listing what did arrive.
    pub async fn wait_for(&self, n: usize, timeout: Duration) -> Vec<ReceivedMail> {
        let start = Instant::now();
        loop {
            let delivered = self.delivered();
            if delivered.len() >= n {
                return delivered;
            }
            if start.elapsed() > timeout {
                panic!(
                    "expected {n} mail(s) within {timeout:?}, got {}: {}\n({} refused attempt(s))",
                    delivered.len(),
                    describe(&delivered),
                    self.refused().len()
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits for `n` messages, then watches a little longer (several worker polls and
    /// more than a first retry delay) and asserts that no further message arrived.
    pub async fn wait_for_exactly(&self, n: usize, timeout: Duration) -> Vec<ReceivedMail> {
        self.wait_for(n, timeout).await;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let delivered = self.delivered();
        assert_eq!(
            delivered.len(),
            n,
            "expected exactly {n} mail(s), got {}: {}",
            delivered.len(),
            describe(&delivered)
        );
        delivered
    }

    /// Waits until `condition` holds; panics with `what` after `timeout`.
    pub async fn wait_until(
        &self,
        what: &str,
        timeout: Duration,
        condition: impl Fn(&TestSmtp) -> bool,
    ) {
        let start = Instant::now();
        while !condition(self) {
            if start.elapsed() > timeout {
                panic!(
                    "timed out after {timeout:?} waiting for {what}; delivered: {}; refused: {}; held: {}",
                    describe(&self.delivered()),
                    self.refused().len(),
                    self.held()
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// One line per message: recipients and subject.
pub fn describe(mails: &[ReceivedMail]) -> String {
    let lines: Vec<String> = mails
        .iter()
        .map(|m| {
            let subject = MessageParser::default()
                .parse(&m.raw)
                .and_then(|p| p.subject().map(str::to_owned))
                .unwrap_or_default();
            format!("\n  to {:?}: {subject:?}", m.recipients)
        })
        .collect();
    if lines.is_empty() {
        "(none)".into()
    } else {
        lines.concat()
    }
}

/// The harness itself, checked with lettre (the client the application uses).
mod harness {
    use std::time::{Duration, Instant};

    use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

    use super::TestSmtp;

    fn transport(smtp: &TestSmtp) -> AsyncSmtpTransport<Tokio1Executor> {
        AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous("127.0.0.1")
            .port(smtp.port)
            .timeout(Some(Duration::from_secs(20)))
            .build()
    }

    fn message(subject: &str) -> Message {
        let id: String = subject
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        Message::builder()
            .from("Sender <sender@example.org>".parse().expect("mailbox"))
            .to("rcpt@example.org".parse().expect("mailbox"))
            .message_id(Some(format!("<{id}@test.example.org>")))
            .subject(subject)
            .body(String::from("Line one\r\n.leading dot\r\n"))
            .expect("message")
    }

    #[tokio::test]
    async fn test_smtp_keeps_what_lettre_sends() {
        let smtp = TestSmtp::start();
        transport(&smtp)
            .send(message("Grüße — hello"))
            .await
            .expect("sent");
        let mails = smtp.wait_for_exactly(1, Duration::from_secs(5)).await;
        let mail = mails[0].parse();
        assert_eq!(mail.envelope_from, "sender@example.org");
        assert_eq!(mail.recipients, vec!["rcpt@example.org".to_owned()]);
        assert_eq!(mail.subject, "Grüße — hello");
        assert_eq!(
            mail.message_id.as_deref(),
            Some("Grehello@test.example.org")
        );
        assert!(
            mail.text().contains(".leading dot"),
            "dot-stuffing undone: {:?}",
            mail.text
        );
    }

    #[tokio::test]
    async fn test_smtp_refusal_is_a_prompt_temporary_error() {
        let smtp = TestSmtp::start();
        smtp.fail_next(1);
        let started = Instant::now();
        let error = transport(&smtp)
            .send(message("first"))
            .await
            .expect_err("refused");
        assert!(error.is_transient(), "a 4xx refusal: {error}");
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the client is not left hanging"
        );
        transport(&smtp)
            .send(message("second"))
            .await
            .expect("accepted after the refusal");
        assert_eq!(smtp.refused().len(), 1);
        assert_eq!(smtp.delivered().len(), 1);
    }

    #[tokio::test]
    async fn test_smtp_holds_a_delivery_until_released() {
        let smtp = std::sync::Arc::new(TestSmtp::start());
        smtp.hold_after(0);
        let sender = {
            let transport = transport(&smtp);
            tokio::spawn(async move { transport.send(message("held")).await })
        };
        smtp.wait_until("a held delivery", Duration::from_secs(5), |s| s.held() == 1)
            .await;
        assert!(smtp.delivered().is_empty());
        smtp.release();
        let result = tokio::time::timeout(Duration::from_secs(5), sender)
            .await
            .expect("ends")
            .expect("task");
        assert!(
            result.is_err_and(|e| e.is_transient()),
            "a held delivery ends refused"
        );
        assert_eq!(smtp.held(), 0);
    }
}
