//! HTTP: one route table, HTML pages ([`pages`]), the JSON API ([`api`]) and its OpenAPI
//! description ([`openapi`]), static files.

pub mod api;
pub mod assets;
pub mod body_limit;
pub mod etag;
pub mod form_encoding;
pub mod language;
pub mod logging;
pub mod openapi;
pub mod pages;
pub mod rate_limit;
pub mod security;

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::middleware;
use actix_web::{web, App, HttpResponse, HttpServer};

use crate::actions::AppState;
use crate::error::{error_page, ErrorPageKind};
use rate_limit::RateLimits;

/// Largest request body accepted, in bytes (forms and JSON); larger ones are answered
/// 413 ([`body_limit`], and `too_large` in the API).
pub const BODY_LIMIT_BYTES: usize = 256 * 1024;

/// Registers every route: pages, API, static files, health check; the writing routes
/// behind their rate `limits`.
pub fn routes(cfg: &mut web::ServiceConfig, limits: &RateLimits) {
    cfg.route("/healthz", web::get().to(healthz))
        .route("/api/openapi.json", web::get().to(openapi::openapi_json))
        .service(
            web::scope("/api/v1")
                .configure(|c| api::configure(c, limits))
                .default_service(web::to(api::not_found))
                .wrap(middleware::from_fn(api::errors_as_json))
                // API answers carry tokens, addresses or live tallies: never kept by a
                // cache unless a handler says otherwise.
                .wrap(middleware::DefaultHeaders::new().add(("Cache-Control", "no-store"))),
        )
        .route("/static/{file}", web::get().to(assets::static_file))
        .route("/favicon.ico", web::get().to(favicon))
        .configure(|c| pages::configure(c, limits));
}

/// Builds the HTTP server on `listener`, with `limits` shared by all its workers.
///
/// # Errors
/// The server cannot be started on the listener.
pub fn server(
    listener: TcpListener,
    state: AppState,
    limits: RateLimits,
) -> std::io::Result<Server> {
    let data = web::Data::new(state);
    Ok(HttpServer::new(move || {
        App::new()
            .app_data(data.clone())
            .app_data(web::FormConfig::default().limit(BODY_LIMIT_BYTES))
            .app_data(web::PayloadConfig::new(BODY_LIMIT_BYTES))
            .app_data(api::json_config())
            .wrap(middleware::from_fn(form_encoding::refuse_non_utf8_forms))
            .wrap(middleware::from_fn(body_limit::too_large_pages))
            .wrap(middleware::from_fn(security::refuse_cross_site_forms))
            .wrap(middleware::from_fn(language::language_layer))
            // Inside compression: tags are made from the uncompressed body.
            .wrap(middleware::from_fn(etag::conditional_get))
            .wrap(middleware::Compress::default())
            // `/p/abc/` is `/p/abc`: links pasted with a trailing slash still work.
            .wrap(middleware::NormalizePath::trim())
            .wrap(security::default_headers())
            .wrap(middleware::from_fn(head_as_get))
            .wrap(middleware::from_fn(logging::request_id_header))
            .wrap(tracing_actix_web::TracingLogger::<logging::RequestSpan>::new())
            .configure(|c| routes(c, &limits))
            .default_service(web::to(not_found))
    })
    .listen(listener)?
    .run())
}

