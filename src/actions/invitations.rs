//! Invitations: the organizer's list of invitees, their personal links, reminders,
//! notification settings, and duplicating a poll for the next meeting of a series.

use chrono::{DateTime, Utc};

use super::scheduled::Notice;
use super::{
    invalid, load, load_admin, load_admin_for_write, load_for_write, queue, view_of, ActionError,
    AppState, CreatedPoll, PollView,
};
use crate::db;
use crate::domain::grid::GridDraft;
use crate::domain::invitee::{parse_invitee_list, InviteeDraft, LineError, INVITEES_MAX};
use crate::domain::poll::{PollKind, SettingsDraft};
use crate::domain::{
    Invitee, InviteeId, Poll, PollDraft, PollId, Response, ResponseDraft, ResponseId, SecretToken,
};
use crate::i18n::Message;

/// What adding a list of invitees did.
#[derive(Debug, Clone, Default)]
pub struct InviteOutcome {
    /// The people added, in list order.
    pub added: Vec<Invitee>,
    /// People already invited whose name, affiliation or zone the list changed.
    pub updated: usize,
    /// Lines that repeated an address (of the list, or already invited) and changed
    /// nothing.
    pub merged: usize,
    /// Invitations queued.
    pub invited: usize,
    /// Lines not used, with their number and the reason.
    pub errors: Vec<LineError>,
    /// The list's header row as typed, when it had one.
    pub header: Option<String>,
}

/// What an invitee's personal link shows.
#[derive(Debug, Clone)]
pub struct InviteeView {
    /// The poll (public view: no addresses).
    pub view: PollView,
    /// The invitee the link belongs to.
    pub invitee: Invitee,
    /// Their answer, once given.
    pub response: Option<Response>,
}

/// How many invitees a reminder would go to at `now` (see [`Invitee::may_be_reminded`]).
pub fn reminder_count(invitees: &[Invitee], now: DateTime<Utc>) -> usize {
    invitees.iter().filter(|i| i.may_be_reminded(now)).count()
}

impl AppState {
    /// Adds the people of a pasted list or CSV text to the poll's invitees (merged by
    /// address, letter case ignored) and, with `send`, mails each new one an invitation
    /// with a personal link, in one transaction. Lines that cannot be used come back in
    /// [`InviteOutcome::errors`]; the others are added all the same.
    ///
    /// # Errors
    /// `NotFound`; `Invalid` (`invitees`) for a list with no line at all; `Conflict` when
    /// the poll no longer takes answers (with `send`), would pass [`INVITEES_MAX`], or the
    /// invitations would pass the poll's mail cap (then nothing is saved); storage or
    /// mail errors.
    pub fn add_invitees(
        &self,
        id: &PollId,
        token: &SecretToken,
        list: &str,
        send: bool,
        now: DateTime<Utc>,
    ) -> Result<InviteOutcome, ActionError> {
        let parsed = parse_invitee_list(list);
        if parsed.invitees.is_empty() && parsed.errors.is_empty() {
            return Err(invalid("invitees", Message::new("error-invitees-empty")));
        }
        let mut conn = self.conn()?;
        let outcome =
            db::write_transaction(&mut conn, |c| -> Result<InviteOutcome, ActionError> {
                let poll = load_admin_for_write(c, id, token)?;
                if send && !parsed.invitees.is_empty() && !poll.accepts_responses(now) {
                    return Err(ActionError::Conflict(Message::new(
                        "conflict-invite-closed",
                    )));
                }
                let existing = usize::try_from(db::invitees::count_for_poll(c, id)?).unwrap_or(0);
                let added = db::invitees::add(c, id, &parsed.invitees, now)?;
                db::lifecycle::record_activity(c, id, now)?;
                if existing + added.added.len() > INVITEES_MAX {
                    return Err(ActionError::Conflict(
                        Message::new("conflict-invitees-max").count("max", INVITEES_MAX),
                    ));
                }
                let (invited, added_now) = if send && !added.added.is_empty() {
                    let n = self.invite(c, &poll, &added.added, false, now)?;
                    // As stored now: with the instant of their invitation.
                    let stored = db::invitees::for_poll(c, id)?;
                    let fresh = added
                        .added
                        .iter()
                        .map(|a| stored.iter().find(|s| s.id == a.id).unwrap_or(a).clone())
                        .collect();
                    (n, fresh)
                } else {
                    (0, added.added)
                };
                Ok(InviteOutcome {
                    merged: parsed.merged + added.unchanged,
                    updated: added.updated,
                    added: added_now,
                    invited,
                    errors: parsed.errors.clone(),
                    header: parsed.header.clone(),
                })
            })?;
        if outcome.invited > 0 {
            self.wake_mail();
        }
        Ok(outcome)
    }

