//! The mail queue (`outbox_messages`). Messages are written in the same transaction as
//! the change that causes them; workers in any number of instances claim due messages
//! with a lease (a crashed instance's claims expire and are taken over), send them, and
//! mark them sent, or record the failure and the next attempt.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::outbox_messages as ob;
use super::{from_db_time, to_db_time, DbConnection, DbError};
use crate::domain::ids::MessageId;
use crate::domain::PollId;

/// A rendered message waiting to be queued.
#[derive(Debug, Clone)]
pub struct QueuedMessage {
    /// The poll it concerns (its pending mail goes when the poll is deleted).
    pub poll_id: Option<PollId>,
    /// What kind of mail (`admin_link`, `edit_link`, `final_slot`), for logs and tests.
    pub kind: &'static str,
    /// SMTP envelope sender (bare address).
    pub envelope_from: String,
    /// SMTP envelope recipient (bare address).
    pub recipient: String,
    /// The `Message-ID` header's value (kept so a resend carries the same one).
    pub message_id: String,
    /// The whole RFC 5322 message as sent.
    pub raw_message: String,
}

/// A message claimed by one worker.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = ob)]
pub struct ClaimedMessage {
    /// Row id.
    pub id: String,
    /// Kind, as queued.
    pub kind: String,
    /// Envelope sender.
    pub envelope_from: String,
    /// Envelope recipient.
    pub recipient: String,
    /// The RFC 5322 message.
    pub raw_message: String,
    /// Failed attempts so far.
    pub attempts: i32,
}

/// Queue counts by state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OutboxCounts {
    /// Waiting (including those waiting for a retry).
    pub pending: i64,
    /// Handed to the SMTP server (or written to the folder).
    pub sent: i64,
    /// Given up after the last attempt; kept, with the last error.
    pub failed: i64,
}

