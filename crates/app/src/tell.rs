//! Tell's use cases: gather an impact report (a project's, or the whole organisation's, over a
//! span) as its audience may see it; write it as a PDF off the async workers; publish a project's
//! public page and its open data; read what the public may read of a published page.
//!
//! Suppression is decided here, once, by the audience: a report for the public (and every public
//! page and open-data file) is gathered with a viewer's reader, whoever asks for it.

use crate::measure::indicators::{self, raw_series, Reader};
use crate::measure::surveys::results::{self, By};
use crate::{Error, Result, Services};
use bridges_domain::policy::{PublishOutcomes, ReadMeasures, ReadOrg};
use bridges_domain::{ProjectId, Role, ValidationErrors};
use bridges_measure::{month_key, periods_between, PeriodKind, Shown, Threshold};
use bridges_report::{
    Audience, Estimate, IndicatorLine, Myth, ObjectiveSection, PairsLine, PeriodValue, ReportData, ReviewLine,
    ScoreLine, Span, SurveySection, WorkLine,
};
use bridges_store::{Grant, PublicView, Publication, Scope};
use chrono::{Datelike, NaiveDate};

pub use bridges_report::open_data::Licence;

/// The longest span a report covers: ten years.
pub const MAX_SPAN_DAYS: i64 = 3_660;

/// What a report is asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportRequest {
    pub project: Option<ProjectId>,
    pub span: Span,
    pub compare: bool,
    pub audience: Audience,
}

/// Parses a report request from named fields: `project`, `from`, `to` (YYYY-MM-DD; by default the
/// calendar year so far), `compare` (with the span before), `audience` ("public", the default, or
/// "team" for exact counts, which only staff may ask for).
pub fn parse_request(
    get: impl Fn(&str) -> String,
    today: NaiveDate,
    role: Role,
) -> Result<ReportRequest, ValidationErrors> {
    let mut e = ValidationErrors::new();
    let project = crate::measure::optional_id(&mut e, "project", get("project").trim());
    let date = |e: &mut ValidationErrors, field: &'static str, default: NaiveDate| -> NaiveDate {
        let v = get(field);
        let v = v.trim();
        if v.is_empty() {
            return default;
        }
        match NaiveDate::parse_from_str(v, "%Y-%m-%d").ok().filter(|d| (2000..=2100).contains(&d.year())) {
            Some(d) => d,
            None => {
                e.add(field, "date-invalid");
                default
            }
        }
    };
    let start_of_year = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
    let from = date(&mut e, "from", start_of_year);
    let to = date(&mut e, "to", today);
    if to < from {
        e.add("to", "report-span-backwards");
    } else if (to - from).num_days() > MAX_SPAN_DAYS {
        e.add("to", "report-span-too-long");
    }
    let audience = match get("audience").trim() {
        "" | "public" => Audience::Public,
        "team" if role.at_least(Role::Staff) => Audience::Team,
        "team" => {
            e.add("audience", "report-team-for-staff");
            Audience::Public
        }
        _ => {
            e.add("audience", "report-audience-invalid");
            Audience::Public
        }
    };
    let compare = matches!(get("compare").trim(), "on" | "true" | "yes" | "1");
    e.into_result()?;
    Ok(ReportRequest { project, span: Span { from, to }, compare, audience })
}

async fn reader_for(services: &Services, grant: &Grant<ReadMeasures>, audience: Audience) -> Result<Reader> {
    let own = Reader::of(services, grant).await?;
    Ok(match audience {
        Audience::Team => own,
        Audience::Public => Reader { exact: false, threshold: own.threshold },
    })
}

fn period_value(p: &indicators::Point) -> PeriodValue {
    PeriodValue { period: p.period.label(), value: p.value, n: p.n }
}

/// The last period with a value.
fn latest(points: &[indicators::Point]) -> Option<PeriodValue> {
    points.iter().rev().find(|p| p.value.is_some()).map(period_value)
}

