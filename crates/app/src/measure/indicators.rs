//! Indicators: their definition (one parser for form, API and import), their series — counted from
//! activities, advice and Connect's check-ins by indexed queries, or entered by hand — judged
//! against baseline and target, and suppressed below the organisation's threshold for readers who
//! are not staff.

use crate::{Result, Services};
use bridges_domain::measure::{ActivityKind, Disaggregation, IndicatorSource};
use bridges_domain::policy::{DefineIndicators, ReadMeasures, RecordMeasures};
use bridges_domain::{check_text, IndicatorId, ProgrammeId, ProjectId, Role, ValidationErrors};
use bridges_measure::{
    assess, month_key, periods_between, progress, Assessment, CheckInFacts, Direction, Period, PeriodKind, Shown,
    Status, Threshold,
};
use bridges_store::{Grant, IndicatorDefinition, NewValue, Scope, StoredIndicator};
use chrono::{Datelike, Months, NaiveDate};
use std::collections::BTreeMap;

pub const MAX_NAME: usize = 200;
pub const MAX_UNIT: usize = 60;
pub const MAX_EVIDENCE: usize = 2_000;
/// Most periods one series shows: five years of months.
pub const MAX_PERIODS: usize = 60;

/// The fields an indicator is defined with, by name, as the form and the API call them.
pub const FIELDS: [&str; 16] = [
    "name",
    "unit",
    "direction",
    "source",
    "activity_kind",
    "programme",
    "project",
    "objective",
    "baseline",
    "baseline_on",
    "target",
    "target_on",
    "period",
    "disaggregation",
    "frameworks",
    "need",
];

fn parse_number(e: &mut ValidationErrors, field: &'static str, value: &str) -> Option<f64> {
    if value.is_empty() {
        return None;
    }
    match value.replace(',', ".").parse::<f64>() {
        Ok(v) if v.is_finite() && v.abs() < 1e12 => Some(v),
        _ => {
            e.add(field, "number-invalid");
            None
        }
    }
}

fn parse_date(e: &mut ValidationErrors, field: &'static str, value: &str) -> Option<NaiveDate> {
    if value.is_empty() {
        return None;
    }
    let parsed = NaiveDate::parse_from_str(value, "%Y-%m-%d").ok().filter(|d| (2000..=2100).contains(&d.year()));
    if parsed.is_none() {
        e.add(field, "date-invalid");
    }
    parsed
}

/// Parses an indicator from named fields (`get(name)` gives the trimmed value, empty if absent).
pub fn parse_definition(get: impl Fn(&str) -> String) -> Result<IndicatorDefinition, ValidationErrors> {
    let mut e = ValidationErrors::new();
    let name = get("name");
    check_text(&mut e, "name", &name, MAX_NAME, true);
    let unit = get("unit");
    check_text(&mut e, "unit", &unit, MAX_UNIT, false);
    let direction = get("direction").to_lowercase();
    let direction = match direction.as_str() {
        "" | "up" => "up",
        "down" => "down",
        _ => {
            e.add("direction", "direction-invalid");
            "up"
        }
    };
    let source = IndicatorSource::parse(&get("source"));
    if source.is_none() {
        e.add("source", "indicator-source-invalid");
    }
    let source = source.unwrap_or(IndicatorSource::Manual);
    let activity_kind = match get("activity_kind").as_str() {
        "" => None,
        k => {
            let kind = ActivityKind::parse(k);
            if kind.is_none() || !source.takes_activity_kind() {
                e.add("activity_kind", "activity-kind-invalid");
            }
            kind
        }
    };
    let programme: Option<ProgrammeId> = crate::measure::optional_id(&mut e, "programme", &get("programme"));
    if programme.is_some() && !source.from_connect() {
        e.add("programme", "programme-not-a-source");
    }
    let project: Option<ProjectId> = crate::measure::optional_id(&mut e, "project", &get("project"));
    let objective: Option<uuid::Uuid> = crate::measure::optional_id(&mut e, "objective", &get("objective"));
    if objective.is_some() && project.is_none() {
        e.add("project", "objective-needs-project");
    }
    let baseline = parse_number(&mut e, "baseline", &get("baseline"));
    let baseline_on = parse_date(&mut e, "baseline_on", &get("baseline_on"));
    let target = parse_number(&mut e, "target", &get("target"));
    let target_on = parse_date(&mut e, "target_on", &get("target_on"));
    if let (Some(b), Some(t)) = (baseline_on, target_on) {
        if t <= b {
            e.add("target_on", "target-before-baseline");
        }
    }
    let period = match PeriodKind::parse(&get("period")) {
        Some(p) => p.as_str(),
        None if get("period").is_empty() => "month",
        None => {
            e.add("period", "period-invalid");
            "month"
        }
    };
    let disaggregation = match get("disaggregation").as_str() {
        "" => Disaggregation::None,
        d => match Disaggregation::parse(d) {
            Some(d) if d == Disaggregation::None || source == IndicatorSource::Attendance => d,
            _ => {
                e.add("disaggregation", "disaggregation-invalid");
                Disaggregation::None
            }
        },
    };
    let frameworks = crate::measure::activities::parse_codes(&mut e, "frameworks", &get("frameworks"), 20);
    let survey = parse_survey_measure(&mut e, source, &get("survey"), &get("score"), &get("group"));
    let need = match get("need").trim() {
        "" => None,
        code => {
            let known = crate::signpost::finding::needs().is_ok_and(|n| n.terms.iter().any(|t| t.code == code));
            if !known || !source.from_referrals() {
                e.add("need", "need-invalid");
            }
            Some(code.to_string())
        }
    };
    e.into_result()?;
    Ok(IndicatorDefinition {
        project,
        objective,
        name,
        unit,
        direction: direction.to_string(),
        source,
        activity_kind,
        programme,
        baseline,
        baseline_on,
        target,
        target_on,
        period: period.to_string(),
        disaggregation,
        frameworks,
        survey,
        need,
    })
}

