//! The migration trees apply, revert and re-apply cleanly on both backends.

use convene::db::{self, migrations, DbConnection};
use diesel::{Connection, PgConnection, RunQueryDsl};

fn table_count(conn: &mut DbConnection) -> i64 {
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let sql = match conn {
        DbConnection::Sqlite(_) => "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('polls','slots','responses','votes','comments','outbox_messages','invitees','invitee_links')",
        DbConnection::Postgres(_) => "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('polls','slots','responses','votes','comments','outbox_messages','invitees','invitee_links')",
    };
    let rows: Vec<Count> = match conn {
        DbConnection::Sqlite(c) => diesel::sql_query(sql).load(c).expect("count tables"),
        DbConnection::Postgres(c) => diesel::sql_query(sql).load(c).expect("count tables"),
    };
    rows[0].n
}

fn round_trip(url: &str) {
    let pool = db::build_pool(url, 1).expect("pool");
    let mut conn = pool.get().expect("connection");
    let applied = migrations::run_pending(&mut conn).expect("apply");
    assert!(!applied.is_empty(), "nothing applied on a fresh database");
    assert_eq!(table_count(&mut conn), 8);
    migrations::revert_all(&mut conn).expect("revert");
    assert_eq!(table_count(&mut conn), 0, "down scripts left tables behind");
    let again = migrations::run_pending(&mut conn).expect("re-apply");
    assert_eq!(again, applied);
    assert_eq!(table_count(&mut conn), 8);
    assert!(migrations::run_pending(&mut conn)
        .expect("idempotent")
        .is_empty());
}

#[test]
fn migrations_apply_revert_and_reapply_on_sqlite() {
    let dir = tempfile::tempdir().expect("tempdir");
    round_trip(dir.path().join("m.db").to_str().expect("utf-8 path"));
}

/// The PostgreSQL server for tests: `CONVENE_TEST_POSTGRES_URL` (an account that may
/// create databases), by default the local server's `postgres` account.
pub fn postgres_admin_url() -> String {
    std::env::var("CONVENE_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

#[test]
fn migrations_apply_revert_and_reapply_on_postgres() {
    let admin_url = postgres_admin_url();
    let mut admin = PgConnection::establish(&admin_url)
        .unwrap_or_else(|e| panic!("PostgreSQL is needed for this test at {admin_url} (set CONVENE_TEST_POSTGRES_URL): {e}"));
    let name = format!("convene_test_{}", uuid::Uuid::new_v4().simple());
    diesel::sql_query(format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .expect("create database");
    let url = match admin_url.rsplit_once('/') {
        Some((base, _)) => format!("{base}/{name}"),
        None => panic!("CONVENE_TEST_POSTGRES_URL has no database part"),
    };
    let result = std::panic::catch_unwind(|| round_trip(&url));
    diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&mut admin)
        .expect("drop database");
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}

#[test]
fn sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout() {
    #[derive(diesel::QueryableByName)]
    struct Mode {
        #[diesel(sql_type = diesel::sql_types::Text)]
        journal_mode: String,
    }
    #[derive(diesel::QueryableByName)]
    struct Setting {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        value: i64,
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let pool =
        db::build_pool(dir.path().join("p.db").to_str().expect("utf-8 path"), 3).expect("pool");
    // Every pooled connection, not only the first.
    let mut held = Vec::new();
    for _ in 0..3 {
        let mut conn = pool.get().expect("connection");
        let DbConnection::Sqlite(c) = &mut *conn else {
            panic!("not SQLite")
        };
        let mode: Mode = diesel::sql_query("PRAGMA journal_mode")
            .get_result(c)
            .expect("journal_mode");
        assert_eq!(mode.journal_mode, "wal");
        let fk: Setting =
            diesel::sql_query("SELECT foreign_keys AS value FROM pragma_foreign_keys")
                .get_result(c)
                .expect("foreign_keys");
        assert_eq!(fk.value, 1);
        let busy: Setting = diesel::sql_query("SELECT timeout AS value FROM pragma_busy_timeout")
            .get_result(c)
            .expect("busy_timeout");
        assert_eq!(busy.value, 5000);
        let cap: Setting =
            diesel::sql_query("SELECT journal_size_limit AS value FROM pragma_journal_size_limit")
                .get_result(c)
                .expect("journal_size_limit");
        assert_eq!(cap.value, 64 * 1024 * 1024);
        held.push(conn);
    }
}
