//! One pairing round: the newcomers waiting and the volunteers with room go in; proposals, with
//! the factors that explain each score, and the reasons anyone is left waiting come out.
//!
//! Candidates come from the index ([`candidates`](crate::candidates)), the optimum from the solver
//! (as many pairs as possible, then the highest total score), and its certificate is checked
//! before the round is returned: `proved_optimal` says whether it held.

use crate::candidates::{candidate_edges, in_blocks, Pairs, Shortlist};
use crate::certificate::Certificate;
use crate::entrant::{fold_all, Entrant, Folded, Vocabulary};
use crate::explain::{reason, Census, Reason};
use crate::instance::{Edge, Instance};
use crate::programme::Programme;
use crate::score::{factors, Factor};
use crate::solver::{resolve, solve, Solution};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// How far a round has got, for a progress bar: the step it is on, the pass (solving and pricing
/// repeat until nothing better is left), and how many of the step's newcomers are done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub step: Step,
    pub pass: u32,
    pub done: usize,
    pub of: usize,
}

/// The steps of a round, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// Each newcomer's best candidates.
    Shortlisting,
    /// The optimum over the candidates so far.
    Solving,
    /// Every other pair that keeps the rules, against the optimum's dual prices.
    Pricing,
    /// Reasons for everyone left waiting.
    Explaining,
}

impl Step {
    /// The stable code used in the API and message keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Shortlisting => "shortlisting",
            Step::Solving => "solving",
            Step::Pricing => "pricing",
            Step::Explaining => "explaining",
        }
    }
}

impl Progress {
    /// The share of the whole round done, 0 to 1, from how a city's round spends its time: about
    /// half on shortlisting, a third solving and pricing (most of it on the first passes), the rest
    /// explaining.
    pub fn fraction(&self) -> f64 {
        let within = if self.of == 0 { 0.0 } else { (self.done as f64 / self.of as f64).clamp(0.0, 1.0) };
        // Each pass takes half of what is left of the solving and pricing share.
        let passes = |pass: u32| 1.0 - 0.5f64.powi(pass.min(30) as i32);
        match self.step {
            Step::Shortlisting => 0.5 * within,
            Step::Solving | Step::Pricing => {
                let step = if self.step == Step::Pricing { 0.5 + 0.5 * within } else { 0.5 * within };
                0.5 + 0.35 * (passes(self.pass) + (passes(self.pass + 1) - passes(self.pass)) * step)
            }
            Step::Explaining => 0.85 + 0.15 * within,
        }
    }
}

/// How often a round reports its progress, in newcomers.
pub(crate) const REPORT_EVERY: usize = 1024;

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
///
/// The round never holds every candidate pair: it solves over each newcomer's best
/// [`SHORTLIST`] candidates, then prices every other pair that keeps the rules against the
/// solution's duals (most by a cheap bound on their score, without scoring them) and adds those
/// that could improve it, until none can. After the first pass only the pairs whose newcomer's or
/// volunteer's dual fell are read again: every other pair was covered by the last pass's duals and
/// still is. Each solve after the first starts from the last optimum
/// ([`crate::solver::resolve`]). The certificate, checked over the pairs solved, and the pricing,
/// which found no pair it leaves uncovered, together prove the round optimal over every candidate
/// pair.
pub fn run_round_excluding(
    programme: &Programme,
    newcomers: &[Entrant],
    volunteers: &[Entrant],
    room: &[u32],
    excluded: &[(usize, usize)],
) -> Round {
    let reading = Reading { keep: SHORTLIST, threads: 1 };
    run_shortlisted(programme, newcomers, volunteers, room, excluded, reading, &|_| {})
}

/// Like [`run_round_excluding`], telling `watch` how far it has got every so often (a round of a
/// city's programme takes a while), and reading the newcomers' candidates on up to `threads`
/// threads at once (0 counts as 1). Each newcomer's candidates are read on their own, so the round
/// is the same however many threads read them; only the solver runs on one.
pub fn run_round_watched(
    programme: &Programme,
    newcomers: &[Entrant],
    volunteers: &[Entrant],
    room: &[u32],
    excluded: &[(usize, usize)],
    threads: usize,
    watch: &(dyn Fn(Progress) + Sync),
) -> Round {
    run_shortlisted(programme, newcomers, volunteers, room, excluded, Reading { keep: SHORTLIST, threads }, watch)
}

