//! Organisations, members, invitations and the audit log over JSON.

use super::dto::{AuditEventDto, InvitationDto, InvitationRequest, MemberDto, OrgDto, Problem, RoleUpdate};
use crate::actions::{self, parse_invitation, parse_member};
use crate::auth::CurrentUser;
use crate::authz::OrgContext;
use crate::error::{AppError, AppResult};
use crate::net::ClientAddress;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use bridges_domain::policy::{ReadAudit, ReadMembers, ReadOrg};
use bridges_domain::{Role, ValidationErrors};

/// The organisations the caller belongs to.
#[utoipa::path(get, path = "/api/v1/orgs", responses((status = 200, body = Vec<OrgDto>),
    (status = 401, body = Problem, content_type = "application/problem+json")))]
pub async fn list_orgs(State(state): State<AppState>, current: CurrentUser) -> AppResult<Json<Vec<OrgDto>>> {
    let orgs = state.store().orgs_of_user(current.user.id).await?;
    Ok(Json(orgs.iter().map(|(o, r)| OrgDto::new(o, *r)).collect()))
}

/// One organisation. Answers 404 for organisations the caller does not belong to.
#[utoipa::path(get, path = "/api/v1/orgs/{org}", params(("org" = uuid::Uuid, Path)),
    responses((status = 200, body = OrgDto), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn get_org(ctx: OrgContext) -> AppResult<Json<OrgDto>> {
    ctx.grant::<ReadOrg>()?;
    Ok(Json(OrgDto::new(&ctx.org, ctx.membership.role)))
}

/// The members of an organisation (staff and above).
#[utoipa::path(get, path = "/api/v1/orgs/{org}/members", params(("org" = uuid::Uuid, Path)),
    responses((status = 200, body = Vec<MemberDto>), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn list_members(State(state): State<AppState>, ctx: OrgContext) -> AppResult<Json<Vec<MemberDto>>> {
    let members = state.store().members(&ctx.grant::<ReadMembers>()?).await?;
    Ok(Json(members.iter().map(MemberDto::from).collect()))
}

/// Changes a member's role (owners only; an organisation keeps at least one owner).
#[utoipa::path(patch, path = "/api/v1/orgs/{org}/members/{member}", request_body = RoleUpdate,
    params(("org" = uuid::Uuid, Path), ("member" = uuid::Uuid, Path, description = "membership id")),
    responses((status = 204), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 409, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn update_member(
    State(state): State<AppState>,
    ctx: OrgContext,
    Path(path): Path<(String, String)>,
    ClientAddress(address): ClientAddress,
    Json(body): Json<RoleUpdate>,
) -> AppResult<StatusCode> {
    let member = parse_member(&path.1)?;
    let role = Role::parse(&body.role).map_err(|code| AppError::Invalid(ValidationErrors::single("role", code)))?;
    actions::change_role(&state, &ctx, member, role, &address).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes a member from the organisation (owners only).
#[utoipa::path(delete, path = "/api/v1/orgs/{org}/members/{member}",
    params(("org" = uuid::Uuid, Path), ("member" = uuid::Uuid, Path, description = "membership id")),
    responses((status = 204), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn remove_member(
    State(state): State<AppState>,
    ctx: OrgContext,
    Path(path): Path<(String, String)>,
    ClientAddress(address): ClientAddress,
) -> AppResult<StatusCode> {
    let member = parse_member(&path.1)?;
    actions::remove_member(&state, &ctx, member, &address).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Invites someone by email with a role (coordinators and owners). The answer holds the link.
#[utoipa::path(post, path = "/api/v1/orgs/{org}/invitations", request_body = InvitationRequest,
    params(("org" = uuid::Uuid, Path)),
    responses((status = 201, body = InvitationDto), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn create_invitation(
    State(state): State<AppState>,
    ctx: OrgContext,
    ClientAddress(address): ClientAddress,
    Json(body): Json<InvitationRequest>,
) -> AppResult<(StatusCode, Json<InvitationDto>)> {
    ctx.grant::<bridges_domain::policy::InviteMembers>()?;
    let (email, role) = parse_invitation(&ctx, &body.email, &body.role)?;
    let created = actions::invite(&state, &ctx, &email, role, &address).await?;
    let inv = &created.invitation;
    Ok((
        StatusCode::CREATED,
        Json(InvitationDto {
            id: inv.id.as_uuid(),
            email: inv.email.to_string(),
            role: inv.role.as_str().to_string(),
            expires_at: inv.expires_at,
            link: created.link,
        }),
    ))
}

/// The security audit log (owners only), newest first.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/audit", params(("org" = uuid::Uuid, Path)),
    responses((status = 200, body = Vec<AuditEventDto>), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn audit_log(State(state): State<AppState>, ctx: OrgContext) -> AppResult<Json<Vec<AuditEventDto>>> {
    let entries = state.store().audit_log(&ctx.grant::<ReadAudit>()?, 500).await?;
    Ok(Json(entries.iter().map(AuditEventDto::from).collect()))
}