/// The survey, score and community a survey-score indicator reads: `survey` and `score` are needed
/// by that source and refused by the others; `group` is `arriving`, `receiving` or empty.
fn parse_survey_measure(
    e: &mut ValidationErrors,
    source: IndicatorSource,
    survey: &str,
    score: &str,
    group: &str,
) -> Option<bridges_store::SurveyMeasure> {
    let survey_id: Option<bridges_domain::SurveyId> = crate::measure::optional_id(e, "survey", survey.trim());
    let score = score.trim();
    if source != IndicatorSource::SurveyScore {
        if survey_id.is_some() || !score.is_empty() {
            e.add("survey", "survey-not-a-source");
        }
        return None;
    }
    if survey_id.is_none() && e.for_field("survey").is_none() {
        e.add("survey", "survey-score-missing");
    }
    let score_ok =
        !score.is_empty() && score.len() <= 60 && score.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !score_ok {
        e.add("score", "survey-score-missing");
    }
    let group = match group.trim() {
        "" | "all" => None,
        g if bridges_domain::measure::COMMUNITY_GROUPS.contains(&g) => Some(g.to_string()),
        _ => {
            e.add("group", "survey-group-invalid");
            None
        }
    };
    Some(bridges_store::SurveyMeasure { survey: survey_id?, score: score.to_string(), group })
}

pub async fn define(
    services: &Services,
    grant: &Grant<DefineIndicators>,
    definition: &IndicatorDefinition,
) -> Result<IndicatorId> {
    Ok(services.store().define_indicator(grant, definition, services.now()).await?)
}

pub async fn update(
    services: &Services,
    grant: &Grant<DefineIndicators>,
    id: IndicatorId,
    definition: &IndicatorDefinition,
) -> Result<()> {
    Ok(services.store().update_indicator(grant, id, definition, services.now()).await?)
}

/// Checks a value typed by hand for one period of an indicator, as the form, the API and an
/// import all do: the indicator's source must be manual, `period` is the period's label in the
/// indicator's kind ("2026-03", "2026-Q1", "2026"), and the evidence is required.
pub fn check_value(
    id: IndicatorId,
    definition: &IndicatorDefinition,
    period: &str,
    value: &str,
    evidence: &str,
) -> Result<NewValue, ValidationErrors> {
    let mut e = ValidationErrors::new();
    if definition.source != IndicatorSource::Manual {
        e.add("value", "indicator-counted");
    }
    let kind = PeriodKind::parse(&definition.period).unwrap_or(PeriodKind::Month);
    let parsed = Period::parse(period.trim()).filter(|p| p.kind == kind);
    if parsed.is_none() {
        e.add("period", "period-invalid");
    }
    let number = parse_number(&mut e, "value", value.trim());
    if number.is_none() && e.for_field("value").is_none() {
        e.add("value", "number-invalid");
    }
    check_text(&mut e, "evidence", evidence.trim(), MAX_EVIDENCE, true);
    e.into_result()?;
    match (parsed, number) {
        (Some(period), Some(value)) => {
            Ok(NewValue { indicator: id, period: period.label(), value, evidence: evidence.trim().to_string() })
        }
        // Both were checked above; a missing one is named all the same rather than trusted.
        _ => Err(ValidationErrors::single("value", "number-invalid")),
    }
}

