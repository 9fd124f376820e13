//! `bridges directory import|export|publish`: Signpost's service directory in Open Referral HSDS 3.0 from
//! the shell, as a named member whose role allows it. The same use cases as the web will call:
//! an import reads the whole file or folder and writes all of it or nothing, printing one JSON
//! line with what it wrote or with every problem where it is.

use crate::OrgMember;
use anyhow::{bail, Context, Result};
use bridges_app::signpost::directory::{self, Source};
use bridges_app::signpost::publishing;
use bridges_domain::policy::{ManageDirectory, ReadDirectory};
use bridges_domain::ErrorCode;
use bridges_sheet::Limits;
use bridges_signpost::{Place, Problems};
use clap::{Args, Subcommand};
use serde_json::json;
use std::path::{Path, PathBuf};

/// The largest HSDS JSON document the command line reads; an upload's cap is far smaller.
const MAX_JSON_BYTES: u64 = 512 * 1024 * 1024;

#[derive(Subcommand)]
pub enum DirectoryCommand {
    /// Import HSDS 3.0 into the organisation's directory, as a coordinator or owner: a .json file (one full service record,
    /// an array of them, or a full organization record) or a CSV data package folder. Prints one
    /// JSON line with the counts, or with every problem (nothing is then imported, and the exit
    /// status is non-zero). Records already in the directory (same kind and id) are replaced.
    Import(ImportArgs),
    /// Write the directory to DIR, as staff or above: services.json (an array of full service records) and the CSV
    /// data package (datapackage.json and 21 CSV files) beside it.
    Export(ExportArgs),
    /// Publish the directory for other Open Referral tools, as a coordinator or owner (or take it
    /// down with --off). Prints one JSON line with the HSDS read API's address, which stays the same
    /// when the directory is taken down and published again.
    Publish(PublishArgs),
    /// List the organisation's referrals to its directory's services, as staff or above: one JSON
    /// line each, with who, where, for what need and where it stands (newest first; with --due, the open ones whose follow-up
    /// is due, longest due first). Every listing is written to the audit log.
    Referrals(ReferralsArgs),
}

#[derive(Args)]
pub struct ReferralsArgs {
    #[command(flatten)]
    who: OrgMember,
    /// Only the referrals whose follow-up is due today (in the organisation's zone) or before.
    #[arg(long)]
    due: bool,
}

#[derive(Args)]
pub struct PublishArgs {
    #[command(flatten)]
    who: OrgMember,
    /// Take the directory down instead: the read API then answers "not found".
    #[arg(long)]
    off: bool,
    /// The address people reach bridges at, e.g. https://bridges.example.org (as `serve` takes it).
    #[arg(long, env = "BRIDGES_PUBLIC_URL")]
    public_url: Option<String>,
    /// The address `serve` listens on, for the printed address when no public address is set.
    #[arg(long, env = "BRIDGES_LISTEN", default_value = bridges_web::Config::DEFAULT_LISTEN)]
    listen: std::net::SocketAddr,
}

#[derive(Args)]
pub struct ImportArgs {
    #[command(flatten)]
    who: OrgMember,
    /// An HSDS JSON file, or the folder of a CSV data package.
    path: PathBuf,
}

#[derive(Args)]
pub struct ExportArgs {
    #[command(flatten)]
    who: OrgMember,
    /// The folder to write into (made if missing; files of the same names are replaced).
    #[arg(long)]
    out: PathBuf,
}

pub async fn run(command: DirectoryCommand) -> Result<()> {
    match command {
        DirectoryCommand::Import(args) => import(args).await,
        DirectoryCommand::Export(args) => export(args).await,
        DirectoryCommand::Publish(args) => publish(args).await,
        DirectoryCommand::Referrals(args) => referrals(args).await,
    }
}

async fn import(args: ImportArgs) -> Result<()> {
    let (services, membership) = args.who.open().await?;
    let grant = membership
        .grant::<ManageDirectory>()
        .map_err(|_| anyhow::anyhow!("this role may not import into the directory"))?;
    let source = source(&args.path)?;
    match directory::import(&services, &grant, source).await? {
        Ok(summary) => {
            let line = json!({
                "services": summary.services,
                "organizations": summary.organizations,
                "locations": summary.locations,
                "records": summary.records,
                "created": summary.created,
                "updated": summary.updated,
                "warnings": summary.warnings.total(),
            });
            println!("{line}");
            Ok(())
        }
        Err(problems) => refused(&problems),
    }
}

