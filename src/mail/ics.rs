//! Calendar files (RFC 5545) for the chosen slot, written with the `icalendar` crate:
//! CRLF line ends, lines folded at 75 octets, TEXT values escaped, one `VEVENT` with a
//! UID stable per poll, `DTSTAMP`, `DTSTART`/`DTEND` as UTC instants (`…Z`),
//! `SUMMARY`, `LOCATION`, `DESCRIPTION`, `URL`, `ORGANIZER`, and `METHOD:PUBLISH`.

use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, EventLike, Property};

use crate::domain::{Poll, Slot};

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
    /// `DTSTAMP`: when this version of the event was issued (the finalize instant).
    pub stamp: DateTime<Utc>,
}

/// The UID of a poll's meeting: stable, so a re-sent or updated file replaces the event.
pub fn event_uid(poll: &Poll, uid_host: &str) -> String {
    format!("convene-{}@{uid_host}", poll.id)
}

/// Writes the calendar file as a string (RFC 5545; CRLF line ends).
pub fn meeting_calendar(e: &MeetingEvent<'_>) -> String {
    let poll = e.poll;
    let mut description = poll.description.clone();
    if !description.is_empty() {
        description.push_str("\n\n");
    }
    description.push_str(e.poll_url);
    let mut event = icalendar::Event::new();
    event
        .uid(&event_uid(poll, e.uid_host))
        .timestamp(e.stamp)
        .starts(e.slot.start_at)
        .ends(e.slot.end_at(poll.duration_minutes))
        .summary(&poll.title)
        .description(&description)
        .url(e.poll_url)
        .sequence(0)
        .append_property(
            Property::new("ORGANIZER", format!("mailto:{}", poll.organizer_email))
                .add_parameter("CN", &poll.organizer_name)
                .done(),
        );
    if !poll.location.is_empty() {
        event.location(&poll.location);
    }
    let mut calendar = Calendar::new();
    calendar
        .append_property(Property::new("PRODID", "-//Convene//Convene meeting polls//EN"))
        .append_property(Property::new("METHOD", "PUBLISH"))
        .push(event.done());
    calendar.done().to_string()
}
