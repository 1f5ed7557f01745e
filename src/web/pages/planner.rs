//! The planner (`/planner`, and under the admin link): give a date range, a length, a
//! step, weekdays and the participants' zones with head counts; it proposes the start
//! times that cost the group least on their own clocks ([`crate::domain::fairness`]),
//! each with a 24-hour strip per zone. From `/planner` the chosen times start a new
//! poll (the create form, prefilled); under the admin link they are added as slots.
//!
//! The form is a `GET`, so a plan is a link that can be shared and reloaded.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use chrono::{DateTime, Duration, NaiveDate, Timelike, Utc, Weekday};
use url::form_urlencoded;

use super::view::{cost_text, weekday_choices, zone_choices, PageErrors, ZoneChoice};
use super::{fetch, poll_id, render, secret, Privacy};
use crate::actions::{AppState, HoursDraft};
use crate::domain::fairness::{
    add_people, class_for, everyone_zones, plan, DayHours, PlannerError, PlannerRequest, ZoneCount,
    ZONE_PEOPLE_MAX,
};
use crate::domain::grid::WEEKDAYS;
use crate::domain::{FieldErrors, TimeZoneId};
use crate::error::AppError;
use crate::i18n::{Language, Message};
use crate::web::language::request_language;

/// Proposals shown unless asked otherwise.
const PROPOSALS: usize = 10;

/// Most proposals one page shows.
const PROPOSALS_MAX: usize = 50;

/// The planner form as typed.
#[derive(Debug, Clone)]
pub struct PlannerForm {
    /// First day (`2027-03-22`).
    pub from: String,
    /// Last day.
    pub to: String,
    /// The organizer's zone.
    pub timezone: String,
    /// Meeting length in minutes.
    pub duration_minutes: String,
    /// Step in minutes.
    pub step_minutes: String,
    /// Weekday values checked (`mon`…).
    pub weekdays: Vec<String>,
    /// One zone per line, with an optional head count (`Asia/Kathmandu 3`).
    pub zones: String,
    /// The hours of the day.
    pub hours: HoursDraft,
    /// How many proposals to show (1 to 50).
    pub proposals: String,
}

impl PlannerForm {
    /// A fresh form: the next two weeks from a week ahead, Monday to Friday, 60 minutes
    /// at 30-minute steps, default hours.
    fn fresh(zone: TimeZoneId, zones: String, duration: i32, hours: &DayHours) -> Self {
        let today = zone.local(Utc::now()).date();
        PlannerForm {
            from: (today + Duration::days(7)).to_string(),
            to: (today + Duration::days(20)).to_string(),
            timezone: zone.name().to_owned(),
            duration_minutes: duration.to_string(),
            step_minutes: "30".into(),
            weekdays: ["mon", "tue", "wed", "thu", "fri"]
                .map(String::from)
                .to_vec(),
            zones,
            hours: HoursDraft::of(hours),
            proposals: PROPOSALS.to_string(),
        }
    }

    /// The form from the query string, or `None` when it was not submitted.
    fn from_query(query: &str) -> Option<Self> {
        let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect();
        let get = |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        get("from")?;
        let text = |name: &str| get(name).unwrap_or_default();
        Some(PlannerForm {
            from: text("from"),
            to: text("to"),
            timezone: text("timezone"),
            duration_minutes: text("duration_minutes"),
            step_minutes: text("step_minutes"),
            weekdays: pairs
                .iter()
                .filter(|(k, _)| k == "weekday")
                .map(|(_, v)| v.clone())
                .collect(),
            zones: text("zones"),
            hours: HoursDraft {
                day_start: text("day_start"),
                work_start: text("work_start"),
                work_end: text("work_end"),
                night_start: text("night_start"),
            },
            proposals: get("proposals").unwrap_or_else(|| PROPOSALS.to_string()),
        })
    }

