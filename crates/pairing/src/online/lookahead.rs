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
//! Sampled people are made of parts of people already seen (the policy never peeks at the real
//! future): languages from one, place from another, interests, availability, gender and
//! preference, field, and safeguarding and capacity each from another, all drawn at random. Copies
//! of whole people would not do: a copy of someone already here fits everyone exactly as well as
//! the original, so the future would never look better than the present, and nobody would be held.
//! Recombining keeps each part's frequency and gives new people new fits, as the real future does.

use super::world::{best_value, poisson, Matched, World};
use crate::candidates::candidate_edges;
use crate::entrant::{fold_all, Entrant};
use crate::instance::Edge;
use crate::participant::Profile;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
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
    let mut room = world.capacity.clone();
    let mut paired = vec![false; world.newcomers()];
    let (mut seen_n, mut seen_v): (Vec<u32>, Vec<u32>) = (Vec::new(), Vec::new());
    let mut matched = Vec::new();
    for week in 0..world.weeks {
        seen_n.extend(&world.newcomers_in_week[week as usize]);
        seen_v.extend(&world.volunteers_in_week[week as usize]);
        let present_n: Vec<u32> =
            seen_n.iter().copied().filter(|&n| !paired[n as usize] && world.last_week(n) >= week).collect();
        let present_v: Vec<u32> = seen_v.iter().copied().filter(|&v| room[v as usize] > 0).collect();
        if present_n.is_empty() || present_v.is_empty() {
            continue;
        }
        let samples = if policy.horizon == 0 || policy.foresight { 1 } else { policy.samples.max(1) };
        let mut votes: HashMap<(u32, u32), u32> = HashMap::new();
        for _ in 0..samples {
            let future = if policy.foresight {
                Future::known(world, week, policy.horizon)
            } else {
                Future::draw(world, week, &seen_n, &seen_v, policy.horizon, &mut rng)
            };
            for pair in plan(world, week, &present_n, &present_v, &room, &future) {
                *votes.entry(pair).or_default() += 1;
            }
        }
        // Most votes first, then the better pair; made while both still can be.
        let mut chosen: Vec<((u32, u32), u32)> = votes.into_iter().filter(|&(_, v)| 2 * v > samples).collect();
        chosen.sort_by_key(|&((n, v), votes)| (std::cmp::Reverse(votes), std::cmp::Reverse(world.score(n, v)), n, v));
        for ((n, v), _) in chosen {
            if !paired[n as usize] && room[v as usize] > 0 {
                paired[n as usize] = true;
                room[v as usize] -= 1;
                matched.push(Matched { newcomer: n, volunteer: v, week });
            }
        }
    }
    matched
}

/// Made-up arrivals, each with the week (from now) they arrive.
struct Future {
    newcomers: Vec<(Entrant, u32)>,
    volunteers: Vec<(Entrant, u32)>,
}

impl Future {
    /// The real arrivals of the next `horizon` weeks: only the foresight benchmark may use it.
    fn known(world: &World, week: u32, horizon: u32) -> Future {
        let mut future = Future { newcomers: Vec::new(), volunteers: Vec::new() };
        for ahead in 1..=horizon {
            let at = (week + ahead) as usize;
            let (Some(newcomers), Some(volunteers)) =
                (world.newcomers_in_week.get(at), world.volunteers_in_week.get(at))
            else {
                break;
            };
            let person = |people: &[Entrant], i: u32| people.get(i as usize).cloned().unwrap_or_default();
            future.newcomers.extend(newcomers.iter().map(|&n| (person(&world.newcomer_people, n), ahead)));
            future.volunteers.extend(volunteers.iter().map(|&v| (person(&world.volunteer_people, v), ahead)));
        }
        future
    }

    fn draw(world: &World, week: u32, seen_n: &[u32], seen_v: &[u32], horizon: u32, rng: &mut StdRng) -> Future {
        let weeks_seen = f64::from(week + 1);
        let (rate_n, rate_v) = (seen_n.len() as f64 / weeks_seen, seen_v.len() as f64 / weeks_seen);
        let mut future = Future { newcomers: Vec::new(), volunteers: Vec::new() };
        for ahead in 1..=horizon {
            for _ in 0..poisson(rng, rate_n) {
                future.newcomers.push((recombine(&world.newcomer_people, seen_n, rng), ahead));
            }
            for _ in 0..poisson(rng, rate_v) {
                future.volunteers.push((recombine(&world.volunteer_people, seen_v, rng), ahead));
            }
        }
        future
    }
}

/// A new person made of parts of people already seen (see the module documentation).
fn recombine(people: &[Entrant], seen: &[u32], rng: &mut StdRng) -> Entrant {
    let mut part = || -> Profile {
        let at = seen[rng.gen_range(0..seen.len())] as usize;
        people.get(at).map(|e| e.profile.clone()).unwrap_or_default()
    };
    let (languages, place, interests, slots, gender, field, care) =
        (part(), part(), part(), part(), part(), part(), part());
    let profile = Profile {
        speaks: languages.speaks,
        learns: languages.learns,
        interests: interests.interests,
        area: place.area,
        coordinates: place.coordinates,
        travel_km: place.travel_km,
        availability: slots.availability,
        gender: gender.gender,
        gender_preference: gender.gender_preference,
        field: field.field,
        minor: care.minor,
        vetted: care.vetted,
        capacity: care.capacity,
    };
    Entrant { profile, waiting_days: 0 }
}

/// The pairs between present people that the value optimum over present and sampled people makes.
fn plan(
    world: &World,
    week: u32,
    present_n: &[u32],
    present_v: &[u32],
    room: &[u32],
    future: &Future,
) -> Vec<(u32, u32)> {
    let newcomers = present_n
        .iter()
        .filter_map(|&n| world.newcomer_people.get(n as usize))
        .chain(future.newcomers.iter().map(|(e, _)| e));
    let volunteers = present_v
        .iter()
        .filter_map(|&v| world.volunteer_people.get(v as usize))
        .chain(future.volunteers.iter().map(|(e, _)| e));
    let (_, n, v) = fold_all(newcomers, volunteers);
    let capacities: Vec<u32> = present_v
        .iter()
        .map(|&v| room[v as usize])
        .chain(future.volunteers.iter().map(|(e, _)| u32::from(e.profile.capacity)))
        .collect();
    let present = present_n.len();
    let available = |p: usize| if p < present_v.len() { 0 } else { future.volunteers[p - present_v.len()].1 };
    let mut edges = Vec::new();
    for e in candidate_edges(&world.programme, &n, &v, &capacities) {
        let (s, p) = (e.seeker as usize, e.provider as usize);
        let ready = available(p);
        let value = if s < present {
            // Waiting so far counts: pairing late may be worth less than not at all.
            let newcomer = present_n[s];
            if week + ready > world.last_week(newcomer) {
                continue;
            }
            world.value(newcomer, week + ready, e.score)
        } else {
            let wait = ready.saturating_sub(future.newcomers[s - present].1);
            if wait >= world.patience {
                continue;
            }
            i64::from(e.score) - world.cost * i64::from(wait)
        };
        if value > 0 {
            edges.push(Edge { score: value as u32, ..e });
        }
    }
    let (pairs, _) = best_value(n.len(), &capacities, &edges);
    pairs.into_iter().filter_map(|(s, p)| Some((*present_n.get(s as usize)?, *present_v.get(p as usize)?))).collect()
}
