//! Open data: indicator values and survey aggregates as CSV and JSON, and the Frictionless Data
//! Package descriptor that says what each field is.
//!
//! The tables are made from a report drawn up for the public, so every figure has already been
//! through small-cell suppression: a withheld figure leaves its cell empty and says so in the
//! `suppressed` column. Nothing here sees, or could print, the number that was withheld.

use crate::{ReportData, Shown};
use bridges_measure::format_number;
use serde_json::{json, Map, Value};
use std::borrow::Cow;
use std::collections::BTreeSet;

/// What a column holds, as Table Schema names its types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Number,
    Integer,
    Boolean,
    Date,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Text => "string",
            Kind::Number => "number",
            Kind::Integer => "integer",
            Kind::Boolean => "boolean",
            Kind::Date => "date",
        }
    }
}

struct Field {
    name: &'static str,
    kind: Kind,
    description: &'static str,
}

const fn field(name: &'static str, kind: Kind, description: &'static str) -> Field {
    Field { name, kind, description }
}

const fn names<const N: usize>(fields: &[Field; N]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = fields[i].name;
        i += 1;
    }
    out
}

const SUPPRESSED: &str = "true when the value or n of this row is withheld because it concerns too few people \
     (or would let such a figure be worked out); false otherwise.";

const INDICATOR_SCHEMA: [Field; 11] = [
    field("indicator_id", Kind::Text, "Stable identifier of the indicator."),
    field("indicator", Kind::Text, "Name of the indicator, as the organisation wrote it."),
    field("objective", Kind::Text, "The plan objective the indicator serves; empty when it serves none in particular."),
    field("unit", Kind::Text, "What the value counts or measures, as the organisation wrote it."),
    field("source", Kind::Text, "Where the value comes from: activities, attendance, survey-score and so on."),
    field(
        "period",
        Kind::Text,
        "The period the value is for: a year (2026), a quarter (2026-Q1) or a month (2026-03).",
    ),
    field(
        "value",
        Kind::Number,
        "The indicator's value for the period; empty when there is none or when it is withheld.",
    ),
    field(
        "n",
        Kind::Integer,
        "How many people the value comes from; empty when the value does not count people or when it is withheld.",
    ),
    field("suppressed", Kind::Boolean, SUPPRESSED),
    field("baseline", Kind::Number, "The value the project started from, when one was set."),
    field("target", Kind::Number, "The value the project aims for, when one was set."),
];

const SURVEY_SCHEMA: [Field; 12] = [
    field("survey_id", Kind::Text, "Stable identifier of the survey."),
    field("survey", Kind::Text, "Title of the survey."),
    field(
        "measure",
        Kind::Text,
        "The score reported on this row, or for a misperception the figure people were asked to guess.",
    ),
    field(
        "group",
        Kind::Text,
        "Who the row is about: all, arriving (newcomers), receiving (long-standing residents), before or after.",
    ),
    field(
        "mean",
        Kind::Number,
        "Mean score of the group; for a misperception, the mean of everyone's guesses. Empty when withheld.",
    ),
    field("ci_low", Kind::Number, "Lower end of the 95% confidence interval of the mean."),
    field("ci_high", Kind::Number, "Upper end of the 95% confidence interval of the mean."),
    field("n", Kind::Integer, "How many people answered; empty when withheld."),
    field("suppressed", Kind::Boolean, SUPPRESSED),
    field(
        "actual",
        Kind::Number,
        "For a misperception, the real figure the guesses are set against; empty for scores.",
    ),
    field("actual_source", Kind::Text, "Where the real figure comes from, as the organisation entered it."),
    field("actual_as_of", Kind::Date, "The date the real figure refers to, when known."),
];

/// The columns of [`indicator_rows`], in order.
pub const INDICATOR_FIELDS: &[&str] = &names(&INDICATOR_SCHEMA);
/// The columns of [`survey_rows`], in order.
pub const SURVEY_FIELDS: &[&str] = &names(&SURVEY_SCHEMA);

fn figure(value: Option<f64>) -> String {
    value.map(format_number).unwrap_or_default()
}

/// The figure when it may be printed, else an empty cell.
fn exact(value: Option<&Shown>) -> String {
    figure(value.and_then(Shown::value))
}

/// Absent is not withheld: a period with no data, or a value that counts no people, hides nothing.
fn withheld(value: Option<&Shown>) -> bool {
    matches!(value, Some(Shown::FewerThan { .. } | Shown::Hidden))
}