async fn indicator_lines(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    reader: Reader,
    request: &ReportRequest,
    today: NaiveDate,
) -> Result<Vec<(Option<uuid::Uuid>, IndicatorLine)>> {
    // A span that ended before today is judged the day after its end, when its last period is
    // complete; one that ends today as the dashboard judges it today.
    let as_of = if request.span.to < today { request.span.to.succ_opt().unwrap_or(today) } else { today };
    let mut out = Vec::new();
    for indicator in services.store().indicators(grant).await? {
        let d = &indicator.definition;
        if request.project.is_some() && d.project != request.project {
            continue;
        }
        let kind = PeriodKind::parse(&d.period).unwrap_or(PeriodKind::Month);
        let series = |span: Span| periods_between(kind, span.from, span.to, indicators::MAX_PERIODS);
        let periods = series(request.span);
        let points = indicators::shown(reader, d, raw_series(services, grant, &indicator, kind, &periods).await?);
        let previous = if request.compare {
            let periods = series(request.span.previous());
            let before = indicators::shown(reader, d, raw_series(services, grant, &indicator, kind, &periods).await?);
            latest(&before)
        } else {
            None
        };
        // The status and the latest value are judged as the dashboard judges them on the span's
        // last day, so a report that ends today agrees with it.
        let view = indicators::view(services, grant, reader, indicator.clone(), as_of).await?;
        let current = view.latest.as_ref().map(period_value).or_else(|| latest(&points));
        out.push((
            d.objective,
            IndicatorLine {
                id: indicator.id.to_string(),
                name: d.name.clone(),
                unit: d.unit.clone(),
                source: d.source.as_str().to_string(),
                baseline: d.baseline,
                target: d.target,
                status: view.status.as_str().to_string(),
                points: points.iter().map(period_value).collect(),
                current,
                previous,
                line: d.source == bridges_domain::measure::IndicatorSource::ContactQuality,
            },
        ));
    }
    Ok(out)
}

async fn objectives(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    reader: Reader,
    request: &ReportRequest,
    today: NaiveDate,
) -> Result<Vec<ObjectiveSection>> {
    let read_org = grant.also::<ReadOrg>()?;
    let mut lines = indicator_lines(services, grant, reader, request, today).await?;
    let mut sections = Vec::new();
    let projects = services.store().projects(&read_org).await?;
    for p in projects.iter().filter(|p| request.project.is_none_or(|id| id == p.id)) {
        for (id, objective) in crate::plan::load_register::<bridges_plan::Objective>(services, &read_org, p.id).await? {
            let Ok(id) = id.parse::<uuid::Uuid>() else { continue };
            let (serving, rest): (Vec<_>, Vec<_>) = lines.into_iter().partition(|(o, _)| *o == Some(id));
            lines = rest;
            sections.push(ObjectiveSection {
                objective: objective.text,
                indicators: serving.into_iter().map(|(_, l)| l).collect(),
            });
        }
    }
    if !lines.is_empty() {
        sections.push(ObjectiveSection {
            objective: String::new(),
            indicators: lines.into_iter().map(|(_, l)| l).collect(),
        });
    }
    Ok(sections)
}

/// What was done in a span: activities, attendance, volunteer hours, people advised, occasions.
async fn work_in(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    reader: Reader,
    project: Option<ProjectId>,
    span: Span,
) -> Result<[Shown; 5]> {
    let store = services.store();
    let (from, to) = (month_key(span.from), month_key(span.to));
    let scope = Scope { project, kind: None, from_month: from, to_month: to };
    let (mut activities, mut attendance, mut minutes) = (0u64, 0u64, 0u64);
    for (_, t) in store.activity_totals(grant, scope, "all").await? {
        activities += t.activities;
        attendance += t.counts[0];
        minutes += t.counts[11];
    }
    let advice = store.advice_totals(grant, project, "all", from, to).await?;
    let (people, occasions) = advice.first().map(|(_, t)| (t.people, t.occasions)).unwrap_or((0, 0));
    let people_shown = reader.people(people);
    // Occasions could give away how few people came, so they hide with the people.
    let occasions = match people_shown {
        Shown::Exact { .. } => Shown::Exact { value: occasions as f64 },
        other => other,
    };
    Ok([
        Shown::Exact { value: activities as f64 },
        reader.people(attendance),
        Shown::Exact { value: (minutes as f64 / 60.0).round() },
        people_shown,
        occasions,
    ])
}

const WORK_KEYS: [&str; 5] = [
    "report-work-activities",
    "report-work-attendance",
    "report-work-volunteer-hours",
    "report-work-people-advised",
    "report-work-advice-occasions",
];

async fn work(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    reader: Reader,
    request: &ReportRequest,
) -> Result<Vec<WorkLine>> {
    let now = work_in(services, grant, reader, request.project, request.span).await?;
    let before = if request.compare {
        Some(work_in(services, grant, reader, request.project, request.span.previous()).await?)
    } else {
        None
    };
    Ok(WORK_KEYS
        .iter()
        .enumerate()
        .map(|(i, key)| WorkLine { key: (*key).to_string(), current: now[i], previous: before.map(|b| b[i]) })
        .collect())
}

