//! The bid-price policy. Each week it prices what a pair made now would use up, from the value
//! optimum over the people present and a forecast future, and makes a pair only when its value now
//! beats those prices.
//!
//! The prices are the optimum's duals. A volunteer's dual is the opportunity cost of one unit of
//! their capacity: about what the optimum over the forecast would lose without it (someone likely
//! to come who fits them better, or whom nobody else fits). Duals are not unique: these are the
//! ones the solver gives when it adds newcomers one at a time; those it gives when it adds the
//! volunteers' places first did worse (below). A newcomer's hold value is what waiting is worth to
//! them: the best value, net of the waiting cost, of a pair with a forecast volunteer, less that
//! volunteer's price. A pair of a present newcomer and a present volunteer is then worth, net, its
//! value now less the volunteer's price and the newcomer's hold value; the week's pairs are the
//! present-only optimum of those net values, pairing nobody at a net loss. So a newcomer is paired
//! at once unless a better fit is likely soon enough to pay for the wait, and a volunteer's last
//! place is kept for someone likely to need it more.
//!
//! This is how airlines sell seats: a deterministic plan over expected demand gives each leg a bid
//! price, a booking is taken only if its fare beats the bid prices of the legs it uses, and the plan
//! is solved again as bookings come in. Here the plan is solved every week over the weeks left to
//! the year end (or `horizon`), on futures drawn at the forecast arrival rates (the scenario's
//! expected arrivals, as a programme knows of a planned intake; not who will come) with people
//! recombined from those seen so far. One draw is noisy, so prices are averaged over `samples`
//! draws before any pair is made: averaging prices, rather than voting on each draw's pairs as the
//! lookahead does, lets every draw inform every pair, and a pair that most draws price a little
//! above or below its value is decided by the average.
//!
//! How far it gets (five years each, `policy_tuning_table` and `bid_price_tuning_table` in
//! `online.rs`): about 94.5% of hindsight in the steady default and 93.5% in the surge, against
//! 91.5% and 87.4% for the lookahead. The same rule priced against the real rest of the year
//! reaches 98%, so most of what is left is not knowing who will come, not the rule. Tried and
//! dropped, none better in either scenario: scaling the prices or the hold values up or down by
//! 5–20%; the duals the solver gives when it adds the volunteers' places first (91.7% and
//! 89.6%); whole copies of people seen instead of recombined ones; a hold value from
//! the best "wait k weeks, then take the best come by then" rule (it waits too little); the
//! median of the draws instead of the mean. A reach of 26 weeks does as well as the year in the
//! steady scenario, slightly worse in the surge; more draws help a little (5: 94.2% and 93.3%).
//!
//! Issue 16 asks for 95% in both scenarios; this rule does not get there, and neither did anything
//! tried next (five years as `simulate` seeds them, steady then surge; `examples/policies.rs`
//! prints the table, where the default gives 94.6% and 93.6%, and five draws 94.4% and 93.3%):
//!
//! - More or other draws: twenty draws, 94.7% and 93.8%; ten, and more of them as the year's end
//!   shortens each future (up to eight times as many), 94.6% and 93.8%; futures made by the
//!   generator that made the year instead of recombined from people seen, 94.8% and 93.8%. So how
//!   future people are made up is not what is missing, and averaging has little noise left.
//! - Half the truth, five draws: real prices with forecast hold values, 94.7% and 92.5%; forecast
//!   prices with real hold values, 96.1% and 93.4%. Real hold values close almost half of the
//!   steady gap to being told the year and none of the surge's; only both together reach 98%.
//! - Holding less, five draws: hold values times 0.9 (93.7%, 92.4%), or from volunteers due within
//!   8 or 16 weeks only (94.0%, 92.7%; 94.4%, 93.2%, three years); prices of the volunteers present
//!   from a problem without the newcomers present, as an airline prices without the request in hand
//!   (93.4–93.8%, 91.1–91.4%); the future volunteers priced from the other end of their duals
//!   (93.9%, 92.4%). Holding more: hold values times 1.1 (92.8%, 92.6%), or adding the option of
//!   taking the same volunteer a week later once the draws disagree (93.7–94.0%, 92.9–93.1%). Every
//!   step away from these prices, either way, made it worse.
//! - Other duals for the volunteers present: a quarter or half of the way to those found adding
//!   places first, 94.5% and 93.2–93.4% with five draws (94.4% and 93.3% without).
//! - The regret rule of anticipatory algorithms (Bent and Van Hentenryck): in each draw, what
//!   forcing a pair now costs the draw's optimum (its reduced cost and the cheapest chain of
//!   displacements that frees the volunteer's place) against what keeping the newcomer from
//!   everyone present costs; pairs chosen by their mean saving. 94.5% and 93.5% over three years
//!   with five draws, where prices give 94.4% and 93.4%: the same place by another road, and so was
//!   using it only to veto the prices' pairs.
//! - Voting on each draw's pairs, as the lookahead does, but over ten of these forecasts to the
//!   year's end: 94.2% and 93.3%, far above the lookahead's 91.5% and 87.4% (three draws of eight
//!   weeks at the rates seen), so its reach and rates held it back more than voting did; the
//!   prices' pairs kept only when a third of the draws make them, or the draws' majority pairs
//!   added to them: 94.6% and 93.4–93.6%.
//! - One problem over the present people and all ten draws at once, the plan airlines solve over
//!   expected demand, with each draw's people standing for a tenth of it: every present newcomer
//!   once per draw, every present volunteer's room ten times over, so that the draws share the
//!   present volunteers instead of each having them whole. Its own prices, with hold values from
//!   each copy's options: 93.8% and 92.9%. Pairing a present newcomer with the present volunteer
//!   most of their copies are paired with, as re-solving heuristics for network revenue management
//!   use the plan's allocation rather than its prices: 94.4% and 93.4%.
//! - Pricing again within the week, as airlines solve their plan again after each booking: the
//!   most confident half of the week's pairs (by net value) made first and the rest priced again
//!   over whoever is left, 94.6% and 93.7%; a quarter at a time, up to six times a week, 94.7%
//!   and 93.4%. Each draw's optimum already weighs the week's pairs together.
//! - Prices or hold values scaled only from week 30, as the year's end nears: prices times 1.15,
//!   93.3% and 88.9%; times 0.9, 94.2% and 92.9%; hold values times 0.9, 94.4% and 92.9%.
//! - A volunteer's price is that of one place, so a week could spend several of their places at
//!   it while the future needs some of them. Using no more of a volunteer's places this week than
//!   the draws' optima give present newcomers (on average, rounded up, at least one): 94.5% and
//!   93.5%, so that does not happen often enough to matter.
//!
//! Each of these judges a decision by the optimum of a draw whose future is known in full, and they
//! stop at the same place. About half of what they lose is in the newcomers of the year's last
//! twelve weeks (73–92% of what hindsight gives them, 94% or more when the rule is told the year):
//! hindsight keeps the one volunteer who fits a hard-to-pair newcomer free for months, which a
//! draw's prices rarely justify before that newcomer comes. Counted newcomer by newcomer over the
//! five years, the largest share of the gap is among newcomers both pair: the policy gives them
//! volunteers who fit them less (89 million points in the steady scenario and 130 million in the
//! surge, spread over the whole year, with no longer waits). Newcomers hindsight pairs and the
//! policy does not add 67 and 126 million, most of them in the last twelve weeks. Newcomers the
//! policy pairs and hindsight does not take back 41 and 70 million.
//!
//! How much a better rule could still win: told the real arrivals of the next week and forecasting
//! only after it (`told`), this rule reaches 95.2% and 94.4%; told four weeks, 96.7% and 96.0%
//! (five years as `simulate` seeds them; `bid_price_tuning_table` prints the same comparison on
//! its own draws). So even knowing exactly who comes next week leaves the surge short of 95%. A
//! rule that only forecasts must gain more than a week of perfect knowledge is worth to this one.
//! Judging decisions by running the policy itself on drawn futures (rollouts) rather than by each
//! draw's optimum is the idea left (not tried): it works from the same forecasts as these, at
//! many times the cost.
//!
//! An upper bound on every rule that does not peek would settle whether 95% can be reached at all.
//! An information relaxation (Brown, Smith and Sun) is one: hindsight charged, for every week a
//! pair leaves behind, how much better or worse that week's arrivals made its volunteer's price
//! and its newcomer's hold value than expected, a charge that a rule which does not peek pays
//! nothing for on average. Two were built and measured, and not kept, for neither tells:
//!
//! - Charged with this policy's own prices along the year, each week's expected next prices from
//!   four made-up next weeks (the year's own rates and generator, the pricing's draws shared with
//!   the real week's): above hindsight itself, 100.2% to 102.9% for one year of each scenario at
//!   charges of half to all of the surprise. The prices move from week to week for reasons of
//!   their own (duals are not unique, draws differ), and hindsight's choice of week turns that
//!   noise into value faster than the charge takes back what it knows.
//! - Charged from arrivals alone (a newcomer's arrival raises each volunteer's price by how far
//!   their pair's score passes a bar, a volunteer's each newcomer's hold value likewise, less the
//!   expectation over 4,000 made-up people): 99.6% steady and 99.85% in the surge on `simulate`'s
//!   years, with the bars and scales that did best on five other years.
//!
//! A bound that could tell would need prices that move smoothly with who arrives.

