//! The organizer's expiry warning: the poll will be deleted on a date (given on the
//! poll's clock and in UTC), what goes with it, and a link to keep it
//! (`<base>/p/<id>/keep/<token>`, whose page asks for a button press: mail scanners
//! follow links).

use askama::Template;

use super::{Links, MailError, Mailer, Recipient};
use crate::db::outbox::QueuedMessage;
use crate::domain::retention::{Deletion, DeletionReason};
use crate::domain::time::utc_instant;
use crate::domain::{Poll, PollId, SecretToken};
use crate::i18n::{Arg, Language};

/// The keep link: `<base>/p/<id>/keep/<token>`.
pub fn keep_url(base: &url::Url, id: &PollId, token: &SecretToken) -> String {
    format!("{}p/{id}/keep/{}", base.as_str(), token.expose())
}

/// Why the poll goes on that date, in words: "90 days after its meeting", …
pub fn deletion_reason(deletion: &Deletion, days: u32, lang: Language) -> String {
    let key = match deletion.reason {
        DeletionReason::AfterMeeting => "lifecycle-reason-meeting",
        DeletionReason::AfterActivity => "lifecycle-reason-activity",
        DeletionReason::AfterKeep => "lifecycle-reason-keep",
        DeletionReason::AfterLastOption => "lifecycle-reason-options",
    };
    lang.t_args(key, &[("days", Arg::Count(i64::from(days)))])
}

/// The values of the warning.
struct WarningCtx<'a> {
    lang: Language,
    poll: &'a Poll,
    /// `Friday 9 April 2027, 14:00 (Europe/Zurich, UTC+02:00)`.
    date: String,
    /// `Friday 9 April 2027, 12:00 UTC`.
    date_utc: String,
    /// `90 days after the last activity on it`.
    reason: String,
    poll_url: String,
    keep_url: String,
}

#[derive(Template)]
#[template(path = "mail/expiry_warning/subject.txt")]
struct WarningSubject<'a> {
    w: &'a WarningCtx<'a>,
}
#[derive(Template)]
#[template(path = "mail/expiry_warning/body.txt")]
struct WarningText<'a> {
    w: &'a WarningCtx<'a>,
}
#[derive(Template)]
#[template(path = "mail/expiry_warning/body.html")]
struct WarningHtml<'a> {
    w: &'a WarningCtx<'a>,
}

impl Mailer {
    /// The organizer's warning that the poll will be deleted at `deletion` (UTC
    /// instant, written on the poll's clock and in UTC), in the poll's language, with
    /// the keep link for `keep_token`; `retention_days` names the period.
    ///
    /// # Errors
    /// [`MailError`] when the message cannot be built.
    pub fn expiry_warning(
        &self,
        poll: &Poll,
        deletion: &Deletion,
        retention_days: u32,
        keep_token: &SecretToken,
    ) -> Result<QueuedMessage, MailError> {
        let lang = poll.language;
        let w = WarningCtx {
            lang,
            poll,
            date: poll.timezone.local(deletion.at).long(lang),
            date_utc: utc_instant(deletion.at, lang),
            reason: deletion_reason(deletion, retention_days, lang),
            poll_url: self.base_url.poll_url(&poll.id),
            keep_url: keep_url(&self.base_url, &poll.id, keep_token),
        };
        let to = Recipient::organizer(poll, lang);
        self.build(
            "expiry_warning",
            poll,
            to,
            WarningSubject { w: &w }.render()?,
            WarningText { w: &w }.render()?,
            WarningHtml { w: &w }.render()?,
            None,
        )
    }
}