async fn pairs(services: &Services, grant: &Grant<ReadMeasures>, reader: Reader, span: Span) -> Result<Vec<PairsLine>> {
    let store = services.store();
    let mut out = Vec::new();
    for facts in store.programme_facts(grant).await? {
        let s = crate::measure::connect::summarise(&facts, reader, span.to);
        let check_ins: Vec<bridges_measure::CheckInFacts> = store
            .check_in_summaries(grant, Some(facts.id), span.from, span.to, indicators::ratings_of)
            .await?
            .into_iter()
            .map(|c| bridges_measure::CheckInFacts { met_on: c.met_on, minutes: c.minutes, ratings: c.summary })
            .collect();
        let contact = bridges_measure::summarise(&check_ins);
        // A mean rating rests on the people who rated: shown only as their number may be.
        let quality = contact.quality.filter(|_| reader.exact || contact.rated >= u64::from(reader.threshold.get()));
        out.push(PairsLine {
            programme: s.programme,
            meeting: s.meeting,
            quiet: s.quiet,
            closed: s.closed,
            waiting: s.waiting,
            quality,
            rated: reader.people(contact.rated),
        });
    }
    Ok(out)
}

fn estimate(group: &str, m: &bridges_measure::stats::Reported<bridges_measure::stats::Mean>, k: u32) -> Estimate {
    match m.shown() {
        Some(mean) => Estimate {
            group: group.to_string(),
            mean: Some(mean.mean),
            low: mean.ci.map(|c| c.low),
            high: mean.ci.map(|c| c.high),
            n: Shown::Exact { value: mean.n as f64 },
        },
        None => Estimate { group: group.to_string(), mean: None, low: None, high: None, n: Shown::FewerThan { k } },
    }
}

/// The surveys of the project (or all of them) with their scores by community and the myths their
/// perceived figures bust. Survey results are suppressed at k for every reader.
async fn surveys(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    project: Option<ProjectId>,
    language: &str,
) -> Result<Vec<SurveySection>> {
    let mut out = Vec::new();
    for s in services.store().surveys(grant).await? {
        if project.is_some() && s.project != project {
            continue;
        }
        let (view, by_community) = results::read(services, grant, s.id, By::Community, None, None).await?;
        let (_, everyone) = results::read(services, grant, s.id, By::Nothing, None, None).await?;
        let default = view.form.default_language.as_deref();
        let label_language = view
            .form
            .language_for(language)
            .map(|l| l.name.clone())
            .or_else(|| view.form.default_language.clone())
            .unwrap_or_else(|| bridges_measure::survey::form::DEFAULT_LANGUAGE.to_string());
        let k = by_community.k;
        let scores = by_community
            .scores
            .iter()
            .filter(|score| score.figure.is_none())
            .map(|score| ScoreLine {
                label: score.score.label.get(&label_language, default).to_string(),
                neutral: score.score.neutral,
                estimates: by_community.groups.iter().zip(&score.means).map(|(g, m)| estimate(g.key, m, k)).collect(),
            })
            .collect();
        let myths = everyone
            .scores
            .iter()
            .filter_map(|score| {
                let figure = score.figure.as_ref()?;
                let e = score.means.first().map(|m| estimate("all", m, k))?;
                Some(Myth {
                    figure: figure.figure.clone(),
                    label: score.score.label.get(&label_language, default).to_string(),
                    perceived: e.mean,
                    low: e.low,
                    high: e.high,
                    n: e.n,
                    actual: figure.actual,
                    source: figure.source.clone(),
                    as_of: figure.as_of,
                    unit: "%".to_string(),
                })
            })
            .collect();
        out.push(SurveySection {
            id: s.id.to_string(),
            title: s.title.clone(),
            responses: everyone.total,
            scores,
            myths,
        });
    }
    Ok(out)
}

/// Titles of the practices the organisation published within the span.
async fn practices(services: &Services, grant: &Grant<ReadMeasures>, span: Span) -> Result<Vec<String>> {
    let read = grant.also::<ReadOrg>()?;
    let mut out = Vec::new();
    for p in services.store().org_practices(&read).await? {
        let Some(at) = p.published_at else { continue };
        let day = at.date_naive();
        if day < span.from || day > span.to || p.status != bridges_domain::PracticeStatus::Published {
            continue;
        }
        let record: serde_json::Value = serde_json::from_str(&p.record).unwrap_or_default();
        if let Some(title) = record.get("title").and_then(|t| t.as_str()) {
            out.push(title.to_string());
        }
    }
    Ok(out)
}

