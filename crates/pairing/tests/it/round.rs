//! Rounds on random small programmes: the index finds exactly the pairs that keep the rules, and
//! every proposal, every idle volunteer and every reason given for waiting is true.

use bridges_pairing::{
    candidate_pairs, evaluate, run_round, score, synthetic, Availability, Constraint, Coordinates, Entrant, Gender,
    Kind, Level, Profile, Programme, Reason, Rules, Skill, Weights,
};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Places to scatter people around: a city, both poles, either side of the date line.
const CENTRES: [(f64, f64); 6] =
    [(50.85, 4.35), (89.97, 10.0), (-89.9, 0.0), (0.0, 179.97), (0.0, -179.97), (60.0, 179.9)];

fn skills() -> impl Strategy<Value = Vec<Skill>> {
    let language = prop::sample::select(vec!["ar", "fr", "nl", "AR", " en", ""]);
    let level = prop::sample::select(Level::ALL.to_vec());
    prop::collection::vec((language, level).prop_map(|(l, level)| Skill { language: l.into(), level }), 0..3)
}

fn coordinates() -> impl Strategy<Value = Option<Coordinates>> {
    let near = (0..CENTRES.len(), -0.06f64..0.06, -0.1f64..0.1).prop_map(|(c, dlat, dlon)| {
        let (lat, lon) = CENTRES[c];
        Coordinates::new((lat + dlat).clamp(-90.0, 90.0), ((lon + dlon + 540.0) % 360.0) - 180.0)
    });
    prop_oneof![1 => Just(None), 4 => near]
}

fn entrant() -> impl Strategy<Value = Entrant> {
    let gender = prop::option::of(prop::sample::select(Gender::ALL.to_vec()));
    let preference = prop::option::weighted(0.3, prop::sample::select(Gender::ALL.to_vec()));
    let travel = prop_oneof![6 => 0u32..=15, 1 => Just(0u32), 1 => 15u32..=200, 1 => Just(30_000u32)];
    let interests = prop::collection::btree_set(prop::sample::select(vec!["a", "b", "c", "d"]), 0..4);
    let place = (coordinates(), prop::sample::select(vec!["A", "a ", "B", ""]), travel);
    let who = (gender, preference, any::<bool>(), any::<bool>(), prop::sample::select(vec!["it", "IT ", "law", ""]));
    (skills(), skills(), interests, place, 0u32..64, who, 0u32..400, 0u8..=3).prop_map(
        |(speaks, learns, interests, (coordinates, area, travel_km), slots, who, waiting_days, capacity)| {
            let (gender, gender_preference, minor, vetted, field) = who;
            let profile = Profile {
                speaks,
                learns,
                interests: interests.into_iter().map(String::from).collect(),
                area: area.into(),
                coordinates,
                travel_km,
                // Six slots only, so that people often share some and often not enough.
                availability: Availability::from_bits(slots),
                gender,
                gender_preference,
                field: field.into(),
                minor,
                vetted,
                capacity,
            };
            Entrant { profile, waiting_days }
        },
    )
}

fn programme() -> impl Strategy<Value = Programme> {
    let kind = prop::sample::select(Kind::ALL.to_vec());
    let rules = (any::<[bool; 6]>(), 0u8..=3).prop_map(|(on, min_shared_slots)| Rules {
        shared_language: on[0],
        complementary_languages: on[1],
        within_reach: on[2],
        min_shared_slots,
        respect_gender_preference: on[3],
        minors_need_vetted: on[4],
        same_field: on[5],
    });
    let weights = any::<[u8; 6]>().prop_map(|w| {
        let w = w.map(|x| x % 13);
        Weights { language: w[0], interests: w[1], distance: w[2], availability: w[3], field: w[4], waiting: w[5] }
    });
    (kind, rules, weights).prop_map(|(kind, rules, weights)| Programme { rules, weights, ..Programme::for_kind(kind) })
}

type Input = (Programme, Vec<Entrant>, Vec<Entrant>, Vec<u32>);

fn round_input(newcomers: usize, volunteers: usize) -> impl Strategy<Value = Input> {
    (programme(), prop::collection::vec(entrant(), 0..=newcomers), prop::collection::vec(entrant(), 0..=volunteers))
        .prop_flat_map(|(p, n, v)| {
            // Sometimes shorter than the volunteers: a missing entry means no room.
            let len = v.len();
            (Just(p), Just(n), Just(v), prop::collection::vec(0u32..=3, len.saturating_sub(1)..=len))
        })
}

/// Every (newcomer, volunteer) that keeps the rules, by evaluating them all, with the score.
fn brute_force(p: &Programme, newcomers: &[Entrant], volunteers: &[Entrant]) -> BTreeMap<(usize, usize), u32> {
    let mut keepers = BTreeMap::new();
    for (i, n) in newcomers.iter().enumerate() {
        for (j, v) in volunteers.iter().enumerate() {
            if let Ok(factors) = evaluate(p, n, v) {
                keepers.insert((i, j), score(&factors));
            }
        }
    }
    keepers
}

