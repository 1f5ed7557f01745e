//! A participant's response: who they are and their vote for each slot.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::grid::{Availability, BadAvailability, GridSpec};
use super::ids::{ResponseId, SlotId, TokenHash};
use super::poll::{Poll, NAME_MAX};
use super::text::{one_line, optional_line, EmailAddress};
use super::time::TimeZoneId;
use super::vote::Vote;
use super::FieldErrors;
use crate::i18n::{Language, Message};

/// Longest affiliation, in characters.
pub const AFFILIATION_MAX: usize = 200;

/// A stored response.
#[derive(Debug, Clone)]
pub struct Response {
    /// Its id.
    pub id: ResponseId,
    /// Hash of the personal edit token.
    pub edit_token_hash: TokenHash,
    /// The participant's name.
    pub name: String,
    /// Their address (organizer-only), if given.
    pub email: Option<EmailAddress>,
    /// Their affiliation (coalition, organisation), if given.
    pub affiliation: Option<String>,
    /// Their zone: the one their mail and default view use.
    pub timezone: TimeZoneId,
    /// Vote per slot; a slot missing here has no answer (not a “no”).
    pub votes: HashMap<SlotId, Vote>,
    /// First answered, UTC instant.
    pub created_at: DateTime<Utc>,
    /// Last edited, UTC instant.
    pub updated_at: DateTime<Utc>,
    /// The participant's language: their mail is in it.
    pub language: Language,
    /// Their marks on an availability poll's grid, packed as
    /// [`Availability::encode`] writes them (read with [`Response::availability`]);
    /// `None` for other polls.
    pub availability: Option<String>,
}

impl Response {
    /// Their marks on a grid of `cells` cells: none marked when they gave none.
    ///
    /// # Errors
    /// [`BadAvailability`] when the stored marks do not fit the grid (a corrupt row).
    pub fn availability(&self, cells: usize) -> Result<Availability, BadAvailability> {
        match &self.availability {
            Some(packed) => Availability::decode(packed, cells),
            None => Ok(Availability::none(cells)),
        }
    }
}

/// A response as typed, before validation.
#[derive(Debug, Clone, Default)]
pub struct ResponseDraft {
    /// Name (required, ≤ 100 characters).
    pub name: String,
    /// Address (optional).
    pub email: String,
    /// Affiliation (optional, ≤ 200).
    pub affiliation: String,
    /// IANA zone (empty: the poll's).
    pub timezone: String,
    /// Slot id → vote text, as given; for an availability poll, a cell's UTC start
    /// (RFC 3339) → `yes` or `if_need_be` (unmarked cells are `no`).
    pub votes: Vec<(String, String)>,
    /// The participant's language (from the page, or the API's `language`).
    pub language: Language,
}

/// A validated response, ready to store.
#[derive(Debug, Clone)]
pub struct NewResponse {
    /// Name.
    pub name: String,
    /// Address.
    pub email: Option<EmailAddress>,
    /// Affiliation.
    pub affiliation: Option<String>,
    /// Zone.
    pub timezone: TimeZoneId,
    /// Votes for slots of this poll (none for an availability poll).
    pub votes: Vec<(SlotId, Vote)>,
    /// Language.
    pub language: Language,
    /// The marks on an availability poll's grid.
    pub availability: Option<Availability>,
}

