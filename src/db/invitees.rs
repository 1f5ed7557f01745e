//! A poll's invitees and the hashes of their personal links.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::{invitee_links, invitees, polls};
use super::{from_db_time, on_backend, to_db_time, DbConnection, DbError};
use crate::domain::invitee::InviteeDraft;
use crate::domain::text::EmailAddress;
use crate::domain::{Invitee, InviteeId, PollId, ResponseId, TimeZoneId, TokenHash};

#[derive(Queryable, Selectable, Insertable)]
#[diesel(table_name = invitees)]
struct InviteeRow {
    id: String,
    poll_id: String,
    name: Option<String>,
    email: String,
    email_key: String,
    affiliation: Option<String>,
    timezone: Option<String>,
    required: i32,
    response_id: Option<String>,
    invited_at: Option<NaiveDateTime>,
    reminded_at: Option<NaiveDateTime>,
    auto_reminded_at: Option<NaiveDateTime>,
    created_at: NaiveDateTime,
}

impl InviteeRow {
    fn into_invitee(self) -> Result<Invitee, DbError> {
        Ok(Invitee {
            timezone: self
                .timezone
                .map(|z| z.parse::<TimeZoneId>())
                .transpose()
                .map_err(|e| DbError::Corrupt(format!("invitee {}: {e}", self.id)))?,
            id: InviteeId::from_db(self.id),
            name: self.name,
            email: EmailAddress::from_db(self.email),
            affiliation: self.affiliation,
            required: self.required != 0,
            response_id: self.response_id.map(ResponseId::from_db),
            invited_at: self.invited_at.map(from_db_time),
            reminded_at: self.reminded_at.map(from_db_time),
            auto_reminded_at: self.auto_reminded_at.map(from_db_time),
            created_at: from_db_time(self.created_at),
        })
    }
}

fn convert(rows: Vec<InviteeRow>) -> Result<Vec<Invitee>, DbError> {
    rows.into_iter().map(InviteeRow::into_invitee).collect()
}

/// The lower-case form of an address that identifies an invitee within a poll.
pub fn email_key(email: &EmailAddress) -> String {
    email.as_str().to_lowercase()
}

/// A poll's invitees in the order they were added (the order of the pasted list).
///
/// # Errors
/// [`DbError`] on query failure or a corrupt row.
pub fn for_poll(conn: &mut DbConnection, poll_id: &PollId) -> Result<Vec<Invitee>, DbError> {
    convert(
        invitees::table
            .filter(invitees::poll_id.eq(poll_id.as_str()))
            .order((invitees::created_at.asc(), invitees::id.asc()))
            .select(InviteeRow::as_select())
            .load(conn)?,
    )
}

/// What adding a list did.
#[derive(Debug, Clone, Default)]
pub struct Added {
    /// The new invitees, in list order.
    pub added: Vec<Invitee>,
    /// Invitees already on the poll whose details the list completed or changed.
    pub updated: usize,
    /// Lines whose address was already on the poll and changed nothing.
    pub unchanged: usize,
}

