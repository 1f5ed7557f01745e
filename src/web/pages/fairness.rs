//! The organizer's "on everyone's clock" table: for each respondent zone (a row, with
//! the people in it) and each slot (a column), the meeting's local start there and its
//! class (working hours, off hours, night), shown by symbol and words as well as colour.

use std::collections::BTreeMap;

use crate::actions::PollView;
use crate::domain::fairness::{class_for, everyone_zones, series_burden, TimeClass};
use crate::domain::{Poll, Response, TimeZoneId};
use crate::i18n::Language;

/// One cell: a slot's local start in one zone.
pub struct ClockCell {
    /// `23:00`, or `Wed 24 Mar 01:45` when the local date differs from the slot's date on the
    /// viewer's clock.
    pub time: String,
    /// `working`, `off` or `night` (for the style).
    pub class: &'static str,
    /// ☀, ◐ or ☾.
    pub symbol: &'static str,
    /// `night`, in words.
    pub words: String,
}

/// One zone's row.
pub struct ClockRow {
    /// The IANA id.
    pub zone: String,
    /// Respondents in it, by name.
    pub names: String,
    /// How many.
    pub count: usize,
    /// One cell per slot, in slot order.
    pub cells: Vec<ClockCell>,
}

/// The symbol and the catalog key of a class.
pub fn class_marks(class: TimeClass) -> (&'static str, &'static str) {
    match class {
        TimeClass::Working => ("☀", "class-working"),
        TimeClass::Off => ("◐", "class-off"),
        TimeClass::Night => ("☾", "class-night"),
    }
}

/// The rows for `poll` and its `responses`, seen from `viewer` (whose dates decide when
/// a cell shows its weekday), ordered by the zones' offsets at the first slot (west to
/// east), then by name.
pub fn clock_rows(
    poll: &Poll,
    responses: &[Response],
    viewer: TimeZoneId,
    lang: Language,
) -> Vec<ClockRow> {
    let mut by_zone: BTreeMap<&'static str, (TimeZoneId, Vec<&str>)> = BTreeMap::new();
    for r in responses {
        by_zone
            .entry(r.timezone.name())
            .or_insert_with(|| (r.timezone, Vec::new()))
            .1
            .push(&r.name);
    }
    let duration = u32::try_from(poll.duration_minutes).unwrap_or(60);
    let first = poll.slots.first().map(|s| s.start_at);
    let mut rows: Vec<(i32, ClockRow)> = by_zone
        .into_values()
        .map(|(zone, names)| {
            let offset = first.map_or(0, |t| zone.local(t).offset_seconds());
            let cells = poll
                .slots
                .iter()
                .map(|s| {
                    let local = zone.local(s.start_at);
                    let viewer_date = viewer.local(s.start_at).date();
                    let time = if local.date() == viewer_date {
                        local.hm()
                    } else {
                        format!("{} {}", local.short_date(lang), local.hm())
                    };
                    let class = class_for(s.start_at, duration, zone, &poll.hours);
                    let (symbol, key) = class_marks(class);
                    ClockCell {
                        time,
                        class: class.as_str(),
                        symbol,
                        words: lang.t(key),
                    }
                })
                .collect();
            (
                offset,
                ClockRow {
                    zone: zone.name().to_owned(),
                    count: names.len(),
                    names: names.join(", "),
                    cells,
                },
            )
        })
        .collect();
    rows.sort_by(|a, b| (a.0, &a.1.zone).cmp(&(b.0, &b.1.zone)));
    rows.into_iter().map(|(_, r)| r).collect()
}

/// One zone's share of the series' awkward hours.
pub struct BurdenRow {
    /// The IANA id.
    pub zone: String,
    /// This poll's people in it (respondents, and invitees who have not answered).
    pub people: u32,
    /// The series' meetings in its night.
    pub night: u32,
    /// The series' meetings in its off hours.
    pub off: u32,
}

/// The burden rows of a poll in a series with chosen meetings (empty otherwise): the
/// zones that bore the most first. Judged by this poll's hours.
pub fn burden_rows(view: &PollView) -> Vec<BurdenRow> {
    if view.series.is_empty() {
        return Vec::new();
    }
    let zones = everyone_zones(&view.responses, &view.invitees);
    series_burden(&view.series, &zones, &view.poll.hours)
        .into_iter()
        .map(|b| BurdenRow {
            zone: b.zone.name().to_owned(),
            people: b.people,
            night: b.night,
            off: b.off,
        })
        .collect()
}
