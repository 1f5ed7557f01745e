//! Time-zone fairness: what a slot costs each person on their own clock, and the
//! planner that proposes the start times costing the group least.
//!
//! **Classes.** A meeting is, for one person, in *working hours* when all of it lies
//! within their working hours (default 09:00–18:00 on their own clock), at *night* when
//! any part of it lies in their night (default 22:00–07:00), and in *off hours*
//! otherwise (it touches 07:00–09:00 or 18:00–22:00). The hours are per poll
//! ([`DayHours`]).
//!
//! **Inconvenience score.** Per person: night 3, off hours 1, working hours 0
//! ([`TimeClass::score`]); a slot's score is the sum over the people it concerns.
//!
//! **Planner.** Every start instant from the first day 00:00 to the last day 24:00 (on
//! the organizer's clock) at the step, on the allowed weekdays (again on the organizer's
//! clock), is scored for the given zones and head counts; proposals are ranked by total
//! score, then by fewest people at night, then earliest, and none overlaps a better one.

use std::fmt;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Timelike, Utc, Weekday};

use super::invitee::Invitee;
use super::poll::Poll;
use super::response::Response;
use super::time::TimeZoneId;
use super::vote::{tally, SlotTally};
use super::FieldErrors;
use crate::i18n::Message;

/// Minutes in a day.
const DAY_MINUTES: u32 = 24 * 60;

/// Where a moment falls on someone's own clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TimeClass {
    /// Within working hours.
    Working,
    /// Early morning or evening.
    Off,
    /// Night.
    Night,
}

impl TimeClass {
    /// The inconvenience of this class for one person: working 0, off hours 1, night 3.
    pub fn score(self) -> u32 {
        match self {
            TimeClass::Working => 0,
            TimeClass::Off => 1,
            TimeClass::Night => 3,
        }
    }

    /// The stored and API spelling: `working`, `off`, `night`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeClass::Working => "working",
            TimeClass::Off => "off",
            TimeClass::Night => "night",
        }
    }
}

impl fmt::Display for TimeClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The hours of a day, in minutes after local midnight: night until `day_start`,
/// off hours until `work_start`, working hours until `work_end`, off hours until
/// `night_start`, night after. `day_start ≤ work_start < work_end ≤ night_start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayHours {
    /// End of the night (default 07:00 = 420).
    pub day_start: u32,
    /// Start of working hours (default 09:00 = 540).
    pub work_start: u32,
    /// End of working hours (default 18:00 = 1080).
    pub work_end: u32,
    /// Start of the night (default 22:00 = 1320).
    pub night_start: u32,
}

/// Hours that are not in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the hours must be in order: end of night ≤ start of work < end of work ≤ start of night, within a day")]
pub struct HoursOutOfOrder;

impl Default for DayHours {
    fn default() -> Self {
        DayHours::DEFAULT
    }
}

impl DayHours {
    /// 07:00 / 09:00 / 18:00 / 22:00.
    pub const DEFAULT: DayHours = DayHours {
        day_start: 7 * 60,
        work_start: 9 * 60,
        work_end: 18 * 60,
        night_start: 22 * 60,
    };

    /// Checked hours (minutes after midnight).
    ///
    /// # Errors
    /// [`HoursOutOfOrder`] unless `day_start ≤ work_start < work_end ≤ night_start ≤ 1440`.
    pub fn new(
        day_start: u32,
        work_start: u32,
        work_end: u32,
        night_start: u32,
    ) -> Result<Self, HoursOutOfOrder> {
        if day_start <= work_start
            && work_start < work_end
            && work_end <= night_start
            && night_start <= DAY_MINUTES
        {
            Ok(DayHours {
                day_start,
                work_start,
                work_end,
                night_start,
            })
        } else {
            Err(HoursOutOfOrder)
        }
    }

    /// The class of one local minute of the day (0..1440).
    pub fn class_of_minute(&self, minute: u32) -> TimeClass {
        if minute < self.day_start || minute >= self.night_start {
            TimeClass::Night
        } else if minute < self.work_start || minute >= self.work_end {
            TimeClass::Off
        } else {
            TimeClass::Working
        }
    }

