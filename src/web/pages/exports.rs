//! The exports on the pages: the answers as CSV and the list of participants (admin
//! link), the calendar subscription feed (its own secret address) and the "add to
//! Google / Outlook" links shown with a chosen meeting.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::admin::Admin;
use super::{fetch, poll_id, query_param, render, Privacy};
use crate::actions::{AppState, PollView};
use crate::domain::{FeedToken, PollId, PollStatus};
use crate::error::AppError;
use crate::exports::calendar_links::calendar_links;
use crate::exports::{answers_csv::answers_csv, file_name, participants::participants_text};
use crate::i18n::Language;
use crate::mail::Links;

/// A poll's subscription feed addresses, for the pages.
#[derive(Debug, Clone)]
pub(super) struct FeedView {
    /// `https://…/p/{id}/calendar/{token}.ics`.
    pub https: String,
    /// The same as `webcal://…`, which calendar programs open as a subscription.
    pub webcal: String,
}

impl FeedView {
    /// The feed of `view`'s poll, when it has one.
    pub(super) fn of(state: &AppState, view: &PollView) -> Option<Self> {
        let token = view.calendar_feed.as_ref()?;
        let https = feed_url(state, &view.poll.id, token);
        let rest = https
            .split_once("://")
            .map_or(https.as_str(), |(_, rest)| rest);
        Some(FeedView {
            webcal: format!("webcal://{rest}"),
            https,
        })
    }
}

/// `<base>p/{id}/calendar/{token}.ics`.
fn feed_url(state: &AppState, id: &PollId, token: &FeedToken) -> String {
    format!(
        "{}p/{id}/calendar/{}.ics",
        state.base_url().as_str(),
        token.as_str()
    )
}

/// What the pages show with a chosen meeting: "add to" links and the feed.
#[derive(Debug, Clone)]
pub(super) struct MeetingLinks {
    /// Google Calendar's filled-in form.
    pub google: String,
    /// Outlook.com's filled-in form.
    pub outlook: String,
    /// Microsoft 365's filled-in form.
    pub office: String,
    /// The subscription feed, when the poll has one.
    pub feed: Option<FeedView>,
}

impl MeetingLinks {
    /// The links of `view`'s meeting; `None` until the poll is finalized.
    pub(super) fn of(state: &AppState, view: &PollView) -> Option<Self> {
        let poll = &view.poll;
        let slot = poll
            .final_slot()
            .filter(|_| poll.status == PollStatus::Finalized)?;
        let links = calendar_links(poll, slot, &state.base_url().poll_url(&poll.id));
        Some(MeetingLinks {
            google: links.google,
            outlook: links.outlook,
            office: links.office,
            feed: FeedView::of(state, view),
        })
    }
}

/// A file to download from a secret link: never kept by caches, no referrer.
fn attachment(content_type: &str, name: &str, body: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, content_type))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::REFERRER_POLICY, "no-referrer"))
        .body(body)
}

/// The CSV file of the answers (RFC 4180) as an HTTP answer:
/// `text/csv; charset=utf-8; header=present` (RFC 7111), an attachment named after
/// the poll.
///
/// # Errors
/// [`AppError::Internal`] when the file cannot be written.
pub(crate) fn csv_response(
    view: &PollView,
    emails: bool,
    lang: Language,
) -> Result<HttpResponse, AppError> {
    let body = answers_csv(&view.poll, &view.responses, emails, lang)
        .map_err(|e| AppError::Internal(anyhow::Error::new(e)))?;
    Ok(attachment(
        "text/csv; charset=utf-8; header=present",
        &file_name(&view.poll.title, "answers", "csv"),
        body,
    ))
}

/// `GET /p/{id}/admin/{token}/answers.csv[?emails=1]`: the answers as CSV, in the
/// page's language, with the addresses when `emails=1`.
pub async fn download_answers(
    state: web::Data<AppState>,
    req: HttpRequest,
    lang: Language,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let view = admin.view(&state).await?;
    let emails = query_param(&req, "emails").is_some_and(|v| v == "1" || v == "true");
    csv_response(&view, emails, lang)
}

/// `GET /p/{id}/admin/{token}/participants.txt`: the list of those who can attend the
/// chosen meeting (plain text, UTF-8); 404 before the poll is finalized.
pub async fn download_participants(
    state: web::Data<AppState>,
    lang: Language,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let view = admin.view(&state).await?;
    let text = participants_text(&view.poll, &view.responses, &view.invitees, lang);
    if text.is_empty() {
        return Err(AppError::NotFound);
    }
    Ok(attachment(
        "text/plain; charset=utf-8",
        &file_name(&view.poll.title, "participants", "txt"),
        text.into_bytes(),
    ))
}

#[derive(Template)]
#[template(path = "admin/participants.html")]
struct ParticipantsPage {
    lang: Language,
    /// This page's address, for the language selector.
    here: String,
    title: String,
    /// The admin page's address.
    base: String,
    /// The list (empty before the poll is finalized).
    text: String,
    /// Lines of the list, for the text box's height.
    rows: usize,
}

/// `GET /p/{id}/admin/{token}/participants`: the list of participants in a text box to
/// copy, with the download link.
pub async fn show_participants(
    state: web::Data<AppState>,
    lang: Language,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let view = admin.view(&state).await?;
    let text = participants_text(&view.poll, &view.responses, &view.invitees, lang);
    let page = ParticipantsPage {
        lang,
        here: format!("{}/participants", admin.path()),
        title: view.poll.title.clone(),
        base: admin.path(),
        rows: (text.lines().count() + 2).clamp(4, 40),
        text,
    };
    render(StatusCode::OK, &page, Privacy::Secret, None)
}

/// `POST /p/{id}/admin/{token}/calendar-feed`: a new subscription address (the old
/// one answers 404 from now on).
pub async fn replace_calendar_feed(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let admin = Admin::from_path(&path.0, &path.1)?;
    let (id, token) = (admin.id.clone(), admin.token.clone());
    fetch(&state, move |st| {
        st.replace_calendar_feed(&id, &token, chrono::Utc::now())
    })
    .await?;
    Ok(admin.done("feed_replaced"))
}

/// `GET /p/{id}/calendar/{token}.ics` (also reached as `webcal://`): the poll's
/// subscription feed (RFC 5545, `text/calendar`), the meeting's event once finalized,
/// no event otherwise; kept by private caches for five minutes. A wrong, replaced or
/// malformed token is a 404.
pub async fn show_calendar_feed(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let id = poll_id(&path.0)?;
    let token = path
        .1
        .strip_suffix(".ics")
        .and_then(FeedToken::parse)
        .ok_or(AppError::NotFound)?;
    let poll = fetch(&state, move |st| st.feed_poll(&id, &token)).await?;
    let body = state.mailer.feed_calendar(&poll, poll.language);
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/calendar; charset=utf-8"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!(
                "inline; filename=\"{}\"",
                file_name(&poll.title, "calendar", "ics")
            ),
        ))
        .insert_header((header::CACHE_CONTROL, "private, max-age=300"))
        .insert_header((header::REFERRER_POLICY, "no-referrer"))
        .body(body))
}
