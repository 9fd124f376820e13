//! The whole plan over JSON: read it in one document, change the project and its profile, Steps 1
//! and 2's choices, the stakeholder map, and every register (evidence, partners, setbacks,
//! objectives, team). Entries are the same JSON the pages store, checked by the same rules.

use crate::http::authz::{Authorised, Ids};
use crate::http::dto::Problem;
use crate::http::error::{AppError, AppResult};
use crate::http::forms::check_text;
use crate::http::state::AppState;
use crate::learn::practices_api::CreatedDto;
use crate::plan::profile::check_profile;
use crate::plan::projects::member_names;
use crate::plan::registers;
use crate::plan::steps::{check_choices, step_of, STEP_AREAS};
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use bridges_app::plan::{PlanData, Register};
use bridges_domain::policy::{EditProjects, ReadOrg};
use bridges_domain::{OrgId, ProjectId, StakeholderId, ValidationErrors};
use bridges_plan::evidence::Entry;
use bridges_plan::{Check, Gap, Objective, Partner, Profile, RelationKind, Setback, Stakeholder, TeamRole};
use bridges_store::Grant;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct ChoiceDto {
    /// `framework:item`, e.g. `policy-areas:housing` or `eu-cbp:7`.
    pub reference: String,
    pub note: String,
}

#[derive(Serialize, ToSchema)]
pub struct EntryDto {
    pub id: String,
    /// The entry in the register's own shape.
    #[schema(value_type = Object)]
    pub entry: serde_json::Value,
}

#[derive(Serialize, ToSchema)]
pub struct CheckDto {
    /// inequalities, involvement, evidence, dialogue, empowerment or leadership.
    pub quality: String,
    /// missing, stated or shown.
    pub state: String,
    pub statement: String,
}

#[derive(Serialize, ToSchema)]
pub struct GapDto {
    /// 0 for the project itself, else the step.
    pub step: u8,
    pub code: String,
    pub count: usize,
}

#[derive(Serialize, ToSchema)]
pub struct PlanDto {
    pub id: uuid::Uuid,
    pub title: String,
    pub aims: String,
    /// Status, dates, the locality's context, leadership and the good-project statements.
    #[schema(value_type = Object)]
    pub profile: Profile,
    pub policy_areas: Vec<ChoiceDto>,
    /// How the chosen policy areas relate.
    pub area_relations: String,
    pub principles: Vec<ChoiceDto>,
    pub evidence: Vec<EntryDto>,
    #[schema(value_type = Vec<Object>)]
    pub stakeholders: Vec<Stakeholder>,
    #[schema(value_type = Vec<Object>)]
    pub relations: Vec<bridges_plan::Relation>,
    pub partnerships: Vec<EntryDto>,
    pub setbacks: Vec<EntryDto>,
    pub objectives: Vec<EntryDto>,
    pub team: Vec<EntryDto>,
    pub checks: Vec<CheckDto>,
    pub gaps: Vec<GapDto>,
}

fn entries<T: Serialize>(list: &[(String, T)]) -> AppResult<Vec<EntryDto>> {
    list.iter()
        .map(|(id, e)| {
            Ok(EntryDto {
                id: id.clone(),
                entry: serde_json::to_value(e).map_err(|e| AppError::Internal(e.to_string()))?,
            })
        })
        .collect()
}

fn choices(list: &[bridges_store::Choice]) -> Vec<ChoiceDto> {
    list.iter().map(|c| ChoiceDto { reference: c.reference.clone(), note: c.note.clone() }).collect()
}

fn check_dto(c: &Check) -> CheckDto {
    CheckDto { quality: c.quality.as_str().into(), state: c.state.as_str().into(), statement: c.statement.clone() }
}

fn gap_dto(g: &Gap) -> GapDto {
    GapDto { step: g.step, code: g.code.into(), count: g.count }
}

/// A project's plan in the API's document.
#[derive(utoipa::OpenApi)]
#[openapi(
    paths(
        read,
        create,
        update,
        set_step,
        add_entry,
        update_entry,
        remove_entry,
        add_stakeholder,
        add_relation,
        history
    ),
    components(schemas(
        PlanDto,
        ChoiceDto,
        EntryDto,
        CheckDto,
        GapDto,
        ProjectBody,
        StepBody,
        ChoiceBody,
        RelationBody,
        ChangeDto
    ))
)]
pub struct PlanApi;

