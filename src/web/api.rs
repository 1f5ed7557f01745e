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
//! `#[utoipa::path]` and published at `/api/openapi.json` (see [`super::openapi`]).

pub mod bodies;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{web, HttpRequest, HttpResponse, ResponseError, Route};
use chrono::Utc;

use self::bodies::{
    AddSlotsRequest, AddedSlots, CreatePollRequest, CreatedPoll, CreatedResponse, ErrorBody,
    ErrorCode, FinalizeRequest, ReplacedAdminToken, Requeued, ResponseRequest, UpdatePollRequest,
    UpdatedResponse, ZoneQuery,
};
use super::openapi::{Conflict, Internal, Invalid, Malformed, NotFound, Unavailable};
use super::openapi::{RateLimited, TooLarge, UnsupportedMediaType};
use crate::actions::{ActionError, AppState, EditLinkMail};
use crate::db::DbError;
use crate::domain::poll::SettingsDraft;
use crate::domain::{PollDraft, PollId, PollStatus, ResponseDraft, SecretToken, TimeZoneId};
use crate::error::ErrorPageKind;
use crate::i18n::Language;
use crate::mail::Links;
use crate::web::rate_limit::{Category, RateLimits};

/// An API error with its JSON body.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// 400: the body is not JSON of the right shape.
    #[error("{0}")]
    Malformed(String),
    /// 400: the body has a field the operation does not know (a typo, say).
    #[error("{message}")]
    UnknownField {
        /// The unknown field, as sent.
        field: String,
        /// Says so, with the fields the body may have.
        message: String,
    },
    /// 404.
    #[error("not found")]
    NotFound,
    /// 405: the path exists but not with this method.
    #[error("method not allowed")]
    MethodNotAllowed {
        /// The path's methods, for the `Allow` header (`GET, PATCH, DELETE`).
        allow: String,
    },
    /// 409.
    #[error("{0}")]
    Conflict(String),
    /// 415: the body is not sent as `application/json`.
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// 422: a field's value is invalid.
    #[error("{message}")]
    Invalid {
        /// The field.
        field: String,
        /// Why.
        message: String,
    },
    /// 413: the body is larger than the limit.
    #[error("the body is larger than {limit_bytes} bytes")]
    TooLarge {
        /// The limit, in bytes ([`super::BODY_LIMIT_BYTES`]).
        limit_bytes: usize,
    },
    /// 429: too many requests of this kind from this client; `Retry-After` says when
    /// to try again.
    #[error("too many requests; retry in {retry_after_secs} s")]
    RateLimited {
        /// Whole seconds to wait (at least 1).
        retry_after_secs: u64,
    },
    /// 503.
    #[error("database unavailable")]
    Unavailable,
    /// 500; the cause is logged, never sent.
    #[error("internal error")]
    Internal(#[source] anyhow::Error),
}

