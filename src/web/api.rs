//! The JSON API under `/api/v1`: the same capabilities as the pages, for scripts.
//! Ids and tokens are strings, instants RFC 3339, zones IANA ids. Errors are
//! `{"error": code, "message": text, "field": name-or-null}` with 400 (malformed, or an
//! unknown field, named), 404 (unknown id or wrong token, never saying which), 405 (a
//! method the path does not have, with `Allow`), 409 (closed or finalized, or a poll
//! limit reached), 413 (`too_large`: the body is over the size limit), 415 (not
//! `application/json`), 422 (invalid field), 429 (`rate_limited`, with `Retry-After`),
//! 503 (database unavailable), 500 (internal, logged with an id).
//!
//! The bodies are in [`bodies`]; every operation is described for OpenAPI 3.1 by its
//! `#[utoipa::path]` and published at `/api/openapi.json` (see [`super::openapi`]). The
//! handlers are grouped by who calls them: [`polls`] (anyone), [`responses`]
//! (participants), [`organizer`] and [`invitations`] (the admin token), [`fairness`]
//! (the cost of slots on everyone's clock, and the planner); [`ApiError`]
//! and the reading of requests ([`Body`]) are shared by all. This module holds the
//! route table.

pub mod bodies;
mod errors;
pub mod exports;
mod extract;
pub mod fairness;
pub mod invitations;
pub mod organizer;
pub mod polls;
pub mod responses;

use actix_web::http::Method;
use actix_web::{web, HttpResponse, ResponseError, Route};

pub use self::errors::{errors_as_json, ApiError};
use self::exports::{
    get_answers_csv, get_calendar_feed, get_participants_txt, replace_calendar_feed,
};
pub use self::extract::{json_config, Body};
use self::fairness::{plan_meeting, poll_fairness};
use self::invitations::{
    add_invitees, duplicate_poll, list_invitees, remind_invitees, remove_invitee, send_invitations,
    update_invitee,
};
use self::organizer::{
    add_slots, close_poll, delete_poll, delete_slot, finalize_poll, keep_poll, reopen_poll,
    replace_admin_token, retry_mail, update_poll,
};
use self::polls::{create_poll, get_poll};
use self::responses::{delete_response, submit_response, update_response};
use crate::web::rate_limit::{Category, RateLimits};

/// One operation of the API: its method, its path under `/api/v1` (the actix pattern,
/// which is also its OpenAPI path), its handler and the rate limit it is behind.
pub struct Operation {
    /// HTTP method.
    pub method: Method,
    /// Path under `/api/v1`, with `{name}` segments.
    pub path: &'static str,
    /// The rate limit of the operation's path (shared by the path's operations).
    pub limit: Option<Category>,
    route: Route,
}

impl Operation {
    fn limited(self, category: Category) -> Self {
        Operation {
            limit: Some(category),
            ..self
        }
    }
}

