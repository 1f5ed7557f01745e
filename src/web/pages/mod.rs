//! The server-rendered HTML pages: create a poll, vote, edit an answer, comment, and the
//! organizer's admin page. Everything works without JavaScript; `static/convene.js` only
//! detects the browser's zone, adds and removes slot rows, and copies links.
//!
//! Handlers read forms as raw strings ([`forms`]), call [`AppState`] inside
//! `web::block`, and render page structs that carry display-ready text ([`view`]).
//! Invalid input re-renders the same page with status 422 and the typed values; unknown
//! ids and wrong secrets are 404 ([`AppError::NotFound`]).

mod admin;
mod create;
mod exports;
mod fairness;
mod forms;
mod grid;
mod invitees;
mod keep;
mod planner;
mod view;
mod vote;

use actix_web::cookie::{time::Duration as CookieDuration, Cookie, SameSite};
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use crate::actions::{ActionError, AppState};
use crate::domain::{FieldErrors, PollId, SecretToken, TimeZoneId};
use crate::error::AppError;
use crate::i18n::Language;
use crate::web::language::request_language;
use crate::web::rate_limit::{Category, RateLimits};

use view::ZonePicker;

/// Registers the page routes; creating polls, answering and commenting behind their
/// rate `limits`.
pub fn configure(cfg: &mut web::ServiceConfig, limits: &RateLimits) {
    cfg.route("/", web::get().to(create::new_poll))
        .service(
            web::resource("/planner")
                .route(web::get().to(planner::show_planner))
                .wrap(limits.limiter(Category::Planner)),
        )
        .service(
            web::resource("/polls")
                .route(web::post().to(create::create_poll))
                // Reloading the address after a refused form lands on the form again.
                .route(web::get().to(|| async { see_other("/") }))
                .wrap(limits.limiter(Category::Polls)),
        )
        // "Add 5 more slot rows" (the no-script path) saves nothing, so it does not
        // count against the quota of polls created.
        .route("/polls/rows", web::post().to(create::add_slot_rows))
        .route("/p/{id}", web::get().to(vote::show_poll))
        .service(
            web::resource("/p/{id}/responses")
                .route(web::post().to(vote::submit_response))
                .wrap(limits.limiter(Category::Answers)),
        )
        .service(
            web::resource("/p/{id}/comments")
                .route(web::post().to(vote::add_comment))
                .wrap(limits.limiter(Category::Comments)),
        )
        .route("/p/{id}/event.ics", web::get().to(vote::download_event))
        .route(
            "/p/{id}/calendar/{feed}",
            web::get().to(exports::show_calendar_feed),
        )
        .route(
            "/p/{id}/admin/{token}/answers.csv",
            web::get().to(exports::download_answers),
        )
        .route(
            "/p/{id}/admin/{token}/participants",
            web::get().to(exports::show_participants),
        )
        .route(
            "/p/{id}/admin/{token}/participants.txt",
            web::get().to(exports::download_participants),
        )
        .route(
            "/p/{id}/admin/{token}/calendar-feed",
            web::post().to(exports::replace_calendar_feed),
        )
        .service(
            web::resource("/p/{id}/r/{token}")
                .route(web::get().to(vote::show_response))
                .route(web::post().to(vote::update_response))
                .wrap(limits.limiter(Category::Answers)),
        )
        .route(
            "/p/{id}/r/{token}/delete",
            web::post().to(vote::delete_own_response),
        )
        .service(
            web::resource("/p/{id}/i/{token}")
                .route(web::get().to(vote::show_invitation))
                .route(web::post().to(vote::answer_invitation))
                .wrap(limits.limiter(Category::Answers)),
        )
        .route("/p/{id}/admin/{token}", web::get().to(admin::show_admin))
        .service(
            web::resource("/p/{id}/keep/{token}")
                .route(web::get().to(keep::show_keep))
                .route(web::post().to(keep::keep_poll)),
        )
        .route(
            "/p/{id}/admin/{token}/keep",
            web::post().to(keep::keep_from_admin),
        )
        .route(
            "/p/{id}/admin/{token}/settings",
            web::post().to(admin::update_settings),
        )
        .route(
            "/p/{id}/admin/{token}/slots",
            web::post().to(admin::add_slots),
        )
        .route(
            "/p/{id}/admin/{token}/slots/{slot_id}/delete",
            web::post().to(admin::delete_slot),
        )
        .route(
            "/p/{id}/admin/{token}/responses/{response_id}/delete",
            web::post().to(admin::delete_response),
        )
        .route(
            "/p/{id}/admin/{token}/mail/retry",
            web::post().to(admin::retry_mail),
        )
        .route(
            "/p/{id}/admin/{token}/close",
            web::post().to(admin::close_poll),
        )
        .route(
            "/p/{id}/admin/{token}/reopen",
            web::post().to(admin::reopen_poll),
        )
        .route(
            "/p/{id}/admin/{token}/finalize",
            web::post().to(admin::finalize_poll),
        )
        .route(
            "/p/{id}/admin/{token}/admin-link",
            web::post().to(admin::replace_admin_link),
        )
        .route(
            "/p/{id}/admin/{token}/delete",
            web::post().to(admin::delete_poll),
        )
        .service(
            web::resource("/p/{id}/admin/{token}/invitees")
                .route(web::post().to(invitees::add_invitees))
                .wrap(limits.limiter(Category::Invitations)),
        )
        .service(
            web::resource("/p/{id}/admin/{token}/invitees/send")
                .route(web::post().to(invitees::send_invitations))
                .wrap(limits.limiter(Category::Invitations)),
        )
        .service(
            web::resource("/p/{id}/admin/{token}/remind")
                .route(web::post().to(invitees::remind))
                .wrap(limits.limiter(Category::Invitations)),
        )
        .route(
            "/p/{id}/admin/{token}/invitees/{invitee_id}/delete",
            web::post().to(invitees::remove_invitee),
        )
        .route(
            "/p/{id}/admin/{token}/invitees/{invitee_id}/required",
            web::post().to(invitees::set_required),
        )
        .service(
            web::resource("/p/{id}/admin/{token}/planner")
                .route(web::get().to(planner::show_poll_planner))
                .wrap(limits.limiter(Category::Planner)),
        )
        .route(
            "/p/{id}/admin/{token}/hours",
            web::post().to(admin::set_hours),
        )
        .route(
            "/p/{id}/admin/{token}/notifications",
            web::post().to(invitees::set_notifications),
        )
        .service(
            web::resource("/p/{id}/admin/{token}/duplicate")
                .route(web::post().to(invitees::duplicate_poll))
                .wrap(limits.limiter(Category::Polls)),
        );
}