    /// Mails an invitation (or reminder) with a new personal link to each of `who`, and
    /// records it. Returns how many were queued.
    ///
    /// # Errors
    /// `Conflict` when that many messages would pass the poll's mail cap.
    fn invite(
        &self,
        c: &mut db::DbConnection,
        poll: &Poll,
        who: &[Invitee],
        reminder: bool,
        now: DateTime<Utc>,
    ) -> Result<usize, ActionError> {
        if who.is_empty() {
            return Ok(0);
        }
        let budget = self.mail_budget(c, &poll.id, now)?;
        if !budget.allows(who.len()) {
            return Err(ActionError::Conflict(budget.refusal(
                if reminder {
                    "conflict-mail-cap-remind"
                } else {
                    "conflict-mail-cap-invite"
                },
                who.len(),
            )));
        }
        for invitee in who {
            let link = SecretToken::generate();
            db::invitees::add_link(c, &invitee.id, &link.hash(), now)?;
            queue(
                c,
                &self.mailer.invitation(poll, invitee, &link, reminder)?,
                now,
            )?;
        }
        let ids: Vec<InviteeId> = who.iter().map(|i| i.id.clone()).collect();
        db::invitees::mark_mailed(c, &ids, reminder, now)?;
        db::lifecycle::record_activity(c, &poll.id, now)?;
        Ok(who.len())
    }

    /// Mails the invitation to every invitee not invited yet (a list copied from an
    /// earlier poll, or added without sending). Returns how many were queued.
    ///
    /// # Errors
    /// `NotFound`; `Conflict` when the poll no longer takes answers (even with nobody
    /// waiting) or the mail cap would be passed; storage or mail errors.
    pub fn send_invitations(
        &self,
        id: &PollId,
        token: &SecretToken,
        now: DateTime<Utc>,
    ) -> Result<usize, ActionError> {
        let mut conn = self.conn()?;
        let n = db::write_transaction(&mut conn, |c| -> Result<usize, ActionError> {
            let poll = load_admin_for_write(c, id, token)?;
            // Refused even with nobody waiting, as reminding is: the organizer learns
            // that the poll takes no answers rather than that nothing was to be sent.
            if !poll.accepts_responses(now) {
                return Err(ActionError::Conflict(Message::new(
                    "conflict-invite-closed",
                )));
            }
            let waiting: Vec<Invitee> = db::invitees::for_poll(c, id)?
                .into_iter()
                .filter(|i| i.invited_at.is_none())
                .collect();
            self.invite(c, &poll, &waiting, false, now)
        })?;
        if n > 0 {
            self.wake_mail();
        }
        Ok(n)
    }

    /// Reminds every invitee who has not answered and was mailed nothing for a day
    /// ([`Invitee::may_be_reminded`]), with a new personal link. Returns how many.
    ///
    /// # Errors
    /// `NotFound`; `Conflict` when the poll no longer takes answers or the mail cap
    /// would be passed; storage or mail errors.
    pub fn remind(
        &self,
        id: &PollId,
        token: &SecretToken,
        now: DateTime<Utc>,
    ) -> Result<usize, ActionError> {
        let mut conn = self.conn()?;
        let n = db::write_transaction(&mut conn, |c| -> Result<usize, ActionError> {
            let poll = load_admin_for_write(c, id, token)?;
            if !poll.accepts_responses(now) {
                return Err(ActionError::Conflict(Message::new(
                    "conflict-remind-closed",
                )));
            }
            let due: Vec<Invitee> = db::invitees::for_poll(c, id)?
                .into_iter()
                .filter(|i| i.may_be_reminded(now))
                .collect();
            self.invite(c, &poll, &due, true, now)
        })?;
        if n > 0 {
            self.wake_mail();
        }
        Ok(n)
    }

    /// The poll's invitees (organizer), in list order.
    ///
    /// # Errors
    /// `NotFound`; storage.
    pub fn invitees(&self, id: &PollId, token: &SecretToken) -> Result<Vec<Invitee>, ActionError> {
        let mut conn = self.conn()?;
        load_admin(&mut conn, id, token)?;
        Ok(db::invitees::for_poll(&mut conn, id)?)
    }

