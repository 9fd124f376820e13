//! The solver's answer equals a brute force's on every small instance proptest can think of.

use bridges_pairing::{solve, solve_adding, Adding, Edge, Instance, Pair, MAX_SCORE};
use proptest::prelude::*;
use std::collections::HashSet;

/// Small instances: up to 7 seekers, 5 providers with capacity 0–3, any subset of pairs, scores
/// either tiny (many ties) or anywhere in range.
pub fn small_instance() -> impl Strategy<Value = Instance> {
    (0usize..=7, 0usize..=5).prop_flat_map(|(seekers, providers)| {
        let score = prop_oneof![0u32..=3, 0u32..=MAX_SCORE, Just(MAX_SCORE)];
        (
            prop::collection::vec(0u32..=3, providers),
            prop::collection::vec(prop::option::weighted(0.5, score), seekers * providers),
        )
            .prop_map(move |(capacities, cells)| {
                let edges: Vec<Edge> = cells
                    .iter()
                    .enumerate()
                    .filter_map(|(at, cell)| {
                        cell.map(|score| Edge {
                            seeker: (at / providers) as u32,
                            provider: (at % providers) as u32,
                            score,
                        })
                    })
                    .collect();
                Instance::new(seekers, capacities, &edges).unwrap()
            })
    })
}

/// The best (pairs, total score) over every pairing, by trying them all.
pub fn brute_force(instance: &Instance) -> (usize, u64) {
    fn go(i: &Instance, seeker: u32, left: &mut Vec<u32>, pairs: usize, score: u64, best: &mut (usize, u64)) {
        if seeker as usize == i.seekers() {
            *best = (*best).max((pairs, score));
            return;
        }
        go(i, seeker + 1, left, pairs, score, best);
        for (p, s) in i.edges_of(seeker) {
            if left[p as usize] > 0 {
                left[p as usize] -= 1;
                go(i, seeker + 1, left, pairs + 1, score + u64::from(s), best);
                left[p as usize] += 1;
            }
        }
    }
    let mut best = (0, 0);
    go(instance, 0, &mut instance.capacities().to_vec(), 0, 0, &mut best);
    best
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn solver_matches_brute_force_and_proves_it(instance in small_instance()) {
        // Whichever side the solver adds, and whichever it picks itself.
        for solution in [solve(&instance), solve_adding(&instance, Adding::Seekers), solve_adding(&instance, Adding::Places)] {
            valid_and_optimal(&instance, &solution)?;
        }
    }
}

fn valid_and_optimal(instance: &Instance, solution: &bridges_pairing::Solution) -> Result<(), TestCaseError> {
    {
        prop_assert_eq!((solution.pairs_count(), solution.total_score), brute_force(instance));
        // A valid pairing, checked here without the certificate checker.
        let mut seen = HashSet::new();
        let mut load = vec![0u32; instance.providers()];
        let mut total = 0u64;
        for &Pair { seeker, provider, score } in &solution.pairs {
            prop_assert!(seen.insert(seeker), "seeker {} paired twice", seeker);
            prop_assert_eq!(instance.score(seeker, provider), Some(score));
            load[provider as usize] += 1;
            total += u64::from(score);
        }
        for (p, &l) in load.iter().enumerate() {
            prop_assert!(l <= instance.capacity(p as u32));
        }
        prop_assert_eq!(total, solution.total_score);
        prop_assert_eq!(solution.verify(instance), Ok(()));
    }
    Ok(())
}
