//! HTTP: one route table, HTML pages ([`pages`]), the JSON API ([`api`]), static files.

pub mod api;
pub mod pages;

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::http::StatusCode;
use actix_web::middleware::{self, DefaultHeaders};
use actix_web::{web, App, HttpResponse, HttpServer};

use crate::actions::AppState;
use crate::error::error_page;

/// Largest request body accepted, in bytes (forms and JSON).
pub const BODY_LIMIT_BYTES: usize = 256 * 1024;

/// Registers every route: pages, API, static files, health check.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(healthz))
        .service(web::scope("/api/v1").configure(api::configure))
        .service(
            actix_files::Files::new("/static", concat!(env!("CARGO_MANIFEST_DIR"), "/static"))
                .prefer_utf8(true),
        )
        .configure(pages::configure);
}

/// Builds the HTTP server on `listener`.
///
/// # Errors
/// The server cannot be started on the listener.
pub fn server(listener: TcpListener, state: AppState) -> std::io::Result<Server> {
    let data = web::Data::new(state);
    Ok(HttpServer::new(move || {
        App::new()
            .app_data(data.clone())
            .app_data(web::FormConfig::default().limit(BODY_LIMIT_BYTES))
            .app_data(web::PayloadConfig::new(BODY_LIMIT_BYTES))
            .app_data(api::json_config())
            .wrap(middleware::Compress::default())
            .wrap(
                DefaultHeaders::new()
                    .add(("X-Content-Type-Options", "nosniff"))
                    .add(("X-Frame-Options", "DENY")),
            )
            .wrap(
                middleware::Logger::new("%{path}xi %s %b %Dms")
                    .custom_request_replace("path", |req| {
                        format!("{} {}", req.method(), mask_secrets(req.path()))
                    }),
            )
            .configure(routes)
            .default_service(web::to(not_found))
    })
    .listen(listener)?
    .run())
}

/// A request path with every secret token replaced by `[secret]`, for logs.
pub fn mask_secrets(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if crate::domain::SecretToken::parse(segment).is_some() {
                "[secret]"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

async fn not_found() -> HttpResponse {
    error_page(
        StatusCode::NOT_FOUND,
        "Page not found",
        "There is nothing at this address. Check that you copied the whole link.",
        None,
    )
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
