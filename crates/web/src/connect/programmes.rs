//! Connect's programmes: the list, creating one from a kind's defaults, its overview, and the
//! settings a coordinator edits (intake questions, rules, weights, the fairness cap).

use crate::http::authz::{Authorised, Ids, OrgContext};
use crate::http::error::AppResult;
use crate::http::forms::{check_text, FormPairs, FormView};
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use crate::http::with_status;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use bridges_app::connect::programme::{Settings, DIMENSIONS};
use bridges_app::connect::roster;
use bridges_domain::policy::{ReadOrg, RunProgrammes};
use bridges_domain::ValidationErrors;
use bridges_domain::{OrgId, Permission, ProgrammeId};
use bridges_pairing::{Kind, Question, MAX_WEIGHT};
use bridges_store::{Grant, ProgrammeChange, StoredProgramme};

pub struct ProgrammeRow {
    pub programme: StoredProgramme,
    pub newcomers: u64,
    pub volunteers: u64,
}

#[derive(Template)]
#[template(path = "connect/programmes.html")]
struct ListPage {
    page: Page,
    programmes: Vec<ProgrammeRow>,
    may_run: bool,
    kinds: [Kind; 4],
    form: FormView,
}

async fn list_page<P: Permission>(
    state: &AppState,
    (ctx, grant): (&OrgContext, &Grant<P>),
    page: Page,
    form: FormView,
) -> AppResult<Response> {
    let read = grant.also::<ReadOrg>()?;
    let mut programmes = Vec::new();
    for programme in state.store().programmes(&read).await? {
        let (newcomers, volunteers) = state.store().participant_counts(grant, programme.id).await?;
        programmes.push(ProgrammeRow { programme, newcomers, volunteers });
    }
    render(&ListPage {
        page: page.with_org(ctx),
        programmes,
        may_run: ctx.may::<RunProgrammes>(),
        kinds: Kind::ALL,
        form,
    })
}

pub async fn list(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadOrg>,
    page: Page,
) -> AppResult<Response> {
    list_page(&state, (&ctx, &grant), page, FormView::new()).await
}

