//! Availability grids: a poll of kind *availability* asks everyone to mark when they are
//! free over a range of days and hours, instead of answering a few candidate slots.
//!
//! **Cells.** The organizer gives a range of days and daily hours on their own clock
//! ([`GridSpec`]); the hours may cross midnight (`22:00`–`02:00` runs into the next
//! day). Each day's period is turned into UTC instants once, and cut into cells of
//! 15, 30 or 60 minutes: a cell *is* its UTC start instant. A day whose period contains
//! a clock change has the cells of its real length (one hour fewer when clocks go
//! forward, one more when they go back); a period that starts in a skipped hour starts
//! when the clock resumes.
//!
//! **Layout.** Each viewer sees the cells on their own clock ([`GridLayout`]): one
//! column per local date that holds a cell, one row per local time of day (and a second
//! row for the times a clock change makes happen twice), every cell in exactly one
//! place.
//!
//! **Answers.** One mark per cell (`yes`, `if_need_be`, `no`), stored packed
//! ([`Availability::encode`]): two bits a cell, so the largest grid (31 days × 24 hours ×
//! 15 minutes = 2,976 cells) takes 992 characters per participant.

use std::collections::BTreeMap;

use base64::Engine as _;
use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc,
    Weekday,
};

use super::fairness::SlotCost;
use super::time::TimeZoneId;
use super::vote::Vote;
use super::FieldErrors;
use crate::i18n::Message;

/// Most days a grid covers.
pub const GRID_MAX_DAYS: i64 = 31;

/// The cell sizes a grid may have, in minutes.
pub const CELL_MINUTES: [u32; 3] = [15, 30, 60];

/// Minutes in a day.
const DAY_MINUTES: u32 = 24 * 60;

/// What a grid covers, on the organizer's clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridSpec {
    /// First day.
    pub from: NaiveDate,
    /// Last day (included).
    pub to: NaiveDate,
    /// The organizer's zone: days and hours are read on its clock.
    pub zone: TimeZoneId,
    /// Daily start, minutes after local midnight (0..1440), a multiple of the cell.
    pub day_start_minutes: u32,
    /// Daily end, minutes after local midnight (0..1440), a multiple of the cell; at or
    /// before the start it is on the next day (`day_start == day_end` is 24 hours).
    pub day_end_minutes: u32,
    /// Cell size: 15, 30 or 60 minutes.
    pub cell_minutes: u32,
    /// The days of the week the grid covers (on the organizer's clock), Monday first;
    /// at least one.
    pub weekdays: Vec<Weekday>,
}

/// Every day of the week, Monday first, with its form and API spelling.
pub const WEEKDAYS: [(Weekday, &str); 7] = [
    (Weekday::Mon, "mon"),
    (Weekday::Tue, "tue"),
    (Weekday::Wed, "wed"),
    (Weekday::Thu, "thu"),
    (Weekday::Fri, "fri"),
    (Weekday::Sat, "sat"),
    (Weekday::Sun, "sun"),
];

/// `mon,tue,…` for storage.
pub fn weekdays_text(days: &[Weekday]) -> String {
    WEEKDAYS
        .iter()
        .filter(|(d, _)| days.contains(d))
        .map(|(_, name)| *name)
        .collect::<Vec<_>>()
        .join(",")
}

/// The weekdays of `mon,tue,…`, Monday first; `None` when a name is unknown.
pub fn parse_weekdays(text: &str) -> Option<Vec<Weekday>> {
    let mut days = Vec::new();
    for name in text.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        days.push(WEEKDAYS.iter().find(|(_, n)| *n == name)?.0);
    }
    Some(
        WEEKDAYS
            .iter()
            .map(|(d, _)| *d)
            .filter(|d| days.contains(d))
            .collect(),
    )
}

/// Why a grid cannot be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum GridError {
    /// The last day is before the first.
    #[error("the last day is before the first")]
    EmptyRange,
    /// More than [`GRID_MAX_DAYS`] days.
    #[error("a grid covers at most {GRID_MAX_DAYS} days")]
    RangeTooLong,
    /// A cell size other than 15, 30 or 60 minutes.
    #[error("a cell is 15, 30 or 60 minutes")]
    CellSize,
    /// A daily hour outside the day, or not on the cell boundaries.
    #[error("the daily hours must fall on the cells' boundaries (every {0} minutes)")]
    NotAligned(u32),
    /// No weekday chosen, or none of the range's days is one of them.
    #[error("no day of the range is one of the chosen weekdays")]
    NoDay,
}

