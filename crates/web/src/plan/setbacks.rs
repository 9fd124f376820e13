//! Step 6 of a plan: the setbacks the project may meet, the rights at stake, whether legal support
//! is needed, and the allies to approach. Risks to rights with nobody lined up are flagged.

use crate::http::authz::OrgContext;
use crate::http::error::AppResult;
use crate::http::forms::{FormPairs, FormView};
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
use bridges_domain::policy::{EditProjects, ReadOrg};
use bridges_domain::{ProjectId, ValidationErrors};
use bridges_plan::{Setback, ALLIES, RIGHTS};
use bridges_store::Project;

#[derive(Template)]
#[template(path = "plan/setbacks.html")]
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
    let setbacks = load_register(state, ctx, id).await?;
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
    pairs: FormPairs,
) -> AppResult<Response> {
    ctx.grant::<EditProjects>()?;
    let project = project_id(&id)?;
    let setback = Setback {
        description: pairs.first("description"),
        rights: pairs.all("rights", 20),
        legal_support: pairs.has("legal_support"),
        allies: pairs.all("allies", 20),
        response: pairs.first("response"),
    };
    let mut errors = ValidationErrors::new();
    registers::check(&state, &ctx, project, &setback, None, &mut errors).await?;
    if !errors.is_empty() {
        let form = FormView::new().with_errors(&page.tr, &errors);
        return with_status(setbacks_page(&state, &ctx, page, project, form).await?, StatusCode::UNPROCESSABLE_ENTITY);
    }
    registers::save(&state, &ctx, project, &setback, None).await?;
    Ok(see_other(&format!("/orgs/{}/projects/{id}/setbacks", ctx.org.id)))
}
