//! The bodies of the fairness operations: what each slot of a poll costs its people on
//! their own clocks, and the planner's request and proposals. The classes, the hours
//! and the inconvenience score are those of [`crate::domain::fairness`]: a meeting is
//! `working` when all of it lies in working hours, `night` when any of it lies in the
//! night, `off` otherwise; the score is 3 per person at night and 1 per person in off
//! hours.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::fairness::{
    class_for, DayHours, HoursDraft, Proposal as DomainProposal, SlotCost, ZoneCount,
};
use crate::domain::time::rfc3339_utc;
use crate::domain::TimeZoneId;

// ---- shared parts ----

/// The hours of a day on each person's own clock, `HH:MM` (24-hour): night until
/// `day_start`, off hours until `work_start`, working hours until `work_end`, off hours
/// until `night_start`, night after (`00:00` there means midnight at the end of the
/// day). They must be in that order.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"day_start": "07:00", "work_start": "09:00", "work_end": "18:00", "night_start": "22:00"}))]
pub struct Hours {
    /// End of the night (default `07:00`).
    #[schema(pattern = "^[0-9]{2}:[0-9]{2}$", example = "07:00")]
    pub day_start: String,
    /// Start of working hours (default `09:00`).
    #[schema(pattern = "^[0-9]{2}:[0-9]{2}$", example = "09:00")]
    pub work_start: String,
    /// End of working hours (default `18:00`).
    #[schema(pattern = "^[0-9]{2}:[0-9]{2}$", example = "18:00")]
    pub work_end: String,
    /// Start of the night (default `22:00`).
    #[schema(pattern = "^[0-9]{2}:[0-9]{2}$", example = "22:00")]
    pub night_start: String,
}

impl Hours {
    /// The hours as written.
    pub fn of(hours: &DayHours) -> Self {
        let d = HoursDraft::of(hours);
        Hours {
            day_start: d.day_start,
            work_start: d.work_start,
            work_end: d.work_end,
            night_start: d.night_start,
        }
    }

    /// The hours as typed, for checking.
    pub fn draft(&self) -> HoursDraft {
        HoursDraft {
            day_start: self.day_start.clone(),
            work_start: self.work_start.clone(),
            work_end: self.work_end.clone(),
            night_start: self.night_start.clone(),
        }
    }
}

/// Where a meeting falls on someone's own clock.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TimeClass {
    /// All of it in working hours.
    Working,
    /// Some of it in off hours, none at night.
    Off,
    /// Some of it at night.
    Night,
}

impl From<crate::domain::fairness::TimeClass> for TimeClass {
    fn from(c: crate::domain::fairness::TimeClass) -> Self {
        use crate::domain::fairness::TimeClass as C;
        match c {
            C::Working => TimeClass::Working,
            C::Off => TimeClass::Off,
            C::Night => TimeClass::Night,
        }
    }
}

/// What a meeting costs a group: people per class and the inconvenience score.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct Cost {
    /// People it puts at night.
    #[schema(example = 4)]
    pub night: u32,
    /// People it puts in off hours.
    #[schema(example = 3)]
    pub off: u32,
    /// People in working hours.
    #[schema(example = 7)]
    pub working: u32,
    /// 3 per person at night + 1 per person in off hours; lower is fairer.
    #[schema(example = 15)]
    pub score: u32,
}

impl From<SlotCost> for Cost {
    fn from(c: SlotCost) -> Self {
        Cost {
            night: c.night,
            off: c.off,
            working: c.working,
            score: c.score,
        }
    }
}

/// One zone's people for one meeting.
#[derive(Debug, Serialize, ToSchema)]
pub struct ZoneCost {
    /// The zone (IANA id).
    #[schema(example = "Pacific/Fiji")]
    pub timezone: String,
    /// People in it.
    #[schema(example = 2)]
    pub people: u32,
    /// The meeting's start on their clock, RFC 3339 with their offset.
    #[schema(format = DateTime, example = "2027-03-24T01:00:00+12:00")]
    pub local_start: String,
    /// Its end on their clock.
    #[schema(format = DateTime, example = "2027-03-24T02:00:00+12:00")]
    pub local_end: String,
    /// Where it falls for them.
    pub class: TimeClass,
}