impl GridSpec {
    /// Checks a grid.
    ///
    /// # Errors
    /// [`GridError`]: an empty or too long range, a bad cell size, hours outside the
    /// day or off the cell boundaries.
    pub fn check(&self) -> Result<(), GridError> {
        if self.to < self.from {
            return Err(GridError::EmptyRange);
        }
        if (self.to - self.from).num_days() + 1 > GRID_MAX_DAYS {
            return Err(GridError::RangeTooLong);
        }
        if !CELL_MINUTES.contains(&self.cell_minutes) {
            return Err(GridError::CellSize);
        }
        for m in [self.day_start_minutes, self.day_end_minutes] {
            if m >= DAY_MINUTES || m % self.cell_minutes != 0 {
                return Err(GridError::NotAligned(self.cell_minutes));
            }
        }
        if !self.days().any(|_| true) {
            return Err(GridError::NoDay);
        }
        Ok(())
    }

    /// The days of the range on the chosen weekdays.
    pub fn days(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        let count = (self.to - self.from).num_days().max(-1) + 1;
        (0..count)
            .map(|offset| self.from + Duration::days(offset))
            .filter(|d| self.weekdays.contains(&d.weekday()))
    }

    /// The length of each day's period on the clock, in minutes (1..=1440).
    pub fn period_minutes(&self) -> u32 {
        if self.day_end_minutes > self.day_start_minutes {
            self.day_end_minutes - self.day_start_minutes
        } else {
            DAY_MINUTES - self.day_start_minutes + self.day_end_minutes
        }
    }

    /// Every cell: UTC start instants, ascending, each once. Empty for a spec that
    /// [`GridSpec::check`] refuses.
    pub fn cells(&self) -> Vec<DateTime<Utc>> {
        if self.check().is_err() {
            return Vec::new();
        }
        let step = Duration::minutes(i64::from(self.cell_minutes));
        let mut cells = Vec::new();
        for day in self.days() {
            let start_local =
                day.and_time(NaiveTime::MIN) + Duration::minutes(i64::from(self.day_start_minutes));
            let end_local = start_local + Duration::minutes(i64::from(self.period_minutes()));
            let start = instant_at_or_after(start_local, self.zone, true);
            let end = instant_at_or_after(end_local, self.zone, false);
            let mut at = start;
            while at < end {
                // Two days' periods never overlap, but a clock change must not make a
                // cell twice.
                if cells.last().is_none_or(|last| *last < at) {
                    cells.push(at);
                }
                at += step;
            }
        }
        cells
    }
}

/// A grid as typed on the create form or in the API, before checking.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GridDraft {
    /// First day, `YYYY-MM-DD`.
    pub from: String,
    /// Last day, `YYYY-MM-DD`.
    pub to: String,
    /// Daily start, `HH:MM`.
    pub day_start: String,
    /// Daily end, `HH:MM` (at or before the start: the next day).
    pub day_end: String,
    /// Cell size in minutes: `15`, `30` or `60`.
    pub cell_minutes: String,
    /// The weekdays ticked (`mon` … `sun`); none ticked is refused.
    pub weekdays: Vec<String>,
}

impl GridDraft {
    /// The draft of a stored grid.
    pub fn of(spec: &GridSpec) -> Self {
        let hm = |m: u32| format!("{:02}:{:02}", m / 60, m % 60);
        GridDraft {
            from: spec.from.to_string(),
            to: spec.to.to_string(),
            day_start: hm(spec.day_start_minutes),
            day_end: hm(spec.day_end_minutes),
            cell_minutes: spec.cell_minutes.to_string(),
            weekdays: weekdays_text(&spec.weekdays)
                .split(',')
                .map(str::to_owned)
                .collect(),
        }
    }

