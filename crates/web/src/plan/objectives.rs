//! What the project means to achieve (objectives Measure will later tie indicators to) and who works
//! on it (members of the organisation with a project role).

use crate::http::authz::{Authorised, Ids, OrgContext};
use crate::http::error::AppResult;
use crate::http::forms::{FormPairs, FormView};
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use crate::http::with_status;
use crate::plan::projects::member_names;
use crate::plan::registers;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use bridges_app::plan::load_register;
use bridges_domain::policy::{EditProjects, ReadOrg};
use bridges_domain::{OrgId, ProjectId, ValidationErrors};
use bridges_plan::{Objective, TeamRole};
use bridges_store::{Grant, Project};
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
    /// Per objective's id: indicators on track, judged against a target, and all that serve it.
    progress: std::collections::HashMap<String, (usize, usize, usize)>,
    form: FormView,
}

impl ObjectivesPage {
    fn progress(&self, id: &str) -> Option<(usize, usize, usize)> {
        self.progress.get(id).copied()
    }
    fn member(&self, id: &str) -> String {
        self.members.get(id).cloned().unwrap_or_else(|| self.page.t("history-former-member"))
    }
}

async fn objectives_page(
    state: &AppState,
    ctx: &OrgContext,
    read: &Grant<ReadOrg>,
    page: Page,
    id: ProjectId,
    form: FormView,
) -> AppResult<Response> {
    let project = state.store().project(read, id).await?;
    let measures = read.also::<bridges_domain::policy::ReadMeasures>()?;
    let today = crate::measure::today(state, ctx);
    let progress = bridges_app::measure::objective_progress(state.services(), &measures, id, today)
        .await?
        .into_iter()
        .map(|(objective, counts)| (objective.to_string(), counts))
        .collect();
    render(&ObjectivesPage {
        page: page.with_org(ctx),
        project,
        objectives: load_register(state.services(), read, id).await?,
        team: load_register(state.services(), read, id).await?,
        members: member_names(state, read).await?,
        may_edit: ctx.may::<EditProjects>(),
        progress,
        form,
    })
}

pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadOrg>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProjectId)>,
) -> AppResult<Response> {
    objectives_page(&state, &ctx, &grant, page, id, FormView::new()).await
}

/// Adds an objective (`kind=objective`) or a team member (`kind=team`).
pub async fn add(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<EditProjects>,
    page: Page,
    Ids((_, project)): Ids<(OrgId, ProjectId)>,
    pairs: FormPairs,
) -> AppResult<Response> {
    let read = grant.also::<ReadOrg>()?;
    let mut errors = ValidationErrors::new();
    if pairs.first("kind") == "team" {
        let role = TeamRole { member: pairs.first("member"), role: pairs.first("role") };
        if !member_names(&state, &read).await?.contains_key(&role.member) {
            errors.add("member", "team-member-unknown");
        }
        registers::check(&state, &read, project, &role, None, &mut errors).await?;
        if errors.is_empty() {
            registers::save(&state, &grant, project, &role, None).await?;
        }
    } else {
        let due = pairs.first("due");
        let objective = Objective {
            text: pairs.first("text"),
            measure: pairs.first("measure"),
            target: pairs.first("target"),
            due: (!due.is_empty()).then_some(due),
        };
        registers::check(&state, &read, project, &objective, None, &mut errors).await?;
        if errors.is_empty() {
            registers::save(&state, &grant, project, &objective, None).await?;
        }
    }
    if !errors.is_empty() {
        let form = FormView::new()
            .with_value("text", pairs.first("text").chars().take(600).collect::<String>())
            .with_value("target", pairs.first("target").chars().take(600).collect::<String>())
            .with_value("due", pairs.first("due").chars().take(20).collect::<String>())
            .with_errors(&page.tr, &errors);
        return with_status(
            objectives_page(&state, &ctx, &read, page, project, form).await?,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    Ok(see_other(&format!("/orgs/{}/projects/{project}/objectives", ctx.org.id)))
}
