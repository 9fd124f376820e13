//! Measure's spreadsheets: the import page (activities, and values of indicators entered by hand,
//! from CSV or XLSX, all or nothing with every problem listed) and the activity log's downloads.

use crate::http::authz::{Authorised, OrgContext};
use crate::http::error::{AppError, AppResult};
use crate::http::page::{render, Page};
use crate::http::state::AppState;
use crate::http::upload::{parse_upload, read_upload};
use crate::http::{see_other, with_status};
use crate::measure::dashboard::{download, XLSX};
use askama::Template;
use axum::extract::{Multipart, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use bridges_app::measure::activities::FIELDS;
use bridges_app::measure::exchange::{self, Imported};
use bridges_app::spreadsheet::{self, Row, RowProblem};
use bridges_domain::policy::{LogActivities, ReadMeasures, RecordMeasures};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "measure/import.html")]
struct ImportPage {
    page: Page,
    may_log: bool,
    may_record: bool,
    /// Which file the problems are of: "activities" or "indicators".
    what: String,
    problems: Vec<RowProblem>,
    imported: Option<usize>,
}

impl ImportPage {
    fn message(&self, problem: &RowProblem) -> String {
        self.page.tr.error(problem.code)
    }
    /// The files this member may import.
    fn forms(&self) -> Vec<&'static str> {
        [("activities", self.may_log), ("indicators", self.may_record)]
            .into_iter()
            .filter_map(|(what, may)| may.then_some(what))
            .collect()
    }
    fn done_key(&self) -> &'static str {
        if self.what == "indicators" {
            "measure-values-imported"
        } else {
            "measure-activities-imported"
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct Done {
    #[serde(default)]
    what: String,
    imported: Option<usize>,
}

fn import_page(
    ctx: &OrgContext,
    page: Page,
    what: &str,
    problems: Vec<RowProblem>,
    imported: Option<usize>,
) -> ImportPage {
    ImportPage {
        page: page.with_org(ctx),
        may_log: ctx.may::<LogActivities>(),
        may_record: ctx.may::<RecordMeasures>(),
        what: if what == "indicators" { "indicators".into() } else { "activities".into() },
        problems,
        imported,
    }
}

pub async fn form(
    Authorised { ctx, .. }: Authorised<ReadMeasures>,
    page: Page,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    render(&import_page(&ctx, page, &done.what, Vec::new(), done.imported))
}

/// The answer to an import: back to the page with the count, or the page again with every problem.
fn answer(ctx: &OrgContext, page: Page, what: &str, imported: Imported) -> AppResult<Response> {
    match imported {
        Ok(n) => Ok(see_other(&format!("/orgs/{}/measure/import?what={what}&imported={n}", ctx.org.id))),
        Err(problems) => {
            with_status(render(&import_page(ctx, page, what, problems, None))?, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

/// The rows of the uploaded file.
async fn rows_of(state: &AppState, multipart: Multipart) -> Result<Vec<Row>, Vec<RowProblem>> {
    let upload = read_upload(multipart).await?;
    parse_upload(state.imports(), upload.bytes, Ok).await
}

pub async fn import_activities(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<LogActivities>,
    page: Page,
    multipart: Multipart,
) -> AppResult<Response> {
    let imported = match rows_of(&state, multipart).await {
        Ok(rows) => exchange::import_activities(state.services(), &grant, &rows).await?,
        Err(problems) => Err(problems),
    };
    answer(&ctx, page, "activities", imported)
}

pub async fn import_values(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RecordMeasures>,
    page: Page,
    multipart: Multipart,
) -> AppResult<Response> {
    let imported = match rows_of(&state, multipart).await {
        Ok(rows) => exchange::import_values(state.services(), &grant, &rows).await?,
        Err(problems) => Err(problems),
    };
    answer(&ctx, page, "indicators", imported)
}

/// The whole activity log as CSV, cells escaped against formulas.
pub async fn activities_csv(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<ReadMeasures>,
) -> AppResult<Response> {
    let rows = exchange::activity_rows(state.services(), &grant).await?;
    Ok(download(spreadsheet::csv(&FIELDS, &rows), "text/csv; charset=utf-8", "activities.csv"))
}

/// The same as an XLSX workbook.
pub async fn activities_xlsx(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<ReadMeasures>,
) -> AppResult<Response> {
    let rows = exchange::activity_rows(state.services(), &grant).await?;
    let book = spreadsheet::workbook("activities", &FIELDS, &rows).map_err(AppError::Internal)?;
    Ok(download(book, XLSX, "activities.xlsx"))
}
