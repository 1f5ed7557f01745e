//! Mail: typed messages rendered from askama templates (`templates/mail/<name>/`:
//! `subject.txt`, `body.txt`, `body.html`), built with lettre as RFC 5322 multipart
//! messages (text + HTML alternative, `.ics` attachment where there is a meeting) with a
//! `Message-ID` of our own, and queued in the database outbox; [`worker`] sends them.

pub mod dkim;
pub mod ics;
pub mod invitations;
pub mod lifecycle;
pub mod transport;
pub mod worker;

use std::sync::Arc;

use askama::Template;
use chrono::{DateTime, Utc};
use lettre::message::header::{ContentTransferEncoding, ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Body, Mailbox, MultiPart};
use lettre::Message;
use url::Url;

use crate::db::outbox::QueuedMessage;
use crate::domain::text::EmailAddress;
use crate::domain::time::rfc3339_utc;
use crate::domain::{LocalTime, Poll, PollId, SecretToken, Slot, TimeZoneId, Vote};
use crate::i18n::{Arg, Count as _, DateStyle, Language};
use crate::mail::dkim::DkimSigner;

/// A message that could not be built.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// An address lettre does not accept.
    #[error("address {0} cannot be used in mail")]
    Address(String),
    /// A template failed to render.
    #[error("mail template failed")]
    Template(#[from] askama::Error),
    /// lettre refused the message.
    #[error("message could not be built")]
    Build(#[from] lettre::error::Error),
    /// A header could not be encoded, or the formatted message is not UTF-8 (neither
    /// can happen with lettre's and email-encoding's encodings).
    #[error("message is not text")]
    Encoding,
}

/// Builds every message Convene sends. Created once at start.
#[derive(Debug, Clone)]
pub struct Mailer {
    from: Mailbox,
    base_url: Url,
    host: String,
    /// Signs every message when DKIM is configured.
    dkim: Option<Arc<DkimSigner>>,
}

/// Public links of a poll, built from the configured base URL.
pub trait Links {
    /// The participant link: `<base>/p/<id>`.
    fn poll_url(&self, id: &PollId) -> String;
    /// The organizer's secret link: `<base>/p/<id>/admin/<token>`.
    fn admin_url(&self, id: &PollId, token: &SecretToken) -> String;
    /// A participant's secret edit link: `<base>/p/<id>/r/<token>`.
    fn edit_url(&self, id: &PollId, token: &SecretToken) -> String;
    /// An invitee's personal link: `<base>/p/<id>/i/<token>`.
    fn invitee_url(&self, id: &PollId, token: &SecretToken) -> String;
}

impl Links for Url {
    fn poll_url(&self, id: &PollId) -> String {
        format!("{}p/{id}", self.as_str())
    }
    fn admin_url(&self, id: &PollId, token: &SecretToken) -> String {
        format!("{}p/{id}/admin/{}", self.as_str(), token.expose())
    }
    fn edit_url(&self, id: &PollId, token: &SecretToken) -> String {
        format!("{}p/{id}/r/{}", self.as_str(), token.expose())
    }
    fn invitee_url(&self, id: &PollId, token: &SecretToken) -> String {
        format!("{}p/{id}/i/{}", self.as_str(), token.expose())
    }
}

/// One slot as a recipient sees it, worded in their language.
#[derive(Debug, Clone)]
pub struct SlotLine {
    /// Start in the recipient's zone.
    pub local: LocalTime,
    /// The local start date in full (`Tuesday 23 March 2027`).
    pub date: String,
    /// Date and time range (`Tuesday 23 March 2027, 13:00–14:00 (UTC+01:00)`).
    pub label: String,
    /// `Tue 23 Mar 13:00 (UTC+01:00)`, for subjects.
    pub short: String,
    /// Start–end on the recipient's clock with the offset (`13:00–14:00 (UTC+01:00)`).
    pub range: String,
    /// `Tuesday 23 March 2027, 12:00–13:00 UTC`.
    pub utc: String,
    /// The recipient's answer in words (`Yes`, `No answer`), when the mail lists them.
    pub vote: String,
}

impl SlotLine {
    /// A slot of `poll` seen from `zone`, worded in `lang`. A whole day (a poll of
    /// dates) reads the same in every zone: its date and "all day", with no time and no
    /// UTC line (`utc` is empty).
    pub fn new(
        slot: &Slot,
        poll: &Poll,
        zone: TimeZoneId,
        vote: Option<Vote>,
        lang: Language,
    ) -> Self {
        let vote = lang.t(match vote {
            Some(Vote::Yes) => "vote-yes",
            Some(Vote::IfNeedBe) => "vote-if-need-be",
            Some(Vote::No) => "vote-no",
            None => "vote-none",
        });
        let local = zone.local(slot.start_at);
        if poll.whole_days() {
            let day = crate::domain::time::DayText::new(slot.day(), lang);
            return SlotLine {
                local,
                label: day.label,
                range: day.all_day,
                short: day.short,
                date: day.long,
                utc: String::new(),
                vote,
            };
        }
        let end = slot.end_at(poll.duration_minutes);
        let range = crate::domain::time::time_range_with_offset(&local, &zone.local(end), lang);
        SlotLine {
            label: lang.t2("slot-label", "date", local.long_date(lang), "range", &range),
            range,
            date: local.long_date(lang),
            short: format!(
                "{} {} ({})",
                local.short_date(lang),
                local.hm(),
                crate::domain::time::utc_offset(&local.offset(), lang)
            ),
            utc: crate::domain::time::utc_range(slot.start_at, end, lang, DateStyle::Long),
            vote,
            local,
        }
    }
}

// ---- templates ----

/// Values shared by a message's subject, text and HTML.
struct Ctx<'a> {
    /// The recipient's language.
    lang: Language,
    poll: &'a Poll,
    name: &'a str,
    poll_url: String,
    link: String,
    zone: TimeZoneId,
    slots: Vec<SlotLine>,
    /// The message replaces an earlier one: the meeting mail after a change, the admin
    /// link after the organizer replaced it.
    updated: bool,
    /// The meeting mail calls the meeting off.
    cancelled: bool,
    /// The meeting mail moves the meeting: the slot it was at, in the recipient's zone.
    previous: Option<SlotLine>,
    /// When the location is a web address (see [`crate::domain::text::is_web_link`]),
    /// the words before and after it in the "where" line, so that the HTML mail can
    /// make it a link; `None` shows the line as text.
    location_link: Option<(String, String)>,
    /// An availability poll's grid in words (instead of a list of slots).
    grid: Option<String>,
}

