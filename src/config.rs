//! Start-up configuration: one [`Config`] built from flags and environment variables,
//! validated once in [`Config::validate`] and passed to [`crate::startup::Application::build`].

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use clap::{Args, ValueEnum};
use url::Url;

use crate::domain::limits::PollLimits;
use crate::mail::dkim::{DkimDomain, DkimError, DkimKey, DkimSelector, DkimSigner};

/// Everything an instance needs to run. Each field is a command-line flag and an
/// environment variable (shown by `convene serve --help`).
#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Address and port to listen on (`127.0.0.1:8080`; port 0 picks a free port).
    #[arg(
        long,
        global = true,
        env = "CONVENE_BIND",
        default_value = "127.0.0.1:8080"
    )]
    pub bind: String,

    /// Database: a PostgreSQL URL (`postgres://…`), or a SQLite file path or `sqlite://` URL.
    #[arg(
        long,
        global = true,
        env = "DATABASE_URL",
        default_value = "convene.db"
    )]
    pub database_url: String,

    /// Largest number of pooled database connections.
    #[arg(long, global = true, env = "CONVENE_DB_POOL_SIZE", default_value_t = 8)]
    pub db_pool_size: u32,

    /// Public base URL used in links that are mailed or shown (`https://convene.example.org`).
    /// Default: `http://` plus the bound address.
    #[arg(long, global = true, env = "CONVENE_BASE_URL")]
    pub base_url: Option<Url>,

    /// SMTP server: `smtp://user:pass@host:587?tls=required` (STARTTLS), `smtps://host:465`
    /// (TLS), or `smtp://localhost:25` (plain, for a local relay). Without it, mail is
    /// written as `.eml` files to `--outbox-dir`.
    #[arg(long, global = true, env = "SMTP_URL")]
    pub smtp_url: Option<String>,

    /// Sender of every message (RFC 5322 mailbox, `Convene <convene@example.org>`).
    #[arg(
        long,
        global = true,
        env = "MAIL_FROM",
        default_value = "Convene <convene@localhost>"
    )]
    pub mail_from: String,

    /// DKIM signing (RFC 6376): an unencrypted PEM private key, RSA (1024 to 4096 bits,
    /// PKCS #1 or #8) or Ed25519 (PKCS #8). Mail is signed when this and
    /// `--dkim-selector` are both set; setting only one of them is an error.
    #[arg(long, global = true, env = "CONVENE_DKIM_KEY_FILE")]
    pub dkim_key_file: Option<PathBuf>,

    /// DKIM selector: the public key is published as a TXT record at
    /// `<selector>._domainkey.<domain>`.
    #[arg(long, global = true, env = "CONVENE_DKIM_SELECTOR")]
    pub dkim_selector: Option<String>,

    /// DKIM signing domain (`d=`). Default: the domain of `MAIL_FROM`'s address.
    #[arg(long, global = true, env = "CONVENE_DKIM_DOMAIN")]
    pub dkim_domain: Option<String>,

    /// Folder for `.eml` files when no SMTP server is configured.
    #[arg(
        long,
        global = true,
        env = "CONVENE_OUTBOX_DIR",
        default_value = "outbox"
    )]
    pub outbox_dir: PathBuf,

    /// How often the mail worker looks for due messages, in milliseconds (it is also
    /// woken at once when a message is queued).
    #[arg(
        long,
        global = true,
        env = "CONVENE_MAIL_POLL_MS",
        default_value_t = 2000
    )]
    pub mail_poll_ms: u64,

    /// First retry delay after a failed delivery, in seconds; doubled after each failure.
    #[arg(
        long,
        global = true,
        env = "CONVENE_MAIL_RETRY_SECS",
        default_value_t = 30
    )]
    pub mail_retry_secs: u64,

    /// Delivery attempts before a message is marked failed (it stays in the outbox).
    #[arg(
        long,
        global = true,
        env = "CONVENE_MAIL_MAX_ATTEMPTS",
        default_value_t = 10
    )]
    pub mail_max_attempts: u32,

    /// How long a worker's claim on a message lasts, in seconds; after that another
    /// instance may take it over (a crashed instance's claims expire).
    #[arg(
        long,
        global = true,
        env = "CONVENE_MAIL_LEASE_SECS",
        default_value_t = 120
    )]
    pub mail_lease_secs: u64,

    /// How often this instance looks for scheduled mail (automatic reminders, daily
    /// digests), in seconds; 0 turns it off (another instance may do it).
    #[arg(
        long,
        global = true,
        env = "CONVENE_SCHEDULER_SECS",
        default_value_t = 60
    )]
    pub scheduler_secs: u64,

    /// Skip running database migrations at start (for deployments that run `convene migrate`).
    #[arg(
        long,
        global = true,
        env = "CONVENE_SKIP_MIGRATIONS",
        default_value_t = false
    )]
    pub skip_migrations: bool,

    /// Per-client rate limits: `on`, or `off` for load benchmarks (every limit below is
    /// then ignored).
    #[arg(
        long,
        global = true,
        env = "CONVENE_RATE_LIMITS",
        value_enum,
        default_value = "on"
    )]
    pub rate_limits: Switch,

    /// Poll creation (page and API) per client: `COUNT/WINDOW` (see [`RateQuota`]).
    #[arg(
        long,
        global = true,
        env = "CONVENE_RATE_LIMIT_POLLS",
        default_value_t = RateQuota::DEFAULT_POLLS
    )]
    pub rate_limit_polls: RateQuota,

    /// Answers (new and edited, page and API) per client. Generous, so that a mailing
    /// list answering from one office network is not held up.
    #[arg(
        long,
        global = true,
        env = "CONVENE_RATE_LIMIT_ANSWERS",
        default_value_t = RateQuota::DEFAULT_ANSWERS
    )]
    pub rate_limit_answers: RateQuota,

    /// Comments per client.
    #[arg(
        long,
        global = true,
        env = "CONVENE_RATE_LIMIT_COMMENTS",
        default_value_t = RateQuota::DEFAULT_COMMENTS
    )]
    pub rate_limit_comments: RateQuota,

    /// Invitation requests (each sends mail) per client.
    #[arg(
        long,
        global = true,
        env = "CONVENE_RATE_LIMIT_INVITATIONS",
        default_value_t = RateQuota::DEFAULT_INVITATIONS
    )]
    pub rate_limit_invitations: RateQuota,

    /// Planner requests (`/planner` pages, `POST /api/v1/planner`) per client: each
    /// can take up to a tenth of a second of one core.
    #[arg(
        long,
        global = true,
        env = "CONVENE_RATE_LIMIT_PLANNER",
        default_value_t = RateQuota::DEFAULT_PLANNER
    )]
    pub rate_limit_planner: RateQuota,

    /// Where the client's address for the rate limits comes from: `peer` (the TCP
    /// connection; right without a reverse proxy), or the header your reverse proxy
    /// writes, `x-forwarded-for` or `forwarded` (RFC 7239). Only name a header when
    /// every request reaches Convene through that proxy: a client that can reach Convene
    /// directly can write the header itself and choose its own address.
    #[arg(
        long,
        global = true,
        env = "CONVENE_CLIENT_IP",
        value_enum,
        default_value = "peer"
    )]
    pub client_ip: ClientIpSource,

    /// How many reverse proxies of yours add an address to that header: the client's
    /// address is the one this many places from the end (addresses further left were
    /// written by the client, or by proxies that are not yours).
    #[arg(
        long,
        global = true,
        env = "CONVENE_TRUSTED_PROXIES",
        default_value_t = 1
    )]
    pub trusted_proxies: u8,

    /// Most answers one poll takes.
    #[arg(
        long,
        global = true,
        env = "CONVENE_MAX_RESPONSES_PER_POLL",
        default_value_t = PollLimits::DEFAULT.responses_max
    )]
    pub max_responses_per_poll: u32,

    /// Most comments one poll takes.
    #[arg(
        long,
        global = true,
        env = "CONVENE_MAX_COMMENTS_PER_POLL",
        default_value_t = PollLimits::DEFAULT.comments_max
    )]
    pub max_comments_per_poll: u32,

    /// Most messages one poll may queue in any 24 hours (all kinds together).
    #[arg(
        long,
        global = true,
        env = "CONVENE_MAIL_PER_POLL_PER_DAY",
        default_value_t = PollLimits::DEFAULT.mail_per_day
    )]
    pub mail_per_poll_per_day: u32,

    /// Most edit-link mails one address receives from one poll in any 24 hours.
    #[arg(
        long,
        global = true,
        env = "CONVENE_EDIT_LINK_MAILS_PER_ADDRESS_PER_DAY",
        default_value_t = PollLimits::DEFAULT.edit_link_mails_per_address_per_day
    )]
    pub edit_link_mails_per_address_per_day: u32,

    /// Days a poll is kept after its meeting's end, or after its last activity when
    /// never finalized (1 to 3650); then it is deleted with everything of it.
    #[arg(
        long,
        global = true,
        env = "CONVENE_RETENTION_DAYS",
        default_value_t = crate::domain::retention::DEFAULT_RETENTION_DAYS
    )]
    pub retention_days: u32,

    /// Days before the deletion the organizer is mailed a warning with a link to keep
    /// the poll (at least 1, less than the retention).
    #[arg(
        long,
        global = true,
        env = "CONVENE_RETENTION_WARNING_DAYS",
        default_value_t = crate::domain::retention::DEFAULT_WARNING_DAYS
    )]
    pub retention_warning_days: u32,
}

