//! Mail to the organizer about activity (a notice per answer or comment, or a daily
//! digest) and the mail Convene sends on its own schedule: automatic reminders and
//! digests, at about 09:00 on the recipient's clock ([`crate::domain::reminders`]).
//!
//! [`AppState::run_scheduled`] is called every minute or so by every instance; each
//! message is taken with a conditional update in the same transaction that queues it,
//! so with several instances each goes once.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::{load_for_write, queue, ActionError, AppState};
use crate::db::comments::Comment;
use crate::db::{self, DbConnection};
use crate::domain::reminders::{automatic_reminder_due, digest_due};
use crate::domain::{best_slot, NotifyMode, Poll, PollId, ResponseId, SecretToken};
use crate::mail::invitations::Activity;

/// Something that happened on a poll that the organizer may be told of at once.
#[derive(Debug, Clone)]
pub(super) enum Notice {
    /// An answer was given (`changed: false`) or edited.
    Answer {
        /// The response.
        id: ResponseId,
        /// Whether it is an edit.
        changed: bool,
    },
    /// A comment was added.
    Comment(Comment),
}

/// What one run of the scheduled work queued and deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScheduledMail {
    /// Automatic reminders queued.
    pub reminders: usize,
    /// Digests queued.
    pub digests: usize,
    /// Expiry warnings queued to organizers ([`super::lifecycle`]).
    pub expiry_warnings: usize,
    /// Polls deleted because their retention period is over.
    pub deletions: usize,
}

impl AppState {
    /// Queues the organizer's notice of `notice` when the poll is set to mail each
    /// answer or comment and its mail cap allows (else logs and skips it: the answer
    /// itself is never refused for it). Returns whether a message was queued.
    pub(super) fn notify_organizer(
        &self,
        c: &mut DbConnection,
        poll: &Poll,
        notice: &Notice,
        now: DateTime<Utc>,
    ) -> Result<bool, ActionError> {
        if poll.notify != NotifyMode::Each {
            return Ok(false);
        }
        if !self.mail_budget(c, &poll.id, now)?.allows(1) {
            tracing::warn!(poll = %poll.id, "organizer notice not sent: the poll's mail cap is reached");
            return Ok(false);
        }
        let responses = db::responses::for_poll(c, &poll.id)?;
        let invitees = db::invitees::for_poll(c, &poll.id)?;
        let tallies = crate::domain::fairness::tally_with_costs(poll, &responses);
        let (answers, comments) = match notice {
            Notice::Answer { id, changed } => (
                responses
                    .iter()
                    .filter(|r| &r.id == id)
                    .map(|r| (r, *changed))
                    .collect(),
                Vec::new(),
            ),
            Notice::Comment(comment) => (Vec::new(), vec![comment]),
        };
        let activity = Activity {
            answers,
            comments,
            total: responses.len(),
            best: best_of(poll, &tallies),
            invitees: invitee_counts(&invitees),
        };
        queue(c, &self.mailer.activity(poll, &activity, false)?, now)?;
        Ok(true)
    }

    /// Does what is due at `now`: automatic reminders and daily digests, then expiry
    /// warnings and the deletion of polls whose retention period is over
    /// ([`AppState::expire_polls`]).
    ///
    /// # Errors
    /// Storage or mail errors (what was queued before the error stays queued).
    pub fn run_scheduled(&self, now: DateTime<Utc>) -> Result<ScheduledMail, ActionError> {
        let reminders = self.send_automatic_reminders(now)?;
        let digests = self.send_digests(now)?;
        let expired = self.expire_polls(now)?;
        let done = ScheduledMail {
            reminders,
            digests,
            expiry_warnings: expired.warnings,
            deletions: expired.deletions,
        };
        if done != ScheduledMail::default() {
            self.wake_mail();
        }
        Ok(done)
    }