    /// The class of a meeting of `duration_minutes` starting at the local minute
    /// `start` (0..1440): its worst minute, the meeting running on past midnight if
    /// it must.
    pub fn class_of_meeting(&self, start: u32, duration_minutes: u32) -> TimeClass {
        // The boundaries a meeting can cross; checking its first minute and each
        // boundary inside it finds its worst class.
        let mut worst = self.class_of_minute(start % DAY_MINUTES);
        let end = start + duration_minutes.max(1);
        let mut day = (start / DAY_MINUTES) * DAY_MINUTES;
        while day < end {
            for b in [
                self.day_start,
                self.work_start,
                self.work_end,
                self.night_start,
                DAY_MINUTES,
            ] {
                let at = day + b;
                if at > start && at < end {
                    worst = worst.max(self.class_of_minute(at % DAY_MINUTES));
                }
            }
            day += DAY_MINUTES;
        }
        worst
    }
}

/// Minutes after midnight of a typed `HH:MM` (24-hour clock).
fn minutes(text: &str) -> Option<u32> {
    let t = NaiveTime::parse_from_str(text.trim(), "%H:%M").ok()?;
    Some(t.hour() * 60 + t.minute())
}

/// The hours as typed: end of night, start and end of work, start of night (`HH:MM`).
#[derive(Debug, Clone, Default)]
pub struct HoursDraft {
    /// End of the night (`07:00`).
    pub day_start: String,
    /// Start of working hours (`09:00`).
    pub work_start: String,
    /// End of working hours (`18:00`).
    pub work_end: String,
    /// Start of the night (`22:00`).
    pub night_start: String,
}

impl HoursDraft {
    /// The draft of stored hours.
    pub fn of(h: &DayHours) -> Self {
        let hm = |m: u32| format!("{:02}:{:02}", (m / 60) % 24, m % 60);
        HoursDraft {
            day_start: hm(h.day_start),
            work_start: hm(h.work_start),
            work_end: hm(h.work_end),
            night_start: hm(h.night_start),
        }
    }

    /// The four fields for a form: (name, catalog key of the label, value).
    pub fn fields(&self) -> [(&'static str, &'static str, &str); 4] {
        [
            ("day_start", "field-day-start", &self.day_start),
            ("work_start", "field-work-start", &self.work_start),
            ("work_end", "field-work-end", &self.work_end),
            ("night_start", "field-night-start", &self.night_start),
        ]
    }

    /// Checked hours.
    ///
    /// # Errors
    /// [`FieldErrors`] naming each field that is not a time, or `night_start` when the
    /// four are not in order.
    pub fn validate(&self) -> Result<DayHours, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut read = |field: &'static str, text: &str| {
            let m = minutes(text);
            if m.is_none() {
                errors.add(field, Message::new("error-hour").text("value", text.trim()));
            }
            m
        };
        let values = (
            read("day_start", &self.day_start),
            read("work_start", &self.work_start),
            read("work_end", &self.work_end),
            read("night_start", &self.night_start),
        );
        let (Some(a), Some(b), Some(c), Some(d)) = values else {
            return Err(errors);
        };
        // Night starting at 00:00 means at the end of the day.
        let d = if d == 0 { 24 * 60 } else { d };
        DayHours::new(a, b, c, d).map_err(|_| {
            let mut e = FieldErrors::default();
            e.add("work_start", Message::new("error-hours-order"));
            e
        })
    }
}

/// The local minute of the day at `instant` in `zone`.
fn local_minute(instant: DateTime<Utc>, zone: TimeZoneId) -> u32 {
    let local = zone.local(instant).0;
    local.hour() * 60 + local.minute()
}

/// The class of a meeting starting at `start` (UTC instant) and lasting
/// `duration_minutes`, for someone in `zone`. The meeting is classed on the local clock
/// at its start; a clock change during the meeting shifts its end by the change (at most
/// an hour), which the boundaries crossed then take into account.
pub fn class_for(
    start: DateTime<Utc>,
    duration_minutes: u32,
    zone: TimeZoneId,
    hours: &DayHours,
) -> TimeClass {
    let first = local_minute(start, zone);
    let end_instant = start + Duration::minutes(i64::from(duration_minutes));
    let last = local_minute(end_instant, zone);
    // Local length: the duration, unless a clock change shortened or lengthened it.
    let naive_length = (last + DAY_MINUTES * 2 - first) % DAY_MINUTES;
    let length = if duration_minutes >= DAY_MINUTES {
        duration_minutes
    } else {
        naive_length.max(1)
    };
    hours.class_of_meeting(first, length)
}