fn flag(b: bool) -> String {
    if b { "true" } else { "false" }.to_string()
}

/// One row per indicator and period of the report's span, in [`INDICATOR_FIELDS`] order.
pub fn indicator_rows(report: &ReportData) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for section in &report.objectives {
        for line in &section.indicators {
            for p in &line.points {
                rows.push(vec![
                    line.id.clone(),
                    line.name.clone(),
                    section.objective.clone(),
                    line.unit.clone(),
                    line.source.clone(),
                    p.period.clone(),
                    exact(p.value.as_ref()),
                    exact(p.n.as_ref()),
                    flag(withheld(p.value.as_ref()) || withheld(p.n.as_ref())),
                    figure(line.baseline),
                    figure(line.target),
                ]);
            }
        }
    }
    rows
}

/// One row per survey, score and group, then one per misperception, in [`SURVEY_FIELDS`] order.
pub fn survey_rows(report: &ReportData) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for survey in &report.surveys {
        for score in &survey.scores {
            for e in &score.estimates {
                // A mean withheld takes its interval with it: the interval would give it away.
                let shown = e.mean.is_some() && !withheld(Some(&e.n));
                let people = e.n.value().is_some_and(|n| n > 0.0);
                rows.push(vec![
                    survey.id.clone(),
                    survey.title.clone(),
                    score.label.clone(),
                    e.group.clone(),
                    if shown { figure(e.mean) } else { String::new() },
                    if shown { figure(e.low) } else { String::new() },
                    if shown { figure(e.high) } else { String::new() },
                    exact(Some(&e.n)),
                    flag(withheld(Some(&e.n)) || (e.mean.is_none() && people)),
                    String::new(),
                    String::new(),
                    String::new(),
                ]);
            }
        }
        for m in &survey.myths {
            let shown = m.perceived.is_some() && !withheld(Some(&m.n));
            let people = m.n.value().is_some_and(|n| n > 0.0);
            rows.push(vec![
                survey.id.clone(),
                survey.title.clone(),
                m.label.clone(),
                "all".to_string(),
                if shown { figure(m.perceived) } else { String::new() },
                if shown { figure(m.low) } else { String::new() },
                if shown { figure(m.high) } else { String::new() },
                exact(Some(&m.n)),
                flag(withheld(Some(&m.n)) || (m.perceived.is_none() && people)),
                format_number(m.actual),
                m.source.clone(),
                m.as_of.map(|d| d.to_string()).unwrap_or_default(),
            ]);
        }
    }
    rows
}

/// Whether a cell is a plain, finite number ("-3.5", "1e3"): a spreadsheet reads it as that
/// number and runs nothing, so it needs no defusing.
fn plain_number(cell: &str) -> bool {
    cell.parse::<f64>().is_ok_and(f64::is_finite)
}

/// A cell safe to open in a spreadsheet.
///
/// A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or a carriage
/// return) as a formula, so such a cell gets a leading apostrophe, as the app's other exports do
/// (`crates/app/src/spreadsheet.rs`). The one difference: a cell that parses as a finite number
/// (`f64`) is left as it is, because a negative figure such as `-3.5` is data, not a formula,
/// and an apostrophe would turn it into text that no longer sums or charts. Nothing that parses
/// as a number can call a function, so this lets no formula through.
fn defused(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !plain_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A table as RFC 4180 CSV (comma separated, CRLF line ends, quotes doubled), a header row first.
/// Every cell, header included, goes through the formula rule of [`defused`]: a text cell starting
/// with `= + - @`, a tab or a carriage return gets a leading apostrophe, while a cell that parses
/// as a finite number stays as it is, so `-3.5` remains a number.
pub fn csv(fields: &[&str], rows: &[Vec<String>]) -> String {
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).flexible(true).from_writer(Vec::new());
    // Writing to memory cannot fail; should csv ever refuse a record, the file is short of that
    // row rather than the server falling over.
    let _ = writer.write_record(fields.iter().map(|f| defused(f).into_owned()));
    for row in rows {
        let _ = writer.write_record(row.iter().map(|c| defused(c).into_owned()));
    }
    let bytes = writer.into_inner().unwrap_or_else(|e| e.into_inner().get_ref().clone());
    String::from_utf8(bytes).unwrap_or_default()
}

/// The type of a column by its name, from the tables this module writes; a name it does not know
/// is text, so a title such as "2026" is never mistaken for a number.
fn kind_of(name: &str) -> Kind {
    INDICATOR_SCHEMA.iter().chain(SURVEY_SCHEMA.iter()).find(|f| f.name == name).map(|f| f.kind).unwrap_or(Kind::Text)
}

