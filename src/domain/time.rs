//! Time zones and the conversion between local times and UTC instants.
//!
//! Instants are `DateTime<Utc>`; zones are IANA ids ([`TimeZoneId`]). A local time that
//! does not exist in a zone (spring-forward gap) or happens twice (fall-back) is never
//! guessed: it is an error that names the time, the zone and the offsets involved.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use chrono::offset::LocalResult;
use chrono::{
    DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc,
};
use chrono_tz::{OffsetName, Tz};

use crate::i18n::{Arg, DateStyle, Language, Message};

/// An IANA time-zone id such as `Asia/Kathmandu`, known to the bundled tz database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimeZoneId(Tz);

/// A zone id that is not in the IANA database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownTimeZone(pub String);

impl From<UnknownTimeZone> for Message {
    fn from(e: UnknownTimeZone) -> Self {
        // The value is shown as typed, but a long one is cut: an error about a
        // 200 KB "zone" needs its start, not all of it.
        const SHOWN: usize = 80;
        let value = match e.0.char_indices().nth(SHOWN) {
            Some((at, _)) => format!("{}…", &e.0[..at]),
            None => e.0,
        };
        Message::new("error-zone").text("value", value)
    }
}

crate::localized_error!(UnknownTimeZone);

impl TimeZoneId {
    /// UTC itself.
    pub const UTC: TimeZoneId = TimeZoneId(Tz::UTC);

    /// The IANA name (`Pacific/Fiji`).
    pub fn name(&self) -> &'static str {
        self.0.name()
    }

    /// The chrono-tz zone.
    pub fn tz(&self) -> Tz {
        self.0
    }

    /// Every current IANA zone id, sorted by name (for the zone suggestions): exactly
    /// the names that reading a zone gives, so old and alternative names
    /// (`Asia/Calcutta`, `US/Pacific`, `Zulu`, `GMT0`, `Etc/UTC`) are left out and `UTC`
    /// stays.
    pub fn all() -> impl Iterator<Item = TimeZoneId> {
        chrono_tz::TZ_VARIANTS
            .iter()
            .filter(|tz| TimeZoneId::canonical(**tz).0 == **tz)
            .map(|tz| TimeZoneId(*tz))
    }

    /// The zone under its current name: `Asia/Katmandu` (which browsers still report)
    /// is `Asia/Kathmandu`, `GMT0` is `Etc/GMT`. Same rules either way; only the name
    /// people see changes. UTC by any name (`Etc/UTC`, `Zulu`, `Universal`) is `UTC`.
    fn canonical(tz: Tz) -> Self {
        let current = links()
            .get(tz.name())
            .and_then(|target| Tz::from_str(target).ok())
            .unwrap_or(tz);
        if current == Tz::Etc__UTC {
            TimeZoneId::UTC
        } else {
            TimeZoneId(current)
        }
    }

    /// The local time in this zone at `instant`.
    pub fn local(&self, instant: DateTime<Utc>) -> LocalTime {
        LocalTime(instant.with_timezone(&self.0))
    }
}

impl FromStr for TimeZoneId {
    type Err = UnknownTimeZone;

    /// Parses an IANA name. Surrounding spaces are ignored, and so is letter case
    /// (`asia/kathmandu`). A bare city with spaces for underscores (`new york`,
    /// `Kathmandu`, `buenos aires`) is accepted when the names ending with it are all
    /// one zone (`America/Buenos_Aires` is an old name of
    /// `America/Argentina/Buenos_Aires`), since that is what people type into the
    /// searchable zone field; a last part shared by different zones (`Pacific`: US or
    /// Canada) is refused, never guessed. Accents are ignored in a city (`Zürich`,
    /// `São Paulo`). Errors: [`UnknownTimeZone`] carrying the text as given.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let trimmed = s.trim();
        if let Ok(tz) = Tz::from_str(trimmed) {
            return Ok(TimeZoneId::canonical(tz));
        }
        if let Some(tz) = chrono_tz::TZ_VARIANTS
            .iter()
            .find(|tz| tz.name().eq_ignore_ascii_case(trimmed))
        {
            return Ok(TimeZoneId::canonical(*tz));
        }
        // `Zürich`, `São Paulo`: the IANA names are written without accents.
        let city: String = {
            use unicode_normalization::UnicodeNormalization as _;
            trimmed
                .nfd()
                .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
                .collect::<String>()
                .replace(' ', "_")
        };
        if city.is_empty() || city.contains('/') {
            return Err(UnknownTimeZone(s.to_owned()));
        }
        let mut zones: Vec<TimeZoneId> = chrono_tz::TZ_VARIANTS
            .iter()
            .filter(|tz| {
                tz.name()
                    .rsplit_once('/')
                    .is_some_and(|(_, last)| last.eq_ignore_ascii_case(&city))
            })
            .map(|tz| TimeZoneId::canonical(*tz))
            .collect();
        zones.sort_by_key(TimeZoneId::name);
        zones.dedup();
        match zones.as_slice() {
            [zone] => Ok(*zone),
            _ => Err(UnknownTimeZone(s.to_owned())),
        }
    }
}

