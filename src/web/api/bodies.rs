//! The JSON bodies of the API, as Rust types: what requests may carry and what answers
//! hold. Each derives its OpenAPI schema (`utoipa::ToSchema`) from the same definition
//! that serde reads or writes, so the published description cannot drift from the wire.
//!
//! Request bodies refuse unknown fields (`additionalProperties: false`): a misspelt field
//! (`"titel"`) is a 400 naming it, never silently ignored. Instants are RFC 3339 in UTC
//! (`2027-03-23T12:00:00Z`); local times carry their offset; zones are IANA ids.
//!
//! The poll as it is read, [`Poll`], and its parts are in a file of their own, and so
//! are the bodies of the invitation operations.

mod fairness;
mod grid;
mod invitations;
mod poll;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain;
use crate::domain::time::rfc3339_utc;

pub use self::fairness::{
    Cost, FairnessQuery, Hours, Plan, PlannerRequest, PlannerZone, PollFairness, Proposal,
    SlotFairness, TimeClass, ZoneCost,
};
pub use self::grid::{GridCell, GridRequest, GridView, GridWindow, Marks};
pub use self::invitations::{
    AddInviteesRequest, AddedInvitees, AffiliationMissing, DuplicatePollRequest, Invited, Invitee,
    InviteeLineProblem, InviteeList, LineErrorCode, MissingStanding, Quorum, Reminded,
    RequiredMissing, UpdateInviteeRequest,
};
pub use self::poll::{
    Comment, Language, MailCounts, NotifyMode, Poll, PollSlot, PollStatus, Response, SlotTally,
    Vote,
};

// ---- request bodies ----

/// `POST /api/v1/polls`: a new poll with its candidate slots, or (`"kind":
/// "availability"`) with the grid of days and hours people mark when they are free.
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
    /// Candidate slot starts, at least one and at most 200 (for `"kind": "dates"`, whole
    /// days written `YYYY-MM-DD` instead, such as `2027-03-28`, not before today in the
    /// poll's zone; a time there is refused, as a bare date is for a poll of times, by
    /// a 422 naming `slots[i]`): local times in the poll's
    /// zone (`2027-03-23T13:00`, seconds optional) or with an offset or `Z`
    /// (`2027-10-31T02:30+01:00`), on the minute, in the future, within five years.
    /// Empty strings are ignored. A local time skipped or repeated by a clock change is
    /// refused (422) with a message naming it; give it with an offset instead.
    /// Required for a poll of times; an availability poll has none.
    #[schema(max_items = 200, example = json!(["2027-03-23T13:00", "2027-03-25T07:00"]))]
    pub slots: Vec<String>,
    /// The organizer's language for their mail: `en`, `fr`, `es`, `ar`, `zh` or `ru`
    /// (default: from `Accept-Language`, else `en`).
    #[schema(example = "en")]
    pub language: Option<String>,
    /// What the poll asks: `times` (default: answers for each of the `slots`),
    /// `availability` (everyone marks the cells of `grid` when they are free) or
    /// `dates` (answers for each of the `slots`, whole days given as `YYYY-MM-DD`,
    /// shown as the same date in every zone; `duration_minutes` is ignored and read
    /// back as 1440).
    #[schema(pattern = "^(times|availability|dates)$", example = "times")]
    pub kind: Option<String>,
    /// The grid of an availability poll (required then, refused otherwise).
    pub grid: Option<GridRequest>,
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
    /// Required for a poll of times; `{}` or absent for an availability poll.
    #[schema(value_type = BTreeMap<String, Vote>)]
    pub votes: BTreeMap<String, String>,
    /// The participant's language for their mail (as a poll's `language`).
    #[schema(example = "en")]
    pub language: Option<String>,
    /// An availability poll's answer: the cells marked (absent for a poll of times).
    pub availability: Option<Marks>,
}