/// Enters a value by hand for one period of an indicator whose source is manual (see
/// [`check_value`]).
pub async fn record_value(
    services: &Services,
    grant: &Grant<RecordMeasures>,
    id: IndicatorId,
    period: &str,
    value: &str,
    evidence: &str,
) -> Result<()> {
    let read = grant.membership().grant::<ReadMeasures>()?;
    let indicator = services.store().indicator(&read, id).await?;
    let value = check_value(id, &indicator.definition, period, value, evidence)?;
    record_values(services, grant, std::slice::from_ref(&value)).await
}

/// Enters checked values, all or none.
pub async fn record_values(services: &Services, grant: &Grant<RecordMeasures>, values: &[NewValue]) -> Result<()> {
    Ok(services.store().record_values(grant, values, services.now()).await?)
}

/// One period of a series, before suppression.
#[derive(Debug, Clone, PartialEq)]
pub struct RawPoint {
    pub period: Period,
    pub value: Option<f64>,
    /// How many people the value comes from, where it counts people.
    pub n: Option<u64>,
    /// The value's breakdown by the indicator's groups (attendance only), in the groups' order.
    pub breakdown: Vec<u64>,
    /// The note of evidence of a value entered by hand.
    pub evidence: Option<String>,
}

/// One period of a series as this reader may see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub period: Period,
    pub value: Option<Shown>,
    pub n: Option<Shown>,
    pub breakdown: Vec<(&'static str, Shown)>,
    pub evidence: Option<String>,
}

/// An indicator with its series, latest actual and how it stands, as one reader may see it.
#[derive(Debug, Clone)]
pub struct IndicatorView {
    pub indicator: StoredIndicator,
    pub kind: PeriodKind,
    pub points: Vec<Point>,
    /// The last complete period's value (the current period's when none is complete).
    pub latest: Option<Point>,
    pub status: Status,
    pub progress: Option<f64>,
}

impl IndicatorView {
    pub fn direction(&self) -> Direction {
        direction_of(&self.indicator.definition)
    }
}

fn direction_of(d: &IndicatorDefinition) -> Direction {
    if d.direction == "down" {
        Direction::Down
    } else {
        Direction::Up
    }
}

/// Who reads: staff see exact numbers; everyone else sees counts of few people as "fewer than k".
#[derive(Debug, Clone, Copy)]
pub struct Reader {
    pub exact: bool,
    pub threshold: Threshold,
}

impl Reader {
    pub async fn of(services: &Services, grant: &Grant<ReadMeasures>) -> Result<Reader> {
        let org = services.store().org(grant.org()).await?;
        let threshold = Threshold::new(org.suppression_threshold).unwrap_or_default();
        Ok(Reader { exact: grant.membership().role().at_least(Role::Staff), threshold })
    }

    /// A count of people as this reader may see it.
    pub fn people(&self, n: u64) -> Shown {
        if self.exact {
            Shown::Exact { value: n as f64 }
        } else {
            bridges_measure::count(n, self.threshold)
        }
    }

    /// A value of a source that counts people, shown only if its n is.
    fn value(&self, source: IndicatorSource, value: f64, n: Option<u64>) -> Shown {
        match (self.exact || !source.counts_people(), n) {
            (true, _) | (false, None) => Shown::Exact { value },
            (false, Some(n)) if matches!(source, IndicatorSource::ContactQuality | IndicatorSource::SurveyScore) => {
                bridges_measure::statistic(value, n, self.threshold)
            }
            (false, Some(n)) => match bridges_measure::count(n, self.threshold) {
                Shown::Exact { .. } => Shown::Exact { value },
                other => other,
            },
        }
    }
}

