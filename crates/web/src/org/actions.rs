//! What a member does to the organisation's membership, shared by the pages and the API: each action
//! takes the grant the policy gave the member, changes the store and writes the audit log, so both
//! doors behave the same. The audit entry names the grant's organisation and member: the one the
//! policy vouched for is the one recorded.

use crate::http::authz::OrgContext;
use crate::http::error::AppResult;
use crate::http::state::AppState;
use bridges_domain::policy::{InviteMembers, ManageMembers};
use bridges_domain::{AuditKind, Email, MembershipId, Role, ValidationErrors};
use bridges_store::{AuditEvent, Grant, Invitation};
use serde_json::json;

/// A new invitation and the link that carries it (shown once: only its digest is stored).
pub struct CreatedInvitation {
    pub invitation: Invitation,
    pub link: String,
}

/// Validates an invitation request: a real address and a role the inviter may hand out.
pub fn parse_invitation(ctx: &OrgContext, email: &str, role: &str) -> Result<(Email, Role), ValidationErrors> {
    let mut errors = ValidationErrors::new();
    let email = errors.check("email", Email::parse(email));
    let role = errors.check("role", Role::parse(role));
    if let Some(role) = role {
        if !ctx.membership.may_assign(role) {
            errors.add("role", "role-not-assignable");
        }
    }
    match (errors.into_result(), email, role) {
        (Ok(()), Some(email), Some(role)) => Ok((email, role)),
        (Err(errors), _, _) => Err(errors),
        _ => Err(ValidationErrors::single("email", "email-invalid")),
    }
}

pub async fn invite(
    state: &AppState,
    grant: &Grant<InviteMembers>,
    email: &Email,
    role: Role,
    address: &str,
) -> AppResult<CreatedInvitation> {
    let now = state.now();
    let (invitation, token) = state.store().invite(grant, email, role, now, state.config().invitation_ttl).await?;
    state
        .store()
        .record(
            AuditEvent::new(AuditKind::MemberInvited)
                .org(grant.org())
                .actor(grant.user())
                .detail(json!({"role": role.as_str(), "invitation": invitation.id.to_string()}))
                .address(address),
            now,
        )
        .await?;
    let link = format!("{}/invite/{}", state.config().base_url(), token.as_str());
    Ok(CreatedInvitation { invitation, link })
}

pub async fn change_role(
    state: &AppState,
    grant: &Grant<ManageMembers>,
    member: MembershipId,
    role: Role,
    address: &str,
) -> AppResult<()> {
    let now = state.now();
    let before = state.store().change_role(grant, member, role).await?;
    if before.role() != role {
        state
            .store()
            .record(
                AuditEvent::new(AuditKind::RoleChanged)
                    .org(grant.org())
                    .actor(grant.user())
                    .subject(before.user())
                    .detail(json!({"from": before.role().as_str(), "to": role.as_str()}))
                    .address(address),
                now,
            )
            .await?;
    }
    Ok(())
}

pub async fn remove_member(
    state: &AppState,
    grant: &Grant<ManageMembers>,
    member: MembershipId,
    address: &str,
) -> AppResult<()> {
    let now = state.now();
    let removed = state.store().remove_member(grant, member).await?;
    state
        .store()
        .record(
            AuditEvent::new(AuditKind::MemberRemoved)
                .org(grant.org())
                .actor(grant.user())
                .subject(removed.user())
                .detail(json!({"role": removed.role().as_str()}))
                .address(address),
            now,
        )
        .await?;
    Ok(())
}