    /// The checked grid on the clock of `zone`, ending after `now`.
    ///
    /// # Errors
    /// [`FieldErrors`] naming `grid_from`, `grid_to`, `grid_day_start`, `grid_day_end`,
    /// `grid_cell_minutes` or `grid_weekdays`: a date or time that cannot be read, an
    /// empty or too long range, a cell size other than 15, 30 or 60, hours off the cell
    /// boundaries, no weekday (or none in the range), or a grid wholly in the past.
    pub fn validate(&self, zone: TimeZoneId, now: DateTime<Utc>) -> Result<GridSpec, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut date = |field: &'static str, text: &str| {
            let d = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok();
            if d.is_none() {
                errors.add(field, Message::new("error-date").text("value", text.trim()));
            }
            d
        };
        let from = date("grid_from", &self.from);
        let to = date("grid_to", &self.to);
        let mut hour = |field: &'static str, text: &str| {
            let t = NaiveTime::parse_from_str(text.trim(), "%H:%M").ok();
            if t.is_none() {
                errors.add(field, Message::new("error-hour").text("value", text.trim()));
            }
            t.map(|t| t.hour() * 60 + t.minute())
        };
        let day_start = hour("grid_day_start", &self.day_start);
        let day_end = hour("grid_day_end", &self.day_end);
        let cell = self
            .cell_minutes
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|c| CELL_MINUTES.contains(c));
        if cell.is_none() {
            errors.add(
                "grid_cell_minutes",
                Message::new("error-grid-cell").text("value", self.cell_minutes.trim()),
            );
        }
        let weekdays = parse_weekdays(&self.weekdays.join(","));
        match &weekdays {
            None => errors.add(
                "grid_weekdays",
                Message::new("error-grid-weekday").text("value", self.weekdays.join(", ")),
            ),
            Some(days) if days.is_empty() => {
                errors.add("grid_weekdays", Message::new("error-planner-weekdays"));
            }
            Some(_) => {}
        }
        let weekdays = weekdays.filter(|days| !days.is_empty());
        let (Some(from), Some(to), Some(day_start), Some(day_end), Some(cell), Some(weekdays)) =
            (from, to, day_start, day_end, cell, weekdays)
        else {
            return Err(errors);
        };
        let spec = GridSpec {
            from,
            to,
            zone,
            day_start_minutes: day_start,
            day_end_minutes: day_end,
            cell_minutes: cell,
            weekdays,
        };
        match spec.check() {
            Ok(()) => {}
            Err(GridError::EmptyRange) => {
                errors.add("grid_to", Message::new("error-grid-range-empty"));
            }
            Err(GridError::RangeTooLong) => errors.add(
                "grid_to",
                Message::new("error-grid-range-long").count("days", GRID_MAX_DAYS),
            ),
            Err(GridError::CellSize) => errors.add(
                "grid_cell_minutes",
                Message::new("error-grid-cell").text("value", self.cell_minutes.trim()),
            ),
            Err(GridError::NotAligned(minutes)) => {
                let field = if day_start % minutes == 0 {
                    "grid_day_end"
                } else {
                    "grid_day_start"
                };
                errors.add(
                    field,
                    Message::new("error-grid-aligned").count("minutes", minutes),
                );
            }
            Err(GridError::NoDay) => {
                errors.add("grid_weekdays", Message::new("error-grid-no-day"));
            }
        }
        if errors.is_empty() && spec.cells().last().is_none_or(|last| *last <= now) {
            errors.add("grid_to", Message::new("error-grid-past"));
        }
        errors.into_result(|| spec)
    }
}

/// The instant a local time names in `zone`: itself when it exists once; in a
/// clock-change gap, the moment the clock resumes; when it happens twice, the first
/// (`first`) or the second.
fn instant_at_or_after(local: NaiveDateTime, zone: TimeZoneId, first: bool) -> DateTime<Utc> {
    let tz = zone.tz();
    for minutes in 0..=180 {
        let candidate = local + Duration::minutes(minutes);
        match tz.from_local_datetime(&candidate) {
            chrono::LocalResult::Single(t) => return t.with_timezone(&Utc),
            chrono::LocalResult::Ambiguous(a, b) => {
                return if first { a } else { b }.with_timezone(&Utc);
            }
            // Gap: the clock resumes at the first minute that exists; the period
            // starts (or ends) then, with the local time it names.
            chrono::LocalResult::None => {}
        }
    }
    local.and_utc()
}

/// One viewer's row: a local time of day. When a clock goes back, the times it
/// repeats get a second row for their second pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridRow {
    /// Local time of day.
    pub time: NaiveTime,
    /// The row of the second pass through this time (the clock went back).
    pub second: bool,
    /// Whether this time has two rows (then labels say which pass is which).
    pub repeated: bool,
}

/// The grid as a viewer in one zone sees it: local dates across, local times down.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridLayout {
    /// Local dates that hold at least one cell, ascending.
    pub dates: Vec<NaiveDate>,
    /// Rows, by local time of day, the first pass before the second.
    pub rows: Vec<GridRow>,
    /// `cells[row][column]`: the index of the cell there (into the grid's cells), or
    /// `None` for a blank place.
    pub cells: Vec<Vec<Option<usize>>>,
}

