//! Convene: meeting-scheduling polls that get time zones right.
//!
//! Layers, data flowing one way: [`web`] (HTTP) → [`domain`] (pure rules) → [`db`]
//! (diesel, SQLite or PostgreSQL), with [`mail`] (outbox → worker → SMTP or `.eml` folder).

pub mod actions;
pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod exports;
pub mod i18n;
pub mod mail;
pub mod startup;
pub mod web;
