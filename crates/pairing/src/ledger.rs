//! What follows from a programme's pairs as they stand: which newcomers a pair holds, how much room
//! each volunteer has left, who is waiting and for how long, which pairs have gone quiet, which
//! pairs must not be proposed again (turned down or ended) and where they fall in a round's lists,
//! who enters the next round, and how two proposals score once their volunteers are swapped.
//!
//! Everything is generic over the caller's id type, and everything about time comes in as whole
//! days the caller has already counted: the engine has no clock and no calendar. Lists of people
//! and pairs come back as indices into the slices handed in, so the caller keeps its own records
//! (names, contact details) and looks them up itself.

use crate::entrant::Entrant;
use crate::participant::Side;
use crate::programme::Programme;
use crate::rules::Constraint;
use crate::score::{evaluate, score, Factor};
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;

/// Where a pair is in its life cycle: a proposal is accepted (or rejected) by a coordinator, then
/// introduced, becomes active at its first check-in, and is closed with a reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    /// Proposed by a round; replaced by the next round unless locked.
    Proposed,
    /// A coordinator accepted it; the next round keeps it.
    Accepted,
    /// The two have been introduced.
    Introduced,
    /// They are meeting: at least one check-in.
    Active,
    /// Ended, with a reason.
    Closed,
    /// A coordinator turned it down; the engine will not propose it again.
    Rejected,
}

impl Stage {
    pub const ALL: [Stage; 6] =
        [Stage::Proposed, Stage::Accepted, Stage::Introduced, Stage::Active, Stage::Closed, Stage::Rejected];

    /// Whether a pair at this stage holds its two people: they are not waiting, and the volunteer's
    /// place is taken.
    pub fn holds(self) -> bool {
        matches!(self, Stage::Accepted | Stage::Introduced | Stage::Active)
    }
}

/// One pair of a programme, as the engine needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LedgerPair<Id> {
    pub newcomer: Id,
    pub volunteer: Id,
    pub stage: Stage,
    /// A coordinator kept the proposal for the next round.
    pub locked: bool,
    /// Days since the two last met; for a pair that never has, since they were introduced (or, if
    /// never introduced, proposed). Only read for introduced and active pairs. The caller counts
    /// them, as it always has: calendar days from the last meeting's date to today, or whole days
    /// elapsed since the introduction or proposal.
    pub days_silent: i64,
}

impl<Id> LedgerPair<Id> {
    /// Whether the pair holds its two people through the next round: accepted and later, and
    /// locked proposals.
    pub fn holding(&self) -> bool {
        self.stage.holds() || (self.stage == Stage::Proposed && self.locked)
    }
}

/// One person of a programme, as the engine needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LedgerPerson<Id> {
    pub id: Id,
    pub side: Side,
    pub withdrawn: bool,
    /// Whole days since the person joined (never negative), counted by the caller.
    pub waiting_days: u32,
    /// How many newcomers a volunteer takes at once.
    pub capacity: u8,
}

/// The newcomers a pair holds through the next round.
pub fn held_newcomers<Id: Copy + Eq + Hash>(pairs: &[LedgerPair<Id>]) -> HashSet<Id> {
    pairs.iter().filter(|p| p.holding()).map(|p| p.newcomer).collect()
}

/// How many newcomers each volunteer holds through the next round; a volunteer holding none is
/// absent. One pass over the pairs, rather than one per volunteer.
pub fn taken<Id: Copy + Eq + Hash>(pairs: &[LedgerPair<Id>]) -> HashMap<Id, u32> {
    let mut taken: HashMap<Id, u32> = HashMap::new();
    for p in pairs.iter().filter(|p| p.holding()) {
        let count = taken.entry(p.volunteer).or_insert(0);
        *count = count.saturating_add(1);
    }
    taken
}

/// How many more newcomers a volunteer of `capacity` may take with `taken` already held.
pub fn room(capacity: u8, taken: u32) -> u32 {
    u32::from(capacity).saturating_sub(taken)
}

