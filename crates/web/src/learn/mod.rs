//! Learn: the guidance and the library of good practices, searchable in the reader's language,
//! and the organisation's own practice records, their review and publication, and its frameworks.

pub mod api;
pub mod frameworks;
pub mod library;
pub mod pages;
pub mod practices;
pub mod practices_api;

use crate::Wing;
use axum::routing::{get, post};
use axum::Router;
use utoipa::OpenApi;

pub fn wing() -> Wing {
    let pages = Router::new()
        .route("/learn", get(pages::search))
        .route("/learn/guidance/{id}", get(pages::guidance))
        .route("/learn/frameworks", get(pages::frameworks))
        .route("/learn/frameworks/{id}", get(pages::framework))
        .route("/learn/frameworks/{id}/{item}", get(pages::framework_item))
        .route("/learn/practices/{id}", get(pages::practice))
        .route("/orgs/{org}/practices", get(practices::list).post(practices::create))
        .route("/orgs/{org}/practices/new", get(practices::new_form))
        .route("/orgs/{org}/practices/{id}", get(practices::show))
        .route("/orgs/{org}/practices/{id}/edit", get(practices::edit_form).post(practices::update))
        .route("/orgs/{org}/practices/{id}/status", post(practices::set_status))
        .route("/orgs/{org}/reviews", get(practices::review_list))
        .route("/orgs/{org}/reviews/{id}", get(practices::review_form).post(practices::add_review))
        .route("/orgs/{org}/frameworks", get(frameworks::list).post(frameworks::create));
    let api = Router::new()
        .route("/v1/search", get(api::search))
        .route("/v1/guidance/{id}", get(api::guidance))
        .route("/v1/frameworks", get(api::frameworks))
        .route("/v1/practices/{id}", get(api::practice))
        .route("/v1/orgs/{org}/practices", get(practices_api::list).post(practices_api::create))
        .route(
            "/v1/orgs/{org}/practices/{id}",
            get(practices_api::read).put(practices_api::update).delete(practices_api::delete),
        )
        .route("/v1/orgs/{org}/practices/{id}/status", post(practices_api::set_status));
    let mut doc = api::LearnApi::openapi();
    doc.merge(practices_api::PracticesApi::openapi());
    Wing { pages, api, doc }
}
