//! The append-only audit log of security events. The database refuses updates and deletes of it
//! (a trigger made by the first migration); this module offers neither.

use crate::entity::{audit_event, membership};
use crate::error::{parse_stored, Result};
use crate::Grant;
use crate::Store;
use bridges_domain::policy::ReadAudit;
use bridges_domain::{AuditEventId, AuditKind, OrgId, ParticipantId, ProgrammeId, UserId};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

/// The most ids an audit entry lists; a bulk read or change of more people records its count.
pub const AUDIT_NAMES_AT_MOST: usize = 50;

/// An audit-log event about the personal data of `count` people of a programme, and what was done.
pub fn personal_data_event(
    kind: AuditKind,
    org: OrgId,
    programme: ProgrammeId,
    what: &str,
    count: usize,
) -> AuditEvent {
    AuditEvent::new(kind)
        .org(org)
        .detail(serde_json::json!({ "programme": programme.to_string(), "what": what, "count": count }))
}

/// The event with the ids of the people it touched, when they are few enough to list: so that what
/// was done with one person's data can be found again, for them, without naming anyone.
pub fn naming(mut event: AuditEvent, people: &[ParticipantId]) -> AuditEvent {
    if people.len() <= AUDIT_NAMES_AT_MOST {
        event.detail["people"] = people.iter().map(|p| serde_json::Value::String(p.to_string())).collect();
    }
    event
}

/// An event to record. `detail` holds names of things (roles, token names), never personal data
/// beyond the ids of the people involved.
#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub kind: AuditKind,
    pub org: Option<OrgId>,
    pub actor: Option<UserId>,
    pub subject: Option<UserId>,
    pub detail: serde_json::Value,
    pub address: Option<String>,
}

impl AuditEvent {
    pub fn new(kind: AuditKind) -> Self {
        Self { kind, org: None, actor: None, subject: None, detail: serde_json::Value::Null, address: None }
    }
    pub fn org(mut self, org: OrgId) -> Self {
        self.org = Some(org);
        self
    }
    pub fn actor(mut self, user: UserId) -> Self {
        self.actor = Some(user);
        self
    }
    pub fn subject(mut self, user: UserId) -> Self {
        self.subject = Some(user);
        self
    }
    pub fn detail(mut self, detail: serde_json::Value) -> Self {
        self.detail = detail;
        self
    }
    pub fn address(mut self, address: &str) -> Self {
        self.address = Some(address.chars().take(64).collect());
        self
    }
}

/// A recorded event as an owner reads it.
#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub id: AuditEventId,
    pub at: DateTime<Utc>,
    pub event: AuditEvent,
}

impl Store {
    pub async fn record(&self, event: AuditEvent, now: DateTime<Utc>) -> Result<()> {
        Self::record_in(&self.db, event, now).await
    }

    /// Writes the event through `db`, which may be a transaction the event belongs to.
    pub(crate) async fn record_in(db: &impl ConnectionTrait, event: AuditEvent, now: DateTime<Utc>) -> Result<()> {
        audit_event::Entity::insert(audit_event::ActiveModel {
            id: Set(AuditEventId::new().as_uuid()),
            at: Set(now),
            org_id: Set(event.org.map(|o| o.as_uuid())),
            actor_user_id: Set(event.actor.map(|u| u.as_uuid())),
            subject_user_id: Set(event.subject.map(|u| u.as_uuid())),
            kind: Set(event.kind.as_str().to_string()),
            detail: Set(event.detail.to_string()),
            address: Set(event.address),
        })
        .exec_without_returning(db)
        .await?;
        Ok(())
    }

    /// The organisation's own events, and the account events (logins, password changes) of its
    /// current members, newest first.
    pub async fn audit_log(&self, grant: &Grant<ReadAudit>, limit: u64) -> Result<Vec<AuditEntry>> {
        let members: Vec<uuid::Uuid> = membership::Entity::find()
            .filter(membership::Column::OrgId.eq(grant.org().as_uuid()))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|m| m.user_id)
            .collect();
        let rows = audit_event::Entity::find()
            .filter(
                Condition::any().add(audit_event::Column::OrgId.eq(grant.org().as_uuid())).add(
                    Condition::all()
                        .add(audit_event::Column::OrgId.is_null())
                        .add(audit_event::Column::SubjectUserId.is_in(members)),
                ),
            )
            .order_by_desc(audit_event::Column::At)
            .order_by_desc(audit_event::Column::Id)
            .limit(limit)
            .all(&self.db)
            .await?;
        rows.into_iter()
            .map(|r| {
                Ok(AuditEntry {
                    id: AuditEventId::from_uuid(r.id),
                    at: r.at,
                    event: AuditEvent {
                        kind: parse_stored(&r.kind, |k| AuditKind::parse(k).ok_or("audit-kind-invalid"))?,
                        org: r.org_id.map(OrgId::from_uuid),
                        actor: r.actor_user_id.map(UserId::from_uuid),
                        subject: r.subject_user_id.map(UserId::from_uuid),
                        detail: serde_json::from_str(&r.detail).unwrap_or(serde_json::Value::Null),
                        address: r.address,
                    },
                })
            })
            .collect()
    }
}
