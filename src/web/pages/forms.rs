//! Raw form bodies: exactly what was typed, kept as strings so a form can be shown again,
//! and their conversion into domain drafts.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};

use crate::domain::grid::GridDraft;
use crate::domain::poll::{parse_day, PollKind, SettingsDraft};
use crate::i18n::{Language, Message};
use chrono::FixedOffset;

use crate::domain::time::{parse_instant, parse_local_date_time, LocalTimeError, SlotInputError};
use crate::domain::{FieldErrors, Poll, PollDraft, Response, ResponseDraft, TimeZoneId, Vote};

/// Empty slot rows on a fresh create form (and added by "more rows").
pub const CREATE_ROWS: usize = 5;
/// Empty slot rows on the admin page's "add slots" form.
pub const ADD_ROWS: usize = 3;

/// A urlencoded body as name/value pairs, in order (repeated names kept).
pub struct Fields(Vec<(String, String)>);

impl Fields {
    /// Reads an `application/x-www-form-urlencoded` body; nothing in it can fail.
    pub fn parse(body: &[u8]) -> Self {
        Fields(url::form_urlencoded::parse(body).into_owned().collect())
    }

    /// The first value of `name`, or an empty string.
    pub fn text(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    /// Every value of `name`, in order.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// Whether a checkbox `name` was sent ticked.
    pub fn checked(&self, name: &str) -> bool {
        self.0.iter().any(|(k, v)| k == name && !v.is_empty())
    }

    /// Pairs whose name starts with `prefix`, with the prefix removed.
    pub fn with_prefix(&self, prefix: &str) -> Vec<(String, String)> {
        self.0
            .iter()
            .filter_map(|(k, v)| {
                k.strip_prefix(prefix)
                    .map(|rest| (rest.to_owned(), v.clone()))
            })
            .collect()
    }
}

/// One date + time row of a slot form, as typed.
#[derive(Debug, Clone, Default)]
pub struct SlotRow {
    /// `slot_date` (`2027-03-23`).
    pub date: String,
    /// `slot_time` (`13:00`).
    pub time: String,
    /// `slot_offset` (`+01:00`): chosen only when the local time happens twice (the
    /// form then offers both offsets); empty otherwise.
    pub offset: String,
}

impl SlotRow {
    /// The row of the UTC instant `t` in `zone`: its local date and time, and its offset
    /// when that local time happens twice there.
    pub fn at(t: DateTime<Utc>, zone: TimeZoneId) -> Self {
        let local = zone.local(t);
        let mut row = SlotRow {
            date: local.iso_date(),
            time: local.hm(),
            offset: String::new(),
        };
        if row.ambiguous_offsets(zone).is_some() {
            row.offset = local.offset();
        }
        row
    }

    fn is_empty(&self) -> bool {
        self.date.trim().is_empty() && self.time.trim().is_empty()
    }

    fn is_half(&self) -> bool {
        self.date.trim().is_empty() != self.time.trim().is_empty()
    }

    /// The slot as the domain reads it: `{date}T{time}`, plus the offset when one was
    /// chosen for a time that happens twice.
    fn text(&self) -> String {
        format!(
            "{}T{}{}",
            self.date.trim(),
            self.time.trim(),
            self.offset.trim()
        )
    }