impl fmt::Display for TimeZoneId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Old and alternative zone names → current names: the tz database's links
/// (`data/tz-links.txt`), `Etc/` targets included (`Zulu` → `Etc/UTC`).
fn links() -> &'static HashMap<&'static str, &'static str> {
    static LINKS: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    LINKS.get_or_init(|| {
        include_str!("../../data/tz-links.txt")
            .lines()
            .filter_map(|line| {
                let mut parts = line.split_whitespace();
                match (parts.next(), parts.next(), parts.next()) {
                    (Some("L"), Some(target), Some(name)) => Some((name, target)),
                    _ => None,
                }
            })
            .collect()
    })
}

/// Writes an offset as `+05:45` / `-10:00` / `+00:00`.
pub fn format_offset(offset: FixedOffset) -> String {
    let secs = offset.local_minus_utc();
    let sign = if secs < 0 { '-' } else { '+' };
    let abs = secs.unsigned_abs();
    format!("{sign}{:02}:{:02}", abs / 3600, (abs % 3600) / 60)
}

/// Why a local time could not be turned into one UTC instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalTimeError {
    /// The local time falls in a spring-forward gap.
    Gap {
        /// The local time asked for.
        local: NaiveDateTime,
        /// The zone.
        zone: TimeZoneId,
        /// The offset before the change.
        before: FixedOffset,
        /// The offset after the change.
        after: FixedOffset,
    },
    /// The local time happens twice (fall-back).
    Ambiguous {
        /// The local time asked for.
        local: NaiveDateTime,
        /// The zone.
        zone: TimeZoneId,
        /// The offset of the first occurrence.
        earlier: FixedOffset,
        /// The offset of the second occurrence.
        later: FixedOffset,
    },
}

impl From<LocalTimeError> for Message {
    fn from(e: LocalTimeError) -> Self {
        match e {
            LocalTimeError::Gap {
                local,
                zone,
                before,
                after,
            } => Message::new("error-gap")
                .text("local", local.format("%Y-%m-%d %H:%M"))
                .text("zone", zone)
                .text("before", format_offset(before))
                .text("after", format_offset(after)),
            LocalTimeError::Ambiguous {
                local,
                zone,
                earlier,
                later,
            } => Message::new("error-ambiguous")
                .text("local", local.format("%Y-%m-%d %H:%M"))
                .text("zone", zone)
                .text("earlier", format_offset(earlier))
                .text("later", format_offset(later))
                .text(
                    "example",
                    format!("{}{}", local.format("%Y-%m-%dT%H:%M"), format_offset(later)),
                ),
        }
    }
}

crate::localized_error!(LocalTimeError);

