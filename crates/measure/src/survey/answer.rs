//! One response checked against its form: which questions are relevant, whether each answer has
//! the form its question asks for, the constraints, the computed values, and how the form is cut
//! into pages that work without JavaScript.
//!
//! Every way of answering goes through [`check`]: the public link, staff typing in a paper form
//! and the import of KoboToolbox or ODK submissions. Answers are ODK's texts by question name. The
//! rules, as ODK applies them:
//! - rows are read in form order; a question is relevant when its `relevant` and those of all
//!   its enclosing groups are true, evaluated over the answers as kept so far (earlier answers
//!   already checked, later ones as given);
//! - the answer to a question that is not relevant is dropped, and it is never required;
//! - a blank answer is no answer: it is required only when relevant, and is left out of the
//!   result;
//! - a `constraint` is evaluated with `.` standing for the answer, only when there is one;
//! - `calculate` rows get their computed value (calculations in groups that are not relevant are
//!   not computed, and one giving NaN, as arithmetic over an unanswered question does, leaves no
//!   value); the metadata `today` gets the day handed in; `start` and `end` are the
//!   caller's to fill in (an ISO date and time in `raw`, kept when well formed); the other
//!   metadata (`deviceid`, `username`, …) stay empty, since bridges never collects them;
//! - a name the form does not have is refused (`answer-unknown-question`): the import strips
//!   KoboToolbox's own columns (`_id`, `_uuid`, `meta/instanceID`, …) before calling this.
//!
//! An expression of the form that cannot be parsed is reported on its question as
//! `answer-form-expression`: [`form_problems`] lists them all when a form is read, so a stored form
//! never has one.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::expr::{self, AnswersContext, Expr, ExprError};
use super::form::{Choice, Form, Kind, Question, Score, Scoring};

/// Most answers one response may carry.
pub const MAX_ANSWERS: usize = 2_000;
/// Longest answer, in characters.
pub const MAX_ANSWER_CHARS: usize = 10_000;

/// What is wrong with one answer (or, with an empty `question`, with the response as a whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerProblem {
    pub question: String,
    /// A stable kebab-case key, one of [`CODES`], for messages translated by the pages.
    pub code: &'static str,
}

/// Every code an [`AnswerProblem`] can carry.
pub const CODES: &[&str] = &[
    TOO_MANY,
    TOO_LONG,
    UNKNOWN,
    REQUIRED,
    NOT_A_NUMBER,
    NOT_AN_INTEGER,
    OUT_OF_RANGE,
    OFF_STEP,
    NOT_A_CHOICE,
    NOT_OFFERED,
    DUPLICATE_CHOICE,
    NOT_A_DATE,
    NOT_A_TIME,
    NOT_A_DATE_TIME,
    NOT_A_GEOPOINT,
    NOT_ACKNOWLEDGED,
    CONSTRAINT,
    FORM_EXPRESSION,
];

const TOO_MANY: &str = "answer-too-many";
const TOO_LONG: &str = "answer-too-long";
const UNKNOWN: &str = "answer-unknown-question";
const REQUIRED: &str = "answer-required";
const NOT_A_NUMBER: &str = "answer-not-a-number";
const NOT_AN_INTEGER: &str = "answer-not-an-integer";
const OUT_OF_RANGE: &str = "answer-out-of-range";
const OFF_STEP: &str = "answer-off-step";
const NOT_A_CHOICE: &str = "answer-not-a-choice";
const NOT_OFFERED: &str = "answer-choice-not-offered";
const DUPLICATE_CHOICE: &str = "answer-duplicate-choice";
const NOT_A_DATE: &str = "answer-not-a-date";
const NOT_A_TIME: &str = "answer-not-a-time";
const NOT_A_DATE_TIME: &str = "answer-not-a-date-time";
const NOT_A_GEOPOINT: &str = "answer-not-a-geopoint";
const NOT_ACKNOWLEDGED: &str = "answer-not-acknowledged";
const CONSTRAINT: &str = "answer-constraint";
const FORM_EXPRESSION: &str = "answer-form-expression";

fn problem(question: &str, code: &'static str) -> AnswerProblem {
    AnswerProblem { question: question.to_string(), code }
}

