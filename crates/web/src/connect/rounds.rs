//! A programme's round: run the engine, read why each pair was proposed and why some people wait,
//! then accept, reject, lock or swap proposals.

use crate::connect::explain;
use crate::http::authz::{Authorised, Ids};
use crate::http::error::{AppError, AppResult};
use crate::http::forms::FormPairs;
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use bridges_app::connect::pairs;
use bridges_app::connect::programme::load;
use bridges_app::connect::round::{run_round, RoundSummary};
use bridges_domain::policy::{ReadParticipants, RunProgrammes};
use bridges_domain::{OrgId, PairId, PairStatus, ParticipantId, ProgrammeId};
use bridges_pairing::{Factor, GroupOutcome};
use bridges_store::{StoredPair, StoredProgramme};

pub struct ProposalView {
    pub id: PairId,
    pub newcomer: ParticipantId,
    pub newcomer_name: String,
    pub volunteer: ParticipantId,
    pub volunteer_name: String,
    pub percent: u32,
    pub factors: Vec<(String, u32)>,
    pub locked: bool,
}

pub struct WaitingView {
    pub id: ParticipantId,
    pub name: String,
    pub days: u32,
    pub reason: String,
    pub details: Vec<String>,
}

#[derive(Template)]
#[template(path = "connect/round.html")]
struct RoundPage {
    page: Page,
    programme: StoredProgramme,
    ran_at: Option<String>,
    summary: Option<RoundSummary>,
    proposals: Vec<ProposalView>,
    unpaired: Vec<WaitingView>,
    may_run: bool,
}

impl RoundPage {
    fn rate(&self, g: &GroupOutcome) -> String {
        format!("{:.0}%", g.pairing_rate() * 100.0)
    }
    fn gap(&self, gap: &Option<f64>) -> String {
        gap.map(|g| format!("{:.0}", g * 100.0)).unwrap_or_else(|| "–".to_string())
    }
    fn counts(&self, s: &RoundSummary) -> String {
        self.page.tr.t_args(
            "round-counts-value",
            &[
                ("proposals", s.proposals.to_string()),
                ("newcomers", s.newcomers.to_string()),
                ("volunteers", s.volunteers.to_string()),
            ],
        )
    }
    fn comparable(&self, g: &GroupOutcome) -> bool {
        g.comparable(bridges_app::connect::round::MIN_GROUP)
    }
}

/// The factors of a stored pair, in words, each with its share of the score.
pub fn factors_of(page: &Page, pair: &StoredPair) -> Vec<(String, u32)> {
    let factors: Vec<Factor> = serde_json::from_str(&pair.explanation).unwrap_or_default();
    factors.iter().map(|f| (explain::factor(&page.tr, f), explain::share(f))).collect()
}

pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadParticipants>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProgrammeId)>,
) -> AppResult<Response> {
    let data = load(state.services(), &grant, id, "round").await?;
    let summary = data.latest_round.as_ref().and_then(|r| RoundSummary::from_json(&r.summary));
    let proposals = data
        .pairs
        .iter()
        .filter(|p| p.status == PairStatus::Proposed)
        .map(|p| ProposalView {
            id: p.id,
            newcomer: p.newcomer,
            newcomer_name: data.name(p.newcomer),
            volunteer: p.volunteer,
            volunteer_name: data.name(p.volunteer),
            percent: explain::percent(p.score),
            factors: factors_of(&page, p),
            locked: p.locked,
        })
        .collect();
    let now = state.now();
    let held = data.held_newcomers(now);
    let unpaired = summary
        .as_ref()
        .map(|s| {
            s.unpaired
                .iter()
                .filter(|(id, _)| !held.contains(id))
                .filter_map(|(id, reason)| {
                    let person = data.person(*id).filter(|p| !p.withdrawn)?;
                    let (reason, details) = explain::reason(&page.tr, reason);
                    Some(WaitingView {
                        id: *id,
                        name: person.record.name.clone(),
                        days: person.days_waiting(now),
                        reason,
                        details,
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let page = page.with_org(&ctx);
    render(&RoundPage {
        ran_at: data.latest_round.as_ref().map(|r| page.date(&r.ran_at)),
        page,
        programme: data.programme,
        summary,
        proposals,
        unpaired,
        may_run: ctx.may::<RunProgrammes>(),
    })
}

pub async fn run(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RunProgrammes>,
    Ids((_, id)): Ids<(OrgId, ProgrammeId)>,
) -> AppResult<Response> {
    run_round(state.services(), &grant, id).await?;
    Ok(see_other(&format!("/orgs/{}/programmes/{id}/round", ctx.org.id)))
}

/// Accepts every open proposal at once (after reading them); those that cannot be accepted (the
/// newcomer is held elsewhere, the volunteer is full) are left as they are.
pub async fn accept_all(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RunProgrammes>,
    Ids((_, id)): Ids<(OrgId, ProgrammeId)>,
) -> AppResult<Response> {
    pairs::accept(state.services(), &grant, id, None).await?;
    Ok(see_other(&format!("/orgs/{}/programmes/{id}/pairs", ctx.org.id)))
}

/// A pair named in a form (not in the path); one that does not parse names nothing there is.
fn form_pair(text: &str) -> AppResult<PairId> {
    text.parse().map_err(|_| AppError::NotFound)
}

/// One step for one pair: `accept`, `reject`, `lock`, `unlock`, `introduce` or `close` (with a
/// `reason`). Goes back to the page the form came from (`back=round|pairs|pair`).
pub async fn act(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RunProgrammes>,
    Ids((_, id, pair, action)): Ids<(OrgId, ProgrammeId, PairId, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let decided = |status| pairs::decide(state.services(), &grant, (id, pair), status, "");
    match action.as_str() {
        "accept" => decided(PairStatus::Accepted).await?,
        "reject" => decided(PairStatus::Rejected).await?,
        "introduce" => decided(PairStatus::Introduced).await?,
        "close" => {
            pairs::decide(state.services(), &grant, (id, pair), PairStatus::Closed, &form.first("reason")).await?
        }
        "lock" => state.store().lock_pair(&grant, id, pair, true).await?,
        "unlock" => state.store().lock_pair(&grant, id, pair, false).await?,
        _ => return Err(AppError::NotFound),
    }
    let base = format!("/orgs/{}/programmes/{id}", ctx.org.id);
    Ok(see_other(&match form.first("back").as_str() {
        "pairs" => format!("{base}/pairs"),
        "pair" => format!("{base}/pairs/{pair}"),
        _ => format!("{base}/round"),
    }))
}

/// Swaps the volunteers of two proposals, if both new pairs keep every rule.
pub async fn swap(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RunProgrammes>,
    Ids((_, id)): Ids<(OrgId, ProgrammeId)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (a, b) = (form_pair(&form.first("a"))?, form_pair(&form.first("b"))?);
    pairs::swap(state.services(), &grant, id, (a, b)).await?;
    Ok(see_other(&format!("/orgs/{}/programmes/{id}/round", ctx.org.id)))
}
