//! The table `bridges match simulate` prints, for both scenarios at once, without building the
//! CLI: each policy's share of the hindsight optimum, pairs made and waits, averaged over the
//! default runs, and how long each scenario took. Seeds other than the default's can be given:
//! `cargo run --release -p bridges-pairing --example policies -- 11 21`.

use bridges_pairing::{simulate, Scenario, SimulationConfig};
use std::time::Instant;

fn main() {
    let mut seeds: Vec<u64> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    if seeds.is_empty() {
        seeds.push(SimulationConfig::default().seed);
    }
    for seed in seeds {
        for scenario in [Scenario::Steady, Scenario::SURGE] {
            let config = SimulationConfig { scenario, seed, ..SimulationConfig::default() };
            let started = Instant::now();
            let report = simulate(&config);
            let seconds = started.elapsed().as_secs_f64();
            println!("{} from seed {seed}, {} runs ({seconds:.1} s)", scenario.as_str(), report.runs.len());
            println!(
                "{:<10} {:>9} {:>7} {:>10} {:>9} {:>7}",
                "policy", "% of best", "pairs", "mean wait", "p90 wait", "missed"
            );
            for o in &report.mean {
                println!(
                    "{:<10} {:>8.1}% {:>7.1} {:>8.2} w {:>7.1} w {:>7.1}",
                    o.policy.as_str(),
                    o.share_of_hindsight,
                    o.pairs,
                    o.mean_wait_weeks,
                    o.p90_wait_weeks,
                    o.missed
                );
            }
            println!();
        }
    }
}
