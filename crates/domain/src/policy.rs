//! The authorisation policy: who may do what in which organisation.
//!
//! Every handler asks this module. A [`Membership`] is a person's role in one organisation; from it a
//! handler obtains a [`Grant`] for one [`Permission`], and repository methods that change data take
//! that grant as an argument, so code that never asked the policy cannot call them.

use crate::{MembershipId, OrgId, Role, UserId};
use std::marker::PhantomData;

/// A person's role in one organisation, as loaded for the current request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub id: MembershipId,
    pub org: OrgId,
    pub user: UserId,
    pub role: Role,
}

/// Something a member may be allowed to do. Each permission is a type, so a grant for one cannot be
/// used where another is required.
pub trait Permission {
    /// The least powerful role that holds this permission.
    const MIN_ROLE: Role;
}

macro_rules! permission {
    ($(#[$doc:meta])* $name:ident, $role:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy)]
        pub struct $name;
        impl Permission for $name {
            const MIN_ROLE: Role = $role;
        }
    };
}

permission!(
    /// See the organisation's dashboard and what it shares with every member.
    ReadOrg,
    Role::Viewer
);
permission!(
    /// See who the members are and their roles.
    ReadMembers,
    Role::Staff
);
permission!(
    /// Invite new members (with a role below one's own, unless owner).
    InviteMembers,
    Role::Coordinator
);
permission!(
    /// Change members' roles and remove members.
    ManageMembers,
    Role::Owner
);
permission!(
    /// Read the security audit log.
    ReadAudit,
    Role::Owner
);

permission!(
    /// Write and edit the organisation's practice records.
    WritePractices,
    Role::Staff
);
permission!(
    /// Share the organisation's practices for peer review, publish and unpublish them.
    PublishPractices,
    Role::Coordinator
);
permission!(
    /// Review practices other organisations have shared for peer review.
    ReviewPractices,
    Role::Staff
);

permission!(
    /// Add frameworks of the organisation's own.
    ManageFrameworks,
    Role::Coordinator
);

permission!(
    /// Plan projects: create them and change any of their steps.
    EditProjects,
    Role::Coordinator
);

permission!(
    /// Create pairing programmes, change their rules, run rounds and decide on pairs.
    RunProgrammes,
    Role::Coordinator
);
permission!(
    /// Read participants' personal data and who is paired with whom.
    ReadParticipants,
    Role::Staff
);
permission!(
    /// Enter, import and correct participants, and record check-ins.
    EditParticipants,
    Role::Staff
);

/// Proof that the policy allowed permission `P` to `membership`. Only [`Membership::grant`] makes one.
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

/// The policy said no. Callers who are members learn they lack the permission (403); callers who are
/// not members never get a [`Membership`] at all and see 404.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("this role may not do that")]
pub struct Denied;

impl Membership {
    pub fn grant<P: Permission>(&self) -> Result<Grant<P>, Denied> {
        if self.role.at_least(P::MIN_ROLE) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn member(role: Role) -> Membership {
        Membership { id: MembershipId::new(), org: OrgId::new(), user: UserId::new(), role }
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
