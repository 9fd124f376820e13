//! The HSDS read API (HSDA 3.0) of a published directory, at `/api/hsds/{key}/`: what other Open
//! Referral tools read. Public and read-only: no login, no cookie, and any web page may read it
//! (CORS). A key that is not published now is not found, as is an id that is not a UUID or not in
//! the directory. Lists come in HSDA's page envelope; every parameter that does not parse is a
//! 422 naming it.

use crate::http::dto::Problem;
use crate::http::error::{AppError, AppResult};
use crate::http::listing::ListParams;
use crate::http::state::AppState;
use axum::extract::{Path, State};
use axum::Json;
use bridges_app::signpost::hsda::{self, Page};
use bridges_signpost::Kind;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};
use uuid::Uuid;

/// What the API is and where its description is (HSDA's root).
#[derive(Debug, Serialize, ToSchema)]
pub struct HsdaMeta {
    /// The HSDS version served: "3.0".
    pub version: String,
    /// The profile of HSDS the data follows: HSDS itself.
    pub profile: String,
    /// This installation's OpenAPI document, which describes these paths.
    pub openapi_url: String,
}

/// One page of a list, in HSDA's envelope.
#[derive(Debug, Serialize, ToSchema)]
pub struct HsdaPage {
    pub total_items: u64,
    pub total_pages: u64,
    /// From 1.
    pub page_number: u64,
    /// How many records this page holds.
    pub size: u64,
    pub first_page: bool,
    pub last_page: bool,
    pub empty: bool,
    /// The records, as HSDS 3.0 objects: in their list shape unless `full=true` (in full) or
    /// `minimal=true` (`id` and `modified_date`, when our copy last changed).
    #[schema(value_type = Vec<Object>)]
    pub contents: Vec<serde_json::Value>,
}

impl From<Page> for HsdaPage {
    fn from(p: Page) -> Self {
        HsdaPage {
            total_items: p.total_items,
            total_pages: p.total_pages,
            page_number: p.page_number,
            size: p.size,
            first_page: p.first_page,
            last_page: p.last_page,
            empty: p.empty,
            contents: p.contents,
        }
    }
}

// The parameter structs below document the query string in the OpenAPI document; the handlers
// read it through `ListParams` and the application's parser, so that a value that does not parse
// is a 422 naming its field rather than a bare 400.

/// Paging and words, which every list takes.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct Listing {
    /// Words the record's name holds, in any case.
    #[param(max_length = 100)]
    search: Option<String>,
    /// The page, from 1.
    #[param(minimum = 1, maximum = 1000000)]
    page: Option<u64>,
    /// Records a page holds: 50 unless asked, at most 1,000 (100 with `full=true`).
    #[param(minimum = 1, maximum = 1000)]
    per_page: Option<u64>,
    /// Only `json` is offered.
    #[param(value_type = Option<HsdaFormat>)]
    format: Option<String>,
}

/// Only JSON pages are offered.
#[derive(ToSchema)]
#[allow(dead_code)]
pub enum HsdaFormat {
    #[schema(rename = "json")]
    Json,
}

/// What narrows a list of services, or of services at locations (by what their service is).
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct ServiceFilters {
    /// Services an attribute tags with this taxonomy term.
    taxonomy_term_id: Option<Uuid>,
    /// Services an attribute tags with any term of this taxonomy.
    taxonomy_id: Option<Uuid>,
    /// Services of this organization.
    organization_id: Option<Uuid>,
    /// Records whose copy here changed on or after this moment: an RFC 3339 date-time, or a date.
    #[param(max_length = 40)]
    modified_after: Option<String>,
    /// Each record in full.
    full: Option<bool>,
}

/// Near a postcode: the directory places it where its own addresses with that postcode are.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct NearPostcode {
    /// Records at places in this postcode's district, or within `proximity` of it. A postcode no
    /// place in the directory has finds nothing.
    #[param(max_length = 16, pattern = "^[A-Za-z0-9 -]*$")]
    postcode: Option<String>,
    /// Metres from the postcode (with `postcode` only).
    #[param(minimum = 0, maximum = 1000000)]
    proximity: Option<f64>,
}

/// `id` and `modified_date` alone.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct Minimal {
    /// Each service's `id` and `modified_date` only.
    minimal: Option<bool>,
}

