//! Measure's use cases: log activities and advice, define indicators and enter their values, read
//! the dashboard (each objective of each plan with the indicators that serve it), record reviews,
//! publish recurring sessions as a calendar, export indicator values.

pub mod activities;
pub mod advice;
pub mod connect;
pub mod exchange;
pub mod indicators;
pub mod surveys;
pub mod templates;

use crate::{Result, Services};
use bridges_domain::measure::ActivityKind;
use bridges_domain::policy::{DefineIndicators, ReadMeasures, ReadOrg, RecordMeasures};
use bridges_domain::{check_text, ProjectId, SeriesId, ValidationErrors, WorkReviewId};
use bridges_measure::{month_key, Period, PeriodKind, Shown, Status};
use bridges_plan::Objective;
use bridges_store::{Grant, NewReview, NewSeries, Scope, StoredReview, StoredSeries};
use chrono::NaiveDate;
pub use indicators::{IndicatorView, Point, Reader};

/// An id a field may give (a project, a programme, an objective): none when empty; one that does
/// not parse is `not-found` on the field.
pub fn optional_id<T: std::str::FromStr>(e: &mut ValidationErrors, field: &'static str, value: &str) -> Option<T> {
    if value.is_empty() {
        return None;
    }
    let parsed = value.parse::<T>().ok();
    if parsed.is_none() {
        e.add(field, "not-found");
    }
    parsed
}

/// One objective of a plan and the indicators that serve it. Indicators tied to a project but no
/// objective sit under the project with `objective` empty; the organisation's own under neither.
#[derive(Debug, Clone)]
pub struct ObjectiveGroup {
    pub project: Option<(ProjectId, String)>,
    pub objective: Option<(uuid::Uuid, String)>,
    pub indicators: Vec<IndicatorView>,
}

impl ObjectiveGroup {
    /// How many of its indicators are on track or have reached their target, of those with a target.
    pub fn on_track(&self) -> (usize, usize) {
        on_track(&self.indicators)
    }
}

/// The year so far, counted from what was logged.
#[derive(Debug, Clone)]
pub struct Headline {
    pub year: i32,
    pub activities: u64,
    pub attendance: Shown,
    pub volunteer_hours: f64,
    pub people_advised: Shown,
    pub occasions: Shown,
    /// Languages used in activities and how many activities used each.
    pub languages: Vec<(String, u64)>,
}

#[derive(Debug, Clone)]
pub struct Dashboard {
    pub groups: Vec<ObjectiveGroup>,
    /// Every project of the organisation, to choose the dashboard of one.
    pub projects: Vec<(ProjectId, String)>,
    pub headline: Headline,
    pub reviews: Vec<StoredReview>,
    /// Connect's programmes: pairs meeting, gone quiet, closed, and newcomers waiting.
    pub pairs: Vec<connect::PairsSummary>,
    pub reader: Reader,
}

impl Dashboard {
    /// The date the latest review set for the next one.
    pub fn next_review(&self) -> Option<NaiveDate> {
        self.reviews.first().and_then(|r| r.review.next_on)
    }

    /// Indicators that need attention: off track, or not updated.
    pub fn needing_attention(&self) -> Vec<&IndicatorView> {
        self.groups
            .iter()
            .flat_map(|g| g.indicators.iter())
            .filter(|v| matches!(v.status, Status::OffTrack | Status::Stale))
            .collect()
    }
}

/// Each objective of the projects in scope with the indicators that serve it (then the projects'
/// other indicators, then the organisation's own), and every project's id and title.
async fn objective_groups(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    reader: Reader,
    project: Option<ProjectId>,
    today: NaiveDate,
) -> Result<(Vec<ObjectiveGroup>, Vec<(ProjectId, String)>)> {
    let read_org = grant.also::<ReadOrg>()?;
    let mut views = indicators::views(services, grant, reader, project, today).await?;
    let projects = services.store().projects(&read_org).await?;
    let mut groups = Vec::new();
    for p in projects.iter().filter(|p| project.is_none_or(|id| id == p.id)) {
        let objectives = crate::plan::load_register::<Objective>(services, &read_org, p.id).await?;
        for (id, objective) in objectives {
            let Ok(id) = id.parse::<uuid::Uuid>() else { continue };
            let (serving, rest): (Vec<_>, Vec<_>) =
                views.into_iter().partition(|v| v.indicator.definition.objective == Some(id));
            views = rest;
            groups.push(ObjectiveGroup {
                project: Some((p.id, p.title.clone())),
                objective: Some((id, objective.text)),
                indicators: serving,
            });
        }
        let (serving, rest): (Vec<_>, Vec<_>) =
            views.into_iter().partition(|v| v.indicator.definition.project == Some(p.id));
        views = rest;
        if !serving.is_empty() {
            groups.push(ObjectiveGroup {
                project: Some((p.id, p.title.clone())),
                objective: None,
                indicators: serving,
            });
        }
    }
    if !views.is_empty() {
        groups.push(ObjectiveGroup { project: None, objective: None, indicators: views });
    }
    Ok((groups, projects.into_iter().map(|p| (p.id, p.title)).collect()))
}

