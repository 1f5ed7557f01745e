//! Storage: one connection type for SQLite and PostgreSQL (diesel `MultiConnection`),
//! the pool, embedded migrations per backend, and one module per resource.
//!
//! Every user action runs in one transaction ([`write_transaction`]); queries are
//! blocking and run on a pooled connection inside `actix_web::web::block`.

pub mod calendar_feeds;
pub mod comments;
pub mod invitees;
pub mod lifecycle;
pub mod migrations;
pub mod outbox;
pub mod polls;
pub mod responses;
pub mod schema;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::connection::{
    AnsiTransactionManager, Instrumentation, InstrumentationEvent, SimpleConnection,
    TransactionManager,
};
use diesel::r2d2::{self, ManageConnection, R2D2Connection};
use diesel::result::DatabaseErrorKind;
use diesel::{Connection, PgConnection, SqliteConnection};

mod connection {
    // The derive generates public items (the `MultiBackend` type and its methods) that
    // carry no docs of their own.
    #![allow(missing_docs)]
    use diesel::{PgConnection, SqliteConnection};

    /// A connection to either backend. Query code is written once against this type.
    #[derive(diesel::MultiConnection)]
    pub enum DbConnection {
        /// PostgreSQL.
        Postgres(PgConnection),
        /// SQLite (bundled library).
        Sqlite(SqliteConnection),
    }
}
pub use connection::{DbConnection, MultiBackend};

/// Which database server a `DATABASE_URL` names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backend {
    /// `postgres://…` or `postgresql://…`.
    Postgres(String),
    /// A file path, or `sqlite://path`.
    Sqlite(String),
}

impl Backend {
    /// Reads the backend from the URL's scheme; anything else is a SQLite file path.
    pub fn from_url(url: &str) -> Self {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres(url.to_owned())
        } else {
            let path = url
                .strip_prefix("sqlite://")
                .or_else(|| url.strip_prefix("sqlite:"))
                .unwrap_or(url);
            Backend::Sqlite(path.to_owned())
        }
    }

    /// A short name for logs (`sqlite`, `postgres`).
    pub fn name(&self) -> &'static str {
        match self {
            Backend::Postgres(_) => "postgres",
            Backend::Sqlite(_) => "sqlite",
        }
    }
}

/// Opens connections for the pool, choosing the backend by URL scheme (never by trying
/// one after the other), sets SQLite's pragmas on each new connection, and has every
/// connection count the statements it runs into one [`QueryCount`].
#[derive(Debug, Clone)]
pub struct ConnectionManager {
    backend: Backend,
    queries: QueryCount,
}

/// How many SQL statements a pool's connections have run since it was built (queries,
/// and the `BEGIN`/`COMMIT` of transactions), counted by diesel's instrumentation: one
/// relaxed atomic increment per statement. Tests read it around a request to check that
/// a page costs a fixed number of round trips whatever the poll holds.
#[derive(Debug, Clone, Default)]
pub struct QueryCount(Arc<AtomicU64>);

