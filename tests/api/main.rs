//! Convene's integration tests: one binary, one module per flow.
//!
//! Every test spawns the real application on port 0 with a fresh SQLite file in a
//! temporary folder and a real SMTP server on another free port (see `helpers` and
//! `smtp`). Nothing is mocked.
//!
//! Expected instants and local times are computed by hand in the tests (with the
//! offset reasoning in a comment), never with a time-zone library, so a wrong zone
//! rule in the application cannot hide behind the same wrong rule in the test.

// Tests may panic on purpose: a failed `expect` is a failed test with a message.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod helpers;
mod smtp;
/// Input generators shared with the property tests of `tests/fuzz`.
#[path = "../fuzz/strategies.rs"]
mod strategies;
/// Python venvs with pinned packages (shared with `tests/schemathesis`).
#[path = "../support/venv.rs"]
mod venv;

mod admin_link;
mod caching;
mod core_flow;
mod dates;
mod deliverability;
mod exports;
mod fairness;
mod fairness_api;
mod fixture;
mod grids;
mod injection;
mod input_fuzz;
mod instances;
mod invitations;
mod invitations_api;
mod languages;
mod lifecycle;
mod limits;
mod logs;
mod mail_delivery;
mod migrations;
mod openapi;
mod pages;
mod planner;
mod privacy;
mod query_count;
mod rate_limits;
mod secrets;
mod security;
mod time_zones;
mod validation;