impl From<ActionError> for ApiError {
    fn from(e: ActionError) -> Self {
        match e {
            ActionError::NotFound | ActionError::Db(DbError::NotFound) => ApiError::NotFound,
            ActionError::Conflict(m) => ApiError::Conflict(m.to_string()),
            ActionError::Invalid(errors) => {
                let first = errors.0.into_iter().next();
                ApiError::Invalid {
                    field: first.as_ref().map_or("", |e| e.field).to_owned(),
                    message: first
                        .map_or_else(|| "invalid input".into(), |e| e.message.to_string()),
                }
            }
            ActionError::Db(DbError::Unavailable(_)) => ApiError::Unavailable,
            other => ApiError::Internal(anyhow::Error::new(other)),
        }
    }
}

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        ApiError::Internal(anyhow::anyhow!("blocking task failed: {e}"))
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::Malformed(_) | ApiError::UnknownField { .. } => StatusCode::BAD_REQUEST,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Invalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let (error, message, field) = match self {
            ApiError::Malformed(m) => (ErrorCode::Malformed, m.clone(), None),
            ApiError::UnknownField { field, message } => {
                (ErrorCode::Malformed, message.clone(), Some(field.clone()))
            }
            ApiError::NotFound => (
                ErrorCode::NotFound,
                "No such poll or response, or the token does not match".to_owned(),
                None,
            ),
            ApiError::MethodNotAllowed { allow } => (
                ErrorCode::MethodNotAllowed,
                format!("This path answers only {allow}"),
                None,
            ),
            ApiError::Conflict(m) => (ErrorCode::Conflict, m.clone(), None),
            ApiError::UnsupportedMediaType => (
                ErrorCode::UnsupportedMediaType,
                "Send the body as JSON with Content-Type: application/json".to_owned(),
                None,
            ),
            ApiError::Invalid { field, message } => {
                (ErrorCode::Invalid, message.clone(), Some(field.clone()))
            }
            ApiError::TooLarge { limit_bytes } => (
                ErrorCode::TooLarge,
                format!(
                    "The body is larger than {limit_bytes} bytes ({} KiB), the most Convene accepts",
                    limit_bytes / 1024
                ),
                None,
            ),
            ApiError::RateLimited { retry_after_secs } => (
                ErrorCode::RateLimited,
                format!(
                    "Too many requests of this kind from your address; try again in {retry_after_secs} s"
                ),
                None,
            ),
            ApiError::Unavailable => (
                ErrorCode::Unavailable,
                "The database is unavailable; try again shortly".to_owned(),
                None,
            ),
            ApiError::Internal(e) => {
                let id = uuid::Uuid::new_v4().simple().to_string();
                tracing::error!(request_error_id = %id, error = ?e, "internal error in API");
                (
                    ErrorCode::Internal,
                    format!("Internal error (id {id})"),
                    None,
                )
            }
        };
        let mut response = HttpResponse::build(self.status_code());
        response.insert_header((header::CACHE_CONTROL, "no-store"));
        if let ApiError::MethodNotAllowed { allow } = self {
            response.insert_header((header::ALLOW, allow.as_str()));
        }
        if let ApiError::RateLimited { retry_after_secs } = self {
            response.insert_header((header::RETRY_AFTER, *retry_after_secs));
        }
        response.json(ErrorBody {
            error,
            message,
            field,
        })
    }
}

/// Middleware of the `/api/v1` scope (`middleware::from_fn`): an error page made by a
/// layer that does not know it serves the API (the rate limits' 429) becomes the JSON
/// error of the same status.
///
/// # Errors
/// Whatever the wrapped service returns.
pub async fn errors_as_json(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let res = next.call(req).await?;
    let kind = res.response().extensions().get::<ErrorPageKind>().cloned();
    let error = match kind {
        None => return Ok(res.map_into_boxed_body()),
        Some(ErrorPageKind::RateLimited { retry_after_secs }) => {
            ApiError::RateLimited { retry_after_secs }
        }
        Some(ErrorPageKind::TooLarge { limit_bytes }) => ApiError::TooLarge { limit_bytes },
        Some(ErrorPageKind::NotFound) => ApiError::NotFound,
        Some(ErrorPageKind::Conflict(m)) => ApiError::Conflict(m.to_string()),
        Some(ErrorPageKind::Unavailable) => ApiError::Unavailable,
        Some(ErrorPageKind::Internal(id)) => {
            ApiError::Internal(anyhow::anyhow!("error page {id} under /api"))
        }
        // The cross-site refusal leaves the API alone (see `security`).
        Some(ErrorPageKind::Forbidden) => return Ok(res.map_into_boxed_body()),
    };
    let (request, _) = res.into_parts();
    Ok(ServiceResponse::new(request, error.error_response()))
}

/// JSON extractor settings: body size limit (over it, 413 `too_large`),
/// `application/json` required (else 415), malformed JSON as 400. [`Body`] reads every
/// request body through it.
pub fn json_config() -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(super::BODY_LIMIT_BYTES)
        .error_handler(|err, _req| {
            let message = match &err {
                actix_web::error::JsonPayloadError::ContentType => {
                    return ApiError::UnsupportedMediaType.into();
                }
                actix_web::error::JsonPayloadError::OverflowKnownLength { .. }
                | actix_web::error::JsonPayloadError::Overflow { .. } => {
                    return ApiError::TooLarge {
                        limit_bytes: super::BODY_LIMIT_BYTES,
                    }
                    .into();
                }
                actix_web::error::JsonPayloadError::Deserialize(e) => json_problem(e),
                other => format!("The body could not be read: {other}"),
            };
            ApiError::Malformed(message).into()
        })
}

/// Query string settings for the API: a malformed query is a JSON 400 like a body.
fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|err, _req| {
        ApiError::Malformed(format!("The query string could not be read: {err}")).into()
    })
}

