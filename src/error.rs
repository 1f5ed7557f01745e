//! The web error type for HTML pages: a 404 page for unknown polls and wrong secrets,
//! 503 when the database is unavailable, and a plain 500 page that shows only a request
//! id while the cause goes to the log; the 413 and 429 pages of the abuse limits.
//! Nothing internal reaches the person.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::actions::ActionError;
use crate::db::DbError;
use crate::i18n::{Arg, Language, Message};

/// An error page.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Unknown poll, response or secret link.
    #[error("not found")]
    NotFound,
    /// The action is not allowed in the poll's state (closed, finalized).
    #[error("{0}")]
    Conflict(Message),
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
    lang: Language,
    here: &'a str,
}

/// What an error page says; kept on the response (as an extension) so that the
/// language middleware can write it again in the request's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorPageKind {
    /// 404 for an unknown poll, response or secret link.
    NotFound,
    /// 409 with the action's explanation.
    Conflict(Message),
    /// 403: a form posted from another site (see [`crate::web::security`]).
    Forbidden,
    /// 400: a form whose text is not UTF-8 (see [`crate::web::form_encoding`]).
    BadEncoding,
    /// 503: the database cannot be reached.
    Unavailable,
    /// 500 with the id under which the cause was logged.
    Internal(String),
    /// 413: the request body is larger than Convene accepts.
    TooLarge {
        /// The limit, in bytes ([`crate::web::BODY_LIMIT_BYTES`]).
        limit_bytes: usize,
    },
    /// 429: too many requests of one kind from this client; the answer carries
    /// `Retry-After` with the same number of seconds.
    RateLimited {
        /// Whole seconds until the next request of that kind is accepted (at least 1).
        retry_after_secs: u64,
    },
}

/// Renders an error page in `lang`; `here` is where the page's language selector
/// sends the choice (the request path for a GET, else `/`).
pub fn error_page(kind: &ErrorPageKind, lang: Language, here: &str) -> HttpResponse {
    let (status, heading, message, request_id) = match kind {
        ErrorPageKind::NotFound => (
            StatusCode::NOT_FOUND,
            lang.t("error-not-found-heading"),
            lang.t("error-not-found"),
            None,
        ),
        ErrorPageKind::Conflict(m) => (
            StatusCode::CONFLICT,
            lang.t("error-conflict-heading"),
            m.render(lang),
            None,
        ),
        ErrorPageKind::Forbidden => (
            StatusCode::FORBIDDEN,
            lang.t("error-forbidden-heading"),
            lang.t("error-forbidden"),
            None,
        ),
        ErrorPageKind::BadEncoding => (
            StatusCode::BAD_REQUEST,
            lang.t("error-bad-encoding-heading"),
            lang.t("error-bad-encoding"),
            None,
        ),
        ErrorPageKind::Unavailable => (
            StatusCode::SERVICE_UNAVAILABLE,
            lang.t("error-unavailable-heading"),
            lang.t("error-unavailable"),
            None,
        ),
        ErrorPageKind::Internal(id) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            lang.t("error-internal-heading"),
            lang.t("error-internal"),
            Some(id.as_str()),
        ),
        ErrorPageKind::TooLarge { limit_bytes } => (
            StatusCode::PAYLOAD_TOO_LARGE,
            lang.t("error-too-large-heading"),
            lang.t_args(
                "error-too-large",
                &[(
                    "kib",
                    Arg::Count(i64::try_from(limit_bytes / 1024).unwrap_or(i64::MAX)),
                )],
            ),
            None,
        ),
        ErrorPageKind::RateLimited { retry_after_secs } => (
            StatusCode::TOO_MANY_REQUESTS,
            lang.t("error-rate-limited-heading"),
            lang.t_args(
                "error-rate-limited",
                &[(
                    "count",
                    Arg::Count(i64::try_from(*retry_after_secs).unwrap_or(i64::MAX)),
                )],
            ),
            None,
        ),
    };
    let body = ErrorPage {
        status: status.as_u16(),
        heading: &heading,
        message: &message,
        request_id,
        lang,
        here,
    }
    .render()
    .unwrap_or_else(|_| format!("{} {}", status.as_u16(), heading));
    let mut builder = HttpResponse::build(status);
    builder
        .insert_header((header::CONTENT_TYPE, "text/html; charset=utf-8"))
        .insert_header((header::CACHE_CONTROL, "no-store"));
    if let ErrorPageKind::RateLimited { retry_after_secs } = kind {
        builder.insert_header((header::RETRY_AFTER, *retry_after_secs));
    }
    let mut response = builder.body(body);
    response.extensions_mut().insert(kind.clone());
    response
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

    /// The page in English; the language middleware writes it again in the request's
    /// language.
    fn error_response(&self) -> HttpResponse {
        let kind = match self {
            AppError::NotFound => ErrorPageKind::NotFound,
            AppError::Conflict(m) => ErrorPageKind::Conflict(m.clone()),
            AppError::Unavailable(e) => {
                tracing::error!(error = ?e, "database unavailable");
                ErrorPageKind::Unavailable
            }
            AppError::Internal(e) => {
                let id = uuid::Uuid::new_v4().simple().to_string();
                tracing::error!(request_error_id = %id, error = ?e, "internal error");
                ErrorPageKind::Internal(id)
            }
        };
        error_page(&kind, Language::En, "/")
    }
}