    /// Removes an invitee (organizer): their personal links stop working; an answer they
    /// gave stays, as anyone's.
    ///
    /// # Errors
    /// `NotFound` (also for an invitee of another poll); storage.
    pub fn remove_invitee(
        &self,
        id: &PollId,
        token: &SecretToken,
        invitee_id: &str,
    ) -> Result<(), ActionError> {
        let invitee = InviteeId::parse(invitee_id).ok_or(ActionError::NotFound)?;
        let mut conn = self.conn()?;
        db::write_transaction(&mut conn, |c| {
            load_admin_for_write(c, id, token)?;
            if !db::invitees::delete(c, id, &invitee)? {
                return Err(ActionError::NotFound);
            }
            Ok(())
        })
    }

    /// Marks an invitee as required for the meeting, or not (organizer). Returns the
    /// invitee as changed.
    ///
    /// # Errors
    /// `NotFound` (also for an invitee of another poll); storage.
    pub fn set_invitee_required(
        &self,
        id: &PollId,
        token: &SecretToken,
        invitee_id: &str,
        required: bool,
    ) -> Result<Invitee, ActionError> {
        let invitee = InviteeId::parse(invitee_id).ok_or(ActionError::NotFound)?;
        let mut conn = self.conn()?;
        db::write_transaction(&mut conn, |c| {
            load_admin_for_write(c, id, token)?;
            if !db::invitees::set_required(c, id, &invitee, required)? {
                return Err(ActionError::NotFound);
            }
            db::invitees::for_poll(c, id)?
                .into_iter()
                .find(|i| i.id == invitee)
                .ok_or(ActionError::NotFound)
        })
    }

    /// What an invitee's personal link shows: the poll, who they are, their answer.
    ///
    /// # Errors
    /// `NotFound` for an unknown poll or link (a removed invitee's links included).
    pub fn invitee_view(
        &self,
        id: &PollId,
        link: &SecretToken,
    ) -> Result<InviteeView, ActionError> {
        let mut conn = self.conn()?;
        let poll = load(&mut conn, id)?;
        let invitee = db::invitees::find_by_link(&mut conn, id, &link.hash())?
            .ok_or(ActionError::NotFound)?;
        let view = view_of(&mut conn, poll)?;
        let response = invitee
            .response_id
            .as_ref()
            .and_then(|r| view.responses.iter().find(|x| &x.id == r))
            .cloned();
        Ok(InviteeView {
            view,
            invitee,
            response,
        })
    }

    /// Saves an invitee's answer given through their personal link: the first time a
    /// new response tied to them, afterwards an edit of that same response.
    ///
    /// # Errors
    /// `NotFound` for a wrong link; `Conflict` when the poll no longer takes answers or
    /// is full; `Invalid`; storage.
    pub fn answer_as_invitee(
        &self,
        id: &PollId,
        link: &SecretToken,
        draft: &ResponseDraft,
        now: DateTime<Utc>,
    ) -> Result<ResponseId, ActionError> {
        let mut conn = self.conn()?;
        let (response_id, notified) = db::write_transaction(&mut conn, |c| {
            let poll = load_for_write(c, id)?;
            let invitee =
                db::invitees::find_by_link(c, id, &link.hash())?.ok_or(ActionError::NotFound)?;
            super::ensure_open(&poll, now)?;
            let new = draft.validate(&poll)?;
            let (response_id, changed) = match invitee.response_id {
                Some(existing) => {
                    db::responses::update(c, &existing, &new, now)?;
                    (existing, true)
                }
                None => {
                    self.limits
                        .response_room(db::responses::count_for_poll(c, id)?)
                        .map_err(ActionError::Conflict)?;
                    let rid = ResponseId::generate();
                    // The personal link is how they edit: the response's own edit token
                    // is never shown.
                    db::responses::insert(c, id, &rid, &SecretToken::generate().hash(), &new, now)?;
                    db::invitees::tie_response(c, &invitee.id, &rid)?;
                    (rid, false)
                }
            };
            db::polls::touch(c, id, now)?;
            let notice = Notice::Answer {
                id: response_id.clone(),
                changed,
            };
            let notified = self.notify_organizer(c, &poll, &notice, now)?;
            Ok::<_, ActionError>((response_id, notified))
        })?;
        if notified {
            self.wake_mail();
        }
        Ok(response_id)
    }

