//! The dashboard: the year so far, what needs attention, each objective with its indicators as
//! charts and tables, the reviews; and the exports and the calendar.

use crate::http::authz::{Authorised, OrgContext};
use crate::http::error::{AppError, AppResult};
use crate::http::forms::{FormPairs, FormView};
use crate::http::page::{render, Page};
use crate::http::state::AppState;
use crate::http::{see_other, with_status};
use crate::measure::charts;
use crate::measure::today;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use bridges_app::measure::{self, Dashboard, IndicatorView};
use bridges_domain::policy::{DefineIndicators, ReadMeasures, RecordMeasures};
use bridges_domain::ProjectId;
use bridges_store::Grant;
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
pub struct ProjectQuery {
    #[serde(default)]
    pub project: String,
}

impl ProjectQuery {
    /// The project asked for; an id that does not parse is refused, not ignored.
    pub fn project(&self) -> AppResult<Option<ProjectId>> {
        match self.project.trim() {
            "" => Ok(None),
            id => id.parse().map(Some).map_err(|_| AppError::NotFound),
        }
    }
}

#[derive(Template)]
#[template(path = "measure/dashboard.html")]
struct DashboardPage {
    page: Page,
    board: Dashboard,
    project: Option<ProjectId>,
    may_review: bool,
    may_define: bool,
    form: FormView,
    threshold_form: FormView,
}

impl DashboardPage {
    fn chart(&self, view: &IndicatorView) -> String {
        charts::chart(&self.page, view, 560, 220)
    }
    fn summary(&self, view: &IndicatorView) -> String {
        charts::summary(&self.page, view)
    }
    fn shown(&self, value: &bridges_measure::Shown) -> String {
        charts::shown(&self.page, Some(value))
    }
    fn shown_opt(&self, value: &Option<bridges_measure::Shown>) -> String {
        charts::shown(&self.page, value.as_ref())
    }
    fn number(&self, value: &f64) -> String {
        bridges_measure::format_number(*value)
    }
    fn query(&self) -> String {
        self.project.map(|p| format!("?project={p}")).unwrap_or_default()
    }
}

async fn dashboard_page(
    state: &AppState,
    ctx: &OrgContext,
    grant: &Grant<ReadMeasures>,
    page: Page,
    project: Option<ProjectId>,
    forms: (FormView, FormView),
) -> AppResult<Response> {
    let (form, threshold_form) = forms;
    let threshold_form = if threshold_form.value("threshold").is_empty() {
        threshold_form.with_value("threshold", ctx.org.suppression_threshold.to_string())
    } else {
        threshold_form
    };
    let board = measure::dashboard(state.services(), grant, project, today(state, ctx)).await?;
    render(&DashboardPage {
        page: page.with_org(ctx),
        board,
        project,
        may_review: ctx.may::<RecordMeasures>(),
        may_define: ctx.may::<DefineIndicators>(),
        form,
        threshold_form,
    })
}

pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadMeasures>,
    page: Page,
    Query(q): Query<ProjectQuery>,
) -> AppResult<Response> {
    dashboard_page(&state, &ctx, &grant, page, q.project()?, (FormView::new(), FormView::new())).await
}

pub async fn record_review(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RecordMeasures>,
    page: Page,
    form: FormPairs,
) -> AppResult<Response> {
    let project = ProjectQuery { project: form.first("project") }.project()?;
    match measure::parse_review(|k| form.first(k), project) {
        Ok(review) => {
            measure::record_review(state.services(), &grant, &review).await?;
            let query = project.map(|p| format!("?project={p}")).unwrap_or_default();
            Ok(see_other(&format!("/orgs/{}/measure{query}#reviews", ctx.org.id)))
        }
        Err(errors) => {
            let mut view = FormView::new();
            for field in ["held_on", "concluded", "decided", "next_on"] {
                view = view.with_value(field, form.first(field).chars().take(8_000).collect::<String>());
            }
            let view = view.with_errors(&page.tr, &errors);
            let read = grant.also::<ReadMeasures>()?;
            with_status(
                dashboard_page(&state, &ctx, &read, page, project, (view, FormView::new())).await?,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

pub async fn set_threshold(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<DefineIndicators>,
    page: Page,
    form: FormPairs,
) -> AppResult<Response> {
    match measure::set_threshold(state.services(), &grant, &form.first("threshold")).await {
        Ok(_) => Ok(see_other(&format!("/orgs/{}/measure", ctx.org.id))),
        Err(bridges_app::Error::Invalid(errors)) => {
            let view = FormView::new()
                .with_value("threshold", form.first("threshold").chars().take(20).collect::<String>())
                .with_errors(&page.tr, &errors);
            let read = grant.also::<ReadMeasures>()?;
            with_status(
                dashboard_page(&state, &ctx, &read, page, None, (FormView::new(), view)).await?,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(e) => Err(e.into()),
    }
}

async fn export_rows(
    state: &AppState,
    ctx: &OrgContext,
    grant: &Grant<ReadMeasures>,
    q: &ProjectQuery,
) -> AppResult<Vec<Vec<String>>> {
    Ok(measure::export_rows(state.services(), grant, q.project()?, today(state, ctx)).await?)
}

/// The media type of an XLSX workbook.
pub(crate) const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

pub(crate) fn download(body: impl IntoResponse, kind: &str, name: &str) -> Response {
    let disposition = format!("attachment; filename=\"{name}\"");
    ([(header::CONTENT_TYPE, kind.to_string()), (header::CONTENT_DISPOSITION, disposition)], body).into_response()
}

/// Every indicator's values over its window as CSV (suppressed as the reader sees them).
pub async fn export_csv(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadMeasures>,
    Query(q): Query<ProjectQuery>,
) -> AppResult<Response> {
    let rows = export_rows(&state, &ctx, &grant, &q).await?;
    let csv = bridges_app::spreadsheet::csv(&measure::EXPORT_COLUMNS, &rows);
    Ok(download(csv, "text/csv; charset=utf-8", "indicator-values.csv"))
}

/// The same as an XLSX workbook.
pub async fn export_xlsx(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadMeasures>,
    Query(q): Query<ProjectQuery>,
) -> AppResult<Response> {
    let rows = export_rows(&state, &ctx, &grant, &q).await?;
    let book = bridges_app::spreadsheet::workbook("indicator values", &measure::EXPORT_COLUMNS, &rows)
        .map_err(AppError::Internal)?;
    Ok(download(book, XLSX, "indicator-values.xlsx"))
}

/// The recurring sessions as an iCalendar feed.
pub async fn calendar(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadMeasures>,
    Query(q): Query<ProjectQuery>,
) -> AppResult<Response> {
    let body = measure::calendar(state.services(), &grant, q.project()?, ctx.org.name.as_str()).await?;
    Ok(download(body, "text/calendar; charset=utf-8", "sessions.ics"))
}
