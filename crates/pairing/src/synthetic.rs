//! Made-up instances for tests and benchmarks, the same for the same seed.
//!
//! Each seeker gets `candidates_per_seeker` distinct providers drawn at random. A pair's score
//! mixes the provider's popularity (the same for every seeker, so popular providers are contested,
//! as scarce volunteers are) with the pair's own fit; capacities are 1 to 3.

use crate::instance::{Edge, Instance, InstanceError, MAX_SCORE};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// A random instance; `candidates_per_seeker` is capped at the number of providers. Deterministic
/// for a given seed (and `rand` version).
pub fn instance(
    seekers: usize,
    providers: usize,
    candidates_per_seeker: usize,
    seed: u64,
) -> Result<Instance, InstanceError> {
    let mut rng = StdRng::seed_from_u64(seed);
    let capacities: Vec<u32> = (0..providers).map(|_| rng.gen_range(1..=3)).collect();
    let popularity: Vec<u32> = (0..providers).map(|_| rng.gen_range(0..=MAX_SCORE / 2)).collect();
    let per_seeker = candidates_per_seeker.min(providers);
    let mut edges = Vec::with_capacity(seekers * per_seeker);
    for s in 0..seekers as u32 {
        let chosen = rand::seq::index::sample(&mut rng, providers, per_seeker);
        for p in chosen.iter() {
            let fit = rng.gen_range(0..=MAX_SCORE / 2);
            edges.push(Edge { seeker: s, provider: p as u32, score: popularity[p] + fit });
        }
    }
    Instance::new(seekers, capacities, &edges)
}