fn typed(kind: Kind, cell: &str) -> Value {
    if cell.is_empty() {
        return Value::Null;
    }
    let as_number = || {
        if let Ok(i) = cell.parse::<i64>() {
            return Some(Value::from(i));
        }
        cell.parse::<f64>().ok().and_then(serde_json::Number::from_f64).map(Value::Number)
    };
    let value = match kind {
        Kind::Number | Kind::Integer => as_number(),
        Kind::Boolean => match cell {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => None,
        },
        Kind::Text | Kind::Date => None,
    };
    // A cell that does not read as its type is kept as text rather than lost.
    value.unwrap_or_else(|| Value::String(cell.to_string()))
}

/// The same table as JSON: an array of objects keyed by the field names, numbers as numbers,
/// `true`/`false` as booleans, empty cells as null. Types come from the field's name in
/// [`INDICATOR_FIELDS`] and [`SURVEY_FIELDS`]; any other field is text. JSON is not opened as a
/// spreadsheet, so cells are not defused here.
pub fn json(fields: &[&str], rows: &[Vec<String>]) -> Value {
    let kinds: Vec<Kind> = fields.iter().map(|f| kind_of(f)).collect();
    let objects = rows
        .iter()
        .map(|row| {
            let mut object = Map::new();
            for (i, name) in fields.iter().enumerate() {
                let cell = row.get(i).map(String::as_str).unwrap_or_default();
                object.insert((*name).to_string(), typed(kinds[i], cell));
            }
            Value::Object(object)
        })
        .collect();
    Value::Array(objects)
}

/// The licences a project may publish its open data under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Licence {
    CcBy4,
    Cc0,
    OdcBy,
}

impl Licence {
    pub const ALL: [Licence; 3] = [Licence::CcBy4, Licence::Cc0, Licence::OdcBy];

    /// From its SPDX identifier, which SPDX matches without regard to case.
    pub fn parse(id: &str) -> Option<Licence> {
        let id = id.trim();
        Licence::ALL.into_iter().find(|l| l.as_str().eq_ignore_ascii_case(id))
    }

    /// The SPDX identifier.
    pub fn as_str(self) -> &'static str {
        match self {
            Licence::CcBy4 => "CC-BY-4.0",
            Licence::Cc0 => "CC0-1.0",
            Licence::OdcBy => "ODC-By-1.0",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Licence::CcBy4 => "Creative Commons Attribution 4.0 International",
            Licence::Cc0 => "Creative Commons Zero v1.0 Universal",
            Licence::OdcBy => "Open Data Commons Attribution License v1.0",
        }
    }

    /// Where the licence's text is published.
    pub fn url(self) -> &'static str {
        match self {
            Licence::CcBy4 => "https://creativecommons.org/licenses/by/4.0/",
            Licence::Cc0 => "https://creativecommons.org/publicdomain/zero/1.0/",
            Licence::OdcBy => "https://opendatacommons.org/licenses/by/1-0/",
        }
    }
}

/// A name as Data Package wants it: lowercase a-z, 0-9 and `-._`, anything else a single dash.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.to_lowercase().chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_') {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    // A title in a script with no Latin letters leaves nothing; the name still has to be something.
    if out.is_empty() {
        "open-data".to_string()
    } else {
        out
    }
}

/// The unit a column's figures share, if they all share one.
fn common_unit<'a>(units: impl Iterator<Item = &'a str>) -> Option<String> {
    let set: BTreeSet<&str> = units.collect();
    match set.into_iter().collect::<Vec<_>>().as_slice() {
        [one] if !one.is_empty() => Some((*one).to_string()),
        _ => None,
    }
}

fn schema(fields: &[Field], unit_of: &[(&str, Option<String>)]) -> Value {
    let fields: Vec<Value> = fields
        .iter()
        .map(|f| {
            let mut v = json!({ "name": f.name, "type": f.kind.as_str(), "description": f.description });
            if let (Some(unit), Value::Object(o)) =
                (unit_of.iter().find(|(n, _)| *n == f.name).and_then(|(_, u)| u.clone()), &mut v)
            {
                o.insert("unit".into(), Value::String(unit));
            }
            v
        })
        .collect();
    json!({ "fields": fields, "missingValues": [""] })
}

