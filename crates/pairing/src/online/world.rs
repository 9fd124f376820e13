//! The year a simulation replays: who arrives in which week, and which pairs keep the rules with
//! what score. Scores are computed once, for every newcomer and volunteer of the year, through the
//! same index and score as a round; a policy reads only the rows of people who have arrived.

use crate::candidates::candidate_edges;
use crate::entrant::{fold_all, Entrant};
use crate::instance::{Edge, Instance, MAX_SCORE};
use crate::programme::Programme;
use crate::solver::solve;
use crate::synthetic;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::SimulationConfig;

/// A pair made in a simulation, in the week it was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Matched {
    pub newcomer: u32,
    pub volunteer: u32,
    pub week: u32,
}

pub(crate) struct World {
    pub programme: Programme,
    pub newcomer_people: Vec<Entrant>,
    pub volunteer_people: Vec<Entrant>,
    pub weeks: u32,
    pub patience: u32,
    pub cost: i64,
    pub newcomer_week: Vec<u32>,
    pub volunteer_week: Vec<u32>,
    pub capacity: Vec<u32>,
    /// Each newcomer's candidates: (volunteer, score), by volunteer.
    pub by_newcomer: Vec<Vec<(u32, u32)>>,
    /// Each volunteer's candidates: (newcomer, score), by newcomer.
    pub by_volunteer: Vec<Vec<(u32, u32)>>,
    pub newcomers_in_week: Vec<Vec<u32>>,
    pub volunteers_in_week: Vec<Vec<u32>>,
    /// The arrivals expected each week, the means the year was drawn around: the forecast a
    /// programme has (a planned intake is announced), not who will come.
    pub newcomers_expected: Vec<f64>,
    pub volunteers_expected: Vec<f64>,
}

/// The programme a simulation pairs with: the kind's defaults without the waiting factor, because
/// the simulation prices waiting itself (a pair made later must not look better for it).
pub(crate) fn programme(config: &SimulationConfig) -> Programme {
    let mut p = Programme::for_kind(config.kind);
    p.weights.waiting = 0;
    p
}

impl World {
    pub(crate) fn generate(config: &SimulationConfig, seed: u64) -> World {
        let mut rng = StdRng::seed_from_u64(seed);
        let (mut newcomers, mut volunteers) = (Vec::new(), Vec::new());
        let (mut newcomer_week, mut volunteer_week) = (Vec::new(), Vec::new());
        let (mut newcomers_in_week, mut volunteers_in_week) = (Vec::new(), Vec::new());
        let newcomers_expected: Vec<f64> =
            (0..config.weeks).map(|week| config.scenario.newcomers_expected(config.newcomers_per_week, week)).collect();
        let volunteers_expected = vec![config.volunteers_per_week; config.weeks as usize];
        for week in 0..config.weeks {
            let mut arrived = Vec::new();
            for _ in 0..poisson(&mut rng, newcomers_expected[week as usize]) {
                arrived.push(newcomers.len() as u32);
                newcomers.push(synthetic::newcomer(config.kind, &mut rng));
                newcomer_week.push(week);
            }
            newcomers_in_week.push(arrived);
            let mut arrived = Vec::new();
            for _ in 0..poisson(&mut rng, volunteers_expected[week as usize]) {
                arrived.push(volunteers.len() as u32);
                volunteers.push(synthetic::volunteer(config.kind, &mut rng));
                volunteer_week.push(week);
            }
            volunteers_in_week.push(arrived);
        }
        // Waiting before the simulation starts is not part of it.
        for n in &mut newcomers {
            n.waiting_days = 0;
        }
        let capacity: Vec<u32> = volunteers.iter().map(|v| u32::from(v.profile.capacity)).collect();
        let (_, n, v) = fold_all(&newcomers, &volunteers);
        let mut by_newcomer = vec![Vec::new(); newcomers.len()];
        let mut by_volunteer = vec![Vec::new(); volunteers.len()];
        for e in candidate_edges(&programme(config), &n, &v, &capacity) {
            by_newcomer[e.seeker as usize].push((e.provider, e.score));
            by_volunteer[e.provider as usize].push((e.seeker, e.score));
        }
        World {
            programme: programme(config),
            newcomer_people: newcomers,
            volunteer_people: volunteers,
            weeks: config.weeks,
            patience: config.patience_weeks.max(1),
            cost: i64::from(config.waiting_cost_per_week),
            newcomer_week,
            volunteer_week,
            capacity,
            by_newcomer,
            by_volunteer,
            newcomers_in_week,
            volunteers_in_week,
            newcomers_expected,
            volunteers_expected,
        }
    }

