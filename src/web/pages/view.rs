//! Display-ready pieces shared by the pages: slots in the viewer's zone, the results
//! table, comments, the zone picker and error summaries. Everything here is a string or a
//! flag, so the templates only print.

use chrono::{DateTime, Utc};

use super::forms::SlotRow;
use crate::actions::PollView;
use crate::db::comments::Comment;
use crate::domain::fairness::SlotCost;
use crate::domain::time::{format_offset, utc_range};
use crate::domain::{FieldErrors, Poll, PollStatus, SlotTally, TimeZoneId, Vote};
use crate::i18n::{Arg, DateStyle, Language, Message};

/// A slot as seen from one zone.
#[derive(Debug, Clone)]
pub struct SlotView {
    /// Slot id.
    pub id: String,
    /// `Tuesday 23 March 2027`.
    pub date_long: String,
    /// `Tue 23 Mar`.
    pub date_short: String,
    /// `13:00–14:00`, with the end's date when it falls on another day.
    pub time_range: String,
    /// `UTC+01:00`.
    pub offset: String,
    /// `CET`, or empty when the zone has no lettered abbreviation.
    pub abbreviation: String,
    /// `Tue 23 Mar, 12:00–13:00 UTC`.
    pub utc: String,
    /// Start, RFC 3339 with offset (for `<time datetime>`).
    pub datetime: String,
    /// `Tuesday 23 March 2027, 13:00–14:00 (UTC+01:00)`, for legends and labels.
    pub label: String,
    /// Marked best.
    pub best: bool,
    /// The chosen slot.
    pub chosen: bool,
    /// Count of yes.
    pub yes: u32,
    /// Count of if need be.
    pub if_need_be: u32,
    /// Count of no.
    pub no: u32,
    /// `3 available (2 yes, 1 if need be), 1 no.`, for the best and chosen slot.
    pub summary: String,
    /// `2 yes, 1 if need be`, beside the slot in the finalize form.
    pub counts: String,
    /// What the slot costs the respondents on their own clocks: `☾ 2 at night · ◐ 1 in
    /// off hours`; empty when nobody has answered.
    pub cost: String,
    /// Someone is at night for this slot (for the style).
    pub costs_night: bool,
    /// A whole day (a poll of dates): `date_long` and `date_short` are the date itself,
    /// the same for every viewer; `time_range` is "all day"; no offset, zone or UTC.
    pub all_day: bool,
}

impl SlotView {
    /// Builds the views of a poll's slots in `zone`, worded in `lang`, with tallies, the
    /// best and the chosen slot.
    pub fn all(
        poll: &Poll,
        tallies: &[SlotTally],
        best: Option<&str>,
        zone: TimeZoneId,
        lang: Language,
    ) -> Vec<SlotView> {
        poll.slots
            .iter()
            .map(|s| {
                let t = tallies.iter().find(|t| t.slot_id == s.id);
                if poll.whole_days() {
                    return one_day(
                        s,
                        lang,
                        SlotFlags {
                            id: s.id.as_str(),
                            best: best == Some(s.id.as_str()),
                            chosen: poll.final_slot_id.as_ref() == Some(&s.id),
                            tally: t.map_or((0, 0, 0), |t| (t.yes, t.if_need_be, t.no)),
                            cost: SlotCost::default(),
                        },
                    );
                }
                one(
                    s.start_at,
                    s.end_at(poll.duration_minutes),
                    zone,
                    lang,
                    SlotFlags {
                        id: s.id.as_str(),
                        best: best == Some(s.id.as_str()),
                        chosen: poll.final_slot_id.as_ref() == Some(&s.id),
                        tally: t.map_or((0, 0, 0), |t| (t.yes, t.if_need_be, t.no)),
                        cost: t.map(|t| t.cost).unwrap_or_default(),
                    },
                )
            })
            .collect()
    }
}

struct SlotFlags<'a> {
    id: &'a str,
    best: bool,
    chosen: bool,
    tally: (u32, u32, u32),
    cost: SlotCost,
}

