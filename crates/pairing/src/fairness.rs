//! Fairness across groups (by origin, language, gender… whatever labels the coordinator gives):
//! how each group fared in a round, the gap in pairing rates between groups, and a round that
//! keeps that gap under a cap when volunteers are scarce.
//!
//! A group smaller than `min_group` people is reported but not compared: a rate over three people
//! says little, and acting on it would be acting on noise. When no cap is met, the round says so
//! rather than pretending.
//!
//! How the cap is kept: the optimum is solved as usual. While its gap exceeds the cap, some
//! waiting members of the group the latest solve served worst are given priority, and the round
//! is solved again, at most [`MAX_RESOLVES`] times; the round with the smallest gap is kept. Who
//! gets priority: members left waiting who do have candidates (a priority cannot help someone no
//! volunteer may be paired with), longest-waiting first, as many as close about half the excess
//! gap (moving one pair from the best-served group to the worst narrows the gap from both ends).
//! The solver sees `score / 2` for an ordinary pair and `score / 2 + MAX_SCORE / 2` for a pair of
//! someone with priority, so they come first among equally many pairs. The solver always pairs as
//! many people as possible first, so priorities never lower the number paired; they only change
//! who, among equally many, gets the scarce volunteers. Priorities are per person rather than per
//! group because volunteers who suit a whole group equally would otherwise all swing to whichever
//! group has priority. Proposals keep their true scores and factors.

use crate::entrant::Entrant;
use crate::explain::Reason;
use crate::instance::MAX_SCORE;
use crate::programme::Programme;
use crate::round::{Prepared, Round};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How one group fared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupOutcome {
    pub group: String,
    pub people: u32,
    pub paired: u32,
    /// Over everyone in the group, paired or not.
    pub mean_wait_days: f64,
}

impl GroupOutcome {
    /// The share of the group paired (0 for an empty group).
    pub fn pairing_rate(&self) -> f64 {
        if self.people == 0 {
            0.0
        } else {
            f64::from(self.paired) / f64::from(self.people)
        }
    }

    /// Large enough to compare with other groups.
    pub fn comparable(&self, min_group: u32) -> bool {
        self.people > 0 && self.people >= min_group
    }
}

/// One outcome per label, in label order. Person `i` has `labels[i]`; `paired` and
/// `waiting_days` entries missing for someone count as not paired and 0 days.
pub fn by_group(labels: &[String], paired: &[bool], waiting_days: &[u32]) -> Vec<GroupOutcome> {
    let mut groups: BTreeMap<&str, (u32, u32, u64)> = BTreeMap::new();
    for (i, label) in labels.iter().enumerate() {
        let g = groups.entry(label.as_str()).or_default();
        g.0 += 1;
        g.1 += u32::from(paired.get(i).copied().unwrap_or(false));
        g.2 += u64::from(waiting_days.get(i).copied().unwrap_or(0));
    }
    groups
        .into_iter()
        .map(|(group, (people, paired, wait))| GroupOutcome {
            group: group.to_string(),
            people,
            paired,
            mean_wait_days: if people == 0 { 0.0 } else { wait as f64 / f64::from(people) },
        })
        .collect()
}

/// The highest minus the lowest pairing rate among groups of at least `min_group` people; `None`
/// when fewer than two groups are that large.
pub fn disparity(groups: &[GroupOutcome], min_group: u32) -> Option<f64> {
    let rates: Vec<f64> = groups.iter().filter(|g| g.comparable(min_group)).map(GroupOutcome::pairing_rate).collect();
    if rates.len() < 2 {
        return None;
    }
    let max = rates.iter().copied().fold(f64::MIN, f64::max);
    let min = rates.iter().copied().fold(f64::MAX, f64::min);
    Some(max - min)
}

/// A round solved under a cap on the gap in pairing rates between groups.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CappedRound {
    pub round: Round,
    /// The gap in the plain optimum.
    pub gap_before: Option<f64>,
    /// The gap in `round`.
    pub gap_after: Option<f64>,
    /// `gap_after` is within the cap (or there are fewer than two groups to compare).
    pub met: bool,
    /// How each group fared in `round`.
    pub groups: Vec<GroupOutcome>,
}

