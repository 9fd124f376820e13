//! What a member does to the organisation's practice records, shared by the pages and the API. Each
//! action takes the grant of the permission it needs; the caller's signature names it.

use crate::http::error::{AppError, AppResult};
use crate::http::state::AppState;
use crate::learn::library::record;
use bridges_domain::policy::{PublishPractices, ReadOrg, WritePractices};
use bridges_domain::{PracticeId, PracticeStatus, ValidationErrors};
use bridges_store::Grant;
use bridges_toolkit::PracticeForm;

/// Either the form's problems (to show beside the fields) or a failure of the request itself.
pub enum Outcome<T> {
    Done(T),
    Invalid(ValidationErrors),
}

fn to_json(practice: &bridges_toolkit::Practice) -> AppResult<String> {
    serde_json::to_string(practice).map_err(|e| AppError::Internal(e.to_string()))
}

pub async fn create(
    state: &AppState,
    grant: &Grant<WritePractices>,
    form: &PracticeForm,
) -> AppResult<Outcome<PracticeId>> {
    let known = state.learn().frameworks_for(state.store(), grant).await?;
    match form.validate("", &known) {
        Ok(practice) => {
            Ok(Outcome::Done(state.store().create_practice(grant, &to_json(&practice)?, state.now()).await?))
        }
        Err(errors) => Ok(Outcome::Invalid(errors)),
    }
}

pub async fn update(
    state: &AppState,
    grant: &Grant<WritePractices>,
    id: PracticeId,
    form: &PracticeForm,
) -> AppResult<Outcome<()>> {
    // Someone else's record is not found, whatever the form says.
    state.store().org_practice(&grant.also::<ReadOrg>()?, id).await?;
    let known = state.learn().frameworks_for(state.store(), grant).await?;
    match form.validate(&id.to_string(), &known) {
        Ok(practice) => {
            state.store().update_practice(grant, id, &to_json(&practice)?, state.now()).await?;
            Ok(Outcome::Done(()))
        }
        Err(errors) => Ok(Outcome::Invalid(errors)),
    }
}

/// Moves a practice along the workflow; publishing needs a complete record (`practice-incomplete`).
pub async fn set_status(
    state: &AppState,
    grant: &Grant<PublishPractices>,
    id: PracticeId,
    next: PracticeStatus,
) -> AppResult<()> {
    if next == PracticeStatus::Published {
        let stored = state.store().org_practice(&grant.also::<ReadOrg>()?, id).await?;
        if !record(&stored)?.missing_for_publication().is_empty() {
            return Err(AppError::Code(bridges_domain::ErrorCode::PracticeIncomplete));
        }
    }
    state.store().set_practice_status(grant, id, next, state.now()).await?;
    Ok(())
}
