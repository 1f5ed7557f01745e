//! The life of a poll's data ([`crate::domain::retention`]): the organizer's expiry
//! warning with a keep link, keeping a poll (by that link or the admin link), and the
//! deletion of polls whose time is over.
//!
//! [`AppState::run_scheduled`] calls [`AppState::expire_polls`]: each warning and
//! each deletion is one transaction that locks the poll and checks the rule again
//! inside it, so several instances at once, or a keep arriving at the same moment,
//! warn once and delete once, and never delete a kept poll.

use chrono::{DateTime, Utc};

use super::{load, load_admin_for_write, load_for_write, queue, ActionError, AppState};
use crate::db::{self, DbConnection};
use crate::domain::retention::{Deletion, PollLife};
use crate::domain::{Poll, PollId, SecretToken};

/// What the keep link shows: the poll and its deletion date.
#[derive(Debug, Clone)]
pub struct KeepView {
    /// The poll.
    pub poll: Poll,
    /// When it will be deleted (as seen now).
    pub deletion: Deletion,
}

/// What one run of [`AppState::expire_polls`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Expired {
    /// Warnings queued to organizers.
    pub warnings: usize,
    /// Polls deleted.
    pub deletions: usize,
}

fn life_of(c: &mut DbConnection, id: &PollId) -> Result<PollLife, ActionError> {
    db::lifecycle::life(c, id)?.ok_or(ActionError::NotFound)
}

impl AppState {
    /// When the poll will be deleted, as seen at `now` (for the organizer's pages; the
    /// caller has checked the admin token).
    ///
    /// # Errors
    /// `NotFound`; storage.
    pub fn deletion_of(&self, id: &PollId, now: DateTime<Utc>) -> Result<Deletion, ActionError> {
        let mut conn = self.conn()?;
        let life = life_of(&mut conn, id)?;
        Ok(self.retention.deletion(&life, now))
    }

    /// The keep link's page: the poll and its deletion date.
    ///
    /// # Errors
    /// `NotFound` for an unknown poll, or a token that is not the poll's current keep
    /// token (wrong, or used already); storage.
    pub fn keep_view(
        &self,
        id: &PollId,
        token: &SecretToken,
        now: DateTime<Utc>,
    ) -> Result<KeepView, ActionError> {
        let mut conn = self.conn()?;
        if !db::lifecycle::keep_token_matches(&mut conn, id, &token.hash())? {
            return Err(ActionError::NotFound);
        }
        let poll = load(&mut conn, id)?;
        let life = life_of(&mut conn, id)?;
        Ok(KeepView {
            poll,
            deletion: self.retention.deletion(&life, now),
        })
    }

    /// Keeps the poll through the keep link mailed with the warning: the deletion is
    /// counted from `now` at the earliest, and the link is spent. Returns the poll and
    /// its new deletion date.
    ///
    /// # Errors
    /// `NotFound` as [`AppState::keep_view`]; storage.
    pub fn keep_by_link(
        &self,
        id: &PollId,
        token: &SecretToken,
        now: DateTime<Utc>,
    ) -> Result<KeepView, ActionError> {
        let mut conn = self.conn()?;
        db::write_transaction(&mut conn, |c| {
            let poll = load_for_write(c, id)?;
            if !db::lifecycle::keep_token_matches(c, id, &token.hash())? {
                return Err(ActionError::NotFound);
            }
            self.record_keep(c, poll, now)
        })
    }

    /// Keeps the poll (organizer, with the admin token): as [`AppState::keep_by_link`].
    ///
    /// # Errors
    /// `NotFound`; storage.
    pub fn keep_poll(
        &self,
        id: &PollId,
        token: &SecretToken,
        now: DateTime<Utc>,
    ) -> Result<KeepView, ActionError> {
        let mut conn = self.conn()?;
        db::write_transaction(&mut conn, |c| {
            let poll = load_admin_for_write(c, id, token)?;
            self.record_keep(c, poll, now)
        })
    }

    fn record_keep(
        &self,
        c: &mut DbConnection,
        poll: Poll,
        now: DateTime<Utc>,
    ) -> Result<KeepView, ActionError> {
        db::lifecycle::keep(c, &poll.id, now)?;
        let life = life_of(c, &poll.id)?;
        tracing::info!(poll = %poll.id, "poll kept by its organizer");
        Ok(KeepView {
            deletion: self.retention.deletion(&life, now),
            poll,
        })
    }

    /// Warns the organizers whose polls are due for it and deletes the polls whose time
    /// has come, at `now`, one poll per transaction.
    ///
    /// # Errors
    /// Storage or mail errors (what was done before the error stays done).
    pub fn expire_polls(&self, now: DateTime<Utc>) -> Result<Expired, ActionError> {
        let mut conn = self.conn()?;
        let mut done = Expired::default();
        for id in db::lifecycle::candidates(&mut conn, self.retention.anchor_cutoff(now))? {
            // A first look without a lock: a poll warned and waiting for its date is
            // passed over without a write transaction (checked again inside one).
            let Some(life) = db::lifecycle::life(&mut conn, &id)? else {
                continue;
            };
            if !self.retention.deletion_due(&life, now)
                && self.retention.warning_due(&life, now).is_none()
            {
                continue;
            }
            let step = db::write_transaction(&mut conn, |c| -> Result<Step, ActionError> {
                // Gone meanwhile (deleted by its organizer or another instance).
                let poll = match load_for_write(c, &id) {
                    Ok(poll) => poll,
                    Err(ActionError::NotFound) => return Ok(Step::Nothing),
                    Err(e) => return Err(e),
                };
                let life = life_of(c, &id)?;
                if self.retention.deletion_due(&life, now) {
                    db::polls::delete(c, &id)?;
                    return Ok(Step::Deleted);
                }
                let Some(deletion) = self.retention.warning_due(&life, now) else {
                    return Ok(Step::Nothing);
                };
                let token = SecretToken::generate();
                let about = self.retention.nominal(&life).at;
                if !db::lifecycle::take_warning(c, &id, about, &token.hash(), now)? {
                    return Ok(Step::Nothing);
                }
                queue(
                    c,
                    &self
                        .mailer
                        .expiry_warning(&poll, &deletion, self.retention.days(), &token)?,
                    now,
                )?;
                Ok(Step::Warned)
            })?;
            match step {
                Step::Deleted => {
                    // The poll's id only: nothing of its content or people.
                    tracing::info!(poll = %id, "poll deleted: its retention period is over");
                    done.deletions += 1;
                }
                Step::Warned => {
                    tracing::info!(poll = %id, "expiry warning queued to the organizer");
                    done.warnings += 1;
                }
                Step::Nothing => {}
            }
        }
        Ok(done)
    }
}

enum Step {
    Nothing,
    Warned,
    Deleted,
}
