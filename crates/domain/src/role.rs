//! The roles a person can hold in an organisation.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Roles, from most to least powerful. Each role can do everything the roles below it can.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Runs the organisation in bridges: members, roles, audit log, settings.
    Owner,
    /// Runs programmes and projects; invites staff and volunteers.
    Coordinator,
    /// Works with the organisation's records day to day.
    Staff,
    /// Helps with the activities they are given.
    Volunteer,
    /// Reads what the organisation has chosen to share internally.
    Viewer,
}

impl Role {
    pub const ALL: [Role; 5] = [Role::Owner, Role::Coordinator, Role::Staff, Role::Volunteer, Role::Viewer];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Coordinator => "coordinator",
            Role::Staff => "staff",
            Role::Volunteer => "volunteer",
            Role::Viewer => "viewer",
        }
    }

    pub fn parse(input: &str) -> Result<Self, &'static str> {
        let s = input.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|r| r.as_str() == s).ok_or("role-invalid")
    }

    /// Higher is more powerful.
    pub fn rank(self) -> u8 {
        match self {
            Role::Owner => 4,
            Role::Coordinator => 3,
            Role::Staff => 2,
            Role::Volunteer => 1,
            Role::Viewer => 0,
        }
    }

    pub fn at_least(self, other: Role) -> bool {
        self.rank() >= other.rank()
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