    /// The two offsets of a local time that happens twice in `zone` (earlier first),
    /// so the form can ask which one is meant.
    pub fn ambiguous_offsets(&self, zone: TimeZoneId) -> Option<(FixedOffset, FixedOffset)> {
        match parse_local_date_time(&self.date, &self.time, zone) {
            Err(SlotInputError::Local(LocalTimeError::Ambiguous { earlier, later, .. })) => {
                Some((earlier, later))
            }
            _ => None,
        }
    }
}

/// The `slot_date` / `slot_time` pairs of a body, matched by position.
pub fn slot_rows(fields: &Fields) -> Vec<SlotRow> {
    let dates = fields.all("slot_date");
    let times = fields.all("slot_time");
    let offsets = fields.all("slot_offset");
    let n = dates.len().max(times.len());
    (0..n)
        .map(|i| SlotRow {
            date: dates.get(i).cloned().unwrap_or_default(),
            time: times.get(i).cloned().unwrap_or_default(),
            offset: offsets.get(i).cloned().unwrap_or_default(),
        })
        .collect()
}

/// The `slot_day` fields of a body (the date rows of a poll of whole days), as rows
/// with only a date.
pub fn day_rows(fields: &Fields) -> Vec<SlotRow> {
    fields
        .all("slot_day")
        .into_iter()
        .map(|date| SlotRow {
            date,
            ..SlotRow::default()
        })
        .collect()
}

/// The dates typed in date rows, one per row (so that "Date N" in a domain message is
/// row N); empty rows become `""`.
pub fn day_texts(rows: &[SlotRow]) -> Vec<String> {
    rows.iter().map(|r| r.date.trim().to_owned()).collect()
}

/// A problem per date row (for showing next to it): not a date `YYYY-MM-DD`, before
/// today on the clock of `zone` (the poll's), or the same date as an earlier row or an
/// `existing` option. `zone` `None`: only the shape is checked.
pub fn day_row_errors(
    rows: &[SlotRow],
    zone: Option<TimeZoneId>,
    existing: &[NaiveDate],
    now: DateTime<Utc>,
) -> Vec<Option<Message>> {
    let mut seen: HashSet<NaiveDate> = existing.iter().copied().collect();
    let today = zone.map(|z| z.local(now).date());
    rows.iter()
        .map(|r| {
            if r.date.trim().is_empty() {
                return None;
            }
            match parse_day(&r.date) {
                Err(_) => Some(Message::new("error-row-day-format").text("value", r.date.trim())),
                Ok(d) if today.is_some_and(|t| d < t) => Some(Message::new("error-row-day-past")),
                Ok(d) if !seen.insert(d) => Some(Message::new("error-row-day-duplicate")),
                Ok(_) => None,
            }
        })
        .collect()
}

/// `n` empty rows.
pub fn empty_rows(n: usize) -> Vec<SlotRow> {
    vec![SlotRow::default(); n]
}

/// Slot texts for the domain (`{date}T{time}`), one per row so that "Slot N" in a domain
/// message is row N; empty and half-filled rows become `""`. Also returns the 1-based
/// numbers of half-filled rows.
pub fn slot_texts(rows: &[SlotRow]) -> (Vec<String>, Vec<usize>) {
    let mut half = Vec::new();
    let texts = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            if r.is_half() {
                half.push(i + 1);
                String::new()
            } else if r.is_empty() {
                String::new()
            } else {
                r.text()
            }
        })
        .collect();
    (texts, half)
}

/// The message for the `slots` field when rows are half filled (`half`: row numbers).
pub fn half_rows_message(half: &[usize]) -> Message {
    let list: Vec<String> = half.iter().map(ToString::to_string).collect();
    Message::new("error-half-rows")
        .text("rows", list.join(", "))
        .count("count", half.len())
}

/// A problem per row (for showing next to it): half filled, not a time in `zone`, or the
/// same instant as an earlier row or an `existing` slot. `zone` `None`: only the shape is
/// checked.
pub fn row_errors(
    rows: &[SlotRow],
    zone: Option<TimeZoneId>,
    existing: &[DateTime<Utc>],
) -> Vec<Option<Message>> {
    let mut seen: HashSet<DateTime<Utc>> = existing.iter().copied().collect();
    rows.iter()
        .map(|r| {
            if r.is_empty() {
                return None;
            }
            if r.is_half() {
                return Some(Message::new("error-row-half"));
            }
            let zone = zone?;
            let parsed = if r.offset.trim().is_empty() {
                parse_local_date_time(&r.date, &r.time, zone)
            } else {
                parse_instant(&r.text(), zone)
            };
            match parsed {
                Err(SlotInputError::Local(LocalTimeError::Ambiguous { local, zone, .. })) => Some(
                    Message::new("error-row-ambiguous")
                        .text("local", local.format("%Y-%m-%d %H:%M"))
                        .text("zone", zone)
                        .text("time", r.time.trim()),
                ),
                Err(SlotInputError::Format(value)) => {
                    Some(Message::new("error-row-format").text("value", value))
                }
                Err(e) => Some(e.into()),
                Ok(at) if at <= Utc::now() => Some(Message::new("error-row-past")),
                Ok(at) if !seen.insert(at) => Some(Message::new("error-row-duplicate")),
                Ok(_) => None,
            }
        })
        .collect()
}

