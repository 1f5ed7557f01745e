//! Polls and their slots.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::{poll_grids, polls, slots};
use super::{from_db_time, on_backend, to_db_time, DbConnection, DbError};
use crate::domain::fairness::DayHours;
use crate::domain::grid::{parse_weekdays, weekdays_text, GridSpec};
use crate::domain::poll::PollSettings;
use crate::domain::text::EmailAddress;
use crate::domain::{
    NewPoll, NotifyMode, Poll, PollId, PollKind, PollStatus, Slot, SlotId, TimeZoneId, TokenHash,
};
use crate::i18n::Language;

#[derive(Queryable, Selectable)]
#[diesel(table_name = polls)]
struct PollRow {
    id: String,
    admin_token_hash: String,
    title: String,
    description: String,
    location: String,
    organizer_name: String,
    organizer_email: String,
    timezone: String,
    duration_minutes: i32,
    deadline_at: Option<NaiveDateTime>,
    if_need_be: i32,
    hide_results: i32,
    status: String,
    final_slot_id: Option<String>,
    calendar_sequence: Option<i32>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    language: String,
    notify: String,
    digest_sent_at: Option<NaiveDateTime>,
    remind_before_hours: Option<i32>,
    series_id: Option<String>,
    day_start_minutes: i32,
    work_start_minutes: i32,
    work_end_minutes: i32,
    night_start_minutes: i32,
    kind: String,
}

#[derive(Queryable, Selectable, Insertable)]
#[diesel(table_name = poll_grids)]
struct GridRow {
    poll_id: String,
    from_date: String,
    to_date: String,
    day_start_minutes: i32,
    day_end_minutes: i32,
    cell_minutes: i32,
    weekdays: String,
}

impl GridRow {
    fn of(poll_id: &PollId, g: &GridSpec) -> Self {
        let m = |v: u32| i32::try_from(v).unwrap_or(i32::MAX);
        GridRow {
            poll_id: poll_id.as_str().to_owned(),
            from_date: g.from.to_string(),
            to_date: g.to.to_string(),
            day_start_minutes: m(g.day_start_minutes),
            day_end_minutes: m(g.day_end_minutes),
            cell_minutes: m(g.cell_minutes),
            weekdays: weekdays_text(&g.weekdays),
        }
    }

    fn into_spec(self, zone: TimeZoneId) -> Result<GridSpec, DbError> {
        let corrupt =
            |what: &str| DbError::Corrupt(format!("grid of poll {}: {what}", self.poll_id));
        let date =
            |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| corrupt("a date"));
        let m = |v: i32| u32::try_from(v).map_err(|_| corrupt("a negative number"));
        let spec = GridSpec {
            from: date(&self.from_date)?,
            to: date(&self.to_date)?,
            zone,
            day_start_minutes: m(self.day_start_minutes)?,
            day_end_minutes: m(self.day_end_minutes)?,
            cell_minutes: m(self.cell_minutes)?,
            weekdays: parse_weekdays(&self.weekdays).ok_or_else(|| corrupt("a weekday"))?,
        };
        spec.check().map_err(|e| corrupt(&e.to_string()))?;
        Ok(spec)
    }
}

#[derive(Queryable, Selectable, Insertable)]
#[diesel(table_name = slots)]
struct SlotRow {
    id: String,
    poll_id: String,
    start_at: NaiveDateTime,
}

impl PollRow {
    fn into_poll(self, slots: Vec<Slot>, grid: Option<GridRow>) -> Result<Poll, DbError> {
        let kind = self
            .kind
            .parse::<PollKind>()
            .map_err(|e| DbError::Corrupt(format!("poll {}: kind {}", self.id, e.0)))?;
        let timezone = self
            .timezone
            .parse::<TimeZoneId>()
            .map_err(|e| DbError::Corrupt(format!("poll {}: {e}", self.id)))?;
        let grid = match (kind, grid) {
            (PollKind::Availability, Some(g)) => Some(g.into_spec(timezone)?),
            (PollKind::Availability, None) => {
                return Err(DbError::Corrupt(format!("poll {}: no grid", self.id)))
            }
            (_, _) => None,
        };
        Ok(Poll {
            kind,
            grid,
            timezone,
            status: self
                .status
                .parse::<PollStatus>()
                .map_err(DbError::Corrupt)?,
            language: self
                .language
                .parse::<Language>()
                .map_err(|e| DbError::Corrupt(format!("poll {}: {e}", self.id)))?,
            notify: self
                .notify
                .parse::<NotifyMode>()
                .map_err(|e| DbError::Corrupt(format!("poll {}: notify {}", self.id, e.0)))?,
            digest_sent_at: self.digest_sent_at.map(from_db_time),
            remind_before_hours: self.remind_before_hours,
            series_id: self.series_id,
            hours: {
                let m = |v: i32| u32::try_from(v).unwrap_or(u32::MAX);
                DayHours::new(
                    m(self.day_start_minutes),
                    m(self.work_start_minutes),
                    m(self.work_end_minutes),
                    m(self.night_start_minutes),
                )
                .map_err(|e| DbError::Corrupt(format!("poll {}: {e}", self.id)))?
            },
            id: PollId::from_db(self.id),
            admin_token_hash: TokenHash(self.admin_token_hash),
            title: self.title,
            description: self.description,
            location: self.location,
            organizer_name: self.organizer_name,
            organizer_email: EmailAddress::from_db(self.organizer_email),
            duration_minutes: self.duration_minutes,
            deadline_at: self.deadline_at.map(from_db_time),
            if_need_be: self.if_need_be != 0,
            hide_results: self.hide_results != 0,
            final_slot_id: self.final_slot_id.map(SlotId::from_db),
            calendar_sequence: self.calendar_sequence,
            created_at: from_db_time(self.created_at),
            updated_at: from_db_time(self.updated_at),
            slots,
        })
    }
}

