//! The slot and local-time parser and zone names, against chrono-tz as the oracle: what
//! is accepted round-trips, a local time in a gap or a fold is reported as such with the
//! right offsets (never guessed), nothing panics, and zone names are found exactly when
//! they should be.

use std::collections::BTreeSet;

use chrono::offset::LocalResult;
use chrono::{
    DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime, Offset, TimeZone, Timelike, Utc,
};
use chrono_tz::{Tz, TZ_VARIANTS};
use convene::domain::poll::{parse_duration_minutes, parse_slots, HORIZON_DAYS, SLOTS_MAX};
use convene::domain::time::{
    parse_instant, parse_local_date_time, LocalTimeError, SlotInputError, TimeZoneId,
};
use proptest::prelude::*;
use proptest::sample::Index;

use crate::strategies::any_text;

/// Zones and years with unusual changes: whole days skipped or repeated at the date
/// line, half-hour and two-hour daylight saving time, midnight changes, negative DST,
/// DST suspended during Ramadan, permanent changes of the standard offset.
const NOTABLE: &[(&str, i32)] = &[
    ("Pacific/Apia", 2011),
    ("Pacific/Fakaofo", 2011),
    ("Pacific/Kiritimati", 1994),
    ("Pacific/Kiritimati", 1995),
    ("Pacific/Kwajalein", 1993),
    ("Pacific/Kanton", 1994),
    ("Pacific/Kanton", 1995),
    ("Asia/Manila", 1844),
    ("Asia/Manila", 1845),
    ("America/Sitka", 1867),
    ("America/Juneau", 1867),
    ("Australia/Lord_Howe", 2027),
    ("Antarctica/Troll", 2027),
    ("Europe/Zurich", 2027),
    ("America/New_York", 2027),
    ("America/St_Johns", 2027),
    ("America/Sao_Paulo", 2018),
    ("America/Havana", 2027),
    ("Asia/Tehran", 2021),
    ("Africa/Casablanca", 2027),
    ("Africa/Casablanca", 2030),
    ("Europe/Dublin", 2027),
    ("Europe/Moscow", 2011),
    ("Europe/Moscow", 2014),
    ("America/Caracas", 2007),
    ("America/Caracas", 2016),
    ("Asia/Pyongyang", 2015),
    ("Asia/Pyongyang", 2018),
    ("America/Nuuk", 2023),
    ("America/Santiago", 2027),
    ("Pacific/Chatham", 2027),
    ("Asia/Kathmandu", 1986),
];

/// A zone of the bundled database, by index (old and alternative names included).
fn any_tz() -> impl Strategy<Value = Tz> {
    (0..TZ_VARIANTS.len()).prop_map(|i| TZ_VARIANTS[i])
}

/// The offset in force in `tz` at `instant`.
fn offset_at(tz: Tz, instant: DateTime<Utc>) -> FixedOffset {
    tz.offset_from_utc_datetime(&instant.naive_utc()).fix()
}