/// A setting that is on or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Switch {
    /// On.
    On,
    /// Off.
    Off,
}

/// Where the client address of a request is read from (for the rate limits).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClientIpSource {
    /// The address of the TCP peer.
    Peer,
    /// The `X-Forwarded-For` header (a list of addresses, each proxy appending one).
    XForwardedFor,
    /// The `Forwarded` header's `for=` parameters (RFC 7239 §5.2).
    Forwarded,
}

/// A rate limit for one kind of request from one client, written `COUNT/WINDOW`
/// (`20/1h`, `300/1h`, `2/600ms`; the window in `humantime` units: `ms`, `s`, `m`,
/// `h`, `d`). Up to COUNT requests may come at once; each one used comes back after
/// WINDOW / COUNT, so no more than COUNT pass in any WINDOW once the burst is spent
/// (the generic cell rate algorithm: the burst is COUNT, the period WINDOW / COUNT).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateQuota {
    burst: u32,
    window: Duration,
}

/// Why a `COUNT/WINDOW` text is not a rate limit.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RateQuotaError {
    /// No `/` between count and window.
    #[error("{0:?} is not COUNT/WINDOW, e.g. 20/1h")]
    Shape(String),
    /// The count is not a whole number from 1.
    #[error("{0:?} is not a count of requests (a whole number from 1)")]
    Count(String),
    /// The window is not a duration.
    #[error("{value:?} is not a duration such as 1h, 10m or 500ms: {reason}")]
    Window {
        /// The text.
        value: String,
        /// humantime's reason.
        reason: String,
    },
    /// The window is too short for the count (less than a nanosecond per request).
    #[error("a window of {0:?} is too short")]
    TooShort(String),
}