/// An availability poll's grid in words, in `lang`: its days, daily hours and zone, and
/// its cell size; `None` for other polls.
pub(crate) fn grid_line(poll: &Poll, lang: Language) -> Option<String> {
    let spec = poll.grid.as_ref()?;
    let cells = spec.cells();
    let first = cells.first()?;
    // The last day's first cell: with hours past midnight, the grid's last cell is on
    // the day after.
    let last = cells
        .iter()
        .find(|c| poll.timezone.local(**c).date() == spec.to)
        .or(cells.last())?;
    let hm = |m: u32| format!("{:02}:{:02}", m / 60, m % 60);
    Some(lang.t_args(
        "mail-grid-summary",
        &[
            (
                "from",
                Arg::Text(poll.timezone.local(*first).long_date(lang)),
            ),
            ("to", Arg::Text(poll.timezone.local(*last).long_date(lang))),
            ("start", Arg::Text(hm(spec.day_start_minutes))),
            ("end", Arg::Text(hm(spec.day_end_minutes))),
            ("zone", Arg::Text(poll.timezone.name().to_owned())),
            ("minutes", Arg::Count(spec.cell_minutes.as_count())),
        ],
    ))
}

#[derive(Template)]
#[template(path = "mail/admin_link/subject.txt")]
struct AdminLinkSubject<'a> {
    c: &'a Ctx<'a>,
}
#[derive(Template)]
#[template(path = "mail/admin_link/body.txt")]
struct AdminLinkText<'a> {
    c: &'a Ctx<'a>,
}
#[derive(Template)]
#[template(path = "mail/admin_link/body.html")]
struct AdminLinkHtml<'a> {
    c: &'a Ctx<'a>,
}
#[derive(Template)]
#[template(path = "mail/edit_link/subject.txt")]
struct EditLinkSubject<'a> {
    c: &'a Ctx<'a>,
}
#[derive(Template)]
#[template(path = "mail/edit_link/body.txt")]
struct EditLinkText<'a> {
    c: &'a Ctx<'a>,
}
#[derive(Template)]
#[template(path = "mail/edit_link/body.html")]
struct EditLinkHtml<'a> {
    c: &'a Ctx<'a>,
}
#[derive(Template)]
#[template(path = "mail/final_slot/subject.txt")]
struct FinalSlotSubject<'a> {
    c: &'a Ctx<'a>,
}
#[derive(Template)]
#[template(path = "mail/final_slot/body.txt")]
struct FinalSlotText<'a> {
    c: &'a Ctx<'a>,
}
#[derive(Template)]
#[template(path = "mail/final_slot/body.html")]
struct FinalSlotHtml<'a> {
    c: &'a Ctx<'a>,
}