/// The counts in words: (`summary`, `counts`).
fn count_texts(tally: (u32, u32, u32), lang: Language) -> (String, String) {
    let (yes, if_need_be, no) = tally;
    let count = |n: u32| Arg::Count(i64::from(n));
    (
        lang.t_args(
            "slot-summary",
            &[
                ("available", count(yes + if_need_be)),
                ("yes", count(yes)),
                ("if_need_be", count(if_need_be)),
                ("no", count(no)),
            ],
        ),
        lang.t_args(
            "slot-counts",
            &[("yes", count(yes)), ("if_need_be", count(if_need_be))],
        ),
    )
}

/// A whole-day slot: its date as stored, never converted to the viewer's zone.
fn one_day(slot: &crate::domain::Slot, lang: Language, f: SlotFlags<'_>) -> SlotView {
    let day = crate::domain::time::DayText::new(slot.day(), lang);
    let (summary, counts) = count_texts(f.tally, lang);
    let (yes, if_need_be, no) = f.tally;
    SlotView {
        id: f.id.to_owned(),
        label: day.label,
        summary,
        counts,
        date_long: day.long,
        date_short: day.short,
        time_range: day.all_day,
        offset: String::new(),
        abbreviation: String::new(),
        utc: String::new(),
        datetime: day.iso,
        best: f.best,
        chosen: f.chosen,
        yes,
        if_need_be,
        no,
        cost: String::new(),
        costs_night: false,
        all_day: true,
    }
}

fn one(
    start_at: DateTime<Utc>,
    end_at: DateTime<Utc>,
    zone: TimeZoneId,
    lang: Language,
    f: SlotFlags<'_>,
) -> SlotView {
    let start = zone.local(start_at);
    let end = zone.local(end_at);
    let time_range = crate::domain::time::time_range(&start, &end, lang);
    let utc = utc_range(start_at, end_at, lang, DateStyle::Short);
    let offset = crate::domain::time::utc_offset(&start.offset(), lang);
    let (yes, if_need_be, no) = f.tally;
    let (summary, counts) = count_texts(f.tally, lang);
    SlotView {
        id: f.id.to_owned(),
        label: lang.t2(
            "slot-label",
            "date",
            start.long_date(lang),
            "range",
            crate::domain::time::time_range_with_offset(&start, &end, lang),
        ),
        summary,
        counts,
        date_long: start.long_date(lang),
        date_short: start.short_date(lang),
        time_range,
        offset,
        abbreviation: start.abbreviation().unwrap_or_default().to_owned(),
        utc,
        datetime: start.rfc3339(),
        best: f.best,
        chosen: f.chosen,
        yes,
        if_need_be,
        no,
        cost: cost_text(&f.cost, lang),
        costs_night: f.cost.night > 0,
        all_day: false,
    }
}

/// `☾ 2 at night · ◐ 1 in off hours`, `☀ working hours for all 5`, or empty when the
/// slot concerns nobody yet.
pub fn cost_text(c: &SlotCost, lang: Language) -> String {
    let people = c.night + c.off + c.working;
    if people == 0 {
        return String::new();
    }
    let mut parts = Vec::new();
    if c.night > 0 {
        parts.push(format!("☾ {}", lang.tn("cost-night", c.night)));
    }
    if c.off > 0 {
        parts.push(format!("◐ {}", lang.tn("cost-off", c.off)));
    }
    if parts.is_empty() {
        parts.push(format!("☀ {}", lang.tn("cost-none", people)));
    }
    parts.join(" · ")
}

/// One answer cell: symbol and words, with a class for colour.
#[derive(Debug, Clone)]
pub struct Cell {
    /// `vote-yes`, `vote-if_need_be`, `vote-no` or `vote-none`.
    pub class: &'static str,
    /// `✓`, `(✓)`, `✗` or `–`.
    pub symbol: &'static str,
    /// `Yes`, `If need be`, `No` or `No answer`, in the page's language.
    pub text: String,
}

