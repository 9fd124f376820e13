//! Integration tests: the real server on a random port, driven over HTTP (and through Chromium in
//! `browser`). Every test in `on_both_backends!` runs on SQLite and, when `BRIDGES_TEST_POSTGRES`
//! names a PostgreSQL server, again on PostgreSQL in a database of its own.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod harness;

mod api;
mod auth;
mod browser;
mod connect;
mod driver;
mod learn;
mod measure;
mod measure_import;
mod members;
mod plan;
mod practices;
mod projects;
mod reach;
mod signpost;
mod surveys;
mod tell;
mod trust;