/// How `cells` (UTC instants, ascending) fall on the clock of `viewer`: every cell in
/// exactly one place, under its local date, in the row of its local time (the second
/// row of that time when the same local date and time came before, the clock having
/// gone back).
pub fn layout(cells: &[DateTime<Utc>], viewer: TimeZoneId) -> GridLayout {
    let tz = viewer.tz();
    // (date, time, second pass) of each cell.
    let mut places: Vec<(NaiveDate, NaiveTime, bool)> = Vec::with_capacity(cells.len());
    let mut seen: std::collections::HashSet<NaiveDateTime> = std::collections::HashSet::new();
    for c in cells {
        let naive = c.with_timezone(&tz).naive_local();
        let second = !seen.insert(naive);
        places.push((naive.date(), naive.time(), second));
    }
    let mut dates: Vec<NaiveDate> = places.iter().map(|p| p.0).collect();
    dates.sort_unstable();
    dates.dedup();
    let mut keys: Vec<(NaiveTime, bool)> = places.iter().map(|p| (p.1, p.2)).collect();
    keys.sort_unstable();
    keys.dedup();
    let mut by_time: BTreeMap<NaiveTime, usize> = BTreeMap::new();
    for (time, _) in &keys {
        *by_time.entry(*time).or_default() += 1;
    }
    let rows: Vec<GridRow> = keys
        .iter()
        .map(|(time, second)| GridRow {
            time: *time,
            second: *second,
            repeated: by_time.get(time).copied().unwrap_or(0) > 1,
        })
        .collect();
    let mut grid = vec![vec![None; dates.len()]; rows.len()];
    for (i, (date, time, second)) in places.iter().enumerate() {
        let row = keys.binary_search(&(*time, *second)).unwrap_or(0);
        let column = dates.binary_search(date).unwrap_or(0);
        if let Some(place) = grid.get_mut(row).and_then(|r| r.get_mut(column)) {
            *place = Some(i);
        }
    }
    GridLayout {
        dates,
        rows,
        cells: grid,
    }
}

/// One participant's marks: one [`Vote`] per cell of the grid, in cell order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Availability(pub Vec<Vote>);

/// A stored availability that does not fit its grid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("stored availability does not fit a grid of {cells} cells")]
pub struct BadAvailability {
    /// The grid's cell count.
    pub cells: usize,
}

impl Availability {
    /// No mark for any of `cells` cells.
    pub fn none(cells: usize) -> Self {
        Availability(vec![Vote::No; cells])
    }

    /// Packed for storage: two bits a cell (`no` 0, `yes` 1, `if_need_be` 2), four
    /// cells a byte, first cell in the low bits, as unpadded base64url.
    pub fn encode(&self) -> String {
        let mut bytes = vec![0u8; self.0.len().div_ceil(4)];
        for (i, v) in self.0.iter().enumerate() {
            let bits: u8 = match v {
                Vote::No => 0,
                Vote::Yes => 1,
                Vote::IfNeedBe => 2,
            };
            if let Some(b) = bytes.get_mut(i / 4) {
                *b |= bits << ((i % 4) * 2);
            }
        }
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    }

    /// The marks stored by [`Availability::encode`] for a grid of `cells` cells.
    ///
    /// # Errors
    /// [`BadAvailability`] when the text is not that encoding, is for another number
    /// of cells, or holds the unused value 3.
    pub fn decode(text: &str, cells: usize) -> Result<Self, BadAvailability> {
        let bad = BadAvailability { cells };
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(text)
            .map_err(|_| bad.clone())?;
        if bytes.len() != cells.div_ceil(4) {
            return Err(bad);
        }
        let mut votes = Vec::with_capacity(cells);
        for i in 0..cells {
            let byte = bytes.get(i / 4).copied().unwrap_or(0);
            votes.push(match (byte >> ((i % 4) * 2)) & 0b11 {
                0 => Vote::No,
                1 => Vote::Yes,
                2 => Vote::IfNeedBe,
                _ => return Err(bad),
            });
        }
        // The padding bits after the last cell must be zero, so one answer has one text.
        let used = cells % 4;
        if used != 0 && bytes.last().is_some_and(|b| b >> (used * 2) != 0) {
            return Err(bad);
        }
        Ok(Availability(votes))
    }
}

/// A cell's counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CellCount {
    /// People who marked it available.
    pub yes: u32,
    /// People who marked it "if need be".
    pub if_need_be: u32,
}

/// The counts per cell over `answers` (each with one mark per cell).
pub fn cell_counts(cells: usize, answers: &[&Availability]) -> Vec<CellCount> {
    let mut counts = vec![CellCount::default(); cells];
    for a in answers {
        for (c, v) in counts.iter_mut().zip(&a.0) {
            match v {
                Vote::Yes => c.yes += 1,
                Vote::IfNeedBe => c.if_need_be += 1,
                Vote::No => {}
            }
        }
    }
    counts
}

/// A window of consecutive cells long enough for the meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    /// Index of its first cell.
    pub first_cell: usize,
    /// Start, UTC instant.
    pub start: DateTime<Utc>,
    /// People free for all of it (`yes` or `if_need_be` in each of its cells).
    pub free: u32,
    /// Of those, people who need "if need be" for part of it.
    pub if_need_be: u32,
    /// What it costs the respondents on their own clocks (see
    /// [`crate::domain::fairness`]); all zero when not computed.
    pub cost: SlotCost,
}

