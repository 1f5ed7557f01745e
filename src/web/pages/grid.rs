//! An availability poll on its pages: the grid in the viewer's zone (local dates
//! across, local times down, every cell once; see [`crate::domain::grid::layout`]) as a
//! form of labelled checkboxes that works without JavaScript (the script adds painting
//! by mouse, touch and keyboard), the heat map of the answers (count by number and
//! shade, who is free in each cell's text), and the best windows.

use chrono::{DateTime, Duration, Utc};

use super::view::cost_text;
use crate::actions::PollView;
use crate::domain::grid::{layout, window_cells, GridResults};
use crate::domain::{TimeZoneId, Vote};
use crate::i18n::{Arg, Count as _, Language};

/// Shades of the heat map (0: nobody, 4: everyone).
const HEAT_LEVELS: u32 = 4;

/// One cell on the viewer's clock.
pub struct GridCellView {
    /// Its index in the grid (the script's handle).
    pub index: usize,
    /// Its UTC start, RFC 3339: the form value.
    pub value: String,
    /// `Mon 22 Mar 2027, 21:00` on the viewer's clock (with the offset when the clock
    /// went back and the time happens twice).
    pub label: String,
    /// Marked available in the form (saved or typed).
    pub yes_checked: bool,
    /// Marked "if need be" in the form.
    pub maybe_checked: bool,
    /// People available.
    pub yes: u32,
    /// People available if need be.
    pub if_need_be: u32,
    /// Shade, 0 to 4.
    pub heat: u32,
    /// Who is free: `Ana, Cy; if need be: Ben`, or the words for nobody.
    pub names: String,
}

/// One row: a local time of day and its cells per date (`None`: no cell there).
pub struct GridRowView {
    /// `21:00`, or `02:00 (UTC+01:00)` for a time the clock went through twice.
    pub label: String,
    /// One place per date column.
    pub cells: Vec<Option<GridCellView>>,
}

/// A best window.
pub struct WindowView {
    /// Its UTC start, RFC 3339: what finalizing takes.
    pub value: String,
    /// `Monday 22 March 2027, 10:00–12:00 (UTC+01:00)` on the viewer's clock.
    pub label: String,
    /// `3 free, 1 of them if need be`.
    pub free: String,
    /// Who is free for all of it.
    pub names: String,
    /// `☾ 1 at night · ◐ 2 in off hours`.
    pub cost: String,
}

/// Every cell as a choice for finalizing: its UTC start and its label.
pub struct StartChoice {
    /// UTC start, RFC 3339.
    pub value: String,
    /// `Mon 22 Mar 2027, 21:00–23:00`.
    pub label: String,
}

/// The grid of a poll for one viewer.
pub struct GridPage {
    /// Column headers: `Mon 22 Mar`.
    pub dates: Vec<String>,
    /// The rows.
    pub rows: Vec<GridRowView>,
    /// The poll offers "if need be".
    pub if_need_be: bool,
    /// How many people answered.
    pub respondents: usize,
    /// The best windows (empty while the results are hidden).
    pub best: Vec<WindowView>,
    /// Every start, for the organizer's "other start" choice.
    pub starts: Vec<StartChoice>,
}