fn slot_rows(poll_id: &PollId, starts: &[DateTime<Utc>]) -> Vec<SlotRow> {
    starts
        .iter()
        .map(|s| SlotRow {
            id: SlotId::generate().as_str().to_owned(),
            poll_id: poll_id.as_str().to_owned(),
            start_at: to_db_time(*s),
        })
        .collect()
}

fn into_slots(rows: Vec<SlotRow>) -> Vec<Slot> {
    rows.into_iter()
        .map(|r| Slot {
            id: SlotId::from_db(r.id),
            start_at: from_db_time(r.start_at),
        })
        .collect()
}

/// Stores a new poll with its slots (call inside a transaction) and returns it as stored.
///
/// # Errors
/// [`DbError`] from the inserts.
pub fn insert(
    conn: &mut DbConnection,
    id: &PollId,
    admin_token_hash: &TokenHash,
    new: &NewPoll,
    now: DateTime<Utc>,
) -> Result<Poll, DbError> {
    let s = &new.settings;
    diesel::insert_into(polls::table)
        .values((
            polls::id.eq(id.as_str()),
            polls::admin_token_hash.eq(&admin_token_hash.0),
            polls::title.eq(&s.title),
            polls::description.eq(&s.description),
            polls::location.eq(&s.location),
            polls::organizer_name.eq(&new.organizer_name),
            polls::organizer_email.eq(new.organizer_email.as_str()),
            polls::timezone.eq(new.timezone.name()),
            polls::duration_minutes.eq(s.duration_minutes),
            polls::deadline_at.eq(s.deadline_at.map(to_db_time)),
            polls::if_need_be.eq(i32::from(s.if_need_be)),
            polls::hide_results.eq(i32::from(s.hide_results)),
            polls::status.eq(PollStatus::Open.as_str()),
            polls::final_slot_id.eq(None::<String>),
            polls::created_at.eq(to_db_time(now)),
            polls::updated_at.eq(to_db_time(now)),
            polls::last_activity_at.eq(to_db_time(now)),
            polls::language.eq(new.language.code()),
            polls::kind.eq(new.kind.as_str()),
        ))
        .execute(conn)?;
    if let Some(grid) = &new.grid {
        diesel::insert_into(poll_grids::table)
            .values(GridRow::of(id, grid))
            .execute(conn)?;
    }
    let rows = slot_rows(id, &new.slot_starts);
    on_backend!(conn, |c| diesel::insert_into(slots::table)
        .values(&rows)
        .execute(c))?;
    find(conn, id)?.ok_or(DbError::NotFound)
}

/// Loads a poll and its slots (earliest first): two queries, and a third for the grid of
/// an availability poll.
///
/// # Errors
/// [`DbError`] on query failure or a corrupt row; `Ok(None)` when there is no such poll.
pub fn find(conn: &mut DbConnection, id: &PollId) -> Result<Option<Poll>, DbError> {
    let Some(row) = polls::table
        .find(id.as_str())
        .select(PollRow::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let slot_rows = slots::table
        .filter(slots::poll_id.eq(id.as_str()))
        .order((slots::start_at.asc(), slots::id.asc()))
        .select(SlotRow::as_select())
        .load(conn)?;
    let grid = if row.kind == PollKind::Availability.as_str() {
        poll_grids::table
            .find(id.as_str())
            .select(GridRow::as_select())
            .first(conn)
            .optional()?
    } else {
        None
    };
    row.into_poll(into_slots(slot_rows), grid).map(Some)
}

/// Locks the poll's row until the end of the transaction, so that actions on one poll
/// happen one after the other (two finalizes at once send one set of mail). On
/// PostgreSQL this is `SELECT … FOR UPDATE`; on SQLite the write transaction
/// (`BEGIN IMMEDIATE`) already holds the database's write lock. Returns whether the
/// poll exists.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn lock(conn: &mut DbConnection, id: &PollId) -> Result<bool, DbError> {
    match conn {
        DbConnection::Sqlite(_) => Ok(true),
        DbConnection::Postgres(c) => Ok(polls::table
            .find(id.as_str())
            .select(polls::id)
            .for_update()
            .first::<String>(c)
            .optional()?
            .is_some()),
    }
}

