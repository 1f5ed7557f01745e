//! The JSON bodies of the API, as Rust types: what requests may carry and what answers
//! hold. Each derives its OpenAPI schema (`utoipa::ToSchema`) from the same definition
//! that serde reads or writes, so the published description cannot drift from the wire.
//!
//! Request bodies refuse unknown fields (`additionalProperties: false`): a misspelt field
//! (`"titel"`) is a 400 naming it, never silently ignored. Instants are RFC 3339 in UTC
//! (`2027-03-23T12:00:00Z`); local times carry their offset; zones are IANA ids.

use std::collections::BTreeMap;

use chrono::Utc;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::actions::{AppState, PollView};
use crate::domain::time::rfc3339_utc;
use crate::domain::{self, TimeZoneId};
use crate::i18n;
use crate::mail::Links;

// ---- request bodies ----

/// `POST /api/v1/polls`: a new poll with its candidate slots.
#[derive(Debug, Deserialize, Default, ToSchema)]
#[serde(default, deny_unknown_fields)]
#[schema(example = json!({
    "title": "DCCG virtual meeting #63",
    "description": "Follow-up on the expert group report.",
    "location": "https://meet.example.org/dccg-63",
    "organizer_name": "Forum Secretariat",
    "organizer_email": "secretariat@example.org",
    "timezone": "Europe/Zurich",
    "duration_minutes": 60,
    "deadline": "2027-03-19T17:00",
    "if_need_be": true,
    "hide_results": false,
    "slots": ["2027-03-23T13:00", "2027-03-25T07:00"],
    "language": "en"
}))]
pub struct CreatePollRequest {
    /// Title, 1 to 200 characters on one line.
    #[schema(required = true, min_length = 1, max_length = 200)]
    pub title: String,
    /// Description, at most 5,000 characters; line breaks allowed.
    #[schema(max_length = 5000)]
    pub description: Option<String>,
    /// Location or meeting link, at most 500 characters on one line.
    #[schema(max_length = 500)]
    pub location: Option<String>,
    /// The organizer's name, 1 to 100 characters on one line.
    #[schema(required = true, min_length = 1, max_length = 100)]
    pub organizer_name: String,
    /// The organizer's mail address: the admin link is mailed there.
    #[schema(required = true, format = Email, example = "secretariat@example.org")]
    pub organizer_email: String,
    /// The poll's time zone, an IANA id: slots and the deadline without an offset are
    /// local times in it.
    #[schema(required = true, example = "Europe/Zurich")]
    pub timezone: String,
    /// Meeting length in minutes, 1 to 1440 (default 60).
    #[schema(minimum = 1, maximum = 1440)]
    pub duration_minutes: Option<i64>,
    /// No answers after this time: a local time in the poll's zone (`2027-03-19T17:00`)
    /// or with an offset (`2027-03-19T16:00Z`); in the future, within five years.
    #[schema(example = "2027-03-19T17:00")]
    pub deadline: Option<String>,
    /// Whether participants may answer "if need be" (default true).
    pub if_need_be: Option<bool>,
    /// Whether participants see the others' answers only once a slot is chosen
    /// (default false).
    pub hide_results: Option<bool>,
    /// Candidate slot starts, at least one and at most 200: local times in the poll's
    /// zone (`2027-03-23T13:00`, seconds optional) or with an offset or `Z`
    /// (`2027-10-31T02:30+01:00`), on the minute, in the future, within five years.
    /// Empty strings are ignored. A local time skipped or repeated by a clock change is
    /// refused (422) with a message naming it; give it with an offset instead.
    #[schema(required = true, min_items = 1, max_items = 200, example = json!(["2027-03-23T13:00", "2027-03-25T07:00"]))]
    pub slots: Vec<String>,
    /// The organizer's language for their mail: `en`, `fr`, `es`, `ar`, `zh` or `ru`
    /// (default: from `Accept-Language`, else `en`).
    #[schema(example = "en")]
    pub language: Option<String>,
}

