//! Pairs after the round: who was accepted and waits for an introduction, who is meeting, which
//! pairs have gone quiet, who is still waiting; a pair's page with its check-ins; the printable
//! introduction, written to each person in their own language.

use crate::connect::rounds::factors_of;
use crate::http::authz::{Authorised, Ids, OrgContext};
use crate::http::error::{AppError, AppResult};
use crate::http::forms::{FormPairs, FormView};
use crate::http::i18n::Tr;
use crate::http::listing::{ListParams, Pager};
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use crate::http::with_status;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use bridges_app::connect::check_in::{read_check_in, CheckInRecord, Ratings, QUALITIES, RATING_FIELDS};
use bridges_app::connect::pairs::decide;
use bridges_app::connect::record::{Record, Search};
use bridges_app::connect::roster::{self, PairsQuery};
use bridges_domain::policy::{EditParticipants, ReadParticipants, RunProgrammes};
use bridges_domain::{Language, OrgId, PairId, PairStatus, ParticipantId, ProgrammeId, Sensitive};
use bridges_store::{Grant, NewCheckIn, PairGroup, StoredPair, StoredProgramme};
use chrono::NaiveDate;
use std::collections::HashMap;

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

/// One group of pairs on the page: the rows shown and how many the group holds.
pub struct Section {
    pub rows: Vec<PairRow>,
    pub total: u64,
}

/// The groups of pairs the page shows, by the names its links use.
const GROUPS: [(&str, PairGroup); 4] = [
    ("quiet", PairGroup::Quiet),
    ("accepted", PairGroup::Accepted),
    ("meeting", PairGroup::Meeting),
    ("closed", PairGroup::Closed),
];

/// How many of each group the overview shows before linking to the whole group.
const OVERVIEW_ROWS: u64 = 10;

/// The query string keys of one group's list.
const FILTERS: [&str; 2] = ["show", "q"];

#[derive(Template)]
#[template(path = "connect/pairs.html")]
struct PairsPage {
    page: Page,
    programme: StoredProgramme,
    /// The one group shown, or `None` for the overview of every group.
    show: Option<&'static str>,
    sections: HashMap<&'static str, Section>,
    waiting: Option<(Vec<WaitingRow>, u64)>,
    filters: ListParams,
    pager: Pager,
    may_run: bool,
    exports: [&'static str; 2],
}

impl PairsPage {
    fn section(&self, name: &str) -> Option<&Section> {
        self.sections.get(name)
    }
    /// Whether the overview cuts the group short, so it links to the rest.
    fn more(&self, section: &Section) -> bool {
        self.show.is_none() && section.total > section.rows.len() as u64
    }
}

/// The programme's pairs: an overview of every group (gone quiet, accepted, meeting, closed, and
/// the longest waits), or one group a page at a time, searched by either person's name. Only the
/// people shown are read (and audited).
pub async fn list(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadParticipants>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProgrammeId)>,
    params: ListParams,
) -> AppResult<Response> {
    let programme = state.store().programme(&grant, id).await?;
    let show = GROUPS.iter().find(|(name, _)| *name == params.get("show")).copied();
    let search = Search { name: params.get("q"), ..Search::default() };
    let now = state.now();
    let (per_page, page_number) = match show {
        Some(_) => (roster::PER_PAGE, params.page()),
        None => (OVERVIEW_ROWS, 1),
    };
    let shown_groups: Vec<(&str, PairGroup)> =
        GROUPS.iter().filter(|(name, _)| show.is_none_or(|(s, _)| s == *name)).copied().collect();
    let asked: Vec<(PairGroup, u64)> = shown_groups.iter().map(|(_, group)| (*group, page_number)).collect();
    let query = PairsQuery {
        groups: &asked,
        search: &search,
        per_page,
        people: true,
        waiting: show.is_none().then_some(OVERVIEW_ROWS),
        round: false,
    };
    let listed = roster::pairs(state.services(), &grant, id, &query, "pairs").await?;
    let mut sections = HashMap::new();
    for ((name, group), pairs) in shown_groups.iter().zip(&listed.groups) {
        let rows = pairs
            .items
            .iter()
            .map(|p| PairRow {
                pair: p.clone(),
                newcomer: listed.name(p.newcomer),
                volunteer: listed.name(p.volunteer),
                quiet_days: (*group == PairGroup::Quiet).then(|| roster::days_silent(p, now)),
            })
            .collect();
        sections.insert(*name, Section { rows, total: pairs.total });
    }
    let waiting = listed.waiting.as_ref().map(|w| {
        let rows =
            w.people.iter().map(|p| WaitingRow { id: p.id, name: p.record.name.clone(), days: p.days_waiting(now) });
        (rows.collect(), w.total)
    });
    let path = format!("/orgs/{}/programmes/{id}/pairs", ctx.org.id);
    // The pager is for the one group shown; the overview shows no pager.
    let (total, shown) =
        show.and_then(|(name, _)| sections.get(name)).map(|s| (s.total, s.rows.len())).unwrap_or((0, 0));
    let pager = Pager::new(&params, (&path, &FILTERS), (page_number, per_page), total, shown);
    if let Some(last) = &pager.past_end {
        return Ok(see_other(last));
    }
    render(&PairsPage {
        page: page.with_org(&ctx),
        programme,
        show: show.map(|(name, _)| name),
        sections,
        waiting,
        filters: params,
        pager,
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
    /// The score as one bar split by what made it, each factor's share beside its colour (SVG;
    /// the list under it says the same).
    fn has_score(&self) -> bool {
        self.factors.iter().any(|(_, share)| *share > 0)
    }
    fn score_bar(&self) -> String {
        let parts: Vec<bridges_measure::Part> = self
            .factors
            .iter()
            .filter(|(_, share)| *share > 0)
            .map(|(text, share)| bridges_measure::Part { label: text, share: f64::from(*share) })
            .collect();
        let total: u32 = self.factors.iter().map(|(_, share)| share).sum();
        let title = self.page.t1("pair-score-bar", "score", &total.to_string());
        bridges_measure::stacked_bar(&title, &parts, self.page.dir() == "rtl", 640)
    }
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
    let held = roster::pair(state.services(), grant, (programme, pair), "pair").await?;
    let check_ins = held
        .check_ins
        .iter()
        .map(|c| CheckInView {
            met_on: c.met_on,
            minutes: c.minutes,
            record: serde_json::from_str(c.record.expose()).unwrap_or_default(),
        })
        .collect();
    render(&PairPage {
        factors: factors_of(&page, &held.pair),
        page: page.with_org(ctx),
        newcomer: held.newcomer.record.name,
        volunteer: held.volunteer.record.name,
        programme: held.programme,
        pair: held.pair,
        check_ins,
        may_record: ctx.may::<EditParticipants>(),
        may_run: ctx.may::<RunProgrammes>(),
        form,
    })
}

/// The pair's page again with a form refused on it, for the person to correct and send again.
async fn refused(
    state: &AppState,
    who: (&OrgContext, &Grant<ReadParticipants>),
    page: Page,
    ids: (ProgrammeId, PairId),
    form: FormView,
) -> AppResult<Response> {
    with_status(pair_page(state, who, page, ids, form).await?, StatusCode::UNPROCESSABLE_ENTITY)
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
            refused(&state, (&ctx, &grant.also::<ReadParticipants>()?), page, (programme, pair), view).await
        }
    }
}

