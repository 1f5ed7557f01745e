//! Polls and their candidate slots.

use std::collections::HashSet;
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};

use super::grid::{GridDraft, GridSpec};
use super::ids::{PollId, SlotId, TokenHash};
use super::text::{long_text, one_line, optional_line, EmailAddress};
use super::time::{parse_instant, TimeZoneId};
use super::FieldErrors;
use crate::i18n::{Language, Message};

/// Longest title, in characters.
pub const TITLE_MAX: usize = 200;
/// Longest person name, in characters.
pub const NAME_MAX: usize = 100;
/// Longest description or comment, in characters.
pub const LONG_TEXT_MAX: usize = 5000;
/// Longest location or meeting link, in characters.
pub const LOCATION_MAX: usize = 500;
/// Most candidate slots in one poll.
pub const SLOTS_MAX: usize = 200;
/// How far ahead a slot or deadline may lie, in days (five years).
pub const HORIZON_DAYS: i64 = 5 * 365;
/// Longest meeting, in minutes (one day).
pub const DURATION_MAX_MINUTES: i32 = 24 * 60;

/// Where a poll is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PollStatus {
    /// Taking answers.
    Open,
    /// Closed by the organizer (or past its deadline: see [`Poll::accepts_responses`]).
    Closed,
    /// A slot was chosen.
    Finalized,
}

impl PollStatus {
    /// The stored and API spelling (`open`, `closed`, `finalized`).
    pub fn as_str(&self) -> &'static str {
        match self {
            PollStatus::Open => "open",
            PollStatus::Closed => "closed",
            PollStatus::Finalized => "finalized",
        }
    }
}

impl FromStr for PollStatus {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "open" => Ok(PollStatus::Open),
            "closed" => Ok(PollStatus::Closed),
            "finalized" => Ok(PollStatus::Finalized),
            other => Err(format!("unknown poll status {other:?}")),
        }
    }
}

impl fmt::Display for PollStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a poll asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PollKind {
    /// Yes / if need be / no for each of a few candidate slots.
    #[default]
    Times,
    /// When each person is free over a grid of days and hours
    /// ([`crate::domain::grid`]); the organizer turns a window into the final slot.
    Availability,
    /// Yes / if need be / no for each of a few whole days: calendar dates with no
    /// zone, shown as the same date to every viewer (see [`day_start`]).
    Dates,
}

impl PollKind {
    /// The stored, form and API spelling: `times`, `availability`, `dates`.
    pub fn as_str(&self) -> &'static str {
        match self {
            PollKind::Times => "times",
            PollKind::Availability => "availability",
            PollKind::Dates => "dates",
        }
    }
}

/// A poll kind that is not `times`, `availability` or `dates`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownPollKind(pub String);

impl From<UnknownPollKind> for Message {
    fn from(e: UnknownPollKind) -> Self {
        Message::new("error-poll-kind").text("value", e.0)
    }
}

impl FromStr for PollKind {
    type Err = UnknownPollKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "times" => Ok(PollKind::Times),
            "availability" => Ok(PollKind::Availability),
            "dates" => Ok(PollKind::Dates),
            other => Err(UnknownPollKind(other.to_owned())),
        }
    }
}

/// What the organizer is mailed about activity on a poll.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NotifyMode {
    /// Nothing (they look at the admin page).
    #[default]
    None,
    /// A mail for each new or changed answer and each comment.
    Each,
    /// One mail a day, at about 09:00 in the poll's zone, when something happened.
    Digest,
}

impl NotifyMode {
    /// The stored, form and API spelling: `none`, `each`, `digest`.
    pub fn as_str(&self) -> &'static str {
        match self {
            NotifyMode::None => "none",
            NotifyMode::Each => "each",
            NotifyMode::Digest => "digest",
        }
    }
}

/// A notification choice that is not `none`, `each` or `digest`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownNotifyMode(pub String);

impl From<UnknownNotifyMode> for Message {
    fn from(e: UnknownNotifyMode) -> Self {
        Message::new("error-notify").text("value", e.0)
    }
}

crate::localized_error!(UnknownNotifyMode);

impl FromStr for NotifyMode {
    type Err = UnknownNotifyMode;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "none" => Ok(NotifyMode::None),
            "each" => Ok(NotifyMode::Each),
            "digest" => Ok(NotifyMode::Digest),
            other => Err(UnknownNotifyMode(other.to_owned())),
        }
    }
}

