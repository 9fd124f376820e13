//! The files the solver exchanges with people and other tools:
//!
//! - `EDGES.csv`, header `seeker,provider,score`: one row per allowed pair; labels are any text,
//!   the score a whole number from 0 to 1,000,000;
//! - `CAPS.csv`, header `provider,capacity`: one row per provider, capacity a whole number ≥ 0;
//! - `PAIRS.csv`, header `seeker,provider,score`: the chosen pairs, ordered by seeker label.
//!
//! Reading collects every problem, each with its file and line number, and accepts nothing unless
//! both files are clean. A provider named in `EDGES.csv` must be listed in `CAPS.csv`; seekers
//! exist by appearing in `EDGES.csv` (one with no allowed pair simply has no row).
//!
//! Labels are data and are kept verbatim, spaces included. Writing quotes them as CSV requires
//! (commas, quotes, line breaks) but does not prefix cells starting with `=`, `+`, `-` or `@` the
//! way spreadsheet exports do: these files are read back by this and other programs, which must see
//! the same labels that went in. Whoever opens them in a spreadsheet should import them as text.

use crate::instance::{Edge, Instance, InstanceError, MAX_SCORE};
use crate::solver::Solution;
use std::collections::HashMap;
use std::fmt;
use std::io::{BufRead, Write};

pub const EDGES_HEADER: [&str; 3] = ["seeker", "provider", "score"];
pub const CAPACITIES_HEADER: [&str; 2] = ["provider", "capacity"];
pub const PAIRS_HEADER: [&str; 3] = ["seeker", "provider", "score"];

/// An instance with the labels its dense indices stand for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelledInstance {
    pub instance: Instance,
    /// `seekers[i]` is seeker `i`'s label: in order of first appearance in `EDGES.csv`.
    pub seekers: Vec<String>,
    /// `providers[j]` is provider `j`'s label: in the order of `CAPS.csv`.
    pub providers: Vec<String>,
}

impl LabelledInstance {
    /// Labels an unlabelled instance `s01`, `s02`, … and `p01`, `p02`, … (zero-padded so they
    /// sort as they count).
    pub fn numbered(instance: Instance) -> Self {
        let label = |prefix: char, count: usize| -> Vec<String> {
            let width = count.to_string().len();
            (1..=count).map(|i| format!("{prefix}{i:0width$}")).collect()
        };
        let seekers = label('s', instance.seekers());
        let providers = label('p', instance.providers());
        LabelledInstance { instance, seekers, providers }
    }
}

/// Which of the two input files a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputFile {
    Edges,
    Capacities,
}

impl fmt::Display for InputFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            InputFile::Edges => "EDGES.csv",
            InputFile::Capacities => "CAPS.csv",
        })
    }
}

/// What is wrong with one line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("the file is empty; it must start with the header {expected}")]
    Empty { expected: String },
    #[error("the header must be exactly {expected}, found {found}")]
    WrongHeader { expected: String, found: String },
    #[error("expected {expected} fields, found {found}")]
    FieldCount { expected: usize, found: usize },
    #[error("the {column} is empty")]
    EmptyLabel { column: &'static str },
    #[error("the text is not valid UTF-8")]
    NotUtf8,
    #[error("capacity {0:?} is not a whole number of 0 or more")]
    BadCapacity(String),
    #[error("score {0:?} is not a whole number from 0 to {MAX_SCORE}")]
    BadScore(String),
    #[error("provider {0:?} is not listed in CAPS.csv")]
    UnknownProvider(String),
    #[error("provider {label:?} is already listed on line {first_line}")]
    DuplicateProvider { label: String, first_line: u64 },
    #[error("seeker {seeker:?} and provider {provider:?} are already paired on line {first_line}")]
    DuplicatePair { seeker: String, provider: String, first_line: u64 },
    #[error("cannot be read: {0}")]
    Unreadable(String),
    #[error("too many rows, seekers or providers for one instance")]
    TooLarge,
}

/// One problem, where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    pub file: InputFile,
    pub line: u64,
    pub problem: Problem,
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} line {}: {}", self.file, self.line, self.problem)
    }
}