impl Cell {
    /// The cell for a vote, or for no answer, worded in `lang`.
    pub fn of(vote: Option<Vote>, lang: Language) -> Cell {
        let (class, symbol, key) = match vote {
            Some(Vote::Yes) => ("vote-yes", "✓", "vote-yes"),
            Some(Vote::IfNeedBe) => ("vote-if_need_be", "(✓)", "vote-if-need-be"),
            Some(Vote::No) => ("vote-no", "✗", "vote-no"),
            None => ("vote-none", "–", "vote-none"),
        };
        Cell {
            class,
            symbol,
            text: lang.t(key),
        }
    }
}

/// One participant's row.
#[derive(Debug, Clone)]
pub struct ResultRow {
    /// Response id (for the organizer's delete button).
    pub id: String,
    /// Name.
    pub name: String,
    /// Affiliation, or empty.
    pub affiliation: String,
    /// Address: only filled on the admin page.
    pub email: String,
    /// The participant's zone.
    pub timezone: String,
    /// One cell per slot, in slot order.
    pub cells: Vec<Cell>,
    /// The row of the person looking at the page (their personal link).
    pub you: bool,
}

/// Rows of the results table (the slots are the page's `slots`); `you`: the response of
/// the person looking (on their personal page), whose row is marked.
pub fn result_rows(
    view: &PollView,
    with_emails: bool,
    you: Option<&str>,
    lang: Language,
) -> Vec<ResultRow> {
    view.responses
        .iter()
        .map(|r| ResultRow {
            id: r.id.as_str().to_owned(),
            you: you == Some(r.id.as_str()),
            name: r.name.clone(),
            affiliation: r.affiliation.clone().unwrap_or_default(),
            email: if with_emails {
                r.email
                    .as_ref()
                    .map(|e| e.as_str().to_owned())
                    .unwrap_or_default()
            } else {
                String::new()
            },
            timezone: r.timezone.name().to_owned(),
            cells: view
                .poll
                .slots
                .iter()
                .map(|s| Cell::of(r.votes.get(&s.id).copied(), lang))
                .collect(),
        })
        .collect()
}

/// Who gave one answer to a slot: the answer's cell and the names, in row order.
#[derive(Debug, Clone)]
pub struct AnswerGroup {
    /// The answer.
    pub cell: Cell,
    /// Names (with "(you)" for the viewer's own row).
    pub names: Vec<String>,
}

/// One slot of the stacked (narrow-screen) results: the slot and who answered what.
#[derive(Debug, Clone)]
pub struct SlotAnswers {
    /// The slot.
    pub slot: SlotView,
    /// Non-empty groups, in the order yes, if need be, no, no answer.
    pub groups: Vec<AnswerGroup>,
}

/// The results regrouped per slot, for narrow screens where a table with one column per
/// slot does not fit: `slots` and `rows` as for the table (cells in slot order).
pub fn answers_by_slot(slots: &[SlotView], rows: &[ResultRow], lang: Language) -> Vec<SlotAnswers> {
    slots
        .iter()
        .enumerate()
        .map(|(i, slot)| {
            let groups = [Some(Vote::Yes), Some(Vote::IfNeedBe), Some(Vote::No), None]
                .into_iter()
                .map(|vote| {
                    let cell = Cell::of(vote, lang);
                    let names = rows
                        .iter()
                        .filter(|r| r.cells.get(i).is_some_and(|c| c.class == cell.class))
                        .map(|r| {
                            if r.you {
                                lang.t1("name-you", "name", &r.name)
                            } else {
                                r.name.clone()
                            }
                        })
                        .collect();
                    AnswerGroup { cell, names }
                })
                .filter(|g| !g.names.is_empty())
                .collect();
            SlotAnswers {
                slot: slot.clone(),
                groups,
            }
        })
        .collect()
}

/// A comment for display.
#[derive(Debug, Clone)]
pub struct CommentView {
    /// Who.
    pub author_name: String,
    /// When, in the viewer's zone.
    pub when: String,
    /// RFC 3339.
    pub datetime: String,
    /// Text (line breaks kept by CSS).
    pub body: String,
}