impl RateQuota {
    /// Default for poll creation: 20 an hour.
    pub const DEFAULT_POLLS: RateQuota = RateQuota::per_hour(20);
    /// Default for answers: 300 an hour, all at once if need be (a mailing list answering
    /// from one office network).
    pub const DEFAULT_ANSWERS: RateQuota = RateQuota::per_hour(300);
    /// Default for comments: 60 an hour.
    pub const DEFAULT_COMMENTS: RateQuota = RateQuota::per_hour(60);
    /// Default for invitation requests: 20 an hour.
    pub const DEFAULT_INVITATIONS: RateQuota = RateQuota::per_hour(20);
    /// Default for planner requests: 600 an hour.
    pub const DEFAULT_PLANNER: RateQuota = RateQuota::per_hour(600);

    /// `burst` (at least 1) requests per hour.
    const fn per_hour(burst: u32) -> RateQuota {
        RateQuota {
            burst: if burst == 0 { 1 } else { burst },
            window: Duration::from_secs(3600),
        }
    }

    /// `burst` requests per `window`.
    ///
    /// # Errors
    /// [`RateQuotaError::Count`] for 0; [`RateQuotaError::TooShort`] when `window /
    /// burst` is zero.
    pub fn new(burst: u32, window: Duration) -> Result<Self, RateQuotaError> {
        if burst == 0 {
            return Err(RateQuotaError::Count("0".into()));
        }
        if (window / burst).is_zero() {
            return Err(RateQuotaError::TooShort(
                humantime::format_duration(window).to_string(),
            ));
        }
        Ok(RateQuota { burst, window })
    }

    /// How many requests may come at once (at least 1).
    pub fn burst(&self) -> u32 {
        self.burst
    }

    /// How long until one used request comes back: the window divided by the count
    /// (never zero).
    pub fn period(&self) -> Duration {
        self.window / self.burst
    }
}

impl FromStr for RateQuota {
    type Err = RateQuotaError;

