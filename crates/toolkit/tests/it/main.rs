//! The shipped library and search over it: relevance in each language, typo tolerance, facets,
//! fallback, and bad content and queries.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod library;
mod search;