/// The newcomers waiting for a pair, as (index in `people`, days waiting): not withdrawn, not held,
/// and without a proposal, locked or not. Longest waiting first; among equals, by `tie(index)`
/// (the caller's name for the person, say), then in the order of `people`.
pub fn waiting<Id, K>(
    people: &[LedgerPerson<Id>],
    pairs: &[LedgerPair<Id>],
    tie: impl Fn(usize) -> K,
) -> Vec<(usize, u32)>
where
    Id: Copy + Eq + Hash,
    K: Ord,
{
    let held = held_newcomers(pairs);
    let proposed: HashSet<Id> = pairs.iter().filter(|p| p.stage == Stage::Proposed).map(|p| p.newcomer).collect();
    let mut list: Vec<(usize, u32)> = people
        .iter()
        .enumerate()
        .filter(|(_, p)| p.side == Side::Newcomer && !p.withdrawn && !held.contains(&p.id) && !proposed.contains(&p.id))
        .map(|(i, p)| (i, p.waiting_days))
        .collect();
    // Stable, so people the key cannot tell apart keep the caller's order.
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| tie(a.0).cmp(&tie(b.0))));
    list
}

/// Introduced or active pairs silent for more than `quiet_after_days`, as (index in `pairs`, days
/// silent), most silent first (pairs equally silent in the order of `pairs`).
pub fn quiet<Id>(pairs: &[LedgerPair<Id>], quiet_after_days: u32) -> Vec<(usize, i64)> {
    let limit = i64::from(quiet_after_days);
    let mut list: Vec<(usize, i64)> = pairs
        .iter()
        .enumerate()
        .filter(|(_, p)| matches!(p.stage, Stage::Introduced | Stage::Active) && p.days_silent > limit)
        .map(|(i, p)| (i, p.days_silent))
        .collect();
    list.sort_by_key(|&(_, days)| Reverse(days));
    list
}

/// The (newcomer, volunteer) pairs the engine must not propose again: those a coordinator turned
/// down, and those that ended. A pair closes for a reason (one of the two moved away, they did
/// not get on, their time together is over); when its newcomer waits again, the volunteer they
/// had is not who they wait for, however well the two score.
pub fn not_again<Id: Copy + Eq + Hash>(pairs: &[LedgerPair<Id>]) -> HashSet<(Id, Id)> {
    pairs
        .iter()
        .filter(|p| matches!(p.stage, Stage::Rejected | Stage::Closed))
        .map(|p| (p.newcomer, p.volunteer))
        .collect()
}

/// Where the pairs not to propose again ([`not_again`]) fall in a round's lists: every (newcomer
/// index, volunteer index) whose ids form such a pair, in increasing order, each once; the input for
/// [`run_round_excluding`](crate::run_round_excluding). Pairs with someone not in the round are
/// left out, and an id listed twice counts at both places.
///
/// Time grows with the excluded pairs plus the people in the round, not with their product: a round
/// of 100,000 newcomers and 40,000 volunteers would otherwise take four billion comparisons.
pub fn excluded_indices<'a, Id>(
    excluded: impl IntoIterator<Item = &'a (Id, Id)>,
    newcomer_ids: &[Id],
    volunteer_ids: &[Id],
) -> Vec<(usize, usize)>
where
    Id: Copy + Eq + Hash + 'a,
{
    let excluded: Vec<(Id, Id)> = excluded.into_iter().copied().collect();
    if excluded.is_empty() {
        return Vec::new();
    }
    // Only people named in an excluded pair are indexed, so the maps stay as small as that list
    // however large the round.
    let mut newcomers: HashMap<Id, Vec<usize>> = excluded.iter().map(|&(n, _)| (n, Vec::new())).collect();
    let mut volunteers: HashMap<Id, Vec<usize>> = excluded.iter().map(|&(_, v)| (v, Vec::new())).collect();
    for (i, id) in newcomer_ids.iter().enumerate() {
        if let Some(places) = newcomers.get_mut(id) {
            places.push(i);
        }
    }
    for (i, id) in volunteer_ids.iter().enumerate() {
        if let Some(places) = volunteers.get_mut(id) {
            places.push(i);
        }
    }
    let mut list = Vec::new();
    for (n, v) in &excluded {
        if let (Some(ns), Some(vs)) = (newcomers.get(n), volunteers.get(v)) {
            list.extend(ns.iter().flat_map(|&i| vs.iter().map(move |&j| (i, j))));
        }
    }
    // A pair listed twice is excluded once, and in the order a scan of the lists would find it.
    list.sort_unstable();
    list.dedup();
    list
}

