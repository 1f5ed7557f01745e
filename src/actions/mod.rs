//! What people can do, one database transaction each: create a poll, answer, edit,
//! comment, and the organizer's actions. Shared by the HTML pages and the JSON API.
//! These functions block (diesel); call them inside `actix_web::web::block`.
//! Invitations are in [`invitations`]; the mail Convene sends on its own schedule
//! (automatic reminders, digests) in [`scheduled`].
//!
//! Mail caused by an action is rendered and queued in the same transaction, then the
//! worker is woken.

mod exports;
mod fairness;
mod invitations;
mod lifecycle;
mod scheduled;

pub use fairness::HoursDraft;

pub use invitations::{reminder_count, InviteOutcome, InviteeView};
pub use lifecycle::{Expired, KeepView};
use scheduled::Notice;
pub use scheduled::{run_scheduler, ScheduledMail};

use std::sync::Arc;

use chrono::{DateTime, Utc};
use tokio::sync::Notify;
use url::Url;

use crate::db::comments::Comment;
use crate::db::{self, outbox, DbConnection, DbError, Pool};
use crate::domain::limits::{mail_window, PollLimits};
use crate::domain::poll::{
    day_start, parse_days, parse_slots, PollKind, SettingsDraft, LONG_TEXT_MAX, NAME_MAX,
};
use crate::domain::text::{long_text, one_line, EmailAddress};
use crate::domain::{
    best_slot, FieldErrors, Invitee, Poll, PollDraft, PollId, PollStatus, Response, ResponseDraft,
    ResponseId, SecretToken, Slot, SlotId, SlotTally, TimeZoneId,
};
use crate::i18n::Language;
use crate::i18n::Message;
use crate::mail::{MailError, Mailer, MeetingMail, Recipient};

/// Shared state of one instance, handed to every handler.
#[derive(Clone)]
pub struct AppState {
    /// Database pool.
    pub pool: Pool,
    /// Message builder.
    pub mailer: Mailer,
    /// Wakes the mail worker when mail is queued.
    pub mail_wake: Arc<Notify>,
    /// What one poll may hold and send.
    pub limits: PollLimits,
    /// Statements run by the pool's connections (the query-count test reads it).
    pub queries: crate::db::QueryCount,
    /// How long a poll's data is kept ([`crate::domain::retention`]).
    pub retention: crate::domain::retention::Retention,
}

impl AppState {
    /// The public base URL (ends with `/`).
    pub fn base_url(&self) -> &Url {
        self.mailer.base_url()
    }
}

/// Why an action did not happen.
#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    /// Unknown poll, or a wrong secret (never says which).
    #[error("not found")]
    NotFound,
    /// Invalid input, per field.
    #[error("invalid input: {0}")]
    Invalid(FieldErrors),
    /// The poll's state forbids it (closed, finalized): the message says why.
    #[error("{0}")]
    Conflict(Message),
    /// Storage failure.
    #[error(transparent)]
    Db(#[from] DbError),
    /// A message could not be built.
    #[error(transparent)]
    Mail(#[from] MailError),
}

impl From<FieldErrors> for ActionError {
    fn from(e: FieldErrors) -> Self {
        ActionError::Invalid(e)
    }
}

fn invalid(field: &'static str, message: impl Into<Message>) -> ActionError {
    let mut e = FieldErrors::default();
    e.add(field, message);
    ActionError::Invalid(e)
}

/// Everything a poll page shows.
#[derive(Debug, Clone)]
pub struct PollView {
    /// The poll and its slots.
    pub poll: Poll,
    /// Responses, oldest first.
    pub responses: Vec<Response>,
    /// Comments, oldest first.
    pub comments: Vec<Comment>,
    /// Per-slot counts, in slot order.
    pub tallies: Vec<SlotTally>,
    /// The best slot, if anyone is available for any slot.
    pub best_slot_id: Option<SlotId>,
    /// The poll's mail by state: for the organizer's view only.
    pub mail: Option<outbox::OutboxCounts>,
    /// The invitees, in list order: for the organizer's view only (empty otherwise).
    pub invitees: Vec<Invitee>,
    /// The chosen meetings of the poll's series (UTC start, length in minutes), oldest
    /// first, this poll's included once finalized: for the organizer's view only.
    pub series: Vec<(DateTime<Utc>, u32)>,
    /// An availability poll's cells, counts, answers and best windows.
    pub grid: Option<crate::domain::grid::GridResults>,
    /// The token of the poll's calendar subscription feed, when it has one.
    pub calendar_feed: Option<crate::domain::FeedToken>,
    /// What the poll's deletion date is worked out from: for the organizer's view only.
    pub life: Option<crate::domain::retention::PollLife>,
}

/// What became of the edit-link mail of a new answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditLinkMail {
    /// The participant gave no address.
    NotRequested,
    /// Queued for sending.
    Queued,
    /// Not sent: the poll's mail cap, or the address's cap of edit-link mails from this
    /// poll, is reached (the answer is saved all the same; the page shows the link).
    Withheld,
}

