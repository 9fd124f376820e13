//! Tell over the API: the impact report's data, and a project's publication.

use crate::http::authz::{Authorised, Ids};
use crate::http::dto::Problem;
use crate::http::error::{AppError, AppResult};
use crate::http::state::AppState;
use crate::measure::today;
use axum::extract::{Query, State};
use axum::Json;
use bridges_app::tell;
use bridges_domain::policy::{PublishOutcomes, ReadMeasures, ReadOrg};
use bridges_domain::{OrgId, ProjectId};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

#[derive(Debug, Default, Deserialize, IntoParams)]
pub struct ReportParams {
    /// The project reported on; the whole organisation when absent.
    #[serde(default)]
    project: Option<String>,
    /// The first day (YYYY-MM-DD); the first of January of this year by default.
    #[serde(default)]
    from: Option<String>,
    /// The last day (YYYY-MM-DD); today by default.
    #[serde(default)]
    to: Option<String>,
    /// "true" to also report the span of the same length just before.
    #[serde(default)]
    compare: Option<String>,
    /// "public" (the default: counts of fewer people than the organisation's threshold withheld)
    /// or "team" (exact counts; staff only).
    #[serde(default)]
    audience: Option<String>,
    /// The language of survey labels (a language bridges speaks: "en", "fr", "ar"…).
    #[serde(default)]
    lang: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/orgs/{org}/report", params(("org" = uuid::Uuid, Path), ReportParams),
    responses((status = 200, body = Object), (status = 400, body = Problem, content_type = "application/problem+json"),
    (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn report(
    State(state): State<AppState>,
    authorised: Authorised<ReadMeasures>,
    Query(q): Query<ReportParams>,
) -> AppResult<Json<bridges_report::ReportData>> {
    let Authorised { ctx, grant } = authorised;
    let get = |k: &str| -> String {
        match k {
            "project" => q.project.clone().unwrap_or_default(),
            "from" => q.from.clone().unwrap_or_default(),
            "to" => q.to.clone().unwrap_or_default(),
            "compare" => q.compare.clone().unwrap_or_default(),
            "audience" => q.audience.clone().unwrap_or_default(),
            _ => String::new(),
        }
    };
    let request = tell::parse_request(get, today(&state, &ctx), ctx.role()).map_err(AppError::Invalid)?;
    let lang = bridges_domain::Language::parse(q.lang.as_deref().unwrap_or("")).unwrap_or_default();
    Ok(Json(tell::report(state.services(), &grant, &request, lang.code(), today(&state, &ctx)).await?))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PublicationDto {
    pub published: bool,
    /// The public page's address while it is published.
    pub url: Option<String>,
    /// "CC-BY-4.0", "CC0-1.0" or "ODC-By-1.0".
    pub licence: Option<String>,
}

fn dto(state: &AppState, p: Option<bridges_store::Publication>) -> PublicationDto {
    match p {
        Some(p) => PublicationDto {
            published: p.published,
            url: p.published.then(|| format!("{}/p/{}", state.config().base_url(), p.key)),
            licence: Some(p.licence),
        },
        None => PublicationDto { published: false, url: None, licence: None },
    }
}

#[utoipa::path(get, path = "/api/v1/orgs/{org}/projects/{project}/publication",
    params(("org" = uuid::Uuid, Path), ("project" = uuid::Uuid, Path)),
    responses((status = 200, body = PublicationDto), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn read_publication(
    State(state): State<AppState>,
    authorised: Authorised<ReadOrg>,
    ids: Ids<(OrgId, ProjectId)>,
) -> AppResult<Json<PublicationDto>> {
    let Authorised { grant, .. } = authorised;
    let Ids((_, project)) = ids;
    state.store().project(&grant, project).await?;
    Ok(Json(dto(&state, tell::publication(state.services(), &grant, project).await?)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PublicationBody {
    pub published: bool,
    /// "CC-BY-4.0" (the default), "CC0-1.0" or "ODC-By-1.0".
    #[serde(default)]
    pub licence: Option<String>,
}

#[utoipa::path(put, path = "/api/v1/orgs/{org}/projects/{project}/publication",
    params(("org" = uuid::Uuid, Path), ("project" = uuid::Uuid, Path)), request_body = PublicationBody,
    responses((status = 200, body = PublicationDto), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn publish(
    State(state): State<AppState>,
    authorised: Authorised<PublishOutcomes>,
    ids: Ids<(OrgId, ProjectId)>,
    Json(body): Json<PublicationBody>,
) -> AppResult<Json<PublicationDto>> {
    let Authorised { grant, .. } = authorised;
    let Ids((_, project)) = ids;
    let licence = body.licence.unwrap_or_else(|| tell::Licence::CcBy4.as_str().to_string());
    let p = tell::set_published(state.services(), &grant, project, body.published, &licence).await?;
    Ok(Json(dto(&state, Some(p))))
}

#[derive(OpenApi)]
#[openapi(paths(report, read_publication, publish), components(schemas(PublicationDto, PublicationBody)))]
pub struct TellApi;
