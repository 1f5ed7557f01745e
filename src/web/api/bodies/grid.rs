//! The bodies of availability polls: the grid a poll covers (on the organizer's clock)
//! and, in answers, the cells people mark. See [`crate::domain::grid`].

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::grid::{Availability, GridDraft, GridResults, GridSpec, WEEKDAYS};
use crate::domain::time::rfc3339_utc;
use crate::domain::{TimeZoneId, Vote};

/// The grid of an availability poll, on the clock of the poll's `timezone`: every day
/// from `from` to `to` (at most 31 days), from `day_start` to `day_end` (at or before
/// the start: on the next day, so `22:00`–`02:00` crosses midnight), cut into cells of
/// `cell_minutes`. Days with a clock change have the cells of their real length.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"from": "2027-03-22", "to": "2027-03-26", "day_start": "09:00", "day_end": "17:00", "cell_minutes": 30}))]
pub struct GridRequest {
    /// First day, `YYYY-MM-DD`.
    #[schema(format = Date, example = "2027-03-22")]
    pub from: String,
    /// Last day (included), `YYYY-MM-DD`; the grid must end in the future.
    #[schema(format = Date, example = "2027-03-26")]
    pub to: String,
    /// Daily start, `HH:MM`, on a cell boundary.
    #[schema(pattern = "^[0-9]{2}:[0-9]{2}$", example = "09:00")]
    pub day_start: String,
    /// Daily end, `HH:MM`, on a cell boundary.
    #[schema(pattern = "^[0-9]{2}:[0-9]{2}$", example = "17:00")]
    pub day_end: String,
    /// Cell size: 15, 30 or 60 minutes.
    #[schema(example = 30)]
    pub cell_minutes: i64,
    /// The weekdays covered, on the poll's clock (`mon` … `sun`); absent: every day.
    #[schema(example = json!(["mon", "tue", "wed", "thu", "fri"]))]
    pub weekdays: Option<Vec<String>>,
}

impl GridRequest {
    /// The grid as typed, for checking.
    pub fn draft(&self) -> GridDraft {
        GridDraft {
            from: self.from.clone(),
            to: self.to.clone(),
            day_start: self.day_start.clone(),
            day_end: self.day_end.clone(),
            cell_minutes: self.cell_minutes.to_string(),
            weekdays: self.weekdays.clone().unwrap_or_else(|| {
                WEEKDAYS
                    .iter()
                    .map(|(_, name)| (*name).to_owned())
                    .collect()
            }),
        }
    }
}

/// One answer's marks on an availability poll's grid: the UTC starts (RFC 3339) of the
/// cells marked available and of those marked "if need be" (only where the poll offers
/// it); every other cell is `no`. Sending it replaces the whole answer.
#[derive(Debug, Default, Deserialize, Serialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
#[schema(example = json!({"yes": ["2027-03-22T08:00:00Z", "2027-03-22T08:30:00Z"], "if_need_be": ["2027-03-22T09:00:00Z"]}))]
pub struct Marks {
    /// Cells marked available.
    #[schema(max_items = 2976)]
    pub yes: Vec<String>,
    /// Cells marked "if need be".
    #[schema(max_items = 2976)]
    pub if_need_be: Vec<String>,
}

impl Marks {
    /// The marks of `availability` on `cells`.
    pub fn of(availability: &Availability, cells: &[DateTime<Utc>]) -> Self {
        let mut marks = Marks::default();
        for (vote, cell) in availability.0.iter().zip(cells) {
            match vote {
                Vote::Yes => marks.yes.push(rfc3339_utc(*cell)),
                Vote::IfNeedBe => marks.if_need_be.push(rfc3339_utc(*cell)),
                Vote::No => {}
            }
        }
        marks
    }

    /// The (cell, vote) pairs of a response draft.
    pub fn into_pairs(self) -> Vec<(String, String)> {
        let yes = self
            .yes
            .into_iter()
            .map(|c| (c, Vote::Yes.as_str().to_owned()));
        let maybe = self
            .if_need_be
            .into_iter()
            .map(|c| (c, Vote::IfNeedBe.as_str().to_owned()));
        yes.chain(maybe).collect()
    }
}