/// `POST /api/v1/polls/{id}/responses` and `PUT …/responses/{response_id}`: a
/// participant's answer. Editing replaces the whole answer.
#[derive(Debug, Deserialize, Default, ToSchema)]
#[serde(default, deny_unknown_fields)]
#[schema(example = json!({
    "name": "Anil Shrestha",
    "email": "anil.shrestha@example.org",
    "affiliation": "Regional coordinator",
    "timezone": "Asia/Kathmandu",
    "votes": {"a1B2c3D4e5": "yes", "f6G7h8I9j0": "if_need_be"},
    "language": "en"
}))]
pub struct ResponseRequest {
    /// The participant's name, 1 to 100 characters on one line.
    #[schema(required = true, min_length = 1, max_length = 100)]
    pub name: String,
    /// Their mail address (optional): their edit link and the final time are mailed
    /// there. Only the organizer sees it.
    #[schema(format = Email, example = "anil.shrestha@example.org")]
    pub email: Option<String>,
    /// Their affiliation, at most 200 characters on one line (optional).
    #[schema(max_length = 200)]
    pub affiliation: Option<String>,
    /// Their time zone, an IANA id (default: the poll's). Only the organizer sees it.
    #[schema(example = "Asia/Kathmandu")]
    pub timezone: Option<String>,
    /// Slot id → vote, for at least one slot of the poll; `if_need_be` only where the
    /// poll offers it.
    #[schema(required = true, value_type = BTreeMap<String, Vote>)]
    pub votes: BTreeMap<String, String>,
    /// The participant's language for their mail (as a poll's `language`).
    #[schema(example = "en")]
    pub language: Option<String>,
}

/// `PATCH /api/v1/polls/{id}`: the settings to change; absent or `null` fields stay as
/// they are.
#[derive(Debug, Deserialize, Default, ToSchema)]
#[serde(default, deny_unknown_fields)]
#[schema(example = json!({"title": "DCCG virtual meeting #63 (rescheduled)", "deadline": ""}))]
pub struct UpdatePollRequest {
    /// New title, 1 to 200 characters on one line.
    #[schema(min_length = 1, max_length = 200)]
    pub title: Option<String>,
    /// New description, at most 5,000 characters.
    #[schema(max_length = 5000)]
    pub description: Option<String>,
    /// New location, at most 500 characters (`""` removes it).
    #[schema(max_length = 500)]
    pub location: Option<String>,
    /// New meeting length in minutes, 1 to 1440.
    #[schema(minimum = 1, maximum = 1440)]
    pub duration_minutes: Option<i64>,
    /// New deadline, as on creation; `""` removes it.
    pub deadline: Option<String>,
    /// Offer "if need be".
    pub if_need_be: Option<bool>,
    /// Hide the answers from participants until a slot is chosen.
    pub hide_results: Option<bool>,
}

/// `POST /api/v1/polls/{id}/slots`: more candidate slots.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"slots": ["2027-04-02T09:00"]}))]
pub struct AddSlotsRequest {
    /// Slot starts as on creation, at least one; with the poll's own, at most 200.
    #[schema(min_items = 1, max_items = 200)]
    pub slots: Vec<String>,
}

/// `POST /api/v1/polls/{id}/finalize`: the chosen slot.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FinalizeRequest {
    /// The id of one of the poll's slots.
    #[schema(pattern = "^[A-Za-z0-9]{10}$", example = "a1B2c3D4e5")]
    pub slot_id: String,
}

/// `?tz=` on `GET /api/v1/polls/{id}`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ZoneQuery {
    /// IANA zone for the slots' local times (default: the poll's zone).
    #[param(example = "Asia/Kathmandu")]
    pub tz: Option<String>,
}

// ---- answer bodies ----

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

