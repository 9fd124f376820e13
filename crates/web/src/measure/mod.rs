//! Measure: the dashboard (each objective with the indicators that serve it, as charts and tables),
//! the activity log, advice and casework, indicators and their values, reviews, the calendar of
//! recurring sessions, the exports and the imports.

pub mod activities;
pub mod advice;
pub mod api;
pub mod charts;
pub mod dashboard;
pub mod exchange;
pub mod indicators;
pub mod survey_api;
pub mod survey_form;
pub mod surveys;

use crate::http::authz::OrgContext;
use crate::http::state::AppState;
use crate::Wing;
use axum::routing::{get, post, put};
use axum::Router;
use chrono::NaiveDate;
use utoipa::OpenApi;

pub fn wing() -> Wing {
    let pages = Router::new()
        .route("/orgs/{org}/measure", get(dashboard::show))
        .route("/orgs/{org}/measure/reviews", post(dashboard::record_review))
        .route("/orgs/{org}/measure/threshold", post(dashboard::set_threshold))
        .route("/orgs/{org}/measure/export.csv", get(dashboard::export_csv))
        .route("/orgs/{org}/measure/export.xlsx", get(dashboard::export_xlsx))
        .route("/orgs/{org}/measure/calendar.ics", get(dashboard::calendar))
        .route("/orgs/{org}/measure/activities", get(activities::show).post(activities::log))
        .route("/orgs/{org}/measure/activities.csv", get(exchange::activities_csv))
        .route("/orgs/{org}/measure/activities.xlsx", get(exchange::activities_xlsx))
        .route("/orgs/{org}/measure/import", get(exchange::form))
        .route(
            "/orgs/{org}/measure/import/activities",
            post(exchange::import_activities)
                .layer(axum::extract::DefaultBodyLimit::max(crate::http::csrf::MAX_UPLOAD_BYTES)),
        )
        .route(
            "/orgs/{org}/measure/import/indicators",
            post(exchange::import_values)
                .layer(axum::extract::DefaultBodyLimit::max(crate::http::csrf::MAX_UPLOAD_BYTES)),
        )
        .route("/orgs/{org}/measure/activities/{id}/delete", post(activities::delete))
        .route("/orgs/{org}/measure/series", get(activities::series).post(activities::define_series))
        .route("/orgs/{org}/measure/calendar-link", post(activities::publish_calendar))
        .route("/calendars/{token}", get(activities::published_calendar))
        .route("/orgs/{org}/measure/advice", get(advice::show).post(advice::record))
        .route("/orgs/{org}/measure/advice/{id}/done", post(advice::done))
        .route("/orgs/{org}/measure/indicators", get(indicators::list).post(indicators::define))
        .route("/orgs/{org}/measure/indicators/templates", post(indicators::start_from_templates))
        .route("/orgs/{org}/measure/indicators/{id}", get(indicators::show))
        .route("/orgs/{org}/measure/indicators/{id}/values", post(indicators::record_value))
        .route("/orgs/{org}/measure/surveys", get(surveys::list).post(surveys::create))
        .route(
            "/orgs/{org}/measure/surveys/import",
            post(surveys::import).layer(axum::extract::DefaultBodyLimit::max(crate::http::csrf::MAX_UPLOAD_BYTES)),
        )
        .route("/orgs/{org}/measure/surveys/{id}", get(surveys::show))
        .route("/orgs/{org}/measure/surveys/{id}/status", post(surveys::set_status))
        .route("/orgs/{org}/measure/surveys/{id}/figures/{figure}", post(surveys::set_figure))
        .route("/orgs/{org}/measure/surveys/{id}/invitations", post(surveys::invite))
        .route(
            "/orgs/{org}/measure/surveys/{id}/import",
            post(surveys::import_responses)
                .layer(axum::extract::DefaultBodyLimit::max(crate::http::csrf::MAX_UPLOAD_BYTES)),
        )
        .route("/orgs/{org}/measure/surveys/{id}/results", get(surveys::results))
        .route("/orgs/{org}/measure/surveys/{id}/xlsform.xlsx", get(surveys::xlsform))
        .route("/orgs/{org}/measure/surveys/{id}/{file}", get(surveys::responses))
        .route("/orgs/{org}/measure/surveys/{id}/entry", get(surveys::entry_form).post(surveys::entry_submit))
        .route("/s/{token}", get(surveys::answer_form).post(surveys::answer_submit))
        .route("/s/{token}/{lang}", get(surveys::answer_form).post(surveys::answer_submit));
    let api = Router::new()
        .route("/v1/orgs/{org}/indicators", get(api::list_indicators).post(api::define_indicator))
        .route("/v1/orgs/{org}/indicators/{id}", get(api::read_indicator))
        .route("/v1/orgs/{org}/indicators/{id}/values/{period}", put(api::record_value))
        .route("/v1/orgs/{org}/activities", get(api::list_activities).post(api::log_activity))
        .route("/v1/orgs/{org}/advice", post(api::record_advice))
        .route("/v1/orgs/{org}/reviews", post(api::record_review))
        .route("/v1/orgs/{org}/surveys", get(survey_api::list_surveys).post(survey_api::create_survey))
        .route("/v1/orgs/{org}/surveys/{id}", get(survey_api::read_survey))
        .route("/v1/orgs/{org}/surveys/{id}/results", get(survey_api::survey_results))
        .route(
            "/v1/orgs/{org}/surveys/{id}/responses",
            get(survey_api::list_responses).post(survey_api::record_response),
        );
    Wing { pages, api, doc: api::MeasureApi::openapi() }
}

/// Today in the organisation's time zone: a session logged at 23:30 belongs to that evening.
pub fn today(state: &AppState, ctx: &OrgContext) -> NaiveDate {
    ctx.org.time_zone.date_at(state.now())
}