/// Checks one response. On success gives the answers to keep: normalised (numbers and choices
/// trimmed, choices single-spaced), without blank or non-relevant answers, with calculations and
/// `today` filled in. Otherwise gives every problem found, in form order.
pub fn check(
    form: &Form,
    raw: &BTreeMap<String, String>,
    today: NaiveDate,
) -> Result<BTreeMap<String, String>, Vec<AnswerProblem>> {
    if raw.len() > MAX_ANSWERS {
        return Err(vec![problem("", TOO_MANY)]);
    }
    let names = value_names(form);
    let mut problems: Vec<AnswerProblem> = raw
        .iter()
        .filter_map(|(name, text)| {
            if !names.contains(name.as_str()) {
                Some(problem(name, UNKNOWN))
            } else if too_long(text) {
                Some(problem(name, TOO_LONG))
            } else {
                None
            }
        })
        .collect();
    if !problems.is_empty() {
        return Err(problems);
    }
    let values = walk(form, raw, today, &mut problems);
    if problems.is_empty() {
        Ok(values)
    } else {
        Err(problems)
    }
}

/// The answers as [`check`] would keep them, refusing nothing: unknown, overlong, malformed and
/// non-relevant answers are dropped and calculations computed. The pages use it on the answers
/// of the pages answered so far, to decide what the next page shows.
pub fn evaluate(form: &Form, raw: &BTreeMap<String, String>, today: NaiveDate) -> BTreeMap<String, String> {
    let names = value_names(form);
    let known: BTreeMap<String, String> = raw
        .iter()
        .filter(|(name, text)| names.contains(name.as_str()) && !too_long(text))
        .map(|(n, t)| (n.clone(), t.clone()))
        .collect();
    walk(form, &known, today, &mut Vec::new())
}

fn too_long(text: &str) -> bool {
    text.len() > MAX_ANSWER_CHARS && text.chars().count() > MAX_ANSWER_CHARS
}

/// The names of the rows that hold a value in a response.
fn value_names(form: &Form) -> BTreeSet<&str> {
    form.questions.iter().filter(|q| q.kind.has_value() && !q.name.is_empty()).map(|q| q.name.as_str()).collect()
}

fn walk(
    form: &Form,
    raw: &BTreeMap<String, String>,
    today: NaiveDate,
    problems: &mut Vec<AnswerProblem>,
) -> BTreeMap<String, String> {
    let mut values: BTreeMap<String, String> = BTreeMap::new();
    for q in &form.questions {
        let kept = match &q.kind {
            Kind::Metadata { name } if name == "today" => Some(today.format("%Y-%m-%d").to_string()),
            Kind::Metadata { name } if name == "start" || name == "end" => raw.get(&q.name).cloned(),
            Kind::Metadata { .. } | Kind::Calculate { .. } => None,
            kind if kind.is_answered() => raw.get(&q.name).cloned(),
            _ => None,
        };
        if let Some(value) = kept {
            values.insert(q.name.clone(), value);
        }
    }
    // Each level holds whether that group and all around it are relevant.
    let mut groups: Vec<bool> = Vec::new();
    for q in &form.questions {
        if q.kind == Kind::EndGroup {
            groups.pop();
            continue;
        }
        let enclosing = groups.last().copied().unwrap_or(true);
        let relevant = enclosing && own_relevance(q, &values, today, problems);
        if q.kind == Kind::BeginGroup {
            groups.push(relevant);
            continue;
        }
        if !relevant {
            values.remove(&q.name);
            continue;
        }
        match &q.kind {
            Kind::Note | Kind::BeginGroup | Kind::EndGroup => {}
            Kind::Calculate { calculation } => match expr::parse(calculation) {
                Ok(e) => {
                    let value = match expr::eval(&e, &AnswersContext::new(&values, today)) {
                        // Arithmetic over an unanswered question gives NaN; it is no value.
                        expr::Value::Number(n) if n.is_nan() => String::new(),
                        value => value.to_text(),
                    };
                    if value.is_empty() {
                        values.remove(&q.name);
                    } else {
                        values.insert(q.name.clone(), value);
                    }
                }
                Err(_) => {
                    values.remove(&q.name);
                    problems.push(problem(&q.name, FORM_EXPRESSION));
                }
            },
            Kind::Metadata { name } => {
                if name == "start" || name == "end" {
                    let given = values.get(&q.name).map(|v| v.trim().to_string()).unwrap_or_default();
                    if given.is_empty() {
                        values.remove(&q.name);
                    } else if expr::parse_date_time(&given).is_none() {
                        values.remove(&q.name);
                        problems.push(problem(&q.name, NOT_A_DATE_TIME));
                    } else {
                        values.insert(q.name.clone(), given);
                    }
                }
            }
            _ => check_answer(form, q, &mut values, today, problems),
        }
    }
    values
}