/// A slot in UTC, as answered on creation and when slots are added.
#[derive(Debug, Serialize, ToSchema)]
pub struct Slot {
    /// Its id.
    #[schema(pattern = "^[A-Za-z0-9]{10}$", example = "a1B2c3D4e5")]
    pub id: String,
    /// Start, RFC 3339 UTC.
    #[schema(format = DateTime, example = "2027-03-23T12:00:00Z")]
    pub start: String,
    /// End (start + the poll's `duration_minutes`), RFC 3339 UTC.
    #[schema(format = DateTime, example = "2027-03-23T13:00:00Z")]
    pub end: String,
}

impl Slot {
    /// `slot` of a poll whose meetings last `duration_minutes`.
    pub fn new(slot: &domain::Slot, duration_minutes: i32) -> Self {
        Slot {
            id: slot.id.to_string(),
            start: rfc3339_utc(slot.start_at),
            end: rfc3339_utc(slot.end_at(duration_minutes)),
        }
    }
}

/// A slot in UTC and in the zone the poll is viewed in (`view_timezone`).
#[derive(Debug, Serialize, ToSchema)]
pub struct PollSlot {
    /// Its id.
    #[schema(pattern = "^[A-Za-z0-9]{10}$", example = "a1B2c3D4e5")]
    pub id: String,
    /// Start, RFC 3339 UTC.
    #[schema(format = DateTime, example = "2027-03-23T12:00:00Z")]
    pub start: String,
    /// End, RFC 3339 UTC.
    #[schema(format = DateTime, example = "2027-03-23T13:00:00Z")]
    pub end: String,
    /// Start in the viewed zone, RFC 3339 with that zone's offset.
    #[schema(format = DateTime, example = "2027-03-23T17:45:00+05:45")]
    pub start_local: String,
    /// End in the viewed zone, RFC 3339 with that zone's offset.
    #[schema(format = DateTime, example = "2027-03-23T18:45:00+05:45")]
    pub end_local: String,
    /// The viewed zone's offset from UTC at the start.
    #[schema(pattern = "^[+-][0-9]{2}:[0-9]{2}$", example = "+05:45")]
    pub utc_offset: String,
}

impl PollSlot {
    /// `slot` of a poll whose meetings last `duration_minutes`, seen in `zone`.
    pub fn new(slot: &domain::Slot, duration_minutes: i32, zone: TimeZoneId) -> Self {
        let end = slot.end_at(duration_minutes);
        PollSlot {
            id: slot.id.to_string(),
            start: rfc3339_utc(slot.start_at),
            end: rfc3339_utc(end),
            start_local: zone.local(slot.start_at).rfc3339(),
            end_local: zone.local(end).rfc3339(),
            utc_offset: zone.local(slot.start_at).offset(),
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
    /// Candidate slots, earliest first.
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
            .map(|r| Response {
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
        let tally = view
            .tallies
            .iter()
            .filter(|_| show_results)
            .map(|t| SlotTally {
                slot_id: t.slot_id.to_string(),
                yes: t.yes,
                if_need_be: t.if_need_be,
                no: t.no,
            })
            .collect();
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
            slots: p
                .slots
                .iter()
                .map(|s| PollSlot::new(s, p.duration_minutes, zone))
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
            created_at: rfc3339_utc(p.created_at),
            updated_at: rfc3339_utc(p.updated_at),
        }
    }
}

/// `201` to `POST /api/v1/polls`: the new poll's links. Keep `admin_token`: it is shown
/// once (and mailed to the organizer), only its hash is stored.
#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedPoll {
    /// The poll's public id.
    #[schema(pattern = "^[A-Za-z0-9]{12}$", example = "QEhRwOzVvR4I")]
    pub id: String,
    /// The organizer's secret: `Authorization: Bearer <admin_token>` on organizer
    /// operations. 256 random bits, base64url.
    #[schema(
        pattern = "^[A-Za-z0-9_-]{43}$",
        example = "s9cIYTvnNgkz6bOS9qVHGX_Xk6pCtL1ZKL8es88Ix4w"
    )]
    pub admin_token: String,
    /// The participants' page: share it.
    #[schema(format = "uri", example = "https://convene.example.org/p/QEhRwOzVvR4I")]
    pub participant_url: String,
    /// The organizer's page (carries the admin token).
    #[schema(format = "uri")]
    pub admin_url: String,
    /// The slots in UTC, earliest first.
    pub slots: Vec<Slot>,
}