    pub(crate) fn newcomers(&self) -> usize {
        self.newcomer_week.len()
    }

    pub(crate) fn volunteers(&self) -> usize {
        self.volunteer_week.len()
    }

    /// The last week newcomer `n` can still be paired in (they leave after `patience` weeks).
    pub(crate) fn last_week(&self, n: u32) -> u32 {
        self.newcomer_week[n as usize].saturating_add(self.patience - 1)
    }

    /// What a pair of `score` made with newcomer `n` in `week` is worth.
    pub(crate) fn value(&self, n: u32, week: u32, score: u32) -> i64 {
        i64::from(score) - self.cost * i64::from(week.saturating_sub(self.newcomer_week[n as usize]))
    }

    pub(crate) fn score(&self, n: u32, v: u32) -> Option<u32> {
        let row = &self.by_newcomer[n as usize];
        row.binary_search_by_key(&v, |c| c.0).ok().map(|at| row[at].1)
    }
}

/// A Poisson draw: Knuth's method, in pieces of at most 30 so `e^-λ` never underflows.
pub(crate) fn poisson(rng: &mut StdRng, mean: f64) -> u32 {
    let mut left = if mean.is_finite() { mean.max(0.0) } else { 0.0 };
    let mut count = 0;
    while left > 0.0 {
        let lambda = left.min(30.0);
        left -= lambda;
        let limit = (-lambda).exp();
        let mut product: f64 = rng.gen();
        while product > limit {
            count += 1;
            product *= rng.gen::<f64>();
        }
    }
    count
}

/// A value optimum: its real pairs, (seeker, provider); whether the certificate proved it; and
/// each real provider's dual, the price of one more unit of its capacity: how much the optimum
/// would gain from it (the duals that prove the optimum need not be unique: these are the solver's).
pub(crate) struct Optimum {
    pub pairs: Vec<(u32, u32)>,
    pub proved: bool,
    pub prices: Vec<i64>,
}

/// Pairs that maximise the total value, pairing nobody rather than at a loss: every seeker also
/// gets a private "stay unpaired" provider worth 0, so every seeker is always placed, the solver's
/// "as many pairs as possible" first rule becomes moot, and its second rule, the highest total,
/// is the value optimum. `edges` carry values in `1..=MAX_SCORE` (others are dropped). As every
/// seeker is placed, the offset the solver adds to each pair cancels out of the providers' duals,
/// so they are prices in value points.
pub(crate) fn best_value(seekers: usize, capacities: &[u32], edges: &[Edge]) -> Optimum {
    let providers = capacities.len();
    let mut all: Vec<Edge> = edges.iter().filter(|e| e.score > 0 && e.score <= MAX_SCORE).copied().collect();
    all.extend((0..seekers as u32).map(|s| Edge { seeker: s, provider: providers as u32 + s, score: 0 }));
    let mut caps = capacities.to_vec();
    caps.extend(std::iter::repeat_n(1, seekers));
    let Ok(instance) = Instance::new(seekers, caps, &all) else {
        return Optimum { pairs: Vec::new(), proved: false, prices: vec![0; providers] };
    };
    let solution = solve(&instance);
    let proved = solution.verify(&instance).is_ok();
    let pairs =
        solution.pairs.iter().filter(|p| (p.provider as usize) < providers).map(|p| (p.seeker, p.provider)).collect();
    let mut prices = solution.certificate.provider_duals;
    prices.truncate(providers);
    Optimum { pairs, proved, prices }
}
