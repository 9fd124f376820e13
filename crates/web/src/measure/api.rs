//! Measure over JSON: indicators with baseline, target and latest actual (and the objective each
//! serves), their series, values entered by hand, activities, advice contacts and reviews. The same
//! parsers as the pages, so both accept and refuse the same input.

use crate::connect::api::text_of;
use crate::http::authz::{Authorised, Ids};
use crate::http::dto::Problem;
use crate::http::error::{AppError, AppResult};
use crate::http::state::AppState;
use crate::learn::practices_api::CreatedDto;
use crate::measure::today;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use bridges_app::measure::{self, activities, advice, indicators, IndicatorView};
use bridges_domain::policy::{DefineIndicators, LogActivities, ReadMeasures, RecordAdvice, RecordMeasures};
use bridges_domain::{IndicatorId, OrgId};
use bridges_measure::Shown;
use bridges_store::{Scope, StoredActivity};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use utoipa::ToSchema;

/// A number as the reader may see it: `value` when shown, or `fewer_than` when it counts too few
/// people to show (`hidden` when it could be worked out from others).
#[derive(Debug, Serialize, ToSchema)]
pub struct ShownDto {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fewer_than: Option<u32>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
}

pub(crate) fn shown(s: &Shown) -> ShownDto {
    match s {
        Shown::Exact { value } => ShownDto { value: Some(*value), fewer_than: None, hidden: false },
        Shown::FewerThan { k } => ShownDto { value: None, fewer_than: Some(*k), hidden: false },
        Shown::Hidden => ShownDto { value: None, fewer_than: None, hidden: true },
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PointDto {
    /// "2026-03", "2026-Q1" or "2026".
    pub period: String,
    pub value: Option<ShownDto>,
    /// How many people the value comes from, where it counts people.
    pub n: Option<ShownDto>,
    /// The value by group ("arriving", "women", "18-25"…), when the indicator is broken down.
    pub breakdown: HashMap<String, ShownDto>,
    pub evidence: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct IndicatorDto {
    pub id: uuid::Uuid,
    pub name: String,
    pub unit: String,
    /// "up" (more is better) or "down".
    pub direction: String,
    pub source: String,
    pub activity_kind: Option<String>,
    pub programme: Option<uuid::Uuid>,
    pub project: Option<uuid::Uuid>,
    /// The id of the plan's objective it serves.
    pub objective: Option<uuid::Uuid>,
    pub baseline: Option<f64>,
    pub baseline_on: Option<String>,
    pub target: Option<f64>,
    pub target_on: Option<String>,
    pub period: String,
    pub disaggregation: String,
    pub frameworks: Vec<String>,
    /// For a survey score: the survey, the score's name and the community ("arriving" or
    /// "receiving"; everyone when empty).
    pub survey: Option<uuid::Uuid>,
    pub score: Option<String>,
    pub group: Option<String>,
    /// The last complete period's value (the current one's when none is complete).
    pub actual: Option<PointDto>,
    /// "achieved", "on-track", "off-track", "no-target", "no-data" or "stale".
    pub status: String,
    /// The share of the way from baseline to target reached (1 = target).
    pub progress: Option<f64>,
    /// Every period of its window, oldest first (only when one indicator is asked for).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub series: Option<Vec<PointDto>>,
}

fn point(p: &measure::Point) -> PointDto {
    PointDto {
        period: p.period.label(),
        value: p.value.as_ref().map(shown),
        n: p.n.as_ref().map(shown),
        breakdown: p.breakdown.iter().map(|(g, s)| (g.to_string(), shown(s))).collect(),
        evidence: p.evidence.clone(),
    }
}

fn indicator_dto(v: &IndicatorView, with_series: bool) -> IndicatorDto {
    let d = &v.indicator.definition;
    IndicatorDto {
        id: v.indicator.id.as_uuid(),
        name: d.name.clone(),
        unit: d.unit.clone(),
        direction: d.direction.clone(),
        source: d.source.as_str().to_string(),
        activity_kind: d.activity_kind.map(|k| k.as_str().to_string()),
        programme: d.programme.map(|p| p.as_uuid()),
        project: d.project.map(|p| p.as_uuid()),
        objective: d.objective,
        baseline: d.baseline,
        baseline_on: d.baseline_on.map(|d| d.to_string()),
        target: d.target,
        target_on: d.target_on.map(|d| d.to_string()),
        period: d.period.clone(),
        disaggregation: d.disaggregation.as_str().to_string(),
        frameworks: d.frameworks.clone(),
        survey: d.survey.as_ref().map(|m| m.survey.as_uuid()),
        score: d.survey.as_ref().map(|m| m.score.clone()),
        group: d.survey.as_ref().and_then(|m| m.group.clone()),
        actual: v.latest.as_ref().map(point),
        status: v.status.as_str().to_string(),
        progress: v.progress,
        series: with_series.then(|| v.points.iter().map(point).collect()),
    }
}

/// The organisation's indicators, each with its baseline, target, latest actual and status.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/indicators", params(("org" = uuid::Uuid, Path)),
    responses((status = 200, body = [IndicatorDto]), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn list_indicators(
    State(state): State<AppState>,
    authorised: Authorised<ReadMeasures>,
) -> AppResult<Json<Vec<IndicatorDto>>> {
    let Authorised { ctx, grant } = authorised;
    let reader = measure::Reader::of(state.services(), &grant).await?;
    let views = indicators::views(state.services(), &grant, reader, None, today(&state, &ctx)).await?;
    Ok(Json(views.iter().map(|v| indicator_dto(v, false)).collect()))
}

/// One indicator with its series.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/indicators/{id}",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)),
    responses((status = 200, body = IndicatorDto), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn read_indicator(
    State(state): State<AppState>,
    authorised: Authorised<ReadMeasures>,
    ids: Ids<(OrgId, IndicatorId)>,
) -> AppResult<Json<IndicatorDto>> {
    let Authorised { ctx, grant } = authorised;
    let Ids((_, id)) = ids;
    let view = indicators::one(state.services(), &grant, id, today(&state, &ctx)).await?;
    Ok(Json(indicator_dto(&view, true)))
}

fn fields(body: &HashMap<String, serde_json::Value>) -> impl Fn(&str) -> String + '_ {
    |k: &str| body.get(k).map(text_of).unwrap_or_default()
}

/// Defines an indicator. The body has the form's fields: `name`, `unit`, `direction`, `source`
/// (`manual`, `activities`, `attendance`, `volunteer-hours`, `languages`, `people-advised`,
/// `advice-occasions`, `check-ins`, `contact-hours`, `contact-quality`), `activity_kind`,
/// `programme`, `project`, `objective`, `baseline`, `baseline_on`, `target`, `target_on`,
/// `period` (`month`, `quarter`, `year`), `disaggregation`, `frameworks` (comma-separated).
#[utoipa::path(post, path = "/api/v1/orgs/{org}/indicators", params(("org" = uuid::Uuid, Path)), request_body = Object,
    responses((status = 201, body = CreatedDto), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn define_indicator(
    State(state): State<AppState>,
    authorised: Authorised<DefineIndicators>,
    Json(body): Json<HashMap<String, serde_json::Value>>,
) -> AppResult<(StatusCode, Json<CreatedDto>)> {
    let Authorised { grant, .. } = authorised;
    let definition = indicators::parse_definition(fields(&body)).map_err(AppError::Invalid)?;
    let id = indicators::define(state.services(), &grant, &definition).await?;
    Ok((StatusCode::CREATED, Json(CreatedDto { id: id.as_uuid() })))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ValueBody {
    pub value: serde_json::Value,
    #[serde(default)]
    pub evidence: String,
}

/// Enters (or corrects) a manual indicator's value for one period, with a note of its evidence.
#[utoipa::path(put, path = "/api/v1/orgs/{org}/indicators/{id}/values/{period}",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path), ("period" = String, Path)), request_body = ValueBody,
    responses((status = 204), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn record_value(
    State(state): State<AppState>,
    authorised: Authorised<RecordMeasures>,
    ids: Ids<(OrgId, IndicatorId, String)>,
    Json(body): Json<ValueBody>,
) -> AppResult<StatusCode> {
    let Authorised { grant, .. } = authorised;
    let Ids((_, id, period)) = ids;
    indicators::record_value(state.services(), &grant, id, &period, &text_of(&body.value), &body.evidence).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ActivityDto {
    pub id: uuid::Uuid,
    pub date: String,
    pub time: String,
    pub kind: String,
    pub title: String,
    pub minutes: u32,
    pub place: String,
    pub project: Option<uuid::Uuid>,
    pub programme: Option<uuid::Uuid>,
    pub topics: Vec<String>,
    pub languages: Vec<String>,
    pub attendees: u32,
    pub volunteers: u32,
    pub volunteer_hours: f64,
}

fn activity_dto(a: &StoredActivity) -> ActivityDto {
    let x = &a.activity;
    ActivityDto {
        id: a.id.as_uuid(),
        date: x.occurred_on.to_string(),
        time: x.starts_at.clone(),
        kind: x.kind.as_str().to_string(),
        title: x.title.clone(),
        minutes: x.minutes,
        place: x.place.clone(),
        project: x.project.map(|p| p.as_uuid()),
        programme: x.programme.map(|p| p.as_uuid()),
        topics: x.topics.clone(),
        languages: x.languages.clone(),
        attendees: x.counts.attendees,
        volunteers: x.counts.volunteers,
        volunteer_hours: f64::from(x.counts.volunteer_minutes) / 60.0,
    }
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ActivitiesQuery {
    /// How many to skip, newest first.
    #[serde(default)]
    #[param(minimum = 0, maximum = 10000000)]
    pub offset: u64,
    /// How many at most (default 100).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<u64>,
}

/// The furthest a page of the log may start.
const MAX_OFFSET: u64 = 10_000_000;

/// The activity log, newest first.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/activities", params(("org" = uuid::Uuid, Path), ActivitiesQuery),
    responses((status = 200, body = [ActivityDto]), (status = 400, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn list_activities(
    State(state): State<AppState>,
    authorised: Authorised<ReadMeasures>,
    Query(q): Query<ActivitiesQuery>,
) -> AppResult<Json<Vec<ActivityDto>>> {
    let Authorised { grant, .. } = authorised;
    let scope = Scope::whole_log(None);
    let limit = q.limit.unwrap_or(100);
    let mut errors = bridges_domain::ValidationErrors::new();
    if q.offset > MAX_OFFSET {
        errors.add("offset", "number-invalid");
    }
    if !(1..=500).contains(&limit) {
        errors.add("limit", "number-invalid");
    }
    errors.into_result().map_err(AppError::Invalid)?;
    let (rows, _) = activities::list(state.services(), &grant, scope, q.offset, limit).await?;
    Ok(Json(rows.iter().map(activity_dto).collect()))
}

/// Logs an activity. The body has the form's fields (`date`, `time`, `kind`, `title`, `minutes`,
/// `place`, `project`, `topics`, `languages`, `attendees`, `arriving`, `receiving`, `women`, `men`,
/// `gender_another`, `age_under_18`, `age_18_25`, `age_26_64`, `age_65_plus`, `volunteers`,
/// `volunteer_hours`, `notes`, `programme`).
#[utoipa::path(post, path = "/api/v1/orgs/{org}/activities", params(("org" = uuid::Uuid, Path)), request_body = Object,
    responses((status = 201, body = CreatedDto), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn log_activity(
    State(state): State<AppState>,
    authorised: Authorised<LogActivities>,
    Json(body): Json<HashMap<String, serde_json::Value>>,
) -> AppResult<(StatusCode, Json<CreatedDto>)> {
    let Authorised { grant, .. } = authorised;
    let activity = activities::parse_activity_by_ids(fields(&body)).map_err(AppError::Invalid)?;
    let ids = activities::log(state.services(), &grant, &[activity]).await?;
    let id = ids.first().map(|i| i.as_uuid()).unwrap_or_default();
    Ok((StatusCode::CREATED, Json(CreatedDto { id })))
}

/// Records an advice contact: `client` (the pseudonymous reference staff know the person by),
/// `date`, `topic`, `outcome` (`resolved`, `ongoing`, `referred`, `closed`), `referral`,
/// `follow_up`, `notes`.
#[utoipa::path(post, path = "/api/v1/orgs/{org}/advice", params(("org" = uuid::Uuid, Path)), request_body = Object,
    responses((status = 201, body = CreatedDto), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn record_advice(
    State(state): State<AppState>,
    authorised: Authorised<RecordAdvice>,
    Json(body): Json<HashMap<String, serde_json::Value>>,
) -> AppResult<(StatusCode, Json<CreatedDto>)> {
    let Authorised { grant, .. } = authorised;
    let contact = advice::parse_advice(fields(&body), None).map_err(AppError::Invalid)?;
    let (id, _) = advice::record(state.services(), &grant, &contact).await?;
    Ok((StatusCode::CREATED, Json(CreatedDto { id: id.as_uuid() })))
}

/// Records a review: `held_on`, `concluded`, `decided`, `next_on`, and optionally `project`.
#[utoipa::path(post, path = "/api/v1/orgs/{org}/reviews", params(("org" = uuid::Uuid, Path)), request_body = Object,
    responses((status = 201, body = CreatedDto), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn record_review(
    State(state): State<AppState>,
    authorised: Authorised<RecordMeasures>,
    Json(body): Json<HashMap<String, serde_json::Value>>,
) -> AppResult<(StatusCode, Json<CreatedDto>)> {
    let Authorised { grant, .. } = authorised;
    let get = fields(&body);
    let mut errors = bridges_domain::ValidationErrors::new();
    let project = measure::optional_id(&mut errors, "project", &get("project"));
    errors.into_result().map_err(AppError::Invalid)?;
    let review = measure::parse_review(get, project).map_err(AppError::Invalid)?;
    let id = measure::record_review(state.services(), &grant, &review).await?;
    Ok((StatusCode::CREATED, Json(CreatedDto { id: id.as_uuid() })))
}

#[derive(utoipa::OpenApi)]
#[openapi(
    paths(
        list_indicators,
        read_indicator,
        define_indicator,
        record_value,
        list_activities,
        log_activity,
        record_advice,
        record_review,
        crate::measure::survey_api::list_surveys,
        crate::measure::survey_api::create_survey,
        crate::measure::survey_api::read_survey,
        crate::measure::survey_api::survey_results,
        crate::measure::survey_api::record_response,
        crate::measure::survey_api::list_responses
    ),
    components(schemas(
        crate::measure::survey_api::SurveyDto,
        crate::measure::survey_api::ResponseDto,
        IndicatorDto,
        PointDto,
        ShownDto,
        ValueBody,
        ActivityDto,
        CreatedDto
    ))
)]
pub struct MeasureApi;