/// Every problem found in the two files, in file then line order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub errors: Vec<LineError>,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.errors.len();
        write!(f, "{n} problem{} in the input, nothing was read:", if n == 1 { "" } else { "s" })?;
        for e in &self.errors {
            write!(f, "\n  {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ImportError {}

/// Reads both files from strings.
pub fn read_str(edges: &str, capacities: &str) -> Result<LabelledInstance, ImportError> {
    read(edges.as_bytes(), capacities.as_bytes())
}

/// Reads `EDGES.csv` and `CAPS.csv`: everything, or nothing and every problem with its line.
pub fn read(edges: impl BufRead, capacities: impl BufRead) -> Result<LabelledInstance, ImportError> {
    let mut errors = Vec::new();
    let caps = read_capacities(capacities, &mut errors);
    let rows = read_edges(edges, &caps, &mut errors);
    if !errors.is_empty() {
        errors.sort_by_key(|e| (e.file == InputFile::Edges, e.line));
        return Err(ImportError { errors });
    }
    let edge_lines: Vec<u64> = rows.edges.iter().map(|(_, line)| *line).collect();
    let edges: Vec<Edge> = rows.edges.into_iter().map(|(edge, _)| edge).collect();
    match Instance::new(rows.seekers.len(), caps.capacities, &edges) {
        Ok(instance) => Ok(LabelledInstance { instance, seekers: rows.seekers, providers: caps.labels }),
        Err(error) => {
            // Only reached if the checks above missed something; still point at the line.
            let at = |index: usize| edge_lines.get(index).copied().unwrap_or(1);
            let (line, problem) = match error {
                InstanceError::TooLarge => (1, Problem::TooLarge),
                InstanceError::SeekerOutOfRange { index, .. }
                | InstanceError::ProviderOutOfRange { index, .. }
                | InstanceError::ScoreOutOfRange { index, .. }
                | InstanceError::DuplicatePair { index, .. } => (at(index), Problem::Unreadable(error.to_string())),
            };
            Err(ImportError { errors: vec![LineError { file: InputFile::Edges, line, problem }] })
        }
    }
}

struct Capacities {
    labels: Vec<String>,
    capacities: Vec<u32>,
    index: HashMap<String, u32>,
    /// False when the file could not be read as a capacities file at all: then unknown providers
    /// in `EDGES.csv` are not reported, as they would all be.
    usable: bool,
}

struct EdgeRows {
    seekers: Vec<String>,
    edges: Vec<(Edge, u64)>,
}

fn reader(input: impl BufRead) -> csv::Reader<impl BufRead> {
    csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(input)
}

/// Reads the header; false (with the problem recorded) if the file cannot be read further.
fn header<R: std::io::Read>(
    csv: &mut csv::Reader<R>,
    file: InputFile,
    expected: &[&str],
    errors: &mut Vec<LineError>,
) -> bool {
    let expected_text = expected.join(",");
    let mut record = csv::ByteRecord::new();
    match csv.read_byte_record(&mut record) {
        Ok(true) => {
            let mut fields: Vec<String> = record.iter().map(|f| String::from_utf8_lossy(f).into_owned()).collect();
            if let Some(first) = fields.first_mut() {
                // A byte-order mark, as spreadsheet programs write, is not part of the header.
                if let Some(rest) = first.strip_prefix('\u{feff}') {
                    *first = rest.to_string();
                }
            }
            if fields.iter().map(String::as_str).eq(expected.iter().copied()) {
                return true;
            }
            let line = record.position().map_or(1, csv::Position::line);
            errors.push(LineError {
                file,
                line,
                problem: Problem::WrongHeader { expected: expected_text, found: fields.join(",") },
            });
            false
        }
        Ok(false) => {
            errors.push(LineError { file, line: 1, problem: Problem::Empty { expected: expected_text } });
            false
        }
        Err(e) => {
            let line = e.position().map_or(1, csv::Position::line);
            errors.push(LineError { file, line, problem: Problem::Unreadable(e.to_string()) });
            false
        }
    }
}

/// The next record and its line, or None at the end; an unreadable input is recorded and ends it.
fn next_record<R: std::io::Read>(
    csv: &mut csv::Reader<R>,
    record: &mut csv::ByteRecord,
    file: InputFile,
    errors: &mut Vec<LineError>,
) -> Option<u64> {
    match csv.read_byte_record(record) {
        Ok(true) => Some(record.position().map_or(0, csv::Position::line)),
        Ok(false) => None,
        Err(e) => {
            let line = e.position().map_or_else(|| csv.position().line(), csv::Position::line);
            errors.push(LineError { file, line, problem: Problem::Unreadable(e.to_string()) });
            None
        }
    }
}

/// The fields of a record as text, or the problem.
fn fields<const N: usize>(record: &csv::ByteRecord) -> Result<[&str; N], Problem> {
    if record.len() != N {
        return Err(Problem::FieldCount { expected: N, found: record.len() });
    }
    let mut out = [""; N];
    for (slot, raw) in out.iter_mut().zip(record.iter()) {
        *slot = std::str::from_utf8(raw).map_err(|_| Problem::NotUtf8)?;
    }
    Ok(out)
}

fn read_capacities(input: impl BufRead, errors: &mut Vec<LineError>) -> Capacities {
    let file = InputFile::Capacities;
    let mut caps = Capacities { labels: Vec::new(), capacities: Vec::new(), index: HashMap::new(), usable: false };
    let mut first_line: HashMap<String, u64> = HashMap::new();
    let mut csv = reader(input);
    if !header(&mut csv, file, &CAPACITIES_HEADER, errors) {
        return caps;
    }
    caps.usable = true;
    let mut record = csv::ByteRecord::new();
    while let Some(line) = next_record(&mut csv, &mut record, file, errors) {
        let [label, capacity] = match fields::<2>(&record) {
            Ok(f) => f,
            Err(problem) => {
                errors.push(LineError { file, line, problem });
                continue;
            }
        };
        if label.is_empty() {
            errors.push(LineError { file, line, problem: Problem::EmptyLabel { column: "provider" } });
            continue;
        }
        if let Some(&first) = first_line.get(label) {
            let problem = Problem::DuplicateProvider { label: label.to_string(), first_line: first };
            errors.push(LineError { file, line, problem });
            continue;
        }
        first_line.insert(label.to_string(), line);
        let capacity = match capacity.trim().parse::<u32>() {
            Ok(c) => c,
            Err(_) => {
                errors.push(LineError { file, line, problem: Problem::BadCapacity(capacity.to_string()) });
                0
            }
        };
        if caps.labels.len() >= (u32::MAX - 1) as usize {
            errors.push(LineError { file, line, problem: Problem::TooLarge });
            break;
        }
        // Even a provider with a bad capacity is known, so its edges are not reported as unknown.
        caps.index.insert(label.to_string(), caps.labels.len() as u32);
        caps.labels.push(label.to_string());
        caps.capacities.push(capacity);
    }
    caps
}

fn read_edges(input: impl BufRead, caps: &Capacities, errors: &mut Vec<LineError>) -> EdgeRows {
    let file = InputFile::Edges;
    let mut rows = EdgeRows { seekers: Vec::new(), edges: Vec::new() };
    let mut seeker_index: HashMap<String, u32> = HashMap::new();
    let mut csv = reader(input);
    if !header(&mut csv, file, &EDGES_HEADER, errors) {
        return rows;
    }
    let mut record = csv::ByteRecord::new();
    while let Some(line) = next_record(&mut csv, &mut record, file, errors) {
        let [seeker, provider, score] = match fields::<3>(&record) {
            Ok(f) => f,
            Err(problem) => {
                errors.push(LineError { file, line, problem });
                continue;
            }
        };
        let mut bad = |problem| errors.push(LineError { file, line, problem });
        let mut ok = true;
        if seeker.is_empty() {
            bad(Problem::EmptyLabel { column: "seeker" });
            ok = false;
        }
        if provider.is_empty() {
            bad(Problem::EmptyLabel { column: "provider" });
            ok = false;
        }
        let p = caps.index.get(provider).copied();
        if p.is_none() && !provider.is_empty() && caps.usable {
            bad(Problem::UnknownProvider(provider.to_string()));
            ok = false;
        }
        let score_value = match score.trim().parse::<u32>() {
            Ok(v) if v <= MAX_SCORE => v,
            _ => {
                bad(Problem::BadScore(score.to_string()));
                ok = false;
                0
            }
        };
        let (Some(p), true) = (p, ok) else { continue };
        let s = match seeker_index.get(seeker) {
            Some(&s) => s,
            None => {
                if rows.seekers.len() >= (u32::MAX - 1) as usize || rows.edges.len() >= (u32::MAX - 1) as usize {
                    bad(Problem::TooLarge);
                    break;
                }
                let s = rows.seekers.len() as u32;
                seeker_index.insert(seeker.to_string(), s);
                rows.seekers.push(seeker.to_string());
                s
            }
        };
        rows.edges.push((Edge { seeker: s, provider: p, score: score_value }, line));
    }
    report_duplicate_pairs(&rows, caps, errors);
    rows
}

/// Every row that repeats an earlier (seeker, provider) pair, found by grouping rows per seeker:
/// linear, with no table of pairs.
fn report_duplicate_pairs(rows: &EdgeRows, caps: &Capacities, errors: &mut Vec<LineError>) {
    let seekers = rows.seekers.len();
    let mut start = vec![0usize; seekers + 1];
    for (e, _) in &rows.edges {
        start[e.seeker as usize + 1] += 1;
    }
    for s in 0..seekers {
        start[s + 1] += start[s];
    }
    let mut next = start.clone();
    let mut grouped = vec![0usize; rows.edges.len()];
    for (i, (e, _)) in rows.edges.iter().enumerate() {
        grouped[next[e.seeker as usize]] = i;
        next[e.seeker as usize] += 1;
    }
    let mut last_seen: Vec<(u32, u64)> = vec![(u32::MAX, 0); caps.labels.len()];
    for s in 0..seekers {
        for &i in &grouped[start[s]..start[s + 1]] {
            let (edge, line) = rows.edges[i];
            let seen = &mut last_seen[edge.provider as usize];
            if seen.0 == s as u32 {
                errors.push(LineError {
                    file: InputFile::Edges,
                    line,
                    problem: Problem::DuplicatePair {
                        seeker: rows.seekers[s].clone(),
                        provider: caps.labels[edge.provider as usize].clone(),
                        first_line: seen.1,
                    },
                });
            } else {
                *seen = (s as u32, line);
            }
        }
    }
}

fn writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new().quote_style(csv::QuoteStyle::Necessary).from_writer(out)
}

/// Writes `PAIRS.csv`: the chosen pairs ordered by seeker label (then provider label), so the same
/// solution always gives the same bytes whatever the input's row order.
pub fn write_pairs<W: Write>(labels: &LabelledInstance, solution: &Solution, out: W) -> std::io::Result<()> {
    let mut rows: Vec<(&str, &str, u32)> = solution
        .pairs
        .iter()
        .map(|p| (label(&labels.seekers, p.seeker), label(&labels.providers, p.provider), p.score))
        .collect();
    rows.sort_unstable();
    let mut csv = writer(out);
    csv.write_record(PAIRS_HEADER)?;
    for (seeker, provider, score) in rows {
        let score = score.to_string();
        csv.write_record([seeker, provider, score.as_str()])?;
    }
    csv.flush()?;
    Ok(())
}

/// `PAIRS.csv` as a string.
pub fn pairs_csv(labels: &LabelledInstance, solution: &Solution) -> String {
    let mut out = Vec::new();
    // Writing to memory cannot fail.
    let _ = write_pairs(labels, solution, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// Writes the instance's `EDGES.csv`, seeker by seeker.
pub fn write_edges<W: Write>(labels: &LabelledInstance, out: W) -> std::io::Result<()> {
    let mut csv = writer(out);
    csv.write_record(EDGES_HEADER)?;
    for e in labels.instance.edges() {
        let score = e.score.to_string();
        csv.write_record([label(&labels.seekers, e.seeker), label(&labels.providers, e.provider), score.as_str()])?;
    }
    csv.flush()?;
    Ok(())
}

/// Writes the instance's `CAPS.csv`.
pub fn write_capacities<W: Write>(labels: &LabelledInstance, out: W) -> std::io::Result<()> {
    let mut csv = writer(out);
    csv.write_record(CAPACITIES_HEADER)?;
    for (p, capacity) in labels.instance.capacities().iter().enumerate() {
        let capacity = capacity.to_string();
        csv.write_record([label(&labels.providers, p as u32), capacity.as_str()])?;
    }
    csv.flush()?;
    Ok(())
}

fn label(labels: &[String], index: u32) -> &str {
    labels.get(index as usize).map_or("", String::as_str)
}
