//! `bridges match programme`: the engine on a programme in the database, run by a named member
//! whose role allows it. Writes the proposed pairs with the reasons for each, and who waits and
//! why, to a CSV file; with `--save` the proposals replace the programme's open ones, as the
//! round page does.

use crate::DbArgs;
use anyhow::{Context, Result};
use bridges_app::connect::audit::record_count;
use bridges_app::connect::round::{compute, run_round_watched, ComputedRound};
use bridges_app::spreadsheet::Sheet;
use bridges_app::Services;
use bridges_domain::policy::{ReadParticipants, RunProgrammes};
use bridges_domain::{AuditKind, Language, ProgrammeId, SystemClock};
use bridges_pairing::Factor;
use bridges_web::connect::explain;
use bridges_web::i18n::Tr;
use clap::Args;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Args)]
pub struct ProgrammeArgs {
    #[command(flatten)]
    db: DbArgs,
    /// The programme's id (from its page's address).
    #[arg(long)]
    programme: ProgrammeId,
    /// The email of the member running it: staff may read the proposals, a coordinator may save them.
    #[arg(long = "as")]
    member: String,
    /// Where to write the proposals and the waiting list (CSV).
    #[arg(long)]
    out: PathBuf,
    /// Save the proposals to the programme (replacing its open, unlocked proposals).
    #[arg(long)]
    save: bool,
}

pub async fn run(args: ProgrammeArgs) -> Result<()> {
    let store = args.db.open().await?;
    let org = store.programme_org(args.programme).await.context("no such programme")?;
    let membership = crate::member_as(&store, org, &args.member).await?;
    let read =
        membership.grant::<ReadParticipants>().map_err(|_| anyhow::anyhow!("this role may not read participants"))?;
    // Nothing else runs in this process: the round reads candidates on every core.
    let services = Services::new(store, Arc::new(SystemClock)).with_round_threads(bridges_pairing::cores());
    let bar = Arc::new(crate::progress::Bar::new(Tr::new(Language::En)));
    let watch = {
        let bar = bar.clone();
        Arc::new(move |at| bar.show(at))
    };
    // The same round the programme's page and the API run, audited the same way.
    let round = if args.save {
        let run = membership.grant::<RunProgrammes>().map_err(|_| anyhow::anyhow!("this role may not save a round"))?;
        run_round_watched(&services, &run, args.programme, watch).await?
    } else {
        compute(&services, &read, args.programme, "round", watch).await?
    };
    bar.finish();
    let ComputedRound { data, proposals, summary, engine_time } = round;

    let tr = Tr::new(Language::En);
    let mut sheet = Sheet::new(&["newcomer", "volunteer", "score_percent", "why"]);
    for p in &proposals {
        let factors: Vec<Factor> = serde_json::from_str(&p.explanation).unwrap_or_default();
        let why: Vec<String> = factors.iter().map(|f| explain::factor(&tr, f)).collect();
        let percent = explain::percent(p.score).to_string();
        sheet.row(&[data.name(p.newcomer), data.name(p.volunteer), percent, why.join("; ")]);
    }
    for (id, reason) in &summary.unpaired {
        let (text, details) = explain::reason(&tr, reason);
        let why = std::iter::once(text).chain(details).collect::<Vec<_>>().join("; ");
        sheet.row(&[data.name(*id), String::new(), String::new(), format!("waiting: {why}")]);
    }
    std::fs::write(&args.out, sheet.finish()).with_context(|| format!("cannot write {}", args.out.display()))?;
    let exported = proposals.len() * 2 + summary.unpaired.len();
    record_count(&services, &read, AuditKind::PersonalDataExported, args.programme, "match-programme", exported)
        .await?;
    let engine_ms = engine_time.as_secs_f64() * 1000.0;
    println!(
        "{}",
        serde_json::json!({
            "pairs": proposals.len(),
            "waiting": summary.unpaired.len(),
            "newcomers": summary.newcomers,
            "volunteers": summary.volunteers,
            "proved_optimal": summary.proved_optimal,
            "engine_ms": (engine_ms * 10.0).round() / 10.0,
            "saved": args.save,
        })
    );
    Ok(())
}
