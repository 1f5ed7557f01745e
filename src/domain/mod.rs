//! The domain: polls, slots, responses, votes, tallies and time-zone rules.
//! Pure types and functions; no web framework, database or mail code here.

pub mod fairness;
pub mod grid;
pub mod ids;
pub mod invitee;
pub mod limits;
pub mod poll;
pub mod quorum;
pub mod reminders;
pub mod response;
pub mod retention;
pub mod text;
pub mod time;
pub mod vote;

pub use ids::{FeedToken, InviteeId, PollId, ResponseId, SecretToken, SlotId, TokenHash};
pub use invitee::Invitee;
pub use poll::{NewPoll, NotifyMode, Poll, PollDraft, PollKind, PollStatus, Slot};
pub use response::{NewResponse, Response, ResponseDraft};
pub use time::{LocalTime, LocalTimeError, SlotInputError, TimeZoneId};
pub use vote::{best_slot, tally, SlotTally, Vote};

use crate::i18n::Message;

/// One problem with one input field: the field's form/JSON name and a message for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field's name as in the form and the JSON API (`title`, `slots`, `votes`…).
    pub field: &'static str,
    /// What is wrong, naming the value typed and the reason; written in the language of
    /// the page (or English for the API) when shown.
    pub message: Message,
}

/// Every problem found in one submitted form or JSON body (never empty when returned as `Err`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    /// Records a problem with `field`.
    pub fn add(&mut self, field: &'static str, message: impl Into<Message>) {
        self.0.push(FieldError {
            field,
            message: message.into(),
        });
    }

    /// The message for `field`, if any (for showing next to the field).
    pub fn get(&self, field: &str) -> Option<&Message> {
        self.0.iter().find(|e| e.field == field).map(|e| &e.message)
    }

    /// True when nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok(value)` when nothing was recorded, else `Err(self)`.
    ///
    /// # Errors
    /// Returns `self` when it holds at least one problem.
    pub fn into_result<T>(self, value: impl FnOnce() -> T) -> Result<T, FieldErrors> {
        if self.0.is_empty() {
            Ok(value())
        } else {
            Err(self)
        }
    }

    /// Keeps the value of a field check, recording its error under `field`.
    pub fn check<T, E: Into<Message>>(
        &mut self,
        field: &'static str,
        result: Result<T, E>,
    ) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.add(field, e);
                None
            }
        }
    }
}

impl std::fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{}: {}", e.field, e.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for FieldErrors {}
