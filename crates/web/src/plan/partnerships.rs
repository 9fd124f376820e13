//! Step 5 of a plan: the partners, what each brings and wants, the project's bottom line with each,
//! when it would walk away, and the funding share, with a warning when the funding base is narrow.

use crate::http::authz::OrgContext;
use crate::http::error::AppResult;
use crate::http::forms::FormView;
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use crate::http::with_status;
use crate::plan::data::load_register;
use crate::plan::registers::{self, project_id};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use bridges_domain::policy::{EditProjects, ReadOrg};
use bridges_domain::{ProjectId, ValidationErrors};
use bridges_plan::{funding_base, FundingBase, Partner};
use bridges_store::Project;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "plan/partnerships.html")]
struct PartnershipsPage {
    page: Page,
    project: Project,
    partners: Vec<(String, Partner)>,
    base: FundingBase,
    may_edit: bool,
    form: FormView,
}

impl PartnershipsPage {
    fn share(&self, v: &f64) -> String {
        format!("{v:.0} %")
    }
}

async fn partnerships_page(
    state: &AppState,
    ctx: &OrgContext,
    page: Page,
    id: ProjectId,
    form: FormView,
) -> AppResult<Response> {
    let project = state.store().project(&ctx.grant::<ReadOrg>()?, id).await?;
    let partners: Vec<(String, Partner)> = load_register(state, ctx, id).await?;
    let base = funding_base(&partners.iter().map(|(_, p)| p.clone()).collect::<Vec<_>>());
    render(&PartnershipsPage {
        page: page.with_org(ctx),
        project,
        partners,
        base,
        may_edit: ctx.membership.may::<EditProjects>(),
        form,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: OrgContext,
    page: Page,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    partnerships_page(&state, &ctx, page, project_id(&id)?, FormView::new()).await
}

#[derive(Deserialize)]
pub struct NewPartner {
    #[serde(default)]
    name: String,
    #[serde(default)]
    brings: String,
    #[serde(default)]
    wants: String,
    #[serde(default)]
    bottom_line: String,
    #[serde(default)]
    walk_away_if: String,
    #[serde(default)]
    funding_share: String,
}

pub async fn add(
    State(state): State<AppState>,
    ctx: OrgContext,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    Form(f): Form<NewPartner>,
) -> AppResult<Response> {
    ctx.grant::<EditProjects>()?;
    let project = project_id(&id)?;
    let mut errors = ValidationErrors::new();
    let partner = Partner {
        name: f.name.trim().to_string(),
        brings: f.brings.trim().to_string(),
        wants: f.wants.trim().to_string(),
        bottom_line: f.bottom_line.trim().to_string(),
        walk_away_if: f.walk_away_if.trim().to_string(),
        funding_share: match f.funding_share.trim().trim_end_matches('%').trim() {
            "" => 0.0,
            v => v.replace(',', ".").parse::<f64>().ok().filter(|n| n.is_finite()).unwrap_or(-1.0),
        },
    };
    registers::check(&state, &ctx, project, &partner, None, &mut errors).await?;
    if !errors.is_empty() {
        let form = FormView::new()
            .with_value("name", f.name.chars().take(300).collect::<String>())
            .with_value("funding_share", f.funding_share.chars().take(20).collect::<String>())
            .with_errors(&page.tr, &errors);
        return with_status(
            partnerships_page(&state, &ctx, page, project, form).await?,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    registers::save(&state, &ctx, project, &partner, None).await?;
    Ok(see_other(&format!("/orgs/{}/projects/{id}/partnerships", ctx.org.id)))
}
