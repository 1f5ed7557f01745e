//! Where mail goes: an SMTP server (from `SMTP_URL`) or `.eml` files in a folder.
//! Built once at start.

use std::path::Path;
use std::time::Duration;

use lettre::address::Envelope;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

/// A built transport.
#[derive(Clone)]
pub enum Transport {
    /// An SMTP server.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// A folder of `.eml` files (lettre's file transport).
    Folder(AsyncFileTransport<Tokio1Executor>),
}

/// A failed hand-over, with whether trying again later may help.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct SendError {
    /// What the server or file system said.
    pub message: String,
    /// True for a permanent refusal (an SMTP 5xx reply): retrying will not help.
    pub permanent: bool,
}

impl Transport {
    /// Builds the SMTP transport from a URL (`smtp://host:25`, `smtp://user:pass@host:587?tls=required`,
    /// `smtps://host:465`), with a 30 s timeout per command.
    ///
    /// # Errors
    /// The URL cannot be understood.
    pub fn smtp(url: &str) -> Result<Self, lettre::transport::smtp::Error> {
        Ok(Transport::Smtp(
            AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?
                .timeout(Some(Duration::from_secs(30)))
                .build(),
        ))
    }

    /// Builds the folder transport, creating the folder if needed.
    ///
    /// # Errors
    /// The folder cannot be created.
    pub fn folder(dir: &Path) -> std::io::Result<Self> {
        std::fs::create_dir_all(dir)?;
        Ok(Transport::Folder(AsyncFileTransport::new(dir)))
    }

    /// Hands one RFC 5322 message to the server (or writes it to the folder).
    ///
    /// # Errors
    /// [`SendError`] saying whether the failure is permanent.
    pub async fn send_raw(&self, envelope: &Envelope, message: &[u8]) -> Result<(), SendError> {
        match self {
            Transport::Smtp(t) => t
                .send_raw(envelope, message)
                .await
                .map(|_| ())
                .map_err(|e| SendError {
                    permanent: e.is_permanent(),
                    message: e.to_string(),
                }),
            Transport::Folder(t) => t
                .send_raw(envelope, message)
                .await
                .map(|_| ())
                .map_err(|e| SendError {
                    permanent: false,
                    message: e.to_string(),
                }),
        }
    }

    /// A description for the start-up log (no credentials).
    pub fn describe(&self, smtp_url: Option<&str>, dir: &Path) -> String {
        match self {
            Transport::Smtp(_) => {
                let safe = smtp_url
                    .and_then(|u| url::Url::parse(u).ok())
                    .map(|u| {
                        format!(
                            "{}://{}:{}",
                            u.scheme(),
                            u.host_str().unwrap_or("?"),
                            u.port().map_or_else(|| "default".into(), |p| p.to_string())
                        )
                    })
                    .unwrap_or_else(|| "SMTP".into());
                format!("SMTP server {safe}")
            }
            Transport::Folder(_) => {
                let full = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
                format!(".eml files in {}", full.display())
            }
        }
    }
}
