//! Signpost: the organisation's service directory in Open Referral HSDS 3.0, and the read API
//! (HSDA) through which other Open Referral tools read a published one.

pub mod api;
pub mod hsda;
pub mod pages;
pub mod public;
pub mod referrals;

use crate::Wing;
use axum::extract::Request;
use axum::http::header::ACCESS_CONTROL_ALLOW_ORIGIN;
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use utoipa::OpenApi;

pub fn wing() -> Wing {
    let hsda = Router::new()
        .route("/hsds/{key}", get(hsda::meta))
        .route("/hsds/{key}/", get(hsda::meta))
        .route("/hsds/{key}/services", get(hsda::services))
        .route("/hsds/{key}/services/{id}", get(hsda::service))
        .route("/hsds/{key}/organizations", get(hsda::organizations))
        .route("/hsds/{key}/organizations/{id}", get(hsda::organization))
        .route("/hsds/{key}/service_at_locations", get(hsda::services_at_locations))
        .route("/hsds/{key}/service_at_locations/{id}", get(hsda::service_at_location))
        .route("/hsds/{key}/taxonomies", get(hsda::taxonomies))
        .route("/hsds/{key}/taxonomies/{id}", get(hsda::taxonomy))
        .route("/hsds/{key}/taxonomy_terms", get(hsda::taxonomy_terms))
        .route("/hsds/{key}/taxonomy_terms/{id}", get(hsda::taxonomy_term));
    let api = Router::new()
        .route("/v1/orgs/{org}/directory/publication", get(api::read_publication).put(api::publish))
        .route("/v1/orgs/{org}/directory/services", get(api::export))
        .route(
            "/v1/orgs/{org}/directory/import",
            post(api::import).layer(axum::extract::DefaultBodyLimit::max(crate::http::csrf::MAX_UPLOAD_BYTES)),
        )
        .route("/v1/orgs/{org}/referrals", get(referrals::api_list).post(referrals::api_refer))
        .route("/v1/orgs/{org}/referrals/{id}", get(referrals::api_show))
        .route("/v1/orgs/{org}/referrals/{id}/steps", post(referrals::api_step))
        .route("/v1/orgs/{org}/referrals/{id}/withdrawal", post(referrals::api_withdraw))
        .merge(hsda);
    let mut doc = api::DirectoryApi::openapi();
    doc.merge(hsda::HsdaApi::openapi());
    doc.merge(referrals::ReferralsApi::openapi());
    let pages = Router::new()
        .route("/orgs/{org}/signpost", get(pages::overview))
        .route(
            "/orgs/{org}/signpost/import",
            post(pages::import).layer(axum::extract::DefaultBodyLimit::max(crate::http::csrf::MAX_UPLOAD_BYTES)),
        )
        .route("/orgs/{org}/signpost/publication", post(pages::publish))
        .route("/orgs/{org}/signpost/services.json", get(pages::services_json))
        .route("/orgs/{org}/signpost/find", get(public::search))
        .route("/orgs/{org}/signpost/services/{id}", get(public::service))
        .route("/orgs/{org}/signpost/services/{id}/slip", get(public::slip))
        .route("/orgs/{org}/signpost/services/{id}/calendar.ics", get(public::calendar))
        .route("/orgs/{org}/signpost/services/{id}/refer", get(referrals::refer_form).post(referrals::refer))
        .route("/orgs/{org}/signpost/referrals", get(referrals::list))
        .route("/orgs/{org}/signpost/referrals/{id}", get(referrals::show))
        .route("/orgs/{org}/signpost/referrals/{id}/steps", post(referrals::step))
        .route("/orgs/{org}/signpost/referrals/{id}/follow-up", post(referrals::postpone))
        .route("/orgs/{org}/signpost/referrals/{id}/withdrawal", post(referrals::withdraw))
        .route("/d/{key}", get(public::search))
        .route("/d/{key}/services/{id}", get(public::service))
        .route("/d/{key}/services/{id}/slip", get(public::slip))
        .route("/d/{key}/services/{id}/calendar.ics", get(public::calendar));
    Wing { pages, api, doc }
}

/// Open Referral tools that run in a browser read directories from other sites: the read API is
/// public and sends nothing personal, so any origin may read it, its errors too (never with
/// credentials: the header is `*`). Laid outside the error pages, which are drawn late.
pub async fn open_to_any_origin(request: Request, next: Next) -> Response {
    let hsda = request.uri().path().starts_with("/api/hsds/");
    let mut response = next.run(request).await;
    if hsda {
        response.headers_mut().insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    }
    response
}