/// Puts the first row's own words in the summary's `slots` message: the domain speaks to
/// scripts ("give the offset, e.g. …+01:00"), the row message to a person at the form.
pub fn summarise_rows(errors: FieldErrors, row_errs: &[Option<Message>]) -> FieldErrors {
    summarise_as(errors, row_errs, "error-row")
}

/// [`summarise_rows`] for the date rows of a poll of whole days ("Date N: …").
pub fn summarise_day_rows(errors: FieldErrors, row_errs: &[Option<Message>]) -> FieldErrors {
    summarise_as(errors, row_errs, "error-day-row")
}

fn summarise_as(
    mut errors: FieldErrors,
    row_errs: &[Option<Message>],
    row_key: &'static str,
) -> FieldErrors {
    let joined = row_errs
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            e.as_ref().map(|m| {
                Message::new(row_key)
                    .count("n", i + 1)
                    .message("problem", m.clone())
            })
        })
        .rev()
        .reduce(|rest, first| {
            Message::new("joined")
                .message("first", first)
                .message("rest", rest)
        });
    if let Some(joined) = joined {
        for e in errors.0.iter_mut().filter(|e| e.field == "slots") {
            e.message = joined.clone();
        }
    }
    errors
}

/// Adds the message about half-filled rows to `errors` (after any other slot problem,
/// which the domain found in the complete rows).
pub fn with_half_rows(mut errors: FieldErrors, half: &[usize]) -> FieldErrors {
    errors.add("slots", half_rows_message(half));
    errors
}

/// The create form as typed.
#[derive(Debug, Clone)]
pub struct CreateForm {
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Location or meeting link.
    pub location: String,
    /// Organizer's name.
    pub organizer_name: String,
    /// Organizer's address.
    pub organizer_email: String,
    /// IANA zone.
    pub timezone: String,
    /// Meeting length in minutes.
    pub duration_minutes: String,
    /// Deadline, `datetime-local`.
    pub deadline: String,
    /// Offer "if need be".
    pub if_need_be: bool,
    /// Hide results until finalized.
    pub hide_results: bool,
    /// Slot rows.
    pub rows: Vec<SlotRow>,
    /// Date rows of a poll of whole days (only their `date` is used).
    pub days: Vec<SlotRow>,
    /// `times`, `availability` or `dates`.
    pub kind: String,
    /// The grid of an availability poll.
    pub grid: GridDraft,
}

impl CreateForm {
    /// A fresh form: 60 minutes, UTC, "if need be" on, five empty rows.
    pub fn blank() -> Self {
        CreateForm {
            title: String::new(),
            description: String::new(),
            location: String::new(),
            organizer_name: String::new(),
            organizer_email: String::new(),
            timezone: "UTC".into(),
            duration_minutes: "60".into(),
            deadline: String::new(),
            if_need_be: true,
            hide_results: false,
            rows: empty_rows(CREATE_ROWS),
            days: empty_rows(CREATE_ROWS),
            kind: PollKind::Times.as_str().to_owned(),
            grid: GridDraft {
                day_start: "09:00".into(),
                day_end: "17:00".into(),
                cell_minutes: "30".into(),
                weekdays: ["mon", "tue", "wed", "thu", "fri"]
                    .map(String::from)
                    .to_vec(),
                ..GridDraft::default()
            },
        }
    }

    /// The form as posted.
    pub fn from_fields(f: &Fields) -> Self {
        CreateForm {
            title: f.text("title"),
            description: f.text("description"),
            location: f.text("location"),
            organizer_name: f.text("organizer_name"),
            organizer_email: f.text("organizer_email"),
            timezone: f.text("timezone"),
            duration_minutes: f.text("duration_minutes"),
            deadline: f.text("deadline"),
            if_need_be: f.checked("if_need_be"),
            hide_results: f.checked("hide_results"),
            rows: slot_rows(f),
            days: day_rows(f),
            // A form without the choice (an older page) asks for times.
            kind: Some(f.text("kind"))
                .filter(|k| !k.is_empty())
                .unwrap_or_else(|| PollKind::Times.as_str().to_owned()),
            grid: GridDraft {
                from: f.text("grid_from"),
                to: f.text("grid_to"),
                day_start: f.text("grid_day_start"),
                day_end: f.text("grid_day_end"),
                cell_minutes: f.text("grid_cell_minutes"),
                weekdays: f.all("grid_weekday"),
            },
        }
    }