/// Comments in the viewer's zone, oldest first.
pub fn comment_views(comments: &[Comment], zone: TimeZoneId, lang: Language) -> Vec<CommentView> {
    comments
        .iter()
        .map(|c| {
            let at = zone.local(c.created_at);
            CommentView {
                author_name: c.author_name.clone(),
                when: at.long(lang),
                datetime: at.rfc3339(),
                body: c.body.clone(),
            }
        })
        .collect()
}

/// One suggestion of the zone fields' shared `<datalist id="zone-list">`.
#[derive(Debug, Clone)]
pub struct ZoneChoice {
    /// IANA name (the value typed into the field).
    pub name: &'static str,
    /// The zone's offset now (`UTC+05:45`), shown beside the name.
    pub offset: String,
}

/// Every IANA zone with its offset at `now`, sorted by name: the suggestions of the
/// searchable zone fields. The server accepts any spelling `TimeZoneId` parses.
pub fn zone_choices(now: DateTime<Utc>) -> Vec<ZoneChoice> {
    TimeZoneId::all()
        .map(|z| ZoneChoice {
            name: z.name(),
            offset: format!("UTC{}", z.local(now).offset()),
        })
        .collect()
}

/// The "show times in" selector of the poll pages.
#[derive(Debug, Clone)]
pub struct ZonePicker {
    /// The zone times are shown in.
    pub current: String,
    /// The text of the field: the zone's name, or what was typed when it was no zone.
    pub value: String,
    /// Whether the script may switch to the browser's zone (no query and no cookie).
    pub auto: bool,
    /// A `?tz=` that was not a zone.
    pub error: Option<String>,
}

/// The poll's facts for its header.
#[derive(Debug, Clone)]
pub struct PollInfo {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Description (line breaks kept by CSS).
    pub description: String,
    /// Location or meeting link.
    pub location: String,
    /// Whether the location is an http(s) link.
    pub location_is_link: bool,
    /// Organizer's name.
    pub organizer_name: String,
    /// `1 hour 30 minutes`.
    pub duration: String,
    /// `open`, `closed` or `finalized` (as people see it; a CSS class).
    pub status: &'static str,
    /// The status in the page's language.
    pub status_label: String,
    /// One sentence on the status.
    pub status_text: String,
    /// The chosen slot.
    pub final_slot: Option<SlotView>,
    /// The poll's own zone.
    pub poll_zone: String,
    /// Whether "if need be" is offered.
    pub if_need_be: bool,
    /// Whether answers are hidden from participants until finalized.
    pub hide_results: bool,
    /// A poll of whole days: no length, no zone line, no cost on anyone's clock.
    pub days: bool,
}

/// A ready-to-paste text announcing the poll on a mailing list: title, organizer and
/// length, the link, the deadline, and each slot in the poll's zone and in UTC (the
/// readers' zones are unknown; the page shows each reader their own).
pub fn announcement(poll: &Poll, poll_url: &str, lang: Language) -> String {
    let zone = poll.timezone;
    let text = |s: &str| Arg::Text(s.to_owned());
    let mut out = format!(
        "{}\n\n{}\n{}\n",
        poll.title,
        if poll.whole_days() {
            lang.t1("announcement-intro-days", "organizer", &poll.organizer_name)
        } else {
            lang.t_args(
                "announcement-intro",
                &[
                    ("organizer", text(&poll.organizer_name)),
                    ("length", text(&duration_text(poll.duration_minutes, lang))),
                ],
            )
        },
        poll_url
    );
    if let Some(d) = poll.deadline_at {
        out.push('\n');
        out.push_str(&lang.t_args(
            "announcement-deadline",
            &[
                ("deadline", text(&zone.local(d).long(lang))),
                ("utc", text(&utc_instant(d, lang))),
            ],
        ));
        out.push('\n');
    }
    out.push('\n');
    // An availability poll's slots are only the windows chosen: it announces its grid.
    if let Some(grid) = crate::mail::grid_line(poll, lang) {
        out.push_str(&grid);
        out.push('\n');
        return out;
    }
    // Whole days are the same for every reader: no zone, no UTC.
    if poll.whole_days() {
        out.push_str(&lang.t("announcement-days"));
        out.push('\n');
        for s in SlotView::all(poll, &[], None, zone, lang) {
            out.push_str(&format!("- {}\n", s.label));
        }
        return out;
    }
    out.push_str(&lang.t1("announcement-slots", "zone", zone.name()));
    out.push('\n');
    for s in SlotView::all(poll, &[], None, zone, lang) {
        out.push_str(&format!("- {} = {}\n", s.label, s.utc));
    }
    out
}

