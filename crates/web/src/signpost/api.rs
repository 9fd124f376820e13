//! Signpost over the API: an import of HSDS JSON into the organisation's directory, and the
//! directory's publication for other Open Referral tools (the HSDS read API's address while it is
//! published).

use crate::http::authz::Authorised;
use crate::http::dto::{refused, Problem, ProblemFieldError};
use crate::http::error::{AppError, AppResult};
use crate::http::i18n::Locale;
use crate::http::state::AppState;
use crate::http::upload::take_turn;
use axum::extract::{OriginalUri, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use bridges_app::signpost::directory::{self, Source};
use bridges_app::signpost::publishing;
use bridges_domain::policy::{ManageDirectory, ReadDirectory};
use bridges_signpost::Place;
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

/// What an import wrote.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportedDto {
    pub services: usize,
    pub organizations: usize,
    pub locations: usize,
    /// Records of every kind.
    pub records: usize,
    /// Records new to the directory, and records it held already (same kind and id), replaced.
    pub created: usize,
    pub updated: usize,
    /// References to records the data lacks, kept as given.
    pub warnings: usize,
}

/// Imports HSDS 3.0 JSON into the organisation's directory, as a coordinator or owner: one full
/// service record, an array of them, or a full organization record (at most 5 MB; the command
/// line takes larger files and CSV data packages). All or nothing: with any problem nothing is
/// written and the 422 names each (`field` is its JSON path and field, `code` its kind). A record
/// the directory holds already (same kind and id) is replaced.
#[utoipa::path(post, path = "/api/v1/orgs/{org}/directory/import", params(("org" = uuid::Uuid, Path)),
    request_body(content = Object, description = "HSDS 3.0 JSON", content_type = "application/json"),
    responses((status = 200, body = ImportedDto), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn import(
    State(state): State<AppState>,
    authorised: Authorised<ManageDirectory>,
    Locale(tr): Locale,
    OriginalUri(uri): OriginalUri,
    Json(body): Json<serde_json::Value>,
) -> AppResult<Response> {
    let bytes = serde_json::to_vec(&body).map_err(|e| AppError::Internal(e.to_string()))?;
    let _turn =
        take_turn(state.imports()).await.map_err(|_| AppError::Code(bridges_domain::ErrorCode::TooManyAttempts))?;
    match directory::import(state.services(), &authorised.grant, Source::Json(bytes)).await? {
        Ok(s) => Ok(Json(ImportedDto {
            services: s.services,
            organizations: s.organizations,
            locations: s.locations,
            records: s.records,
            created: s.created,
            updated: s.updated,
            warnings: s.warnings.total(),
        })
        .into_response()),
        Err(problems) => {
            let errors = problems
                .shown()
                .iter()
                .map(|p| {
                    let place = match &p.place {
                        Place::Json { path } => path.clone(),
                        Place::Csv { file, line } => format!("{file}:{line}"),
                    };
                    let message = tr.t(&format!("signpost-problem-{}", p.code));
                    ProblemFieldError {
                        field: if p.field.is_empty() { place } else { format!("{place}.{}", p.field) },
                        code: p.code.to_string(),
                        detail: match &p.detail {
                            Some(detail) => format!("{message} ({detail})"),
                            None => message,
                        },
                    }
                })
                .collect();
            Ok(refused(&tr, uri.path(), bridges_domain::ErrorCode::HsdsInvalid, errors))
        }
    }
}

/// The organisation's whole directory as HSDS 3.0: an array of full service records, as
/// `bridges directory export` writes `services.json` (any member; published or not).
#[utoipa::path(get, path = "/api/v1/orgs/{org}/directory/services", params(("org" = uuid::Uuid, Path)),
    responses((status = 200, body = [Object], description = "full HSDS service records"),
    (status = 404, body = Problem, content_type = "application/problem+json", description = "no such organisation, or nothing imported yet")))]
pub async fn export(State(state): State<AppState>, authorised: Authorised<ReadDirectory>) -> AppResult<Response> {
    let export = directory::export(state.services(), &authorised.grant).await?;
    let headers = [(axum::http::header::CONTENT_TYPE, "application/json")];
    Ok((headers, export.services_json).into_response())
}

#[derive(OpenApi)]
#[openapi(
    paths(import, export, read_publication, publish),
    components(schemas(ImportedDto, DirectoryPublicationDto, DirectoryPublicationBody))
)]
pub struct DirectoryApi;
