//! Response headers that limit what a page may do, and the refusal of form posts sent
//! from other sites (cross-site request forgery).
//!
//! Every state-changing form of Convene posts to its own origin. A browser says where a
//! request comes from in `Sec-Fetch-Site` (Fetch Metadata) and, for posts, in `Origin`
//! (RFC 6454): a form post whose `Sec-Fetch-Site` is not `same-origin` (or `none`, typed
//! by the person), or, from a browser without Fetch Metadata, whose `Origin` names
//! another site, is refused with 403 and changes nothing. Requests with neither (scripts,
//! very old browsers) pass: current browsers send `Sec-Fetch-Site` with every request. The JSON API is
//! not covered here: it takes only `application/json` bodies, which a cross-site form
//! cannot send, and organizer actions need a bearer token.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method};
use actix_web::middleware::{DefaultHeaders, Next};
use actix_web::Error;

use crate::error::{error_page, ErrorPageKind};
use crate::i18n::Language;

/// `Content-Security-Policy` of every answer: scripts, styles and images only from
/// Convene itself (no inline script or style anywhere), forms only to Convene, never
/// framed, no `<base>` tricks.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
     style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; \
     frame-ancestors 'none'; base-uri 'none'";

/// The headers added to every answer that does not set its own: the CSP above,
/// `X-Content-Type-Options: nosniff`, `X-Frame-Options: DENY` (for browsers without CSP
/// level 2) and `Referrer-Policy: same-origin` (secret pages send `no-referrer`).
pub fn default_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add((header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
        .add((header::REFERRER_POLICY, "same-origin"))
}

/// Whether a state-changing request to the pages comes from another site.
fn cross_site(req: &ServiceRequest) -> bool {
    let changes = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !changes || req.path().starts_with("/api/") {
        return false;
    }
    let headers = req.headers();
    // Fetch Metadata, where the browser sends it, decides.
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    // Else the Origin. A page sent with `Referrer-Policy: no-referrer` (the secret
    // pages) posts its forms with `Origin: null`, which therefore says nothing; no
    // Origin at all is a script or an old browser. Any other value must name this very
    // host and port: one that cannot be read as an origin (`http://host:8080evil`) is
    // another site's.
    let Some(origin) = headers.get(header::ORIGIN) else {
        return false;
    };
    match origin.to_str() {
        Ok("null") => false,
        Ok(origin) => origin_host(origin)
            .is_none_or(|host| host != req.connection_info().host().to_ascii_lowercase()),
        Err(_) => true,
    }
}

/// `host[:port]` of an `Origin` value (`https://convene.example.org` →
/// `convene.example.org`); `None` for `null` or anything that is not an origin.
fn origin_host(origin: &str) -> Option<String> {
    let url = url::Url::parse(origin).ok()?;
    let host = url.host_str()?.to_ascii_lowercase();
    Some(match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host,
    })
}

/// Middleware (`middleware::from_fn`): refuses form posts from other sites with a 403
/// page (written again in the visitor's language by the language middleware).
///
/// # Errors
/// Whatever the wrapped service returns.
pub async fn refuse_cross_site_forms(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    if cross_site(&req) {
        tracing::warn!(path = %crate::web::mask_secrets(req.path()), "cross-site form post refused");
        let page = error_page(&ErrorPageKind::Forbidden, Language::En, "/");
        return Ok(req.into_response(page));
    }
    Ok(next.call(req).await?.map_into_boxed_body())
}

#[cfg(test)]
mod tests {
    use super::origin_host;

    #[test]
    fn origins_reduce_to_host_and_explicit_port() {
        assert_eq!(
            origin_host("https://Convene.example.org").as_deref(),
            Some("convene.example.org")
        );
        assert_eq!(
            origin_host("http://127.0.0.1:8080").as_deref(),
            Some("127.0.0.1:8080")
        );
        assert_eq!(origin_host("null"), None);
        assert_eq!(origin_host("not an origin"), None);
    }
}