/// Ends a pair with the coordinator's reason. A reason refused (none, too long, or holding
/// direction-control characters) comes back beside its field on the pair's page, as typed less
/// its invisible characters, for the coordinator to check and send again.
pub async fn close(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RunProgrammes>,
    page: Page,
    Ids((_, programme, pair)): Ids<(OrgId, ProgrammeId, PairId)>,
    form: FormPairs,
) -> AppResult<Response> {
    let reason = form.first("reason");
    let closed = decide(state.services(), &grant, (programme, pair), PairStatus::Closed, &reason).await;
    match closed {
        Ok(()) => Ok(see_other(&format!("/orgs/{}/programmes/{programme}/pairs/{pair}", ctx.org.id))),
        Err(bridges_app::Error::Invalid(errors)) => {
            let view = FormView::new()
                .with_value("reason", reason.chars().take(REASON_SHOWN).collect::<String>())
                .with_errors(&page.tr, &errors);
            refused(&state, (&ctx, &grant.also::<ReadParticipants>()?), page, (programme, pair), view).await
        }
        Err(other) => Err(other.into()),
    }
}

/// How much of a refused reason is shown again: a little over the 500 characters kept, so a
/// reason refused for its length still shows that it was too long.
const REASON_SHOWN: usize = 600;

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

/// A letter in its reader's language: the languages the two share are named in it too.
fn letter(record: &Record, other: &Record, shared: &[String], organisation: &str) -> Letter {
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
                ("shared", tr.languages(shared)),
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
    let held = roster::pair(state.services(), &read, (programme, pair), "introduction").await?;
    if !matches!(held.pair.status, PairStatus::Accepted | PairStatus::Introduced | PairStatus::Active) {
        return Err(AppError::Code(bridges_domain::ErrorCode::PairStatus));
    }
    let (n, v) = (&held.newcomer, &held.volunteer);
    if n.withdrawn || v.withdrawn {
        return Err(AppError::Code(bridges_domain::ErrorCode::ParticipantWithdrawn));
    }
    let shared: Vec<String> = n
        .record
        .profile
        .speaks
        .iter()
        .filter(|s| v.record.profile.speaks.iter().any(|o| o.language == s.language))
        .map(|s| s.language.clone())
        .collect();
    let organisation = ctx.org.name.to_string();
    let letters = vec![
        letter(&n.record, &v.record, &shared, &organisation),
        letter(&v.record, &n.record, &shared, &organisation),
    ];
    render(&IntroductionPage { page: page.with_org(&ctx), programme: held.programme, pair: held.pair, letters })
}
