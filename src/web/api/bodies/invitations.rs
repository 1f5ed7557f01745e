//! The bodies of the invitation operations: the invitee list, adding people from a
//! pasted list or CSV text (with the lines that were not used), marking people
//! required, sending invitations and reminders, duplicating a poll; and the quorum of a
//! slot that the organizer's view of a poll carries.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::actions::InviteOutcome;
use crate::domain;
use crate::domain::invitee::{InviteeLineError, LineError};
use crate::domain::quorum::{SlotQuorum, Standing};
use crate::domain::text::TextError;
use crate::domain::time::rfc3339_utc;

// ---- request bodies ----

/// `POST /api/v1/polls/{id}/invitees`: people to invite, as pasted.
#[derive(Debug, Deserialize, Default, ToSchema)]
#[serde(default, deny_unknown_fields)]
#[schema(example = json!({
    "list": "Ana Silva <ana@example.org>\nMele Tupou, mele@example.to, DC on Environment\nJan Novák;jan@example.cz;DC on Accessibility;Europe/Prague",
    "send": true
}))]
pub struct AddInviteesRequest {
    /// One person per line, as organizers paste them: `Name <email>` (several on one
    /// line, as copied from a mail's `To:` field), a bare address, or
    /// `Name, email, affiliation[, time zone]` separated by commas, semicolons or tabs;
    /// or CSV (RFC 4180) with a header row naming the columns `name`, `email`,
    /// `affiliation`, `timezone` in any order. Lines starting with `#` are skipped.
    /// Repeated addresses (letter case ignored) are merged. At least one line; at most
    /// 1,000 invitees per poll.
    #[schema(required = true, min_length = 1)]
    pub list: String,
    /// Mail each new person their invitation with a personal link now (default true);
    /// with false they wait for `POST …/invitations`.
    pub send: Option<bool>,
}

/// `PATCH /api/v1/polls/{id}/invitees/{invitee_id}`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"required": true}))]
pub struct UpdateInviteeRequest {
    /// Whether the meeting needs this person (a co-chair): the quorum of each slot
    /// says whether every required invitee can attend.
    pub required: bool,
}

/// `POST /api/v1/polls/{id}/duplicate`: the next meeting's candidate slots.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"slots": ["2027-04-20T13:00", "2027-04-22T07:00"]}))]
pub struct DuplicatePollRequest {
    /// Slot starts as on creation (`POST /polls`), at least one and at most 200, in
    /// the poll's zone unless they carry an offset.
    #[schema(min_items = 1, max_items = 200)]
    pub slots: Vec<String>,
}

// ---- answer bodies ----

/// Someone on the poll's invitation list (organizer only).
#[derive(Debug, Serialize, ToSchema)]
pub struct Invitee {
    /// Its id.
    #[schema(pattern = "^[A-Za-z0-9]{10}$", example = "m1N2o3P4q5")]
    pub id: String,
    /// Their name, `null` when the list gave none.
    #[schema(required = true, example = "Ana Silva")]
    pub name: Option<String>,
    /// The address invitations and reminders go to.
    #[schema(format = Email, example = "ana@example.org")]
    pub email: String,
    /// Their organisation or group, `null` when the list gave none.
    #[schema(required = true, example = "DC on Environment")]
    pub affiliation: Option<String>,
    /// Their zone (IANA id), `null` when the list gave none: their mail is then in the
    /// poll's zone.
    #[schema(required = true, example = "Europe/Prague")]
    pub timezone: Option<String>,
    /// Whether the meeting needs them.
    pub required: bool,
    /// Whether they have answered (through their personal link, or the public link
    /// with the same address).
    pub answered: bool,
    /// Their answer's id once they have answered, else `null`.
    #[schema(required = true, value_type = Option<String>, pattern = "^[A-Za-z0-9]{10}$")]
    pub response_id: Option<String>,
    /// When their invitation was queued (RFC 3339 UTC); `null` until it is sent.
    #[schema(required = true, value_type = Option<String>, format = DateTime)]
    pub invited_at: Option<String>,
    /// When their last reminder was queued (RFC 3339 UTC), else `null`.
    #[schema(required = true, value_type = Option<String>, format = DateTime)]
    pub reminded_at: Option<String>,
}

