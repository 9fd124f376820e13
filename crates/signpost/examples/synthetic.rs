//! Writes a made-up directory as HSDS JSON (an array of full service records) to standard output,
//! for benchmarks of the whole application: `cargo run --release -p bridges-signpost --example
//! synthetic -- 50000 7 > directory.json`, then `bridges directory import directory.json`.

use std::io::Write;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let services = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let seed = args.next().and_then(|a| a.parse().ok()).unwrap_or(7);
    let dataset = bridges_signpost::synthetic::directory(services, seed);
    let json = serde_json::to_vec(&bridges_signpost::json::services(&dataset))?;
    std::io::stdout().lock().write_all(&json)
}
