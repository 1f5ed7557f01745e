//! The JSON API under `/api/v1`: the same capabilities as the pages, for scripts.
//! Ids and tokens are strings, instants RFC 3339, zones IANA ids. Errors are
//! `{"error": code, "message": text, "field": name-or-null}` with 400 (malformed),
//! 404 (unknown id or wrong token, never saying which), 409 (closed or finalized, or a
//! poll limit reached), 413 (`too_large`: the body is over the size limit), 422
//! (invalid field), 429 (`rate_limited`, with `Retry-After`), 503 (database
//! unavailable), 500 (internal, logged with an id).

use std::collections::BTreeMap;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, StatusCode};
use actix_web::middleware::Next;
use actix_web::{web, HttpRequest, HttpResponse, ResponseError};
use chrono::Utc;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::actions::{ActionError, AppState, EditLinkMail, PollView};
use crate::db::DbError;
use crate::domain::poll::SettingsDraft;
use crate::domain::time::rfc3339_utc;
use crate::domain::{
    Poll, PollDraft, PollId, PollStatus, ResponseDraft, SecretToken, Slot, TimeZoneId,
};
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
    /// 404.
    #[error("not found")]
    NotFound,
    /// 409.
    #[error("{0}")]
    Conflict(String),
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
            ApiError::Malformed(_) => StatusCode::BAD_REQUEST,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::Invalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let (code, message, field) = match self {
            ApiError::Malformed(m) => ("malformed", m.clone(), None),
            ApiError::NotFound => (
                "not_found",
                "No such poll or response, or the token does not match".to_owned(),
                None,
            ),
            ApiError::Conflict(m) => ("conflict", m.clone(), None),
            ApiError::Invalid { field, message } => {
                ("invalid", message.clone(), Some(field.clone()))
            }
            ApiError::TooLarge { limit_bytes } => (
                "too_large",
                format!(
                    "The body is larger than {limit_bytes} bytes ({} KiB), the most Convene accepts",
                    limit_bytes / 1024
                ),
                None,
            ),
            ApiError::RateLimited { retry_after_secs } => (
                "rate_limited",
                format!(
                    "Too many requests of this kind from your address; try again in {retry_after_secs} s"
                ),
                None,
            ),
            ApiError::Unavailable => (
                "unavailable",
                "The database is unavailable; try again shortly".to_owned(),
                None,
            ),
            ApiError::Internal(e) => {
                let id = uuid::Uuid::new_v4().simple().to_string();
                tracing::error!(request_error_id = %id, error = ?e, "internal error in API");
                ("internal", format!("Internal error (id {id})"), None)
            }
        };
        let mut builder = HttpResponse::build(self.status_code());
        builder.insert_header(("Cache-Control", "no-store"));
        if let ApiError::RateLimited { retry_after_secs } = self {
            builder.insert_header((header::RETRY_AFTER, *retry_after_secs));
        }
        builder.json(json!({ "error": code, "message": message, "field": field }))
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
/// `application/json` required, other errors as 400.
pub fn json_config() -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(super::BODY_LIMIT_BYTES)
        .error_handler(|err, _req| {
            let message = match &err {
                actix_web::error::JsonPayloadError::ContentType => {
                    "Send the body as JSON with Content-Type: application/json".to_owned()
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

/// Registers the API routes (mounted under `/api/v1`); creating polls and answering
/// behind their rate `limits` (shared with the pages).
pub fn configure(cfg: &mut web::ServiceConfig, limits: &RateLimits) {
    cfg.route("/polls/{id}", web::get().to(get_poll))
        .service(
            web::resource("/polls")
                .route(web::post().to(create_poll))
                .wrap(limits.limiter(Category::Polls)),
        )
        .route("/polls/{id}", web::patch().to(update_poll))
        .route("/polls/{id}", web::delete().to(delete_poll))
        .service(
            web::resource("/polls/{id}/responses")
                .route(web::post().to(submit_response))
                .wrap(limits.limiter(Category::Answers)),
        )
        .service(
            web::resource("/polls/{id}/responses/{response_id}")
                .route(web::put().to(update_response))
                .route(web::delete().to(delete_response))
                .wrap(limits.limiter(Category::Answers)),
        )
        .route("/polls/{id}/slots", web::post().to(add_slots))
        .route("/polls/{id}/slots/{slot_id}", web::delete().to(delete_slot))
        .route("/polls/{id}/mail/retry", web::post().to(retry_mail))
        .route(
            "/polls/{id}/admin-token",
            web::post().to(replace_admin_token),
        )
        .route("/polls/{id}/close", web::post().to(close_poll))
        .route("/polls/{id}/reopen", web::post().to(reopen_poll))
        .route("/polls/{id}/finalize", web::post().to(finalize_poll));
}

#[cfg(test)]
mod tests {
    use super::json_problem;

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
}

// ---- request shapes ----

/// `POST /api/v1/polls` body (the fields of the fixture's `poll` object plus `slots`).
#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct CreatePollRequest {
    /// Title (required).
    pub title: String,
    /// Description.
    pub description: Option<String>,
    /// Location or meeting link.
    pub location: Option<String>,
    /// Organizer's name (required).
    pub organizer_name: String,
    /// Organizer's address (required).
    pub organizer_email: String,
    /// The poll's IANA zone (required).
    pub timezone: String,
    /// Meeting length in minutes (default 60).
    pub duration_minutes: Option<i64>,
    /// Deadline: local time in the poll's zone, or with an offset.
    pub deadline: Option<String>,
    /// Offer "if need be" (default true).
    pub if_need_be: Option<bool>,
    /// Hide results until finalized (default false).
    pub hide_results: Option<bool>,
    /// Slots: local times in the poll's zone, or with an offset or `Z`.
    pub slots: Vec<String>,
    /// The organizer's language for mail (`en`, `fr`, `es`, `ar`, `zh`, `ru`; default:
    /// from `Accept-Language`, else `en`).
    pub language: Option<String>,
}

/// Response body for creating and editing a response.
#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct ResponseRequest {
    /// Name (required).
    pub name: String,
    /// Address (optional).
    pub email: Option<String>,
    /// Affiliation (optional).
    pub affiliation: Option<String>,
    /// IANA zone (default: the poll's).
    pub timezone: Option<String>,
    /// Slot id → `yes` | `if_need_be` | `no`.
    pub votes: BTreeMap<String, String>,
    /// The participant's language for mail (as for a poll's `language`).
    pub language: Option<String>,
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

/// `PATCH /api/v1/polls/{id}` body: fields to change.
#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct UpdatePollRequest {
    /// New title.
    pub title: Option<String>,
    /// New description.
    pub description: Option<String>,
    /// New location.
    pub location: Option<String>,
    /// New meeting length in minutes.
    pub duration_minutes: Option<i64>,
    /// New deadline; `""` removes it.
    pub deadline: Option<String>,
    /// Offer "if need be".
    pub if_need_be: Option<bool>,
    /// Hide results.
    pub hide_results: Option<bool>,
}

/// `POST /api/v1/polls/{id}/slots` body.
#[derive(Debug, Deserialize)]
pub struct AddSlotsRequest {
    /// Slots as in creation.
    pub slots: Vec<String>,
}

/// `POST /api/v1/polls/{id}/finalize` body.
#[derive(Debug, Deserialize)]
pub struct FinalizeRequest {
    /// The chosen slot.
    pub slot_id: String,
}

/// `?tz=` query.
#[derive(Debug, Deserialize)]
pub struct ZoneQuery {
    /// IANA zone for local times.
    pub tz: Option<String>,
}

// ---- response shapes ----

/// A slot in UTC.
#[derive(Debug, Serialize)]
pub struct SlotJson {
    /// Id.
    pub id: String,
    /// Start, RFC 3339 UTC.
    pub start: String,
    /// End, RFC 3339 UTC.
    pub end: String,
    /// Start in the requested zone, RFC 3339 with offset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_local: Option<String>,
    /// End in the requested zone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_local: Option<String>,
    /// Offset at the start in the requested zone (`+05:45`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub utc_offset: Option<String>,
}

fn slot_json(slot: &Slot, duration_minutes: i32, zone: Option<TimeZoneId>) -> SlotJson {
    let end = slot.end_at(duration_minutes);
    SlotJson {
        id: slot.id.to_string(),
        start: rfc3339_utc(slot.start_at),
        end: rfc3339_utc(end),
        start_local: zone.map(|z| z.local(slot.start_at).rfc3339()),
        end_local: zone.map(|z| z.local(end).rfc3339()),
        utc_offset: zone.map(|z| z.local(slot.start_at).offset()),
    }
}

fn poll_json(
    state: &AppState,
    view: &PollView,
    zone: TimeZoneId,
    show_results: bool,
    show_emails: bool,
) -> serde_json::Value {
    let p: &Poll = &view.poll;
    let now = Utc::now();
    let responses: Vec<serde_json::Value> = if show_results {
        view.responses
            .iter()
            .map(|r| {
                let mut v = json!({
                    "id": r.id.as_str(),
                    "name": r.name,
                    "affiliation": r.affiliation,
                    "votes": r.votes.iter().map(|(s, v)| (s.to_string(), v.as_str())).collect::<BTreeMap<_, _>>(),
                    "created_at": rfc3339_utc(r.created_at),
                    "updated_at": rfc3339_utc(r.updated_at),
                });
                // What only the organizer sees: address, zone (where someone is) and
                // language.
                if show_emails {
                    v["email"] = json!(r.email.as_ref().map(|e| e.as_str()));
                    v["timezone"] = json!(r.timezone.name());
                    v["language"] = json!(r.language.code());
                }
                v
            })
            .collect()
    } else {
        Vec::new()
    };
    let tally: Vec<serde_json::Value> = if show_results {
        view.tallies
            .iter()
            .map(|t| json!({"slot_id": t.slot_id.as_str(), "yes": t.yes, "if_need_be": t.if_need_be, "no": t.no}))
            .collect()
    } else {
        Vec::new()
    };
    let best: Vec<&str> = if show_results {
        view.best_slot_id.iter().map(|s| s.as_str()).collect()
    } else {
        Vec::new()
    };
    json!({
        "id": p.id.as_str(),
        "title": p.title,
        "description": p.description,
        "location": p.location,
        "organizer_name": p.organizer_name,
        "timezone": p.timezone.name(),
        "language": p.language.code(),
        "view_timezone": zone.name(),
        "duration_minutes": p.duration_minutes,
        "deadline": p.deadline_at.map(rfc3339_utc),
        "if_need_be": p.if_need_be,
        "hide_results": p.hide_results,
        "results_hidden": !show_results,
        "status": p.effective_status(now).as_str(),
        "final_slot_id": p.final_slot_id.as_ref().map(|s| s.as_str()),
        "participant_url": state.base_url().poll_url(&p.id),
        "slots": p.slots.iter().map(|s| slot_json(s, p.duration_minutes, Some(zone))).collect::<Vec<_>>(),
        "responses": responses,
        "tally": tally,
        "best_slot_ids": best,
        "comments": view.comments.iter().map(|c| json!({"author_name": c.author_name, "body": c.body, "created_at": rfc3339_utc(c.created_at)})).collect::<Vec<_>>(),
        "mail": view.mail.filter(|_| show_emails).map(|m| json!({"sent": m.sent, "pending": m.pending, "failed": m.failed})),
        "created_at": rfc3339_utc(p.created_at),
        "updated_at": rfc3339_utc(p.updated_at),
    })
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

// ---- handlers ----

/// `POST /api/v1/polls` → 201 with `id`, `admin_token`, `participant_url`, `admin_url`, `slots`.
pub async fn create_poll(
    state: web::Data<AppState>,
    lang: Language,
    body: web::Json<CreatePollRequest>,
) -> Result<HttpResponse, ApiError> {
    let b = body.into_inner();
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
        .insert_header(("Cache-Control", "no-store"))
        .insert_header(("Referrer-Policy", "no-referrer"))
        .json(json!({
        "id": p.id.as_str(),
        "admin_token": created.admin_token.expose(),
        "participant_url": state.base_url().poll_url(&p.id),
        "admin_url": state.base_url().admin_url(&p.id, &created.admin_token),
        "slots": p.slots.iter().map(|s| slot_json(s, p.duration_minutes, None)).collect::<Vec<_>>(),
    })))
}

/// `GET /api/v1/polls/{id}?tz=ZONE` → the poll, slots in `tz`, responses (their emails,
/// zones and languages only with the admin bearer token), tallies and the best slot. With
/// `hide_results`, responses and tallies are empty for participants until finalized.
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
    Ok(HttpResponse::Ok().json(poll_json(&state, &view, zone, show_results, is_admin)))
}

/// `POST /api/v1/polls/{id}/responses` → 201 with `id`, `edit_token`, `edit_url` and
/// `edit_link_mailed` (false when no address was given, or when the poll's or the
/// address's mail cap held the mail back: then keep `edit_url` yourself).
pub async fn submit_response(
    state: web::Data<AppState>,
    lang: Language,
    path: web::Path<String>,
    body: web::Json<ResponseRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = poll_id(&path)?;
    let draft = body.into_inner().into_draft(lang)?;
    let st = state.clone();
    let pid = id.clone();
    let saved = web::block(move || st.submit_response(&pid, &draft, Utc::now())).await??;
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .insert_header(("Referrer-Policy", "no-referrer"))
        .json(json!({
            "id": saved.id.as_str(),
            "edit_token": saved.token.expose(),
            "edit_url": state.base_url().edit_url(&id, &saved.token),
            "edit_link_mailed": saved.mail == EditLinkMail::Queued,
        })))
}

