//! Pairs after the round: who was accepted and waits for an introduction, who is meeting, which
//! pairs have gone quiet, who is still waiting; a pair's page with its check-ins; the printable
//! introduction, written to each person in their own language.

use crate::connect::rounds::factors_of;
use crate::http::authz::{Authorised, Ids, OrgContext};
use crate::http::error::{AppError, AppResult};
use crate::http::forms::{FormPairs, FormView};
use crate::http::i18n::Tr;
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use crate::http::with_status;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use bridges_app::connect::check_in::{read_check_in, CheckInRecord, Ratings, QUALITIES, RATING_FIELDS};
use bridges_app::connect::programme::{load, load_for_pair};
use bridges_app::connect::record::{language_name, Record};
use bridges_domain::policy::{EditParticipants, ReadParticipants, RunProgrammes};
use bridges_domain::{Language, OrgId, PairId, PairStatus, ParticipantId, ProgrammeId, Sensitive};
use bridges_store::{Grant, NewCheckIn, StoredPair, StoredProgramme};
use chrono::NaiveDate;

pub struct PairRow {
    pub pair: StoredPair,
    pub newcomer: String,
    pub volunteer: String,
    /// Days since the pair last met (or was introduced), for quiet pairs.
    pub quiet_days: Option<i64>,
}

pub struct WaitingRow {
    pub id: ParticipantId,
    pub name: String,
    pub days: u32,
}

#[derive(Template)]
#[template(path = "connect/pairs.html")]
struct PairsPage {
    page: Page,
    programme: StoredProgramme,
    quiet: Vec<PairRow>,
    accepted: Vec<PairRow>,
    meeting: Vec<PairRow>,
    closed: Vec<PairRow>,
    waiting: Vec<WaitingRow>,
    may_run: bool,
    exports: [&'static str; 2],
}

pub async fn list(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadParticipants>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProgrammeId)>,
) -> AppResult<Response> {
    let data = load(state.services(), &grant, id, "pairs").await?;
    let now = state.now();
    let row = |p: &StoredPair, quiet_days: Option<i64>| PairRow {
        pair: p.clone(),
        newcomer: data.name(p.newcomer),
        volunteer: data.name(p.volunteer),
        quiet_days,
    };
    let quiet: Vec<PairRow> = data.quiet(now).into_iter().map(|(p, d)| row(p, Some(d))).collect();
    let with = |s: &[PairStatus]| data.pairs.iter().filter(|p| s.contains(&p.status)).map(|p| row(p, None)).collect();
    render(&PairsPage {
        page: page.with_org(&ctx),
        quiet,
        accepted: with(&[PairStatus::Accepted]),
        meeting: with(&[PairStatus::Introduced, PairStatus::Active]),
        closed: with(&[PairStatus::Closed]),
        waiting: data
            .waiting(now)
            .into_iter()
            .map(|(p, days)| WaitingRow { id: p.id, name: p.record.name.clone(), days })
            .collect(),
        programme: data.programme.clone(),
        may_run: ctx.may::<RunProgrammes>(),
        exports: ["pairs", "waiting"],
    })
}

pub struct CheckInView {
    pub met_on: NaiveDate,
    pub minutes: u32,
    pub record: CheckInRecord,
}

#[derive(Template)]
#[template(path = "connect/pair.html")]
struct PairPage {
    page: Page,
    programme: StoredProgramme,
    pair: StoredPair,
    newcomer: String,
    volunteer: String,
    factors: Vec<(String, u32)>,
    check_ins: Vec<CheckInView>,
    may_record: bool,
    may_run: bool,
    form: FormView,
}

impl PairPage {
    fn ratings(&self, r: &Ratings) -> String {
        let show = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_else(|| "–".to_string());
        format!("{} / {} / {} / {}", show(r.pleasant), show(r.equal), show(r.cooperative), show(r.close))
    }
    fn rating_fields(&self, side: usize) -> [(&'static str, &'static str); 4] {
        let fields = RATING_FIELDS[side.min(1)];
        [(fields[0], QUALITIES[0]), (fields[1], QUALITIES[1]), (fields[2], QUALITIES[2]), (fields[3], QUALITIES[3])]
    }
}

async fn pair_page(
    state: &AppState,
    (ctx, grant): (&OrgContext, &Grant<ReadParticipants>),
    page: Page,
    (programme, pair): (ProgrammeId, PairId),
    form: FormView,
) -> AppResult<Response> {
    let (data, stored) = load_for_pair(state.services(), grant, programme, pair, "pair").await?;
    let check_ins = data
        .check_ins
        .iter()
        .map(|c| CheckInView {
            met_on: c.met_on,
            minutes: c.minutes,
            record: serde_json::from_str(c.record.expose()).unwrap_or_default(),
        })
        .collect();
    render(&PairPage {
        factors: factors_of(&page, &stored),
        page: page.with_org(ctx),
        newcomer: data.name(stored.newcomer),
        volunteer: data.name(stored.volunteer),
        programme: data.programme.clone(),
        pair: stored,
        check_ins,
        may_record: ctx.may::<EditParticipants>(),
        may_run: ctx.may::<RunProgrammes>(),
        form,
    })
}

pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadParticipants>,
    page: Page,
    Ids((_, programme, pair)): Ids<(OrgId, ProgrammeId, PairId)>,
) -> AppResult<Response> {
    pair_page(&state, (&ctx, &grant), page, (programme, pair), FormView::new()).await
}

pub async fn add_check_in(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<EditParticipants>,
    page: Page,
    Ids((_, programme, pair)): Ids<(OrgId, ProgrammeId, PairId)>,
    form: FormPairs,
) -> AppResult<Response> {
    match read_check_in(|k| form.first(k), state.now().date_naive()) {
        Ok((met_on, minutes, record)) => {
            let check_in = NewCheckIn {
                met_on,
                minutes,
                record: Sensitive::new(serde_json::to_string(&record).unwrap_or_default()),
            };
            bridges_app::connect::pairs::check_in(state.services(), &grant, programme, pair, &check_in).await?;
            Ok(see_other(&format!("/orgs/{}/programmes/{programme}/pairs/{pair}", ctx.org.id)))
        }
        Err(errors) => {
            let mut view = FormView::new()
                .with_value("met_on", form.first("met_on").chars().take(20).collect::<String>())
                .with_value("minutes", form.first("minutes").chars().take(10).collect::<String>())
                .with_value("activity", form.first("activity").chars().take(1000).collect::<String>());
            for field in RATING_FIELDS.iter().flatten() {
                view = view.with_value(field, form.first(field).chars().take(2).collect::<String>());
            }
            let view = view.with_errors(&page.tr, &errors);
            let read = grant.also::<ReadParticipants>()?;
            let shown = pair_page(&state, (&ctx, &read), page, (programme, pair), view).await?;
            with_status(shown, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

/// One person's half of the introduction, in their language.
pub struct Letter {
    pub lang: &'static str,
    pub dir: &'static str,
    pub title: String,
    pub body: String,
    pub contact: String,
    pub closing: String,
}

#[derive(Template)]
#[template(path = "connect/introduction.html")]
struct IntroductionPage {
    page: Page,
    programme: StoredProgramme,
    pair: StoredPair,
    letters: Vec<Letter>,
}

fn letter(record: &Record, other: &Record, shared: &str, organisation: &str) -> Letter {
    let lang = Language::parse(&record.contact_language).unwrap_or_default();
    let tr = Tr::new(lang);
    let contact: Vec<String> = [&other.email, &other.phone].into_iter().filter(|c| !c.is_empty()).cloned().collect();
    Letter {
        lang: lang.code(),
        dir: if lang.is_rtl() { "rtl" } else { "ltr" },
        title: tr.t_args("intro-title", &[("name", record.name.clone())]),
        body: tr.t_args(
            "intro-body",
            &[
                ("other", other.name.clone()),
                ("organisation", organisation.to_string()),
                ("shared", shared.to_string()),
            ],
        ),
        contact: if contact.is_empty() {
            tr.t("intro-contact-through-us")
        } else {
            tr.t_args("intro-contact", &[("other", other.name.clone()), ("contact", contact.join(" · "))])
        },
        closing: tr.t("intro-closing"),
    }
}

pub async fn introduction(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RunProgrammes>,
    page: Page,
    Ids((_, programme, pair)): Ids<(OrgId, ProgrammeId, PairId)>,
) -> AppResult<Response> {
    let read = grant.also::<ReadParticipants>()?;
    let (data, stored) = load_for_pair(state.services(), &read, programme, pair, "introduction").await?;
    if !matches!(stored.status, PairStatus::Accepted | PairStatus::Introduced | PairStatus::Active) {
        return Err(AppError::Code(bridges_domain::ErrorCode::PairStatus));
    }
    let (Some(n), Some(v)) = (data.person(stored.newcomer), data.person(stored.volunteer)) else {
        return Err(AppError::NotFound);
    };
    if n.withdrawn || v.withdrawn {
        return Err(AppError::Code(bridges_domain::ErrorCode::ParticipantWithdrawn));
    }
    let shared: Vec<String> = n
        .record
        .profile
        .speaks
        .iter()
        .filter(|s| v.record.profile.speaks.iter().any(|o| o.language == s.language))
        .map(|s| language_name(&s.language))
        .collect();
    let shared = shared.join(", ");
    let organisation = ctx.org.name.to_string();
    let letters = vec![
        letter(&n.record, &v.record, &shared, &organisation),
        letter(&v.record, &n.record, &shared, &organisation),
    ];
    render(&IntroductionPage { page: page.with_org(&ctx), programme: data.programme.clone(), pair: stored, letters })
}