/// Every change of offset in `tz` during `year` (UTC), as (instant, before, after),
/// found by sampling every three hours and bisecting to the second.
fn transitions(tz: Tz, year: i32) -> Vec<(DateTime<Utc>, FixedOffset, FixedOffset)> {
    let Some(start) = Utc.with_ymd_and_hms(year, 1, 1, 0, 0, 0).single() else {
        return Vec::new();
    };
    let step = Duration::hours(3);
    let mut found = Vec::new();
    let mut t = start - Duration::days(1);
    let mut offset = offset_at(tz, t);
    while t < start + Duration::days(367) {
        let next = t + step;
        let next_offset = offset_at(tz, next);
        if next_offset != offset {
            // Changes happen on whole seconds: bisect on the seconds.
            let at = |s: i64| DateTime::from_timestamp(s, 0).expect("in range");
            let (mut lo, mut hi) = (t.timestamp(), next.timestamp());
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if offset_at(tz, at(mid)) == offset {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            found.push((at(hi), offset_at(tz, at(lo)), offset_at(tz, at(hi))));
        }
        t = next;
        offset = next_offset;
    }
    found
}

/// Checks what Convene made of the local time `local` in `zone` against chrono-tz:
/// one instant → that instant; two → `Ambiguous` with both offsets, earlier first; none
/// → `Gap` with the offsets in force either side of the gap.
fn check_local(
    local: NaiveDateTime,
    zone: TimeZoneId,
    got: &Result<DateTime<Utc>, SlotInputError>,
) -> Result<(), TestCaseError> {
    let tz = zone.tz();
    match tz.from_local_datetime(&local) {
        LocalResult::Single(dt) => {
            prop_assert_eq!(got, &Ok(dt.with_timezone(&Utc)), "{} in {}", local, zone);
            // What is accepted round-trips: the instant shows the same wall time.
            prop_assert_eq!(zone.local(dt.with_timezone(&Utc)).0.naive_local(), local);
        }
        LocalResult::Ambiguous(a, b) => {
            let (first, second) = if a < b { (a, b) } else { (b, a) };
            let Err(SlotInputError::Local(LocalTimeError::Ambiguous {
                local: said,
                zone: said_zone,
                earlier,
                later,
            })) = got
            else {
                return Err(TestCaseError::fail(format!(
                    "{local} in {zone} happens twice but gave {got:?}"
                )));
            };
            prop_assert_eq!(*said, local);
            prop_assert_eq!(*said_zone, zone);
            prop_assert_eq!(*earlier, first.offset().fix());
            prop_assert_eq!(*later, second.offset().fix());
        }
        LocalResult::None => {
            let Err(SlotInputError::Local(LocalTimeError::Gap {
                local: said,
                zone: said_zone,
                before,
                after,
            })) = got
            else {
                return Err(TestCaseError::fail(format!(
                    "{local} in {zone} does not exist but gave {got:?}"
                )));
            };
            prop_assert_eq!(*said, local);
            prop_assert_eq!(*said_zone, zone);
            prop_assert!(
                before.local_minus_utc() < after.local_minus_utc(),
                "a gap where the clock goes back: {} → {}",
                before,
                after
            );
            // Read with the offset before the change, the wall time falls after it;
            // read with the offset after, before it.
            let as_utc = |offset: &FixedOffset| {
                (local - Duration::seconds(i64::from(offset.local_minus_utc()))).and_utc()
            };
            prop_assert_eq!(
                offset_at(tz, as_utc(before)),
                *after,
                "{} in {}: the offset after the gap is not {}",
                local,
                zone,
                after
            );
            prop_assert_eq!(
                offset_at(tz, as_utc(after)),
                *before,
                "{} in {}: the offset before the gap is not {}",
                local,
                zone,
                before
            );
        }
    }
    Ok(())
}

/// Every way a local time may be typed: one field (`T` or space, with or without
/// seconds), or the form's date and time fields.
fn check_every_spelling(local: NaiveDateTime, zone: TimeZoneId) -> Result<(), TestCaseError> {
    let mut formats = vec!["%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"];
    if local.second() == 0 {
        formats.extend(["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]);
    }
    for format in formats {
        let text = local.format(format).to_string();
        check_local(local, zone, &parse_instant(&text, zone))?;
        check_local(local, zone, &parse_instant(&format!("  {text}\t"), zone))?;
    }
    let date = local.format("%Y-%m-%d").to_string();
    let time_format = if local.second() == 0 {
        "%H:%M"
    } else {
        "%H:%M:%S"
    };
    let time = local.format(time_format).to_string();
    check_local(local, zone, &parse_local_date_time(&date, &time, zone))?;
    Ok(())
}

/// Whether `text` holds only what a date-time is written with.
fn only_date_time_characters(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_ascii_digit() || "+-:.TtZz".contains(c) || c.is_whitespace())
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 29, 9, 0, 0).unwrap()
}

/// Slot texts near the present, in every accepted spelling and a few others.
fn slot_text() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => "20(2[6-9]|3[0-2])-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9])[T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,3})?)?(Z|[+-]0[0-9]:[0-5][0-9])?",
        1 => Just(String::new()),
        1 => any_text(),
    ]
}

