//! The keep link mailed with the expiry warning (`/p/{id}/keep/{token}`): GET shows the
//! poll's title, its deletion date and a "Keep this poll" button; the button's POST
//! keeps it (mail scanners follow GET links, so a GET changes nothing). A wrong or
//! used-up token is a 404. The admin page's own button is [`keep_from_admin`].

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use chrono::Utc;

use super::admin::Admin;
use super::{fetch, poll_id, render, secret, viewer_zone, Privacy};
use crate::actions::{AppState, KeepView};
use crate::error::AppError;
use crate::i18n::Language;
use crate::mail::lifecycle::deletion_reason;

#[derive(Template)]
#[template(path = "polls/keep.html")]
struct KeepPage {
    lang: Language,
    here: String,
    title: String,
    /// The deletion date on the viewer's clock (the poll's unless they chose one).
    date: String,
    /// The same instant in UTC.
    date_utc: String,
    reason: String,
    /// After the POST: the poll is kept (the date is the new one).
    kept: bool,
}

fn keep_page(state: &AppState, req: &HttpRequest, view: &KeepView, kept: bool) -> KeepPage {
    let zone = viewer_zone(req, state, view.poll.timezone);
    let lang = zone.lang;
    KeepPage {
        here: req.path().to_owned(),
        title: view.poll.title.clone(),
        date: zone.zone.local(view.deletion.at).long(lang),
        date_utc: crate::domain::time::utc_instant(view.deletion.at, lang),
        reason: deletion_reason(&view.deletion, state.retention.days(), lang),
        kept,
        lang,
    }
}

/// `GET /p/{id}/keep/{token}`: the poll's deletion date and the keep button.
pub async fn show_keep(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, token) = (poll_id(&path.0)?, secret(&path.1)?);
    let view = fetch(&state, move |st| st.keep_view(&id, &token, Utc::now())).await?;
    render(
        StatusCode::OK,
        &keep_page(&state, &req, &view, false),
        Privacy::Secret,
        None,
    )
}

/// `POST /p/{id}/keep/{token}`: keeps the poll and shows its new deletion date; the
/// link is spent.
pub async fn keep_poll(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, token) = (poll_id(&path.0)?, secret(&path.1)?);
    let view = fetch(&state, move |st| st.keep_by_link(&id, &token, Utc::now())).await?;
    render(
        StatusCode::OK,
        &keep_page(&state, &req, &view, true),
        Privacy::Secret,
        None,
    )
}

/// `POST /p/{id}/admin/{token}/keep`: the organizer keeps the poll from the admin page.
pub async fn keep_from_admin(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let (id, token) = (admin.id.clone(), admin.token.clone());
    fetch(&state, move |st| st.keep_poll(&id, &token, Utc::now())).await?;
    Ok(admin.done("kept"))
}
