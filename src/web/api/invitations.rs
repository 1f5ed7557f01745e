//! The organizer's invitations, with the poll's admin token as the bearer: the invitee
//! list, adding people from a pasted list or CSV text, marking them required, removing
//! them, sending the invitations and reminders, and duplicating the poll for the next
//! meeting of a series. The same actions as the admin page's invitation forms.

use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Utc;

use super::bodies::{
    AddInviteesRequest, AddedInvitees, CreatedPoll, DuplicatePollRequest, Invited, Invitee,
    InviteeList, Reminded, UpdateInviteeRequest,
};
use super::errors::body_field_names;
use super::extract::{bearer, poll_id, Body};
use super::polls::created_poll_answer;
use super::ApiError;
use crate::actions::AppState;
use crate::web::openapi::{
    BodyErrors, ConflictErrors, LookupErrors, RateLimitErrors, ServerErrors,
};

/// The poll's invitees and where they stand (admin token).
///
/// `answered` of `invited` have answered; `reminders_due` is how many `POST …/remind`
/// would mail now (invited, not answered, mailed nothing for 24 hours).
#[utoipa::path(
    get,
    path = "/polls/{id}/invitees",
    tag = "invitations",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The invitees, in the order they were added", body = InviteeList),
        LookupErrors, ServerErrors,
    )
)]
pub async fn list_invitees(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = poll_id(&path)?;
    let token = bearer(&req)?;
    let invitees = web::block(move || state.invitees(&id, &token)).await??;
    Ok(HttpResponse::Ok().json(InviteeList::new(&invitees, Utc::now())))
}

/// Add people to invite (admin token).
///
/// Reads the pasted list or CSV text of `list`, merges repeated addresses (also with
/// people already invited) and, unless `send` is false, mails each new person an
/// invitation with their personal link. A line that cannot be used never fails the
/// request: it comes back in `errors` with its number and the reason, and the other
/// lines are saved. A list with no line at all is refused (422 on `list`); so is
/// sending invitations on a poll that takes no answers, passing 1,000 invitees or the
/// poll's daily mail cap (409, nothing saved).
#[utoipa::path(
    post,
    path = "/polls/{id}/invitees",
    tag = "invitations",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    request_body = AddInviteesRequest,
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "What was added, merged and invited, and the lines not used", body = AddedInvitees),
        BodyErrors, LookupErrors, ConflictErrors, RateLimitErrors, ServerErrors,
    )
)]
pub async fn add_invitees(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    Body(body): Body<AddInviteesRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = poll_id(&path)?;
    let token = bearer(&req)?;
    let send = body.send.unwrap_or(true);
    let outcome = web::block(move || {
        state
            .add_invitees(&id, &token, &body.list, send, Utc::now())
            // The action names the page's field; the body's is `list`.
            .map_err(|e| body_field_names(e, &[("invitees", "list")]))
    })
    .await??;
    Ok(HttpResponse::Ok().json(AddedInvitees::from(&outcome)))
}

/// Remove an invitee (admin token).
///
/// Their personal links stop working at once; an answer they gave stays, as anyone's.
#[utoipa::path(
    delete,
    path = "/polls/{id}/invitees/{invitee_id}",
    tag = "invitations",
    params(
        ("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$"),
        ("invitee_id" = String, Path, description = "The invitee's id", pattern = "^[A-Za-z0-9]{10}$"),
    ),
    security(("admin_token" = [])),
    responses(
        (status = 204, description = "Removed"),
        LookupErrors, ServerErrors,
    )
)]
pub async fn remove_invitee(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (raw_id, invitee_id) = path.into_inner();
    let id = poll_id(&raw_id)?;
    let token = bearer(&req)?;
    web::block(move || state.remove_invitee(&id, &token, &invitee_id)).await??;
    Ok(HttpResponse::NoContent().finish())
}