fn run_shortlisted(
    programme: &Programme,
    newcomers: &[Entrant],
    volunteers: &[Entrant],
    room: &[u32],
    excluded: &[(usize, usize)],
    reading: Reading,
    watch: &(dyn Fn(Progress) + Sync),
) -> Round {
    let (vocabulary, newcomers, volunteers) = fold_all(newcomers, volunteers);
    let room: Vec<u32> = (0..volunteers.len()).map(|v| room.get(v).copied().unwrap_or(0)).collect();
    let excluded: HashSet<(u32, u32)> = excluded.iter().map(|&(n, v)| (n as u32, v as u32)).collect();
    let pairs = Pairs { programme, newcomers: &newcomers, volunteers: &volunteers, excluded: &excluded };
    let (shortlist, edges, first, solved) = solve_priced(pairs, &room, reading, watch);
    // A newcomer left waiting is told how many candidates they had, the ones left off included.
    let mut candidates: Vec<u32> = first.windows(2).map(|w| (w[1] - w[0]) as u32).collect();
    let paired: HashSet<u32> = solved.iter().flat_map(|(s, _)| s.pairs.iter().map(|p| p.seeker)).collect();
    let unlisted: Vec<u32> =
        (0..newcomers.len() as u32).filter(|s| shortlist.bound[*s as usize].is_some() && !paired.contains(s)).collect();
    for (&s, count) in unlisted.iter().zip(shortlist.keepers(&unlisted)) {
        candidates[s as usize] = count;
    }
    let turned_down = turned_down(&excluded);
    let prepared = Prepared { vocabulary, newcomers, volunteers, room, edges, first, turned_down };
    prepared.report(programme, solved, &candidates, reading.threads, watch)
}

/// What [`solve_priced`] gives: the shortlist, the pairs solved over (grouped by newcomer, by
/// volunteer within one) with where each newcomer's start, and the last solution with whether it
/// is proved optimal over every pair that keeps the rules.
type Priced<'a> = (Shortlist<'a>, Vec<Edge>, Vec<usize>, Option<(Solution, bool)>);

/// Solves over each newcomer's best `keep` candidates, then prices every other pair against the
/// solution's duals and solves again with those that could improve it, until none can.
fn solve_priced<'a>(pairs: Pairs<'a>, room: &[u32], reading: Reading, watch: &(dyn Fn(Progress) + Sync)) -> Priced<'a> {
    let newcomers = pairs.newcomers;
    let (shortlist, mut edges) = Shortlist::new(pairs, room, reading.keep, reading.threads, watch);
    let mut first = firsts(&edges, newcomers.len());
    let mut solved: Option<(Solution, bool)> = None;
    // The duals of the last pass priced.
    let mut priced: Option<Certificate> = None;
    let mut pass = 0;
    loop {
        watch(Progress { step: Step::Solving, pass, done: 0, of: newcomers.len() });
        let Ok(instance) = Instance::new(newcomers.len(), room.to_vec(), &edges) else {
            // Too large to solve: the last answer stands, unproved.
            solved = solved.map(|(solution, _)| (solution, false));
            break;
        };
        // After the first pass, from the last optimum: the pairs the pricing added disturb few.
        // Should that ever fail its proof, the pass is solved from scratch rather than stopped.
        let (solution, proved) = match solved.take().map(|(previous, _)| resolve(&instance, &previous)) {
            Some(again) if again.verify(&instance).is_ok() => (again, true),
            _ => {
                let solution = solve(&instance);
                let proved = solution.verify(&instance).is_ok();
                (solution, proved)
            }
        };
        let better = if proved {
            let better = shortlist.price(&edges, &first, &solution.certificate, priced.as_ref(), &|done| {
                watch(Progress { step: Step::Pricing, pass, done, of: newcomers.len() })
            });
            priced = Some(solution.certificate.clone());
            better
        } else {
            Vec::new()
        };
        pass += 1;
        if better.is_empty() {
            solved = Some((solution, proved));
            break;
        }
        solved = Some((solution, false));
        edges = merged(edges, better);
        first = firsts(&edges, newcomers.len());
    }
    (shortlist, edges, first, solved)
}

/// `edges` (grouped by newcomer, by volunteer within one) with `more`, none of them among
/// `edges`, in the same order: the few pairs a pass adds are sorted and merged in, rather than
/// sorting the whole list again.
fn merged(edges: Vec<Edge>, mut more: Vec<Edge>) -> Vec<Edge> {
    let key = |e: &Edge| (e.seeker, e.provider);
    more.sort_unstable_by_key(key);
    let mut all = Vec::with_capacity(edges.len() + more.len());
    let mut more = more.into_iter().peekable();
    for e in edges {
        while let Some(m) = more.next_if(|m| key(m) < key(&e)) {
            all.push(m);
        }
        all.push(e);
    }
    all.extend(more);
    all
}

/// How many candidates per newcomer a round solves over before pricing the rest.
pub const SHORTLIST: usize = 24;

