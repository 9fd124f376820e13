//! What a member does to the organisation's membership, shared by the pages and the API: each action
//! takes the grant the policy gave the member, changes the store and writes the audit log, so both
//! doors behave the same. The audit entry names the grant's organisation and member: the one the
//! policy vouched for is the one recorded.

use crate::{Result, Services};
use bridges_domain::policy::{InviteMembers, ManageMembers};
use bridges_domain::{AuditKind, Email, MembershipId, Role, SecretToken, ValidationErrors};
use bridges_store::{AuditEvent, Grant, Invitation};
use serde_json::json;

/// A new invitation and the secret its link carries (shown once: only its digest is stored).
pub struct CreatedInvitation {
    pub invitation: Invitation,
    pub token: SecretToken,
}

/// Validates an invitation request: a real address and a role the inviter may hand out.
pub fn parse_invitation(
    grant: &Grant<InviteMembers>,
    email: &str,
    role: &str,
) -> std::result::Result<(Email, Role), ValidationErrors> {
    let mut errors = ValidationErrors::new();
    let email = errors.check("email", Email::parse(email));
    let role = errors.check("role", Role::parse(role));
    if let Some(role) = role {
        if !grant.membership().may_assign(role) {
            errors.add("role", "role-not-assignable");
        }
    }
    match (errors.into_result(), email, role) {
        (Ok(()), Some(email), Some(role)) => Ok((email, role)),
        (Err(errors), _, _) => Err(errors),
        _ => Err(ValidationErrors::single("email", "email-invalid")),
    }
}

/// Invites `email` with `role` for `ttl`, from `address`.
pub async fn invite(
    services: &Services,
    grant: &Grant<InviteMembers>,
    (email, role): (&Email, Role),
    ttl: chrono::Duration,
    address: &str,
) -> Result<CreatedInvitation> {
    let now = services.now();
    let (invitation, token) = services.store().invite(grant, email, role, now, ttl).await?;
    services
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
    Ok(CreatedInvitation { invitation, token })
}

pub async fn change_role(
    services: &Services,
    grant: &Grant<ManageMembers>,
    member: MembershipId,
    role: Role,
    address: &str,
) -> Result<()> {
    let now = services.now();
    let before = services.store().change_role(grant, member, role).await?;
    if before.role() != role {
        services
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
    services: &Services,
    grant: &Grant<ManageMembers>,
    member: MembershipId,
    address: &str,
) -> Result<()> {
    let now = services.now();
    let removed = services.store().remove_member(grant, member).await?;
    services
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