/// Converts a local wall-clock time in `zone` to its UTC instant.
///
/// # Errors
/// [`LocalTimeError::Gap`] when the time does not exist there, and
/// [`LocalTimeError::Ambiguous`] when it happens twice.
pub fn resolve_local(
    local: NaiveDateTime,
    zone: TimeZoneId,
) -> Result<DateTime<Utc>, LocalTimeError> {
    match zone.0.from_local_datetime(&local) {
        LocalResult::Single(dt) => Ok(dt.with_timezone(&Utc)),
        LocalResult::Ambiguous(a, b) => {
            let (a, b) = if a < b { (a, b) } else { (b, a) };
            Err(LocalTimeError::Ambiguous {
                local,
                zone,
                earlier: a.offset().fix(),
                later: b.offset().fix(),
            })
        }
        LocalResult::None => {
            let (before, after) = gap_offsets(local, zone.0);
            Err(LocalTimeError::Gap {
                local,
                zone,
                before,
                after,
            })
        }
    }
}

/// The offsets in force just before and just after the gap that `local` falls in. The
/// change happens at the instant where the wall clock jumps over `local`; no offset
/// reaches 16 hours, so that instant lies within 16 hours of `local` read as UTC, and
/// bisecting on whole seconds finds it (in about 17 steps), however long the gap: an
/// hour in spring, or a whole day skipped at the date line (Apia, 30 December 2011).
fn gap_offsets(local: NaiveDateTime, tz: Tz) -> (FixedOffset, FixedOffset) {
    const SPAN_SECS: i64 = 16 * 3600 + 1;
    let instant = |secs: i64| DateTime::from_timestamp(secs, 0);
    let offset_at = |secs: i64| {
        instant(secs).map_or(Utc.fix(), |t| {
            tz.offset_from_utc_datetime(&t.naive_utc()).fix()
        })
    };
    let before_gap =
        |secs: i64| instant(secs).is_some_and(|t| t.with_timezone(&tz).naive_local() < local);
    let guess = local.and_utc().timestamp();
    let (mut lo, mut hi) = (guess - SPAN_SECS, guess + SPAN_SECS);
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if before_gap(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    (offset_at(lo), offset_at(hi))
}

/// Why a slot or deadline text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SlotInputError {
    /// Not a date and time in a form we read.
    Format(String),
    /// A local time that does not map to one instant.
    Local(LocalTimeError),
}

impl From<LocalTimeError> for SlotInputError {
    fn from(e: LocalTimeError) -> Self {
        SlotInputError::Local(e)
    }
}

impl From<SlotInputError> for Message {
    fn from(e: SlotInputError) -> Self {
        match e {
            SlotInputError::Format(value) => Message::new("error-datetime").text("value", value),
            SlotInputError::Local(e) => e.into(),
        }
    }
}

crate::localized_error!(SlotInputError);

/// Reads a date-time typed by a person or script: either with an explicit offset or `Z`
/// (RFC 3339, seconds optional: `2027-10-31T02:30+01:00`), or a local time in `zone`
/// (`2027-03-23T13:00`, `2027-03-23 13:00`, seconds optional).
///
/// # Errors
/// [`SlotInputError::Format`] for text in no such form, [`SlotInputError::Local`] for a
/// local time in a gap or an ambiguous one.
pub fn parse_instant(text: &str, zone: TimeZoneId) -> Result<DateTime<Utc>, SlotInputError> {
    let t = text.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
        return Ok(dt.with_timezone(&Utc));
    }
    for format in ["%Y-%m-%dT%H:%M%:z", "%Y-%m-%d %H:%M%:z", "%Y-%m-%dT%H:%MZ"] {
        if let Ok(dt) = DateTime::parse_from_str(&t.replace('Z', "+00:00"), format) {
            return Ok(dt.with_timezone(&Utc));
        }
    }
    for format in [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d %H:%M:%S",
    ] {
        if let Ok(local) = NaiveDateTime::parse_from_str(t, format) {
            return Ok(resolve_local(local, zone)?);
        }
    }
    Err(SlotInputError::Format(text.to_owned()))
}

