//! One pairing round: the newcomers waiting and the volunteers with room go in; proposals, with
//! the factors that explain each score, and the reasons anyone is left waiting come out.
//!
//! Candidates come from the index ([`candidates`](crate::candidates)), the optimum from the solver
//! (as many pairs as possible, then the highest total score), and its certificate is checked
//! before the round is returned: `proved_optimal` says whether it held.

use crate::candidates::candidate_edges;
use crate::entrant::{fold_all, Entrant, Folded, Vocabulary};
use crate::explain::{reason, Reason};
use crate::instance::{Edge, Instance};
use crate::programme::Programme;
use crate::score::{factors, Factor};
use crate::solver::solve;
use serde::{Deserialize, Serialize};

/// A proposed pair: newcomer and volunteer by their index in the round's lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    pub newcomer: usize,
    pub volunteer: usize,
    pub score: u32,
    pub factors: Vec<Factor>,
}

/// What a round proposes, and why the others wait.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    /// Sorted by newcomer index.
    pub proposals: Vec<Proposal>,
    /// Newcomers left waiting, by index.
    pub unpaired: Vec<(usize, Reason)>,
    /// Volunteers with room left and no proposal.
    pub idle_volunteers: Vec<usize>,
    /// The certificate verified.
    pub proved_optimal: bool,
    /// Edges given to the solver.
    pub candidate_pairs: usize,
}

/// `room[v]` is how many more newcomers volunteer v may take (capacity minus pairs they already
/// have); a volunteer missing from `room` has none. Nothing panics on any input; a round too large
/// for the solver (over four billion candidate pairs) proposes nobody and is not proved optimal.
pub fn run_round(programme: &Programme, newcomers: &[Entrant], volunteers: &[Entrant], room: &[u32]) -> Round {
    run_round_excluding(programme, newcomers, volunteers, room, &[])
}

/// Like [`run_round`], but never proposes the pairs in `excluded` ((newcomer, volunteer) indices):
/// the pairs a coordinator already turned down. A newcomer whose only candidates were turned down
/// waits, and is told candidates exist but went elsewhere.
pub fn run_round_excluding(
    programme: &Programme,
    newcomers: &[Entrant],
    volunteers: &[Entrant],
    room: &[u32],
    excluded: &[(usize, usize)],
) -> Round {
    let prepared = Prepared::new(programme, newcomers, volunteers, room, excluded);
    let scores: Vec<u32> = prepared.edges.iter().map(|e| e.score).collect();
    prepared.round(programme, &scores)
}

/// A round's folded entrants and candidate pairs, ready to be solved, possibly several times with
/// different priorities (see [`fairness`](crate::fairness)).
pub(crate) struct Prepared {
    vocabulary: Vocabulary,
    newcomers: Vec<Folded>,
    volunteers: Vec<Folded>,
    room: Vec<u32>,
    /// Grouped by newcomer, by volunteer within a newcomer, with the pairs' true scores.
    pub edges: Vec<Edge>,
    /// `edges[first[s]..first[s + 1]]` are newcomer s's.
    first: Vec<usize>,
}

impl Prepared {
    pub(crate) fn new(
        programme: &Programme,
        newcomers: &[Entrant],
        volunteers: &[Entrant],
        room: &[u32],
        excluded: &[(usize, usize)],
    ) -> Prepared {
        let (vocabulary, newcomers, volunteers) = fold_all(newcomers, volunteers);
        let room: Vec<u32> = (0..volunteers.len()).map(|v| room.get(v).copied().unwrap_or(0)).collect();
        let mut edges = candidate_edges(programme, &newcomers, &volunteers, &room);
        if !excluded.is_empty() {
            let excluded: std::collections::HashSet<(u32, u32)> =
                excluded.iter().map(|&(n, v)| (n as u32, v as u32)).collect();
            edges.retain(|e| !excluded.contains(&(e.seeker, e.provider)));
        }
        let mut first = vec![0usize; newcomers.len() + 1];
        for e in &edges {
            first[e.seeker as usize + 1] += 1;
        }
        for s in 0..newcomers.len() {
            first[s + 1] += first[s];
        }
        Prepared { vocabulary, newcomers, volunteers, room, edges, first }
    }

    /// Solves with `priority[i]` as the score of `edges[i]` (the true scores, or boosted ones),
    /// and reports every proposal with its true score and factors.
    pub(crate) fn round(&self, programme: &Programme, priority: &[u32]) -> Round {
        let solver_edges: Vec<Edge> = self.edges.iter().zip(priority).map(|(e, &score)| Edge { score, ..*e }).collect();
        let solved = Instance::new(self.newcomers.len(), self.room.clone(), &solver_edges).ok().map(|instance| {
            let solution = solve(&instance);
            let proved = solution.verify(&instance).is_ok();
            (solution, proved)
        });
        let mut proposals = Vec::new();
        let mut paired = vec![false; self.newcomers.len()];
        let mut taken = vec![0u32; self.volunteers.len()];
        if let Some((solution, _)) = &solved {
            for pair in &solution.pairs {
                let (s, p) = (pair.seeker as usize, pair.provider as usize);
                let (Some(n), Some(v)) = (self.newcomers.get(s), self.volunteers.get(p)) else { continue };
                let score = self.true_score(s, pair.provider).unwrap_or(pair.score);
                paired[s] = true;
                taken[p] += 1;
                proposals.push(Proposal {
                    newcomer: s,
                    volunteer: p,
                    score,
                    factors: factors(programme, &self.vocabulary, n, v),
                });
            }
        }
        let full: Vec<u32> = (0..self.volunteers.len() as u32).filter(|&p| self.room[p as usize] == 0).collect();
        let unpaired = (0..self.newcomers.len())
            .filter(|&s| !paired[s])
            .map(|s| {
                let with_room = (self.first[s + 1] - self.first[s]) as u32;
                (s, reason(&programme.rules, &self.newcomers[s], &self.volunteers, &full, with_room))
            })
            .collect();
        let idle_volunteers = (0..self.volunteers.len()).filter(|&p| self.room[p] > 0 && taken[p] == 0).collect();
        Round {
            proposals,
            unpaired,
            idle_volunteers,
            proved_optimal: solved.is_some_and(|(_, proved)| proved),
            candidate_pairs: self.edges.len(),
        }
    }

    fn true_score(&self, s: usize, provider: u32) -> Option<u32> {
        let row = self.edges.get(self.first[s]..self.first[s + 1])?;
        row.binary_search_by_key(&provider, |e| e.provider).ok().map(|at| row[at].score)
    }
}