/// Zones with how many people are in each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneCount {
    /// The zone.
    pub zone: TimeZoneId,
    /// People in it (at least 1).
    pub count: u32,
}

/// Most people one zone of a group may count.
pub const ZONE_PEOPLE_MAX: u32 = 10_000;

/// Adds `count` people in `zone` to `zones`: to its entry if it has one, else as a new
/// one at the end (zones keep the order they first came in).
pub fn add_people(zones: &mut Vec<ZoneCount>, zone: TimeZoneId, count: u32) {
    match zones.iter_mut().find(|z| z.zone == zone) {
        Some(z) => z.count += count,
        None => zones.push(ZoneCount { zone, count }),
    }
}

/// What one slot costs a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SlotCost {
    /// People the slot puts at night.
    pub night: u32,
    /// People the slot puts in off hours.
    pub off: u32,
    /// People in working hours.
    pub working: u32,
    /// Inconvenience score: 3 per person at night, 1 per person in off hours.
    pub score: u32,
}

impl SlotCost {
    fn add(&mut self, class: TimeClass, count: u32) {
        match class {
            TimeClass::Working => self.working += count,
            TimeClass::Off => self.off += count,
            TimeClass::Night => self.night += count,
        }
        self.score += class.score() * count;
    }
}

/// What a meeting at `start` costs the group `zones`.
pub fn cost(
    start: DateTime<Utc>,
    duration_minutes: u32,
    zones: &[ZoneCount],
    hours: &DayHours,
) -> SlotCost {
    let mut c = SlotCost::default();
    for z in zones {
        c.add(class_for(start, duration_minutes, z.zone, hours), z.count);
    }
    c
}

/// What the planner is asked.
#[derive(Debug, Clone)]
pub struct PlannerRequest {
    /// First day, on `zone`'s clock.
    pub from: NaiveDate,
    /// Last day (included), on `zone`'s clock.
    pub to: NaiveDate,
    /// The organizer's zone: days and weekdays are read on its clock.
    pub zone: TimeZoneId,
    /// Meeting length in minutes.
    pub duration_minutes: u32,
    /// Between two candidate starts, in minutes (divides 60: 5, 10, 15, 20, 30, 60).
    pub step_minutes: u32,
    /// Weekdays allowed (on `zone`'s clock); empty means every day.
    pub weekdays: Vec<Weekday>,
    /// The people: zones and head counts.
    pub zones: Vec<ZoneCount>,
    /// The hours of the day.
    pub hours: DayHours,
    /// How many proposals to return.
    pub limit: usize,
    /// Starts already chosen (a poll's slots, UTC instants): no proposal overlaps them.
    pub taken: Vec<DateTime<Utc>>,
}

/// Why the planner cannot answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlannerError {
    /// `to` is before `from`.
    #[error("the range is empty: it ends before it starts")]
    EmptyRange,
    /// More than [`PLANNER_MAX_DAYS`] days.
    #[error("the range is longer than {PLANNER_MAX_DAYS} days")]
    RangeTooLong,
    /// A step that does not divide an hour.
    #[error("the step must divide an hour (5, 10, 15, 20, 30 or 60 minutes)")]
    Step,
    /// No zone given.
    #[error("give at least one time zone")]
    NoZones,
    /// A length outside 1..=1440 minutes.
    #[error("the meeting length must be 1 to 1440 minutes")]
    Duration,
    /// More than [`PLANNER_MAX_WORK`] start times × zones to score.
    #[error(
        "too many start times for so many zones: take a longer step, fewer days or fewer zones"
    )]
    TooMuchWork,
}

/// Longest range the planner takes, in days.
pub const PLANNER_MAX_DAYS: i64 = 90;

/// Most start times × distinct zones one plan scores (about 0.1 s on one core; the
/// 90-day range at 15-minute steps for 100 zones fits).
pub const PLANNER_MAX_WORK: i64 = 1_000_000;

/// One proposed start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// Start, UTC instant.
    pub start: DateTime<Utc>,
    /// What it costs the group.
    pub cost: SlotCost,
}