/// Each zone of `zones` for a meeting from `start` lasting `duration_minutes`, in the
/// order given.
fn zone_costs(
    start: DateTime<Utc>,
    duration_minutes: u32,
    zones: &[ZoneCount],
    hours: &DayHours,
) -> Vec<ZoneCost> {
    let end = start + Duration::minutes(i64::from(duration_minutes));
    zones
        .iter()
        .map(|z| ZoneCost {
            timezone: z.zone.name().to_owned(),
            people: z.count,
            local_start: z.zone.local(start).rfc3339(),
            local_end: z.zone.local(end).rfc3339(),
            class: class_for(start, duration_minutes, z.zone, hours).into(),
        })
        .collect()
}

// ---- GET /polls/{id}/fairness ----

/// `?people=` and `?tz=` on `GET /api/v1/polls/{id}/fairness`.
#[derive(Debug, Deserialize, Default, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct FairnessQuery {
    /// Whose clocks: `respondents` (default: everyone who answered) or `everyone` (the
    /// respondents and the invitees who have not answered, by the zone of the
    /// invitation list; the organizer's admin token only).
    #[param(pattern = "^(respondents|everyone)$", example = "respondents")]
    pub people: Option<String>,
}

/// One slot's cost.
#[derive(Debug, Serialize, ToSchema)]
pub struct SlotFairness {
    /// The slot's id.
    #[schema(pattern = "^[A-Za-z0-9]{10}$", example = "a1B2c3D4e5")]
    pub slot_id: String,
    /// Start, RFC 3339 UTC.
    #[schema(format = DateTime, example = "2027-03-23T12:00:00Z")]
    pub start: String,
    /// End, RFC 3339 UTC.
    #[schema(format = DateTime, example = "2027-03-23T13:00:00Z")]
    pub end: String,
    /// People per class and the score; `null` while the poll hides its answers from
    /// participants (the organizer always gets it).
    #[schema(required = true)]
    pub cost: Option<Cost>,
    /// Each zone's local start and class, west to east; `null` except for the organizer
    /// (people's zones are theirs to share with the organizer only).
    #[schema(required = true)]
    pub zones: Option<Vec<ZoneCost>>,
}

/// `200` to `GET /api/v1/polls/{id}/fairness`.
#[derive(Debug, Serialize, ToSchema)]
pub struct PollFairness {
    /// Meeting length, minutes.
    #[schema(example = 60)]
    pub duration_minutes: u32,
    /// The hours the poll judges slots by.
    pub hours: Hours,
    /// Whose clocks were counted: `respondents` or `everyone`.
    #[schema(example = "respondents")]
    pub people: String,
    /// How many people that is; `null` while the poll hides its answers from this
    /// reader.
    #[schema(required = true, example = 14)]
    pub people_count: Option<u32>,
    /// The slots in order.
    pub slots: Vec<SlotFairness>,
}

impl PollFairness {
    /// The cost of each of `slots` (id and UTC start) for `zones`; `show_cost` and
    /// `show_zones` say what this reader may see.
    pub fn new(
        slots: &[(String, DateTime<Utc>)],
        duration_minutes: u32,
        hours: &DayHours,
        zones: &[ZoneCount],
        people: &str,
        show_cost: bool,
        show_zones: bool,
    ) -> Self {
        // West to east at the first slot, then by name.
        let mut ordered = zones.to_vec();
        if let Some((_, first)) = slots.first() {
            ordered.sort_by_key(|z| (z.zone.local(*first).offset_seconds(), z.zone.name()));
        }
        PollFairness {
            duration_minutes,
            hours: Hours::of(hours),
            people: people.to_owned(),
            people_count: show_cost.then(|| zones.iter().map(|z| z.count).sum()),
            slots: slots
                .iter()
                .map(|(id, start)| SlotFairness {
                    slot_id: id.clone(),
                    start: rfc3339_utc(*start),
                    end: rfc3339_utc(*start + Duration::minutes(i64::from(duration_minutes))),
                    cost: show_cost.then(|| {
                        crate::domain::fairness::cost(*start, duration_minutes, zones, hours).into()
                    }),
                    zones: show_zones
                        .then(|| zone_costs(*start, duration_minutes, &ordered, hours)),
                })
                .collect(),
        }
    }
}

// ---- POST /planner ----

