//! Answers collected elsewhere, imported into a survey: a KoboToolbox or ODK submissions export
//! (CSV or XLSX, codes or labels), or bridges' own export of responses. Columns are matched to the
//! form's questions by name, group paths (`contact/contact_work`, `contact-contact_work`) aside;
//! the tools' own columns (`_uuid`, `_submission_time`, `meta/instanceID`, `KEY`…) are read for
//! the submission's identity and day or left aside. Every row is checked as the public link
//! checks an answer; every problem comes back with its line and column, and nothing is written
//! unless the whole file is clean. A submission already imported is skipped, so the same export
//! can be uploaded again after new answers came in.

use super::{check_response, one, SurveyView};
use crate::spreadsheet::{file_problem, RowProblem};
use crate::{Result, Services};
use bridges_domain::policy::{ReadMeasures, RecordMeasures};
use bridges_domain::SurveyId;
use bridges_measure::survey::{Form, Kind};
use bridges_store::{Grant, NewResponse, Via};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Columns a submissions export carries that say which submission a row is.
const IDENTITY: [&str; 7] = ["_uuid", "meta/instanceid", "meta-instanceid", "instanceid", "key", "response", "_id"];
/// Columns that say when it was sent, best first.
const SENT: [&str; 5] = ["_submission_time", "submissiondate", "submitted_on", "end", "start"];
/// Other columns the tools add, not answers.
const TOOL_COLUMNS: [&str; 16] = [
    "_index",
    "_status",
    "_submitted_by",
    "_validation_status",
    "_notes",
    "_tags",
    "__version__",
    "_version_",
    "submitterid",
    "submittername",
    "attachmentspresent",
    "attachmentsexpected",
    "status",
    "reviewstate",
    "deviceid",
    "edits",
];

/// What one column of the file holds.
#[derive(Debug, Clone, PartialEq)]
enum Column {
    Answer(String),
    /// Which submission the row is, by the rank of its column in [`IDENTITY`] (best first).
    Identity(usize),
    /// When it was sent, by the rank of its column in [`SENT`] (best first).
    Sent(usize),
    Wave,
    Respondent,
    /// A tool's own column, or a select-multiple's per-choice 0/1 column (the answer's own column
    /// holds the same choices).
    Ignored,
}

/// Reads a column header against the form.
fn column_of(form: &Form, header: &str) -> Option<Column> {
    let h = header.trim();
    let lower = h.to_lowercase();
    if form.question(h).is_some_and(|q| q.kind.has_value()) {
        return Some(Column::Answer(h.to_string()));
    }
    if lower == "wave" {
        return Some(Column::Wave);
    }
    if lower == "respondent" {
        return Some(Column::Respondent);
    }
    if let Some(rank) = IDENTITY.iter().position(|c| *c == lower) {
        return Some(Column::Identity(rank));
    }
    if let Some(rank) = SENT.iter().position(|c| *c == lower) {
        return Some(Column::Sent(rank));
    }
    if TOOL_COLUMNS.contains(&lower.as_str())
        || lower == "via"
        || lower.starts_with("meta/")
        || lower.starts_with("meta-")
    {
        return Some(Column::Ignored);
    }
    // A group path: `group/sub/name` (KoboToolbox) or `group-sub-name` (ODK Central).
    for separator in ['/', '-'] {
        let parts: Vec<&str> = h.split(separator).collect();
        for cut in 1..parts.len() {
            let (groups, rest) = parts.split_at(cut);
            let name = rest.join(&separator.to_string());
            let all_groups =
                groups.iter().all(|g| form.question(g).is_some_and(|q| matches!(q.kind, Kind::BeginGroup)));
            if all_groups && form.question(&name).is_some_and(|q| q.kind.has_value()) {
                return Some(Column::Answer(name));
            }
        }
        // A select-multiple's per-choice column: `question/choice`.
        if let Some((question, choice)) = h.rsplit_once(separator) {
            let question = question.rsplit(separator).next().unwrap_or(question);
            if let Some(Kind::SelectMultiple { list }) = form.question(question).map(|q| &q.kind) {
                if form.list(list).is_some_and(|l| l.choices.iter().any(|c| c.name == choice)) {
                    return Some(Column::Ignored);
                }
            }
        }
    }
    None
}

/// A choice given by its label (in any of the form's languages) read as its name; names stay.
fn as_names(form: &Form, question: &str, value: &str) -> String {
    let Some(list) = form.question(question).and_then(|q| match &q.kind {
        Kind::SelectOne { list } | Kind::SelectMultiple { list } => form.list(list),
        _ => None,
    }) else {
        return value.to_string();
    };
    let name_of = |v: &str| -> String {
        if list.choices.iter().any(|c| c.name == v) {
            return v.to_string();
        }
        list.choices
            .iter()
            .find(|c| c.label.0.values().any(|l| l.trim() == v))
            .map(|c| c.name.clone())
            .unwrap_or_else(|| v.to_string())
    };
    match form.question(question).map(|q| &q.kind) {
        // Exports write a select-multiple's labels separated by "; " or ", ", its names by spaces.
        Some(Kind::SelectMultiple { .. }) if value.contains(';') || value.contains(',') => {
            value.split([';', ',']).map(str::trim).filter(|v| !v.is_empty()).map(name_of).collect::<Vec<_>>().join(" ")
        }
        Some(Kind::SelectMultiple { .. }) => value.split_whitespace().map(name_of).collect::<Vec<_>>().join(" "),
        _ => name_of(value.trim()),
    }
}