/// Most hours before the deadline an automatic reminder may be set for (30 days).
pub const REMIND_BEFORE_HOURS_MAX: i32 = 720;

/// Parses the automatic reminder's lead time in hours: empty for none, else 1..=720.
///
/// # Errors
/// A message naming the value.
pub fn parse_remind_before_hours(input: &str) -> Result<Option<i32>, Message> {
    let t = input.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<i32>() {
        Ok(h) if (1..=REMIND_BEFORE_HOURS_MAX).contains(&h) => Ok(Some(h)),
        _ => Err(Message::new("error-remind-before").text("value", t)),
    }
}

/// What the organizer is mailed on their own poll: activity mail and the automatic
/// reminder to invitees who have not answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Notifications {
    /// What the organizer is mailed about activity.
    pub notify: NotifyMode,
    /// Hours before the deadline the automatic reminder goes (1..=720), or `None`.
    pub remind_before_hours: Option<i32>,
}

/// A candidate slot: a UTC start instant; its length is the poll's `duration_minutes`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    /// The slot's id.
    pub id: SlotId,
    /// Start, UTC instant.
    pub start_at: DateTime<Utc>,
}

impl Slot {
    /// End, UTC instant, for a meeting of `duration_minutes`.
    pub fn end_at(&self, duration_minutes: i32) -> DateTime<Utc> {
        self.start_at + Duration::minutes(i64::from(duration_minutes))
    }

    /// The calendar date of a whole-day slot (a poll of kind [`PollKind::Dates`]),
    /// read back from its stored start as [`day_start`] wrote it.
    pub fn day(&self) -> NaiveDate {
        self.start_at.date_naive()
    }
}

/// How a whole day is stored: the slot of a poll of kind [`PollKind::Dates`] keeps
/// its calendar date as `start_at` = 00:00 UTC of that date (and the poll's
/// `duration_minutes` is [`DAY_MINUTES`]). That instant is a storage convention only:
/// it is read back with [`Slot::day`] and never shown or converted to any zone; the
/// date is the same for every viewer, from UTC−11 to UTC+14.
pub fn day_start(date: NaiveDate) -> DateTime<Utc> {
    date.and_time(NaiveTime::MIN).and_utc()
}

/// The length stored for a poll of whole days, in minutes (one day).
pub const DAY_MINUTES: i32 = 24 * 60;

/// Why a whole-day option could not be read (a poll of kind [`PollKind::Dates`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DayInputError {
    /// Not a calendar date written `YYYY-MM-DD` (a time, an offset or anything else).
    #[error("“{0}” is not a date written YYYY-MM-DD")]
    Format(String),
}

/// Reads a whole-day option: exactly a calendar date `YYYY-MM-DD` (ISO 8601), with no
/// time, offset or zone; spaces around it are ignored.
///
/// # Errors
/// [`DayInputError::Format`] with the text, for anything else (`2027-03-28T09:00`
/// among them).
pub fn parse_day(text: &str) -> Result<NaiveDate, DayInputError> {
    let t = text.trim();
    let shaped = t.len() == 10
        && t.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    match NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        Ok(d) if shaped => Ok(d),
        _ => Err(DayInputError::Format(t.to_owned())),
    }
}

