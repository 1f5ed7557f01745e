//! Request bodies larger than [`BODY_LIMIT_BYTES`]: a 413 page for forms. (The JSON API
//! answers its own 413, `too_large`, from the JSON extractor's settings.)
//!
//! The form handlers read their body with `web::Bytes` under a `PayloadConfig` limit;
//! over it, actix answers 413 with a plain-text body before the handler runs. This
//! middleware puts Convene's page there instead, in the visitor's language (written
//! again by the language middleware, which runs around it).

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::Error;

use super::BODY_LIMIT_BYTES;
use crate::error::{error_page, ErrorPageKind};
use crate::i18n::Language;

/// Middleware (`middleware::from_fn`): a 413 answer outside `/api/` that is not already
/// an error page becomes the "too large" page.
///
/// # Errors
/// Whatever the wrapped service returns.
pub async fn too_large_pages(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let api = req.path().starts_with("/api/");
    let res = next.call(req).await?;
    let plain_413 = res.status() == StatusCode::PAYLOAD_TOO_LARGE
        && res.response().extensions().get::<ErrorPageKind>().is_none();
    if api || !plain_413 {
        return Ok(res.map_into_boxed_body());
    }
    tracing::info!(path = %super::mask_secrets(res.request().path()), "request body too large");
    let (request, _) = res.into_parts();
    let page = error_page(
        &ErrorPageKind::TooLarge {
            limit_bytes: BODY_LIMIT_BYTES,
        },
        Language::En,
        "/",
    );
    Ok(ServiceResponse::new(request, page))
}