    /// Parses `COUNT/WINDOW`; spaces around either part are ignored.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (count, window) = s
            .split_once('/')
            .ok_or_else(|| RateQuotaError::Shape(s.to_owned()))?;
        let burst = count
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| RateQuotaError::Count(count.trim().to_owned()))?;
        let window =
            humantime::parse_duration(window.trim()).map_err(|e| RateQuotaError::Window {
                value: window.trim().to_owned(),
                reason: e.to_string(),
            })?;
        RateQuota::new(burst, window)
    }
}

impl fmt::Display for RateQuota {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}/{}",
            self.burst,
            humantime::format_duration(self.window)
        )
    }
}

/// A configuration value that cannot work, named by its flag.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// `--mail-from` is not an RFC 5322 mailbox.
    #[error("MAIL_FROM {value:?} is not a mail address: {reason}")]
    MailFrom {
        /// What was given.
        value: String,
        /// Why it was refused.
        reason: String,
    },
    /// `--base-url` is not http(s).
    #[error("CONVENE_BASE_URL {0:?} must start with http:// or https://")]
    BaseUrl(String),
    /// A number that must be positive is zero.
    #[error("{0} must be greater than zero")]
    Zero(&'static str),
    /// Only part of the DKIM settings is given.
    #[error(
        "{set} is set but {missing} is not: DKIM signing needs CONVENE_DKIM_KEY_FILE and \
         CONVENE_DKIM_SELECTOR (CONVENE_DKIM_DOMAIN is optional), or none of them"
    )]
    DkimIncomplete {
        /// A setting that is given.
        set: &'static str,
        /// The setting (or settings) missing.
        missing: &'static str,
    },
    /// A DKIM setting cannot be used: the key file cannot be read or holds no usable
    /// key, or the selector or domain is not a DNS name.
    #[error("{setting}: {problem}")]
    Dkim {
        /// The setting at fault.
        setting: &'static str,
        /// Why.
        problem: DkimError,
    },
    /// `CONVENE_RETENTION_DAYS` or `CONVENE_RETENTION_WARNING_DAYS` out of bounds.
    #[error("CONVENE_RETENTION_DAYS / CONVENE_RETENTION_WARNING_DAYS: {0}")]
    Retention(#[from] crate::domain::retention::RetentionError),
}

impl Config {
    /// Checks the values that clap cannot check by type.
    ///
    /// # Errors
    /// [`ConfigError`] naming the first bad setting.
    pub fn validate(&self) -> Result<(), ConfigError> {
        self.mail_from_address()?;
        if let Some(url) = &self.base_url {
            if !matches!(url.scheme(), "http" | "https") {
                return Err(ConfigError::BaseUrl(url.to_string()));
            }
        }
        for (name, value) in [
            ("CONVENE_DB_POOL_SIZE", u64::from(self.db_pool_size)),
            ("CONVENE_MAIL_POLL_MS", self.mail_poll_ms),
            (
                "CONVENE_MAIL_MAX_ATTEMPTS",
                u64::from(self.mail_max_attempts),
            ),
            ("CONVENE_MAIL_LEASE_SECS", self.mail_lease_secs),
            ("CONVENE_TRUSTED_PROXIES", u64::from(self.trusted_proxies)),
            (
                "CONVENE_MAX_RESPONSES_PER_POLL",
                u64::from(self.max_responses_per_poll),
            ),
            (
                "CONVENE_MAX_COMMENTS_PER_POLL",
                u64::from(self.max_comments_per_poll),
            ),
            (
                "CONVENE_MAIL_PER_POLL_PER_DAY",
                u64::from(self.mail_per_poll_per_day),
            ),
            (
                "CONVENE_EDIT_LINK_MAILS_PER_ADDRESS_PER_DAY",
                u64::from(self.edit_link_mails_per_address_per_day),
            ),
        ] {
            if value == 0 {
                return Err(ConfigError::Zero(name));
            }
        }
        self.retention()?;
        Ok(())
    }

    /// How long polls are kept, and the warning before.
    ///
    /// # Errors
    /// [`ConfigError::Retention`] when the days are out of bounds.
    pub fn retention(&self) -> Result<crate::domain::retention::Retention, ConfigError> {
        Ok(crate::domain::retention::Retention::new(
            self.retention_days,
            self.retention_warning_days,
        )?)
    }

