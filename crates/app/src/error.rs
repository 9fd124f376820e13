use bridges_domain::{ErrorCode, ValidationErrors};
use bridges_store::StoreError;

/// Why a use case did not happen. Each failure a member can meet is a code of the closed list;
/// everything else is a fault of the installation, logged and never shown.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", .0.as_str())]
    Code(ErrorCode),
    #[error("invalid input")]
    Invalid(ValidationErrors),
    #[error("internal error: {0}")]
    Internal(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<ErrorCode> for Error {
    fn from(code: ErrorCode) -> Self {
        Error::Code(code)
    }
}

impl From<StoreError> for Error {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => Error::Code(ErrorCode::NotFound),
            StoreError::Conflict(code) => Error::Code(code),
            other => Error::Internal(other.to_string()),
        }
    }
}

impl From<bridges_domain::policy::Denied> for Error {
    fn from(_: bridges_domain::policy::Denied) -> Self {
        Error::Code(ErrorCode::Forbidden)
    }
}

impl From<ValidationErrors> for Error {
    fn from(e: ValidationErrors) -> Self {
        Error::Invalid(e)
    }
}
