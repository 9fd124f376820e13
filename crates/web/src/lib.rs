//! The bridges web application: server-rendered pages and the JSON API over one authorisation
//! module, with sessions, CSRF protection, security headers and Fluent translations.
//!
//! The crate is laid out by verb: [`http`] holds the plumbing every wing uses, and each wing
//! ([`org`], [`learn`], [`plan`], [`connect`]) holds its pages, its API and its router; the
//! application is the merge of the wings' routers. Handlers stay thin: read input, receive the
//! grant from an extractor ([`http::authz`]), call the store or an engine, render.
//! This crate keeps no state of its own between requests; everything lives in the database, so
//! several processes can serve the same people behind a load balancer.

pub mod connect;
pub mod http;
pub mod learn;
pub mod measure;
pub mod org;
pub mod plan;
pub mod signpost;
pub mod tell;

pub use http::config::{self, Config};
pub use http::error::AppError;
pub use http::i18n;
pub use http::state::AppState;

use axum::extract::DefaultBodyLimit;
use axum::middleware::from_fn_with_state;
use axum::Router;
use std::net::SocketAddr;
use tokio::net::TcpListener;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

/// The largest request body any endpoint accepts. Forms are far smaller; see `http::csrf::MAX_FORM_BYTES`.
const MAX_BODY_BYTES: usize = 256 * 1024;

/// One verb's part of the application: its pages, its API (served under `/api`) and the API's
/// document of it.
pub struct Wing {
    pub pages: Router<AppState>,
    pub api: Router<AppState>,
    pub doc: utoipa::openapi::OpenApi,
}

/// The wings, one per verb. Adding a verb is adding its folder and one line here.
fn wings() -> Vec<Wing> {
    vec![org::wing(), learn::wing(), plan::wing(), connect::wing(), measure::wing(), tell::wing(), signpost::wing()]
}

/// The OpenAPI document of the whole API.
pub fn api_document() -> utoipa::openapi::OpenApi {
    http::api::document(wings().into_iter().map(|w| w.doc))
}

/// The whole application as a router, ready to serve: the wings' routers merged, with the
/// plumbing's routes and layers around them.
pub fn app(state: AppState) -> Router {
    let (mut pages, mut api, mut docs) = (http::router(), Router::new(), Vec::new());
    for wing in wings() {
        pages = pages.merge(wing.pages);
        api = api.merge(wing.api);
        docs.push(wing.doc);
    }
    pages
        .nest("/api", http::api::router(api, http::api::document(docs)))
        .layer(axum::middleware::from_fn(http::render::render_errors))
        .layer(from_fn_with_state(state.clone(), http::auth::authenticate))
        .layer(from_fn_with_state(state.clone(), http::csrf::protect))
        .layer(axum::middleware::from_fn(http::render::render_errors))
        .layer(axum::middleware::from_fn(signpost::open_to_any_origin))
        .layer(from_fn_with_state(state.clone(), http::headers::security_headers))
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