/// Saves edited settings.
///
/// # Errors
/// [`DbError::NotFound`] when the poll is gone.
pub fn update_settings(
    conn: &mut DbConnection,
    id: &PollId,
    s: &PollSettings,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    let n = diesel::update(polls::table.find(id.as_str()))
        .set((
            polls::title.eq(&s.title),
            polls::description.eq(&s.description),
            polls::location.eq(&s.location),
            polls::duration_minutes.eq(s.duration_minutes),
            polls::deadline_at.eq(s.deadline_at.map(to_db_time)),
            polls::if_need_be.eq(i32::from(s.if_need_be)),
            polls::hide_results.eq(i32::from(s.hide_results)),
            polls::updated_at.eq(to_db_time(now)),
            polls::last_activity_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    Ok(())
}

/// Replaces the hash of the poll's admin token (the organizer replaced a leaked link).
///
/// # Errors
/// [`DbError::NotFound`] when the poll is gone.
pub fn set_admin_token_hash(
    conn: &mut DbConnection,
    id: &PollId,
    hash: &TokenHash,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    let n = diesel::update(polls::table.find(id.as_str()))
        .set((
            polls::admin_token_hash.eq(&hash.0),
            polls::updated_at.eq(to_db_time(now)),
            polls::last_activity_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    Ok(())
}

/// Adds slots and returns them.
///
/// # Errors
/// [`DbError::Conflict`] when a start already exists (the unique index).
pub fn add_slots(
    conn: &mut DbConnection,
    id: &PollId,
    starts: &[DateTime<Utc>],
    now: DateTime<Utc>,
) -> Result<Vec<Slot>, DbError> {
    let rows = slot_rows(id, starts);
    on_backend!(conn, |c| diesel::insert_into(slots::table)
        .values(&rows)
        .execute(c))?;
    touch(conn, id, now)?;
    Ok(into_slots(rows))
}

/// Removes a slot and, by cascade, every vote for it. Returns whether it existed.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn delete_slot(
    conn: &mut DbConnection,
    id: &PollId,
    slot_id: &SlotId,
    now: DateTime<Utc>,
) -> Result<bool, DbError> {
    let n = diesel::delete(
        slots::table
            .filter(slots::poll_id.eq(id.as_str()))
            .filter(slots::id.eq(slot_id.as_str())),
    )
    .execute(conn)?;
    touch(conn, id, now)?;
    Ok(n > 0)
}

/// Sets the life-cycle state and the chosen slot.
///
/// # Errors
/// [`DbError::NotFound`] when the poll is gone.
pub fn set_status(
    conn: &mut DbConnection,
    id: &PollId,
    status: PollStatus,
    final_slot_id: Option<&SlotId>,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    let n = diesel::update(polls::table.find(id.as_str()))
        .set((
            polls::status.eq(status.as_str()),
            polls::final_slot_id.eq(final_slot_id.map(|s| s.as_str().to_owned())),
            polls::updated_at.eq(to_db_time(now)),
            polls::last_activity_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    Ok(())
}

/// Sets the meeting's slot and steps the calendar event's SEQUENCE (0 the first time):
/// `Some(slot)` finalizes the poll on it, `None` opens a finalized poll again (its
/// cancellation is the event's next version). Returns the new sequence.
///
/// # Errors
/// [`DbError::NotFound`] when the poll is gone.
pub fn set_meeting(
    conn: &mut DbConnection,
    poll: &Poll,
    slot_id: Option<&SlotId>,
    now: DateTime<Utc>,
) -> Result<i32, DbError> {
    let sequence = poll.calendar_sequence.map_or(0, |s| s + 1);
    let status = if slot_id.is_some() {
        PollStatus::Finalized
    } else {
        PollStatus::Open
    };
    let n = diesel::update(polls::table.find(poll.id.as_str()))
        .set((
            polls::status.eq(status.as_str()),
            polls::final_slot_id.eq(slot_id.map(SlotId::as_str)),
            polls::calendar_sequence.eq(Some(sequence)),
            polls::updated_at.eq(to_db_time(now)),
            polls::last_activity_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    Ok(sequence)
}

/// Records activity on the poll (a response or comment): its last update and its last
/// activity, from which its deletion is counted ([`crate::domain::retention`]).
///
/// # Errors
/// [`DbError`] on query failure.
pub fn touch(conn: &mut DbConnection, id: &PollId, now: DateTime<Utc>) -> Result<(), DbError> {
    diesel::update(polls::table.find(id.as_str()))
        .set((
            polls::updated_at.eq(to_db_time(now)),
            polls::last_activity_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Deletes a poll and, by cascade, its slots, responses, votes, comments and pending
/// mail. Returns whether it existed.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn delete(conn: &mut DbConnection, id: &PollId) -> Result<bool, DbError> {
    Ok(diesel::delete(polls::table.find(id.as_str())).execute(conn)? > 0)
}

/// Sets what the organizer is mailed about activity and the automatic reminder's lead
/// time (hours before the deadline; `None` for none).
///
/// # Errors
/// [`DbError::NotFound`] when the poll is gone.
pub fn set_notifications(
    conn: &mut DbConnection,
    id: &PollId,
    notify: NotifyMode,
    remind_before_hours: Option<i32>,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    let n = diesel::update(polls::table.find(id.as_str()))
        .set((
            polls::notify.eq(notify.as_str()),
            polls::remind_before_hours.eq(remind_before_hours),
            polls::updated_at.eq(to_db_time(now)),
            polls::last_activity_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    Ok(())
}

/// Puts the poll in a series of meetings.
///
/// # Errors
/// [`DbError::NotFound`] when the poll is gone.
pub fn set_series(conn: &mut DbConnection, id: &PollId, series_id: &str) -> Result<(), DbError> {
    let n = diesel::update(polls::table.find(id.as_str()))
        .set(polls::series_id.eq(Some(series_id)))
        .execute(conn)?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    Ok(())
}

/// Most meetings of a series read for its burden (the latest).
pub const SERIES_MEETINGS_MAX: i64 = 100;

/// The chosen meetings of a series: for each finalized poll of `series_id`, its final
/// slot's start (UTC instant) and length (minutes), oldest first; the latest
/// [`SERIES_MEETINGS_MAX`] at most.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn series_meetings(
    conn: &mut DbConnection,
    series_id: &str,
) -> Result<Vec<(DateTime<Utc>, i32)>, DbError> {
    let mut rows: Vec<(NaiveDateTime, i32)> = slots::table
        .inner_join(polls::table)
        .filter(polls::series_id.eq(series_id))
        .filter(polls::status.eq(PollStatus::Finalized.as_str()))
        .filter(polls::final_slot_id.eq(slots::id.nullable()))
        .order(slots::start_at.desc())
        .limit(SERIES_MEETINGS_MAX)
        .select((slots::start_at, polls::duration_minutes))
        .load(conn)?;
    rows.reverse();
    Ok(rows
        .into_iter()
        .map(|(start, minutes)| (from_db_time(start), minutes))
        .collect())
}

/// Records when the last daily digest was considered (UTC instant).
///
/// # Errors
/// [`DbError`] on query failure.
pub fn set_digest_sent_at(
    conn: &mut DbConnection,
    id: &PollId,
    at: DateTime<Utc>,
) -> Result<(), DbError> {
    diesel::update(polls::table.find(id.as_str()))
        .set(polls::digest_sent_at.eq(Some(to_db_time(at))))
        .execute(conn)?;
    Ok(())
}

/// Polls set to a daily digest with activity since the last one (or since creation):
/// the caller checks the hour in each poll's zone.
///
/// # Errors
/// [`DbError`] on query failure.
pub fn with_digest_pending(conn: &mut DbConnection) -> Result<Vec<PollId>, DbError> {
    Ok(polls::table
        .filter(polls::notify.eq(NotifyMode::Digest.as_str()))
        .filter(
            polls::digest_sent_at
                .is_null()
                .and(polls::updated_at.gt(polls::created_at))
                .or(polls::updated_at.nullable().gt(polls::digest_sent_at)),
        )
        .select(polls::id)
        .load::<String>(conn)?
        .into_iter()
        .map(PollId::from_db)
        .collect())
}

/// Sets the hours of the day the poll judges slots by.
///
/// # Errors
/// [`DbError::NotFound`] when the poll is gone.
pub fn set_hours(
    conn: &mut DbConnection,
    id: &PollId,
    hours: &DayHours,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    let m = |v: u32| i32::try_from(v).unwrap_or(i32::MAX);
    let n = diesel::update(polls::table.find(id.as_str()))
        .set((
            polls::day_start_minutes.eq(m(hours.day_start)),
            polls::work_start_minutes.eq(m(hours.work_start)),
            polls::work_end_minutes.eq(m(hours.work_end)),
            polls::night_start_minutes.eq(m(hours.night_start)),
            polls::updated_at.eq(to_db_time(now)),
            polls::last_activity_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    Ok(())
}
