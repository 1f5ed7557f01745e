//! Calendar files (RFC 5545) for the chosen slot, written with the `icalendar` crate:
//! CRLF line ends, lines folded at 75 octets, TEXT values escaped, one `VEVENT` with a
//! UID stable per poll, `DTSTAMP`, `DTSTART`/`DTEND` as UTC instants (`…Z`) or, for a
//! whole day, as dates (`DTSTART;VALUE=DATE:20270328`, `DTEND` the next day; RFC 5545
//! §3.6.1) with no time, `Z` or `TZID` (see [`MeetingWhen`]),
//! `SUMMARY`, `LOCATION`, `DESCRIPTION`, `URL`, `ORGANIZER`, and `METHOD:PUBLISH` (or
//! `METHOD:CANCEL` with `STATUS:CANCELLED` when the meeting is called off).

use chrono::{DateTime, NaiveDate, Utc};
use icalendar::{Calendar, Component, EventLike, Property};

use crate::domain::{Poll, PollKind, Slot};
use crate::i18n::Language;

/// When a meeting takes place, as a calendar writes it: the one place that decides how
/// a poll's chosen slot becomes calendar time (the `.ics` here; calendar feeds and
/// calendar links can call [`MeetingWhen::of`] too).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingWhen {
    /// From one UTC instant to another (a poll of times or an availability poll):
    /// `DTSTART:20270323T120000Z`.
    Instant {
        /// Start, UTC.
        start: DateTime<Utc>,
        /// End, UTC.
        end: DateTime<Utc>,
    },
    /// One whole calendar day with no zone (a poll of dates): `DTSTART;VALUE=DATE:…`
    /// of the day and `DTEND;VALUE=DATE:…` of the next (the end is exclusive).
    Day(NaiveDate),
}

impl MeetingWhen {
    /// The time of `slot` in `poll`: a whole day for a poll of dates (the slot's date,
    /// see [`crate::domain::poll::day_start`]), else its start and end instants.
    pub fn of(poll: &Poll, slot: &Slot) -> Self {
        match poll.kind {
            PollKind::Dates => MeetingWhen::Day(slot.day()),
            PollKind::Times | PollKind::Availability => MeetingWhen::Instant {
                start: slot.start_at,
                end: slot.end_at(poll.duration_minutes),
            },
        }
    }
}

/// What goes into a calendar file for one meeting.
#[derive(Debug, Clone)]
pub struct MeetingEvent<'a> {
    /// The poll (title, description, location, organizer).
    pub poll: &'a Poll,
    /// The chosen slot.
    pub slot: &'a Slot,
    /// Link to the poll page (`URL`, and appended to the description).
    pub poll_url: &'a str,
    /// Host name used in the UID (`<poll id>@<host>`).
    pub uid_host: &'a str,
    /// Address in `ORGANIZER` (with the organizer's name as `CN`): Convene's sender
    /// address, so that the organizer's own address is shown to no participant.
    pub organizer_address: &'a str,
    /// `DTSTAMP`: when this version of the event was issued (the finalize instant).
    pub stamp: DateTime<Utc>,
    /// The language of the words Convene adds (the link's label in `DESCRIPTION`).
    pub lang: Language,
    /// The meeting no longer takes place at this slot: `METHOD:CANCEL` with
    /// `STATUS:CANCELLED` (RFC 5546 §3.2.5), so calendars remove the event; otherwise
    /// `METHOD:PUBLISH`.
    pub cancelled: bool,
}

/// The UID of a poll's meeting: stable, so a re-sent or updated file replaces the event.
pub fn event_uid(poll: &Poll, uid_host: &str) -> String {
    format!("convene-{}@{uid_host}", poll.id)
}

/// Text as a calendar TEXT value may hold it (RFC 5545 §3.3.11): line breaks as LF
/// (written `\n` by the `icalendar` crate), no other control character but the tab.
/// The forms never let such characters through; this keeps the file valid whatever a
/// poll holds.
fn calendar_text(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}