/// One cell of the grid.
#[derive(Debug, Serialize, ToSchema)]
pub struct GridCell {
    /// Start, RFC 3339 UTC: the cell's name in answers.
    #[schema(format = DateTime, example = "2027-03-22T08:00:00Z")]
    pub start: String,
    /// Start on the clock of `view_timezone`, with its offset.
    #[schema(format = DateTime, example = "2027-03-22T13:45:00+05:45")]
    pub start_local: String,
    /// People available then; `null` while the answers are hidden from this reader.
    #[schema(required = true)]
    pub yes: Option<u32>,
    /// People available then if need be; `null` while the answers are hidden.
    #[schema(required = true)]
    pub if_need_be: Option<u32>,
}

/// A window of the meeting's length in which people are free.
#[derive(Debug, Serialize, ToSchema)]
pub struct GridWindow {
    /// Start, RFC 3339 UTC (finalize with it: `POST …/finalize` `{"start": …}`).
    #[schema(format = DateTime, example = "2027-03-22T08:00:00Z")]
    pub start: String,
    /// End, RFC 3339 UTC.
    #[schema(format = DateTime, example = "2027-03-22T09:00:00Z")]
    pub end: String,
    /// Start on the clock of `view_timezone`.
    #[schema(format = DateTime, example = "2027-03-22T13:45:00+05:45")]
    pub start_local: String,
    /// People free for all of it.
    pub free: u32,
    /// Of those, people who need "if need be" for part of it.
    pub if_need_be: u32,
    /// The inconvenience score for the respondents on their own clocks (3 per person
    /// at night, 1 per person in off hours).
    pub score: u32,
}

/// An availability poll's grid and its results.
#[derive(Debug, Serialize, ToSchema)]
pub struct GridView {
    /// First day, on the poll's clock.
    #[schema(format = Date, example = "2027-03-22")]
    pub from: String,
    /// Last day (included).
    #[schema(format = Date, example = "2027-03-26")]
    pub to: String,
    /// Daily start on the poll's clock, `HH:MM`.
    #[schema(example = "09:00")]
    pub day_start: String,
    /// Daily end on the poll's clock (at or before the start: the next day).
    #[schema(example = "17:00")]
    pub day_end: String,
    /// Cell size, minutes.
    #[schema(example = 30)]
    pub cell_minutes: u32,
    /// The weekdays covered, on the poll's clock.
    #[schema(example = json!(["mon", "tue", "wed", "thu", "fri"]))]
    pub weekdays: Vec<String>,
    /// Every cell, earliest first.
    pub cells: Vec<GridCell>,
    /// The best windows for the meeting: most people free, then fewest "if need be",
    /// then the lowest score, then the earliest; none overlapping. Empty while the
    /// answers are hidden from this reader.
    pub best_windows: Vec<GridWindow>,
}

impl GridView {
    /// The grid of `spec` with `results`, local times in `zone`; counts and windows
    /// only when `show_results`.
    pub fn new(
        spec: &GridSpec,
        results: &GridResults,
        duration_minutes: i32,
        zone: TimeZoneId,
        show_results: bool,
    ) -> Self {
        let draft = GridDraft::of(spec);
        let length = Duration::minutes(i64::from(duration_minutes));
        GridView {
            from: draft.from,
            to: draft.to,
            day_start: draft.day_start,
            day_end: draft.day_end,
            cell_minutes: spec.cell_minutes,
            weekdays: draft.weekdays,
            cells: results
                .cells
                .iter()
                .zip(&results.counts)
                .map(|(cell, count)| GridCell {
                    start: rfc3339_utc(*cell),
                    start_local: zone.local(*cell).rfc3339(),
                    yes: show_results.then_some(count.yes),
                    if_need_be: show_results.then_some(count.if_need_be),
                })
                .collect(),
            best_windows: results
                .best
                .iter()
                .filter(|_| show_results)
                .map(|w| GridWindow {
                    start: rfc3339_utc(w.start),
                    end: rfc3339_utc(w.start + length),
                    start_local: zone.local(w.start).rfc3339(),
                    free: w.free,
                    if_need_be: w.if_need_be,
                    score: w.cost.score,
                })
                .collect(),
        }
    }
}
