//! Tell's engine: the impact report as a data model that the application fills, drawn once into
//! charts and written as HTML and as typst markup from the same charts; open data with its
//! Frictionless descriptor; myth-buster cards.
//!
//! Everything here is pure: numbers arrive already suppressed for their audience (as
//! `bridges_measure::Shown`), words arrive through [`Words`] in the reader's language, and out come
//! strings. It must never read a database, a file or a clock, and it never decides who may see a
//! number: it only refuses to print one it was told is hidden.

pub mod charts;
pub mod html;
pub mod myth;
pub mod open_data;
pub mod typeset;

pub use bridges_measure::Shown;
use chrono::NaiveDate;
use serde::Serialize;

/// The reader's language, as the interface translates it. Keys are Fluent message ids.
pub trait Words {
    fn t(&self, key: &str) -> String;
    fn t_args(&self, key: &str, args: &[(&'static str, String)]) -> String;
    /// The language's code ("en", "ar", …).
    fn lang(&self) -> &str;
    fn rtl(&self) -> bool;
}

/// Who a report is made for: the team sees exact counts; anyone else sees counts of fewer people
/// than the threshold as "fewer than k".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Team,
    Public,
}

/// A span of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Span {
    /// The span of the same length that ends the day before this one starts.
    pub fn previous(&self) -> Span {
        let days = (self.to - self.from).num_days() + 1;
        let to = self.from.pred_opt().unwrap_or(self.from);
        let from = to.checked_sub_days(chrono::Days::new(u64::try_from(days - 1).unwrap_or(0))).unwrap_or(to);
        Span { from, to }
    }
}

/// One period's value of an indicator, as its audience may see it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeriodValue {
    /// The period as the indicator names it ("2026-03", "2026-Q1", "2026").
    pub period: String,
    pub value: Option<Shown>,
    /// How many people the value comes from, where it counts people.
    pub n: Option<Shown>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorLine {
    pub id: String,
    pub name: String,
    pub unit: String,
    /// The source's code ("activities", "attendance", "survey-score", …): translated as
    /// `indicator-source-<code>`.
    pub source: String,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    /// The status's code ("on-track", "off-track", "achieved", "no-target", "no-data", "stale"):
    /// translated as `measure-status-<code>`.
    pub status: String,
    /// Every period of the report's span, oldest first: what the chart draws.
    pub points: Vec<PeriodValue>,
    /// The latest period of the span with a value, and the same for the span before.
    pub current: Option<PeriodValue>,
    pub previous: Option<PeriodValue>,
    /// A mean rating is drawn as a line; counts as bars from zero.
    pub line: bool,
}

/// An objective of the plan and the indicators that serve it; `objective` is empty for a project's
/// indicators that serve no objective in particular.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ObjectiveSection {
    pub objective: String,
    pub indicators: Vec<IndicatorLine>,
}

/// One count of what was done in the span, and in the span before.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WorkLine {
    /// Fluent key of its name ("report-work-activities", …).
    pub key: String,
    pub current: Shown,
    pub previous: Option<Shown>,
}

/// One pairing programme's pairs in the span.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairsLine {
    pub programme: String,
    pub meeting: Shown,
    pub quiet: Shown,
    pub closed: Shown,
    pub waiting: Shown,
    /// The mean contact-quality rating (1–7) of check-ins in the span, with how many rated.
    pub quality: Option<f64>,
    pub rated: Shown,
}

/// One group's estimate: a mean with its 95% interval and n, or withheld.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Estimate {
    /// The group's code ("all", "arriving", "receiving", "before", "after"): translated as
    /// `survey-group-<code>`.
    pub group: String,
    /// None when the group is too small to show.
    pub mean: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub n: Shown,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreLine {
    pub label: String,
    /// The scale's neutral point, drawn as a line.
    pub neutral: Option<f64>,
    pub estimates: Vec<Estimate>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SurveySection {
    pub id: String,
    pub title: String,
    pub responses: Shown,
    pub scores: Vec<ScoreLine>,
    pub myths: Vec<Myth>,
}

/// What people think a figure is, against what it is: the heart of a myth-buster card.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Myth {
    /// The figure's code ("employment-rate", …), stable in links.
    pub figure: String,
    /// What was asked, in the reader's language.
    pub label: String,
    /// The mean guess of everyone who answered, with its interval; None when too few answered.
    pub perceived: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub n: Shown,
    pub actual: f64,
    /// Where the actual figure comes from, as the organisation entered it.
    pub source: String,
    pub as_of: Option<NaiveDate>,
    /// "%" for the instrument's figures.
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewLine {
    pub held_on: NaiveDate,
    pub concluded: String,
    pub decided: String,
}

/// Everything an impact report says, as its audience may see it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportData {
    pub organisation: String,
    /// The project's title, or the organisation's name for a report on all its work.
    pub title: String,
    /// The plan's aims (plain text, paragraphs separated by blank lines).
    pub aims: String,
    pub span: Span,
    /// The span compared with, when asked for.
    pub compared: Option<Span>,
    pub audience: Audience,
    /// Counts of fewer people than this are withheld for the public.
    pub threshold: u32,
    pub made_on: NaiveDate,
    pub objectives: Vec<ObjectiveSection>,
    pub work: Vec<WorkLine>,
    pub pairs: Vec<PairsLine>,
    pub surveys: Vec<SurveySection>,
    /// Titles of the good practices the organisation published in the span.
    pub practices: Vec<String>,
    pub reviews: Vec<ReviewLine>,
}

