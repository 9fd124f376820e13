//! The problem handed to the solver: how many seekers, each provider's capacity, and the allowed
//! pairs with their scores. Validated once, here, so the solver and the certificate checker can
//! trust every index.

/// The highest score an allowed pair can carry.
pub const MAX_SCORE: u32 = 1_000_000;

/// One allowed pair: seeker `seeker` may be paired with provider `provider`, worth `score`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Edge {
    pub seeker: u32,
    pub provider: u32,
    pub score: u32,
}

/// Why an instance was refused. `index` is the position of the offending edge in the list given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InstanceError {
    #[error("edge {index}: seeker {seeker} does not exist (there are {seekers} seekers)")]
    SeekerOutOfRange { index: usize, seeker: u32, seekers: usize },
    #[error("edge {index}: provider {provider} does not exist (there are {providers} providers)")]
    ProviderOutOfRange { index: usize, provider: u32, providers: usize },
    #[error("edge {index}: score {score} is above the highest allowed, {MAX_SCORE}")]
    ScoreOutOfRange { index: usize, score: u32 },
    #[error("edge {index}: seeker {seeker} and provider {provider} are already allowed by edge {first}")]
    DuplicatePair { index: usize, first: usize, seeker: u32, provider: u32 },
    #[error("too many seekers, providers or edges: each count must stay below {}", u32::MAX)]
    TooLarge,
}

/// A validated pairing problem. Edges are kept grouped by seeker (compressed sparse rows), in the
/// order they were given within each seeker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instance {
    seekers: usize,
    capacities: Vec<u32>,
    /// `offsets[s]..offsets[s + 1]` are seeker `s`'s edges in `targets`: (provider, score), side
    /// by side because the solver always reads both.
    offsets: Vec<u32>,
    targets: Vec<(u32, u32)>,
    /// How many edges reach each provider: it can never hold more seekers than that.
    degrees: Vec<u32>,
    offset: i64,
}

impl Instance {
    /// Checks and stores a problem: every id in range, every score in `0..=MAX_SCORE`, no pair
    /// given twice. Linear in the number of edges.
    pub fn new(seekers: usize, capacities: Vec<u32>, edges: &[Edge]) -> Result<Self, InstanceError> {
        let limit = (u32::MAX - 1) as usize;
        if seekers > limit || capacities.len() > limit || edges.len() > limit {
            return Err(InstanceError::TooLarge);
        }
        let providers = capacities.len();
        for (index, e) in edges.iter().enumerate() {
            if e.seeker as usize >= seekers {
                return Err(InstanceError::SeekerOutOfRange { index, seeker: e.seeker, seekers });
            }
            if e.provider as usize >= providers {
                return Err(InstanceError::ProviderOutOfRange { index, provider: e.provider, providers });
            }
            if e.score > MAX_SCORE {
                return Err(InstanceError::ScoreOutOfRange { index, score: e.score });
            }
        }
        // Counting sort by seeker, stable, remembering where each edge came from.
        let mut offsets = vec![0u32; seekers + 1];
        for e in edges {
            offsets[e.seeker as usize + 1] += 1;
        }
        for s in 0..seekers {
            offsets[s + 1] += offsets[s];
        }
        let mut next: Vec<u32> = offsets[..seekers].to_vec();
        let mut targets = vec![(0u32, 0u32); edges.len()];
        let mut origin = vec![0u32; edges.len()];
        let mut degrees = vec![0u32; providers];
        for (index, e) in edges.iter().enumerate() {
            let slot = next[e.seeker as usize] as usize;
            next[e.seeker as usize] += 1;
            targets[slot] = (e.provider, e.score);
            origin[slot] = index as u32;
            degrees[e.provider as usize] += 1;
        }
        // A pair given twice shows up as the same provider twice in one seeker's row.
        let mut last_seen: Vec<(u32, u32)> = vec![(u32::MAX, 0); providers];
        let mut duplicate: Option<InstanceError> = None;
        for s in 0..seekers {
            for slot in offsets[s] as usize..offsets[s + 1] as usize {
                let p = targets[slot].0 as usize;
                let (seen_by, first) = last_seen[p];
                if seen_by == s as u32 {
                    let (first, index) = (first as usize, origin[slot] as usize);
                    let candidate = InstanceError::DuplicatePair {
                        index: first.max(index),
                        first: first.min(index),
                        seeker: s as u32,
                        provider: p as u32,
                    };
                    // Report the duplicate that comes first in the caller's list.
                    let earlier = match &duplicate {
                        Some(InstanceError::DuplicatePair { index: known, .. }) => first.max(index) < *known,
                        _ => true,
                    };
                    if earlier {
                        duplicate = Some(candidate);
                    }
                } else {
                    last_seen[p] = (s as u32, origin[slot]);
                }
            }
        }
        if let Some(error) = duplicate {
            return Err(error);
        }
        // The offset K must exceed every achievable total score, so that one more pair always
        // outweighs any gain in score (see `certificate`). Each seeker adds at most its best score.
        let mut best_total: i64 = 0;
        for s in 0..seekers {
            let row = &targets[offsets[s] as usize..offsets[s + 1] as usize];
            best_total += row.iter().map(|&(_, score)| score).max().map_or(0, i64::from);
        }
        Ok(Instance { seekers, capacities, offsets, targets, degrees, offset: best_total + 1 })
    }

