//! `bridges match`: the pairing engine from the shell, on CSV files.
//!
//! `solve` reads EDGES.csv and CAPS.csv, pairs seekers with providers optimally, proves it with
//! the certificate, writes PAIRS.csv and prints one JSON line. Bad input is reported row by row
//! and nothing is written; PAIRS.csv is written whole (to a temporary file, then renamed) or not
//! at all. `generate` writes a synthetic instance, for trials and benchmarks.

use anyhow::{bail, Context, Result};
use bridges_pairing::interchange::{self, LabelledInstance};
use bridges_pairing::{solve, synthetic, Certificate};
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

pub fn run(command: MatchCommand) -> Result<()> {
    match command {
        MatchCommand::Solve(args) => solve_files(&args),
        MatchCommand::Generate(args) => generate(&args),
    }
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
