//! `bridges report`: an impact report written to a PDF (or HTML) file from the shell, as a named
//! member, through the same use case and the same charts as the pages.

use crate::measure::org_of;
use crate::DbArgs;
use anyhow::{bail, Context, Result};
use bridges_app::tell;
use bridges_app::Services;
use bridges_domain::policy::ReadMeasures;
use bridges_domain::{Language, ProjectId, SystemClock};
use bridges_web::i18n::Tr;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

#[derive(Args)]
pub struct ReportArgs {
    #[command(flatten)]
    db: DbArgs,
    /// The project reported on.
    #[arg(long, required_unless_present = "org")]
    project: Option<ProjectId>,
    /// Or the whole organisation, by name or id.
    #[arg(long, conflicts_with = "project")]
    org: Option<String>,
    /// The first day (YYYY-MM-DD); the first of January of this year by default.
    #[arg(long, default_value = "")]
    from: String,
    /// The last day (YYYY-MM-DD); today by default.
    #[arg(long, default_value = "")]
    to: String,
    /// The report's language: en, fr, it or ar.
    #[arg(long, default_value = "en")]
    lang: String,
    /// Also report the span of the same length just before.
    #[arg(long)]
    compare: bool,
    /// Exact counts for the team (staff and above). Without it, counts of fewer people than the
    /// organisation's threshold are withheld, as for anyone outside the team.
    #[arg(long)]
    team: bool,
    /// The email of the member making it.
    #[arg(long = "as")]
    member: String,
    /// Where to write it: a .pdf file, or .html for one self-contained page.
    #[arg(long)]
    out: PathBuf,
}

/// Progress on standard error, so standard output keeps its one JSON line.
fn step(text: &str) {
    let mut err = std::io::stderr();
    let _ = writeln!(err, "{text}");
}

pub async fn run(args: ReportArgs) -> Result<()> {
    let started = Instant::now();
    let lang = Language::parse(&args.lang).map_err(|_| anyhow::anyhow!("--lang: one of en, fr, it, ar"))?;
    let extension = args.out.extension().and_then(|e| e.to_str()).unwrap_or_default().to_lowercase();
    if extension != "pdf" && extension != "html" {
        bail!("--out: name a .pdf or .html file");
    }
    let store = args.db.open().await?;
    let org = match (&args.project, &args.org) {
        (Some(p), _) => store.project_org(*p).await.context("no project with that id")?,
        (None, Some(o)) => org_of(&store, o).await?,
        (None, None) => bail!("name a --project or an --org"),
    };
    let membership = crate::member_as(&store, org, &args.member).await?;
    let services = Services::new(store, Arc::new(SystemClock));
    let grant = membership.grant::<ReadMeasures>().map_err(|_| anyhow::anyhow!("this role may not read measures"))?;
    let organisation = services.store().org(org).await?;
    let today = organisation.time_zone.date_at(services.now());
    let fields = [
        ("project", args.project.map(|p| p.to_string()).unwrap_or_default()),
        ("from", args.from.clone()),
        ("to", args.to.clone()),
        ("compare", args.compare.to_string()),
        ("audience", if args.team { "team" } else { "public" }.to_string()),
    ];
    let get = |k: &str| fields.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let request = match tell::parse_request(get, today, membership.role()) {
        Ok(r) => r,
        Err(errors) => {
            for e in errors.iter() {
                println!("--{}: {}", e.field, e.code);
            }
            bail!("no report was made");
        }
    };
    step("gathering the figures…");
    let report = tell::report(&services, &grant, &request, lang.code(), today).await?;
    let tr = Tr::new(lang);
    let bytes = if extension == "pdf" {
        step("drawing the charts and typesetting…");
        tell::typeset(&report, &tr)?
    } else {
        let charts = bridges_report::charts::all(&report, &tr);
        bridges_report::html::document(&report, &tr, &charts, bridges_report::html::STYLE).into_bytes()
    };
    std::fs::write(&args.out, &bytes).with_context(|| format!("cannot write {}", args.out.display()))?;
    let pages = (extension == "pdf").then(|| tell::page_count(&bytes));
    println!(
        "{}",
        serde_json::json!({
            "out": args.out.display().to_string(),
            "bytes": bytes.len(),
            "pages": pages,
            "ms": started.elapsed().as_millis() as u64,
        })
    );
    Ok(())
}