/// The dashboard of the organisation, or of one project.
pub async fn dashboard(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    project: Option<ProjectId>,
    today: NaiveDate,
) -> Result<Dashboard> {
    let reader = Reader::of(services, grant).await?;
    let (groups, projects) = objective_groups(services, grant, reader, project, today).await?;
    let headline = headline(services, grant, reader, project, today).await?;
    let reviews = services.store().work_reviews(grant, project).await?;
    let pairs = connect::pairs(services, grant, reader, today).await?;
    Ok(Dashboard { groups, projects, headline, reviews, pairs, reader })
}

/// How many indicators are on track or have reached their target, of those judged against one.
pub fn on_track(indicators: &[IndicatorView]) -> (usize, usize) {
    let judged = indicators.iter().filter(|v| !matches!(v.status, Status::NoTarget | Status::NoData)).count();
    let good = indicators.iter().filter(|v| matches!(v.status, Status::OnTrack | Status::Achieved)).count();
    (good, judged)
}

/// How each objective of a project is doing: its indicators on track (or reached) and those judged
/// against a target, and how many indicators serve it, by the objective's id.
pub async fn objective_progress(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    project: ProjectId,
    today: NaiveDate,
) -> Result<std::collections::HashMap<uuid::Uuid, (usize, usize, usize)>> {
    let reader = Reader::of(services, grant).await?;
    let views = indicators::views(services, grant, reader, Some(project), today).await?;
    let mut out: std::collections::HashMap<uuid::Uuid, Vec<IndicatorView>> = std::collections::HashMap::new();
    for v in views {
        if let Some(objective) = v.indicator.definition.objective {
            out.entry(objective).or_default().push(v);
        }
    }
    Ok(out
        .into_iter()
        .map(|(id, indicators)| {
            let (good, judged) = on_track(&indicators);
            (id, (good, judged, indicators.len()))
        })
        .collect())
}

async fn headline(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    reader: Reader,
    project: Option<ProjectId>,
    today: NaiveDate,
) -> Result<Headline> {
    let store = services.store();
    let year = Period::containing(PeriodKind::Year, today);
    let (from, to) = (month_key(year.start()), month_key(today));
    let scope = Scope { project, kind: None, from_month: from, to_month: to };
    let mut activities = 0;
    let mut counts = [0u64; 12];
    for (_, t) in store.activity_totals(grant, scope, "year").await? {
        activities += t.activities;
        for (sum, v) in counts.iter_mut().zip(t.counts) {
            *sum += v;
        }
    }
    let advice = store.advice_totals(grant, project, "year", from, to).await?;
    let (people, occasions) = advice.first().map(|(_, t)| (t.people, t.occasions)).unwrap_or((0, 0));
    let people_shown = |n: u64| reader.people(n);
    Ok(Headline {
        year: year.year,
        activities,
        attendance: people_shown(counts[0]),
        volunteer_hours: counts[11] as f64 / 60.0,
        people_advised: people_shown(people),
        // Occasions could give away how few people came, so they hide with the people.
        occasions: match people_shown(people) {
            Shown::Exact { .. } => Shown::Exact { value: occasions as f64 },
            other => other,
        },
        languages: store.languages_used(grant, project, from, to).await?,
    })
}

/// Sets the organisation's threshold below which counts of people are not shown to readers below
/// staff: a whole number from 5 (the least official practice allows) to 1,000.
pub async fn set_threshold(services: &Services, grant: &Grant<DefineIndicators>, value: &str) -> Result<u32> {
    let k = value.trim().parse::<u32>().ok().filter(|k| (bridges_measure::MIN_THRESHOLD..=1_000).contains(k));
    let Some(k) = k else {
        return Err(ValidationErrors::single("threshold", "threshold-invalid").into());
    };
    services.store().set_suppression_threshold(grant, k).await?;
    Ok(k)
}

pub const MAX_REVIEW_TEXT: usize = 8_000;

