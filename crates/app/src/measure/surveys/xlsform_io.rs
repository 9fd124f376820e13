//! XLSForm in and out: a workbook read into a form (every problem by sheet, row and column,
//! nothing made unless the whole form is understood) and a survey written back as one.

use super::{create, one, FormCounts, Options};
use crate::spreadsheet::RowProblem;
use crate::{Error, Result, Services};
use bridges_domain::policy::{DefineIndicators, ReadMeasures};
use bridges_domain::SurveyId;
use bridges_measure::survey::{xlsform, Form};
use bridges_store::Grant;

/// Reads an XLSForm workbook (`.xlsx` or `.xls`), every problem by sheet, row and column.
pub fn read_xlsform(bytes: &[u8]) -> std::result::Result<Form, Vec<xlsform::FormProblem>> {
    let limits = bridges_sheet::Limits {
        max_file_bytes: crate::spreadsheet::MAX_FILE_BYTES,
        ..bridges_sheet::Limits::default()
    };
    xlsform::import_bytes(bytes, &limits)
}

/// Makes a survey from an XLSForm workbook; nothing is made unless the whole form is understood.
pub async fn import_xlsform(
    services: &Services,
    grant: &Grant<DefineIndicators>,
    bytes: Vec<u8>,
    options: &Options,
) -> Result<std::result::Result<(SurveyId, FormCounts), Vec<xlsform::FormProblem>>> {
    // Reading a workbook is CPU work: off the async workers.
    let read = crate::off_the_workers(move || read_xlsform(&bytes)).await?;
    let form = match read {
        Ok(form) => form,
        Err(problems) => return Ok(Err(problems)),
    };
    let counts = FormCounts::of(&form);
    let id = create(services, grant, &form, options).await?;
    Ok(Ok((id, counts)))
}

/// The survey as an XLSForm workbook that KoboToolbox, ODK and pyxform read.
pub async fn export_xlsform(services: &Services, grant: &Grant<ReadMeasures>, id: SurveyId) -> Result<Vec<u8>> {
    let survey = one(services, grant, id).await?;
    xlsform::export(&survey.form).map_err(|e| Error::Internal(e.to_string()))
}

/// An XLSForm problem as a row problem, for pages that list problems by line and column.
pub fn as_row_problem(p: &xlsform::FormProblem) -> RowProblem {
    let field = match &p.column {
        Some(column) => format!("{} · {column}", p.sheet),
        None => p.sheet.clone(),
    };
    RowProblem { line: p.row, field, code: p.code }
}