    /// Queues the automatic reminders due at `now` (see
    /// [`crate::domain::reminders::automatic_reminder_due`]): to invitees of open polls
    /// who have not answered and were mailed nothing for a day. Returns how many.
    fn send_automatic_reminders(&self, now: DateTime<Utc>) -> Result<usize, ActionError> {
        let mut conn = self.conn()?;
        let candidates = db::invitees::automatic_reminder_candidates(&mut conn, now)?;
        let mut polls: HashMap<PollId, Option<Poll>> = HashMap::new();
        let mut sent = 0;
        for (poll_id, invitee) in candidates {
            if !polls.contains_key(&poll_id) {
                let poll = db::polls::find(&mut conn, &poll_id)?;
                polls.insert(poll_id.clone(), poll);
            }
            let Some(Some(poll)) = polls.get(&poll_id) else {
                continue;
            };
            let (Some(deadline), Some(before)) = (poll.deadline_at, poll.remind_before_hours)
            else {
                continue;
            };
            let zone = invitee.timezone.unwrap_or(poll.timezone);
            if !automatic_reminder_due(now, deadline, before, zone) || !invitee.may_be_reminded(now)
            {
                continue;
            }
            let queued = db::write_transaction(&mut conn, |c| -> Result<bool, ActionError> {
                let poll = load_for_write(c, &poll_id)?;
                if !poll.accepts_responses(now) {
                    return Ok(false);
                }
                if !self.mail_budget(c, &poll_id, now)?.allows(1) {
                    tracing::warn!(poll = %poll_id, to = %invitee.email.masked(),
                        "automatic reminder not sent: the poll's mail cap is reached");
                    return Ok(false);
                }
                if !db::invitees::take_automatic_reminder(c, &invitee.id, now)? {
                    return Ok(false);
                }
                let token = SecretToken::generate();
                db::invitees::add_link(c, &invitee.id, &token.hash(), now)?;
                queue(
                    c,
                    &self.mailer.invitation(&poll, &invitee, &token, true)?,
                    now,
                )?;
                Ok(true)
            })?;
            if queued {
                tracing::info!(poll = %poll_id, to = %invitee.email.masked(), "automatic reminder queued");
                sent += 1;
            }
        }
        Ok(sent)
    }

    /// Queues the daily digests due at `now`: for polls set to a digest, from 09:00 in
    /// the poll's zone, once a day, when answers or comments came since the last one.
    /// Returns how many.
    fn send_digests(&self, now: DateTime<Utc>) -> Result<usize, ActionError> {
        let mut conn = self.conn()?;
        let mut sent = 0;
        for id in db::polls::with_digest_pending(&mut conn)? {
            let queued = db::write_transaction(&mut conn, |c| -> Result<bool, ActionError> {
                let poll = load_for_write(c, &id)?;
                if poll.notify != NotifyMode::Digest
                    || !digest_due(now, poll.timezone, poll.digest_sent_at)
                {
                    return Ok(false);
                }
                let since = poll.digest_sent_at.unwrap_or(poll.created_at);
                db::polls::set_digest_sent_at(c, &id, now)?;
                let responses = db::responses::for_poll(c, &id)?;
                let comments = db::comments::for_poll(c, &id)?;
                let answers: Vec<_> = responses
                    .iter()
                    .filter(|r| r.updated_at > since)
                    .map(|r| (r, r.created_at <= since))
                    .collect();
                let new_comments: Vec<_> =
                    comments.iter().filter(|m| m.created_at > since).collect();
                if answers.is_empty() && new_comments.is_empty() {
                    // Only the organizer's own changes: nothing to tell.
                    return Ok(false);
                }
                if !self.mail_budget(c, &id, now)?.allows(1) {
                    tracing::warn!(poll = %id, "digest not sent: the poll's mail cap is reached");
                    return Ok(false);
                }
                let invitees = db::invitees::for_poll(c, &id)?;
                let tallies = crate::domain::fairness::tally_with_costs(&poll, &responses);
                let activity = Activity {
                    answers,
                    comments: new_comments,
                    total: responses.len(),
                    best: best_of(&poll, &tallies),
                    invitees: invitee_counts(&invitees),
                };
                queue(c, &self.mailer.activity(&poll, &activity, true)?, now)?;
                Ok(true)
            })?;
            if queued {
                sent += 1;
            }
        }
        Ok(sent)
    }
}

fn best_of<'a>(
    poll: &'a Poll,
    tallies: &[crate::domain::SlotTally],
) -> Option<(&'a crate::domain::Slot, crate::domain::SlotTally)> {
    let id = best_slot(tallies)?;
    let slot = poll.slots.iter().find(|s| &s.id == id)?;
    let t = tallies.iter().find(|t| &t.slot_id == id)?;
    Some((slot, t.clone()))
}

fn invitee_counts(invitees: &[crate::domain::Invitee]) -> Option<(usize, usize)> {
    (!invitees.is_empty()).then(|| {
        (
            invitees.iter().filter(|i| i.response_id.is_some()).count(),
            invitees.len(),
        )
    })
}

/// Runs [`AppState::run_scheduled`] every `interval` until the task is dropped (with
/// the runtime). Failures are logged and tried again at the next tick.
pub async fn run_scheduler(state: AppState, interval: std::time::Duration) {
    let mut ticks = tokio::time::interval(interval);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let st = state.clone();
        match tokio::task::spawn_blocking(move || st.run_scheduled(Utc::now())).await {
            Ok(Ok(done)) if done != ScheduledMail::default() => {
                tracing::info!(
                    reminders = done.reminders,
                    digests = done.digests,
                    expiry_warnings = done.expiry_warnings,
                    deletions = done.deletions,
                    "scheduled work done"
                );
            }
            Ok(Ok(_)) => {}
            Ok(Err(e)) => tracing::warn!(error = %e, "scheduled mail failed; trying again later"),
            Err(e) => tracing::warn!(error = %e, "scheduled mail task failed"),
        }
    }
}