impl QueryCount {
    /// Statements run so far.
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

impl Instrumentation for QueryCount {
    fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
        if let InstrumentationEvent::StartQuery { .. } = event {
            self.0.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// SQLite settings for every connection: wait up to 5 s for a lock, foreign keys
/// enforced, fsync only at checkpoints (safe with WAL), WAL file capped at 64 MiB.
const SQLITE_PRAGMAS: &str = "PRAGMA busy_timeout = 5000;
PRAGMA foreign_keys = ON;
PRAGMA synchronous = NORMAL;
PRAGMA journal_size_limit = 67108864;";

/// Puts a SQLite database in WAL mode once, on one connection, before the pool opens
/// several at a time (switching the journal mode needs the database to itself; WAL then
/// stays set in the file).
fn sqlite_enable_wal(path: &str) -> Result<(), r2d2::Error> {
    let mut conn = SqliteConnection::establish(path).map_err(r2d2::Error::ConnectionError)?;
    conn.batch_execute("PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL;")
        .map_err(r2d2::Error::QueryError)
}

impl ManageConnection for ConnectionManager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        match &self.backend {
            Backend::Postgres(url) => {
                let mut conn =
                    PgConnection::establish(url).map_err(r2d2::Error::ConnectionError)?;
                conn.set_instrumentation(self.queries.clone());
                Ok(DbConnection::Postgres(conn))
            }
            Backend::Sqlite(path) => {
                let mut conn =
                    SqliteConnection::establish(path).map_err(r2d2::Error::ConnectionError)?;
                conn.batch_execute(SQLITE_PRAGMAS)
                    .map_err(r2d2::Error::QueryError)?;
                conn.set_instrumentation(self.queries.clone());
                Ok(DbConnection::Sqlite(conn))
            }
        }
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        conn.ping().map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        conn.is_broken()
    }
}

/// The connection pool.
pub type Pool = r2d2::Pool<ConnectionManager>;
/// A connection taken from the pool.
pub type PooledConnection = r2d2::PooledConnection<ConnectionManager>;

/// Builds the pool (at most `max_size` connections; waits up to 5 s for a free one) and
/// opens one connection to check the database is reachable.
///
/// # Errors
/// The database cannot be reached or opened.
pub fn build_pool(database_url: &str, max_size: u32) -> Result<Pool, r2d2::PoolError> {
    build_counted_pool(database_url, max_size).map(|(pool, _)| pool)
}

/// [`build_pool`], with the count of the statements its connections run.
///
/// # Errors
/// The database cannot be reached or opened.
pub fn build_counted_pool(
    database_url: &str,
    max_size: u32,
) -> Result<(Pool, QueryCount), r2d2::PoolError> {
    let backend = Backend::from_url(database_url);
    if let Backend::Sqlite(path) = &backend {
        if let Err(e) = sqlite_enable_wal(path) {
            tracing::warn!(error = %e, "could not switch SQLite to WAL mode");
        }
    }
    let queries = QueryCount::default();
    let manager = ConnectionManager {
        backend,
        queries: queries.clone(),
    };
    let pool = r2d2::Pool::builder()
        .max_size(max_size)
        .connection_timeout(Duration::from_secs(5))
        .test_on_check_out(false)
        .build(manager)?;
    Ok((pool, queries))
}

/// A storage failure, kept apart by kind so that none is mistaken for "not found".
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// No row with that key.
    #[error("not found")]
    NotFound,
    /// A uniqueness or state conflict (duplicate slot, changed concurrently…).
    #[error("conflict: {0}")]
    Conflict(String),
    /// No connection could be had from the pool.
    #[error("database unavailable")]
    Unavailable(#[from] r2d2::PoolError),
    /// A stored value that does not parse (unknown zone, bad vote): a bug or tampering.
    #[error("corrupt row: {0}")]
    Corrupt(String),
    /// Any other query failure.
    #[error("query failed")]
    Query(#[source] diesel::result::Error),
}

impl From<diesel::result::Error> for DbError {
    fn from(e: diesel::result::Error) -> Self {
        match e {
            diesel::result::Error::NotFound => DbError::NotFound,
            diesel::result::Error::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => {
                DbError::Conflict(info.message().to_owned())
            }
            other => DbError::Query(other),
        }
    }
}

/// Runs `f` in one transaction that takes the write lock at once (SQLite `BEGIN
/// IMMEDIATE`, so that concurrent writers wait on the busy timeout instead of failing
/// on lock upgrade; an ordinary `BEGIN` on PostgreSQL). Commits when `f` returns `Ok`,
/// rolls back otherwise.
///
/// # Errors
/// `f`'s error, or the database's on begin/commit.
pub fn write_transaction<T, E, F>(conn: &mut DbConnection, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<DbError>,
{
    type Manager = <DbConnection as Connection>::TransactionManager;
    let begun = match conn {
        DbConnection::Sqlite(c) => {
            AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE")
        }
        DbConnection::Postgres(c) => AnsiTransactionManager::begin_transaction(c),
    };
    begun.map_err(|e| E::from(DbError::from(e)))?;
    match f(conn) {
        Ok(value) => match Manager::commit_transaction(conn) {
            Ok(()) => Ok(value),
            Err(e) => {
                // Leave the connection usable; the commit error is what matters.
                let _ = Manager::rollback_transaction(conn);
                Err(E::from(DbError::from(e)))
            }
        },
        Err(e) => {
            Manager::rollback_transaction(conn).map_err(|re| E::from(DbError::from(re)))?;
            Err(e)
        }
    }
}

/// Runs one query on the inner connection of either backend, for the few statements
/// that diesel's `MultiConnection` cannot express (multi-row `INSERT`).
macro_rules! on_backend {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::db::DbConnection::Sqlite($c) => $body,
            $crate::db::DbConnection::Postgres($c) => $body,
        }
    };
}
pub(crate) use on_backend;

/// A UTC instant as stored (`TIMESTAMP`, UTC, microseconds).
pub(crate) fn to_db_time(instant: DateTime<Utc>) -> NaiveDateTime {
    instant.naive_utc()
}

/// A stored `TIMESTAMP` read back as the UTC instant it is.
pub(crate) fn from_db_time(stored: NaiveDateTime) -> DateTime<Utc> {
    stored.and_utc()
}

/// Answers whether the database is reachable (for `/healthz`).
///
/// # Errors
/// [`DbError`] when no connection can be had or a trivial query fails.
pub fn ping(pool: &Pool) -> Result<(), DbError> {
    let mut conn = pool.get()?;
    conn.ping().map_err(DbError::from)
}
