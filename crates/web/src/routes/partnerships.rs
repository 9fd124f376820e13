//! Step 5 of a plan: the partners, what each brings and wants, the project's bottom line with each,
//! when it would walk away, and the funding share, with a warning when the funding base is narrow.

use crate::authz::OrgContext;
use crate::error::{AppError, AppResult};
use crate::forms::FormView;
use crate::page::{render, Page};
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

fn project_id(raw: &str) -> AppResult<ProjectId> {
    raw.parse().map_err(|_| AppError::NotFound)
}

async fn partnerships_page(
    state: &AppState,
    ctx: &OrgContext,
    page: Page,
    id: ProjectId,
    form: FormView,
) -> AppResult<Response> {
    let read = ctx.grant::<ReadOrg>()?;
    let project = state.store().project(&read, id).await?;
    let partners: Vec<(String, Partner)> = state
        .store()
        .entries(&read, id, STEP)
        .await?
        .into_iter()
        .map(|(entry, data)| {
            Ok((entry.to_string(), serde_json::from_str(&data).map_err(|e| AppError::Internal(e.to_string()))?))
        })
        .collect::<AppResult<_>>()?;
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

fn text(errors: &mut ValidationErrors, field: &'static str, value: &str, max: usize, required: bool) -> String {
    let v = value.trim();
    if required && v.is_empty() {
        errors.add(field, "practice-field-missing");
    } else if v.chars().count() > max {
        errors.add(field, "practice-field-too-long");
    }
    v.to_string()
}

pub async fn add(
    State(state): State<AppState>,
    ctx: OrgContext,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    Form(f): Form<NewPartner>,
) -> AppResult<Response> {
    let grant = ctx.grant::<EditProjects>()?;
    let project = project_id(&id)?;
    let mut errors = ValidationErrors::new();
    let partner = Partner {
        name: text(&mut errors, "name", &f.name, 200, true),
        brings: text(&mut errors, "brings", &f.brings, 2_000, false),
        wants: text(&mut errors, "wants", &f.wants, 2_000, false),
        bottom_line: text(&mut errors, "bottom_line", &f.bottom_line, 2_000, false),
        walk_away_if: text(&mut errors, "walk_away_if", &f.walk_away_if, 2_000, false),
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
    let json = serde_json::to_string(&partner).map_err(|e| AppError::Internal(e.to_string()))?;
    state.store().add_entry(&grant, project, STEP, &json, state.now()).await?;
    Ok(see_other(&format!("/orgs/{}/projects/{id}/partnerships", ctx.org.id)))
}

pub async fn remove(
    State(state): State<AppState>,
    ctx: OrgContext,
    Path((_, id, entry)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let grant = ctx.grant::<EditProjects>()?;
    let entry: uuid::Uuid = entry.parse().map_err(|_| AppError::NotFound)?;
    state.store().remove_entry(&grant, project_id(&id)?, entry).await?;
    Ok(see_other(&format!("/orgs/{}/projects/{id}/partnerships", ctx.org.id)))
}