/// `201` to `POST /api/v1/polls/{id}/responses`. Keep `edit_token`: it is shown once (and
/// mailed when an address was given).
#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedResponse {
    /// The answer's id.
    #[schema(pattern = "^[A-Za-z0-9]{10}$", example = "k1L2m3N4o5")]
    pub id: String,
    /// The participant's secret: `Authorization: Bearer <edit_token>` to change or
    /// withdraw this answer. 256 random bits, base64url.
    #[schema(pattern = "^[A-Za-z0-9_-]{43}$")]
    pub edit_token: String,
    /// The participant's personal page to change the answer (carries the edit token).
    #[schema(format = "uri")]
    pub edit_url: String,
    /// Whether the edit link was queued for mailing: false when no address was given,
    /// or when the poll's or the address's mail cap held it back.
    pub edit_link_mailed: bool,
}

/// `200` to `POST /api/v1/polls/{id}/admin-token`: the organizer's new secret. The old
/// token answers 404 from now on.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReplacedAdminToken {
    /// The new admin token, for `Authorization: Bearer …`.
    #[schema(pattern = "^[A-Za-z0-9_-]{43}$")]
    pub admin_token: String,
    /// The new admin link (also mailed to the organizer).
    #[schema(format = "uri")]
    pub admin_url: String,
}

/// `200` to `PUT /api/v1/polls/{id}/responses/{response_id}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct UpdatedResponse {
    /// The answer's id.
    #[schema(pattern = "^[A-Za-z0-9]{10}$", example = "k1L2m3N4o5")]
    pub id: String,
}

/// `201` to `POST /api/v1/polls/{id}/slots`.
#[derive(Debug, Serialize, ToSchema)]
pub struct AddedSlots {
    /// The new slots in UTC, earliest first.
    pub slots: Vec<Slot>,
}

/// `200` to `POST /api/v1/polls/{id}/mail/retry`.
#[derive(Debug, Serialize, ToSchema)]
pub struct Requeued {
    /// How many failed messages went back in the queue.
    #[schema(minimum = 0)]
    pub requeued: usize,
}

/// What went wrong, in `Error.error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// 400: the body is not JSON of the documented shape, or a query is malformed.
    Malformed,
    /// 404: no such poll, response or slot, or the token does not match (never says
    /// which); also any path the API does not have.
    NotFound,
    /// 405: the path exists, the method does not (see `Allow`).
    MethodNotAllowed,
    /// 409: the poll's state forbids the action (closed, finalized, …).
    Conflict,
    /// 413: the body is larger than the limit.
    TooLarge,
    /// 415: the body is not sent as `application/json`.
    UnsupportedMediaType,
    /// 422: a field's value is refused; `field` names it.
    Invalid,
    /// 429: too many requests from this client; see `Retry-After`.
    RateLimited,
    /// 500: an internal error, logged under the id in the message.
    Internal,
    /// 503: the database is unavailable; try again shortly.
    Unavailable,
}

/// Every error answer of the API.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Error, example = json!({
    "error": "invalid",
    "message": "Europe/Zürich is not a time zone Convene knows",
    "field": "timezone"
}))]
pub struct ErrorBody {
    /// The kind of error, stable for scripts.
    pub error: ErrorCode,
    /// What went wrong, in English, for people.
    pub message: String,
    /// The request field at fault (for `invalid`, and for `malformed` when a field is
    /// unknown), else `null`.
    #[schema(required = true)]
    pub field: Option<String>,
}