/// Parses whole-day options into sorted distinct dates; `existing` are the dates the
/// poll already has (for adding days), counted towards the limit and checked for
/// duplicates. Empty entries are ignored. A date before today on the clock of `zone`
/// (the organizer's) is refused; today is taken.
///
/// # Errors
/// A message for the `slots` field naming the first bad date by its number and text:
/// not `YYYY-MM-DD`, in the past, more than five years ahead, the same date twice;
/// or none at all, or more than [`SLOTS_MAX`].
pub fn parse_days(
    inputs: &[String],
    zone: TimeZoneId,
    existing: &[NaiveDate],
    now: DateTime<Utc>,
) -> Result<Vec<NaiveDate>, Message> {
    let today = zone.local(now).date();
    let mut seen: HashSet<NaiveDate> = existing.iter().copied().collect();
    let mut days = Vec::new();
    for (i, text) in inputs
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.trim().is_empty())
    {
        let day = |id: &'static str| {
            Message::new(id)
                .count("n", i + 1)
                .text("value", text.trim())
        };
        let date = parse_day(text).map_err(|_| day("error-day-format"))?;
        if date < today {
            return Err(day("error-day-past"));
        }
        if date > today + Duration::days(HORIZON_DAYS) {
            return Err(day("error-day-far").count("years", HORIZON_DAYS / 365));
        }
        if existing.contains(&date) {
            return Err(day("error-day-exists"));
        }
        if !seen.insert(date) {
            return Err(day("error-day-duplicate"));
        }
        days.push(date);
    }
    if days.is_empty() && existing.is_empty() {
        return Err(Message::new("error-no-days"));
    }
    let total = days.len() + existing.len();
    if total > SLOTS_MAX {
        return Err(Message::new("error-too-many-slots")
            .count("max", SLOTS_MAX)
            .count("total", total));
    }
    days.sort();
    Ok(days)
}

/// A stored poll with its slots ordered by start instant.
#[derive(Debug, Clone)]
pub struct Poll {
    /// Public id.
    pub id: PollId,
    /// Hash of the admin token.
    pub admin_token_hash: TokenHash,
    /// Title.
    pub title: String,
    /// Description (may be empty; may contain line breaks).
    pub description: String,
    /// Location or meeting link (may be empty).
    pub location: String,
    /// The organizer's name.
    pub organizer_name: String,
    /// The organizer's address; shown to the organizer only.
    pub organizer_email: EmailAddress,
    /// The zone slots were entered in and the default display zone.
    pub timezone: TimeZoneId,
    /// Meeting length in minutes.
    pub duration_minutes: i32,
    /// After this UTC instant no more answers are taken.
    pub deadline_at: Option<DateTime<Utc>>,
    /// Whether "if need be" is offered.
    pub if_need_be: bool,
    /// Whether participants see others' answers only once finalized.
    pub hide_results: bool,
    /// Life-cycle state.
    pub status: PollStatus,
    /// The chosen slot, once finalized.
    pub final_slot_id: Option<SlotId>,
    /// SEQUENCE of the meeting's calendar event (RFC 5545 §3.8.7.4): `None` until first
    /// finalized, then 0, and one more each time a slot is chosen again.
    pub calendar_sequence: Option<i32>,
    /// Creation instant.
    pub created_at: DateTime<Utc>,
    /// Last change instant (poll, slots, responses or comments).
    pub updated_at: DateTime<Utc>,
    /// Candidate slots, earliest first.
    pub slots: Vec<Slot>,
    /// The organizer's language: their mail and the announcement text are in it.
    pub language: Language,
    /// What the organizer is mailed about activity.
    pub notify: NotifyMode,
    /// When the last daily digest was queued (UTC instant).
    pub digest_sent_at: Option<DateTime<Utc>>,
    /// Hours before the deadline the automatic reminder goes to invitees who have not
    /// answered; `None` for no automatic reminder.
    pub remind_before_hours: Option<i32>,
    /// The series of meetings the poll belongs to (its own id, or that of the poll it
    /// was duplicated from).
    pub series_id: Option<String>,
    /// The hours of the day slots are judged by, on each person's clock.
    pub hours: crate::domain::fairness::DayHours,
    /// What the poll asks.
    pub kind: PollKind,
    /// The grid of an availability poll (`None` for other kinds). Its slots are then
    /// only the windows the organizer chose.
    pub grid: Option<GridSpec>,
}

impl Poll {
    /// Whether a new or edited answer is accepted at `now`: the poll is open and its
    /// deadline, if any, has not passed.
    pub fn accepts_responses(&self, now: DateTime<Utc>) -> bool {
        self.status == PollStatus::Open && self.deadline_at.is_none_or(|d| now < d)
    }

    /// The status people see: `closed` once the deadline has passed.
    pub fn effective_status(&self, now: DateTime<Utc>) -> PollStatus {
        match self.status {
            PollStatus::Open if !self.accepts_responses(now) => PollStatus::Closed,
            s => s,
        }
    }

    /// Whether participants see the answers: unless the poll hides them, and always
    /// once a slot is chosen. The organizer always sees them.
    pub fn shows_results(&self) -> bool {
        !self.hide_results || self.status == PollStatus::Finalized
    }

