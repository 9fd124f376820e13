//! Memberships and grants. A [`Membership`] is a person's role in one organisation; only this
//! crate makes one, from what the database holds (its fields are private and it has no public
//! constructor). From a membership comes a [`Grant`] of one [`Permission`], if the policy allows
//! it, and every repository method that touches an organisation's data takes a grant, so code that
//! never asked the policy cannot reach the data.
//!
//! ```compile_fail
//! // Nobody outside the store can build a membership (and so mint an owner's grant)…
//! use bridges_domain::{MembershipId, OrgId, Role, UserId};
//! let forged = bridges_store::Membership { id: MembershipId::new(), org: OrgId::new(), user: UserId::new(), role: Role::Owner };
//! ```
//!
//! ```compile_fail
//! // …nor a grant without one.
//! let forged: bridges_store::Grant<bridges_domain::policy::ReadParticipants> = bridges_store::Grant::default();
//! ```

use bridges_domain::policy::{Denied, InviteMembers};
use bridges_domain::{MembershipId, OrgId, Permission, Role, UserId};
use std::marker::PhantomData;

/// A person's role in one organisation, as the store read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    id: MembershipId,
    org: OrgId,
    user: UserId,
    role: Role,
}

impl Membership {
    pub(crate) fn new(id: MembershipId, org: OrgId, user: UserId, role: Role) -> Self {
        Self { id, org, user, role }
    }
    pub fn id(&self) -> MembershipId {
        self.id
    }
    pub fn org(&self) -> OrgId {
        self.org
    }
    pub fn user(&self) -> UserId {
        self.user
    }
    pub fn role(&self) -> Role {
        self.role
    }

    pub fn grant<P: Permission>(&self) -> Result<Grant<P>, Denied> {
        if self.may::<P>() {
            Ok(Grant { membership: self.clone(), _permission: PhantomData })
        } else {
            Err(Denied)
        }
    }

    pub fn may<P: Permission>(&self) -> bool {
        self.role.at_least(P::MIN_ROLE)
    }

    /// Which roles this member may hand out in an invitation: owners any role, coordinators only the
    /// roles below their own, so nobody can raise anyone above themselves.
    pub fn may_assign(&self, role: Role) -> bool {
        self.role == Role::Owner || (self.may::<InviteMembers>() && self.role.rank() > role.rank())
    }
}

/// Proof that the policy allowed permission `P` to a member. Only [`Membership::grant`] makes one.
#[derive(Debug, Clone)]
pub struct Grant<P: Permission> {
    membership: Membership,
    _permission: PhantomData<P>,
}

impl<P: Permission> Grant<P> {
    pub fn membership(&self) -> &Membership {
        &self.membership
    }
    pub fn org(&self) -> OrgId {
        self.membership.org
    }
    pub fn user(&self) -> UserId {
        self.membership.user
    }
    /// The same member's grant of another permission, if the policy allows it too.
    pub fn also<Q: Permission>(&self) -> Result<Grant<Q>, Denied> {
        self.membership.grant::<Q>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bridges_domain::policy::{ManageMembers, ReadAudit, ReadMembers, ReadOrg};

    fn member(role: Role) -> Membership {
        Membership::new(MembershipId::new(), OrgId::new(), UserId::new(), role)
    }

    #[test]
    fn permissions_follow_rank() {
        assert!(member(Role::Viewer).grant::<ReadOrg>().is_ok());
        assert!(member(Role::Viewer).grant::<ReadMembers>().is_err());
        assert!(member(Role::Volunteer).grant::<ReadMembers>().is_err());
        assert!(member(Role::Staff).grant::<ReadMembers>().is_ok());
        assert!(member(Role::Staff).grant::<InviteMembers>().is_err());
        assert!(member(Role::Coordinator).grant::<InviteMembers>().is_ok());
        assert!(member(Role::Coordinator).grant::<ManageMembers>().is_err());
        assert!(member(Role::Coordinator).grant::<ReadAudit>().is_err());
        assert!(member(Role::Owner).grant::<ManageMembers>().is_ok());
        assert!(member(Role::Owner).grant::<ReadAudit>().is_ok());
    }

    #[test]
    fn nobody_assigns_above_themselves() {
        let coordinator = member(Role::Coordinator);
        assert!(coordinator.may_assign(Role::Staff));
        assert!(coordinator.may_assign(Role::Viewer));
        assert!(!coordinator.may_assign(Role::Coordinator));
        assert!(!coordinator.may_assign(Role::Owner));
        assert!(member(Role::Owner).may_assign(Role::Owner));
        assert!(!member(Role::Staff).may_assign(Role::Viewer));
    }
}
