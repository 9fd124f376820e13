//! The checker refuses what it should: a worse pairing, wrong duals, broken rules.

use super::optimality::{brute_force, small_instance};
use bridges_pairing::{solve, synthetic, Certificate, CertificateError, Edge, Instance, Pair};
use proptest::prelude::*;

fn instance(seekers: usize, capacities: &[u32], edges: &[(u32, u32, u32)]) -> Instance {
    let edges: Vec<Edge> = edges.iter().map(|&(seeker, provider, score)| Edge { seeker, provider, score }).collect();
    Instance::new(seekers, capacities.to_vec(), &edges).unwrap()
}

/// Two seekers, two providers: the optimum is 0→0 and 1→1 (score 15); 0→1 and 1→0 scores 2.
fn crossed() -> Instance {
    instance(2, &[1, 1], &[(0, 0, 10), (0, 1, 1), (1, 0, 1), (1, 1, 5)])
}

#[test]
fn a_worse_pairing_with_the_optimal_duals_is_refused() {
    let i = crossed();
    let mut s = solve(&i);
    assert_eq!(s.total_score, 15);
    s.pairs = vec![Pair { seeker: 0, provider: 1, score: 1 }, Pair { seeker: 1, provider: 0, score: 1 }];
    s.total_score = 2;
    assert!(matches!(Certificate::verify(&i, &s), Err(CertificateError::NotTight { .. })));
}

#[test]
fn a_worse_pairing_cannot_be_proved_by_any_duals_we_try() {
    // Tight duals for the worse pairing exist only by leaving an edge uncovered.
    let i = crossed();
    let mut s = solve(&i);
    s.pairs = vec![Pair { seeker: 0, provider: 1, score: 1 }, Pair { seeker: 1, provider: 0, score: 1 }];
    s.total_score = 2;
    let k = i.offset();
    s.certificate.seeker_duals = vec![k + 1, k + 1];
    s.certificate.provider_duals = vec![0, 0];
    assert!(matches!(Certificate::verify(&i, &s), Err(CertificateError::Uncovered { seeker: 0, provider: 0, .. })));
}

#[test]
fn nudged_duals_are_refused() {
    let i = synthetic::instance(200, 80, 6, 7).unwrap();
    let good = solve(&i);
    assert_eq!(good.verify(&i), Ok(()));
    let mut s = good.clone();
    s.certificate.seeker_duals[3] -= 1;
    assert!(s.verify(&i).is_err());
    let mut s = good.clone();
    s.certificate.seeker_duals[3] += 1;
    assert!(s.verify(&i).is_err());
    let mut s = good.clone();
    s.certificate.offset = 1;
    assert!(matches!(s.verify(&i), Err(CertificateError::OffsetTooSmall { .. })));
    let mut s = good.clone();
    s.certificate.provider_duals.pop();
    assert!(matches!(s.verify(&i), Err(CertificateError::WrongLength { .. })));
    let mut s = good;
    s.certificate.provider_duals[0] = -1;
    assert!(s.verify(&i).is_err());
}

#[test]
fn broken_rules_are_refused() {
    let i = instance(3, &[1, 1], &[(0, 0, 4), (1, 0, 3), (1, 1, 2), (2, 1, 9)]);
    let good = solve(&i);
    assert_eq!(good.verify(&i), Ok(()));
    let mut s = good.clone();
    s.pairs.push(Pair { seeker: 0, provider: 1, score: 0 });
    assert!(matches!(s.verify(&i), Err(CertificateError::SeekerTwice { .. })));
    let mut s = good.clone();
    s.pairs = vec![Pair { seeker: 0, provider: 0, score: 4 }, Pair { seeker: 1, provider: 0, score: 3 }];
    s.total_score = 7;
    assert!(matches!(s.verify(&i), Err(CertificateError::OverCapacity { provider: 0, .. })));
    let mut s = good.clone();
    s.total_score += 1;
    assert!(matches!(s.verify(&i), Err(CertificateError::WrongTotal { .. })));
    let mut s = good;
    s.pairs[0].score += 1;
    s.total_score += 1;
    assert!(matches!(s.verify(&i), Err(CertificateError::WrongScore { .. })));
}

#[test]
fn a_pair_that_is_not_allowed_is_refused() {
    let i = instance(2, &[1, 1], &[(0, 0, 4), (1, 0, 3)]);
    let mut s = solve(&i);
    assert_eq!(s.pairs, vec![Pair { seeker: 0, provider: 0, score: 4 }]);
    s.pairs.push(Pair { seeker: 1, provider: 1, score: 0 });
    assert_eq!(s.verify(&i), Err(CertificateError::NotAnEdge { seeker: 1, provider: 1 }));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Dropping any one pair (with the total adjusted to match) leaves a valid but worse pairing,
    /// which the optimal duals must not certify.
    #[test]
    fn dropping_a_pair_is_refused(instance in small_instance(), pick in any::<prop::sample::Index>()) {
        let good = solve(&instance);
        prop_assume!(good.pairs_count() > 0);
        prop_assert_eq!((good.pairs_count(), good.total_score), brute_force(&instance));
        let mut s = good.clone();
        let dropped = s.pairs.remove(pick.index(s.pairs.len()));
        s.total_score -= u64::from(dropped.score);
        prop_assert!(s.verify(&instance).is_err());
    }
}
