//! What the organizer and participants take out of Convene: the answers as a CSV file
//! ([`answers_csv`], RFC 4180), the list of those who can attend the chosen meeting
//! ([`participants`], plain text for minutes), and "add to Google / Outlook" links for
//! the meeting ([`calendar_links`]). The calendar subscription feed is written by the
//! `.ics` builder ([`crate::mail::ics::feed_calendar`]), the one place that writes a
//! meeting's event.
//!
//! Pure functions of a poll and its answers; the words are in the language given.

pub mod answers_csv;
pub mod calendar_links;
pub mod participants;

use chrono::{DateTime, Utc};

use crate::domain::TimeZoneId;
use crate::i18n::{Arg, Language};

/// A file name for `title`: ASCII letters and digits in lower case, other runs turned
/// into one `-`, at most 60 characters, then `-<what>.<extension>`; `meeting` when
/// nothing is left (`Team retro: Q3!` → `team-retro-q3-answers.csv`).
pub fn file_name(title: &str, what: &str, extension: &str) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    format!(
        "{}-{what}.{extension}",
        if slug.is_empty() { "meeting" } else { slug }
    )
}

/// The label of one start instant in exports, the one place it is worded:
/// `Monday 22 March 2027 10:00 Europe/Zurich (09:00 UTC)` — the local date and time in
/// `zone`, the zone, and the UTC time (with the UTC date too when it is another day:
/// `(2027-03-21 23:30 UTC)`), in `lang`.
pub fn slot_label(start_at: DateTime<Utc>, zone: TimeZoneId, lang: Language) -> String {
    let local = zone.local(start_at);
    let utc = if local.date() == start_at.date_naive() {
        start_at.format("%H:%M").to_string()
    } else {
        start_at.format("%Y-%m-%d %H:%M").to_string()
    };
    lang.t_args(
        "export-slot-label",
        &[
            ("date", Arg::Text(local.long_date(lang))),
            ("time", Arg::Text(local.hm())),
            ("zone", Arg::Text(zone.name().to_owned())),
            ("utc", Arg::Text(utc)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn file_names_are_plain_ascii() {
        assert_eq!(
            file_name("Team retro: Q3!", "answers", "csv"),
            "team-retro-q3-answers.csv"
        );
        assert_eq!(
            file_name("日本", "participants", "txt"),
            "meeting-participants.txt"
        );
    }

    #[test]
    fn slot_labels_give_the_local_time_the_zone_and_utc() {
        // 22 March 2027: Zurich is UTC+1 (summer time starts on the 28th).
        let at = Utc.with_ymd_and_hms(2027, 3, 22, 9, 0, 0).single();
        let zurich: TimeZoneId = "Europe/Zurich".parse().unwrap_or(TimeZoneId::UTC);
        assert_eq!(
            at.map(|at| slot_label(at, zurich, Language::En)),
            Some("Monday 22 March 2027 10:00 Europe/Zurich (09:00 UTC)".to_owned())
        );
        // Auckland is UTC+13 until 4 April 2027: 23:30Z on the 21st is 12:30 on the 22nd.
        let late = Utc.with_ymd_and_hms(2027, 3, 21, 23, 30, 0).single();
        let auckland: TimeZoneId = "Pacific/Auckland".parse().unwrap_or(TimeZoneId::UTC);
        assert_eq!(
            late.map(|at| slot_label(at, auckland, Language::En)),
            Some("Monday 22 March 2027 12:30 Pacific/Auckland (2027-03-21 23:30 UTC)".to_owned())
        );
    }
}

/// Shapes the exports' unit tests share: a poll of times in Zurich with two slots.
#[cfg(test)]
pub(crate) mod fixtures {
    use chrono::{DateTime, TimeZone, Utc};

    use crate::domain::text::EmailAddress;
    use crate::domain::{Poll, PollId, PollStatus, Slot, SlotId, TimeZoneId, TokenHash};
    use crate::i18n::Language;

    /// 22 March 2027 at `h`:00 UTC.
    pub fn at(h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2027, 3, 22, h, 0, 0)
            .single()
            .unwrap_or_default()
    }

    /// An open poll titled `title` in Europe/Zurich, 60 minutes, with the slots
    /// `SlotSlot01` at 09:00 UTC and `SlotSlot02` at 13:00 UTC on 22 March 2027.
    pub fn poll(title: &str) -> Poll {
        Poll {
            id: PollId::from_db("AbCdEfGhIjKl".into()),
            admin_token_hash: TokenHash(String::new()),
            title: title.into(),
            description: String::new(),
            location: String::new(),
            organizer_name: "Org".into(),
            organizer_email: EmailAddress::from_db("org@example.org".into()),
            timezone: "Europe/Zurich".parse().unwrap_or(TimeZoneId::UTC),
            duration_minutes: 60,
            deadline_at: None,
            if_need_be: true,
            hide_results: false,
            status: PollStatus::Open,
            final_slot_id: None,
            calendar_sequence: None,
            notify: crate::domain::NotifyMode::None,
            digest_sent_at: None,
            remind_before_hours: None,
            series_id: None,
            hours: crate::domain::fairness::DayHours::DEFAULT,
            kind: crate::domain::PollKind::Times,
            grid: None,
            language: Language::En,
            created_at: at(0),
            updated_at: at(0),
            slots: vec![
                Slot {
                    id: SlotId::from_db("SlotSlot01".into()),
                    start_at: at(9),
                },
                Slot {
                    id: SlotId::from_db("SlotSlot02".into()),
                    start_at: at(13),
                },
            ],
        }
    }
}
