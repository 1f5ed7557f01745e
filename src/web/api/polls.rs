//! Creating and reading polls: the two operations anyone may call (reading with the
//! admin token shows the organizer more).

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Utc;

use super::bodies::{self, CreatePollRequest, CreatedPoll, GridRequest, ZoneQuery};
use super::errors::body_field_names;
use super::extract::{bearer, body_language, poll_id, zone_param, Body};
use super::ApiError;
use crate::actions::{self, ActionError, AppState, PollView};
use crate::domain::{PollDraft, PollId, PollKind};
use crate::i18n::Language;
use crate::mail::Links;
use crate::web::openapi::{BodyErrors, LookupErrors, QueryErrors, RateLimitErrors, ServerErrors};

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
                ("list_invitees" = (operation_id = "list_invitees", parameters(
                    ("id" = "$response.body#/id"),
                    ("header.Authorization" = "Bearer {$response.body#/admin_token}")))),
                ("add_invitees" = (operation_id = "add_invitees", parameters(
                    ("id" = "$response.body#/id"),
                    ("header.Authorization" = "Bearer {$response.body#/admin_token}")))),
                ("send_invitations" = (operation_id = "send_invitations", parameters(
                    ("id" = "$response.body#/id"),
                    ("header.Authorization" = "Bearer {$response.body#/admin_token}")))),
                ("remind" = (operation_id = "remind_invitees", parameters(
                    ("id" = "$response.body#/id"),
                    ("header.Authorization" = "Bearer {$response.body#/admin_token}")))),
                ("duplicate" = (operation_id = "duplicate_poll", parameters(
                    ("id" = "$response.body#/id"),
                    ("header.Authorization" = "Bearer {$response.body#/admin_token}")))),
            )),
        BodyErrors, RateLimitErrors, ServerErrors,
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
        kind: b
            .kind
            .unwrap_or_else(|| PollKind::Times.as_str().to_owned()),
        grid: b.grid.as_ref().map(GridRequest::draft).unwrap_or_default(),
    };
    match (draft.kind.trim(), &b.grid, draft.slots.is_empty()) {
        ("availability", None, _) => {
            return Err(ApiError::Invalid {
                field: "grid".into(),
                message: "an availability poll needs its grid".into(),
            })
        }
        ("availability", Some(_), false) => {
            return Err(ApiError::Invalid {
                field: "slots".into(),
                message: "an availability poll has no slots: people mark the cells of its grid"
                    .into(),
            })
        }
        ("times" | "dates", Some(_), _) => {
            return Err(ApiError::Invalid {
                field: "grid".into(),
                message: "only an availability poll has a grid".into(),
            })
        }
        _ => {}
    }
    if let Ok(kind) = draft.kind.parse::<PollKind>() {
        slot_shapes(kind, &draft.slots)?;
    }
    let st = state.clone();
    let created = web::block(move || {
        st.create_poll(&draft, Utc::now()).map_err(|e| {
            body_field_names(
                e,
                &[
                    ("grid_from", "grid.from"),
                    ("grid_to", "grid.to"),
                    ("grid_day_start", "grid.day_start"),
                    ("grid_day_end", "grid.day_end"),
                    ("grid_cell_minutes", "grid.cell_minutes"),
                    ("grid_weekdays", "grid.weekdays"),
                ],
            )
        })
    })
    .await??;
    Ok(created_poll_answer(&state, &created))
}

