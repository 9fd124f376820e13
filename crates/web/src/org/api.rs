//! Organisations, members, invitations and the audit log over JSON.

use crate::http::auth::CurrentUser;
use crate::http::authz::{Authorised, Ids};
use crate::http::dto::Problem;
use crate::http::error::{AppError, AppResult};
use crate::http::net::ClientAddress;
use crate::http::state::AppState;
use crate::org::dto::{AuditEventDto, InvitationDto, InvitationRequest, MeDto, MemberDto, OrgDto, RoleUpdate};
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use bridges_app::org::{self as actions, parse_invitation};
use bridges_domain::policy::{InviteMembers, ManageMembers, ReadAudit, ReadMembers, ReadOrg};
use bridges_domain::{MembershipId, OrgId, Role, ValidationErrors};
use utoipa::OpenApi;

/// The organisation side's operations and shapes in the API's document.
#[derive(OpenApi)]
#[openapi(
    paths(me, list_orgs, get_org, list_members, update_member, remove_member, create_invitation, audit_log),
    components(schemas(MeDto, OrgDto, MemberDto, InvitationRequest, InvitationDto, RoleUpdate, AuditEventDto))
)]
pub struct OrgApi;

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
pub async fn get_org(Authorised { ctx, grant }: Authorised<ReadOrg>) -> AppResult<Json<OrgDto>> {
    Ok(Json(OrgDto::new(&ctx.org, grant.membership().role())))
}

/// The members of an organisation (staff and above).
#[utoipa::path(get, path = "/api/v1/orgs/{org}/members", params(("org" = uuid::Uuid, Path)),
    responses((status = 200, body = Vec<MemberDto>), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn list_members(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<ReadMembers>,
) -> AppResult<Json<Vec<MemberDto>>> {
    let members = state.store().members(&grant).await?;
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
    Authorised { grant, .. }: Authorised<ManageMembers>,
    // `_org`, not `_`: utoipa's macro reads these patterns and takes only names inside a tuple.
    Ids((_org, member)): Ids<(OrgId, MembershipId)>,
    ClientAddress(address): ClientAddress,
    Json(body): Json<RoleUpdate>,
) -> AppResult<StatusCode> {
    let role = Role::parse(&body.role).map_err(|code| AppError::Invalid(ValidationErrors::single("role", code)))?;
    actions::change_role(state.services(), &grant, member, role, &address).await?;
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
    Authorised { grant, .. }: Authorised<ManageMembers>,
    Ids((_org, member)): Ids<(OrgId, MembershipId)>,
    ClientAddress(address): ClientAddress,
) -> AppResult<StatusCode> {
    actions::remove_member(state.services(), &grant, member, &address).await?;
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
    Authorised { grant, .. }: Authorised<InviteMembers>,
    ClientAddress(address): ClientAddress,
    Json(body): Json<InvitationRequest>,
) -> AppResult<(StatusCode, Json<InvitationDto>)> {
    let (email, role) = parse_invitation(&grant, &body.email, &body.role)?;
    let created =
        actions::invite(state.services(), &grant, (&email, role), state.config().invitation_ttl, &address).await?;
    let link = format!("{}/invite/{}", state.config().base_url(), created.token.as_str());
    let inv = &created.invitation;
    Ok((
        StatusCode::CREATED,
        Json(InvitationDto {
            id: inv.id.as_uuid(),
            email: inv.email.to_string(),
            role: inv.role.as_str().to_string(),
            expires_at: inv.expires_at,
            link,
        }),
    ))
}

/// The security audit log (owners only), newest first.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/audit", params(("org" = uuid::Uuid, Path)),
    responses((status = 200, body = Vec<AuditEventDto>), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn audit_log(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<ReadAudit>,
) -> AppResult<Json<Vec<AuditEventDto>>> {
    let entries = state.store().audit_log(&grant, 500).await?;
    Ok(Json(entries.iter().map(AuditEventDto::from).collect()))
}

/// The account making the request.
#[utoipa::path(get, path = "/api/v1/me", responses(
    (status = 200, body = MeDto), (status = 401, body = Problem, content_type = "application/problem+json")))]
pub async fn me(current: CurrentUser) -> Json<MeDto> {
    Json(MeDto::from(&current.user))
}