impl PlannerRequest {
    /// Whether the planner can answer this request, without planning.
    ///
    /// # Errors
    /// [`PlannerError`] for an empty or too long range, a step not dividing an hour, no
    /// zones, a length outside 1..=1440 minutes, or more than [`PLANNER_MAX_WORK`] start
    /// times × zones.
    pub fn check(&self) -> Result<(), PlannerError> {
        if self.to < self.from {
            return Err(PlannerError::EmptyRange);
        }
        let days = (self.to - self.from).num_days() + 1;
        if days > PLANNER_MAX_DAYS {
            return Err(PlannerError::RangeTooLong);
        }
        if self.step_minutes == 0 || self.step_minutes > 60 || 60 % self.step_minutes != 0 {
            return Err(PlannerError::Step);
        }
        if self.zones.is_empty() {
            return Err(PlannerError::NoZones);
        }
        if self.duration_minutes == 0 || self.duration_minutes > DAY_MINUTES {
            return Err(PlannerError::Duration);
        }
        let starts = days * i64::from(DAY_MINUTES / self.step_minutes);
        let zones = i64::try_from(self.zones.len()).unwrap_or(i64::MAX);
        if starts.saturating_mul(zones) > PLANNER_MAX_WORK {
            return Err(PlannerError::TooMuchWork);
        }
        Ok(())
    }
}

/// The proposals for `req`, best first (lowest score, then fewest at night, then
/// earliest), at most `req.limit`, none overlapping a better one or a start already
/// taken.
///
/// # Errors
/// [`PlannerError`] for an empty or too long range, a step not dividing an hour, no
/// zones, or a bad length.
pub fn plan(req: &PlannerRequest) -> Result<Vec<Proposal>, PlannerError> {
    req.check()?;
    let start = day_start_instant(req.from, req.zone);
    let end = day_start_instant(req.to + Duration::days(1), req.zone);
    let step = Duration::minutes(i64::from(req.step_minutes));
    let mut all = Vec::new();
    let mut at = start;
    while at < end {
        let weekday = req.zone.local(at).0.weekday();
        if req.weekdays.is_empty() || req.weekdays.contains(&weekday) {
            all.push(Proposal {
                start: at,
                cost: cost(at, req.duration_minutes, &req.zones, &req.hours),
            });
        }
        at += step;
    }
    all.sort_by(|a, b| {
        (a.cost.score, a.cost.night, a.start).cmp(&(b.cost.score, b.cost.night, b.start))
    });
    // Proposals never overlap one another: a start 15 minutes after a better one is the
    // same meeting, not another choice.
    let length = Duration::minutes(i64::from(req.duration_minutes));
    let mut chosen: Vec<Proposal> = Vec::new();
    for p in all {
        if chosen.len() >= req.limit {
            break;
        }
        let clear = |start: DateTime<Utc>| (start - p.start).abs() >= length;
        if chosen.iter().all(|c| clear(c.start)) && req.taken.iter().all(|t| clear(*t)) {
            chosen.push(p);
        }
    }
    Ok(chosen)
}

/// The first instant of a local date in `zone` (midnight, or the first instant after a
/// clock change that skips it).
fn day_start_instant(date: NaiveDate, zone: TimeZoneId) -> DateTime<Utc> {
    use chrono::TimeZone as _;
    (0..=24 * 4)
        .find_map(|quarter| {
            let local = date.and_time(NaiveTime::MIN) + Duration::minutes(15 * quarter);
            zone.tz()
                .from_local_datetime(&local)
                .earliest()
                .map(|t| t.with_timezone(&Utc))
        })
        .unwrap_or_else(|| date.and_time(NaiveTime::MIN).and_utc())
}

/// The respondents' zones with their head counts (each response once).
pub fn respondent_zones(responses: &[Response]) -> Vec<ZoneCount> {
    let mut zones: Vec<ZoneCount> = Vec::new();
    for r in responses {
        add_people(&mut zones, r.timezone, 1);
    }
    zones
}

/// The zones of everyone a poll concerns, with head counts: each respondent by their
/// zone, and each invitee who has not answered by the zone of the invitation list
/// (those without one are left out: their clock is unknown).
pub fn everyone_zones(responses: &[Response], invitees: &[Invitee]) -> Vec<ZoneCount> {
    let mut zones = respondent_zones(responses);
    for zone in invitees
        .iter()
        .filter(|i| i.response_id.is_none())
        .filter_map(|i| i.timezone)
    {
        add_people(&mut zones, zone, 1);
    }
    zones
}

