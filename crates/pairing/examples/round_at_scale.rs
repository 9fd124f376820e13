//! One whole round on made-up people of a buddy programme, at the size of a city or a national
//! network, as `bridges demo --people N` makes them (60% newcomers, 40% volunteers, every volunteer
//! with their full capacity). Prints how long each step took on stderr, then the time, the pairs
//! and their total score, and whether the round was proved optimal, as one JSON line.
//! Run: `cargo run --release -p bridges-pairing --example round_at_scale -- 100000 [seed] [threads]`
//! (one thread unless told).

use bridges_pairing::{run_round_watched, synthetic, Kind, Programme, Progress};
use std::sync::Mutex;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let people: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(2026);
    let threads: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let (newcomers, volunteers) = (people * 3 / 5, people - people * 3 / 5);
    let programme = Programme::for_kind(Kind::Buddy);
    let (n, v) = synthetic::people(Kind::Buddy, newcomers, volunteers, seed);
    let room: Vec<u32> = v.iter().map(|e| u32::from(e.profile.capacity)).collect();
    let started = Instant::now();
    // The step under way and when it began.
    let step: Mutex<Option<(Progress, Instant)>> = Mutex::new(None);
    let watch = |now: Progress| {
        let Ok(mut step) = step.lock() else { return };
        if step.is_none_or(|(was, _)| (was.step, was.pass) != (now.step, now.pass)) {
            if let Some((was, since)) = step.take() {
                eprintln!("{:>12} pass {}: {:>8.2} s", was.step.as_str(), was.pass, since.elapsed().as_secs_f64());
            }
            *step = Some((now, Instant::now()));
        }
    };
    let round = run_round_watched(&programme, &n, &v, &room, &[], threads, &watch);
    if let Ok(Some((was, since))) = step.lock().map(|s| *s) {
        eprintln!("{:>12} pass {}: {:>8.2} s", was.step.as_str(), was.pass, since.elapsed().as_secs_f64());
    }
    let ms = started.elapsed().as_millis();
    let total: u64 = round.proposals.iter().map(|p| u64::from(p.score)).sum();
    println!(
        "{{\"newcomers\":{newcomers},\"volunteers\":{volunteers},\"ms\":{ms},\"pairs\":{},\"total\":{total},\"waiting\":{},\"proved\":{},\"candidate_pairs\":{}}}",
        round.proposals.len(),
        round.unpaired.len(),
        round.proved_optimal,
        round.candidate_pairs
    );
}
