use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("not found")]
    NotFound,
    /// The change would break a rule of the data, named by its stable code (e.g. `last-owner`).
    #[error("conflict: {}", .0.as_str())]
    Conflict(bridges_domain::ErrorCode),
    /// A backup that cannot be made here, and why (for the operator's terminal, not a request).
    #[error("cannot back up: {0}")]
    Backup(&'static str),
    #[error("stored value is not valid: {0}")]
    Corrupt(String),
    /// Personal data was asked for, but this process was started without the field key.
    #[error("no field key: personal data cannot be sealed or opened")]
    NoFieldKey,
    #[error("cannot open the data folder: {0}")]
    DataFolder(#[from] std::io::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Maps a stored string back through a domain parser; a failure means the database holds something
/// the application never wrote.
pub(crate) fn parse_stored<T>(value: &str, parse: impl FnOnce(&str) -> Result<T, &'static str>) -> Result<T> {
    parse(value).map_err(|code| StoreError::Corrupt(format!("{code}: {value:?}")))
}
