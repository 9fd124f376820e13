//! Why a newcomer was left waiting, in terms a coordinator can act on: either no volunteer keeps
//! the programme's rules with them (and which rules exclude how many volunteers: recruit for that,
//! or relax it), or some do but the optimum gave them to others.
//!
//! The counts of excluded volunteers are computed only for the newcomers who have no candidate at
//! all, by checking them against every volunteer: such newcomers are few, and the count needs every
//! rule each volunteer breaks, which the index (built to find keepers fast) does not give.

use crate::entrant::Folded;
use crate::programme::Rules;
use crate::rules::{holds, passes, Constraint};
use serde::{Deserialize, Serialize};

/// Why a newcomer is left waiting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// No volunteer passes the rules; how many volunteers each rule excluded (a volunteer breaking
    /// two rules counts for both), largest first.
    NoCandidate { excluded: Vec<(Constraint, u32)> },
    /// Some volunteers passed the rules, but all of them went to others (or had no room): the
    /// optimum paired more people / a higher total that way.
    Outscored { candidates: u32 },
}

impl Reason {
    /// The stable code used in files, the API and message keys.
    pub fn as_str(&self) -> &'static str {
        match self {
            Reason::NoCandidate { .. } => "no-candidate",
            Reason::Outscored { .. } => "outscored",
        }
    }
}

/// Why `n` is unpaired. `with_room` is how many volunteers with room kept every rule with `n`
/// (the round's candidates); `full` lists the volunteers without room, who were not indexed.
/// A volunteer with no room who keeps the rules counts as a candidate that went to others: room,
/// like a higher-scoring rival, is something the coordinator can change, a broken rule is not.
pub(crate) fn reason(rules: &Rules, n: &Folded, volunteers: &[Folded], full: &[u32], with_room: u32) -> Reason {
    if with_room > 0 {
        let keepers = full.iter().filter(|&&p| volunteers.get(p as usize).is_some_and(|v| passes(rules, n, v)));
        return Reason::Outscored { candidates: with_room.saturating_add(keepers.count() as u32) };
    }
    let mut keepers = 0u32;
    let mut excluded = [0u32; Constraint::ALL.len()];
    for v in volunteers {
        let mut kept = true;
        for c in Constraint::ALL {
            if !holds(c, rules, n, v) {
                excluded[c as usize] += 1;
                kept = false;
            }
        }
        keepers += u32::from(kept);
    }
    if keepers > 0 {
        return Reason::Outscored { candidates: keepers };
    }
    let mut excluded: Vec<(Constraint, u32)> =
        Constraint::ALL.into_iter().zip(excluded).filter(|&(_, count)| count > 0).collect();
    // Largest first; on a tie, the order in which rules are checked.
    excluded.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    Reason::NoCandidate { excluded }
}
