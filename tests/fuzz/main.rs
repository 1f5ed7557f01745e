//! Property-based fuzzing of everything that reads outside input or writes text for other
//! programs: the slot and local-time parser, zone names, text fields, ids and tokens, the
//! secret masking of logged paths, the `.ics` writer and the mail writer.
//!
//! Each property runs a fixed number of random cases inside `cargo test` (256 by default;
//! `PROPTEST_CASES=10000 cargo test --test fuzz` runs more). When a property fails,
//! proptest shrinks the input to a small one and records its seed in
//! `tests/proptest-regressions/<module>.txt`; those files are committed, and every later
//! run tries their cases first, so each failure found stays a regression test.
//!
//! The oracles are independent of the code under test where one exists: chrono-tz's own
//! `from_local_datetime` for local times, the `icalendar` parser for calendar files,
//! `mail-parser` for messages, lettre's address check for addresses.

// Tests may panic on purpose: a failed `expect` is a failed test with a message.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod strategies;

mod ics;
mod ids;
mod logs;
mod mail;
mod text;
mod time;
