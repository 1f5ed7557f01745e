//! The poll as `GET /api/v1/polls/{id}` and the organizer's operations answer it
//! ([`Poll`]): its slots in UTC and in the viewed zone, the answers and tallies when the
//! reader may see them, and what only the organizer sees.

use std::collections::BTreeMap;

use chrono::Utc;
use serde::Serialize;
use utoipa::ToSchema;

use super::{GridView, Marks, Quorum};
use crate::actions::{AppState, PollView};
use crate::domain::quorum::quorum;
use crate::domain::time::rfc3339_utc;
use crate::domain::{self, TimeZoneId};
use crate::i18n;
use crate::mail::Links;

/// A vote for one slot.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Vote {
    /// Can attend.
    Yes,
    /// Can attend if really needed.
    IfNeedBe,
    /// Cannot attend.
    No,
}

impl From<domain::Vote> for Vote {
    fn from(v: domain::Vote) -> Self {
        match v {
            domain::Vote::Yes => Vote::Yes,
            domain::Vote::IfNeedBe => Vote::IfNeedBe,
            domain::Vote::No => Vote::No,
        }
    }
}

/// Where a poll is in its life: `open` (taking answers), `closed` (by the organizer,
/// or its deadline has passed), `finalized` (a slot was chosen).
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PollStatus {
    /// Taking answers.
    Open,
    /// Not taking answers.
    Closed,
    /// A slot was chosen.
    Finalized,
}

impl From<domain::PollStatus> for PollStatus {
    fn from(s: domain::PollStatus) -> Self {
        match s {
            domain::PollStatus::Open => PollStatus::Open,
            domain::PollStatus::Closed => PollStatus::Closed,
            domain::PollStatus::Finalized => PollStatus::Finalized,
        }
    }
}

/// What the organizer is mailed about answers and comments.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum NotifyMode {
    /// Nothing.
    None,
    /// A mail for each new or changed answer and each comment.
    Each,
    /// One mail a day, about 09:00 in the poll's zone, when something happened.
    Digest,
}

impl From<domain::NotifyMode> for NotifyMode {
    fn from(n: domain::NotifyMode) -> Self {
        match n {
            domain::NotifyMode::None => NotifyMode::None,
            domain::NotifyMode::Each => NotifyMode::Each,
            domain::NotifyMode::Digest => NotifyMode::Digest,
        }
    }
}

/// A language Convene writes pages and mail in (ISO 639-1 code).
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// English.
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Arabic.
    Ar,
    /// Chinese (Simplified).
    Zh,
    /// Russian.
    Ru,
}

impl From<i18n::Language> for Language {
    fn from(l: i18n::Language) -> Self {
        match l {
            i18n::Language::En => Language::En,
            i18n::Language::Fr => Language::Fr,
            i18n::Language::Es => Language::Es,
            i18n::Language::Ar => Language::Ar,
            i18n::Language::Zh => Language::Zh,
            i18n::Language::Ru => Language::Ru,
        }
    }
}

/// A slot in UTC and in the zone the poll is viewed in (`view_timezone`).
#[derive(Debug, Serialize, ToSchema)]
pub struct PollSlot {
    /// Its id.
    #[schema(pattern = "^[A-Za-z0-9]{10}$", example = "a1B2c3D4e5")]
    pub id: String,
    /// Start, RFC 3339 UTC (absent for a whole day).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = String, format = DateTime, example = "2027-03-23T12:00:00Z")]
    pub start: Option<String>,
    /// End, RFC 3339 UTC (absent for a whole day).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = String, format = DateTime, example = "2027-03-23T13:00:00Z")]
    pub end: Option<String>,
    /// Start in the viewed zone, RFC 3339 with that zone's offset (absent for a whole
    /// day).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = String, format = DateTime, example = "2027-03-23T17:45:00+05:45")]
    pub start_local: Option<String>,
    /// End in the viewed zone, RFC 3339 with that zone's offset (absent for a whole
    /// day).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = String, format = DateTime, example = "2027-03-23T18:45:00+05:45")]
    pub end_local: Option<String>,
    /// The viewed zone's offset from UTC at the start (absent for a whole day).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = String, pattern = "^[+-][0-9]{2}:[0-9]{2}$", example = "+05:45")]
    pub utc_offset: Option<String>,
    /// A poll of `kind` `dates`: the whole day, `YYYY-MM-DD`, the same date whatever
    /// the viewed zone (absent for other polls).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = String, format = Date, example = "2027-03-28")]
    pub date: Option<String>,
    /// Who the meeting needs at this slot: present for the organizer (admin token)
    /// when the poll has invitees.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quorum: Option<Quorum>,
}

