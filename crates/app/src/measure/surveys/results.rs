//! A survey's results: each instrument score and each question, for everyone and by community (or
//! by wave), with n, intervals and the organisation's suppression, the difference between the
//! communities with its interval, the share at or below a score's level of concern, the
//! perception gap against the actual figure, and the paired change of people who answered before
//! and after. Computed from the sealed responses on each reading; nothing here is stored.

use super::{one, SurveyView};
use crate::{Error, Result, Services};
use bridges_domain::policy::ReadMeasures;
use bridges_domain::SurveyId;
use bridges_measure::stats::{self, Difference, FrequencyTable, Mean, Paired, PerceptionGap, Proportion, Reported};
use bridges_measure::survey::instrument::score_response;
use bridges_measure::survey::{Kind, Score, Scoring, ARRIVING, RECEIVING};
use bridges_measure::{Shown, Threshold};
use bridges_store::{Figure, Grant};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// How the results are broken down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    /// Everyone together.
    Nothing,
    /// Arriving and receiving, by the form's community question.
    Community,
    /// Before and after, by the responses' waves.
    Wave,
}

impl By {
    pub fn parse(s: &str) -> Option<By> {
        match s {
            "" | "all" | "none" => Some(By::Nothing),
            "community" => Some(By::Community),
            "wave" => Some(By::Wave),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            By::Nothing => "all",
            By::Community => "community",
            By::Wave => "wave",
        }
    }

    /// The groups' keys, in order ("all" for everyone).
    pub fn groups(self) -> &'static [&'static str] {
        match self {
            By::Nothing => &["all"],
            By::Community => &[ARRIVING, RECEIVING],
            By::Wave => &["before", "after"],
        }
    }
}

/// One group's count of responses.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub key: &'static str,
    pub n: Shown,
}

/// One score of an instrument.
#[derive(Debug, Clone, Serialize)]
pub struct ScoreResult {
    pub score: Score,
    /// Per group, in the order of [`Results::groups`].
    pub means: Vec<Reported<Mean>>,
    /// The first group minus the second (arriving − receiving, or before − after… see `By`).
    pub difference: Option<Reported<Difference>>,
    /// The share at or below the score's level of concern, per group.
    pub concern: Option<Vec<Reported<Proportion>>>,
    /// For a perceived figure: the actual figure with its source, and the gap per group.
    pub figure: Option<ActualFigure>,
    pub gaps: Option<Vec<Reported<PerceptionGap>>>,
    /// The change of respondents who answered before and after under the same code.
    pub paired: Option<Reported<Paired>>,
}

/// The actual figure a perceived one is compared with, and its source.
#[derive(Debug, Clone, Serialize)]
pub struct ActualFigure {
    pub figure: String,
    pub actual: f64,
    pub source: String,
    pub as_of: Option<NaiveDate>,
}

impl From<&Figure> for ActualFigure {
    fn from(f: &Figure) -> Self {
        ActualFigure { figure: f.figure.clone(), actual: f.actual, source: f.source.clone(), as_of: f.as_of }
    }
}

/// One question.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionResult {
    pub name: String,
    /// For numbers: the mean per group.
    pub means: Option<Vec<Reported<Mean>>>,
    /// For choices: the choices' names, and per group how many chose each.
    pub choices: Option<Vec<String>>,
    pub tables: Option<Vec<FrequencyTable>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Results {
    pub by: &'static str,
    pub k: u32,
    /// Every response in the period.
    pub total: Shown,
    pub groups: Vec<Group>,
    /// Responses that said no community (or no wave) and so are in no group.
    pub ungrouped: Shown,
    pub scores: Vec<ScoreResult>,
    pub questions: Vec<QuestionResult>,
}