/// The route table of the API. Every entry must have its `#[utoipa::path]` and be
/// listed in [`super::openapi::ApiDoc`]; a unit test compares the two. Creating polls
/// (duplicating included), answering and inviting are behind their rate limits (shared
/// with the pages).
pub fn operations() -> Vec<Operation> {
    fn op(method: Method, path: &'static str, route: Route) -> Operation {
        Operation {
            method,
            path,
            limit: None,
            route,
        }
    }
    vec![
        op(Method::POST, "/polls", web::to(create_poll)).limited(Category::Polls),
        op(Method::GET, "/polls/{id}", web::to(get_poll)),
        op(Method::PATCH, "/polls/{id}", web::to(update_poll)),
        op(Method::DELETE, "/polls/{id}", web::to(delete_poll)),
        op(
            Method::POST,
            "/polls/{id}/responses",
            web::to(submit_response),
        )
        .limited(Category::Answers),
        op(
            Method::PUT,
            "/polls/{id}/responses/{response_id}",
            web::to(update_response),
        )
        .limited(Category::Answers),
        op(
            Method::DELETE,
            "/polls/{id}/responses/{response_id}",
            web::to(delete_response),
        )
        .limited(Category::Answers),
        op(Method::POST, "/polls/{id}/slots", web::to(add_slots)),
        op(
            Method::DELETE,
            "/polls/{id}/slots/{slot_id}",
            web::to(delete_slot),
        ),
        op(Method::POST, "/polls/{id}/mail/retry", web::to(retry_mail)),
        op(
            Method::POST,
            "/polls/{id}/admin-token",
            web::to(replace_admin_token),
        ),
        op(Method::POST, "/polls/{id}/close", web::to(close_poll)),
        op(Method::POST, "/polls/{id}/reopen", web::to(reopen_poll)),
        op(Method::POST, "/polls/{id}/finalize", web::to(finalize_poll)),
        op(Method::POST, "/polls/{id}/keep", web::to(keep_poll)),
        op(Method::GET, "/polls/{id}/invitees", web::to(list_invitees)),
        op(Method::POST, "/polls/{id}/invitees", web::to(add_invitees))
            .limited(Category::Invitations),
        op(
            Method::DELETE,
            "/polls/{id}/invitees/{invitee_id}",
            web::to(remove_invitee),
        ),
        op(
            Method::PATCH,
            "/polls/{id}/invitees/{invitee_id}",
            web::to(update_invitee),
        ),
        op(
            Method::POST,
            "/polls/{id}/invitations",
            web::to(send_invitations),
        )
        .limited(Category::Invitations),
        op(Method::POST, "/polls/{id}/remind", web::to(remind_invitees))
            .limited(Category::Invitations),
        op(
            Method::POST,
            "/polls/{id}/duplicate",
            web::to(duplicate_poll),
        )
        .limited(Category::Polls),
        op(Method::GET, "/polls/{id}/fairness", web::to(poll_fairness)),
        op(
            Method::GET,
            "/polls/{id}/answers.csv",
            web::to(get_answers_csv),
        ),
        op(
            Method::GET,
            "/polls/{id}/participants.txt",
            web::to(get_participants_txt),
        ),
        op(
            Method::GET,
            "/polls/{id}/calendar-feed",
            web::to(get_calendar_feed),
        ),
        op(
            Method::POST,
            "/polls/{id}/calendar-feed",
            web::to(replace_calendar_feed),
        ),
        op(Method::POST, "/planner", web::to(plan_meeting)).limited(Category::Planner),
    ]
}

/// Registers the API routes (mounted under `/api/v1`): one resource per path with its
/// methods, behind the path's rate limit from `limits`; any other method on that path
/// answers 405 with `Allow`.
pub fn configure(cfg: &mut web::ServiceConfig, limits: &RateLimits) {
    cfg.app_data(extract::query_config());
    let mut paths: Vec<(&'static str, Vec<Operation>)> = Vec::new();
    for operation in operations() {
        match paths.iter_mut().find(|(path, _)| *path == operation.path) {
            Some((_, same_path)) => same_path.push(operation),
            None => paths.push((operation.path, vec![operation])),
        }
    }
    for (path, operations) in paths {
        let limit = operations.iter().find_map(|o| o.limit);
        let allow = operations
            .iter()
            .map(|o| o.method.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let resource = operations
            .into_iter()
            .fold(web::resource(path), |resource, o| {
                resource.route(o.route.method(o.method))
            });
        let resource = resource.default_service(web::to(move || {
            let allow = allow.clone();
            async move { ApiError::MethodNotAllowed { allow }.error_response() }
        }));
        match limit {
            Some(category) => cfg.service(resource.wrap(limits.limiter(category))),
            None => cfg.service(resource),
        };
    }
}

/// Any other path or method under `/api/v1`: a JSON 404 like every API error.
pub async fn not_found() -> HttpResponse {
    ApiError::NotFound.error_response()
}