/// Cells a meeting of `duration_minutes` covers on a grid of `cell_minutes` cells (at
/// least one).
pub fn window_cells(duration_minutes: u32, cell_minutes: u32) -> usize {
    usize::try_from(duration_minutes.div_ceil(cell_minutes.max(1)))
        .unwrap_or(1)
        .max(1)
}

/// Every window of `duration_minutes` made of consecutive cells (`cells` at
/// `cell_minutes`, back to back in time), with who is free for all of it.
pub fn windows(
    cells: &[DateTime<Utc>],
    cell_minutes: u32,
    duration_minutes: u32,
    answers: &[&Availability],
) -> Vec<Window> {
    let length = window_cells(duration_minutes, cell_minutes);
    let step = Duration::minutes(i64::from(cell_minutes));
    let mut out = Vec::new();
    if cells.len() < length {
        return out;
    }
    for first in 0..=cells.len() - length {
        let Some(window) = cells.get(first..first + length) else {
            continue;
        };
        // Back to back: no gap between a day's last cell and the next day's first.
        let contiguous = window.windows(2).all(|pair| pair[1] - pair[0] == step);
        if !contiguous {
            continue;
        }
        let (mut free, mut maybe) = (0, 0);
        for a in answers {
            let marks = a.0.get(first..first + length).unwrap_or(&[]);
            if marks.len() == length && marks.iter().all(|v| *v != Vote::No) {
                free += 1;
                if marks.contains(&Vote::IfNeedBe) {
                    maybe += 1;
                }
            }
        }
        out.push(Window {
            first_cell: first,
            start: window[0],
            free,
            if_need_be: maybe,
            cost: SlotCost::default(),
        });
    }
    out
}

/// The best `limit` of `windows`: most people free, then fewest needing "if need be",
/// then the lowest inconvenience score, then the earliest; none overlapping a better
/// one, and none with nobody free.
pub fn best_windows(mut windows: Vec<Window>, length_cells: usize, limit: usize) -> Vec<Window> {
    windows.retain(|w| w.free > 0);
    windows.sort_by(|a, b| {
        (b.free, a.if_need_be, a.cost.score, a.start).cmp(&(
            a.free,
            b.if_need_be,
            b.cost.score,
            b.start,
        ))
    });
    let mut chosen: Vec<Window> = Vec::new();
    for w in windows {
        if chosen.len() >= limit {
            break;
        }
        if chosen
            .iter()
            .all(|c| c.first_cell.abs_diff(w.first_cell) >= length_cells.max(1))
        {
            chosen.push(w);
        }
    }
    chosen
}

/// How many best windows are shown.
pub const BEST_WINDOWS: usize = 5;

/// An availability poll's results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridResults {
    /// The cells, UTC start instants.
    pub cells: Vec<DateTime<Utc>>,
    /// Counts per cell.
    pub counts: Vec<CellCount>,
    /// Each response's marks, in response order.
    pub answers: Vec<Availability>,
    /// The best windows for the meeting ([`best_windows`]), with what they cost the
    /// respondents on their own clocks.
    pub best: Vec<Window>,
}

