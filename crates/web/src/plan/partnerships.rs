//! Step 5 of a plan: the partners, what each brings and wants, the project's bottom line with each,
//! when it would walk away, and the funding share, with a warning when the funding base is narrow.

use crate::http::authz::{Authorised, Ids, OrgContext};
use crate::http::error::AppResult;
use crate::http::forms::FormView;
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use crate::http::with_status;
use crate::plan::registers;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use bridges_app::plan::load_register;
use bridges_domain::policy::{EditProjects, ReadOrg};
use bridges_domain::{OrgId, ProjectId, ValidationErrors};
use bridges_plan::{funding_base, FundingBase, Partner};
use bridges_store::{Grant, Project};
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
    read: &Grant<ReadOrg>,
    page: Page,
    id: ProjectId,
    form: FormView,
) -> AppResult<Response> {
    let project = state.store().project(read, id).await?;
    let partners: Vec<(String, Partner)> = load_register(state.services(), read, id).await?;
    let base = funding_base(&partners.iter().map(|(_, p)| p.clone()).collect::<Vec<_>>());
    render(&PartnershipsPage {
        page: page.with_org(ctx),
        project,
        partners,
        base,
        may_edit: ctx.may::<EditProjects>(),
        form,
    })
}

pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadOrg>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProjectId)>,
) -> AppResult<Response> {
    partnerships_page(&state, &ctx, &grant, page, id, FormView::new()).await
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
    Authorised { ctx, grant }: Authorised<EditProjects>,
    page: Page,
    Ids((_, project)): Ids<(OrgId, ProjectId)>,
    Form(f): Form<NewPartner>,
) -> AppResult<Response> {
    let read = grant.also::<ReadOrg>()?;
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
    registers::check(&state, &read, project, &partner, None, &mut errors).await?;
    if !errors.is_empty() {
        let form = FormView::new()
            .with_value("name", f.name.chars().take(300).collect::<String>())
            .with_value("funding_share", f.funding_share.chars().take(20).collect::<String>())
            .with_errors(&page.tr, &errors);
        return with_status(
            partnerships_page(&state, &ctx, &read, page, project, form).await?,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    registers::save(&state, &grant, project, &partner, None).await?;
    Ok(see_other(&format!("/orgs/{}/projects/{project}/partnerships", ctx.org.id)))
}
