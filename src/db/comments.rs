//! Comments on a poll.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::comments;
use super::{from_db_time, to_db_time, DbConnection, DbError};
use crate::domain::ids::CommentId;
use crate::domain::PollId;

/// A stored comment.
#[derive(Debug, Clone)]
pub struct Comment {
    /// Its id.
    pub id: CommentId,
    /// Who wrote it.
    pub author_name: String,
    /// The text (may contain line breaks).
    pub body: String,
    /// When, UTC instant.
    pub created_at: DateTime<Utc>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = comments)]
struct CommentRow {
    id: String,
    author_name: String,
    body: String,
    created_at: NaiveDateTime,
}

/// A poll's comments, oldest first (newest last).
///
/// # Errors
/// [`DbError`] on query failure.
pub fn for_poll(conn: &mut DbConnection, poll_id: &PollId) -> Result<Vec<Comment>, DbError> {
    Ok(comments::table
        .filter(comments::poll_id.eq(poll_id.as_str()))
        .order((comments::created_at.asc(), comments::id.asc()))
        .select(CommentRow::as_select())
        .load(conn)?
        .into_iter()
        .map(|r| Comment {
            id: CommentId::from_db(r.id),
            author_name: r.author_name,
            body: r.body,
            created_at: from_db_time(r.created_at),
        })
        .collect())
}

/// How many comments a poll has.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn count_for_poll(conn: &mut DbConnection, poll_id: &PollId) -> Result<i64, DbError> {
    Ok(comments::table
        .filter(comments::poll_id.eq(poll_id.as_str()))
        .count()
        .get_result(conn)?)
}

/// Stores a comment and returns it (validated by the caller).
///
/// # Errors
/// [`DbError`] on query failure.
pub fn insert(
    conn: &mut DbConnection,
    poll_id: &PollId,
    author_name: &str,
    body: &str,
    now: DateTime<Utc>,
) -> Result<Comment, DbError> {
    let id = CommentId::generate();
    diesel::insert_into(comments::table)
        .values((
            comments::id.eq(id.as_str()),
            comments::poll_id.eq(poll_id.as_str()),
            comments::author_name.eq(author_name),
            comments::body.eq(body),
            comments::created_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(Comment {
        id,
        author_name: author_name.to_owned(),
        body: body.to_owned(),
        created_at: now,
    })
}
