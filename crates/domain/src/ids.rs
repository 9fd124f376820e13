//! Typed identifiers. Every id is a UUID v7: unguessable enough for URLs, ordered by creation, and a
//! different type per entity so an organisation id can never be passed where a user id is meant.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// A fresh id, ordered after every id made before it.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
            pub const fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }
            pub const fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Uuid {
                id.0
            }
        }
    };
}

typed_id!(
    /// An organisation (tenant): everything else belongs to one.
    OrgId
);
typed_id!(
    /// A person who can log in.
    UserId
);
typed_id!(
    /// A person's role in one organisation.
    MembershipId
);
typed_id!(
    /// An invitation link to join an organisation.
    InvitationId
);
typed_id!(
    /// A personal API token.
    ApiTokenId
);
typed_id!(
    /// One entry of the append-only audit log.
    AuditEventId
);

typed_id!(
    /// A practice record written by an organisation.
    PracticeId
);
typed_id!(
    /// A peer review of a practice.
    ReviewId
);
typed_id!(
    /// A framework an organisation made for itself.
    FrameworkId
);
typed_id!(
    /// A project planned in the six steps.
    ProjectId
);
typed_id!(
    /// A person or institution on a project's power map.
    StakeholderId
);
typed_id!(
    /// A pairing programme (buddy, language exchange, mentoring, shadowing).
    ProgrammeId
);
typed_id!(
    /// A person taking part in a programme, on either side.
    ParticipantId
);
typed_id!(
    /// Two participants paired by a programme, through the pair's life cycle.
    PairId
);
typed_id!(
    /// One check-in of a pair.
    CheckInId
);
typed_id!(
    /// Something the organisation did: an event, a session, a training, a meeting, a publication…
    ActivityId
);
typed_id!(
    /// A recurring session (a weekly language café), defined once and published as a calendar.
    SeriesId
);
typed_id!(
    /// A person the organisation advises, known by a pseudonymous reference.
    ClientId
);
typed_id!(
    /// One advice or casework contact with a client.
    AdviceId
);
typed_id!(
    /// A measure the organisation watches against a baseline and a target.
    IndicatorId
);
typed_id!(
    /// A periodic review of the work: what the team concluded and decided.
    WorkReviewId
);
typed_id!(
    /// A survey: a form, its public link and the responses collected with it.
    SurveyId
);
typed_id!(
    /// One response to a survey.
    ResponseId
);
typed_id!(
    /// An organisation's service directory: the HSDS records it curates.
    DirectoryId
);
typed_id!(
    /// A person sent on to a service in a directory, and what came of it.
    ReferralId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text_and_are_ordered() {
        let a = OrgId::new();
        let b = OrgId::new();
        assert!(a < b);
        assert_eq!(a.to_string().parse::<OrgId>().ok(), Some(a));
        assert!("not-a-uuid".parse::<OrgId>().is_err());
    }
}
