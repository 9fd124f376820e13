//! Projects, planned in the toolkit's six steps. Built so far: the project itself and Step 4, the
//! stakeholder power analysis (its computations live in the plan crate).

use crate::http::authz::{Authorised, Ids, OrgContext};
use crate::http::error::{AppError, AppResult};
use crate::http::forms::{bounded_text, FormView};
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use crate::http::with_status;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use bridges_app::plan::PlanData;
use bridges_domain::policy::{EditProjects, ReadMembers, ReadOrg};
use bridges_domain::{OrgId, ProjectId, StakeholderId, ValidationErrors};
use bridges_plan::{advice, Advice, Gap, Overview};
use bridges_plan::{Leverage, Opponent, Reach, RelationKind, Stakeholder, StakeholderKind, Stance};
use bridges_store::{Grant, Project};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Template)]
#[template(path = "plan/list.html")]
struct ListPage {
    page: Page,
    projects: Vec<Project>,
    examples: Vec<crate::plan::scenarios::Example>,
    may_edit: bool,
    form: FormView,
}

async fn list_page(
    state: &AppState,
    ctx: &OrgContext,
    read: &Grant<ReadOrg>,
    page: Page,
    form: FormView,
) -> AppResult<Response> {
    let projects = state.store().projects(read).await?;
    let examples = crate::plan::scenarios::examples(state, page.tr.lang())?;
    render(&ListPage { page: page.with_org(ctx), projects, examples, may_edit: ctx.may::<EditProjects>(), form })
}

pub async fn list(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadOrg>,
    page: Page,
) -> AppResult<Response> {
    list_page(&state, &ctx, &grant, page, FormView::new()).await
}

#[derive(Deserialize)]
pub struct NewProject {
    #[serde(default)]
    title: String,
    #[serde(default)]
    aims: String,
}

