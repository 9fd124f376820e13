//! The greedy policy, as many programmes work by hand: a newcomer who arrives is paired at once
//! with the best-scoring volunteer who has room and keeps the rules; a volunteer who arrives takes
//! the best-scoring newcomers waiting, up to their capacity. Within a week, arrivals come in a
//! random order (seeded).

use super::world::{Matched, World};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use std::cmp::Reverse;

enum Arrival {
    Newcomer(u32),
    Volunteer(u32),
}

pub(crate) fn run(world: &World, seed: u64) -> Vec<Matched> {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut room = world.capacity.clone();
    let mut present = vec![false; world.volunteers()];
    let mut waiting = vec![false; world.newcomers()];
    let mut matched = Vec::new();
    for week in 0..world.weeks {
        for (n, w) in waiting.iter_mut().enumerate() {
            if *w && world.last_week(n as u32) < week {
                *w = false;
            }
        }
        let mut arrivals: Vec<Arrival> = world.newcomers_in_week[week as usize]
            .iter()
            .map(|&n| Arrival::Newcomer(n))
            .chain(world.volunteers_in_week[week as usize].iter().map(|&v| Arrival::Volunteer(v)))
            .collect();
        arrivals.shuffle(&mut rng);
        for arrival in arrivals {
            match arrival {
                Arrival::Newcomer(n) => {
                    // Best score; the earlier volunteer on a tie.
                    let best = world.by_newcomer[n as usize]
                        .iter()
                        .filter(|(v, _)| present[*v as usize] && room[*v as usize] > 0)
                        .max_by_key(|&&(v, score)| (score, Reverse(v)));
                    match best {
                        Some(&(volunteer, _)) => {
                            room[volunteer as usize] -= 1;
                            matched.push(Matched { newcomer: n, volunteer, week });
                        }
                        None => waiting[n as usize] = true,
                    }
                }
                Arrival::Volunteer(v) => {
                    present[v as usize] = true;
                    while room[v as usize] > 0 {
                        let best = world.by_volunteer[v as usize]
                            .iter()
                            .filter(|(n, _)| waiting[*n as usize])
                            .max_by_key(|&&(n, score)| (score, Reverse(n)));
                        let Some(&(newcomer, _)) = best else { break };
                        waiting[newcomer as usize] = false;
                        room[v as usize] -= 1;
                        matched.push(Matched { newcomer, volunteer: v, week });
                    }
                }
            }
        }
    }
    matched
}