impl PollSlot {
    /// `slot` of `poll` seen in `zone`; a whole day (a poll of dates) is its date
    /// alone, whatever the zone.
    pub fn new(slot: &domain::Slot, poll: &domain::Poll, zone: TimeZoneId) -> Self {
        if poll.whole_days() {
            return PollSlot {
                id: slot.id.to_string(),
                start: None,
                end: None,
                start_local: None,
                end_local: None,
                utc_offset: None,
                date: Some(slot.day().format("%Y-%m-%d").to_string()),
                quorum: None,
            };
        }
        let end = slot.end_at(poll.duration_minutes);
        PollSlot {
            id: slot.id.to_string(),
            start: Some(rfc3339_utc(slot.start_at)),
            end: Some(rfc3339_utc(end)),
            start_local: Some(zone.local(slot.start_at).rfc3339()),
            end_local: Some(zone.local(end).rfc3339()),
            utc_offset: Some(zone.local(slot.start_at).offset()),
            date: None,
            quorum: None,
        }
    }
}

/// A participant's answer as shown on the poll. `email`, `timezone` and `language`
/// are present only for the organizer (admin token).
#[derive(Debug, Serialize, ToSchema)]
pub struct Response {
    /// Its id.
    #[schema(pattern = "^[A-Za-z0-9]{10}$", example = "k1L2m3N4o5")]
    pub id: String,
    /// The participant's name.
    #[schema(example = "Anil Shrestha")]
    pub name: String,
    /// Their affiliation, if given.
    pub affiliation: Option<String>,
    /// Slot id → vote; a slot missing here has no answer (not a "no").
    #[schema(example = json!({"a1B2c3D4e5": "yes", "f6G7h8I9j0": "if_need_be"}))]
    pub votes: BTreeMap<String, Vote>,
    /// First answered, RFC 3339 UTC.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// Last changed, RFC 3339 UTC.
    #[schema(format = DateTime)]
    pub updated_at: String,
    /// Their address (`null` when none was given). Organizer only.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = Email)]
    pub email: Option<Option<String>>,
    /// Their zone, an IANA id. Organizer only.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = String, example = "Asia/Kathmandu")]
    pub timezone: Option<String>,
    /// Their language. Organizer only.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Language)]
    pub language: Option<Language>,
    /// An availability poll's answer: the cells marked; absent for a poll of times.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability: Option<Marks>,
}

/// The counts of one slot's votes.
#[derive(Debug, Serialize, ToSchema)]
pub struct SlotTally {
    /// The slot's id.
    #[schema(pattern = "^[A-Za-z0-9]{10}$", example = "a1B2c3D4e5")]
    pub slot_id: String,
    /// How many answered yes.
    #[schema(minimum = 0)]
    pub yes: u32,
    /// How many answered if need be.
    #[schema(minimum = 0)]
    pub if_need_be: u32,
    /// How many answered no.
    #[schema(minimum = 0)]
    pub no: u32,
}

/// A comment on the poll.
#[derive(Debug, Serialize, ToSchema)]
pub struct Comment {
    /// Who wrote it.
    pub author_name: String,
    /// The text (may contain line breaks).
    pub body: String,
    /// When, RFC 3339 UTC.
    #[schema(format = DateTime)]
    pub created_at: String,
}

/// The poll's mail by state (organizer only).
#[derive(Debug, Serialize, ToSchema)]
pub struct MailCounts {
    /// Handed to the SMTP server (or written to the outbox folder).
    #[schema(minimum = 0)]
    pub sent: i64,
    /// Waiting, including those waiting for a retry.
    #[schema(minimum = 0)]
    pub pending: i64,
    /// Given up after the last attempt (`POST …/mail/retry` queues them again).
    #[schema(minimum = 0)]
    pub failed: i64,
}

