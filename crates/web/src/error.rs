//! One table of errors: each has a stable code, an HTTP status and a Fluent message (`error-<code>`).
//! Handlers return [`AppError`]; the `render_errors` layer turns it into a problem document
//! (RFC 9457) for the API or a translated page for people. Source errors are logged, never shown.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bridges_domain::ValidationErrors;
use bridges_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("not logged in")]
    Unauthenticated,
    #[error("forbidden")]
    Forbidden,
    /// Forbidden for a reason worth naming (the code says which).
    #[error("refused: {0}")]
    Refused(&'static str),
    #[error("csrf check failed")]
    Csrf,
    #[error("too many login attempts")]
    Throttled,
    #[error("invalid input: {0}")]
    Invalid(ValidationErrors),
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("request too large")]
    TooLarge,
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    /// The stable code: part of the API contract and the key of the message.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not-found",
            AppError::Unauthenticated => "unauthenticated",
            AppError::Forbidden => "forbidden",
            AppError::Csrf => "csrf-failed",
            AppError::Throttled => "too-many-attempts",
            AppError::Invalid(_) => "invalid-input",
            AppError::Conflict(code) | AppError::BadRequest(code) | AppError::Refused(code) => code,
            AppError::TooLarge => "too-large",
            AppError::Internal(_) => "internal",
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::Refused(_) | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::Throttled => StatusCode::TOO_MANY_REQUESTS,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// For responses that carry no [`AppError`] (the router's own 404, 405, 413…).
    pub fn from_status(status: StatusCode) -> Self {
        match status {
            StatusCode::NOT_FOUND => AppError::NotFound,
            StatusCode::UNAUTHORIZED => AppError::Unauthenticated,
            StatusCode::FORBIDDEN => AppError::Forbidden,
            StatusCode::PAYLOAD_TOO_LARGE => AppError::TooLarge,
            StatusCode::METHOD_NOT_ALLOWED => AppError::BadRequest("method-not-allowed"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE => AppError::BadRequest("unsupported-media-type"),
            s if s.is_client_error() => AppError::BadRequest("bad-request"),
            _ => AppError::Internal(status.to_string()),
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => AppError::NotFound,
            StoreError::Conflict(code) => AppError::Conflict(code),
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<bridges_domain::policy::Denied> for AppError {
    fn from(_: bridges_domain::policy::Denied) -> Self {
        AppError::Forbidden
    }
}

impl From<ValidationErrors> for AppError {
    fn from(e: ValidationErrors) -> Self {
        AppError::Invalid(e)
    }
}

/// Carried from a handler to the rendering layer inside the response.
#[derive(Debug, Clone)]
pub struct ErrorMarker {
    pub code: &'static str,
    pub status: StatusCode,
    pub invalid: Option<ValidationErrors>,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(source) = &self {
            tracing::error!(error = %source, "request failed");
        }
        let status = self.status();
        let marker = ErrorMarker {
            code: self.code(),
            status,
            invalid: match self {
                AppError::Invalid(e) => Some(e),
                _ => None,
            },
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(marker);
        response
    }
}

pub type AppResult<T> = Result<T, AppError>;