/// Why the meeting mail is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeetingMail {
    /// The organizer chose the slot.
    Chosen,
    /// The finalized meeting's details changed (title, description, place or length).
    Changed,
    /// The organizer reopened the poll: the meeting no longer takes place at this slot,
    /// and the calendar file removes it (`METHOD:CANCEL`).
    Cancelled,
    /// The organizer chose another slot of a finalized poll: the meeting moves from the
    /// slot given here to the new one (same event, next SEQUENCE).
    Moved(Slot),
}

/// A person a message goes to.
#[derive(Debug, Clone, Copy)]
pub struct Recipient<'a> {
    /// Display name (any script; encoded per RFC 2047 by lettre).
    pub name: &'a str,
    /// Address.
    pub email: &'a EmailAddress,
    /// The zone their times are written in.
    pub zone: TimeZoneId,
    /// The language their mail is written in.
    pub language: Language,
}

impl<'a> Recipient<'a> {
    /// The organizer of `poll`, on the poll's clock, in `language`.
    pub fn organizer(poll: &'a Poll, language: Language) -> Self {
        Recipient {
            name: &poll.organizer_name,
            email: &poll.organizer_email,
            zone: poll.timezone,
            language,
        }
    }
}

impl Mailer {
    /// A mailer sending as `from`, linking to `base_url` (a trailing `/` is added if
    /// missing).
    pub fn new(from: Mailbox, mut base_url: Url) -> Self {
        if !base_url.path().ends_with('/') {
            let path = format!("{}/", base_url.path());
            base_url.set_path(&path);
        }
        let host = base_url.host_str().unwrap_or("localhost").to_owned();
        Mailer {
            from,
            base_url,
            host,
            dkim: None,
        }
    }

    /// The same mailer, DKIM-signing every message it builds with `signer` (the
    /// signature is part of the stored message, so the worker sends it unchanged).
    pub fn with_dkim(mut self, signer: DkimSigner) -> Self {
        self.dkim = Some(Arc::new(signer));
        self
    }

    /// The DKIM signer, when messages are signed.
    pub fn dkim(&self) -> Option<&DkimSigner> {
        self.dkim.as_deref()
    }

    /// The base URL links are built from (ends with `/`).
    pub fn base_url(&self) -> &Url {
        &self.base_url
    }

    /// The calendar file of a poll's meeting at `slot` (RFC 5545), as mailed and as
    /// downloaded: UID from our host, `ORGANIZER` our sender address with the
    /// organizer's name, `DTSTAMP` = `stamp`; the words Convene adds are in `lang`;
    /// `cancelled` writes the cancellation of the event (`METHOD:CANCEL`).
    pub fn meeting_calendar(
        &self,
        poll: &Poll,
        slot: &Slot,
        stamp: DateTime<Utc>,
        lang: Language,
        cancelled: bool,
    ) -> String {
        let poll_url = self.base_url.poll_url(&poll.id);
        let organizer_address = self.from.email.to_string();
        ics::meeting_calendar(&ics::MeetingEvent {
            poll,
            slot,
            poll_url: &poll_url,
            uid_host: &self.host,
            organizer_address: &organizer_address,
            stamp,
            lang,
            cancelled,
        })
    }

    /// A poll's calendar subscription feed (RFC 5545, see [`ics::feed_calendar`]): named
    /// after the poll, with the meeting's event (as mailed: same UID and SEQUENCE;
    /// `DTSTAMP` the poll's last change) while the poll is finalized, and no event
    /// otherwise; the words Convene adds are in `lang`.
    pub fn feed_calendar(&self, poll: &Poll, lang: Language) -> String {
        let poll_url = self.base_url.poll_url(&poll.id);
        let organizer_address = self.from.email.to_string();
        let meeting = poll
            .final_slot()
            .filter(|_| poll.status == crate::domain::PollStatus::Finalized)
            .map(|slot| ics::MeetingEvent {
                poll,
                slot,
                poll_url: &poll_url,
                uid_host: &self.host,
                organizer_address: &organizer_address,
                stamp: poll.updated_at,
                lang,
                cancelled: false,
            });
        ics::feed_calendar(&poll.title, meeting.as_ref())
    }

