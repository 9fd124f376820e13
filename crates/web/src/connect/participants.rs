//! Participants of a programme: the list, staff entry, a person's page (record, consents, edit,
//! withdraw), and the spreadsheet import. Reading people is audited; so is every change.

use crate::connect::import::{self, RowProblem};
use crate::connect::person_form::{self, fields_from_form, view_of, view_of_record, PersonForm};
use crate::http::authz::{Authorised, Ids, OrgContext};
use crate::http::error::AppResult;
use crate::http::forms::{FormPairs, FormView};
use crate::http::listing::{ListParams, Pager};
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use crate::http::upload::read_upload;
use crate::http::with_status;
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use bridges_app::connect::audit::record_people;
use bridges_app::connect::programme::Settings;
use bridges_app::connect::record::{parse_person, Entry, Record};
use bridges_app::connect::roster::{self, PeopleQuery};
use bridges_app::connect::{pairs, rights, CONSENT_PAIRING};
use bridges_domain::policy::{EditParticipants, ReadParticipants, RunProgrammes};
use bridges_domain::{AuditKind, OrgId, ParticipantId, ProgrammeId, Sensitive, ValidationErrors};
use bridges_pairing::Side;
use bridges_store::{Consent, Grant, NewParticipant, Reading, StoredProgramme};

pub struct Row {
    pub id: ParticipantId,
    pub name: String,
    pub side: Side,
    pub languages: String,
    pub area: String,
    pub days: u32,
    pub withdrawn: bool,
    pub source: String,
}

