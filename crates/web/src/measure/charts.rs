//! Indicators drawn for a page: the engine's SVG chart with the reader's words, and the numbers the
//! way the page's table and text show them.

use crate::http::page::Page;
use bridges_app::measure::IndicatorView;
use bridges_domain::measure::IndicatorSource;
use bridges_measure::{format_number, ChartSpec, Shown};

/// A shown number in the reader's words: the number, or "fewer than k", or "hidden".
pub fn shown(page: &Page, value: Option<&Shown>) -> String {
    match value {
        Some(Shown::Exact { value }) => format_number(*value),
        Some(Shown::FewerThan { k }) => page.t1("measure-fewer-than", "k", &k.to_string()),
        Some(Shown::Hidden) => page.t("measure-hidden"),
        None => "–".to_string(),
    }
}

/// The indicator's chart as SVG (bars for counts, a line for a mean rating), axes mirrored in a
/// right-to-left language.
pub fn chart(page: &Page, view: &IndicatorView, width: u32, height: u32) -> String {
    let d = &view.indicator.definition;
    let points: Vec<bridges_measure::Point> = view
        .points
        .iter()
        .map(|p| match &p.value {
            Some(Shown::Exact { value }) => {
                bridges_measure::Point { label: p.period.label(), value: Some(*value), note: None }
            }
            other => bridges_measure::Point {
                label: p.period.label(),
                value: None,
                note: other.as_ref().map(|s| shown(page, Some(s))),
            },
        })
        .collect();
    let baseline_label = page.t("measure-baseline");
    let target_label = page.t("measure-target");
    let spec = ChartSpec {
        title: &d.name,
        unit: &d.unit,
        points: &points,
        baseline: d.baseline.map(|b| (b, baseline_label.as_str())),
        target: d.target.map(|t| (t, target_label.as_str())),
        rtl: page.dir() == "rtl",
        width,
        height,
    };
    if points.is_empty() {
        bridges_measure::no_data_chart(&d.name, &page.t("measure-no-data"), spec.rtl, width, height)
    } else if d.source == IndicatorSource::ContactQuality {
        bridges_measure::line_chart(&spec)
    } else {
        bridges_measure::bar_chart(&spec)
    }
}

/// One sentence a screen reader can take in before the table: latest value, target, status.
pub fn summary(page: &Page, view: &IndicatorView) -> String {
    let d = &view.indicator.definition;
    let latest = view.latest.as_ref();
    let value = shown(page, latest.and_then(|p| p.value.as_ref()));
    let period = match latest.and_then(|p| p.n.as_ref()) {
        // Every number carries how many people it comes from.
        Some(n) => format!("{}, n = {}", latest.map(|p| p.period.label()).unwrap_or_default(), shown(page, Some(n))),
        None => latest.map(|p| p.period.label()).unwrap_or_default(),
    };
    let target = d.target.map(format_number).unwrap_or_else(|| "–".to_string());
    // Each number with its unit is isolated, so a Latin unit inside Arabic keeps its order.
    format!(
        "\u{2068}{} {} ({})\u{2069} · {} {} · {}",
        value,
        d.unit,
        period,
        page.t("measure-target"),
        target,
        page.tk("measure-status", view.status.as_str())
    )
}

/// A shown number in the reader's words (for a value that is always there).
pub fn shown_text(page: &Page, value: &Shown) -> String {
    shown(page, Some(value))
}

/// Each score of a survey's results as a bar chart of its mean per group, bars from the scale's
/// zero, the neutral point drawn as a line; a group too small to show says so instead of a bar.
pub fn score_charts(
    page: &Page,
    survey: &bridges_app::measure::surveys::SurveyView,
    results: &bridges_app::measure::surveys::Results,
    language: &str,
) -> Vec<String> {
    let default = survey.form.default_language.as_deref();
    let neutral_label = page.t("survey-neutral");
    let actual_label = page.t("survey-actual-line");
    results
        .scores
        .iter()
        .map(|s| {
            let title = s.score.label.get(language, default).to_string();
            let points: Vec<bridges_measure::Point> = results
                .groups
                .iter()
                .zip(&s.means)
                .map(|(g, m)| {
                    let label = page.tk("survey-group", g.key);
                    match m.shown() {
                        Some(mean) => bridges_measure::Point { label, value: Some(mean.mean), note: None },
                        None => bridges_measure::Point {
                            label,
                            value: None,
                            note: Some(page.t1("measure-fewer-than", "k", &results.k.to_string())),
                        },
                    }
                })
                .collect();
            let spec = ChartSpec {
                title: &title,
                unit: "",
                points: &points,
                baseline: s.score.neutral.map(|n| (n, neutral_label.as_str())),
                // A perceived figure is drawn against the actual one.
                target: s.figure.as_ref().map(|f| (f.actual, actual_label.as_str())),
                rtl: page.dir() == "rtl",
                width: 480,
                height: 220,
            };
            bridges_measure::bar_chart(&spec)
        })
        .collect()
}