/// How the chosen meetings of a series fell for one zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneBurden {
    /// The zone.
    pub zone: TimeZoneId,
    /// People of the current poll in it.
    pub people: u32,
    /// Meetings in its night.
    pub night: u32,
    /// Meetings in its off hours.
    pub off: u32,
}

/// For each zone of `zones`, how many of the series' `meetings` (UTC start, length in
/// minutes) fell in its night and in its off hours by `hours`; the zones that bore the
/// most first (night, then off hours), then by name. This lets a group share the
/// burden of awkward hours across a series instead of leaving it on the same people.
pub fn series_burden(
    meetings: &[(DateTime<Utc>, u32)],
    zones: &[ZoneCount],
    hours: &DayHours,
) -> Vec<ZoneBurden> {
    let mut burden: Vec<ZoneBurden> = zones
        .iter()
        .map(|z| {
            let mut b = ZoneBurden {
                zone: z.zone,
                people: z.count,
                night: 0,
                off: 0,
            };
            for (start, minutes) in meetings {
                match class_for(*start, *minutes, z.zone, hours) {
                    TimeClass::Night => b.night += 1,
                    TimeClass::Off => b.off += 1,
                    TimeClass::Working => {}
                }
            }
            b
        })
        .collect();
    burden.sort_by(|a, b| (b.night, b.off, a.zone.name()).cmp(&(a.night, a.off, b.zone.name())));
    burden
}

/// [`tally`] with each slot's cost for the respondents on their own clocks (by the
/// poll's hours and length), so that [`crate::domain::best_slot`] can prefer the
/// cheaper of equally available slots.
pub fn tally_with_costs(poll: &Poll, responses: &[Response]) -> Vec<SlotTally> {
    let zones = respondent_zones(responses);
    let duration = u32::try_from(poll.duration_minutes).unwrap_or(60);
    let mut tallies = tally(&poll.slots, responses);
    // A whole day is no hour on anyone's clock: date polls have no cost, and their best
    // slot is the most available, then the most yes, then the earliest.
    if poll.kind == crate::domain::PollKind::Dates {
        return tallies;
    }
    for (t, slot) in tallies.iter_mut().zip(&poll.slots) {
        t.cost = cost(slot.start_at, duration, &zones, &poll.hours);
    }
    tallies
}

/// One zone's people for one slot: their local start and its class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneView {
    /// The zone.
    pub zone: TimeZoneId,
    /// Respondents in it.
    pub count: u32,
    /// The meeting's start on their clock.
    pub local_start: crate::domain::LocalTime,
    /// Its class.
    pub class: TimeClass,
}

/// Every respondent zone's local start and class for a slot, by local start time then
/// zone name.
pub fn zone_views(
    start: DateTime<Utc>,
    duration_minutes: u32,
    zones: &[ZoneCount],
    hours: &DayHours,
) -> Vec<ZoneView> {
    let mut views: Vec<ZoneView> = zones
        .iter()
        .map(|z| ZoneView {
            zone: z.zone,
            count: z.count,
            local_start: z.zone.local(start),
            class: class_for(start, duration_minutes, z.zone, hours),
        })
        .collect();
    views.sort_by(|a, b| {
        (a.local_start.0.naive_local(), a.zone.name())
            .cmp(&(b.local_start.0.naive_local(), b.zone.name()))
    });
    views
}

#[cfg(test)]
mod tests {
    use super::*;

