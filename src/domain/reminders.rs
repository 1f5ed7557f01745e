//! When mail that Convene sends on its own goes out: the automatic reminder before a
//! poll's deadline and the organizer's daily digest, both at about 09:00 on the
//! recipient's own clock and never at night for them.

use chrono::{DateTime, Duration, NaiveTime, TimeZone as _, Timelike, Utc};

use super::time::TimeZoneId;

/// The local hour automatic mail is planned for (09:00).
pub const PLANNED_HOUR: u32 = 9;
/// Automatic mail goes only between these local hours: from 08:00, before 21:00.
pub const HUMANE_HOURS: std::ops::Range<u32> = 8..21;

/// The UTC instant of `hour`:00 on the local date of `instant` in `zone`. A local time
/// skipped by a clock change (a gap) is replaced by the first instant after it; a
/// repeated one by its first occurrence.
fn local_hour_on_date_of(instant: DateTime<Utc>, hour: u32, zone: TimeZoneId) -> DateTime<Utc> {
    let date = zone.local(instant).date();
    let wanted = date.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or(NaiveTime::MIN));
    // Clock changes last at most a day (Apia 2011); step forward an hour at a time.
    (0..=24)
        .find_map(|h| {
            let local = wanted + Duration::hours(h);
            zone.tz()
                .from_local_datetime(&local)
                .earliest()
                .map(|t| t.with_timezone(&Utc))
        })
        .unwrap_or(instant)
}

/// Whether `instant` is a humane hour in `zone` (local hour in [`HUMANE_HOURS`]).
pub fn is_humane_hour(instant: DateTime<Utc>, zone: TimeZoneId) -> bool {
    HUMANE_HOURS.contains(&zone.local(instant).0.hour())
}

/// The UTC instant the automatic reminder is planned for: 09:00 on the recipient's
/// clock (`zone`) on the last day that leaves at least `before_hours` hours before the
/// deadline (`deadline_at`, UTC instant). It is sent at that instant, or, if Convene was
/// not running then, at the next humane hour before the deadline (see
/// [`automatic_reminder_due`]).
pub fn automatic_reminder_at(
    deadline_at: DateTime<Utc>,
    before_hours: i32,
    zone: TimeZoneId,
) -> DateTime<Utc> {
    let target = deadline_at - Duration::hours(i64::from(before_hours));
    let same_day = local_hour_on_date_of(target, PLANNED_HOUR, zone);
    if same_day <= target {
        same_day
    } else {
        local_hour_on_date_of(target - Duration::days(1), PLANNED_HOUR, zone)
    }
}

/// Whether the automatic reminder is due at `now` for someone in `zone`: its planned
/// instant has come, the deadline has not passed, and it is a humane hour for them.
pub fn automatic_reminder_due(
    now: DateTime<Utc>,
    deadline_at: DateTime<Utc>,
    before_hours: i32,
    zone: TimeZoneId,
) -> bool {
    now >= automatic_reminder_at(deadline_at, before_hours, zone)
        && now < deadline_at
        && is_humane_hour(now, zone)
}