/// Adds `drafts` to the poll's invitees (call inside a transaction). An address already
/// on the poll (letter case ignored) is not added twice: a name, affiliation or zone the
/// list gives replaces the stored one. New invitees keep the list's order: each is
/// stamped one microsecond after the one before.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn add(
    conn: &mut DbConnection,
    poll_id: &PollId,
    drafts: &[InviteeDraft],
    now: DateTime<Utc>,
) -> Result<Added, DbError> {
    let existing = for_poll(conn, poll_id)?;
    let mut result = Added::default();
    let mut rows = Vec::new();
    for (i, d) in drafts.iter().enumerate() {
        let key = email_key(&d.email);
        if let Some(old) = existing.iter().find(|e| email_key(&e.email) == key) {
            let name = d.name.clone().or_else(|| old.name.clone());
            let affiliation = d.affiliation.clone().or_else(|| old.affiliation.clone());
            let timezone = d.timezone.or(old.timezone);
            if name == old.name && affiliation == old.affiliation && timezone == old.timezone {
                result.unchanged += 1;
                continue;
            }
            diesel::update(invitees::table.find(old.id.as_str()))
                .set((
                    invitees::name.eq(name),
                    invitees::affiliation.eq(affiliation),
                    invitees::timezone.eq(timezone.map(|z| z.name())),
                ))
                .execute(conn)?;
            result.updated += 1;
            continue;
        }
        let offset = Duration::microseconds(i64::try_from(i).unwrap_or(i64::MAX / 2));
        rows.push(InviteeRow {
            id: InviteeId::generate().as_str().to_owned(),
            poll_id: poll_id.as_str().to_owned(),
            name: d.name.clone(),
            email: d.email.as_str().to_owned(),
            email_key: key,
            affiliation: d.affiliation.clone(),
            timezone: d.timezone.map(|z| z.name().to_owned()),
            required: 0,
            response_id: None,
            invited_at: None,
            reminded_at: None,
            auto_reminded_at: None,
            created_at: to_db_time(now + offset),
        });
    }
    if !rows.is_empty() {
        // SQLite takes at most 32 766 bound values in one statement: 13 per row.
        for chunk in rows.chunks(500) {
            on_backend!(conn, |c| diesel::insert_into(invitees::table)
                .values(chunk)
                .execute(c))?;
        }
    }
    result.added = convert(rows)?;
    Ok(result)
}

/// How many invitees a poll has.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn count_for_poll(conn: &mut DbConnection, poll_id: &PollId) -> Result<i64, DbError> {
    Ok(invitees::table
        .filter(invitees::poll_id.eq(poll_id.as_str()))
        .count()
        .get_result(conn)?)
}

/// Removes an invitee of `poll_id` (and their links; their answer stays). Returns
/// whether it existed.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn delete(conn: &mut DbConnection, poll_id: &PollId, id: &InviteeId) -> Result<bool, DbError> {
    Ok(diesel::delete(
        invitees::table
            .filter(invitees::poll_id.eq(poll_id.as_str()))
            .filter(invitees::id.eq(id.as_str())),
    )
    .execute(conn)?
        > 0)
}

/// Marks an invitee of `poll_id` as required or not. Returns whether it existed.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn set_required(
    conn: &mut DbConnection,
    poll_id: &PollId,
    id: &InviteeId,
    required: bool,
) -> Result<bool, DbError> {
    Ok(diesel::update(
        invitees::table
            .filter(invitees::poll_id.eq(poll_id.as_str()))
            .filter(invitees::id.eq(id.as_str())),
    )
    .set(invitees::required.eq(i32::from(required)))
    .execute(conn)?
        > 0)
}

