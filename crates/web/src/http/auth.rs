//! Who is making the request: a session cookie for people, a bearer token for scripts. Resolved once
//! per request by [`authenticate`]; handlers ask for [`CurrentUser`] or [`MaybeUser`].

use crate::http::cookies;
use crate::http::error::AppError;
use crate::http::state::AppState;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::header;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use bridges_domain::SecretToken;
use bridges_store::User;

pub const SESSION_COOKIE: &str = "bridges_session";

/// How the request proved who it is.
#[derive(Debug, Clone)]
pub enum Credential {
    Session(SecretToken),
    ApiToken { read_only: bool },
}

/// The authenticated account of this request.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub user: User,
    pub credential: Credential,
}

/// A request that may or may not be logged in.
#[derive(Debug, Clone)]
pub struct MaybeUser(pub Option<CurrentUser>);

pub async fn authenticate(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let now = state.now();
    let headers = request.headers();
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.get(..7).filter(|p| p.eq_ignore_ascii_case("bearer ")).map(|_| v[7..].trim().to_string()));
    let current = if let Some(raw) = bearer {
        // A bad bearer token is an error even if a cookie is present: scripts should hear about it.
        let Some(token) = SecretToken::parse(&raw) else {
            return axum::response::IntoResponse::into_response(AppError::Unauthenticated);
        };
        match state.store().api_token_user(&token, now).await {
            Ok(Some(holder)) if holder.read_only && !request.method().is_safe() => {
                return axum::response::IntoResponse::into_response(AppError::Code(
                    bridges_domain::ErrorCode::TokenReadOnly,
                ));
            }
            Ok(Some(holder)) => Some(CurrentUser {
                user: holder.user,
                credential: Credential::ApiToken { read_only: holder.read_only },
            }),
            Ok(None) => return axum::response::IntoResponse::into_response(AppError::Unauthenticated),
            Err(e) => return axum::response::IntoResponse::into_response(AppError::from(e)),
        }
    } else if let Some(token) = cookies::get(headers, SESSION_COOKIE).and_then(|v| SecretToken::parse(&v)) {
        match state.store().session_user(&token, now).await {
            Ok(user) => user.map(|user| CurrentUser { user, credential: Credential::Session(token) }),
            Err(e) => return axum::response::IntoResponse::into_response(AppError::from(e)),
        }
    } else {
        None
    };
    request.extensions_mut().insert(MaybeUser(current));
    next.run(request).await
}

impl<S: Send + Sync> FromRequestParts<S> for MaybeUser {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(parts.extensions.get::<MaybeUser>().cloned().unwrap_or(MaybeUser(None)))
    }
}

impl CurrentUser {
    /// Things only a person at a browser may do (make tokens, change the password): a token
    /// cannot, so a leaked token cannot make itself more tokens or lock its owner out.
    pub fn require_session(&self) -> Result<(), AppError> {
        match self.credential {
            Credential::Session(_) => Ok(()),
            Credential::ApiToken { .. } => Err(AppError::Code(bridges_domain::ErrorCode::SessionRequired)),
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for CurrentUser {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        MaybeUser::from_request_parts(parts, state).await?.0.ok_or(AppError::Unauthenticated)
    }
}

/// Hashes off the async workers: argon2 takes tens of milliseconds by design.
pub async fn hash_password(password: bridges_domain::Password) -> Result<bridges_domain::PasswordHash, AppError> {
    tokio::task::spawn_blocking(move || password.hash())
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(e.to_string()))
}

pub async fn verify_password(
    hash: bridges_domain::PasswordHash,
    password: bridges_domain::Password,
) -> Result<bool, AppError> {
    tokio::task::spawn_blocking(move || hash.verify(&password)).await.map_err(|e| AppError::Internal(e.to_string()))
}
