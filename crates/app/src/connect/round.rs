//! Running a round on a programme: the engine's input from the programme's people and pairs, the
//! engine's answer as proposals to store (each with the factors that made it) and a summary of who
//! waits and why, with the fairness report. The page, the API and `bridges match programme` all run
//! a round through [`compute`] and [`run_round`].

use super::programme::{load, ProgrammeData};
use crate::{Error, Result, Services};
use bridges_domain::policy::{ReadParticipants, RunProgrammes};
use bridges_domain::ParticipantId;
use bridges_domain::{ErrorCode, ProgrammeId};
use bridges_pairing::{by_group, disparity, run_round_capped, run_round_excluding, Cap, GroupOutcome, Reason, Round};
use bridges_store::Grant;
use bridges_store::NewProposal;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Groups smaller than this are shown but not compared: a rate over three people says little.
pub const MIN_GROUP: u32 = 5;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Fairness {
    /// "language", "gender" or "area".
    pub by: String,
    /// The cap in percentage points, if the coordinator set one.
    pub max_gap: Option<u8>,
    /// The largest gap in pairing rate between comparable groups, before and after the cap.
    pub gap_before: Option<f64>,
    pub gap_after: Option<f64>,
    pub met: bool,
    pub groups: Vec<GroupOutcome>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RoundSummary {
    pub proved_optimal: bool,
    pub candidate_pairs: usize,
    pub newcomers: usize,
    pub volunteers: usize,
    pub proposals: usize,
    pub unpaired: Vec<(ParticipantId, Reason)>,
    pub idle_volunteers: Vec<ParticipantId>,
    pub fairness: Fairness,
}

impl RoundSummary {
    pub fn from_json(text: &str) -> Option<RoundSummary> {
        serde_json::from_str(text).ok()
    }
}

/// A round computed on a programme as it was read: the proposals to store, and the summary.
pub struct ComputedRound {
    pub data: ProgrammeData,
    pub proposals: Vec<NewProposal>,
    pub summary: RoundSummary,
    /// How long the engine itself took (not the reading and saving around it).
    pub engine_time: std::time::Duration,
}

/// How many times a round is computed again when the programme moved while it ran.
const ROUND_ATTEMPTS: usize = 3;

/// Reads the programme (an audited read of its people, named by `what`) and runs the engine on it,
/// saving nothing.
pub async fn compute(
    services: &Services,
    grant: &Grant<ReadParticipants>,
    id: ProgrammeId,
    what: &str,
) -> Result<ComputedRound> {
    let data = load(services, grant, id, what).await?;
    let now = services.now();
    // A city's round takes seconds of CPU: the other pages keep answering meanwhile.
    crate::off_the_workers(move || {
        let started = std::time::Instant::now();
        let (proposals, summary) = run(&data, now);
        ComputedRound { data, proposals, summary, engine_time: started.elapsed() }
    })
    .await
}

/// Runs a round on the programme as it stands and saves its proposals and summary. A round saves
/// only against the programme it read: if a pair was accepted or a person withdrew meanwhile, it
/// reads the programme again and computes again.
pub async fn run_round(services: &Services, grant: &Grant<RunProgrammes>, id: ProgrammeId) -> Result<ComputedRound> {
    let read = grant.also::<ReadParticipants>()?;
    for _ in 0..ROUND_ATTEMPTS {
        let round = compute(services, &read, id, "round").await?;
        let text = serde_json::to_string(&round.summary).map_err(|e| Error::Internal(e.to_string()))?;
        let saved = services
            .store()
            .save_round(grant, id, round.data.programme.revision, &round.proposals, &text, services.now())
            .await;
        match saved {
            Ok(()) => return Ok(round),
            Err(bridges_store::StoreError::Conflict(ErrorCode::RoundStale)) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(Error::Code(ErrorCode::RoundStale))
}

/// Runs the engine on the programme as it stands.
pub fn run(data: &ProgrammeData, now: DateTime<Utc>) -> (Vec<NewProposal>, RoundSummary) {
    let input = data.round_input(now);
    let settings = &data.settings;
    let labels: Vec<String> = input
        .newcomer_ids
        .iter()
        .map(|id| data.person(*id).map(|p| p.group(&settings.fairness_by)).unwrap_or_default())
        .collect();
    let excluded = &input.excluded;
    let (round, gap_before, gap_after, met): (Round, _, _, bool) = match settings.max_gap {
        Some(gap) => {
            let capped = run_round_capped(
                &settings.programme,
                &input.newcomers,
                &input.volunteers,
                &input.room,
                excluded,
                &Cap { labels: &labels, max_gap: f64::from(gap) / 100.0, min_group: MIN_GROUP },
            );
            (capped.round, capped.gap_before, capped.gap_after, capped.met)
        }
        None => {
            let round =
                run_round_excluding(&settings.programme, &input.newcomers, &input.volunteers, &input.room, excluded);
            let gap = gap_of(&round, &labels, &input.newcomers);
            (round, gap, gap, true)
        }
    };
    let paired = paired_flags(&round, input.newcomers.len());
    let waits: Vec<u32> = input.newcomers.iter().map(|e| e.waiting_days).collect();
    let fairness = Fairness {
        by: settings.fairness_by.clone(),
        max_gap: settings.max_gap,
        gap_before,
        gap_after,
        met,
        groups: by_group(&labels, &paired, &waits),
    };
    let proposals = round
        .proposals
        .iter()
        .map(|p| NewProposal {
            newcomer: input.newcomer_ids[p.newcomer],
            volunteer: input.volunteer_ids[p.volunteer],
            score: p.score,
            explanation: serde_json::to_string(&p.factors).unwrap_or_default(),
        })
        .collect::<Vec<_>>();
    let summary = RoundSummary {
        proved_optimal: round.proved_optimal,
        candidate_pairs: round.candidate_pairs,
        newcomers: input.newcomers.len(),
        volunteers: input.volunteers.len(),
        proposals: proposals.len(),
        unpaired: round.unpaired.iter().map(|(n, r)| (input.newcomer_ids[*n], r.clone())).collect(),
        idle_volunteers: round.idle_volunteers.iter().map(|v| input.volunteer_ids[*v]).collect(),
        fairness,
    };
    (proposals, summary)
}

fn paired_flags(round: &Round, newcomers: usize) -> Vec<bool> {
    let mut paired = vec![false; newcomers];
    for p in &round.proposals {
        if let Some(flag) = paired.get_mut(p.newcomer) {
            *flag = true;
        }
    }
    paired
}

fn gap_of(round: &Round, labels: &[String], newcomers: &[bridges_pairing::Entrant]) -> Option<f64> {
    let waits: Vec<u32> = newcomers.iter().map(|e| e.waiting_days).collect();
    disparity(&by_group(labels, &paired_flags(round, newcomers.len()), &waits), MIN_GROUP)
}