/// `PUT /api/v1/polls/{id}/responses/{response_id}` with the edit token → 200.
pub async fn update_response(
    state: web::Data<AppState>,
    req: HttpRequest,
    lang: Language,
    path: web::Path<(String, String)>,
    body: web::Json<ResponseRequest>,
) -> Result<HttpResponse, ApiError> {
    let (raw_id, response_id) = path.into_inner();
    let id = poll_id(&raw_id)?;
    let token = bearer(&req)?;
    let draft = body.into_inner().into_draft(lang)?;
    let rid = web::block(move || {
        state.update_response(&id, &token, Some(&response_id), &draft, Utc::now())
    })
    .await??;
    Ok(HttpResponse::Ok().json(json!({ "id": rid.as_str() })))
}

/// `DELETE /api/v1/polls/{id}/responses/{response_id}` with the edit token → 204.
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
    Ok(HttpResponse::Ok().json(poll_json(&state, &view, zone, true, true)))
}

/// `PATCH /api/v1/polls/{id}` (admin) → 200 with the poll.
pub async fn update_poll(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    body: web::Json<UpdatePollRequest>,
) -> Result<HttpResponse, ApiError> {
    let b = body.into_inner();
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

/// `POST /api/v1/polls/{id}/slots` (admin) → 201 with the new slots.
pub async fn add_slots(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    body: web::Json<AddSlotsRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = poll_id(&path)?;
    let token = bearer(&req)?;
    let inputs = body.into_inner().slots;
    let st = state.clone();
    let slots = web::block(move || {
        let slots = st.add_slots(&id, &token, &inputs, Utc::now())?;
        let duration = st.admin_view(&id, &token)?.poll.duration_minutes;
        Ok::<_, ActionError>((slots, duration))
    })
    .await??;
    let (slots, duration) = slots;
    Ok(HttpResponse::Created().json(
        json!({ "slots": slots.iter().map(|s| slot_json(s, duration, None)).collect::<Vec<_>>() }),
    ))
}

/// `DELETE /api/v1/polls/{id}/slots/{slot_id}` (admin) → 204; its answers go too.
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

/// `POST /api/v1/polls/{id}/mail/retry` (admin) → 200 `{"requeued": n}`: the poll's
/// failed mail goes back in the queue.
pub async fn retry_mail(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = poll_id(&path)?;
    let token = bearer(&req)?;
    let n = web::block(move || state.retry_failed_mail(&id, &token, Utc::now())).await??;
    Ok(HttpResponse::Ok().json(json!({ "requeued": n })))
}

/// `POST /api/v1/polls/{id}/admin-token` (admin) → 200 `{"admin_token", "admin_url"}`:
/// a new admin token replaces the bearer one, which answers 404 from now on; the new
/// admin link is also mailed to the organizer.
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
        .insert_header(("Cache-Control", "no-store"))
        .json(json!({
            "admin_token": new_token.expose(),
            "admin_url": state.base_url().admin_url(&id, &new_token),
        })))
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

/// `POST /api/v1/polls/{id}/close` (admin) → 200 with the poll.
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

/// `POST /api/v1/polls/{id}/reopen` (admin) → 200 with the poll.
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

/// `POST /api/v1/polls/{id}/finalize` (admin) with `{"slot_id": …}` → 200 with the poll;
/// the final mail is queued.
pub async fn finalize_poll(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    body: web::Json<FinalizeRequest>,
) -> Result<HttpResponse, ApiError> {
    let slot_id = body.into_inner().slot_id;
    admin_action(state, &req, &path, move |st, id, token| {
        st.finalize(id, token, &slot_id, Utc::now())
    })
    .await
}

/// `DELETE /api/v1/polls/{id}` (admin) → 204; everything of the poll is removed.
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