    /// Whether its slots are whole days (kind [`PollKind::Dates`]): shown as dates,
    /// the same in every zone, never converted.
    pub fn whole_days(&self) -> bool {
        self.kind == PollKind::Dates
    }

    /// The chosen slot, if finalized.
    pub fn final_slot(&self) -> Option<&Slot> {
        let id = self.final_slot_id.as_ref()?;
        self.slots.iter().find(|s| &s.id == id)
    }

    /// The slot with this id, if it belongs to the poll.
    pub fn slot(&self, id: &str) -> Option<&Slot> {
        self.slots.iter().find(|s| s.id.as_str() == id)
    }

    /// The settings that can be edited later, as they are now.
    pub fn settings(&self) -> PollSettings {
        PollSettings {
            title: self.title.clone(),
            description: self.description.clone(),
            location: self.location.clone(),
            duration_minutes: self.duration_minutes,
            deadline_at: self.deadline_at,
            if_need_be: self.if_need_be,
            hide_results: self.hide_results,
        }
    }

    /// What the organizer is mailed, as set now.
    pub fn notifications(&self) -> Notifications {
        Notifications {
            notify: self.notify,
            remind_before_hours: self.remind_before_hours,
        }
    }
}

/// A poll as typed (form or JSON), before validation. Every field is kept as given so a
/// form can be shown again with what the person typed.
#[derive(Debug, Clone, Default)]
pub struct PollDraft {
    /// Title (required, ≤ 200 characters).
    pub title: String,
    /// Description (≤ 5 000 characters).
    pub description: String,
    /// Location or meeting link (≤ 500 characters).
    pub location: String,
    /// Organizer's name (required, ≤ 100).
    pub organizer_name: String,
    /// Organizer's address (required).
    pub organizer_email: String,
    /// IANA zone (required).
    pub timezone: String,
    /// Meeting length in minutes, as typed.
    pub duration_minutes: String,
    /// Deadline as a local time in the poll's zone (or with an offset); empty for none.
    pub deadline: String,
    /// Offer "if need be".
    pub if_need_be: bool,
    /// Hide results until finalized.
    pub hide_results: bool,
    /// Slots as typed: local times in the poll's zone, or with an offset or `Z`
    /// (a poll of times; ignored for an availability poll).
    pub slots: Vec<String>,
    /// The organizer's language (from the page, or the API's `language`).
    pub language: Language,
    /// `times` or `availability`.
    pub kind: String,
    /// The grid of an availability poll, as typed (ignored for a poll of times).
    pub grid: GridDraft,
}

/// The settings of a poll that the organizer can edit later, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollSettings {
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Location.
    pub location: String,
    /// Meeting length in minutes.
    pub duration_minutes: i32,
    /// Deadline, UTC instant.
    pub deadline_at: Option<DateTime<Utc>>,
    /// Offer "if need be".
    pub if_need_be: bool,
    /// Hide results until finalized.
    pub hide_results: bool,
}

/// A validated new poll.
#[derive(Debug, Clone)]
pub struct NewPoll {
    /// Editable settings.
    pub settings: PollSettings,
    /// Organizer's name.
    pub organizer_name: String,
    /// Organizer's address.
    pub organizer_email: EmailAddress,
    /// The poll's zone.
    pub timezone: TimeZoneId,
    /// Slot start instants, sorted, distinct (empty for an availability poll).
    pub slot_starts: Vec<DateTime<Utc>>,
    /// The organizer's language.
    pub language: Language,
    /// What the poll asks.
    pub kind: PollKind,
    /// The grid of an availability poll.
    pub grid: Option<GridSpec>,
}

/// Parses a meeting duration in minutes (1..=1440).
///
/// # Errors
/// A message naming the value.
pub fn parse_duration_minutes(input: &str) -> Result<i32, Message> {
    match input.trim().parse::<i32>() {
        Ok(m) if (1..=DURATION_MAX_MINUTES).contains(&m) => Ok(m),
        _ => Err(Message::new("error-duration")
            .text("value", input)
            .count("max", DURATION_MAX_MINUTES)),
    }
}

