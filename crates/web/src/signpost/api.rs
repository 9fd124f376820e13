//! Signpost over the API: the organisation's directory's publication for other Open Referral
//! tools (the HSDS read API's address while it is published).

use crate::http::authz::Authorised;
use crate::http::dto::Problem;
use crate::http::error::AppResult;
use crate::http::state::AppState;
use axum::extract::State;
use axum::Json;
use bridges_app::signpost::publishing;
use bridges_domain::policy::{ManageDirectory, ReadDirectory};
use bridges_store::DirectoryPublication;
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

#[derive(Debug, Serialize, ToSchema)]
pub struct DirectoryPublicationDto {
    pub published: bool,
    /// The HSDS read API's address while the directory is published: give it to the tool that
    /// reads it.
    pub api_url: Option<String>,
    pub published_at: Option<chrono::DateTime<chrono::Utc>>,
}

fn dto(state: &AppState, p: Option<DirectoryPublication>) -> DirectoryPublicationDto {
    match p {
        Some(p) => DirectoryPublicationDto {
            published: p.published,
            api_url: p.published.then(|| publishing::api_url(&state.config().base_url(), &p.key)),
            published_at: p.published_at,
        },
        None => DirectoryPublicationDto { published: false, api_url: None, published_at: None },
    }
}

#[utoipa::path(get, path = "/api/v1/orgs/{org}/directory/publication", params(("org" = uuid::Uuid, Path)),
    responses((status = 200, body = DirectoryPublicationDto), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn read_publication(
    State(state): State<AppState>,
    authorised: Authorised<ReadDirectory>,
) -> AppResult<Json<DirectoryPublicationDto>> {
    let p = publishing::publication(state.services(), &authorised.grant).await?;
    Ok(Json(dto(&state, p)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct DirectoryPublicationBody {
    pub published: bool,
}

#[utoipa::path(put, path = "/api/v1/orgs/{org}/directory/publication", params(("org" = uuid::Uuid, Path)),
    request_body = DirectoryPublicationBody,
    responses((status = 200, body = DirectoryPublicationDto),
    (status = 404, body = Problem, content_type = "application/problem+json", description = "no such organisation, or it has no directory yet (nothing imported)")))]
pub async fn publish(
    State(state): State<AppState>,
    authorised: Authorised<ManageDirectory>,
    Json(body): Json<DirectoryPublicationBody>,
) -> AppResult<Json<DirectoryPublicationDto>> {
    let p = publishing::set_published(state.services(), &authorised.grant, body.published).await?;
    Ok(Json(dto(&state, Some(p))))
}

#[derive(OpenApi)]
#[openapi(paths(read_publication, publish), components(schemas(DirectoryPublicationDto, DirectoryPublicationBody)))]
pub struct DirectoryApi;
