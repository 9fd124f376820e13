//! What the plan's registers (evidence, partners, setbacks) share: ids from paths, entries stored
//! as JSON in the plan crate's shapes, and removal.

use crate::authz::OrgContext;
use crate::error::{AppError, AppResult};
use crate::routes::see_other;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use bridges_domain::policy::{EditProjects, ReadOrg};
use bridges_domain::ProjectId;
use serde::de::DeserializeOwned;
use serde::Serialize;

pub fn project_id(raw: &str) -> AppResult<ProjectId> {
    raw.parse().map_err(|_| AppError::NotFound)
}

/// A register's entries, oldest first, with their ids.
pub async fn load<T: DeserializeOwned>(
    state: &AppState,
    ctx: &OrgContext,
    project: ProjectId,
    step: i16,
) -> AppResult<Vec<(String, T)>> {
    state
        .store()
        .entries(&ctx.grant::<ReadOrg>()?, project, step)
        .await?
        .into_iter()
        .map(|(entry, data)| {
            Ok((entry.to_string(), serde_json::from_str(&data).map_err(|e| AppError::Internal(e.to_string()))?))
        })
        .collect()
}

pub async fn add<T: Serialize>(
    state: &AppState,
    ctx: &OrgContext,
    project: ProjectId,
    step: i16,
    entry: &T,
) -> AppResult<()> {
    let grant = ctx.grant::<EditProjects>()?;
    let json = serde_json::to_string(entry).map_err(|e| AppError::Internal(e.to_string()))?;
    state.store().add_entry(&grant, project, step, &json, state.now()).await?;
    Ok(())
}

/// `POST …/projects/{id}/{register}/{entry}/remove` for any register.
pub async fn remove(
    State(state): State<AppState>,
    ctx: OrgContext,
    Path((_, id, register, entry)): Path<(String, String, String, String)>,
) -> AppResult<Response> {
    let grant = ctx.grant::<EditProjects>()?;
    if !matches!(register.as_str(), "evidence" | "partnerships" | "setbacks") {
        return Err(AppError::NotFound);
    }
    let entry: uuid::Uuid = entry.parse().map_err(|_| AppError::NotFound)?;
    state.store().remove_entry(&grant, project_id(&id)?, entry).await?;
    Ok(see_other(&format!("/orgs/{}/projects/{id}/{register}", ctx.org.id)))
}