/// Mark an invitee as required for the meeting, or not (admin token).
///
/// The quorum of each slot in the organizer's view of the poll says whether every
/// required invitee can attend.
#[utoipa::path(
    patch,
    path = "/polls/{id}/invitees/{invitee_id}",
    tag = "invitations",
    params(
        ("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$"),
        ("invitee_id" = String, Path, description = "The invitee's id", pattern = "^[A-Za-z0-9]{10}$"),
    ),
    request_body = UpdateInviteeRequest,
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The invitee as changed", body = Invitee),
        BodyErrors, LookupErrors, ServerErrors,
    )
)]
pub async fn update_invitee(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    Body(body): Body<UpdateInviteeRequest>,
) -> Result<HttpResponse, ApiError> {
    let (raw_id, invitee_id) = path.into_inner();
    let id = poll_id(&raw_id)?;
    let token = bearer(&req)?;
    let invitee =
        web::block(move || state.set_invitee_required(&id, &token, &invitee_id, body.required))
            .await??;
    Ok(HttpResponse::Ok().json(Invitee::from(&invitee)))
}

/// Send the invitation to every invitee not invited yet (admin token).
///
/// For people added with `"send": false`, or copied from an earlier poll by
/// duplicating it. Refused (409) when the poll takes no answers, or when the
/// invitations would pass the poll's daily mail cap.
#[utoipa::path(
    post,
    path = "/polls/{id}/invitations",
    tag = "invitations",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "How many invitations were queued", body = Invited),
        LookupErrors, ConflictErrors, RateLimitErrors, ServerErrors,
    )
)]
pub async fn send_invitations(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = poll_id(&path)?;
    let token = bearer(&req)?;
    let invited = web::block(move || state.send_invitations(&id, &token, Utc::now())).await??;
    Ok(HttpResponse::Ok().json(Invited { invited }))
}

/// Remind the invitees who have not answered (admin token).
///
/// Each invitee who was invited, has not answered and was mailed nothing for 24 hours
/// gets a reminder with a new personal link; the others are left alone, so at most one
/// message a day reaches anyone however often this is called. Refused (409) when the
/// poll takes no answers, or when the reminders would pass the poll's daily mail cap.
#[utoipa::path(
    post,
    path = "/polls/{id}/remind",
    tag = "invitations",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "How many reminders were queued", body = Reminded),
        LookupErrors, ConflictErrors, RateLimitErrors, ServerErrors,
    )
)]
pub async fn remind_invitees(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = poll_id(&path)?;
    let token = bearer(&req)?;
    let reminded = web::block(move || state.remind(&id, &token, Utc::now())).await??;
    Ok(HttpResponse::Ok().json(Reminded { reminded }))
}

/// Create the next poll of a series from this one (admin token).
///
/// The new poll has this one's title, description, location, length, zone, options,
/// notification settings and invitees (not invited yet, `required` kept), the `slots`
/// given and no deadline, answers or comments. Its admin token is answered once and
/// mailed to the organizer; `POST …/invitations` on it sends the invitations.
#[utoipa::path(
    post,
    path = "/polls/{id}/duplicate",
    tag = "invitations",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    request_body = DuplicatePollRequest,
    security(("admin_token" = [])),
    responses(
        (status = 201, description = "Created: the new poll's id, admin token and links", body = CreatedPoll,
            headers(
                ("Cache-Control" = String, description = "`no-store`: the answer holds a secret"),
                ("Referrer-Policy" = String, description = "`no-referrer`: nor should pages opened from it learn it")
            ),
            links(
                ("get_as_organizer" = (operation_id = "get_poll", parameters(
                    ("id" = "$response.body#/id"),
                    ("header.Authorization" = "Bearer {$response.body#/admin_token}")))),
                ("list_invitees" = (operation_id = "list_invitees", parameters(
                    ("id" = "$response.body#/id"),
                    ("header.Authorization" = "Bearer {$response.body#/admin_token}")))),
                ("send_invitations" = (operation_id = "send_invitations", parameters(
                    ("id" = "$response.body#/id"),
                    ("header.Authorization" = "Bearer {$response.body#/admin_token}")))),
            )),
        BodyErrors, LookupErrors, RateLimitErrors, ServerErrors,
    )
)]
pub async fn duplicate_poll(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    Body(body): Body<DuplicatePollRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = poll_id(&path)?;
    let token = bearer(&req)?;
    // The next meeting asks what the source asked: whole days for a poll of dates.
    let st = state.clone();
    let (id2, token2) = (id.clone(), token.clone());
    let kind = web::block(move || st.admin_view(&id2, &token2).map(|v| v.poll.kind)).await??;
    super::polls::slot_shapes(kind, &body.slots)?;
    let st = state.clone();
    let created =
        web::block(move || st.duplicate_poll(&id, &token, &body.slots, Utc::now())).await??;
    Ok(created_poll_answer(&state, &created))
}