proptest! {
    #[test]
    fn local_times_near_clock_changes_are_resolved_exactly_as_chrono_tz_does(
        notable in prop::sample::select(NOTABLE),
        random_zone in any_tz(),
        random_year in 1900i32..2100,
        use_notable in any::<bool>(),
        which in any::<Index>(),
        minutes in -200i64..200,
        second in prop_oneof![3 => Just(0u32), 1 => 0u32..60],
    ) {
        let (tz, year) = if use_notable {
            (notable.0.parse::<Tz>().expect("a zone of the list"), notable.1)
        } else {
            (random_zone, random_year)
        };
        let zone: TimeZoneId = tz.name().parse().expect("every zone name is accepted");
        let changes = transitions(tz, year);
        let local = match changes.get(which.index(changes.len().max(1))) {
            // Around the change, on the wall clock of the offset before it.
            Some((at, before, _)) => {
                (*at + Duration::seconds(i64::from(before.local_minus_utc()))).naive_utc()
                    + Duration::minutes(minutes)
            }
            None => NaiveDate::from_ymd_opt(year, 6, 15)
                .and_then(|d| d.and_hms_opt(12, 0, 0))
                .expect("a date")
                + Duration::minutes(minutes * 97),
        };
        let local = local.with_second(second).expect("a second");
        check_every_spelling(local, zone)?;
    }

    #[test]
    fn any_local_time_in_any_zone_is_resolved_exactly_as_chrono_tz_does(
        tz in any_tz(),
        date in (1800i32..2300, 1u32..=12, 1u32..=31),
        clock in (0u32..24, 0u32..60, prop_oneof![Just(0u32), 0u32..60]),
    ) {
        let zone: TimeZoneId = tz.name().parse().expect("every zone name is accepted");
        match NaiveDate::from_ymd_opt(date.0, date.1, date.2)
            .and_then(|d| d.and_hms_opt(clock.0, clock.1, clock.2))
        {
            Some(local) => check_every_spelling(local, zone)?,
            None => {
                // 31 April: not a date, reported as a format error naming the text.
                let text = format!("{:04}-{:02}-{:02}T{:02}:{:02}", date.0, date.1, date.2, clock.0, clock.1);
                prop_assert_eq!(
                    parse_instant(&text, zone),
                    Err(SlotInputError::Format(text.clone()))
                );
            }
        }
    }

    #[test]
    fn an_instant_shown_on_a_wall_clock_reads_back_as_the_same_instant(
        tz in any_tz(),
        seconds in -2_208_988_800i64..4_102_444_800,
    ) {
        let zone: TimeZoneId = tz.name().parse().expect("every zone name is accepted");
        let instant = DateTime::from_timestamp(seconds - seconds.rem_euclid(60), 0).expect("in range");
        let shown = zone.local(instant);
        // With seconds: old local mean times have offsets like -04:16:48.
        let text = shown.0.format("%Y-%m-%dT%H:%M:%S").to_string();
        match parse_instant(&text, zone) {
            Ok(read) => prop_assert_eq!(read, instant),
            // Shown during the hour that happens twice: refused, and one of the two
            // offsets it names is the one shown.
            Err(SlotInputError::Local(LocalTimeError::Ambiguous { earlier, later, .. })) => {
                prop_assert!(shown.0.offset().fix() == earlier || shown.0.offset().fix() == later);
                if shown.0.offset().fix().local_minus_utc() % 60 == 0 {
                    let with_offset = format!("{}{}", text, shown.offset());
                    prop_assert_eq!(parse_instant(&with_offset, zone), Ok(instant));
                }
            }
            Err(e) => prop_assert!(false, "{} shown in {} reads back as {:?}", instant, zone, e),
        }
    }

    #[test]
    fn an_instant_with_an_offset_means_that_instant_whatever_the_zone(
        tz in any_tz(),
        seconds in -62_135_596_800i64..253_402_300_799,
        offset_minutes in -(23 * 60 + 59)..=(23 * 60 + 59),
    ) {
        let zone: TimeZoneId = tz.name().parse().expect("every zone name is accepted");
        let offset = FixedOffset::east_opt(offset_minutes * 60).expect("an offset");
        let Some(instant) = DateTime::from_timestamp(seconds, 0) else { return Ok(()) };
        let shown = instant.with_timezone(&offset);
        if !(0..=9999).contains(&chrono::Datelike::year(&shown)) {
            return Ok(());
        }
        for text in [
            shown.to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            instant.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            shown.to_rfc3339_opts(chrono::SecondsFormat::Millis, false),
        ] {
            prop_assert_eq!(parse_instant(&text, zone), Ok(instant), "{}", text);
        }
        let whole_minute = instant - Duration::seconds(i64::from(instant.second()));
        let shown = whole_minute.with_timezone(&offset);
        for text in [
            shown.format("%Y-%m-%dT%H:%M%:z").to_string(),
            shown.format("%Y-%m-%d %H:%M%:z").to_string(),
            whole_minute.format("%Y-%m-%dT%H:%MZ").to_string(),
        ] {
            prop_assert_eq!(parse_instant(&text, zone), Ok(whole_minute), "{}", text);
        }
    }

    #[test]
    fn no_text_makes_the_time_parsers_panic_and_only_date_times_are_accepted(
        tz in any_tz(),
        text in prop_oneof![
            "[+-]?[0-9]{1,7}-[0-9]{1,3}-[0-9]{1,3}[Tt ][0-9]{1,3}:[0-9]{1,3}(:[0-9]{1,3}(\\.[0-9]{1,12})?)?([+-][0-9]{1,2}:[0-9]{1,2}|Z|z)?",
            "[+-]?(26214[0-9]|9999|0000)-(12|01)-(31|01)[T ](23|00):(59|00)(:59)?([+-](23|00):(59|00)|Z)?",
            any_text(),
        ],
        date in prop_oneof!["[+-]?[0-9]{1,7}-[0-9]{1,3}-[0-9]{1,3}", "[+-]?26214[0-9]-12-31", any_text()],
        time in prop_oneof!["[0-9]{1,3}:[0-9]{1,3}(:[0-9]{1,3})?", any_text()],
    ) {
        let zone: TimeZoneId = tz.name().parse().expect("every zone name is accepted");
        match parse_instant(&text, zone) {
            Ok(_) => prop_assert!(only_date_time_characters(text.trim()), "accepted {:?}", text),
            Err(SlotInputError::Format(kept)) => prop_assert_eq!(kept, text),
            Err(SlotInputError::Local(_)) => {}
        }
        if parse_local_date_time(&date, &time, zone).is_ok() {
            let typed = format!("{date}{time}");
            prop_assert!(only_date_time_characters(&typed), "accepted {:?}", typed);
        }
    }

    #[test]
    fn accepted_slots_are_sorted_distinct_whole_minutes_within_the_horizon(
        texts in prop::collection::vec(slot_text(), 0..8),
        existing in prop::collection::vec(0i64..2_000_000, 0..3),
        tz in any_tz(),
    ) {
        let zone: TimeZoneId = tz.name().parse().expect("every zone name is accepted");
        let existing: Vec<DateTime<Utc>> = existing
            .iter()
            .map(|m| now() + Duration::minutes(*m))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        if let Ok(starts) = parse_slots(&texts, zone, &existing, now()) {
            prop_assert!(starts.windows(2).all(|w| w[0] < w[1]), "{:?}", starts);
            prop_assert!(!starts.is_empty() || !existing.is_empty());
            prop_assert!(starts.len() + existing.len() <= SLOTS_MAX);
            for start in &starts {
                prop_assert!(*start > now());
                prop_assert!(*start <= now() + Duration::days(HORIZON_DAYS));
                prop_assert!(
                    start.second() == 0 && start.nanosecond() == 0,
                    "{} is not a whole minute", start
                );
                prop_assert!(!existing.contains(start));
            }
            let typed = texts.iter().filter(|t| !t.trim().is_empty()).count();
            prop_assert_eq!(starts.len(), typed, "every typed slot is kept");
        }
    }

    #[test]
    fn a_duration_is_a_whole_number_of_minutes_up_to_a_day(text in prop_oneof![
        "[+-]?[0-9]{1,12}", " ?[0-9]{1,5} ?", any_text()
    ]) {
        if let Ok(minutes) = parse_duration_minutes(&text) {
            prop_assert!((1..=24 * 60).contains(&minutes));
            prop_assert_eq!(text.trim().parse::<i32>(), Ok(minutes));
        }
    }
}

