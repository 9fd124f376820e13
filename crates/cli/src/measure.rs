//! `bridges measure export|import`: Measure's spreadsheets from the shell, for bulk work, as a named
//! member whose role allows it. The same use cases as the web page: an import checks the whole file
//! and writes all of it or nothing, printing every problem as `line N, column C: code`.

use anyhow::{bail, Context, Result};
use bridges_app::measure::activities::FIELDS;
use bridges_app::measure::exchange::{self, Imported};
use bridges_app::measure::{export_rows, EXPORT_COLUMNS};
use bridges_app::spreadsheet::{self, read_rows};
use bridges_domain::policy::{LogActivities, ReadMeasures, RecordMeasures};
use bridges_domain::{OrgId, OrgName};
use bridges_store::Store;
use clap::{Args, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum MeasureCommand {
    /// Write the activity log, or every indicator's values by period, to a CSV or XLSX file (told
    /// apart by the file's extension), as any member. Cells are escaped against formulas.
    Export(ExportArgs),
    /// Read activities (a volunteer may), or values of indicators entered by hand (staff), from a
    /// CSV or XLSX file: all of them, or nothing and every problem, one a line. Exits non-zero on
    /// any problem.
    Import(ImportArgs),
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum What {
    Activities,
    Indicators,
}

#[derive(Args)]
pub struct Who {
    #[command(flatten)]
    member: crate::OrgMember,
    /// Which table.
    #[arg(long, value_enum)]
    what: What,
}

#[derive(Args)]
pub struct ExportArgs {
    #[command(flatten)]
    who: Who,
    /// Where to write: FILE.csv or FILE.xlsx.
    #[arg(long)]
    out: PathBuf,
}

#[derive(Args)]
pub struct ImportArgs {
    #[command(flatten)]
    who: Who,
    /// The CSV or XLSX file to read.
    #[arg(long)]
    file: PathBuf,
}

pub async fn run(command: MeasureCommand) -> Result<()> {
    match command {
        MeasureCommand::Export(args) => export(args).await,
        MeasureCommand::Import(args) => import(args).await,
    }
}

/// The organisation named by `--org`, by id or by name.
pub(crate) async fn org_of(store: &Store, org: &str) -> Result<OrgId> {
    if let Ok(id) = org.parse::<OrgId>() {
        return Ok(store.org(id).await.context("no organisation with that id")?.id);
    }
    let name = OrgName::parse(org).map_err(|code| anyhow::anyhow!("--org: {code}"))?;
    Ok(store.org_by_name(&name).await?.context("no organisation with that name")?.id)
}

async fn export(args: ExportArgs) -> Result<()> {
    let (services, membership) = args.who.member.open().await?;
    let read = membership.grant::<ReadMeasures>().map_err(|_| anyhow::anyhow!("this role may not read measures"))?;
    let (header, rows, sheet): (&[&str], _, _) = match args.who.what {
        What::Activities => (&FIELDS, exchange::activity_rows(&services, &read).await?, "activities"),
        What::Indicators => {
            let org = services.store().org(membership.org()).await?;
            let today = org.time_zone.date_at(services.now());
            (&EXPORT_COLUMNS, export_rows(&services, &read, None, today).await?, "indicator values")
        }
    };
    let bytes = match extension(&args.out).as_str() {
        "csv" => spreadsheet::csv(header, &rows).into_bytes(),
        "xlsx" => spreadsheet::workbook(sheet, header, &rows).map_err(anyhow::Error::msg)?,
        _ => bail!("--out: name a .csv or .xlsx file"),
    };
    std::fs::write(&args.out, bytes).with_context(|| format!("cannot write {}", args.out.display()))?;
    println!("{}", serde_json::json!({ "rows": rows.len(), "out": args.out.display().to_string() }));
    Ok(())
}

fn extension(path: &Path) -> String {
    path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_lowercase()
}

async fn import(args: ImportArgs) -> Result<()> {
    let (services, membership) = args.who.member.open().await?;
    let bytes = std::fs::read(&args.file).with_context(|| format!("cannot read {}", args.file.display()))?;
    let imported: Imported = match read_rows(&bytes) {
        Err(problems) => Err(problems),
        Ok(rows) => match args.who.what {
            What::Activities => {
                let log = membership
                    .grant::<LogActivities>()
                    .map_err(|_| anyhow::anyhow!("this role may not log activities"))?;
                exchange::import_activities(&services, &log, &rows).await?
            }
            What::Indicators => {
                let record = membership
                    .grant::<RecordMeasures>()
                    .map_err(|_| anyhow::anyhow!("this role may not record indicator values"))?;
                exchange::import_values(&services, &record, &rows).await?
            }
        },
    };
    match imported {
        Ok(n) => {
            println!("{}", serde_json::json!({ "imported": n }));
            Ok(())
        }
        Err(problems) => refused(&problems),
    }
}

/// Prints every problem of a refused import, one a line, and fails.
pub(crate) fn refused(problems: &[spreadsheet::RowProblem]) -> Result<()> {
    for p in problems {
        match (p.line, p.field.as_str()) {
            (0, "") => println!("{}", p.code),
            (0, field) => println!("column {field}: {}", p.code),
            (line, "") => println!("line {line}: {}", p.code),
            (line, field) => println!("line {line}, column {field}: {}", p.code),
        }
    }
    bail!("nothing was imported: {} problem(s)", problems.len())
}