    /// The organizer's mail with the secret admin link and the participant link;
    /// `replaced` when the organizer replaced the link (the old one no longer works).
    ///
    /// # Errors
    /// [`MailError`] when the message cannot be built.
    pub fn admin_link(
        &self,
        poll: &Poll,
        admin_token: &SecretToken,
        replaced: bool,
    ) -> Result<QueuedMessage, MailError> {
        let lang = poll.language;
        let c = Ctx {
            lang,
            poll,
            name: &poll.organizer_name,
            poll_url: self.base_url.poll_url(&poll.id),
            link: self.base_url.admin_url(&poll.id, admin_token),
            zone: poll.timezone,
            slots: poll
                .slots
                .iter()
                .map(|s| SlotLine::new(s, poll, poll.timezone, None, lang))
                .collect(),
            updated: replaced,
            cancelled: false,
            previous: None,
            location_link: None,
            grid: grid_line(poll, lang),
        };
        let to = Recipient::organizer(poll, lang);
        self.build(
            "admin_link",
            poll,
            to,
            AdminLinkSubject { c: &c }.render()?,
            AdminLinkText { c: &c }.render()?,
            AdminLinkHtml { c: &c }.render()?,
            None,
        )
    }

    /// A participant's mail with their personal edit link and their answers.
    ///
    /// # Errors
    /// [`MailError`] when the message cannot be built.
    pub fn edit_link(
        &self,
        poll: &Poll,
        to: Recipient<'_>,
        edit_token: &SecretToken,
        votes: &[(crate::domain::SlotId, Vote)],
    ) -> Result<QueuedMessage, MailError> {
        let c = Ctx {
            lang: to.language,
            poll,
            name: to.name,
            poll_url: self.base_url.poll_url(&poll.id),
            link: self.base_url.edit_url(&poll.id, edit_token),
            zone: to.zone,
            slots: poll
                .slots
                .iter()
                .map(|s| {
                    SlotLine::new(
                        s,
                        poll,
                        to.zone,
                        votes.iter().find(|(id, _)| id == &s.id).map(|(_, v)| *v),
                        to.language,
                    )
                })
                .collect(),
            updated: false,
            cancelled: false,
            previous: None,
            location_link: None,
            grid: grid_line(poll, to.language),
        };
        self.build(
            "edit_link",
            poll,
            to,
            EditLinkSubject { c: &c }.render()?,
            EditLinkText { c: &c }.render()?,
            EditLinkHtml { c: &c }.render()?,
            None,
        )
    }

