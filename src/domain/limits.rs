//! What one poll may hold and send, so that one poll can neither fill the database nor
//! make Convene a relay for unwanted mail. Pure rules: the counts come from the
//! database inside the action's transaction, after the poll's row is locked, so two
//! requests at once cannot both take the last place.
//!
//! Slots are limited by [`super::poll::SLOTS_MAX`], text lengths by the `*_MAX`
//! constants of [`super::poll`] and [`super::response`], invitees by the invitations
//! work's own constant (1,000).

use chrono::Duration;

use crate::i18n::Message;

/// The rolling window of the mail caps: any 24 hours.
pub fn mail_window() -> Duration {
    Duration::hours(24)
}

/// The limits an instance applies to every poll (set by the operator, see
/// [`crate::config::Config::poll_limits`]). Every number is at least 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PollLimits {
    /// Most answers one poll takes.
    pub responses_max: u32,
    /// Most comments one poll takes.
    pub comments_max: u32,
    /// Most messages one poll may queue in any 24 hours, all kinds together.
    pub mail_per_day: u32,
    /// Most edit-link mails one address receives from one poll in any 24 hours.
    pub edit_link_mails_per_address_per_day: u32,
}

impl Default for PollLimits {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// What a poll may still send in the mail window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MailBudget {
    /// Messages the poll queued in the window (sent, waiting or failed).
    pub queued: i64,
    /// The cap ([`PollLimits::mail_per_day`]).
    pub cap: u32,
}

impl MailBudget {
    /// Whether `more` messages still fit.
    pub fn allows(&self, more: usize) -> bool {
        let more = i64::try_from(more).unwrap_or(i64::MAX);
        self.queued.saturating_add(more) <= i64::from(self.cap)
    }

    /// The refusal of an action that would queue `needed` messages: `key` is the
    /// catalog message saying which action (`conflict-mail-cap-finalize`, …), with
    /// `$needed`, `$cap` and `$queued`.
    pub fn refusal(&self, key: &'static str, needed: usize) -> Message {
        Message::new(key)
            .count("needed", needed)
            .count("cap", self.cap)
            .count("queued", self.queued)
    }
}

impl PollLimits {
    /// The defaults for a public instance: 5 000 answers and 1 000 comments per poll,
    /// 2 500 messages per poll and day (room for inviting the most invitees a poll may
    /// have, 1 000, and mailing the edit links of all of them on the same day), 3
    /// edit-link mails per address, poll and day.
    pub const DEFAULT: PollLimits = PollLimits {
        responses_max: 5000,
        comments_max: 1000,
        mail_per_day: 2500,
        edit_link_mails_per_address_per_day: 3,
    };

    /// Whether a poll with `existing` answers takes one more.
    ///
    /// # Errors
    /// The message saying the poll is full, naming the limit.
    pub fn response_room(&self, existing: i64) -> Result<(), Message> {
        if existing < i64::from(self.responses_max) {
            Ok(())
        } else {
            Err(Message::new("conflict-responses-full").count("max", self.responses_max))
        }
    }

    /// Whether a poll with `existing` comments takes one more.
    ///
    /// # Errors
    /// The message saying the poll has all the comments it may have, naming the limit.
    pub fn comment_room(&self, existing: i64) -> Result<(), Message> {
        if existing < i64::from(self.comments_max) {
            Ok(())
        } else {
            Err(Message::new("conflict-comments-full").count("max", self.comments_max))
        }
    }

    /// The poll's mail budget after `queued` messages in the window.
    pub fn mail_budget(&self, queued: i64) -> MailBudget {
        MailBudget {
            queued,
            cap: self.mail_per_day,
        }
    }

    /// Whether an address that received `received` edit-link mails from a poll in the
    /// window may receive one more.
    pub fn edit_link_allowed(&self, received: i64) -> bool {
        received < i64::from(self.edit_link_mails_per_address_per_day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: PollLimits = PollLimits {
        responses_max: 2,
        comments_max: 1,
        mail_per_day: 5,
        edit_link_mails_per_address_per_day: 2,
    };

    #[test]
    fn a_poll_takes_answers_and_comments_up_to_its_limits() {
        assert!(SMALL.response_room(0).is_ok());
        assert!(SMALL.response_room(1).is_ok());
        let full = SMALL.response_room(2).err();
        assert_eq!(
            full.map(|m| m.to_string()).as_deref(),
            Some("This poll has reached its limit of 2 answers, so it takes no new ones. Existing answers can still be changed.")
        );
        assert!(SMALL.comment_room(0).is_ok());
        assert!(SMALL.comment_room(1).is_err());
    }

    #[test]
    fn the_mail_budget_allows_up_to_the_cap_and_not_one_more() {
        let budget = SMALL.mail_budget(3);
        assert!(budget.allows(0));
        assert!(budget.allows(2));
        assert!(!budget.allows(3));
        assert!(!SMALL.mail_budget(5).allows(1));
        assert!(SMALL.mail_budget(5).allows(0));
        assert!(!SMALL.mail_budget(0).allows(usize::MAX));
    }

    #[test]
    fn an_address_gets_edit_links_up_to_its_cap() {
        assert!(SMALL.edit_link_allowed(0));
        assert!(SMALL.edit_link_allowed(1));
        assert!(!SMALL.edit_link_allowed(2));
    }
}