impl From<&domain::Invitee> for Invitee {
    fn from(i: &domain::Invitee) -> Self {
        Invitee {
            id: i.id.to_string(),
            name: i.name.clone(),
            email: i.email.as_str().to_owned(),
            affiliation: i.affiliation.clone(),
            timezone: i.timezone.map(|z| z.name().to_owned()),
            required: i.required,
            answered: i.response_id.is_some(),
            response_id: i.response_id.as_ref().map(ToString::to_string),
            invited_at: i.invited_at.map(rfc3339_utc),
            reminded_at: i.reminded_at.map(rfc3339_utc),
        }
    }
}

/// `200` to `GET /api/v1/polls/{id}/invitees`.
#[derive(Debug, Serialize, ToSchema)]
pub struct InviteeList {
    /// The invitees, in the order they were added.
    pub invitees: Vec<Invitee>,
    /// How many of them have answered.
    #[schema(minimum = 0)]
    pub answered: usize,
    /// How many invitees the list has (invitation sent or not).
    #[schema(minimum = 0)]
    pub invited: usize,
    /// How many have not been sent their invitation yet (`POST …/invitations` sends
    /// it).
    #[schema(minimum = 0)]
    pub not_invited: usize,
    /// How many a reminder would go to now (`POST …/remind`): invited, not answered,
    /// and mailed nothing for 24 hours.
    #[schema(minimum = 0)]
    pub reminders_due: usize,
}

impl InviteeList {
    /// The list `invitees` as it stands at `now`.
    pub fn new(invitees: &[domain::Invitee], now: DateTime<Utc>) -> Self {
        InviteeList {
            invitees: invitees.iter().map(Invitee::from).collect(),
            answered: invitees.iter().filter(|i| i.response_id.is_some()).count(),
            invited: invitees.len(),
            not_invited: invitees.iter().filter(|i| i.invited_at.is_none()).count(),
            reminders_due: crate::actions::reminder_count(invitees, now),
        }
    }
}

/// Why a line of the list was not used, stable for scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LineErrorCode {
    /// No mail address on the line.
    NoAddress,
    /// The address is not a mail address.
    InvalidEmail,
    /// The name is too long or holds a control character.
    InvalidName,
    /// The affiliation is too long or holds a control character.
    InvalidAffiliation,
    /// The time-zone column is not an IANA zone.
    UnknownTimezone,
    /// More columns than the header names, or a CSV record that cannot be read.
    Unreadable,
}

impl From<&InviteeLineError> for LineErrorCode {
    fn from(e: &InviteeLineError) -> Self {
        match e {
            InviteeLineError::NoAddress => LineErrorCode::NoAddress,
            InviteeLineError::TimeZone(_) => LineErrorCode::UnknownTimezone,
            InviteeLineError::Unreadable => LineErrorCode::Unreadable,
            InviteeLineError::Text(TextError::Email(_)) => LineErrorCode::InvalidEmail,
            // The other text problems name the column by its label: the address, the
            // affiliation, else the name (the only other text column).
            InviteeLineError::Text(
                TextError::Empty(what)
                | TextError::TooLong { what, .. }
                | TextError::Control { what, .. },
            ) => match *what {
                "label-email" => LineErrorCode::InvalidEmail,
                "label-affiliation" => LineErrorCode::InvalidAffiliation,
                _ => LineErrorCode::InvalidName,
            },
        }
    }
}

/// A line of the list that was not used.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "line": 3,
    "text": "Bo Berg <bo@>",
    "error": "invalid_email",
    "message": "bo@ is not a mail address"
}))]
pub struct InviteeLineProblem {
    /// Its number in `list`, from 1 (blank and `#` lines count).
    #[schema(minimum = 1)]
    pub line: usize,
    /// The line as pasted, trimmed (a CSV record's fields joined by `, `).
    pub text: String,
    /// Why it was not used.
    pub error: LineErrorCode,
    /// Why, in English, for people.
    pub message: String,
}

impl From<&LineError> for InviteeLineProblem {
    fn from(e: &LineError) -> Self {
        InviteeLineProblem {
            line: e.line,
            text: e.text.clone(),
            error: LineErrorCode::from(&e.error),
            message: e.error.to_string(),
        }
    }
}

