//! Running a round on a programme: the engine's input from the programme's people and pairs, the
//! engine's answer as proposals to store (each with the factors that made it) and a summary of who
//! waits and why, with the fairness report. Shared by the page, the API and `bridges match`.

use crate::connect::state::ProgrammeData;
use bridges_domain::ParticipantId;
use bridges_pairing::{by_group, disparity, run_round_capped, run_round_excluding, Cap, GroupOutcome, Reason, Round};
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

/// Runs the engine on the programme as it stands.
pub fn run(data: &ProgrammeData, now: DateTime<Utc>) -> (Vec<NewProposal>, RoundSummary) {
    let input = data.round_input(now);
    let settings = &data.settings;
    let labels: Vec<String> = input
        .newcomer_ids
        .iter()
        .map(|id| data.person(*id).map(|p| p.group(&settings.fairness_by)).unwrap_or_default())
        .collect();
    let excluded: Vec<(usize, usize)> = {
        let rejected = data.rejected();
        let mut list = Vec::new();
        for (n, nid) in input.newcomer_ids.iter().enumerate() {
            for (v, vid) in input.volunteer_ids.iter().enumerate() {
                if rejected.contains(&(*nid, *vid)) {
                    list.push((n, v));
                }
            }
        }
        list
    };
    let (round, gap_before, gap_after, met): (Round, _, _, bool) = match settings.max_gap {
        Some(gap) => {
            let capped = run_round_capped(
                &settings.programme,
                &input.newcomers,
                &input.volunteers,
                &input.room,
                &excluded,
                &Cap { labels: &labels, max_gap: f64::from(gap) / 100.0, min_group: MIN_GROUP },
            );
            (capped.round, capped.gap_before, capped.gap_after, capped.met)
        }
        None => {
            let round =
                run_round_excluding(&settings.programme, &input.newcomers, &input.volunteers, &input.room, &excluded);
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
