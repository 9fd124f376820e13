//! Indicators: the list with how each stands, the form that defines one (tied to a plan's
//! objective and to framework items), and one indicator's chart, table and hand-entered values.

use crate::http::authz::{Authorised, Ids, OrgContext};
use crate::http::error::AppResult;
use crate::http::forms::{FormPairs, FormView};
use crate::http::page::{render, Page};
use crate::http::state::AppState;
use crate::http::{see_other, with_status};
use crate::measure::activities::kept;
use crate::measure::{charts, today};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use bridges_app::measure::indicators;

use bridges_app::measure::IndicatorView;
use bridges_domain::measure::{ActivityKind, Disaggregation, IndicatorSource};
use bridges_domain::policy::{DefineIndicators, ReadMeasures, ReadOrg, RecordMeasures};
use bridges_domain::{IndicatorId, OrgId, ProgrammeId, ProjectId};
use bridges_measure::PeriodKind;
use bridges_plan::Objective;
use bridges_store::Grant;

/// A choice of objective in the form: the project and the objective's text.
pub struct ObjectiveChoice {
    pub project: ProjectId,
    pub id: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "measure/indicators.html")]
struct IndicatorsPage {
    page: Page,
    views: Vec<IndicatorView>,
    objectives: Vec<ObjectiveChoice>,
    projects: Vec<(ProjectId, String)>,
    programmes: Vec<(ProgrammeId, String)>,
    sources: &'static [IndicatorSource],
    kinds: &'static [ActivityKind],
    periods: [PeriodKind; 3],
    breakdowns: &'static [Disaggregation],
    may_define: bool,
    /// The framework item the list is narrowed to, if any.
    framework: String,
    template_sets: Vec<&'static str>,
    /// The scores of the organisation's surveys an indicator can read: ("survey-id/score", label).
    survey_scores: Vec<(String, String)>,
    /// The needs a count of referrals can be narrowed to.
    needs: Vec<crate::signpost::public::Choice>,
    form: FormView,
}

impl IndicatorsPage {
    fn latest(&self, view: &IndicatorView) -> String {
        charts::shown(&self.page, view.latest.as_ref().and_then(|p| p.value.as_ref()))
    }
    fn number(&self, value: &Option<f64>) -> String {
        value.map(bridges_measure::format_number).unwrap_or_else(|| "–".to_string())
    }
}

