//! Time-zone fairness: what each slot of a poll costs its people on their own clocks
//! (anyone may read the counts when the poll shows its answers; the zones are the
//! organizer's), and the planner, which proposes the start times that cost a group
//! least (anyone; it stores nothing).

use actix_web::{web, HttpRequest, HttpResponse};
use chrono::{NaiveDate, Weekday};

use super::bodies::{FairnessQuery, Plan, PlannerRequest, PollFairness};
use super::extract::{poll_id, Body};
use super::polls::reader_view;
use super::ApiError;
use crate::actions::AppState;
use crate::domain::fairness::{
    add_people, everyone_zones, plan, respondent_zones, DayHours, PlannerError, ZoneCount,
    PLANNER_MAX_DAYS, ZONE_PEOPLE_MAX,
};
use crate::domain::TimeZoneId;
use crate::web::openapi::{BodyErrors, LookupErrors, QueryErrors, RateLimitErrors, ServerErrors};

/// What each slot costs the poll's people on their own clocks.
///
/// For each slot: how many people it puts at night, in off hours and in working hours
/// (by the poll's `hours`, on each person's own clock, the meeting classed by its worst
/// minute) and the inconvenience score (3 per person at night, 1 per person in off
/// hours), counted over the respondents — or, with `people=everyone` and the admin
/// token, also over the invitees who have not answered (by the zone of the invitation
/// list). With the admin token, each zone's local start, end and class too. While the
/// poll hides its answers, participants get the slots without their cost. A wrong
/// token reads as a participant; `people=everyone` without the right token is 404.
/// A poll of whole days (`"kind": "dates"`) has no hour on anyone's clock, so no cost:
/// it is a 422 naming `kind`.
#[utoipa::path(
    get,
    path = "/polls/{id}/fairness",
    tag = "fairness",
    params(
        ("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$"),
        FairnessQuery,
    ),
    security((), ("admin_token" = [])),
    responses(
        (status = 200, description = "Each slot's cost", body = PollFairness),
        QueryErrors, LookupErrors, ServerErrors,
    )
)]
pub async fn poll_fairness(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    query: web::Query<FairnessQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = poll_id(&path)?;
    let everyone = match query.people.as_deref().unwrap_or("respondents") {
        "respondents" => false,
        "everyone" => true,
        other => {
            return Err(ApiError::Invalid {
                field: "people".into(),
                message: format!("“{other}” is not `respondents` or `everyone`"),
            })
        }
    };
    let (view, is_admin) = reader_view(&state, &req, id).await?;
    if everyone && !is_admin {
        return Err(ApiError::NotFound);
    }
    let p = &view.poll;
    if p.whole_days() {
        return Err(ApiError::Invalid {
            field: "kind".into(),
            message: "a poll of whole days has no time of day, so no cost on anyone's clock".into(),
        });
    }
    let zones = if everyone {
        everyone_zones(&view.responses, &view.invitees)
    } else {
        respondent_zones(&view.responses)
    };
    let show_cost = is_admin || p.shows_results();
    let slots: Vec<_> = p
        .slots
        .iter()
        .map(|s| (s.id.to_string(), s.start_at))
        .collect();
    Ok(HttpResponse::Ok().json(PollFairness::new(
        &slots,
        u32::try_from(p.duration_minutes).unwrap_or(60),
        &p.hours,
        &zones,
        if everyone { "everyone" } else { "respondents" },
        show_cost,
        is_admin,
    )))
}

/// Propose the start times that cost a group least.
///
/// Every start from the first day 00:00 to the last day 24:00 on the clock of
/// `timezone`, at `step_minutes`, on the allowed weekdays, is scored for the zones and
/// head counts (3 per person at night, 1 per person in off hours, by `hours` on each
/// person's own clock, through daylight-saving changes); the best come first (lowest
/// score, then fewest people at night, then earliest) and none overlaps a better one.
/// Nothing is stored. 422 names the field: a date that is not `YYYY-MM-DD`, `to`
/// before `from`, before today or more than 90 days after it, an unknown zone (`zones[2].timezone`),
/// a count outside 1–10,000, a step that does not divide an hour, hours out of order.
#[utoipa::path(
    post,
    path = "/planner",
    tag = "fairness",
    request_body = PlannerRequest,
    responses(
        (status = 200, description = "The proposals, best first", body = Plan),
        BodyErrors, RateLimitErrors, ServerErrors,
    )
)]
pub async fn plan_meeting(Body(body): Body<PlannerRequest>) -> Result<HttpResponse, ApiError> {
    let req = planner_request(&body)?;
    let answer = web::block(move || {
        plan(&req).map(|proposals| {
            Plan::new(
                &proposals,
                req.zone,
                req.duration_minutes,
                &req.zones,
                &req.hours,
            )
        })
    })
    .await?
    .map_err(|e| planner_error(&e))?;
    Ok(HttpResponse::Ok().json(answer))
}

