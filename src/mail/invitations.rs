//! Mail about invitations and activity: the invitation with a personal link, the
//! reminder, the organizer's notice of a new answer or comment, and the daily digest.
//! Times are in the recipient's zone; the deadline is given in it and in UTC.

use askama::Template;

use super::{Ctx, Links, MailError, Mailer, Recipient, SlotLine};
use crate::db::comments::Comment;
use crate::db::outbox::QueuedMessage;
use crate::domain::time::utc_instant;
use crate::domain::{Invitee, Poll, Response, SecretToken, SlotTally};
use crate::i18n::Arg;

fn count(n: usize) -> Arg {
    Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
}

/// The extra values of an invitation or reminder.
struct InviteCtx<'a> {
    c: Ctx<'a>,
    /// `Friday 19 March 2027, 18:00 (Pacific/Fiji)`, when the poll has a deadline.
    deadline: Option<String>,
    /// The same instant in UTC.
    deadline_utc: Option<String>,
    /// A reminder rather than the first invitation.
    reminder: bool,
}

#[derive(Template)]
#[template(path = "mail/invitation/subject.txt")]
struct InvitationSubject<'a> {
    i: &'a InviteCtx<'a>,
}
#[derive(Template)]
#[template(path = "mail/invitation/body.txt")]
struct InvitationText<'a> {
    i: &'a InviteCtx<'a>,
}
#[derive(Template)]
#[template(path = "mail/invitation/body.html")]
struct InvitationHtml<'a> {
    i: &'a InviteCtx<'a>,
}

/// One answer as the organizer's mail shows it.
pub struct AnswerLine {
    /// Who answered, with their affiliation in brackets when given.
    pub name: String,
    /// Whether it is a change of an earlier answer.
    pub changed: bool,
    /// Their votes, one per slot, in the organizer's zone.
    pub slots: Vec<SlotLine>,
}

/// One comment as the organizer's mail shows it.
pub struct CommentLine {
    /// Author.
    pub author: String,
    /// Text.
    pub body: String,
}

/// The values of a notice or digest to the organizer.
struct ActivityCtx<'a> {
    c: Ctx<'a>,
    answers: Vec<AnswerLine>,
    comments: Vec<CommentLine>,
    /// The subject line.
    subject: String,
    /// `12 answers in all; 9 of 14 invitees have answered.`
    summary: String,
    /// `Best slot so far: Tuesday 23 March 2027, 13:00–14:00 (UTC+01:00) (5 yes, 1 if need be)`.
    best: Option<String>,
    /// A digest (else a single notice).
    digest: bool,
}

#[derive(Template)]
#[template(path = "mail/activity/subject.txt")]
struct ActivitySubject<'a> {
    a: &'a ActivityCtx<'a>,
}
#[derive(Template)]
#[template(path = "mail/activity/body.txt")]
struct ActivityText<'a> {
    a: &'a ActivityCtx<'a>,
}
#[derive(Template)]
#[template(path = "mail/activity/body.html")]
struct ActivityHtml<'a> {
    a: &'a ActivityCtx<'a>,
}

