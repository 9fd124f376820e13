//! The bridges web application: server-rendered pages and the JSON API over one authorisation
//! module, with sessions, CSRF protection, security headers and Fluent translations.
//!
//! Handlers stay thin: read input, ask the policy ([`authz`]), call the store or an engine, render.
//! This crate keeps no state of its own between requests; everything lives in the database, so
//! several processes can serve the same people behind a load balancer.

mod actions;
pub mod api;
mod auth;
mod authz;
pub mod config;
pub mod connect_data;
pub mod connect_round;
pub mod connect_state;
mod cookies;
mod csrf;
mod error;
pub mod explain;
mod forms;
mod headers;
pub mod i18n;
mod learn;
mod net;
mod page;
mod pair_actions;
mod participant_import;
mod person_form;
mod person_rights;
mod plan_data;
mod practice_actions;
mod render;
mod routes;
pub mod spreadsheet;
mod state;

pub use config::Config;
pub use error::AppError;
pub use state::AppState;

use axum::extract::DefaultBodyLimit;
use axum::middleware::from_fn_with_state;
use axum::Router;
use std::net::SocketAddr;
use tokio::net::TcpListener;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

/// The largest request body any endpoint accepts. Forms are far smaller; see `csrf::MAX_FORM_BYTES`.
const MAX_BODY_BYTES: usize = 256 * 1024;

/// The whole application as a router, ready to serve.
pub fn app(state: AppState) -> Router {
    Router::new()
        .merge(routes::router())
        .nest("/api", api::router())
        .layer(axum::middleware::from_fn(render::render_errors))
        .layer(from_fn_with_state(state.clone(), auth::authenticate))
        .layer(from_fn_with_state(state.clone(), csrf::protect))
        .layer(axum::middleware::from_fn(render::render_errors))
        .layer(from_fn_with_state(state.clone(), headers::security_headers))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(TraceLayer::new_for_http().make_span_with(|request: &axum::http::Request<_>| {
            let route = redact_path(request.uri().path());
            let id = request.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-").to_string();
            tracing::info_span!("request", method = %request.method(), route, id)
        }))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .with_state(state)
}

/// A bound server: the address it listens on, and the future that serves until `shutdown` fires.
pub struct Server {
    pub addr: SocketAddr,
    listener: TcpListener,
    router: Router,
}

impl Server {
    pub async fn bind(state: AppState) -> std::io::Result<Self> {
        let listener = TcpListener::bind(state.config().listen).await?;
        let addr = listener.local_addr()?;
        Ok(Self { addr, listener, router: app(state) })
    }

    pub async fn serve(self, shutdown: impl std::future::Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
        axum::serve(self.listener, self.router.into_make_service_with_connect_info::<SocketAddr>())
            .with_graceful_shutdown(shutdown)
            .await
    }
}

/// A path fit for a log: long segments (tokens in setup and invitation links, ids) become `…`, and
/// the query string is never included.
fn redact_path(path: &str) -> String {
    path.split('/').map(|seg| if seg.len() > 24 { "…" } else { seg }).collect::<Vec<_>>().join("/")
}
