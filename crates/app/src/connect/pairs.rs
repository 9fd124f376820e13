//! What a coordinator does to a programme's pairs: accept proposals, swap two proposals'
//! volunteers, withdraw a person, record a check-in. Each takes its grant, lets the store keep the
//! life cycle's rules under the programme's lock, and writes the audit log.

use super::audit::record_people;
use super::programme::Settings;
use super::record::Record;
use super::{CONSENT_CHECK_INS, CONSENT_PAIRING};
use crate::{Error, Result, Services};
use bridges_domain::policy::{EditParticipants, ReadParticipants, RunProgrammes};
use bridges_domain::{
    check_text, AuditKind, CheckInId, ErrorCode, PairId, PairStatus, ParticipantId, ProgrammeId, ValidationErrors,
};
use bridges_pairing::rescore_swap;
use bridges_store::{Grant, NewCheckIn};

/// Accepts one proposal (`Some`), or every open one, each volunteer's room taken from their
/// record. One proposal that cannot be accepted is a conflict saying why. The store reads the
/// volunteers' room and writes the acceptance to the audit log, all under the programme's lock.
pub async fn accept(
    services: &Services,
    grant: &Grant<RunProgrammes>,
    programme: ProgrammeId,
    which: Option<PairId>,
) -> Result<Vec<PairId>> {
    Ok(services.store().accept_pairs(grant, programme, which, capacity, services.now()).await?)
}

/// How many newcomers a volunteer takes at once, from their record.
fn capacity(record: &str) -> u32 {
    u32::from(Record::from_json(record).profile.capacity)
}

/// A coordinator's decision on one pair, the same from the page and the API: accept (with the
/// volunteer's room checked), reject, mark introduced, or close with a reason in their words
/// (required, at most 500 characters; kept trimmed).
pub async fn decide(
    services: &Services,
    grant: &Grant<RunProgrammes>,
    (programme, pair): (ProgrammeId, PairId),
    status: PairStatus,
    reason: &str,
) -> Result<()> {
    if status == PairStatus::Accepted {
        accept(services, grant, programme, Some(pair)).await?;
        return Ok(());
    }
    if status == PairStatus::Closed {
        let mut errors = ValidationErrors::new();
        check_text(&mut errors, "reason", reason, 500, true);
        errors.into_result()?;
    }
    let reason = (!reason.trim().is_empty()).then_some(reason.trim());
    services.store().move_pair(grant, programme, pair, status, reason, services.now()).await?;
    Ok(())
}

/// Gives each of two proposals the other's volunteer, if both new pairs keep every rule; each new
/// pair is scored and explained again.
pub async fn swap(
    services: &Services,
    grant: &Grant<RunProgrammes>,
    programme: ProgrammeId,
    (a, b): (PairId, PairId),
) -> Result<()> {
    let read = grant.also::<ReadParticipants>()?;
    let (first, second) = (
        super::roster::pair(services, &read, (programme, a), "swap").await?,
        super::roster::pair(services, &read, (programme, b), "swap").await?,
    );
    let now = services.now();
    let settings = Settings::of(&first.programme);
    let (first, second) = rescore_swap(
        &settings.programme,
        (&first.newcomer.entrant(now), &first.volunteer.entrant(now)),
        (&second.newcomer.entrant(now), &second.volunteer.entrant(now)),
    )
    .map_err(|_| Error::Code(ErrorCode::SwapBreaksRules))?;
    let explain = |factors| serde_json::to_string(factors).unwrap_or_default();
    let a_new = (first.score, explain(&first.factors));
    let b_new = (second.score, explain(&second.factors));
    services.store().swap_pairs(grant, programme, (a, a_new), (b, b_new)).await?;
    Ok(())
}

/// A person withdraws: consent for pairing and check-ins is marked withdrawn, their proposals go
/// and their pairs close with `reason` (in the coordinator's words), all at once.
pub async fn withdraw(
    services: &Services,
    grant: &Grant<EditParticipants>,
    programme: ProgrammeId,
    person: ParticipantId,
    reason: &str,
) -> Result<()> {
    let purposes = [CONSENT_PAIRING, CONSENT_CHECK_INS];
    services.store().withdraw_participant(grant, programme, person, (&purposes, reason), services.now()).await?;
    record_people(services, grant, AuditKind::PersonalDataChanged, programme, "withdrawn", &[person]).await
}

/// Records a check-in of a pair that is meeting, naming its two people in the audit log.
pub async fn check_in(
    services: &Services,
    grant: &Grant<EditParticipants>,
    programme: ProgrammeId,
    pair: PairId,
    check_in: &NewCheckIn,
) -> Result<CheckInId> {
    let (created, people) = services.store().add_check_in(grant, programme, pair, check_in, services.now()).await?;
    record_people(services, grant, AuditKind::PersonalDataChanged, programme, "check-in", &people).await?;
    Ok(created)
}
