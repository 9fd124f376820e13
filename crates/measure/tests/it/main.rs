//! The measure engine's integration tests, one binary for the crate.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod xlsform;
