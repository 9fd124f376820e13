//! Projects and their Step 4 power analysis over JSON.

use crate::http::authz::{Authorised, Ids};
use crate::http::dto::Problem;
use crate::http::error::AppResult;
use crate::http::state::AppState;
use axum::extract::State;
use axum::Json;
use bridges_app::plan::load_map;
use bridges_domain::policy::ReadOrg;
use bridges_domain::{OrgId, ProjectId};
use bridges_plan::Stakeholder;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct ProjectDto {
    pub id: uuid::Uuid,
    pub title: String,
    pub aims: String,
}

#[derive(Serialize, ToSchema)]
pub struct LeverageDto {
    pub stakeholder: String,
    pub score: f64,
    /// Targets it moves directly.
    pub moves_targets: Vec<String>,
    /// The chain from an ally to it; empty when no channel is known.
    pub reached_through: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct OpponentDto {
    pub stakeholder: String,
    /// key-players, keep-satisfied, keep-informed or monitor.
    pub quadrant: String,
    pub moves_targets: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct PowerAnalysisDto {
    /// Stakeholders as stored; `key` is the stakeholder id used everywhere below.
    #[schema(value_type = Vec<Object>)]
    pub stakeholders: Vec<Stakeholder>,
    /// Whom to approach first, best first.
    pub leverage: Vec<LeverageDto>,
    pub opponents: Vec<OpponentDto>,
    /// Circles of mutual influence.
    pub cycles: Vec<Vec<String>>,
}

/// Projects and their power analysis in the API's document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(list, power), components(schemas(ProjectDto, PowerAnalysisDto, LeverageDto, OpponentDto)))]
pub struct ProjectsApi;

#[utoipa::path(get, path = "/api/v1/orgs/{org}/projects", params(("org" = uuid::Uuid, Path)),
    responses((status = 200, body = Vec<ProjectDto>), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<ReadOrg>,
) -> AppResult<Json<Vec<ProjectDto>>> {
    let projects = state.store().projects(&grant).await?;
    Ok(Json(projects.into_iter().map(|p| ProjectDto { id: p.id.as_uuid(), title: p.title, aims: p.aims }).collect()))
}

/// Step 4: the stakeholder map and what the planner computes from it.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/projects/{id}/power", params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)),
    responses((status = 200, body = PowerAnalysisDto), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn power(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<ReadOrg>,
    // `_org`, not `_`: utoipa's macro reads these patterns and takes only names inside a tuple.
    Ids((_org, id)): Ids<(OrgId, ProjectId)>,
) -> AppResult<Json<PowerAnalysisDto>> {
    // Another organisation's project, or none, is not found rather than an empty map.
    state.store().project(&grant, id).await?;
    let (people, relations) = load_map(state.services(), &grant, id).await?;
    let map = bridges_app::plan::power_map(people.clone(), &relations)?;
    Ok(Json(PowerAnalysisDto {
        leverage: map
            .leverage()
            .into_iter()
            .map(|l| LeverageDto {
                stakeholder: l.key,
                score: l.score,
                moves_targets: l.moves_targets,
                reached_through: l.reach.map(|r| r.through).unwrap_or_default(),
            })
            .collect(),
        opponents: map
            .opponents()
            .into_iter()
            .map(|o| OpponentDto {
                stakeholder: o.key,
                quadrant: o.quadrant.as_str().to_string(),
                moves_targets: o.moves_targets,
            })
            .collect(),
        cycles: map.cycles(),
        stakeholders: people,
    }))
}
