//! Connect over JSON: programmes, participants, rounds, pairs and check-ins. The same parsers and
//! the same engine glue as the pages, so both refuse and accept exactly the same things.

use crate::http::authz::{Authorised, Ids};
use crate::http::dto::Problem;
use crate::http::error::{AppError, AppResult};
use crate::http::forms::check_text;
use crate::http::listing::{api_page, ListParams};
use crate::http::state::AppState;
use crate::learn::practices_api::CreatedDto;
use axum::extract::{OriginalUri, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use bridges_app::connect::audit::record_people;
use bridges_app::connect::check_in::{read_check_in, QUALITIES};
use bridges_app::connect::programme::Settings;
use bridges_app::connect::record::{parse_person, Entry, Record};
use bridges_app::connect::roster::{self, PairsQuery};
use bridges_app::connect::round::{run_round as run, RoundSummary};
use bridges_app::connect::{pairs as pair_use, CONSENT_PAIRING};
use bridges_domain::policy::{EditParticipants, ReadOrg, ReadParticipants, RunProgrammes};
use bridges_domain::{AuditKind, OrgId, PairId, PairStatus, ProgrammeId, Sensitive, ValidationErrors};
use bridges_pairing::{Factor, Kind};
use bridges_store::{Listed, NewCheckIn};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct ProgrammeDto {
    pub id: uuid::Uuid,
    pub name: String,
    /// buddy, language-exchange, mentoring or shadowing.
    #[schema(value_type = crate::http::dto::names::ProgrammeKind)]
    pub kind: String,
    pub intake_open: bool,
    pub quiet_after_days: u32,
    pub newcomers: u64,
    pub volunteers: u64,
    /// Questions, rules, weights and the fairness cap.
    #[schema(value_type = Object)]
    pub settings: serde_json::Value,
}

#[derive(Deserialize, ToSchema)]
pub struct ProgrammeBody {
    #[schema(min_length = 1, max_length = 200)]
    pub name: String,
    #[schema(value_type = crate::http::dto::names::ProgrammeKind)]
    pub kind: String,
}

/// Pairing programmes in the API's document.
#[derive(utoipa::OpenApi)]
#[openapi(
    paths(list, create, participants, add_participant, run_round, pairs, set_status, add_check_in),
    components(schemas(
        ProgrammeDto,
        ProgrammeBody,
        ParticipantDto,
        PairDto,
        StatusBody,
        CheckInBody,
        RatingsBody,
        crate::http::dto::names::StandingName,
        crate::http::dto::names::PairGroupName
    ))
)]
pub struct ConnectApi;

#[utoipa::path(get, path = "/api/v1/orgs/{org}/programmes", params(("org" = uuid::Uuid, Path)),
    responses((status = 200, body = Vec<ProgrammeDto>), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    State(state): State<AppState>,
    authorised: Authorised<ReadOrg>,
) -> AppResult<Json<Vec<ProgrammeDto>>> {
    let Authorised { grant, .. } = authorised;
    let mut out = Vec::new();
    for p in state.store().programmes(&grant).await? {
        let (newcomers, volunteers) = state.store().participant_counts(&grant, p.id).await?;
        let settings = serde_json::to_value(Settings::of(&p)).unwrap_or_default();
        out.push(ProgrammeDto {
            id: p.id.as_uuid(),
            name: p.name,
            kind: p.kind,
            intake_open: p.intake_open,
            quiet_after_days: p.quiet_after_days,
            newcomers,
            volunteers,
            settings,
        });
    }
    Ok(Json(out))
}