    /// The DKIM signer the settings describe: `None` when none of `CONVENE_DKIM_KEY_FILE`,
    /// `CONVENE_DKIM_SELECTOR` and `CONVENE_DKIM_DOMAIN` is set. Reads the key file.
    ///
    /// # Errors
    /// [`ConfigError::DkimIncomplete`] when only some are set; [`ConfigError::Dkim`]
    /// naming the setting whose value cannot be used (the key file unreadable or not a
    /// usable private key, a selector or domain that is not a DNS name, or, without
    /// `CONVENE_DKIM_DOMAIN`, a `MAIL_FROM` whose domain cannot sign);
    /// [`ConfigError::MailFrom`] for a `MAIL_FROM` that is no address.
    pub fn dkim_signer(&self) -> Result<Option<DkimSigner>, ConfigError> {
        let (key_file, selector) = match (&self.dkim_key_file, &self.dkim_selector) {
            (None, None) => {
                return match self.dkim_domain {
                    None => Ok(None),
                    Some(_) => Err(ConfigError::DkimIncomplete {
                        set: "CONVENE_DKIM_DOMAIN",
                        missing: "CONVENE_DKIM_KEY_FILE or CONVENE_DKIM_SELECTOR",
                    }),
                }
            }
            (Some(_), None) => {
                return Err(ConfigError::DkimIncomplete {
                    set: "CONVENE_DKIM_KEY_FILE",
                    missing: "CONVENE_DKIM_SELECTOR",
                })
            }
            (None, Some(_)) => {
                return Err(ConfigError::DkimIncomplete {
                    set: "CONVENE_DKIM_SELECTOR",
                    missing: "CONVENE_DKIM_KEY_FILE",
                })
            }
            (Some(key_file), Some(selector)) => (key_file, selector),
        };
        let dkim = |setting: &'static str| move |problem| ConfigError::Dkim { setting, problem };
        let selector = DkimSelector::parse(selector).map_err(dkim("CONVENE_DKIM_SELECTOR"))?;
        let domain = match &self.dkim_domain {
            Some(domain) => DkimDomain::parse(domain).map_err(dkim("CONVENE_DKIM_DOMAIN"))?,
            None => DkimDomain::parse(self.mail_from_address()?.domain()).map_err(dkim(
                "MAIL_FROM's domain, the default DKIM domain (set CONVENE_DKIM_DOMAIN)",
            ))?,
        };
        let key = DkimKey::from_file(key_file).map_err(dkim("CONVENE_DKIM_KEY_FILE"))?;
        Ok(Some(DkimSigner::new(key, selector, domain)))
    }

    /// The address of `MAIL_FROM`.
    ///
    /// # Errors
    /// [`ConfigError::MailFrom`] when it is not an RFC 5322 mailbox.
    pub fn mail_from_address(&self) -> Result<lettre::Address, ConfigError> {
        self.mail_from
            .parse::<lettre::message::Mailbox>()
            .map(|mailbox| mailbox.email)
            .map_err(|e| ConfigError::MailFrom {
                value: self.mail_from.clone(),
                reason: e.to_string(),
            })
    }

    /// The mail worker's polling interval.
    pub fn mail_poll_interval(&self) -> Duration {
        Duration::from_millis(self.mail_poll_ms)
    }

    /// The limits on what one poll may hold and send.
    pub fn poll_limits(&self) -> PollLimits {
        PollLimits {
            responses_max: self.max_responses_per_poll,
            comments_max: self.max_comments_per_poll,
            mail_per_day: self.mail_per_poll_per_day,
            edit_link_mails_per_address_per_day: self.edit_link_mails_per_address_per_day,
        }
    }