/// Reads a date (`2027-03-23`) and a time (`13:00`) typed in two form fields as a local
/// time in `zone`.
///
/// # Errors
/// As [`parse_instant`].
pub fn parse_local_date_time(
    date: &str,
    time: &str,
    zone: TimeZoneId,
) -> Result<DateTime<Utc>, SlotInputError> {
    let date_v = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d");
    let time_v = NaiveTime::parse_from_str(time.trim(), "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(time.trim(), "%H:%M:%S"));
    match (date_v, time_v) {
        (Ok(d), Ok(t)) => Ok(resolve_local(d.and_time(t), zone)?),
        _ => Err(SlotInputError::Format(format!(
            "{} {}",
            date.trim(),
            time.trim()
        ))),
    }
}

/// An instant as seen on a wall clock in one zone, with display helpers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime(pub DateTime<Tz>);

impl LocalTime {
    /// The UTC offset in force (`+05:45`).
    pub fn offset(&self) -> String {
        format_offset(self.0.offset().fix())
    }

    /// Its offset east of UTC, in seconds (for ordering zones west to east).
    pub fn offset_seconds(&self) -> i32 {
        self.0.offset().fix().local_minus_utc()
    }

    /// The zone's abbreviation when it has a lettered one (`CET`, `PDT`), else `None`
    /// (many zones only have numeric abbreviations).
    pub fn abbreviation(&self) -> Option<&str> {
        self.0
            .offset()
            .abbreviation()
            .filter(|a| a.chars().all(|c| c.is_ascii_alphabetic()))
    }

    /// `Wednesday 24 March 2027` (in `lang`: `mercredi 24 mars 2027`).
    pub fn long_date(&self, lang: Language) -> String {
        lang.format_date(&self.0, DateStyle::Long)
    }

    /// `Wed 24 Mar` (in `lang`: `mer. 24 mars`).
    pub fn short_date(&self, lang: Language) -> String {
        lang.format_date(&self.0, DateStyle::Short)
    }

    /// `2027-03-24` (ISO 8601 date, for machine-readable attributes).
    pub fn iso_date(&self) -> String {
        self.0.format("%Y-%m-%d").to_string()
    }

    /// `00:00` (24-hour clock).
    pub fn hm(&self) -> String {
        self.0.format("%H:%M").to_string()
    }

    /// RFC 3339 with the local offset (`2027-03-24T00:00:00+12:00`).
    pub fn rfc3339(&self) -> String {
        self.0.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
    }

    /// `Wednesday 24 March 2027, 00:00 (Pacific/Fiji, UTC+12:00)`, worded per `lang`
    /// (catalog key `datetime-long`).
    pub fn long(&self, lang: Language) -> String {
        lang.t_args(
            "datetime-long",
            &[
                ("date", Arg::Text(self.long_date(lang))),
                ("time", Arg::Text(self.hm())),
                ("zone", Arg::Text(self.0.timezone().name().to_owned())),
                ("offset", Arg::Text(self.offset())),
            ],
        )
    }

    /// Calendar date.
    pub fn date(&self) -> NaiveDate {
        self.0.date_naive()
    }

    /// Day of the month, for tests and compact views.
    pub fn day(&self) -> u32 {
        self.0.day()
    }
}

/// A whole day (an option of a poll of dates) in words: the calendar date itself, with
/// no zone, so that it reads the same to every viewer wherever they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayText {
    /// `Sunday 28 March 2027`.
    pub long: String,
    /// `Sun 28 Mar`.
    pub short: String,
    /// `all day`.
    pub all_day: String,
    /// `Sunday 28 March 2027, all day`.
    pub label: String,
    /// `2027-03-28` (ISO 8601, for `<time datetime>` and the API).
    pub iso: String,
}

impl DayText {
    /// `date` worded in `lang` (weekday and month names of the language).
    pub fn new(date: NaiveDate, lang: Language) -> Self {
        // The date's own midnight in UTC only carries it to the formatter: UTC is
        // never converted, so the weekday and day are the date's.
        let at = date.and_time(chrono::NaiveTime::MIN).and_utc();
        let long = lang.format_date(&at, DateStyle::Long);
        DayText {
            short: lang.format_date(&at, DateStyle::Short),
            all_day: lang.t("day-all-day"),
            label: lang.t1("day-label", "date", &long),
            iso: date.format("%Y-%m-%d").to_string(),
            long,
        }
    }
}

