//! The team's side of Tell: the report form and the report as a page, a PDF or an HTML file; each
//! project's public page, published or not, with its preview.

use crate::http::authz::{Authorised, Ids, OrgContext};
use crate::http::error::AppResult;
use crate::http::forms::{FormPairs, FormView};
use crate::http::i18n::Tr;
use crate::http::page::{render, Page};
use crate::http::state::AppState;
use crate::http::{see_other, with_status};
use crate::measure::dashboard::download;
use crate::measure::today;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use bridges_app::tell::{self, Licence, ReportRequest};
use bridges_domain::policy::{PublishOutcomes, ReadMeasures, ReadOrg, RecordMeasures};
use bridges_domain::{Language, OrgId, ProjectId};
use bridges_report::ReportData;
use bridges_store::{Grant, Publication};
use std::collections::HashMap;

/// The report's fields from the query string: `project`, `from`, `to`, `compare`, `audience`, `lang`.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(transparent)]
pub struct ReportQuery(HashMap<String, String>);

impl ReportQuery {
    fn get(&self, key: &str) -> String {
        self.0.get(key).map(|v| v.trim().chars().take(100).collect()).unwrap_or_default()
    }

    /// The language the report is written in: the one asked for, else the page's.
    fn language(&self, page: &Page) -> Language {
        Language::parse(&self.get("lang")).unwrap_or(page.tr.lang())
    }

    /// The same fields as a query string, for the download links.
    fn query(&self, request: &ReportRequest, lang: Language) -> String {
        let mut pairs = vec![
            ("from", request.span.from.to_string()),
            ("to", request.span.to.to_string()),
            (
                "audience",
                if request.audience == bridges_report::Audience::Team { "team" } else { "public" }.to_string(),
            ),
            ("lang", lang.code().to_string()),
        ];
        if let Some(p) = request.project {
            pairs.push(("project", p.to_string()));
        }
        if request.compare {
            pairs.push(("compare", "on".to_string()));
        }
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    }
}

/// One project as the Tell page lists it.
pub struct ProjectRow {
    pub id: ProjectId,
    pub title: String,
    pub publication: Option<Publication>,
}

impl ProjectRow {
    pub fn is_published(&self) -> bool {
        self.publication.as_ref().is_some_and(|p| p.published)
    }
}

#[derive(Template)]
#[template(path = "tell/index.html")]
struct IndexPage {
    page: Page,
    form: FormView,
    projects: Vec<ProjectRow>,
    may_publish: bool,
    may_preview: bool,
    may_team: bool,
    base_url: String,
    licences: [Licence; 3],
}

impl IndexPage {
    fn licence_name(&self, l: &Licence) -> String {
        l.title().to_string()
    }
    fn licence_code(&self, l: &Licence) -> String {
        l.as_str().to_string()
    }
    fn is_licence(&self, p: &Option<Publication>, l: &Licence) -> bool {
        p.as_ref().map_or(*l == Licence::CcBy4, |p| p.licence == l.as_str())
    }
}

async fn project_rows(state: &AppState, grant: &Grant<ReadOrg>) -> AppResult<Vec<ProjectRow>> {
    let publications = tell::publications(state.services(), grant).await?;
    let projects = state.store().projects(grant).await?;
    Ok(projects
        .into_iter()
        .map(|p| ProjectRow {
            id: p.id,
            title: p.title,
            publication: publications.iter().find(|x| x.project == p.id).cloned(),
        })
        .collect())
}

async fn index_page(
    state: &AppState,
    ctx: &OrgContext,
    grant: &Grant<ReadMeasures>,
    page: Page,
    form: FormView,
) -> AppResult<Response> {
    let read = grant.also::<ReadOrg>()?;
    let today = today(state, ctx);
    let form = if form.value("from").is_empty() {
        let start = chrono::NaiveDate::from_ymd_opt(chrono::Datelike::year(&today), 1, 1).unwrap_or(today);
        form.with_value("from", start.to_string()).with_value("to", today.to_string())
    } else {
        form
    };
    render(&IndexPage {
        page: page.with_org(ctx),
        form,
        projects: project_rows(state, &read).await?,
        may_publish: ctx.may::<PublishOutcomes>(),
        may_preview: ctx.may::<RecordMeasures>(),
        may_team: ctx.role().at_least(bridges_domain::Role::Staff),
        base_url: state.config().base_url(),
        licences: [Licence::CcBy4, Licence::Cc0, Licence::OdcBy],
    })
}

/// Tell's page: the report form and each project's public page.
pub async fn index(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadMeasures>,
    page: Page,
) -> AppResult<Response> {
    index_page(&state, &ctx, &grant, page, FormView::new()).await
}

/// The request in the query, or the form again with its problems (422).
async fn request_of(
    state: &AppState,
    ctx: &OrgContext,
    grant: &Grant<ReadMeasures>,
    page: &Page,
    q: &ReportQuery,
) -> AppResult<Result<ReportRequest, Response>> {
    match tell::parse_request(|k| q.get(k), today(state, ctx), ctx.role()) {
        Ok(r) => Ok(Ok(r)),
        Err(errors) => {
            let mut form = FormView::new();
            for f in ["project", "from", "to", "audience", "lang"] {
                form = form.with_value(f, q.get(f));
            }
            let form = form.with_errors(&page.tr, &errors);
            let response = index_page(state, ctx, grant, page.clone(), form).await?;
            Ok(Err(with_status(response, StatusCode::UNPROCESSABLE_ENTITY)?))
        }
    }
}

