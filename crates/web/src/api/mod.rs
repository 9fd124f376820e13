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
    modifiers(&BearerAuth, &ProblemResponses),
    security(("bearer" = []))
)]
pub struct ApiDoc;

struct BearerAuth;

/// The errors every operation can answer, documented where they apply rather than handler by
/// handler: 401 without a valid credential (all but the public Learn reads), 403 and 404 for what
/// the member's role or organisation does not reach, 409 where a write meets the data in another
/// state, and 400, 413, 415 and 422 for a body that is broken, too large, not JSON or not valid.
struct ProblemResponses;

impl ProblemResponses {
    fn problem(description: &str) -> utoipa::openapi::RefOr<utoipa::openapi::Response> {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        ResponseBuilder::new()
            .description(description)
            .content(
                "application/problem+json",
                ContentBuilder::new().schema(Some(Ref::from_schema_name("Problem"))).build(),
            )
            .build()
            .into()
    }
}

impl Modify for ProblemResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for (path, item) in openapi.paths.paths.iter_mut() {
            let public = ["/api/v1/search", "/api/v1/guidance", "/api/v1/frameworks", "/api/v1/practices/"]
                .iter()
                .any(|p| path.starts_with(p));
            let in_org = path.starts_with("/api/v1/orgs/{org}");
            let operations = [
                (&mut item.get, false),
                (&mut item.post, true),
                (&mut item.put, true),
                (&mut item.patch, true),
                (&mut item.delete, true),
            ];
            for (operation, writes) in operations {
                let Some(operation) = operation.as_mut() else { continue };
                let mut statuses: Vec<(&str, &str)> = Vec::new();
                if !public {
                    statuses.push(("401", "no valid session or token"));
                }
                if in_org {
                    statuses.push(("403", "the member's role may not do this, or the token may only read"));
                    statuses.push(("404", "no such organisation for this member, or no such item in it"));
                }
                if in_org && writes {
                    statuses.push(("409", "the data is in a state that does not allow this"));
                }
                if operation.request_body.is_some() {
                    statuses.push(("400", "the body is not well-formed JSON of the expected shape"));
                    statuses.push(("413", "the body is larger than allowed"));
                    statuses.push(("415", "the body is not sent as application/json"));
                    statuses.push(("422", "the body's values are not valid; each problem is named by field"));
                }
                if public && path.starts_with("/api/v1/search") {
                    statuses.push(("400", "a query parameter cannot be read"));
                }
                if public && !path.starts_with("/api/v1/search") {
                    statuses.push(("404", "no such item"));
                    statuses.push(("422", "an unknown language was asked for"));
                }
                for (status, description) in statuses {
                    operation
                        .responses
                        .responses
                        .entry(status.to_string())
                        .or_insert_with(|| Self::problem(description));
                }
            }
        }
    }
}

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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// The document's lists of values are the domain's, no more and no fewer.
    #[test]
    fn the_documented_values_are_the_domains() {
        let doc = serde_json::to_value(ApiDoc::openapi()).unwrap();
        let same = |schema: &str, domain: Vec<&str>| {
            let mut documented: Vec<String> = doc["components"]["schemas"][schema]["enum"]
                .as_array()
                .unwrap_or_else(|| panic!("{schema} has no enum"))
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect();
            let mut domain: Vec<String> = domain.into_iter().map(str::to_string).collect();
            documented.sort();
            domain.sort();
            assert_eq!(documented, domain, "{schema}");
        };
        same("AuditKindName", bridges_domain::AuditKind::ALL.iter().map(|k| k.as_str()).collect());
        same("RoleName", bridges_domain::Role::ALL.iter().map(|r| r.as_str()).collect());
        same("PairStatusName", bridges_domain::PairStatus::ALL.iter().map(|s| s.as_str()).collect());
        same("LanguageCode", bridges_domain::Language::ALL.iter().map(|l| l.code()).collect());
        same("ProgrammeKind", bridges_pairing::Kind::ALL.iter().map(|k| k.as_str()).collect());
        same("RelationKind", bridges_plan::power::RelationKind::ALL.iter().map(|k| k.as_str()).collect());
        let practice = ["private", "review", "published"];
        assert!(practice.iter().all(|s| bridges_domain::PracticeStatus::parse(s).is_ok()));
        same("PracticeStatusName", practice.to_vec());
    }
}