/// A request body: a JSON object (RFC 8259) read as `T`. Unlike `web::Json<T>`, an
/// array is refused (serde would fill a struct's fields from one by position, so
/// `[null, null]` passed for a settings change), and so is a field `T` does not have
/// (400 naming it).
#[derive(Debug)]
pub struct Body<T>(pub T);

impl<T: serde::de::DeserializeOwned + 'static> actix_web::FromRequest for Body<T> {
    type Error = actix_web::Error;
    type Future = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut actix_web::dev::Payload) -> Self::Future {
        // Content type, size limit and JSON syntax as configured by `json_config`.
        let json = web::Json::<serde_json::Value>::from_request(req, payload);
        Box::pin(async move {
            let value = json.await?.into_inner();
            if !value.is_object() {
                return Err(ApiError::Malformed(format!(
                    "The body must be a JSON object, not {}",
                    json_kind(&value)
                ))
                .into());
            }
            T::deserialize(value).map(Body).map_err(|e| {
                unknown_field(&e)
                    .unwrap_or_else(|| ApiError::Malformed(json_problem(&e)))
                    .into()
            })
        })
    }
}

/// What kind of JSON value `value` is, for messages.
fn json_kind(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// Says what is wrong with a JSON body in the API's terms, without Rust type names
/// (serde says “expected struct CreatePollRequest”; people need “expected an object”).
fn json_problem(e: &serde_json::Error) -> String {
    let mut text = e.to_string();
    while let Some(at) = text.find("struct ") {
        let rest = &text[at + "struct ".len()..];
        let name_len = rest
            .find(|c: char| !c.is_alphanumeric() && c != '_')
            .unwrap_or(rest.len());
        text = format!("{}an object{}", &text[..at], &rest[name_len..]);
    }
    match e.classify() {
        serde_json::error::Category::Data => format!("A value has the wrong type: {text}"),
        _ => format!("The body is not valid JSON: {text}"),
    }
}

/// The error for a body with a field its type does not have (`deny_unknown_fields`),
/// or `None` for any other problem. serde reports it only as text, always worded
/// “unknown field `name`, expected …” (serde's `Error::unknown_field`).
fn unknown_field(e: &serde_json::Error) -> Option<ApiError> {
    let text = e.to_string();
    let rest = text.strip_prefix("unknown field `")?;
    let (field, rest) = rest.split_once('`')?;
    // serde_json may append “ at line L column C”: people need the fields, not where.
    let expected = rest.trim_start_matches(", ");
    let expected = expected
        .rfind(" at line ")
        .map_or(expected, |at| &expected[..at]);
    Some(ApiError::UnknownField {
        field: field.to_owned(),
        message: format!("Unknown field `{field}` ({expected})"),
    })
}

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
/// and answering are behind their rate limits (shared with the pages).
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
    ]
}