    /// The planner's request (no proposal overlapping the starts `taken`), or every
    /// problem by field.
    fn request(&self, taken: &[DateTime<Utc>]) -> Result<PlannerRequest, FieldErrors> {
        let mut errors = FieldErrors::default();
        let date = |errors: &mut FieldErrors, field: &'static str, text: &str| {
            let d = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok();
            if d.is_none() {
                errors.add(field, Message::new("error-date").text("value", text.trim()));
            }
            d
        };
        let from = date(&mut errors, "from", &self.from);
        let to = date(&mut errors, "to", &self.to);
        let zone = errors.check("timezone", self.timezone.parse::<TimeZoneId>());
        let duration = errors.check(
            "duration_minutes",
            crate::domain::poll::parse_duration_minutes(&self.duration_minutes),
        );
        let step = self.step_minutes.trim().parse::<u32>().ok();
        let zones = errors.check("zones", read_zones(&self.zones));
        // A hand-made address without the hours takes the usual ones.
        let no_hours = self
            .hours
            .fields()
            .iter()
            .all(|(_, _, v)| v.trim().is_empty());
        let hours = match self.hours.validate() {
            _ if no_hours => Some(DayHours::DEFAULT),
            Ok(h) => Some(h),
            Err(e) => {
                errors.0.extend(e.0);
                None
            }
        };
        let weekdays: Vec<Weekday> = WEEKDAYS
            .iter()
            .filter(|(_, value)| self.weekdays.iter().any(|w| w == value))
            .map(|(day, _)| *day)
            .collect();
        if weekdays.is_empty() {
            errors.add("weekdays", Message::new("error-planner-weekdays"));
        }
        let limit = self
            .proposals
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=PROPOSALS_MAX).contains(n));
        if limit.is_none() {
            errors.add(
                "proposals",
                Message::new("error-planner-proposals")
                    .text("value", self.proposals.trim())
                    .count("max", PROPOSALS_MAX),
            );
        }
        if let (Some(to), Some(zone)) = (to, zone) {
            if to < zone.local(Utc::now()).date() {
                errors.add("to", Message::new("error-planner-range-past"));
            }
        }
        let (
            Some(from),
            Some(to),
            Some(zone),
            Some(duration),
            Some(zones),
            Some(hours),
            Some(limit),
        ) = (from, to, zone, duration, zones, hours, limit)
        else {
            return Err(errors);
        };
        let req = PlannerRequest {
            from,
            to,
            zone,
            duration_minutes: u32::try_from(duration).unwrap_or(60),
            step_minutes: step.unwrap_or(0),
            weekdays,
            zones,
            hours,
            limit,
            taken: taken.to_vec(),
        };
        // The request's own checks, named by field.
        match req.check() {
            Ok(()) => {}
            Err(PlannerError::EmptyRange) => {
                errors.add("to", Message::new("error-planner-range-empty"))
            }
            Err(PlannerError::RangeTooLong) => errors.add(
                "to",
                Message::new("error-planner-range-long")
                    .count("days", crate::domain::fairness::PLANNER_MAX_DAYS),
            ),
            Err(PlannerError::Step) => {
                errors.add("step_minutes", Message::new("error-planner-step"))
            }
            Err(PlannerError::NoZones) => {
                errors.add("zones", Message::new("error-planner-zones-empty"))
            }
            Err(PlannerError::TooMuchWork) => {
                errors.add("step_minutes", Message::new("error-planner-too-much"))
            }
            Err(PlannerError::Duration) => errors.add(
                "duration_minutes",
                Message::new("error-duration")
                    .text("value", &self.duration_minutes)
                    .count("max", crate::domain::poll::DURATION_MAX_MINUTES),
            ),
        }
        errors.into_result(|| req)
    }
}

/// Reads the zone lines: `Zone`, `Zone count` or `count Zone` (a city or an IANA id, any
/// letter case, accents or not). The same zone twice adds up. A count is a whole number
/// from 1 to 10,000.
///
/// # Errors
/// A message naming every line that is not a zone with a good count.
fn read_zones(text: &str) -> Result<Vec<ZoneCount>, Message> {
    let numeric = |w: &str| {
        w.chars().any(|c| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | ','))
    };
    let mut zones: Vec<ZoneCount> = Vec::new();
    let mut problems: Vec<Message> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        let (name, count_text) = match (words.first(), words.last()) {
            (Some(_), Some(last)) if words.len() > 1 && numeric(last) => {
                (words[..words.len() - 1].join(" "), Some(*last))
            }
            (Some(first), Some(_)) if words.len() > 1 && numeric(first) => {
                (words[1..].join(" "), Some(*first))
            }
            _ => (line.to_owned(), None),
        };
        // "kathmandu, 2": the separator is not part of the name.
        let name = name.trim_end_matches([',', ';']).trim();
        let count = match count_text {
            None => Some(1),
            Some(t) => {
                let c = t
                    .parse::<u32>()
                    .ok()
                    .filter(|c| (1..=ZONE_PEOPLE_MAX).contains(c));
                if c.is_none() {
                    problems.push(
                        Message::new("error-planner-zone-line")
                            .count("n", n + 1)
                            .message(
                                "problem",
                                Message::new("error-planner-count").text("value", t),
                            ),
                    );
                }
                c
            }
        };
        match name.parse::<TimeZoneId>() {
            Ok(zone) => {
                if let Some(count) = count {
                    add_people(&mut zones, zone, count);
                }
            }
            Err(e) => problems.push(
                Message::new("error-planner-zone-line")
                    .count("n", n + 1)
                    .message("problem", e),
            ),
        }
    }
    let mut problems = problems.into_iter().rev();
    match problems.next() {
        None => Ok(zones),
        Some(last) => Err(problems.fold(last, |rest, first| {
            Message::new("joined")
                .message("first", first)
                .message("rest", rest)
        })),
    }
}