/// Keeps the hash of a personal link just mailed to an invitee.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn add_link(
    conn: &mut DbConnection,
    invitee_id: &InviteeId,
    hash: &TokenHash,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    diesel::insert_into(invitee_links::table)
        .values((
            invitee_links::token_hash.eq(&hash.0),
            invitee_links::invitee_id.eq(invitee_id.as_str()),
            invitee_links::created_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// The invitee of `poll_id` whose personal link hashes to `hash`, if any.
///
/// # Errors
/// [`DbError`] on query failure or a corrupt row.
pub fn find_by_link(
    conn: &mut DbConnection,
    poll_id: &PollId,
    hash: &TokenHash,
) -> Result<Option<Invitee>, DbError> {
    let rows = invitees::table
        .inner_join(invitee_links::table)
        .filter(invitee_links::token_hash.eq(&hash.0))
        .filter(invitees::poll_id.eq(poll_id.as_str()))
        .select(InviteeRow::as_select())
        .load(conn)?;
    Ok(convert(rows)?.into_iter().next())
}

/// Records that an invitation (`reminder: false`) or a reminder went to these invitees.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn mark_mailed(
    conn: &mut DbConnection,
    ids: &[InviteeId],
    reminder: bool,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    let ids: Vec<&str> = ids.iter().map(InviteeId::as_str).collect();
    for chunk in ids.chunks(500) {
        let target = invitees::table.filter(invitees::id.eq_any(chunk));
        if reminder {
            diesel::update(target)
                .set(invitees::reminded_at.eq(Some(to_db_time(now))))
                .execute(conn)?;
        } else {
            diesel::update(target)
                .set(invitees::invited_at.eq(Some(to_db_time(now))))
                .execute(conn)?;
        }
    }
    Ok(())
}

/// Takes the automatic reminder of one invitee: sets `auto_reminded_at` (and
/// `reminded_at`) unless already set. Returns whether this call took it, so that of
/// several instances only one sends it.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn take_automatic_reminder(
    conn: &mut DbConnection,
    id: &InviteeId,
    now: DateTime<Utc>,
) -> Result<bool, DbError> {
    Ok(diesel::update(
        invitees::table
            .filter(invitees::id.eq(id.as_str()))
            .filter(invitees::auto_reminded_at.is_null())
            .filter(invitees::response_id.is_null()),
    )
    .set((
        invitees::auto_reminded_at.eq(Some(to_db_time(now))),
        invitees::reminded_at.eq(Some(to_db_time(now))),
    ))
    .execute(conn)?
        > 0)
}

/// Ties an invitee to their answer.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn tie_response(
    conn: &mut DbConnection,
    id: &InviteeId,
    response_id: &ResponseId,
) -> Result<(), DbError> {
    diesel::update(invitees::table.find(id.as_str()))
        .set(invitees::response_id.eq(Some(response_id.as_str())))
        .execute(conn)?;
    Ok(())
}

/// Ties the invitee of `poll_id` with this address (letter case ignored), if they have
/// no answer yet, to `response_id`: someone invited who answered through the public
/// link instead of their own.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn tie_by_email(
    conn: &mut DbConnection,
    poll_id: &PollId,
    email: &EmailAddress,
    response_id: &ResponseId,
) -> Result<(), DbError> {
    diesel::update(
        invitees::table
            .filter(invitees::poll_id.eq(poll_id.as_str()))
            .filter(invitees::email_key.eq(email_key(email)))
            .filter(invitees::response_id.is_null()),
    )
    .set(invitees::response_id.eq(Some(response_id.as_str())))
    .execute(conn)?;
    Ok(())
}

/// Invitees who may be due an automatic reminder at `now`: of open polls with an
/// automatic reminder and a deadline still ahead but within the longest lead time (plus
/// a day), invited, not answered, not yet auto-reminded. The caller checks the exact
/// time in each invitee's zone.
///
/// # Errors
/// [`DbError`] on query failure or a corrupt row.
pub fn automatic_reminder_candidates(
    conn: &mut DbConnection,
    now: DateTime<Utc>,
) -> Result<Vec<(PollId, Invitee)>, DbError> {
    let horizon = now
        + Duration::hours(i64::from(crate::domain::poll::REMIND_BEFORE_HOURS_MAX))
        + Duration::days(1);
    let rows: Vec<(String, InviteeRow)> = invitees::table
        .inner_join(polls::table)
        .filter(polls::status.eq("open"))
        .filter(polls::remind_before_hours.is_not_null())
        .filter(polls::deadline_at.gt(to_db_time(now)))
        .filter(polls::deadline_at.le(to_db_time(horizon)))
        .filter(invitees::invited_at.is_not_null())
        .filter(invitees::response_id.is_null())
        .filter(invitees::auto_reminded_at.is_null())
        .select((polls::id, InviteeRow::as_select()))
        .load(conn)?;
    rows.into_iter()
        .map(|(p, r)| Ok((PollId::from_db(p), r.into_invitee()?)))
        .collect()
}
