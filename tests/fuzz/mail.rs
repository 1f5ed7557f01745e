//! The mail writer: whatever names and titles hold, the message has exactly the headers
//! Convene writes, one of each (no `Bcc:` or other header smuggled in through CR, LF,
//! U+2028 or an encoded word), and the recipient's name and the title read back as given.

use chrono::{TimeZone, Utc};
use convene::db::comments::Comment;
use convene::db::outbox::QueuedMessage;
use convene::domain::ids::CommentId;
use convene::domain::text::{one_line, EmailAddress};
use convene::domain::{Invitee, InviteeId, SecretToken, Vote};
use convene::i18n::Language;
use convene::mail::invitations::Activity;
use convene::mail::{Mailer, MeetingMail, Recipient};
use lettre::message::Mailbox;
use mail_parser::MessageParser;
use proptest::prelude::*;
use url::Url;

use crate::ics::poll_with;
use crate::strategies::{any_text, human_text, mixed_text, HOSTILE};

/// The headers of every message, each exactly once.
const HEADERS: &[&str] = &[
    "message-id",
    "from",
    "to",
    "subject",
    "date",
    "mime-version",
    "content-type",
];

fn mailer() -> Mailer {
    Mailer::new(
        "Convene <convene@example.org>"
            .parse::<Mailbox>()
            .expect("a mailbox"),
        Url::parse("https://convene.example.org").expect("a URL"),
    )
}

/// Which message is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    AdminLink,
    AdminLinkReplaced,
    EditLink,
    FinalSlot,
    MeetingUpdate,
    MeetingCancelled,
    MeetingMoved,
    Invitation,
    Reminder,
    Notice,
}

const KINDS: &[Kind] = &[
    Kind::AdminLink,
    Kind::AdminLinkReplaced,
    Kind::EditLink,
    Kind::FinalSlot,
    Kind::MeetingUpdate,
    Kind::MeetingCancelled,
    Kind::MeetingMoved,
    Kind::Invitation,
    Kind::Reminder,
    Kind::Notice,
];

/// Writes the message of `kind` to `name` about a poll titled `title` (the organizer is
/// `name` too, which the admin-link mail goes to).
fn write(kind: Kind, name: &str, title: &str, lang: Language) -> Option<QueuedMessage> {
    let mut poll = poll_with(title, "Agenda", "Room 4", name);
    poll.language = lang;
    let email = EmailAddress::from_db("participant@example.org".into());
    let to = Recipient {
        name,
        email: &email,
        zone: "Asia/Kathmandu".parse().expect("a zone"),
        language: lang,
    };
    let mailer = mailer();
    let now = Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap();
    let slot = poll.slots[0].clone();
    let votes = [(slot.id.clone(), Vote::Yes)];
    let built = match kind {
        Kind::AdminLink | Kind::AdminLinkReplaced => {
            poll.organizer_email = email.clone();
            mailer.admin_link(
                &poll,
                &SecretToken::generate(),
                kind == Kind::AdminLinkReplaced,
            )
        }
        Kind::EditLink => mailer.edit_link(&poll, to, &SecretToken::generate(), &votes),
        Kind::FinalSlot => mailer.final_slot(&poll, &slot, to, &MeetingMail::Chosen, now),
        Kind::MeetingUpdate => mailer.final_slot(&poll, &slot, to, &MeetingMail::Changed, now),
        Kind::MeetingCancelled => mailer.final_slot(&poll, &slot, to, &MeetingMail::Cancelled, now),
        Kind::MeetingMoved => {
            let mut earlier = slot.clone();
            earlier.start_at -= chrono::Duration::days(2);
            mailer.final_slot(&poll, &slot, to, &MeetingMail::Moved(earlier), now)
        }
        Kind::Invitation | Kind::Reminder => {
            let invitee = Invitee {
                id: InviteeId::generate(),
                name: Some(name.to_owned()),
                email: email.clone(),
                affiliation: Some(name.to_owned()),
                timezone: Some(to.zone),
                required: false,
                response_id: None,
                invited_at: None,
                reminded_at: None,
                auto_reminded_at: None,
                created_at: now,
            };
            mailer.invitation(
                &poll,
                &invitee,
                &SecretToken::generate(),
                kind == Kind::Reminder,
            )
        }
        Kind::Notice => {
            poll.organizer_email = email.clone();
            poll.organizer_name = name.to_owned();
            let comment = Comment {
                id: CommentId::generate(),
                author_name: name.to_owned(),
                body: format!("{title}\n{name}"),
                created_at: now,
            };
            let activity = Activity {
                answers: Vec::new(),
                comments: vec![&comment],
                total: 0,
                best: None,
                invitees: None,
            };
            mailer.activity(&poll, &activity, false)
        }
    };
    built.ok()
}