/// A poll id from the path; a malformed one is a 404 like an unknown one.
fn poll_id(raw: &str) -> Result<PollId, AppError> {
    PollId::parse(raw).ok_or(AppError::NotFound)
}

/// A secret token from the path; a malformed one is a 404 like a wrong one.
fn secret(raw: &str) -> Result<SecretToken, AppError> {
    SecretToken::parse(raw).ok_or(AppError::NotFound)
}

/// Runs an action on a blocking thread. The outer error is an error page; the inner one
/// is invalid input, for re-rendering the form with status 422.
async fn act<T, F>(state: &web::Data<AppState>, f: F) -> Result<Result<T, FieldErrors>, AppError>
where
    T: Send + 'static,
    F: FnOnce(&AppState) -> Result<T, ActionError> + Send + 'static,
{
    let st = state.clone();
    match web::block(move || f(&st)).await? {
        Ok(v) => Ok(Ok(v)),
        Err(ActionError::Invalid(e)) => Ok(Err(e)),
        Err(e) => Err(e.into()),
    }
}

/// Like [`act`] for actions that take no input (a field error there is a bug).
async fn fetch<T, F>(state: &web::Data<AppState>, f: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce(&AppState) -> Result<T, ActionError> + Send + 'static,
{
    act(state, f)
        .await?
        .map_err(|e| AppError::Internal(anyhow::Error::new(e)))
}

/// How a page is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Privacy {
    /// A public page.
    Public,
    /// Reached through a secret link: no referrer, never stored by caches.
    Secret,
}