    pub fn seekers(&self) -> usize {
        self.seekers
    }

    pub fn providers(&self) -> usize {
        self.capacities.len()
    }

    pub fn capacities(&self) -> &[u32] {
        &self.capacities
    }

    pub fn capacity(&self, provider: u32) -> u32 {
        self.capacities[provider as usize]
    }

    pub fn edge_count(&self) -> usize {
        self.targets.len()
    }

    /// How many edges reach `provider`.
    pub fn degree(&self, provider: u32) -> u32 {
        self.degrees[provider as usize]
    }

    /// Seeker `seeker`'s allowed providers and scores, in the order given.
    pub fn edges_of(&self, seeker: u32) -> impl ExactSizeIterator<Item = (u32, u32)> + '_ {
        self.targets[self.row(seeker)].iter().copied()
    }

    /// Every edge, grouped by seeker.
    pub fn edges(&self) -> impl Iterator<Item = Edge> + '_ {
        (0..self.seekers as u32).flat_map(move |seeker| {
            self.edges_of(seeker).map(move |(provider, score)| Edge { seeker, provider, score })
        })
    }

    /// The score of the pair, if it is allowed.
    pub fn score(&self, seeker: u32, provider: u32) -> Option<u32> {
        if seeker as usize >= self.seekers {
            return None;
        }
        self.edges_of(seeker).find(|&(p, _)| p == provider).map(|(_, score)| score)
    }

    /// K: one more than the best total score any pairing could reach. The solver maximises the
    /// total of `score + K` over the chosen pairs, which puts the number of pairs first.
    pub fn offset(&self) -> i64 {
        self.offset
    }

    pub(crate) fn row(&self, seeker: u32) -> std::ops::Range<usize> {
        self.offsets[seeker as usize] as usize..self.offsets[seeker as usize + 1] as usize
    }

    pub(crate) fn raw(&self) -> (&[u32], &[(u32, u32)]) {
        (&self.offsets, &self.targets)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn e(seeker: u32, provider: u32, score: u32) -> Edge {
        Edge { seeker, provider, score }
    }

    #[test]
    fn refuses_bad_edges_with_their_position() {
        assert_eq!(
            Instance::new(2, vec![1], &[e(0, 0, 1), e(2, 0, 1)]),
            Err(InstanceError::SeekerOutOfRange { index: 1, seeker: 2, seekers: 2 })
        );
        assert_eq!(
            Instance::new(2, vec![1], &[e(0, 1, 1)]),
            Err(InstanceError::ProviderOutOfRange { index: 0, provider: 1, providers: 1 })
        );
        assert_eq!(
            Instance::new(1, vec![1], &[e(0, 0, MAX_SCORE + 1)]),
            Err(InstanceError::ScoreOutOfRange { index: 0, score: MAX_SCORE + 1 })
        );
        assert_eq!(
            Instance::new(2, vec![1, 1], &[e(1, 1, 3), e(0, 0, 1), e(0, 1, 2), e(1, 1, 4), e(0, 0, 5)]),
            Err(InstanceError::DuplicatePair { index: 3, first: 0, seeker: 1, provider: 1 })
        );
    }

    #[test]
    fn keeps_edges_by_seeker_and_sets_the_offset_above_any_total() {
        let i = Instance::new(3, vec![2, 0], &[e(2, 0, 7), e(0, 1, 5), e(0, 0, 9), e(2, 1, 1)]).unwrap();
        assert_eq!(i.edges_of(0).collect::<Vec<_>>(), vec![(1, 5), (0, 9)]);
        assert_eq!(i.edges_of(1).count(), 0);
        assert_eq!(i.score(2, 1), Some(1));
        assert_eq!(i.score(1, 1), None);
        assert_eq!(i.offset(), 9 + 7 + 1);
        assert_eq!(i.degree(0), 2);
        assert_eq!(i.edges().count(), 4);
    }
}
