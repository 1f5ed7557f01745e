//! Form posts whose text is not UTF-8 are refused (400), never read with replacement
//! characters: a name sent as the bytes `FF FE` would otherwise be saved as `��`.
//! (The JSON API refuses such bodies already: JSON is UTF-8.)

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method};
use actix_web::middleware::Next;
use actix_web::{web, Error};

use crate::error::{error_page, ErrorPageKind};
use crate::i18n::Language;

/// Whether every name and value of an `application/x-www-form-urlencoded` body
/// (WHATWG URL §5.1: `+` is a space, `%XX` a byte) decodes to UTF-8.
pub fn form_is_utf8(body: &[u8]) -> bool {
    body.split(|b| *b == b'&').all(|pair| {
        pair.split(|b| *b == b'=').all(|part| {
            let spaced: Vec<u8> = part
                .iter()
                .map(|b| if *b == b'+' { b' ' } else { *b })
                .collect();
            let bytes: Vec<u8> = percent_encoding::percent_decode(&spaced).collect();
            std::str::from_utf8(&bytes).is_ok()
        })
    })
}

/// Middleware (`middleware::from_fn`): reads a page form's body, answers 400 (a page,
/// written again in the visitor's language by the language middleware) when it is not
/// UTF-8, and otherwise hands the same bytes on to the handler. A body over the size
/// limit is left to the handler's extractor, which answers 413.
///
/// # Errors
/// Whatever the wrapped service returns.
pub async fn refuse_non_utf8_forms(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let is_form = req.method() == Method::POST
        && !req.path().starts_with("/api/")
        && req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
    if is_form {
        match req.extract::<web::Bytes>().await {
            Ok(body) if !form_is_utf8(&body) => {
                tracing::info!(path = %super::mask_secrets(req.path()), "form not in UTF-8 refused");
                let page = error_page(&ErrorPageKind::BadEncoding, Language::En, "/");
                return Ok(req.into_response(page));
            }
            Ok(body) => req.set_payload(Payload::from(body)),
            Err(e) => return Ok(req.error_response(e)),
        }
    }
    Ok(next.call(req).await?.map_into_boxed_body())
}

#[cfg(test)]
mod tests {
    use super::form_is_utf8;

    #[test]
    fn forms_are_utf8_only_when_every_decoded_part_is() {
        assert!(form_is_utf8(b"name=Zo%C3%AB+%C3%87elik&timezone=UTC"));
        assert!(form_is_utf8("name=Zoë".as_bytes()));
        assert!(form_is_utf8(b""));
        assert!(form_is_utf8(b"a=%25ff"), "an escaped percent sign is text");
        assert!(!form_is_utf8(b"name=%ff%fe&timezone=UTC"));
        assert!(!form_is_utf8(b"name=\xff\xfe"));
        assert!(!form_is_utf8(b"%C3=x"), "half a character in a name");
    }
}