/// A newly saved answer: its id, its edit token (shown once) and its mail.
#[derive(Debug, Clone)]
pub struct SubmittedResponse {
    /// The response's id.
    pub id: ResponseId,
    /// The participant's secret edit token.
    pub token: SecretToken,
    /// Whether the edit link was mailed.
    pub mail: EditLinkMail,
}

/// A newly created poll and its admin token (shown once, and mailed).
#[derive(Debug, Clone)]
pub struct CreatedPoll {
    /// The poll as stored.
    pub poll: Poll,
    /// The organizer's secret.
    pub admin_token: SecretToken,
}

fn load(conn: &mut DbConnection, id: &PollId) -> Result<Poll, ActionError> {
    db::polls::find(conn, id)?.ok_or(ActionError::NotFound)
}

/// Loads a poll for a change, holding its lock until the transaction ends.
fn load_for_write(conn: &mut DbConnection, id: &PollId) -> Result<Poll, ActionError> {
    if !db::polls::lock(conn, id)? {
        return Err(ActionError::NotFound);
    }
    load(conn, id)
}

fn load_admin(
    conn: &mut DbConnection,
    id: &PollId,
    token: &SecretToken,
) -> Result<Poll, ActionError> {
    admin_only(load(conn, id)?, token)
}

/// Like [`load_for_write`], only with the right admin token.
fn load_admin_for_write(
    conn: &mut DbConnection,
    id: &PollId,
    token: &SecretToken,
) -> Result<Poll, ActionError> {
    admin_only(load_for_write(conn, id)?, token)
}

fn admin_only(poll: Poll, token: &SecretToken) -> Result<Poll, ActionError> {
    if token.matches(&poll.admin_token_hash) {
        Ok(poll)
    } else {
        Err(ActionError::NotFound)
    }
}

fn queue(
    conn: &mut DbConnection,
    message: &outbox::QueuedMessage,
    now: DateTime<Utc>,
) -> Result<(), ActionError> {
    outbox::enqueue(conn, message, now)?;
    Ok(())
}

impl AppState {
    /// What the poll has queued in the last 24 hours against its mail cap; every action
    /// that mails checks it in its own transaction.
    fn mail_budget(
        &self,
        c: &mut DbConnection,
        id: &PollId,
        now: DateTime<Utc>,
    ) -> Result<crate::domain::limits::MailBudget, ActionError> {
        let queued = outbox::queued_for_poll_since(c, id, now - mail_window())?;
        Ok(self.limits.mail_budget(queued))
    }

    fn conn(&self) -> Result<db::PooledConnection, ActionError> {
        Ok(self.pool.get().map_err(DbError::from)?)
    }

    fn wake_mail(&self) {
        self.mail_wake.notify_one();
    }

    /// Creates a poll from a draft, and queues the organizer's mail with the admin link.
    ///
    /// # Errors
    /// [`ActionError::Invalid`] with every bad field; storage or mail errors.
    pub fn create_poll(
        &self,
        draft: &PollDraft,
        now: DateTime<Utc>,
    ) -> Result<CreatedPoll, ActionError> {
        let new = draft.validate(now)?;
        let id = PollId::generate();
        let admin_token = SecretToken::generate();
        let mut conn = self.conn()?;
        let poll = db::write_transaction(&mut conn, |c| -> Result<Poll, ActionError> {
            let poll = db::polls::insert(c, &id, &admin_token.hash(), &new, now)?;
            db::calendar_feeds::ensure(c, &id, now)?;
            queue(c, &self.mailer.admin_link(&poll, &admin_token, false)?, now)?;
            Ok(poll)
        })?;
        self.wake_mail();
        Ok(CreatedPoll { poll, admin_token })
    }

    /// Loads a poll with responses, comments and tallies (a fixed number of queries).
    ///
    /// # Errors
    /// [`ActionError::NotFound`] for an unknown poll; storage errors.
    pub fn view(&self, id: &PollId) -> Result<PollView, ActionError> {
        let mut conn = self.conn()?;
        let poll = load(&mut conn, id)?;
        view_of(&mut conn, poll)
    }

    /// Like [`AppState::view`], only with the right admin token.
    ///
    /// # Errors
    /// [`ActionError::NotFound`] for an unknown poll or a wrong token.
    pub fn admin_view(&self, id: &PollId, token: &SecretToken) -> Result<PollView, ActionError> {
        let mut conn = self.conn()?;
        let poll = load_admin(&mut conn, id, token)?;
        let mail = outbox::counts_for_poll(&mut conn, id)?;
        let invitees = db::invitees::for_poll(&mut conn, id)?;
        let series = match &poll.series_id {
            Some(series_id) => db::polls::series_meetings(&mut conn, series_id)?
                .into_iter()
                .map(|(start, minutes)| (start, u32::try_from(minutes).unwrap_or(60)))
                .collect(),
            None => Vec::new(),
        };
        let life = db::lifecycle::life(&mut conn, id)?;
        Ok(PollView {
            mail: Some(mail),
            invitees,
            series,
            life,
            ..view_of(&mut conn, poll)?
        })
    }