/// How much of each organization.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct OrganizationShape {
    /// Each organization in full.
    full: Option<bool>,
    /// An organization in full shows its services in full too, not in their list shape.
    full_service: Option<bool>,
}

/// What narrows a list of taxonomy terms.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct TermFilters {
    /// Terms of this taxonomy.
    taxonomy_id: Option<Uuid>,
    /// Terms directly under this term.
    parent_id: Option<Uuid>,
    /// Top-level terms only (those with no parent).
    top_only: Option<bool>,
}

/// Whose services an organization shows in full.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct FullService {
    /// Its services in full too, not in their list shape.
    full_service: Option<bool>,
}

async fn page_of(state: &AppState, key: &str, kind: Kind, params: &ListParams) -> AppResult<Json<HsdaPage>> {
    let query = hsda::parse_list(kind, |k| params.get(k)).map_err(AppError::Invalid)?;
    Ok(Json(hsda::list(state.services(), key, kind, &query).await?.into()))
}

/// An id that is not a UUID names nothing in the directory: not found, as an unknown one.
async fn one(
    state: &AppState,
    key: &str,
    kind: Kind,
    id: &str,
    full_services: bool,
) -> AppResult<Json<serde_json::Value>> {
    let id = Uuid::parse_str(id).map_err(|_| AppError::NotFound)?;
    Ok(Json(hsda::record(state.services(), key, kind, id, full_services).await?))
}

const KEY: &str = "The published directory's key, as its organisation's directory page shows it.";

#[utoipa::path(get, path = "/api/hsds/{key}/", tag = "hsds", security(()), operation_id = "getAPIMetaInformation",
    params(("key" = String, Path, description = KEY)),
    responses((status = 200, body = HsdaMeta), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn meta(State(state): State<AppState>, Path(key): Path<String>) -> AppResult<Json<HsdaMeta>> {
    hsda::published(state.services(), &key).await?;
    Ok(Json(HsdaMeta {
        version: "3.0".to_string(),
        profile: "https://docs.openreferral.org/en/latest/hsds/".to_string(),
        openapi_url: format!("{}/api/openapi.json", state.config().base_url()),
    }))
}

#[utoipa::path(get, path = "/api/hsds/{key}/services", tag = "hsds", security(()), operation_id = "getPaginatedListOfServices",
    params(("key" = String, Path, description = KEY), Listing, ServiceFilters, NearPostcode, Minimal),
    responses((status = 200, body = HsdaPage)))]
pub async fn services(
    State(state): State<AppState>,
    Path(key): Path<String>,
    params: ListParams,
) -> AppResult<Json<HsdaPage>> {
    page_of(&state, &key, Kind::Service, &params).await
}

#[utoipa::path(get, path = "/api/hsds/{key}/services/{id}", tag = "hsds", security(()), operation_id = "getFullyNestedServiceById",
    params(("key" = String, Path, description = KEY), ("id" = String, Path, description = "The service's id")),
    responses((status = 200, body = Object, description = "The service in full, as HSDS 3.0's service_full example shows one")))]
pub async fn service(
    State(state): State<AppState>,
    Path((key, id)): Path<(String, String)>,
) -> AppResult<Json<serde_json::Value>> {
    one(&state, &key, Kind::Service, &id, true).await
}

#[utoipa::path(get, path = "/api/hsds/{key}/organizations", tag = "hsds", security(()), operation_id = "getPaginatedListOfOrganizations",
    params(("key" = String, Path, description = KEY), Listing, OrganizationShape),
    responses((status = 200, body = HsdaPage)))]
pub async fn organizations(
    State(state): State<AppState>,
    Path(key): Path<String>,
    params: ListParams,
) -> AppResult<Json<HsdaPage>> {
    page_of(&state, &key, Kind::Organization, &params).await
}

#[utoipa::path(get, path = "/api/hsds/{key}/organizations/{id}", tag = "hsds", security(()), operation_id = "getOrganizationById",
    params(("key" = String, Path, description = KEY), ("id" = String, Path, description = "The organization's id"), FullService),
    responses((status = 200, body = Object, description = "The organization in full, with its services")))]
