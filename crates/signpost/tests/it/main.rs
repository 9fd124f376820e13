//! The signpost engine's integration tests, one binary for the crate. The official HSDS schemas
//! and examples are read where they are, in `../shared/hsds/`, never copied into the project.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod calendar;
mod hours;
mod hsds;
mod index;
mod json;
mod needs;
mod package;
mod schema;
mod table;
