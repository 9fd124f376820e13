//! Every chart of a report, drawn once: the HTML page, the PDF, the public page and the downloads
//! all use these same SVGs, with the numbers each one draws beside it as a table.

use crate::{shown, IndicatorLine, Myth, ReportData, ScoreLine, Shown, Words};
use bridges_measure::{format_number, ChartSpec, Point};

pub const WIDTH: u32 = 560;
pub const HEIGHT: u32 = 240;

/// A chart with what it shows in words: its numbers as rows, and where they come from.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Stable within the report and across renders: "indicator-ID", "score-SURVEY-N", "myth-FIGURE".
    pub key: String,
    pub title: String,
    pub svg: String,
    /// (label, value) rows of the table that goes with it.
    pub rows: Vec<(String, String)>,
}

fn point(words: &dyn Words, label: String, value: Option<&Shown>) -> Point {
    match value {
        Some(Shown::Exact { value }) => Point { label, value: Some(*value), note: None },
        other => Point { label, value: None, note: Some(shown(words, other)) },
    }
}

/// An indicator's values over the report's span against its baseline and target.
pub fn indicator(words: &dyn Words, line: &IndicatorLine) -> Chart {
    let points: Vec<Point> = line.points.iter().map(|p| point(words, p.period.clone(), p.value.as_ref())).collect();
    let baseline = words.t("measure-baseline");
    let target = words.t("measure-target");
    let spec = ChartSpec {
        title: &line.name,
        unit: &line.unit,
        points: &points,
        baseline: line.baseline.map(|b| (b, baseline.as_str())),
        target: line.target.map(|t| (t, target.as_str())),
        rtl: words.rtl(),
        width: WIDTH,
        height: HEIGHT,
    };
    let svg = if points.is_empty() {
        bridges_measure::no_data_chart(&line.name, &words.t("measure-no-data"), words.rtl(), WIDTH, HEIGHT)
    } else if line.line {
        bridges_measure::line_chart(&spec)
    } else {
        bridges_measure::bar_chart(&spec)
    };
    let rows = line
        .points
        .iter()
        .map(|p| {
            let mut value = shown(words, p.value.as_ref());
            if let Some(n) = &p.n {
                value = format!("{value} (n = {})", shown(words, Some(n)));
            }
            (p.period.clone(), value)
        })
        .collect();
    Chart { key: format!("indicator-{}", line.id), title: line.name.clone(), svg, rows }
}

/// An interval as text, "[low, high]".
pub fn interval(low: Option<f64>, high: Option<f64>, rtl: bool) -> Option<String> {
    let (l, h) = (low?, high?);
    let text = format!("[{}, {}]", format_number(l), format_number(h));
    Some(if rtl { format!("\u{2066}{text}\u{2069}") } else { text })
}

/// A survey score's mean per group, bars from zero, the scale's neutral point as a line.
pub fn score(words: &dyn Words, survey: &str, index: usize, line: &ScoreLine) -> Chart {
    let k_note = |n: &Shown| shown(words, Some(n));
    let points: Vec<Point> = line
        .estimates
        .iter()
        .map(|e| {
            let label = words.t(&format!("survey-group-{}", e.group));
            match e.mean {
                Some(m) => Point { label, value: Some(m), note: None },
                None => Point { label, value: None, note: Some(k_note(&e.n)) },
            }
        })
        .collect();
    let neutral = words.t("survey-neutral");
    let spec = ChartSpec {
        title: &line.label,
        unit: "",
        points: &points,
        baseline: line.neutral.map(|n| (n, neutral.as_str())),
        target: None,
        rtl: words.rtl(),
        width: WIDTH,
        height: HEIGHT,
    };
    let rows = line
        .estimates
        .iter()
        .map(|e| {
            let label = words.t(&format!("survey-group-{}", e.group));
            let value = match e.mean {
                Some(m) => {
                    let ci = interval(e.low, e.high, words.rtl()).unwrap_or_default();
                    format!("{} {ci} (n = {})", crate::number(m, words.rtl()), shown(words, Some(&e.n)))
                }
                None => shown(words, Some(&e.n)),
            };
            (label, value)
        })
        .collect();
    Chart {
        key: format!("score-{survey}-{index}"),
        title: line.label.clone(),
        svg: bridges_measure::bar_chart(&spec),
        rows,
    }
}

/// What people think against the figure: one bar for the guess, a line for the actual figure.
pub fn myth(words: &dyn Words, myth: &Myth) -> Chart {
    let label = words.t("report-myth-perceived");
    let points = vec![match myth.perceived {
        Some(p) => Point { label: label.clone(), value: Some(p), note: None },
        None => Point { label: label.clone(), value: None, note: Some(shown(words, Some(&myth.n))) },
    }];
    let actual = words.t("report-myth-actual");
    let spec = ChartSpec {
        title: &myth.label,
        unit: &myth.unit,
        points: &points,
        baseline: None,
        target: Some((myth.actual, actual.as_str())),
        rtl: words.rtl(),
        width: WIDTH,
        height: HEIGHT,
    };
    let perceived = match myth.perceived {
        Some(p) => format!(
            "{} {} (n = {})",
            crate::number(p, words.rtl()),
            interval(myth.low, myth.high, words.rtl()).unwrap_or_default(),
            shown(words, Some(&myth.n))
        ),
        None => shown(words, Some(&myth.n)),
    };
    let svg = bridges_measure::bar_chart(&spec);
    let rows =
        vec![(label, perceived), (actual, format!("{} · {}", crate::number(myth.actual, words.rtl()), myth.source))];
    Chart { key: format!("myth-{}", myth.figure), title: myth.label.clone(), svg, rows }
}

/// Every chart of the report in the order the report shows them.
pub fn all(report: &ReportData, words: &dyn Words) -> Vec<Chart> {
    let mut out = Vec::new();
    for section in &report.objectives {
        for line in &section.indicators {
            out.push(indicator(words, line));
        }
    }
    for survey in &report.surveys {
        for (i, line) in survey.scores.iter().enumerate() {
            out.push(score(words, &survey.id, i, line));
        }
        for m in &survey.myths {
            out.push(myth(words, m));
        }
    }
    out
}
