//! The organizer's fairness settings: the hours of the day a poll judges slots by.

use chrono::{DateTime, NaiveTime, Timelike, Utc};

use super::{load, load_admin_for_write, ActionError, AppState};
use crate::db;
use crate::domain::fairness::DayHours;
use crate::domain::{FieldErrors, Poll, PollId, SecretToken};
use crate::i18n::Message;

/// Minutes after midnight of a typed `HH:MM` (24-hour clock).
fn minutes(text: &str) -> Option<u32> {
    let t = NaiveTime::parse_from_str(text.trim(), "%H:%M").ok()?;
    Some(t.hour() * 60 + t.minute())
}

/// The hours as typed: end of night, start and end of work, start of night (`HH:MM`).
#[derive(Debug, Clone, Default)]
pub struct HoursDraft {
    /// End of the night (`07:00`).
    pub day_start: String,
    /// Start of working hours (`09:00`).
    pub work_start: String,
    /// End of working hours (`18:00`).
    pub work_end: String,
    /// Start of the night (`22:00`).
    pub night_start: String,
}

impl HoursDraft {
    /// The draft of stored hours.
    pub fn of(h: &DayHours) -> Self {
        let hm = |m: u32| format!("{:02}:{:02}", (m / 60) % 24, m % 60);
        HoursDraft {
            day_start: hm(h.day_start),
            work_start: hm(h.work_start),
            work_end: hm(h.work_end),
            night_start: hm(h.night_start),
        }
    }

    /// The four fields for a form: (name, catalog key of the label, value).
    pub fn fields(&self) -> [(&'static str, &'static str, &str); 4] {
        [
            ("day_start", "field-day-start", &self.day_start),
            ("work_start", "field-work-start", &self.work_start),
            ("work_end", "field-work-end", &self.work_end),
            ("night_start", "field-night-start", &self.night_start),
        ]
    }

    /// Checked hours.
    ///
    /// # Errors
    /// [`FieldErrors`] naming each field that is not a time, or `night_start` when the
    /// four are not in order.
    pub fn validate(&self) -> Result<DayHours, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut read = |field: &'static str, text: &str| {
            let m = minutes(text);
            if m.is_none() {
                errors.add(field, Message::new("error-hour").text("value", text.trim()));
            }
            m
        };
        let values = (
            read("day_start", &self.day_start),
            read("work_start", &self.work_start),
            read("work_end", &self.work_end),
            read("night_start", &self.night_start),
        );
        let (Some(a), Some(b), Some(c), Some(d)) = values else {
            return Err(errors);
        };
        // Night starting at 00:00 means at the end of the day.
        let d = if d == 0 { 24 * 60 } else { d };
        DayHours::new(a, b, c, d).map_err(|_| {
            let mut e = FieldErrors::default();
            e.add("work_start", Message::new("error-hours-order"));
            e
        })
    }
}

impl AppState {
    /// Sets the hours of the day the poll judges slots by (organizer).
    ///
    /// # Errors
    /// `NotFound`; `Invalid` naming the field; storage.
    pub fn set_hours(
        &self,
        id: &PollId,
        token: &SecretToken,
        draft: &HoursDraft,
        now: DateTime<Utc>,
    ) -> Result<Poll, ActionError> {
        let hours = draft.validate()?;
        let mut conn = self.conn()?;
        db::write_transaction(&mut conn, |c| {
            load_admin_for_write(c, id, token)?;
            db::polls::set_hours(c, id, &hours, now)?;
            load(c, id)
        })
    }
}