/// The periods an indicator's chart covers on `today`: from its baseline date (or a default span
/// back) to the current period.
pub fn window(d: &IndicatorDefinition, today: NaiveDate) -> (PeriodKind, Vec<Period>) {
    let kind = PeriodKind::parse(&d.period).unwrap_or(PeriodKind::Month);
    let default_back = match kind {
        PeriodKind::Month => 11,
        PeriodKind::Quarter => 21,
        PeriodKind::Year => 48,
    };
    let from = d
        .baseline_on
        .filter(|b| *b <= today)
        .unwrap_or_else(|| today.checked_sub_months(Months::new(default_back)).unwrap_or(today));
    (kind, periods_between(kind, from, today, MAX_PERIODS))
}

/// The ratings a check-in's sealed record holds, read without keeping anything else of it; ratings
/// outside 1–7 are left out.
pub fn ratings_of(record: &str) -> [[Option<u8>; 4]; 2] {
    let record: crate::connect::check_in::CheckInRecord = serde_json::from_str(record).unwrap_or_default();
    record.ratings().map(|side| side.map(|v| v.filter(|v| (1..=7).contains(v))))
}

/// The indicator's values over `periods`, counted or entered, before suppression.
pub async fn raw_series(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    indicator: &StoredIndicator,
    kind: PeriodKind,
    periods: &[Period],
) -> Result<Vec<RawPoint>> {
    let (Some(first), Some(last)) = (periods.first(), periods.last()) else {
        return Ok(Vec::new());
    };
    let d = &indicator.definition;
    let from_month = month_key(first.start());
    let to_month = month_key(last.end().pred_opt().unwrap_or(last.start()));
    let store = services.store();
    let mut found: BTreeMap<Period, RawPoint> = BTreeMap::new();
    let blank = |period: Period| RawPoint { period, value: None, n: None, breakdown: Vec::new(), evidence: None };
    let at = |key: i64| Period::from_key(kind, i32::try_from(key).unwrap_or(0));
    match d.source {
        IndicatorSource::Manual => {
            for v in store.indicator_values(grant, Some(indicator.id)).await? {
                if let Some(period) = Period::parse(&v.period).filter(|p| periods.contains(p)) {
                    found
                        .insert(period, RawPoint { value: Some(v.value), evidence: Some(v.evidence), ..blank(period) });
                }
            }
        }
        IndicatorSource::Activities | IndicatorSource::Attendance | IndicatorSource::VolunteerHours => {
            let scope = Scope { project: d.project, kind: d.activity_kind, from_month, to_month };
            for (key, totals) in store.activity_totals(grant, scope, kind.as_str()).await? {
                let Some(period) = at(key) else { continue };
                let c = totals.counts;
                let point = match d.source {
                    IndicatorSource::Activities => RawPoint { value: Some(totals.activities as f64), ..blank(period) },
                    IndicatorSource::Attendance => {
                        let breakdown = match d.disaggregation {
                            Disaggregation::None => Vec::new(),
                            Disaggregation::Community => vec![c[1], c[2]],
                            Disaggregation::Gender => vec![c[3], c[4], c[5]],
                            Disaggregation::AgeBand => vec![c[6], c[7], c[8], c[9]],
                        };
                        RawPoint { value: Some(c[0] as f64), n: Some(c[0]), breakdown, ..blank(period) }
                    }
                    _ => RawPoint { value: Some(c[11] as f64 / 60.0), n: Some(c[10]), ..blank(period) },
                };
                found.insert(period, point);
            }
        }
        IndicatorSource::Languages => {
            for (key, n) in store.language_totals(grant, d.project, kind.as_str(), from_month, to_month).await? {
                if let Some(period) = at(key) {
                    found.insert(period, RawPoint { value: Some(n as f64), ..blank(period) });
                }
            }
        }
        IndicatorSource::PeopleAdvised | IndicatorSource::AdviceOccasions => {
            for (key, t) in store.advice_totals(grant, d.project, kind.as_str(), from_month, to_month).await? {
                if let Some(period) = at(key) {
                    let value = if d.source == IndicatorSource::PeopleAdvised { t.people } else { t.occasions };
                    found.insert(period, RawPoint { value: Some(value as f64), n: Some(t.people), ..blank(period) });
                }
            }
        }
        IndicatorSource::ReferralsMade | IndicatorSource::PeopleReferred | IndicatorSource::ReferralsCompleted => {
            let needs = d.need.as_deref().map(crate::signpost::finding::need_and_narrower).transpose()?;
            let months = (from_month, to_month);
            for (key, t) in store.referral_totals(grant, d.project, kind.as_str(), months, needs.as_deref()).await? {
                if let Some(period) = at(key) {
                    let (value, n) = match d.source {
                        IndicatorSource::PeopleReferred => (t.people, t.people),
                        IndicatorSource::ReferralsCompleted => (t.completed, t.completed),
                        _ => (t.made, t.people),
                    };
                    found.insert(period, RawPoint { value: Some(value as f64), n: Some(n), ..blank(period) });
                }
            }
        }
        IndicatorSource::SurveyScore => {
            let Some(m) = &d.survey else { return Ok(periods.iter().map(|p| blank(*p)).collect()) };
            let to = last.end().pred_opt().unwrap_or(last.start());
            for (period, mean) in
                crate::measure::surveys::results::score_by_period(services, grant, m, kind, first.start(), to).await?
            {
                found.insert(period, RawPoint { value: Some(mean.mean), n: Some(mean.n), ..blank(period) });
            }
        }
        IndicatorSource::CheckIns | IndicatorSource::ContactHours | IndicatorSource::ContactQuality => {
            let to = last.end().pred_opt().unwrap_or(last.start());
            let facts: Vec<CheckInFacts> = store
                .check_in_summaries(grant, d.programme, first.start(), to, ratings_of)
                .await?
                .into_iter()
                .map(|c| CheckInFacts { met_on: c.met_on, minutes: c.minutes, ratings: c.summary })
                .collect();
            for (period, s) in bridges_measure::by_period(kind, &facts) {
                let value = match d.source {
                    IndicatorSource::CheckIns => Some(s.check_ins as f64),
                    IndicatorSource::ContactHours => Some(s.minutes as f64 / 60.0),
                    _ => s.quality,
                };
                let n = if d.source == IndicatorSource::ContactQuality { s.rated } else { s.check_ins };
                found.insert(period, RawPoint { value, n: Some(n), ..blank(period) });
            }
        }
    }
    // A counted source with nothing in a period counted zero; a manual one was not entered.
    let counted =
        !matches!(d.source, IndicatorSource::Manual | IndicatorSource::ContactQuality | IndicatorSource::SurveyScore);
    Ok(periods
        .iter()
        .map(|p| {
            found.remove(p).unwrap_or_else(|| {
                if counted {
                    let groups = d.disaggregation.groups().len();
                    let n = d.source.counts_people().then_some(0);
                    RawPoint { value: Some(0.0), n, breakdown: vec![0; groups], ..blank(*p) }
                } else {
                    blank(*p)
                }
            })
        })
        .collect())
}