    /// The response whose edit token this is, with the poll view.
    ///
    /// # Errors
    /// [`ActionError::NotFound`] for an unknown poll or token.
    pub fn response_view(
        &self,
        id: &PollId,
        token: &SecretToken,
    ) -> Result<(PollView, Response), ActionError> {
        let mut conn = self.conn()?;
        let poll = load(&mut conn, id)?;
        let response = db::responses::find_by_token(&mut conn, id, &token.hash())?
            .ok_or(ActionError::NotFound)?;
        Ok((view_of(&mut conn, poll)?, response))
    }

    /// Records a new response and queues the participant's edit-link mail if they gave
    /// an address, unless the poll's mail cap or the address's cap of edit-link mails
    /// from this poll is reached: then the answer is saved without the mail
    /// ([`EditLinkMail::Withheld`]) and the caller shows the link.
    ///
    /// # Errors
    /// [`ActionError::Conflict`] when the poll no longer takes answers or has as many as
    /// it may ([`PollLimits::responses_max`]); `Invalid`; storage.
    pub fn submit_response(
        &self,
        id: &PollId,
        draft: &ResponseDraft,
        now: DateTime<Utc>,
    ) -> Result<SubmittedResponse, ActionError> {
        let mut conn = self.conn()?;
        let token = SecretToken::generate();
        let response_id = ResponseId::generate();
        let mail = db::write_transaction(
            &mut conn,
            |c| -> Result<(EditLinkMail, bool), ActionError> {
                let poll = load_for_write(c, id)?;
                ensure_open(&poll, now)?;
                self.limits
                    .response_room(db::responses::count_for_poll(c, id)?)
                    .map_err(ActionError::Conflict)?;
                let new = draft.validate(&poll)?;
                db::responses::insert(c, id, &response_id, &token.hash(), &new, now)?;
                db::polls::touch(c, id, now)?;
                let notice = Notice::Answer {
                    id: response_id.clone(),
                    changed: false,
                };
                let notified = self.notify_organizer(c, &poll, &notice, now)?;
                let Some(email) = &new.email else {
                    return Ok((EditLinkMail::NotRequested, notified));
                };
                // Someone invited who answered through the public link: their answer is
                // theirs on the invitation list too.
                db::invitees::tie_by_email(c, id, email, &response_id)?;
                if !self.edit_link_may_go(c, id, email, now)? {
                    return Ok((EditLinkMail::Withheld, notified));
                }
                let to = Recipient {
                    name: &new.name,
                    email,
                    zone: new.timezone,
                    language: new.language,
                };
                queue(
                    c,
                    &self.mailer.edit_link(&poll, to, &token, &new.votes)?,
                    now,
                )?;
                Ok((EditLinkMail::Queued, notified))
            },
        )?;
        let (mail, notified) = mail;
        if mail == EditLinkMail::Queued || notified {
            self.wake_mail();
        }
        Ok(SubmittedResponse {
            id: response_id,
            token,
            mail,
        })
    }

    /// Whether one more edit-link mail to `email` fits in the poll's mail cap and the
    /// address's cap of edit-link mails from this poll (any 24 hours). Logs, with the
    /// address masked, when it does not.
    fn edit_link_may_go(
        &self,
        c: &mut DbConnection,
        id: &PollId,
        email: &EmailAddress,
        now: DateTime<Utc>,
    ) -> Result<bool, ActionError> {
        let budget = self.mail_budget(c, id, now)?;
        if !budget.allows(1) {
            tracing::warn!(poll = %id, to = %email.masked(), queued = budget.queued, cap = budget.cap,
                "edit-link mail not sent: the poll's mail cap is reached");
            return Ok(false);
        }
        let received =
            outbox::queued_to_since(c, id, "edit_link", email.as_str(), now - mail_window())?;
        if !self.limits.edit_link_allowed(received) {
            tracing::warn!(poll = %id, to = %email.masked(), received,
                "edit-link mail not sent: this address's cap of edit-link mails from the poll is reached");
            return Ok(false);
        }
        Ok(true)
    }