fn parse_column(q: &Question, source: Option<&str>, problems: &mut Vec<AnswerProblem>) -> Option<Expr> {
    let source = source.map(str::trim).filter(|s| !s.is_empty())?;
    match expr::parse(source) {
        Ok(e) => Some(e),
        Err(_) => {
            problems.push(problem(&q.name, FORM_EXPRESSION));
            None
        }
    }
}

fn own_relevance(
    q: &Question,
    values: &BTreeMap<String, String>,
    today: NaiveDate,
    problems: &mut Vec<AnswerProblem>,
) -> bool {
    match parse_column(q, q.relevant.as_deref(), problems) {
        Some(e) => expr::eval_bool(&e, &AnswersContext::new(values, today)),
        None => true,
    }
}

fn check_answer(
    form: &Form,
    q: &Question,
    values: &mut BTreeMap<String, String>,
    today: NaiveDate,
    problems: &mut Vec<AnswerProblem>,
) {
    let given = values.get(&q.name).cloned().unwrap_or_default();
    let trimmed = given.trim();
    if trimmed.is_empty() {
        values.remove(&q.name);
        if q.required {
            problems.push(problem(&q.name, REQUIRED));
        }
        return;
    }
    let normalised = match &q.kind {
        Kind::Text | Kind::Barcode => Ok(given.clone()),
        Kind::Integer => trimmed.parse::<i64>().map(|n| n.to_string()).map_err(|_| {
            if plain_number(trimmed).is_some() {
                NOT_AN_INTEGER
            } else {
                NOT_A_NUMBER
            }
        }),
        Kind::Decimal => plain_number(trimmed).map(|_| trimmed.to_string()).ok_or(NOT_A_NUMBER),
        Kind::Range { start, end, step } => check_range(trimmed, *start, *end, *step),
        Kind::SelectOne { .. } => {
            let offered = choices_offered(form, q, values, today);
            check_choice(form, q, trimmed, &offered).map(|_| trimmed.to_string())
        }
        Kind::SelectMultiple { .. } => {
            let offered = choices_offered(form, q, values, today);
            let mut seen = BTreeSet::new();
            let mut result = Ok(());
            for name in trimmed.split_whitespace() {
                if !seen.insert(name) {
                    result = result.and(Err(DUPLICATE_CHOICE));
                }
                result = result.and(check_choice(form, q, name, &offered));
            }
            result.map(|_| trimmed.split_whitespace().collect::<Vec<_>>().join(" "))
        }
        Kind::Date => expr::parse_date(trimmed).map(|_| trimmed.to_string()).ok_or(NOT_A_DATE),
        Kind::Time => expr::parse_time(trimmed).map(|_| trimmed.to_string()).ok_or(NOT_A_TIME),
        Kind::DateTime => expr::parse_date_time(trimmed).map(|_| trimmed.to_string()).ok_or(NOT_A_DATE_TIME),
        Kind::Geopoint => check_geopoint(trimmed),
        Kind::Acknowledge => {
            if trimmed.eq_ignore_ascii_case("OK") {
                Ok("OK".to_string())
            } else {
                Err(NOT_ACKNOWLEDGED)
            }
        }
        Kind::Calculate { .. } | Kind::Metadata { .. } | Kind::Note | Kind::BeginGroup | Kind::EndGroup => {
            Ok(given.clone())
        }
    };
    let value = match normalised {
        Ok(value) => value,
        Err(code) => {
            values.remove(&q.name);
            problems.push(problem(&q.name, code));
            return;
        }
    };
    values.insert(q.name.clone(), value.clone());
    if let Some(constraint) = parse_column(q, q.constraint.as_deref(), problems) {
        let ctx = AnswersContext::new(values, today).with_current(Some(&value));
        if !expr::eval_bool(&constraint, &ctx) {
            problems.push(problem(&q.name, CONSTRAINT));
        }
    }
}

/// A number as ODK writes one: an optional sign, digits and at most one decimal point.
fn plain_number(s: &str) -> Option<f64> {
    let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
    let well_formed = digits.bytes().any(|c| c.is_ascii_digit())
        && digits.bytes().all(|c| c.is_ascii_digit() || c == b'.')
        && digits.bytes().filter(|&c| c == b'.').count() <= 1;
    if !well_formed {
        return None;
    }
    s.parse::<f64>().ok().filter(|n| n.is_finite())
}