/// Applies the reader's suppression to a series.
pub fn shown(reader: Reader, d: &IndicatorDefinition, raw: Vec<RawPoint>) -> Vec<Point> {
    let groups = d.disaggregation.groups();
    let mut points: Vec<Point> = raw
        .into_iter()
        .map(|p| {
            let value = p.value.map(|v| reader.value(d.source, v, p.n));
            let n = p.n.map(|n| reader.people(n));
            let breakdown = if reader.exact {
                groups.iter().copied().zip(p.breakdown.iter().map(|v| Shown::Exact { value: *v as f64 })).collect()
            } else {
                // The groups and what the breakdown leaves unrecorded, suppressed together so no cell
                // can be worked out from the total.
                let total = p.n.unwrap_or(0);
                let mut cells = p.breakdown.clone();
                cells.push(total.saturating_sub(p.breakdown.iter().sum()));
                let suppressed = bridges_measure::cells(&cells, reader.threshold);
                groups.iter().copied().zip(suppressed).collect()
            };
            Point { period: p.period, value, n, breakdown, evidence: p.evidence }
        })
        .collect();
    // A survey's score is also read for the whole survey: with one period hidden, that figure
    // minus the shown periods would give it away, so the smallest shown period is hidden too.
    if !reader.exact && d.source == IndicatorSource::SurveyScore {
        let hidden = points.iter().filter(|p| matches!(p.value, Some(Shown::FewerThan { .. }))).count();
        if hidden == 1 {
            let smallest =
                points.iter_mut().filter(|p| matches!(p.value, Some(Shown::Exact { .. }))).min_by_key(|p| match p.n {
                    Some(Shown::Exact { value }) => value as u64,
                    _ => u64::MAX,
                });
            if let Some(p) = smallest {
                p.value = Some(Shown::Hidden);
                p.n = Some(Shown::Hidden);
            }
        }
    }
    points
}

