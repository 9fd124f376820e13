#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
use super::*;
/// One response read for counting.
struct Row {
    group: Option<usize>,
    wave: Option<String>,
    respondent: Option<String>,
    answers: BTreeMap<String, String>,
}

fn numbers(rows: &[Row], group: usize, value: impl Fn(&Row) -> Option<f64>) -> Vec<f64> {
    rows.iter().filter(|r| r.group == Some(group)).filter_map(value).collect()
}

/// The statistics of `facts` (pure apart from reading the sealed answers' JSON).
pub fn old_compute(
    survey: &SurveyView,
    by: By,
    k: Threshold,
    facts: Vec<bridges_store::ResponseFacts>,
    figures: &[Figure],
) -> Result<Results> {
    let form = &survey.form;
    let keys = by.groups();
    let community = form.community.clone().or_else(|| form.detect_community());
    let mut rows = Vec::with_capacity(facts.len());
    for f in facts {
        let answers: BTreeMap<String, String> =
            serde_json::from_str(f.answers.expose()).map_err(|e| Error::Internal(format!("stored answers: {e}")))?;
        let group = match by {
            By::Nothing => Some(0),
            By::Community => {
                community.as_ref().and_then(|c| answers.get(c)).and_then(|v| keys.iter().position(|key| key == v))
            }
            By::Wave => f.wave.as_deref().and_then(|w| keys.iter().position(|key| *key == w)),
        };
        rows.push(Row { group, wave: f.wave, respondent: f.respondent, answers });
    }
    let count_in = |g: usize| rows.iter().filter(|r| r.group == Some(g)).count() as u64;
    let groups: Vec<Group> =
        keys.iter().enumerate().map(|(g, key)| Group { key, n: bridges_measure::count(count_in(g), k) }).collect();
    let ungrouped = rows.iter().filter(|r| r.group.is_none()).count() as u64;

    let mut scores = Vec::new();
    for score in &form.scores {
        let value = |r: &Row| score_response(score, &r.answers);
        let means = per_group(keys.len(), k, |g| stats::mean(&numbers(&rows, g, value)));
        let difference = (keys.len() == 2).then(|| {
            let d = stats::difference(&numbers(&rows, 0, value), &numbers(&rows, 1, value));
            match d {
                Some(d) => stats::report(d, k),
                None => Reported::Suppressed { k: k.get() },
            }
        });
        let concern = score.concern_at_most.map(|limit| {
            (0..keys.len())
                .map(|g| {
                    let values = numbers(&rows, g, value);
                    let below = values.iter().filter(|v| **v <= limit).count() as u64;
                    match stats::proportion(below, values.len() as u64) {
                        Some(p) => stats::report(p, k),
                        None => Reported::Suppressed { k: k.get() },
                    }
                })
                .collect()
        });
        let (figure, gaps) = match &score.scoring {
            Scoring::Perceived { figure } => {
                let actual = figures.iter().find(|f| &f.figure == figure).map(ActualFigure::from);
                let gaps = actual.as_ref().map(|a| {
                    (0..keys.len())
                        .map(|g| match stats::perception_gap(&numbers(&rows, g, value), a.actual) {
                            Some(gap) => stats::report(gap, k),
                            None => Reported::Suppressed { k: k.get() },
                        })
                        .collect()
                });
                (actual, gaps)
            }
            _ => (None, None),
        };
        let paired = survey.survey.waves.then(|| {
            let wave_values = |w: &str| -> Vec<(String, f64)> {
                rows.iter()
                    .filter(|r| r.wave.as_deref() == Some(w))
                    .filter_map(|r| Some((r.respondent.clone()?, value(r)?)))
                    .collect()
            };
            let pairs = stats::pair_by_code(&wave_values("before"), &wave_values("after"));
            match stats::paired(&pairs) {
                Some(p) => stats::report(p, k),
                None => Reported::Suppressed { k: k.get() },
            }
        });
        scores.push(ScoreResult { score: score.clone(), means, difference, concern, figure, gaps, paired });
    }

    let mut questions = Vec::new();
    for q in form.answered() {
        if community.as_deref() == Some(q.name.as_str()) && by == By::Community {
            continue;
        }
        match &q.kind {
            Kind::Integer | Kind::Decimal | Kind::Range { .. } => {
                let value = |r: &Row| r.answers.get(&q.name).and_then(|v| v.parse::<f64>().ok());
                let means = per_group(keys.len(), k, |g| stats::mean(&numbers(&rows, g, value)));
                questions.push(QuestionResult {
                    name: q.name.clone(),
                    means: Some(means),
                    choices: None,
                    tables: None,
                });
            }
            Kind::SelectOne { list } | Kind::SelectMultiple { list } => {
                let Some(list) = form.list(list) else { continue };
                let names: Vec<String> = list.choices.iter().map(|c| c.name.clone()).collect();
                let tables = (0..keys.len())
                    .map(|g| {
                        let mut counts = vec![0u64; names.len()];
                        for r in rows.iter().filter(|r| r.group == Some(g)) {
                            let Some(answer) = r.answers.get(&q.name) else { continue };
                            for chosen in answer.split(' ') {
                                if let Some(i) = names.iter().position(|n| n == chosen) {
                                    if let Some(c) = counts.get_mut(i) {
                                        *c += 1;
                                    }
                                }
                            }
                        }
                        stats::frequency_table(&counts, k)
                    })
                    .collect();
                questions.push(QuestionResult {
                    name: q.name.clone(),
                    means: None,
                    choices: Some(names),
                    tables: Some(tables),
                });
            }
            _ => {}
        }
    }
    Ok(Results {
        by: by.as_str(),
        k: k.get(),
        total: bridges_measure::count(rows.len() as u64, k),
        groups,
        ungrouped: bridges_measure::count(ungrouped, k),
        scores,
        questions,
    })
}

