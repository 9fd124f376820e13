//! One table of errors: each has a stable code from the closed list ([`ErrorCode`]), the HTTP status
//! [`status_of`] gives it, and a Fluent message (`error-<code>`).
//! Handlers return [`AppError`]; the `render_errors` layer turns it into a problem document
//! (RFC 9457) for the API or a translated page for people. Source errors are logged, never shown.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bridges_domain::{ErrorCode, ValidationErrors};
use bridges_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("not logged in")]
    Unauthenticated,
    #[error("forbidden")]
    Forbidden,
    #[error("csrf check failed")]
    Csrf,
    #[error("too many login attempts")]
    Throttled,
    #[error("invalid input: {0}")]
    Invalid(ValidationErrors),
    /// Any other failure, named by its code.
    #[error("{}", .0.as_str())]
    Code(ErrorCode),
    #[error("request too large")]
    TooLarge,
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    /// The stable code: part of the API contract and the key of the message.
    pub fn code(&self) -> ErrorCode {
        match self {
            AppError::NotFound => ErrorCode::NotFound,
            AppError::Unauthenticated => ErrorCode::Unauthenticated,
            AppError::Forbidden => ErrorCode::Forbidden,
            AppError::Csrf => ErrorCode::CsrfFailed,
            AppError::Throttled => ErrorCode::TooManyAttempts,
            AppError::Invalid(_) => ErrorCode::InvalidInput,
            AppError::Code(code) => *code,
            AppError::TooLarge => ErrorCode::TooLarge,
            AppError::Internal(_) => ErrorCode::Internal,
        }
    }

    pub fn status(&self) -> StatusCode {
        status_of(self.code())
    }

    /// For responses that carry no [`AppError`] (the router's own 404, 405, 413…).
    pub fn from_status(status: StatusCode) -> Self {
        match status {
            StatusCode::NOT_FOUND => AppError::NotFound,
            StatusCode::UNAUTHORIZED => AppError::Unauthenticated,
            StatusCode::FORBIDDEN => AppError::Forbidden,
            StatusCode::PAYLOAD_TOO_LARGE => AppError::TooLarge,
            StatusCode::METHOD_NOT_ALLOWED => AppError::Code(ErrorCode::MethodNotAllowed),
            StatusCode::UNSUPPORTED_MEDIA_TYPE => AppError::Code(ErrorCode::UnsupportedMediaType),
            // Only a body that parsed but whose values have the wrong type reaches here as 422
            // (fields that fail validation carry their own error).
            StatusCode::UNPROCESSABLE_ENTITY => AppError::Code(ErrorCode::WrongType),
            s if s.is_client_error() => AppError::Code(ErrorCode::BadRequest),
            _ => AppError::Internal(status.to_string()),
        }
    }
}

/// The HTTP status of every code: the one table, exhaustive, so a new code cannot ship without one.
pub fn status_of(code: ErrorCode) -> StatusCode {
    use ErrorCode as C;
    match code {
        C::NotFound => StatusCode::NOT_FOUND,
        C::Unauthenticated => StatusCode::UNAUTHORIZED,
        C::Forbidden | C::CsrfFailed | C::SessionRequired | C::TokenReadOnly => StatusCode::FORBIDDEN,
        C::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
        C::InvalidInput | C::WrongType | C::HsdsInvalid => StatusCode::UNPROCESSABLE_ENTITY,
        C::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        C::BadRequest => StatusCode::BAD_REQUEST,
        C::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
        C::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        C::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        C::LastOwner
        | C::AlreadyMember
        | C::EmailTaken
        | C::AlreadySetUp
        | C::InvitationOtherAccount
        | C::RoleNotAssignable
        | C::StatusMoveNotAllowed
        | C::PracticeIncomplete
        | C::MapFull
        | C::ProgrammeFull
        | C::TooManySignUps
        | C::PairStatus
        | C::PairNotMeeting
        | C::ParticipantWithdrawn
        | C::NewcomerPaired
        | C::VolunteerFull
        | C::RoundStale
        | C::SwapBreaksRules
        | C::SwapSameVolunteer
        | C::SurveyClosed
        | C::SurveyInvitationInvalid => StatusCode::CONFLICT,
    }
}

impl From<bridges_app::Error> for AppError {
    fn from(e: bridges_app::Error) -> Self {
        match e {
            bridges_app::Error::Code(ErrorCode::NotFound) => AppError::NotFound,
            bridges_app::Error::Code(ErrorCode::Forbidden) => AppError::Forbidden,
            bridges_app::Error::Code(code) => AppError::Code(code),
            bridges_app::Error::Invalid(errors) => AppError::Invalid(errors),
            bridges_app::Error::Internal(source) => AppError::Internal(source),
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => AppError::NotFound,
            StoreError::Conflict(code) => AppError::Code(code),
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
    pub code: ErrorCode,
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
