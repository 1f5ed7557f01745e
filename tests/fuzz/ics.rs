//! The `.ics` writer: whatever a title, description, location or organizer name holds,
//! the calendar file keeps RFC 5545's line rules (CRLF, lines folded at 75 octets without
//! splitting a character) and an RFC 5545 parser reads back exactly the text written.

use chrono::{DateTime, Duration, TimeZone, Utc};
use convene::domain::text::{long_text, one_line, EmailAddress};
use convene::domain::Poll;
use convene::domain::{PollId, PollStatus, Slot, SlotId, TimeZoneId, TokenHash};
use convene::i18n::Language;
use convene::mail::ics::{meeting_calendar, MeetingEvent};
use icalendar::parser::{read_calendar, unfold};
use proptest::prelude::*;

use crate::strategies::{any_text, human_text, mixed_text};

/// A poll holding the given texts, finalized at a slot in 2027.
pub fn poll_with(title: &str, description: &str, location: &str, organizer: &str) -> Poll {
    let at = Utc.with_ymd_and_hms(2027, 3, 23, 12, 0, 0).unwrap();
    let slot = Slot {
        id: SlotId::from_db("SlotSlot01".into()),
        start_at: at,
    };
    Poll {
        id: PollId::from_db("AbCdEfGhIjKl".into()),
        admin_token_hash: TokenHash(String::new()),
        title: title.to_owned(),
        description: description.to_owned(),
        location: location.to_owned(),
        organizer_name: organizer.to_owned(),
        organizer_email: EmailAddress::from_db("secretariat@example.org".into()),
        timezone: TimeZoneId::UTC,
        duration_minutes: 90,
        deadline_at: None,
        if_need_be: true,
        hide_results: false,
        status: PollStatus::Finalized,
        final_slot_id: Some(slot.id.clone()),
        calendar_sequence: Some(1),
        notify: convene::domain::NotifyMode::None,
        digest_sent_at: None,
        remind_before_hours: None,
        series_id: None,
        hours: convene::domain::fairness::DayHours::DEFAULT,
        kind: convene::domain::PollKind::Times,
        grid: None,
        created_at: at,
        updated_at: at,
        slots: vec![slot],
        language: Language::En,
    }
}

const POLL_URL: &str = "https://convene.example.org/p/AbCdEfGhIjKl";

fn calendar_of(poll: &Poll, lang: Language) -> String {
    meeting_calendar(&MeetingEvent {
        poll,
        slot: &poll.slots[0],
        poll_url: POLL_URL,
        uid_host: "convene.example.org",
        organizer_address: "convene@example.org",
        stamp: Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap(),
        lang,
        cancelled: false,
    })
}

/// RFC 5545 §3.1: every line ends with CRLF, has no other CR or LF, is at most 75
/// octets, and (being a `str`) was not cut inside a UTF-8 character.
fn check_lines(ics: &str) -> Result<(), TestCaseError> {
    prop_assert!(ics.ends_with("\r\n"), "no final CRLF");
    let body = &ics[..ics.len() - 2];
    for line in body.split("\r\n") {
        prop_assert!(
            !line.contains('\r') && !line.contains('\n'),
            "a bare CR or LF in {:?}",
            line
        );
        prop_assert!(line.len() <= 75, "{} octets: {:?}", line.len(), line);
        prop_assert!(!line.is_empty(), "an empty line in\n{}", ics);
    }
    Ok(())
}

/// The VEVENT's properties as the `icalendar` parser reads them (TEXT unescaped), and
/// the `CN` of `ORGANIZER`.
struct Read {
    summary: Option<String>,
    description: Option<String>,
    location: Option<String>,
    organizer_cn: Option<String>,
    dtstart: Option<String>,
    dtend: Option<String>,
    events: usize,
}

fn read(ics: &str) -> Result<Read, TestCaseError> {
    let unfolded = unfold(ics);
    let calendar =
        read_calendar(&unfolded).map_err(|e| TestCaseError::fail(format!("{e}\n{ics}")))?;
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .collect();
    let Some(event) = events.first() else {
        return Err(TestCaseError::fail(format!("no VEVENT in\n{ics}")));
    };
    let prop = |name: &str| event.find_prop(name).map(|p| p.val.as_str().to_owned());
    let organizer_cn = event.find_prop("ORGANIZER").and_then(|p| {
        p.params
            .iter()
            .find(|param| param.key.as_str() == "CN")
            .and_then(|param| param.val.as_ref().map(|v| v.as_str().to_owned()))
    });
    Ok(Read {
        summary: prop("SUMMARY"),
        description: prop("DESCRIPTION"),
        location: prop("LOCATION"),
        organizer_cn,
        dtstart: prop("DTSTART"),
        dtend: prop("DTEND"),
        events: events.len(),
    })
}