/// The zone lines for people: `Asia/Kathmandu 3`.
fn zone_lines(zones: &[ZoneCount]) -> String {
    zones
        .iter()
        .map(|z| format!("{} {}", z.zone.name(), z.count))
        .collect::<Vec<_>>()
        .join("\n")
}

/// One hour of a strip.
pub struct StripCell {
    /// `working`, `off` or `night`.
    pub class: &'static str,
    /// The meeting covers (part of) this hour.
    pub meeting: bool,
}

/// One zone of a proposal.
pub struct StripRow {
    /// The zone (people).
    pub zone: String,
    /// `Tue 23 Mar 17:45–18:45 ◐ off hours`.
    pub text: String,
    /// `working`, `off` or `night`.
    pub class: &'static str,
    /// 24 hours of the local day the meeting starts on.
    pub cells: Vec<StripCell>,
}

/// One proposed start.
pub struct ProposalView {
    /// RFC 3339 UTC, the form value.
    pub value: String,
    /// In the organizer's zone.
    pub label: String,
    /// In UTC.
    pub utc: String,
    /// `☾ 1 at night · ◐ 2 in off hours`.
    pub cost: String,
    /// The inconvenience score.
    pub score: u32,
    /// One strip per zone.
    pub rows: Vec<StripRow>,
}

