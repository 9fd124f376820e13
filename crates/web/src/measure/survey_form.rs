//! A survey's questions as a page shows them, in one language: the same view for the public link
//! (a page at a time, so `relevant` and `choice_filter` are judged on the server from the answers
//! of earlier pages, with no JavaScript) and for staff typing in a paper form (every question).

use bridges_app::measure::surveys::{ResponseProblems, SurveyView};
use bridges_measure::survey::{answer, Form, Kind, Language, Question};
use std::collections::BTreeMap;

/// One row of the form as the template draws it.
pub struct QuestionView {
    pub name: String,
    /// text, integer, decimal, select_one, select_multiple, range, date, time, datetime, geopoint,
    /// barcode, acknowledge, note, begin_group, end_group.
    pub kind: &'static str,
    pub label: String,
    pub hint: String,
    pub required: bool,
    pub choices: Vec<(String, String)>,
    /// The answer given so far (a select-multiple's choices separated by spaces).
    pub value: String,
    /// The message of its problem, in the page's language.
    pub error: Option<String>,
    pub min: String,
    pub max: String,
    pub step: String,
    /// Whether the choices are a scale to show in a row (a rating).
    pub scale: bool,
}

impl QuestionView {
    pub fn chosen(&self, choice: &str) -> bool {
        self.value.split(' ').any(|v| v == choice)
    }
}

fn kind_name(kind: &Kind) -> &'static str {
    match kind {
        Kind::Text => "text",
        Kind::Integer => "integer",
        Kind::Decimal => "decimal",
        Kind::SelectOne { .. } => "select_one",
        Kind::SelectMultiple { .. } => "select_multiple",
        Kind::Range { .. } => "range",
        Kind::Date => "date",
        Kind::Time => "time",
        Kind::DateTime => "datetime",
        Kind::Geopoint => "geopoint",
        Kind::Barcode => "barcode",
        Kind::Acknowledge => "acknowledge",
        Kind::Note => "note",
        Kind::BeginGroup => "begin_group",
        Kind::EndGroup => "end_group",
        Kind::Calculate { .. } | Kind::Metadata { .. } => "hidden",
    }
}

/// The instruments' language name for the page's language ("Arabic (ar)" for `ar`).
pub fn language_of_page(page: &crate::http::page::Page) -> String {
    let code = page.tr.lang().code();
    let names = bridges_measure::survey::instrument::LANGUAGES;
    let name = names.iter().find(|n| Language::parse(n).code.as_deref() == Some(code)).or(names.first());
    name.map(|n| n.to_string()).unwrap_or_default()
}

/// The form's language for a page in `code` (`ar` finds `Arabic (ar)`), else its default.
pub fn language_of(form: &Form, code: &str) -> String {
    form.language_for(code)
        .map(|l| l.name.clone())
        .or_else(|| form.default_language.clone())
        .unwrap_or_else(|| bridges_measure::survey::form::DEFAULT_LANGUAGE.to_string())
}

fn view_of(
    form: &Form,
    q: &Question,
    language: &str,
    answers: &BTreeMap<String, String>,
    problems: Option<&ResponseProblems>,
    message: &dyn Fn(&'static str) -> String,
    today: chrono::NaiveDate,
) -> QuestionView {
    let default = form.default_language.as_deref();
    let choices = match &q.kind {
        Kind::SelectOne { .. } | Kind::SelectMultiple { .. } => answer::choices_offered(form, q, answers, today)
            .into_iter()
            .map(|c| (c.name.clone(), c.label.get(language, default).to_string()))
            .collect(),
        _ => Vec::new(),
    };
    let (min, max, step) = match &q.kind {
        Kind::Range { start, end, step } => (start.to_string(), end.to_string(), step.to_string()),
        _ => (String::new(), String::new(), String::new()),
    };
    let scale = matches!(q.appearance.as_deref(), Some(a) if a.contains("likert"))
        || (matches!(q.kind, Kind::SelectOne { .. })
            && choices.len() <= 7
            && choices.iter().all(|(n, _)| n.parse::<i32>().is_ok()));
    let label = q.label.get(language, default);
    QuestionView {
        name: q.name.clone(),
        kind: kind_name(&q.kind),
        label: if label.is_empty() { q.name.clone() } else { label.to_string() },
        hint: q.hint.get(language, default).to_string(),
        required: q.required,
        choices,
        value: answers.get(&q.name).cloned().unwrap_or_default(),
        error: problems.and_then(|p| p.of(&q.name)).map(message),
        min,
        max,
        step,
        scale,
    }
}

/// The rows of one page (indices into the form), leaving out what is never asked and, unless
/// `every` (staff typing in a paper form, where the paper says what was answered), what is not
/// relevant given the answers so far. Relevance and choice filters are judged on the answers
/// with the form's calculations and metadata worked out, as the checker judges them.
#[allow(clippy::too_many_arguments)]
pub fn page_views(
    survey: &SurveyView,
    rows: &[usize],
    language: &str,
    answers: &BTreeMap<String, String>,
    problems: Option<&ResponseProblems>,
    message: &dyn Fn(&'static str) -> String,
    today: chrono::NaiveDate,
    every: bool,
) -> Vec<QuestionView> {
    let form = &survey.form;
    let known = answer::evaluate(form, answers, today);
    let answers = &known;
    rows.iter()
        .filter(|i| every || answer::is_relevant(form, **i, answers, today))
        .filter_map(|i| form.questions.get(*i))
        .filter(|q| !matches!(q.kind, Kind::Calculate { .. } | Kind::Metadata { .. }))
        .map(|q| view_of(form, q, language, answers, problems, message, today))
        .collect()
}

/// Every row of the form, for staff typing in a paper form.
pub fn all_rows(form: &Form) -> Vec<usize> {
    (0..form.questions.len()).collect()
}