pub async fn create(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<EditProjects>,
    page: Page,
    Form(f): Form<NewProject>,
) -> AppResult<Response> {
    let mut errors = ValidationErrors::new();
    let title = bounded_text(&mut errors, "title", &f.title, 200, true);
    let aims = bounded_text(&mut errors, "aims", &f.aims, 8_000, false);
    if !errors.is_empty() {
        let form = FormView::new()
            .with_value("title", f.title.chars().take(300).collect::<String>())
            .with_value("aims", f.aims.chars().take(9_000).collect::<String>())
            .with_errors(&page.tr, &errors);
        let read = grant.also::<ReadOrg>()?;
        return with_status(list_page(&state, &ctx, &read, page, form).await?, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let id = state.store().create_project(&grant, &title, &aims, "{}", state.now()).await?;
    Ok(see_other(&format!("/orgs/{}/projects/{id}", ctx.org.id)))
}

#[derive(Template)]
#[template(path = "plan/show.html")]
struct ShowPage {
    page: Page,
    plan: PlanData,
    overview: Overview,
    advice: Vec<Advice>,
    /// Titles of the guidance the advice points to, in the reader's language.
    guide_titles: BTreeMap<&'static str, String>,
    /// (step number, path, how many records it holds).
    steps: Vec<(u8, &'static str, usize)>,
    approach_first: Vec<String>,
    member_names: BTreeMap<String, String>,
    may_edit: bool,
}

impl ShowPage {
    fn gaps_at(&self, step: u8) -> Vec<&Gap> {
        self.overview.gaps.iter().filter(|g| g.step == step).collect()
    }
    fn gap_text(&self, gap: &Gap) -> String {
        self.page.tr.t_args(gap.code, &[("count", gap.count.to_string())])
    }
    fn guide_title(&self, id: &str) -> String {
        self.guide_titles.get(id).cloned().unwrap_or_else(|| id.to_string())
    }
    fn member(&self, id: &str) -> String {
        self.member_names.get(id).cloned().unwrap_or_else(|| self.page.t("history-former-member"))
    }
}

/// The paths of the six steps, in order.
pub const STEP_PATHS: [&str; 6] = ["policy-areas", "principles", "evidence", "power", "partnerships", "setbacks"];

pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadOrg>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProjectId)>,
) -> AppResult<Response> {
    let plan = PlanData::load(state.services(), &grant, id).await?;
    let counts = [
        plan.areas.len(),
        plan.principles.len(),
        plan.evidence.len(),
        plan.stakeholders.len(),
        plan.partners.len(),
        plan.setbacks.len(),
    ];
    let steps = (1u8..).zip(STEP_PATHS).zip(counts).map(|((n, p), c)| (n, p, c)).collect();
    let map = plan.power_map()?;
    let names: BTreeMap<&str, &str> = plan.stakeholders.iter().map(|s| (s.key.as_str(), s.name.as_str())).collect();
    let approach_first =
        map.leverage().iter().take(3).filter_map(|l| names.get(l.key.as_str()).map(|n| n.to_string())).collect();
    let member_names = member_names(&state, &grant).await?;
    let advice = advice(&plan.profile.context);
    let library = state.learn().library();
    let guide_titles = advice
        .iter()
        .flat_map(|a| a.guidance.iter())
        .filter_map(|g| Some((*g, library.guidance(g, page.tr.lang())?.value.meta.title.clone())))
        .collect();
    render(&ShowPage {
        page: page.with_org(&ctx),
        overview: plan.overview(),
        advice,
        guide_titles,
        steps,
        approach_first,
        member_names,
        may_edit: ctx.may::<EditProjects>(),
        plan,
    })
}

/// Display names of the organisation's members, by membership id; empty for roles that may not
/// see the member list (they see the team's roles without names).
pub(crate) async fn member_names(state: &AppState, read: &Grant<ReadOrg>) -> AppResult<BTreeMap<String, String>> {
    let Ok(grant) = read.also::<ReadMembers>() else {
        return Ok(BTreeMap::new());
    };
    Ok(state
        .store()
        .members(&grant)
        .await?
        .into_iter()
        .map(|m| (m.membership.id().to_string(), m.display_name.as_str().to_string()))
        .collect())
}

/// One stakeholder as the table shows it.
pub struct StakeholderRow {
    pub id: String,
    pub s: Stakeholder,
    pub cue_name: String,
}

/// A dot on the influence/stance grid.
pub struct Dot {
    pub x: u32,
    pub y: u32,
    pub label: String,
    /// The whole name, for the dot's tooltip when the label is cut.
    pub name: String,
    pub target: bool,
    pub stance: &'static str,
}

#[derive(Template)]
#[template(path = "plan/power.html")]
struct PowerPage {
    page: Page,
    project: Project,
    rows: Vec<StakeholderRow>,
    relations: Vec<(String, &'static str, String)>,
    leverage: Vec<Leverage>,
    reach: Vec<Reach>,
    opponents: Vec<Opponent>,
    cycles: Vec<Vec<String>>,
    dots: Vec<Dot>,
    /// Who moves whom, drawn (SVG).
    network: String,
    names: BTreeMap<String, String>,
    may_edit: bool,
    form: FormView,
    stances: [Stance; 5],
    kinds: [RelationKind; 4],
}

impl PowerPage {
    fn name(&self, key: &str) -> String {
        self.names.get(key).cloned().unwrap_or_default()
    }
    fn chain(&self, keys: &[String]) -> String {
        keys.iter().map(|k| self.name(k)).collect::<Vec<_>>().join(" → ")
    }
    fn names_of(&self, keys: &[String]) -> String {
        keys.iter().map(|k| self.name(k)).collect::<Vec<_>>().join(", ")
    }
    fn score(&self, l: &Leverage) -> String {
        format!("{:.2}", l.score)
    }
}

async fn power_page(
    state: &AppState,
    ctx: &OrgContext,
    read: &Grant<ReadOrg>,
    page: Page,
    id: ProjectId,
    form: FormView,
) -> AppResult<Response> {
    let project = state.store().project(read, id).await?;
    let (people, relations) = bridges_app::plan::load_map(state.services(), read, id).await?;
    let map = bridges_app::plan::power_map(people.clone(), &relations)?;
    let names: BTreeMap<String, String> = people.iter().map(|p| (p.key.clone(), p.name.clone())).collect();
    // Dots: one column per stance, one row per influence level, spread within a cell.
    let mut per_cell: BTreeMap<(i8, u8), u32> = BTreeMap::new();
    let dots = people
        .iter()
        .map(|p| {
            let n = per_cell.entry((p.stance.value(), p.influence)).or_insert(0);
            *n += 1;
            let col = u32::try_from(p.stance.value() + 2).unwrap_or(0);
            // Up to four to a cell, one under the other, so labels never overlap.
            Dot {
                x: 70 + col * 160,
                y: 22 + (5 - u32::from(p.influence)) * 70 + ((*n - 1) % 4) * 16,
                label: if p.name.chars().count() > 20 {
                    format!("{}…", p.name.chars().take(19).collect::<String>().trim_end())
                } else {
                    p.name.clone()
                },
                name: p.name.clone(),
                target: p.target,
                stance: p.stance.as_str(),
            }
        })
        .collect();
    let rows = people
        .iter()
        .map(|p| StakeholderRow {
            id: p.key.clone(),
            cue_name: p.cue_from.as_ref().and_then(|c| names.get(c)).cloned().unwrap_or_default(),
            s: p.clone(),
        })
        .collect();
    let relation_rows = relations
        .iter()
        .map(|r| {
            (
                names.get(&r.from).cloned().unwrap_or_default(),
                r.kind.as_str(),
                names.get(&r.to).cloned().unwrap_or_default(),
            )
        })
        .collect();
    let network = super::pictures::who_moves_whom(&page, &people, &relations);
    render(&PowerPage {
        page: page.with_org(ctx),
        network,
        project,
        rows,
        relations: relation_rows,
        leverage: map.leverage(),
        reach: map.reach().into_iter().filter(|r| r.steps > 0).collect(),
        opponents: map.opponents(),
        cycles: map.cycles(),
        dots,
        names,
        may_edit: ctx.may::<EditProjects>(),
        form,
        stances: Stance::ALL,
        kinds: RelationKind::ALL,
    })
}

pub async fn power(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadOrg>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProjectId)>,
) -> AppResult<Response> {
    power_page(&state, &ctx, &grant, page, id, FormView::new()).await
}

#[derive(Deserialize)]
pub struct NewStakeholder {
    #[serde(default)]
    name: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    influence: String,
    #[serde(default)]
    interest: String,
    #[serde(default)]
    stance: String,
    #[serde(default)]
    cue_from: String,
    #[serde(default)]
    target: Option<String>,
}

pub async fn add_stakeholder(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<EditProjects>,
    page: Page,
    Ids((_, project)): Ids<(OrgId, ProjectId)>,
    Form(f): Form<NewStakeholder>,
) -> AppResult<Response> {
    let read = grant.also::<ReadOrg>()?;
    let mut errors = ValidationErrors::new();
    let name = bounded_text(&mut errors, "name", &f.name, 120, true);
    let level = |errors: &mut ValidationErrors, field: &'static str, v: &str| match v.trim().parse::<u8>() {
        Ok(n) if (1..=5).contains(&n) => n,
        _ => {
            errors.add(field, "level-invalid");
            1
        }
    };
    let influence = level(&mut errors, "influence", &f.influence);
    let interest = level(&mut errors, "interest", &f.interest);
    let stance = Stance::parse(&f.stance).unwrap_or_else(|| {
        errors.add("stance", "stance-invalid");
        Stance::Neutral
    });
    let kind = if f.kind == "person" { StakeholderKind::Person } else { StakeholderKind::Institution };
    let cue_from = match f.cue_from.trim() {
        "" => None,
        raw => {
            let on_map = state.store().stakeholders(&read, project).await?.iter().any(|s| s.id.to_string() == raw);
            if !on_map {
                errors.add("cue_from", "stakeholder-unknown");
            }
            Some(raw.to_string())
        }
    };
    if !errors.is_empty() {
        let form = FormView::new()
            .with_value("name", f.name.chars().take(200).collect::<String>())
            .with_errors(&page.tr, &errors);
        return with_status(
            power_page(&state, &ctx, &read, page, project, form).await?,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let s = Stakeholder {
        key: String::new(),
        name,
        kind,
        influence,
        interest,
        stance,
        cue_from,
        target: f.target.is_some(),
    };
    let json = serde_json::to_string(&s).map_err(|e| AppError::Internal(e.to_string()))?;
    state.store().add_stakeholder(&grant, project, &json, state.now()).await?;
    Ok(see_other(&format!("/orgs/{}/projects/{project}/power", ctx.org.id)))
}

#[derive(Deserialize)]
pub struct NewRelation {
    #[serde(default)]
    from: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    to: String,
}

pub async fn add_relation(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<EditProjects>,
    page: Page,
    Ids((_, project)): Ids<(OrgId, ProjectId)>,
    Form(f): Form<NewRelation>,
) -> AppResult<Response> {
    let mut errors = ValidationErrors::new();
    let from = f.from.parse::<StakeholderId>().ok();
    let to = f.to.parse::<StakeholderId>().ok();
    let kind = RelationKind::parse(&f.kind);
    if from.is_none() {
        errors.add("from", "stakeholder-unknown");
    }
    if to.is_none() || (from.is_some() && from == to) {
        errors.add("to", "relation-same");
    }
    if kind.is_none() {
        errors.add("kind", "relation-kind-invalid");
    }
    let (Some(from), Some(to), Some(kind), true) = (from, to, kind, errors.is_empty()) else {
        let form = FormView::new().with_errors(&page.tr, &errors);
        let read = grant.also::<ReadOrg>()?;
        return with_status(
            power_page(&state, &ctx, &read, page, project, form).await?,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    state.store().add_relation(&grant, project, from, to, kind.as_str(), state.now()).await?;
    Ok(see_other(&format!("/orgs/{}/projects/{project}/power", ctx.org.id)))
}

pub async fn remove_stakeholder(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<EditProjects>,
    Ids((_, project, stakeholder)): Ids<(OrgId, ProjectId, StakeholderId)>,
) -> AppResult<Response> {
    state.store().remove_stakeholder(&grant, project, stakeholder, state.now()).await?;
    Ok(see_other(&format!("/orgs/{}/projects/{project}/power", ctx.org.id)))
}