impl GridPage {
    /// The grid of `view` in `zone`, with the form's marks `typed` (cell UTC start →
    /// `yes` / `if_need_be`) and the counts when `show_results`. `None` for a poll
    /// without a grid.
    pub fn new(
        view: &PollView,
        zone: TimeZoneId,
        typed: &[(String, String)],
        show_results: bool,
        lang: Language,
    ) -> Option<Self> {
        let spec = view.poll.grid.as_ref()?;
        let results: &GridResults = view.grid.as_ref()?;
        let cells = &results.cells;
        let seen = layout(cells, zone);
        let label_of = |i: usize, repeated: bool| {
            let local = zone.local(cells[i]);
            if repeated {
                format!(
                    "{}, {} ({})",
                    local.short_date(lang),
                    local.hm(),
                    local.offset()
                )
            } else {
                format!("{}, {}", local.short_date(lang), local.hm())
            }
        };
        // The form's marks by cell, read once: a full grid has thousands of both.
        let mut by_cell: std::collections::HashMap<&str, Vec<&str>> =
            std::collections::HashMap::with_capacity(typed.len());
        for (cell, vote) in typed {
            by_cell
                .entry(cell.as_str())
                .or_default()
                .push(vote.as_str());
        }
        let typed_vote = |value: &str| by_cell.get(value).cloned().unwrap_or_default();
        let names_of = |i: usize| {
            let mut yes = Vec::new();
            let mut maybe = Vec::new();
            for (r, a) in view.responses.iter().zip(&results.answers) {
                match a.0.get(i) {
                    Some(Vote::Yes) => yes.push(r.name.as_str()),
                    Some(Vote::IfNeedBe) => maybe.push(r.name.as_str()),
                    _ => {}
                }
            }
            match (yes.is_empty(), maybe.is_empty()) {
                (true, true) => lang.t("grid-nobody"),
                (false, true) => yes.join(", "),
                (true, false) => lang.t1("grid-names-maybe-only", "maybe", maybe.join(", ")),
                (false, false) => lang.t2(
                    "grid-names-both",
                    "yes",
                    yes.join(", "),
                    "maybe",
                    maybe.join(", "),
                ),
            }
        };
        let respondents = view.responses.len();
        let dates = seen
            .dates
            .iter()
            .enumerate()
            .map(|(column, _)| {
                seen.cells
                    .iter()
                    .find_map(|row| row.get(column).copied().flatten())
                    .map(|i| zone.local(cells[i]).short_date(lang))
                    .unwrap_or_default()
            })
            .collect();
        let rows = seen
            .rows
            .iter()
            .zip(&seen.cells)
            .map(|(row, places)| {
                let first = places.iter().flatten().next().copied();
                let label = first.map_or_else(String::new, |i| {
                    let local = zone.local(cells[i]);
                    if row.repeated {
                        format!("{} ({})", local.hm(), local.offset())
                    } else {
                        local.hm()
                    }
                });
                let cells = places
                    .iter()
                    .map(|place| {
                        place.map(|i| {
                            let value = crate::domain::time::rfc3339_utc(cells[i]);
                            let marks = typed_vote(&value);
                            let count = results.counts.get(i).copied().unwrap_or_default();
                            let (yes, if_need_be) = if show_results {
                                (count.yes, count.if_need_be)
                            } else {
                                (0, 0)
                            };
                            let weight = yes * 2 + if_need_be;
                            let heat = if respondents == 0 || weight == 0 {
                                0
                            } else {
                                let whole = u32::try_from(respondents).unwrap_or(u32::MAX) * 2;
                                (weight * HEAT_LEVELS).div_ceil(whole).clamp(1, HEAT_LEVELS)
                            };
                            GridCellView {
                                index: i,
                                label: label_of(i, row.repeated),
                                yes_checked: marks.contains(&Vote::Yes.as_str()),
                                maybe_checked: marks.contains(&Vote::IfNeedBe.as_str()),
                                yes,
                                if_need_be,
                                heat,
                                names: if show_results {
                                    names_of(i)
                                } else {
                                    String::new()
                                },
                                value,
                            }
                        })
                    })
                    .collect();
                GridRowView { label, cells }
            })
            .collect();
        let duration = u32::try_from(view.poll.duration_minutes).unwrap_or(60);
        let length = Duration::minutes(i64::from(duration));
        let range = |start: DateTime<Utc>| {
            let (s, e) = (zone.local(start), zone.local(start + length));
            lang.t2(
                "slot-label",
                "date",
                s.long_date(lang),
                "range",
                crate::domain::time::time_range_with_offset(&s, &e, lang),
            )
        };
        let best = results
            .best
            .iter()
            .filter(|_| show_results)
            .map(|w| {
                let names = view
                    .responses
                    .iter()
                    .zip(&results.answers)
                    .filter(|(_, a)| {
                        a.0.get(
                            w.first_cell..w.first_cell + window_cells(duration, spec.cell_minutes),
                        )
                        .is_some_and(|marks| marks.iter().all(|v| *v != Vote::No))
                    })
                    .map(|(r, _)| r.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                WindowView {
                    value: crate::domain::time::rfc3339_utc(w.start),
                    label: range(w.start),
                    free: if w.if_need_be > 0 {
                        // Both numbers as numbers, so that the plural forms apply.
                        lang.t_args(
                            "grid-window-free-maybe",
                            &[
                                ("count", Arg::Count(w.free.as_count())),
                                ("maybe", Arg::Count(w.if_need_be.as_count())),
                            ],
                        )
                    } else {
                        lang.tn("grid-window-free", w.free)
                    },
                    names,
                    cost: cost_text(&w.cost, lang),
                }
            })
            .collect();
        let starts = cells
            .iter()
            .map(|c| StartChoice {
                value: crate::domain::time::rfc3339_utc(*c),
                label: {
                    let (s, e) = (zone.local(*c), zone.local(*c + length));
                    format!(
                        "{} {}",
                        s.short_date(lang),
                        crate::domain::time::time_range(&s, &e, lang)
                    )
                },
            })
            .collect();
        Some(GridPage {
            dates,
            rows,
            if_need_be: view.poll.if_need_be,
            respondents,
            best,
            starts,
        })
    }
}