/// Who enters the next round, by index in `people`, in the order of `people`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoundEntry {
    /// Newcomers not withdrawn and not held. A newcomer with an unlocked proposal enters again:
    /// the round replaces the proposal.
    pub newcomers: Vec<usize>,
    /// Volunteers not withdrawn with room left.
    pub volunteers: Vec<usize>,
    /// `room[k]` is how many more newcomers `volunteers[k]` may take (always above 0).
    pub room: Vec<u32>,
}

/// Who enters the next round: the caller turns the indices into [`Entrant`]s and ids, and passes
/// `room` on to the round as it is.
pub fn round_entry<Id: Copy + Eq + Hash>(people: &[LedgerPerson<Id>], pairs: &[LedgerPair<Id>]) -> RoundEntry {
    let held = held_newcomers(pairs);
    let taken = taken(pairs);
    let mut entry = RoundEntry::default();
    for (i, p) in people.iter().enumerate().filter(|(_, p)| !p.withdrawn) {
        match p.side {
            Side::Newcomer => {
                if !held.contains(&p.id) {
                    entry.newcomers.push(i);
                }
            }
            Side::Volunteer => {
                let room = room(p.capacity, taken.get(&p.id).copied().unwrap_or(0));
                if room > 0 {
                    entry.volunteers.push(i);
                    entry.room.push(room);
                }
            }
        }
    }
    entry
}

/// A pair's new score, and the factors that make it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rescored {
    pub score: u32,
    pub factors: Vec<Factor>,
}

/// A swap that would make a pair breaking the programme's rules: the rules each new pair breaks
/// (empty for a new pair that keeps them all).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the swap breaks the rules (first new pair: {}; second new pair: {})", codes(.first), codes(.second))]
pub struct SwapBreaksRules {
    /// What the first proposal's newcomer and the second's volunteer would break.
    pub first: Vec<Constraint>,
    /// What the second proposal's newcomer and the first's volunteer would break.
    pub second: Vec<Constraint>,
}

fn codes(broken: &[Constraint]) -> String {
    if broken.is_empty() {
        "none".to_string()
    } else {
        broken.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", ")
    }
}

/// Two proposals, `first` and `second`, each (newcomer, volunteer), exchange their volunteers: the
/// new pairs are the first newcomer with the second volunteer, and the second newcomer with the
/// first volunteer, each checked against the programme's rules and scored as a round would score
/// it. Either both new pairs come back, in that order, or neither does.
pub fn rescore_swap(
    programme: &Programme,
    first: (&Entrant, &Entrant),
    second: (&Entrant, &Entrant),
) -> Result<(Rescored, Rescored), SwapBreaksRules> {
    let (first_newcomer, first_volunteer) = first;
    let (second_newcomer, second_volunteer) = second;
    match (evaluate(programme, first_newcomer, second_volunteer), evaluate(programme, second_newcomer, first_volunteer))
    {
        (Ok(a), Ok(b)) => Ok((Rescored { score: score(&a), factors: a }, Rescored { score: score(&b), factors: b })),
        (a, b) => Err(SwapBreaksRules { first: a.err().unwrap_or_default(), second: b.err().unwrap_or_default() }),
    }
}