/// Registers the API routes (mounted under `/api/v1`): one resource per path with its
/// methods, behind the path's rate limit from `limits`; any other method on that path
/// answers 405 with `Allow`.
pub fn configure(cfg: &mut web::ServiceConfig, limits: &RateLimits) {
    cfg.app_data(query_config());
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

#[cfg(test)]
mod tests {
    use super::{json_problem, unknown_field, ApiError};

    #[test]
    fn json_errors_name_no_rust_types() {
        let e = serde_json::from_str::<super::CreatePollRequest>("\"a string\"").err();
        let text = e.as_ref().map(json_problem).unwrap_or_default();
        assert!(
            !text.contains("CreatePollRequest") && text.contains("an object"),
            "{text}"
        );
        let e = serde_json::from_str::<super::CreatePollRequest>("{\"title\": ").err();
        assert!(e
            .as_ref()
            .map(json_problem)
            .is_some_and(|t| t.starts_with("The body is not valid JSON")));
    }

    #[test]
    fn an_unknown_field_is_named_with_the_fields_there_are() {
        let e = serde_json::from_str::<super::UpdatePollRequest>("{\"titel\": \"x\"}").err();
        match e.as_ref().and_then(unknown_field) {
            Some(ApiError::UnknownField { field, message }) => {
                assert_eq!(field, "titel");
                assert!(message.contains("`titel`"), "{message}");
                assert!(message.contains("`title`"), "{message}");
                assert!(!message.contains("line 1"), "{message}");
            }
            other => panic!("not an unknown field: {other:?}"),
        }
        // A wrong type is another problem.
        let e = serde_json::from_str::<super::UpdatePollRequest>("{\"title\": 1}").err();
        assert!(e.as_ref().and_then(unknown_field).is_none());
    }
}

/// Any other path or method under `/api/v1`: a JSON 404 like every API error.
pub async fn not_found() -> HttpResponse {
    ApiError::NotFound.error_response()
}

// ---- extractors ----

fn poll_id(raw: &str) -> Result<PollId, ApiError> {
    PollId::parse(raw).ok_or(ApiError::NotFound)
}

/// The bearer token of the request (`Authorization: Bearer <token>`, the scheme in any
/// letter case as RFC 9110 §11.1 says); a missing or malformed one is a 404 like a
/// wrong one.
fn bearer(req: &HttpRequest) -> Result<SecretToken, ApiError> {
    req.headers()
        .get("Authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("Bearer"))
        .and_then(|(_, t)| SecretToken::parse(t.trim()))
        .ok_or(ApiError::NotFound)
}

fn zone_param(tz: Option<&str>, default: TimeZoneId) -> Result<TimeZoneId, ApiError> {
    match tz.filter(|t| !t.is_empty()) {
        None => Ok(default),
        Some(t) => t.parse().map_err(
            |e: crate::domain::time::UnknownTimeZone| ApiError::Invalid {
                field: "tz".into(),
                message: e.to_string(),
            },
        ),
    }
}

/// A body's `language`, or `fallback` (the request's language) when absent or empty.
fn body_language(given: Option<&str>, fallback: Language) -> Result<Language, ApiError> {
    match given.filter(|l| !l.trim().is_empty()) {
        None => Ok(fallback),
        Some(l) => l
            .parse()
            .map_err(|e: crate::i18n::UnknownLanguage| ApiError::Invalid {
                field: "language".into(),
                message: e.to_string(),
            }),
    }
}

impl ResponseRequest {
    /// The draft to validate; `fallback` is the language when none is given.
    ///
    /// # Errors
    /// [`ApiError::Invalid`] on `language` when it is not one Convene offers.
    fn into_draft(self, fallback: Language) -> Result<ResponseDraft, ApiError> {
        Ok(ResponseDraft {
            language: body_language(self.language.as_deref(), fallback)?,
            name: self.name,
            email: self.email.unwrap_or_default(),
            affiliation: self.affiliation.unwrap_or_default(),
            timezone: self.timezone.unwrap_or_default(),
            votes: self.votes.into_iter().collect(),
        })
    }
}

// ---- handlers ----

/// Create a poll.
///
/// Slots and the deadline without an offset are local times in the poll's `timezone`.
/// The admin token is answered once and mailed to the organizer with the admin link.
#[utoipa::path(
    post,
    path = "/polls",
    tag = "polls",
    request_body = CreatePollRequest,
    responses(
        (status = 201, description = "Created: the poll's id, admin token and links", body = CreatedPoll,
            headers(
                ("Cache-Control" = String, description = "`no-store`: the answer holds a secret"),
                ("Referrer-Policy" = String, description = "`no-referrer`: nor should pages opened from it learn it")
            ),
            links(
                ("get" = (operation_id = "get_poll", parameters(("id" = "$response.body#/id")))),
                ("get_as_organizer" = (operation_id = "get_poll", parameters(
                    ("id" = "$response.body#/id"),
                    ("header.Authorization" = "Bearer {$response.body#/admin_token}")))),
                ("update" = (operation_id = "update_poll", parameters(
                    ("id" = "$response.body#/id"),
                    ("header.Authorization" = "Bearer {$response.body#/admin_token}")))),
                ("add_slots" = (operation_id = "add_slots", parameters(
                    ("id" = "$response.body#/id"),
                    ("header.Authorization" = "Bearer {$response.body#/admin_token}")))),
                ("delete_slot" = (operation_id = "delete_slot", parameters(
                    ("id" = "$response.body#/id"),
                    ("slot_id" = "$response.body#/slots/0/id"),
                    ("header.Authorization" = "Bearer {$response.body#/admin_token}")))),
                ("close" = (operation_id = "close_poll", parameters(
                    ("id" = "$response.body#/id"),
                    ("header.Authorization" = "Bearer {$response.body#/admin_token}")))),
                ("reopen" = (operation_id = "reopen_poll", parameters(
                    ("id" = "$response.body#/id"),
                    ("header.Authorization" = "Bearer {$response.body#/admin_token}")))),
                ("finalize" = (operation_id = "finalize_poll", parameters(
                    ("id" = "$response.body#/id"),
                    ("header.Authorization" = "Bearer {$response.body#/admin_token}")),
                    request_body = json!({"slot_id": "$response.body#/slots/0/id"}))),
                ("retry_mail" = (operation_id = "retry_mail", parameters(
                    ("id" = "$response.body#/id"),
                    ("header.Authorization" = "Bearer {$response.body#/admin_token}")))),
                ("delete" = (operation_id = "delete_poll", parameters(
                    ("id" = "$response.body#/id"),
                    ("header.Authorization" = "Bearer {$response.body#/admin_token}")))),
                ("respond" = (operation_id = "submit_response", parameters(("id" = "$response.body#/id")))),
            )),
        (status = 400, response = Malformed),
        (status = 413, response = TooLarge),
        (status = 415, response = UnsupportedMediaType),
        (status = 422, response = Invalid),
        (status = 429, response = RateLimited),
        (status = 500, response = Internal),
        (status = 503, response = Unavailable),
    )
)]
pub async fn create_poll(
    state: web::Data<AppState>,
    lang: Language,
    Body(body): Body<CreatePollRequest>,
) -> Result<HttpResponse, ApiError> {
    let b = body;
    let draft = PollDraft {
        language: body_language(b.language.as_deref(), lang)?,
        title: b.title,
        description: b.description.unwrap_or_default(),
        location: b.location.unwrap_or_default(),
        organizer_name: b.organizer_name,
        organizer_email: b.organizer_email,
        timezone: b.timezone,
        duration_minutes: b.duration_minutes.unwrap_or(60).to_string(),
        deadline: b.deadline.unwrap_or_default(),
        if_need_be: b.if_need_be.unwrap_or(true),
        hide_results: b.hide_results.unwrap_or(false),
        slots: b.slots,
    };
    let st = state.clone();
    let created = web::block(move || st.create_poll(&draft, Utc::now())).await??;
    let p = &created.poll;
    Ok(HttpResponse::Created()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::REFERRER_POLICY, "no-referrer"))
        .json(CreatedPoll {
            id: p.id.to_string(),
            admin_token: created.admin_token.expose().to_owned(),
            participant_url: state.base_url().poll_url(&p.id),
            admin_url: state.base_url().admin_url(&p.id, &created.admin_token),
            slots: p
                .slots
                .iter()
                .map(|s| bodies::Slot::new(s, p.duration_minutes))
                .collect(),
        }))
}

