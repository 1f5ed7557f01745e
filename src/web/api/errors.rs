//! The API's error type, [`ApiError`], and how it is answered: a JSON body with the
//! status, `Cache-Control: no-store`, `Allow` on 405 and `Retry-After` on 429. Errors
//! made by layers that know nothing of the API become the same JSON
//! ([`errors_as_json`]).

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, StatusCode};
use actix_web::middleware::Next;
use actix_web::{HttpResponse, ResponseError};

use super::bodies::{ErrorBody, ErrorCode};
use crate::actions::ActionError;
use crate::db::DbError;
use crate::error::ErrorPageKind;

/// An API error with its JSON body.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// 400: the body is not JSON of the right shape.
    #[error("{0}")]
    Malformed(String),
    /// 400: a field of the body (or a query parameter) the operation does not know (a
    /// typo, say), one it needs that is missing, or one of the wrong type.
    #[error("{message}")]
    BadField {
        /// The field's path in the body (`zones[0].count`), as sent.
        field: String,
        /// What is wrong (with the fields the body may have, for an unknown one).
        message: String,
    },
    /// 404.
    #[error("not found")]
    NotFound,
    /// 405: the path exists but not with this method.
    #[error("method not allowed")]
    MethodNotAllowed {
        /// The path's methods, for the `Allow` header (`GET, PATCH, DELETE`).
        allow: String,
    },
    /// 409.
    #[error("{0}")]
    Conflict(String),
    /// 415: the body is not sent as `application/json`.
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// 422: a field's value is invalid.
    #[error("{message}")]
    Invalid {
        /// The field.
        field: String,
        /// Why.
        message: String,
    },
    /// 413: the body is larger than the limit.
    #[error("the body is larger than {limit_bytes} bytes")]
    TooLarge {
        /// The limit, in bytes ([`crate::web::BODY_LIMIT_BYTES`]).
        limit_bytes: usize,
    },
    /// 429: too many requests of this kind from this client; `Retry-After` says when
    /// to try again.
    #[error("too many requests; retry in {retry_after_secs} s")]
    RateLimited {
        /// Whole seconds to wait (at least 1).
        retry_after_secs: u64,
    },
    /// 503.
    #[error("database unavailable")]
    Unavailable,
    /// 500; the cause is logged, never sent.
    #[error("internal error")]
    Internal(#[source] anyhow::Error),
}

impl From<ActionError> for ApiError {
    fn from(e: ActionError) -> Self {
        match e {
            ActionError::NotFound | ActionError::Db(DbError::NotFound) => ApiError::NotFound,
            ActionError::Conflict(m) => ApiError::Conflict(m.to_string()),
            ActionError::Invalid(errors) => {
                let first = errors.0.into_iter().next();
                ApiError::Invalid {
                    field: first.as_ref().map_or("", |e| e.field).to_owned(),
                    message: first
                        .map_or_else(|| "invalid input".into(), |e| e.message.to_string()),
                }
            }
            ActionError::Db(DbError::Unavailable(_)) => ApiError::Unavailable,
            other => ApiError::Internal(anyhow::Error::new(other)),
        }
    }
}

