//! What the project means to achieve (objectives Measure will later tie indicators to) and who works
//! on it (members of the organisation with a project role).

use crate::http::authz::OrgContext;
use crate::http::error::AppResult;
use crate::http::forms::{FormPairs, FormView};
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use crate::http::with_status;
use crate::plan::data::load_register;
use crate::plan::projects::member_names;
use crate::plan::registers::{self, project_id};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use bridges_domain::policy::{EditProjects, ReadOrg};
use bridges_domain::{ProjectId, ValidationErrors};
use bridges_plan::{Objective, TeamRole};
use bridges_store::Project;
use std::collections::BTreeMap;

#[derive(Template)]
#[template(path = "plan/objectives.html")]
struct ObjectivesPage {
    page: Page,
    project: Project,
    objectives: Vec<(String, Objective)>,
    team: Vec<(String, TeamRole)>,
    members: BTreeMap<String, String>,
    may_edit: bool,
    form: FormView,
}

impl ObjectivesPage {
    fn member(&self, id: &str) -> String {
        self.members.get(id).cloned().unwrap_or_else(|| self.page.t("history-former-member"))
    }
}

async fn objectives_page(
    state: &AppState,
    ctx: &OrgContext,
    page: Page,
    id: ProjectId,
    form: FormView,
) -> AppResult<Response> {
    let project = state.store().project(&ctx.grant::<ReadOrg>()?, id).await?;
    render(&ObjectivesPage {
        page: page.with_org(ctx),
        project,
        objectives: load_register(state, ctx, id).await?,
        team: load_register(state, ctx, id).await?,
        members: member_names(state, ctx).await?,
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
    objectives_page(&state, &ctx, page, project_id(&id)?, FormView::new()).await
}

/// Adds an objective (`kind=objective`) or a team member (`kind=team`).
pub async fn add(
    State(state): State<AppState>,
    ctx: OrgContext,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    pairs: FormPairs,
) -> AppResult<Response> {
    ctx.grant::<EditProjects>()?;
    let project = project_id(&id)?;
    let mut errors = ValidationErrors::new();
    if pairs.first("kind") == "team" {
        let role = TeamRole { member: pairs.first("member"), role: pairs.first("role") };
        if !member_names(&state, &ctx).await?.contains_key(&role.member) {
            errors.add("member", "team-member-unknown");
        }
        registers::check(&state, &ctx, project, &role, None, &mut errors).await?;
        if errors.is_empty() {
            registers::save(&state, &ctx, project, &role, None).await?;
        }
    } else {
        let due = pairs.first("due");
        let objective = Objective {
            text: pairs.first("text"),
            measure: pairs.first("measure"),
            target: pairs.first("target"),
            due: (!due.is_empty()).then_some(due),
        };
        registers::check(&state, &ctx, project, &objective, None, &mut errors).await?;
        if errors.is_empty() {
            registers::save(&state, &ctx, project, &objective, None).await?;
        }
    }
    if !errors.is_empty() {
        let form = FormView::new()
            .with_value("text", pairs.first("text").chars().take(600).collect::<String>())
            .with_value("target", pairs.first("target").chars().take(600).collect::<String>())
            .with_value("due", pairs.first("due").chars().take(20).collect::<String>())
            .with_errors(&page.tr, &errors);
        return with_status(
            objectives_page(&state, &ctx, page, project, form).await?,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    Ok(see_other(&format!("/orgs/{}/projects/{id}/objectives", ctx.org.id)))
}