    /// Replaces the response whose edit token this is (through the personal link). When
    /// `response_id` is given (API), it must be that response's id.
    ///
    /// # Errors
    /// `NotFound` for a wrong token or id; `Conflict` when closed; `Invalid`; storage.
    pub fn update_response(
        &self,
        id: &PollId,
        token: &SecretToken,
        response_id: Option<&str>,
        draft: &ResponseDraft,
        now: DateTime<Utc>,
    ) -> Result<ResponseId, ActionError> {
        let mut conn = self.conn()?;
        let (response_id, notified) = db::write_transaction(&mut conn, |c| {
            let poll = load_for_write(c, id)?;
            let existing = own_response(c, id, token, response_id)?;
            ensure_open(&poll, now)?;
            let new = draft.validate(&poll)?;
            db::responses::update(c, &existing.id, &new, now)?;
            db::polls::touch(c, id, now)?;
            let notice = Notice::Answer {
                id: existing.id.clone(),
                changed: true,
            };
            let notified = self.notify_organizer(c, &poll, &notice, now)?;
            Ok::<_, ActionError>((existing.id, notified))
        })?;
        if notified {
            self.wake_mail();
        }
        Ok(response_id)
    }

    /// Deletes the response whose edit token this is (and whose id is `response_id`, when
    /// given), while the poll takes answers.
    ///
    /// # Errors
    /// `NotFound` for a wrong token or id; `Conflict` when closed or finalized; storage.
    pub fn delete_own_response(
        &self,
        id: &PollId,
        token: &SecretToken,
        response_id: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), ActionError> {
        let mut conn = self.conn()?;
        db::write_transaction(&mut conn, |c| {
            let poll = load_for_write(c, id)?;
            let existing = own_response(c, id, token, response_id)?;
            // Like an edit: once the poll is closed or finalized its answers stand.
            ensure_open(&poll, now)?;
            db::responses::delete(c, id, &existing.id)?;
            db::polls::touch(c, id, now)?;
            Ok(())
        })
    }

    /// Adds a comment (name ≤ 100 characters, text 1..=5 000), while the poll has fewer
    /// than [`PollLimits::comments_max`].
    ///
    /// # Errors
    /// `NotFound`; `Invalid` naming `author_name` or `body`; `Conflict` when the poll has
    /// all the comments it may have; storage.
    pub fn add_comment(
        &self,
        id: &PollId,
        author_name: &str,
        body: &str,
        now: DateTime<Utc>,
    ) -> Result<(), ActionError> {
        let mut errors = FieldErrors::default();
        let name = errors.check(
            "author_name",
            one_line(author_name, "label-your-name", NAME_MAX),
        );
        let text = errors
            .check("body", long_text(body, "label-comment", LONG_TEXT_MAX))
            .filter(|t| !t.is_empty());
        if text.is_none() && errors.get("body").is_none() {
            errors.add("body", Message::new("error-comment-empty"));
        }
        let (Some(name), Some(text)) = (name, text) else {
            return Err(ActionError::Invalid(errors));
        };
        let mut conn = self.conn()?;
        let notified = db::write_transaction(&mut conn, |c| {
            let poll = load_for_write(c, id)?;
            self.limits
                .comment_room(db::comments::count_for_poll(c, id)?)
                .map_err(ActionError::Conflict)?;
            let comment = db::comments::insert(c, id, &name, &text, now)?;
            db::polls::touch(c, id, now)?;
            self.notify_organizer(c, &poll, &Notice::Comment(comment), now)
        })?;
        if notified {
            self.wake_mail();
        }
        Ok(())
    }

    /// Edits a poll's settings, its notification settings included (organizer), in one
    /// transaction. When the poll is finalized and the meeting itself changed (title,
    /// description, location or length), everyone concerned gets the updated meeting
    /// with a calendar file that replaces the old event.
    ///
    /// # Errors
    /// `NotFound`; `Invalid` naming every bad field; `Conflict` when the updated
    /// meeting's mail would pass the poll's mail cap; storage or mail errors.
    pub fn update_settings(
        &self,
        id: &PollId,
        token: &SecretToken,
        draft: &SettingsDraft,
        now: DateTime<Utc>,
    ) -> Result<Poll, ActionError> {
        let mut conn = self.conn()?;
        db::write_transaction(&mut conn, |c| {
            let poll = load_admin_for_write(c, id, token)?;
            let current = poll.settings();
            // A poll of whole days keeps its one-day length whatever is sent.
            let fixed_length;
            let draft = if poll.kind == PollKind::Dates && draft.duration_minutes.is_some() {
                fixed_length = SettingsDraft {
                    duration_minutes: None,
                    ..draft.clone()
                };
                &fixed_length
            } else {
                draft
            };
            let hours = draft.hours.as_ref().map(HoursDraft::validate).transpose();
            let (next, notifications, hours) = match (
                draft.apply(&current, poll.notifications(), poll.timezone, now),
                hours,
            ) {
                (Ok((next, notifications)), Ok(hours)) => (next, notifications, hours),
                (Err(mut errors), Err(more)) => {
                    errors.0.extend(more.0);
                    return Err(errors.into());
                }
                (Err(errors), _) | (_, Err(errors)) => return Err(errors.into()),
            };
            db::polls::update_settings(c, id, &next, now)?;
            if let Some(hours) = hours.filter(|h| *h != poll.hours) {
                db::polls::set_hours(c, id, &hours, now)?;
            }
            if notifications != poll.notifications() {
                db::polls::set_notifications(
                    c,
                    id,
                    notifications.notify,
                    notifications.remind_before_hours,
                    now,
                )?;
            }
            let meeting_changed = next.title != current.title
                || next.description != current.description
                || next.location != current.location
                || next.duration_minutes != current.duration_minutes;
            let updated = load(c, id)?;
            if let (true, Some(slot)) = (meeting_changed, updated.final_slot().cloned()) {
                // The meeting is in people's calendars: send the new version (same UID,
                // next SEQUENCE) so their calendars replace the event.
                db::polls::set_meeting(c, &updated, Some(&slot.id), now)?;
                let updated = load(c, id)?;
                self.queue_meeting_mail(c, &updated, &slot, MeetingMail::Changed, now)?;
                return Ok((updated, true));
            }
            Ok((updated, false))
        })
        .map(|(poll, mailed)| {
            if mailed {
                self.wake_mail();
            }
            poll
        })
    }