fn proposal_views(
    req: &PlannerRequest,
    starts: &[(DateTime<Utc>, crate::domain::fairness::SlotCost)],
    lang: Language,
) -> Vec<ProposalView> {
    starts
        .iter()
        .map(|(start, cost)| {
            let end = *start + Duration::minutes(i64::from(req.duration_minutes));
            let local = req.zone.local(*start);
            let label = lang.t2(
                "slot-label",
                "date",
                local.long_date(lang),
                "range",
                crate::domain::time::time_range_with_offset(&local, &req.zone.local(end), lang),
            );
            let rows = req
                .zones
                .iter()
                .map(|z| {
                    let s = z.zone.local(*start);
                    let e = z.zone.local(end);
                    let class = class_for(*start, req.duration_minutes, z.zone, &req.hours);
                    let (symbol, key) = super::fairness::class_marks(class);
                    let first = s.0.hour() * 60 + s.0.minute();
                    let last = first + req.duration_minutes;
                    // A meeting past midnight wraps to the strip's first hours.
                    let covers = |from: u32, to: u32| from < last && to > first;
                    let cells = (0..24u32)
                        .map(|h| StripCell {
                            class: req.hours.class_of_minute(h * 60).as_str(),
                            meeting: covers(h * 60, h * 60 + 60)
                                || covers(h * 60 + 24 * 60, h * 60 + 25 * 60),
                        })
                        .collect();
                    StripRow {
                        zone: format!("{} ({})", z.zone.name(), z.count),
                        text: format!(
                            "{} {} {symbol} {}",
                            s.short_date(lang),
                            crate::domain::time::time_range(&s, &e, lang),
                            lang.t(key)
                        ),
                        class: class.as_str(),
                        cells,
                    }
                })
                .collect();
            ProposalView {
                value: crate::domain::time::rfc3339_utc(*start),
                label,
                utc: crate::domain::time::utc_range(
                    *start,
                    end,
                    lang,
                    crate::i18n::DateStyle::Long,
                ),
                cost: cost_text(cost, lang),
                score: cost.score,
                rows,
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "planner/show.html")]
struct PlannerPage {
    lang: Language,
    here: String,
    form: PlannerForm,
    weekdays: Vec<(&'static str, String, bool)>,
    zone_list: Vec<ZoneChoice>,
    errors: PageErrors,
    proposals: Option<Vec<ProposalView>>,
    /// Under the admin link: where chosen times are added as slots, and the admin page.
    admin_base: Option<String>,
    /// The poll is finalized: times cannot be added until it is reopened.
    finalized: bool,
    /// No zone is known yet: the script fills in the browser's.
    detect_zone: bool,
    /// The hours section holds an error: it is shown open.
    hours_open: bool,
}

/// Where the planner page is and what it knows of a poll.
struct PlannerContext {
    here: String,
    /// Under the admin link: the admin page's address.
    admin_base: Option<String>,
    /// The poll's slots (no proposal overlaps them).
    taken: Vec<DateTime<Utc>>,
    finalized: bool,
    detect_zone: bool,
}

fn planner_page(
    lang: Language,
    form: PlannerForm,
    submitted: bool,
    ctx: PlannerContext,
) -> (StatusCode, PlannerPage) {
    let (status, errors, proposals) = if submitted {
        match form.request(&ctx.taken) {
            Ok(req) => {
                let starts: Vec<_> = plan(&req)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|p| (p.start, p.cost))
                    .collect();
                (
                    StatusCode::OK,
                    FieldErrors::default(),
                    Some(proposal_views(&req, &starts, lang)),
                )
            }
            Err(e) => (StatusCode::UNPROCESSABLE_ENTITY, e, None),
        }
    } else {
        (StatusCode::OK, FieldErrors::default(), None)
    };
    let weekdays = weekday_choices(&form.weekdays, lang);
    let hours_open = errors
        .0
        .iter()
        .any(|e| ["day_start", "work_start", "work_end", "night_start"].contains(&e.field));
    (
        status,
        PlannerPage {
            lang,
            here: ctx.here,
            weekdays,
            zone_list: zone_choices(Utc::now()),
            errors: PageErrors::new(errors, |f| f.to_owned(), lang),
            proposals,
            admin_base: ctx.admin_base,
            finalized: ctx.finalized,
            detect_zone: ctx.detect_zone && !submitted,
            hours_open,
            form,
        },
    )
}

/// `GET /planner`: the planner; with a submitted query, its proposals, which can start a
/// new poll.
pub async fn show_planner(req: HttpRequest) -> Result<HttpResponse, AppError> {
    let lang = request_language(&req);
    let cookie_zone = req
        .cookie("tz")
        .and_then(|c| c.value().parse::<TimeZoneId>().ok());
    let (form, submitted) = match PlannerForm::from_query(req.query_string()) {
        Some(f) => (f, true),
        None => {
            let zone = cookie_zone.unwrap_or(TimeZoneId::UTC);
            (
                PlannerForm::fresh(zone, String::new(), 60, &DayHours::DEFAULT),
                false,
            )
        }
    };
    let ctx = PlannerContext {
        here: "/planner".into(),
        admin_base: None,
        taken: Vec::new(),
        finalized: false,
        // Without a zone remembered, the browser's is filled in, as on the create form.
        detect_zone: cookie_zone.is_none(),
    };
    let (status, page) = planner_page(lang, form, submitted, ctx);
    render(status, &page, Privacy::Public, None)
}

/// `GET /p/{id}/admin/{token}/planner`: the planner for a poll: its zone, length and
/// hours, and the zones of its invitees and respondents with their head counts; the
/// chosen times are added to the poll as slots.
pub async fn show_poll_planner(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let lang = request_language(&req);
    let (id, token) = (poll_id(&path.0)?, secret(&path.1)?);
    let base = format!("/p/{}/admin/{}", id, token.expose());
    let view = fetch(&state, move |st| st.admin_view(&id, &token)).await?;
    let (form, submitted) = match PlannerForm::from_query(req.query_string()) {
        Some(f) => (f, true),
        None => {
            let zones = everyone_zones(&view.responses, &view.invitees);
            let form = PlannerForm::fresh(
                view.poll.timezone,
                zone_lines(&zones),
                view.poll.duration_minutes,
                &view.poll.hours,
            );
            (form, false)
        }
    };
    let ctx = PlannerContext {
        here: format!("{base}/planner"),
        taken: view.poll.slots.iter().map(|s| s.start_at).collect(),
        finalized: view.poll.status == crate::domain::PollStatus::Finalized,
        admin_base: Some(base),
        detect_zone: false,
    };
    let (status, page) = planner_page(lang, form, submitted, ctx);
    render(status, &page, Privacy::Secret, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zone_lines_take_counts_before_or_after_and_add_up() {
        let zones = read_zones("Asia/Kathmandu 3\n2 europe/berlin\n\nKathmandu\nnew york")
            .unwrap_or_default();
        let read: Vec<(&str, u32)> = zones.iter().map(|z| (z.zone.name(), z.count)).collect();
        assert_eq!(
            read,
            vec![
                ("Asia/Kathmandu", 4),
                ("Europe/Berlin", 2),
                ("America/New_York", 1)
            ]
        );
        assert!(read_zones("Asia/Kathmandu\nMars/Olympus 2").is_err());
    }
}
