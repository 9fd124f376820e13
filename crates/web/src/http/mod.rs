//! The plumbing every wing uses: errors and how they are rendered, sessions and credentials, the
//! extractors that hand a handler its organisation and grant, CSRF, cookies, forms, translations,
//! the page layout, security headers, static assets and the API's own documents.
//!
//! Nothing here knows a verb: a wing's pages and API are built from these parts.

pub mod api;
pub mod assets;
pub mod auth;
pub mod authz;
pub mod config;
pub mod cookies;
pub mod csrf;
pub mod dto;
pub mod error;
pub mod forms;
pub mod headers;
pub mod i18n;
pub mod language;
pub mod listing;
pub mod net;
pub mod page;
pub mod render;
pub mod state;
pub mod upload;

use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;

/// The plumbing's own routes: static assets and the language switch.
pub fn router() -> Router<state::AppState> {
    Router::new().route("/lang", post(language::switch)).route("/static/{name}", get(assets::file))
}

/// A 303 to another page of the site (the answer to a form that worked).
pub(crate) fn see_other(location: &str) -> Response {
    axum::response::IntoResponse::into_response(axum::response::Redirect::to(location))
}

/// The response with another status (a form shown again with its problems answers 422).
pub(crate) fn with_status(mut response: Response, status: StatusCode) -> error::AppResult<Response> {
    *response.status_mut() = status;
    Ok(response)
}