    /// Adds candidate slots (organizer); returns the new slots.
    ///
    /// # Errors
    /// `NotFound`; `Conflict` once finalized; `Invalid` (`slots`); storage.
    pub fn add_slots(
        &self,
        id: &PollId,
        token: &SecretToken,
        inputs: &[String],
        now: DateTime<Utc>,
    ) -> Result<Vec<Slot>, ActionError> {
        let mut conn = self.conn()?;
        db::write_transaction(&mut conn, |c| {
            let poll = load_admin_for_write(c, id, token)?;
            if poll.grid.is_some() {
                return Err(invalid("slots", Message::new("error-grid-no-slots")));
            }
            if poll.status == PollStatus::Finalized {
                return Err(ActionError::Conflict(Message::new(
                    "conflict-finalized-slots",
                )));
            }
            let starts = if poll.kind == PollKind::Dates {
                let existing: Vec<_> = poll.slots.iter().map(Slot::day).collect();
                parse_days(inputs, poll.timezone, &existing, now)
                    .map_err(|m| invalid("slots", m))?
                    .into_iter()
                    .map(day_start)
                    .collect()
            } else {
                let existing: Vec<_> = poll.slots.iter().map(|s| s.start_at).collect();
                parse_slots(inputs, poll.timezone, &existing, now)
                    .map_err(|m| invalid("slots", m))?
            };
            if starts.is_empty() {
                return Err(invalid("slots", Message::new("error-no-new-slots")));
            }
            Ok(db::polls::add_slots(c, id, &starts, now)?)
        })
    }

    /// Removes a slot and its answers (organizer). A poll keeps at least one slot, and
    /// the chosen slot of a finalized poll cannot be removed.
    ///
    /// # Errors
    /// `NotFound` (also for a slot of another poll); `Conflict`; storage.
    pub fn delete_slot(
        &self,
        id: &PollId,
        token: &SecretToken,
        slot_id: &str,
        now: DateTime<Utc>,
    ) -> Result<(), ActionError> {
        let mut conn = self.conn()?;
        db::write_transaction(&mut conn, |c| {
            let poll = load_admin_for_write(c, id, token)?;
            let slot = poll.slot(slot_id).ok_or(ActionError::NotFound)?.id.clone();
            if poll.final_slot_id.as_ref() == Some(&slot) {
                return Err(ActionError::Conflict(Message::new("conflict-chosen-slot")));
            }
            if poll.slots.len() == 1 {
                return Err(ActionError::Conflict(Message::new("conflict-last-slot")));
            }
            db::polls::delete_slot(c, id, &slot, now)?;
            Ok(())
        })
    }

    /// Deletes any response of the poll (organizer).
    ///
    /// # Errors
    /// `NotFound`; storage.
    pub fn delete_response(
        &self,
        id: &PollId,
        token: &SecretToken,
        response_id: &str,
        now: DateTime<Utc>,
    ) -> Result<(), ActionError> {
        let rid = ResponseId::parse(response_id).ok_or(ActionError::NotFound)?;
        let mut conn = self.conn()?;
        db::write_transaction(&mut conn, |c| {
            load_admin_for_write(c, id, token)?;
            if !db::responses::delete(c, id, &rid)? {
                return Err(ActionError::NotFound);
            }
            db::polls::touch(c, id, now)?;
            Ok(())
        })
    }