fn check_range(s: &str, start: f64, end: f64, step: f64) -> Result<String, &'static str> {
    let n = plain_number(s).ok_or(NOT_A_NUMBER)?;
    // ODK allows a range to run downwards (start above end).
    let (low, high) = if start <= end { (start, end) } else { (end, start) };
    if !(low <= n && n <= high) {
        return Err(OUT_OF_RANGE);
    }
    let step = step.abs();
    if step.is_finite() && step > 0.0 {
        let steps = (n - start) / step;
        if (steps - steps.round()).abs() > 1e-9 * steps.abs().max(1.0) {
            return Err(OFF_STEP);
        }
    }
    Ok(s.to_string())
}

fn check_choice(form: &Form, q: &Question, name: &str, offered: &[&Choice]) -> Result<(), &'static str> {
    if offered.iter().any(|c| c.name == name) {
        return Ok(());
    }
    let listed = list_of(form, q).is_some_and(|l| l.iter().any(|c| c.name == name));
    Err(if listed { NOT_OFFERED } else { NOT_A_CHOICE })
}

fn check_geopoint(s: &str) -> Result<String, &'static str> {
    let parts: Vec<&str> = s.split_whitespace().collect();
    if !(2..=4).contains(&parts.len()) {
        return Err(NOT_A_GEOPOINT);
    }
    let numbers: Option<Vec<f64>> = parts.iter().map(|p| plain_number(p)).collect();
    let numbers = numbers.ok_or(NOT_A_GEOPOINT)?;
    let ok = match numbers.as_slice() {
        [lat, lon, rest @ ..] => {
            (-90.0..=90.0).contains(lat) && (-180.0..=180.0).contains(lon) && rest.get(1).is_none_or(|acc| *acc >= 0.0)
        }
        _ => false,
    };
    if ok {
        Ok(parts.join(" "))
    } else {
        Err(NOT_A_GEOPOINT)
    }
}

fn list_of<'a>(form: &'a Form, q: &Question) -> Option<&'a [Choice]> {
    match &q.kind {
        Kind::SelectOne { list } | Kind::SelectMultiple { list } => form.list(list).map(|l| l.choices.as_slice()),
        _ => None,
    }
}

/// The choices a select question offers given the answers so far: its list, narrowed by its
/// `choice_filter` (each choice's columns read by bare name). A filter that cannot be parsed
/// narrows nothing ([`form_problems`] reports it when the form is read).
pub fn choices_offered<'a>(
    form: &'a Form,
    question: &Question,
    answers: &BTreeMap<String, String>,
    today: NaiveDate,
) -> Vec<&'a Choice> {
    let Some(choices) = list_of(form, question) else { return Vec::new() };
    let filter = question.choice_filter.as_deref().map(str::trim).filter(|f| !f.is_empty());
    let Some(filter) = filter.and_then(|f| expr::parse(f).ok()) else { return choices.iter().collect() };
    let ctx = AnswersContext::new(answers, today);
    choices.iter().filter(|c| expr::eval_bool(&filter, &ctx.with_choice(c))).collect()
}

/// Whether the row at `index` of `form.questions` is relevant given the answers (its own
/// `relevant` and those of its enclosing groups). A row past the end is not; an expression that
/// cannot be parsed counts as true.
pub fn is_relevant(form: &Form, index: usize, answers: &BTreeMap<String, String>, today: NaiveDate) -> bool {
    let ctx = AnswersContext::new(answers, today);
    let holds = |q: &Question| {
        let source = q.relevant.as_deref().map(str::trim).filter(|s| !s.is_empty());
        source.and_then(|s| expr::parse(s).ok()).is_none_or(|e| expr::eval_bool(&e, &ctx))
    };
    let mut groups: Vec<bool> = Vec::new();
    for (i, q) in form.questions.iter().enumerate() {
        let enclosing = groups.last().copied().unwrap_or(true);
        if i == index {
            return enclosing && q.kind != Kind::EndGroup && holds(q);
        }
        match q.kind {
            Kind::BeginGroup => groups.push(enclosing && holds(q)),
            Kind::EndGroup => {
                groups.pop();
            }
            _ => {}
        }
    }
    false
}

