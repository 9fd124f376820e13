//! Referrals, for staff: refer someone to a service from its page, with their consent; follow each
//! referral through its steps; see which follow-ups are due. Over JSON too, with the same parsers.
//! Staff only: these pages say who was referred where.

use crate::http::authz::{Authorised, Ids, OrgContext};
use crate::http::dto::Problem;
use crate::http::error::{AppError, AppResult};
use crate::http::forms::{FormPairs, FormView};
use crate::http::i18n::Tr;
use crate::http::listing::ListParams;
use crate::http::page::{render, Page};
use crate::http::state::AppState;
use crate::http::{see_other, with_status};
use crate::learn::practices_api::CreatedDto;
use crate::measure::activities::kept;
use crate::measure::today;
use crate::signpost::public::{need_choices, need_label, Choice, Reading, ServiceView};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use bridges_app::signpost::referrals::{self, ReferralView, StepView};
use bridges_app::Error;
use bridges_domain::policy::RecordReferrals;
use bridges_domain::referral::{ConsentMethod, ReferralMode, ReferralOutcome, ReferralReason, ReferralStatus};
use bridges_domain::{OrgId, ReferralId};
use bridges_store::{Grant, ReferralFilter};
use serde::Serialize;
use std::collections::HashMap;
use utoipa::ToSchema;

const REFER_FIELDS: [&str; 8] =
    ["person", "need", "mode", "consent", "consent_method", "contact", "notes", "follow_up"];
const STEP_FIELDS: [&str; 5] = ["status", "outcome", "reason", "note", "follow_up"];

fn invalid(e: Error) -> Result<bridges_domain::ValidationErrors, AppError> {
    match e {
        Error::Invalid(errors) => Ok(errors),
        other => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "signpost/refer.html")]
struct ReferPage {
    page: Page,
    service: ServiceView,
    /// The participant referred, by name, when the team came from their page; else staff type an
    /// advice client's reference.
    participant: Option<(String, String)>,
    needs: Vec<Choice>,
    modes: &'static [ReferralMode],
    methods: &'static [ConsentMethod],
    form: FormView,
}

async fn refer_page(
    state: &AppState,
    grant: &Grant<RecordReferrals>,
    page: Page,
    service: ServiceView,
    form: FormView,
) -> AppResult<Response> {
    let participant = match uuid::Uuid::parse_str(form.value("participant")) {
        Ok(id) => {
            let id = bridges_domain::ParticipantId::from_uuid(id);
            Some((id.to_string(), referrals::participant_name(state.services(), grant, id).await?))
        }
        Err(_) => None,
    };
    let needs = need_choices(&page.tr, form.value("need"));
    let (modes, methods) = (ReferralMode::ALL, ConsentMethod::ALL);
    render(&ReferPage { page, service, participant, needs, modes, methods, form })
}

/// The form to refer someone to the service the path names: an advice client by reference, or
/// the participant the team is finding a service for.
pub async fn refer_form(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RecordReferrals>,
    at: Reading,
    page: Page,
) -> AppResult<Response> {
    let page = page.with_org(&ctx);
    let service = at.service(&state, &page.tr)?;
    let day = today(&state, &ctx);
    let follow_up = referrals::default_follow_up(ReferralStatus::Made, day).map(|d| d.to_string()).unwrap_or_default();
    let need = service.needs.first().cloned().unwrap_or_default();
    let form = FormView::new()
        .with_value("follow_up", follow_up)
        .with_value("mode", "signpost")
        .with_value("need", need)
        .with_value("participant", at.paths().person.clone());
    refer_page(&state, &grant, page, service, form).await
}

