//! Connect: pairing programmes (buddy, language exchange, mentoring, shadowing), their people and
//! sign-up link, rounds of the pairing engine with the reasons for each pair and each wait, the
//! pairs' life cycle and check-ins, and each person's rights over their data.

pub mod api;
pub mod explain;
pub mod exports;
pub mod import;
pub mod intake;
pub mod pairs;
pub mod participants;
pub mod person_form;
pub mod programmes;
pub mod rounds;

use crate::Wing;
use axum::routing::{get, post};
use axum::Router;
use utoipa::OpenApi;

pub fn wing() -> Wing {
    let pages = Router::new()
        .route("/orgs/{org}/programmes", get(programmes::list).post(programmes::create))
        .route("/orgs/{org}/programmes/{id}", get(programmes::show))
        .route("/orgs/{org}/programmes/{id}/settings", get(programmes::settings).post(programmes::save_settings))
        .route("/orgs/{org}/programmes/{id}/participants", get(participants::list).post(participants::add))
        .route("/orgs/{org}/programmes/{id}/participants/new", get(participants::new_form))
        .route("/orgs/{org}/programmes/{id}/participants/{pid}", get(participants::show).post(participants::update))
        .route("/orgs/{org}/programmes/{id}/participants/{pid}/export.json", get(participants::export_json))
        .route("/orgs/{org}/programmes/{id}/participants/{pid}/export.csv", get(participants::export_csv))
        .route("/orgs/{org}/programmes/{id}/participants/{pid}/erase", post(participants::erase))
        .route(
            "/orgs/{org}/programmes/{id}/import",
            get(participants::import_form)
                .post(participants::import)
                .layer(axum::extract::DefaultBodyLimit::max(crate::http::csrf::MAX_UPLOAD_BYTES)),
        )
        .route("/orgs/{org}/programmes/{id}/import/template.csv", get(participants::import_template))
        .route("/orgs/{org}/programmes/{id}/round", get(rounds::show).post(rounds::run))
        .route("/orgs/{org}/programmes/{id}/round/accept-all", post(rounds::accept_all))
        .route("/orgs/{org}/programmes/{id}/round/swap", post(rounds::swap))
        .route("/orgs/{org}/programmes/{id}/pairs", get(pairs::list))
        .route("/orgs/{org}/programmes/{id}/export/{file}", get(exports::file))
        .route("/orgs/{org}/programmes/{id}/pairs/{pair}", get(pairs::show))
        .route("/orgs/{org}/programmes/{id}/pairs/{pair}/introduction", get(pairs::introduction))
        .route("/orgs/{org}/programmes/{id}/pairs/{pair}/check-ins", post(pairs::add_check_in))
        .route("/orgs/{org}/programmes/{id}/pairs/{pair}/close", post(pairs::close))
        .route("/orgs/{org}/programmes/{id}/pairs/{pair}/{action}", post(rounds::act))
        .route("/join/{token}", get(intake::form).post(intake::submit));
    let api = Router::new()
        .route("/v1/orgs/{org}/programmes", get(api::list).post(api::create))
        .route("/v1/orgs/{org}/programmes/{id}/participants", get(api::participants).post(api::add_participant))
        .route("/v1/orgs/{org}/programmes/{id}/rounds", post(api::run_round))
        .route("/v1/orgs/{org}/programmes/{id}/pairs", get(api::pairs))
        .route("/v1/orgs/{org}/programmes/{id}/pairs/{pair}/status", post(api::set_status))
        .route("/v1/orgs/{org}/programmes/{id}/pairs/{pair}/check-ins", post(api::add_check_in));
    Wing { pages, api, doc: api::ConnectApi::openapi() }
}