/// An indicator's view on `today`.
pub async fn view(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    reader: Reader,
    indicator: StoredIndicator,
    today: NaiveDate,
) -> Result<IndicatorView> {
    let (kind, periods) = window(&indicator.definition, today);
    let raw = raw_series(services, grant, &indicator, kind, &periods).await?;
    let current = Period::containing(kind, today);
    // The actual is judged on the last complete period with a value; the current one only when
    // nothing else has one.
    let pick = |raw: &[RawPoint]| -> Option<usize> {
        raw.iter()
            .rposition(|p| p.value.is_some() && p.period != current)
            .or_else(|| raw.iter().rposition(|p| p.value.is_some()))
    };
    let latest_index = pick(&raw);
    let d = &indicator.definition;
    let actual = latest_index.and_then(|i| raw[i].value);
    let stale = d.source == IndicatorSource::Manual && latest_index.is_some_and(|i| raw[i].period < current.prev());
    let time_elapsed = match (d.baseline_on, d.target_on) {
        (Some(b), Some(t)) if t > b => {
            Some(((today - b).num_days() as f64 / (t - b).num_days() as f64).clamp(0.0, 1.0))
        }
        _ => None,
    };
    let direction = direction_of(d);
    let assessment = Assessment { direction, baseline: d.baseline, target: d.target, actual, time_elapsed, stale };
    let status = assess(&assessment);
    let progress = progress(direction, d.baseline, d.target, actual);
    let points = shown(reader, d, raw);
    let latest = latest_index.map(|i| points[i].clone());
    // A reader who may not see the actual may not see how far it went either.
    let hidden = latest.as_ref().is_some_and(|p| !matches!(p.value, Some(Shown::Exact { .. })));
    Ok(IndicatorView {
        indicator,
        kind,
        points,
        latest,
        status: if hidden { Status::NoData } else { status },
        progress: if hidden { None } else { progress },
    })
}

/// Every indicator of the organisation (of one project, if given) with its view for `reader`.
pub async fn views(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    reader: Reader,
    project: Option<ProjectId>,
    today: NaiveDate,
) -> Result<Vec<IndicatorView>> {
    let mut out = Vec::new();
    for indicator in services.store().indicators(grant).await? {
        if project.is_some() && indicator.definition.project != project {
            continue;
        }
        out.push(view(services, grant, reader, indicator, today).await?);
    }
    Ok(out)
}

