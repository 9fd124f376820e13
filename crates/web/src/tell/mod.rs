//! Tell: impact reports as a page, a PDF and a standalone HTML file in any interface language; a
//! project's public page with its charts to download and embed, its open data and its myth-buster
//! cards; publishing and taking down.

pub mod api;
pub mod public;
pub mod reports;

use crate::Wing;
use axum::routing::{get, post};
use axum::Router;
use utoipa::OpenApi;

pub fn wing() -> Wing {
    let pages = Router::new()
        .route("/orgs/{org}/tell", get(reports::index))
        .route("/orgs/{org}/tell/report", get(reports::page))
        .route("/orgs/{org}/tell/report.pdf", get(reports::pdf))
        .route("/orgs/{org}/tell/report.html", get(reports::html))
        .route("/orgs/{org}/tell/projects/{project}/publication", post(reports::publish))
        .route("/orgs/{org}/tell/projects/{project}/preview", get(reports::preview))
        .route("/p/{key}", get(public::page))
        .route("/p/{key}/data/{file}", get(public::data))
        .route("/p/{key}/charts/{file}", get(public::chart))
        .route("/p/{key}/myths/{figure}", get(public::myth));
    let api = Router::new()
        .route("/v1/orgs/{org}/report", get(api::report))
        .route("/v1/orgs/{org}/projects/{project}/publication", get(api::read_publication).put(api::publish));
    Wing { pages, api, doc: api::TellApi::openapi() }
}
