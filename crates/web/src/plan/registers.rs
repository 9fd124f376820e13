//! What the plan's registers (evidence, partners, setbacks, objectives, team) share: ids from paths,
//! checking and saving entries in the plan crate's shapes, removal, and the CSV export.

use crate::http::authz::OrgContext;
use crate::http::error::{AppError, AppResult};
use crate::http::see_other;
use crate::http::state::AppState;
use crate::plan::data::{load_register, Register};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use bridges_domain::policy::{EditProjects, ReadOrg};
use bridges_domain::{ProjectId, ValidationErrors};
use bridges_plan::evidence::Entry;
use bridges_plan::{Objective, Partner, Setback, TeamRole};
use bridges_store::REGISTERS;

/// The store's number for a register named in a path; unknown names are not found.
pub fn register_step(name: &str) -> AppResult<i16> {
    REGISTERS.iter().find(|(_, n)| *n == name).map(|(s, _)| *s).ok_or(AppError::NotFound)
}

pub fn project_id(raw: &str) -> AppResult<ProjectId> {
    crate::http::path_id(raw)
}

pub fn entry_id(raw: &str) -> AppResult<uuid::Uuid> {
    crate::http::path_id(raw)
}

/// Checks `entry` against the register's rules and its other entries (all but `replacing`).
pub async fn check<T: Register>(
    state: &AppState,
    ctx: &OrgContext,
    project: ProjectId,
    entry: &T,
    replacing: Option<uuid::Uuid>,
    errors: &mut ValidationErrors,
) -> AppResult<()> {
    let skip = replacing.map(|r| r.to_string());
    let others: Vec<(String, T)> =
        load_register(state, ctx, project).await?.into_iter().filter(|(id, _)| Some(id) != skip.as_ref()).collect();
    entry.check(errors, &others);
    Ok(())
}

/// Adds the entry, or rewrites entry `replacing`; returns its id.
pub async fn save<T: Register>(
    state: &AppState,
    ctx: &OrgContext,
    project: ProjectId,
    entry: &T,
    replacing: Option<uuid::Uuid>,
) -> AppResult<uuid::Uuid> {
    let grant = ctx.grant::<EditProjects>()?;
    let json = serde_json::to_string(entry).map_err(|e| AppError::Internal(e.to_string()))?;
    match replacing {
        Some(id) => {
            state.store().update_entry(&grant, project, T::STEP, id, &json, state.now()).await?;
            Ok(id)
        }
        None => Ok(state.store().add_entry(&grant, project, T::STEP, &json, state.now()).await?),
    }
}

/// `POST …/projects/{id}/{register}/{entry}/remove` for any register.
pub async fn remove(
    State(state): State<AppState>,
    ctx: OrgContext,
    Path((_, id, register, entry)): Path<(String, String, String, String)>,
) -> AppResult<Response> {
    let grant = ctx.grant::<EditProjects>()?;
    let step = register_step(&register)?;
    state.store().remove_entry(&grant, project_id(&id)?, step, entry_id(&entry)?, state.now()).await?;
    let back = if register == "team" || register == "objectives" { "objectives" } else { register.as_str() };
    Ok(see_other(&format!("/orgs/{}/projects/{id}/{back}", ctx.org.id)))
}

fn csv<T: Register>(entries: &[(String, T)]) -> String {
    let mut out = String::from("id,");
    out.push_str(&T::csv_header().join(","));
    out.push_str("\r\n");
    for (id, e) in entries {
        let row: Vec<String> =
            std::iter::once(id.clone()).chain(e.csv_row()).map(|v| crate::http::spreadsheet::cell(&v)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

async fn export<T: Register>(state: &AppState, ctx: &OrgContext, project: ProjectId) -> AppResult<String> {
    Ok(csv::<T>(&load_register(state, ctx, project).await?))
}

/// `GET …/projects/{id}/export/{register}`: a register as a CSV spreadsheet.
pub async fn download(
    State(state): State<AppState>,
    ctx: OrgContext,
    Path((_, id, register)): Path<(String, String, String)>,
) -> AppResult<Response> {
    ctx.grant::<ReadOrg>()?;
    let project = project_id(&id)?;
    let body = match register.as_str() {
        "evidence" => export::<Entry>(&state, &ctx, project).await?,
        "partnerships" => export::<Partner>(&state, &ctx, project).await?,
        "setbacks" => export::<Setback>(&state, &ctx, project).await?,
        "objectives" => export::<Objective>(&state, &ctx, project).await?,
        "team" => export::<TeamRole>(&state, &ctx, project).await?,
        _ => return Err(AppError::NotFound),
    };
    let disposition = format!("attachment; filename=\"{register}.csv\"");
    Ok((
        [(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, disposition)],
        body,
    )
        .into_response())
}