fn resource(base: &str, stem: &str, csv: bool, title: &str, schema: &Value) -> Value {
    let (ext, mediatype) = if csv { ("csv", "text/csv") } else { ("json", "application/json") };
    let description = if csv {
        "Comma-separated, UTF-8, CRLF line ends, a header row first. A text cell that starts with = + - @ \
         carries a leading apostrophe so that spreadsheets do not run it as a formula; numbers never do."
    } else {
        "An array of objects, one per row, keyed by field name; empty cells are null."
    };
    json!({
        "name": format!("{stem}-{ext}"),
        "title": title,
        "description": description,
        "path": format!("{base}/{stem}.{ext}"),
        "profile": if csv { "tabular-data-resource" } else { "data-resource" },
        "format": ext,
        "mediatype": mediatype,
        "encoding": "utf-8",
        "schema": schema,
    })
}

/// The Frictionless Data Package descriptor (`datapackage.json`) of a published project's open
/// data: what it is, its licence, its period, how small numbers were withheld, and the four files
/// (indicators and surveys, each as CSV and JSON) under `base_url` with the schema of their fields.
/// `report` must be the one made for the public: the descriptor states its threshold as the rule
/// the files follow.
pub fn datapackage(report: &ReportData, base_url: &str, licence: Licence) -> Value {
    let base = base_url.trim_end_matches('/');
    let lines = || report.objectives.iter().flat_map(|s| s.indicators.iter());
    let value_unit = common_unit(lines().map(|l| l.unit.as_str()));
    let score_units = report.surveys.iter().flat_map(|s| s.scores.iter().map(|_| ""));
    let myth_units = report.surveys.iter().flat_map(|s| s.myths.iter().map(|m| m.unit.as_str()));
    let mean_unit = common_unit(score_units.chain(myth_units.clone()));
    let actual_unit = common_unit(myth_units);
    let indicators = schema(
        &INDICATOR_SCHEMA,
        &[("value", value_unit.clone()), ("baseline", value_unit.clone()), ("target", value_unit)],
    );
    let surveys = schema(
        &SURVEY_SCHEMA,
        &[("mean", mean_unit.clone()), ("ci_low", mean_unit.clone()), ("ci_high", mean_unit), ("actual", actual_unit)],
    );

    let mut description = format!(
        "Indicator values and survey results of {}, from {} to {}, published by {}. \
         Counts of fewer than {} people are withheld.",
        report.title, report.span.from, report.span.to, report.organisation, report.threshold
    );
    if !report.aims.trim().is_empty() {
        description.push_str("\n\n");
        description.push_str(report.aims.trim());
    }

    let mut sources = vec![json!({
        "title": format!("{}: its own records of activities, attendance, pairings and surveys", report.organisation),
        "path": base,
    })];
    let outside: BTreeSet<&str> =
        report.surveys.iter().flat_map(|s| s.myths.iter().map(|m| m.source.trim())).filter(|s| !s.is_empty()).collect();
    sources.extend(outside.into_iter().map(|s| json!({ "title": s })));

    json!({
        "profile": "data-package",
        "name": slug(&report.title),
        "title": report.title,
        "description": description,
        // The project's public page, of which the data folder is a part.
        "homepage": base.strip_suffix("/data").unwrap_or(base),
        "created": format!("{}T00:00:00Z", report.made_on),
        "licenses": [{ "name": licence.as_str(), "path": licence.url(), "title": licence.title() }],
        "sources": sources,
        "contributors": [{ "title": report.organisation, "role": "publisher" }],
        "temporal": { "start": report.span.from.to_string(), "end": report.span.to.to_string() },
        "suppression": {
            "threshold": report.threshold,
            "method": format!(
                "counts of fewer than {} people are withheld; a cell that would let a withheld one be worked out from a total is withheld too",
                report.threshold
            ),
            "marker": "value and n empty, suppressed = true",
        },
        "resources": [
            resource(base, "indicators", true, "Indicator values by period", &indicators),
            resource(base, "indicators", false, "Indicator values by period", &indicators),
            resource(base, "surveys", true, "Survey scores and misperceptions by group", &surveys),
            resource(base, "surveys", false, "Survey scores and misperceptions by group", &surveys),
        ],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        Audience, Estimate, IndicatorLine, Myth, ObjectiveSection, PeriodValue, ScoreLine, Span, SurveySection,
    };
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn exact(v: f64) -> Shown {
        Shown::Exact { value: v }
    }

    fn report() -> ReportData {
        ReportData {
            organisation: "Welcome Hub".into(),
            title: "Buddies in Town, 2026!".into(),
            aims: "People meet.".into(),
            span: Span { from: day(2026, 1, 1), to: day(2026, 3, 31) },
            compared: None,
            audience: Audience::Public,
            threshold: 5,
            made_on: day(2026, 4, 2),
            objectives: vec![ObjectiveSection {
                objective: "People meet".into(),
                indicators: vec![IndicatorLine {
                    id: "ind-1".into(),
                    name: "=HYPERLINK(\"http://x\")".into(),
                    unit: "people".into(),
                    source: "attendance".into(),
                    baseline: Some(-3.0),
                    target: Some(40.0),
                    status: "on-track".into(),
                    points: vec![
                        PeriodValue { period: "2026-01".into(), value: Some(exact(-3.0)), n: Some(exact(12.0)) },
                        PeriodValue {
                            period: "2026-02".into(),
                            value: Some(Shown::FewerThan { k: 5 }),
                            n: Some(Shown::FewerThan { k: 5 }),
                        },
                        PeriodValue { period: "2026-03".into(), value: Some(Shown::Hidden), n: None },
                    ],
                    current: None,
                    previous: None,
                    line: false,
                }],
            }],
            work: vec![],
            pairs: vec![],
            surveys: vec![SurveySection {
                id: "s-1".into(),
                title: "Contact".into(),
                responses: exact(30.0),
                scores: vec![ScoreLine {
                    label: "Quality of contact".into(),
                    neutral: Some(4.0),
                    estimates: vec![
                        Estimate {
                            group: "all".into(),
                            mean: Some(5.25),
                            low: Some(4.75),
                            high: Some(5.75),
                            n: exact(30.0),
                        },
                        Estimate {
                            group: "arriving".into(),
                            mean: None,
                            low: Some(1.0),
                            high: Some(2.0),
                            n: Shown::FewerThan { k: 5 },
                        },
                    ],
                }],
                myths: vec![Myth {
                    figure: "employment-rate".into(),
                    label: "Employment rate".into(),
                    perceived: Some(45.5),
                    low: Some(40.0),
                    high: Some(51.0),
                    n: exact(30.0),
                    actual: 62.0,
                    source: "@Census".into(),
                    as_of: Some(day(2025, 6, 30)),
                    unit: "%".into(),
                }],
            }],
            practices: vec![],
            reviews: vec![],
        }
    }

    #[test]
    fn the_field_lists_match_their_schemas() {
        assert_eq!(INDICATOR_FIELDS.len(), INDICATOR_SCHEMA.len());
        assert_eq!(SURVEY_FIELDS[0], "survey_id");
        for row in indicator_rows(&report()) {
            assert_eq!(row.len(), INDICATOR_FIELDS.len());
        }
        for row in survey_rows(&report()) {
            assert_eq!(row.len(), SURVEY_FIELDS.len());
        }
    }

    #[test]
    fn a_withheld_count_leaves_its_cells_empty_and_says_so() {
        let r = report();
        let rows = indicator_rows(&r);
        let col = |name: &str| INDICATOR_FIELDS.iter().position(|f| *f == name).unwrap();
        assert_eq!(rows[0][col("value")], "-3");
        assert_eq!(rows[0][col("suppressed")], "false");
        for row in &rows[1..] {
            assert_eq!(row[col("value")], "");
            assert_eq!(row[col("n")], "");
            assert_eq!(row[col("suppressed")], "true");
        }
        let surveys = survey_rows(&r);
        assert_eq!(surveys[1][4..9], ["", "", "", "", "true"], "a withheld mean takes its interval with it");
        // The report never holds a withheld figure, only the threshold it fell under (k = 5): that
        // must not be printed in its place either. No published indicator figure holds a 5.
        let text = csv(INDICATOR_FIELDS, &rows);
        assert!(
            text.contains(
                "ind-1,\"'=HYPERLINK(\"\"http://x\"\")\",People meet,people,attendance,2026-02,,,true,-3,40\r\n"
            ),
            "{text}"
        );
        assert!(!text.contains('5'), "{text}");
        assert!(!text.contains("fewer"), "{text}");
        let value = json(INDICATOR_FIELDS, &rows);
        assert_eq!(value[1]["value"], Value::Null);
        assert_eq!(value[1]["n"], Value::Null);
        assert_eq!(value[1]["suppressed"], Value::Bool(true));
        assert!(!value.to_string().contains('5'), "{value}");
        let text = csv(SURVEY_FIELDS, &surveys);
        assert!(text.contains("s-1,Contact,Quality of contact,arriving,,,,,true,,,\r\n"), "{text}");
        let value = json(SURVEY_FIELDS, &surveys);
        assert_eq!((&value[1]["ci_low"], &value[1]["ci_high"]), (&Value::Null, &Value::Null), "{value}");
    }

    #[test]
    fn formulas_are_defused_but_negative_numbers_stay_numbers() {
        let rows = indicator_rows(&report());
        let text = csv(INDICATOR_FIELDS, &rows);
        let first = text.lines().nth(1).unwrap();
        assert!(first.starts_with("ind-1,\"'=HYPERLINK("), "{first}");
        assert!(first.contains(",2026-01,-3,12,false,-3,40"), "{first}");
        assert_eq!(
            csv(&["a"], &[vec!["-inf".into()], vec!["+1".into()], vec!["-1-1".into()]]),
            "a\r\n'-inf\r\n+1\r\n'-1-1\r\n"
        );
        let surveys = csv(SURVEY_FIELDS, &survey_rows(&report()));
        assert!(surveys.contains(",'@Census,2025-06-30\r\n"), "{surveys}");
        // JSON is not a spreadsheet: the text stays as written, numbers are numbers.
        let value = json(INDICATOR_FIELDS, &rows);
        assert_eq!(value[0]["indicator"], "=HYPERLINK(\"http://x\")");
        assert_eq!(value[0]["value"], json!(-3));
        assert_eq!(value[0]["n"], json!(12));
        assert_eq!(value[0]["suppressed"], json!(false));
        assert_eq!(value[0]["period"], "2026-01");
        let value = json(SURVEY_FIELDS, &survey_rows(&report()));
        assert_eq!(value[0]["mean"], json!(5.25));
        assert_eq!(value[0]["actual"], Value::Null);
        assert_eq!(value[2]["measure"], "Employment rate");
        assert_eq!(value[2]["mean"], json!(45.5));
        assert_eq!(value[2]["actual"], json!(62));
        assert_eq!(value[2]["actual_as_of"], "2025-06-30");
    }

    #[test]
    fn the_descriptor_names_four_resources_whose_fields_are_the_csv_header() {
        let r = report();
        let d = datapackage(&r, "https://example.org/p/buddies/data/", Licence::CcBy4);
        let reread: Value = serde_json::from_str(&serde_json::to_string_pretty(&d).unwrap()).unwrap();
        assert_eq!(reread, d);
        assert_eq!(d["name"], "buddies-in-town-2026");
        assert_eq!(d["licenses"][0]["name"], "CC-BY-4.0");
        assert_eq!(d["temporal"]["start"], "2026-01-01");
        assert_eq!(d["suppression"]["threshold"], 5);
        assert_eq!(d["created"], "2026-04-02T00:00:00Z");
        let resources = d["resources"].as_array().unwrap();
        assert_eq!(resources.len(), 4);
        let headers = [
            csv(INDICATOR_FIELDS, &indicator_rows(&r)),
            csv(INDICATOR_FIELDS, &[]),
            csv(SURVEY_FIELDS, &survey_rows(&r)),
            csv(SURVEY_FIELDS, &[]),
        ];
        let files = ["indicators.csv", "indicators.json", "surveys.csv", "surveys.json"];
        for ((resource, header), file) in resources.iter().zip(&headers).zip(files) {
            assert_eq!(resource["path"], format!("https://example.org/p/buddies/data/{file}"));
            assert_eq!(resource["encoding"], "utf-8");
            let names: Vec<&str> =
                resource["schema"]["fields"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
            assert_eq!(names.join(","), header.lines().next().unwrap());
            let name = resource["name"].as_str().unwrap();
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-._".contains(c)));
        }
        assert_eq!(resources[0]["schema"]["fields"][6]["unit"], "people");
        assert_eq!(resources[2]["schema"]["fields"][9]["unit"], "%");
        assert!(resources[2]["schema"]["fields"][4].get("unit").is_none(), "scores and myths differ");
        assert_eq!(d["sources"][1]["title"], "@Census");
    }

    #[test]
    fn licences_and_names() {
        for l in Licence::ALL {
            assert_eq!(Licence::parse(l.as_str()), Some(l));
        }
        assert_eq!(Licence::parse(" cc0-1.0 "), Some(Licence::Cc0));
        assert_eq!(Licence::parse("MIT"), None);
        assert_eq!(slug("  Café -- Ünïon  "), "caf-n-on");
        assert_eq!(slug("جسور"), "open-data");
        assert_eq!(slug("a.b_c"), "a.b_c");
    }
}