/// Adds a message to the queue, due at once (call inside the causing transaction).
///
/// # Errors
/// [`DbError`] on query failure.
pub fn enqueue(
    conn: &mut DbConnection,
    m: &QueuedMessage,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    diesel::insert_into(ob::table)
        .values((
            ob::id.eq(MessageId::generate().as_str()),
            ob::poll_id.eq(m.poll_id.as_ref().map(|p| p.as_str().to_owned())),
            ob::kind.eq(m.kind),
            ob::envelope_from.eq(&m.envelope_from),
            ob::recipient.eq(&m.recipient),
            ob::message_id.eq(&m.message_id),
            ob::raw_message.eq(&m.raw_message),
            ob::status.eq("pending"),
            ob::attempts.eq(0),
            ob::next_attempt_at.eq(to_db_time(now)),
            ob::created_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Claims up to `limit` due, unclaimed (or expired-claim) messages for `lease`, marking
/// them with `claim_token`, and returns them. Run it inside a write transaction.
/// The claim conditions are repeated on the `UPDATE` so that on PostgreSQL a concurrent
/// claimer re-checks them on the locked row and skips rows already taken.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn claim_due(
    conn: &mut DbConnection,
    claim_token: &str,
    now: DateTime<Utc>,
    lease: Duration,
    limit: i64,
) -> Result<Vec<ClaimedMessage>, DbError> {
    let now_db = to_db_time(now);
    let claimable = ob::status
        .eq("pending")
        .and(ob::next_attempt_at.le(now_db))
        .and(ob::claimed_until.is_null().or(ob::claimed_until.lt(now_db)));
    let due_ids: Vec<String> = ob::table
        .filter(claimable)
        .order(ob::next_attempt_at.asc())
        .limit(limit)
        .select(ob::id)
        .load(conn)?;
    if due_ids.is_empty() {
        return Ok(Vec::new());
    }
    diesel::update(ob::table.filter(ob::id.eq_any(due_ids)).filter(claimable))
        .set((
            ob::claim_token.eq(claim_token),
            ob::claimed_until.eq(to_db_time(now + lease)),
        ))
        .execute(conn)?;
    Ok(ob::table
        .filter(ob::claim_token.eq(claim_token))
        .filter(ob::status.eq("pending"))
        .select(ClaimedMessage::as_select())
        .load(conn)?)
}

/// Extends this worker's claim on one message to `now + lease` just before sending it.
/// Returns false when the claim was lost (it expired and another worker took the
/// message, or it was sent meanwhile): the caller must not send it.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn renew_claim(
    conn: &mut DbConnection,
    id: &str,
    claim_token: &str,
    now: DateTime<Utc>,
    lease: Duration,
) -> Result<bool, DbError> {
    let n = diesel::update(
        ob::table
            .filter(ob::id.eq(id))
            .filter(ob::claim_token.eq(claim_token))
            .filter(ob::status.eq("pending")),
    )
    .set(ob::claimed_until.eq(to_db_time(now + lease)))
    .execute(conn)?;
    Ok(n > 0)
}

/// Marks a claimed message as sent. Returns false if the claim was lost meanwhile.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn mark_sent(
    conn: &mut DbConnection,
    id: &str,
    claim_token: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbError> {
    let n = diesel::update(
        ob::table
            .filter(ob::id.eq(id))
            .filter(ob::claim_token.eq(claim_token)),
    )
    .set((
        ob::status.eq("sent"),
        ob::sent_at.eq(Some(to_db_time(now))),
        ob::claim_token.eq(None::<String>),
        ob::claimed_until.eq(None::<NaiveDateTime>),
    ))
    .execute(conn)?;
    Ok(n > 0)
}

/// Records a failed attempt: the message is retried at `retry_at`, or, when `retry_at`
/// is `None`, marked failed for good (kept, with the error, for the operator).
///
/// # Errors
/// [`DbError`] on query failure.
pub fn mark_attempt_failed(
    conn: &mut DbConnection,
    id: &str,
    claim_token: &str,
    error: &str,
    retry_at: Option<DateTime<Utc>>,
) -> Result<(), DbError> {
    let status = if retry_at.is_some() {
        "pending"
    } else {
        "failed"
    };
    let next = retry_at.map(to_db_time);
    let target = ob::table
        .filter(ob::id.eq(id))
        .filter(ob::claim_token.eq(claim_token));
    diesel::update(target)
        .set((
            ob::status.eq(status),
            ob::attempts.eq(ob::attempts + 1),
            ob::last_error.eq(Some(error)),
            ob::claim_token.eq(None::<String>),
            ob::claimed_until.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
    if let Some(next) = next {
        diesel::update(ob::table.filter(ob::id.eq(id)))
            .set(ob::next_attempt_at.eq(next))
            .execute(conn)?;
    }
    Ok(())
}

/// The earliest instant a pending message becomes due, if any (lets the worker sleep).
///
/// # Errors
/// [`DbError`] on query failure.
pub fn next_due(conn: &mut DbConnection) -> Result<Option<DateTime<Utc>>, DbError> {
    Ok(ob::table
        .filter(ob::status.eq("pending"))
        .select(diesel::dsl::min(ob::next_attempt_at))
        .first::<Option<NaiveDateTime>>(conn)?
        .map(from_db_time))
}

diesel::define_sql_function! {
    /// SQL `lower(text)` (SQLite and PostgreSQL).
    fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text;
}

/// How many messages a poll queued since `since` (whatever became of them: sent,
/// waiting or failed), for the per-poll mail cap.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn queued_for_poll_since(
    conn: &mut DbConnection,
    poll_id: &PollId,
    since: DateTime<Utc>,
) -> Result<i64, DbError> {
    Ok(ob::table
        .filter(ob::poll_id.eq(poll_id.as_str()))
        .filter(ob::created_at.gt(to_db_time(since)))
        .count()
        .get_result(conn)?)
}

/// How many messages of `kind` a poll queued to `recipient` since `since`, the
/// address compared without letter case (`Ann@Example.org` is `ann@example.org`).
///
/// # Errors
/// [`DbError`] on query failure.
pub fn queued_to_since(
    conn: &mut DbConnection,
    poll_id: &PollId,
    kind: &str,
    recipient: &str,
    since: DateTime<Utc>,
) -> Result<i64, DbError> {
    Ok(ob::table
        .filter(ob::poll_id.eq(poll_id.as_str()))
        .filter(ob::kind.eq(kind))
        .filter(lower(ob::recipient).eq(recipient.to_lowercase()))
        .filter(ob::created_at.gt(to_db_time(since)))
        .count()
        .get_result(conn)?)
}

/// Counts of one poll's messages by state.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn counts_for_poll(conn: &mut DbConnection, poll_id: &PollId) -> Result<OutboxCounts, DbError> {
    let rows: Vec<(String, i64)> = ob::table
        .filter(ob::poll_id.eq(poll_id.as_str()))
        .group_by(ob::status)
        .select((ob::status, diesel::dsl::count_star()))
        .load(conn)?;
    tally_counts(rows)
}

/// Puts a poll's failed messages back in the queue, due now, with a fresh count of
/// attempts (the last error stays until the next attempt). Returns how many.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn retry_failed(
    conn: &mut DbConnection,
    poll_id: &PollId,
    now: DateTime<Utc>,
) -> Result<usize, DbError> {
    Ok(diesel::update(
        ob::table
            .filter(ob::poll_id.eq(poll_id.as_str()))
            .filter(ob::status.eq("failed")),
    )
    .set((
        ob::status.eq("pending"),
        ob::attempts.eq(0),
        ob::next_attempt_at.eq(to_db_time(now)),
    ))
    .execute(conn)?)
}

/// Counts of queued, sent and failed messages.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn counts(conn: &mut DbConnection) -> Result<OutboxCounts, DbError> {
    let rows: Vec<(String, i64)> = ob::table
        .group_by(ob::status)
        .select((ob::status, diesel::dsl::count_star()))
        .load(conn)?;
    tally_counts(rows)
}

fn tally_counts(rows: Vec<(String, i64)>) -> Result<OutboxCounts, DbError> {
    let mut c = OutboxCounts::default();
    for (status, n) in rows {
        match status.as_str() {
            "pending" => c.pending = n,
            "sent" => c.sent = n,
            "failed" => c.failed = n,
            other => return Err(DbError::Corrupt(format!("outbox status {other:?}"))),
        }
    }
    Ok(c)
}