/// Refuses a slot of the wrong shape for the poll's `kind`, naming it (`slots[2]`): a
/// poll of whole days takes dates `YYYY-MM-DD` only, and a poll of times refuses a bare
/// date (it needs a time). Empty strings are left for the domain, which ignores them.
///
/// # Errors
/// [`ApiError::Invalid`] for the first slot of the wrong shape.
pub(super) fn slot_shapes(kind: PollKind, slots: &[String]) -> Result<(), ApiError> {
    let shaped_like_a_date = |t: &str| {
        let t = t.trim();
        t.len() == 10
            && t.char_indices().all(|(i, c)| {
                if i == 4 || i == 7 {
                    c == '-'
                } else {
                    c.is_ascii_digit()
                }
            })
    };
    let is_day = |t: &str| crate::domain::poll::parse_day(t).is_ok();
    let bad = slots.iter().enumerate().find(|(_, t)| {
        !t.trim().is_empty()
            && match kind {
                PollKind::Dates => !is_day(t),
                PollKind::Times => is_day(t),
                PollKind::Availability => false,
            }
    });
    match bad {
        Some((i, text)) => Err(ApiError::Invalid {
            field: format!("slots[{i}]"),
            message: if kind == PollKind::Dates && shaped_like_a_date(text) {
                format!(
                    "“{}” is not a date of the calendar (that month has no such day)",
                    text.trim()
                )
            } else if kind == PollKind::Dates {
                format!(
                    "“{}” is not a whole day: a poll of dates takes dates written YYYY-MM-DD, with no time or offset",
                    text.trim()
                )
            } else {
                format!(
                    "“{}” is a date without a time: give the start time too (2027-03-23T13:00), or ask for whole days with \"kind\": \"dates\"",
                    text.trim()
                )
            },
        }),
        None => Ok(()),
    }
}

/// `201` with a new poll's id, admin token (shown this once) and links, neither cached
/// nor sent on as a referrer: the answer to creating a poll and to duplicating one.
pub(super) fn created_poll_answer(
    state: &AppState,
    created: &actions::CreatedPoll,
) -> HttpResponse {
    let p = &created.poll;
    HttpResponse::Created()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::REFERRER_POLICY, "no-referrer"))
        .json(CreatedPoll {
            id: p.id.to_string(),
            admin_token: created.admin_token.expose().to_owned(),
            participant_url: state.base_url().poll_url(&p.id),
            admin_url: state.base_url().admin_url(&p.id, &created.admin_token),
            slots: p.slots.iter().map(|s| bodies::Slot::new(s, p)).collect(),
        })
}

/// Read a poll.
///
/// Slots come in UTC and in the zone `tz` (default: the poll's). With `hide_results`,
/// participants get no answers or tallies until a slot is chosen. With the admin token,
/// the organizer also gets each answer's address, zone and language, the mail counts,
/// the notification settings and, when the poll has invitees, each slot's quorum; a
/// wrong token reads the poll as a participant.
///
/// The participants' view carries `Cache-Control: no-cache` and a weak `ETag`: sent
/// again with `If-None-Match`, an unchanged poll is answered `304` without a body. The
/// organizer's view is `no-store`.
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
        (status = 200, description = "The poll", body = bodies::Poll,
            headers(("ETag" = String, description = "Weak tag of the participants' view"))),
        (status = 304, description = "Unchanged since the `If-None-Match` tag (participants' view)"),
        QueryErrors, LookupErrors, ServerErrors,
    )
)]
pub async fn get_poll(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    query: web::Query<ZoneQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = poll_id(&path)?;
    let (view, is_admin) = reader_view(&state, &req, id).await?;
    let zone = zone_param(query.tz.as_deref(), view.poll.timezone)?;
    let show_results = is_admin || view.poll.shows_results();
    let mut answer = HttpResponse::Ok();
    if !is_admin {
        // What anyone with the link may read: kept by the browser and revalidated with
        // its ETag (`web::etag`); the organizer's view stays `no-store`.
        answer.insert_header((header::CACHE_CONTROL, "no-cache"));
    }
    Ok(answer.json(bodies::Poll::new(
        &state,
        &view,
        zone,
        show_results,
        is_admin,
    )))
}

/// The poll as the request's reader sees it, and whether that is its organizer: with
/// the right admin token, the organizer's view (addresses, mail counts, invitees);
/// with any other token, or none, the participants' view (a wrong token reads as a
/// participant, never a 404).
///
/// # Errors
/// [`ApiError::NotFound`] for an unknown poll; storage errors.
pub(super) async fn reader_view(
    state: &web::Data<AppState>,
    req: &HttpRequest,
    id: PollId,
) -> Result<(PollView, bool), ApiError> {
    let token = bearer(req).ok();
    let st = state.clone();
    Ok(
        web::block(move || match token.map(|t| st.admin_view(&id, &t)) {
            Some(Ok(view)) => Ok((view, true)),
            Some(Err(ActionError::NotFound)) | None => st.view(&id).map(|view| (view, false)),
            Some(Err(e)) => Err(e),
        })
        .await??,
    )
}