/// The whole plan: every step, the overview's checks and what is missing.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/projects/{id}", params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)),
    responses((status = 200, body = PlanDto), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn read(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<ReadOrg>,
    // `_org`, not `_`: utoipa's macro reads these patterns and takes only names inside a tuple.
    Ids((_org, id)): Ids<(OrgId, ProjectId)>,
) -> AppResult<Json<PlanDto>> {
    let plan = PlanData::load(state.services(), &grant, id).await?;
    let overview = plan.overview();
    Ok(Json(PlanDto {
        id: plan.project.id.as_uuid(),
        title: plan.project.title.clone(),
        aims: plan.project.aims.clone(),
        policy_areas: choices(&plan.areas),
        area_relations: plan.project.area_relations.clone(),
        principles: choices(&plan.principles),
        evidence: entries(&plan.evidence)?,
        partnerships: entries(&plan.partners)?,
        setbacks: entries(&plan.setbacks)?,
        objectives: entries(&plan.objectives)?,
        team: entries(&plan.team)?,
        checks: overview.checks.iter().map(check_dto).collect(),
        gaps: overview.gaps.iter().map(gap_dto).collect(),
        stakeholders: plan.stakeholders,
        relations: plan.relations,
        profile: plan.profile,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct ProjectBody {
    #[schema(min_length = 1, max_length = 200)]
    pub title: String,
    #[serde(default)]
    pub aims: String,
    /// Omitted on create; on update, omitted means "keep as it is".
    #[serde(default)]
    #[schema(value_type = Option<Object>)]
    pub profile: Option<Profile>,
}

fn check_project(body: &ProjectBody) -> AppResult<()> {
    let mut errors = ValidationErrors::new();
    check_text(&mut errors, "title", &body.title, 200, true);
    check_text(&mut errors, "aims", &body.aims, 8_000, false);
    if let Some(p) = &body.profile {
        check_profile(p, &mut errors);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AppError::Invalid(errors))
    }
}

/// Starts a project (coordinators and owners).
#[utoipa::path(post, path = "/api/v1/orgs/{org}/projects", params(("org" = uuid::Uuid, Path)), request_body = ProjectBody,
    responses((status = 201, body = CreatedDto), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn create(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<EditProjects>,
    Json(body): Json<ProjectBody>,
) -> AppResult<(StatusCode, Json<CreatedDto>)> {
    check_project(&body)?;
    let profile =
        serde_json::to_string(&body.profile.unwrap_or_default()).map_err(|e| AppError::Internal(e.to_string()))?;
    let id = state.store().create_project(&grant, body.title.trim(), body.aims.trim(), &profile, state.now()).await?;
    Ok((StatusCode::CREATED, Json(CreatedDto { id: id.as_uuid() })))
}

/// Changes the title, aims and (when given) the profile.
#[utoipa::path(put, path = "/api/v1/orgs/{org}/projects/{id}", params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)),
    request_body = ProjectBody,
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn update(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<EditProjects>,
    Ids((_org, id)): Ids<(OrgId, ProjectId)>,
    Json(body): Json<ProjectBody>,
) -> AppResult<StatusCode> {
    check_project(&body)?;
    let profile = match &body.profile {
        Some(p) => serde_json::to_string(p).map_err(|e| AppError::Internal(e.to_string()))?,
        None => state.store().project(&grant.also::<ReadOrg>()?, id).await?.profile,
    };
    state.store().update_project(&grant, id, body.title.trim(), body.aims.trim(), &profile, state.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct ChoiceBody {
    pub reference: String,
    #[serde(default)]
    pub note: String,
}

#[derive(Deserialize, ToSchema)]
pub struct StepBody {
    pub choices: Vec<ChoiceBody>,
    /// Step 1 only: how the chosen areas relate.
    #[serde(default)]
    pub area_relations: Option<String>,
}

/// Replaces what Step 1 (`policy-areas`) or Step 2 (`principles`) chose.
#[utoipa::path(put, path = "/api/v1/orgs/{org}/projects/{id}/steps/{step}",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path), ("step" = String, Path, description = "policy-areas or principles")),
    request_body = StepBody,
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn set_step(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<EditProjects>,
    Ids((_org, project, step)): Ids<(OrgId, ProjectId, String)>,
    Json(body): Json<StepBody>,
) -> AppResult<StatusCode> {
    let step = step_of(&step)?;
    if body.choices.len() > 200 {
        return Err(AppError::Invalid(ValidationErrors::single("choices", "practice-field-too-long")));
    }
    let submitted = body.choices.into_iter().map(|c| (c.reference, c.note)).collect();
    let (choices, bad) = check_choices(&state, &grant, step, submitted).await?;
    let mut errors = ValidationErrors::new();
    if !bad.is_empty() {
        errors.add("note", "practice-field-too-long");
    }
    let relations = if step == STEP_AREAS { body.area_relations } else { None };
    if let Some(r) = &relations {
        check_text(&mut errors, "area_relations", r, bridges_app::plan::MAX_FIELD, false);
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    state.store().set_choices(&grant, project, step, &choices, relations.as_deref(), state.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn add_checked<T: Register>(
    state: &AppState,
    grant: &Grant<EditProjects>,
    project: ProjectId,
    entry: T,
    replacing: Option<uuid::Uuid>,
    mut errors: ValidationErrors,
) -> AppResult<uuid::Uuid> {
    registers::check(state, &grant.also::<ReadOrg>()?, project, &entry, replacing, &mut errors).await?;
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    registers::save(state, grant, project, &entry, replacing).await
}

fn parse<T: serde::de::DeserializeOwned>(body: serde_json::Value) -> AppResult<T> {
    serde_json::from_value(body).map_err(|_| AppError::Invalid(ValidationErrors::single("entry", "entry-invalid")))
}

/// Parses and saves an entry of the register named in the path.
async fn save_entry(
    state: &AppState,
    grant: &Grant<EditProjects>,
    project: ProjectId,
    register: &str,
    body: serde_json::Value,
    replacing: Option<uuid::Uuid>,
) -> AppResult<uuid::Uuid> {
    let none = ValidationErrors::new;
    match register {
        "evidence" => add_checked(state, grant, project, parse::<Entry>(body)?, replacing, none()).await,
        "partnerships" => add_checked(state, grant, project, parse::<Partner>(body)?, replacing, none()).await,
        "setbacks" => add_checked(state, grant, project, parse::<Setback>(body)?, replacing, none()).await,
        "objectives" => add_checked(state, grant, project, parse::<Objective>(body)?, replacing, none()).await,
        "team" => {
            let role: TeamRole = parse(body)?;
            let mut errors = none();
            if !member_names(state, &grant.also::<ReadOrg>()?).await?.contains_key(&role.member) {
                errors.add("member", "team-member-unknown");
            }
            add_checked(state, grant, project, role, replacing, errors).await
        }
        _ => Err(AppError::NotFound),
    }
}

/// Adds an entry to a register: `evidence` (a claim, evidence for a claim, or a session, told
/// apart by `type`), `partnerships`, `setbacks`, `objectives` or `team`.
#[utoipa::path(post, path = "/api/v1/orgs/{org}/projects/{id}/{register}",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path), ("register" = String, Path)),
    request_body = Object,
    responses((status = 201, body = CreatedDto), (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn add_entry(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<EditProjects>,
    Ids((_org, project, register)): Ids<(OrgId, ProjectId, String)>,
    Json(body): Json<serde_json::Value>,
) -> AppResult<(StatusCode, Json<CreatedDto>)> {
    let id = save_entry(&state, &grant, project, &register, body, None).await?;
    Ok((StatusCode::CREATED, Json(CreatedDto { id })))
}

/// Rewrites one entry of a register.
#[utoipa::path(put, path = "/api/v1/orgs/{org}/projects/{id}/{register}/{entry}",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path), ("register" = String, Path), ("entry" = uuid::Uuid, Path)),
    request_body = Object,
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn update_entry(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<EditProjects>,
    Ids((_org, project, register, entry)): Ids<(OrgId, ProjectId, String, uuid::Uuid)>,
    Json(body): Json<serde_json::Value>,
) -> AppResult<StatusCode> {
    let step = registers::register_step(&register)?;
    state.store().entry(&grant.also::<ReadOrg>()?, project, step, entry).await?;
    save_entry(&state, &grant, project, &register, body, Some(entry)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes one entry of a register.
#[utoipa::path(delete, path = "/api/v1/orgs/{org}/projects/{id}/{register}/{entry}",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path), ("register" = String, Path), ("entry" = uuid::Uuid, Path)),
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn remove_entry(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<EditProjects>,
    Ids((_org, project, register, entry)): Ids<(OrgId, ProjectId, String, uuid::Uuid)>,
) -> AppResult<StatusCode> {
    let step = registers::register_step(&register)?;
    state.store().remove_entry(&grant, project, step, entry, state.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Puts a stakeholder on the Step 4 map. `key` is ignored (the id answered becomes its key);
/// `cue_from` names another stakeholder's id.
#[utoipa::path(post, path = "/api/v1/orgs/{org}/projects/{id}/stakeholders",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)), request_body = Object,
    responses((status = 201, body = CreatedDto), (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn add_stakeholder(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<EditProjects>,
    Ids((_org, project)): Ids<(OrgId, ProjectId)>,
    Json(body): Json<serde_json::Value>,
) -> AppResult<(StatusCode, Json<CreatedDto>)> {
    let mut s: Stakeholder = parse(body)?;
    s.key = String::new();
    let mut errors = ValidationErrors::new();
    check_text(&mut errors, "name", &s.name, 120, true);
    if !(1..=5).contains(&s.influence) {
        errors.add("influence", "level-invalid");
    }
    if !(1..=5).contains(&s.interest) {
        errors.add("interest", "level-invalid");
    }
    if let Some(cue) = &s.cue_from {
        let known = state.store().stakeholders(&grant.also::<ReadOrg>()?, project).await?;
        if !known.iter().any(|k| k.id.to_string() == *cue) {
            errors.add("cue_from", "stakeholder-unknown");
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let json = serde_json::to_string(&s).map_err(|e| AppError::Internal(e.to_string()))?;
    let sid = state.store().add_stakeholder(&grant, project, &json, state.now()).await?;
    Ok((StatusCode::CREATED, Json(CreatedDto { id: sid.as_uuid() })))
}

#[derive(Deserialize, ToSchema)]
pub struct RelationBody {
    pub from: uuid::Uuid,
    pub to: uuid::Uuid,
    /// influences, funds, answers-to or allied-with.
    #[schema(value_type = crate::http::dto::names::RelationKind)]
    pub kind: String,
}

/// Says who moves whom on the Step 4 map.
#[utoipa::path(post, path = "/api/v1/orgs/{org}/projects/{id}/relations",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)), request_body = RelationBody,
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn add_relation(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<EditProjects>,
    Ids((_org, project)): Ids<(OrgId, ProjectId)>,
    Json(body): Json<RelationBody>,
) -> AppResult<StatusCode> {
    let kind = RelationKind::parse(&body.kind)
        .ok_or_else(|| AppError::Invalid(ValidationErrors::single("kind", "relation-kind-invalid")))?;
    if body.from == body.to {
        return Err(AppError::Invalid(ValidationErrors::single("to", "relation-same")));
    }
    let (from, to) = (StakeholderId::from_uuid(body.from), StakeholderId::from_uuid(body.to));
    state.store().add_relation(&grant, project, from, to, kind.as_str(), state.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct ChangeDto {
    pub at: chrono::DateTime<chrono::Utc>,
    pub user: uuid::Uuid,
    pub part: String,
    pub action: String,
    pub summary: String,
    /// The record before and after, as stored (JSON text), when there is one.
    pub before: Option<String>,
    pub after: Option<String>,
}

/// Every change to the plan, newest first (at most 500).
#[utoipa::path(get, path = "/api/v1/orgs/{org}/projects/{id}/history", params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)),
    responses((status = 200, body = Vec<ChangeDto>), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn history(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<ReadOrg>,
    Ids((_org, id)): Ids<(OrgId, ProjectId)>,
) -> AppResult<Json<Vec<ChangeDto>>> {
    let changes = state.store().project_changes(&grant, id, 500).await?;
    Ok(Json(
        changes
            .into_iter()
            .map(|c| ChangeDto {
                at: c.at,
                user: c.user.as_uuid(),
                part: c.part,
                action: c.action,
                summary: c.summary,
                before: c.before,
                after: c.after,
            })
            .collect(),
    ))
}