/// `PATCH /api/v1/polls/{id}`: the settings to change; absent or `null` fields stay as
/// they are, except `remind_before_hours`, which `null` removes.
#[derive(Debug, Deserialize, Default, ToSchema)]
#[serde(default, deny_unknown_fields)]
#[schema(example = json!({
    "title": "DCCG virtual meeting #63 (rescheduled)",
    "deadline": "",
    "notify": "digest",
    "remind_before_hours": 48
}))]
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
    /// New meeting length in minutes, 1 to 1440 (ignored for a poll of whole days,
    /// whose options last a day).
    #[schema(minimum = 1, maximum = 1440)]
    pub duration_minutes: Option<i64>,
    /// New deadline, as on creation; `""` removes it.
    pub deadline: Option<String>,
    /// Offer "if need be".
    pub if_need_be: Option<bool>,
    /// Hide the answers from participants until a slot is chosen.
    pub hide_results: Option<bool>,
    /// What the organizer is mailed about answers and comments: `none`, `each` (a
    /// mail for each) or `digest` (one a day, about 09:00 in the poll's zone, when
    /// something happened).
    #[schema(value_type = Option<NotifyMode>)]
    pub notify: Option<String>,
    /// Hours before the deadline (1 to 720) when invitees who have not answered get
    /// one automatic reminder; `null` removes it.
    #[serde(deserialize_with = "present")]
    #[schema(value_type = Option<i64>, minimum = 1, maximum = 720)]
    pub remind_before_hours: Option<Option<i64>>,
    /// The hours of the day slots are judged by on each person's own clock (see
    /// `GET /polls/{id}/fairness`); all four are given together.
    pub hours: Option<Hours>,
}

/// Reads a field that may be `null` as `Some(None)`, so that `null` (remove) differs from
/// an absent field (`None` through `#[serde(default)]`: leave as it is).
fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// `POST /api/v1/polls/{id}/slots`: more candidate slots.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"slots": ["2027-04-02T09:00"]}))]
pub struct AddSlotsRequest {
    /// Slot starts as on creation (whole days `YYYY-MM-DD` for a poll of dates), at
    /// least one; with the poll's own, at most 200.
    #[schema(min_items = 1, max_items = 200)]
    pub slots: Vec<String>,
}

/// `POST /api/v1/polls/{id}/finalize`: the chosen slot (a poll of times) or the start
/// of the chosen window (an availability poll); exactly one of the two.
#[derive(Debug, Deserialize, Default, ToSchema)]
#[serde(default, deny_unknown_fields)]
#[schema(example = json!({"slot_id": "a1B2c3D4e5"}))]
pub struct FinalizeRequest {
    /// The id of one of the poll's slots.
    #[schema(pattern = "^[A-Za-z0-9]{10}$", example = "a1B2c3D4e5")]
    pub slot_id: Option<String>,
    /// An availability poll: the UTC start (RFC 3339) of one of its cells, where the
    /// meeting of `duration_minutes` starts (see `grid.best_windows`).
    #[schema(format = DateTime, example = "2027-03-22T08:00:00Z")]
    pub start: Option<String>,
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

/// A slot in UTC, or a whole day, as answered on creation and when slots are added.
#[derive(Debug, Serialize, ToSchema)]
pub struct Slot {
    /// Its id.
    #[schema(pattern = "^[A-Za-z0-9]{10}$", example = "a1B2c3D4e5")]
    pub id: String,
    /// Start, RFC 3339 UTC (absent for a whole day).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = String, format = DateTime, example = "2027-03-23T12:00:00Z")]
    pub start: Option<String>,
    /// End (start + the poll's `duration_minutes`), RFC 3339 UTC (absent for a whole
    /// day).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = String, format = DateTime, example = "2027-03-23T13:00:00Z")]
    pub end: Option<String>,
    /// A poll of `kind` `dates`: the whole day, `YYYY-MM-DD`, the same date in every
    /// time zone (absent for other polls).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = String, format = Date, example = "2027-03-28")]
    pub date: Option<String>,
}

impl Slot {
    /// `slot` of `poll`: its UTC start and end, or, for a poll of whole days, its date.
    pub fn new(slot: &domain::Slot, poll: &domain::Poll) -> Self {
        if poll.whole_days() {
            return Slot {
                id: slot.id.to_string(),
                start: None,
                end: None,
                date: Some(slot.day().format("%Y-%m-%d").to_string()),
            };
        }
        Slot {
            id: slot.id.to_string(),
            start: Some(rfc3339_utc(slot.start_at)),
            end: Some(rfc3339_utc(slot.end_at(poll.duration_minutes))),
            date: None,
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
