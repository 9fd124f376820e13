//! An organisation's practice records over JSON: list, create, read, update, move along the
//! review workflow, delete. Same rules as the pages.

use crate::http::authz::{Authorised, Ids};
use crate::http::dto::Problem;
use crate::http::error::{AppError, AppResult};
use crate::http::state::AppState;
use crate::learn::library::record;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use bridges_app::learn::{self as practice_actions, Outcome};
use bridges_domain::policy::{PublishPractices, ReadOrg, WritePractices};
use bridges_domain::{OrgId, PracticeId, PracticeStatus, ValidationErrors};
use bridges_store::StoredPractice;
use bridges_toolkit::{Practice, PracticeForm};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct PracticeDto {
    pub id: uuid::Uuid,
    /// private, review or published.
    #[schema(value_type = crate::http::dto::names::PracticeStatusName)]
    pub status: String,
    /// Fields a complete record still lacks (publication needs none missing).
    pub missing: Vec<String>,
    #[schema(value_type = Object)]
    pub record: Practice,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct CreatedDto {
    pub id: uuid::Uuid,
}

#[derive(Deserialize, ToSchema)]
pub struct StatusChange {
    #[serde(default)]
    #[schema(value_type = crate::http::dto::names::PracticeStatusName, required = true)]
    pub status: String,
}

fn dto(stored: &StoredPractice) -> AppResult<PracticeDto> {
    let record = record(stored)?;
    Ok(PracticeDto {
        id: stored.id.as_uuid(),
        status: stored.status.as_str().to_string(),
        missing: record.missing_for_publication().iter().map(|s| s.to_string()).collect(),
        record,
        updated_at: stored.updated_at,
    })
}

/// An organisation's practice records in the API's document.
#[derive(utoipa::OpenApi)]
#[openapi(
    paths(list, create, read, update, set_status, delete),
    components(schemas(PracticeDto, CreatedDto, StatusChange))
)]
pub struct PracticesApi;

/// The organisation's practices, in every status.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/practices", params(("org" = uuid::Uuid, Path)),
    responses((status = 200, body = Vec<PracticeDto>), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<ReadOrg>,
) -> AppResult<Json<Vec<PracticeDto>>> {
    let stored = state.store().org_practices(&grant).await?;
    Ok(Json(stored.iter().map(dto).collect::<AppResult<_>>()?))
}

/// Writes a new, private practice (staff and above). The body has the record's fields; drafts may be
/// incomplete.
#[utoipa::path(post, path = "/api/v1/orgs/{org}/practices", params(("org" = uuid::Uuid, Path)), request_body = Object,
    responses((status = 201, body = CreatedDto), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn create(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<WritePractices>,
    Json(body): Json<Practice>,
) -> AppResult<(StatusCode, Json<CreatedDto>)> {
    let known = state.learn().frameworks_for(state.store(), &grant).await?;
    match practice_actions::create(state.services(), &grant, &PracticeForm::from_practice(&body), &known).await? {
        Outcome::Done(id) => Ok((StatusCode::CREATED, Json(CreatedDto { id: id.as_uuid() }))),
        Outcome::Invalid(errors) => Err(AppError::Invalid(errors)),
    }
}

#[utoipa::path(get, path = "/api/v1/orgs/{org}/practices/{id}", params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)),
    responses((status = 200, body = PracticeDto), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn read(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<ReadOrg>,
    // `_org`, not `_`: utoipa's macro reads these patterns and takes only names inside a tuple.
    Ids((_org, id)): Ids<(OrgId, PracticeId)>,
) -> AppResult<Json<PracticeDto>> {
    Ok(Json(dto(&state.store().org_practice(&grant, id).await?)?))
}

/// Replaces the record's fields (staff and above, owning organisation only).
#[utoipa::path(put, path = "/api/v1/orgs/{org}/practices/{id}", params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)),
    request_body = Object,
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn update(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<WritePractices>,
    Ids((_org, id)): Ids<(OrgId, PracticeId)>,
    Json(body): Json<Practice>,
) -> AppResult<StatusCode> {
    let known = state.learn().frameworks_for(state.store(), &grant).await?;
    match practice_actions::update(state.services(), &grant, (id, &PracticeForm::from_practice(&body)), &known).await? {
        Outcome::Done(()) => Ok(StatusCode::NO_CONTENT),
        Outcome::Invalid(errors) => Err(AppError::Invalid(errors)),
    }
}

/// Moves the record: private → review → published, or back to private (coordinators and owners).
#[utoipa::path(post, path = "/api/v1/orgs/{org}/practices/{id}/status", params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)),
    request_body = StatusChange,
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 409, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn set_status(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<PublishPractices>,
    Ids((_org, id)): Ids<(OrgId, PracticeId)>,
    Json(body): Json<StatusChange>,
) -> AppResult<StatusCode> {
    let next = PracticeStatus::parse(&body.status)
        .map_err(|code| AppError::Invalid(ValidationErrors::single("status", code)))?;
    practice_actions::set_status(state.services(), &grant, id, next).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Deletes the record and its reviews (coordinators and owners).
#[utoipa::path(delete, path = "/api/v1/orgs/{org}/practices/{id}", params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)),
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn delete(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<PublishPractices>,
    Ids((_org, id)): Ids<(OrgId, PracticeId)>,
) -> AppResult<StatusCode> {
    state.store().delete_practice(&grant, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
