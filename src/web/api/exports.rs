//! What the organizer takes out of a poll through the API, with its admin token as the
//! bearer: the answers as CSV (RFC 4180), the list of participants of the chosen
//! meeting (plain text), and the calendar subscription feed's address (read it, or
//! replace it to cut off old subscribers).

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Utc;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::extract::{bearer, poll_id};
use super::ApiError;
use crate::actions::{AppState, PollView};
use crate::domain::{FeedToken, PollId};
use crate::exports::{answers_csv::answers_csv, file_name, participants::participants_text};
use crate::web::openapi::{ConflictErrors, LookupErrors, QueryErrors, ServerErrors};

/// The organizer's view of the poll `path` names, with the admin token the request
/// carries.
///
/// # Errors
/// [`ApiError::NotFound`] for a malformed id, an unknown poll, or a wrong, missing or
/// malformed token (never saying which); storage errors.
async fn organizer_view(
    state: &web::Data<AppState>,
    req: &HttpRequest,
    path: &str,
) -> Result<PollView, ApiError> {
    let id = poll_id(path)?;
    let token = bearer(req)?;
    let st = state.clone();
    Ok(web::block(move || st.admin_view(&id, &token)).await??)
}

/// `?emails=` on `GET /api/v1/polls/{id}/answers.csv`.
#[derive(Debug, Deserialize, Default, utoipa::IntoParams)]
#[serde(default, deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AnswersCsvQuery {
    /// Add each person's e-mail address as a column (empty for those who gave none):
    /// `true` or `1`; `false`, `0` or absent for none (the admin page's link says `1`).
    #[param(value_type = Option<bool>)]
    pub emails: Option<String>,
}

impl AnswersCsvQuery {
    /// Whether the addresses are asked for.
    ///
    /// # Errors
    /// [`ApiError::Invalid`] naming `emails` for any other value.
    fn emails(&self) -> Result<bool, ApiError> {
        match self.emails.as_deref().map(str::trim) {
            None | Some("" | "false" | "0") => Ok(false),
            Some("true" | "1") => Ok(true),
            Some(other) => Err(ApiError::Invalid {
                field: "emails".into(),
                message: format!(
                    "“{}” is not a choice: emails=true adds the addresses, emails=false leaves them out",
                    other.chars().take(40).collect::<String>()
                ),
            }),
        }
    }
}

/// A file answer with its name; never kept by caches (the API's default).
fn attachment(content_type: &str, name: &str, body: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, content_type))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ))
        .body(body)
}

/// The answers as CSV (admin token).
///
/// RFC 4180, UTF-8, records ended by CRLF, a header record: `Name`, `Affiliation`,
/// `Time zone`, `Answered at (UTC)` (RFC 3339), `E-mail` with `emails=true`, then one
/// column per slot labelled with its date and time in the poll's zone and in UTC (one
/// per grid cell for an availability poll). Answers are `yes`, `if need be`, `no`; an
/// empty field is no answer for that slot (not a `no`). Header and answer words are in
/// the organizer's language (the poll's `language`). Free text starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return is prefixed with `'` so that spreadsheets do
/// not run it as a formula.
#[utoipa::path(
    get,
    path = "/polls/{id}/answers.csv",
    tag = "polls",
    params(
        ("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$"),
        AnswersCsvQuery,
    ),
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The answers", content_type = "text/csv", body = String),
        QueryErrors, LookupErrors, ServerErrors,
    )
)]
pub async fn get_answers_csv(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    query: web::Query<AnswersCsvQuery>,
) -> Result<HttpResponse, ApiError> {
    let view = organizer_view(&state, &req, &path).await?;
    let body = answers_csv(
        &view.poll,
        &view.responses,
        query.emails()?,
        view.poll.language,
    )
    .map_err(|e| ApiError::Internal(anyhow::Error::new(e)))?;
    Ok(attachment(
        "text/csv; charset=utf-8; header=present",
        &file_name(&view.poll.title, "answers", "csv"),
        body,
    ))
}