/// Renders a page with its status, headers and an optional cookie.
fn render(
    status: StatusCode,
    page: &impl Template,
    privacy: Privacy,
    cookie: Option<Cookie<'static>>,
) -> Result<HttpResponse, AppError> {
    let body = page
        .render()
        .map_err(|e| AppError::Internal(anyhow::Error::new(e)))?;
    let mut b = HttpResponse::build(status);
    b.insert_header((header::CONTENT_TYPE, "text/html; charset=utf-8"));
    match privacy {
        Privacy::Secret => {
            b.insert_header((header::REFERRER_POLICY, "no-referrer"));
            b.insert_header((header::CACHE_CONTROL, "no-store"));
        }
        Privacy::Public => {
            b.insert_header((header::CACHE_CONTROL, "no-cache"));
            b.insert_header((header::VARY, "Cookie, Accept-Language"));
        }
    }
    if let Some(c) = cookie {
        b.cookie(c);
    }
    Ok(b.body(body))
}

/// `303 See Other` to `location`.
fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .finish()
}

/// A query parameter, decoded.
fn query_param(req: &HttpRequest, name: &str) -> Option<String> {
    url::form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// The zone a page shows times in: a valid `?tz=` (remembered in a cookie for a year),
/// else the `tz` cookie, else `fallback`.
struct ViewerZone {
    zone: TimeZoneId,
    /// The viewer's language (see [`crate::web::language`]), read with the zone.
    lang: Language,
    picker: ZonePicker,
    cookie: Option<Cookie<'static>>,
}

/// The zone of a respondent's personal page: `?tz=` when they pick one, else the zone
/// they answered in. Neither the viewer cookie (perhaps set by a browser guess on the
/// public page) nor the script's guess overrides what they told us.
fn respondent_zone(req: &HttpRequest, state: &AppState, own: TimeZoneId) -> ViewerZone {
    let mut zone = viewer_zone(req, state, own);
    if query_param(req, "tz").is_none_or(|t| t.trim().is_empty()) {
        zone.zone = own;
        zone.picker.current = own.name().to_owned();
        zone.picker.value = own.name().to_owned();
    }
    zone.picker.auto = false;
    zone
}

fn viewer_zone(req: &HttpRequest, state: &AppState, fallback: TimeZoneId) -> ViewerZone {
    let query = query_param(req, "tz").filter(|t| !t.trim().is_empty());
    let cookie_zone = req
        .cookie("tz")
        .and_then(|c| c.value().parse::<TimeZoneId>().ok());
    let mut error = None;
    let mut cookie = None;
    let from_query = match &query {
        Some(t) => match t.parse::<TimeZoneId>() {
            Ok(z) => {
                cookie = Some(
                    Cookie::build("tz", z.name().to_owned())
                        .path("/")
                        .max_age(CookieDuration::days(365))
                        .same_site(SameSite::Lax)
                        .http_only(true)
                        .secure(state.base_url().scheme() == "https")
                        .finish(),
                );
                Some(z)
            }
            Err(e) => {
                error = Some(e.to_string());
                None
            }
        },
        None => None,
    };
    let zone = from_query.or(cookie_zone).unwrap_or(fallback);
    ViewerZone {
        zone,
        lang: request_language(req),
        picker: ZonePicker {
            current: zone.name().to_owned(),
            value: match (&error, &query) {
                (Some(_), Some(typed)) => typed.clone(),
                _ => zone.name().to_owned(),
            },
            auto: query.is_none() && cookie_zone.is_none(),
            error,
        },
        cookie,
    }
}