    /// Closes voting (organizer).
    ///
    /// # Errors
    /// `NotFound`; `Conflict` when finalized; storage.
    pub fn close(
        &self,
        id: &PollId,
        token: &SecretToken,
        now: DateTime<Utc>,
    ) -> Result<Poll, ActionError> {
        self.set_status(id, token, now, |poll| match poll.status {
            PollStatus::Finalized => Err(ActionError::Conflict(Message::new(
                "conflict-already-finalized",
            ))),
            _ => Ok(PollStatus::Closed),
        })
    }

    /// Reopens voting (organizer). A finalized poll loses its chosen slot, and everyone
    /// who was sent the meeting is sent its cancellation (`METHOD:CANCEL`, next
    /// SEQUENCE of the same event) in the same transaction.
    ///
    /// # Errors
    /// `NotFound`; `Conflict` when the cancellation would pass the poll's mail cap
    /// (nothing changes); storage or mail errors.
    pub fn reopen(
        &self,
        id: &PollId,
        token: &SecretToken,
        now: DateTime<Utc>,
    ) -> Result<Poll, ActionError> {
        let mut conn = self.conn()?;
        let (poll, cancelled) =
            db::write_transaction(&mut conn, |c| -> Result<(Poll, usize), ActionError> {
                let poll = load_admin_for_write(c, id, token)?;
                let chosen = poll.final_slot().cloned();
                let Some(slot) = chosen.filter(|_| poll.status == PollStatus::Finalized) else {
                    db::polls::set_status(c, id, PollStatus::Open, None, now)?;
                    return Ok((load(c, id)?, 0));
                };
                // Everyone who was sent the meeting gets its cancellation, as the next
                // version of the same calendar event, so no calendar keeps a meeting that
                // is no longer fixed.
                db::polls::set_meeting(c, &poll, None, now)?;
                let reopened = load(c, id)?;
                let queued =
                    self.queue_meeting_mail(c, &reopened, &slot, MeetingMail::Cancelled, now)?;
                Ok((reopened, queued))
            })?;
        if cancelled > 0 {
            self.wake_mail();
        }
        Ok(poll)
    }

    fn set_status(
        &self,
        id: &PollId,
        token: &SecretToken,
        now: DateTime<Utc>,
        next: impl FnOnce(&Poll) -> Result<PollStatus, ActionError>,
    ) -> Result<Poll, ActionError> {
        let mut conn = self.conn()?;
        db::write_transaction(&mut conn, |c| {
            let poll = load_admin_for_write(c, id, token)?;
            let status = next(&poll)?;
            db::polls::set_status(c, id, status, None, now)?;
            load(c, id)
        })
    }

    /// Chooses the final slot (organizer) and queues, in the same transaction, the
    /// meeting mail to the organizer and everyone of [`meeting_mail_recipients`], each
    /// with the time in the recipient's zone and the calendar file. On a poll already
    /// finalized on another slot this moves the meeting: the mail says so and the
    /// calendar file is the next version of the same event (same UID, SEQUENCE + 1).
    /// Returns the poll and how many messages were queued.
    ///
    /// # Errors
    /// `NotFound`; `Invalid` (`slot_id`) for a slot not in the poll; `Conflict` when
    /// already finalized on that slot; storage or mail errors.
    pub fn finalize(
        &self,
        id: &PollId,
        token: &SecretToken,
        slot_id: &str,
        now: DateTime<Utc>,
    ) -> Result<(Poll, usize), ActionError> {
        self.finalize_with(id, token, now, |_, poll| {
            poll.slot(slot_id).cloned().ok_or_else(|| {
                invalid(
                    "slot_id",
                    Message::new("error-not-a-slot").text("value", slot_id),
                )
            })
        })
    }

    /// Finalizes an availability poll on the window starting at the cell `start` (RFC
    /// 3339): the window becomes the poll's slot, then as [`AppState::finalize`].
    ///
    /// # Errors
    /// `NotFound`; `Invalid` (`start`) when the poll has no grid or `start` is not one of
    /// its cells; `Conflict` when that window is already the chosen one or the mail cap
    /// would be passed; storage.
    pub fn finalize_window(
        &self,
        id: &PollId,
        token: &SecretToken,
        start: &str,
        now: DateTime<Utc>,
    ) -> Result<(Poll, usize), ActionError> {
        self.finalize_with(id, token, now, |c, poll| {
            let not_a_cell = || {
                invalid(
                    "start",
                    Message::new("error-not-a-cell").text("value", start),
                )
            };
            let grid = poll
                .grid
                .as_ref()
                .ok_or_else(|| invalid("start", Message::new("error-start-no-grid")))?;
            let at = DateTime::parse_from_rfc3339(start.trim())
                .map_err(|_| not_a_cell())?
                .with_timezone(&Utc);
            if grid.cells().binary_search(&at).is_err() {
                return Err(not_a_cell());
            }
            if let Some(slot) = poll.slots.iter().find(|s| s.start_at == at) {
                return Ok(slot.clone());
            }
            let added = db::polls::add_slots(c, id, &[at], now)?;
            added.into_iter().next().ok_or(ActionError::NotFound)
        })
    }

