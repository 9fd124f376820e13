//! Step 6 of a plan: the setbacks the project may meet, the rights at stake, whether legal support
//! is needed, and the allies to approach. Risks to rights with nobody lined up are flagged.

use crate::http::authz::{Authorised, Ids, OrgContext};
use crate::http::error::AppResult;
use crate::http::forms::{FormPairs, FormView};
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use crate::http::with_status;
use crate::plan::registers;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use bridges_app::plan::load_register;
use bridges_domain::policy::{EditProjects, ReadOrg};
use bridges_domain::{OrgId, ProjectId, ValidationErrors};
use bridges_plan::{Setback, ALLIES, RIGHTS};
use bridges_store::{Grant, Project};

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
    read: &Grant<ReadOrg>,
    page: Page,
    id: ProjectId,
    form: FormView,
) -> AppResult<Response> {
    let project = state.store().project(read, id).await?;
    let setbacks = load_register(state.services(), read, id).await?;
    render(&SetbacksPage {
        page: page.with_org(ctx),
        project,
        setbacks,
        may_edit: ctx.may::<EditProjects>(),
        form,
        rights: RIGHTS,
        allies: ALLIES,
    })
}

pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadOrg>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProjectId)>,
) -> AppResult<Response> {
    setbacks_page(&state, &ctx, &grant, page, id, FormView::new()).await
}

pub async fn add(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<EditProjects>,
    page: Page,
    Ids((_, project)): Ids<(OrgId, ProjectId)>,
    pairs: FormPairs,
) -> AppResult<Response> {
    let read = grant.also::<ReadOrg>()?;
    let setback = Setback {
        description: pairs.first("description"),
        rights: pairs.all("rights", 20),
        legal_support: pairs.has("legal_support"),
        allies: pairs.all("allies", 20),
        response: pairs.first("response"),
    };
    let mut errors = ValidationErrors::new();
    registers::check(&state, &read, project, &setback, None, &mut errors).await?;
    if !errors.is_empty() {
        let form = FormView::new().with_errors(&page.tr, &errors);
        let response = setbacks_page(&state, &ctx, &read, page, project, form).await?;
        return with_status(response, StatusCode::UNPROCESSABLE_ENTITY);
    }
    registers::save(&state, &grant, project, &setback, None).await?;
    Ok(see_other(&format!("/orgs/{}/projects/{project}/setbacks", ctx.org.id)))
}
