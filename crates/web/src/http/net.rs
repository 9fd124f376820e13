//! What the server can tell about the connection: the client's address and whether it came over TLS.
//! Forwarded headers count only when bridges is told it sits behind a proxy it can trust.

use crate::http::state::AppState;
use axum::extract::ConnectInfo;
use axum::http::request::Parts;
use axum::http::HeaderMap;
use std::net::SocketAddr;

/// The address a login attempt or audit event is attributed to.
pub fn client_address(state: &AppState, parts: &Parts) -> String {
    if state.config().trust_proxy {
        if let Some(forwarded) = forwarded_for(&parts.headers) {
            return forwarded;
        }
    }
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip().to_string())
        .unwrap_or_else(|| "unknown".to_string())
}

/// The client as the nearest proxy saw it: the last entry of `X-Forwarded-For`.
fn forwarded_for(headers: &HeaderMap) -> Option<String> {
    let value = headers.get("x-forwarded-for")?.to_str().ok()?;
    let last = value.rsplit(',').next()?.trim();
    last.parse::<std::net::IpAddr>().ok().map(|ip| ip.to_string())
}

/// Whether the person reached bridges over TLS, so cookies must be `Secure` and HSTS sent.
pub fn is_https(state: &AppState, headers: &HeaderMap) -> bool {
    state.config().public_url_is_https()
        || (state.config().trust_proxy
            && headers.get("x-forwarded-proto").and_then(|v| v.to_str().ok()) == Some("https"))
}

/// The client's address as an extractor.
#[derive(Debug, Clone)]
pub struct ClientAddress(pub String);

impl axum::extract::FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        Ok(Self(client_address(state, parts)))
    }
}

/// Whether this request must get `Secure` cookies, as an extractor.
#[derive(Debug, Clone, Copy)]
pub struct Https(pub bool);

impl axum::extract::FromRequestParts<AppState> for Https {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        Ok(Self(is_https(state, &parts.headers)))
    }
}