/// Parses an optional deadline (local time in `zone`, or with an offset) that must lie
/// after `now`.
///
/// # Errors
/// A message naming the value and the reason.
pub fn parse_deadline(
    input: &str,
    zone: TimeZoneId,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, Message> {
    if input.trim().is_empty() {
        return Ok(None);
    }
    let at = parse_instant(input, zone)?;
    if at <= now {
        return Err(Message::new("error-deadline-past").text("value", input.trim()));
    }
    if at > now + Duration::days(HORIZON_DAYS) {
        return Err(Message::new("error-deadline-far")
            .text("value", input.trim())
            .count("years", HORIZON_DAYS / 365));
    }
    Ok(Some(at))
}

/// Parses candidate slot texts into sorted distinct UTC start instants; `existing` are
/// starts the poll already has (for adding slots), counted towards the limit and checked
/// for duplicates. Empty entries are ignored. A new slot must start after `now`.
///
/// # Errors
/// A message for the `slots` field: the first bad slot with its text and reason, a
/// slot in the past, a duplicate, none at all, or more than [`SLOTS_MAX`].
pub fn parse_slots(
    inputs: &[String],
    zone: TimeZoneId,
    existing: &[DateTime<Utc>],
    now: DateTime<Utc>,
) -> Result<Vec<DateTime<Utc>>, Message> {
    let mut seen: HashSet<DateTime<Utc>> = existing.iter().copied().collect();
    let mut starts = Vec::new();
    for (i, text) in inputs
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.trim().is_empty())
    {
        let slot = |id: &'static str| {
            Message::new(id)
                .count("n", i + 1)
                .text("value", text.trim())
        };
        let at = parse_instant(text, zone).map_err(|e| slot("error-slot").message("problem", e))?;
        if at <= now {
            return Err(slot("error-slot-past"));
        }
        if at > now + Duration::days(HORIZON_DAYS) {
            return Err(slot("error-slot-far").count("years", HORIZON_DAYS / 365));
        }
        if at.timestamp() % 60 != 0 || at.timestamp_subsec_nanos() != 0 {
            return Err(slot("error-slot-seconds"));
        }
        if !seen.insert(at) {
            return Err(slot("error-slot-duplicate"));
        }
        starts.push(at);
    }
    if starts.is_empty() && existing.is_empty() {
        return Err(Message::new("error-no-slots"));
    }
    let total = starts.len() + existing.len();
    if total > SLOTS_MAX {
        return Err(Message::new("error-too-many-slots")
            .count("max", SLOTS_MAX)
            .count("total", total));
    }
    starts.sort();
    Ok(starts)
}

impl PollDraft {
    /// Validates every field, collecting all problems.
    ///
    /// # Errors
    /// [`FieldErrors`] with one entry per bad field.
    pub fn validate(&self, now: DateTime<Utc>) -> Result<NewPoll, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = errors.check("title", one_line(&self.title, "label-title", TITLE_MAX));
        let description = errors.check(
            "description",
            long_text(&self.description, "label-description", LONG_TEXT_MAX),
        );
        let location = errors.check(
            "location",
            optional_line(&self.location, "label-location", LOCATION_MAX),
        );
        let organizer_name = errors.check(
            "organizer_name",
            one_line(&self.organizer_name, "label-your-name", NAME_MAX),
        );
        let organizer_email = errors.check(
            "organizer_email",
            EmailAddress::parse(&self.organizer_email),
        );
        let timezone = errors.check("timezone", self.timezone.parse::<TimeZoneId>());
        let kind = errors.check("kind", self.kind.parse::<PollKind>());
        // A poll of whole days has no length to choose (each option is one day): what
        // was typed for it is ignored.
        let duration = match kind {
            Some(PollKind::Dates) => Some(DAY_MINUTES),
            _ => errors.check(
                "duration_minutes",
                parse_duration_minutes(&self.duration_minutes),
            ),
        };
        let (deadline, slots, grid) = match (timezone, kind) {
            (Some(zone), Some(PollKind::Dates)) => (
                errors.check("deadline", parse_deadline(&self.deadline, zone, now)),
                errors
                    .check("slots", parse_days(&self.slots, zone, &[], now))
                    .map(|days| days.into_iter().map(day_start).collect()),
                Some(None),
            ),
            (Some(zone), Some(PollKind::Times)) => (
                errors.check("deadline", parse_deadline(&self.deadline, zone, now)),
                errors.check("slots", parse_slots(&self.slots, zone, &[], now)),
                Some(None),
            ),
            (Some(zone), Some(PollKind::Availability)) => {
                let deadline = errors.check("deadline", parse_deadline(&self.deadline, zone, now));
                let grid = match self.grid.validate(zone, now) {
                    Ok(g) => Some(Some(g)),
                    Err(e) => {
                        errors.0.extend(e.0);
                        None
                    }
                };
                (deadline, Some(Vec::new()), grid)
            }
            _ => (None, None, None),
        };
        match (
            title,
            description,
            location,
            organizer_name,
            organizer_email,
            timezone,
            duration,
            deadline,
            slots,
            kind,
            grid,
        ) {
            (
                Some(title),
                Some(description),
                Some(location),
                Some(organizer_name),
                Some(organizer_email),
                Some(timezone),
                Some(duration_minutes),
                Some(deadline_at),
                Some(slot_starts),
                Some(kind),
                Some(grid),
            ) if errors.is_empty() => Ok(NewPoll {
                settings: PollSettings {
                    title,
                    description,
                    location: location.unwrap_or_default(),
                    duration_minutes,
                    deadline_at,
                    if_need_be: self.if_need_be,
                    hide_results: self.hide_results,
                },
                organizer_name,
                organizer_email,
                timezone,
                slot_starts,
                language: self.language,
                kind,
                grid,
            }),
            _ => Err(errors),
        }
    }
}

