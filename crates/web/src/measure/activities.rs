//! The activity log: a quick form that works on a phone without JavaScript, the latest activities,
//! and the recurring sessions with their calendar.

use crate::http::authz::{Authorised, Ids, OrgContext};
use crate::http::error::AppResult;
use crate::http::forms::{FormPairs, FormView};
use crate::http::page::{render, Page};
use crate::http::state::AppState;
use crate::http::{see_other, with_status};
use crate::measure::dashboard::ProjectQuery;
use crate::measure::today;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use bridges_app::measure::activities::{self, FIELDS};
use bridges_domain::measure::ActivityKind;
use bridges_domain::policy::{DefineIndicators, LogActivities, ReadMeasures, ReadOrg};
use bridges_domain::{ActivityId, OrgId, ProjectId, ValidationErrors};
use bridges_store::{Grant, Scope, StoredActivity, StoredSeries};

/// How many activities one page of the log shows.
pub const PAGE_SIZE: u64 = 50;

#[derive(Template)]
#[template(path = "measure/activities.html")]
struct ActivitiesPage {
    page: Page,
    activities: Vec<StoredActivity>,
    total: u64,
    projects: Vec<(ProjectId, String)>,
    programmes: Vec<(bridges_domain::ProgrammeId, String)>,
    kinds: &'static [ActivityKind],
    /// Staff may take out any activity; a volunteer only their own.
    may_delete_any: bool,
    user: bridges_domain::UserId,
    form: FormView,
}

impl ActivitiesPage {
    fn hours(&self, minutes: &u32) -> String {
        bridges_measure::format_number(f64::from(*minutes) / 60.0)
    }
    fn may_delete(&self, a: &StoredActivity) -> bool {
        self.may_delete_any || a.recorded_by == self.user
    }
}

async fn activities_page(
    state: &AppState,
    ctx: &OrgContext,
    grant: &Grant<ReadMeasures>,
    page: Page,
    project: Option<ProjectId>,
    form: FormView,
) -> AppResult<Response> {
    let scope = Scope::whole_log(project);
    let (activities, total) = activities::list(state.services(), grant, scope, 0, PAGE_SIZE).await?;
    let read = grant.also::<ReadOrg>()?;
    let projects = state.store().projects(&read).await?.into_iter().map(|p| (p.id, p.title)).collect();
    let programmes = state.store().programmes(&read).await?.into_iter().map(|p| (p.id, p.name)).collect();
    let form = if form.value("date").is_empty() {
        form.with_value("date", today(state, ctx).format("%Y-%m-%d").to_string())
    } else {
        form
    };
    render(&ActivitiesPage {
        page: page.with_org(ctx),
        activities,
        total,
        projects,
        programmes,
        kinds: ActivityKind::ALL,
        may_delete_any: ctx.may::<bridges_domain::policy::RecordMeasures>(),
        user: ctx.current.user.id,
        form,
    })
}

pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadMeasures>,
    page: Page,
    Query(q): Query<ProjectQuery>,
) -> AppResult<Response> {
    activities_page(&state, &ctx, &grant, page, q.project()?, FormView::new()).await
}

/// The form's values, kept for a re-render (bounded, so a huge post does not come back).
pub fn kept(form: &FormPairs, fields: &[&'static str]) -> FormView {
    fields
        .iter()
        .fold(FormView::new(), |view, f| view.with_value(f, form.first(f).chars().take(4_000).collect::<String>()))
}

pub async fn log(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<LogActivities>,
    page: Page,
    form: FormPairs,
) -> AppResult<Response> {
    let errors = match activities::parse_activity_by_ids(|k| form.first(k)) {
        Ok(activity) => match activities::log(state.services(), &grant, std::slice::from_ref(&activity)).await {
            Ok(_) => return Ok(see_other(&format!("/orgs/{}/measure/activities?logged=1", ctx.org.id))),
            // The store found no such project or programme in the organisation.
            Err(bridges_app::Error::Code(bridges_domain::ErrorCode::NotFound)) => {
                let field = if activity.project.is_some() { "project" } else { "programme" };
                ValidationErrors::single(field, "not-found")
            }
            Err(e) => return Err(e.into()),
        },
        Err(errors) => errors,
    };
    let view = kept(&form, &FIELDS).with_errors(&page.tr, &errors);
    let read = grant.also::<ReadMeasures>()?;
    with_status(activities_page(&state, &ctx, &read, page, None, view).await?, StatusCode::UNPROCESSABLE_ENTITY)
}

pub async fn delete(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<LogActivities>,
    Ids((_, id)): Ids<(OrgId, ActivityId)>,
) -> AppResult<Response> {
    activities::delete(state.services(), &grant, id).await?;
    Ok(see_other(&format!("/orgs/{}/measure/activities", ctx.org.id)))
}

const SERIES_FIELDS: [&str; 9] =
    ["title", "place", "starts_on", "time", "duration_minutes", "every_weeks", "until", "languages", "project"];

#[derive(Template)]
#[template(path = "measure/series.html")]
struct SeriesPage {
    page: Page,
    series: Vec<StoredSeries>,
    may_define: bool,
    /// Whether the calendar has a public link.
    published: bool,
    /// The link just made, shown this once.
    link: Option<String>,
    form: FormView,
}

async fn series_page(
    state: &AppState,
    ctx: &OrgContext,
    grant: &Grant<ReadMeasures>,
    page: Page,
    form: FormView,
    link: Option<String>,
) -> AppResult<Response> {
    let series = bridges_app::measure::series(state.services(), grant, None).await?;
    let published = state.store().calendar_published(grant).await?;
    render(&SeriesPage {
        page: page.with_org(ctx),
        series,
        may_define: ctx.may::<DefineIndicators>(),
        published,
        link,
        form,
    })
}

/// Publishes the calendar at a new link, shown once; the link before stops working.
pub async fn publish_calendar(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<DefineIndicators>,
    page: Page,
) -> AppResult<Response> {
    let token = bridges_app::measure::publish_calendar(state.services(), &grant).await?;
    let link = format!("{}/calendars/{}", state.config().base_url(), token.as_str());
    let read = grant.also::<ReadMeasures>()?;
    series_page(&state, &ctx, &read, page, FormView::new(), Some(link)).await
}

/// The published calendar: anyone with the link, no account (calendar apps subscribe to it).
pub async fn published_calendar(
    State(state): State<AppState>,
    axum::extract::Path(token): axum::extract::Path<String>,
    Query(q): Query<ProjectQuery>,
) -> AppResult<Response> {
    let body = bridges_app::measure::published_calendar(state.services(), &token, q.project()?).await?;
    Ok(crate::measure::dashboard::download(body, "text/calendar; charset=utf-8", "sessions.ics"))
}

pub async fn series(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadMeasures>,
    page: Page,
) -> AppResult<Response> {
    series_page(&state, &ctx, &grant, page, FormView::new(), None).await
}

pub async fn define_series(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<DefineIndicators>,
    page: Page,
    form: FormPairs,
) -> AppResult<Response> {
    let project = ProjectQuery { project: form.first("project") }.project()?;
    match bridges_app::measure::parse_series(|k| form.first(k), project) {
        Ok(series) => {
            bridges_app::measure::define_series(state.services(), &grant, &series).await?;
            Ok(see_other(&format!("/orgs/{}/measure/series", ctx.org.id)))
        }
        Err(errors) => {
            let view = kept(&form, &SERIES_FIELDS).with_errors(&page.tr, &errors);
            let read = grant.also::<ReadMeasures>()?;
            with_status(series_page(&state, &ctx, &read, page, view, None).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}
