//! The shapes the organisation side of the API sends and receives.

use bridges_store::{AuditEntry, Member, Organisation, User};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Serialize, ToSchema)]
pub struct MeDto {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    #[schema(value_type = Option<crate::http::dto::names::LanguageCode>)]
    pub language: Option<String>,
}

impl From<&User> for MeDto {
    fn from(u: &User) -> Self {
        Self {
            id: u.id.as_uuid(),
            email: u.email.to_string(),
            display_name: u.display_name.to_string(),
            language: u.language.map(|l| l.code().to_string()),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct OrgDto {
    pub id: Uuid,
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    #[schema(value_type = crate::http::dto::names::LanguageCode)]
    pub language: String,
    /// IANA time zone.
    pub time_zone: String,
    /// The caller's role in this organisation.
    #[schema(value_type = crate::http::dto::names::RoleName, required = true)]
    pub role: String,
}

impl OrgDto {
    pub fn new(org: &Organisation, role: bridges_domain::Role) -> Self {
        Self {
            id: org.id.as_uuid(),
            name: org.name.to_string(),
            country: org.country.to_string(),
            language: org.language.code().to_string(),
            time_zone: org.time_zone.to_string(),
            role: role.as_str().to_string(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct MemberDto {
    /// The membership id (use it to change the role or remove the member).
    pub id: Uuid,
    pub user_id: Uuid,
    pub display_name: String,
    pub email: String,
    #[schema(value_type = crate::http::dto::names::RoleName, required = true)]
    pub role: String,
    pub since: DateTime<Utc>,
}

impl From<&Member> for MemberDto {
    fn from(m: &Member) -> Self {
        Self {
            id: m.membership.id().as_uuid(),
            user_id: m.membership.user().as_uuid(),
            display_name: m.display_name.to_string(),
            email: m.email.to_string(),
            role: m.membership.role().as_str().to_string(),
            since: m.since,
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct InvitationRequest {
    #[serde(default)]
    #[schema(format = Email, required = true)]
    pub email: String,
    /// One of owner, coordinator, staff, volunteer, viewer; at most the inviter's own level.
    #[serde(default)]
    #[schema(value_type = crate::http::dto::names::RoleName, required = true)]
    pub role: String,
}

#[derive(Serialize, ToSchema)]
pub struct InvitationDto {
    pub id: Uuid,
    pub email: String,
    #[schema(value_type = crate::http::dto::names::RoleName, required = true)]
    pub role: String,
    pub expires_at: DateTime<Utc>,
    /// The link to give the invited person. It is shown only now.
    pub link: String,
}

#[derive(Deserialize, ToSchema)]
pub struct RoleUpdate {
    #[serde(default)]
    #[schema(value_type = crate::http::dto::names::RoleName, required = true)]
    pub role: String,
}

#[derive(Serialize, ToSchema)]
pub struct AuditEventDto {
    pub id: Uuid,
    pub at: DateTime<Utc>,
    #[schema(value_type = crate::http::dto::names::AuditKindName)]
    pub kind: String,
    pub actor: Option<Uuid>,
    pub subject: Option<Uuid>,
    #[schema(value_type = Object)]
    pub detail: serde_json::Value,
    pub address: Option<String>,
}

impl From<&AuditEntry> for AuditEventDto {
    fn from(e: &AuditEntry) -> Self {
        Self {
            id: e.id.as_uuid(),
            at: e.at,
            kind: e.event.kind.as_str().to_string(),
            actor: e.event.actor.map(|u| u.as_uuid()),
            subject: e.event.subject.map(|u| u.as_uuid()),
            // Events with nothing to add say so with an empty object, as the schema promises.
            detail: match &e.event.detail {
                serde_json::Value::Object(_) => e.event.detail.clone(),
                _ => serde_json::json!({}),
            },
            address: e.event.address.clone(),
        }
    }
}