/// Checks the message's header block, raw and as `mail-parser` reads it; returns the
/// decoded display name of `To` and the subject.
fn check_headers(raw: &str) -> Result<(Option<String>, String), TestCaseError> {
    let head = raw.split("\r\n\r\n").next().unwrap_or_default();
    // Raw: every line starts a known header or continues one (RFC 5322 folding).
    for line in head.split("\r\n") {
        let starts_known = HEADERS.iter().any(|h| {
            line.len() > h.len()
                && line[..h.len()].eq_ignore_ascii_case(h)
                && line.as_bytes()[h.len()] == b':'
        });
        prop_assert!(
            starts_known || line.starts_with(' ') || line.starts_with('\t'),
            "unexpected header line {:?} in\n{}",
            line,
            head
        );
        prop_assert!(!line.contains('\r') && !line.contains('\n'));
        prop_assert!(line.is_ascii(), "a raw non-ASCII header line {:?}", line);
    }
    let message = MessageParser::default()
        .parse(raw.as_bytes())
        .ok_or_else(|| TestCaseError::fail(format!("mail-parser cannot read\n{raw}")))?;
    let mut names: Vec<String> = message
        .headers()
        .iter()
        .map(|h| h.name.as_str().to_ascii_lowercase())
        .collect();
    names.sort();
    let mut expected: Vec<String> = HEADERS.iter().map(|h| (*h).to_owned()).collect();
    expected.sort();
    prop_assert_eq!(names, expected, "headers of\n{}", head);
    let to = message
        .to()
        .and_then(|a| a.as_list())
        .ok_or_else(|| TestCaseError::fail("no To"))?;
    prop_assert_eq!(to.len(), 1, "one recipient in\n{}", head);
    prop_assert_eq!(to[0].address(), Some("participant@example.org"));
    let from = message
        .from()
        .and_then(|a| a.first())
        .and_then(|a| a.address());
    prop_assert_eq!(from, Some("convene@example.org"));
    prop_assert!(message.header_raw("bcc").is_none() && message.header_raw("cc").is_none());
    Ok((
        to[0].name().map(str::to_owned),
        message.subject().unwrap_or_default().to_owned(),
    ))
}

/// A name or title as the forms keep it.
fn accepted_text() -> impl Strategy<Value = String> {
    prop_oneof![human_text(6), mixed_text(6)].prop_filter_map("refused by the form", |t| {
        one_line(&t, "label-your-name", 100).ok()
    })
}

proptest! {
    #[test]
    fn any_name_and_title_a_form_accepts_read_back_exactly_from_the_message(
        name in accepted_text(),
        title in accepted_text(),
        kind in prop::sample::select(KINDS),
        lang in prop::sample::select(&Language::ALL[..]),
    ) {
        let queued = write(kind, &name, &title, lang);
        prop_assert!(queued.is_some(), "the message could not be built");
        let raw = queued.expect("checked").raw_message;
        let (display_name, subject) = check_headers(&raw)?;
        prop_assert_eq!(display_name.as_deref(), Some(name.as_str()), "in\n{}", raw);
        prop_assert!(
            subject.contains(title.as_str()),
            "subject {:?} for title {:?} in\n{}", subject, title, raw.split("\r\n\r\n").next().unwrap_or_default()
        );
    }

    #[test]
    fn no_name_or_title_at_all_adds_a_header_to_the_message(
        name in prop_oneof![any_text(), mixed_text(6), prop::sample::select(HOSTILE).prop_map(|h| format!("Eve{h}"))],
        title in prop_oneof![any_text(), mixed_text(6), prop::sample::select(HOSTILE).prop_map(|h| format!("Retro{h}"))],
        kind in prop::sample::select(KINDS),
    ) {
        // The mail builder may refuse such text (the forms never let it through), but
        // what it writes never has a header it did not mean to write.
        if let Some(queued) = write(kind, &name, &title, Language::En) {
            prop_assert_eq!(queued.recipient.as_str(), "participant@example.org");
            check_headers(&queued.raw_message)?;
        }
    }
}

#[test]
fn a_name_that_tries_to_add_a_bcc_header_stays_inside_the_display_name() {
    for name in [
        "Eve\r\nBcc: victim@example.com",
        "Eve\nBcc: victim@example.com",
        "Eve\rBcc: victim@example.com",
        "Eve\u{2028}Bcc: victim@example.com",
        "Eve =?utf-8?q?=0D=0ABcc=3A_victim=40example=2Ecom?=",
        "=?utf-8?b?RXZlDQpCY2M6IHZpY3RpbUBleGFtcGxlLmNvbQ==?=",
        "Eve\" <victim@example.com>, \"x",
        "Eve <victim@example.com>",
        "victim@example.com",
    ] {
        for kind in KINDS {
            let Some(queued) = write(*kind, name, name, Language::En) else {
                continue;
            };
            let raw = &queued.raw_message;
            check_headers(raw).unwrap_or_else(|e| panic!("{name:?} ({kind:?}): {e}"));
            let head = raw.split("\r\n\r\n").next().unwrap_or_default();
            assert!(
                !head.to_ascii_lowercase().contains("\r\nbcc:"),
                "{name:?} ({kind:?}) added a Bcc header:\n{raw}"
            );
        }
    }
}
