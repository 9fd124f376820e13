//! The store's own tests, through its public API, each on SQLite and on PostgreSQL: one binary,
//! because every test binary costs a link on two cores.
//!
//! `cargo test -p bridges-store --test it` runs the SQLite variants and lists the PostgreSQL ones as
//! ignored; `BRIDGES_TEST_POSTGRES=postgres://… cargo test -p bridges-store --test it -- postgres::
//! --ignored` runs those.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod harness;

mod accounts;
mod audit;
mod directory;
mod erasure;
mod measure;
mod orgs;
mod pairs;
mod programmes;
mod quiet;
mod reading;
mod throttle;
