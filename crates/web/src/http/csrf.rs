//! Cross-site request forgery protection for every state-changing request, enforced in one layer
//! so no handler can forget it.
//!
//! Double-submit token: a random token lives in an `HttpOnly; SameSite=Lax` cookie and must come
//! back in the form field `csrf_token` (or the `X-CSRF-Token` header for scripts and htmx). A
//! request carrying an API token in `Authorization` is exempt: it has no ambient credential a
//! foreign site could ride on.

use crate::http::cookies::{self, CookieRules};
use crate::http::error::AppError;
use crate::http::state::AppState;
use axum::body::{to_bytes, Body};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use bridges_domain::SecretToken;
use subtle::ConstantTimeEq;

pub const CSRF_COOKIE: &str = "bridges_csrf";
pub const CSRF_FIELD: &str = "csrf_token";
pub const CSRF_HEADER: &str = "x-csrf-token";
/// Forms are small; anything larger than this is refused before it is read.
pub const MAX_FORM_BYTES: usize = 64 * 1024;

/// The token to put in this response's forms.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

impl<S: Send + Sync> FromRequestParts<S> for CsrfToken {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<CsrfToken>().cloned().ok_or(AppError::Internal("csrf layer missing".into()))
    }
}

/// Uploads (spreadsheet imports) are larger than forms; this caps them before they are read.
pub const MAX_UPLOAD_BYTES: usize = 5 * 1024 * 1024;

/// The `csrf_token` field of a multipart form. Forms put it first, so the file after it is not
/// parsed here.
async fn multipart_token(bytes: axum::body::Bytes, boundary: String) -> Option<String> {
    let stream = futures::stream::once(futures::future::ready(Ok::<_, std::convert::Infallible>(bytes)));
    let mut multipart = multer::Multipart::new(stream, boundary);
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some(CSRF_FIELD) {
            return field.text().await.ok();
        }
    }
    None
}

pub async fn protect(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (mut parts, body) = request.into_parts();
    let existing = cookies::get(&parts.headers, CSRF_COOKIE).and_then(|v| SecretToken::parse(&v));
    let token = existing.clone().unwrap_or_else(|| SecretToken::generate("c_"));

    let unsafe_method = !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
    let bearer = parts
        .headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.len() > 7 && v[..7].eq_ignore_ascii_case("bearer "));

    // An API request without a session cookie rides on nothing a foreign site could borrow: let it
    // through to be answered 401 (or 405) like any unauthenticated API call, not 403.
    let anonymous_api = parts.uri.path().starts_with("/api/")
        && cookies::get(&parts.headers, crate::http::auth::SESSION_COOKIE).is_none();
    let body = if unsafe_method && !bearer && !anonymous_api {
        let content_type =
            parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
        let is_form = content_type.starts_with("application/x-www-form-urlencoded");
        let boundary = multer::parse_boundary(&content_type).ok();
        let (presented, body) = if let Some(h) = parts.headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok()) {
            (Some(h.to_string()), body)
        } else if let Some(boundary) = boundary {
            let Ok(bytes) = to_bytes(body, MAX_UPLOAD_BYTES).await else {
                return AppError::TooLarge.into_response();
            };
            (multipart_token(bytes.clone(), boundary).await, Body::from(bytes))
        } else if is_form {
            let Ok(bytes) = to_bytes(body, MAX_FORM_BYTES).await else {
                return AppError::TooLarge.into_response();
            };
            let field = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
                .ok()
                .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == CSRF_FIELD).map(|(_, v)| v));
            (field, Body::from(bytes))
        } else {
            (None, body)
        };
        let valid = match (&existing, presented) {
            (Some(cookie), Some(given)) => bool::from(cookie.as_str().as_bytes().ct_eq(given.as_bytes())),
            _ => false,
        };
        if !valid {
            tracing::info!("request refused: missing or wrong CSRF token");
            return AppError::Csrf.into_response();
        }
        body
    } else {
        body
    };

    parts.extensions.insert(CsrfToken(token.as_str().to_string()));
    let secure = crate::http::net::is_https(&state, &parts.headers);
    let mut response = next.run(Request::from_parts(parts, body)).await;
    if existing.is_none() {
        if let Some(cookie) = (CookieRules { secure }).set(CSRF_COOKIE, token.as_str(), None) {
            response.headers_mut().append(header::SET_COOKIE, cookie);
        }
    }
    response
}
