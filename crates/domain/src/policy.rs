//! The authorisation policy: who may do what in which organisation.
//!
//! Each [`Permission`] is a type naming the least powerful role that holds it. The store turns a
//! person's membership of an organisation into a grant of one permission (`bridges_store::Grant`);
//! only the store makes memberships, from what the database holds, so no other crate can mint one.

use crate::Role;

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

permission!(
    /// Read Measure: the dashboard, indicators, activities and reviews (counts of people below the
    /// organisation's threshold are shown as "fewer than k" to roles below staff).
    ReadMeasures,
    Role::Viewer
);
permission!(
    /// Log activities; a volunteer may change only those they logged.
    LogActivities,
    Role::Volunteer
);
permission!(
    /// Record advice and casework contacts and read who was advised (personal data).
    RecordAdvice,
    Role::Staff
);
permission!(
    /// Enter indicator values by hand and record reviews.
    RecordMeasures,
    Role::Staff
);
permission!(
    /// Publish a project's public page and open data, and take them down.
    PublishOutcomes,
    Role::Coordinator
);
permission!(
    /// Define indicators, their baselines and targets, and recurring sessions.
    DefineIndicators,
    Role::Coordinator
);

permission!(
    /// Read the organisation's service directory and export it: services, never people, so
    /// everyone in the team, as volunteers signpost too.
    ReadDirectory,
    Role::Viewer
);
permission!(
    /// Refer people to services and follow their referrals: who was referred is personal data.
    RecordReferrals,
    Role::Staff
);
permission!(
    /// Import records into the organisation's service directory.
    ManageDirectory,
    Role::Coordinator
);

/// The policy said no. Callers who are members learn they lack the permission (403); callers who are
/// not members never get a membership at all and see 404.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("this role may not do that")]
pub struct Denied;
