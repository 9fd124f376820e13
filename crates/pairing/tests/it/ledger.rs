//! The ledger against the loops it replaces: rejected pairs placed in a round's lists as a scan of
//! every newcomer against every volunteer would place them, and each volunteer's room as counting
//! that volunteer's pairs one by one would give it.

use bridges_pairing::ledger::{self, LedgerPair, LedgerPerson, Stage};
use bridges_pairing::{excluded_indices, Side};
use proptest::prelude::*;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::HashSet;
use std::time::Instant;

/// The scan the web layer used to run: every newcomer against every volunteer.
fn scanned(rejected: &HashSet<(u8, u8)>, newcomer_ids: &[u8], volunteer_ids: &[u8]) -> Vec<(usize, usize)> {
    let mut list = Vec::new();
    for (n, nid) in newcomer_ids.iter().enumerate() {
        for (v, vid) in volunteer_ids.iter().enumerate() {
            if rejected.contains(&(*nid, *vid)) {
                list.push((n, v));
            }
        }
    }
    list
}

fn stage() -> impl Strategy<Value = Stage> {
    prop::sample::select(Stage::ALL.to_vec())
}

proptest! {
    #[test]
    fn excluded_indices_equal_the_scan_of_every_newcomer_against_every_volunteer(
        // Few ids, so that people are listed twice, rejected pairs repeat and some name nobody in
        // the round.
        newcomer_ids in prop::collection::vec(0u8..24, 0..40),
        volunteer_ids in prop::collection::vec(0u8..24, 0..40),
        rejected in prop::collection::vec((0u8..24, 0u8..24), 0..60),
    ) {
        let set: HashSet<(u8, u8)> = rejected.iter().copied().collect();
        let expected = scanned(&set, &newcomer_ids, &volunteer_ids);
        prop_assert_eq!(&excluded_indices(&set, &newcomer_ids, &volunteer_ids), &expected);
        prop_assert_eq!(&excluded_indices(&rejected, &newcomer_ids, &volunteer_ids), &expected);
    }

    #[test]
    fn room_in_a_round_is_capacity_less_each_volunteers_holding_pairs(
        people in prop::collection::vec((any::<bool>(), any::<bool>(), 0u8..4), 0..20),
        pairs in prop::collection::vec((0usize..20, 0usize..20, stage(), any::<bool>()), 0..30),
    ) {
        let people: Vec<LedgerPerson<usize>> = people
            .into_iter()
            .enumerate()
            .map(|(id, (volunteer, withdrawn, capacity))| LedgerPerson {
                id,
                side: if volunteer { Side::Volunteer } else { Side::Newcomer },
                withdrawn,
                waiting_days: 0,
                capacity,
            })
            .collect();
        let pairs: Vec<LedgerPair<usize>> = pairs
            .into_iter()
            .map(|(newcomer, volunteer, stage, locked)| {
                LedgerPair { newcomer, volunteer, stage, locked, days_silent: 0 }
            })
            .collect();
        let entry = ledger::round_entry(&people, &pairs);
        let mut expected = (Vec::new(), Vec::new(), Vec::new());
        for (i, p) in people.iter().enumerate().filter(|(_, p)| !p.withdrawn) {
            let holding = |q: &&LedgerPair<usize>| q.stage.holds() || (q.stage == Stage::Proposed && q.locked);
            match p.side {
                Side::Newcomer => {
                    if !pairs.iter().filter(holding).any(|q| q.newcomer == p.id) {
                        expected.0.push(i);
                    }
                }
                Side::Volunteer => {
                    let taken = pairs.iter().filter(holding).filter(|q| q.volunteer == p.id).count() as u32;
                    let room = u32::from(p.capacity).saturating_sub(taken);
                    if room > 0 {
                        expected.1.push(i);
                        expected.2.push(room);
                    }
                }
            }
        }
        prop_assert_eq!((entry.newcomers, entry.volunteers, entry.room), expected);
    }
}

/// How long placing 1,000 rejected pairs takes in a round of 100,000 newcomers and 40,000
/// volunteers (ids as wide as a UUID). Prints the time; run with
/// `cargo test -p bridges-pairing --release --test it -- --ignored --nocapture excluded_indices_at_scale`.
#[test]
#[ignore]
fn excluded_indices_at_scale() {
    let mut rng = StdRng::seed_from_u64(7);
    let newcomer_ids: Vec<u128> = (0..100_000).map(|_| rng.gen()).collect();
    let volunteer_ids: Vec<u128> = (0..40_000).map(|_| rng.gen()).collect();
    let rejected: HashSet<(u128, u128)> = (0..1_000)
        .map(|_| {
            (newcomer_ids[rng.gen_range(0..newcomer_ids.len())], volunteer_ids[rng.gen_range(0..volunteer_ids.len())])
        })
        .collect();
    let runs = 20;
    let started = Instant::now();
    let mut found = 0;
    for _ in 0..runs {
        found = excluded_indices(&rejected, &newcomer_ids, &volunteer_ids).len();
    }
    let each = started.elapsed() / runs;
    assert_eq!(found, rejected.len());
    println!("excluded_indices: 100,000 newcomers × 40,000 volunteers, {found} rejected pairs: {each:?} per call");
}
