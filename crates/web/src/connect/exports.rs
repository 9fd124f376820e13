//! A programme's lists as CSV or XLSX downloads, offered on the participants and pairs pages:
//! `export/participants.csv`, `export/waiting.xlsx`, `export/pairs.csv` and so on.

use crate::http::authz::{Authorised, Ids};
use crate::http::error::{AppError, AppResult};
use crate::http::state::AppState;
use crate::measure::dashboard::{download, XLSX};
use axum::extract::State;
use axum::response::Response;
use bridges_app::connect::export::{export, List};
use bridges_app::spreadsheet;
use bridges_domain::policy::RunProgrammes;
use bridges_domain::{OrgId, ProgrammeId};

/// One list in one format; any other file name is not found.
pub async fn file(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<RunProgrammes>,
    Ids((_, id, file)): Ids<(OrgId, ProgrammeId, String)>,
) -> AppResult<Response> {
    let (name, format) = file.rsplit_once('.').ok_or(AppError::NotFound)?;
    let list = List::parse(name).ok_or(AppError::NotFound)?;
    if !matches!(format, "csv" | "xlsx") {
        return Err(AppError::NotFound);
    }
    let table = export(state.services(), &grant, id, list).await?;
    let file_name = format!("programme-{id}-{}.{format}", list.as_str());
    if format == "csv" {
        let body = spreadsheet::csv(&table.header, &table.rows);
        return Ok(download(body, "text/csv; charset=utf-8", &file_name));
    }
    let book = spreadsheet::workbook(list.as_str(), &table.header, &table.rows).map_err(AppError::Internal)?;
    Ok(download(book, XLSX, &file_name))
}
