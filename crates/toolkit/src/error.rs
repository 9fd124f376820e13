use thiserror::Error;

/// A content file that cannot be used, named by its path.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[error("{path}: {message}")]
pub struct ContentError {
    pub path: String,
    pub message: String,
}

impl ContentError {
    pub fn new(path: &str, message: &str) -> Self {
        Self { path: path.to_string(), message: message.to_string() }
    }
}

#[derive(Debug, Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("search index folder: {0}")]
    Folder(#[from] std::io::Error),
    #[error("query: {0}")]
    Query(&'static str),
}
