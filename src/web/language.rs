//! The language of a request, and the middleware that remembers a chosen language and
//! writes error pages in it.
//!
//! Order: `?lang=` (the selector on every page), the `lang` cookie it sets, the
//! `Accept-Language` header, English.

use std::convert::Infallible;
use std::future::{ready, Ready};

use actix_web::body::{BoxBody, MessageBody};
use actix_web::cookie::{time::Duration as CookieDuration, Cookie, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, FromRequest, HttpRequest};

use crate::error::{error_page, ErrorPageKind};
use crate::i18n::Language;

const COOKIE: &str = "lang";

/// A valid `?lang=` of the request, if any.
fn chosen(req: &HttpRequest) -> Option<Language> {
    url::form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| v.parse::<Language>().ok())
}

/// The language to answer `req` in: `?lang=`, else the `lang` cookie, else the best
/// match of `Accept-Language`, else English.
pub fn request_language(req: &HttpRequest) -> Language {
    chosen(req)
        .or_else(|| req.cookie(COOKIE).and_then(|c| c.value().parse().ok()))
        .or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Language::from_accept_language)
        })
        .unwrap_or_default()
}

impl FromRequest for Language {
    type Error = Infallible;
    type Future = Ready<Result<Self, Infallible>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(request_language(req)))
    }
}

/// Middleware (`middleware::from_fn`): remembers a `?lang=` choice in a cookie for a
/// year, writes HTML error pages again in the request's language and with its path in
/// the language selector (handlers' errors are built without the request and carry an
/// [`ErrorPageKind`]), and sets `Content-Language` on HTML answers.
///
/// # Errors
/// Whatever the wrapped service returns.
pub async fn language_layer(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let lang = request_language(req.request());
    let remember = chosen(req.request());
    let secure = req.connection_info().scheme() == "https";
    let res = next.call(req).await?;
    let kind = res.response().extensions().get::<ErrorPageKind>().cloned();
    let mut res = match kind {
        Some(kind) => {
            let (request, _) = res.into_parts();
            let here = if request.method() == actix_web::http::Method::GET {
                request.path().to_owned()
            } else {
                "/".to_owned()
            };
            let page = error_page(&kind, lang, &here);
            ServiceResponse::new(request, page)
        }
        _ => res.map_into_boxed_body(),
    };
    if let Some(l) = remember {
        let cookie = Cookie::build(COOKIE, l.code())
            .path("/")
            .max_age(CookieDuration::days(365))
            .same_site(SameSite::Lax)
            .http_only(true)
            .secure(secure)
            .finish();
        res.response_mut().add_cookie(&cookie)?;
    }
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    if html {
        res.headers_mut().insert(
            header::CONTENT_LANGUAGE,
            HeaderValue::from_static(lang.tag()),
        );
    }
    Ok(res)
}
