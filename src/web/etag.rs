//! Conditional GET (RFC 9110 §8.8.3, §13.1.2): a page or JSON answer that browsers may
//! keep and must revalidate (`Cache-Control: no-cache`) carries a weak `ETag` made from
//! its bytes, and a request whose `If-None-Match` names that tag is answered
//! `304 Not Modified` without a body. Answers that are never stored (`no-store`: secret
//! links, the organizer's views) are left alone.
//!
//! The tag is the 64-bit XXH3 hash of the uncompressed body (16 hex digits): weak,
//! because the compression middleware outside this one may send other bytes for the
//! same content. The page is still rendered to be compared; what a revalidation saves
//! is the transfer and the browser's work.

use actix_web::body::{self, BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, EntityTag, Header, IfNoneMatch, TryIntoHeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{Error, HttpResponse};

/// Whether the answer's `Cache-Control` lets a browser keep it and asks it to revalidate.
fn revalidatable(res: &ServiceResponse<impl MessageBody>) -> bool {
    res.headers()
        .get(header::CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("no-cache") && !v.contains("no-store"))
}

/// The weak tag of `body`.
fn tag_of(body: &[u8]) -> EntityTag {
    EntityTag::new_weak(format!("{:016x}", xxhash_rust::xxh3::xxh3_64(body)))
}

/// Middleware (`middleware::from_fn`): adds the `ETag` and answers `304` to a matching
/// `If-None-Match`, for successful `GET`s whose answer is revalidatable.
///
/// # Errors
/// Those of the inner service, and a body that cannot be read.
pub async fn conditional_get(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let is_get = req.method() == Method::GET;
    let conditional = if req.headers().contains_key(header::IF_NONE_MATCH) {
        IfNoneMatch::parse(req.request()).ok()
    } else {
        None
    };
    let res = next.call(req).await?;
    if !is_get || res.status() != StatusCode::OK || !revalidatable(&res) {
        return Ok(res.map_into_boxed_body());
    }
    let (req, res) = res.into_parts();
    let (mut head, body) = res.into_parts();
    let bytes = match body::to_bytes(body).await {
        Ok(bytes) => bytes,
        Err(e) => {
            // The cause goes to the log only; the answer says nothing of it.
            let e: Box<dyn std::error::Error> = e.into();
            tracing::error!(error = %e, "a page's body could not be read to tag it");
            return Err(actix_web::error::ErrorInternalServerError("internal error"));
        }
    };
    let tag = tag_of(&bytes);
    let matches = match &conditional {
        None => false,
        Some(IfNoneMatch::Any) => true,
        Some(IfNoneMatch::Items(tags)) => tags.iter().any(|t| t.weak_eq(&tag)),
    };
    let value = tag.try_into_value()?;
    head.headers_mut().insert(header::ETAG, value);
    if matches {
        let mut not_modified = HttpResponse::NotModified();
        for (name, value) in head.headers() {
            // RFC 9110 §15.4.5: the 304 carries the validators and the cache headers.
            if name == header::ETAG
                || name == header::CACHE_CONTROL
                || name == header::VARY
                || name == header::CONTENT_LOCATION
                || name == header::EXPIRES
            {
                not_modified.append_header((name.clone(), value.clone()));
            }
        }
        return Ok(ServiceResponse::new(req, not_modified.finish()));
    }
    Ok(ServiceResponse::new(
        req,
        head.set_body(bytes).map_into_boxed_body(),
    ))
}