/// 422 naming `field`.
fn invalid(field: impl Into<String>, message: impl Into<String>) -> ApiError {
    ApiError::Invalid {
        field: field.into(),
        message: message.into(),
    }
}

/// The domain's request for `body`, or a 422 naming the first bad field.
fn planner_request(
    body: &PlannerRequest,
) -> Result<crate::domain::fairness::PlannerRequest, ApiError> {
    let date = |field: &str, text: &str| {
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .map_err(|_| invalid(field, format!("“{text}” is not a date written YYYY-MM-DD")))
    };
    let from = date("from", &body.from)?;
    let to = date("to", &body.to)?;
    let zone: TimeZoneId = body
        .timezone
        .parse()
        .map_err(|e: crate::domain::time::UnknownTimeZone| invalid("timezone", e.to_string()))?;
    let duration_minutes = u32::try_from(body.duration_minutes)
        .ok()
        .filter(|m| (1..=1440).contains(m))
        .ok_or_else(|| {
            invalid(
                "duration_minutes",
                "the meeting length must be 1 to 1440 minutes",
            )
        })?;
    let step_minutes = u32::try_from(body.step_minutes)
        .ok()
        .filter(|s| (1..=60).contains(s) && 60 % s == 0)
        .ok_or_else(|| invalid("step_minutes", PlannerError::Step.to_string()))?;
    let mut weekdays = Vec::new();
    for (n, w) in body.weekdays.iter().flatten().enumerate() {
        let day = w.trim().parse::<Weekday>().map_err(|_| {
            invalid(
                format!("weekdays[{n}]"),
                format!("“{w}” is not a weekday (mon, tue, wed, thu, fri, sat, sun)"),
            )
        })?;
        weekdays.push(day);
    }
    let mut zones: Vec<ZoneCount> = Vec::new();
    for (n, z) in body.zones.iter().enumerate() {
        let zone: TimeZoneId =
            z.timezone
                .parse()
                .map_err(|e: crate::domain::time::UnknownTimeZone| {
                    invalid(format!("zones[{n}].timezone"), e.to_string())
                })?;
        let count = u32::try_from(z.count.unwrap_or(1))
            .ok()
            .filter(|c| (1..=ZONE_PEOPLE_MAX).contains(c))
            .ok_or_else(|| invalid(format!("zones[{n}].count"), "a count is 1 to 10,000 people"))?;
        add_people(&mut zones, zone, count);
    }
    let hours = match &body.hours {
        None => DayHours::DEFAULT,
        Some(h) => h.draft().validate().map_err(|errors| {
            let first = errors.0.into_iter().next();
            invalid(
                format!("hours.{}", first.as_ref().map_or("work_start", |e| e.field)),
                first.map_or_else(|| "invalid hours".into(), |e| e.message.to_string()),
            )
        })?,
    };
    let limit = usize::try_from(body.limit.unwrap_or(10))
        .ok()
        .filter(|l| (1..=50).contains(l))
        .ok_or_else(|| invalid("limit", "ask for 1 to 50 proposals"))?;
    if to < zone.local(chrono::Utc::now()).date() {
        return Err(invalid(
            "to",
            "this range is over: its last day must be today or later",
        ));
    }
    let req = crate::domain::fairness::PlannerRequest {
        from,
        to,
        zone,
        duration_minutes,
        step_minutes,
        weekdays,
        zones,
        hours,
        limit,
        taken: Vec::new(),
    };
    req.check().map_err(|e| planner_error(&e))?;
    Ok(req)
}

/// The 422 of a request the planner refuses, naming its field.
fn planner_error(e: &PlannerError) -> ApiError {
    let field = match e {
        PlannerError::EmptyRange | PlannerError::RangeTooLong => "to",
        PlannerError::Step | PlannerError::TooMuchWork => "step_minutes",
        PlannerError::NoZones => "zones",
        PlannerError::Duration => "duration_minutes",
    };
    let message = match e {
        PlannerError::RangeTooLong => {
            format!(
                "the range is longer than {PLANNER_MAX_DAYS} days (the first and last day counted)"
            )
        }
        other => other.to_string(),
    };
    invalid(field, message)
}
