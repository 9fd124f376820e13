//! `bridges match`: the pairing engine from the shell, on CSV files.
//!
//! `solve` reads EDGES.csv and CAPS.csv, pairs seekers with providers optimally, proves it with
//! the certificate, writes PAIRS.csv and prints one JSON line. Bad input is reported row by row
//! and nothing is written; PAIRS.csv is written whole (to a temporary file, then renamed) or not
//! at all. `generate` writes a synthetic instance, for trials and benchmarks. `simulate` replays
//! made-up years of arrivals and compares pairing policies with the hindsight optimum.

use anyhow::{bail, Context, Result};
use bridges_pairing::interchange::{self, LabelledInstance};
use bridges_pairing::{simulate, solve, synthetic, Certificate, Kind, Scenario, SimulationConfig, SimulationReport};
use clap::{Args, Subcommand};
use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(Subcommand)]
pub enum MatchCommand {
    /// Pair as many seekers as possible, then maximise the total score. Reads EDGES.csv
    /// (seeker,provider,score) and CAPS.csv (provider,capacity), writes PAIRS.csv
    /// (seeker,provider,score) and prints {"pairs":N,"total_score":S,"certificate":true,"solve_ms":X}.
    Solve(SolveArgs),
    /// Write a synthetic instance (EDGES.csv and CAPS.csv) into a folder: random candidates,
    /// capacities 1–3, the same files for the same seed.
    Generate(GenerateArgs),
    /// Replay made-up years of weekly arrivals and compare pairing policies (greedy, weekly,
    /// lookahead, bid-price) with the hindsight optimum: pairs, value (scores minus waiting costs), share of
    /// the optimum, the pairs' mean score, waits and the newcomers missed. --scenario surge adds a
    /// resettlement intake. Prints a table, or one JSON line with --json.
    Simulate(SimulateArgs),
    /// Run the engine on a programme in the database and write its proposals, with the reasons for
    /// each pair and for everyone left waiting, to a CSV file (`--save` also stores them).
    Programme(crate::programme_match::ProgrammeArgs),
}

#[derive(Args)]
pub struct SolveArgs {
    /// The allowed pairs: header seeker,provider,score; scores 0 to 1000000.
    #[arg(long)]
    edges: PathBuf,
    /// The providers: header provider,capacity.
    #[arg(long)]
    capacities: PathBuf,
    /// Where to write the chosen pairs.
    #[arg(long)]
    out: PathBuf,
}

#[derive(Args)]
pub struct GenerateArgs {
    #[arg(long)]
    seekers: usize,
    #[arg(long)]
    providers: usize,
    /// Candidate providers per seeker.
    #[arg(long, default_value_t = 30)]
    candidates: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Folder to write EDGES.csv and CAPS.csv into (created if missing).
    #[arg(long)]
    out_dir: PathBuf,
}

#[derive(Args)]
pub struct SimulateArgs {
    /// buddy, language-exchange, mentoring or shadowing.
    #[arg(long, default_value = "buddy", value_parser = parse_kind)]
    kind: Kind,
    #[arg(long, default_value_t = 52)]
    weeks: u32,
    /// Newcomers expected a week (outside a surge).
    #[arg(long, default_value_t = 20.0)]
    newcomers_per_week: f64,
    #[arg(long, default_value_t = 12.0)]
    volunteers_per_week: f64,
    /// How newcomers arrive over the year. steady: the same rate every week. surge: four times
    /// the rate for the eight weeks from week 30 (August and September in a year from January),
    /// as when a city receives a resettlement intake; volunteers keep their steady rate.
    #[arg(long, default_value = "steady", value_parser = parse_scenario)]
    scenario: Scenario,
    /// Newcomers still unpaired this many weeks after arriving leave.
    #[arg(long, default_value_t = 26)]
    patience_weeks: u32,
    /// The cost of a week of waiting, in score points (a perfect pair scores 1000000).
    #[arg(long, default_value_t = 10_000)]
    waiting_cost: u32,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Years to simulate (seeds seed, seed+1, …); the table averages them.
    #[arg(long, default_value_t = 5)]
    runs: u32,
    /// Weeks the lookahead policy samples ahead.
    #[arg(long, default_value_t = SimulationConfig::default().lookahead_weeks)]
    lookahead_weeks: u32,
    /// Futures the lookahead policy samples each week.
    #[arg(long, default_value_t = SimulationConfig::default().lookahead_samples)]
    lookahead_samples: u32,
    /// Weeks of real arrivals the foresight benchmark is told (it shows how much of the gap to
    /// hindsight is knowing the future).
    #[arg(long, default_value_t = SimulationConfig::default().foresight_weeks)]
    foresight_weeks: u32,
    /// Weeks ahead the bid-price policy's forecast reaches (never past the end of the year).
    #[arg(long, default_value_t = SimulationConfig::default().bid_price_weeks)]
    bid_price_weeks: u32,
    /// Forecast futures the bid-price policy averages its prices over each week.
    #[arg(long, default_value_t = SimulationConfig::default().bid_price_samples)]
    bid_price_samples: u32,
    /// Print one JSON line instead of the table.
    #[arg(long)]
    json: bool,
}