// ---- zone names ----

/// The zone that an exact name (any letter case) should give: its own rules, under the
/// name the suggestions list shows.
fn listed_names() -> BTreeSet<&'static str> {
    TimeZoneId::all().map(|z| z.name()).collect()
}

/// The distinct zones whose name ends with `/city` (letter case ignored), by the zone
/// each full name gives.
fn zones_of_city(city: &str) -> BTreeSet<&'static str> {
    TZ_VARIANTS
        .iter()
        .filter(|tz| {
            tz.name()
                .rsplit_once('/')
                .is_some_and(|(_, last)| last.eq_ignore_ascii_case(city))
        })
        .filter_map(|tz| tz.name().parse::<TimeZoneId>().ok())
        .map(|z| z.name())
        .collect()
}

/// Whether two zones keep the same clocks: the same offset at instants spread from
/// 1970 to 2037 (a zone and its old name, or a link, share their rules).
fn same_rules(a: Tz, b: Tz) -> bool {
    (0..400).all(|i| {
        let at = Utc
            .timestamp_opt(i * 5_400_000, 0)
            .single()
            .expect("an instant");
        offset_at(a, at) == offset_at(b, at)
    })
}

/// `text` with the letter case of each ASCII letter flipped where `flips` says.
fn recase(text: &str, flips: &[bool]) -> String {
    text.chars()
        .zip(flips.iter().cycle())
        .map(|(c, flip)| {
            if *flip {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            } else {
                c
            }
        })
        .collect()
}