/// Cuts a form into pages for answering without JavaScript: each page is a run of row indices
/// into `form.questions`, and together they hold every row once, in order.
///
/// A page is submitted before the next is shown, so every expression a page needs to be shown
/// must be computable from earlier pages. A new page starts:
/// - before a row whose `relevant` or `choice_filter` (for a group: its `relevant`) refers to a
///   value given on the current page — an answer, or a calculation or metadata row placed on it;
/// - at each top-level group: before its `begin_group` row and after its `end_group` row, so a
///   section of a questionnaire is a page of its own.
///
/// A page never consists only of rows that show nothing (calculations, metadata, group rows):
/// a break waits until the current page shows a question or a note, and trailing rows that
/// show nothing join the last page. A page may start inside a group when a question within it
/// depends on one before it ([`enclosing_groups`] finds the groups to show around it). References to later
/// rows cannot be honoured by any order and are evaluated over what is known.
pub fn pages(form: &Form) -> Vec<Vec<usize>> {
    let mut pages: Vec<Vec<usize>> = Vec::new();
    let mut page: Vec<usize> = Vec::new();
    let mut on_page: BTreeSet<&str> = BTreeSet::new();
    let mut shows = false;
    let mut depth = 0usize;
    let mut after_section = false;
    for (i, q) in form.questions.iter().enumerate() {
        let shown = q.kind.is_answered() || q.kind == Kind::Note;
        let needs = [q.relevant.as_deref(), q.choice_filter.as_deref()]
            .into_iter()
            .flatten()
            .filter_map(|s| expr::parse(s).ok())
            .flat_map(|e| expr::references(&e))
            .any(|name| on_page.contains(name.as_str()));
        let section_starts = depth == 0 && q.kind == Kind::BeginGroup;
        let after = after_section && (shown || q.kind == Kind::BeginGroup);
        if shows && (needs || section_starts || after) {
            pages.push(std::mem::take(&mut page));
            on_page.clear();
            shows = false;
        }
        if shown || section_starts {
            after_section = false;
        }
        match q.kind {
            Kind::BeginGroup => depth += 1,
            Kind::EndGroup => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    after_section = true;
                }
            }
            _ => {}
        }
        if q.kind.has_value() && !q.name.is_empty() {
            on_page.insert(q.name.as_str());
        }
        shows |= shown;
        page.push(i);
    }
    if !page.is_empty() {
        match pages.last_mut() {
            Some(last) if !shows => last.extend(page),
            _ => pages.push(page),
        }
    }
    pages
}

/// The `begin_group` rows enclosing the row at `index`, outermost first: what a page starting
/// inside a group shows around its first question.
pub fn enclosing_groups(form: &Form, index: usize) -> Vec<usize> {
    let mut open = Vec::new();
    for (i, q) in form.questions.iter().enumerate().take(index) {
        match q.kind {
            Kind::BeginGroup => open.push(i),
            Kind::EndGroup => {
                open.pop();
            }
            _ => {}
        }
    }
    open
}

/// An expression of a form that cannot be evaluated, by question and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormProblem {
    pub question: String,
    /// The XLSForm column: `relevant`, `constraint`, `calculation` or `choice_filter`.
    pub column: &'static str,
    pub error: ExprError,
}

/// Parses every expression of a form, so the import can report each one it cannot evaluate.
pub fn form_problems(form: &Form) -> Vec<FormProblem> {
    let mut found = Vec::new();
    for q in &form.questions {
        let calculation = match &q.kind {
            Kind::Calculate { calculation } => Some(calculation.as_str()),
            _ => None,
        };
        let columns = [
            ("relevant", q.relevant.as_deref()),
            ("constraint", q.constraint.as_deref()),
            ("calculation", calculation),
            ("choice_filter", q.choice_filter.as_deref()),
        ];
        for (column, source) in columns {
            let Some(source) = source else { continue };
            // A calculate row must compute something; the other columns may be left blank.
            if source.trim().is_empty() && column != "calculation" {
                continue;
            }
            if let Err(error) = expr::parse(source) {
                found.push(FormProblem { question: q.name.clone(), column, error });
            }
        }
    }
    found
}

/// Computes a score from the answers, or `None` when an item is unanswered or not a number
/// (items are numbers or select-one choices named by numbers). Mean: the items' mean; Sum: their
/// sum times the factor; Perceived: the one item's number.
pub fn score(form: &Form, score: &Score, answers: &BTreeMap<String, String>) -> Option<f64> {
    let values: Vec<f64> = score
        .items
        .iter()
        .map(|item| {
            form.question(item)?;
            plain_number(answers.get(item)?.trim())
        })
        .collect::<Option<_>>()?;
    let result = match &score.scoring {
        Scoring::Mean => {
            if values.is_empty() {
                return None;
            }
            values.iter().sum::<f64>() / values.len() as f64
        }
        Scoring::Sum { factor } => {
            if values.is_empty() {
                return None;
            }
            values.iter().sum::<f64>() * factor
        }
        Scoring::Perceived { .. } => match values.as_slice() {
            [one] => *one,
            _ => return None,
        },
    };
    result.is_finite().then_some(result)
}

#[cfg(test)]
mod tests;