fn parse_kind(text: &str) -> Result<Kind, String> {
    Kind::parse(text)
        .ok_or_else(|| format!("unknown kind {text:?}: use buddy, language-exchange, mentoring or shadowing"))
}

fn parse_scenario(text: &str) -> Result<Scenario, String> {
    match text {
        "steady" => Ok(Scenario::Steady),
        "surge" => Ok(Scenario::SURGE),
        _ => Err(format!("unknown scenario {text:?}: use steady or surge")),
    }
}

pub async fn run(command: MatchCommand) -> Result<()> {
    match command {
        MatchCommand::Programme(args) => crate::programme_match::run(args).await,
        MatchCommand::Solve(args) => solve_files(&args),
        MatchCommand::Generate(args) => generate(&args),
        MatchCommand::Simulate(args) => simulate_years(&args),
    }
}

fn simulate_years(args: &SimulateArgs) -> Result<()> {
    let rates = [args.newcomers_per_week, args.volunteers_per_week];
    if rates.iter().any(|r| !r.is_finite() || *r < 0.0 || *r > 100_000.0) {
        bail!("arrival rates must be between 0 and 100000 a week");
    }
    if args.weeks > 520 || args.runs > 1000 || args.lookahead_weeks > 52 || args.foresight_weeks > 52 {
        bail!("simulate at most 520 weeks and 1000 runs, looking at most 52 weeks ahead");
    }
    if args.lookahead_samples > 50 || args.bid_price_samples > 50 {
        bail!("sample at most 50 futures a week");
    }
    let config = SimulationConfig {
        kind: args.kind,
        weeks: args.weeks,
        newcomers_per_week: args.newcomers_per_week,
        volunteers_per_week: args.volunteers_per_week,
        scenario: args.scenario,
        patience_weeks: args.patience_weeks,
        waiting_cost_per_week: args.waiting_cost,
        seed: args.seed,
        runs: args.runs,
        lookahead_weeks: args.lookahead_weeks,
        lookahead_samples: args.lookahead_samples,
        foresight_weeks: args.foresight_weeks,
        bid_price_weeks: args.bid_price_weeks,
        bid_price_samples: args.bid_price_samples,
    };
    let started = Instant::now();
    let report = simulate(&config);
    let seconds = started.elapsed().as_secs_f64();
    if args.json {
        println!("{}", serde_json::to_string(&report).context("cannot write the report as JSON")?);
    } else {
        print!("{}", table(&report, seconds));
    }
    Ok(())
}

