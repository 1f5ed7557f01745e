//! Responses and their votes.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::{responses, votes};
use super::{from_db_time, on_backend, to_db_time, DbConnection, DbError};
use crate::domain::grid::Availability;
use crate::domain::text::EmailAddress;
use crate::domain::{
    NewResponse, PollId, Response, ResponseId, SlotId, TimeZoneId, TokenHash, Vote,
};
use crate::i18n::Language;

#[derive(Queryable, Selectable)]
#[diesel(table_name = responses)]
struct ResponseRow {
    id: String,
    edit_token_hash: String,
    name: String,
    email: Option<String>,
    affiliation: Option<String>,
    timezone: String,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    language: String,
    availability: Option<String>,
}

#[derive(Queryable, Selectable, Insertable)]
#[diesel(table_name = votes)]
struct VoteRow {
    response_id: String,
    slot_id: String,
    vote: String,
}

fn assemble(rows: Vec<ResponseRow>, vote_rows: Vec<VoteRow>) -> Result<Vec<Response>, DbError> {
    let mut by_response: HashMap<String, HashMap<SlotId, Vote>> = HashMap::new();
    for v in vote_rows {
        let vote = v
            .vote
            .parse::<Vote>()
            .map_err(|e| DbError::Corrupt(format!("vote of response {}: {e}", v.response_id)))?;
        by_response
            .entry(v.response_id)
            .or_default()
            .insert(SlotId::from_db(v.slot_id), vote);
    }
    rows.into_iter()
        .map(|r| {
            Ok(Response {
                timezone: r
                    .timezone
                    .parse::<TimeZoneId>()
                    .map_err(|e| DbError::Corrupt(format!("response {}: {e}", r.id)))?,
                language: r
                    .language
                    .parse::<Language>()
                    .map_err(|e| DbError::Corrupt(format!("response {}: {e}", r.id)))?,
                votes: by_response.remove(&r.id).unwrap_or_default(),
                availability: r.availability,
                id: ResponseId::from_db(r.id),
                edit_token_hash: TokenHash(r.edit_token_hash),
                name: r.name,
                email: r.email.map(EmailAddress::from_db),
                affiliation: r.affiliation,
                created_at: from_db_time(r.created_at),
                updated_at: from_db_time(r.updated_at),
            })
        })
        .collect()
}

/// Every response to a poll with its votes, oldest first: two queries whatever the count.
///
/// # Errors
/// [`DbError`] on query failure or a corrupt row.
pub fn for_poll(conn: &mut DbConnection, poll_id: &PollId) -> Result<Vec<Response>, DbError> {
    let rows = responses::table
        .filter(responses::poll_id.eq(poll_id.as_str()))
        .order((responses::created_at.asc(), responses::id.asc()))
        .select(ResponseRow::as_select())
        .load(conn)?;
    let vote_rows = votes::table
        .inner_join(responses::table)
        .filter(responses::poll_id.eq(poll_id.as_str()))
        .select(VoteRow::as_select())
        .load(conn)?;
    assemble(rows, vote_rows)
}

/// How many responses a poll has.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn count_for_poll(conn: &mut DbConnection, poll_id: &PollId) -> Result<i64, DbError> {
    Ok(responses::table
        .filter(responses::poll_id.eq(poll_id.as_str()))
        .count()
        .get_result(conn)?)
}

/// The response of `poll_id` whose edit token hashes to `hash`, if any.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn find_by_token(
    conn: &mut DbConnection,
    poll_id: &PollId,
    hash: &TokenHash,
) -> Result<Option<Response>, DbError> {
    let rows = responses::table
        .filter(responses::poll_id.eq(poll_id.as_str()))
        .filter(responses::edit_token_hash.eq(&hash.0))
        .select(ResponseRow::as_select())
        .load(conn)?;
    let Some(row) = rows.into_iter().next() else {
        return Ok(None);
    };
    let vote_rows = votes::table
        .filter(votes::response_id.eq(&row.id))
        .select(VoteRow::as_select())
        .load(conn)?;
    Ok(assemble(vec![row], vote_rows)?.into_iter().next())
}

fn insert_votes(
    conn: &mut DbConnection,
    id: &ResponseId,
    new: &NewResponse,
) -> Result<(), DbError> {
    let rows: Vec<VoteRow> = new
        .votes
        .iter()
        .map(|(slot, vote)| VoteRow {
            response_id: id.as_str().to_owned(),
            slot_id: slot.as_str().to_owned(),
            vote: vote.as_str().to_owned(),
        })
        .collect();
    if !rows.is_empty() {
        on_backend!(conn, |c| diesel::insert_into(votes::table)
            .values(&rows)
            .execute(c))?;
    }
    Ok(())
}

/// Stores a new response (call inside a transaction).
///
/// # Errors
/// [`DbError`] from the inserts.
pub fn insert(
    conn: &mut DbConnection,
    poll_id: &PollId,
    id: &ResponseId,
    edit_token_hash: &TokenHash,
    new: &NewResponse,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    diesel::insert_into(responses::table)
        .values((
            responses::id.eq(id.as_str()),
            responses::poll_id.eq(poll_id.as_str()),
            responses::edit_token_hash.eq(&edit_token_hash.0),
            responses::name.eq(&new.name),
            responses::email.eq(new.email.as_ref().map(EmailAddress::as_str)),
            responses::affiliation.eq(new.affiliation.as_deref()),
            responses::timezone.eq(new.timezone.name()),
            responses::created_at.eq(to_db_time(now)),
            responses::updated_at.eq(to_db_time(now)),
            responses::language.eq(new.language.code()),
            responses::availability.eq(new.availability.as_ref().map(Availability::encode)),
        ))
        .execute(conn)?;
    insert_votes(conn, id, new)
}

/// Replaces a response's details and all its votes (call inside a transaction).
///
/// # Errors
/// [`DbError::NotFound`] when the response is gone.
pub fn update(
    conn: &mut DbConnection,
    id: &ResponseId,
    new: &NewResponse,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    let n = diesel::update(responses::table.find(id.as_str()))
        .set((
            responses::name.eq(&new.name),
            responses::email.eq(new.email.as_ref().map(EmailAddress::as_str)),
            responses::affiliation.eq(new.affiliation.as_deref()),
            responses::timezone.eq(new.timezone.name()),
            responses::updated_at.eq(to_db_time(now)),
            responses::language.eq(new.language.code()),
            responses::availability.eq(new.availability.as_ref().map(Availability::encode)),
        ))
        .execute(conn)?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    diesel::delete(votes::table.filter(votes::response_id.eq(id.as_str()))).execute(conn)?;
    insert_votes(conn, id, new)
}

/// Deletes a response of `poll_id` (and its votes). Returns whether it existed.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn delete(conn: &mut DbConnection, poll_id: &PollId, id: &ResponseId) -> Result<bool, DbError> {
    Ok(diesel::delete(
        responses::table
            .filter(responses::poll_id.eq(poll_id.as_str()))
            .filter(responses::id.eq(id.as_str())),
    )
    .execute(conn)?
        > 0)
}
