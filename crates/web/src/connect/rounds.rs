//! A programme's round: run the engine, read why each pair was proposed and why some people wait,
//! then accept, reject, lock or swap proposals.

use crate::connect::explain;
use crate::http::authz::{Authorised, Ids};
use crate::http::error::{AppError, AppResult};
use crate::http::forms::FormPairs;
use crate::http::listing::{ListParams, Pager};
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use bridges_app::connect::pairs;
use bridges_app::connect::programme::Settings;
use bridges_app::connect::record::Search;
use bridges_app::connect::roster::{self, PairsQuery};
use bridges_app::connect::round::{start_round, under_way, RoundSummary, UnderWay};
use bridges_domain::policy::{ReadParticipants, RunProgrammes};
use bridges_domain::{OrgId, PairId, PairStatus, ParticipantId, ProgrammeId};
use bridges_pairing::{swappable, Entrant, Factor, GroupOutcome, Reason};
use bridges_store::{PairGroup, StoredPair, StoredProgramme};
use std::collections::{HashMap, HashSet};

pub struct ProposalView {
    pub id: PairId,
    pub newcomer: ParticipantId,
    pub newcomer_name: String,
    pub volunteer: ParticipantId,
    pub volunteer_name: String,
    pub percent: u32,
    pub factors: Vec<(String, u32)>,
    pub locked: bool,
    /// The other proposals on the page whose volunteer this one may take in a swap (both new
    /// pairs keep every rule), with what the two would be called.
    pub swaps: Vec<(PairId, String)>,
}

pub struct WaitingView {
    pub id: ParticipantId,
    pub name: String,
    pub days: u32,
    pub reason: String,
    pub details: Vec<String>,
}

/// How long running a round waits for it before showing its progress instead.
const ROUND_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// How many proposals a page of the round shows, and how many of those waiting longest.
const PROPOSALS_PER_PAGE: u64 = 25;
const WAITING_ROWS: u64 = 25;

/// The query string keys of the round's proposals.
const FILTERS: [&str; 1] = ["q"];

#[derive(Template)]
#[template(path = "connect/round.html")]
struct RoundPage {
    page: Page,
    programme: StoredProgramme,
    ran_at: Option<String>,
    summary: Option<RoundSummary>,
    proposals: Vec<ProposalView>,
    unpaired: Vec<WaitingView>,
    waiting_total: u64,
    filters: ListParams,
    pager: Pager,
    may_run: bool,
    /// A round running in the background: its step in words, the share done, and for how long.
    running: Option<(String, u32, u64)>,
    /// Why the last round started from here failed.
    failed: Option<String>,
    /// What the coordinator just did here, said back to them.
    done: Option<Done>,
}

/// What the coordinator just did on the round's page, in words: the address says what and to
/// which pairs by their ids, and the names come from the page's own rows (a pair accepted or
/// turned down has left them, so it is linked to instead).
pub struct Done {
    pub message: String,
    pub link: Option<PairId>,
}

fn done(page: &Page, params: &ListParams, proposals: &[ProposalView]) -> Option<Done> {
    let pair: PairId = params.get("pair").parse().ok()?;
    let named = |id: PairId| {
        let p = proposals.iter().find(|p| p.id == id)?;
        Some(format!("{} – {} ({}%)", page.iso(&p.newcomer_name), page.iso(&p.volunteer_name), p.percent))
    };
    let (message, link) = match params.get("done").as_str() {
        action @ ("accept" | "reject") => (page.t(&format!("round-done-{action}")), Some(pair)),
        action @ ("lock" | "unlock") => (page.t1(&format!("round-done-{action}"), "pair", &named(pair)?), None),
        "swap" => {
            let other: PairId = params.get("with").parse().ok()?;
            (page.t2("round-done-swap", "first", &named(pair)?, "second", &named(other)?), None)
        }
        _ => return None,
    };
    Some(Done { message, link })
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
    /// A fairness group in the reader's words: a language by its name, a gender as the forms say
    /// it; an area as written.
    fn group(&self, by: &str, group: &str) -> String {
        match (by, group) {
            (_, "-") => "–".to_string(),
            ("language", codes) => self.page.tr.languages(&codes.split('/').collect::<Vec<_>>()),
            ("gender", gender) => self.page.tk("gender", gender),
            (_, area) => area.to_string(),
        }
    }
    fn comparable(&self, g: &GroupOutcome) -> bool {
        g.comparable(bridges_app::connect::round::MIN_GROUP)
    }
    /// The pairing rate of each group as a bar chart (SVG); groups too small to compare show as
    /// such instead of a bar.
    fn fairness_chart(&self, s: &RoundSummary) -> String {
        let too_few = self.page.t("fairness-too-few");
        let points: Vec<bridges_measure::Point> = s
            .fairness
            .groups
            .iter()
            .map(|g| bridges_measure::Point {
                label: self.group(&s.fairness.by, &g.group),
                value: self.comparable(g).then(|| (g.pairing_rate() * 100.0).round()),
                note: (!self.comparable(g)).then(|| too_few.clone()),
            })
            .collect();
        let title = self.page.t1("fairness-chart", "dimension", &self.page.tk("dimension", &s.fairness.by));
        // No group's name is left out; the page gives the chart the column's width.
        let width = bridges_measure::width_for_every_label(&points, (320, 1600));
        let spec = bridges_measure::ChartSpec {
            title: &title,
            unit: "%",
            points: &points,
            baseline: None,
            target: None,
            rtl: self.page.dir() == "rtl",
            width,
            height: 260,
        };
        bridges_measure::bar_chart(&spec)
    }
}