    /// The chosen slot in the recipient's zone and in UTC, with the calendar file; `what`
    /// says whether it was just chosen or its details changed afterwards.
    ///
    /// # Errors
    /// [`MailError`] when the message cannot be built.
    pub fn final_slot(
        &self,
        poll: &Poll,
        slot: &Slot,
        to: Recipient<'_>,
        what: &MeetingMail,
        now: DateTime<Utc>,
    ) -> Result<QueuedMessage, MailError> {
        let poll_url = self.base_url.poll_url(&poll.id);
        let c = Ctx {
            lang: to.language,
            poll,
            name: to.name,
            link: poll_url.clone(),
            poll_url: poll_url.clone(),
            zone: to.zone,
            slots: vec![SlotLine::new(slot, poll, to.zone, None, to.language)],
            updated: *what == MeetingMail::Changed,
            cancelled: *what == MeetingMail::Cancelled,
            previous: match what {
                MeetingMail::Moved(old) => {
                    Some(SlotLine::new(old, poll, to.zone, None, to.language))
                }
                _ => None,
            },
            location_link: location_link(&poll.location, to.language),
            grid: grid_line(poll, to.language),
        };
        let cancelled = *what == MeetingMail::Cancelled;
        let calendar = self.meeting_calendar(poll, slot, now, to.language, cancelled);
        let method = if cancelled { "CANCEL" } else { "PUBLISH" };
        self.build(
            match what {
                MeetingMail::Chosen => "final_slot",
                MeetingMail::Changed => "meeting_update",
                MeetingMail::Cancelled => "meeting_cancelled",
                MeetingMail::Moved(_) => "meeting_moved",
            },
            poll,
            to,
            FinalSlotSubject { c: &c }.render()?,
            FinalSlotText { c: &c }.render()?,
            FinalSlotHtml { c: &c }.render()?,
            Some((calendar, method)),
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn build(
        &self,
        kind: &'static str,
        poll: &Poll,
        to: Recipient<'_>,
        subject: String,
        text: String,
        html: String,
        calendar: Option<(String, &'static str)>,
    ) -> Result<QueuedMessage, MailError> {
        let address = to
            .email
            .as_str()
            .parse::<lettre::Address>()
            .map_err(|_| MailError::Address(to.email.masked()))?;
        let message_id = format!("<{}.{}@{}>", kind, uuid::Uuid::new_v4().simple(), self.host);
        let alternative = MultiPart::alternative_plain_html(text, html);
        let body = match calendar {
            None => alternative,
            Some((ics, method)) => MultiPart::mixed().multipart(alternative).singlepart(
                // Base64 keeps the calendar's CRLF line ends byte for byte through any
                // mail store (quoted-printable lets them be rewritten as bare LF).
                Attachment::new("invitation.ics".into()).body(
                    Body::new_with_encoding(ics, ContentTransferEncoding::Base64)
                        .map_err(|_| MailError::Encoding)?,
                    ContentType::parse(&format!("text/calendar; charset=utf-8; method={method}"))
                        .map_err(|_| MailError::Encoding)?,
                ),
            ),
        };
        let mut message = Message::builder()
            .message_id(Some(message_id.clone()))
            .from(self.from.clone())
            .to(Mailbox::new(Some(header_text(to.name)), address.clone()))
            .raw_header(subject_header(&header_text(subject.trim()))?)
            .date_now()
            .multipart(body)?;
        if let Some(dkim) = &self.dkim {
            dkim.sign(&mut message);
        }
        let raw_message =
            String::from_utf8(message.formatted()).map_err(|_| MailError::Encoding)?;
        Ok(QueuedMessage {
            poll_id: Some(poll.id.clone()),
            kind,
            envelope_from: self.from.email.to_string(),
            recipient: address.to_string(),
            message_id,
            raw_message,
        })
    }
}

/// The "where" line of the meeting mail split around the location, when the location is
/// a web address to link (in any other case `None`).
fn location_link(location: &str, lang: Language) -> Option<(String, String)> {
    const MARK: &str = "\u{E000}";
    if !crate::domain::text::is_web_link(location) {
        return None;
    }
    let line = lang.t1("mail-final-where", "location", MARK);
    line.split_once(MARK)
        .map(|(before, after)| (before.to_owned(), after.to_owned()))
}

/// Text for a header: every control character (CR and LF among them) becomes a space.
/// The forms refuse such characters in names and titles; this keeps any other text from
/// breaking a header (lettre panics on a display name with a line break).
fn header_text(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The `Subject` header. Printable ASCII is written as it is (folded by lettre); any
/// other text as RFC 2047 encoded words of the whole subject, so that it reads back
/// exactly: lettre encodes word by word and drops the spaces of a run between two
/// encoded words (decoders ignore the white space between encoded words), and would
/// leave an encoded-word look-alike (`=?utf-8?b?…?=`) typed in a title to be decoded.
///
/// # Errors
/// [`MailError::Encoding`] if the encoder fails (it writes to a string, which cannot).
fn subject_header(text: &str) -> Result<HeaderValue, MailError> {
    let name = HeaderName::new_from_ascii_str("Subject");
    let plain = text.bytes().all(|b| (0x20..0x7f).contains(&b)) && !text.contains("=?");
    if plain {
        return Ok(HeaderValue::new(name, text.to_owned()));
    }
    let mut encoded = String::new();
    {
        let mut writer = email_encoding::headers::writer::EmailWriter::new(
            &mut encoded,
            "Subject: ".len(),
            0,
            false,
        );
        email_encoding::headers::rfc2047::encode(text, &mut writer)
            .map_err(|_| MailError::Encoding)?;
    }
    // Base64 encoded words: ASCII only, folded with CRLF and a space, nothing injected.
    Ok(HeaderValue::dangerous_new_pre_encoded(
        name,
        text.to_owned(),
        encoded,
    ))
}

/// Formats a UTC instant for mail (`2027-03-23T12:00:00Z`).
pub fn utc_rfc3339(instant: DateTime<Utc>) -> String {
    rfc3339_utc(instant)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{PollStatus, SlotId, TokenHash};
    use chrono::TimeZone;

    /// A finalized poll with one slot, organized from Zurich.
    fn sample_poll() -> (Poll, Slot) {
        let start = Utc
            .with_ymd_and_hms(2027, 10, 31, 0, 30, 0)
            .single()
            .unwrap_or_default();
        let slot = Slot {
            id: SlotId::from_db("SlotSlot01".into()),
            start_at: start,
        };
        let zurich: TimeZoneId = "Europe/Zurich".parse().unwrap_or(TimeZoneId::UTC);
        let poll = Poll {
            id: PollId::from_db("AbCdEfGhIjKl".into()),
            admin_token_hash: TokenHash(String::new()),
            title: "Autumn".into(),
            description: String::new(),
            location: String::new(),
            organizer_name: "Forum Secretariat".into(),
            organizer_email: EmailAddress::from_db("secretariat@example.org".into()),
            timezone: zurich,
            duration_minutes: 60,
            deadline_at: None,
            if_need_be: true,
            hide_results: false,
            status: PollStatus::Finalized,
            final_slot_id: Some(slot.id.clone()),
            calendar_sequence: Some(0),
            notify: crate::domain::NotifyMode::None,
            digest_sent_at: None,
            remind_before_hours: None,
            series_id: None,
            hours: crate::domain::fairness::DayHours::DEFAULT,
            kind: crate::domain::PollKind::Times,
            grid: None,
            language: crate::i18n::Language::En,
            created_at: start,
            updated_at: start,
            slots: vec![slot.clone()],
        };
        (poll, slot)
    }

    fn sample_mailer() -> Mailer {
        Mailer::new(
            "Convene <convene@example.org>".parse().unwrap_or_else(|_| {
                Mailbox::new(
                    None,
                    lettre::Address::new("c", "example.org").unwrap_or_else(|_| unreachable!()),
                )
            }),
            Url::parse("https://convene.example.org").unwrap_or_else(|_| unreachable!()),
        )
    }

    #[test]
    fn final_mail_carries_the_calendar_in_base64_with_our_message_id() {
        let (poll, slot) = sample_poll();
        let start = slot.start_at;
        let zurich = poll.timezone;
        let mailer = sample_mailer();
        let to = Recipient {
            language: crate::i18n::Language::En,
            name: "Marc Dubois",
            email: &poll.organizer_email,
            zone: zurich,
        };
        let queued = mailer.final_slot(&poll, &slot, to, &MeetingMail::Chosen, start);
        let Ok(queued) = queued else {
            panic!("{queued:?}")
        };
        let raw = queued.raw_message;
        let calendar_part = raw
            .split("Content-Type: text/calendar")
            .nth(1)
            .unwrap_or_default();
        assert!(
            calendar_part.contains("Content-Transfer-Encoding: base64"),
            "{raw}"
        );
        assert!(raw.contains("Message-ID: <final_slot."), "{raw}");
    }

    /// The header section's field names, continuation lines joined to their field.
    fn header_names(raw: &str) -> Vec<String> {
        let head = raw.split("\r\n\r\n").next().unwrap_or_default();
        head.split("\r\n")
            .filter(|line| !line.starts_with([' ', '\t']))
            .map(|line| {
                line.split(':')
                    .next()
                    .unwrap_or_default()
                    .to_ascii_lowercase()
            })
            .collect()
    }

    #[test]
    fn a_line_break_in_a_name_never_adds_a_header_line() {
        // The forms and the API refuse such names; the mail builder must hold even if one
        // arrives another way (an old row, a future path).
        let (mut poll, _) = sample_poll();
        let mailer = sample_mailer();
        let token = SecretToken::generate();
        let clean = mailer.admin_link(&poll, &token, false);
        let Ok(clean) = clean else {
            panic!("{clean:?}")
        };
        let expected = header_names(&clean.raw_message);
        for br in ["\r\n", "\n", "\r", "\u{85}", "\u{2028}", "\r\n\r\n"] {
            let evil = format!("Eve{br}Bcc: victim@example.com{br}X-Injected: yes");
            poll.organizer_name = evil.clone();
            let to = Recipient {
                name: &evil,
                email: &poll.organizer_email,
                zone: poll.timezone,
                language: crate::i18n::Language::En,
            };
            for queued in [
                mailer.admin_link(&poll, &token, false),
                mailer.edit_link(&poll, to, &token, &[]),
            ] {
                let Ok(queued) = queued else {
                    panic!("{br:?}: {queued:?}")
                };
                let names = header_names(&queued.raw_message);
                assert_eq!(
                    names, expected,
                    "{br:?}: the same header lines as with a clean name:\n{}",
                    queued.raw_message
                );
                assert!(
                    !names.iter().any(|n| n == "bcc" || n == "x-injected"),
                    "{br:?}: a header was injected:\n{}",
                    queued.raw_message
                );
                assert_eq!(queued.recipient, "secretariat@example.org");
            }
        }
    }
}