/// A meeting's start–end on one wall clock: `13:00–14:00`; `23:00–00:00 (Tue 30 Mar)`
/// when it ends on the next day; and when the clocks change during the meeting, both
/// offsets, so that a one-hour meeting over the autumn change never reads
/// `02:30–02:30`: `02:30 (UTC+02:00)–02:30 (UTC+01:00)`.
pub fn time_range(start: &LocalTime, end: &LocalTime, lang: Language) -> String {
    let mut text = if start.offset() == end.offset() {
        format!("{}–{}", start.hm(), end.hm())
    } else {
        format!(
            "{} ({})–{} ({})",
            start.hm(),
            utc_offset(&start.offset(), lang),
            end.hm(),
            utc_offset(&end.offset(), lang)
        )
    };
    if end.date() != start.date() {
        text.push_str(&format!(" ({})", end.short_date(lang)));
    }
    if lang.dir() == "rtl" {
        // One left-to-right piece, read 12:00–13:00 everywhere on the page (alone, the
        // bidirectional algorithm shows a bare range as 13:00–12:00).
        text = format!("\u{2066}{text}\u{2069}");
    }
    text
}

/// `Tue 23 Mar, 12:00–13:00 UTC` in `lang` (`style` sets how much of the date).
pub fn utc_range(
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    lang: Language,
    style: DateStyle,
) -> String {
    let range = format!("{}–{}", start.format("%H:%M"), end.format("%H:%M"));
    // In a right-to-left language, one left-to-right piece, or it reads 14:30–13:00.
    let range = if lang.dir() == "rtl" {
        format!("\u{2066}{range}\u{2069}")
    } else {
        range
    };
    lang.t_args(
        "utc-range",
        &[
            ("date", Arg::Text(lang.format_date(&start, style))),
            ("range", Arg::Text(range)),
        ],
    )
}

/// `Friday 30 April 2027, 15:00 UTC` in `lang`.
pub fn utc_instant(instant: DateTime<Utc>, lang: Language) -> String {
    lang.t_args(
        "utc-instant",
        &[
            (
                "date",
                Arg::Text(lang.format_date(&instant, DateStyle::Long)),
            ),
            ("time", Arg::Text(instant.format("%H:%M").to_string())),
        ],
    )
}

/// `UTC+05:45` for an offset `+05:45`. In a right-to-left language the whole label is
/// isolated as left-to-right (U+2066 … U+2069), or the bidirectional algorithm would
/// show it as `+05:45UTC`.
pub fn utc_offset(offset: &str, lang: Language) -> String {
    if lang.dir() == "rtl" {
        format!("\u{2066}UTC{offset}\u{2069}")
    } else {
        format!("UTC{offset}")
    }
}

/// [`time_range`] with the offset: `13:00–14:00 (UTC+01:00)` (the offsets are already
/// in the text when the clocks change during the meeting).
pub fn time_range_with_offset(start: &LocalTime, end: &LocalTime, lang: Language) -> String {
    let range = time_range(start, end, lang);
    if start.offset() == end.offset() {
        format!("{range} ({})", utc_offset(&start.offset(), lang))
    } else {
        range
    }
}