/// `200` to `POST /api/v1/polls/{id}/invitees`. Lines that cannot be used are in
/// `errors`; the others are saved all the same.
#[derive(Debug, Serialize, ToSchema)]
pub struct AddedInvitees {
    /// The people added, in list order.
    pub added: Vec<Invitee>,
    /// People already on the list whose name, affiliation or zone the list changed.
    #[schema(minimum = 0)]
    pub updated: usize,
    /// Lines that repeated an address (of the list, or already invited) and changed
    /// nothing.
    #[schema(minimum = 0)]
    pub merged: usize,
    /// Invitations queued for mailing (0 with `"send": false`).
    #[schema(minimum = 0)]
    pub invited: usize,
    /// The lines not used, in list order.
    pub errors: Vec<InviteeLineProblem>,
}

impl From<&InviteOutcome> for AddedInvitees {
    fn from(o: &InviteOutcome) -> Self {
        AddedInvitees {
            added: o.added.iter().map(Invitee::from).collect(),
            updated: o.updated,
            merged: o.merged,
            invited: o.invited,
            errors: o.errors.iter().map(InviteeLineProblem::from).collect(),
        }
    }
}

/// `200` to `POST /api/v1/polls/{id}/invitations`.
#[derive(Debug, Serialize, ToSchema)]
pub struct Invited {
    /// How many invitations were queued for mailing.
    #[schema(minimum = 0)]
    pub invited: usize,
}

/// `200` to `POST /api/v1/polls/{id}/remind`.
#[derive(Debug, Serialize, ToSchema)]
pub struct Reminded {
    /// How many reminders were queued for mailing.
    #[schema(minimum = 0)]
    pub reminded: usize,
}

// ---- the quorum in the organizer's view of a poll ----

/// How a required invitee stands for a slot they are missing from.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MissingStanding {
    /// Answered `no`, or left the slot blank.
    No,
    /// Has not answered the poll.
    NoAnswer,
}

/// A required invitee who cannot attend a slot, or has not said.
#[derive(Debug, Serialize, ToSchema)]
pub struct RequiredMissing {
    /// The invitee's id (see `GET …/invitees`).
    #[schema(pattern = "^[A-Za-z0-9]{10}$", example = "m1N2o3P4q5")]
    pub invitee_id: String,
    /// Their name, `null` when the list gave none.
    #[schema(required = true, example = "Ana Silva")]
    pub name: Option<String>,
    /// Their address.
    #[schema(format = Email, example = "ana@example.org")]
    pub email: String,
    /// Why they are missing.
    pub standing: MissingStanding,
}

/// One affiliation's invitees missing from a slot.
#[derive(Debug, Serialize, ToSchema)]
pub struct AffiliationMissing {
    /// The affiliation as typed in the list; `null` for invitees without one.
    #[schema(required = true, example = "DC on Environment")]
    pub affiliation: Option<String>,
    /// How many of its invitees cannot attend the slot or have not answered.
    #[schema(minimum = 1)]
    pub missing: usize,
    /// How many invitees it has.
    #[schema(minimum = 1)]
    pub invited: usize,
}

/// Who the meeting needs, for one slot (organizer only, when the poll has invitees).
/// "Can attend" is a `yes` or `if_need_be` vote.
#[derive(Debug, Serialize, ToSchema)]
pub struct Quorum {
    /// Whether every required invitee can attend (true when none is required).
    pub all_required_can_attend: bool,
    /// The required invitees who cannot attend or have not answered, in list order.
    pub required_missing: Vec<RequiredMissing>,
    /// Per affiliation with at least one invitee missing, alphabetically (invitees
    /// without an affiliation last).
    pub missing_by_affiliation: Vec<AffiliationMissing>,
}

impl From<&SlotQuorum> for Quorum {
    fn from(q: &SlotQuorum) -> Self {
        Quorum {
            all_required_can_attend: q.all_required_can_attend(),
            required_missing: q
                .required_missing
                .iter()
                .map(|(i, standing)| RequiredMissing {
                    invitee_id: i.id.to_string(),
                    name: i.name.clone(),
                    email: i.email.as_str().to_owned(),
                    standing: match standing {
                        Standing::NotAnswered => MissingStanding::NoAnswer,
                        // `CanAttend` is never among the missing.
                        Standing::Cannot | Standing::CanAttend => MissingStanding::No,
                    },
                })
                .collect(),
            missing_by_affiliation: q
                .gaps
                .iter()
                .map(|g| AffiliationMissing {
                    affiliation: g.affiliation.clone(),
                    missing: g.missing,
                    invited: g.invited,
                })
                .collect(),
        }
    }
}