pub use crate::domain::time::utc_instant;

/// `45 minutes`, `1 hour`, `2 hours 30 minutes`, in `lang` with its plural rules.
pub fn duration_text(minutes: i32, lang: Language) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    let hours = lang.tn("duration-hours", h);
    let mins = lang.tn("duration-minutes", m);
    match (h, m) {
        (0, _) => mins,
        (_, 0) => hours,
        _ => lang.t_args(
            "duration-both",
            &[("hours", Arg::Text(hours)), ("minutes", Arg::Text(mins))],
        ),
    }
}

impl PollInfo {
    /// The header facts of `poll` in `zone` at `now`, worded in `lang`.
    pub fn new(
        poll: &Poll,
        slots: &[SlotView],
        zone: TimeZoneId,
        now: DateTime<Utc>,
        lang: Language,
    ) -> Self {
        let deadline = poll.deadline_at.map(|d| zone.local(d).long(lang));
        let final_slot = slots.iter().find(|s| s.chosen).cloned();
        let (status, status_text) = match poll.effective_status(now) {
            PollStatus::Open => (
                "open",
                match &deadline {
                    Some(d) => lang.t1("status-open-until", "deadline", d),
                    None => lang.t("status-open-text"),
                },
            ),
            PollStatus::Closed if poll.status == PollStatus::Open => (
                "closed",
                lang.t1(
                    "status-closed-deadline",
                    "deadline",
                    deadline.clone().unwrap_or_default(),
                ),
            ),
            PollStatus::Closed => ("closed", lang.t("status-closed-text")),
            PollStatus::Finalized => (
                "finalized",
                match &final_slot {
                    Some(s) => lang.t1("status-finalized-text", "slot", &s.label),
                    None => lang.t("status-finalized"),
                },
            ),
        };
        let status_label = lang.t(&format!("status-{status}"));
        let location = poll.location.clone();
        PollInfo {
            id: poll.id.as_str().to_owned(),
            title: poll.title.clone(),
            description: poll.description.clone(),
            location_is_link: crate::domain::text::is_web_link(&location),
            location,
            organizer_name: poll.organizer_name.clone(),
            duration: duration_text(poll.duration_minutes, lang),
            status_label,
            status,
            status_text,
            final_slot,
            poll_zone: poll.timezone.name().to_owned(),
            if_need_be: poll.if_need_be,
            hide_results: poll.hide_results,
            days: poll.whole_days(),
        }
    }
}

/// A link in the error summary.
#[derive(Debug, Clone)]
pub struct SummaryItem {
    /// `#field-id`.
    pub href: String,
    /// The message.
    pub message: String,
}

/// Field messages of a rejected form, and the summary at the top of the page, in the
/// page's language.
#[derive(Debug, Clone, Default)]
pub struct PageErrors {
    /// Messages by field.
    pub fields: FieldErrors,
    /// Summary links, in the order of the messages.
    pub summary: Vec<SummaryItem>,
    /// The page's language.
    pub lang: Language,
}

impl PageErrors {
    /// Builds the summary in `lang`; `anchor` maps a field name to the id of its control.
    pub fn new(fields: FieldErrors, anchor: impl Fn(&str) -> String, lang: Language) -> Self {
        let summary = fields
            .0
            .iter()
            .map(|e| SummaryItem {
                href: format!("#{}", anchor(e.field)),
                message: e.message.render(lang),
            })
            .collect();
        PageErrors {
            fields,
            summary,
            lang,
        }
    }

    /// The message for `field`, in the page's language.
    pub fn get(&self, field: &str) -> Option<String> {
        self.fields.get(field).map(|m| m.render(self.lang))
    }

