//! The weekly policies. Each week, everyone present is considered at once: newcomers waiting and
//! volunteers with room. With no lookahead this is the plain weekly optimum (the highest total
//! value among present people, pairing nobody at a loss). With a lookahead of `H` weeks, the week's
//! problem also holds a sampled future: for each of the next `H` weeks, as many newcomers and
//! volunteers as have arrived per week so far (a Poisson draw around that rate). The value optimum
//! of present and sampled people together is solved, and only its pairs between people present now
//! are made; a newcomer it pairs with a sampled future volunteer, or leaves for later, waits.
//!
//! So a newcomer is held when a better partner is likely to come soon enough to be worth the wait,
//! and a volunteer is kept free when someone likely to come soon needs them more (a scarce
//! language, a vetted volunteer for a minor) — and neither is held once waiting costs more than it
//! is likely to bring. With several samples, a pair is made when most samples make it.
//!
//! The foresight benchmark runs the same policy told the real arrivals of the next weeks.
//!
//! Sampled people are recombined from parts of people already seen ([`weekly`](super::weekly) says
//! why).

use super::weekly::{self, Future, Problem, Week};
use super::world::{Matched, World};
use rand::rngs::StdRng;
use rand::SeedableRng;
use std::cmp::Reverse;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy)]
pub(crate) struct Lookahead {
    pub horizon: u32,
    pub samples: u32,
    /// Use the real arrivals instead of samples: not a policy anyone can run, but it measures how
    /// much of the gap to hindsight is knowing the future rather than deciding well.
    pub foresight: bool,
}

pub(crate) fn run(world: &World, policy: Lookahead, seed: u64) -> Vec<Matched> {
    let mut rng = StdRng::seed_from_u64(seed);
    weekly::run(world, |present| {
        let samples = if policy.horizon == 0 || policy.foresight { 1 } else { policy.samples.max(1) };
        let mut votes: HashMap<(u32, u32), u32> = HashMap::new();
        for _ in 0..samples {
            let future = if policy.foresight {
                Future::known(world, present.week, policy.horizon)
            } else {
                Future::draw(world, present, policy.horizon, &mut rng)
            };
            for pair in plan(world, present, &future) {
                *votes.entry(pair).or_default() += 1;
            }
        }
        // Most votes first, then the better pair.
        let mut chosen: Vec<((u32, u32), u32)> = votes.into_iter().filter(|&(_, v)| 2 * v > samples).collect();
        chosen.sort_by_key(|&((n, v), votes)| (Reverse(votes), Reverse(world.score(n, v)), n, v));
        chosen.into_iter().map(|(pair, _)| pair).collect()
    })
}

/// The pairs between present people that the value optimum over present and sampled people makes.
fn plan(world: &World, present: &Week, future: &Future) -> Vec<(u32, u32)> {
    let optimum = Problem::new(world, present, future).solve();
    optimum
        .pairs
        .into_iter()
        .filter_map(|(s, p)| Some((*present.newcomers.get(s as usize)?, *present.volunteers.get(p as usize)?)))
        .collect()
}