/// The factors of a stored pair, in words, each with its share of the score.
pub fn factors_of(page: &Page, pair: &StoredPair) -> Vec<(String, u32)> {
    let factors: Vec<Factor> = serde_json::from_str(&pair.explanation).unwrap_or_default();
    factors.iter().map(|f| (explain::factor(&page.tr, f), explain::share(f))).collect()
}

/// The latest round: its counts and proof, a page of its proposals (searched by either name)
/// with the swaps the rules allow among them, the newcomers waiting longest with why, and the
/// fairness of its outcome. Only the people shown are read (and audited).
pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadParticipants>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProgrammeId)>,
    params: ListParams,
) -> AppResult<Response> {
    let programme = state.store().programme(&grant, id).await?;
    let settings = Settings::of(&programme);
    let search = Search { name: params.get("q"), ..Search::default() };
    let page_number = params.page();
    let query = PairsQuery {
        groups: &[(PairGroup::Proposed, page_number)],
        search: &search,
        per_page: PROPOSALS_PER_PAGE,
        people: true,
        waiting: Some(WAITING_ROWS),
        round: true,
    };
    let listed = roster::pairs(state.services(), &grant, id, &query, "round").await?;
    let shown: HashSet<ParticipantId> = listed.waiting.iter().flat_map(|w| w.people.iter().map(|p| p.id)).collect();
    let summary = listed.latest_round.as_ref().and_then(|r| RoundSummary::for_people(r, &shown));
    let now = state.now();
    let proposed = listed.groups.first().map(|g| g.items.as_slice()).unwrap_or_default();
    let people: Vec<Option<(Entrant, Entrant, ParticipantId)>> = proposed
        .iter()
        .map(|p| {
            let (newcomer, volunteer) = (listed.person(p.newcomer)?, listed.person(p.volunteer)?);
            Some((newcomer.entrant(now), volunteer.entrant(now), p.volunteer))
        })
        .collect();
    let swaps = swappable(&settings.programme, &people);
    let proposals: Vec<ProposalView> = proposed
        .iter()
        .zip(swaps)
        .map(|(p, swaps)| ProposalView {
            id: p.id,
            newcomer: p.newcomer,
            newcomer_name: listed.name(p.newcomer),
            volunteer: p.volunteer,
            volunteer_name: listed.name(p.volunteer),
            percent: explain::percent(p.score),
            factors: factors_of(&page, p),
            locked: p.locked,
            swaps: swaps
                .into_iter()
                .map(|j| &proposed[j])
                .map(|other| {
                    // An option holds text only: each name is isolated there by Unicode's isolates.
                    // The volunteer the newcomer would get comes first, so a menu too narrow for the
                    // whole option (a phone, right to left) still shows them.
                    let (volunteer, newcomer) =
                        (page.iso(&listed.name(other.volunteer)), page.iso(&listed.name(other.newcomer)));
                    (other.id, page.t2("round-swap-option", "volunteer", &volunteer, "newcomer", &newcomer))
                })
                .collect(),
        })
        .collect();
    let reasons: HashMap<ParticipantId, &Reason> =
        summary.as_ref().map(|s| s.unpaired.iter().map(|(id, r)| (*id, r)).collect()).unwrap_or_default();
    let (unpaired, waiting_total) = match &listed.waiting {
        Some(w) => {
            let rows = w
                .people
                .iter()
                .map(|person| {
                    let (reason, details) = match reasons.get(&person.id) {
                        Some(reason) => explain::reason(&page.tr, reason),
                        None => (page.t("round-joined-since"), Vec::new()),
                    };
                    WaitingView {
                        id: person.id,
                        name: person.record.name.clone(),
                        days: person.days_waiting(now),
                        reason,
                        details,
                    }
                })
                .collect();
            (rows, w.total)
        }
        None => (Vec::new(), 0),
    };
    let path = format!("/orgs/{}/programmes/{id}/round", ctx.org.id);
    let total = listed.groups.first().map(|g| g.total).unwrap_or(0);
    let pager = Pager::new(&params, (&path, &FILTERS), (page_number, PROPOSALS_PER_PAGE), total, proposals.len());
    if pager.past_end.is_some() {
        // Deciding the last proposal of the last page leads here: the message of what was done
        // goes along to the page before.
        let last = params.href(&path, &[FILTERS[0], "done", "pair", "with"], pager.pages);
        let anchor = if params.get("done").is_empty() { "" } else { "#round-done" };
        return Ok(see_other(&format!("{last}{anchor}")));
    }
    let page = page.with_org(&ctx);
    let (running, failed) = match under_way(state.services(), id) {
        Some(UnderWay::Running { progress, seconds }) => {
            let step = progress.map_or("starting", |p| p.step.as_str());
            let percent = progress.map_or(0, |p| (p.fraction() * 100.0).floor() as u32);
            (Some((page.tk("round-step", step), percent, seconds)), None)
        }
        Some(UnderWay::Failed(code)) => {
            let code = code.map_or("round-failed", |c| c.as_str());
            (None, Some(page.t(&format!("error-{code}"))))
        }
        None => (None, None),
    };
    render(&RoundPage {
        done: done(&page, &params, &proposals),
        running,
        failed,
        ran_at: listed.latest_round.as_ref().map(|r| page.date(&r.ran_at)),
        page,
        programme,
        summary,
        proposals,
        unpaired,
        waiting_total,
        filters: params,
        pager,
        may_run: ctx.may::<RunProgrammes>(),
    })
}

