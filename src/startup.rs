//! Building and running one Convene instance: validate the configuration, open the pool,
//! run the migrations, build the mail transport, bind (port 0 picks a free port, so tests
//! run the real app), start the mail worker and the HTTP server.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::{Server, ServerHandle};
use anyhow::Context;
use tokio::sync::Notify;
use tokio::task::JoinHandle;
use url::Url;

use crate::actions::AppState;
use crate::config::Config;
use crate::db::{self, Backend};
use crate::mail::dkim::DkimDomain;
use crate::mail::transport::Transport;
use crate::mail::worker::{self, WorkerSettings};
use crate::mail::Mailer;

/// A built instance, bound and ready to run.
pub struct Application {
    port: u16,
    base_url: Url,
    server: Server,
    worker: JoinHandle<()>,
    state: AppState,
}

/// Stops a running instance.
#[derive(Clone)]
pub struct AppHandle {
    server: ServerHandle,
    worker: Arc<tokio::sync::Mutex<Option<tokio::task::AbortHandle>>>,
}

impl AppHandle {
    /// Stops the HTTP server at once (without waiting for requests) and aborts the mail
    /// worker, as a crash would; queued mail stays in the database.
    pub async fn stop(&self) {
        if let Some(worker) = self.worker.lock().await.take() {
            worker.abort();
        }
        self.server.stop(false).await;
    }
}

/// Opens the pool and applies pending migrations (unless told not to); returns the pool
/// and the count of the statements its connections run.
///
/// # Errors
/// The database cannot be opened or a migration fails.
pub fn prepare_database(config: &Config) -> anyhow::Result<(db::Pool, db::QueryCount)> {
    let backend = Backend::from_url(&config.database_url);
    let (pool, queries) = db::build_counted_pool(&config.database_url, config.db_pool_size)
        .with_context(|| format!("cannot open the {} database", backend.name()))?;
    if !config.skip_migrations {
        let mut conn = pool.get().context("no database connection")?;
        let applied = db::migrations::run_pending(&mut conn)
            .map_err(|e| anyhow::anyhow!("migration failed: {e}"))?;
        if !applied.is_empty() {
            tracing::info!(?applied, "database migrations applied");
        }
    }
    Ok((pool, queries))
}

impl Application {
    /// Validates `config`, prepares the database, binds and builds the server and worker.
    ///
    /// # Errors
    /// A bad setting, an unreachable database, a failed migration, a port in use, or an
    /// unusable mail transport.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        config.validate()?;
        let dkim = config.dkim_signer()?;
        let (pool, queries) = {
            let config = config.clone();
            tokio::task::spawn_blocking(move || prepare_database(&config)).await??
        };
        let listener = TcpListener::bind(&config.bind)
            .with_context(|| format!("cannot listen on {}", config.bind))?;
        let port = listener.local_addr()?.port();
        let base_url = match &config.base_url {
            Some(u) => u.clone(),
            None => {
                let host = config.bind.rsplit_once(':').map_or("127.0.0.1", |(h, _)| h);
                let host = if host == "0.0.0.0" || host.is_empty() {
                    "127.0.0.1"
                } else {
                    host
                };
                Url::parse(&format!("http://{host}:{port}/"))?
            }
        };
        let transport = match &config.smtp_url {
            Some(url) => Transport::smtp(url).context("SMTP_URL cannot be used")?,
            None => Transport::folder(&config.outbox_dir)
                .with_context(|| format!("cannot create {}", config.outbox_dir.display()))?,
        };
        tracing::info!(mail = %transport.describe(config.smtp_url.as_deref(), &config.outbox_dir), "mail transport");
        let mut mailer = Mailer::new(
            config.mail_from.parse().context("MAIL_FROM")?,
            base_url.clone(),
        );
        match dkim {
            Some(signer) => {
                // MAIL_FROM was checked by `validate`; a domain literal (`[192.0.2.1]`)
                // has no DKIM domain to compare, and then there is nothing to warn about.
                let from_domain = config
                    .mail_from_address()
                    .map(|address| DkimDomain::parse(address.domain()));
                let aligned = match from_domain {
                    Ok(Ok(from)) => signer.domain().covers(&from),
                    _ => true,
                };
                if !aligned {
                    tracing::warn!(
                        domain = %signer.domain(),
                        "the DKIM domain is neither MAIL_FROM's domain nor a parent of it; \
                         DMARC passes on it only if both share an organizational domain"
                    );
                }
                tracing::info!(
                    selector = signer.selector().as_str(),
                    domain = %signer.domain(),
                    key = signer.key_description(),
                    "mail is DKIM-signed"
                );
                mailer = mailer.with_dkim(signer);
            }
            None => tracing::info!(
                "mail is not DKIM-signed (CONVENE_DKIM_KEY_FILE and CONVENE_DKIM_SELECTOR are not set)"
            ),
        }
        let base_url = mailer.base_url().clone();
        let state = AppState {
            pool: pool.clone(),
            mailer,
            mail_wake: Arc::new(Notify::new()),
            limits: config.poll_limits(),
            queries,
            retention: config.retention()?,
        };
        let worker = tokio::spawn(worker::run(
            pool,
            transport,
            WorkerSettings {
                poll_interval: config.mail_poll_interval(),
                retry_secs: config.mail_retry_secs,
                max_attempts: config.mail_max_attempts,
                lease_secs: config.mail_lease_secs,
            },
            state.mail_wake.clone(),
        ));
        if config.scheduler_secs > 0 {
            tokio::spawn(crate::actions::run_scheduler(
                state.clone(),
                std::time::Duration::from_secs(config.scheduler_secs),
            ));
        }
        let limits = crate::web::rate_limit::RateLimits::from_config(&config)?;
        limits.forget_idle_clients(std::time::Duration::from_secs(60));
        let server = crate::web::server(listener, state.clone(), limits)?;
        Ok(Application {
            port,
            base_url,
            server,
            worker,
            state,
        })
    }

    /// The bound port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The public base URL (ends with `/`).
    pub fn base_url(&self) -> &Url {
        &self.base_url
    }

    /// The shared state (pool, mailer), for tests and tools.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// A handle that stops this instance.
    pub fn handle(&self) -> AppHandle {
        AppHandle {
            server: self.server.handle(),
            worker: Arc::new(tokio::sync::Mutex::new(Some(self.worker.abort_handle()))),
        }
    }

    /// Serves until stopped (Ctrl-C, SIGTERM or [`AppHandle::stop`]); then stops the worker.
    ///
    /// # Errors
    /// The server failed.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let result = self.server.await;
        self.worker.abort();
        result.context("HTTP server failed")
    }
}
