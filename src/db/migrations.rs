//! Embedded migrations, one tree per backend with the same directory names
//! (`migrations/sqlite`, `migrations/postgres`). On PostgreSQL they run under an advisory
//! lock so that several instances can start at once.

use diesel::migration::MigrationVersion;
use diesel::RunQueryDsl;
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use super::DbConnection;

/// SQLite migrations.
pub const SQLITE: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
/// PostgreSQL migrations.
pub const POSTGRES: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// An arbitrary constant key for PostgreSQL's advisory lock ("convene" in ASCII).
const MIGRATION_LOCK_KEY: i64 = 0x63_6f_6e_76_65_6e_65;

/// A migration failure.
pub type MigrationError = Box<dyn std::error::Error + Send + Sync>;

/// Applies every pending migration and returns the versions applied.
///
/// # Errors
/// A migration failed (it is rolled back) or the lock could not be taken.
pub fn run_pending(conn: &mut DbConnection) -> Result<Vec<String>, MigrationError> {
    let applied: Vec<MigrationVersion<'static>> = match conn {
        DbConnection::Sqlite(c) => c
            .run_pending_migrations(SQLITE)?
            .into_iter()
            .map(|v| v.as_owned())
            .collect(),
        DbConnection::Postgres(c) => {
            diesel::sql_query(format!("SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})"))
                .execute(c)?;
            let result = c
                .run_pending_migrations(POSTGRES)
                .map(|v| v.into_iter().map(|v| v.as_owned()).collect::<Vec<_>>());
            diesel::sql_query(format!("SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})"))
                .execute(c)?;
            result?
        }
    };
    Ok(applied.iter().map(ToString::to_string).collect())
}

/// Reverts every applied migration (for tests of the down scripts).
///
/// # Errors
/// A down script failed.
pub fn revert_all(conn: &mut DbConnection) -> Result<(), MigrationError> {
    match conn {
        DbConnection::Sqlite(c) => {
            c.revert_all_migrations(SQLITE)?;
        }
        DbConnection::Postgres(c) => {
            c.revert_all_migrations(POSTGRES)?;
        }
    }
    Ok(())
}
