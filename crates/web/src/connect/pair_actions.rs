//! What a coordinator does to a programme's pairs, shared by the pages and the API: run a round,
//! accept proposals, withdraw a person. Each asks the policy for its grant, lets the store keep the
//! life cycle's rules under the programme's lock, and writes the audit log.

use crate::connect::data::Record;
use crate::connect::round::{self, RoundSummary};
use crate::connect::state::{audit, ProgrammeData};
use crate::http::authz::OrgContext;
use crate::http::error::{AppError, AppResult};
use crate::http::state::AppState;
use bridges_domain::policy::{EditParticipants, ReadParticipants, RunProgrammes};
use bridges_domain::{AuditKind, CheckInId, PairId, ParticipantId, ProgrammeId};
use bridges_pairing::Side;
use bridges_store::{NewCheckIn, StoreError};
use std::collections::HashMap;

/// How many times a round is computed again when the programme moved while it ran.
const ROUND_ATTEMPTS: usize = 3;

/// Runs a round on the programme as it stands and saves its proposals and summary. A round saves
/// only against the programme it read: if a pair was accepted or a person withdrew meanwhile, it
/// reads the programme again and computes again.
pub async fn run_round(state: &AppState, ctx: &OrgContext, id: ProgrammeId) -> AppResult<RoundSummary> {
    let grant = ctx.grant::<RunProgrammes>()?;
    for _ in 0..ROUND_ATTEMPTS {
        let data = ProgrammeData::load(state, ctx, id, "round").await?;
        let now = state.now();
        let (proposals, summary) = round::run(&data, now);
        let text = serde_json::to_string(&summary).map_err(|e| AppError::Internal(e.to_string()))?;
        match state.store().save_round(&grant, id, data.programme.revision, &proposals, &text, now).await {
            Ok(()) => return Ok(summary),
            Err(StoreError::Conflict(bridges_domain::ErrorCode::RoundStale)) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(AppError::Code(bridges_domain::ErrorCode::RoundStale))
}

/// Accepts one proposal (`Some`), or every open one, each volunteer's room taken from their
/// record. One proposal that cannot be accepted is a conflict saying why.
pub async fn accept(
    state: &AppState,
    ctx: &OrgContext,
    programme: ProgrammeId,
    which: Option<PairId>,
) -> AppResult<Vec<PairId>> {
    let grant = ctx.grant::<RunProgrammes>()?;
    let read = ctx.grant::<ReadParticipants>()?;
    let store = state.store();
    let room = |record: &str| u32::from(Record::from_json(record).profile.capacity);
    let capacity: HashMap<ParticipantId, u32> = match which {
        Some(pair) => {
            let volunteer = store.pair(&read, programme, pair).await?.volunteer;
            let stored = store.participant(&read, programme, volunteer).await?;
            HashMap::from([(volunteer, room(stored.record.expose()))])
        }
        None => store
            .participants(&read, programme)
            .await?
            .into_iter()
            .filter(|p| p.side == Side::Volunteer.as_str())
            .map(|p| (p.id, room(p.record.expose())))
            .collect(),
    };
    let accepted = store.accept_pairs(&grant, programme, which, &capacity, state.now()).await?;
    if !accepted.is_empty() {
        audit(state, ctx, AuditKind::PersonalDataChanged, programme, "accepted", accepted.len() * 2).await?;
    }
    Ok(accepted)
}

/// A person withdraws: consent for pairing and check-ins is marked withdrawn, their proposals go
/// and their pairs close with `reason` (in the coordinator's words), all at once.
pub async fn withdraw(
    state: &AppState,
    ctx: &OrgContext,
    programme: ProgrammeId,
    person: ParticipantId,
    reason: &str,
) -> AppResult<()> {
    let grant = ctx.grant::<EditParticipants>()?;
    let purposes = [crate::connect::participants::CONSENT_PAIRING, crate::connect::participants::CONSENT_CHECK_INS];
    state.store().withdraw_participant(&grant, programme, person, (&purposes, reason), state.now()).await?;
    crate::connect::state::audit_people(state, ctx, AuditKind::PersonalDataChanged, programme, "withdrawn", &[person])
        .await
}

/// Records a check-in of a pair that is meeting, naming its two people in the audit log.
pub async fn check_in(
    state: &AppState,
    ctx: &OrgContext,
    programme: ProgrammeId,
    pair: PairId,
    check_in: &NewCheckIn,
) -> AppResult<CheckInId> {
    let grant = ctx.grant::<EditParticipants>()?;
    let (created, people) = state.store().add_check_in(&grant, programme, pair, check_in, state.now()).await?;
    crate::connect::state::audit_people(state, ctx, AuditKind::PersonalDataChanged, programme, "check-in", &people)
        .await?;
    Ok(created)
}