/// Folds content lines at 75 octets (RFC 5545 §3.1): a line longer than that continues
/// on lines that start with one space, each at most 75 octets with that space, never
/// cut inside a UTF-8 character. (The `icalendar` crate folds too, but lets the last
/// piece of a line reach 76 octets; its folds are undone and done again here.)
fn fold_lines(calendar: &str) -> String {
    const LIMIT: usize = 75;
    let unfolded = calendar.replace("\r\n ", "").replace("\r\n\t", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 25);
    for line in unfolded.split_terminator("\r\n") {
        let mut rest = line;
        let mut room = LIMIT;
        loop {
            if rest.len() <= room {
                out.push_str(rest);
                out.push_str("\r\n");
                break;
            }
            let mut cut = room;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push_str(&rest[..cut]);
            out.push_str("\r\n ");
            rest = &rest[cut..];
            room = LIMIT - 1;
        }
    }
    out
}

/// The meeting's `VEVENT`: the one place that writes a meeting's event, for the mailed
/// file, the download and the subscription feed alike (same UID, same SEQUENCE).
fn meeting_event(e: &MeetingEvent<'_>) -> icalendar::Event {
    let poll = e.poll;
    let mut description = calendar_text(&poll.description);
    if !description.is_empty() {
        description.push_str("\n\n");
    }
    // The link stays outside the translated words: in Arabic those carry direction
    // marks, which a calendar would take into the link.
    description.push_str(&e.lang.t("mail-poll-label"));
    description.push(' ');
    description.push_str(e.poll_url);
    let mut event = icalendar::Event::new();
    event.uid(&event_uid(poll, e.uid_host)).timestamp(e.stamp);
    match MeetingWhen::of(poll, e.slot) {
        MeetingWhen::Instant { start, end } => event.starts(start).ends(end),
        MeetingWhen::Day(day) => event
            .starts(day)
            .ends(day.succ_opt().unwrap_or(NaiveDate::MAX)),
    };
    event
        .summary(&calendar_text(&poll.title))
        .description(&description)
        .url(e.poll_url)
        .sequence(u32::try_from(poll.calendar_sequence.unwrap_or(0)).unwrap_or(0))
        .append_property(
            Property::new("ORGANIZER", format!("mailto:{}", e.organizer_address))
                // A parameter value cannot hold a double quote (RFC 5545 §3.1).
                .add_parameter(
                    "CN",
                    &calendar_text(&poll.organizer_name)
                        .replace(['\n', '\t'], " ")
                        .replace('"', "'"),
                )
                .done(),
        );
    if !poll.location.is_empty() {
        event.location(&calendar_text(&poll.location));
    }
    if e.cancelled {
        event.status(icalendar::EventStatus::Cancelled);
    }
    event.done()
}

/// An empty calendar with Convene's `VERSION`, `PRODID`, `CALSCALE` and `METHOD`.
fn calendar_with_method(method: &str) -> Calendar {
    // `Calendar::new()` would add the crate's own PRODID; a calendar has exactly one.
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new(
            "PRODID",
            "-//Convene//Convene meeting polls//EN",
        ))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", method));
    calendar
}

/// Writes the calendar file as a string (RFC 5545; CRLF line ends).
pub fn meeting_calendar(e: &MeetingEvent<'_>) -> String {
    let mut calendar = calendar_with_method(if e.cancelled { "CANCEL" } else { "PUBLISH" });
    calendar.push(meeting_event(e));
    fold_lines(&calendar.done().to_string())
}

/// How often a subscribed calendar should fetch the feed again, as an RFC 5545
/// DURATION (one hour): `REFRESH-INTERVAL` (RFC 7986 §5.7) and `X-PUBLISHED-TTL`
/// (the older name Outlook and Apple Calendar read).
pub const FEED_REFRESH: &str = "PT1H";

