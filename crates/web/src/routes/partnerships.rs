//! Step 5 of a plan: the partners, what each brings and wants, the project's bottom line with each,
//! when it would walk away, and the funding share, with a warning when the funding base is narrow.

use crate::authz::OrgContext;
use crate::error::AppResult;
use crate::forms::{bounded_text, FormView};
use crate::page::{render, Page};
use crate::routes::registers::{self, project_id};
use crate::routes::see_other;
use crate::routes::session::with_status;
use crate::state::AppState;
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

const STEP: i16 = 5;

#[derive(Template)]
#[template(path = "projects/partnerships.html")]
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
    let partners: Vec<(String, Partner)> = registers::load(state, ctx, id, STEP).await?;
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
        name: bounded_text(&mut errors, "name", &f.name, 200, true),
        brings: bounded_text(&mut errors, "brings", &f.brings, 2_000, false),
        wants: bounded_text(&mut errors, "wants", &f.wants, 2_000, false),
        bottom_line: bounded_text(&mut errors, "bottom_line", &f.bottom_line, 2_000, false),
        walk_away_if: bounded_text(&mut errors, "walk_away_if", &f.walk_away_if, 2_000, false),
        funding_share: match f.funding_share.trim().trim_end_matches('%').trim() {
            "" => 0.0,
            v => match v.replace(',', ".").parse::<f64>() {
                Ok(n) if (0.0..=100.0).contains(&n) => n,
                _ => {
                    errors.add("funding_share", "share-invalid");
                    0.0
                }
            },
        },
    };
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
    registers::add(&state, &ctx, project, STEP, &partner).await?;
    Ok(see_other(&format!("/orgs/{}/projects/{id}/partnerships", ctx.org.id)))
}
