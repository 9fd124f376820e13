//! What the store hands back: domain values, checked on the way out of the database.

use crate::entity::{invitation, membership, organisation, user};
use crate::error::{parse_stored, Result};
use crate::Membership;
use bridges_domain::{
    CountryCode, DisplayName, Email, InvitationId, Language, MembershipId, OrgId, OrgName, PasswordHash, Role,
    TimeZoneName, UserId,
};
use chrono::{DateTime, Utc};

#[derive(Debug, Clone)]
pub struct Organisation {
    pub id: OrgId,
    pub name: OrgName,
    pub country: CountryCode,
    pub language: Language,
    pub time_zone: TimeZoneName,
    pub created_at: DateTime<Utc>,
    /// Counts of fewer people than this are shown to readers below staff as "fewer than" it.
    pub suppression_threshold: u32,
}

impl TryFrom<organisation::Model> for Organisation {
    type Error = crate::StoreError;
    fn try_from(m: organisation::Model) -> Result<Self> {
        Ok(Self {
            id: OrgId::from_uuid(m.id),
            name: parse_stored(&m.name, OrgName::parse)?,
            country: parse_stored(&m.country, CountryCode::parse)?,
            language: parse_stored(&m.language, Language::parse)?,
            time_zone: parse_stored(&m.time_zone, TimeZoneName::parse)?,
            created_at: m.created_at,
            suppression_threshold: u32::try_from(m.suppression_threshold).unwrap_or(10),
        })
    }
}

#[derive(Debug, Clone)]
pub struct User {
    pub id: UserId,
    pub email: Email,
    pub display_name: DisplayName,
    pub language: Option<Language>,
    pub password_hash: PasswordHash,
}

impl TryFrom<user::Model> for User {
    type Error = crate::StoreError;
    fn try_from(m: user::Model) -> Result<Self> {
        Ok(Self {
            id: UserId::from_uuid(m.id),
            email: parse_stored(&m.email, Email::parse)?,
            display_name: parse_stored(&m.display_name, DisplayName::parse)?,
            language: m.language.as_deref().map(|l| parse_stored(l, Language::parse)).transpose()?,
            password_hash: PasswordHash::from_stored(m.password_hash),
        })
    }
}

pub(crate) fn membership_from(m: &membership::Model) -> Result<Membership> {
    Ok(Membership::new(
        MembershipId::from_uuid(m.id),
        OrgId::from_uuid(m.org_id),
        UserId::from_uuid(m.user_id),
        parse_stored(&m.role, Role::parse)?,
    ))
}

/// A member of an organisation as the members page lists them.
#[derive(Debug, Clone)]
pub struct Member {
    pub membership: Membership,
    pub email: Email,
    pub display_name: DisplayName,
    pub since: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct Invitation {
    pub id: InvitationId,
    pub org: OrgId,
    pub email: Email,
    pub role: Role,
    pub invited_by: UserId,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

impl TryFrom<invitation::Model> for Invitation {
    type Error = crate::StoreError;
    fn try_from(m: invitation::Model) -> Result<Self> {
        Ok(Self {
            id: InvitationId::from_uuid(m.id),
            org: OrgId::from_uuid(m.org_id),
            email: parse_stored(&m.email, Email::parse)?,
            role: parse_stored(&m.role, Role::parse)?,
            invited_by: UserId::from_uuid(m.invited_by),
            created_at: m.created_at,
            expires_at: m.expires_at,
        })
    }
}
