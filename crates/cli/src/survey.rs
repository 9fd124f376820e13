//! `bridges survey import-xlsform|export-xlsform|export-responses`: surveys from the shell, as a
//! named member whose role allows it, through the same use cases as the pages.

use crate::measure::org_of;
use crate::DbArgs;
use anyhow::{bail, Context, Result};
use bridges_app::measure::surveys;
use bridges_app::Services;
use bridges_domain::policy::{DefineIndicators, ReadMeasures, RecordMeasures};
use bridges_domain::{SurveyId, SystemClock};
use bridges_store::Membership;
use clap::{Args, Subcommand};
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Subcommand)]
pub enum SurveyCommand {
    /// Make a survey from an XLSForm workbook (.xlsx or .xls), as KoboToolbox and ODK users write
    /// them. Prints one JSON line: the survey's id and how many questions, choices and languages it
    /// holds; or every problem by sheet, row and column, and exits non-zero.
    ImportXlsform(ImportArgs),
    /// Write a survey as an XLSForm workbook that pyxform, KoboToolbox and ODK read.
    ExportXlsform(ExportArgs),
    /// Read answers collected elsewhere into a survey: a KoboToolbox or ODK submissions export
    /// (CSV or XLSX), or bridges' own export. All of it or nothing: every problem is printed as
    /// `line N, column C: code` and the command exits non-zero. Submissions already held are skipped.
    ImportResponses(ImportResponsesArgs),
    /// Write a survey's responses to CSV or XLSX (by the file's extension), one row each, with
    /// question names and answer codes (or labels with --labels LANG). Written to the audit log.
    ExportResponses(ResponsesArgs),
}

#[derive(Args)]
pub struct ImportArgs {
    #[command(flatten)]
    db: DbArgs,
    /// The XLSForm workbook to read.
    file: PathBuf,
    /// The organisation, by name or id.
    #[arg(long)]
    org: String,
    /// The email of the member doing it (a coordinator or above).
    #[arg(long = "as")]
    member: String,
    /// The survey's title (the form's own title when not given).
    #[arg(long, default_value = "")]
    title: String,
}

/// A survey and the member acting on it.
#[derive(Args)]
pub struct OnSurvey {
    #[command(flatten)]
    db: DbArgs,
    #[arg(long)]
    survey: SurveyId,
    /// The email of the member doing it.
    #[arg(long = "as")]
    member: String,
}

#[derive(Args)]
pub struct ExportArgs {
    #[command(flatten)]
    on: OnSurvey,
    /// Where to write the .xlsx workbook.
    #[arg(long)]
    out: PathBuf,
}

#[derive(Args)]
pub struct ImportResponsesArgs {
    #[command(flatten)]
    on: OnSurvey,
    /// The submissions file.
    file: PathBuf,
}

#[derive(Args)]
pub struct ResponsesArgs {
    #[command(flatten)]
    on: OnSurvey,
    /// Where to write: FILE.csv or FILE.xlsx.
    #[arg(long)]
    out: PathBuf,
    /// Write labels in this language (its XLSForm name, e.g. "English (en)") instead of codes.
    #[arg(long)]
    labels: Option<String>,
}

pub async fn run(command: SurveyCommand) -> Result<()> {
    match command {
        SurveyCommand::ImportXlsform(args) => import(args).await,
        SurveyCommand::ExportXlsform(args) => export(args).await,
        SurveyCommand::ImportResponses(args) => import_responses(args).await,
        SurveyCommand::ExportResponses(args) => responses(args).await,
    }
}

async fn import(args: ImportArgs) -> Result<()> {
    let store = args.db.open().await?;
    let org = org_of(&store, &args.org).await?;
    let membership = crate::member_as(&store, org, &args.member).await?;
    let services = Services::new(store, Arc::new(SystemClock));
    let grant =
        membership.grant::<DefineIndicators>().map_err(|_| anyhow::anyhow!("this role may not make surveys"))?;
    let bytes = std::fs::read(&args.file).with_context(|| format!("cannot read {}", args.file.display()))?;
    let options = surveys::Options { title: args.title.trim().to_string(), ..surveys::Options::default() };
    match surveys::import_xlsform(&services, &grant, bytes, &options).await? {
        Ok((id, counts)) => {
            println!(
                "{}",
                serde_json::json!({
                    "survey": id.to_string(),
                    "questions": counts.questions,
                    "choices": counts.choices,
                    "languages": counts.languages,
                })
            );
            Ok(())
        }
        Err(problems) => {
            for p in &problems {
                let column = p.column.as_deref().map(|c| format!(", column {c}")).unwrap_or_default();
                println!("sheet {}, row {}{column}: {} ({})", p.sheet, p.row, p.code, p.detail);
            }
            bail!("nothing was imported: {} problem(s)", problems.len())
        }
    }
}

/// The member's membership in the organisation that holds `survey`.
async fn membership_for(on: &OnSurvey) -> Result<(Services, Membership)> {
    let store = on.db.open().await?;
    let org = store.survey_org(on.survey).await.context("no survey with that id")?;
    let membership = crate::member_as(&store, org, &on.member).await?;
    Ok((Services::new(store, Arc::new(SystemClock)), membership))
}

async fn export(args: ExportArgs) -> Result<()> {
    let (services, membership) = membership_for(&args.on).await?;
    let grant = membership.grant::<ReadMeasures>().map_err(|_| anyhow::anyhow!("this role may not read surveys"))?;
    let bytes = surveys::export_xlsform(&services, &grant, args.on.survey).await?;
    std::fs::write(&args.out, &bytes).with_context(|| format!("cannot write {}", args.out.display()))?;
    println!("{}", serde_json::json!({ "survey": args.on.survey.to_string(), "out": args.out.display().to_string() }));
    Ok(())
}

async fn responses(args: ResponsesArgs) -> Result<()> {
    let (services, membership) = membership_for(&args.on).await?;
    let grant =
        membership.grant::<RecordMeasures>().map_err(|_| anyhow::anyhow!("this role may not export responses"))?;
    let labels = args.labels.as_deref();
    let extension = args.out.extension().and_then(|e| e.to_str()).unwrap_or_default().to_lowercase();
    let bytes = match extension.as_str() {
        "csv" => surveys::responses_file(&services, &grant, args.on.survey, labels, false).await?,
        "xlsx" => surveys::responses_file(&services, &grant, args.on.survey, labels, true).await?,
        _ => bail!("--out: name a .csv or .xlsx file"),
    };
    std::fs::write(&args.out, bytes).with_context(|| format!("cannot write {}", args.out.display()))?;
    println!("{}", serde_json::json!({ "survey": args.on.survey.to_string(), "out": args.out.display().to_string() }));
    Ok(())
}

async fn import_responses(args: ImportResponsesArgs) -> Result<()> {
    let (services, membership) = membership_for(&args.on).await?;
    let grant =
        membership.grant::<RecordMeasures>().map_err(|_| anyhow::anyhow!("this role may not record responses"))?;
    let bytes = std::fs::read(&args.file).with_context(|| format!("cannot read {}", args.file.display()))?;
    let org = services.store().org(membership.org()).await?;
    let today = org.time_zone.date_at(services.now());
    match surveys::submissions::import(&services, &grant, args.on.survey, bytes, today).await? {
        Ok(done) => {
            println!("{}", serde_json::json!({ "rows": done.rows, "added": done.added }));
            Ok(())
        }
        Err(problems) => crate::measure::refused(&problems),
    }
}