/// Whether the organizer's daily digest is due at `now` for a poll in `zone`, last sent
/// at `last_sent_at` (UTC instant, `None` if never): from 09:00 local, once a day.
/// The caller also checks that something happened since the last one.
pub fn digest_due(
    now: DateTime<Utc>,
    zone: TimeZoneId,
    last_sent_at: Option<DateTime<Utc>>,
) -> bool {
    let today_at_nine = local_hour_on_date_of(now, PLANNED_HOUR, zone);
    now >= today_at_nine
        && is_humane_hour(now, zone)
        && last_sent_at.is_none_or(|t| t < today_at_nine)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default()
    }

    fn zone(name: &str) -> TimeZoneId {
        name.parse().unwrap_or(TimeZoneId::UTC)
    }

    #[test]
    fn the_reminder_is_planned_for_nine_in_the_morning_on_each_persons_clock() {
        // Deadline Friday 19 March 2027 17:00 in Zurich (UTC+1) = 16:00 UTC; 48 hours
        // before is Wednesday 17 March 16:00 UTC.
        let deadline = utc("2027-03-19T16:00:00Z");
        // Zurich: Wednesday 17:00 local → 09:00 that day = 08:00 UTC.
        assert_eq!(
            automatic_reminder_at(deadline, 48, zone("Europe/Zurich")),
            utc("2027-03-17T08:00:00Z")
        );
        // Fiji (UTC+12): the target is Thursday 04:00 local, before 09:00, so Wednesday
        // 09:00 local = Tuesday 21:00 UTC.
        assert_eq!(
            automatic_reminder_at(deadline, 48, zone("Pacific/Fiji")),
            utc("2027-03-16T21:00:00Z")
        );
        // Los Angeles (PDT, UTC−7 since 14 March): the target is Wednesday 09:00 local
        // exactly, which is allowed.
        assert_eq!(
            automatic_reminder_at(deadline, 48, zone("America/Los_Angeles")),
            utc("2027-03-17T16:00:00Z")
        );
        // Kathmandu (UTC+5:45): the target is Wednesday 21:45 local → 09:00 = 03:15 UTC.
        assert_eq!(
            automatic_reminder_at(deadline, 48, zone("Asia/Kathmandu")),
            utc("2027-03-17T03:15:00Z")
        );
    }

    #[test]
    fn a_late_reminder_waits_for_the_morning_and_never_passes_the_deadline() {
        let deadline = utc("2027-03-19T16:00:00Z");
        let fiji = zone("Pacific/Fiji");
        // Planned Tuesday 21:00 UTC (09:00 Fiji): due then.
        assert!(automatic_reminder_due(
            utc("2027-03-16T21:00:00Z"),
            deadline,
            48,
            fiji
        ));
        assert!(!automatic_reminder_due(
            utc("2027-03-16T20:59:00Z"),
            deadline,
            48,
            fiji
        ));
        // Missed (instance down): at 11:00 UTC Wednesday it is 23:00 in Fiji: wait.
        assert!(!automatic_reminder_due(
            utc("2027-03-17T11:00:00Z"),
            deadline,
            48,
            fiji
        ));
        // 20:00 UTC is 08:00 Thursday in Fiji: due again.
        assert!(automatic_reminder_due(
            utc("2027-03-17T20:00:00Z"),
            deadline,
            48,
            fiji
        ));
        // After the deadline, never.
        assert!(!automatic_reminder_due(
            utc("2027-03-19T16:00:00Z"),
            deadline,
            48,
            fiji
        ));
    }

    #[test]
    fn nine_oclock_on_a_day_the_clocks_change_is_still_nine_oclock() {
        // Los Angeles springs forward on 14 March 2027 at 02:00: 09:00 that day is PDT.
        let deadline = utc("2027-03-15T20:00:00Z"); // Monday 13:00 PDT
        assert_eq!(
            automatic_reminder_at(deadline, 24, zone("America/Los_Angeles")),
            utc("2027-03-14T16:00:00Z")
        );
    }

    #[test]
    fn the_digest_goes_once_a_day_from_nine_in_the_polls_zone() {
        let zurich = zone("Europe/Zurich");
        // 08:30 Zurich (07:30 UTC): too early.
        assert!(!digest_due(utc("2027-03-17T07:30:00Z"), zurich, None));
        // 09:05 Zurich: due when never sent or sent before today's 09:00.
        assert!(digest_due(utc("2027-03-17T08:05:00Z"), zurich, None));
        assert!(digest_due(
            utc("2027-03-17T08:05:00Z"),
            zurich,
            Some(utc("2027-03-16T08:01:00Z"))
        ));
        // Sent today already: not again until tomorrow 09:00.
        assert!(!digest_due(
            utc("2027-03-17T15:00:00Z"),
            zurich,
            Some(utc("2027-03-17T08:01:00Z"))
        ));
        assert!(digest_due(
            utc("2027-03-18T08:00:00Z"),
            zurich,
            Some(utc("2027-03-17T08:01:00Z"))
        ));
        // 22:30 Zurich: not at night, even if not sent today.
        assert!(!digest_due(utc("2027-03-17T21:30:00Z"), zurich, None));
    }
}
