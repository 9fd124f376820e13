//! Spreadsheet uploads, for every wing's import: the file (and the other fields ticked) out of a
//! multipart form, and its rows read off the async workers, a few files at a time.

use axum::extract::Multipart;
use bridges_app::spreadsheet::{file_problem, read_rows, Row, RowProblem};

/// How many imports are parsed at once: parsing runs off the async workers, and this bound keeps
/// a burst of uploads from taking every thread and all the memory.
pub const CONCURRENT_IMPORTS: usize = 2;
/// How long an import waits for its turn before the uploader is told to try again.
const IMPORT_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// What an import form sent: the file's bytes, and the names of the other fields it held (the
/// boxes that were ticked).
pub struct Upload {
    pub bytes: Vec<u8>,
    pub fields: Vec<String>,
}

impl Upload {
    pub fn has(&self, field: &str) -> bool {
        self.fields.iter().any(|f| f == field)
    }
}

/// Reads the upload's `file` field and the names of the others.
pub async fn read_upload(mut multipart: Multipart) -> Result<Upload, Vec<RowProblem>> {
    let (mut file, mut fields) = (None, Vec::new());
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => match field.name() {
                Some("file") => {
                    file = Some(field.bytes().await.map_err(|_| file_problem("import-too-large"))?.to_vec())
                }
                Some(name) => fields.push(name.to_string()),
                None => {}
            },
            Ok(None) => break,
            Err(_) => return Err(file_problem("import-upload-broken")),
        }
    }
    match file {
        Some(bytes) if !bytes.is_empty() => Ok(Upload { bytes, fields }),
        _ => Err(file_problem("import-no-file")),
    }
}

/// Waits for an import's turn at `gate`; after a while, the uploader is told to try again.
pub async fn take_turn(gate: &tokio::sync::Semaphore) -> Result<tokio::sync::SemaphorePermit<'_>, Vec<RowProblem>> {
    match tokio::time::timeout(IMPORT_WAIT, gate.acquire()).await {
        Ok(Ok(permit)) => Ok(permit),
        _ => Err(file_problem("import-busy")),
    }
}

/// Reads the file's rows and parses them with `parse` on a blocking thread, once `gate` lets it in.
pub async fn parse_upload<T: Send + 'static>(
    gate: &tokio::sync::Semaphore,
    bytes: Vec<u8>,
    parse: impl FnOnce(Vec<Row>) -> Result<T, Vec<RowProblem>> + Send + 'static,
) -> Result<T, Vec<RowProblem>> {
    let permit = take_turn(gate).await?;
    let parsed = tokio::task::spawn_blocking(move || parse(read_rows(&bytes)?))
        .await
        .unwrap_or_else(|_| Err(file_problem("import-xlsx-unreadable")));
    drop(permit);
    parsed
}
