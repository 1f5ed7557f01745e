//! Start-up configuration: one [`Config`] built from flags and environment variables,
//! validated once in [`Config::validate`] and passed to [`crate::startup::Application::build`].

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use url::Url;

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

    /// Skip running database migrations at start (for deployments that run `convene migrate`).
    #[arg(
        long,
        global = true,
        env = "CONVENE_SKIP_MIGRATIONS",
        default_value_t = false
    )]
    pub skip_migrations: bool,
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
}

impl Config {
    /// Checks the values that clap cannot check by type.
    ///
    /// # Errors
    /// [`ConfigError`] naming the first bad setting.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if let Err(e) = self.mail_from.parse::<lettre::message::Mailbox>() {
            return Err(ConfigError::MailFrom {
                value: self.mail_from.clone(),
                reason: e.to_string(),
            });
        }
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
        ] {
            if value == 0 {
                return Err(ConfigError::Zero(name));
            }
        }
        Ok(())
    }

    /// The mail worker's polling interval.
    pub fn mail_poll_interval(&self) -> Duration {
        Duration::from_millis(self.mail_poll_ms)
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
            outbox_dir: PathBuf::from("outbox"),
            mail_poll_ms: 2000,
            mail_retry_secs: 30,
            mail_max_attempts: 10,
            mail_lease_secs: 120,
            skip_migrations: false,
        }
    }
}