/// A folder is a CSV data package, read file by file as the engine asks (it keeps the paths a
/// descriptor gives inside the package); anything else is a JSON document.
fn source(path: &Path) -> Result<Source> {
    if path.is_dir() {
        let folder = path.to_path_buf();
        let limits = Limits { max_file_bytes: 256 * 1024 * 1024, max_rows: 1_000_000, ..Limits::default() };
        return Ok(Source::Package { file: Box::new(move |name: &str| std::fs::read(folder.join(name)).ok()), limits });
    }
    let size = std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?.len();
    if size > MAX_JSON_BYTES {
        bail!("{} is larger than {} MB", path.display(), MAX_JSON_BYTES / 1024 / 1024);
    }
    Ok(Source::Json(std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?))
}

/// Prints every problem of a refused import on one JSON line, and fails.
fn refused(problems: &Problems) -> Result<()> {
    let listed: Vec<serde_json::Value> = problems
        .shown()
        .iter()
        .map(|p| {
            let mut problem = match &p.place {
                Place::Json { path } => json!({ "path": path }),
                Place::Csv { file, line } => json!({ "file": file, "line": line }),
            };
            problem["field"] = json!(p.field);
            problem["code"] = json!(p.code);
            if let Some(detail) = &p.detail {
                problem["detail"] = json!(detail);
            }
            problem
        })
        .collect();
    println!("{}", json!({ "problems": listed, "more": problems.more() }));
    bail!("{}: nothing was imported, {} problem(s)", ErrorCode::HsdsInvalid.as_str(), problems.total())
}

async fn export(args: ExportArgs) -> Result<()> {
    let (services, membership) = args.who.open().await?;
    let grant =
        membership.grant::<ReadDirectory>().map_err(|_| anyhow::anyhow!("this role may not read the directory"))?;
    let export = directory::export(&services, &grant).await?;
    let out = &args.out;
    std::fs::create_dir_all(out).with_context(|| format!("cannot make {}", out.display()))?;
    let files = std::iter::once(("services.json".to_string(), export.services_json)).chain(export.package);
    let mut written = 0;
    for (name, bytes) in files {
        let path = out.join(&name);
        std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
        written += 1;
    }
    println!("{}", json!({ "services": export.services, "files": written, "out": out.display().to_string() }));
    Ok(())
}

async fn publish(args: PublishArgs) -> Result<()> {
    let (services, membership) = args.who.open().await?;
    let grant = membership
        .grant::<ManageDirectory>()
        .map_err(|_| anyhow::anyhow!("this role may not publish the directory"))?;
    let publication = match publishing::set_published(&services, &grant, !args.off).await {
        Err(bridges_app::Error::Code(ErrorCode::NotFound)) => {
            bail!("the organisation has no directory yet: import one first")
        }
        other => other?,
    };
    let base = match args.public_url {
        Some(url) => url.trim_end_matches('/').to_string(),
        None => format!("http://{}", args.listen),
    };
    let url = publishing::api_url(&base, &publication.key);
    println!("{}", json!({ "published": publication.published, "url": url }));
    Ok(())
}

async fn referrals(args: ReferralsArgs) -> Result<()> {
    let (services, membership) = args.who.open().await?;
    let grant = membership
        .grant::<bridges_domain::policy::RecordReferrals>()
        .map_err(|_| anyhow::anyhow!("this role may not see referrals: they say who was referred"))?;
    let today = services.store().org(membership.org()).await?.time_zone.date_at(services.now());
    let filter = bridges_store::ReferralFilter { due_on: args.due.then_some(today), ..Default::default() };
    let what = if args.due { "referral follow-ups (command line)" } else { "referrals (command line)" };
    for view in bridges_app::signpost::referrals::list(&services, &grant, what, filter).await? {
        let r = &view.referral;
        let line = json!({
            "id": r.id, "person": view.person, "participant": view.participant, "service": r.service,
            "service_name": r.service_name, "need": r.need, "mode": r.mode.as_str(), "status": r.status.as_str(),
            "outcome": r.outcome.map(|o| o.as_str()), "reason": r.reason.map(|o| o.as_str()),
            "made_at": r.made_at, "follow_up_on": r.follow_up_on,
        });
        println!("{line}");
    }
    Ok(())
}