/// A poll as seen by a participant or, with the admin token, by its organizer.
#[derive(Debug, Serialize, ToSchema)]
pub struct Poll {
    /// Its public id.
    #[schema(pattern = "^[A-Za-z0-9]{12}$", example = "QEhRwOzVvR4I")]
    pub id: String,
    /// Title.
    pub title: String,
    /// Description (may be empty; may contain line breaks).
    pub description: String,
    /// Location or meeting link (may be empty).
    pub location: String,
    /// The organizer's name.
    pub organizer_name: String,
    /// The poll's zone, an IANA id.
    #[schema(example = "Europe/Zurich")]
    pub timezone: String,
    /// The organizer's language.
    pub language: Language,
    /// The zone of `slots[].start_local` and `end_local`: `tz` if given, else the poll's.
    #[schema(example = "Asia/Kathmandu")]
    pub view_timezone: String,
    /// Meeting length in minutes.
    #[schema(minimum = 1, maximum = 1440)]
    pub duration_minutes: i32,
    /// No answers after this instant (RFC 3339 UTC), or `null`.
    #[schema(required = true, value_type = Option<String>, format = DateTime)]
    pub deadline: Option<String>,
    /// Whether "if need be" is offered.
    pub if_need_be: bool,
    /// Whether participants see the answers only once finalized.
    pub hide_results: bool,
    /// True when `responses`, `tally` and `best_slot_ids` are left empty for this
    /// reader (`hide_results` before finalizing, without the admin token).
    pub results_hidden: bool,
    /// Where the poll is in its life (`closed` also once its deadline has passed).
    pub status: PollStatus,
    /// The chosen slot once finalized, else `null`.
    #[schema(required = true, value_type = Option<String>, pattern = "^[A-Za-z0-9]{10}$")]
    pub final_slot_id: Option<String>,
    /// The participants' page.
    #[schema(format = "uri", example = "https://convene.example.org/p/QEhRwOzVvR4I")]
    pub participant_url: String,
    /// What the poll asks: `times` (answers per slot), `availability` (marks on
    /// `grid`) or `dates` (answers per slot, each slot a whole day given by its
    /// `date`).
    #[schema(pattern = "^(times|availability|dates)$", example = "times")]
    pub kind: String,
    /// An availability poll's grid with its counts and best windows (local times in
    /// `view_timezone`); `null` for a poll of times.
    #[schema(required = true)]
    pub grid: Option<GridView>,
    /// Candidate slots, earliest first (an availability poll's: the window chosen, once
    /// finalized).
    pub slots: Vec<PollSlot>,
    /// Answers, oldest first.
    pub responses: Vec<Response>,
    /// Vote counts per slot, in slot order.
    pub tally: Vec<SlotTally>,
    /// The best slot (most yes + if need be, then most yes, then earliest), if anyone
    /// can attend any slot: zero or one id.
    #[schema(max_items = 1)]
    pub best_slot_ids: Vec<String>,
    /// Comments, oldest first.
    pub comments: Vec<Comment>,
    /// The poll's mail by state: for the organizer, else `null`.
    #[schema(required = true)]
    pub mail: Option<MailCounts>,
    /// What the organizer is mailed about answers and comments. Organizer only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify: Option<NotifyMode>,
    /// Hours before the deadline when invitees who have not answered get one automatic
    /// reminder, or `null` for none. Organizer only.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<i32>, minimum = 1, maximum = 720)]
    pub remind_before_hours: Option<Option<i32>>,
    /// When the poll and everything of it will be deleted, RFC 3339 UTC: a set time
    /// after its meeting's end, or after its last activity when never finalized
    /// (`POST /polls/{id}/keep` puts it off). Organizer only.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub deletes_at: Option<String>,
    /// Created, RFC 3339 UTC.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// Last change of the poll, its slots, answers or comments, RFC 3339 UTC.
    #[schema(format = DateTime)]
    pub updated_at: String,
}

