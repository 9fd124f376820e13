//! The JSON API under `/api/v1/`, described by the OpenAPI document at `/api/openapi.json`, which is
//! generated from these handlers. It uses the same authorisation as the pages; scripts authenticate
//! with `Authorization: Bearer <token>` (tokens are made on the account page), browsers may use
//! their session with an `X-CSRF-Token` header. Errors are RFC 9457 problem documents.

mod connect;
mod dto;
mod learn;
mod orgs;
mod plan;
mod practices;
mod projects;

use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::state::AppState;
use axum::extract::Path;
use axum::routing::{get, patch, post, put};
use axum::{Json, Router};
use dto::MeDto;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(title = "bridges API", description = "Organisations, members, the audit log, the guidance and practice library, project plans and pairing programmes of a bridges installation."),
    paths(me, orgs::list_orgs, orgs::get_org, orgs::list_members, orgs::update_member, orgs::remove_member,
          orgs::create_invitation, orgs::audit_log, learn::search, learn::guidance, learn::frameworks,
          learn::practice, practices::list, practices::create, practices::read, practices::update,
          practices::set_status, practices::delete, projects::list, projects::power, plan::read, plan::create,
          plan::update, plan::set_step, plan::add_entry, plan::update_entry, plan::remove_entry,
          plan::add_stakeholder, plan::add_relation, plan::history, connect::list, connect::create,
          connect::participants, connect::add_participant, connect::run_round, connect::pairs, connect::set_status,
          connect::add_check_in),
    components(schemas(dto::MeDto, dto::OrgDto, dto::MemberDto, dto::InvitationRequest, dto::InvitationDto,
                       dto::RoleUpdate, dto::AuditEventDto, dto::Problem, dto::ProblemFieldError,
                       learn::SearchResultsDto, learn::SearchHitDto, learn::FacetCountDto, learn::GuidanceDto,
                       learn::FrameworkDto, learn::FrameworkItemDto, practices::PracticeDto, practices::CreatedDto,
                       practices::StatusChange, projects::ProjectDto, projects::PowerAnalysisDto, projects::LeverageDto,
                       projects::OpponentDto, plan::PlanDto, plan::ChoiceDto, plan::EntryDto, plan::CheckDto,
                       plan::GapDto, plan::ProjectBody, plan::StepBody, plan::ChoiceBody, plan::RelationBody,
                       plan::ChangeDto, connect::ProgrammeDto, connect::ProgrammeBody, connect::ParticipantDto,
                       connect::PairDto, connect::StatusBody, connect::CheckInBody, connect::RatingsBody)),
    modifiers(&BearerAuth),
    security(("bearer" = []))
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi_json))
        .route("/problems/{code}", get(problem_type))
        .route("/v1/me", get(me))
        .route("/v1/search", get(learn::search))
        .route("/v1/guidance/{id}", get(learn::guidance))
        .route("/v1/frameworks", get(learn::frameworks))
        .route("/v1/practices/{id}", get(learn::practice))
        .route("/v1/orgs", get(orgs::list_orgs))
        .route("/v1/orgs/{org}", get(orgs::get_org))
        .route("/v1/orgs/{org}/members", get(orgs::list_members))
        .route("/v1/orgs/{org}/members/{member}", patch(orgs::update_member).delete(orgs::remove_member))
        .route("/v1/orgs/{org}/invitations", post(orgs::create_invitation))
        .route("/v1/orgs/{org}/audit", get(orgs::audit_log))
        .route("/v1/orgs/{org}/practices", get(practices::list).post(practices::create))
        .route("/v1/orgs/{org}/practices/{id}", get(practices::read).put(practices::update).delete(practices::delete))
        .route("/v1/orgs/{org}/practices/{id}/status", post(practices::set_status))
        .route("/v1/orgs/{org}/programmes", get(connect::list).post(connect::create))
        .route("/v1/orgs/{org}/programmes/{id}/participants", get(connect::participants).post(connect::add_participant))
        .route("/v1/orgs/{org}/programmes/{id}/rounds", post(connect::run_round))
        .route("/v1/orgs/{org}/programmes/{id}/pairs", get(connect::pairs))
        .route("/v1/orgs/{org}/programmes/{id}/pairs/{pair}/status", post(connect::set_status))
        .route("/v1/orgs/{org}/programmes/{id}/pairs/{pair}/check-ins", post(connect::add_check_in))
        .route("/v1/orgs/{org}/projects", get(projects::list).post(plan::create))
        .route("/v1/orgs/{org}/projects/{id}", get(plan::read).put(plan::update))
        .route("/v1/orgs/{org}/projects/{id}/power", get(projects::power))
        .route("/v1/orgs/{org}/projects/{id}/history", get(plan::history))
        .route("/v1/orgs/{org}/projects/{id}/steps/{step}", put(plan::set_step))
        .route("/v1/orgs/{org}/projects/{id}/stakeholders", post(plan::add_stakeholder))
        .route("/v1/orgs/{org}/projects/{id}/relations", post(plan::add_relation))
        .route("/v1/orgs/{org}/projects/{id}/{register}", post(plan::add_entry))
        .route("/v1/orgs/{org}/projects/{id}/{register}/{entry}", put(plan::update_entry).delete(plan::remove_entry))
        .fallback(|| async { AppError::NotFound })
}

async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// Each problem `type` URI resolves to a short description of that problem.
async fn problem_type(Path(code): Path<String>, Locale(tr): Locale) -> AppResult<Json<serde_json::Value>> {
    let title = tr.error(&code);
    if title == format!("error-{code}") {
        return Err(AppError::NotFound);
    }
    Ok(Json(serde_json::json!({"code": code, "title": title, "detail": tr.t(&format!("error-{code}-detail"))})))
}

/// The account making the request.
#[utoipa::path(get, path = "/api/v1/me", responses(
    (status = 200, body = MeDto), (status = 401, body = dto::Problem, content_type = "application/problem+json")))]
async fn me(current: CurrentUser) -> Json<MeDto> {
    Json(MeDto::from(&current.user))
}