/// One indicator of the organisation with its view, as the member who asks may see it.
pub async fn one(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    id: IndicatorId,
    today: NaiveDate,
) -> Result<IndicatorView> {
    let indicator = services.store().indicator(grant, id).await?;
    let reader = Reader::of(services, grant).await?;
    view(services, grant, reader, indicator, today).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get<'a>(fields: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> String + 'a {
        move |k| fields.iter().find(|(n, _)| *n == k).map(|(_, v)| v.trim().to_string()).unwrap_or_default()
    }

    #[test]
    fn a_definition_names_every_bad_field() {
        let errors = parse_definition(get(&[
            ("source", "guesswork"),
            ("baseline", "NaN"),
            ("baseline_on", "2026-06-01"),
            ("target_on", "2026-01-01"),
            ("period", "fortnight"),
            ("objective", "01a24288-9158-72ce-b848-1aa3f585f1e1"),
        ]))
        .err()
        .unwrap_or_default();
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        for f in ["name", "source", "baseline", "target_on", "period", "project"] {
            assert!(fields.contains(&f), "{f} in {fields:?}");
        }
    }

    #[test]
    fn a_lone_hidden_period_of_a_survey_score_hides_another() {
        let reader = Reader { exact: false, threshold: Threshold::default() };
        let d = definition(IndicatorSource::SurveyScore, Disaggregation::None);
        let point = |month: u32, value: f64, n: u64| RawPoint {
            period: Period::containing(PeriodKind::Month, NaiveDate::from_ymd_opt(2026, month, 1).unwrap_or_default()),
            value: Some(value),
            n: Some(n),
            breakdown: Vec::new(),
            evidence: None,
        };
        let shown = shown(reader, &d, vec![point(1, 4.0, 40), point(2, 5.0, 3), point(3, 6.0, 25)]);
        let values: Vec<Option<Shown>> = shown.iter().map(|p| p.value).collect();
        assert_eq!(
            values,
            vec![Some(Shown::Exact { value: 4.0 }), Some(Shown::FewerThan { k: 10 }), Some(Shown::Hidden)]
        );
        // Staff read every period as it is.
        let exact = shown_exact(&d);
        assert!(exact.iter().all(|p| matches!(p.value, Some(Shown::Exact { .. }))));
    }

    fn shown_exact(d: &IndicatorDefinition) -> Vec<Point> {
        let reader = Reader { exact: true, threshold: Threshold::default() };
        let point = RawPoint {
            period: Period::containing(PeriodKind::Month, NaiveDate::from_ymd_opt(2026, 2, 1).unwrap_or_default()),
            value: Some(5.0),
            n: Some(3),
            breakdown: Vec::new(),
            evidence: None,
        };
        shown(reader, d, vec![point])
    }

    #[test]
    fn ratings_are_read_from_a_check_in_and_nothing_else_is_kept() {
        let r = ratings_of(r#"{"activity":"walk","newcomer":{"pleasant":6,"equal":9},"volunteer":{"close":7}}"#);
        assert_eq!(r, [[Some(6), None, None, None], [None, None, None, Some(7)]]);
        assert_eq!(ratings_of("not json"), [[None; 4]; 2]);
    }

    fn definition(source: IndicatorSource, disaggregation: Disaggregation) -> IndicatorDefinition {
        IndicatorDefinition {
            project: None,
            objective: None,
            name: "x".into(),
            unit: String::new(),
            direction: "up".into(),
            source,
            activity_kind: None,
            programme: None,
            baseline: None,
            baseline_on: None,
            target: None,
            target_on: None,
            period: "month".into(),
            disaggregation,
            frameworks: Vec::new(),
            survey: None,
            need: None,
        }
    }

    proptest::proptest! {
        /// Whatever was counted, a reader below staff never sees a number that comes from fewer
        /// than k people, nor a group of a breakdown that could be worked out from the others.
        #[test]
        fn no_count_of_fewer_than_k_people_reaches_a_reader(
            k in 5u32..=20,
            source in proptest::sample::select(IndicatorSource::ALL.to_vec()),
            points in proptest::collection::vec((0u64..40, proptest::collection::vec(0u64..15, 2)), 1..12),
        ) {
            let reader = Reader { exact: false, threshold: Threshold::new(k).unwrap_or_default() };
            let breakdown = if source == IndicatorSource::Attendance { Disaggregation::Community } else { Disaggregation::None };
            let d = definition(source, breakdown);
            let mut period = Period::containing(PeriodKind::Month, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default());
            let raw: Vec<RawPoint> = points
                .iter()
                .map(|(n, groups)| {
                    period = period.next();
                    // Groups are parts of the total, as the parser guarantees.
                    let groups: Vec<u64> = if breakdown == Disaggregation::None {
                        Vec::new()
                    } else {
                        let a = groups[0].min(*n);
                        vec![a, groups[1].min(n - a)]
                    };
                    let value = if source == IndicatorSource::ContactQuality { 4.5 } else { *n as f64 * 1.5 };
                    RawPoint { period, value: Some(value), n: source.counts_people().then_some(*n), breakdown: groups, evidence: None }
                })
                .collect();
            for (p, raw) in shown(reader, &d, raw.clone()).iter().zip(&raw) {
                let Some(n) = raw.n else { continue };
                let few = n > 0 && n < u64::from(k);
                if few {
                    proptest::prop_assert!(!matches!(p.value, Some(Shown::Exact { .. })), "{p:?}");
                    proptest::prop_assert!(!matches!(p.n, Some(Shown::Exact { .. })), "{p:?}");
                }
                for (_, cell) in &p.breakdown {
                    if let Shown::Exact { value } = cell {
                        proptest::prop_assert!(*value == 0.0 || *value >= f64::from(k), "{p:?}");
                    }
                }
                // The total and the shown groups must not give a hidden group away by subtraction:
                // a single hidden group needs an unrecorded rest beside it (pages never show the
                // rest, so the two cannot be told apart).
                let hidden = p.breakdown.iter().filter(|(_, c)| !matches!(c, Shown::Exact { .. })).count();
                let rest = n - raw.breakdown.iter().sum::<u64>();
                if matches!(p.value, Some(Shown::Exact { .. })) && hidden == 1 {
                    proptest::prop_assert!(rest > 0, "{p:?} from {raw:?}");
                }
            }
        }
    }
}