    /// Whether the form asks for whole days (its date rows are read, not its slots).
    pub fn is_dates(&self) -> bool {
        self.kind.trim() == PollKind::Dates.as_str()
    }

    /// The domain draft for an organizer using `lang`, and the half-filled rows (which
    /// the draft leaves out).
    pub fn draft(&self, lang: Language) -> (PollDraft, Vec<usize>) {
        let (slots, half) = if self.is_dates() {
            (day_texts(&self.days), Vec::new())
        } else {
            slot_texts(&self.rows)
        };
        let draft = PollDraft {
            language: lang,
            title: self.title.clone(),
            description: self.description.clone(),
            location: self.location.clone(),
            organizer_name: self.organizer_name.clone(),
            organizer_email: self.organizer_email.clone(),
            timezone: self.timezone.clone(),
            duration_minutes: self.duration_minutes.clone(),
            deadline: self.deadline.clone(),
            if_need_be: self.if_need_be,
            hide_results: self.hide_results,
            slots,
            kind: self.kind.clone(),
            grid: self.grid.clone(),
        };
        (draft, half)
    }
}

/// The answer form as typed.
#[derive(Debug, Clone, Default)]
pub struct ResponseForm {
    /// Name.
    pub name: String,
    /// Address.
    pub email: String,
    /// Affiliation.
    pub affiliation: String,
    /// IANA zone.
    pub timezone: String,
    /// Slot id → vote text, from the `vote_{slot_id}` radios.
    pub votes: Vec<(String, String)>,
}

impl ResponseForm {
    /// An empty form with the viewer's zone.
    pub fn blank(zone: TimeZoneId) -> Self {
        ResponseForm {
            timezone: zone.name().to_owned(),
            ..ResponseForm::default()
        }
    }

    /// The form as posted: the `vote_{slot_id}` radios of a poll of times, or the
    /// `cell_yes` and `cell_if_need_be` checkboxes (valued with the cell's UTC start) of
    /// an availability poll.
    pub fn from_fields(f: &Fields) -> Self {
        let mut votes = f.with_prefix("vote_");
        for (name, vote) in [("cell_yes", Vote::Yes), ("cell_if_need_be", Vote::IfNeedBe)] {
            votes.extend(
                f.all(name)
                    .into_iter()
                    .map(|cell| (cell, vote.as_str().to_owned())),
            );
        }
        ResponseForm {
            name: f.text("name"),
            email: f.text("email"),
            affiliation: f.text("affiliation"),
            timezone: f.text("timezone"),
            votes,
        }
    }

    /// The first answer form of an invitee: their name, address and affiliation from
    /// the invitation list, and `zone` (theirs when the list gave it).
    pub fn for_invitee(i: &crate::domain::Invitee, zone: TimeZoneId) -> Self {
        ResponseForm {
            name: i.name.clone().unwrap_or_default(),
            email: i.email.as_str().to_owned(),
            affiliation: i.affiliation.clone().unwrap_or_default(),
            timezone: zone.name().to_owned(),
            votes: Vec::new(),
        }
    }

    /// A stored response of the poll of `view`, for its edit form (an availability
    /// poll's marks as cell → vote pairs).
    pub fn from_response(r: &Response, view: &crate::actions::PollView) -> Self {
        let marks = view
            .grid
            .as_ref()
            .and_then(|g| {
                let n = view.responses.iter().position(|x| x.id == r.id)?;
                let answer = g.answers.get(n)?;
                Some(
                    answer
                        .0
                        .iter()
                        .zip(&g.cells)
                        .filter(|(v, _)| **v != Vote::No)
                        .map(|(v, c)| (crate::domain::time::rfc3339_utc(*c), v.as_str().to_owned()))
                        .collect::<Vec<_>>(),
                )
            })
            .unwrap_or_default();
        ResponseForm {
            name: r.name.clone(),
            email: r
                .email
                .as_ref()
                .map(|e| e.as_str().to_owned())
                .unwrap_or_default(),
            affiliation: r.affiliation.clone().unwrap_or_default(),
            timezone: r.timezone.name().to_owned(),
            votes: r
                .votes
                .iter()
                .map(|(s, v)| (s.as_str().to_owned(), v.as_str().to_owned()))
                .chain(marks)
                .collect(),
        }
    }