/// What happened on a poll, for the organizer's notice or digest.
pub struct Activity<'a> {
    /// Answers new or changed since the last mail (response, whether changed).
    pub answers: Vec<(&'a Response, bool)>,
    /// Comments added since the last mail.
    pub comments: Vec<&'a Comment>,
    /// Answers in all.
    pub total: usize,
    /// The best slot now and its counts.
    pub best: Option<(&'a crate::domain::Slot, SlotTally)>,
    /// `(answered, invited)` invitees, when there are invitees.
    pub invitees: Option<(usize, usize)>,
}

impl Mailer {
    /// The invitation (or, with `reminder`, the reminder) to one invitee, with their
    /// personal link `token`: the slots and the deadline in their zone (the poll's when
    /// their zone is not known), in the poll's language.
    ///
    /// # Errors
    /// [`MailError`] when the message cannot be built.
    pub fn invitation(
        &self,
        poll: &Poll,
        invitee: &Invitee,
        token: &SecretToken,
        reminder: bool,
    ) -> Result<QueuedMessage, MailError> {
        let lang = poll.language;
        let zone = invitee.timezone.unwrap_or(poll.timezone);
        let i = InviteCtx {
            c: Ctx {
                lang,
                poll,
                name: invitee.display_name(),
                poll_url: self.base_url.poll_url(&poll.id),
                link: self.base_url.invitee_url(&poll.id, token),
                zone,
                slots: poll
                    .slots
                    .iter()
                    .map(|s| SlotLine::new(s, poll, zone, None, lang))
                    .collect(),
                updated: false,
                cancelled: false,
                previous: None,
                location_link: None,
                grid: super::grid_line(poll, lang),
            },
            deadline: poll.deadline_at.map(|d| zone.local(d).long(lang)),
            deadline_utc: poll.deadline_at.map(|d| utc_instant(d, lang)),
            reminder,
        };
        let to = Recipient {
            name: invitee.name.as_deref().unwrap_or(""),
            email: &invitee.email,
            zone,
            language: lang,
        };
        self.build(
            if reminder { "reminder" } else { "invitation" },
            poll,
            to,
            InvitationSubject { i: &i }.render()?,
            InvitationText { i: &i }.render()?,
            InvitationHtml { i: &i }.render()?,
            None,
        )
    }

    /// The organizer's notice of new activity (`digest: false`: one answer or comment
    /// just now) or daily digest, in the poll's zone and the organizer's language.
    ///
    /// # Errors
    /// [`MailError`] when the message cannot be built.
    pub fn activity(
        &self,
        poll: &Poll,
        activity: &Activity<'_>,
        digest: bool,
    ) -> Result<QueuedMessage, MailError> {
        let lang = poll.language;
        let zone = poll.timezone;
        let line = |s: &crate::domain::Slot, vote| SlotLine::new(s, poll, zone, vote, lang);
        let mut summary = lang.tn("mail-activity-total", activity.total);
        if let Some((answered, invited)) = activity.invitees {
            summary.push(' ');
            summary.push_str(&lang.t_args(
                "mail-activity-invitees",
                &[("answered", count(answered)), ("invited", count(invited))],
            ));
        }
        let best = activity.best.as_ref().map(|(s, t)| {
            let counts = lang.t_args(
                "slot-counts",
                &[
                    ("yes", Arg::Count(i64::from(t.yes))),
                    ("if_need_be", Arg::Count(i64::from(t.if_need_be))),
                ],
            );
            lang.t2(
                "mail-activity-best",
                "slot",
                line(s, None).label,
                "counts",
                counts,
            )
        });
        let subject = if digest {
            lang.t_args(
                "mail-digest-subject",
                &[
                    ("title", Arg::Text(poll.title.clone())),
                    ("answers", count(activity.answers.len())),
                    ("comments", count(activity.comments.len())),
                ],
            )
        } else if let Some((r, changed)) = activity.answers.first() {
            let key = if *changed {
                "mail-notice-subject-changed"
            } else {
                "mail-notice-subject-answer"
            };
            lang.t2(key, "name", &r.name, "title", &poll.title)
        } else {
            let author = activity
                .comments
                .first()
                .map_or("", |c| c.author_name.as_str());
            lang.t2(
                "mail-notice-subject-comment",
                "name",
                author,
                "title",
                &poll.title,
            )
        };
        let a = ActivityCtx {
            c: Ctx {
                lang,
                poll,
                name: &poll.organizer_name,
                poll_url: self.base_url.poll_url(&poll.id),
                link: self.base_url.poll_url(&poll.id),
                zone,
                slots: Vec::new(),
                updated: false,
                cancelled: false,
                previous: None,
                location_link: None,
                grid: super::grid_line(poll, lang),
            },
            answers: activity
                .answers
                .iter()
                .map(|(r, changed)| AnswerLine {
                    // `Jovana Petrović (Youth Coalition)`, before "answered:".
                    name: match &r.affiliation {
                        Some(a) => format!("{} ({a})", r.name),
                        None => r.name.clone(),
                    },
                    changed: *changed,
                    slots: poll
                        .slots
                        .iter()
                        .map(|s| line(s, r.votes.get(&s.id).copied()))
                        .collect(),
                })
                .collect(),
            comments: activity
                .comments
                .iter()
                .map(|c| CommentLine {
                    author: c.author_name.clone(),
                    body: c.body.clone(),
                })
                .collect(),
            subject,
            summary,
            best,
            digest,
        };
        let to = Recipient {
            name: &poll.organizer_name,
            email: &poll.organizer_email,
            zone,
            language: lang,
        };
        self.build(
            if digest { "digest" } else { "activity" },
            poll,
            to,
            ActivitySubject { a: &a }.render()?,
            ActivityText { a: &a }.render()?,
            ActivityHtml { a: &a }.render()?,
            None,
        )
    }
}