    /// Finalizes on the slot `choose` picks (or adds) for the poll, locked: the
    /// meeting mail (or, when another slot was chosen before, the moved meeting) goes
    /// to everyone concerned in the same transaction.
    fn finalize_with(
        &self,
        id: &PollId,
        token: &SecretToken,
        now: DateTime<Utc>,
        choose: impl FnOnce(&mut DbConnection, &Poll) -> Result<Slot, ActionError>,
    ) -> Result<(Poll, usize), ActionError> {
        let mut conn = self.conn()?;
        let (poll, queued) = db::write_transaction(&mut conn, |c| {
            let poll = load_admin_for_write(c, id, token)?;
            let previous = poll
                .final_slot()
                .filter(|_| poll.status == PollStatus::Finalized)
                .cloned();
            let slot = choose(c, &poll)?;
            if previous.as_ref().is_some_and(|p| p.id == slot.id) {
                return Err(ActionError::Conflict(Message::new(
                    "conflict-finalize-again",
                )));
            }
            db::polls::set_meeting(c, &poll, Some(&slot.id), now)?;
            // Participants are shown the subscription feed once the meeting is fixed.
            db::calendar_feeds::ensure(c, id, now)?;
            let poll = load(c, id)?;
            let what = previous.map_or(MeetingMail::Chosen, MeetingMail::Moved);
            let queued = self.queue_meeting_mail(c, &poll, &slot, what, now)?;
            Ok((poll, queued))
        })?;
        self.wake_mail();
        Ok((poll, queued))
    }

    /// Sends the poll's failed mail again (organizer), e.g. after the operator fixed the
    /// SMTP settings. Returns how many messages were put back in the queue.
    ///
    /// # Errors
    /// `NotFound`; storage.
    pub fn retry_failed_mail(
        &self,
        id: &PollId,
        token: &SecretToken,
        now: DateTime<Utc>,
    ) -> Result<usize, ActionError> {
        let mut conn = self.conn()?;
        let n = db::write_transaction(&mut conn, |c| {
            load_admin_for_write(c, id, token)?;
            Ok::<_, ActionError>(outbox::retry_failed(c, id, now)?)
        })?;
        if n > 0 {
            self.wake_mail();
        }
        Ok(n)
    }

    /// Queues the meeting mail with its calendar file: one to the organizer and one per
    /// respondent with an address (an address once), each in the recipient's zone.
    /// Returns how many messages were queued.
    ///
    /// # Errors
    /// `Conflict` when that many messages would pass the poll's mail cap: the organizer
    /// is told rather than people silently not mailed (the transaction, and so the
    /// finalize or edit, is rolled back); storage or mail errors.
    fn queue_meeting_mail(
        &self,
        c: &mut DbConnection,
        poll: &Poll,
        slot: &Slot,
        what: MeetingMail,
        now: DateTime<Utc>,
    ) -> Result<usize, ActionError> {
        let responses = db::responses::for_poll(c, &poll.id)?;
        let invitees = db::invitees::for_poll(c, &poll.id)?;
        let recipients = meeting_mail_recipients(poll, &responses, &invitees);
        let needed = 1 + recipients.len();
        let budget = self.mail_budget(c, &poll.id, now)?;
        if !budget.allows(needed) {
            tracing::warn!(poll = %poll.id, needed, queued = budget.queued, cap = budget.cap,
                "meeting mail refused: the poll's mail cap would be passed");
            return Err(ActionError::Conflict(budget.refusal(
                match what {
                    MeetingMail::Chosen | MeetingMail::Moved(_) => "conflict-mail-cap-finalize",
                    MeetingMail::Changed => "conflict-mail-cap-update",
                    MeetingMail::Cancelled => "conflict-mail-cap-reopen",
                },
                needed,
            )));
        }
        let organizer = Recipient {
            name: &poll.organizer_name,
            email: &poll.organizer_email,
            zone: poll.timezone,
            language: poll.language,
        };
        queue(
            c,
            &self.mailer.final_slot(poll, slot, organizer, &what, now)?,
            now,
        )?;
        let mut queued = 1;
        for r in &recipients {
            let to = Recipient {
                name: &r.name,
                email: &r.email,
                zone: r.zone,
                language: r.language,
            };
            queue(c, &self.mailer.final_slot(poll, slot, to, &what, now)?, now)?;
            queued += 1;
        }
        Ok(queued)
    }