    /// The vote typed for `slot_id`, if any.
    pub fn vote_for(&self, slot_id: &str) -> Option<&str> {
        self.votes
            .iter()
            .find(|(s, _)| s == slot_id)
            .map(|(_, v)| v.as_str())
    }

    /// The domain draft of a participant using `lang`.
    pub fn draft(&self, lang: Language) -> ResponseDraft {
        ResponseDraft {
            language: lang,
            name: self.name.clone(),
            email: self.email.clone(),
            affiliation: self.affiliation.clone(),
            timezone: self.timezone.clone(),
            votes: self.votes.clone(),
        }
    }
}

/// The comment form as typed.
#[derive(Debug, Clone, Default)]
pub struct CommentForm {
    /// Name.
    pub author_name: String,
    /// Text.
    pub body: String,
}

impl CommentForm {
    /// The form as posted.
    pub fn from_fields(f: &Fields) -> Self {
        CommentForm {
            author_name: f.text("author_name"),
            body: f.text("body"),
        }
    }
}

/// The settings form as typed.
#[derive(Debug, Clone)]
pub struct SettingsForm {
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Location.
    pub location: String,
    /// Meeting length in minutes.
    pub duration_minutes: String,
    /// Deadline, `datetime-local` in the poll's zone.
    pub deadline: String,
    /// Offer "if need be".
    pub if_need_be: bool,
    /// Hide results until finalized.
    pub hide_results: bool,
}

