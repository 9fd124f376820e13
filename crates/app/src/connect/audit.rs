//! Audit entries about people's personal data: what was read, changed, exported or erased, by
//! whom (the member the grant belongs to), and of how many people — by id when they are few, never
//! by name.

use crate::{Result, Services};
use bridges_domain::{AuditKind, OrgId, ParticipantId, Permission, ProgrammeId};
use bridges_store::{AuditEvent, Grant};

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

/// The event with the ids of the people it touched, when they are few enough to list.
pub fn naming(mut event: AuditEvent, people: &[ParticipantId]) -> AuditEvent {
    if people.len() <= AUDIT_NAMES_AT_MOST {
        event.detail["people"] = people.iter().map(|p| serde_json::Value::String(p.to_string())).collect();
    }
    event
}

/// Writes that the grant's member read or changed the personal data of `count` people.
pub async fn record_count<P: Permission>(
    services: &Services,
    grant: &Grant<P>,
    kind: AuditKind,
    programme: ProgrammeId,
    what: &str,
    count: usize,
) -> Result<()> {
    let event = personal_data_event(kind, grant.org(), programme, what, count).actor(grant.user());
    services.store().record(event, services.now()).await?;
    Ok(())
}

/// Like [`record_count`], naming the people touched by their ids, so that what was done with one
/// person's data can be found again, for them.
pub async fn record_people<P: Permission>(
    services: &Services,
    grant: &Grant<P>,
    kind: AuditKind,
    programme: ProgrammeId,
    what: &str,
    people: &[ParticipantId],
) -> Result<()> {
    let event = naming(personal_data_event(kind, grant.org(), programme, what, people.len()), people);
    services.store().record(event.actor(grant.user()), services.now()).await?;
    Ok(())
}