/// Parses a review from named fields: `held_on`, `concluded`, `decided`, `next_on`.
pub fn parse_review(get: impl Fn(&str) -> String, project: Option<ProjectId>) -> Result<NewReview, ValidationErrors> {
    let mut e = ValidationErrors::new();
    let date = |e: &mut ValidationErrors, field: &'static str, required: bool| -> Option<NaiveDate> {
        let v = get(field);
        if v.is_empty() {
            if required {
                e.add(field, "date-invalid");
            }
            return None;
        }
        let parsed = NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok();
        if parsed.is_none() {
            e.add(field, "date-invalid");
        }
        parsed
    };
    let held_on = date(&mut e, "held_on", true);
    let next_on = date(&mut e, "next_on", false);
    if let (Some(h), Some(n)) = (held_on, next_on) {
        if n <= h {
            e.add("next_on", "next-review-before-review");
        }
    }
    let concluded = get("concluded");
    check_text(&mut e, "concluded", &concluded, MAX_REVIEW_TEXT, true);
    let decided = get("decided");
    check_text(&mut e, "decided", &decided, MAX_REVIEW_TEXT, false);
    e.into_result()?;
    Ok(NewReview { project, held_on: held_on.unwrap_or_default(), concluded, decided, next_on })
}

pub async fn record_review(
    services: &Services,
    grant: &Grant<RecordMeasures>,
    review: &NewReview,
) -> Result<WorkReviewId> {
    Ok(services.store().record_review(grant, review, services.now()).await?)
}

/// Parses a recurring session from named fields: `activity_kind`, `title`, `place`, `starts_on`,
/// `time`, `duration_minutes`, `every_weeks`, `until`, `languages`.
pub fn parse_series(get: impl Fn(&str) -> String, project: Option<ProjectId>) -> Result<NewSeries, ValidationErrors> {
    let mut e = ValidationErrors::new();
    // A recurring session is a session unless said otherwise.
    let kind = match get("activity_kind").as_str() {
        "" => Some(ActivityKind::Session),
        k => ActivityKind::parse(k),
    };
    if kind.is_none() {
        e.add("activity_kind", "activity-kind-invalid");
    }
    let title = get("title");
    check_text(&mut e, "title", &title, activities::MAX_TITLE, true);
    let place = get("place");
    check_text(&mut e, "place", &place, activities::MAX_PLACE, false);
    let starts_on = NaiveDate::parse_from_str(&get("starts_on"), "%Y-%m-%d").ok();
    if starts_on.is_none() {
        e.add("starts_on", "date-invalid");
    }
    let time = chrono::NaiveTime::parse_from_str(&get("time"), "%H:%M").ok();
    if time.is_none() {
        e.add("time", "time-invalid");
    }
    let minutes = get("duration_minutes").parse::<u32>().ok().filter(|m| (1..=activities::MAX_MINUTES).contains(m));
    if minutes.is_none() {
        e.add("duration_minutes", "duration-invalid");
    }
    let every_weeks = match get("every_weeks").as_str() {
        "" => Some(1),
        w => w.parse::<u32>().ok().filter(|w| (1..=52).contains(w)),
    };
    if every_weeks.is_none() {
        e.add("every_weeks", "every-weeks-invalid");
    }
    let until = match get("until").as_str() {
        "" => None,
        u => {
            let parsed = NaiveDate::parse_from_str(u, "%Y-%m-%d").ok().filter(|u| starts_on.is_none_or(|s| *u >= s));
            if parsed.is_none() {
                e.add("until", "date-invalid");
            }
            parsed
        }
    };
    let languages = activities::parse_codes(&mut e, "languages", &get("languages"), 20);
    e.into_result()?;
    Ok(NewSeries {
        project,
        kind: kind.unwrap_or(ActivityKind::Session),
        title,
        place,
        starts_on: starts_on.unwrap_or_default(),
        starts_at: time.map(|t| t.format("%H:%M").to_string()).unwrap_or_default(),
        minutes: minutes.unwrap_or(60),
        every_weeks: every_weeks.unwrap_or(1),
        until,
        languages,
    })
}

pub async fn define_series(
    services: &Services,
    grant: &Grant<DefineIndicators>,
    series: &NewSeries,
) -> Result<SeriesId> {
    Ok(services.store().define_series(grant, series, services.now()).await?)
}

pub async fn series(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    project: Option<ProjectId>,
) -> Result<Vec<StoredSeries>> {
    Ok(services.store().series(grant, project).await?)
}

/// The recurring sessions (of one project, if given) as an iCalendar feed in the organisation's
/// time zone.
pub async fn calendar(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    project: Option<ProjectId>,
    name: &str,
) -> Result<String> {
    let org = services.store().org(grant.org()).await?;
    let sessions = series(services, grant, project).await?;
    Ok(feed(name, org.time_zone.as_str(), services, &sessions))
}

/// Publishes the calendar at a new link (the one before stops working); the link's secret part,
/// shown once.
pub async fn publish_calendar(
    services: &Services,
    grant: &Grant<DefineIndicators>,
) -> Result<bridges_domain::SecretToken> {
    Ok(services.store().new_calendar_link(grant).await?)
}