    /// A configuration for tests and embedding: every default, with the given database
    /// and bind address `127.0.0.1:0`.
    pub fn for_database(database_url: impl Into<String>) -> Self {
        Config {
            bind: "127.0.0.1:0".into(),
            database_url: database_url.into(),
            db_pool_size: 4,
            base_url: None,
            smtp_url: None,
            mail_from: "Convene <convene@localhost>".into(),
            dkim_key_file: None,
            dkim_selector: None,
            dkim_domain: None,
            outbox_dir: PathBuf::from("outbox"),
            mail_poll_ms: 2000,
            mail_retry_secs: 30,
            mail_max_attempts: 10,
            mail_lease_secs: 120,
            scheduler_secs: 60,
            skip_migrations: false,
            rate_limits: Switch::On,
            rate_limit_polls: RateQuota::DEFAULT_POLLS,
            rate_limit_answers: RateQuota::DEFAULT_ANSWERS,
            rate_limit_comments: RateQuota::DEFAULT_COMMENTS,
            rate_limit_invitations: RateQuota::DEFAULT_INVITATIONS,
            rate_limit_planner: RateQuota::DEFAULT_PLANNER,
            client_ip: ClientIpSource::Peer,
            trusted_proxies: 1,
            max_responses_per_poll: PollLimits::DEFAULT.responses_max,
            max_comments_per_poll: PollLimits::DEFAULT.comments_max,
            mail_per_poll_per_day: PollLimits::DEFAULT.mail_per_day,
            edit_link_mails_per_address_per_day: PollLimits::DEFAULT
                .edit_link_mails_per_address_per_day,
            retention_days: crate::domain::retention::DEFAULT_RETENTION_DAYS,
            retention_warning_days: crate::domain::retention::DEFAULT_WARNING_DAYS,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotas_read_count_and_window_and_give_the_period_between_requests() {
        let q: Result<RateQuota, _> = "20/1h".parse();
        assert_eq!(q.as_ref().map(RateQuota::burst), Ok(20));
        assert_eq!(
            q.as_ref().map(RateQuota::period),
            Ok(Duration::from_secs(180))
        );
        let q: Result<RateQuota, _> = " 2 / 600ms ".parse();
        assert_eq!(
            q.as_ref().map(RateQuota::period),
            Ok(Duration::from_millis(300))
        );
        assert_eq!(
            RateQuota::DEFAULT_ANSWERS.to_string(),
            "300/1h",
            "defaults print as they parse"
        );
        assert_eq!("300/1h".parse(), Ok(RateQuota::DEFAULT_ANSWERS));
    }

    #[test]
    fn quotas_that_cannot_work_are_refused_naming_the_part() {
        assert!(matches!(
            "20".parse::<RateQuota>(),
            Err(RateQuotaError::Shape(_))
        ));
        assert!(matches!(
            "0/1h".parse::<RateQuota>(),
            Err(RateQuotaError::Count(_))
        ));
        assert!(matches!(
            "many/1h".parse::<RateQuota>(),
            Err(RateQuotaError::Count(_))
        ));
        assert!(matches!(
            "20/soon".parse::<RateQuota>(),
            Err(RateQuotaError::Window { .. })
        ));
        assert!(matches!(
            "20/0s".parse::<RateQuota>(),
            Err(RateQuotaError::TooShort(_))
        ));
    }

    #[test]
    fn the_command_line_takes_the_limits_and_checks_them() {
        #[derive(clap::Parser)]
        struct Cli {
            #[command(flatten)]
            config: Config,
        }
        let parsed = <Cli as clap::Parser>::try_parse_from([
            "convene",
            "--rate-limits",
            "off",
            "--rate-limit-answers",
            "500/30m",
            "--client-ip",
            "x-forwarded-for",
            "--max-comments-per-poll",
            "10",
        ]);
        let config = parsed.map(|c| c.config);
        assert!(config.as_ref().is_ok_and(|c| c.rate_limits == Switch::Off
            && c.rate_limit_answers.to_string() == "500/30m"
            && c.client_ip == ClientIpSource::XForwardedFor
            && c.max_comments_per_poll == 10
            && c.rate_limit_polls == RateQuota::DEFAULT_POLLS));
        let bad = <Cli as clap::Parser>::try_parse_from(["convene", "--rate-limit-polls", "lots"]);
        assert!(bad.is_err());
        let zero = Config {
            max_responses_per_poll: 0,
            ..Config::for_database("x.db")
        };
        assert!(matches!(
            zero.validate(),
            Err(ConfigError::Zero("CONVENE_MAX_RESPONSES_PER_POLL"))
        ));
    }

    #[test]
    fn the_retention_is_read_and_checked_at_start() {
        #[derive(clap::Parser)]
        struct Cli {
            #[command(flatten)]
            config: Config,
        }
        let parsed = <Cli as clap::Parser>::try_parse_from(["convene", "--retention-days", "30"])
            .map(|c| c.config);
        assert!(parsed.as_ref().is_ok_and(|c| c.retention_days == 30
            && c.retention_warning_days == 7
            && c.validate().is_ok()));
        assert_eq!(Config::for_database("x.db").retention_days, 90);
        for (days, warning) in [(0, 7), (3651, 7), (7, 7), (30, 0)] {
            let bad = Config {
                retention_days: days,
                retention_warning_days: warning,
                ..Config::for_database("x.db")
            };
            let message = bad.validate().map_err(|e| e.to_string());
            assert!(
                message
                    .as_ref()
                    .is_err_and(|m| m.contains("CONVENE_RETENTION_DAYS")),
                "{days}/{warning}: {message:?}"
            );
        }
    }
}