impl Poll {
    /// The poll of `view` with local times in `zone`; the answers and tallies only when
    /// `show_results`, and what only the organizer sees when `organizer`.
    pub fn new(
        state: &AppState,
        view: &PollView,
        zone: TimeZoneId,
        show_results: bool,
        organizer: bool,
    ) -> Self {
        let p = &view.poll;
        let responses = view
            .responses
            .iter()
            .filter(|_| show_results)
            .enumerate()
            .map(|(n, r)| Response {
                availability: view
                    .grid
                    .as_ref()
                    .and_then(|g| g.answers.get(n).map(|a| Marks::of(a, &g.cells))),
                id: r.id.to_string(),
                name: r.name.clone(),
                affiliation: r.affiliation.clone(),
                votes: r
                    .votes
                    .iter()
                    .map(|(s, v)| (s.to_string(), Vote::from(*v)))
                    .collect(),
                created_at: rfc3339_utc(r.created_at),
                updated_at: rfc3339_utc(r.updated_at),
                // What only the organizer sees: address, zone (where someone is) and
                // language.
                email: organizer.then(|| r.email.as_ref().map(|e| e.as_str().to_owned())),
                timezone: organizer.then(|| r.timezone.name().to_owned()),
                language: organizer.then(|| r.language.into()),
            })
            .collect();
        // An availability poll's answers are marks on its grid: its counts are in
        // `grid`, not per slot.
        let tally = view
            .tallies
            .iter()
            .filter(|_| show_results && p.grid.is_none())
            .map(|t| SlotTally {
                slot_id: t.slot_id.to_string(),
                yes: t.yes,
                if_need_be: t.if_need_be,
                no: t.no,
            })
            .collect();
        // Who the meeting needs, per slot in slot order: only the organizer's view
        // holds the invitees, and without invitees there is nothing to say.
        let quorums = if organizer {
            quorum(&p.slots, &view.invitees, &view.responses)
        } else {
            Vec::new()
        };
        Poll {
            id: p.id.to_string(),
            title: p.title.clone(),
            description: p.description.clone(),
            location: p.location.clone(),
            organizer_name: p.organizer_name.clone(),
            timezone: p.timezone.name().to_owned(),
            language: p.language.into(),
            view_timezone: zone.name().to_owned(),
            duration_minutes: p.duration_minutes,
            deadline: p.deadline_at.map(rfc3339_utc),
            if_need_be: p.if_need_be,
            hide_results: p.hide_results,
            results_hidden: !show_results,
            status: p.effective_status(Utc::now()).into(),
            final_slot_id: p.final_slot_id.as_ref().map(|s| s.to_string()),
            participant_url: state.base_url().poll_url(&p.id),
            kind: p.kind.as_str().to_owned(),
            grid: match (&p.grid, &view.grid) {
                (Some(spec), Some(results)) => Some(GridView::new(
                    spec,
                    results,
                    p.duration_minutes,
                    zone,
                    show_results,
                )),
                _ => None,
            },
            slots: p
                .slots
                .iter()
                .map(|s| PollSlot {
                    quorum: quorums.iter().find(|q| q.slot_id == s.id).map(Quorum::from),
                    ..PollSlot::new(s, p, zone)
                })
                .collect(),
            responses,
            tally,
            best_slot_ids: view
                .best_slot_id
                .iter()
                .filter(|_| show_results)
                .map(|s| s.to_string())
                .collect(),
            comments: view
                .comments
                .iter()
                .map(|c| Comment {
                    author_name: c.author_name.clone(),
                    body: c.body.clone(),
                    created_at: rfc3339_utc(c.created_at),
                })
                .collect(),
            mail: view.mail.filter(|_| organizer).map(|m| MailCounts {
                sent: m.sent,
                pending: m.pending,
                failed: m.failed,
            }),
            notify: organizer.then(|| p.notify.into()),
            remind_before_hours: organizer.then_some(p.remind_before_hours),
            deletes_at: view
                .life
                .filter(|_| organizer)
                .map(|life| rfc3339_utc(state.retention.deletion(&life, Utc::now()).at)),
            created_at: rfc3339_utc(p.created_at),
            updated_at: rfc3339_utc(p.updated_at),
        }
    }
}
