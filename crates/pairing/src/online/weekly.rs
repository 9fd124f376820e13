//! What the policies that decide once a week share: the year's loop over who is present, a
//! future to weigh the present against (sampled, forecast or, for the foresight benchmark, real),
//! and the value problem over present and future people together.
//!
//! Future people are made of parts of people already seen (a policy never peeks at the real
//! future): languages from one, place from another, interests, availability, gender and
//! preference, field, and safeguarding and capacity each from another, all drawn at random. Copies
//! of whole people would not do: a copy of someone already here fits everyone exactly as well as
//! the original, so the future would never look better than the present, and nobody would be held.
//! Recombining keeps each part's frequency and gives new people new fits, as the real future does.

use super::world::{best_value, poisson, Matched, Optimum, World};
use crate::candidates::candidate_edges;
use crate::entrant::{fold_all, Entrant};
use crate::instance::Edge;
use crate::participant::Profile;
use rand::rngs::StdRng;
use rand::Rng;

/// One week as a policy sees it.
pub(super) struct Week<'a> {
    pub week: u32,
    /// Newcomers waiting: arrived, unpaired and not yet gone.
    pub newcomers: Vec<u32>,
    /// Volunteers who have arrived and still have room.
    pub volunteers: Vec<u32>,
    /// Each volunteer's room left.
    pub room: &'a [u32],
    /// Everyone who has arrived so far, paired or not: what a policy may learn the mix from.
    pub seen_newcomers: &'a [u32],
    pub seen_volunteers: &'a [u32],
}

/// Runs a weekly policy over the year. Each week with someone waiting and someone with room,
/// `decide` is shown the week and answers with pairs of present people; they are made in the order
/// given, each while both can still take it.
pub(super) fn run(world: &World, mut decide: impl FnMut(&Week) -> Vec<(u32, u32)>) -> Vec<Matched> {
    let mut room = world.capacity.clone();
    let mut paired = vec![false; world.newcomers()];
    let (mut seen_n, mut seen_v): (Vec<u32>, Vec<u32>) = (Vec::new(), Vec::new());
    let mut matched = Vec::new();
    for week in 0..world.weeks {
        seen_n.extend(&world.newcomers_in_week[week as usize]);
        seen_v.extend(&world.volunteers_in_week[week as usize]);
        let newcomers: Vec<u32> =
            seen_n.iter().copied().filter(|&n| !paired[n as usize] && world.last_week(n) >= week).collect();
        let volunteers: Vec<u32> = seen_v.iter().copied().filter(|&v| room[v as usize] > 0).collect();
        if newcomers.is_empty() || volunteers.is_empty() {
            continue;
        }
        let present =
            Week { week, newcomers, volunteers, room: &room, seen_newcomers: &seen_n, seen_volunteers: &seen_v };
        for (n, v) in decide(&present) {
            if !paired[n as usize] && room[v as usize] > 0 && world.score(n, v).is_some() {
                paired[n as usize] = true;
                room[v as usize] -= 1;
                matched.push(Matched { newcomer: n, volunteer: v, week });
            }
        }
    }
    matched
}

/// Made-up arrivals, each with the week (from now) they arrive.
pub(super) struct Future {
    pub newcomers: Vec<(Entrant, u32)>,
    pub volunteers: Vec<(Entrant, u32)>,
}

