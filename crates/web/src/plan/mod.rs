//! Plan: a project in the toolkit's six steps, its registers (objectives, partnerships, evidence,
//! setbacks), the stakeholder power analysis, the printable plan and its history.

pub mod api;
pub mod document;
pub mod evidence;
pub mod objectives;
pub mod partnerships;
pub mod pictures;
pub mod profile;
pub mod projects;
pub mod projects_api;
pub mod registers;
pub mod scenarios;
pub mod setbacks;
pub mod steps;

use crate::Wing;
use axum::routing::{get, post, put};
use axum::Router;
use utoipa::OpenApi;

pub fn wing() -> Wing {
    let pages = Router::new()
        .route("/orgs/{org}/projects", get(projects::list).post(projects::create))
        .route("/orgs/{org}/projects/from-example", post(scenarios::start))
        .route("/orgs/{org}/projects/{id}", get(projects::show))
        .route("/orgs/{org}/projects/{id}/power", get(projects::power))
        .route("/orgs/{org}/projects/{id}/partnerships", get(partnerships::show).post(partnerships::add))
        .route("/orgs/{org}/projects/{id}/evidence", get(evidence::show).post(evidence::add))
        .route("/orgs/{org}/projects/{id}/setbacks", get(setbacks::show).post(setbacks::add))
        .route("/orgs/{org}/projects/{id}/edit", get(profile::edit).post(profile::save))
        .route("/orgs/{org}/projects/{id}/plan", get(document::document))
        .route("/orgs/{org}/projects/{id}/history", get(document::history))
        .route("/orgs/{org}/projects/{id}/objectives", get(objectives::show).post(objectives::add))
        .route("/orgs/{org}/projects/{id}/export/{register}", get(registers::download))
        .route("/orgs/{org}/projects/{id}/{register}/{entry}/remove", post(registers::remove))
        .route("/orgs/{org}/projects/{id}/{step}", get(steps::show).post(steps::save))
        .route("/orgs/{org}/projects/{id}/stakeholders", post(projects::add_stakeholder))
        .route("/orgs/{org}/projects/{id}/stakeholders/{sid}/remove", post(projects::remove_stakeholder))
        .route("/orgs/{org}/projects/{id}/relations", post(projects::add_relation));
    let api = Router::new()
        .route("/v1/orgs/{org}/projects", get(projects_api::list).post(api::create))
        .route("/v1/orgs/{org}/projects/{id}", get(api::read).put(api::update))
        .route("/v1/orgs/{org}/projects/{id}/power", get(projects_api::power))
        .route("/v1/orgs/{org}/projects/{id}/history", get(api::history))
        .route("/v1/orgs/{org}/projects/{id}/steps/{step}", put(api::set_step))
        .route("/v1/orgs/{org}/projects/{id}/stakeholders", post(api::add_stakeholder))
        .route("/v1/orgs/{org}/projects/{id}/relations", post(api::add_relation))
        .route("/v1/orgs/{org}/projects/{id}/{register}", post(api::add_entry))
        .route("/v1/orgs/{org}/projects/{id}/{register}/{entry}", put(api::update_entry).delete(api::remove_entry));
    let mut doc = api::PlanApi::openapi();
    doc.merge(projects_api::ProjectsApi::openapi());
    Wing { pages, api, doc }
}
