//! "Add to calendar" links for a chosen meeting: Google Calendar, Outlook.com and
//! Microsoft 365. None of these services publishes a specification for such links;
//! the parameters are the ones they have long accepted (as collected in the public
//! *add-event-to-calendar-docs*): Google's `render?action=TEMPLATE` with `text`,
//! `dates=YYYYMMDDTHHMMSSZ/YYYYMMDDTHHMMSSZ`, `details` and `location`; Outlook's
//! `deeplink/compose?path=/calendar/action/compose&rru=addevent` with `subject`,
//! `startdt`/`enddt` (RFC 3339 in UTC), `body` and `location`.
//!
//! The query strings are written with the `url` crate (form-encoded pairs), from the
//! same poll and slot as the `.ics` file, so the instants cannot differ.

use url::Url;

use crate::domain::time::rfc3339_utc;
use crate::domain::{Poll, Slot};
use crate::mail::ics::MeetingWhen;

/// The three links for one meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarLinks {
    /// Google Calendar's "new event" form, filled in.
    pub google: String,
    /// Outlook.com's (personal accounts) "new event" form, filled in.
    pub outlook: String,
    /// Microsoft 365's (work or school accounts) "new event" form, filled in.
    pub office: String,
}

/// Google Calendar's address for new events.
const GOOGLE: &str = "https://calendar.google.com/calendar/render";
/// Outlook.com's address for new events.
const OUTLOOK: &str = "https://outlook.live.com/calendar/0/deeplink/compose";
/// Microsoft 365's address for new events.
const OFFICE: &str = "https://outlook.office.com/calendar/0/deeplink/compose";

/// The links for `poll`'s meeting at `slot` (start and end as UTC instants): title,
/// location, and as details the description followed by `poll_url` (the poll page).
///
/// A whole day (a poll of dates) is an all-day event: Google's `dates` as
/// `YYYYMMDD/YYYYMMDD` (the end exclusive, as in RFC 5545), Outlook's `startdt`/`enddt`
/// as bare dates with `allday=true`.
pub fn calendar_links(poll: &Poll, slot: &Slot, poll_url: &str) -> CalendarLinks {
    let (google_dates, start_text, end_text, all_day) = match MeetingWhen::of(poll, slot) {
        MeetingWhen::Day(day) => {
            let next = day.succ_opt().unwrap_or(day);
            (
                format!("{}/{}", day.format("%Y%m%d"), next.format("%Y%m%d")),
                day.format("%Y-%m-%d").to_string(),
                next.format("%Y-%m-%d").to_string(),
                "true",
            )
        }
        MeetingWhen::Instant { start, end } => (
            format!(
                "{}/{}",
                start.format("%Y%m%dT%H%M%SZ"),
                end.format("%Y%m%dT%H%M%SZ")
            ),
            rfc3339_utc(start),
            rfc3339_utc(end),
            "",
        ),
    };
    let details = if poll.description.trim().is_empty() {
        poll_url.to_owned()
    } else {
        format!("{}\n\n{poll_url}", poll.description.trim_end())
    };
    let google = with_query(
        GOOGLE,
        &[
            ("action", "TEMPLATE"),
            ("text", &poll.title),
            ("dates", &google_dates),
            ("details", &details),
            ("location", &poll.location),
        ],
    );
    let outlook_query = [
        ("path", "/calendar/action/compose"),
        ("rru", "addevent"),
        ("subject", poll.title.as_str()),
        ("startdt", &start_text),
        ("enddt", &end_text),
        ("allday", all_day),
        ("body", &details),
        ("location", &poll.location),
    ];
    CalendarLinks {
        google,
        outlook: with_query(OUTLOOK, &outlook_query),
        office: with_query(OFFICE, &outlook_query),
    }
}

/// `base` with `pairs` as its query (`application/x-www-form-urlencoded`), empty values
/// left out.
fn with_query(base: &str, pairs: &[(&str, &str)]) -> String {
    let Ok(mut url) = Url::parse(base) else {
        // The bases are constants above; a test parses each.
        return base.to_owned();
    };
    url.query_pairs_mut()
        .extend_pairs(pairs.iter().filter(|(_, v)| !v.is_empty()));
    url.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_service_addresses_parse() {
        for base in [GOOGLE, OUTLOOK, OFFICE] {
            assert!(Url::parse(base).is_ok(), "{base}");
        }
    }
}