/// Read a poll.
///
/// Slots come in UTC and in the zone `tz` (default: the poll's). With `hide_results`,
/// participants get no answers or tallies until a slot is chosen. With the admin token,
/// the organizer also gets each answer's address, zone and language, and the mail
/// counts; a wrong token reads the poll as a participant.
#[utoipa::path(
    get,
    path = "/polls/{id}",
    tag = "polls",
    params(
        ("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$", example = "QEhRwOzVvR4I"),
        ZoneQuery,
    ),
    security((), ("admin_token" = [])),
    responses(
        (status = 200, description = "The poll", body = bodies::Poll),
        (status = 400, response = Malformed),
        (status = 404, response = NotFound),
        (status = 422, response = Invalid),
        (status = 500, response = Internal),
        (status = 503, response = Unavailable),
    )
)]
pub async fn get_poll(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    query: web::Query<ZoneQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = poll_id(&path)?;
    let st = state.clone();
    let view = web::block(move || st.view(&id)).await??;
    let is_admin = bearer(&req).is_ok_and(|t| t.matches(&view.poll.admin_token_hash));
    let zone = zone_param(query.tz.as_deref(), view.poll.timezone)?;
    let show_results =
        is_admin || !view.poll.hide_results || view.poll.status == PollStatus::Finalized;
    Ok(HttpResponse::Ok().json(bodies::Poll::new(
        &state,
        &view,
        zone,
        show_results,
        is_admin,
    )))
}