impl ResponseDraft {
    /// Validates against `poll`: votes must name the poll's slots, use known values, and
    /// use `if_need_be` only where the poll offers it.
    ///
    /// # Errors
    /// [`FieldErrors`] with one entry per bad field.
    pub fn validate(&self, poll: &Poll) -> Result<NewResponse, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = errors.check("name", one_line(&self.name, "label-your-name", NAME_MAX));
        let email = errors.check("email", EmailAddress::parse_optional(&self.email));
        let affiliation = errors.check(
            "affiliation",
            optional_line(&self.affiliation, "label-affiliation", AFFILIATION_MAX),
        );
        let timezone = if self.timezone.trim().is_empty() {
            Some(poll.timezone)
        } else {
            errors.check("timezone", self.timezone.parse::<TimeZoneId>())
        };
        let (votes, availability, vote_problem) = match &poll.grid {
            Some(grid) => {
                let (marks, problem) = self.marks(grid, poll.if_need_be);
                (
                    Vec::new(),
                    Some(marks),
                    problem.map(|p| ("availability", p)),
                )
            }
            None => {
                let (votes, problem) = self.slot_votes(poll);
                (votes, None, problem.map(|p| ("votes", p)))
            }
        };
        if let Some((field, p)) = vote_problem {
            errors.add(field, p);
        }
        match (name, email, affiliation, timezone) {
            (Some(name), Some(email), Some(affiliation), Some(timezone)) if errors.is_empty() => {
                Ok(NewResponse {
                    name,
                    email,
                    affiliation,
                    timezone,
                    votes,
                    language: self.language,
                    availability,
                })
            }
            _ => Err(errors),
        }
    }

    /// The marks on `grid`: each pair names a cell by its UTC start and marks it `yes`
    /// or `if_need_be` (`no` leaves it unmarked); the first problem found, if any.
    fn marks(&self, grid: &GridSpec, if_need_be: bool) -> (Availability, Option<Message>) {
        let cells = grid.cells();
        let mut marks = Availability::none(cells.len());
        let mut problem: Option<Message> = None;
        let mut marked = vec![false; cells.len()];
        for (cell_text, vote_text) in &self.votes {
            let index = DateTime::parse_from_rfc3339(cell_text.trim())
                .ok()
                .and_then(|at| cells.binary_search(&at.with_timezone(&Utc)).ok());
            let Some(index) = index else {
                problem.get_or_insert_with(|| {
                    Message::new("error-not-a-cell").text("value", cell_text)
                });
                continue;
            };
            match vote_text.parse::<Vote>() {
                Ok(Vote::IfNeedBe) if !if_need_be => {
                    problem.get_or_insert_with(|| Message::new("error-no-if-need-be"));
                }
                // The same mark twice is one mark; two different marks are refused.
                Ok(vote) if marked.get(index).copied().unwrap_or(false) => {
                    if marks.0.get(index) != Some(&vote) {
                        problem.get_or_insert_with(|| {
                            Message::new("error-marked-twice").text("value", cell_text)
                        });
                    }
                }
                Ok(vote) => {
                    if let (Some(m), Some(v)) = (marked.get_mut(index), marks.0.get_mut(index)) {
                        *m = true;
                        *v = vote;
                    }
                }
                Err(e) => {
                    problem.get_or_insert_with(|| e.into());
                }
            }
        }
        (marks, problem)
    }

    /// The votes for the poll's slots, and the first problem found, if any.
    fn slot_votes(&self, poll: &Poll) -> (Vec<(SlotId, Vote)>, Option<Message>) {
        let mut votes = Vec::with_capacity(self.votes.len());
        let mut vote_problem: Option<Message> = None;
        for (slot_text, vote_text) in &self.votes {
            let Some(slot) = poll.slot(slot_text) else {
                vote_problem.get_or_insert_with(|| {
                    Message::new("error-not-a-slot").text("value", slot_text)
                });
                continue;
            };
            match vote_text.parse::<Vote>() {
                Ok(Vote::IfNeedBe) if !poll.if_need_be => {
                    vote_problem.get_or_insert_with(|| Message::new("error-no-if-need-be"));
                }
                Ok(vote) => {
                    if votes.iter().any(|(s, _)| s == &slot.id) {
                        vote_problem.get_or_insert_with(|| {
                            Message::new("error-answered-twice").text("value", slot_text)
                        });
                    } else {
                        votes.push((slot.id.clone(), vote));
                    }
                }
                Err(e) => {
                    vote_problem.get_or_insert_with(|| e.into());
                }
            }
        }
        if vote_problem.is_none() && votes.is_empty() {
            vote_problem = Some(Message::new("error-no-answer"));
        }
        (votes, vote_problem)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::PollId;
    use crate::domain::poll::{PollStatus, Slot};
    use chrono::TimeZone;

    fn poll(if_need_be: bool) -> Poll {
        let at = Utc
            .with_ymd_and_hms(2027, 3, 23, 12, 0, 0)
            .single()
            .unwrap_or_default();
        Poll {
            id: PollId::from_db("AbCdEfGhIjKl".into()),
            admin_token_hash: TokenHash(String::new()),
            title: "T".into(),
            description: String::new(),
            location: String::new(),
            organizer_name: "O".into(),
            organizer_email: EmailAddress::from_db("o@example.org".into()),
            timezone: TimeZoneId::UTC,
            duration_minutes: 60,
            deadline_at: None,
            if_need_be,
            hide_results: false,
            status: PollStatus::Open,
            final_slot_id: None,
            calendar_sequence: None,
            notify: crate::domain::NotifyMode::None,
            digest_sent_at: None,
            remind_before_hours: None,
            series_id: None,
            hours: crate::domain::fairness::DayHours::DEFAULT,
            kind: crate::domain::PollKind::Times,
            grid: None,
            language: crate::i18n::Language::En,
            created_at: at,
            updated_at: at,
            slots: vec![Slot {
                id: SlotId::from_db("SlotSlot01".into()),
                start_at: at,
            }],
        }
    }

    fn draft(votes: &[(&str, &str)]) -> ResponseDraft {
        ResponseDraft {
            name: "Mele Tupou".into(),
            votes: votes
                .iter()
                .map(|(s, v)| ((*s).to_owned(), (*v).to_owned()))
                .collect(),
            ..ResponseDraft::default()
        }
    }

    #[test]
    fn a_response_answers_at_least_one_slot_of_this_poll() {
        let p = poll(true);
        assert!(draft(&[]).validate(&p).err().is_some_and(|e| e
            .get("votes")
            .map(ToString::to_string)
            .as_deref()
            == Some("Answer at least one slot")));
        assert!(draft(&[("OtherSlot1", "yes")])
            .validate(&p)
            .err()
            .is_some_and(|e| e
                .get("votes")
                .is_some_and(|m| m.to_string().contains("OtherSlot1"))));
        let ok = draft(&[("SlotSlot01", "if_need_be")]).validate(&p);
        assert!(
            ok.as_ref()
                .is_ok_and(|r| r.timezone == TimeZoneId::UTC && r.votes.len() == 1),
            "{ok:?}"
        );
    }

    #[test]
    fn if_need_be_is_refused_where_the_poll_does_not_offer_it() {
        let e = draft(&[("SlotSlot01", "if_need_be")])
            .validate(&poll(false))
            .err();
        assert!(e.is_some_and(|e| e
            .get("votes")
            .is_some_and(|m| m.to_string().contains("does not offer"))));
    }
}