/// The results of `poll` (an availability poll) from `responses`.
///
/// # Errors
/// [`BadAvailability`] when a stored answer does not fit the grid; `cells` empty for a
/// poll without a grid.
pub fn grid_results(
    poll: &super::Poll,
    responses: &[super::Response],
) -> Result<GridResults, BadAvailability> {
    let Some(spec) = &poll.grid else {
        return Ok(GridResults {
            cells: Vec::new(),
            counts: Vec::new(),
            answers: Vec::new(),
            best: Vec::new(),
        });
    };
    let cells = spec.cells();
    let answers = responses
        .iter()
        .map(|r| r.availability(cells.len()))
        .collect::<Result<Vec<_>, _>>()?;
    let refs: Vec<&Availability> = answers.iter().collect();
    let counts = cell_counts(cells.len(), &refs);
    let duration = u32::try_from(poll.duration_minutes).unwrap_or(60);
    let zones = super::fairness::respondent_zones(responses);
    let mut all = windows(&cells, spec.cell_minutes, duration, &refs);
    for w in all.iter_mut().filter(|w| w.free > 0) {
        w.cost = super::fairness::cost(w.start, duration, &zones, &poll.hours);
    }
    let length = window_cells(duration, spec.cell_minutes);
    let best = best_windows(all, length, BEST_WINDOWS);
    Ok(GridResults {
        cells,
        counts,
        answers,
        best,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn z(name: &str) -> TimeZoneId {
        name.parse().unwrap_or(TimeZoneId::UTC)
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default()
    }

    fn spec(
        from: NaiveDate,
        to: NaiveDate,
        zone: &str,
        start: u32,
        end: u32,
        cell: u32,
    ) -> GridSpec {
        GridSpec {
            from,
            to,
            zone: z(zone),
            day_start_minutes: start,
            day_end_minutes: end,
            cell_minutes: cell,
            weekdays: WEEKDAYS.iter().map(|(d, _)| *d).collect(),
        }
    }

    #[test]
    fn a_grid_refuses_what_it_cannot_cover() {
        let ok = spec(
            d(2027, 3, 22),
            d(2027, 3, 26),
            "Europe/Zurich",
            540,
            1020,
            30,
        );
        assert_eq!(ok.check(), Ok(()));
        let with = |f: &dyn Fn(&mut GridSpec)| {
            let mut s = ok.clone();
            f(&mut s);
            s.check().err()
        };
        assert_eq!(
            with(&|s| s.to = d(2027, 3, 21)),
            Some(GridError::EmptyRange)
        );
        assert_eq!(with(&|s| s.to = d(2027, 4, 21)), None, "31 days");
        assert_eq!(
            with(&|s| s.to = d(2027, 4, 22)),
            Some(GridError::RangeTooLong)
        );
        assert_eq!(with(&|s| s.cell_minutes = 20), Some(GridError::CellSize));
        assert_eq!(
            with(&|s| s.day_start_minutes = 545),
            Some(GridError::NotAligned(30))
        );
        assert_eq!(
            with(&|s| s.day_end_minutes = 1440),
            Some(GridError::NotAligned(30))
        );
    }

    #[test]
    fn a_zurich_working_day_keeps_its_hours_across_both_dst_changes() {
        // Weekdays 26 March to 2 April 2027 spanning the EU change (28 March), and
        // 29 October to 2 November spanning the change back (31 October): 09:00–17:00
        // Zurich is 08:00–16:00Z on +1 and 07:00–15:00Z on +2; 16 cells of 30 minutes.
        let spring = spec(
            d(2027, 3, 26),
            d(2027, 3, 29),
            "Europe/Zurich",
            540,
            1020,
            30,
        )
        .cells();
        assert_eq!(spring.len(), 4 * 16);
        assert_eq!(spring[0], utc("2027-03-26T08:00:00Z"));
        assert_eq!(spring[15], utc("2027-03-26T15:30:00Z"));
        assert_eq!(spring[3 * 16], utc("2027-03-29T07:00:00Z"));
        let autumn = spec(
            d(2027, 10, 29),
            d(2027, 11, 1),
            "Europe/Zurich",
            540,
            1020,
            30,
        )
        .cells();
        assert_eq!(autumn[0], utc("2027-10-29T07:00:00Z"));
        assert_eq!(autumn[3 * 16], utc("2027-11-01T08:00:00Z"));
        // Seen from Zurich, every day has the same 16 rows, 09:00 to 16:30.
        let seen = layout(&autumn, z("Europe/Zurich"));
        assert_eq!(seen.dates.len(), 4);
        assert_eq!(seen.rows.len(), 16);
        assert_eq!(
            seen.rows[0].time,
            NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default()
        );
        assert!(seen.cells.iter().all(|row| row.iter().all(Option::is_some)));
    }

    #[test]
    fn a_weekday_grid_across_the_us_and_eu_changes_keeps_nine_in_zurich_at_nine() {
        // Weekdays 8 March to 2 April 2027, 09:00–17:00 Zurich, 30-minute cells: 20 days
        // × 16 cells. Zurich is +1 until 28 March, +2 after; Los Angeles −8 until
        // 14 March, −7 after. So 09:00 Zurich is 08:00Z (00:00 in Los Angeles) in the
        // first week, 08:00Z (01:00) from 15 March, 07:00Z (00:00) from 29 March.
        let mut grid = spec(d(2027, 3, 8), d(2027, 4, 2), "Europe/Zurich", 540, 1020, 30);
        grid.weekdays = WEEKDAYS.iter().take(5).map(|(w, _)| *w).collect();
        let cells = grid.cells();
        assert_eq!(cells.len(), 20 * 16);
        let zurich = layout(&cells, z("Europe/Zurich"));
        assert_eq!(zurich.dates.len(), 20, "no weekend, no day twice");
        assert_eq!(zurich.rows.len(), 16);
        assert!(zurich
            .cells
            .iter()
            .all(|row| row.iter().all(Option::is_some)));
        let la = layout(&cells, z("America/Los_Angeles"));
        assert_eq!(la.dates.len(), 20);
        // 00:00–07:30 and 01:00–08:30: 18 rows, each day with its 16 cells.
        assert_eq!(la.rows.len(), 18);
        for column in 0..20 {
            let filled = la.cells.iter().filter(|row| row[column].is_some()).count();
            assert_eq!(filled, 16, "day {column}");
        }
        let first_row_of = |day: usize| {
            la.cells
                .iter()
                .position(|row| row[day].is_some())
                .map(|r| la.rows[r].time.format("%H:%M").to_string())
        };
        assert_eq!(first_row_of(0).as_deref(), Some("00:00"), "Mon 8 March");
        assert_eq!(first_row_of(5).as_deref(), Some("01:00"), "Mon 15 March");
        assert_eq!(first_row_of(15).as_deref(), Some("00:00"), "Mon 29 March");
        // A range with no ticked weekday in it makes no grid.
        let mut weekend = spec(
            d(2027, 3, 13),
            d(2027, 3, 14),
            "Europe/Zurich",
            540,
            1020,
            30,
        );
        weekend.weekdays = vec![Weekday::Mon];
        assert_eq!(weekend.check(), Err(GridError::NoDay));
    }

    #[test]
    fn a_night_that_crosses_a_clock_change_has_its_real_length() {
        // 00:00–04:00 in Berlin: on 28 March 2027 02:00–03:00 does not exist (3 hours,
        // 6 cells of 30 minutes); on 31 October 02:00–03:00 happens twice (5 hours, 10).
        let spring = spec(d(2027, 3, 28), d(2027, 3, 28), "Europe/Berlin", 0, 240, 30).cells();
        assert_eq!(spring.len(), 6);
        assert_eq!(spring[0], utc("2027-03-27T23:00:00Z"));
        assert_eq!(spring[5], utc("2027-03-28T01:30:00Z"));
        let autumn = spec(
            d(2027, 10, 31),
            d(2027, 10, 31),
            "Europe/Berlin",
            0,
            240,
            30,
        )
        .cells();
        assert_eq!(autumn.len(), 10);
        assert_eq!(autumn[0], utc("2027-10-30T22:00:00Z"));
        assert_eq!(autumn[9], utc("2027-10-31T02:30:00Z"));
        // In Berlin the repeated 02:00 and 02:30 get a row each per offset: 10 rows.
        let seen = layout(&autumn, z("Europe/Berlin"));
        assert_eq!(seen.rows.len(), 10);
        let repeated: Vec<(u32, bool)> = seen
            .rows
            .iter()
            .filter(|r| r.repeated)
            .map(|r| {
                let minute =
                    chrono::Timelike::hour(&r.time) * 60 + chrono::Timelike::minute(&r.time);
                (minute, r.second)
            })
            .collect();
        assert_eq!(
            repeated,
            vec![(120, false), (120, true), (150, false), (150, true)]
        );
        // The first pass (+2, 00:00Z and 00:30Z) is above the second (+1, 01:00Z, 01:30Z).
        let at = |row: usize| seen.cells[row][0].map(|i| autumn[i]);
        assert_eq!(at(4), Some(utc("2027-10-31T00:00:00Z")));
        assert_eq!(at(5), Some(utc("2027-10-31T01:00:00Z")));
        // A period starting in the skipped hour starts when the clock resumes (03:00).
        let gap = spec(
            d(2027, 3, 28),
            d(2027, 3, 28),
            "Europe/Berlin",
            150,
            300,
            30,
        )
        .cells();
        assert_eq!(gap.first(), Some(&utc("2027-03-28T01:00:00Z")));
        assert_eq!(gap.len(), 4, "03:00 to 05:00");
    }

    #[test]
    fn viewers_across_midnight_see_every_day_once_and_every_cell_once() {
        // 09:00–17:00 Zurich (+1), 22–24 March 2027, hourly: 08:00–16:00Z.
        // Auckland (+13): 21:00 to 05:00 next day, so 22 March's cells land on 22 and
        // 23 March there. Local dates: 22 (21:00–23:00), 23 (00:00–04:00 and 21:00–23:00),
        // 24 (both), 25 (00:00–04:00): 4 columns, 8 rows (00–04, 21–23).
        let cells = spec(
            d(2027, 3, 22),
            d(2027, 3, 24),
            "Europe/Zurich",
            540,
            1020,
            60,
        )
        .cells();
        assert_eq!(cells.len(), 24);
        let auckland = layout(&cells, z("Pacific/Auckland"));
        assert_eq!(
            auckland.dates,
            vec![
                d(2027, 3, 22),
                d(2027, 3, 23),
                d(2027, 3, 24),
                d(2027, 3, 25)
            ]
        );
        let hours: Vec<u32> = auckland
            .rows
            .iter()
            .map(|r| chrono::Timelike::hour(&r.time))
            .collect();
        assert_eq!(hours, vec![0, 1, 2, 3, 4, 21, 22, 23]);
        let mut seen: Vec<usize> = auckland.cells.iter().flatten().flatten().copied().collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..24).collect::<Vec<_>>(), "each cell once");
        // Los Angeles (−7 since 14 March): 01:00–09:00, all on the same date.
        let la = layout(&cells, z("America/Los_Angeles"));
        assert_eq!(
            la.dates,
            vec![d(2027, 3, 22), d(2027, 3, 23), d(2027, 3, 24)]
        );
        assert_eq!(la.rows.len(), 8);
        assert_eq!(
            la.rows[0].time,
            NaiveTime::from_hms_opt(1, 0, 0).unwrap_or_default()
        );
        // Kathmandu (+5:45): 13:45 to 21:45.
        let ktm = layout(&cells, z("Asia/Kathmandu"));
        assert_eq!(
            ktm.rows[0].time,
            NaiveTime::from_hms_opt(13, 45, 0).unwrap_or_default()
        );
    }

    #[test]
    fn hours_that_cross_midnight_run_into_the_next_day() {
        // 22:00–02:00 in Los Angeles (−7), two days, hourly: 05:00–09:00Z each.
        let cells = spec(
            d(2027, 5, 3),
            d(2027, 5, 4),
            "America/Los_Angeles",
            1320,
            120,
            60,
        )
        .cells();
        assert_eq!(
            cells,
            vec![
                utc("2027-05-04T05:00:00Z"),
                utc("2027-05-04T06:00:00Z"),
                utc("2027-05-04T07:00:00Z"),
                utc("2027-05-04T08:00:00Z"),
                utc("2027-05-05T05:00:00Z"),
                utc("2027-05-05T06:00:00Z"),
                utc("2027-05-05T07:00:00Z"),
                utc("2027-05-05T08:00:00Z"),
            ]
        );
    }

    #[test]
    fn an_availability_is_stored_in_two_bits_a_cell_and_read_back_the_same() {
        let marks = Availability(vec![
            Vote::Yes,
            Vote::No,
            Vote::IfNeedBe,
            Vote::Yes,
            Vote::IfNeedBe,
        ]);
        // Byte 0: cells 0–3 = 01, 00, 10, 01 from the low bits = 0b01_10_00_01 = 0x61;
        // byte 1: cell 4 = 10 = 0x02. base64url of [0x61, 0x02] is "YQI".
        assert_eq!(marks.encode(), "YQI");
        assert_eq!(Availability::decode("YQI", 5), Ok(marks));
        assert!(Availability::decode("YQI", 9).is_err(), "another grid");
        assert!(Availability::decode("YQY", 5).is_err(), "padding bits set");
        assert!(
            Availability::decode("YQM", 5).is_err(),
            "the unused value 3 in cell 4"
        );
        assert!(Availability::decode("Yw", 4).is_err(), "the unused value 3");
        assert!(Availability::decode("not base64!", 5).is_err());
        // The largest grid: 2,976 cells in 992 characters.
        assert_eq!(Availability::none(2976).encode().len(), 992);
    }

    #[test]
    fn the_best_windows_have_the_most_people_free_for_the_whole_meeting() {
        // Hourly cells 09:00–12:00Z on two days; a 2-hour meeting.
        let cells = vec![
            utc("2027-05-04T09:00:00Z"),
            utc("2027-05-04T10:00:00Z"),
            utc("2027-05-04T11:00:00Z"),
            utc("2027-05-05T09:00:00Z"),
            utc("2027-05-05T10:00:00Z"),
            utc("2027-05-05T11:00:00Z"),
        ];
        let (y, m, n) = (Vote::Yes, Vote::IfNeedBe, Vote::No);
        let ana = Availability(vec![y, y, n, y, y, y]);
        let ben = Availability(vec![y, y, y, n, m, m]);
        let cy = Availability(vec![n, y, y, n, y, y]);
        let answers = [&ana, &ben, &cy];
        let all = windows(&cells, 60, 120, &answers);
        // Windows never span the night between 11:00 on the 4th and 09:00 on the 5th.
        let starts: Vec<usize> = all.iter().map(|w| w.first_cell).collect();
        assert_eq!(starts, vec![0, 1, 3, 4]);
        let free: Vec<(u32, u32)> = all.iter().map(|w| (w.free, w.if_need_be)).collect();
        // 4th 09–11: Ana, Ben; 4th 10–12: Ben, Cy; 5th 09–11: Ana; 5th 10–12: all
        // three, Ben only if need be.
        assert_eq!(free, vec![(2, 0), (2, 0), (1, 0), (3, 1)]);
        let best = best_windows(all, 2, 3);
        let order: Vec<usize> = best.iter().map(|w| w.first_cell).collect();
        // 5th 10:00 first (3 free); then 4th 09:00 (2, earlier); 4th 10:00 overlaps it,
        // and 5th 09:00 overlaps the first.
        assert_eq!(order, vec![4, 0]);
    }
}