/// The day in a date or timestamp cell (`2026-03-01`, `2026-03-01T10:22:11.000+01:00`, a
/// workbook's day number).
fn day_of(cell: &str) -> Option<NaiveDate> {
    let cell = cell.trim();
    if let Some(d) = cell.get(..10).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()) {
        return Some(d);
    }
    let days = cell.parse::<f64>().ok().filter(|d| (36_526.0..73_416.0).contains(d))?;
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(chrono::Days::new(days.floor() as u64))
}

/// Checks every row of a submissions file against the survey: the responses to store, or every
/// problem by line and column.
pub fn parse(
    survey: &SurveyView,
    rows: &[crate::spreadsheet::Row],
    today: NaiveDate,
) -> std::result::Result<Vec<NewResponse>, Vec<RowProblem>> {
    let Some(((header_line, header), body)) = rows.split_first() else {
        return Err(file_problem("import-empty"));
    };
    let mut problems = Vec::new();
    let mut columns = Vec::with_capacity(header.len());
    for h in header {
        match column_of(&survey.form, h) {
            Some(c) => {
                if matches!(&c, Column::Answer(_)) && columns.contains(&c) {
                    problems.push(RowProblem { line: *header_line, field: h.clone(), code: "import-repeated-column" });
                }
                columns.push(c);
            }
            None if h.trim().is_empty() => columns.push(Column::Ignored),
            None => {
                problems.push(RowProblem { line: *header_line, field: h.clone(), code: "import-unknown-column" });
                columns.push(Column::Ignored);
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut responses = Vec::with_capacity(body.len());
    for (line, cells) in body {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let (mut answers, mut wave, mut respondent) = (BTreeMap::new(), String::new(), String::new());
        // The best-ranked identity and day the row holds, whatever the columns' order.
        let mut identity: Option<(usize, String)> = None;
        let mut sent: Option<(usize, NaiveDate)> = None;
        for (column, cell) in columns.iter().zip(cells) {
            let cell = crate::spreadsheet::unescaped_cell(cell.trim());
            if cell.is_empty() || cell == "n/a" {
                continue;
            }
            match column {
                Column::Answer(name) => {
                    answers.insert(name.clone(), as_names(&survey.form, name, cell));
                }
                Column::Identity(rank) => {
                    if identity.as_ref().is_none_or(|(best, _)| rank < best) {
                        identity = Some((*rank, cell.to_string()));
                    }
                }
                Column::Sent(rank) => {
                    if let Some(day) = day_of(cell).filter(|_| sent.is_none_or(|(best, _)| rank < &best)) {
                        sent = Some((*rank, day));
                    }
                }
                Column::Wave => wave = cell.to_string(),
                Column::Respondent => respondent = cell.to_string(),
                Column::Ignored => {}
            }
        }
        match check_response(survey, &answers, &wave, &respondent, sent.map_or(today, |(_, day)| day)) {
            Ok(mut response) => {
                response.import_key = identity.map(|(_, key)| key);
                responses.push(response);
            }
            Err(p) => {
                problems.extend(p.answers.into_iter().map(|a| RowProblem {
                    line: *line,
                    field: a.question,
                    code: a.code,
                }));
                problems.extend(p.fields.iter().map(|e| RowProblem {
                    line: *line,
                    field: e.field.to_string(),
                    code: e.code,
                }));
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if responses.is_empty() {
        return Err(file_problem("import-empty"));
    }
    Ok(responses)
}

/// How an import went: rows read, and how many of them were new.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Imported {
    pub rows: usize,
    pub added: u64,
}

/// The limits of a submissions file: a form with many questions and per-choice columns is wide.
pub fn limits() -> bridges_sheet::Limits {
    bridges_sheet::Limits { max_columns: 2_000, ..crate::spreadsheet::limits() }
}

/// Imports a submissions file into the survey: all of it, or nothing and every problem.
pub async fn import(
    services: &Services,
    grant: &Grant<RecordMeasures>,
    id: SurveyId,
    bytes: Vec<u8>,
    today: NaiveDate,
) -> Result<std::result::Result<Imported, Vec<RowProblem>>> {
    let survey = one(services, &grant.also::<ReadMeasures>()?, id).await?;
    // Reading and checking every row is CPU work: off the async workers.
    let parsed = crate::off_the_workers(move || {
        let rows = match bridges_sheet::read(&bytes, &limits()) {
            Ok(rows) => rows.into_iter().map(|r| (r.line, r.cells)).collect::<Vec<_>>(),
            Err(e) => return Err(vec![RowProblem { line: e.line(), field: String::new(), code: e.code() }]),
        };
        parse(&survey, &rows, today)
    })
    .await?;
    let responses = match parsed {
        Ok(r) => r,
        Err(problems) => return Ok(Err(problems)),
    };
    let added = services.store().record_responses(grant, id, Via::Import, &responses).await?;
    Ok(Ok(Imported { rows: responses.len(), added }))
}