impl Future {
    /// The real arrivals of the next `horizon` weeks: only the benchmarks told the future may use
    /// it.
    pub fn known(world: &World, week: u32, horizon: u32) -> Future {
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

    /// A future of `horizon` weeks drawn at the rates seen so far (arrivals per week to date).
    pub fn draw(world: &World, present: &Week, horizon: u32, rng: &mut StdRng) -> Future {
        let weeks_seen = f64::from(present.week + 1);
        let rates =
            (present.seen_newcomers.len() as f64 / weeks_seen, present.seen_volunteers.len() as f64 / weeks_seen);
        Future::sample(world, present, horizon, rng, |_| rates)
    }

    /// A future of `horizon` weeks drawn at the rates the programme expects for those weeks (its
    /// forecast, such as a planned intake), cut at the end of the year: the real arrivals for the
    /// first `told` of them (0 for a policy anyone can run), forecast ones after.
    pub fn forecast(world: &World, present: &Week, told: u32, horizon: u32, rng: &mut StdRng) -> Future {
        let horizon = horizon.min(world.weeks.saturating_sub(present.week + 1));
        let told = told.min(horizon);
        let mut future = Future::sample(world, present, horizon, rng, |at| {
            let expected = |rates: &[f64]| rates.get(at as usize).copied().unwrap_or(0.0);
            if at <= present.week + told {
                (0.0, 0.0)
            } else {
                (expected(&world.newcomers_expected), expected(&world.volunteers_expected))
            }
        });
        let known = Future::known(world, present.week, told);
        future.newcomers.extend(known.newcomers);
        future.volunteers.extend(known.volunteers);
        future
    }

    /// Poisson arrivals for weeks 1..=`horizon` ahead at `rates(week)` (newcomers, volunteers), each
    /// person recombined from those seen.
    fn sample(
        world: &World,
        present: &Week,
        horizon: u32,
        rng: &mut StdRng,
        rates: impl Fn(u32) -> (f64, f64),
    ) -> Future {
        let mut future = Future { newcomers: Vec::new(), volunteers: Vec::new() };
        let (seen_n, seen_v) = (present.seen_newcomers, present.seen_volunteers);
        for ahead in 1..=horizon {
            let (rate_n, rate_v) = rates(present.week + ahead);
            for _ in 0..poisson(rng, rate_n) {
                if let Some(person) = recombine(&world.newcomer_people, seen_n, rng) {
                    future.newcomers.push((person, ahead));
                }
            }
            for _ in 0..poisson(rng, rate_v) {
                if let Some(person) = recombine(&world.volunteer_people, seen_v, rng) {
                    future.volunteers.push((person, ahead));
                }
            }
        }
        future
    }
}

/// A new person made of parts of people already seen (see the module documentation); nobody if
/// nobody has been seen.
fn recombine(people: &[Entrant], seen: &[u32], rng: &mut StdRng) -> Option<Entrant> {
    if seen.is_empty() {
        return None;
    }
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
    Some(Entrant { profile, waiting_days: 0 })
}

/// The value problem of a week over present and future people. Seekers are the present newcomers
/// then the future ones; providers the present volunteers (with their room) then the future ones
/// (with their capacity). A pair is worth its score less the waiting cost from the newcomer's
/// arrival (a present newcomer's waiting so far counts) to the week both are there, and is left
/// out when it is worth nothing or when the newcomer would have left by then.
pub(super) struct Problem {
    pub seekers: usize,
    pub capacities: Vec<u32>,
    pub edges: Vec<Edge>,
}

impl Problem {
    pub fn new(world: &World, present: &Week, future: &Future) -> Problem {
        let (present_n, present_v) = (&present.newcomers, &present.volunteers);
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
            .map(|&v| present.room[v as usize])
            .chain(future.volunteers.iter().map(|(e, _)| u32::from(e.profile.capacity)))
            .collect();
        let available = |p: usize| if p < present_v.len() { 0 } else { future.volunteers[p - present_v.len()].1 };
        let mut edges = Vec::new();
        for e in candidate_edges(&world.programme, &n, &v, &capacities) {
            let (s, p) = (e.seeker as usize, e.provider as usize);
            let ready = available(p);
            let value = if s < present_n.len() {
                // Waiting so far counts: pairing late may be worth less than not at all.
                let newcomer = present_n[s];
                if present.week + ready > world.last_week(newcomer) {
                    continue;
                }
                world.value(newcomer, present.week + ready, e.score)
            } else {
                let wait = ready.saturating_sub(future.newcomers[s - present_n.len()].1);
                if wait >= world.patience {
                    continue;
                }
                i64::from(e.score) - world.cost * i64::from(wait)
            };
            if value > 0 {
                edges.push(Edge { score: value as u32, ..e });
            }
        }
        Problem { seekers: n.len(), capacities, edges }
    }

    /// The value optimum, with each provider's price.
    pub fn solve(&self) -> Optimum {
        best_value(self.seekers, &self.capacities, &self.edges)
    }
}
