//! Audit entries about what is done with people's personal data: changed, exported or erased, by
//! whom (the member the grant belongs to), and of how many people — by id when they are few, never
//! by name. Reads are not written here: the store's reading methods write their own entry, so no
//! use case can read people and forget to say so.

use crate::{Result, Services};
use bridges_domain::{AuditKind, ParticipantId, Permission, ProgrammeId};
use bridges_store::Grant;

// The entries' shape is the store's, which writes those of its reads with it; the retention sweep
// and the public intake build theirs with the same functions.
pub use bridges_store::{naming, personal_data_event, AUDIT_NAMES_AT_MOST};

/// Writes that the grant's member changed or exported the personal data of `count` people.
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