/// The fairness cap: `labels[i]` is newcomer i's group; the gap in pairing rates between groups of
/// at least `min_group` people should not exceed `max_gap` (a share, 0.0 to 1.0).
#[derive(Debug, Clone, Copy)]
pub struct Cap<'a> {
    pub labels: &'a [String],
    pub max_gap: f64,
    pub min_group: u32,
}

/// How many times the round may be solved again with raised priorities.
pub const MAX_RESOLVES: usize = 12;

/// Like [`run_round_excluding`](crate::run_round_excluding), but if the optimum's gap in pairing rate between groups
/// (`labels[i]` is newcomer i's group; missing labels make a group "") exceeds `max_gap`, the
/// worst-served groups are given priority and the round is solved again (see the module
/// documentation). The number of people paired is the same as in the plain optimum.
pub fn run_round_capped(
    programme: &Programme,
    newcomers: &[Entrant],
    volunteers: &[Entrant],
    room: &[u32],
    excluded: &[(usize, usize)],
    cap: &Cap<'_>,
) -> CappedRound {
    let Cap { labels, max_gap, min_group } = *cap;
    let prepared = Prepared::new(programme, newcomers, volunteers, room, excluded);
    let labels: Vec<String> = (0..newcomers.len()).map(|i| labels.get(i).cloned().unwrap_or_default()).collect();
    let waiting: Vec<u32> = newcomers.iter().map(|e| e.waiting_days).collect();
    let outcome = |round: &Round| {
        let mut paired = vec![false; newcomers.len()];
        for p in &round.proposals {
            if let Some(slot) = paired.get_mut(p.newcomer) {
                *slot = true;
            }
        }
        let groups = by_group(&labels, &paired, &waiting);
        (disparity(&groups, min_group), groups)
    };
    let true_scores: Vec<u32> = prepared.edges.iter().map(|e| e.score).collect();
    let first = prepared.round(programme, &true_scores);
    let (gap_before, groups) = outcome(&first);
    let within = |gap: Option<f64>| gap.is_none_or(|g| g <= max_gap);
    let mut latest = (first.clone(), groups.clone());
    let mut best = (first, gap_before, groups);
    let mut priority = vec![false; newcomers.len()];
    for _ in 0..MAX_RESOLVES {
        if within(best.1) {
            break;
        }
        let (round, groups) = &latest;
        let mut comparable: Vec<&GroupOutcome> = groups.iter().filter(|g| g.comparable(min_group)).collect();
        comparable.sort_by(|a, b| a.pairing_rate().total_cmp(&b.pairing_rate()));
        let (Some(worst), Some(top)) = (comparable.first(), comparable.last()) else { break };
        let excess = top.pairing_rate() - worst.pairing_rate() - max_gap;
        let wanted = ((excess * f64::from(worst.people) / 2.0).ceil() as usize).max(1);
        // Members left waiting who have someone to be paired with, longest-waiting first.
        let mut waiting_members: Vec<usize> = round
            .unpaired
            .iter()
            .filter(|(i, reason)| {
                matches!(reason, Reason::Outscored { .. }) && labels[*i] == worst.group && !priority[*i]
            })
            .map(|(i, _)| *i)
            .collect();
        waiting_members.sort_by_key(|&i| (std::cmp::Reverse(waiting[i]), i));
        if waiting_members.is_empty() {
            // Nobody in the worst-served group can be helped by priority: the cap cannot be met.
            break;
        }
        for &i in waiting_members.iter().take(wanted) {
            priority[i] = true;
        }
        let solver_scores: Vec<u32> = prepared
            .edges
            .iter()
            .map(|e| e.score / 2 + if priority[e.seeker as usize] { MAX_SCORE / 2 } else { 0 })
            .collect();
        let round = prepared.round(programme, &solver_scores);
        let (gap, groups) = outcome(&round);
        if gap.unwrap_or(0.0) < best.1.unwrap_or(0.0) {
            best = (round.clone(), gap, groups.clone());
        }
        latest = (round, groups);
    }
    let (round, gap_after, groups) = best;
    CappedRound { round, gap_before, gap_after, met: within(gap_after), groups }
}
