//! The JSON API under `/api/v1/`, described by the OpenAPI document at `/api/openapi.json`, which is
//! generated from these handlers. It uses the same authorisation as the pages; scripts authenticate
//! with `Authorization: Bearer <token>` (tokens are made on the account page), browsers may use
//! their session with an `X-CSRF-Token` header. Errors are RFC 9457 problem documents.

use crate::http::error::{AppError, AppResult};
use crate::http::i18n::Locale;
use crate::http::state::AppState;
use axum::extract::Path;
use axum::routing::get;
use axum::{Json, Router};
use bridges_domain::ErrorCode;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

/// The API's own document: what every wing's operations share (the bearer scheme, the problem
/// document and the errors every operation can answer). Each wing adds its operations and schemas.
#[derive(OpenApi)]
#[openapi(
    info(title = "bridges API", description = "Organisations, members, the audit log, the guidance and practice library, project plans and pairing programmes of a bridges installation."),
    components(schemas(super::dto::Problem, super::dto::ProblemFieldError)),
    security(("bearer" = []))
)]
struct ApiDoc;

/// The OpenAPI document of the whole API: the wings' documents merged, then the shared parts added.
pub fn document(wings: impl IntoIterator<Item = utoipa::openapi::OpenApi>) -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    for wing in wings {
        doc.merge(wing);
    }
    BearerAuth.modify(&mut doc);
    ProblemResponses.modify(&mut doc);
    doc
}

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
            let public =
                ["/api/v1/search", "/api/v1/guidance", "/api/v1/frameworks", "/api/v1/practices/", "/api/hsds/"]
                    .iter()
                    .any(|p| path.starts_with(p));
            let hsda = path.starts_with("/api/hsds/");
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
                if hsda {
                    statuses.push(("404", "no directory is published under this key, or no such record in it"));
                    if !path.ends_with('/') {
                        statuses.push(("422", "a query parameter's value is not valid; each is named by field"));
                    }
                } else if public && !path.starts_with("/api/v1/search") {
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

/// The API's own routes, and the wings' API routes under them; anything else under `/api` is a
/// problem document, never a page.
pub fn router(wings: Router<AppState>, document: utoipa::openapi::OpenApi) -> Router<AppState> {
    let document = std::sync::Arc::new(document);
    Router::new()
        .route("/openapi.json", get(move || async move { Json(document.as_ref().clone()) }))
        .route("/problems/{code}", get(problem_type))
        .merge(wings)
        .fallback(|| async { AppError::NotFound })
}

/// Each problem `type` URI resolves to a short description of that problem; only the closed list's
/// codes have one.
async fn problem_type(Path(code): Path<String>, Locale(tr): Locale) -> AppResult<Json<serde_json::Value>> {
    let code = ErrorCode::parse(&code).ok_or(AppError::NotFound)?.as_str();
    Ok(Json(serde_json::json!({
        "code": code,
        "title": tr.error(code),
        "detail": tr.t(&format!("error-{code}-detail")),
    })))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// Every code of the closed list has a title and an explanation in every language, so its
    /// problem page and the error page people see say something.
    #[test]
    fn every_code_has_its_messages() {
        for lang in bridges_domain::Language::ALL {
            let tr = crate::http::i18n::Tr::new(lang);
            for code in ErrorCode::ALL {
                for key in [format!("error-{}", code.as_str()), format!("error-{}-detail", code.as_str())] {
                    assert_ne!(tr.t(&key), key, "{key} in {}", lang.code());
                }
            }
        }
    }

    /// The document's lists of values are the domain's, no more and no fewer.
    #[test]
    fn the_documented_values_are_the_domains() {
        let doc = serde_json::to_value(crate::api_document()).unwrap();
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
        use bridges_app::connect::roster::{PAIR_GROUPS, STANDINGS};
        same("StandingName", STANDINGS.iter().map(|(name, _)| *name).collect());
        same("PairGroupName", PAIR_GROUPS.iter().map(|(name, _)| *name).collect());
        let practice = ["private", "review", "published"];
        assert!(practice.iter().all(|s| bridges_domain::PracticeStatus::parse(s).is_ok()));
        same("PracticeStatusName", practice.to_vec());
    }
}