pub async fn run(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RunProgrammes>,
    Ids((_, id)): Ids<(OrgId, ProgrammeId)>,
) -> AppResult<Response> {
    // Most rounds are done by then; a city's keeps running and the page shows how far it has got.
    start_round(state.services(), &grant, id, ROUND_WAIT).await?;
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

/// One step for one pair: `accept`, `reject`, `lock`, `unlock` or `introduce`. Goes back to the
/// page the form came from (`back=round|pairs|pair`).
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
        "lock" => state.store().lock_pair(&grant, id, pair, true).await?,
        "unlock" => state.store().lock_pair(&grant, id, pair, false).await?,
        _ => return Err(AppError::NotFound),
    }
    let base = format!("/orgs/{}/programmes/{id}", ctx.org.id);
    Ok(see_other(&match form.first("back").as_str() {
        "pairs" => format!("{base}/pairs{}", place(&form, &["show", "q", "page"], &[])),
        "pair" => format!("{base}/pairs/{pair}"),
        _ => {
            let done = [("done", action), ("pair", pair.to_string())];
            format!("{base}/round{}#round-done", place(&form, &["q", "page"], &done))
        }
    }))
}

/// The query string that brings the coordinator back where the form was: the list's filters and
/// page, as the form carried them (a page that is not a number is left out), then `done`: what
/// was just done, by ids only (a name never goes into an address).
fn place(form: &FormPairs, keys: &[&str], done: &[(&str, String)]) -> String {
    let pairs: Vec<(&str, String)> = keys
        .iter()
        .map(|k| (*k, form.first(k).trim().chars().take(100).collect::<String>()))
        .filter(|(k, v)| !v.is_empty() && (*k != "page" || v.parse::<u64>().is_ok()))
        .chain(done.iter().cloned())
        .collect();
    match serde_urlencoded::to_string(&pairs) {
        Ok(query) if !query.is_empty() => format!("?{query}"),
        _ => String::new(),
    }
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
    let done = [("done", "swap".to_string()), ("pair", a.to_string()), ("with", b.to_string())];
    Ok(see_other(&format!(
        "/orgs/{}/programmes/{id}/round{}#round-done",
        ctx.org.id,
        place(&form, &["q", "page"], &done)
    )))
}