/// A question whose answers the results count, in the form's order, with what it gathered per
/// group.
#[derive(Clone)]
enum Counted<'f> {
    /// A number: its values, for their mean.
    Number { name: &'f str, values: Vec<Vec<f64>> },
    /// A choice: how many chose each of its list's choices (by name).
    /// `answered` counts the people who answered, per group: for a select-multiple the choices'
    /// counts add up to more, and its shares are of people, not of ticks.
    Choice { name: &'f str, names: Vec<String>, counts: Vec<Vec<u64>>, multiple: bool, answered: Vec<u64> },
}

/// The waves a response pairs before and after by.
const PAIRED_WAVES: [&str; 2] = ["before", "after"];

/// Everything the statistics are made from, gathered in a single pass over the responses: each
/// response's answers are read while they are at hand and dropped straight after, instead of
/// keeping every response's answers and going over all of them again for each score, question
/// and group (at 100,000 responses that took most of the time). Values keep the responses'
/// order, so each statistic adds up the same numbers in the same order as before.
struct Tally {
    total: u64,
    ungrouped: u64,
    /// Responses per group.
    counts: Vec<u64>,
    /// Per score, per group: the values of the responses that have one.
    scores: Vec<Vec<Vec<f64>>>,
    /// Per score, for surveys with waves: each of [`PAIRED_WAVES`]' respondent codes and values.
    waves: Vec<[Vec<(String, f64)>; 2]>,
}

impl Tally {
    fn new(groups: usize, scores: usize) -> Tally {
        Tally {
            total: 0,
            ungrouped: 0,
            counts: vec![0; groups],
            scores: vec![vec![Vec::new(); groups]; scores],
            waves: (0..scores).map(|_| [Vec::new(), Vec::new()]).collect(),
        }
    }

    /// Adds what another part of the responses gathered, after this part's (so values keep the
    /// responses' order).
    fn absorb(&mut self, other: Tally) {
        self.total += other.total;
        self.ungrouped += other.ungrouped;
        for (mine, theirs) in self.counts.iter_mut().zip(other.counts) {
            *mine += theirs;
        }
        for (mine, theirs) in self.scores.iter_mut().zip(other.scores) {
            for (m, t) in mine.iter_mut().zip(theirs) {
                m.extend(t);
            }
        }
        for (mine, theirs) in self.waves.iter_mut().zip(other.waves) {
            for (m, t) in mine.iter_mut().zip(theirs) {
                m.extend(t);
            }
        }
    }

    /// The values of score `score` in group `group`.
    fn score(&self, score: usize, group: usize) -> &[f64] {
        self.scores.get(score).and_then(|groups| groups.get(group)).map_or(&[], Vec::as_slice)
    }
}

/// Each group's estimate as the reader may see it; a group with no answer at all has fewer than k.
fn per_group<T: stats::Estimate>(
    groups: usize,
    k: Threshold,
    estimate: impl Fn(usize) -> Option<T>,
) -> Vec<Reported<T>> {
    (0..groups)
        .map(|g| match estimate(g) {
            Some(e) => stats::report(e, k),
            None => Reported::Suppressed { k: k.get() },
        })
        .collect()
}

impl Counted<'_> {
    fn absorb(&mut self, other: Counted<'_>) {
        match (self, other) {
            (Counted::Number { values, .. }, Counted::Number { values: theirs, .. }) => {
                for (m, t) in values.iter_mut().zip(theirs) {
                    m.extend(t);
                }
            }
            (Counted::Choice { counts, answered, .. }, Counted::Choice { counts: theirs, answered: also, .. }) => {
                for (m, t) in answered.iter_mut().zip(also) {
                    *m += t;
                }
                for (m, t) in counts.iter_mut().zip(theirs) {
                    for (a, b) in m.iter_mut().zip(t) {
                        *a += b;
                    }
                }
            }
            _ => {}
        }
    }
}