pub async fn organization(
    State(state): State<AppState>,
    Path((key, id)): Path<(String, String)>,
    params: ListParams,
) -> AppResult<Json<serde_json::Value>> {
    let full = hsda::parse_full_service(|k| if k == "full_service" { params.get(k) } else { String::new() })
        .map_err(AppError::Invalid)?;
    one(&state, &key, Kind::Organization, &id, full).await
}

#[utoipa::path(get, path = "/api/hsds/{key}/service_at_locations", tag = "hsds", security(()), operation_id = "getPaginatedListOfServiceAtLocation",
    params(("key" = String, Path, description = KEY), Listing, ServiceFilters, NearPostcode),
    responses((status = 200, body = HsdaPage)))]
pub async fn services_at_locations(
    State(state): State<AppState>,
    Path(key): Path<String>,
    params: ListParams,
) -> AppResult<Json<HsdaPage>> {
    page_of(&state, &key, Kind::ServiceAtLocation, &params).await
}

#[utoipa::path(get, path = "/api/hsds/{key}/service_at_locations/{id}", tag = "hsds", security(()), operation_id = "getServiceAtLocationWithNestedDataById",
    params(("key" = String, Path, description = KEY), ("id" = String, Path, description = "The service at location's id")),
    responses((status = 200, body = Object, description = "The service at its location in full, with its service")))]
pub async fn service_at_location(
    State(state): State<AppState>,
    Path((key, id)): Path<(String, String)>,
) -> AppResult<Json<serde_json::Value>> {
    one(&state, &key, Kind::ServiceAtLocation, &id, true).await
}

#[utoipa::path(get, path = "/api/hsds/{key}/taxonomies", tag = "hsds", security(()), operation_id = "getPaginatedListOfTaxonomies",
    params(("key" = String, Path, description = KEY), Listing),
    responses((status = 200, body = HsdaPage)))]
pub async fn taxonomies(
    State(state): State<AppState>,
    Path(key): Path<String>,
    params: ListParams,
) -> AppResult<Json<HsdaPage>> {
    page_of(&state, &key, Kind::Taxonomy, &params).await
}

#[utoipa::path(get, path = "/api/hsds/{key}/taxonomies/{id}", tag = "hsds", security(()), operation_id = "getTaxonomyById",
    params(("key" = String, Path, description = KEY), ("id" = String, Path, description = "The taxonomy's id")),
    responses((status = 200, body = Object, description = "The taxonomy")))]
pub async fn taxonomy(
    State(state): State<AppState>,
    Path((key, id)): Path<(String, String)>,
) -> AppResult<Json<serde_json::Value>> {
    one(&state, &key, Kind::Taxonomy, &id, true).await
}

#[utoipa::path(get, path = "/api/hsds/{key}/taxonomy_terms", tag = "hsds", security(()), operation_id = "getPaginatedListOfTaxonomyTerms",
    params(("key" = String, Path, description = KEY), Listing, TermFilters),
    responses((status = 200, body = HsdaPage)))]
pub async fn taxonomy_terms(
    State(state): State<AppState>,
    Path(key): Path<String>,
    params: ListParams,
) -> AppResult<Json<HsdaPage>> {
    page_of(&state, &key, Kind::TaxonomyTerm, &params).await
}

#[utoipa::path(get, path = "/api/hsds/{key}/taxonomy_terms/{id}", tag = "hsds", security(()), operation_id = "getTaxonomyTermById",
    params(("key" = String, Path, description = KEY), ("id" = String, Path, description = "The term's id")),
    responses((status = 200, body = Object, description = "The taxonomy term, with its taxonomy")))]
pub async fn taxonomy_term(
    State(state): State<AppState>,
    Path((key, id)): Path<(String, String)>,
) -> AppResult<Json<serde_json::Value>> {
    one(&state, &key, Kind::TaxonomyTerm, &id, true).await
}

/// The read API's paths in the API's document. HSDA's own document swaps the operation ids of the
/// two taxonomy term paths; ours name each path for what it does.
#[derive(OpenApi)]
#[openapi(
    paths(meta, services, service, organizations, organization, services_at_locations, service_at_location, taxonomies, taxonomy, taxonomy_terms, taxonomy_term),
    components(schemas(HsdaMeta, HsdaPage, HsdaFormat)),
    tags((name = "hsds", description = "The Open Referral HSDS 3.0 read API (HSDA) of a published service directory: public, read-only"))
)]
pub struct HsdaApi;