    /// `aria-invalid` and `aria-describedby` for the control of `field` (whose id is the
    /// field name); `hint`: it also has a `{field}-hint` text. Field names are literals of
    /// the templates, so the result is safe HTML.
    pub fn attrs(&self, field: &str, hint: bool) -> String {
        let error = self.get(field).is_some();
        let mut ids = Vec::new();
        if hint {
            ids.push(format!("{field}-hint"));
        }
        if error {
            ids.push(format!("{field}-error"));
        }
        let mut out = String::new();
        if !ids.is_empty() {
            out.push_str(&format!(" aria-describedby=\"{}\"", ids.join(" ")));
        }
        if error {
            out.push_str(" aria-invalid=\"true\"");
        }
        out
    }
}

/// A slot row of a form, for display.
#[derive(Debug, Clone)]
pub struct SlotRowView {
    /// 1-based row number.
    pub n: usize,
    /// Date as typed.
    pub date: String,
    /// Time as typed.
    pub time: String,
    /// The row's problem.
    pub error: Option<String>,
    /// When the local time happens twice in the zone: the two offsets to choose from.
    pub offset_choices: Vec<OffsetChoice>,
}

/// One of the two occurrences of a local time that happens twice.
#[derive(Debug, Clone)]
pub struct OffsetChoice {
    /// Form value (`+02:00`).
    pub value: String,
    /// Words for people.
    pub label: String,
    /// Chosen.
    pub selected: bool,
}

/// Rows for display, with their problems; `zone` (when known) lets a time that happens
/// twice offer its two offsets, worded in `lang`.
pub fn row_views(
    rows: &[SlotRow],
    errors: &[Option<Message>],
    zone: Option<TimeZoneId>,
    lang: Language,
) -> Vec<SlotRowView> {
    rows.iter()
        .enumerate()
        .map(|(i, r)| SlotRowView {
            n: i + 1,
            date: r.date.clone(),
            time: r.time.clone(),
            error: errors
                .get(i)
                .and_then(|e| e.as_ref())
                .map(|e| e.render(lang)),
            offset_choices: zone
                .and_then(|z| r.ambiguous_offsets(z))
                .map(|(earlier, later)| {
                    [(earlier, "slot-row-first"), (later, "slot-row-second")]
                        .into_iter()
                        .map(|(offset, key)| {
                            let value = format_offset(offset);
                            OffsetChoice {
                                label: lang.t_args(
                                    key,
                                    &[
                                        ("time", Arg::Text(r.time.trim().to_owned())),
                                        ("offset", Arg::Text(value.clone())),
                                    ],
                                ),
                                selected: r.offset.trim() == value,
                                value,
                            }
                        })
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect()
}

/// The id of the first row with a problem (`slot_date_N`), else of the first row.
pub fn first_bad_row(errors: &[Option<Message>]) -> String {
    let n = errors.iter().position(Option::is_some).map_or(1, |i| i + 1);
    format!("slot_date_{n}")
}

/// The id of the first date row with a problem (`slot_day_N`), else of the first row.
pub fn first_bad_day(errors: &[Option<Message>]) -> String {
    let n = errors.iter().position(Option::is_some).map_or(1, |i| i + 1);
    format!("slot_day_{n}")
}

/// The weekday checkboxes of a form, Monday first: (form value, name in `lang`, ticked
/// when `checked` holds the value).
pub fn weekday_choices(checked: &[String], lang: Language) -> Vec<(&'static str, String, bool)> {
    crate::domain::grid::WEEKDAYS
        .iter()
        .map(|(_, value)| {
            (
                *value,
                lang.t(&format!("weekday-{value}")),
                checked.iter().any(|w| w == value),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration_text(45, Language::En), "45 minutes");
        assert_eq!(duration_text(60, Language::En), "1 hour");
        assert_eq!(duration_text(150, Language::En), "2 hours 30 minutes");
        assert_eq!(duration_text(121, Language::En), "2 hours 1 minute");
        assert_eq!(duration_text(300, Language::Ru), "5 часов");
        assert_eq!(duration_text(120, Language::Ru), "2 часа");
    }
}