/// How a round reads its candidates: each newcomer's best `keep` first, on up to `threads` threads.
#[derive(Debug, Clone, Copy)]
struct Reading {
    keep: usize,
    threads: usize,
}

/// The volunteers turned down for each newcomer.
fn turned_down(excluded: &HashSet<(u32, u32)>) -> HashMap<u32, Vec<u32>> {
    let mut by_newcomer: HashMap<u32, Vec<u32>> = HashMap::new();
    for &(n, v) in excluded {
        by_newcomer.entry(n).or_default().push(v);
    }
    by_newcomer
}

/// For `edges` grouped by newcomer: `edges[first[s]..first[s + 1]]` are newcomer s's.
pub(crate) fn firsts(edges: &[Edge], newcomers: usize) -> Vec<usize> {
    let mut first = vec![0usize; newcomers + 1];
    for e in edges {
        first[e.seeker as usize + 1] += 1;
    }
    for s in 0..newcomers {
        first[s + 1] += first[s];
    }
    first
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
    /// The volunteers a coordinator turned down, by newcomer.
    turned_down: HashMap<u32, Vec<u32>>,
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
        let excluded: HashSet<(u32, u32)> = excluded.iter().map(|&(n, v)| (n as u32, v as u32)).collect();
        if !excluded.is_empty() {
            edges.retain(|e| !excluded.contains(&(e.seeker, e.provider)));
        }
        let first = firsts(&edges, newcomers.len());
        let turned_down = turned_down(&excluded);
        Prepared { vocabulary, newcomers, volunteers, room, edges, first, turned_down }
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
        let candidates: Vec<u32> = self.first.windows(2).map(|w| (w[1] - w[0]) as u32).collect();
        self.report(programme, solved, &candidates, 1, &|_| {})
    }

    /// The round from a solution over `edges` (with whether its proof held): proposals with their
    /// true scores and factors, and why the others wait (`candidates[s]`: how many volunteers with
    /// room keep the rules with newcomer s), worked out on `threads` threads.
    fn report(
        &self,
        programme: &Programme,
        solved: Option<(Solution, bool)>,
        candidates: &[u32],
        threads: usize,
        watch: &(dyn Fn(Progress) + Sync),
    ) -> Round {
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
        let census = Census::new(&programme.rules, &self.volunteers);
        let none = Vec::new();
        let waiting: Vec<u32> = (0..self.newcomers.len() as u32).filter(|&s| !paired[s as usize]).collect();
        let done = |done| watch(Progress { step: Step::Explaining, pass: 0, done, of: waiting.len() });
        // Those with no candidate are told which rules leave them none, counted over every
        // volunteer: a city's round has thousands of them.
        let reasons = in_blocks(
            &waiting,
            threads,
            &done,
            || (),
            |_, block| {
                let reasons = block.iter().map(|&s| {
                    let turned_down = self.turned_down.get(&s).unwrap_or(&none);
                    let s = s as usize;
                    (s, reason(&census, &self.newcomers[s], &full, turned_down, candidates[s]))
                });
                reasons.collect::<Vec<_>>()
            },
        );
        let unpaired = reasons.concat();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::Kind;
    use crate::synthetic;

    /// The pairs a pass adds are merged into the list as sorting the whole list would place them.
    #[test]
    fn merging_a_pass_s_pairs_keeps_the_list_in_order() {
        let edge = |i: u32| Edge { seeker: i * 7 % 13, provider: i * 5 % 11, score: i };
        // 143 distinct pairs (seeker below 13, provider below 11), each in one list or the other.
        let (mut listed, mut added): (Vec<Edge>, Vec<Edge>) = (0..143).map(edge).partition(|e| e.score % 3 != 0);
        listed.sort_unstable_by_key(|e| (e.seeker, e.provider));
        added.reverse();
        let mut all: Vec<Edge> = listed.iter().chain(&added).copied().collect();
        all.sort_unstable_by_key(|e| (e.seeker, e.provider));
        assert_eq!(merged(listed.clone(), added), all);
        assert_eq!(merged(listed.clone(), Vec::new()), listed);
        assert_eq!(merged(Vec::new(), all.clone()), all);
    }

    /// Read on several threads, each taking the next block of newcomers when it is free, a round is
    /// the same round: the same proposals, reasons, counts and proof, and the same progress at the
    /// end of each step.
    #[test]
    fn a_round_read_on_several_threads_is_the_same_round() {
        let programme = Programme::for_kind(Kind::Buddy);
        // Enough newcomers for several blocks, also of those left waiting, whose candidates are
        // counted, and enough volunteers for several passes.
        let (n, v) = synthetic::people(Kind::Buddy, 3_000, 500, 7);
        let room: Vec<u32> = v.iter().map(|e| u32::from(e.profile.capacity)).collect();
        let excluded: Vec<(usize, usize)> = (0..60).map(|i| (i * 13 % 3_000, i * 7 % 500)).collect();
        let watched = |threads: usize| {
            let seen = std::sync::Mutex::new(Vec::new());
            let round = run_round_watched(&programme, &n, &v, &room, &excluded, threads, &|at| {
                if let Ok(mut seen) = seen.lock() {
                    seen.push(at);
                }
            });
            let seen = seen.into_inner().unwrap_or_default();
            // Where each step and pass got to: threads finish blocks in any order, so only how far
            // each step got is compared, not every report on the way.
            let mut furthest: Vec<(Step, u32, usize)> = Vec::new();
            for at in seen {
                match furthest.last_mut() {
                    Some(last) if (last.0, last.1) == (at.step, at.pass) => last.2 = last.2.max(at.done),
                    _ => furthest.push((at.step, at.pass, at.done)),
                }
            }
            (round, furthest)
        };
        let (alone, steps) = watched(1);
        assert!(alone.proved_optimal && alone.unpaired.len() > 4 * 256, "{}", alone.unpaired.len());
        assert!(steps.iter().any(|s| s.0 == Step::Pricing && s.1 > 0), "only one pass: {steps:?}");
        for threads in [2, 4] {
            assert_eq!(watched(threads), (alone.clone(), steps.clone()), "{threads} threads");
        }
    }

    /// The shortlisted round reaches the optimum of the round over every candidate pair (the same
    /// number of pairs and total score), proved, however short the list, with pairs turned down.
    #[test]
    fn a_shortlisted_round_reaches_the_optimum_over_every_pair() {
        for (seed, kind) in [(1, Kind::Buddy), (2, Kind::LanguageExchange), (3, Kind::Mentoring), (4, Kind::Shadowing)]
        {
            let programme = Programme::for_kind(kind);
            let (n, v) = synthetic::people(kind, 300, 160, seed);
            let room: Vec<u32> = v.iter().map(|e| u32::from(e.profile.capacity)).collect();
            let excluded: Vec<(usize, usize)> = (0..40).map(|i| (i * 7 % 300, i * 3 % 160)).collect();
            let full = Prepared::new(&programme, &n, &v, &room, &excluded);
            let scores: Vec<u32> = full.edges.iter().map(|e| e.score).collect();
            let everything = full.round(&programme, &scores);
            assert!(everything.proved_optimal);
            let total = |r: &Round| r.proposals.iter().map(|p| u64::from(p.score)).sum::<u64>();
            for keep in [1, 2, 5, SHORTLIST] {
                let short =
                    run_shortlisted(&programme, &n, &v, &room, &excluded, Reading { keep, threads: 1 }, &|_| {});
                assert!(short.proved_optimal, "{kind:?}, keep {keep}");
                assert_eq!(
                    (short.proposals.len(), total(&short)),
                    (everything.proposals.len(), total(&everything)),
                    "{kind:?}, keep {keep}"
                );
                // Someone waiting in both rounds is told the same reason, with the same count.
                for (s, reason) in &short.unpaired {
                    if let Some((_, same)) = everything.unpaired.iter().find(|u| u.0 == *s) {
                        assert_eq!(reason, same, "{kind:?}, keep {keep}, newcomer {s}");
                    }
                }
                assert!(short.proposals.iter().all(|p| !excluded.contains(&(p.newcomer, p.volunteer))));
                // The proof is whole: the last duals cover every pair that keeps the rules, not
                // only those solved over (pricing after the first pass reads only the pairs whose
                // duals fell).
                let (_, folded_n, folded_v) = fold_all(&n, &v);
                let turned: HashSet<(u32, u32)> = excluded.iter().map(|&(a, b)| (a as u32, b as u32)).collect();
                let pairs =
                    Pairs { programme: &programme, newcomers: &folded_n, volunteers: &folded_v, excluded: &turned };
                let (_, _, _, solved) = solve_priced(pairs, &room, Reading { keep, threads: 1 }, &|_| {});
                let Some((solution, true)) = solved else { panic!("{kind:?}, keep {keep}: not proved") };
                let duals = &solution.certificate;
                for e in &full.edges {
                    let covered = duals.seeker_duals[e.seeker as usize] + duals.provider_duals[e.provider as usize];
                    assert!(
                        i64::from(e.score) + duals.offset <= covered,
                        "{kind:?}, keep {keep}: pair {e:?} not covered by the last duals"
                    );
                }
                if keep == 1 {
                    assert!(short.candidate_pairs < everything.candidate_pairs, "{kind:?}: nothing was left off");
                }
            }
        }
    }
}
