//! What the plan's registers (evidence, partners, setbacks, objectives, team) share: register names
//! from paths, checking and saving entries in the plan crate's shapes, removal, and the CSV export.

use crate::http::authz::{Authorised, Ids};
use crate::http::error::{AppError, AppResult};
use crate::http::see_other;
use crate::http::state::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use bridges_app::plan::{load_register, Register};
use bridges_domain::policy::{EditProjects, ReadOrg};
use bridges_domain::{OrgId, ProjectId, ValidationErrors};
use bridges_plan::evidence::Entry;
use bridges_plan::{Objective, Partner, Setback, TeamRole};
use bridges_store::{Grant, REGISTERS};

/// The store's number for a register named in a path; unknown names are not found.
pub fn register_step(name: &str) -> AppResult<i16> {
    REGISTERS.iter().find(|(_, n)| *n == name).map(|(s, _)| *s).ok_or(AppError::NotFound)
}

/// Checks `entry` against the register's rules and its other entries (all but `replacing`).
pub async fn check<T: Register>(
    state: &AppState,
    read: &Grant<ReadOrg>,
    project: ProjectId,
    entry: &T,
    replacing: Option<uuid::Uuid>,
    errors: &mut ValidationErrors,
) -> AppResult<()> {
    let skip = replacing.map(|r| r.to_string());
    let others: Vec<(String, T)> = load_register(state.services(), read, project)
        .await?
        .into_iter()
        .filter(|(id, _)| Some(id) != skip.as_ref())
        .collect();
    entry.check(errors, &others);
    Ok(())
}

/// Adds the entry, or rewrites entry `replacing`; returns its id.
pub async fn save<T: Register>(
    state: &AppState,
    grant: &Grant<EditProjects>,
    project: ProjectId,
    entry: &T,
    replacing: Option<uuid::Uuid>,
) -> AppResult<uuid::Uuid> {
    let json = serde_json::to_string(entry).map_err(|e| AppError::Internal(e.to_string()))?;
    match replacing {
        Some(id) => {
            state.store().update_entry(grant, project, T::STEP, id, &json, state.now()).await?;
            Ok(id)
        }
        None => Ok(state.store().add_entry(grant, project, T::STEP, &json, state.now()).await?),
    }
}

/// `POST …/projects/{id}/{register}/{entry}/remove` for any register.
pub async fn remove(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<EditProjects>,
    Ids((_, id, register, entry)): Ids<(OrgId, ProjectId, String, uuid::Uuid)>,
) -> AppResult<Response> {
    let step = register_step(&register)?;
    state.store().remove_entry(&grant, id, step, entry, state.now()).await?;
    let back = if register == "team" || register == "objectives" { "objectives" } else { register.as_str() };
    Ok(see_other(&format!("/orgs/{}/projects/{id}/{back}", ctx.org.id)))
}

fn csv<T: Register>(entries: &[(String, T)]) -> String {
    let header: Vec<String> =
        std::iter::once("id".to_string()).chain(T::csv_header().iter().map(|h| h.to_string())).collect();
    let mut sheet = bridges_app::spreadsheet::Sheet::new(&header);
    for (id, e) in entries {
        let row: Vec<String> = std::iter::once(id.clone()).chain(e.csv_row()).collect();
        sheet.row(&row);
    }
    sheet.finish()
}

async fn export<T: Register>(state: &AppState, read: &Grant<ReadOrg>, project: ProjectId) -> AppResult<String> {
    Ok(csv::<T>(&load_register(state.services(), read, project).await?))
}

/// `GET …/projects/{id}/export/{register}`: a register as a CSV spreadsheet.
pub async fn download(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<ReadOrg>,
    Ids((_, project, register)): Ids<(OrgId, ProjectId, String)>,
) -> AppResult<Response> {
    let body = match register.as_str() {
        "evidence" => export::<Entry>(&state, &grant, project).await?,
        "partnerships" => export::<Partner>(&state, &grant, project).await?,
        "setbacks" => export::<Setback>(&state, &grant, project).await?,
        "objectives" => export::<Objective>(&state, &grant, project).await?,
        "team" => export::<TeamRole>(&state, &grant, project).await?,
        _ => return Err(AppError::NotFound),
    };
    let disposition = format!("attachment; filename=\"{register}.csv\"");
    Ok((
        [(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, disposition)],
        body,
    )
        .into_response())
}