async fn indicators_page(
    state: &AppState,
    ctx: &OrgContext,
    grant: &Grant<ReadMeasures>,
    page: Page,
    form: FormView,
    filter: String,
) -> AppResult<Response> {
    let reader = bridges_app::measure::Reader::of(state.services(), grant).await?;
    let mut views = indicators::views(state.services(), grant, reader, None, today(state, ctx)).await?;
    if !filter.is_empty() {
        views.retain(|v| v.indicator.definition.frameworks.contains(&filter));
    }
    let read = grant.also::<ReadOrg>()?;
    let projects = state.store().projects(&read).await?;
    let mut objectives = Vec::new();
    for p in &projects {
        for (id, o) in bridges_app::plan::load_register::<Objective>(state.services(), &read, p.id).await? {
            objectives.push(ObjectiveChoice { project: p.id, id, label: format!("{} – {}", p.title, o.text) });
        }
    }
    let programmes = state.store().programmes(&read).await?.into_iter().map(|p| (p.id, p.name)).collect();
    let language = crate::measure::survey_form::language_of_page(&page);
    let mut survey_scores = Vec::new();
    for (survey, _) in bridges_app::measure::surveys::list(state.services(), grant).await? {
        let default = survey.form.default_language.clone();
        for score in &survey.form.scores {
            let label = format!("{} – {}", survey.survey.title, score.label.get(&language, default.as_deref()));
            survey_scores.push((format!("{}/{}", survey.survey.id, score.name), label));
        }
    }
    let needs = crate::signpost::public::need_choices(&page.tr, form.value("need"));
    render(&IndicatorsPage {
        page: page.with_org(ctx),
        views,
        objectives,
        projects: projects.into_iter().map(|p| (p.id, p.title)).collect(),
        programmes,
        sources: IndicatorSource::ALL,
        kinds: ActivityKind::ALL,
        periods: PeriodKind::ALL,
        breakdowns: Disaggregation::ALL,
        may_define: ctx.may::<DefineIndicators>(),
        framework: filter,
        template_sets: bridges_app::measure::templates::SETS.iter().map(|(id, _)| *id).collect(),
        survey_scores,
        needs,
        form,
    })
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct FrameworkQuery {
    /// A framework item (`framework:item`): only the indicators that measure it.
    #[serde(default)]
    pub framework: String,
}

pub async fn list(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadMeasures>,
    page: Page,
    axum::extract::Query(q): axum::extract::Query<FrameworkQuery>,
) -> AppResult<Response> {
    let framework = q.framework.trim().chars().take(120).collect::<String>();
    indicators_page(&state, &ctx, &grant, page, FormView::new(), framework).await
}

pub async fn define(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<DefineIndicators>,
    page: Page,
    form: FormPairs,
) -> AppResult<Response> {
    // The objective's choice carries its project: "project-id/objective-id".
    let (project, objective) = match form.first("objective").split_once('/') {
        Some((p, o)) => (p.to_string(), o.to_string()),
        None => (form.first("project"), String::new()),
    };
    // A survey's score is chosen as "survey-id/score".
    let survey_score = form.first("survey_score");
    let (survey, score) = survey_score.split_once('/').unwrap_or(("", ""));
    let get = |k: &str| match k {
        "project" => project.clone(),
        "objective" => objective.clone(),
        "survey" => survey.to_string(),
        "score" => score.to_string(),
        // The form labels the indicator's name "title": "name" is a person's name on every form.
        "name" => form.first("title"),
        _ => form.first(k),
    };
    let errors = match indicators::parse_definition(get) {
        Ok(definition) => match indicators::define(state.services(), &grant, &definition).await {
            Ok(id) => return Ok(see_other(&format!("/orgs/{}/measure/indicators/{id}", ctx.org.id))),
            Err(bridges_app::Error::Code(bridges_domain::ErrorCode::NotFound)) => {
                bridges_domain::ValidationErrors::single("objective", "not-found")
            }
            Err(e) => return Err(e.into()),
        },
        Err(errors) => errors,
    };
    let mut named = bridges_domain::ValidationErrors::new();
    for e in errors.iter() {
        named.add(if e.field == "name" { "title" } else { e.field }, e.code);
    }
    // The form's fields are the definition's, with the name asked as "title".
    let form_fields: Vec<&'static str> = indicators::FIELDS
        .iter()
        .map(|f| if *f == "name" { "title" } else { *f })
        .chain(["survey_score", "group"])
        .collect();
    let view = kept(&form, &form_fields).with_errors(&page.tr, &named);
    let read = grant.also::<ReadMeasures>()?;
    with_status(
        indicators_page(&state, &ctx, &read, page, view, String::new()).await?,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}

/// Defines a set of indicators from templates, named in the member's language.
pub async fn start_from_templates(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<DefineIndicators>,
    page: Page,
    form: FormPairs,
) -> AppResult<Response> {
    let project = crate::measure::dashboard::ProjectQuery { project: form.first("project") }.project()?;
    let set = form.first("set");
    bridges_app::measure::templates::start_from(state.services(), &grant, &set, project, |key| page.t(key)).await?;
    Ok(see_other(&format!("/orgs/{}/measure/indicators", ctx.org.id)))
}

#[derive(Template)]
#[template(path = "measure/indicator.html")]
struct IndicatorPage {
    page: Page,
    view: IndicatorView,
    may_record: bool,
    form: FormView,
}

impl IndicatorPage {
    fn chart(&self) -> String {
        charts::chart(&self.page, &self.view, 720, 280)
    }
    fn summary(&self) -> String {
        charts::summary(&self.page, &self.view)
    }
    fn shown(&self, value: &Option<bridges_measure::Shown>) -> String {
        charts::shown(&self.page, value.as_ref())
    }
    fn shown_cell(&self, value: &bridges_measure::Shown) -> String {
        charts::shown(&self.page, Some(value))
    }
    fn number(&self, value: &Option<f64>) -> String {
        value.map(bridges_measure::format_number).unwrap_or_else(|| "–".to_string())
    }
    fn groups(&self) -> &'static [&'static str] {
        self.view.indicator.definition.disaggregation.groups()
    }
    fn percent(&self, progress: &f64) -> String {
        format!("{}%", bridges_measure::format_number((progress * 100.0).round()))
    }
    fn manual(&self) -> bool {
        self.view.indicator.definition.source == IndicatorSource::Manual
    }
}

async fn indicator_page(
    state: &AppState,
    ctx: &OrgContext,
    grant: &Grant<ReadMeasures>,
    page: Page,
    id: IndicatorId,
    form: FormView,
) -> AppResult<Response> {
    let day = today(state, ctx);
    let view = indicators::one(state.services(), grant, id, day).await?;
    let form = if form.value("period").is_empty() {
        let previous = bridges_measure::Period::containing(view.kind, day).prev();
        form.with_value("period", previous.label())
    } else {
        form
    };
    render(&IndicatorPage { page: page.with_org(ctx), view, may_record: ctx.may::<RecordMeasures>(), form })
}

pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadMeasures>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, IndicatorId)>,
) -> AppResult<Response> {
    indicator_page(&state, &ctx, &grant, page, id, FormView::new()).await
}

pub async fn record_value(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RecordMeasures>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, IndicatorId)>,
    form: FormPairs,
) -> AppResult<Response> {
    let result = indicators::record_value(
        state.services(),
        &grant,
        id,
        &form.first("period"),
        &form.first("value"),
        &form.first("evidence"),
    )
    .await;
    match result {
        Ok(()) => Ok(see_other(&format!("/orgs/{}/measure/indicators/{id}", ctx.org.id))),
        Err(bridges_app::Error::Invalid(errors)) => {
            let view = kept(&form, &["period", "value", "evidence"]).with_errors(&page.tr, &errors);
            let read = grant.also::<ReadMeasures>()?;
            with_status(indicator_page(&state, &ctx, &read, page, id, view).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e) => Err(e.into()),
    }
}
