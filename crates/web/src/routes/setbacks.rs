//! Step 6 of a plan: the setbacks the project may meet, the rights at stake, whether legal support
//! is needed, and the allies to approach. Risks to rights with nobody lined up are flagged.

use crate::authz::OrgContext;
use crate::error::{AppError, AppResult};
use crate::forms::FormView;
use crate::page::{render, Page};
use crate::routes::registers::{self, project_id};
use crate::routes::see_other;
use crate::routes::session::with_status;
use crate::state::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use bridges_domain::policy::{EditProjects, ReadOrg};
use bridges_domain::{ProjectId, ValidationErrors};
use bridges_plan::{Setback, ALLIES, RIGHTS};
use bridges_store::Project;

const STEP: i16 = 6;

#[derive(Template)]
#[template(path = "projects/setbacks.html")]
struct SetbacksPage {
    page: Page,
    project: Project,
    setbacks: Vec<(String, Setback)>,
    may_edit: bool,
    form: FormView,
    rights: [&'static str; 11],
    allies: [&'static str; 8],
}

async fn setbacks_page(
    state: &AppState,
    ctx: &OrgContext,
    page: Page,
    id: ProjectId,
    form: FormView,
) -> AppResult<Response> {
    let project = state.store().project(&ctx.grant::<ReadOrg>()?, id).await?;
    let setbacks = registers::load(state, ctx, id, STEP).await?;
    render(&SetbacksPage {
        page: page.with_org(ctx),
        project,
        setbacks,
        may_edit: ctx.membership.may::<EditProjects>(),
        form,
        rights: RIGHTS,
        allies: ALLIES,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: OrgContext,
    page: Page,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    setbacks_page(&state, &ctx, page, project_id(&id)?, FormView::new()).await
}

pub async fn add(
    State(state): State<AppState>,
    ctx: OrgContext,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> AppResult<Response> {
    ctx.grant::<EditProjects>()?;
    let project = project_id(&id)?;
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(&body).map_err(|_| AppError::BadRequest("bad-request"))?;
    let field =
        |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_string()).unwrap_or_default();
    let all = |name: &str| pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).take(20).collect::<Vec<_>>();
    let setback = Setback {
        description: field("description"),
        rights: all("rights"),
        legal_support: pairs.iter().any(|(k, _)| k == "legal_support"),
        allies: all("allies"),
        response: field("response"),
    };
    let mut errors = ValidationErrors::new();
    if setback.description.is_empty() {
        errors.add("description", "practice-field-missing");
    }
    if setback.description.chars().count() > 2_000 || setback.response.chars().count() > 2_000 {
        errors.add("description", "practice-field-too-long");
    }
    if !setback.is_known() {
        errors.add("rights", "practice-framework-invalid");
    }
    if !errors.is_empty() {
        let form = FormView::new().with_errors(&page.tr, &errors);
        return with_status(setbacks_page(&state, &ctx, page, project, form).await?, StatusCode::UNPROCESSABLE_ENTITY);
    }
    registers::add(&state, &ctx, project, STEP, &setback).await?;
    Ok(see_other(&format!("/orgs/{}/projects/{id}/setbacks", ctx.org.id)))
}