/// The averaged outcomes as a plain-text table, with what was simulated above it.
fn table(report: &SimulationReport, seconds: f64) -> String {
    let c = &report.config;
    let runs = report.runs.len().max(1) as f64;
    let mean =
        |f: fn(&bridges_pairing::RunReport) -> u32| report.runs.iter().map(|r| f64::from(f(r))).sum::<f64>() / runs;
    let surge = match c.scenario {
        Scenario::Steady => String::new(),
        Scenario::Surge { start_week, weeks, factor } => format!(
            "surge: {factor} times as many newcomers ({}) a week in weeks {start_week} to {}\n",
            c.newcomers_per_week * factor,
            start_week + weeks.max(1) - 1
        ),
    };
    let mut out = format!(
        "{} programme, {} weeks, {} newcomers and {} volunteers a week, patience {} weeks, waiting cost {} a week\n\
         {surge}\
         {} run(s) from seed {}: on average {:.0} newcomers ({:.0} with nobody to pair with all year), {:.0} volunteers; \
         hindsight proved optimal in {} of {}\n\n",
        c.kind.as_str(),
        c.weeks,
        c.newcomers_per_week,
        c.volunteers_per_week,
        c.patience_weeks,
        c.waiting_cost_per_week,
        report.runs.len(),
        c.seed,
        mean(|r| r.newcomers),
        mean(|r| r.never_pairable),
        mean(|r| r.volunteers),
        report.runs.iter().filter(|r| r.hindsight_proved).count(),
        report.runs.len(),
    );
    out.push_str(&format!(
        "{:<10} {:>8} {:>14} {:>11} {:>11} {:>10} {:>10} {:>8}\n",
        "policy", "pairs", "value", "% of best", "mean score", "mean wait", "p90 wait", "missed"
    ));
    for o in &report.mean {
        out.push_str(&format!(
            "{:<10} {:>8.1} {:>14.0} {:>10.1}% {:>11.0} {:>8.1} w {:>8.1} w {:>8.1}\n",
            o.policy.as_str(),
            o.pairs,
            o.value,
            o.share_of_hindsight,
            o.mean_score,
            o.mean_wait_weeks,
            o.p90_wait_weeks,
            o.missed
        ));
    }
    out.push_str(&format!(
        "\nlookahead: {} sampled futures of {} weeks, each week; foresight: told the real next {} week(s) instead\n\
         bid-price: pairs only when a pair's value beats the prices (LP duals) of what it uses, averaged over {} \
         forecast futures of up to {} weeks (never past the year's end), each week\n\
         value: pair scores (0 to 1000000) minus the waiting cost; % of best: of the hindsight optimum; mean score: \
         of the pairs, before waiting is priced; missed: newcomers who had someone to pair with but were never \
         paired ({:.1} s)\n",
        c.lookahead_samples, c.lookahead_weeks, c.foresight_weeks, c.bid_price_samples, c.bid_price_weeks, seconds
    ));
    out
}

fn open(path: &Path) -> Result<BufReader<File>> {
    Ok(BufReader::new(File::open(path).with_context(|| format!("cannot open {}", path.display()))?))
}

fn solve_files(args: &SolveArgs) -> Result<()> {
    let labelled = interchange::read(open(&args.edges)?, open(&args.capacities)?)
        .with_context(|| format!("cannot pair from {} and {}", args.edges.display(), args.capacities.display()))?;
    // Solve and verify only: reading and writing files are not the solver's time.
    let started = Instant::now();
    let solution = solve(&labelled.instance);
    let verified = Certificate::verify(&labelled.instance, &solution);
    let solve_ms = started.elapsed().as_secs_f64() * 1000.0;
    if verified.is_ok() {
        write_atomically(&args.out, |out| interchange::write_pairs(&labelled, &solution, out))?;
    }
    println!(
        "{{\"pairs\":{},\"total_score\":{},\"certificate\":{},\"solve_ms\":{:.3}}}",
        solution.pairs_count(),
        solution.total_score,
        verified.is_ok(),
        solve_ms
    );
    if let Err(e) = verified {
        bail!("the solution failed its optimality check, so PAIRS.csv was not written: {e}");
    }
    Ok(())
}

fn generate(args: &GenerateArgs) -> Result<()> {
    let instance = synthetic::instance(args.seekers, args.providers, args.candidates, args.seed)
        .context("cannot generate that instance")?;
    let labelled = LabelledInstance::numbered(instance);
    std::fs::create_dir_all(&args.out_dir).with_context(|| format!("cannot create {}", args.out_dir.display()))?;
    let edges = args.out_dir.join("EDGES.csv");
    let caps = args.out_dir.join("CAPS.csv");
    write_atomically(&edges, |out| interchange::write_edges(&labelled, out))?;
    write_atomically(&caps, |out| interchange::write_capacities(&labelled, out))?;
    println!("wrote {} and {}", edges.display(), caps.display());
    Ok(())
}

/// Writes through a temporary file beside `path`, renamed into place only when complete.
fn write_atomically(path: &Path, write: impl FnOnce(&mut BufWriter<File>) -> std::io::Result<()>) -> Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut out = BufWriter::new(File::create(&temporary)?);
        write(&mut out)?;
        out.flush()?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        std::fs::rename(&temporary, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&temporary);
        return Err(e).with_context(|| format!("cannot write {}", path.display()));
    }
    Ok(())
}
