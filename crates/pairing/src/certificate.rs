//! The proof that a solution is optimal, and its checker. The checker shares no code with the
//! solver: it reads the instance, the pairs and the duals, and runs in time linear in the edges.
//!
//! # Why a verified certificate proves optimality
//!
//! Let `K` be larger than any total score a pairing can reach (the checker recomputes that bound:
//! the sum over seekers of their best score) and `w(s,p) = score(s,p) + K`. Take duals `u_s ≥ 0`
//! for seekers and `v_p ≥ 0` for providers with `u_s + v_p ≥ w(s,p)` on every allowed pair. For any
//! pairing `M` that respects the rules (each seeker at most once, each provider at most `c_p`
//! times, only allowed pairs):
//!
//! ```text
//! w(M) = Σ_{(s,p)∈M} w(s,p) ≤ Σ_{(s,p)∈M} (u_s + v_p) ≤ Σ_s u_s + Σ_p c_p·v_p        (weak duality)
//! ```
//!
//! using `u, v ≥ 0`, that `s` appears at most once and `p` at most `c_p` times. The chosen pairing
//! reaches that bound with equality when every chosen pair is tight (`u_s + v_p = w(s,p)`), every
//! seeker with `u_s > 0` is paired and every provider with `v_p > 0` is full (complementary
//! slackness); the checker also compares the two sums outright. So no pairing weighs more.
//!
//! The weight orders pairings lexicographically: `w(M) = |M|·K + score(M)` with
//! `0 ≤ score(M) < K`, so a pairing with more pairs always weighs more, and between pairings with
//! as many pairs the higher total score weighs more. Hence: no pairing pairs more seekers, and none
//! with as many pairs has a higher total score. (Integrality of the bipartite LP is why such duals
//! always exist, and so why the solver can always produce them; the proof itself needs only weak
//! duality.) Sums are taken in `i128`, so no certificate, however hostile, can overflow the check.

use crate::instance::Instance;
use crate::solver::Solution;

/// LP duals for a solution: one per seeker, one per provider, with the offset `K` they price.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    pub offset: i64,
    pub seeker_duals: Vec<i64>,
    pub provider_duals: Vec<i64>,
}

/// Why a solution or its certificate was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CertificateError {
    #[error("the certificate has {seekers} seeker and {providers} provider duals; the instance needs {expected_seekers} and {expected_providers}")]
    WrongLength { seekers: usize, providers: usize, expected_seekers: usize, expected_providers: usize },
    #[error("the offset {offset} does not exceed the best possible total score ({bound} is needed)")]
    OffsetTooSmall { offset: i64, bound: i64 },
    #[error("seeker {seeker} is paired more than once")]
    SeekerTwice { seeker: u32 },
    #[error("seeker {seeker} or provider {provider} does not exist")]
    UnknownId { seeker: u32, provider: u32 },
    #[error("provider {provider} holds more seekers than its capacity {capacity}")]
    OverCapacity { provider: u32, capacity: u32 },
    #[error("seeker {seeker} and provider {provider} are not an allowed pair")]
    NotAnEdge { seeker: u32, provider: u32 },
    #[error("the pair of seeker {seeker} and provider {provider} claims score {claimed}, the instance says {actual}")]
    WrongScore { seeker: u32, provider: u32, claimed: u32, actual: u32 },
    #[error("the total score is claimed as {claimed} but the pairs add up to {actual}")]
    WrongTotal { claimed: u64, actual: u64 },
    #[error("a dual is negative: {0}")]
    NegativeDual(String),
    #[error("seeker {seeker} and provider {provider}: duals sum to {duals}, below the pair's weight {weight}")]
    Uncovered { seeker: u32, provider: u32, duals: i128, weight: i128 },
    #[error(
        "chosen pair of seeker {seeker} and provider {provider} is not tight: duals sum to {duals}, weight {weight}"
    )]
    NotTight { seeker: u32, provider: u32, duals: i128, weight: i128 },
    #[error("seeker {seeker} has dual {dual} > 0 but is unpaired")]
    UnpairedSeekerPriced { seeker: u32, dual: i64 },
    #[error("provider {provider} has dual {dual} > 0 but is not full")]
    RoomyProviderPriced { provider: u32, dual: i64 },
    #[error("the dual objective {dual} differs from the pairing's weight {primal}")]
    Gap { primal: i128, dual: i128 },
}

