//! Access logs through `tracing` (with `tracing-actix-web`): each request runs inside a
//! `request` span carrying a request id (a random UUID), the method and the path with
//! every secret masked ([`super::mask_secrets`]); when it ends, one event records the
//! status and the latency in milliseconds. Query strings, headers, bodies and addresses
//! are never logged. The id is also sent back as `X-Request-Id`, so a person reporting a
//! problem can quote it and the operator can find the request's lines.

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage};
use tracing::Span;
use tracing_actix_web::{RequestId, RootSpanBuilder};

/// The header carrying the request id back to the client.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// When the request arrived (kept in the request's extensions).
struct Arrived(Instant);

/// Builds each request's root span: `request{request_id, method, path}`.
pub struct RequestSpan;

impl RootSpanBuilder for RequestSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        request.extensions_mut().insert(Arrived(Instant::now()));
        let request_id = request
            .extensions()
            .get::<RequestId>()
            .map(ToString::to_string)
            .unwrap_or_default();
        tracing::info_span!(
            "request",
            request_id = %request_id,
            method = %request.method(),
            path = %super::mask_secrets(request.path()),
        )
    }

    fn on_request_end<B: MessageBody>(span: Span, outcome: &Result<ServiceResponse<B>, Error>) {
        let (status, arrived) = match outcome {
            Ok(response) => (
                response.status(),
                response
                    .request()
                    .extensions()
                    .get::<Arrived>()
                    .map(|a| a.0),
            ),
            Err(e) => (e.as_response_error().status_code(), None),
        };
        // Milliseconds to the microsecond, which is all a log reader needs.
        let latency_ms =
            arrived.map(|at| (at.elapsed().as_secs_f64() * 1_000_000.0).round() / 1000.0);
        let status = status.as_u16();
        span.in_scope(|| {
            if status >= 500 {
                tracing::error!(status, latency_ms, "request failed");
            } else {
                tracing::info!(status, latency_ms, "request done");
            }
        });
    }
}

/// Middleware (inside the tracing logger) that sends the request id back as
/// `X-Request-Id`.
///
/// # Errors
/// Those of the inner service, unchanged.
pub async fn request_id_header(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let request_id = req.extensions().get::<RequestId>().copied();
    let mut response = next.call(req).await?;
    if let Some(value) = request_id.and_then(|id| HeaderValue::from_str(&id.to_string()).ok()) {
        response
            .headers_mut()
            .insert(HeaderName::from_static(REQUEST_ID_HEADER), value);
    }
    Ok(response)
}