use bridges_domain::{OrgId, Sensitive};
use bridges_measure::survey::instrument::form;
use bridges_measure::survey::{Instrument, Text};
use bridges_store::{ResponseFacts, StoredSurvey};

struct Lcg(u64);
impl Lcg {
    fn below(&mut self, n: u32) -> u32 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as u32) % n
    }
}

fn view(waves: bool) -> SurveyView {
    let form = form(&Instrument::ALL, &Text::default());
    let survey = StoredSurvey {
        id: SurveyId::new(),
        org: OrgId::new(),
        project: None,
        title: String::new(),
        form: String::new(),
        status: "open".into(),
        waves,
        invitation_only: false,
        published: false,
        created_at: chrono::Utc::now(),
    };
    SurveyView { survey, form }
}

fn facts(rng: &mut Lcg, n: usize) -> Vec<ResponseFacts> {
    let names: Vec<String> = view(false).form.answered().map(|q| q.name.clone()).collect();
    (0..n)
        .map(|_| {
            let mut a = BTreeMap::new();
            for name in &names {
                let v = match rng.below(12) {
                    0 => continue,
                    1 => "x".to_string(),
                    2 => "1 2".to_string(),
                    3 => "nan".to_string(),
                    4 => "arriving".to_string(),
                    5 => "receiving".to_string(),
                    _ => rng.below(101).to_string(),
                };
                a.insert(name.clone(), v);
            }
            match rng.below(5) {
                0 => {
                    a.remove("community");
                }
                1 => {
                    a.insert("community".into(), "other".into());
                }
                2 => {
                    a.insert("community".into(), "arriving".into());
                }
                _ => {
                    a.insert("community".into(), "receiving".into());
                }
            }
            ResponseFacts {
                wave: ["before", "after", "during", ""].get(rng.below(5) as usize).map(|w| w.to_string()),
                respondent: (rng.below(4) > 0).then(|| format!("c{}", rng.below(1000))),
                submitted_on: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
                answers: Sensitive::new(serde_json::to_string(&a).unwrap()),
            }
        })
        .collect()
}

#[test]
fn the_single_pass_counts_as_the_old_scans_did() {
    let mut rng = Lcg(7);
    let mut seen = (false, false, false);
    let figures = vec![Figure { figure: "employment".into(), actual: 40.0, source: "s".into(), as_of: None }];
    for round in 0..10 {
        let n = [0, 1, 5, 30, 2000][round % 5];
        let f = facts(&mut rng, n);
        for waves in [false, true] {
            let v = view(waves);
            for by in [By::Nothing, By::Community, By::Wave] {
                for k in [Threshold::new(5).unwrap(), Threshold::default()] {
                    let old = serde_json::to_string(&old_compute(&v, by, k, f.clone(), &figures).unwrap()).unwrap();
                    let new = serde_json::to_string(&compute(&v, by, k, f.clone(), &figures).unwrap()).unwrap();
                    assert_eq!(old, new, "round {round} waves {waves} by {by:?}");
                    seen.0 |= old.contains("\"change\"");
                    seen.1 |= old.contains("\"estimate\"");
                    seen.2 |= old.contains("\"gap\"");
                }
            }
        }
    }
    assert_eq!(seen, (true, true, true), "paired changes, differences and gaps shown somewhere");
}