proptest! {
    #[test]
    fn every_zone_name_in_any_letter_case_gives_a_listed_zone_with_the_same_rules(
        tz in any_tz(),
        flips in prop::collection::vec(any::<bool>(), 1..8),
        pad in "[ \t]{0,2}",
    ) {
        let typed = format!("{pad}{}{pad}", recase(tz.name(), &flips));
        let zone = typed.parse::<TimeZoneId>();
        prop_assert!(zone.is_ok(), "{:?} refused", typed);
        let zone = zone.expect("checked");
        prop_assert!(same_rules(zone.tz(), tz), "{} became {}", tz.name(), zone);
        prop_assert!(
            listed_names().contains(zone.name()),
            "{} becomes {}, which the suggestions never show", tz.name(), zone
        );
        prop_assert_eq!(zone.name().parse::<TimeZoneId>(), Ok(zone), "the name given reads back");
    }

    #[test]
    fn a_city_is_found_exactly_when_it_names_one_zone(
        tz in any_tz(),
        flips in prop::collection::vec(any::<bool>(), 1..8),
    ) {
        let Some((_, last)) = tz.name().rsplit_once('/') else { return Ok(()) };
        let typed = recase(&last.replace('_', " "), &flips);
        let zones = zones_of_city(last);
        match typed.parse::<TimeZoneId>() {
            Ok(zone) => {
                // A name that is also a whole zone name (`GMT+0`, …) is that zone.
                if !TZ_VARIANTS.iter().any(|t| t.name().eq_ignore_ascii_case(typed.trim())) {
                    prop_assert_eq!(zones.len(), 1, "{:?} is shared by {:?} but gave {}", typed, zones, zone);
                    prop_assert!(zones.contains(zone.name()), "{:?} gave {}", typed, zone);
                }
            }
            Err(e) => {
                prop_assert!(zones.len() > 1, "{:?} names only {:?} but was refused", typed, zones);
                prop_assert_eq!(e.0, typed);
            }
        }
    }

    #[test]
    fn any_other_text_is_refused_as_a_zone_naming_what_was_typed(text in prop_oneof![
        any_text(),
        "[A-Za-z_/ +-]{1,20}",
        "(Europe|America|Asia|Etc)/[A-Za-z_ ]{0,12}",
    ]) {
        let trimmed = text.trim();
        let exact = TZ_VARIANTS.iter().any(|t| t.name().eq_ignore_ascii_case(trimmed));
        let city = trimmed.replace(' ', "_");
        let by_city = !city.is_empty() && !city.contains('/') && zones_of_city(&city).len() == 1;
        match text.parse::<TimeZoneId>() {
            Ok(zone) => prop_assert!(exact || by_city, "{:?} accepted as {}", text, zone),
            Err(e) => {
                prop_assert!(!exact && !by_city, "{:?} refused", text);
                prop_assert_eq!(e.0, text);
            }
        }
    }
}