/// Text as the domain keeps it: a one-line field (title, location, name) or a long text.
fn one_line_text() -> impl Strategy<Value = String> {
    prop_oneof![human_text(8), mixed_text(8), any_text()]
        .prop_filter_map("refused by the form", |t| {
            one_line(&t, "label-title", 10_000).ok()
        })
}

fn long_text_value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        prop::collection::vec(
            prop_oneof![
                human_text(6),
                Just("\n".to_owned()),
                Just("\r\n".to_owned())
            ],
            1..8
        )
        .prop_map(|v| v.concat()),
        mixed_text(10),
    ]
    .prop_filter_map("refused by the form", |t| {
        long_text(&t, "label-description", 100_000).ok()
    })
}

fn language() -> impl Strategy<Value = Language> {
    prop::sample::select(&Language::ALL[..])
}

proptest! {
    #[test]
    fn any_text_a_poll_may_hold_reads_back_exactly_from_the_calendar_file(
        title in one_line_text(),
        description in long_text_value(),
        location in prop_oneof![Just(String::new()), one_line_text()],
        organizer in one_line_text(),
        repeat in 1usize..4,
        lang in language(),
    ) {
        // Long lines too: the same text several times over.
        let title = title.repeat(repeat);
        let poll = poll_with(&title, &description, &location, &organizer);
        let ics = calendar_of(&poll, lang);
        check_lines(&ics)?;
        let got = read(&ics)?;
        prop_assert_eq!(got.events, 1);
        prop_assert_eq!(got.summary.as_deref(), Some(title.as_str()));
        let link = format!("{} {POLL_URL}", lang.t("mail-poll-label"));
        let expected_description = if description.is_empty() {
            link
        } else {
            format!("{description}\n\n{link}")
        };
        prop_assert_eq!(got.description.as_deref(), Some(expected_description.as_str()));
        let expected_location = (!location.is_empty()).then_some(location.as_str());
        prop_assert_eq!(got.location.as_deref(), expected_location);
        // A parameter value cannot hold a double quote (RFC 5545 §3.1); it becomes an
        // apostrophe, and everything else stays.
        let expected_cn = organizer.replace('"', "'");
        prop_assert_eq!(got.organizer_cn.as_deref(), Some(expected_cn.as_str()));
        prop_assert_eq!(got.dtstart.as_deref(), Some("20270323T120000Z"));
        prop_assert_eq!(got.dtend.as_deref(), Some("20270323T133000Z"));
    }

    #[test]
    fn no_text_at_all_can_break_the_calendar_files_lines_or_add_a_property(
        title in any_text(),
        description in any_text(),
        location in any_text(),
        organizer in any_text(),
    ) {
        let poll = poll_with(&title, &description, &location, &organizer);
        let ics = calendar_of(&poll, Language::En);
        check_lines(&ics)?;
        let got = read(&ics)?;
        prop_assert_eq!(got.events, 1);
        let unfolded = unfold(&ics);
        for name in ["BEGIN:VEVENT", "END:VEVENT", "DTSTART", "DTEND", "SUMMARY", "UID", "ORGANIZER"] {
            let count = unfolded.split("\r\n").filter(|l| l.starts_with(name)).count();
            prop_assert_eq!(count, 1, "{} appears {} times in\n{}", name, count, ics);
        }
    }

    #[test]
    fn the_meeting_lasts_its_duration_at_any_instant(
        minutes_from_now in 0i64..(5 * 365 * 24 * 60),
        duration in 1i32..=1440,
    ) {
        let mut poll = poll_with("T", "", "", "O");
        let start: DateTime<Utc> = Utc.with_ymd_and_hms(2026, 11, 29, 0, 0, 0).unwrap()
            + Duration::minutes(minutes_from_now);
        poll.slots[0].start_at = start;
        poll.duration_minutes = duration;
        let got = read(&calendar_of(&poll, Language::En))?;
        prop_assert_eq!(got.dtstart, Some(start.format("%Y%m%dT%H%M%SZ").to_string()));
        let end = start + Duration::minutes(i64::from(duration));
        prop_assert_eq!(got.dtend, Some(end.format("%Y%m%dT%H%M%SZ").to_string()));
    }
}