use super::weekly::{self, Future, Problem};
use super::world::{best_value, Matched, World};
use crate::instance::Edge;
use rand::rngs::StdRng;
use rand::SeedableRng;

#[derive(Debug, Clone, Copy)]
pub(crate) struct BidPrice {
    /// How many weeks ahead the forecast reaches (never past the end of the year).
    pub horizon: u32,
    /// How many forecast futures the prices are averaged over each week.
    pub samples: u32,
    /// How many weeks of real arrivals it is told, forecasting only after them: 0 for the policy
    /// anyone can run. Told more, it shows how much of the gap to hindsight is not knowing who
    /// comes rather than the rule; told the whole forecast's reach, it prices one real future.
    pub told: u32,
}

pub(crate) fn run(world: &World, policy: BidPrice, seed: u64) -> Vec<Matched> {
    let mut rng = StdRng::seed_from_u64(seed);
    // Where each volunteer sits in the week's list of present ones.
    let mut at = vec![u32::MAX; world.volunteers()];
    weekly::run(world, |present| {
        let (newcomers, volunteers) = (present.newcomers.len(), present.volunteers.len());
        // A future known to its end is the same every time.
        let samples = if policy.told >= policy.horizon { 1 } else { policy.samples.max(1) };
        // Sums over the samples, so nothing is rounded until the end.
        let mut bid = vec![0i64; volunteers];
        let mut hold = vec![0i64; newcomers];
        for _ in 0..samples {
            let future = Future::forecast(world, present, policy.told, policy.horizon, &mut rng);
            let problem = Problem::new(world, present, &future);
            let prices = problem.solve().prices;
            for (b, price) in bid.iter_mut().zip(&prices) {
                *b += price;
            }
            let mut best = vec![0i64; newcomers];
            for e in &problem.edges {
                let (s, p) = (e.seeker as usize, e.provider as usize);
                if s < newcomers && p >= volunteers {
                    best[s] = best[s].max(i64::from(e.score) - prices.get(p).copied().unwrap_or(0));
                }
            }
            for (h, b) in hold.iter_mut().zip(best) {
                *h += b;
            }
        }
        for (j, &v) in present.volunteers.iter().enumerate() {
            at[v as usize] = j as u32;
        }
        let samples = i64::from(samples);

        let mut edges = Vec::new();
        for (i, &n) in present.newcomers.iter().enumerate() {
            for &(v, score) in &world.by_newcomer[n as usize] {
                let j = at[v as usize];
                if j == u32::MAX {
                    continue;
                }
                let net = world.value(n, present.week, score) * samples - bid[j as usize] - hold[i];
                if net > 0 {
                    edges.push(Edge { seeker: i as u32, provider: j, score: (net / samples).max(1) as u32 });
                }
            }
        }
        for &v in &present.volunteers {
            at[v as usize] = u32::MAX;
        }
        let room: Vec<u32> = present.volunteers.iter().map(|&v| present.room[v as usize]).collect();
        best_value(newcomers, &room, &edges)
            .pairs
            .into_iter()
            .filter_map(|(s, p)| Some((*present.newcomers.get(s as usize)?, *present.volunteers.get(p as usize)?)))
            .collect()
    })
}
