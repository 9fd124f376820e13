//! What a member does to the organisation's practice records, shared by the pages and the API. Each
//! action takes the grant of the permission it needs; the caller's signature names it. The
//! frameworks a record's topics are checked against (the shipped ones and the organisation's own)
//! come from the caller, which keeps the library loaded.

use crate::{Error, Result, Services};
use bridges_domain::policy::{PublishPractices, ReadOrg, WritePractices};
use bridges_domain::{ErrorCode, PracticeId, PracticeStatus, ValidationErrors};
use bridges_store::{Grant, StoredPractice};
use bridges_toolkit::{FrameworkSet, Practice, PracticeForm};

/// A stored record as the toolkit's practice, with its public id.
pub fn record(stored: &StoredPractice) -> Result<Practice> {
    let mut p: Practice = serde_json::from_str(&stored.record).map_err(|e| Error::Internal(e.to_string()))?;
    p.id = stored.id.to_string();
    Ok(p)
}

/// Either the form's problems (to show beside the fields) or a failure of the request itself.
pub enum Outcome<T> {
    Done(T),
    Invalid(ValidationErrors),
}

fn to_json(practice: &Practice) -> Result<String> {
    serde_json::to_string(practice).map_err(|e| Error::Internal(e.to_string()))
}

pub async fn create(
    services: &Services,
    grant: &Grant<WritePractices>,
    form: &PracticeForm,
    known: &FrameworkSet<'_>,
) -> Result<Outcome<PracticeId>> {
    match form.validate("", known) {
        Ok(practice) => {
            Ok(Outcome::Done(services.store().create_practice(grant, &to_json(&practice)?, services.now()).await?))
        }
        Err(errors) => Ok(Outcome::Invalid(errors)),
    }
}

pub async fn update(
    services: &Services,
    grant: &Grant<WritePractices>,
    (id, form): (PracticeId, &PracticeForm),
    known: &FrameworkSet<'_>,
) -> Result<Outcome<()>> {
    // Someone else's record is not found, whatever the form says.
    services.store().org_practice(&grant.also::<ReadOrg>()?, id).await?;
    match form.validate(&id.to_string(), known) {
        Ok(practice) => {
            services.store().update_practice(grant, id, &to_json(&practice)?, services.now()).await?;
            Ok(Outcome::Done(()))
        }
        Err(errors) => Ok(Outcome::Invalid(errors)),
    }
}

/// Moves a practice along the workflow; publishing needs a complete record (`practice-incomplete`).
pub async fn set_status(
    services: &Services,
    grant: &Grant<PublishPractices>,
    id: PracticeId,
    next: PracticeStatus,
) -> Result<()> {
    if next == PracticeStatus::Published {
        let stored = services.store().org_practice(&grant.also::<ReadOrg>()?, id).await?;
        if !record(&stored)?.missing_for_publication().is_empty() {
            return Err(Error::Code(ErrorCode::PracticeIncomplete));
        }
    }
    services.store().set_practice_status(grant, id, next, services.now()).await?;
    Ok(())
}
