//! Surveys over JSON: list and read them (with their XLSForm-model form), make one from the
//! ready-made instruments, record a response as staff typing in a paper form would, read the
//! responses (audited) and the results by community or wave. The same checks as the pages: an
//! answer is refused with its question named.

use crate::http::authz::{Authorised, Ids};
use crate::http::dto::{refused, Problem, ProblemFieldError};
use crate::http::error::{AppError, AppResult};
use crate::http::i18n::Locale;
use crate::http::state::AppState;
use crate::learn::practices_api::CreatedDto;
use crate::measure::today;
use axum::extract::{OriginalUri, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use bridges_app::measure::surveys::{self, FormCounts, SurveyView};
use bridges_domain::policy::{DefineIndicators, ReadMeasures, RecordMeasures};
use bridges_domain::{OrgId, SurveyId};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use utoipa::ToSchema;

/// A survey as the API lists it.
#[derive(Debug, Serialize, ToSchema)]
pub struct SurveyDto {
    pub id: uuid::Uuid,
    pub title: String,
    /// "open" or "closed".
    pub status: String,
    /// How many responses it holds (below staff, "fewer than k" rather than a small number).
    pub responses: crate::measure::api::ShownDto,
    pub questions: usize,
    pub choices: usize,
    pub languages: Vec<String>,
    pub waves: bool,
    pub invitation_only: bool,
    /// The whole form (questions, choice lists, translations, scores), when one survey is read.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub form: Option<serde_json::Value>,
}

fn survey_dto(v: SurveyView, responses: bridges_measure::Shown, with_form: bool) -> SurveyDto {
    let counts = FormCounts::of(&v.form);
    SurveyDto {
        id: v.survey.id.as_uuid(),
        title: v.survey.title,
        status: v.survey.status,
        waves: v.survey.waves,
        invitation_only: v.survey.invitation_only,
        responses: crate::measure::api::shown(&responses),
        questions: counts.questions,
        choices: counts.choices,
        languages: v.form.languages.iter().map(|l| l.name.clone()).collect(),
        form: with_form.then(|| serde_json::to_value(&v.form).unwrap_or_default()),
    }
}

/// The organisation's surveys, newest first.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/surveys", params(("org" = uuid::Uuid, Path)),
    responses((status = 200, body = [SurveyDto]), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn list_surveys(
    State(state): State<AppState>,
    authorised: Authorised<ReadMeasures>,
) -> AppResult<Json<Vec<SurveyDto>>> {
    let Authorised { grant, .. } = authorised;
    let list = surveys::list(state.services(), &grant).await?;
    Ok(Json(list.into_iter().map(|(v, n)| survey_dto(v, n, false)).collect()))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ResultsQuery {
    /// "all" (everyone together), "community" (arriving and receiving) or "wave" (before and after).
    #[serde(default)]
    by: String,
    /// The first day of responses counted (YYYY-MM-DD).
    from: Option<chrono::NaiveDate>,
    /// The last day of responses counted (YYYY-MM-DD).
    to: Option<chrono::NaiveDate>,
}

/// A survey's results: per score and question and per group, `n`, the mean with its 95% interval
/// (or choices' counts with Wilson intervals), the difference between groups, the share at a
/// score's level of concern, the perception gap and the paired change. A cell of fewer than the
/// organisation's k people is `{"suppressed": true, "k": k}` with no number.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/surveys/{id}/results",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path), ResultsQuery),
    responses((status = 200, body = Object), (status = 400, body = Problem, content_type = "application/problem+json"),
    (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn survey_results(
    State(state): State<AppState>,
    authorised: Authorised<ReadMeasures>,
    ids: Ids<(OrgId, SurveyId)>,
    Query(q): Query<ResultsQuery>,
) -> AppResult<Json<surveys::Results>> {
    let Authorised { grant, .. } = authorised;
    let Ids((_, id)) = ids;
    let by = surveys::By::parse(&q.by)
        .ok_or_else(|| AppError::Invalid(bridges_domain::ValidationErrors::single("by", "survey-by-invalid")))?;
    let (_, results) = surveys::results::read(state.services(), &grant, id, by, q.from, q.to).await?;
    Ok(Json(results))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct NewSurveyBody {
    pub title: Option<String>,
    /// The ready-made questionnaires, in the order to ask them: contact, thermometer, who5,
    /// perceived, belonging.
    pub instruments: Vec<String>,
    pub project: Option<uuid::Uuid>,
    #[serde(default)]
    pub waves: bool,
    #[serde(default)]
    pub invitation_only: bool,
}

/// Makes a survey of ready-made questionnaires, each in English, French, Italian and Arabic.
#[utoipa::path(post, path = "/api/v1/orgs/{org}/surveys", params(("org" = uuid::Uuid, Path)), request_body = NewSurveyBody,
    responses((status = 201, body = CreatedDto), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn create_survey(
    State(state): State<AppState>,
    authorised: Authorised<DefineIndicators>,
    Json(body): Json<NewSurveyBody>,
) -> AppResult<(StatusCode, Json<CreatedDto>)> {
    let Authorised { grant, .. } = authorised;
    let fields: HashMap<&str, String> = [
        ("title", body.title.unwrap_or_default()),
        ("project", body.project.map(|p| p.to_string()).unwrap_or_default()),
        ("waves", body.waves.to_string()),
        ("invitation_only", body.invitation_only.to_string()),
    ]
    .into_iter()
    .collect();
    let options =
        surveys::parse_options(|k| fields.get(k).cloned().unwrap_or_default(), false).map_err(AppError::Invalid)?;
    let id = surveys::from_instruments(state.services(), &grant, &body.instruments, &options).await?;
    Ok((StatusCode::CREATED, Json(CreatedDto { id: id.as_uuid() })))
}

/// One survey with its whole form.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/surveys/{id}",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)),
    responses((status = 200, body = SurveyDto), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn read_survey(
    State(state): State<AppState>,
    authorised: Authorised<ReadMeasures>,
    ids: Ids<(OrgId, SurveyId)>,
) -> AppResult<Json<SurveyDto>> {
    let Authorised { grant, .. } = authorised;
    let Ids((_, id)) = ids;
    let survey = surveys::one(state.services(), &grant, id).await?;
    let n = surveys::responses_held(state.services(), &grant, id).await?;
    Ok(Json(survey_dto(survey, n, true)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ResponseBody {
    /// Question name to answer, as ODK writes them (a select-multiple's choices separated by
    /// spaces, dates as YYYY-MM-DD).
    pub answers: BTreeMap<String, String>,
    /// "before" or "after", when the survey compares them.
    pub wave: Option<String>,
    /// The respondent's own code, to pair their before and after.
    pub respondent: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AddedDto {
    pub added: u64,
}

/// Records one response, as staff typing in a paper form. An answer that is not accepted is named
/// in `errors` as `answers.<question>`.
#[utoipa::path(post, path = "/api/v1/orgs/{org}/surveys/{id}/responses",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)), request_body = ResponseBody,
    responses((status = 201, body = AddedDto), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn record_response(
    State(state): State<AppState>,
    authorised: Authorised<RecordMeasures>,
    ids: Ids<(OrgId, SurveyId)>,
    Locale(tr): Locale,
    OriginalUri(uri): OriginalUri,
    Json(body): Json<ResponseBody>,
) -> AppResult<Response> {
    let Authorised { ctx, grant } = authorised;
    let Ids((_, id)) = ids;
    let survey = surveys::one(state.services(), &grant.also::<ReadMeasures>()?, id).await?;
    let checked = surveys::check_response(
        &survey,
        &body.answers,
        body.wave.as_deref().unwrap_or(""),
        body.respondent.as_deref().unwrap_or(""),
        today(&state, &ctx),
    );
    match checked {
        Ok(response) => {
            surveys::enter(state.services(), &grant, id, response).await?;
            Ok((StatusCode::CREATED, Json(AddedDto { added: 1 })).into_response())
        }
        Err(problems) => {
            // Questions are named by the form, not by the API: the problem document is made here.
            let error =
                |field: String, code: &str| ProblemFieldError { field, code: code.into(), detail: tr.error(code) };
            let errors = problems
                .answers
                .iter()
                .map(|p| error(format!("answers.{}", p.question), p.code))
                .chain(problems.fields.iter().map(|e| error(e.field.to_string(), e.code)))
                .collect();
            Ok(refused(&tr, uri.path(), bridges_domain::ErrorCode::InvalidInput, errors))
        }
    }
}

/// One response as staff read it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResponseDto {
    pub id: uuid::Uuid,
    pub submitted_on: String,
    /// "link", "staff" or "import".
    pub via: String,
    pub wave: Option<String>,
    /// Whether the respondent gave a code (the code itself is never kept).
    pub paired: bool,
    pub answers: BTreeMap<String, String>,
}

/// Every response, oldest first: personal data, so staff only, and written to the audit log.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/surveys/{id}/responses",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)),
    responses((status = 200, body = [ResponseDto]), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn list_responses(
    State(state): State<AppState>,
    authorised: Authorised<RecordMeasures>,
    ids: Ids<(OrgId, SurveyId)>,
) -> AppResult<Json<Vec<ResponseDto>>> {
    let Authorised { grant, .. } = authorised;
    let Ids((_, id)) = ids;
    let rows =
        state.store().responses(&grant, id, bridges_store::Reading::viewing("survey responses"), state.now()).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let answers = serde_json::from_str(r.answers.expose()).map_err(|e| AppError::Internal(e.to_string()))?;
        out.push(ResponseDto {
            id: r.id.as_uuid(),
            submitted_on: r.submitted_on.to_string(),
            via: r.via.as_str().to_string(),
            wave: r.wave,
            paired: r.paired,
            answers,
        });
    }
    Ok(Json(out))
}