/// People in one zone, for the planner.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlannerZone {
    /// IANA zone id (`Asia/Kathmandu`); a city name the zone list knows is accepted too.
    #[schema(example = "Asia/Kathmandu")]
    pub timezone: String,
    /// People in it, 1 to 10,000 (default 1). A zone given twice adds up.
    #[schema(minimum = 1, maximum = 10000, example = 2)]
    pub count: Option<i64>,
}

/// `POST /api/v1/planner`: what to plan.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "from": "2027-03-22",
    "to": "2027-03-26",
    "timezone": "Europe/Zurich",
    "duration_minutes": 60,
    "step_minutes": 15,
    "weekdays": ["mon", "tue", "wed", "thu", "fri"],
    "zones": [
        {"timezone": "America/Los_Angeles", "count": 1},
        {"timezone": "Europe/Berlin", "count": 5},
        {"timezone": "Asia/Kathmandu", "count": 5}
    ],
    "limit": 3
}))]
pub struct PlannerRequest {
    /// First day, `YYYY-MM-DD` on the clock of `timezone`.
    #[schema(format = Date, example = "2027-03-22")]
    pub from: String,
    /// Last day (included), at most 90 days after `from` counted with it.
    #[schema(format = Date, example = "2027-03-26")]
    pub to: String,
    /// The organizer's zone: days and weekdays are read on its clock, and each
    /// proposal's `local_start` is on it.
    #[schema(example = "Europe/Zurich")]
    pub timezone: String,
    /// Meeting length in minutes, 1 to 1440.
    #[schema(minimum = 1, maximum = 1440, example = 60)]
    pub duration_minutes: i64,
    /// Minutes between candidate starts: one that divides an hour (5, 10, 15, 20, 30,
    /// 60). Days × starts per day × zones may be at most 1,000,000.
    #[schema(example = 15)]
    pub step_minutes: i64,
    /// Allowed weekdays on the organizer's clock (`mon` … `sun`); absent or empty: all.
    #[schema(example = json!(["mon", "tue", "wed", "thu", "fri"]))]
    pub weekdays: Option<Vec<String>>,
    /// The people: zones with head counts, at least one.
    #[schema(min_items = 1)]
    pub zones: Vec<PlannerZone>,
    /// The hours of the day (default 07:00, 09:00, 18:00, 22:00).
    pub hours: Option<Hours>,
    /// How many proposals, 1 to 50 (default 10).
    #[schema(minimum = 1, maximum = 50, example = 3)]
    pub limit: Option<i64>,
}

/// One proposed start.
#[derive(Debug, Serialize, ToSchema)]
pub struct Proposal {
    /// Start, RFC 3339 UTC: give it as a slot (`POST /polls`, `POST /polls/{id}/slots`).
    #[schema(format = DateTime, example = "2027-03-22T08:00:00Z")]
    pub start: String,
    /// End, RFC 3339 UTC.
    #[schema(format = DateTime, example = "2027-03-22T09:00:00Z")]
    pub end: String,
    /// Start on the organizer's clock, with its offset.
    #[schema(format = DateTime, example = "2027-03-22T09:00:00+01:00")]
    pub local_start: String,
    /// People per class and the score.
    pub cost: Cost,
    /// Each zone's local times and class, in the order given.
    pub zones: Vec<ZoneCost>,
}

/// `200` to `POST /api/v1/planner`.
#[derive(Debug, Serialize, ToSchema)]
pub struct Plan {
    /// The best starts first: lowest score, then fewest people at night, then
    /// earliest; none overlaps a better one. Empty when no allowed weekday falls in
    /// the range.
    pub proposals: Vec<Proposal>,
}

impl Plan {
    /// The answer for `proposals` planned in `zone` for `zones`.
    pub fn new(
        proposals: &[DomainProposal],
        zone: TimeZoneId,
        duration_minutes: u32,
        zones: &[ZoneCount],
        hours: &DayHours,
    ) -> Self {
        Plan {
            proposals: proposals
                .iter()
                .map(|p| Proposal {
                    start: rfc3339_utc(p.start),
                    end: rfc3339_utc(p.start + Duration::minutes(i64::from(duration_minutes))),
                    local_start: zone.local(p.start).rfc3339(),
                    cost: p.cost.into(),
                    zones: zone_costs(p.start, duration_minutes, zones, hours),
                })
                .collect(),
        }
    }
}