/// A number as a report prints it: the figure, "fewer than k", or "hidden".
pub fn shown(words: &dyn Words, value: Option<&Shown>) -> String {
    match value {
        Some(Shown::Exact { value }) => number(*value, words.rtl()),
        Some(Shown::FewerThan { k }) => words.t_args("measure-fewer-than", &[("k", k.to_string())]),
        Some(Shown::Hidden) => words.t("measure-hidden"),
        None => "–".to_string(),
    }
}

/// A number formatted as the charts format it, kept left to right inside right-to-left text.
pub fn number(value: f64, rtl: bool) -> String {
    let s = bridges_measure::format_number(value);
    if rtl {
        format!("\u{2066}{s}\u{2069}")
    } else {
        s
    }
}

/// A table as plain text: its header and its rows, for each renderer to escape its own way.
pub type Table = (Vec<String>, Vec<Vec<String>>);

/// What was done, this span and (when compared) the one before.
pub fn work_table(report: &ReportData, words: &dyn Words) -> Table {
    let mut header = vec![words.t("report-table-label"), words.t("report-this-span")];
    if report.compared.is_some() {
        header.push(words.t("report-before"));
    }
    let rows = report
        .work
        .iter()
        .map(|l| {
            let mut row = vec![words.t(&l.key), shown(words, Some(&l.current))];
            if report.compared.is_some() {
                row.push(shown(words, l.previous.as_ref()));
            }
            row
        })
        .collect();
    (header, rows)
}

/// Each programme's pairs and contact quality; the first column is the programme's name (the
/// user's text).
pub fn pairs_table(report: &ReportData, words: &dyn Words) -> Table {
    let header = [
        "report-programme",
        "report-pairs-meeting",
        "report-pairs-quiet",
        "report-pairs-closed",
        "report-pairs-waiting",
        "report-contact-quality",
    ]
    .map(|k| words.t(k))
    .to_vec();
    let rows = report
        .pairs
        .iter()
        .map(|p| {
            let quality = match p.quality {
                Some(q) => format!("{} (n = {})", number(q, words.rtl()), shown(words, Some(&p.rated))),
                None => shown(words, Some(&p.rated)),
            };
            vec![
                p.programme.clone(),
                shown(words, Some(&p.meeting)),
                shown(words, Some(&p.quiet)),
                shown(words, Some(&p.closed)),
                shown(words, Some(&p.waiting)),
                quality,
            ]
        })
        .collect();
    (header, rows)
}

/// A day (YYYY-MM-DD), kept left to right inside right-to-left text: otherwise the bidi
/// algorithm shows 2026-12-05 as 05-12-2026.
pub fn day(d: NaiveDate, rtl: bool) -> String {
    if rtl {
        format!("\u{2066}{d}\u{2069}")
    } else {
        d.to_string()
    }
}

pub use bridges_measure::has_rtl;

/// Text from a user (a title, a name) isolated so its direction cannot reorder what surrounds it.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// Words for tests: each key as itself, with its arguments after it.
#[cfg(test)]
pub(crate) struct Keys {
    pub rtl: bool,
}

#[cfg(test)]
impl Words for Keys {
    fn t(&self, key: &str) -> String {
        key.to_string()
    }
    fn t_args(&self, key: &str, args: &[(&'static str, String)]) -> String {
        let args: Vec<String> = args.iter().map(|(k, v)| format!("{k}={v}")).collect();
        format!("{key}({})", args.join(", "))
    }
    fn lang(&self) -> &str {
        if self.rtl {
            "ar"
        } else {
            "en"
        }
    }
    fn rtl(&self) -> bool {
        self.rtl
    }
}