/// Answer a poll.
///
/// The edit token is answered once, and mailed with the edit link when an address is
/// given (`edit_link_mailed` says whether it was: the poll's or the address's mail cap
/// may hold it back; then keep `edit_url` yourself).
#[utoipa::path(
    post,
    path = "/polls/{id}/responses",
    tag = "responses",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    request_body = ResponseRequest,
    responses(
        (status = 201, description = "Saved: the answer's id and edit token", body = CreatedResponse,
            headers(
                ("Cache-Control" = String, description = "`no-store`: the answer holds a secret"),
                ("Referrer-Policy" = String, description = "`no-referrer`: nor should pages opened from it learn it")
            ),
            links(
                ("update" = (operation_id = "update_response", parameters(
                    ("id" = "$request.path.id"),
                    ("response_id" = "$response.body#/id"),
                    ("header.Authorization" = "Bearer {$response.body#/edit_token}")))),
                ("delete" = (operation_id = "delete_response", parameters(
                    ("id" = "$request.path.id"),
                    ("response_id" = "$response.body#/id"),
                    ("header.Authorization" = "Bearer {$response.body#/edit_token}")))),
                ("get_poll" = (operation_id = "get_poll", parameters(("id" = "$request.path.id")))),
            )),
        (status = 400, response = Malformed),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 413, response = TooLarge),
        (status = 415, response = UnsupportedMediaType),
        (status = 422, response = Invalid),
        (status = 429, response = RateLimited),
        (status = 500, response = Internal),
        (status = 503, response = Unavailable),
    )
)]
pub async fn submit_response(
    state: web::Data<AppState>,
    lang: Language,
    path: web::Path<String>,
    Body(body): Body<ResponseRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = poll_id(&path)?;
    let draft = body.into_draft(lang)?;
    let st = state.clone();
    let pid = id.clone();
    let saved = web::block(move || st.submit_response(&pid, &draft, Utc::now())).await??;
    Ok(HttpResponse::Created()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::REFERRER_POLICY, "no-referrer"))
        .json(CreatedResponse {
            id: saved.id.to_string(),
            edit_token: saved.token.expose().to_owned(),
            edit_url: state.base_url().edit_url(&id, &saved.token),
            edit_link_mailed: saved.mail == EditLinkMail::Queued,
        }))
}

/// Change an answer (edit token).
///
/// The body replaces the whole answer.
#[utoipa::path(
    put,
    path = "/polls/{id}/responses/{response_id}",
    tag = "responses",
    params(
        ("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$"),
        ("response_id" = String, Path, description = "The answer's id", pattern = "^[A-Za-z0-9]{10}$"),
    ),
    request_body = ResponseRequest,
    security(("edit_token" = [])),
    responses(
        (status = 200, description = "Saved", body = UpdatedResponse),
        (status = 400, response = Malformed),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 413, response = TooLarge),
        (status = 415, response = UnsupportedMediaType),
        (status = 422, response = Invalid),
        (status = 429, response = RateLimited),
        (status = 500, response = Internal),
        (status = 503, response = Unavailable),
    )
)]
pub async fn update_response(
    state: web::Data<AppState>,
    req: HttpRequest,
    lang: Language,
    path: web::Path<(String, String)>,
    Body(body): Body<ResponseRequest>,
) -> Result<HttpResponse, ApiError> {
    let (raw_id, response_id) = path.into_inner();
    let id = poll_id(&raw_id)?;
    let token = bearer(&req)?;
    let draft = body.into_draft(lang)?;
    let rid = web::block(move || {
        state.update_response(&id, &token, Some(&response_id), &draft, Utc::now())
    })
    .await??;
    Ok(HttpResponse::Ok().json(UpdatedResponse {
        id: rid.to_string(),
    }))
}

/// Withdraw an answer (edit token).
#[utoipa::path(
    delete,
    path = "/polls/{id}/responses/{response_id}",
    tag = "responses",
    params(
        ("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$"),
        ("response_id" = String, Path, description = "The answer's id", pattern = "^[A-Za-z0-9]{10}$"),
    ),
    security(("edit_token" = [])),
    responses(
        (status = 204, description = "Withdrawn"),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 429, response = RateLimited),
        (status = 500, response = Internal),
        (status = 503, response = Unavailable),
    )
)]
pub async fn delete_response(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (raw_id, response_id) = path.into_inner();
    let id = poll_id(&raw_id)?;
    let token = bearer(&req)?;
    web::block(move || state.delete_own_response(&id, &token, Some(&response_id), Utc::now()))
        .await??;
    Ok(HttpResponse::NoContent().finish())
}

