//! The pages people use.

mod account;
mod assets;
mod audit;
mod dashboard;
mod evidence;
mod frameworks;
mod home;
mod intake;
mod invite;
mod language;
mod learn;
mod members;
mod objectives;
pub(crate) mod pairs;
pub(crate) mod participants;
mod partnerships;
mod plan_document;
pub(crate) mod plan_steps;
mod practices;
mod programmes;
pub(crate) mod project_profile;
pub(crate) mod projects;
pub(crate) mod registers;
pub(crate) mod rounds;
mod scenarios;
mod session;
mod setbacks;
mod setup;
mod verbs;

use crate::state::AppState;
use axum::routing::{get, post};
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home::home))
        .route("/healthz", get(home::health))
        .route("/setup/{token}", get(setup::form).post(setup::submit))
        .route("/login", get(session::form).post(session::login))
        .route("/logout", post(session::logout))
        .route("/lang", post(language::switch))
        .route("/account", get(account::show))
        .route("/account/password", post(account::change_password))
        .route("/account/tokens", post(account::create_token))
        .route("/account/tokens/{id}/revoke", post(account::revoke_token))
        .route("/orgs/{org}", get(dashboard::show))
        .route("/orgs/{org}/members", get(members::list))
        .route("/orgs/{org}/members/invite", post(members::invite))
        .route("/orgs/{org}/members/{member}/role", post(members::change_role))
        .route("/orgs/{org}/members/{member}/remove", post(members::remove))
        .route("/orgs/{org}/audit", get(audit::list))
        .route("/orgs/{org}/practices", get(practices::list).post(practices::create))
        .route("/orgs/{org}/practices/new", get(practices::new_form))
        .route("/orgs/{org}/practices/{id}", get(practices::show))
        .route("/orgs/{org}/practices/{id}/edit", get(practices::edit_form).post(practices::update))
        .route("/orgs/{org}/practices/{id}/status", post(practices::set_status))
        .route("/orgs/{org}/frameworks", get(frameworks::list).post(frameworks::create))
        .route("/orgs/{org}/projects", get(projects::list).post(projects::create))
        .route("/orgs/{org}/projects/from-example", post(scenarios::start))
        .route("/orgs/{org}/projects/{id}", get(projects::show))
        .route("/orgs/{org}/projects/{id}/power", get(projects::power))
        .route("/orgs/{org}/projects/{id}/partnerships", get(partnerships::show).post(partnerships::add))
        .route("/orgs/{org}/projects/{id}/evidence", get(evidence::show).post(evidence::add))
        .route("/orgs/{org}/projects/{id}/setbacks", get(setbacks::show).post(setbacks::add))
        .route("/orgs/{org}/projects/{id}/edit", get(project_profile::edit).post(project_profile::save))
        .route("/orgs/{org}/projects/{id}/plan", get(plan_document::document))
        .route("/orgs/{org}/projects/{id}/history", get(plan_document::history))
        .route("/orgs/{org}/projects/{id}/objectives", get(objectives::show).post(objectives::add))
        .route("/orgs/{org}/projects/{id}/export/{register}", get(registers::download))
        .route("/orgs/{org}/projects/{id}/{register}/{entry}/remove", post(registers::remove))
        .route("/orgs/{org}/projects/{id}/{step}", get(plan_steps::show).post(plan_steps::save))
        .route("/orgs/{org}/projects/{id}/stakeholders", post(projects::add_stakeholder))
        .route("/orgs/{org}/projects/{id}/stakeholders/{sid}/remove", post(projects::remove_stakeholder))
        .route("/orgs/{org}/projects/{id}/relations", post(projects::add_relation))
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
                .layer(axum::extract::DefaultBodyLimit::max(crate::csrf::MAX_UPLOAD_BYTES)),
        )
        .route("/orgs/{org}/programmes/{id}/import/template.csv", get(participants::import_template))
        .route("/orgs/{org}/programmes/{id}/round", get(rounds::show).post(rounds::run))
        .route("/orgs/{org}/programmes/{id}/round/accept-all", post(rounds::accept_all))
        .route("/orgs/{org}/programmes/{id}/round/swap", post(rounds::swap))
        .route("/orgs/{org}/programmes/{id}/pairs", get(pairs::list))
        .route("/orgs/{org}/programmes/{id}/pairs/{pair}", get(pairs::show))
        .route("/orgs/{org}/programmes/{id}/pairs/{pair}/introduction", get(pairs::introduction))
        .route("/orgs/{org}/programmes/{id}/pairs/{pair}/check-ins", post(pairs::add_check_in))
        .route("/orgs/{org}/programmes/{id}/pairs/{pair}/{action}", post(rounds::act))
        .route("/orgs/{org}/reviews", get(practices::review_list))
        .route("/orgs/{org}/reviews/{id}", get(practices::review_form).post(practices::add_review))
        .route("/join/{token}", get(intake::form).post(intake::submit))
        .route("/invite/{token}", get(invite::show).post(invite::accept))
        .route("/learn", get(learn::search))
        .route("/learn/guidance/{id}", get(learn::guidance))
        .route("/learn/frameworks", get(learn::frameworks))
        .route("/learn/frameworks/{id}", get(learn::framework))
        .route("/learn/frameworks/{id}/{item}", get(learn::framework_item))
        .route("/learn/practices/{id}", get(learn::practice))
        .route("/plan", get(verbs::plan))
        .route("/connect", get(verbs::connect))
        .route("/measure", get(verbs::measure))
        .route("/tell", get(verbs::tell))
        .route("/static/app.css", get(assets::css))
        .route("/static/vendor/htmx.min.js", get(assets::htmx))
}

/// A 303 to another page of the site (the answer to a form that worked).
/// An id taken from the path; one that does not parse is simply not found.
pub(crate) fn path_id<T: std::str::FromStr>(raw: &str) -> crate::error::AppResult<T> {
    raw.parse().map_err(|_| crate::error::AppError::NotFound)
}

pub(crate) fn see_other(location: &str) -> axum::response::Response {
    axum::response::IntoResponse::into_response(axum::response::Redirect::to(location))
}
