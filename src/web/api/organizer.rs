//! What the organizer does with a poll, with its admin token as the bearer: change its
//! settings and slots, close, reopen, finalize or delete it, send its failed mail again,
//! replace a leaked token.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Utc;

use super::bodies::{
    self, AddSlotsRequest, AddedSlots, FinalizeRequest, Hours, ReplacedAdminToken, Requeued,
    UpdatePollRequest,
};
use super::errors::body_field_names;
use super::extract::{bearer, poll_id, Body};
use super::ApiError;
use crate::actions::{ActionError, AppState};
use crate::domain::poll::SettingsDraft;
use crate::domain::{PollId, SecretToken};
use crate::mail::Links;
use crate::web::openapi::{BodyErrors, ConflictErrors, LookupErrors, ServerErrors};

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
/// nothing changes (409). The notification settings (`notify`,
/// `remind_before_hours`) change in the same transaction as the rest: a bad value of
/// any field changes nothing (422 naming it).
#[utoipa::path(
    patch,
    path = "/polls/{id}",
    tag = "polls",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    request_body = UpdatePollRequest,
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The poll as the organizer sees it", body = bodies::Poll),
        BodyErrors, LookupErrors, ConflictErrors, ServerErrors,
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
        notify: b.notify,
        // `null` removes the reminder: the empty text the domain reads as none.
        remind_before_hours: b
            .remind_before_hours
            .map(|h| h.map(|h| h.to_string()).unwrap_or_default()),
        hours: b.hours.as_ref().map(Hours::draft),
    };
    admin_action(state, &req, &path, move |st, id, token| {
        st.update_settings(id, token, &draft, Utc::now())
            .map_err(|e| {
                body_field_names(
                    e,
                    &[
                        ("day_start", "hours.day_start"),
                        ("work_start", "hours.work_start"),
                        ("work_end", "hours.work_end"),
                        ("night_start", "hours.night_start"),
                    ],
                )
            })
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
        BodyErrors, LookupErrors, ConflictErrors, ServerErrors,
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
    let (id2, token2) = (id.clone(), token.clone());
    let kind = web::block(move || st.admin_view(&id2, &token2).map(|v| v.poll.kind)).await??;
    super::polls::slot_shapes(kind, &inputs)?;
    let st = state.clone();
    let slots = web::block(move || {
        let slots = st.add_slots(&id, &token, &inputs, Utc::now())?;
        let poll = st.admin_view(&id, &token)?.poll;
        Ok::<_, ActionError>((slots, poll))
    })
    .await??;
    let (slots, poll) = slots;
    Ok(HttpResponse::Created().json(AddedSlots {
        slots: slots.iter().map(|s| bodies::Slot::new(s, &poll)).collect(),
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
        LookupErrors, ConflictErrors, ServerErrors,
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
        LookupErrors, ServerErrors,
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

/// Keep the poll (admin token).
///
/// Its deletion is then counted from now at the earliest (`deletes_at` is a retention
/// period away or later), and a new warning will be mailed before that date.
#[utoipa::path(
    post,
    path = "/polls/{id}/keep",
    tag = "polls",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The poll as the organizer sees it, with its new `deletes_at`", body = bodies::Poll),
        LookupErrors, ServerErrors,
    )
)]
pub async fn keep_poll(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    admin_action(state, &req, &path, |st, id, token| {
        st.keep_poll(id, token, Utc::now())
    })
    .await
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
        LookupErrors, ServerErrors,
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
        LookupErrors, ConflictErrors, ServerErrors,
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
        LookupErrors, ServerErrors,
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
/// with a calendar file. An availability poll is finalized on a window: give the UTC
/// `start` of one of its cells (such as a `grid.best_windows[].start`); the window
/// becomes the poll's slot.
#[utoipa::path(
    post,
    path = "/polls/{id}/finalize",
    tag = "polls",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    request_body = FinalizeRequest,
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The poll as the organizer sees it", body = bodies::Poll),
        BodyErrors, LookupErrors, ConflictErrors, ServerErrors,
    )
)]
pub async fn finalize_poll(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    Body(body): Body<FinalizeRequest>,
) -> Result<HttpResponse, ApiError> {
    match (body.slot_id, body.start) {
        (Some(slot_id), None) => {
            admin_action(state, &req, &path, move |st, id, token| {
                st.finalize(id, token, &slot_id, Utc::now())
            })
            .await
        }
        (None, Some(start)) => {
            admin_action(state, &req, &path, move |st, id, token| {
                st.finalize_window(id, token, &start, Utc::now())
            })
            .await
        }
        (Some(_), Some(_)) => Err(ApiError::Invalid {
            field: "start".into(),
            message: "give `slot_id` or `start`, not both".into(),
        }),
        (None, None) => Err(ApiError::Invalid {
            field: "slot_id".into(),
            message:
                "give the chosen `slot_id` (or, for an availability poll, the window's `start`)"
                    .into(),
        }),
    }
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
        LookupErrors, ServerErrors,
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
