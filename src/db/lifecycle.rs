//! The life of a poll's data: its last activity, the organizer's keep, the expiry
//! warning and its keep link, and the polls the scheduler has to look at (see
//! [`crate::domain::retention`]).

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::{poll_grids, polls, slots};
use super::{from_db_time, to_db_time, DbConnection, DbError};
use crate::domain::retention::PollLife;
use crate::domain::{PollId, PollKind, PollStatus, TokenHash};

/// Records activity on the poll without marking it updated (invitations sent, the
/// invitee list changed): only its deletion date moves.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn record_activity(
    conn: &mut DbConnection,
    id: &PollId,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    diesel::update(polls::table.find(id.as_str()))
        .set(polls::last_activity_at.eq(to_db_time(now)))
        .execute(conn)?;
    Ok(())
}

type LifeRow = (
    String,
    String,
    Option<String>,
    i32,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
);

/// What the poll's deletion date is worked out from; `None` for an unknown poll.
/// The meeting's end is the chosen slot's start plus the poll's length, for a
/// finalized poll only.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn life(conn: &mut DbConnection, id: &PollId) -> Result<Option<PollLife>, DbError> {
    let Some((
        status,
        kind,
        final_slot_id,
        minutes,
        activity,
        kept,
        warned_for,
        warned_at,
        deadline,
    )) = polls::table
        .find(id.as_str())
        .select((
            polls::status,
            polls::kind,
            polls::final_slot_id,
            polls::duration_minutes,
            polls::last_activity_at,
            polls::kept_at,
            polls::expiry_warned_for,
            polls::expiry_warned_at,
            polls::deadline_at,
        ))
        .first::<LifeRow>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let meeting_start = match final_slot_id.filter(|_| status == PollStatus::Finalized.as_str()) {
        Some(slot) => slots::table
            .filter(slots::poll_id.eq(id.as_str()))
            .filter(slots::id.eq(slot))
            .select(slots::start_at)
            .first::<NaiveDateTime>(conn)
            .optional()?,
        None => None,
    };
    // A whole day (a poll of dates, stored at 00:00 UTC of its date) is over on every
    // clock 36 hours after that instant (UTC−12 reaches the next midnight at 12:00 UTC
    // of the next day); counting from there never deletes before the day has ended
    // where the organizer is.
    let length = if kind == PollKind::Dates.as_str() {
        Duration::hours(36)
    } else {
        Duration::minutes(i64::from(minutes))
    };
    let open_until = if meeting_start.is_some() {
        None
    } else {
        let last_slot = slots::table
            .filter(slots::poll_id.eq(id.as_str()))
            .select(diesel::dsl::max(slots::start_at))
            .first::<Option<NaiveDateTime>>(conn)?
            .map(|s| from_db_time(s) + length);
        // A grid's last day is a date on the poll's clock: two days after it, at
        // 00:00 UTC, is after its end whatever the zone (a margin of at most 38 hours
        // that only keeps the poll longer).
        let grid_end = poll_grids::table
            .find(id.as_str())
            .select(poll_grids::to_date)
            .first::<String>(conn)
            .optional()?
            .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
            .and_then(|d| d.succ_opt()?.succ_opt())
            .map(|d| d.and_time(chrono::NaiveTime::MIN).and_utc());
        [last_slot, grid_end, deadline.map(from_db_time)]
            .into_iter()
            .flatten()
            .max()
    };
    Ok(Some(PollLife {
        meeting_end_at: meeting_start.map(|s| from_db_time(s) + length),
        last_activity_at: from_db_time(activity),
        open_until,
        kept_at: kept.map(from_db_time),
        warned: warned_for
            .zip(warned_at)
            .map(|(f, a)| (from_db_time(f), from_db_time(a))),
    }))
}

/// The polls that may be due for a warning or deletion: their anchor (the chosen
/// slot's start when finalized — its end is later —, else the last activity) and their
/// last keep are at or before `cutoff` ([`crate::domain::retention::Retention::anchor_cutoff`]).
/// The caller checks each with the exact rule.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn candidates(conn: &mut DbConnection, cutoff: DateTime<Utc>) -> Result<Vec<PollId>, DbError> {
    let cutoff = to_db_time(cutoff);
    let finalized = polls::status.eq(PollStatus::Finalized.as_str());
    // A poll not finalized that still proposes a time after the cutoff is kept past it.
    let later_slots = diesel::alias!(slots as later_slots);
    let proposes_later = diesel::dsl::exists(
        later_slots
            .filter(later_slots.field(slots::poll_id).eq(polls::id))
            .filter(later_slots.field(slots::start_at).gt(cutoff)),
    );
    Ok(polls::table
        .left_join(slots::table.on(slots::id.nullable().eq(polls::final_slot_id)))
        .filter(polls::kept_at.is_null().or(polls::kept_at.le(cutoff)))
        .filter(
            finalized
                .and(slots::start_at.nullable().le(cutoff))
                .or(polls::status
                    .ne(PollStatus::Finalized.as_str())
                    .and(polls::last_activity_at.le(cutoff))
                    .and(
                        polls::deadline_at
                            .is_null()
                            .or(polls::deadline_at.le(cutoff)),
                    )
                    .and(diesel::dsl::not(proposes_later)))
                // A finalized poll whose chosen slot is missing: by its activity.
                .or(slots::id
                    .nullable()
                    .is_null()
                    .and(polls::last_activity_at.le(cutoff))),
        )
        .order(polls::id.asc())
        .select(polls::id)
        .load::<String>(conn)?
        .into_iter()
        .map(PollId::from_db)
        .collect())
}

/// Takes the expiry warning for the deletion instant `about`: records it with the keep
/// link's token hash unless a warning for that instant was already taken (by another
/// instance). Returns whether this call took it.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn take_warning(
    conn: &mut DbConnection,
    id: &PollId,
    about: DateTime<Utc>,
    keep_token_hash: &TokenHash,
    now: DateTime<Utc>,
) -> Result<bool, DbError> {
    let about = to_db_time(about);
    let n = diesel::update(
        polls::table.find(id.as_str()).filter(
            polls::expiry_warned_for
                .is_null()
                .or(polls::expiry_warned_for.ne(about)),
        ),
    )
    .set((
        polls::expiry_warned_for.eq(Some(about)),
        polls::expiry_warned_at.eq(Some(to_db_time(now))),
        polls::keep_token_hash.eq(Some(&keep_token_hash.0)),
    ))
    .execute(conn)?;
    Ok(n > 0)
}

/// Records that the organizer keeps the poll at `now`: the warning and its keep link
/// are spent, so that the next deletion date gets a warning of its own.
///
/// # Errors
/// [`DbError::NotFound`] when the poll is gone.
pub fn keep(conn: &mut DbConnection, id: &PollId, now: DateTime<Utc>) -> Result<(), DbError> {
    let n = diesel::update(polls::table.find(id.as_str()))
        .set((
            polls::kept_at.eq(Some(to_db_time(now))),
            polls::expiry_warned_for.eq(None::<NaiveDateTime>),
            polls::expiry_warned_at.eq(None::<NaiveDateTime>),
            polls::keep_token_hash.eq(None::<String>),
        ))
        .execute(conn)?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    Ok(())
}

/// Whether `hash` is the poll's current keep-link token hash.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn keep_token_matches(
    conn: &mut DbConnection,
    id: &PollId,
    hash: &TokenHash,
) -> Result<bool, DbError> {
    Ok(polls::table
        .find(id.as_str())
        .filter(polls::keep_token_hash.eq(&hash.0))
        .select(polls::id)
        .first::<String>(conn)
        .optional()?
        .is_some())
}