/// Formats a UTC instant as RFC 3339 with `Z` and whole seconds (`2027-03-23T12:00:00Z`).
pub fn rfc3339_utc(instant: DateTime<Utc>) -> String {
    instant.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn zone(name: &str) -> TimeZoneId {
        name.parse().unwrap_or(TimeZoneId::UTC)
    }

    fn naive(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap_or_default()
    }

    #[test]
    fn spring_forward_gap_is_refused_with_both_offsets() {
        let err = resolve_local(naive("2027-03-28T02:30"), zone("Europe/Zurich"));
        let Err(e @ LocalTimeError::Gap { .. }) = err else {
            panic!("expected a gap, got {err:?}");
        };
        let text = e.to_string();
        assert!(text.contains("2027-03-28 02:30"), "{text}");
        assert!(text.contains("Europe/Zurich"), "{text}");
        assert!(
            text.contains("UTC+01:00") && text.contains("UTC+02:00"),
            "{text}"
        );
    }

    #[test]
    fn fall_back_time_is_ambiguous_unless_the_offset_is_given() {
        let err = parse_instant("2027-10-31T02:30", zone("Europe/Zurich"));
        let Err(SlotInputError::Local(LocalTimeError::Ambiguous { earlier, later, .. })) = err
        else {
            panic!("expected ambiguity, got {err:?}");
        };
        assert_eq!(format_offset(earlier), "+02:00");
        assert_eq!(format_offset(later), "+01:00");
        let with_offset = parse_instant("2027-10-31T02:30+01:00", zone("Europe/Zurich"));
        assert_eq!(
            with_offset.map(rfc3339_utc).ok().as_deref(),
            Some("2027-10-31T01:30:00Z")
        );
    }

    #[test]
    fn a_whole_day_skipped_at_the_date_line_is_a_gap_with_the_offsets_either_side() {
        // Samoa moved to the other side of the date line: 29 December 2011 was followed
        // by 31 December; every time of the 30th is in the gap, -10:00 → +14:00.
        for time in ["2011-12-30T00:00", "2011-12-30T12:00", "2011-12-30T23:30"] {
            let err = resolve_local(naive(time), zone("Pacific/Apia"));
            let Err(LocalTimeError::Gap { before, after, .. }) = err else {
                panic!("expected a gap at {time}, got {err:?}");
            };
            assert_eq!(
                (format_offset(before), format_offset(after)),
                ("-10:00".to_owned(), "+14:00".to_owned()),
                "{time}"
            );
        }
    }

    #[test]
    fn unknown_zone_names_the_value() {
        let err = "Mars/Olympus"
            .parse::<TimeZoneId>()
            .err()
            .map(|e| e.to_string());
        assert!(err.is_some_and(|t| t.contains("Mars/Olympus")));
        // A very long value is cut in the message (the form keeps it whole).
        let long = "x".repeat(200_000);
        let err = long
            .parse::<TimeZoneId>()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.len() < 300 && err.contains(&"x".repeat(80)) && err.contains('…'),
            "{err}"
        );
        assert_eq!(
            " Asia/Kathmandu".parse::<TimeZoneId>().map(|z| z.name()),
            Ok("Asia/Kathmandu")
        );
    }

    #[test]
    fn zone_names_as_people_type_them() {
        let name = |text: &str| text.parse::<TimeZoneId>().map(|z| z.name());
        assert_eq!(name("asia/kathmandu"), Ok("Asia/Kathmandu"));
        assert_eq!(name("new york"), Ok("America/New_York"));
        assert_eq!(name("Kathmandu"), Ok("Asia/Kathmandu"));
        assert_eq!(name("port moresby"), Ok("Pacific/Port_Moresby"));
        // Europe/Nicosia is an old name of Asia/Nicosia: one zone, so found.
        assert_eq!(name("Nicosia"), Ok("Asia/Nicosia"));
        assert_eq!(name("buenos aires"), Ok("America/Argentina/Buenos_Aires"));
        assert_eq!(name("Istanbul"), Ok("Europe/Istanbul"));
        // Accents as people write the cities.
        assert_eq!(name("Zürich"), Ok("Europe/Zurich"));
        assert_eq!(name("São Paulo"), Ok("America/Sao_Paulo"));
        assert_eq!(name("Asunción"), Ok("America/Asuncion"));
        // US/Pacific and Canada/Pacific are different zones: refused, never guessed.
        assert!(name("Pacific").is_err());
        assert!(name("eastern").is_err());
        // A city is matched whole, not as a prefix or a fragment.
        assert!(name("York").is_err());
        assert!(name("").is_err());
        assert!(name("Europe/").is_err());
        // Old names that browsers still report become the current ones.
        assert_eq!(name("Asia/Katmandu"), Ok("Asia/Kathmandu"));
        assert_eq!(name("Asia/Calcutta"), Ok("Asia/Kolkata"));
        assert_eq!(name("Europe/Kiev"), Ok("Europe/Kyiv"));
        assert_eq!(name("US/Pacific"), Ok("America/Los_Angeles"));
        assert_eq!(name("UTC"), Ok("UTC"));
        assert_eq!(name("Etc/UTC"), Ok("UTC"));
        assert_eq!(name("Zulu"), Ok("UTC"));
        assert_eq!(name("GMT0"), Ok("Etc/GMT"));
        // Zones that only share rules since 1970 keep their own name.
        assert_eq!(name("Europe/Oslo"), Ok("Europe/Oslo"));
        let listed: Vec<_> = TimeZoneId::all().map(|z| z.name()).collect();
        assert!(listed.contains(&"Asia/Kathmandu") && !listed.contains(&"Asia/Katmandu"));
        assert!(listed.contains(&"UTC") && listed.contains(&"Europe/Oslo"));
        for old in [
            "Zulu",
            "GMT0",
            "Etc/UCT",
            "Universal",
            "US/Pacific",
            "Etc/UTC",
        ] {
            assert!(!listed.contains(&old), "{old} is listed");
        }
    }

    #[test]
    fn local_time_across_the_date_line_and_odd_offsets() {
        // 2027-03-23 12:00 UTC: Kiritimati is UTC+14 → 24 March 02:00.
        let instant = Utc
            .with_ymd_and_hms(2027, 3, 23, 12, 0, 0)
            .single()
            .unwrap_or_default();
        let k = zone("Pacific/Kiritimati").local(instant);
        assert_eq!(
            (k.iso_date().as_str(), k.hm().as_str(), k.offset().as_str()),
            ("2027-03-24", "02:00", "+14:00")
        );
        let n = zone("Asia/Kathmandu").local(instant);
        assert_eq!((n.hm().as_str(), n.offset().as_str()), ("17:45", "+05:45"));
        let r = zone("Pacific/Rarotonga").local(instant);
        assert_eq!(
            (r.iso_date().as_str(), r.hm().as_str()),
            ("2027-03-23", "02:00")
        );
    }

    #[test]
    fn a_meeting_over_a_clock_change_shows_both_offsets() {
        let zurich = zone("Europe/Zurich");
        // 2027-10-31 00:30 UTC is 02:30 CEST; an hour later it is 02:30 CET.
        let start = Utc
            .with_ymd_and_hms(2027, 10, 31, 0, 30, 0)
            .single()
            .unwrap_or_default();
        let (a, b) = (
            zurich.local(start),
            zurich.local(start + Duration::hours(1)),
        );
        assert_eq!(
            time_range(&a, &b, Language::En),
            "02:30 (UTC+02:00)–02:30 (UTC+01:00)"
        );
        assert_eq!(
            time_range_with_offset(&a, &b, Language::En),
            "02:30 (UTC+02:00)–02:30 (UTC+01:00)"
        );
        let fiji = zone("Pacific/Fiji");
        let late = Utc
            .with_ymd_and_hms(2027, 3, 29, 11, 0, 0)
            .single()
            .unwrap_or_default();
        let (a, b) = (fiji.local(late), fiji.local(late + Duration::hours(1)));
        assert_eq!(
            time_range_with_offset(&a, &b, Language::En),
            "23:00–00:00 (Tue 30 Mar) (UTC+12:00)"
        );
        // In Arabic the range is one left-to-right piece, the offset another.
        assert_eq!(
            time_range_with_offset(&a, &b, Language::Ar),
            "\u{2066}23:00–00:00 (الثلاثاء 30 مارس)\u{2069} (\u{2066}UTC+12:00\u{2069})"
        );
        // So is the UTC range (the trial saw "14:30–13:00 UTC" before).
        let utc = utc_range(
            late,
            late + Duration::hours(1),
            Language::Ar,
            DateStyle::Short,
        );
        assert!(utc.contains("\u{2066}11:00–12:00\u{2069}"), "{utc:?}");
        assert_eq!(
            utc_range(
                late,
                late + Duration::hours(1),
                Language::En,
                DateStyle::Short
            ),
            "Mon 29 Mar, 11:00–12:00 UTC"
        );
    }

    #[test]
    fn garbage_slot_text_is_a_format_error() {
        assert!(matches!(
            parse_instant("next tuesday", TimeZoneId::UTC),
            Err(SlotInputError::Format(_))
        ));
        assert!(matches!(
            parse_local_date_time("2027-02-30", "10:00", TimeZoneId::UTC),
            Err(SlotInputError::Format(_))
        ));
    }
}
