//! The organisation's service directory as its team sees it: what it holds, an HSDS import (a
//! JSON file) with every problem shown where it is, the export, and its publication for other
//! Open Referral tools.

use crate::http::authz::{Authorised, OrgContext};
use crate::http::error::AppResult;
use crate::http::forms::FormPairs;
use crate::http::i18n::Tr;
use crate::http::page::{render, Page};
use crate::http::state::AppState;
use crate::http::upload::{read_upload, take_turn};
use crate::http::{see_other, with_status};
use crate::measure::dashboard::download;
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::Response;
use bridges_app::signpost::directory::{self, Overview, Source};
use bridges_app::signpost::publishing;
use bridges_domain::policy::{ManageDirectory, ReadDirectory};
use bridges_signpost::{Kind, Place, Problems};
use serde::Deserialize;

/// One problem of a refused import, as the page lists it.
pub struct Shown {
    /// Where it is: a JSON path, or a file and line of the package.
    pub place: String,
    pub field: String,
    pub message: String,
}

#[derive(Template)]
#[template(path = "signpost/overview.html")]
struct OverviewPage {
    page: Page,
    overview: Overview,
    may_manage: bool,
    may_refer: bool,
    api_url: Option<String>,
    /// The public search page's address while the directory is published.
    public_url: Option<String>,
    problems: Vec<Shown>,
    /// How many more problems there were than are listed.
    more: usize,
    done: Option<Done>,
}

/// What the last import did, from the address it redirected to.
#[derive(Debug, Default, Deserialize)]
pub struct Done {
    #[serde(default)]
    imported: Option<u64>,
    #[serde(default)]
    warnings: Option<u64>,
}

impl OverviewPage {
    fn count(&self, kind: &str) -> String {
        Kind::from_name(kind).map(|k| self.overview.count(k)).unwrap_or(0).to_string()
    }

    fn imported(&self) -> Option<(String, String)> {
        let done = self.done.as_ref()?;
        Some((done.imported?.to_string(), done.warnings.unwrap_or(0).to_string()))
    }
}

/// The problems of an import as the page shows them, each message in the reader's language.
fn shown(tr: &Tr, problems: &Problems) -> (Vec<Shown>, usize) {
    let listed = problems
        .shown()
        .iter()
        .map(|p| Shown {
            place: match &p.place {
                Place::Json { path } => path.clone(),
                Place::Csv { file, line } => format!("{file}:{line}"),
            },
            field: p.field.clone(),
            message: match &p.detail {
                Some(detail) => format!("{} ({detail})", tr.t(&format!("signpost-problem-{}", p.code))),
                None => tr.t(&format!("signpost-problem-{}", p.code)),
            },
        })
        .collect();
    (listed, problems.more())
}

async fn overview_page(
    state: &AppState,
    ctx: &OrgContext,
    grant: &bridges_store::Grant<ReadDirectory>,
    page: Page,
    (problems, more): (Vec<Shown>, usize),
    done: Option<Done>,
) -> AppResult<OverviewPage> {
    let overview = directory::overview(state.services(), grant).await?;
    let published = overview.publication.as_ref().filter(|p| p.published);
    let base = state.config().base_url();
    let api_url = published.map(|p| publishing::api_url(&base, &p.key));
    let public_url = published.map(|p| format!("{base}/d/{}", p.key));
    let may_manage = ctx.may::<ManageDirectory>();
    let may_refer = ctx.may::<bridges_domain::policy::RecordReferrals>();
    Ok(OverviewPage {
        page: page.with_org(ctx),
        overview,
        may_manage,
        may_refer,
        api_url,
        public_url,
        problems,
        more,
        done,
    })
}

pub async fn overview(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadDirectory>,
    page: Page,
    axum::extract::Query(done): axum::extract::Query<Done>,
) -> AppResult<Response> {
    render(&overview_page(&state, &ctx, &grant, page, (Vec::new(), 0), Some(done)).await?)
}

/// An HSDS JSON file imported whole, or refused whole with every problem listed where it is.
pub async fn import(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ManageDirectory>,
    page: Page,
    multipart: Multipart,
) -> AppResult<Response> {
    let upload_problem =
        |code: &str| Shown { place: String::new(), field: String::new(), message: page.t(&format!("error-{code}")) };
    let refused = match read_upload(multipart).await {
        Err(problems) => problems.iter().map(|p| upload_problem(p.code)).collect(),
        // Files up to the size every import names (the request's own limit is a little larger).
        Ok(upload) if upload.bytes.len() > bridges_app::spreadsheet::MAX_FILE_BYTES => {
            vec![upload_problem("import-too-large")]
        }
        Ok(upload) => match take_turn(state.imports()).await {
            Err(problems) => problems.iter().map(|p| upload_problem(p.code)).collect(),
            Ok(_turn) => match directory::import(state.services(), &grant, Source::Json(upload.bytes)).await? {
                Ok(summary) => {
                    let to = format!(
                        "/orgs/{}/signpost?imported={}&warnings={}",
                        ctx.org.id,
                        summary.services,
                        summary.warnings.total()
                    );
                    return Ok(see_other(&to));
                }
                Err(problems) => {
                    let read = grant.also::<ReadDirectory>()?;
                    let listed = shown(&page.tr, &problems);
                    let body = overview_page(&state, &ctx, &read, page, listed, None).await?;
                    return with_status(render(&body)?, StatusCode::UNPROCESSABLE_ENTITY);
                }
            },
        },
    };
    let read = grant.also::<ReadDirectory>()?;
    let body = overview_page(&state, &ctx, &read, page, (refused, 0), None).await?;
    with_status(render(&body)?, StatusCode::UNPROCESSABLE_ENTITY)
}

/// Publishes the directory for other Open Referral tools, or takes it down.
pub async fn publish(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ManageDirectory>,
    form: FormPairs,
) -> AppResult<Response> {
    publishing::set_published(state.services(), &grant, form.first("published") == "true").await?;
    Ok(see_other(&format!("/orgs/{}/signpost#publication", ctx.org.id)))
}

/// The whole directory as HSDS JSON: an array of full service records.
pub async fn services_json(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<ReadDirectory>,
) -> AppResult<Response> {
    let export = directory::export(state.services(), &grant).await?;
    Ok(download(export.services_json, "application/json", "services.json"))
}