    fn z(name: &str) -> TimeZoneId {
        name.parse().unwrap_or(TimeZoneId::UTC)
    }

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default()
    }

    #[test]
    fn a_meeting_is_classed_by_its_worst_minute() {
        let h = DayHours::DEFAULT;
        assert_eq!(h.class_of_meeting(9 * 60, 60), TimeClass::Working);
        assert_eq!(
            h.class_of_meeting(17 * 60, 60),
            TimeClass::Working,
            "ends at 18:00"
        );
        assert_eq!(
            h.class_of_meeting(17 * 60 + 30, 60),
            TimeClass::Off,
            "runs to 18:30"
        );
        assert_eq!(h.class_of_meeting(8 * 60, 60), TimeClass::Off);
        assert_eq!(
            h.class_of_meeting(21 * 60, 60),
            TimeClass::Off,
            "ends at 22:00"
        );
        assert_eq!(h.class_of_meeting(21 * 60 + 30, 60), TimeClass::Night);
        assert_eq!(
            h.class_of_meeting(6 * 60 + 30, 60),
            TimeClass::Night,
            "starts before 07:00"
        );
        assert_eq!(
            h.class_of_meeting(23 * 60 + 30, 60),
            TimeClass::Night,
            "past midnight"
        );
        assert_eq!(h.class_of_meeting(2 * 60, 60), TimeClass::Night);
    }

    #[test]
    fn half_and_quarter_hour_zones_are_classed_on_their_own_clock() {
        let h = DayHours::DEFAULT;
        // 2027-03-23 12:00 UTC: Kathmandu (+05:45) 17:45–18:45 → off hours;
        // Kolkata (+05:30) 17:30–18:30 → off; Adelaide (+10:30, summer) 22:30 → night;
        // Chatham (+13:45, summer until 4 April) 01:45 → night; Zurich (+01:00) 13:00 → working.
        let start = utc("2027-03-23T12:00:00Z");
        assert_eq!(
            class_for(start, 60, z("Asia/Kathmandu"), &h),
            TimeClass::Off
        );
        assert_eq!(class_for(start, 60, z("Asia/Kolkata"), &h), TimeClass::Off);
        assert_eq!(
            class_for(start, 60, z("Australia/Adelaide"), &h),
            TimeClass::Night
        );
        assert_eq!(
            class_for(start, 60, z("Pacific/Chatham"), &h),
            TimeClass::Night
        );
        assert_eq!(
            class_for(start, 60, z("Europe/Zurich"), &h),
            TimeClass::Working
        );
        // 03:15 UTC: Kathmandu 09:00–10:00 → working.
        assert_eq!(
            class_for(utc("2027-03-23T03:15:00Z"), 60, z("Asia/Kathmandu"), &h),
            TimeClass::Working
        );
    }

    #[test]
    fn the_score_counts_three_per_night_and_one_per_off_hours() {
        let zones = [
            ZoneCount {
                zone: z("Europe/Zurich"),
                count: 2,
            },
            ZoneCount {
                zone: z("Pacific/Fiji"),
                count: 1,
            },
            ZoneCount {
                zone: z("America/Los_Angeles"),
                count: 3,
            },
        ];
        // 2027-03-23 08:00 UTC: Zurich 09:00 working; Fiji 20:00 off;
        // Los Angeles (PDT, −7) 01:00 night.
        let c = cost(utc("2027-03-23T08:00:00Z"), 60, &zones, &DayHours::DEFAULT);
        assert_eq!(
            c,
            SlotCost {
                night: 3,
                off: 1,
                working: 2,
                score: 10
            }
        );
    }

    #[test]
    fn the_planner_refuses_what_it_cannot_answer() {
        let base = PlannerRequest {
            from: NaiveDate::from_ymd_opt(2027, 3, 1).unwrap_or_default(),
            to: NaiveDate::from_ymd_opt(2027, 3, 7).unwrap_or_default(),
            zone: z("Europe/Zurich"),
            duration_minutes: 60,
            step_minutes: 15,
            weekdays: vec![],
            zones: vec![ZoneCount {
                zone: z("Europe/Zurich"),
                count: 1,
            }],
            hours: DayHours::DEFAULT,
            limit: 3,
            taken: Vec::new(),
        };
        let with = |f: &dyn Fn(&mut PlannerRequest)| {
            let mut r = base.clone();
            f(&mut r);
            r.check().err()
        };
        assert_eq!(
            with(&|r| r.to = NaiveDate::from_ymd_opt(2027, 2, 28).unwrap_or_default()),
            Some(PlannerError::EmptyRange)
        );
        assert_eq!(
            with(&|r| r.to = NaiveDate::from_ymd_opt(2027, 5, 30).unwrap_or_default()),
            Some(PlannerError::RangeTooLong)
        );
        assert_eq!(
            with(&|r| r.to = NaiveDate::from_ymd_opt(2027, 5, 29).unwrap_or_default()),
            None,
            "90 days"
        );
        assert_eq!(with(&|r| r.step_minutes = 25), Some(PlannerError::Step));
        assert_eq!(with(&|r| r.step_minutes = 0), Some(PlannerError::Step));
        assert_eq!(with(&|r| r.zones.clear()), Some(PlannerError::NoZones));
        // 90 days at 15-minute steps: 8,640 starts; 115 zones make 993,600, 116 make
        // 1,002,240 start × zone scores.
        let zones = |n: usize| {
            chrono_tz::TZ_VARIANTS
                .iter()
                .filter_map(|tz| tz.name().parse::<TimeZoneId>().ok())
                .take(n)
                .map(|zone| ZoneCount { zone, count: 1 })
                .collect::<Vec<_>>()
        };
        let long = |n: usize| {
            move |r: &mut PlannerRequest| {
                r.to = NaiveDate::from_ymd_opt(2027, 5, 29).unwrap_or_default();
                r.zones = zones(n);
            }
        };
        assert_eq!(with(&long(115)), None);
        assert_eq!(with(&long(116)), Some(PlannerError::TooMuchWork));
    }

    #[test]
    fn the_series_burden_counts_each_zones_nights_and_off_hours() {
        // Three meetings of an hour (Fiji keeps +12 all year, Los Angeles is on −8
        // until 14 March 2027, Zurich on +1 until 28 March):
        // 2027-01-12 08:00 UTC: Fiji 20:00 off, Los Angeles 00:00 night, Zurich 09:00 working;
        // 2027-02-09 20:00 UTC: Fiji 08:00 off, Los Angeles 12:00 working, Zurich 21:00 off;
        // 2027-03-09 16:00 UTC: Fiji 04:00 night, Los Angeles 08:00 off, Zurich 17:00 working.
        let meetings = [
            (utc("2027-01-12T08:00:00Z"), 60),
            (utc("2027-02-09T20:00:00Z"), 60),
            (utc("2027-03-09T16:00:00Z"), 60),
        ];
        let zones = [
            ZoneCount {
                zone: z("Europe/Zurich"),
                count: 4,
            },
            ZoneCount {
                zone: z("Pacific/Fiji"),
                count: 1,
            },
            ZoneCount {
                zone: z("America/Los_Angeles"),
                count: 2,
            },
        ];
        let burden = series_burden(&meetings, &zones, &DayHours::DEFAULT);
        let read: Vec<(&str, u32, u32, u32)> = burden
            .iter()
            .map(|b| (b.zone.name(), b.people, b.night, b.off))
            .collect();
        assert_eq!(
            read,
            vec![
                ("Pacific/Fiji", 1, 1, 2),
                ("America/Los_Angeles", 2, 1, 1),
                ("Europe/Zurich", 4, 0, 1),
            ]
        );
    }

    fn week(
        from: (i32, u32, u32),
        to: (i32, u32, u32),
        zone: &str,
        zones: &[(&str, u32)],
    ) -> PlannerRequest {
        PlannerRequest {
            from: NaiveDate::from_ymd_opt(from.0, from.1, from.2).unwrap_or_default(),
            to: NaiveDate::from_ymd_opt(to.0, to.1, to.2).unwrap_or_default(),
            zone: z(zone),
            duration_minutes: 60,
            step_minutes: 15,
            weekdays: vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
            ],
            zones: zones
                .iter()
                .map(|(name, count)| ZoneCount {
                    zone: z(name),
                    count: *count,
                })
                .collect(),
            hours: DayHours::DEFAULT,
            limit: 10_000,
            taken: Vec::new(),
        }
    }

    #[test]
    fn the_best_start_moves_one_hour_in_utc_when_berlin_changes_its_clocks() {
        // Berlin 5 people, Kathmandu 5, Los Angeles 1, Mon–Fri 22 March – 2 April 2027.
        // Before 28 March Berlin is UTC+1: working hours 08:00–17:00 UTC; Kathmandu
        // (+05:45) 03:15–12:15 UTC; both at work from 08:00 UTC, when it is 01:00 in Los
        // Angeles (PDT, −7): score 3, the best possible (anything keeping Los Angeles out
        // of the night puts five people in off hours or at night). From 29 March Berlin is
        // UTC+2: its day starts at 07:00 UTC, and so does the best start.
        let req = week(
            (2027, 3, 22),
            (2027, 4, 2),
            "Europe/Berlin",
            &[
                ("America/Los_Angeles", 1),
                ("Europe/Berlin", 5),
                ("Asia/Kathmandu", 5),
            ],
        );
        let proposals = plan(&req).unwrap_or_default();
        let change = utc("2027-03-28T01:00:00Z");
        let before = proposals
            .iter()
            .find(|p| p.start < change)
            .map(|p| (p.start, p.cost));
        let after = proposals
            .iter()
            .find(|p| p.start > change)
            .map(|p| (p.start, p.cost));
        let three = SlotCost {
            night: 1,
            off: 0,
            working: 10,
            score: 3,
        };
        assert_eq!(before, Some((utc("2027-03-22T08:00:00Z"), three)));
        assert_eq!(after, Some((utc("2027-03-29T07:00:00Z"), three)));
        // Ranked: score, then people at night, then time.
        assert!(proposals
            .windows(2)
            .all(|w| (w[0].cost.score, w[0].cost.night, w[0].start)
                <= (w[1].cost.score, w[1].cost.night, w[1].start)));
    }

    #[test]
    fn proposals_never_overlap_so_the_list_offers_real_choices() {
        let mut req = week(
            (2027, 3, 22),
            (2027, 3, 26),
            "Europe/Berlin",
            &[
                ("America/Los_Angeles", 1),
                ("Europe/Berlin", 5),
                ("Asia/Kathmandu", 5),
            ],
        );
        req.limit = 6;
        let proposals = plan(&req).unwrap_or_default();
        assert_eq!(proposals.len(), 6);
        for (i, a) in proposals.iter().enumerate() {
            for b in &proposals[i + 1..] {
                assert!(
                    (a.start - b.start).abs() >= Duration::minutes(60),
                    "{a:?} and {b:?} overlap"
                );
            }
        }
        // Monday 08:00 UTC, then Monday 09:00 UTC: the next start of the same score that
        // does not overlap it (08:15 to 08:45 would).
        assert_eq!(proposals[0].start, utc("2027-03-22T08:00:00Z"));
        assert_eq!(proposals[1].start, utc("2027-03-22T09:00:00Z"));
    }

    #[test]
    fn chatham_and_london_meet_at_a_quarter_past_the_hour() {
        // Chatham (+13:45 until 4 April 2027) works 09:00–18:00 = 19:15–04:15 UTC; London
        // (UTC) is in its evening off hours 18:00–22:00 UTC. A meeting from 19:15 to
        // 20:15 UTC is 09:00 on Tuesday in Chatham and 19:15 on Monday in London: score 1.
        let req = week(
            (2027, 3, 15),
            (2027, 3, 19),
            "Europe/London",
            &[("Pacific/Chatham", 1), ("Europe/London", 1)],
        );
        let best = plan(&req)
            .unwrap_or_default()
            .into_iter()
            .next()
            .map(|p| (p.start, p.cost.score));
        assert_eq!(best, Some((utc("2027-03-15T19:15:00Z"), 1)));
    }

    #[test]
    fn when_no_slot_spares_everyone_the_night_the_planner_still_ranks_by_cost() {
        // London (UTC until 28 March), Shanghai (+8) and Los Angeles (PDT, −7): their
        // nights (22:00–07:00) are 22–07, 14–23 and 05–14 UTC, which cover the whole day.
        // Two at work and one at night is the least: London and Shanghai share 09:00–
        // 10:00 UTC (02:00 in Los Angeles), the earliest such hour.
        let mut req = week(
            (2027, 3, 22),
            (2027, 3, 26),
            "Europe/London",
            &[
                ("Asia/Shanghai", 1),
                ("America/Los_Angeles", 1),
                ("Europe/London", 1),
            ],
        );
        req.limit = 5;
        let proposals = plan(&req).unwrap_or_default();
        assert_eq!(proposals.len(), 5);
        assert!(proposals.iter().all(|p| p.cost.night >= 1), "{proposals:?}");
        assert_eq!(
            proposals.first().map(|p| (p.start, p.cost)),
            Some((
                utc("2027-03-22T09:00:00Z"),
                SlotCost {
                    night: 1,
                    off: 0,
                    working: 2,
                    score: 3
                }
            ))
        );
    }
}