#[utoipa::path(post, path = "/api/v1/orgs/{org}/programmes", params(("org" = uuid::Uuid, Path)), request_body = ProgrammeBody,
    responses((status = 201, body = CreatedDto), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn create(
    State(state): State<AppState>,
    authorised: Authorised<RunProgrammes>,
    Json(body): Json<ProgrammeBody>,
) -> AppResult<(StatusCode, Json<CreatedDto>)> {
    let Authorised { grant, .. } = authorised;
    let mut errors = ValidationErrors::new();
    check_text(&mut errors, "name", &body.name, 200, true);
    let kind = Kind::parse(&body.kind);
    if kind.is_none() {
        errors.add("kind", "programme-kind-invalid");
    }
    let kind = match kind {
        Some(k) if errors.is_empty() => k,
        _ => return Err(AppError::Invalid(errors)),
    };
    let settings = Settings::for_kind(kind).to_json();
    let id = state.store().create_programme(&grant, body.name.trim(), kind.as_str(), &settings, state.now()).await?;
    Ok((StatusCode::CREATED, Json(CreatedDto { id: id.as_uuid() })))
}

#[derive(Serialize, ToSchema)]
pub struct ParticipantDto {
    pub id: uuid::Uuid,
    /// newcomer or volunteer.
    #[schema(value_type = crate::http::dto::names::SideName)]
    pub side: String,
    /// active or withdrawn.
    #[schema(value_type = crate::http::dto::names::ParticipantStatus)]
    pub status: String,
    /// staff, intake or import.
    #[schema(value_type = crate::http::dto::names::ParticipantSource)]
    pub source: String,
    pub joined_at: chrono::DateTime<chrono::Utc>,
    /// Name, contact, language and the profile the engine pairs on.
    #[schema(value_type = Object)]
    pub record: Record,
}

#[utoipa::path(get, path = "/api/v1/orgs/{org}/programmes/{id}/participants",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path),
        ("q" = Option<String>, Query, description = "words of the name, or their beginnings (the first 100 characters count)"),
        ("side" = Option<crate::http::dto::names::SideName>, Query),
        ("status" = Option<crate::http::dto::names::StandingName>, Query, description = "where they stand"),
        ("language" = Option<String>, Query, description = "a language they speak, as its code (ar, ti, fr...)"),
        ("area" = Option<String>, Query, description = "the area they live in"),
        ("waited" = Option<u32>, Query, minimum = 0, maximum = 3650, description = "in the programme at least this many days"),
        ("page" = Option<u64>, Query, minimum = 1, maximum = 1000000, description = "counted from 1"),
        ("per_page" = Option<u64>, Query, minimum = 1, maximum = 1000, description = "rows a page (100 unless asked)")),
    responses((status = 200, body = Vec<ParticipantDto>, description = "a page of the programme's people, longest in it first",
        headers(("x-total-count" = u64, description = "how many people the whole list holds"),
                ("link" = String, description = "the first, previous, next and last pages (RFC 8288)"))),
    (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn participants(
    State(state): State<AppState>,
    authorised: Authorised<ReadParticipants>,
    ids: Ids<(OrgId, ProgrammeId)>,
    uri: OriginalUri,
    params: ListParams,
) -> AppResult<Response> {
    let Authorised { grant, .. } = authorised;
    let Ids((_, id)) = ids;
    let (query, paging) = roster::parse_people_query(|k| params.get(k)).map_err(AppError::Invalid)?;
    let listed = roster::people(state.services(), &grant, id, (&query, paging.per_page), "api-participants").await?;
    let rows: Vec<ParticipantDto> = listed
        .people
        .into_iter()
        .map(|p| ParticipantDto {
            id: p.id.as_uuid(),
            side: p.side.as_str().to_string(),
            status: if p.withdrawn { "withdrawn" } else { "active" }.to_string(),
            source: p.source,
            joined_at: p.joined_at,
            record: p.record,
        })
        .collect();
    let keys = ["q", "side", "status", "language", "area", "waited"];
    Ok(api_page(rows, listed.total, (&params, uri.path(), &keys), (paging.page, paging.per_page)))
}

/// A JSON value as the text a form field would carry.
pub fn text_of(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.trim().to_string(),
        serde_json::Value::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Adds one participant. The body has the import file's columns as fields (`side`, `name`,
/// `speaks` like `"ar:native, fr:beginner"`, `availability` like `"mon-evening sat-morning"`, …)
/// and `consent_recorded: true`, confirming the person agreed.
#[utoipa::path(post, path = "/api/v1/orgs/{org}/programmes/{id}/participants",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)), request_body = Object,
    responses((status = 201, body = CreatedDto), (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn add_participant(
    State(state): State<AppState>,
    authorised: Authorised<EditParticipants>,
    ids: Ids<(OrgId, ProgrammeId)>,
    Json(body): Json<HashMap<String, serde_json::Value>>,
) -> AppResult<(StatusCode, Json<CreatedDto>)> {
    let Authorised { ctx, grant } = authorised;
    let Ids((_, id)) = ids;
    let programme = state.store().programme(&grant, id).await?;
    let get = |k: &str| body.get(k).map(text_of).unwrap_or_default();
    let parsed = parse_person(get, &Settings::of(&programme).programme, Entry::Staff);
    let consent = body.get("consent_recorded").and_then(serde_json::Value::as_bool) == Some(true);
    let (side, record) = match (parsed, consent) {
        (Ok(person), true) => person,
        (Ok(_), false) => {
            return Err(AppError::Invalid(ValidationErrors::single("consent_recorded", "consent-missing")))
        }
        (Err(mut e), consent) => {
            if !consent {
                e.add("consent_recorded", "consent-missing");
            }
            return Err(AppError::Invalid(e));
        }
    };
    let now = state.now();
    let consent = crate::http::i18n::Tr::new(ctx.org.language).t("consent-staff-recorded");
    let person = record.joining(side, vec![(CONSENT_PAIRING.to_string(), consent)], now);
    let ids = state.store().add_participants(&grant, id, &[person], "staff", now).await?;
    record_people(state.services(), &grant, AuditKind::PersonalDataChanged, id, "added", &ids).await?;
    let created = ids.first().ok_or(AppError::Internal("no participant id".into()))?;
    Ok((StatusCode::CREATED, Json(CreatedDto { id: created.as_uuid() })))
}

/// Runs a round and saves its proposals (replacing the open, unlocked ones).
#[utoipa::path(post, path = "/api/v1/orgs/{org}/programmes/{id}/rounds",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path)),
    responses((status = 200, body = Object, description = "the round's summary: counts, whether it was proved optimal, who waits and why, fairness by group"),
    (status = 403, body = Problem, content_type = "application/problem+json")))]
pub async fn run_round(
    State(state): State<AppState>,
    authorised: Authorised<RunProgrammes>,
    ids: Ids<(OrgId, ProgrammeId)>,
) -> AppResult<Json<RoundSummary>> {
    let Authorised { grant, .. } = authorised;
    let Ids((_, id)) = ids;
    Ok(Json(run(state.services(), &grant, id).await?.summary))
}

#[derive(Serialize, ToSchema)]
pub struct PairDto {
    pub id: uuid::Uuid,
    pub newcomer: uuid::Uuid,
    pub volunteer: uuid::Uuid,
    /// proposed, accepted, introduced, active, closed or rejected.
    #[schema(value_type = crate::http::dto::names::PairStatusName)]
    pub status: String,
    pub locked: bool,
    /// 0 to 1,000,000.
    pub score: u32,
    /// What made the pair: each factor's points and the facts behind it.
    #[schema(value_type = Vec<Object>)]
    pub factors: Vec<Factor>,
    pub last_met: Option<chrono::NaiveDate>,
    pub check_ins: u32,
    pub close_reason: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/orgs/{org}/programmes/{id}/pairs",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path),
        ("group" = Option<crate::http::dto::names::PairGroupName>, Query, description = "only the pairs of this group; every pair, in whatever state, when absent"),
        ("q" = Option<String>, Query, description = "words of either person's name, or their beginnings"),
        ("page" = Option<u64>, Query, minimum = 1, maximum = 1000000, description = "counted from 1"),
        ("per_page" = Option<u64>, Query, minimum = 1, maximum = 1000, description = "rows a page (100 unless asked)")),
    responses((status = 200, body = Vec<PairDto>, description = "a page of the programme's pairs, oldest first (quiet ones most silent first)",
        headers(("x-total-count" = u64, description = "how many pairs the whole list holds"),
                ("link" = String, description = "the first, previous, next and last pages (RFC 8288)"))),
    (status = 403, body = Problem, content_type = "application/problem+json"),
    (status = 404, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn pairs(
    State(state): State<AppState>,
    authorised: Authorised<ReadParticipants>,
    ids: Ids<(OrgId, ProgrammeId)>,
    uri: OriginalUri,
    params: ListParams,
) -> AppResult<Response> {
    let Authorised { grant, .. } = authorised;
    let Ids((_, id)) = ids;
    let (group, search, paging) = roster::parse_pairs_query(|k| params.get(k)).map_err(AppError::Invalid)?;
    let query = PairsQuery {
        groups: &[(group, paging.page)],
        search: &search,
        per_page: paging.per_page,
        people: false,
        waiting: None,
        round: false,
    };
    let listed = roster::pairs(state.services(), &grant, id, &query, "api-pairs").await?;
    let page = listed.groups.into_iter().next().unwrap_or(Listed { items: Vec::new(), total: 0 });
    let rows: Vec<PairDto> = page
        .items
        .into_iter()
        .map(|p| PairDto {
            id: p.id.as_uuid(),
            newcomer: p.newcomer.as_uuid(),
            volunteer: p.volunteer.as_uuid(),
            status: p.status.as_str().to_string(),
            locked: p.locked,
            score: p.score,
            factors: serde_json::from_str(&p.explanation).unwrap_or_default(),
            last_met: p.last_met,
            check_ins: p.check_ins,
            close_reason: p.close_reason,
        })
        .collect();
    Ok(api_page(rows, page.total, (&params, uri.path(), &["group", "q"]), (paging.page, paging.per_page)))
}

#[derive(Deserialize, ToSchema)]
pub struct StatusBody {
    /// accepted, rejected, introduced or closed.
    #[schema(value_type = crate::http::dto::names::PairStep)]
    pub status: String,
    /// Why the pair ends (required to close).
    #[serde(default)]
    pub reason: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/orgs/{org}/programmes/{id}/pairs/{pair}/status",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path), ("pair" = uuid::Uuid, Path)), request_body = StatusBody,
    responses((status = 204), (status = 409, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn set_status(
    State(state): State<AppState>,
    authorised: Authorised<RunProgrammes>,
    ids: Ids<(OrgId, ProgrammeId, PairId)>,
    Json(body): Json<StatusBody>,
) -> AppResult<StatusCode> {
    let Authorised { grant, .. } = authorised;
    let Ids((_, id, pair)) = ids;
    let status = match PairStatus::parse(&body.status) {
        Ok(s @ (PairStatus::Accepted | PairStatus::Rejected | PairStatus::Introduced | PairStatus::Closed)) => s,
        _ => return Err(AppError::Invalid(ValidationErrors::single("status", "pair-status-invalid"))),
    };
    pair_use::decide(state.services(), &grant, (id, pair), status, &body.reason.unwrap_or_default()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
pub struct RatingsBody {
    pub pleasant: Option<serde_json::Value>,
    pub equal: Option<serde_json::Value>,
    pub cooperative: Option<serde_json::Value>,
    pub close: Option<serde_json::Value>,
}

#[derive(Deserialize, ToSchema)]
pub struct CheckInBody {
    /// YYYY-MM-DD, not in the future.
    pub met_on: String,
    /// 1 to 1440.
    pub minutes: serde_json::Value,
    #[serde(default)]
    pub activity: String,
    /// Each side's rating of the contact, 1 to 7.
    #[serde(default)]
    pub newcomer: Option<RatingsBody>,
    #[serde(default)]
    pub volunteer: Option<RatingsBody>,
}

#[utoipa::path(post, path = "/api/v1/orgs/{org}/programmes/{id}/pairs/{pair}/check-ins",
    params(("org" = uuid::Uuid, Path), ("id" = uuid::Uuid, Path), ("pair" = uuid::Uuid, Path)), request_body = CheckInBody,
    responses((status = 201, body = CreatedDto), (status = 409, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn add_check_in(
    State(state): State<AppState>,
    authorised: Authorised<EditParticipants>,
    ids: Ids<(OrgId, ProgrammeId, PairId)>,
    Json(body): Json<CheckInBody>,
) -> AppResult<(StatusCode, Json<CreatedDto>)> {
    let Authorised { grant, .. } = authorised;
    let Ids((_, id, pair)) = ids;
    let mut fields: HashMap<String, String> = HashMap::new();
    fields.insert("met_on".into(), body.met_on.trim().to_string());
    fields.insert("minutes".into(), text_of(&body.minutes));
    fields.insert("activity".into(), body.activity.trim().to_string());
    for (side, ratings) in [("newcomer", &body.newcomer), ("volunteer", &body.volunteer)] {
        let Some(r) = ratings else { continue };
        for (quality, value) in QUALITIES.iter().zip([&r.pleasant, &r.equal, &r.cooperative, &r.close]) {
            if let Some(v) = value {
                fields.insert(format!("r-{side}-{quality}"), text_of(v));
            }
        }
    }
    let (met_on, minutes, record) =
        read_check_in(|k| fields.get(k).cloned().unwrap_or_default(), state.now().date_naive())
            .map_err(AppError::Invalid)?;
    let check_in =
        NewCheckIn { met_on, minutes, record: Sensitive::new(serde_json::to_string(&record).unwrap_or_default()) };
    let created = pair_use::check_in(state.services(), &grant, id, pair, &check_in).await?;
    Ok((StatusCode::CREATED, Json(CreatedDto { id: created.as_uuid() })))
}