async fn admin_poll_response(
    state: web::Data<AppState>,
    id: PollId,
    token: SecretToken,
) -> Result<HttpResponse, ApiError> {
    let st = state.clone();
    let view = web::block(move || st.admin_view(&id, &token)).await??;
    let zone = view.poll.timezone;
    Ok(HttpResponse::Ok().json(bodies::Poll::new(&state, &view, zone, true, true)))
}

/// Change a poll's settings (admin token).
///
/// Changing the title, description, location or length of a finalized poll mails
/// everyone the updated meeting; when that mail would pass the poll's daily mail cap,
/// nothing changes (409).
#[utoipa::path(
    patch,
    path = "/polls/{id}",
    tag = "polls",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    request_body = UpdatePollRequest,
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The poll as the organizer sees it", body = bodies::Poll),
        (status = 400, response = Malformed),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 413, response = TooLarge),
        (status = 415, response = UnsupportedMediaType),
        (status = 422, response = Invalid),
        (status = 500, response = Internal),
        (status = 503, response = Unavailable),
    )
)]
pub async fn update_poll(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    Body(body): Body<UpdatePollRequest>,
) -> Result<HttpResponse, ApiError> {
    let b = body;
    let draft = SettingsDraft {
        title: b.title,
        description: b.description,
        location: b.location,
        duration_minutes: b.duration_minutes.map(|m| m.to_string()),
        deadline: b.deadline,
        if_need_be: b.if_need_be,
        hide_results: b.hide_results,
    };
    admin_action(state, &req, &path, move |st, id, token| {
        st.update_settings(id, token, &draft, Utc::now())
    })
    .await
}

/// Add candidate slots (admin token).
#[utoipa::path(
    post,
    path = "/polls/{id}/slots",
    tag = "polls",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    request_body = AddSlotsRequest,
    security(("admin_token" = [])),
    responses(
        (status = 201, description = "The new slots", body = AddedSlots),
        (status = 400, response = Malformed),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 413, response = TooLarge),
        (status = 415, response = UnsupportedMediaType),
        (status = 422, response = Invalid),
        (status = 500, response = Internal),
        (status = 503, response = Unavailable),
    )
)]
pub async fn add_slots(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    Body(body): Body<AddSlotsRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = poll_id(&path)?;
    let token = bearer(&req)?;
    let inputs = body.slots;
    let st = state.clone();
    let slots = web::block(move || {
        let slots = st.add_slots(&id, &token, &inputs, Utc::now())?;
        let duration = st.admin_view(&id, &token)?.poll.duration_minutes;
        Ok::<_, ActionError>((slots, duration))
    })
    .await??;
    let (slots, duration) = slots;
    Ok(HttpResponse::Created().json(AddedSlots {
        slots: slots
            .iter()
            .map(|s| bodies::Slot::new(s, duration))
            .collect(),
    }))
}

/// Remove a candidate slot and its votes (admin token).
///
/// The chosen slot of a finalized poll and a poll's last slot cannot be removed (409).
#[utoipa::path(
    delete,
    path = "/polls/{id}/slots/{slot_id}",
    tag = "polls",
    params(
        ("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$"),
        ("slot_id" = String, Path, description = "The slot's id", pattern = "^[A-Za-z0-9]{10}$"),
    ),
    security(("admin_token" = [])),
    responses(
        (status = 204, description = "Removed"),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 500, response = Internal),
        (status = 503, response = Unavailable),
    )
)]
pub async fn delete_slot(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (raw_id, slot_id) = path.into_inner();
    let id = poll_id(&raw_id)?;
    let token = bearer(&req)?;
    web::block(move || state.delete_slot(&id, &token, &slot_id, Utc::now())).await??;
    Ok(HttpResponse::NoContent().finish())
}

/// Send the poll's failed mail again (admin token).
#[utoipa::path(
    post,
    path = "/polls/{id}/mail/retry",
    tag = "polls",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "How many messages went back in the queue", body = Requeued),
        (status = 404, response = NotFound),
        (status = 500, response = Internal),
        (status = 503, response = Unavailable),
    )
)]
pub async fn retry_mail(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = poll_id(&path)?;
    let token = bearer(&req)?;
    let n = web::block(move || state.retry_failed_mail(&id, &token, Utc::now())).await??;
    Ok(HttpResponse::Ok().json(Requeued { requeued: n }))
}

