//! Audit entries about people's personal data: what was read, changed, exported or erased, by
//! whom (the member the grant belongs to), and of how many people — by id when they are few, never
//! by name.

use crate::{Result, Services};
use bridges_domain::{AuditKind, ParticipantId, Permission, ProgrammeId};
use bridges_store::Grant;

// The entries' shape is the store's, so that the store can write them too; the retention sweep and
// the public intake build theirs with the same functions.
pub use bridges_store::{naming, personal_data_event, AUDIT_NAMES_AT_MOST};

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