/// A change to a poll's settings, as typed; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct SettingsDraft {
    /// New title.
    pub title: Option<String>,
    /// New description.
    pub description: Option<String>,
    /// New location.
    pub location: Option<String>,
    /// New meeting length in minutes.
    pub duration_minutes: Option<String>,
    /// New deadline (empty string removes it).
    pub deadline: Option<String>,
    /// Offer "if need be".
    pub if_need_be: Option<bool>,
    /// Hide results.
    pub hide_results: Option<bool>,
    /// What the organizer is mailed about activity: `none`, `each` or `digest`.
    pub notify: Option<String>,
    /// The automatic reminder's lead time in hours before the deadline, as typed
    /// (empty removes it).
    pub remind_before_hours: Option<String>,
    /// The hours of the day slots are judged by (fairness), as typed.
    pub hours: Option<super::fairness::HoursDraft>,
}

impl SettingsDraft {
    /// Applies the change to the `current` settings and `notifications` of a poll in
    /// `zone`.
    ///
    /// # Errors
    /// [`FieldErrors`] with one entry per bad field.
    pub fn apply(
        &self,
        current: &PollSettings,
        notifications: Notifications,
        zone: TimeZoneId,
        now: DateTime<Utc>,
    ) -> Result<(PollSettings, Notifications), FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut next = current.clone();
        let mut mail = notifications;
        if let Some(n) = &self.notify {
            mail.notify = errors
                .check("notify", n.trim().parse::<NotifyMode>())
                .unwrap_or(notifications.notify);
        }
        if let Some(h) = &self.remind_before_hours {
            mail.remind_before_hours = errors
                .check("remind_before_hours", parse_remind_before_hours(h))
                .unwrap_or(notifications.remind_before_hours);
        }
        if let Some(t) = &self.title {
            next.title = errors
                .check("title", one_line(t, "label-title", TITLE_MAX))
                .unwrap_or_default();
        }
        if let Some(d) = &self.description {
            next.description = errors
                .check(
                    "description",
                    long_text(d, "label-description", LONG_TEXT_MAX),
                )
                .unwrap_or_default();
        }
        if let Some(l) = &self.location {
            next.location = errors
                .check("location", optional_line(l, "label-location", LOCATION_MAX))
                .flatten()
                .unwrap_or_default();
        }
        if let Some(m) = &self.duration_minutes {
            next.duration_minutes = errors
                .check("duration_minutes", parse_duration_minutes(m))
                .unwrap_or(current.duration_minutes);
        }
        if let Some(d) = &self.deadline {
            next.deadline_at = errors
                .check("deadline", parse_deadline(d, zone, now))
                .flatten();
        }
        if let Some(b) = self.if_need_be {
            next.if_need_be = b;
        }
        if let Some(b) = self.hide_results {
            next.hide_results = b;
        }
        errors.into_result(|| (next, mail))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::SlotId;
    use chrono::TimeZone;