async fn gather(
    state: &AppState,
    ctx: &OrgContext,
    grant: &Grant<ReadMeasures>,
    request: &ReportRequest,
    lang: Language,
) -> AppResult<ReportData> {
    Ok(tell::report(state.services(), grant, request, lang.code(), today(state, ctx)).await?)
}

#[derive(Template)]
#[template(path = "tell/report.html")]
struct ReportPage {
    page: Page,
    report: ReportData,
    body: String,
    lang: Language,
    query: String,
}

impl ReportPage {
    fn report_dir(&self) -> &'static str {
        if self.lang.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }
}

/// The report asked for in the query, gathered for this member, in the language asked for; or
/// the form again with its problems (422).
async fn asked(
    state: &AppState,
    ctx: &OrgContext,
    grant: &Grant<ReadMeasures>,
    page: &Page,
    q: &ReportQuery,
) -> AppResult<Result<(ReportRequest, Language, ReportData), Response>> {
    let request = match request_of(state, ctx, grant, page, q).await? {
        Ok(r) => r,
        Err(response) => return Ok(Err(response)),
    };
    let lang = q.language(page);
    let report = gather(state, ctx, grant, &request, lang).await?;
    Ok(Ok((request, lang, report)))
}

/// The report as a page of the app, with its downloads.
pub async fn page(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadMeasures>,
    page: Page,
    Query(q): Query<ReportQuery>,
) -> AppResult<Response> {
    let (request, lang, report) = match asked(&state, &ctx, &grant, &page, &q).await? {
        Ok(asked) => asked,
        Err(response) => return Ok(response),
    };
    let tr = Tr::new(lang);
    let charts = bridges_report::charts::all(&report, &tr);
    let body = bridges_report::html::body(&report, &tr, &charts);
    let query = q.query(&request, lang);
    render(&ReportPage { page: page.with_org(&ctx), report, body, lang, query })
}

fn file_name(report: &ReportData, lang: Language, ext: &str) -> String {
    format!("impact-report-{}-{}-{}.{ext}", report.span.from, report.span.to, lang.code())
}

/// The report as a PDF: the same data and charts as the page, typeset off the async workers.
pub async fn pdf(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadMeasures>,
    page: Page,
    Query(q): Query<ReportQuery>,
) -> AppResult<Response> {
    let (_, lang, report) = match asked(&state, &ctx, &grant, &page, &q).await? {
        Ok(asked) => asked,
        Err(response) => return Ok(response),
    };
    let name = file_name(&report, lang, "pdf");
    let bytes = tell::pdf(report, Tr::new(lang)).await?;
    Ok(download(bytes, "application/pdf", &name))
}

/// The report as one self-contained HTML file (its charts inline), to keep or send.
pub async fn html(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadMeasures>,
    page: Page,
    Query(q): Query<ReportQuery>,
) -> AppResult<Response> {
    let (_, lang, report) = match asked(&state, &ctx, &grant, &page, &q).await? {
        Ok(asked) => asked,
        Err(response) => return Ok(response),
    };
    let tr = Tr::new(lang);
    let charts = bridges_report::charts::all(&report, &tr);
    let document = bridges_report::html::document(&report, &tr, &charts, bridges_report::html::STYLE);
    Ok(download(document, "text/html; charset=utf-8", &file_name(&report, lang, "html")))
}

/// Publishes a project's public page and open data, or takes them down.
pub async fn publish(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<PublishOutcomes>,
    Ids((_, project)): Ids<(OrgId, ProjectId)>,
    page: Page,
    form: FormPairs,
) -> AppResult<Response> {
    let published = form.first("published") == "true";
    match tell::set_published(state.services(), &grant, project, published, &form.first("licence")).await {
        Ok(_) => Ok(see_other(&format!("/orgs/{}/tell#project-{project}", ctx.org.id))),
        Err(bridges_app::Error::Invalid(errors)) => {
            let form = FormView::new().with_errors(&page.tr, &errors);
            let read = grant.also::<ReadMeasures>()?;
            with_status(index_page(&state, &ctx, &read, page, form).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e) => Err(e.into()),
    }
}

/// Exactly what the public would see of a project, shown to staff before (or after) it is
/// published, marked as a preview.
pub async fn preview(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RecordMeasures>,
    Ids((_, project)): Ids<(OrgId, ProjectId)>,
    page: Page,
) -> AppResult<Response> {
    // A page not yet published is a draft: the team's staff see it, viewers and volunteers do not.
    let grant = grant.also::<ReadMeasures>()?;
    let lang = page.tr.lang();
    let data = tell::preview(state.services(), &grant, project, lang.code(), today(&state, &ctx)).await?;
    let read = grant.also::<ReadOrg>()?;
    let publication = tell::publication(state.services(), &read, project).await?;
    crate::tell::public::render_public(&state, page, data, publication, true)
}