/// The calendar anyone holding its link may read: the sessions' times and places, nothing else.
/// A link that is not one (or no longer one) is not found.
pub async fn published_calendar(services: &Services, token: &str, project: Option<ProjectId>) -> Result<String> {
    let token = bridges_domain::SecretToken::parse(token).ok_or(bridges_domain::ErrorCode::NotFound)?;
    let (org, sessions) = services.store().published_series(&token, project).await?;
    Ok(feed(org.name.as_str(), org.time_zone.as_str(), services, &sessions))
}

fn feed(name: &str, time_zone: &str, services: &Services, sessions: &[StoredSeries]) -> String {
    let events: Vec<bridges_measure::Event> = sessions
        .iter()
        .map(|s| {
            let time = chrono::NaiveTime::parse_from_str(&s.series.starts_at, "%H:%M").unwrap_or_default();
            bridges_measure::Event {
                uid: format!("{}@bridges", s.id),
                summary: s.series.title.clone(),
                description: s.series.languages.join(", "),
                location: s.series.place.clone(),
                start: s.series.starts_on.and_time(time),
                minutes: s.series.minutes,
                repeat: Some(bridges_measure::Repeat::Weekly { interval: s.series.every_weeks, until: s.series.until }),
            }
        })
        .collect();
    bridges_measure::calendar(name, time_zone, services.now(), &events)
}

/// The columns of an indicator-values export.
pub const EXPORT_COLUMNS: [&str; 12] = [
    "indicator",
    "indicator_id",
    "project",
    "objective",
    "source",
    "unit",
    "period",
    "value",
    "n",
    "baseline",
    "target",
    "evidence",
];

/// A shown number as an export cell: the number, or "<k" where it is suppressed.
pub fn cell(shown: Option<&Shown>) -> String {
    match shown {
        Some(Shown::Exact { value }) => bridges_measure::format_number(*value),
        Some(Shown::FewerThan { k }) => format!("<{k}"),
        Some(Shown::Hidden) => "x".to_string(),
        None => String::new(),
    }
}

/// Every indicator's values over its window, one row per period, as this reader may see them.
pub async fn export_rows(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    project: Option<ProjectId>,
    today: NaiveDate,
) -> Result<Vec<Vec<String>>> {
    let reader = Reader::of(services, grant).await?;
    let (groups, _) = objective_groups(services, grant, reader, project, today).await?;
    let number = |v: Option<f64>| v.map(bridges_measure::format_number).unwrap_or_default();
    let mut rows = Vec::new();
    for group in &groups {
        for v in &group.indicators {
            let d = &v.indicator.definition;
            for p in &v.points {
                rows.push(vec![
                    d.name.clone(),
                    v.indicator.id.to_string(),
                    group.project.as_ref().map(|(_, t)| t.clone()).unwrap_or_default(),
                    group.objective.as_ref().map(|(_, t)| t.clone()).unwrap_or_default(),
                    d.source.as_str().to_string(),
                    d.unit.clone(),
                    p.period.label(),
                    cell(p.value.as_ref()),
                    cell(p.n.as_ref()),
                    number(d.baseline),
                    number(d.target),
                    p.evidence.clone().unwrap_or_default(),
                ]);
            }
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Any text at all: hostile characters, direction controls, numbers that overflow.
    fn hostile() -> impl Strategy<Value = String> {
        prop_oneof![
            ".{0,80}",
            Just("\u{202e}evil\u{202c}".to_string()),
            Just("=HYPERLINK(\"http://x\")".to_string()),
            Just("99999999999999999999".to_string()),
            Just("-1".to_string()),
            Just("NaN".to_string()),
            Just("2026-02-30".to_string()),
            "[0-9]{1,7}",
        ]
    }

    proptest! {
        /// Every parser of Measure answers any input with a value or with errors on named fields,
        /// never a panic; what it accepts keeps the bounds.
        #[test]
        fn parsers_take_any_input(values in proptest::collection::vec(hostile(), 25)) {
            let names: Vec<&str> = activities::FIELDS
                .iter()
                .chain(indicators::FIELDS.iter())
                .chain(["client", "topic", "outcome", "referral", "follow_up", "held_on", "concluded", "decided",
                    "next_on", "starts_on", "every_weeks", "until"].iter())
                .copied()
                .collect();
            let get = |k: &str| {
                let i = names.iter().position(|n| *n == k).unwrap_or(0) % values.len();
                values[i].trim().to_string()
            };
            if let Ok(a) = activities::parse_activity(get, None) {
                prop_assert!(a.title.chars().count() <= activities::MAX_TITLE);
                prop_assert!(a.counts.attendees <= activities::MAX_COUNT);
                prop_assert!(a.minutes <= activities::MAX_MINUTES);
            }
            if let Ok(d) = indicators::parse_definition(get) {
                prop_assert!(d.baseline.is_none_or(f64::is_finite) && d.target.is_none_or(f64::is_finite));
            }
            let _ = advice::parse_advice(get, None);
            let _ = parse_review(get, None);
            let _ = parse_series(get, None);
        }
    }
}
