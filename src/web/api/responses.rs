//! Participants' answers: submitting one, and changing or withdrawing it with its edit
//! token.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Utc;

use super::bodies::{CreatedResponse, Marks, ResponseRequest, UpdatedResponse};
use super::extract::{bearer, body_language, poll_id, Body};
use super::ApiError;
use crate::actions::{AppState, EditLinkMail};
use crate::domain::ResponseDraft;
use crate::i18n::Language;
use crate::mail::Links;
use crate::web::openapi::{
    BodyErrors, ConflictErrors, LookupErrors, RateLimitErrors, ServerErrors,
};

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
            votes: self
                .votes
                .into_iter()
                .chain(self.availability.map(Marks::into_pairs).unwrap_or_default())
                .collect(),
        })
    }
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
        BodyErrors, LookupErrors, ConflictErrors, RateLimitErrors, ServerErrors,
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
        BodyErrors, LookupErrors, ConflictErrors, RateLimitErrors, ServerErrors,
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
        LookupErrors, ConflictErrors, RateLimitErrors, ServerErrors,
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