/// A request path with every secret replaced by `[secret]`, for logs: the segment after
/// `admin`, `r`, `i`, `calendar` or `keep` (whatever it looks like: a link pasted with a trailing `.` or `)` is still
/// a secret), and any segment holding a token-shaped run. Segments are judged as the
/// router reads them, percent-decoded (`ad%6Din` is `admin`, `%5F` is `_`), and logged
/// as they came, or masked.
pub fn mask_secrets(path: &str) -> String {
    let mut previous = String::new();
    path.split('/')
        .map(|segment| {
            let decoded = percent_encoding::percent_decode_str(segment).decode_utf8_lossy();
            let secret_position =
                matches!(previous.as_str(), "admin" | "r" | "i" | "calendar" | "keep");
            let token_like = decoded
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .any(|run| run.len() >= 32);
            previous = decoded.into_owned();
            if (secret_position && !segment.is_empty()) || token_like {
                "[secret]"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Middleware: a `HEAD` request is answered as the `GET` of the same address (RFC 9110
/// §9.3.2), so monitors and link checkers see what browsers see; actix-http leaves the
/// body out of the answer to a `HEAD` request and keeps its headers.
///
/// # Errors
/// Those of the inner service, unchanged.
async fn head_as_get(
    mut req: actix_web::dev::ServiceRequest,
    next: middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    if req.method() == actix_web::http::Method::HEAD {
        req.head_mut().method = actix_web::http::Method::GET;
    }
    next.call(req).await
}

/// `GET /favicon.ico`: browsers ask for it whatever the page says; send them the icon.
async fn favicon() -> HttpResponse {
    HttpResponse::MovedPermanently()
        .insert_header(("Location", assets::url("favicon.svg")))
        .finish()
}

async fn not_found() -> HttpResponse {
    error_page(&ErrorPageKind::NotFound, crate::i18n::Language::En, "/")
}

/// `GET /healthz`: 200 when the database answers, else 503.
async fn healthz(state: web::Data<AppState>) -> HttpResponse {
    let pool = state.pool.clone();
    match web::block(move || crate::db::ping(&pool)).await {
        Ok(Ok(())) => HttpResponse::Ok().content_type("text/plain").body("ok"),
        _ => HttpResponse::ServiceUnavailable()
            .content_type("text/plain")
            .body("database unavailable"),
    }
}

#[cfg(test)]
mod tests {
    use super::mask_secrets;

    #[test]
    fn secrets_never_reach_the_log_even_with_punctuation_around_them() {
        let token = "s9cIYTvnNgkz6bOS9qVHGX_Xk6pCtL1ZKL8es88Ix4w";
        for (path, expected) in [
            (
                format!("/p/QEhRwOzVvR4I/admin/{token}"),
                "/p/QEhRwOzVvR4I/admin/[secret]",
            ),
            (
                format!("/p/QEhRwOzVvR4I/admin/{token}."),
                "/p/QEhRwOzVvR4I/admin/[secret]",
            ),
            (
                format!("/p/QEhRwOzVvR4I/admin/{token}%3E/close"),
                "/p/QEhRwOzVvR4I/admin/[secret]/close",
            ),
            (
                format!("/p/QEhRwOzVvR4I/r/{token})"),
                "/p/QEhRwOzVvR4I/r/[secret]",
            ),
            (
                format!("/p/QEhRwOzVvR4I/r/x{token}/delete"),
                "/p/QEhRwOzVvR4I/r/[secret]/delete",
            ),
            (format!("/somewhere/{token}"), "/somewhere/[secret]"),
            // Written with escapes, as the router still reads them.
            (
                format!(
                    "/p/QEhRwOzVvR4I/ad%6Din/{}%5F{}",
                    &token[..20],
                    &token[21..]
                ),
                "/p/QEhRwOzVvR4I/ad%6Din/[secret]",
            ),
            (
                format!(
                    "/p/QEhRwOzVvR4I/%72/{}%2D{}/delete",
                    &token[..16],
                    &token[17..]
                ),
                "/p/QEhRwOzVvR4I/%72/[secret]/delete",
            ),
            (
                format!("/p/QEhRwOzVvR4I/i/{token}"),
                "/p/QEhRwOzVvR4I/i/[secret]",
            ),
            (
                "/p/QEhRwOzVvR4I/i/short".to_owned(),
                "/p/QEhRwOzVvR4I/i/[secret]",
            ),
            (
                format!("/p/QEhRwOzVvR4I/calendar/{token}.ics"),
                "/p/QEhRwOzVvR4I/calendar/[secret]",
            ),
            (
                format!("/p/QEhRwOzVvR4I/keep/{token}"),
                "/p/QEhRwOzVvR4I/keep/[secret]",
            ),
            ("/p/QEhRwOzVvR4I".to_owned(), "/p/QEhRwOzVvR4I"),
            (
                "/api/v1/polls/QEhRwOzVvR4I/responses".to_owned(),
                "/api/v1/polls/QEhRwOzVvR4I/responses",
            ),
        ] {
            assert_eq!(mask_secrets(&path), expected);
        }
    }
}