pub async fn create(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RunProgrammes>,
    page: Page,
    form: FormPairs,
) -> AppResult<Response> {
    let mut errors = ValidationErrors::new();
    let name = form.first("name");
    check_text(&mut errors, "name", &name, 200, true);
    let kind = Kind::parse(&form.first("kind"));
    if kind.is_none() {
        errors.add("kind", "programme-kind-invalid");
    }
    match kind {
        Some(kind) if errors.is_empty() => {
            let settings = Settings::for_kind(kind).to_json();
            let id = state.store().create_programme(&grant, &name, kind.as_str(), &settings, state.now()).await?;
            Ok(see_other(&format!("/orgs/{}/programmes/{id}", ctx.org.id)))
        }
        _ => {
            let view = FormView::new()
                .with_value("name", name.chars().take(200).collect::<String>())
                .with_errors(&page.tr, &errors);
            with_status(list_page(&state, (&ctx, &grant), page, view).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

/// What the overview shows beyond the programme itself, for those who may read participants.
pub struct Summary {
    pub waiting: u64,
    pub longest_wait: u32,
    /// How many wait in each span of [`bridges_store::WAIT_BOUNDS`], in words: (span, people).
    pub waited: Vec<(String, u64)>,
    pub proposed: u64,
    pub held: u64,
    pub quiet: u64,
}

#[derive(Template)]
#[template(path = "connect/programme.html")]
struct OverviewPage {
    page: Page,
    programme: StoredProgramme,
    settings: Settings,
    newcomers: u64,
    volunteers: u64,
    intake_url: String,
    summary: Option<Summary>,
    may_run: bool,
}

impl OverviewPage {
    /// How long the people waiting have waited, as bars: one per span, from a week to over six
    /// months (SVG; the table beside it says the same).
    fn waiting_chart(&self, s: &Summary) -> String {
        let points: Vec<bridges_measure::Point> = s
            .waited
            .iter()
            .map(|(span, n)| bridges_measure::Point { label: span.clone(), value: Some(*n as f64), note: None })
            .collect();
        let title = self.page.t("waited-chart");
        let unit = self.page.t("waited-unit");
        bridges_measure::bar_chart(&bridges_measure::ChartSpec {
            title: &title,
            unit: &unit,
            points: &points,
            baseline: None,
            target: None,
            rtl: self.page.dir() == "rtl",
            width: 640,
            height: 260,
        })
    }
}

pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadOrg>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProgrammeId)>,
) -> AppResult<Response> {
    let roster::Overview { programme, newcomers, volunteers, counts } =
        roster::overview(state.services(), &grant, id).await?;
    let summary = counts.map(|counts| {
        let longest = counts.waiting_since.map(|at| (state.now() - at).num_days().max(0)).unwrap_or(0);
        Summary {
            waiting: counts.waiting,
            longest_wait: u32::try_from(longest).unwrap_or(u32::MAX),
            waited: counts.waited.iter().enumerate().map(|(k, n)| (page.tk("waited", &k.to_string()), *n)).collect(),
            proposed: counts.proposed,
            held: counts.held,
            quiet: counts.quiet,
        }
    });
    let intake_url = format!("{}/join/{}", state.config().base_url(), programme.intake_token);
    render(&OverviewPage {
        page: page.with_org(&ctx),
        settings: Settings::of(&programme),
        programme,
        newcomers,
        volunteers,
        intake_url,
        summary,
        may_run: ctx.may::<RunProgrammes>(),
    })
}

#[derive(Template)]
#[template(path = "connect/settings.html")]
struct SettingsPage {
    page: Page,
    programme: StoredProgramme,
    settings: Settings,
    questions: [Question; 8],
    dimensions: [&'static str; 3],
    form: FormView,
}

impl SettingsPage {
    fn weight(&self, name: &str) -> u8 {
        let w = &self.settings.programme.weights;
        match name {
            "language" => w.language,
            "interests" => w.interests,
            "distance" => w.distance,
            "availability" => w.availability,
            "field" => w.field,
            _ => w.waiting,
        }
    }

    fn rule(&self, name: &str) -> bool {
        let r = &self.settings.programme.rules;
        match name {
            "shared_language" => r.shared_language,
            "complementary_languages" => r.complementary_languages,
            "within_reach" => r.within_reach,
            "respect_gender_preference" => r.respect_gender_preference,
            "minors_need_vetted" => r.minors_need_vetted,
            _ => r.same_field,
        }
    }
}

async fn settings_page(
    state: &AppState,
    (ctx, grant): (&OrgContext, &Grant<RunProgrammes>),
    page: Page,
    id: ProgrammeId,
    settings: Option<Settings>,
    form: FormView,
) -> AppResult<Response> {
    let programme = state.store().programme(grant, id).await?;
    render(&SettingsPage {
        page: page.with_org(ctx),
        settings: settings.unwrap_or_else(|| Settings::of(&programme)),
        programme,
        questions: Question::ALL,
        dimensions: DIMENSIONS,
        form,
    })
}

pub async fn settings(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RunProgrammes>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProgrammeId)>,
) -> AppResult<Response> {
    settings_page(&state, (&ctx, &grant), page, id, None, FormView::new()).await
}

/// A retention period shorter than a month would erase people between two meetings; longer than
/// ten years is keeping them for ever.
const MIN_RETENTION_DAYS: u32 = 30;
const MAX_RETENTION_DAYS: u32 = 3650;

fn small_number(errors: &mut ValidationErrors, field: &'static str, text: &str, max: u32) -> u32 {
    match text.trim().parse::<u32>() {
        Ok(n) if n <= max => n,
        _ => {
            errors.add(field, "number-out-of-range");
            0
        }
    }
}

/// Reads the settings form over the programme's current settings.
fn read_settings(form: &FormPairs, current: &Settings, errors: &mut ValidationErrors) -> (Settings, u32) {
    let mut s = current.clone();
    s.programme.questions = Question::ALL.into_iter().filter(|q| form.has(&format!("q-{}", q.as_str()))).collect();
    if !s.programme.asks(Question::Speaks) {
        errors.add("questions", "programme-needs-languages");
    }
    let r = &mut s.programme.rules;
    r.shared_language = form.has("shared_language");
    r.complementary_languages = form.has("complementary_languages");
    r.within_reach = form.has("within_reach");
    r.respect_gender_preference = form.has("respect_gender_preference");
    r.minors_need_vetted = form.has("minors_need_vetted");
    r.same_field = form.has("same_field");
    r.min_shared_slots = small_number(errors, "min_shared_slots", &form.first("min_shared_slots"), 21) as u8;
    let max = u32::from(MAX_WEIGHT);
    let w = &mut s.programme.weights;
    w.language = small_number(errors, "w-language", &form.first("w-language"), max) as u8;
    w.interests = small_number(errors, "w-interests", &form.first("w-interests"), max) as u8;
    w.distance = small_number(errors, "w-distance", &form.first("w-distance"), max) as u8;
    w.availability = small_number(errors, "w-availability", &form.first("w-availability"), max) as u8;
    w.field = small_number(errors, "w-field", &form.first("w-field"), max) as u8;
    w.waiting = small_number(errors, "w-waiting", &form.first("w-waiting"), max) as u8;
    let by = form.first("fairness_by");
    if DIMENSIONS.contains(&by.as_str()) {
        s.fairness_by = by;
    } else {
        errors.add("fairness_by", "fairness-dimension-invalid");
    }
    let gap = form.first("max_gap");
    s.max_gap = if gap.is_empty() { None } else { Some(small_number(errors, "max_gap", &gap, 100) as u8) };
    let quiet = form.first("quiet_after_days");
    let quiet_days = small_number(errors, "quiet_after_days", &quiet, 365);
    if quiet_days == 0 && !errors.iter().any(|e| e.field == "quiet_after_days") {
        errors.add("quiet_after_days", "number-out-of-range");
    }
    (s, quiet_days)
}

pub async fn save_settings(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RunProgrammes>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProgrammeId)>,
    form: FormPairs,
) -> AppResult<Response> {
    let programme = state.store().programme(&grant, id).await?;
    if form.has("reset") {
        let kind = Kind::parse(&programme.kind).unwrap_or(Kind::Buddy);
        let change = ProgrammeChange {
            name: &programme.name,
            settings: &Settings::for_kind(kind).to_json(),
            intake_open: programme.intake_open,
            quiet_after_days: programme.quiet_after_days,
            retention_days: programme.retention_days,
        };
        state.store().update_programme(&grant, id, change, state.now()).await?;
        return Ok(see_other(&format!("/orgs/{}/programmes/{id}/settings", ctx.org.id)));
    }
    if form.has("renew_link") {
        state.store().renew_intake_token(&grant, id).await?;
        return Ok(see_other(&format!("/orgs/{}/programmes/{id}", ctx.org.id)));
    }
    let mut errors = ValidationErrors::new();
    let name = form.first("name");
    check_text(&mut errors, "name", &name, 200, true);
    let (settings, quiet_after_days) = read_settings(&form, &Settings::of(&programme), &mut errors);
    let retention = form.first("retention_days");
    let retention_days = match retention.trim() {
        "" => None,
        text => match text.parse::<u32>() {
            Ok(days) if (MIN_RETENTION_DAYS..=MAX_RETENTION_DAYS).contains(&days) => Some(days),
            _ => {
                errors.add("retention_days", "retention-out-of-range");
                None
            }
        },
    };
    if !errors.is_empty() {
        let view = FormView::new()
            .with_value("name", name.chars().take(200).collect::<String>())
            .with_errors(&page.tr, &errors);
        return with_status(
            settings_page(&state, (&ctx, &grant), page, id, Some(settings), view).await?,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let change = ProgrammeChange {
        name: &name,
        settings: &settings.to_json(),
        intake_open: form.has("intake_open"),
        quiet_after_days,
        retention_days,
    };
    state.store().update_programme(&grant, id, change, state.now()).await?;
    Ok(see_other(&format!("/orgs/{}/programmes/{id}", ctx.org.id)))
}
