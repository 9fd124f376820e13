//! The hindsight optimum: with the whole year known, the pairing of highest total value. A
//! newcomer can be paired with any volunteer who keeps the rules and arrives before the newcomer
//! leaves; the pair is made as early as both are there, so it is worth its score minus the waiting
//! cost of the weeks the newcomer waited for that volunteer to arrive. Pairs worth nothing or less
//! are left out (leaving someone unpaired is worth 0), and the value optimum is found exactly with
//! the "stay unpaired" trick of [`best_value`](super::world::best_value), proved by the
//! certificate. No policy that decides week by week can do better: any pair it makes is made no
//! earlier than here, so it is worth no more.

use super::world::{best_value, Matched, Optimum, World};
use crate::instance::Edge;

/// The optimum's pairs, and whether the certificate proved it.
pub(crate) fn run(world: &World) -> (Vec<Matched>, bool) {
    let mut edges = Vec::new();
    for n in 0..world.newcomers() as u32 {
        for &(v, score) in &world.by_newcomer[n as usize] {
            let week = world.volunteer_week[v as usize].max(world.newcomer_week[n as usize]);
            if week <= world.last_week(n) {
                let value = world.value(n, week, score);
                if value > 0 {
                    edges.push(Edge { seeker: n, provider: v, score: value as u32 });
                }
            }
        }
    }
    let Optimum { pairs, proved, .. } = best_value(world.newcomers(), &world.capacity, &edges);
    let matched = pairs
        .into_iter()
        .map(|(n, v)| Matched {
            newcomer: n,
            volunteer: v,
            week: world.volunteer_week[v as usize].max(world.newcomer_week[n as usize]),
        })
        .collect();
    (matched, proved)
}