    /// Sets what the organizer is mailed about (`notify`: `none`, `each`, `digest`) and
    /// the automatic reminder (`remind_before_hours`: empty for none, else 1..=720 hours
    /// before the deadline), as typed: a settings change of these two alone (see
    /// [`AppState::update_settings`]).
    ///
    /// # Errors
    /// `NotFound`; `Invalid` naming `notify` or `remind_before_hours`; storage.
    pub fn set_notifications(
        &self,
        id: &PollId,
        token: &SecretToken,
        notify: &str,
        remind_before_hours: &str,
        now: DateTime<Utc>,
    ) -> Result<Poll, ActionError> {
        let draft = SettingsDraft {
            notify: Some(notify.to_owned()),
            remind_before_hours: Some(remind_before_hours.to_owned()),
            ..SettingsDraft::default()
        };
        self.update_settings(id, token, &draft, now)
    }

    /// Creates the next poll of a series from this one (organizer): same title,
    /// description, location, length, zone, options, notification settings and
    /// invitees (not yet invited, `required` kept), with the new `slots` (typed as on
    /// the create form) and no deadline, answers or comments. The new admin link is
    /// mailed to the organizer. Both polls are then of one series.
    ///
    /// # Errors
    /// `NotFound`; `Invalid` (`slots`); storage or mail errors.
    pub fn duplicate_poll(
        &self,
        id: &PollId,
        token: &SecretToken,
        slots: &[String],
        now: DateTime<Utc>,
    ) -> Result<CreatedPoll, ActionError> {
        let mut conn = self.conn()?;
        let source = load_admin(&mut conn, id, token)?;
        let draft = PollDraft {
            title: source.title.clone(),
            description: source.description.clone(),
            location: source.location.clone(),
            organizer_name: source.organizer_name.clone(),
            organizer_email: source.organizer_email.as_str().to_owned(),
            timezone: source.timezone.name().to_owned(),
            duration_minutes: source.duration_minutes.to_string(),
            deadline: String::new(),
            if_need_be: source.if_need_be,
            hide_results: source.hide_results,
            slots: slots.to_vec(),
            language: source.language,
            // The next meeting is chosen among the slots given: whole days for a poll
            // of dates, else times, whatever else the source asked.
            kind: match source.kind {
                PollKind::Dates => PollKind::Dates,
                _ => PollKind::Times,
            }
            .as_str()
            .to_owned(),
            grid: GridDraft::default(),
        };
        let new = draft.validate(now)?;
        let new_id = PollId::generate();
        let admin_token = SecretToken::generate();
        let poll = db::write_transaction(&mut conn, |c| -> Result<Poll, ActionError> {
            let source = load_admin_for_write(c, id, token)?;
            let series = source
                .series_id
                .clone()
                .unwrap_or_else(|| source.id.as_str().to_owned());
            db::polls::set_series(c, id, &series)?;
            db::polls::insert(c, &new_id, &admin_token.hash(), &new, now)?;
            db::calendar_feeds::ensure(c, &new_id, now)?;
            db::polls::set_series(c, &new_id, &series)?;
            db::polls::set_notifications(
                c,
                &new_id,
                source.notify,
                source.remind_before_hours,
                now,
            )?;
            // The series is judged by one set of hours.
            db::polls::set_hours(c, &new_id, &source.hours, now)?;
            let invitees = db::invitees::for_poll(c, id)?;
            let drafts: Vec<InviteeDraft> = invitees
                .iter()
                .enumerate()
                .map(|(n, i)| InviteeDraft {
                    line: n + 1,
                    name: i.name.clone(),
                    email: i.email.clone(),
                    affiliation: i.affiliation.clone(),
                    timezone: i.timezone,
                })
                .collect();
            let copied = db::invitees::add(c, &new_id, &drafts, now)?;
            for (old, new) in invitees.iter().zip(&copied.added) {
                if old.required {
                    db::invitees::set_required(c, &new_id, &new.id, true)?;
                }
            }
            let poll = load(c, &new_id)?;
            queue(c, &self.mailer.admin_link(&poll, &admin_token, false)?, now)?;
            Ok(poll)
        })?;
        self.wake_mail();
        Ok(CreatedPoll { poll, admin_token })
    }
}
