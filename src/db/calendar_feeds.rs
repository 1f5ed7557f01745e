//! A poll's calendar subscription feed: one token per poll, stored as it is (see
//! [`FeedToken`]).

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::schema::calendar_feeds;
use super::{to_db_time, DbConnection, DbError};
use crate::domain::{FeedToken, PollId};

/// The poll's feed token, if it has one.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn find(conn: &mut DbConnection, poll_id: &PollId) -> Result<Option<FeedToken>, DbError> {
    Ok(calendar_feeds::table
        .find(poll_id.as_str())
        .select(calendar_feeds::token)
        .first::<String>(conn)
        .optional()?
        .map(FeedToken::from_db))
}

/// The poll's feed token, made now when it has none (call inside the action's
/// transaction, with the poll locked).
///
/// # Errors
/// [`DbError`] on query failure.
pub fn ensure(
    conn: &mut DbConnection,
    poll_id: &PollId,
    now: DateTime<Utc>,
) -> Result<FeedToken, DbError> {
    match find(conn, poll_id)? {
        Some(token) => Ok(token),
        None => replace(conn, poll_id, now),
    }
}

/// Gives the poll a new feed token (the old address then answers 404) and returns it.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn replace(
    conn: &mut DbConnection,
    poll_id: &PollId,
    now: DateTime<Utc>,
) -> Result<FeedToken, DbError> {
    let token = FeedToken::generate();
    diesel::delete(calendar_feeds::table.find(poll_id.as_str())).execute(conn)?;
    diesel::insert_into(calendar_feeds::table)
        .values((
            calendar_feeds::poll_id.eq(poll_id.as_str()),
            calendar_feeds::token.eq(token.as_str()),
            calendar_feeds::created_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(token)
}