/// A poll's subscription feed (RFC 5545, `METHOD:PUBLISH`, CRLF line ends, folded at
/// 75 octets): named `calendar_name` (`X-WR-CALNAME`, and `NAME` of RFC 7986), asking
/// to be fetched again every hour, holding the meeting's event when there is one (the
/// same `VEVENT` as the mailed file: same UID and SEQUENCE) and no event otherwise (a
/// valid empty calendar: before the poll is finalized, or after it is reopened, so a
/// subscribed calendar drops the meeting at its next refresh).
pub fn feed_calendar(calendar_name: &str, meeting: Option<&MeetingEvent<'_>>) -> String {
    let name = calendar_text(calendar_name).replace(['\n', '\t'], " ");
    let mut calendar = calendar_with_method("PUBLISH");
    calendar
        // NAME (RFC 7986) is TEXT, but the `icalendar` crate only escapes the properties
        // it knows as TEXT: saying so with VALUE=TEXT (RFC 5545 §3.2.20) has it write
        // `\,` and `\;` as for X-WR-CALNAME.
        .append_property(
            Property::new("NAME", &name)
                .add_parameter("VALUE", "TEXT")
                .done(),
        )
        .append_property(Property::new("X-WR-CALNAME", &name))
        .append_property(
            Property::new("REFRESH-INTERVAL", FEED_REFRESH)
                .add_parameter("VALUE", "DURATION")
                .done(),
        )
        .append_property(Property::new("X-PUBLISHED-TTL", FEED_REFRESH));
    if let Some(e) = meeting {
        calendar.push(meeting_event(e));
    }
    fold_lines(&calendar.done().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_feeds_name_is_escaped_as_text() {
        let feed = feed_calendar("Times, \"quoted\"; poll", None);
        assert!(
            feed.contains("\r\nNAME;VALUE=TEXT:Times\\, \"quoted\"\\; poll\r\n"),
            "{feed}"
        );
        assert!(
            feed.contains("\r\nX-WR-CALNAME:Times\\, \"quoted\"\\; poll\r\n"),
            "{feed}"
        );
    }
    use crate::domain::text::EmailAddress;
    use crate::domain::{PollId, PollStatus, SlotId, TimeZoneId, TokenHash};
    use chrono::TimeZone;

    fn poll() -> Poll {
        let at = Utc
            .with_ymd_and_hms(2027, 3, 23, 12, 0, 0)
            .single()
            .unwrap_or_default();
        Poll {
            id: PollId::from_db("AbCdEfGhIjKl".into()),
            admin_token_hash: TokenHash(String::new()),
            title: "DCCG virtual meeting #63; follow-up, planning — Genève 🌍".into(),
            description: "Line one, with comma; and semicolon\nLine two \\ backslash. ".repeat(4),
            location: "https://meet.example.org/dccg-63".into(),
            organizer_name: "Forum Secretariat".into(),
            organizer_email: EmailAddress::from_db("secretariat@example.org".into()),
            timezone: "Europe/Zurich".parse().unwrap_or(TimeZoneId::UTC),
            duration_minutes: 90,
            deadline_at: None,
            if_need_be: true,
            hide_results: false,
            status: PollStatus::Finalized,
            final_slot_id: Some(SlotId::from_db("SlotSlot01".into())),
            calendar_sequence: Some(2),
            notify: crate::domain::NotifyMode::None,
            digest_sent_at: None,
            remind_before_hours: None,
            series_id: None,
            hours: crate::domain::fairness::DayHours::DEFAULT,
            kind: crate::domain::PollKind::Times,
            grid: None,
            language: crate::i18n::Language::En,
            created_at: at,
            updated_at: at,
            slots: vec![Slot {
                id: SlotId::from_db("SlotSlot01".into()),
                start_at: at,
            }],
        }
    }

    #[test]
    fn a_whole_day_is_written_as_dates_with_no_time_or_zone() {
        let mut p = poll();
        p.kind = crate::domain::PollKind::Dates;
        p.duration_minutes = 1440;
        p.slots[0].start_at = Utc
            .with_ymd_and_hms(2027, 3, 28, 0, 0, 0)
            .single()
            .unwrap_or_default();
        assert_eq!(
            MeetingWhen::of(&p, &p.slots[0]),
            MeetingWhen::Day(NaiveDate::from_ymd_opt(2027, 3, 28).unwrap_or_default())
        );
        let text = meeting_calendar(&MeetingEvent {
            lang: crate::i18n::Language::En,
            cancelled: true,
            poll: &p,
            slot: &p.slots[0],
            poll_url: "https://convene.example.org/p/AbCdEfGhIjKl",
            uid_host: "convene.example.org",
            organizer_address: "convene@example.org",
            stamp: p.created_at,
        });
        let unfolded = text.replace("\r\n ", "");
        let mut lines: Vec<&str> = unfolded
            .split("\r\n")
            .filter(|l| l.starts_with("DTSTART") || l.starts_with("DTEND"))
            .collect();
        // The crate writes properties in name order.
        lines.sort_unstable();
        assert_eq!(
            lines,
            ["DTEND;VALUE=DATE:20270329", "DTSTART;VALUE=DATE:20270328"],
            "{unfolded}"
        );
        assert!(unfolded.contains("METHOD:CANCEL") && unfolded.contains("STATUS:CANCELLED"));
        assert!(!unfolded.contains("TZID"));
        let parsed: Calendar = text.parse().unwrap_or_default();
        assert_eq!(parsed.events().count(), 1);
    }

    #[test]
    fn folded_lines_keep_to_75_octets_and_whole_characters() {
        // Two-octet characters across every fold point.
        let line = format!("DESCRIPTION:{}{}", "a".repeat(63), "é".repeat(40));
        let folded = fold_lines(&format!("BEGIN:X\r\n{line}\r\nEND:X\r\n"));
        for piece in folded.split_terminator("\r\n") {
            assert!(piece.len() <= 75, "{} octets: {piece:?}", piece.len());
        }
        assert_eq!(
            folded.replace("\r\n ", ""),
            format!("BEGIN:X\r\n{line}\r\nEND:X\r\n")
        );
    }

    #[test]
    fn calendar_follows_rfc5545_line_rules_and_round_trips() {
        let p = poll();
        let stamp = Utc
            .with_ymd_and_hms(2026, 11, 29, 10, 0, 0)
            .single()
            .unwrap_or_default();
        let text = meeting_calendar(&MeetingEvent {
            lang: crate::i18n::Language::En,
            cancelled: false,
            poll: &p,
            slot: &p.slots[0],
            poll_url: "https://convene.example.org/p/AbCdEfGhIjKl",
            uid_host: "convene.example.org",
            organizer_address: "convene@example.org",
            stamp,
        });
        assert!(text.ends_with("\r\n"));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "line of {} octets: {line:?}", line.len());
            assert!(!line.contains('\n') && !line.contains('\r'));
        }
        let unfolded = text.replace("\r\n ", "");
        assert!(
            !unfolded.contains("secretariat@example.org"),
            "the organizer's address stays private"
        );
        assert_eq!(unfolded.matches("PRODID:").count(), 1, "{unfolded}");
        assert!(
            unfolded.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
            "{unfolded}"
        );
        for expected in [
            "SEQUENCE:2",
            "METHOD:PUBLISH",
            "UID:convene-AbCdEfGhIjKl@convene.example.org",
            "DTSTART:20270323T120000Z",
            "DTEND:20270323T133000Z",
            "DTSTAMP:20261129T100000Z",
            "ORGANIZER;CN=Forum Secretariat:mailto:convene@example.org",
        ] {
            assert!(
                unfolded.contains(expected),
                "{expected} missing in\n{unfolded}"
            );
        }
        let parsed: Calendar = text.parse().unwrap_or_default();
        let event = parsed.events().next().cloned().unwrap_or_default();
        assert_eq!(event.get_summary(), Some(p.title.as_str()));
        assert_eq!(
            event
                .get_description()
                .map(|d| d.starts_with(p.description.trim_end())),
            Some(true)
        );
        assert_eq!(
            event.get_location(),
            Some("https://meet.example.org/dccg-63")
        );
    }
}