#[derive(Template)]
#[template(path = "connect/participants.html")]
struct ListPage {
    page: Page,
    programme: StoredProgramme,
    /// The filters refused, each named beside its field.
    form: FormView,
    rows: Vec<Row>,
    filters: ListParams,
    pager: Pager,
    languages: Vec<(&'static str, String)>,
    standings: [&'static str; 5],
    may_edit: bool,
    may_run: bool,
    exports: [&'static str; 2],
}

impl ListPage {
    fn filtering(&self) -> bool {
        self.filters.any(&FILTERS)
    }
}

/// The query string keys the participants list filters by.
const FILTERS: [&str; 6] = ["q", "side", "status", "language", "area", "waited"];

/// The list's filters as far as they parse, and those that do not (the list is then filtered by
/// the others, and the page names each one refused beside its field).
fn people_query(params: &ListParams) -> (PeopleQuery, ValidationErrors) {
    let mut refused = ValidationErrors::new();
    let filters = roster::people_filters(&mut refused, &|k: &str| params.get(k));
    (PeopleQuery { page: params.page(), ..filters }, refused)
}

/// The programme's people a page at a time, searched by name and filtered by side, standing,
/// language, area and time waited; only the people shown are read (and audited). A filter that
/// does not parse (a hand-edited address, a bookmark from before) is named, not ignored.
pub async fn list(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadParticipants>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProgrammeId)>,
    params: ListParams,
) -> AppResult<Response> {
    let programme = state.store().programme(&grant, id).await?;
    let (query, refused) = people_query(&params);
    let listed = roster::people(state.services(), &grant, id, (&query, roster::PER_PAGE), "participants").await?;
    let now = state.now();
    let rows: Vec<Row> = listed
        .people
        .iter()
        .map(|p| Row {
            id: p.id,
            name: p.record.name.clone(),
            side: p.side,
            languages: person_form::skills(&page.tr, &p.record.profile.speaks),
            area: p.record.profile.area.clone(),
            days: p.days_waiting(now),
            withdrawn: p.withdrawn,
            source: p.source.clone(),
        })
        .collect();
    let path = format!("/orgs/{}/programmes/{id}/participants", ctx.org.id);
    let pager = Pager::new(&params, (&path, &FILTERS), (query.page, roster::PER_PAGE), listed.total, rows.len());
    if let Some(last) = &pager.past_end {
        return Ok(see_other(last));
    }
    let languages = person_form::language_options(&page.tr);
    let form = FormView::new().with_errors(&page.tr, &refused);
    render(&ListPage {
        page: page.with_org(&ctx),
        programme,
        form,
        rows,
        filters: params,
        pager,
        languages,
        standings: roster::STANDINGS.map(|(name, _)| name),
        may_edit: ctx.may::<EditParticipants>(),
        may_run: ctx.may::<RunProgrammes>(),
        exports: ["participants", "waiting"],
    })
}

#[derive(Template)]
#[template(path = "connect/participant_new.html")]
struct NewPage {
    page: Page,
    programme: StoredProgramme,
    person: PersonForm,
    form: FormView,
}

fn staff_form(programme: &StoredProgramme) -> PersonForm {
    PersonForm { settings: Settings::of(programme).programme, staff: true }
}

pub async fn new_form(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<EditParticipants>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProgrammeId)>,
) -> AppResult<Response> {
    let programme = state.store().programme(&grant, id).await?;
    render(&NewPage { page: page.with_org(&ctx), person: staff_form(&programme), programme, form: FormView::new() })
}

pub async fn add(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<EditParticipants>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProgrammeId)>,
    form: FormPairs,
) -> AppResult<Response> {
    let programme = state.store().programme(&grant, id).await?;
    let fields = fields_from_form(&form);
    let settings = Settings::of(&programme);
    let mut parsed = parse_person(|k| fields.get(k).cloned().unwrap_or_default(), &settings.programme, Entry::Staff);
    if !form.has("consent_recorded") {
        let mut errors = match parsed {
            Err(e) => e,
            Ok(_) => bridges_domain::ValidationErrors::new(),
        };
        errors.add("consent_recorded", "consent-missing");
        parsed = Err(errors);
    }
    match parsed {
        Ok((side, record)) => {
            let consent = (CONSENT_PAIRING.to_string(), page.t("consent-staff-recorded"));
            let person = record.joining(side, vec![consent], state.now());
            let added = state.store().add_participants(&grant, id, &[person], "staff", state.now()).await?;
            record_people(state.services(), &grant, AuditKind::PersonalDataChanged, id, "added", &added).await?;
            Ok(see_other(&format!("/orgs/{}/programmes/{id}/participants", ctx.org.id)))
        }
        Err(errors) => {
            let view = view_of(&fields).with_errors(&page.tr, &errors);
            with_status(
                render(&NewPage { page: page.with_org(&ctx), person: staff_form(&programme), programme, form: view })?,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

#[derive(Template)]
#[template(path = "connect/participant.html")]
struct PersonPage {
    page: Page,
    programme: StoredProgramme,
    id: ParticipantId,
    side: Side,
    withdrawn: bool,
    record: Record,
    consents: Vec<Consent>,
    person: PersonForm,
    form: FormView,
    may_edit: bool,
    may_run: bool,
    /// Staff refer the person to a service of the directory from here.
    may_refer: bool,
}

async fn person_page(
    state: &AppState,
    (ctx, grant): (&OrgContext, &Grant<ReadParticipants>),
    page: Page,
    (programme, id): (ProgrammeId, ParticipantId),
    form: Option<FormView>,
) -> AppResult<Response> {
    let stored_programme = state.store().programme(grant, programme).await?;
    let reading = Reading::viewing("participant");
    let (stored, consents) =
        state.store().participant_with_consents(grant, programme, id, reading, state.now()).await?;
    let record = Record::from_json(stored.record.expose());
    let side = Side::parse(&stored.side).unwrap_or(Side::Newcomer);
    render(&PersonPage {
        page: page.with_org(ctx),
        person: staff_form(&stored_programme),
        programme: stored_programme,
        id,
        side,
        withdrawn: stored.status == "withdrawn",
        form: form.unwrap_or_else(|| view_of_record(side, &record)),
        record,
        consents,
        may_edit: ctx.may::<EditParticipants>(),
        may_run: ctx.may::<RunProgrammes>(),
        may_refer: ctx.may::<bridges_domain::policy::RecordReferrals>(),
    })
}

/// Everything held about the person, as JSON (article 15).
pub async fn export_json(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<RunProgrammes>,
    Ids((_, programme, person)): Ids<(OrgId, ProgrammeId, ParticipantId)>,
) -> AppResult<Response> {
    let export = rights::export(state.services(), &grant, programme, person).await?;
    let body =
        serde_json::to_string_pretty(&export).map_err(|e| crate::http::error::AppError::Internal(e.to_string()))?;
    Ok(download("application/json", &format!("person-{person}.json"), body))
}

/// Everything held about the person, one fact a row, for a spreadsheet (article 15).
pub async fn export_csv(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<RunProgrammes>,
    Ids((_, programme, person)): Ids<(OrgId, ProgrammeId, ParticipantId)>,
) -> AppResult<Response> {
    let export = rights::export(state.services(), &grant, programme, person).await?;
    Ok(download("text/csv; charset=utf-8", &format!("person-{person}.csv"), rights::to_csv(&export)))
}

fn download(content_type: &str, file_name: &str, body: String) -> Response {
    let disposition = format!("attachment; filename=\"{file_name}\"");
    ([(header::CONTENT_TYPE, content_type.to_string()), (header::CONTENT_DISPOSITION, disposition)], body)
        .into_response()
}

/// Erases the person everywhere (article 17), once the coordinator ticked that they understand.
pub async fn erase(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RunProgrammes>,
    page: Page,
    Ids((_, programme, person)): Ids<(OrgId, ProgrammeId, ParticipantId)>,
    form: FormPairs,
) -> AppResult<Response> {
    if !form.has("confirm") {
        let read = grant.also::<ReadParticipants>()?;
        let errors = bridges_domain::ValidationErrors::single("confirm", "erase-not-confirmed");
        let view = FormView::new().with_errors(&page.tr, &errors);
        return with_status(
            person_page(&state, (&ctx, &read), page, (programme, person), Some(view)).await?,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    rights::erase(state.services(), &grant, programme, person).await?;
    Ok(see_other(&format!("/orgs/{}/programmes/{programme}/participants", ctx.org.id)))
}

pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadParticipants>,
    page: Page,
    Ids((_, programme, person)): Ids<(OrgId, ProgrammeId, ParticipantId)>,
) -> AppResult<Response> {
    person_page(&state, (&ctx, &grant), page, (programme, person), None).await
}

/// Saves an edited record, or withdraws / restores the person (`action=withdraw|restore`).
pub async fn update(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<EditParticipants>,
    page: Page,
    Ids((_, programme, person)): Ids<(OrgId, ProgrammeId, ParticipantId)>,
    form: FormPairs,
) -> AppResult<Response> {
    let read = grant.also::<ReadParticipants>()?;
    let stored_programme = state.store().programme(&grant, programme).await?;
    let side = state.store().participant_side(&grant, programme, person).await?;
    let back = format!("/orgs/{}/programmes/{programme}/participants/{person}", ctx.org.id);
    let action = form.first("action");
    match action.as_str() {
        "withdraw" => {
            pairs::withdraw(state.services(), &grant, programme, person, &page.t("pair-closed-withdrawn")).await?;
            return Ok(see_other(&back));
        }
        "restore" => {
            state.store().restore_participant(&grant, programme, person, state.now()).await?;
            record_people(state.services(), &grant, AuditKind::PersonalDataChanged, programme, "active", &[person])
                .await?;
            return Ok(see_other(&back));
        }
        _ => {}
    }
    let fields = fields_from_form(&form);
    let settings = Settings::of(&stored_programme);
    match parse_person(|k| fields.get(k).cloned().unwrap_or_default(), &settings.programme, Entry::Staff) {
        Ok((new_side, record)) if new_side.as_str() == side => {
            let sealed = Sensitive::new(record.to_json());
            let findable = record.findable();
            state.store().update_participant(&grant, programme, person, (&sealed, &findable), state.now()).await?;
            record_people(state.services(), &grant, AuditKind::PersonalDataChanged, programme, "updated", &[person])
                .await?;
            Ok(see_other(&back))
        }
        Ok(_) => {
            let errors = bridges_domain::ValidationErrors::single("side", "side-fixed");
            let view = view_of(&fields).with_errors(&page.tr, &errors);
            with_status(
                person_page(&state, (&ctx, &read), page, (programme, person), Some(view)).await?,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(errors) => {
            let view = view_of(&fields).with_errors(&page.tr, &errors);
            with_status(
                person_page(&state, (&ctx, &read), page, (programme, person), Some(view)).await?,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

#[derive(Template)]
#[template(path = "connect/import.html")]
struct ImportPage {
    page: Page,
    programme: StoredProgramme,
    problems: Vec<RowProblem>,
    imported: Option<usize>,
}

impl ImportPage {
    fn message(&self, problem: &RowProblem) -> String {
        self.page.tr.error(problem.code)
    }
}

pub async fn import_form(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<EditParticipants>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProgrammeId)>,
) -> AppResult<Response> {
    let programme = state.store().programme(&grant, id).await?;
    render(&ImportPage { page: page.with_org(&ctx), programme, problems: Vec::new(), imported: None })
}

pub async fn import_template(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<EditParticipants>,
    Ids((_, id)): Ids<(OrgId, ProgrammeId)>,
) -> AppResult<Response> {
    state.store().programme(&grant, id).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"participants-template.csv\""),
        ],
        import::template_csv(),
    )
        .into_response())
}

pub async fn import(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<EditParticipants>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProgrammeId)>,
    multipart: Multipart,
) -> AppResult<Response> {
    let programme = state.store().programme(&grant, id).await?;
    let settings = Settings::of(&programme);
    let parsed = match read_upload(multipart).await {
        Ok(upload) if !upload.has("consent_recorded") => {
            Err(vec![RowProblem { line: 0, field: "consent_recorded".into(), code: "consent-missing" }])
        }
        Ok(upload) => import::read_people(state.imports(), upload.bytes, settings.programme).await,
        Err(problems) => Err(problems),
    };
    let page = page.with_org(&ctx);
    match parsed {
        Ok(people) => {
            let now = state.now();
            let wording = page.t("consent-import-recorded");
            let rows: Vec<NewParticipant> = people
                .into_iter()
                .map(|(side, record)| record.joining(side, vec![(CONSENT_PAIRING.to_string(), wording.clone())], now))
                .collect();
            let count = rows.len();
            let added = state.store().add_participants(&grant, id, &rows, "import", now).await?;
            record_people(state.services(), &grant, AuditKind::PersonalDataChanged, id, "imported", &added).await?;
            render(&ImportPage { page, programme, problems: Vec::new(), imported: Some(count) })
        }
        Err(problems) => with_status(
            render(&ImportPage { page, programme, problems, imported: None })?,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    }
}