/// Replace a leaked admin token (admin token).
///
/// A new admin token replaces the one sent, which answers 404 from now on; the new
/// admin link is also mailed to the organizer.
#[utoipa::path(
    post,
    path = "/polls/{id}/admin-token",
    tag = "polls",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The new admin token and link", body = ReplacedAdminToken,
            headers(
                ("Cache-Control" = String, description = "`no-store`: the answer holds a secret"),
                ("Referrer-Policy" = String, description = "`no-referrer`: nor should pages opened from it learn it")
            )),
        (status = 404, response = NotFound),
        (status = 500, response = Internal),
        (status = 503, response = Unavailable),
    )
)]
pub async fn replace_admin_token(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = poll_id(&path)?;
    let token = bearer(&req)?;
    let pid = id.clone();
    let st = state.clone();
    let new_token = web::block(move || st.replace_admin_token(&pid, &token, Utc::now())).await??;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::REFERRER_POLICY, "no-referrer"))
        .json(ReplacedAdminToken {
            admin_token: new_token.expose().to_owned(),
            admin_url: state.base_url().admin_url(&id, &new_token),
        }))
}

/// Runs an organizer action with the bearer admin token, then answers 200 with the poll
/// as the organizer sees it.
async fn admin_action<T: Send + 'static>(
    state: web::Data<AppState>,
    req: &HttpRequest,
    raw_id: &str,
    action: impl FnOnce(&AppState, &PollId, &SecretToken) -> Result<T, ActionError> + Send + 'static,
) -> Result<HttpResponse, ApiError> {
    let id = poll_id(raw_id)?;
    let token = bearer(req)?;
    let (st, pid, tk) = (state.clone(), id.clone(), token.clone());
    web::block(move || action(&st, &pid, &tk)).await??;
    admin_poll_response(state, id, token).await
}

/// Stop taking answers (admin token).
#[utoipa::path(
    post,
    path = "/polls/{id}/close",
    tag = "polls",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The poll as the organizer sees it", body = bodies::Poll),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 500, response = Internal),
        (status = 503, response = Unavailable),
    )
)]
pub async fn close_poll(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    admin_action(state, &req, &path, |st, id, token| {
        st.close(id, token, Utc::now())
    })
    .await
}

/// Take answers again (admin token); a finalized poll loses its chosen slot.
#[utoipa::path(
    post,
    path = "/polls/{id}/reopen",
    tag = "polls",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The poll as the organizer sees it", body = bodies::Poll),
        (status = 404, response = NotFound),
        (status = 500, response = Internal),
        (status = 503, response = Unavailable),
    )
)]
pub async fn reopen_poll(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    admin_action(state, &req, &path, |st, id, token| {
        st.reopen(id, token, Utc::now())
    })
    .await
}

/// Choose the meeting's slot (admin token).
///
/// Everyone with an address and the organizer are mailed the time in their own zone
/// with a calendar file.
#[utoipa::path(
    post,
    path = "/polls/{id}/finalize",
    tag = "polls",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    request_body = FinalizeRequest,
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The poll as the organizer sees it", body = bodies::Poll),
        (status = 400, response = Malformed),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 413, response = TooLarge),
        (status = 415, response = UnsupportedMediaType),
        (status = 422, response = Invalid),
        (status = 500, response = Internal),
        (status = 503, response = Unavailable),
    )
)]
pub async fn finalize_poll(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    Body(body): Body<FinalizeRequest>,
) -> Result<HttpResponse, ApiError> {
    let slot_id = body.slot_id;
    admin_action(state, &req, &path, move |st, id, token| {
        st.finalize(id, token, &slot_id, Utc::now())
    })
    .await
}

/// Delete a poll and everything of it (admin token).
#[utoipa::path(
    delete,
    path = "/polls/{id}",
    tag = "polls",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    security(("admin_token" = [])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 404, response = NotFound),
        (status = 500, response = Internal),
        (status = 503, response = Unavailable),
    )
)]
pub async fn delete_poll(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = poll_id(&path)?;
    let token = bearer(&req)?;
    web::block(move || state.delete_poll(&id, &token)).await??;
    Ok(HttpResponse::NoContent().finish())
}