/// Counts one part of the responses into `tally` and `counted`: each response's answers are read
/// once, scored, counted and dropped.
#[allow(clippy::too_many_arguments)]
fn count(
    form: &bridges_measure::survey::Form,
    by: By,
    keys: &[&str],
    community: Option<&str>,
    waves: bool,
    facts: Vec<bridges_store::ResponseFacts>,
    tally: &mut Tally,
    counted: &mut [Counted<'_>],
) -> Result<()> {
    for f in facts {
        let answers: BTreeMap<String, String> =
            serde_json::from_str(f.answers.expose()).map_err(|e| Error::Internal(format!("stored answers: {e}")))?;
        let group = match by {
            By::Nothing => Some(0),
            By::Community => community.and_then(|c| answers.get(c)).and_then(|v| keys.iter().position(|key| key == v)),
            By::Wave => f.wave.as_deref().and_then(|w| keys.iter().position(|key| *key == w)),
        };
        tally.total += 1;
        match group.and_then(|g| tally.counts.get_mut(g)) {
            Some(n) => *n += 1,
            None => tally.ungrouped += 1,
        }
        // Paired over every response of a wave, whether or not it is in a group.
        let paired_wave = f
            .respondent
            .as_ref()
            .filter(|_| waves)
            .and_then(|code| Some((PAIRED_WAVES.iter().position(|w| f.wave.as_deref() == Some(*w))?, code)));
        if group.is_none() && paired_wave.is_none() {
            continue;
        }
        for (s, score) in form.scores.iter().enumerate() {
            let Some(value) = score_response(score, &answers) else { continue };
            if let Some(values) = group.and_then(|g| tally.scores.get_mut(s)?.get_mut(g)) {
                values.push(value);
            }
            if let Some((w, code)) = paired_wave {
                if let Some(values) = tally.waves.get_mut(s).and_then(|both| both.get_mut(w)) {
                    values.push((code.clone(), value));
                }
            }
        }
        let Some(g) = group else { continue };
        for c in counted.iter_mut() {
            match c {
                Counted::Number { name, values } => {
                    let value = answers.get(*name).and_then(|v| v.parse::<f64>().ok());
                    if let (Some(value), Some(values)) = (value, values.get_mut(g)) {
                        values.push(value);
                    }
                }
                Counted::Choice { name, names, counts, answered, .. } => {
                    let (Some(answer), Some(counts)) = (answers.get(*name), counts.get_mut(g)) else { continue };
                    if let Some(a) = answered.get_mut(g) {
                        *a += 1;
                    }
                    for chosen in answer.split(' ') {
                        if let Some(i) = names.iter().position(|n| n == chosen) {
                            if let Some(c) = counts.get_mut(i) {
                                *c += 1;
                            }
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

/// One figure per group, suppressed across the groups: when one group's is hidden, so are the
/// others', because the same figure for everyone together (another reading of the results)
/// minus the shown ones would give the hidden one.
fn across<T>(cells: Vec<Reported<T>>, k: Threshold) -> Vec<Reported<T>> {
    if cells.len() > 1 && cells.iter().any(|c| c.shown().is_none()) {
        cells.into_iter().map(|_| Reported::Suppressed { k: k.get() }).collect()
    } else {
        cells
    }
}

/// Each choice of a select-multiple as its own yes-or-no among the people who answered: the
/// shares are of people, and each count is suppressed against that number.
fn of_people(counts: &[u64], answered: u64, k: Threshold) -> FrequencyTable {
    let choices = counts
        .iter()
        .map(|c| {
            let table = stats::frequency_table(&[*c, answered.saturating_sub(*c)], k);
            table.choices.into_iter().next().unwrap_or(stats::ChoiceCount { count: Shown::Hidden, proportion: None })
        })
        .collect();
    FrequencyTable { total: bridges_measure::count(answered, k), choices }
}

/// A question's tables by group, suppressed across the groups: a choice hidden in one group is
/// hidden in all, or the count for everyone together minus the shown ones would give it away.
fn tables_across(mut tables: Vec<FrequencyTable>) -> Vec<FrequencyTable> {
    if tables.len() < 2 {
        return tables;
    }
    let rows = tables.iter().map(|t| t.choices.len()).max().unwrap_or(0);
    for row in 0..rows {
        let hidden = tables.iter().any(|t| t.choices.get(row).is_none_or(|c| !matches!(c.count, Shown::Exact { .. })));
        if hidden {
            for t in &mut tables {
                if let Some(c) = t.choices.get_mut(row) {
                    if matches!(c.count, Shown::Exact { .. }) {
                        c.count = Shown::Hidden;
                    }
                    c.proportion = None;
                }
            }
        }
    }
    tables
}

/// Reads the results of a survey, between two days if given.
pub async fn read(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    id: SurveyId,
    by: By,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<(SurveyView, Results)> {
    // A window of days is for staff: two windows a day apart, read by anyone, would give the
    // answers of the one person who answered on that day.
    if (from.is_some() || to.is_some()) && !grant.membership().role().at_least(bridges_domain::Role::Staff) {
        return Err(Error::Code(bridges_domain::ErrorCode::Forbidden));
    }
    let survey = one(services, grant, id).await?;
    let org = services.store().org(grant.org()).await?;
    let k = Threshold::new(org.suppression_threshold).unwrap_or_default();
    let sealed = services.store().sealed_responses(grant, id, from, to).await?;
    let figures = services.store().figures(grant, id).await?;
    // Opening and counting 100,000 responses is CPU work: done off the async workers, in two
    // halves at once.
    let store = services.store().clone();
    let form = survey.clone();
    let results = crate::off_the_workers(move || {
        let half = sealed.len().div_ceil(2);
        let mut parts = vec![sealed];
        if half > 0 {
            let second = parts.first_mut().map(|p| p.split_off(half)).unwrap_or_default();
            parts.push(second);
        }
        compute_in_parts(&form, by, k, parts, |part| Ok(store.open_facts(part)?), &figures)
    })
    .await??;
    Ok((survey, results))
}

/// The statistics of `facts` (pure apart from reading the sealed answers' JSON).
pub fn compute(
    survey: &SurveyView,
    by: By,
    k: Threshold,
    facts: Vec<bridges_store::ResponseFacts>,
    figures: &[Figure],
) -> Result<Results> {
    compute_in_parts(survey, by, k, vec![facts], Ok, figures)
}

/// The statistics of responses in parts, each opened by `open` and counted on a thread of its own;
/// the parts are joined in order, so the numbers are those of one pass over them all.
fn compute_in_parts<P: Send>(
    survey: &SurveyView,
    by: By,
    k: Threshold,
    parts: Vec<P>,
    open: impl Fn(P) -> Result<Vec<bridges_store::ResponseFacts>> + Sync,
    figures: &[Figure],
) -> Result<Results> {
    let form = &survey.form;
    let keys = by.groups();
    let community = form.community.clone();
    let mut counted = Vec::new();
    for q in form.answered() {
        if community.as_deref() == Some(q.name.as_str()) && by == By::Community {
            continue;
        }
        match &q.kind {
            Kind::Integer | Kind::Decimal | Kind::Range { .. } => {
                counted.push(Counted::Number { name: q.name.as_str(), values: vec![Vec::new(); keys.len()] })
            }
            Kind::SelectOne { list } | Kind::SelectMultiple { list } => {
                let Some(list) = form.list(list) else { continue };
                let names: Vec<String> = list.choices.iter().map(|c| c.name.clone()).collect();
                let counts = vec![vec![0; names.len()]; keys.len()];
                let multiple = matches!(q.kind, Kind::SelectMultiple { .. });
                let answered = vec![0; keys.len()];
                counted.push(Counted::Choice { name: q.name.as_str(), names, counts, multiple, answered });
            }
            _ => {}
        }
    }

    let waves = survey.survey.waves;
    let count_part = |facts: Vec<bridges_store::ResponseFacts>| -> Result<(Tally, Vec<Counted<'_>>)> {
        let mut tally = Tally::new(keys.len(), form.scores.len());
        let mut counted = counted.clone();
        count(form, by, keys, community.as_deref(), waves, facts, &mut tally, &mut counted)?;
        Ok((tally, counted))
    };
    let parts: Vec<Result<(Tally, Vec<Counted<'_>>)>> = std::thread::scope(|scope| {
        let running: Vec<_> = parts.into_iter().map(|part| scope.spawn(|| open(part).and_then(&count_part))).collect();
        running
            .into_iter()
            .map(|t| t.join().unwrap_or_else(|_| Err(Error::Internal("a results thread stopped".into()))))
            .collect()
    });
    let mut tally = Tally::new(keys.len(), form.scores.len());
    for part in parts {
        let (t, c) = part?;
        tally.absorb(t);
        for (mine, theirs) in counted.iter_mut().zip(c) {
            mine.absorb(theirs);
        }
    }

    // The groups and those in none, suppressed together, so a small group cannot be had as the
    // total minus the others.
    let mut cells = tally.counts.clone();
    cells.push(tally.ungrouped);
    let shown_cells = bridges_measure::cells(&cells, k);
    let groups: Vec<Group> = keys.iter().zip(&shown_cells).map(|(key, n)| Group { key, n: *n }).collect();
    let ungrouped = shown_cells.last().copied().unwrap_or(Shown::Hidden);
    let mut scores = Vec::new();
    for (s, score) in form.scores.iter().enumerate() {
        let values = |g: usize| tally.score(s, g);
        let means = across(per_group(keys.len(), k, |g| stats::mean(values(g))), k);
        // Arriving minus receiving; after minus before, the way the paired change reads.
        let (first, second) = if by == By::Wave { (1, 0) } else { (0, 1) };
        let difference = (keys.len() == 2).then(|| match stats::difference(values(first), values(second)) {
            Some(d) => stats::report(d, k),
            None => Reported::Suppressed { k: k.get() },
        });
        let concern = score.concern_at_most.map(|limit| {
            let shares = (0..keys.len())
                .map(|g| {
                    let values = values(g);
                    let below = values.iter().filter(|v| **v <= limit).count() as u64;
                    match stats::proportion(below, values.len() as u64) {
                        Some(p) => stats::report(p, k),
                        None => Reported::Suppressed { k: k.get() },
                    }
                })
                .collect();
            across(shares, k)
        });
        let (figure, gaps) = match &score.scoring {
            Scoring::Perceived { figure } => {
                let actual = figures.iter().find(|f| &f.figure == figure).map(ActualFigure::from);
                let gaps = actual.as_ref().map(|a| {
                    let gaps = (0..keys.len())
                        .map(|g| match stats::perception_gap(values(g), a.actual) {
                            Some(gap) => stats::report(gap, k),
                            None => Reported::Suppressed { k: k.get() },
                        })
                        .collect();
                    across(gaps, k)
                });
                (actual, gaps)
            }
            _ => (None, None),
        };
        let paired = waves.then(|| {
            let (before, after) = match tally.waves.get(s) {
                Some([before, after]) => (before.as_slice(), after.as_slice()),
                None => (&[][..], &[][..]),
            };
            match stats::paired(&stats::pair_by_code(before, after)) {
                Some(p) => stats::report(p, k),
                None => Reported::Suppressed { k: k.get() },
            }
        });
        scores.push(ScoreResult { score: score.clone(), means, difference, concern, figure, gaps, paired });
    }

    let questions = counted
        .into_iter()
        .map(|c| match c {
            Counted::Number { name, values } => QuestionResult {
                name: name.to_string(),
                means: Some(across(
                    per_group(keys.len(), k, |g| stats::mean(values.get(g).map_or(&[], Vec::as_slice))),
                    k,
                )),
                choices: None,
                tables: None,
            },
            Counted::Choice { name, names, counts, multiple, answered } => {
                let tables = counts
                    .iter()
                    .zip(&answered)
                    .map(
                        |(counts, answered)| {
                            if multiple {
                                of_people(counts, *answered, k)
                            } else {
                                stats::frequency_table(counts, k)
                            }
                        },
                    )
                    .collect();
                QuestionResult {
                    name: name.to_string(),
                    means: None,
                    choices: Some(names),
                    tables: Some(tables_across(tables)),
                }
            }
        })
        .collect();
    Ok(Results {
        by: by.as_str(),
        k: k.get(),
        total: bridges_measure::count(tally.total, k),
        groups,
        ungrouped,
        scores,
        questions,
    })
}

/// The mean of one score per period (of everyone or one community), between two days: what a
/// survey-score indicator shows. Only periods with at least one score are given.
pub async fn score_by_period(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    measure: &bridges_store::SurveyMeasure,
    kind: bridges_measure::PeriodKind,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(bridges_measure::Period, Mean)>> {
    let survey = one(services, grant, measure.survey).await?;
    let Some(score) = survey.form.scores.iter().find(|s| s.name == measure.score) else { return Ok(Vec::new()) };
    let community = survey.form.community.clone();
    let facts = services.store().response_facts(grant, measure.survey, Some(from), Some(to)).await?;
    let mut by_period: BTreeMap<bridges_measure::Period, Vec<f64>> = BTreeMap::new();
    for f in facts {
        let answers: BTreeMap<String, String> =
            serde_json::from_str(f.answers.expose()).map_err(|e| Error::Internal(format!("stored answers: {e}")))?;
        if let Some(group) = &measure.group {
            if community.as_ref().and_then(|c| answers.get(c)) != Some(group) {
                continue;
            }
        }
        if let Some(value) = score_response(score, &answers) {
            by_period.entry(bridges_measure::Period::containing(kind, f.submitted_on)).or_default().push(value);
        }
    }
    Ok(by_period.into_iter().filter_map(|(p, values)| stats::mean(&values).map(|m| (p, m))).collect())
}