/// Gathers the impact report as its audience may see it. `language` chooses the surveys' labels.
pub async fn report(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    request: &ReportRequest,
    language: &str,
    today: NaiveDate,
) -> Result<ReportData> {
    if request.audience == Audience::Team && !grant.membership().role().at_least(Role::Staff) {
        return Err(Error::Code(bridges_domain::ErrorCode::Forbidden));
    }
    let store = services.store();
    let org = store.org(grant.org()).await?;
    let read = grant.also::<ReadOrg>()?;
    let (title, aims) = match request.project {
        Some(id) => {
            let p = store.project(&read, id).await?;
            (p.title, p.aims)
        }
        None => (org.name.as_str().to_string(), String::new()),
    };
    let reader = reader_for(services, grant, request.audience).await?;
    let reviews = store
        .work_reviews(grant, request.project)
        .await?
        .into_iter()
        .filter(|r| r.review.held_on >= request.span.from && r.review.held_on <= request.span.to)
        .map(|r| ReviewLine { held_on: r.review.held_on, concluded: r.review.concluded, decided: r.review.decided })
        .collect();
    Ok(ReportData {
        organisation: org.name.as_str().to_string(),
        title,
        aims,
        span: request.span,
        compared: request.compare.then(|| request.span.previous()),
        audience: request.audience,
        threshold: Threshold::new(org.suppression_threshold).unwrap_or_default().get(),
        made_on: today,
        objectives: objectives(services, grant, reader, request, today).await?,
        work: work(services, grant, reader, request).await?,
        pairs: if request.project.is_none() { pairs(services, grant, reader, request.span).await? } else { Vec::new() },
        surveys: surveys(services, grant, request.project, language).await?,
        practices: if request.project.is_none() { practices(services, grant, request.span).await? } else { Vec::new() },
        reviews,
    })
}

/// The report as a PDF, typeset off the async workers: the same charts as the HTML.
pub async fn pdf<W: bridges_report::Words + Send + 'static>(report: ReportData, words: W) -> Result<Vec<u8>> {
    crate::off_the_workers(move || typeset(&report, &words)).await?
}

/// The report typeset to PDF on the calling thread (for the CLI and benchmarks).
pub fn typeset(report: &ReportData, words: &dyn bridges_report::Words) -> Result<Vec<u8>> {
    let charts = bridges_report::charts::all(report, words);
    let set = bridges_report::typeset::document(report, words, &charts);
    let mut document = bridges_pdf::Document { markup: set.markup, images: Vec::new() };
    for svg in set.images {
        document.add_image("svg", svg.into_bytes());
    }
    bridges_pdf::pdf(&document, None).map_err(|e| Error::Internal(e.to_string()))
}

/// How many pages a PDF made here has.
pub fn page_count(pdf: &[u8]) -> usize {
    bridges_pdf::page_count(pdf)
}

/// A chart or a card drawn to PNG (twice its size, for sharp screens), off the async workers.
pub async fn png(svg: String) -> Result<Vec<u8>> {
    crate::off_the_workers(move || bridges_pdf::png(&svg, 2.0)).await?.map_err(|e| Error::Internal(e.to_string()))
}

/// Publishes a project's public page and open data under a licence, or takes them down.
pub async fn set_published(
    services: &Services,
    grant: &Grant<PublishOutcomes>,
    project: ProjectId,
    published: bool,
    licence: &str,
) -> Result<Publication> {
    let Some(licence) = Licence::parse(licence.trim()) else {
        return Err(Error::Invalid(ValidationErrors::single("licence", "report-licence-invalid")));
    };
    Ok(services.store().set_publication(grant, project, published, licence.as_str(), services.now()).await?)
}

/// The project's publication, if there ever was one.
pub async fn publication(
    services: &Services,
    grant: &Grant<ReadOrg>,
    project: ProjectId,
) -> Result<Option<Publication>> {
    Ok(services.store().publication(grant, project).await?)
}

/// Every publication of the organisation.
pub async fn publications(services: &Services, grant: &Grant<ReadOrg>) -> Result<Vec<Publication>> {
    Ok(services.store().publications(grant).await?)
}

/// The last twelve whole months and the days of this one: what a public page reports on.
pub fn public_span(today: NaiveDate) -> Span {
    let from = today.with_day(1).and_then(|d| d.checked_sub_months(chrono::Months::new(12))).unwrap_or(today);
    Span { from, to: today }
}

/// What the public reads of a published project: its report for the public over the last year,
/// without the team's reviews. A key that is not one, or a page taken down, is not found.
pub async fn public(services: &Services, key: &str, language: &str) -> Result<(PublicView, ReportData)> {
    let view = services.store().published(key).await?;
    // Today where the organisation works.
    let today = view.org.time_zone.date_at(services.now());
    let request = ReportRequest {
        project: Some(view.project.id),
        span: public_span(today),
        compare: false,
        audience: Audience::Public,
    };
    let mut data = report(services, &view.grant, &request, language, today).await?;
    data.reviews.clear();
    Ok((view, data))
}

/// A staff member's preview of the public page, published or not: exactly what the public would see.
pub async fn preview(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    project: ProjectId,
    language: &str,
    today: NaiveDate,
) -> Result<ReportData> {
    let request =
        ReportRequest { project: Some(project), span: public_span(today), compare: false, audience: Audience::Public };
    let mut data = report(services, grant, &request, language, today).await?;
    data.reviews.clear();
    Ok(data)
}