/// The list of participants of the chosen meeting (admin token).
///
/// Plain text (UTF-8) in the organizer's language, to paste into minutes: the title,
/// the meeting's time in the poll's zone and in UTC, then by affiliation (alphabetical,
/// those without one last) the names of those who can attend, `(if need be)` after
/// those who can only if need be, and the counts. 409 before the poll is finalized.
#[utoipa::path(
    get,
    path = "/polls/{id}/participants.txt",
    tag = "polls",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The list", content_type = "text/plain", body = String),
        LookupErrors, ConflictErrors, ServerErrors,
    )
)]
pub async fn get_participants_txt(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let view = organizer_view(&state, &req, &path).await?;
    let text = participants_text(
        &view.poll,
        &view.responses,
        &view.invitees,
        view.poll.language,
    );
    if text.is_empty() {
        return Err(ApiError::Conflict(
            "The poll is not finalized: the list is ready once a slot is chosen.".into(),
        ));
    }
    Ok(attachment(
        "text/plain; charset=utf-8",
        &file_name(&view.poll.title, "participants", "txt"),
        text.into_bytes(),
    ))
}

/// The addresses of a poll's calendar subscription feed.
#[derive(Debug, Serialize, ToSchema)]
pub struct CalendarFeed {
    /// The feed (RFC 5545), read-only: no event before the poll is finalized, the
    /// meeting's event (as mailed: same UID and SEQUENCE) once it is.
    #[schema(
        example = "https://convene.example.org/p/AbCdEfGhIjKl/calendar/s9cIYTvnNgkz6bOS9qVHGX_Xk6pCtL1ZKL8es88Ix4w.ics"
    )]
    pub url: String,
    /// The same address as `webcal://`, which calendar programs open as a subscription.
    #[schema(
        example = "webcal://convene.example.org/p/AbCdEfGhIjKl/calendar/s9cIYTvnNgkz6bOS9qVHGX_Xk6pCtL1ZKL8es88Ix4w.ics"
    )]
    pub webcal_url: String,
}

impl CalendarFeed {
    fn new(state: &AppState, id: &PollId, token: &FeedToken) -> Self {
        let url = format!(
            "{}p/{id}/calendar/{}.ics",
            state.base_url().as_str(),
            token.as_str()
        );
        let rest = url.split_once("://").map_or(url.as_str(), |(_, r)| r);
        CalendarFeed {
            webcal_url: format!("webcal://{rest}"),
            url,
        }
    }
}

/// The calendar subscription feed's address (admin token).
///
/// 404 also when the poll has no feed yet (a poll made before feeds existed that was
/// never finalized): `POST` makes one.
#[utoipa::path(
    get,
    path = "/polls/{id}/calendar-feed",
    tag = "polls",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The feed's addresses", body = CalendarFeed),
        LookupErrors, ServerErrors,
    )
)]
pub async fn get_calendar_feed(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let view = organizer_view(&state, &req, &path).await?;
    let feed = view.calendar_feed.as_ref().ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok().json(CalendarFeed::new(&state, &view.poll.id, feed)))
}

/// Replace the calendar subscription feed's address (admin token).
///
/// The old address answers 404 from now on, so calendars subscribed to it no longer
/// show the meeting; participants are shown the new one on the poll page.
#[utoipa::path(
    post,
    path = "/polls/{id}/calendar-feed",
    tag = "polls",
    params(("id" = String, Path, description = "The poll's id", pattern = "^[A-Za-z0-9]{12}$")),
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The new addresses", body = CalendarFeed),
        LookupErrors, ServerErrors,
    )
)]
pub async fn replace_calendar_feed(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = poll_id(&path)?;
    let token = bearer(&req)?;
    let st = state.clone();
    let poll = id.clone();
    let feed = web::block(move || st.replace_calendar_feed(&poll, &token, Utc::now())).await??;
    Ok(HttpResponse::Ok().json(CalendarFeed::new(&state, &id, &feed)))
}