/// `e` with its invalid fields named as in the body: the actions name the pages' form
/// fields (`grid_from`, `day_start`, `invitees`); `names` maps them to the body's
/// (`grid.from`, `hours.day_start`, `list`).
pub(super) fn body_field_names(e: ActionError, names: &[(&str, &'static str)]) -> ActionError {
    match e {
        ActionError::Invalid(mut errors) => {
            for error in &mut errors.0 {
                if let Some((_, to)) = names.iter().find(|(from, _)| *from == error.field) {
                    error.field = to;
                }
            }
            ActionError::Invalid(errors)
        }
        other => other,
    }
}

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        ApiError::Internal(anyhow::anyhow!("blocking task failed: {e}"))
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::Malformed(_) | ApiError::BadField { .. } => StatusCode::BAD_REQUEST,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Invalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let (error, message, field) = match self {
            ApiError::Malformed(m) => (ErrorCode::Malformed, m.clone(), None),
            ApiError::BadField { field, message } => {
                (ErrorCode::Malformed, message.clone(), Some(field.clone()))
            }
            ApiError::NotFound => (
                ErrorCode::NotFound,
                "No such poll or response, or the token does not match".to_owned(),
                None,
            ),
            ApiError::MethodNotAllowed { allow } => (
                ErrorCode::MethodNotAllowed,
                format!("This path answers only {allow}"),
                None,
            ),
            ApiError::Conflict(m) => (ErrorCode::Conflict, m.clone(), None),
            ApiError::UnsupportedMediaType => (
                ErrorCode::UnsupportedMediaType,
                "Send the body as JSON with Content-Type: application/json".to_owned(),
                None,
            ),
            ApiError::Invalid { field, message } => {
                (ErrorCode::Invalid, message.clone(), Some(field.clone()))
            }
            ApiError::TooLarge { limit_bytes } => (
                ErrorCode::TooLarge,
                format!(
                    "The body is larger than {limit_bytes} bytes ({} KiB), the most Convene accepts",
                    limit_bytes / 1024
                ),
                None,
            ),
            ApiError::RateLimited { retry_after_secs } => (
                ErrorCode::RateLimited,
                format!(
                    "Too many requests of this kind from your address; try again in {retry_after_secs} s"
                ),
                None,
            ),
            ApiError::Unavailable => (
                ErrorCode::Unavailable,
                "The database is unavailable; try again shortly".to_owned(),
                None,
            ),
            ApiError::Internal(e) => {
                let id = uuid::Uuid::new_v4().simple().to_string();
                tracing::error!(request_error_id = %id, error = ?e, "internal error in API");
                (
                    ErrorCode::Internal,
                    format!("Internal error (id {id})"),
                    None,
                )
            }
        };
        let mut response = HttpResponse::build(self.status_code());
        response.insert_header((header::CACHE_CONTROL, "no-store"));
        if let ApiError::MethodNotAllowed { allow } = self {
            response.insert_header((header::ALLOW, allow.as_str()));
        }
        if let ApiError::RateLimited { retry_after_secs } = self {
            response.insert_header((header::RETRY_AFTER, *retry_after_secs));
        }
        response.json(ErrorBody {
            error,
            message,
            field,
        })
    }
}

/// Middleware of the `/api/v1` scope (`middleware::from_fn`): an error page made by a
/// layer that does not know it serves the API (the rate limits' 429) becomes the JSON
/// error of the same status.
///
/// # Errors
/// Whatever the wrapped service returns.
pub async fn errors_as_json(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let res = next.call(req).await?;
    let kind = res.response().extensions().get::<ErrorPageKind>().cloned();
    let error = match kind {
        None => return Ok(res.map_into_boxed_body()),
        Some(ErrorPageKind::RateLimited { retry_after_secs }) => {
            ApiError::RateLimited { retry_after_secs }
        }
        Some(ErrorPageKind::TooLarge { limit_bytes }) => ApiError::TooLarge { limit_bytes },
        Some(ErrorPageKind::NotFound) => ApiError::NotFound,
        Some(ErrorPageKind::Conflict(m)) => ApiError::Conflict(m.to_string()),
        Some(ErrorPageKind::Unavailable) => ApiError::Unavailable,
        Some(ErrorPageKind::Internal(id)) => {
            ApiError::Internal(anyhow::anyhow!("error page {id} under /api"))
        }
        // The cross-site refusal and the form-encoding check leave the API alone (see
        // `security` and `form_encoding`).
        Some(ErrorPageKind::Forbidden | ErrorPageKind::BadEncoding) => {
            return Ok(res.map_into_boxed_body())
        }
    };
    let (request, _) = res.into_parts();
    Ok(ServiceResponse::new(request, error.error_response()))
}
