//! The web error type for HTML pages: a 404 page for unknown polls and wrong secrets,
//! 503 when the database is unavailable, and a plain 500 page that shows only a request
//! id while the cause goes to the log. Nothing internal reaches the person.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::actions::ActionError;
use crate::db::DbError;

/// An error page.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Unknown poll, response or secret link.
    #[error("not found")]
    NotFound,
    /// The action is not allowed in the poll's state (closed, finalized).
    #[error("{0}")]
    Conflict(String),
    /// The database cannot be reached.
    #[error("database unavailable")]
    Unavailable(#[source] DbError),
    /// Anything else; logged with an id, shown as the id only.
    #[error("internal error")]
    Internal(#[source] anyhow::Error),
}

impl From<ActionError> for AppError {
    fn from(e: ActionError) -> Self {
        match e {
            ActionError::NotFound => AppError::NotFound,
            ActionError::Conflict(m) => AppError::Conflict(m),
            ActionError::Db(DbError::Unavailable(p)) => {
                AppError::Unavailable(DbError::Unavailable(p))
            }
            ActionError::Db(DbError::NotFound) => AppError::NotFound,
            other => AppError::Internal(anyhow::Error::new(other)),
        }
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        AppError::Internal(anyhow::anyhow!("blocking task failed: {e}"))
    }
}

#[derive(Template)]
#[template(path = "errors/error.html")]
struct ErrorPage<'a> {
    status: u16,
    heading: &'a str,
    message: &'a str,
    request_id: Option<&'a str>,
}

/// Renders a plain error page (used by [`AppError`] and the default 404 service).
pub fn error_page(
    status: StatusCode,
    heading: &str,
    message: &str,
    request_id: Option<&str>,
) -> HttpResponse {
    let body = ErrorPage {
        status: status.as_u16(),
        heading,
        message,
        request_id,
    }
    .render()
    .unwrap_or_else(|_| format!("{} {}", status.as_u16(), heading));
    HttpResponse::build(status)
        .insert_header((header::CONTENT_TYPE, "text/html; charset=utf-8"))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body)
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            AppError::NotFound => error_page(
                StatusCode::NOT_FOUND,
                "Page not found",
                "There is no poll at this address, or the link is not complete. Check that you copied the whole link from the message you received.",
                None,
            ),
            AppError::Conflict(m) => error_page(StatusCode::CONFLICT, "Not possible now", m, None),
            AppError::Unavailable(e) => {
                tracing::error!(error = ?e, "database unavailable");
                error_page(StatusCode::SERVICE_UNAVAILABLE, "Temporarily unavailable", "The service cannot reach its database right now. Please try again in a minute.", None)
            }
            AppError::Internal(e) => {
                let id = uuid::Uuid::new_v4().simple().to_string();
                tracing::error!(request_error_id = %id, error = ?e, "internal error");
                error_page(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Something went wrong",
                    "The request could not be completed. Nothing was half-saved. Please try again; if it keeps happening, tell the operator this error id:",
                    Some(&id),
                )
            }
        }
    }
}