impl Certificate {
    /// Checks that `solution` is a valid pairing of `instance` and that its certificate proves it
    /// optimal (see the module documentation). Linear in the instance's size.
    pub fn verify(instance: &Instance, solution: &Solution) -> Result<(), CertificateError> {
        let cert = &solution.certificate;
        let (seekers, providers) = (instance.seekers(), instance.providers());
        if cert.seeker_duals.len() != seekers || cert.provider_duals.len() != providers {
            return Err(CertificateError::WrongLength {
                seekers: cert.seeker_duals.len(),
                providers: cert.provider_duals.len(),
                expected_seekers: seekers,
                expected_providers: providers,
            });
        }
        let mut bound: i64 = 0;
        for s in 0..seekers as u32 {
            bound += instance.edges_of(s).map(|(_, score)| i64::from(score)).max().unwrap_or(0);
        }
        if cert.offset <= bound {
            return Err(CertificateError::OffsetTooSmall { offset: cert.offset, bound: bound + 1 });
        }
        // The pairing itself.
        const NONE: u32 = u32::MAX;
        let mut partner = vec![NONE; seekers];
        let mut claimed_score = vec![0u32; seekers];
        let mut load = vec![0u32; providers];
        for pair in &solution.pairs {
            if pair.seeker as usize >= seekers || pair.provider as usize >= providers {
                return Err(CertificateError::UnknownId { seeker: pair.seeker, provider: pair.provider });
            }
            if partner[pair.seeker as usize] != NONE {
                return Err(CertificateError::SeekerTwice { seeker: pair.seeker });
            }
            partner[pair.seeker as usize] = pair.provider;
            claimed_score[pair.seeker as usize] = pair.score;
            load[pair.provider as usize] += 1;
            let capacity = instance.capacity(pair.provider);
            if load[pair.provider as usize] > capacity {
                return Err(CertificateError::OverCapacity { provider: pair.provider, capacity });
            }
        }
        for (s, &dual) in cert.seeker_duals.iter().enumerate() {
            if dual < 0 {
                return Err(CertificateError::NegativeDual(format!("seeker {s}: {dual}")));
            }
            if dual > 0 && partner[s] == NONE {
                return Err(CertificateError::UnpairedSeekerPriced { seeker: s as u32, dual });
            }
        }
        for (p, &dual) in cert.provider_duals.iter().enumerate() {
            if dual < 0 {
                return Err(CertificateError::NegativeDual(format!("provider {p}: {dual}")));
            }
            if dual > 0 && load[p] != instance.capacity(p as u32) {
                return Err(CertificateError::RoomyProviderPriced { provider: p as u32, dual });
            }
        }
        // Every edge covered; every chosen pair an edge, with its score, and tight.
        let offset = i128::from(cert.offset);
        let mut found = 0usize;
        let mut actual_total = 0u64;
        let mut primal: i128 = 0;
        for s in 0..seekers as u32 {
            let us = i128::from(cert.seeker_duals[s as usize]);
            for (p, score) in instance.edges_of(s) {
                let weight = i128::from(score) + offset;
                let duals = us + i128::from(cert.provider_duals[p as usize]);
                if duals < weight {
                    return Err(CertificateError::Uncovered { seeker: s, provider: p, duals, weight });
                }
                if partner[s as usize] == p {
                    let claimed = claimed_score[s as usize];
                    if claimed != score {
                        return Err(CertificateError::WrongScore { seeker: s, provider: p, claimed, actual: score });
                    }
                    if duals != weight {
                        return Err(CertificateError::NotTight { seeker: s, provider: p, duals, weight });
                    }
                    found += 1;
                    actual_total += u64::from(score);
                    primal += weight;
                }
            }
        }
        if found != solution.pairs.len() {
            // Some pair matched no edge: name the first.
            for pair in &solution.pairs {
                if instance.score(pair.seeker, pair.provider).is_none() {
                    return Err(CertificateError::NotAnEdge { seeker: pair.seeker, provider: pair.provider });
                }
            }
        }
        if actual_total != solution.total_score {
            return Err(CertificateError::WrongTotal { claimed: solution.total_score, actual: actual_total });
        }
        let dual: i128 = cert.seeker_duals.iter().map(|&u| i128::from(u)).sum::<i128>()
            + cert
                .provider_duals
                .iter()
                .zip(instance.capacities())
                .map(|(&v, &c)| i128::from(v) * i128::from(c))
                .sum::<i128>();
        if dual != primal {
            return Err(CertificateError::Gap { primal, dual });
        }
        Ok(())
    }
}