/// Makes the referral and shows it; a refused form comes back with its errors and what was typed.
pub async fn refer(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RecordReferrals>,
    at: Reading,
    page: Page,
    form: FormPairs,
) -> AppResult<Response> {
    let page = page.with_org(&ctx);
    let day = today(&state, &ctx);
    match referrals::refer(state.services(), &grant, |k| form.first(k), at.service_id()?, day).await {
        Ok(id) => Ok(see_other(&format!("/orgs/{}/signpost/referrals/{id}", ctx.org.id))),
        Err(e) => {
            let errors = invalid(e)?;
            let view = kept(&form, &REFER_FIELDS).with_errors(&page.tr, &errors);
            let service = at.service(&state, &page.tr)?;
            with_status(refer_page(&state, &grant, page, service, view).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

/// A referral as a list row or a page shows it, in the reader's words.
pub struct Row {
    pub view: ReferralView,
    pub need: String,
    pub made: String,
}

fn row(page: &Page, view: ReferralView) -> Row {
    let need = view.referral.need.as_deref().map(|n| need_label(&page.tr, n)).unwrap_or_default();
    let made = page.date(&view.referral.made_at);
    Row { view, need, made }
}

#[derive(Template)]
#[template(path = "signpost/referrals.html")]
struct ListPage {
    page: Page,
    due: bool,
    rows: Vec<Row>,
}

/// The organisation's referrals, newest first, or with `?due=1` those whose follow-up is due.
pub async fn list(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RecordReferrals>,
    page: Page,
    params: ListParams,
) -> AppResult<Response> {
    let page = page.with_org(&ctx);
    let due = params.is("due", "1");
    let participant =
        uuid::Uuid::parse_str(&params.get("participant")).ok().map(bridges_domain::ParticipantId::from_uuid);
    let filter = ReferralFilter { due_on: due.then(|| today(&state, &ctx)), participant, ..ReferralFilter::default() };
    let what = if due { "referral follow-ups" } else { "referrals" };
    let views = referrals::list(state.services(), &grant, what, filter).await?;
    let rows = views.into_iter().map(|v| row(&page, v)).collect();
    render(&ListPage { page, due, rows })
}

/// A step of the history as the page shows it.
pub struct Step {
    pub at: String,
    pub step: StepView,
}

#[derive(Template)]
#[template(path = "signpost/referral.html")]
struct ReferralPage {
    page: Page,
    referral: Row,
    steps: Vec<Step>,
    next: Vec<ReferralStatus>,
    outcomes: &'static [ReferralOutcome],
    reasons: &'static [ReferralReason],
    form: FormView,
}

async fn referral_page(
    state: &AppState,
    ctx: &OrgContext,
    grant: &Grant<RecordReferrals>,
    page: Page,
    id: ReferralId,
    form: FormView,
) -> AppResult<Response> {
    let page = page.with_org(ctx);
    let (view, steps) = referrals::one(state.services(), grant, id).await?;
    let next = view.referral.status.next();
    let referral = row(&page, view);
    let steps = steps.into_iter().map(|step| Step { at: page.date(&step.event.at), step }).collect();
    let outcomes = ReferralOutcome::ALL;
    let reasons = ReferralReason::ALL;
    render(&ReferralPage { page, referral, steps, next, outcomes, reasons, form })
}

pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RecordReferrals>,
    Ids((_, id)): Ids<(OrgId, ReferralId)>,
    page: Page,
) -> AppResult<Response> {
    referral_page(&state, &ctx, &grant, page, id, FormView::new()).await
}

/// Back to the referral once a change is made; else its page again, with the form `view` makes
/// of the errors.
async fn answered(
    (state, ctx, grant): (&AppState, &OrgContext, &Grant<RecordReferrals>),
    page: Page,
    id: ReferralId,
    done: bridges_app::Result<()>,
    view: impl FnOnce(&Tr, &bridges_domain::ValidationErrors) -> FormView,
) -> AppResult<Response> {
    match done {
        Ok(()) => Ok(see_other(&format!("/orgs/{}/signpost/referrals/{id}", ctx.org.id))),
        Err(e) => {
            let form = view(&page.tr, &invalid(e)?);
            with_status(referral_page(state, ctx, grant, page, id, form).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

/// Takes the referral a step on; a refused step comes back with its errors.
pub async fn step(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RecordReferrals>,
    Ids((_, id)): Ids<(OrgId, ReferralId)>,
    page: Page,
    form: FormPairs,
) -> AppResult<Response> {
    let done = referrals::move_on(state.services(), &grant, id, |k| form.first(k), today(&state, &ctx)).await;
    let view = |tr: &Tr, errors: &_| kept(&form, &STEP_FIELDS).with_errors(tr, errors);
    answered((&state, &ctx, &grant), page, id, done, view).await
}

/// Sets when the referral is next followed up.
pub async fn postpone(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RecordReferrals>,
    Ids((_, id)): Ids<(OrgId, ReferralId)>,
    page: Page,
    form: FormPairs,
) -> AppResult<Response> {
    let done = referrals::postpone(state.services(), &grant, id, |k| form.first(k), today(&state, &ctx)).await;
    let view = |tr: &Tr, errors: &_| {
        FormView::new().with_value("next_follow_up", form.first("follow_up")).with_errors(tr, errors)
    };
    answered((&state, &ctx, &grant), page, id, done, view).await
}

/// The person took their consent back.
pub async fn withdraw(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RecordReferrals>,
    Ids((_, id)): Ids<(OrgId, ReferralId)>,
) -> AppResult<Response> {
    referrals::withdraw(state.services(), &grant, id, today(&state, &ctx)).await?;
    Ok(see_other(&format!("/orgs/{}/signpost/referrals/{id}", ctx.org.id)))
}

// ---- JSON ----

fn fields(body: &HashMap<String, serde_json::Value>) -> impl Fn(&str) -> String + '_ {
    |k: &str| body.get(k).map(crate::connect::api::text_of).unwrap_or_default()
}

/// A step of a referral's history.
#[derive(Debug, Serialize, ToSchema)]
pub struct StepDto {
    pub at: chrono::DateTime<chrono::Utc>,
    pub by: uuid::Uuid,
    pub from: Option<String>,
    pub to: String,
    pub outcome: Option<String>,
    pub reason: Option<String>,
    pub note: String,
}

/// A referral: the person (a participant's id or an advice client's reference; neither once
/// consent was withdrawn), the service as it was named when referred, and where it stands.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReferralDto {
    pub id: uuid::Uuid,
    pub participant: Option<uuid::Uuid>,
    pub person: String,
    pub service: uuid::Uuid,
    pub service_name: String,
    pub organisation_name: String,
    pub need: Option<String>,
    pub mode: String,
    pub status: String,
    pub outcome: Option<String>,
    pub reason: Option<String>,
    pub consent_method: String,
    pub consent_withdrawn_at: Option<chrono::DateTime<chrono::Utc>>,
    pub made_at: chrono::DateTime<chrono::Utc>,
    pub follow_up_on: Option<chrono::NaiveDate>,
    pub contact: String,
    pub notes: String,
    /// Its history, oldest step first (in a referral read on its own).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub steps: Option<Vec<StepDto>>,
}

fn dto(view: ReferralView, steps: Option<Vec<StepView>>) -> ReferralDto {
    let r = view.referral;
    ReferralDto {
        id: r.id.as_uuid(),
        participant: view.participant.map(|p| p.as_uuid()),
        person: view.person,
        service: r.service,
        service_name: r.service_name,
        organisation_name: r.organisation_name,
        need: r.need,
        mode: r.mode.as_str().into(),
        status: r.status.as_str().into(),
        outcome: r.outcome.map(|o| o.as_str().into()),
        reason: r.reason.map(|o| o.as_str().into()),
        consent_method: r.consent.as_str().into(),
        consent_withdrawn_at: r.consent_withdrawn_at,
        made_at: r.made_at,
        follow_up_on: r.follow_up_on,
        contact: view.record.contact,
        notes: view.record.notes,
        steps: steps.map(|steps| {
            steps
                .into_iter()
                .map(|s| {
                    let e = s.event;
                    StepDto {
                        at: e.at,
                        by: e.by.as_uuid(),
                        from: e.from.map(|f| f.as_str().into()),
                        to: e.to.as_str().into(),
                        outcome: e.outcome.map(|o| o.as_str().into()),
                        reason: e.reason.map(|o| o.as_str().into()),
                        note: e.note.expose().clone(),
                    }
                })
                .collect()
        }),
    }
}

/// Refers a person to a service of the organisation's directory, with their consent. The body:
/// `service` (the service's HSDS id), `participant` (an id) or `person` (an advice client's
/// reference), `need` (a code of the needs taxonomy), `mode` (`signpost` or `referral`),
/// `consent` (`true`: the person agreed), `consent_method` (`spoken`, `written`, `online`),
/// `contact`, `notes`, `follow_up` (a date; a week on by default).
#[utoipa::path(post, path = "/api/v1/orgs/{org}/referrals", params(("org" = uuid::Uuid, Path)), request_body = Object,
    responses((status = 201, body = CreatedDto), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn api_refer(
    State(state): State<AppState>,
    authorised: Authorised<RecordReferrals>,
    Json(body): Json<HashMap<String, serde_json::Value>>,
) -> AppResult<(StatusCode, Json<CreatedDto>)> {
    let Authorised { ctx, grant } = authorised;
    let get = fields(&body);
    let service = uuid::Uuid::parse_str(get("service").trim())
        .map_err(|_| AppError::Invalid(bridges_domain::ValidationErrors::single("service", "id-invalid")))?;
    let id = referrals::refer(state.services(), &grant, get, service, today(&state, &ctx)).await?;
    Ok((StatusCode::CREATED, Json(CreatedDto { id: id.as_uuid() })))
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct ListQuery {
    /// `true`: only open referrals whose follow-up is due today or before, longest due first.
    due: Option<bool>,
    /// Only referrals at this status (`made`, `contacted`, `seen`, `closed`).
    status: Option<String>,
    /// Only the referrals of this participant.
    participant: Option<uuid::Uuid>,
}

/// The organisation's referrals, newest first (at most 500).
#[utoipa::path(get, path = "/api/v1/orgs/{org}/referrals", params(("org" = uuid::Uuid, Path), ListQuery),
    responses((status = 200, body = [ReferralDto]), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn api_list(
    State(state): State<AppState>,
    authorised: Authorised<RecordReferrals>,
    params: ListParams,
) -> AppResult<Json<Vec<ReferralDto>>> {
    let Authorised { ctx, grant } = authorised;
    let mut e = bridges_domain::ValidationErrors::new();
    let due = match params.given("due").as_deref() {
        None | Some("false") => false,
        Some("true") => true,
        Some(_) => {
            e.add("due", "boolean-invalid");
            false
        }
    };
    let status = params.given("status").and_then(|s| {
        let parsed = ReferralStatus::parse(&s);
        if parsed.is_none() {
            e.add("status", "referral-status-invalid");
        }
        parsed
    });
    let participant = params.given("participant").and_then(|p| match uuid::Uuid::parse_str(&p) {
        Ok(id) => Some(bridges_domain::ParticipantId::from_uuid(id)),
        Err(_) => {
            e.add("participant", "id-invalid");
            None
        }
    });
    e.into_result().map_err(AppError::Invalid)?;
    let filter = ReferralFilter { due_on: due.then(|| today(&state, &ctx)), status, participant };
    let views = referrals::list(state.services(), &grant, "referrals (API)", filter).await?;
    Ok(Json(views.into_iter().map(|v| dto(v, None)).collect()))
}

/// One referral with its history.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/referrals/{id}", params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)),
    responses((status = 200, body = ReferralDto), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn api_show(
    State(state): State<AppState>,
    authorised: Authorised<RecordReferrals>,
    ids: Ids<(OrgId, ReferralId)>,
) -> AppResult<Json<ReferralDto>> {
    let Authorised { grant, .. } = authorised;
    let Ids((_, id)) = ids;
    let (view, steps) = referrals::one(state.services(), &grant, id).await?;
    Ok(Json(dto(view, Some(steps))))
}

/// Takes a referral a step on: `status` (`contacted`, `seen`, `closed`), and when closing
/// `outcome` (`met`, `partly-met`, `not-met`, `not-taken-up`) and `reason` (needed unless the
/// need was met or partly met); `note`; `follow_up` (a date; by default two weeks on, a week
/// after it was made).
#[utoipa::path(post, path = "/api/v1/orgs/{org}/referrals/{id}/steps",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)), request_body = Object,
    responses((status = 204), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 409, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn api_step(
    State(state): State<AppState>,
    authorised: Authorised<RecordReferrals>,
    ids: Ids<(OrgId, ReferralId)>,
    Json(body): Json<HashMap<String, serde_json::Value>>,
) -> AppResult<StatusCode> {
    let Authorised { ctx, grant } = authorised;
    let Ids((_, id)) = ids;
    referrals::move_on(state.services(), &grant, id, fields(&body), today(&state, &ctx)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The person took their consent back: what was held about them is wiped, the link to them cut,
/// and an open referral closes as not taken up. The counts stay.
#[utoipa::path(post, path = "/api/v1/orgs/{org}/referrals/{id}/withdrawal",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)),
    responses((status = 204), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn api_withdraw(
    State(state): State<AppState>,
    authorised: Authorised<RecordReferrals>,
    ids: Ids<(OrgId, ReferralId)>,
) -> AppResult<StatusCode> {
    let Authorised { ctx, grant } = authorised;
    let Ids((_, id)) = ids;
    referrals::withdraw(state.services(), &grant, id, today(&state, &ctx)).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(utoipa::OpenApi)]
#[openapi(paths(api_refer, api_list, api_show, api_step, api_withdraw), components(schemas(ReferralDto, StepDto)))]
pub struct ReferralsApi;
