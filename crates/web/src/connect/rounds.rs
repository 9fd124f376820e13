//! A programme's round: run the engine, read why each pair was proposed and why some people wait,
//! then accept, reject, lock or swap proposals.

use crate::connect::explain;
use crate::connect::pair_actions;
use crate::connect::round::{self, RoundSummary};
use crate::connect::state::{programme_id, ProgrammeData};
use crate::http::authz::OrgContext;
use crate::http::error::{AppError, AppResult};
use crate::http::forms::FormPairs;
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use bridges_domain::policy::{ReadParticipants, RunProgrammes};
use bridges_domain::{PairId, PairStatus, ParticipantId};
use bridges_pairing::{evaluate, score, Entrant, Factor, GroupOutcome};
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
        g.comparable(round::MIN_GROUP)
    }
}

/// The factors of a stored pair, in words, each with its share of the score.
pub fn factors_of(page: &Page, pair: &StoredPair) -> Vec<(String, u32)> {
    let factors: Vec<Factor> = serde_json::from_str(&pair.explanation).unwrap_or_default();
    factors.iter().map(|f| (explain::factor(&page.tr, f), explain::share(f))).collect()
}

pub async fn show(
    State(state): State<AppState>,
    ctx: OrgContext,
    page: Page,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let id = programme_id(&id)?;
    let data = ProgrammeData::load(&state, &ctx, id, "round").await?;
    let round = state.store().latest_round(&ctx.grant::<ReadParticipants>()?, id).await?;
    let summary = round.as_ref().and_then(|r| RoundSummary::from_json(&r.summary));
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
    let held = data.held_newcomers();
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
    render(&RoundPage {
        ran_at: round.as_ref().map(|r| page.date(&r.ran_at)),
        page: page.with_org(&ctx),
        programme: data.programme,
        summary,
        proposals,
        unpaired,
        may_run: ctx.membership.may::<RunProgrammes>(),
    })
}

pub async fn run(
    State(state): State<AppState>,
    ctx: OrgContext,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let id = programme_id(&id)?;
    pair_actions::run_round(&state, &ctx, id).await?;
    Ok(see_other(&format!("/orgs/{}/programmes/{id}/round", ctx.org.id)))
}

/// Accepts every open proposal at once (after reading them); those that cannot be accepted (the
/// newcomer is held elsewhere, the volunteer is full) are left as they are.
pub async fn accept_all(
    State(state): State<AppState>,
    ctx: OrgContext,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let id = programme_id(&id)?;
    pair_actions::accept(&state, &ctx, id, None).await?;
    Ok(see_other(&format!("/orgs/{}/programmes/{id}/pairs", ctx.org.id)))
}

pub fn pair_id(text: &str) -> AppResult<PairId> {
    crate::http::path_id(text)
}

/// One step for one pair: `accept`, `reject`, `lock`, `unlock`, `introduce` or `close` (with a
/// `reason`). Goes back to the page the form came from (`back=round|pairs|pair`).
pub async fn act(
    State(state): State<AppState>,
    ctx: OrgContext,
    Path((_, id, pair, action)): Path<(String, String, String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let grant = ctx.grant::<RunProgrammes>()?;
    let (id, pair) = (programme_id(&id)?, pair_id(&pair)?);
    let now = state.now();
    let store = state.store();
    match action.as_str() {
        "accept" => {
            pair_actions::accept(&state, &ctx, id, Some(pair)).await?;
        }
        "reject" => store.move_pair(&grant, id, pair, PairStatus::Rejected, None, now).await?,
        "introduce" => store.move_pair(&grant, id, pair, PairStatus::Introduced, None, now).await?,
        "close" => {
            let reason = form.first("reason");
            let mut errors = bridges_domain::ValidationErrors::new();
            crate::http::forms::check_text(&mut errors, "reason", &reason, 500, true);
            if !errors.is_empty() {
                return Err(AppError::Invalid(errors));
            }
            store.move_pair(&grant, id, pair, PairStatus::Closed, Some(&reason), now).await?
        }
        "lock" => store.lock_pair(&grant, id, pair, true).await?,
        "unlock" => store.lock_pair(&grant, id, pair, false).await?,
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
    ctx: OrgContext,
    Path((_, id)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let grant = ctx.grant::<RunProgrammes>()?;
    let id = programme_id(&id)?;
    let (a, b) = (pair_id(&form.first("a"))?, pair_id(&form.first("b"))?);
    let data = ProgrammeData::load(&state, &ctx, id, "swap").await?;
    let find = |pid: PairId| data.pairs.iter().find(|p| p.id == pid).ok_or(AppError::NotFound);
    let (pa, pb) = (find(a)?, find(b)?);
    let now = state.now();
    let entrant = |pid: ParticipantId| {
        data.person(pid)
            .map(|p| Entrant { profile: p.record.profile.clone(), waiting_days: p.days_waiting(now) })
            .ok_or(AppError::NotFound)
    };
    let rescore = |n: ParticipantId, v: ParticipantId| -> AppResult<(u32, String)> {
        let factors = evaluate(&data.settings.programme, &entrant(n)?, &entrant(v)?)
            .map_err(|_| AppError::Code(bridges_domain::ErrorCode::SwapBreaksRules))?;
        Ok((score(&factors), serde_json::to_string(&factors).unwrap_or_default()))
    };
    let a_new = rescore(pa.newcomer, pb.volunteer)?;
    let b_new = rescore(pb.newcomer, pa.volunteer)?;
    state.store().swap_pairs(&grant, id, (a, a_new), (b, b_new)).await?;
    Ok(see_other(&format!("/orgs/{}/programmes/{id}/round", ctx.org.id)))
}