    /// Replaces the poll's admin token (organizer): the old admin link stops working at
    /// once, and the new link is mailed to the organizer in the same transaction.
    /// Returns the new token, to be shown once.
    ///
    /// # Errors
    /// `NotFound` (unknown poll or wrong token); storage or mail errors.
    pub fn replace_admin_token(
        &self,
        id: &PollId,
        token: &SecretToken,
        now: DateTime<Utc>,
    ) -> Result<SecretToken, ActionError> {
        let new_token = SecretToken::generate();
        let mut conn = self.conn()?;
        db::write_transaction(&mut conn, |c| -> Result<(), ActionError> {
            let poll = load_admin_for_write(c, id, token)?;
            db::polls::set_admin_token_hash(c, id, &new_token.hash(), now)?;
            queue(c, &self.mailer.admin_link(&poll, &new_token, true)?, now)?;
            Ok(())
        })?;
        self.wake_mail();
        Ok(new_token)
    }

    /// Deletes the poll and everything of it, pending mail included (organizer).
    ///
    /// # Errors
    /// `NotFound`; storage.
    pub fn delete_poll(&self, id: &PollId, token: &SecretToken) -> Result<(), ActionError> {
        let mut conn = self.conn()?;
        db::write_transaction(&mut conn, |c| {
            load_admin_for_write(c, id, token)?;
            db::polls::delete(c, id)?;
            Ok(())
        })
    }
}

fn own_response(
    c: &mut DbConnection,
    id: &PollId,
    token: &SecretToken,
    response_id: Option<&str>,
) -> Result<Response, ActionError> {
    let existing =
        db::responses::find_by_token(c, id, &token.hash())?.ok_or(ActionError::NotFound)?;
    match response_id {
        Some(rid) if rid != existing.id.as_str() => Err(ActionError::NotFound),
        _ => Ok(existing),
    }
}

/// Someone the meeting mail goes to besides the organizer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingRecipient {
    /// Name to greet (a respondent's name, an invitee's name or address).
    pub name: String,
    /// Address.
    pub email: EmailAddress,
    /// The zone their time is written in: their answer's, else the invitee list's,
    /// else the poll's.
    pub zone: TimeZoneId,
    /// Their language: their answer's, else the poll's.
    pub language: Language,
}

/// Everyone the meeting mail goes to besides the organizer: each respondent who gave
/// an address, or whose invitation address is known (an invitee who answered without
/// giving one), then each invitee who never answered (they are concerned too). Each
/// address once, compared without letter case; the organizer's own address left out
/// since the organizer gets one anyway.
pub fn meeting_mail_recipients(
    poll: &Poll,
    responses: &[Response],
    invitees: &[Invitee],
) -> Vec<MeetingRecipient> {
    let mut seen = vec![poll.organizer_email.as_str().to_lowercase()];
    let mut out = Vec::new();
    let mut push = |name: &str, email: &EmailAddress, zone, language| {
        let key = email.as_str().to_lowercase();
        if !seen.contains(&key) {
            seen.push(key);
            out.push(MeetingRecipient {
                name: name.to_owned(),
                email: email.clone(),
                zone,
                language,
            });
        }
    };
    for r in responses {
        let invited = invitees
            .iter()
            .find(|i| i.response_id.as_ref() == Some(&r.id));
        if let Some(email) = r.email.as_ref().or(invited.map(|i| &i.email)) {
            push(&r.name, email, r.timezone, r.language);
        }
    }
    let answered: Vec<&ResponseId> = responses.iter().map(|r| &r.id).collect();
    for i in invitees {
        if i.response_id
            .as_ref()
            .is_none_or(|r| !answered.contains(&r))
        {
            push(
                i.display_name(),
                &i.email,
                i.timezone.unwrap_or(poll.timezone),
                poll.language,
            );
        }
    }
    out
}

fn ensure_open(poll: &Poll, now: DateTime<Utc>) -> Result<(), ActionError> {
    if poll.accepts_responses(now) {
        return Ok(());
    }
    Err(ActionError::Conflict(Message::new(match poll.status {
        PollStatus::Finalized => "conflict-answers-finalized",
        PollStatus::Closed => "conflict-answers-closed",
        PollStatus::Open => "conflict-answers-deadline",
    })))
}

fn view_of(conn: &mut DbConnection, poll: Poll) -> Result<PollView, ActionError> {
    let responses = db::responses::for_poll(conn, &poll.id)?;
    let comments = db::comments::for_poll(conn, &poll.id)?;
    let tallies = crate::domain::fairness::tally_with_costs(&poll, &responses);
    let best_slot_id = best_slot(&tallies).cloned();
    let grid = match &poll.grid {
        Some(_) => Some(
            crate::domain::grid::grid_results(&poll, &responses)
                .map_err(|e| DbError::Corrupt(format!("poll {}: {e}", poll.id)))?,
        ),
        None => None,
    };
    let calendar_feed = db::calendar_feeds::find(conn, &poll.id)?;
    Ok(PollView {
        poll,
        responses,
        comments,
        tallies,
        best_slot_id,
        mail: None,
        invitees: Vec::new(),
        series: Vec::new(),
        grid,
        calendar_feed,
        life: None,
    })
}
