//! HTML pages (placeholder; being written).
use actix_web::web;

/// Registers the page routes.
pub fn configure(_cfg: &mut web::ServiceConfig) {}