    fn draft() -> PollDraft {
        PollDraft {
            title: "DCCG virtual meeting #63".into(),
            organizer_name: "Forum Secretariat".into(),
            organizer_email: "secretariat@example.org".into(),
            timezone: "Europe/Zurich".into(),
            duration_minutes: "60".into(),
            deadline: "2027-03-19T17:00".into(),
            if_need_be: true,
            slots: vec![
                "2027-03-25T07:00".into(),
                "2027-03-23T13:00".into(),
                "".into(),
            ],
            kind: "times".into(),
            ..PollDraft::default()
        }
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 29, 9, 0, 0)
            .single()
            .unwrap_or_default()
    }

    #[test]
    fn valid_draft_sorts_slots_and_converts_to_utc() {
        let poll = draft().validate(now());
        let Ok(poll) = poll else { panic!("{poll:?}") };
        let starts: Vec<String> = poll.slot_starts.iter().map(|s| s.to_rfc3339()).collect();
        assert_eq!(
            starts,
            ["2027-03-23T12:00:00+00:00", "2027-03-25T06:00:00+00:00"]
        );
        assert_eq!(
            poll.settings.deadline_at.map(|d| d.to_rfc3339()).as_deref(),
            Some("2027-03-19T16:00:00+00:00")
        );
    }

    #[test]
    fn every_bad_field_is_reported() {
        let mut d = draft();
        d.title = "x".repeat(201);
        d.organizer_email = "nobody".into();
        d.duration_minutes = "0".into();
        d.slots = vec!["2027-03-23T13:00".into(), "2027-03-23 13:00".into()];
        let Err(errors) = d.validate(now()) else {
            panic!("accepted")
        };
        for field in ["title", "organizer_email", "duration_minutes", "slots"] {
            assert!(
                errors.get(field).is_some(),
                "{field} not reported: {errors}"
            );
        }
        assert!(errors
            .get("slots")
            .is_some_and(|m| m.to_string().contains("same time")));
    }

    #[test]
    fn slots_far_ahead_or_with_seconds_are_refused() {
        let mut d = draft();
        d.slots = vec!["9999-12-31T23:30Z".into()];
        let Err(errors) = d.validate(now()) else {
            panic!("accepted")
        };
        assert!(
            errors
                .get("slots")
                .is_some_and(|m| m.to_string().contains("years ahead")),
            "{errors}"
        );
        for slot in ["2027-01-01T00:00:30", "2027-01-01T00:00:00.5Z"] {
            d.slots = vec![slot.into()];
            let Err(errors) = d.validate(now()) else {
                panic!("{slot} accepted")
            };
            assert!(
                errors
                    .get("slots")
                    .is_some_and(|m| m.to_string().contains("whole minute")),
                "{errors}"
            );
        }
        d.slots = vec!["2027-01-01T00:00:30".into()];
        let Err(errors) = d.validate(now()) else {
            panic!("accepted")
        };
        assert!(
            errors
                .get("slots")
                .is_some_and(|m| m.to_string().contains("whole minute")),
            "{errors}"
        );
    }

    #[test]
    fn a_dates_poll_stores_each_day_at_utc_midnight_and_lasts_a_day() {
        let mut d = draft();
        d.kind = "dates".into();
        d.duration_minutes = "not used".into();
        d.slots = vec!["2027-10-31".into(), " 2027-03-28 ".into(), "".into()];
        let poll = d.validate(now());
        let Ok(poll) = poll else { panic!("{poll:?}") };
        assert_eq!(poll.kind, PollKind::Dates);
        assert_eq!(poll.settings.duration_minutes, 1440);
        let starts: Vec<String> = poll.slot_starts.iter().map(|s| s.to_rfc3339()).collect();
        assert_eq!(
            starts,
            ["2027-03-28T00:00:00+00:00", "2027-10-31T00:00:00+00:00"]
        );
        let slot = Slot {
            id: SlotId::from_db("SlotSlot01".into()),
            start_at: poll.slot_starts[0],
        };
        assert_eq!(slot.day().to_string(), "2027-03-28");
    }

    #[test]
    fn a_day_is_a_bare_date_and_today_is_the_organizers() {
        for bad in [
            "2027-03-28T09:00",
            "2027-3-28",
            "28/03/2027",
            "2027-02-29",
            "2027-03-28Z",
        ] {
            assert!(parse_day(bad).is_err(), "{bad} accepted");
        }
        // 11:00 UTC on 27 March 2027 is 00:00 on the 27th in Pago Pago (−11) and 01:00
        // on the 28th in Kiritimati (+14).
        let now = Utc
            .with_ymd_and_hms(2027, 3, 27, 11, 0, 0)
            .single()
            .unwrap_or_default();
        let zone = |z: &str| z.parse::<TimeZoneId>().unwrap_or(TimeZoneId::UTC);
        let days = |z: &str, d: &[&str]| {
            let inputs: Vec<String> = d.iter().map(|s| (*s).to_owned()).collect();
            parse_days(&inputs, zone(z), &[], now).map_err(|m| m.to_string())
        };
        assert!(days("Pacific/Pago_Pago", &["2027-03-27"]).is_ok());
        let past = days("Pacific/Kiritimati", &["2027-03-28", "2027-03-27"]);
        assert!(
            past.as_ref()
                .is_err_and(|m| m.contains("Date 2") && m.contains("past")),
            "{past:?}"
        );
        let twice = days("UTC", &["2027-03-28", "", "2027-03-28"]);
        assert!(
            twice
                .as_ref()
                .is_err_and(|m| m.contains("Date 3") && m.contains("twice")),
            "{twice:?}"
        );
        let existing = [NaiveDate::from_ymd_opt(2027, 3, 28).unwrap_or_default()];
        let inputs = vec!["2027-03-28".to_owned()];
        assert!(parse_days(&inputs, zone("UTC"), &existing, now).is_err());
    }

    #[test]
    fn slots_in_the_past_are_refused() {
        let mut d = draft();
        d.slots = vec!["2027-03-23T13:00".into(), "2026-11-28T10:00".into()];
        let Err(errors) = d.validate(now()) else {
            panic!("accepted")
        };
        assert!(
            errors
                .get("slots")
                .is_some_and(|m| m.to_string().contains("Slot 2") && m.to_string().contains("past")),
            "{errors}"
        );
    }

    #[test]
    fn past_deadline_and_too_many_slots_are_refused() {
        let mut d = draft();
        d.deadline = "2020-01-01T00:00".into();
        d.slots = (0..201)
            .map(|i| format!("2027-05-{:02}T{:02}:00Z", 1 + i / 24, i % 24))
            .collect();
        let Err(errors) = d.validate(now()) else {
            panic!("accepted")
        };
        assert!(errors
            .get("deadline")
            .is_some_and(|m| m.to_string().contains("past")));
        assert!(errors
            .get("slots")
            .is_some_and(|m| m.to_string().contains("201")));
    }

    #[test]
    fn a_settings_change_sets_the_mail_settings_and_names_every_bad_field() {
        let Ok(poll) = draft().validate(now()) else {
            panic!("the draft is valid")
        };
        let current = poll.settings;
        let before = Notifications {
            notify: NotifyMode::Each,
            remind_before_hours: Some(24),
        };
        let zone = poll.timezone;
        let change = |notify: Option<&str>, hours: Option<&str>| SettingsDraft {
            notify: notify.map(str::to_owned),
            remind_before_hours: hours.map(str::to_owned),
            ..SettingsDraft::default()
        };
        // Absent leaves as it is; empty removes the reminder.
        let Ok((same, kept)) = change(None, None).apply(&current, before, zone, now()) else {
            panic!("nothing to refuse")
        };
        assert_eq!((same, kept), (current.clone(), before));
        let Ok((_, changed)) =
            change(Some(" digest "), Some("")).apply(&current, before, zone, now())
        else {
            panic!("a valid change")
        };
        assert_eq!(
            changed,
            Notifications {
                notify: NotifyMode::Digest,
                remind_before_hours: None,
            }
        );
        let bad = SettingsDraft {
            title: Some(String::new()),
            ..change(Some("weekly"), Some("721"))
        };
        let Err(errors) = bad.apply(&current, before, zone, now()) else {
            panic!("accepted")
        };
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["notify", "remind_before_hours", "title"]);
    }
}