/// For each of `pairs` (a newcomer, their volunteer, and the volunteer's id), the others whose
/// volunteer it may take in a swap: another volunteer, and both new pairs keep every rule. (A
/// volunteer who takes two newcomers holds two pairs; a swap between those would give each
/// newcomer the volunteer they have.) A pair whose people are not known (`None`) swaps with nobody.
pub fn swappable<Id: PartialEq>(programme: &Programme, pairs: &[Option<(Entrant, Entrant, Id)>]) -> Vec<Vec<usize>> {
    pairs
        .iter()
        .enumerate()
        .map(|(i, first)| {
            let Some((n1, v1, id1)) = first else { return Vec::new() };
            pairs
                .iter()
                .enumerate()
                .filter(|&(j, second)| {
                    j != i
                        && second.as_ref().is_some_and(|(n2, v2, id2)| {
                            id1 != id2 && rescore_swap(programme, (n1, v1), (n2, v2)).is_ok()
                        })
                })
                .map(|(j, _)| j)
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::participant::{Availability, Level, Profile, Skill};
    use crate::programme::Kind;

    fn pair(newcomer: u32, volunteer: u32, stage: Stage) -> LedgerPair<u32> {
        LedgerPair { newcomer, volunteer, stage, locked: false, days_silent: 0 }
    }

    fn locked(newcomer: u32, volunteer: u32) -> LedgerPair<u32> {
        LedgerPair { locked: true, ..pair(newcomer, volunteer, Stage::Proposed) }
    }

    fn silent(stage: Stage, days_silent: i64) -> LedgerPair<u32> {
        LedgerPair { days_silent, ..pair(1, 2, stage) }
    }

    fn newcomer(id: u32, waiting_days: u32) -> LedgerPerson<u32> {
        LedgerPerson { id, side: Side::Newcomer, withdrawn: false, waiting_days, capacity: 1 }
    }

    fn volunteer(id: u32, capacity: u8) -> LedgerPerson<u32> {
        LedgerPerson { id, side: Side::Volunteer, withdrawn: false, waiting_days: 0, capacity }
    }

    fn withdrawn(person: LedgerPerson<u32>) -> LedgerPerson<u32> {
        LedgerPerson { withdrawn: true, ..person }
    }

    #[test]
    fn accepted_and_later_hold_and_so_do_locked_proposals() {
        let held: Vec<Stage> = Stage::ALL.into_iter().filter(|s| s.holds()).collect();
        assert_eq!(held, vec![Stage::Accepted, Stage::Introduced, Stage::Active]);
        assert!(locked(1, 2).holding());
        assert!(!pair(1, 2, Stage::Proposed).holding());
        // Locking only keeps proposals: a locked pair that ended or was turned down holds no one.
        for stage in [Stage::Closed, Stage::Rejected] {
            assert!(!LedgerPair { locked: true, ..pair(1, 2, stage) }.holding());
        }
    }

    #[test]
    fn held_newcomers_are_those_of_holding_pairs() {
        let pairs = [
            pair(1, 10, Stage::Accepted),
            pair(2, 10, Stage::Introduced),
            pair(3, 11, Stage::Active),
            pair(4, 11, Stage::Proposed),
            locked(5, 12),
            pair(6, 12, Stage::Closed),
            pair(7, 12, Stage::Rejected),
        ];
        assert_eq!(held_newcomers(&pairs), HashSet::from([1, 2, 3, 5]));
    }

    #[test]
    fn taken_counts_holding_pairs_per_volunteer_and_room_never_goes_below_zero() {
        let pairs = [
            pair(1, 10, Stage::Accepted),
            pair(2, 10, Stage::Active),
            locked(3, 10),
            pair(4, 11, Stage::Proposed),
            pair(5, 11, Stage::Closed),
            pair(6, 12, Stage::Introduced),
        ];
        assert_eq!(taken(&pairs), HashMap::from([(10, 3), (12, 1)]));
        assert_eq!(room(3, 1), 2);
        assert_eq!(room(2, 2), 0);
        // Capacity lowered below what the volunteer already holds.
        assert_eq!(room(1, 3), 0);
        assert_eq!(room(u8::MAX, 0), 255);
    }

    #[test]
    fn waiting_lists_unheld_unproposed_newcomers_longest_first_then_by_the_callers_key() {
        let people = [
            newcomer(1, 10),
            newcomer(2, 30),
            volunteer(3, 2),
            newcomer(4, 30),
            withdrawn(newcomer(5, 99)),
            newcomer(6, 50),
            newcomer(7, 60),
            newcomer(8, 70),
            newcomer(9, 10),
        ];
        let names = ["", "Zoë", "Bram", "", "Anouk", "", "", "", "", "Anouk"];
        let pairs = [pair(6, 3, Stage::Accepted), pair(7, 3, Stage::Proposed), pair(8, 3, Stage::Rejected)];
        let list = waiting(&people, &pairs, |i| names[people[i].id as usize]);
        // 6 is held, 7 proposed, 5 withdrawn; 8 was only turned down, so waits on.
        assert_eq!(list, vec![(7, 70), (3, 30), (1, 30), (8, 10), (0, 10)]);
        // Equal keys keep the caller's order.
        let list = waiting(&people, &[], |_| ());
        let order: Vec<usize> = list.iter().map(|&(i, _)| i).collect();
        assert_eq!(order, vec![7, 6, 5, 1, 3, 0, 8]);
    }

    #[test]
    fn quiet_pairs_are_introduced_or_active_ones_silent_past_the_limit_most_silent_first() {
        let pairs = [
            silent(Stage::Introduced, 21),
            silent(Stage::Introduced, 22),
            silent(Stage::Active, 40),
            silent(Stage::Accepted, 90),
            silent(Stage::Proposed, 90),
            silent(Stage::Closed, 90),
            silent(Stage::Rejected, 90),
            silent(Stage::Active, 22),
            silent(Stage::Active, -3),
        ];
        assert_eq!(quiet(&pairs, 21), vec![(2, 40), (1, 22), (7, 22)]);
        assert_eq!(quiet(&pairs, 0), vec![(2, 40), (1, 22), (7, 22), (0, 21)]);
        assert_eq!(quiet(&pairs, u32::MAX), vec![]);
    }

    #[test]
    fn pairs_not_made_again_are_the_turned_down_and_the_ended_ones() {
        let pairs = [
            pair(1, 10, Stage::Rejected),
            pair(1, 11, Stage::Proposed),
            pair(2, 10, Stage::Rejected),
            pair(1, 10, Stage::Rejected),
            pair(3, 12, Stage::Closed),
            pair(4, 12, Stage::Accepted),
            pair(5, 13, Stage::Active),
        ];
        assert_eq!(not_again(&pairs), HashSet::from([(1, 10), (2, 10), (3, 12)]));
    }

    #[test]
    fn excluded_indices_place_rejected_pairs_in_the_rounds_lists() {
        let newcomers = [5, 1, 9, 2];
        let volunteers = [10, 30, 20];
        let rejected = HashSet::from([(1, 20), (2, 10), (2, 20), (9, 99), (7, 10)]);
        assert_eq!(excluded_indices(&rejected, &newcomers, &volunteers), vec![(1, 2), (3, 0), (3, 2)]);
        assert_eq!(excluded_indices(&HashSet::new(), &newcomers, &volunteers), vec![]);
        assert_eq!(excluded_indices(&rejected, &[], &volunteers), vec![]);
        // Listed twice, rejected twice: each place once.
        assert_eq!(excluded_indices(&[(1, 20), (1, 20)], &[1, 4, 1], &[20]), vec![(0, 0), (2, 0)]);
    }

    #[test]
    fn a_round_takes_unheld_newcomers_and_volunteers_with_room() {
        let people = [
            newcomer(1, 0),
            newcomer(2, 0),
            newcomer(3, 0),
            withdrawn(newcomer(4, 0)),
            volunteer(10, 2),
            volunteer(11, 1),
            volunteer(12, 0),
            withdrawn(volunteer(13, 3)),
            volunteer(14, 3),
            newcomer(5, 0),
        ];
        let pairs = [
            pair(1, 10, Stage::Accepted),
            pair(2, 11, Stage::Proposed),
            locked(3, 11),
            pair(5, 14, Stage::Rejected),
            pair(5, 14, Stage::Closed),
        ];
        let entry = round_entry(&people, &pairs);
        // 2's unlocked proposal is replaced by the round; 3's locked one holds 3 and fills 11.
        assert_eq!(entry.newcomers, vec![1, 9]);
        assert_eq!(entry.volunteers, vec![4, 8]);
        assert_eq!(entry.room, vec![1, 3]);
        assert_eq!(round_entry::<u32>(&[], &pairs), RoundEntry::default());
    }

    fn speaker(language: &str, area: &str) -> Entrant {
        Entrant {
            profile: Profile {
                speaks: vec![Skill { language: language.into(), level: Level::Native }],
                area: area.into(),
                availability: Availability::from_bits(0b111),
                capacity: 1,
                ..Profile::default()
            },
            waiting_days: 30,
        }
    }

    #[test]
    fn a_swap_rescores_both_new_pairs_as_evaluate_and_score_do() {
        let programme = Programme::for_kind(Kind::Buddy);
        let (n1, v1) = (speaker("fr", "IXELLES"), speaker("ar", "IXELLES"));
        let (n2, v2) = (speaker("ar", "IXELLES"), speaker("fr", "IXELLES"));
        let (a, b) = rescore_swap(&programme, (&n1, &v1), (&n2, &v2)).unwrap();
        let expected_a = evaluate(&programme, &n1, &v2).unwrap();
        let expected_b = evaluate(&programme, &n2, &v1).unwrap();
        assert_eq!(a, Rescored { score: score(&expected_a), factors: expected_a });
        assert_eq!(b, Rescored { score: score(&expected_b), factors: expected_b });
        assert!(a.score > 0);
    }

    #[test]
    fn only_swaps_that_keep_the_rules_are_offered() {
        let programme = Programme::for_kind(Kind::Buddy);
        let pairs = [
            Some((speaker("fr", "IXELLES"), speaker("fr", "IXELLES"), 10)),
            Some((speaker("fr", "IXELLES"), speaker("fr", "IXELLES"), 11)),
            // An Arabic speaker with an Arabic volunteer: swapping with a French pair leaves each
            // newcomer without a shared language.
            Some((speaker("ar", "IXELLES"), speaker("ar", "IXELLES"), 12)),
            None,
            // Volunteer 11's second newcomer: not offered the swap with their first.
            Some((speaker("fr", "IXELLES"), speaker("fr", "IXELLES"), 11)),
        ];
        assert_eq!(swappable(&programme, &pairs), vec![vec![1, 4], vec![0], vec![], vec![], vec![0]]);
        assert!(swappable::<u32>(&programme, &[]).is_empty());
    }

    #[test]
    fn a_swap_that_breaks_a_rule_says_which_new_pair_breaks_which() {
        let programme = Programme::for_kind(Kind::Buddy);
        let (n1, v1) = (speaker("fr", "IXELLES"), speaker("fr", "IXELLES"));
        let (n2, v2) = (speaker("ar", "IXELLES"), speaker("fr", "IXELLES"));
        // First new pair: n1 (fr) with v2 (fr) keeps the rules; second: n2 (ar) with v1 (fr) does not.
        let error = rescore_swap(&programme, (&n1, &v1), (&n2, &v2)).unwrap_err();
        assert_eq!(error, SwapBreaksRules { first: vec![], second: vec![Constraint::SharedLanguage] });
        assert!(error.to_string().contains("first new pair: none; second new pair: shared-language"));
        let far = speaker("fr", "ANDERLECHT");
        let error = rescore_swap(&programme, (&n2, &far), (&n1, &v1)).unwrap_err();
        assert_eq!(
            error,
            SwapBreaksRules { first: vec![Constraint::SharedLanguage], second: vec![Constraint::WithinReach] }
        );
    }
}