/// A poll's deadline as a `datetime-local` value in the poll's zone (`""` for none).
pub fn deadline_value(poll: &Poll) -> String {
    poll.deadline_at
        .map(|d| {
            poll.timezone
                .local(d)
                .0
                .format("%Y-%m-%dT%H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

impl SettingsForm {
    /// The poll's current settings.
    pub fn of(poll: &Poll) -> Self {
        SettingsForm {
            title: poll.title.clone(),
            description: poll.description.clone(),
            location: poll.location.clone(),
            duration_minutes: poll.duration_minutes.to_string(),
            deadline: deadline_value(poll),
            if_need_be: poll.if_need_be,
            hide_results: poll.hide_results,
        }
    }

    /// The form as posted.
    pub fn from_fields(f: &Fields) -> Self {
        SettingsForm {
            title: f.text("title"),
            description: f.text("description"),
            location: f.text("location"),
            duration_minutes: f.text("duration_minutes"),
            deadline: f.text("deadline"),
            if_need_be: f.checked("if_need_be"),
            hide_results: f.checked("hide_results"),
        }
    }

    /// The domain change. A deadline sent back unchanged (`current_deadline`) is left as
    /// it is, so a poll past its deadline can still have its title edited.
    pub fn draft(&self, current_deadline: &str) -> SettingsDraft {
        let deadline = (self.deadline.trim() != current_deadline).then(|| self.deadline.clone());
        SettingsDraft {
            title: Some(self.title.clone()),
            description: Some(self.description.clone()),
            location: Some(self.location.clone()),
            duration_minutes: Some(self.duration_minutes.clone()),
            deadline,
            if_need_be: Some(self.if_need_be),
            hide_results: Some(self.hide_results),
            // The mail settings have a form of their own.
            notify: None,
            remind_before_hours: None,
            hours: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slot_pairs_match_by_position_and_half_rows_are_reported() {
        let f = Fields::parse(b"slot_date=2027-05-10&slot_time=09%3A15&slot_date=&slot_time=&slot_date=2027-05-11&slot_time=");
        let rows = slot_rows(&f);
        assert_eq!(rows.len(), 3);
        let (texts, half) = slot_texts(&rows);
        assert_eq!(
            texts,
            vec!["2027-05-10T09:15".to_owned(), String::new(), String::new()]
        );
        assert_eq!(half, vec![3]);
    }

    #[test]
    fn a_time_that_happens_twice_asks_which_and_accepts_the_chosen_offset() {
        let zone: TimeZoneId = "Europe/Zurich".parse().unwrap_or(TimeZoneId::UTC);
        let f = Fields::parse(b"slot_date=2027-10-31&slot_time=02%3A30&slot_offset=");
        let rows = slot_rows(&f);
        let errs = row_errors(&rows, Some(zone), &[]);
        assert!(
            errs[0]
                .as_ref()
                .map(ToString::to_string)
                .is_some_and(|m| m.contains("happens twice") && m.contains("choose which")),
            "{errs:?}"
        );
        let views = crate::web::pages::view::row_views(&rows, &errs, Some(zone), Language::En);
        let values: Vec<&str> = views[0]
            .offset_choices
            .iter()
            .map(|c| c.value.as_str())
            .collect();
        assert_eq!(values, ["+02:00", "+01:00"]);

        let f = Fields::parse(b"slot_date=2027-10-31&slot_time=02%3A30&slot_offset=%2B01%3A00");
        let rows = slot_rows(&f);
        assert_eq!(row_errors(&rows, Some(zone), &[]), vec![None]);
        assert_eq!(
            slot_texts(&rows).0,
            vec!["2027-10-31T02:30+01:00".to_owned()]
        );
        let views = crate::web::pages::view::row_views(&rows, &[None], Some(zone), Language::En);
        assert!(views[0]
            .offset_choices
            .iter()
            .any(|c| c.selected && c.value == "+01:00"));
    }

    #[test]
    fn vote_fields_are_read_by_prefix() {
        let f = Fields::parse(b"name=Ada&vote_abc=yes&vote_def=no&if_need_be=on");
        let form = ResponseForm::from_fields(&f);
        assert_eq!(form.vote_for("abc"), Some("yes"));
        assert_eq!(form.vote_for("def"), Some("no"));
        assert!(f.checked("if_need_be") && !f.checked("hide_results"));
    }
}

/// Property-based fuzzing of the form readers: any body, any row.
#[cfg(test)]
mod fuzz {
    use super::*;
    use proptest::prelude::*;

    fn zone(name: &str) -> TimeZoneId {
        name.parse().unwrap_or(TimeZoneId::UTC)
    }

    proptest! {
        #[test]
        fn any_body_is_read_without_panicking_and_rows_pair_up(
            body in prop::collection::vec(any::<u8>(), 0..200),
            pairs in prop::collection::vec(
                (prop::sample::select(&["slot_date", "slot_time", "slot_offset", "title", "vote_x"][..]), "\\PC{0,12}"),
                0..12,
            ),
        ) {
            let _ = Fields::parse(&body);
            let encoded = url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(&pairs)
                .finish();
            let fields = Fields::parse(encoded.as_bytes());
            let rows = slot_rows(&fields);
            let dates = pairs.iter().filter(|(k, _)| *k == "slot_date").count();
            let times = pairs.iter().filter(|(k, _)| *k == "slot_time").count();
            prop_assert_eq!(rows.len(), dates.max(times));
            let (texts, half) = slot_texts(&rows);
            prop_assert_eq!(texts.len(), rows.len());
            for n in &half {
                prop_assert!(texts[n - 1].is_empty());
            }
            let _ = row_errors(&rows, Some(zone("Europe/Zurich")), &[]);
        }

        #[test]
        fn a_row_the_form_finds_good_is_the_instant_the_domain_reads(
            date in prop_oneof!["2027-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9])", "\\PC{0,12}"],
            time in prop_oneof!["([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?", "\\PC{0,8}"],
            offset in prop_oneof![Just(String::new()), "[+-]0[0-2]:00", "\\PC{0,6}"],
            zone_name in prop::sample::select(&["Europe/Zurich", "America/New_York", "Pacific/Apia", "UTC"][..]),
        ) {
            let row = SlotRow { date, time, offset };
            let zone = zone(zone_name);
            let errors = row_errors(std::slice::from_ref(&row), Some(zone), &[]);
            let (texts, _) = slot_texts(std::slice::from_ref(&row));
            if errors[0].is_none() && !texts[0].is_empty() {
                let domain = parse_instant(&texts[0], zone);
                prop_assert!(domain.is_ok(), "the form finds {:?} good, the domain says {:?}", row, domain);
            }
        }
    }
}