fn room_of(room: &[u32], v: usize) -> u32 {
    room.get(v).copied().unwrap_or(0)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// The key test of the index: it loses nobody and invents nobody.
    #[test]
    fn the_index_finds_exactly_the_pairs_that_keep_the_rules((p, n, v, room) in round_input(30, 60)) {
        let found: BTreeMap<(usize, usize), u32> =
            candidate_pairs(&p, &n, &v, &room).into_iter().map(|c| ((c.newcomer, c.volunteer), c.score)).collect();
        let mut expected = brute_force(&p, &n, &v);
        expected.retain(|&(_, j), _| room_of(&room, j) > 0);
        prop_assert_eq!(found, expected);
    }

    #[test]
    fn every_proposal_and_every_reason_is_true((p, n, v, room) in round_input(8, 6)) {
        let round = run_round(&p, &n, &v, &room);
        prop_assert!(round.proved_optimal);
        let keepers = brute_force(&p, &n, &v);
        let mut taken = vec![0u32; v.len()];
        let mut paired = vec![false; n.len()];
        let mut last = None;
        for proposal in &round.proposals {
            prop_assert!(last < Some(proposal.newcomer), "proposals out of order or a newcomer twice");
            last = Some(proposal.newcomer);
            paired[proposal.newcomer] = true;
            taken[proposal.volunteer] += 1;
            let factors = evaluate(&p, &n[proposal.newcomer], &v[proposal.volunteer]);
            prop_assert_eq!(factors.as_ref().ok(), Some(&proposal.factors));
            prop_assert_eq!(proposal.score, score(&proposal.factors));
            prop_assert_eq!(proposal.factors.iter().map(|f| f.points).sum::<u32>(), proposal.score);
        }
        for (j, &t) in taken.iter().enumerate() {
            prop_assert!(t <= room_of(&room, j), "volunteer {} over room", j);
        }
        let unpaired: Vec<usize> = round.unpaired.iter().map(|u| u.0).collect();
        let expected: Vec<usize> = (0..n.len()).filter(|&i| !paired[i]).collect();
        prop_assert_eq!(unpaired, expected);
        for (i, reason) in &round.unpaired {
            let candidates: Vec<usize> = keepers.keys().filter(|k| k.0 == *i).map(|k| k.1).collect();
            match reason {
                Reason::NoCandidate { excluded } => {
                    prop_assert!(candidates.is_empty());
                    // Every volunteer breaks some rule, so the counts cover everyone.
                    let total: u32 = excluded.iter().map(|e| e.1).sum();
                    prop_assert!(total as usize >= v.len());
                    prop_assert!(excluded.windows(2).all(|w| w[0].1 >= w[1].1));
                }
                Reason::Outscored { candidates: count } => {
                    prop_assert_eq!(*count as usize, candidates.len());
                    prop_assert!(!candidates.is_empty());
                    for j in candidates {
                        prop_assert_eq!(taken[j], room_of(&room, j), "candidate {} of {} has room left", j, i);
                    }
                }
            }
        }
        let idle: Vec<usize> = (0..v.len()).filter(|&j| room_of(&room, j) > 0 && taken[j] == 0).collect();
        prop_assert_eq!(&round.idle_volunteers, &idle);
        let expected_edges = keepers.keys().filter(|k| room_of(&room, k.1) > 0).count();
        prop_assert_eq!(round.candidate_pairs, expected_edges);
    }
}

#[test]
fn the_index_loses_nobody_among_realistic_people() {
    for kind in Kind::ALL {
        for seed in 0..3 {
            let (n, v) = synthetic::people(kind, 120, 80, seed);
            let p = Programme::for_kind(kind);
            let room: Vec<u32> = v.iter().map(|e| u32::from(e.profile.capacity)).collect();
            let found: BTreeMap<(usize, usize), u32> =
                candidate_pairs(&p, &n, &v, &room).into_iter().map(|c| ((c.newcomer, c.volunteer), c.score)).collect();
            assert_eq!(found, brute_force(&p, &n, &v), "{kind:?} seed {seed}");
            assert!(!found.is_empty());
        }
    }
}

#[test]
fn no_candidate_counts_each_rule_that_excludes() {
    let p = Programme::for_kind(Kind::Buddy);
    let speaks = |l: &str| vec![Skill { language: l.into(), level: Level::Native }];
    let person = |language: &str, area: &str, vetted: bool| Entrant {
        profile: Profile {
            speaks: speaks(language),
            area: area.into(),
            availability: Availability::from_bits(1),
            vetted,
            capacity: 1,
            ..Profile::default()
        },
        waiting_days: 0,
    };
    let newcomer =
        Entrant { profile: Profile { minor: true, ..person("ti", "EVERE", false).profile }, waiting_days: 0 };
    // One breaks language and place, one language and safeguarding, one only language.
    let volunteers = [person("nl", "UCCLE", true), person("nl", "EVERE", false), person("fr", "EVERE", true)];
    let round = run_round(&p, &[newcomer], &volunteers, &[1, 1, 1]);
    let excluded = vec![(Constraint::SharedLanguage, 3), (Constraint::WithinReach, 1), (Constraint::Safeguarding, 1)];
    assert_eq!(round.unpaired, vec![(0, Reason::NoCandidate { excluded })]);
    assert_eq!(round.idle_volunteers, vec![0, 1, 2]);
}

#[test]
fn a_volunteer_without_room_is_an_outscored_candidate() {
    let p = Programme::for_kind(Kind::Buddy);
    let (n, v) = synthetic::people(Kind::Buddy, 40, 30, 9);
    let room = vec![0; v.len()];
    let round = run_round(&p, &n, &v, &room);
    assert!(round.proposals.is_empty() && round.idle_volunteers.is_empty());
    assert_eq!(round.candidate_pairs, 0);
    let keepers = brute_force(&p, &n, &v);
    for (i, reason) in &round.unpaired {
        let count = keepers.keys().filter(|k| k.0 == *i).count() as u32;
        let expected = if count > 0 { Reason::Outscored { candidates: count } } else { reason.clone() };
        assert_eq!(reason, &expected);
        assert_eq!(matches!(reason, Reason::NoCandidate { .. }), count == 0);
    }
}
