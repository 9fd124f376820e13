//! Surveys' use cases: make a survey from ready-made instruments or from an XLSForm workbook,
//! export it back to XLSForm, publish its anonymous link, take answers (from that link, from staff
//! typing in paper forms), read the results by community with intervals and suppression, and export
//! the responses. One checker of answers serves every path, the engine's.

pub mod results;
pub mod submissions;
mod xlsform_io;

pub use xlsform_io::{as_row_problem, export_xlsform, import_xlsform, read_xlsform};

use crate::spreadsheet::workbook;
use crate::{Error, Result, Services};
use bridges_domain::policy::{DefineIndicators, ReadMeasures, RecordMeasures};
use bridges_domain::{check_text, ErrorCode, ProjectId, SecretToken, Sensitive, SurveyId, ValidationErrors};
use bridges_measure::survey::instrument::{self, Instrument};
use bridges_measure::survey::{answer, Form, Kind, Text};
use bridges_measure::Shown;
use bridges_store::{Figure, Grant, NewResponse, NewSurvey, Reading, StoredSurvey, Via};
use chrono::NaiveDate;
use std::collections::BTreeMap;

pub use results::{By, Results};

pub const MAX_TITLE: usize = 200;
pub const MAX_SOURCE: usize = 300;
/// The respondent's own code (for pairing before and after) is short: initials and a date, say.
pub const MAX_RESPONDENT_CODE: usize = 40;
/// The waves a response may belong to.
pub const WAVES: [&str; 2] = ["before", "after"];

/// A survey with its form read.
#[derive(Debug, Clone)]
pub struct SurveyView {
    pub survey: StoredSurvey,
    pub form: Form,
}

fn form_of(survey: &StoredSurvey) -> Result<Form> {
    serde_json::from_str(&survey.form).map_err(|e| Error::Internal(format!("stored form: {e}")))
}

fn view(survey: StoredSurvey) -> Result<SurveyView> {
    let form = form_of(&survey)?;
    Ok(SurveyView { survey, form })
}

/// What an import of a form made: the survey and what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct FormCounts {
    pub questions: usize,
    pub choices: usize,
    pub languages: usize,
}

impl FormCounts {
    pub fn of(form: &Form) -> FormCounts {
        FormCounts {
            questions: form.questions.iter().filter(|q| q.kind.has_value() || matches!(q.kind, Kind::Note)).count(),
            choices: form.choice_count(),
            languages: form.languages.len(),
        }
    }
}

/// The options a survey is made with, from a form's fields: `title`, `project`, `waves`,
/// `invitation_only`.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub title: String,
    pub project: Option<ProjectId>,
    pub waves: bool,
    pub invitation_only: bool,
}

pub fn parse_options(get: impl Fn(&str) -> String, title_required: bool) -> Result<Options, ValidationErrors> {
    let mut e = ValidationErrors::new();
    let title = get("title").trim().to_string();
    check_text(&mut e, "title", &title, MAX_TITLE, title_required);
    let project = crate::measure::optional_id(&mut e, "project", get("project").trim());
    e.into_result()?;
    let yes = |k: &str| matches!(get(k).trim(), "on" | "true" | "yes" | "1");
    Ok(Options { title, project, waves: yes("waves"), invitation_only: yes("invitation_only") })
}

pub(crate) async fn create(
    services: &Services,
    grant: &Grant<DefineIndicators>,
    form: &Form,
    options: &Options,
) -> Result<SurveyId> {
    let title = if options.title.is_empty() {
        form.title.get("", form.default_language.as_deref()).to_string()
    } else {
        options.title.clone()
    };
    let title: String = if title.trim().is_empty() { form.form_id.clone() } else { title };
    let new = NewSurvey {
        project: options.project,
        title: title.chars().take(MAX_TITLE).collect(),
        form: serde_json::to_string(form).map_err(|e| Error::Internal(e.to_string()))?,
        waves: options.waves,
        invitation_only: options.invitation_only,
    };
    Ok(services.store().create_survey(grant, &new, services.now()).await?)
}

/// A survey of ready-made instruments (their codes, in the order to ask them).
pub async fn from_instruments(
    services: &Services,
    grant: &Grant<DefineIndicators>,
    codes: &[String],
    options: &Options,
) -> Result<SurveyId> {
    let instruments: Vec<Instrument> = codes.iter().filter_map(|c| Instrument::from_code(c)).collect();
    if instruments.is_empty() || instruments.len() != codes.len() {
        return Err(Error::Invalid(ValidationErrors::single("instruments", "survey-instruments-missing")));
    }
    let title = if options.title.is_empty() { Text::default() } else { Text::plain(&options.title) };
    let form = instrument::form(&instruments, &title);
    create(services, grant, &form, options).await
}

/// The organisation's surveys with how many responses each holds, as the reader may see that
/// number (below staff, fewer than the threshold is not told exactly).
pub async fn list(services: &Services, grant: &Grant<ReadMeasures>) -> Result<Vec<(SurveyView, Shown)>> {
    let reader = crate::measure::Reader::of(services, grant).await?;
    let mut out = Vec::new();
    for s in services.store().surveys(grant).await? {
        let n = services.store().response_count(grant, s.id).await?;
        out.push((view(s)?, reader.people(n)));
    }
    Ok(out)
}

/// How many responses a survey holds, as the reader may see that number.
pub async fn responses_held(services: &Services, grant: &Grant<ReadMeasures>, id: SurveyId) -> Result<Shown> {
    let reader = crate::measure::Reader::of(services, grant).await?;
    Ok(reader.people(services.store().response_count(grant, id).await?))
}

pub async fn one(services: &Services, grant: &Grant<ReadMeasures>, id: SurveyId) -> Result<SurveyView> {
    view(services.store().survey(grant, id).await?)
}

pub async fn set_open(services: &Services, grant: &Grant<DefineIndicators>, id: SurveyId, open: bool) -> Result<()> {
    Ok(services.store().set_survey_open(grant, id, open, services.now()).await?)
}

/// The survey's public link token (made on first asking).
pub async fn link(services: &Services, grant: &Grant<DefineIndicators>, id: SurveyId) -> Result<SecretToken> {
    Ok(services.store().survey_link(grant, id).await?)
}

/// Invitation codes people type: eight letters and digits that cannot be mistaken for one another.
pub fn invitation_codes(count: usize) -> Vec<String> {
    use rand::Rng;
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rngs::OsRng;
    (0..count)
        .map(|_| {
            let code: String = (0..8).map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())])).collect();
            format!("{}-{}", &code[..4], &code[4..])
        })
        .collect()
}

/// Makes `count` invitation codes (at most 2,000 at once) and answers them: they are shown once.
pub async fn invite(
    services: &Services,
    grant: &Grant<DefineIndicators>,
    id: SurveyId,
    count: usize,
) -> Result<Vec<String>> {
    if count == 0 || count > 2_000 {
        return Err(Error::Invalid(ValidationErrors::single("count", "survey-invitations-count")));
    }
    let codes = invitation_codes(count);
    services.store().add_invitations(grant, id, &codes, services.now()).await?;
    Ok(codes)
}

/// A survey opened by its public link, with its organisation's name and the day it is there
/// (an answer is dated by the organisation's calendar, never by the hour). A closed survey says so.
pub async fn public(services: &Services, token: &str) -> Result<(String, NaiveDate, SurveyView)> {
    let token = SecretToken::parse(token).ok_or(Error::Code(ErrorCode::NotFound))?;
    let (org, survey) = services.store().survey_by_link(&token).await?;
    if survey.status != "open" {
        return Err(Error::Code(ErrorCode::SurveyClosed));
    }
    let today = org.time_zone.date_at(services.now());
    Ok((org.name.to_string(), today, view(survey)?))
}

/// Answers as a form posts them: a select-multiple question comes as several values.
pub type Posted = BTreeMap<String, Vec<String>>;

/// The answers of `form` among posted fields: each question's name, a select-multiple's values
/// joined by spaces as ODK writes them. Other fields are not answers and are left out.
pub fn answers_of(form: &Form, posted: &Posted) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for q in form.answered() {
        let Some(values) = posted.get(&q.name) else { continue };
        let value = match q.kind {
            Kind::SelectMultiple { .. } => {
                values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()).collect::<Vec<_>>().join(" ")
            }
            _ => values.first().map(|v| v.trim().to_string()).unwrap_or_default(),
        };
        if !value.is_empty() {
            out.insert(q.name.clone(), value);
        }
    }
    out
}

/// What is wrong with a response: its answers by question, and its other fields (wave, code).
#[derive(Debug, Clone, Default)]
pub struct ResponseProblems {
    pub answers: Vec<answer::AnswerProblem>,
    pub fields: ValidationErrors,
}

impl ResponseProblems {
    /// The problem of one question, if it has one.
    pub fn of(&self, question: &str) -> Option<&'static str> {
        self.answers.iter().find(|p| p.question == question).map(|p| p.code)
    }
}

/// Checks one response's answers and its wave and code; the response to store, or its problems.
pub fn check_response(
    survey: &SurveyView,
    answers: &BTreeMap<String, String>,
    wave: &str,
    respondent: &str,
    today: NaiveDate,
) -> std::result::Result<NewResponse, ResponseProblems> {
    let mut e = ValidationErrors::new();
    let (checked, problems) = match answer::check(&survey.form, answers, today) {
        Ok(checked) => (Some(checked), Vec::new()),
        Err(problems) => (None, problems),
    };
    let wave = match (survey.survey.waves, wave.trim()) {
        (false, _) => None,
        (true, w) if WAVES.contains(&w) => Some(w.to_string()),
        (true, _) => {
            e.add("wave", "survey-wave-missing");
            None
        }
    };
    let respondent = respondent.trim();
    check_text(&mut e, "respondent", respondent, MAX_RESPONDENT_CODE, false);
    let Some(checked) = checked.filter(|_| e.is_empty()) else {
        return Err(ResponseProblems { answers: problems, fields: e });
    };
    let answers = serde_json::to_string(&checked).map_err(|_| ResponseProblems {
        answers: Vec::new(),
        fields: ValidationErrors::single("respondent", "text-control-characters"),
    })?;
    Ok(NewResponse {
        answers: Sensitive::new(answers),
        wave,
        respondent: (!respondent.is_empty()).then(|| Sensitive::new(respondent.to_string())),
        submitted_on: today,
        import_key: None,
    })
}

/// A response through the public link (with an invitation code when the survey asks for one).
pub async fn submit_public(services: &Services, token: &str, invitation: &str, response: &NewResponse) -> Result<()> {
    let token = SecretToken::parse(token).ok_or(Error::Code(ErrorCode::NotFound))?;
    let invitation = (!invitation.trim().is_empty()).then_some(invitation);
    services.store().submit_public_response(&token, invitation, response).await?;
    Ok(())
}

/// A paper form typed in by staff.
pub async fn enter(
    services: &Services,
    grant: &Grant<RecordMeasures>,
    id: SurveyId,
    response: NewResponse,
) -> Result<()> {
    services.store().record_responses(grant, id, Via::Staff, &[response]).await?;
    Ok(())
}

/// Sets the actual figure one perceived estimate is compared with, from `actual`, `source` and
/// `as_of` fields.
pub async fn set_figure(
    services: &Services,
    grant: &Grant<DefineIndicators>,
    id: SurveyId,
    figure: &str,
    get: impl Fn(&str) -> String,
) -> Result<()> {
    let survey = one(services, &grant.also::<ReadMeasures>()?, id).await?;
    let known = survey
        .form
        .scores
        .iter()
        .any(|s| matches!(&s.scoring, bridges_measure::survey::Scoring::Perceived { figure: f } if f == figure));
    if !known {
        return Err(Error::Code(ErrorCode::NotFound));
    }
    let mut e = ValidationErrors::new();
    let actual = get("actual").trim().replace(',', ".").parse::<f64>().ok().filter(|v| (0.0..=100.0).contains(v));
    if actual.is_none() {
        e.add("actual", "survey-figure-invalid");
    }
    let source = get("source").trim().to_string();
    check_text(&mut e, "source", &source, MAX_SOURCE, true);
    let as_of = match get("as_of").trim() {
        "" => None,
        d => {
            let parsed = NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
            if parsed.is_none() {
                e.add("as_of", "date-invalid");
            }
            parsed
        }
    };
    e.into_result().map_err(Error::Invalid)?;
    let figure = Figure { figure: figure.to_string(), actual: actual.unwrap_or_default(), source, as_of };
    Ok(services.store().set_figure(grant, id, &figure, services.now()).await?)
}

/// Every response as a table, one row each, with the question names (or labels) as columns and
/// the answers as codes (or labels in `language`): what the CSV and XLSX exports hold. Audited.
pub async fn response_table(
    services: &Services,
    grant: &Grant<RecordMeasures>,
    id: SurveyId,
    labels: Option<&str>,
) -> Result<(Vec<String>, Vec<Vec<String>>)> {
    let survey = one(services, &grant.also::<ReadMeasures>()?, id).await?;
    let rows = services.store().responses(grant, id, Reading::exporting("survey responses"), services.now()).await?;
    let form = &survey.form;
    let columns: Vec<&bridges_measure::survey::Question> =
        form.questions.iter().filter(|q| q.kind.has_value()).collect();
    let default = form.default_language.as_deref();
    let mut header = vec!["response".to_string(), "submitted_on".into(), "via".into(), "wave".into()];
    header.extend(columns.iter().map(|q| match labels {
        Some(lang) if !q.label.is_empty() => q.label.get(lang, default).to_string(),
        _ => q.name.clone(),
    }));
    let mut table = Vec::with_capacity(rows.len());
    for r in rows {
        let answers: BTreeMap<String, String> =
            serde_json::from_str(r.answers.expose()).map_err(|e| Error::Internal(e.to_string()))?;
        let mut row = vec![
            r.id.to_string(),
            r.submitted_on.format("%Y-%m-%d").to_string(),
            r.via.as_str().to_string(),
            r.wave.unwrap_or_default(),
        ];
        for q in &columns {
            let value = answers.get(&q.name).cloned().unwrap_or_default();
            row.push(match (labels, &q.kind) {
                (Some(lang), Kind::SelectOne { list } | Kind::SelectMultiple { list }) => value
                    .split(' ')
                    .filter(|v| !v.is_empty())
                    .map(|v| {
                        form.list(list)
                            .and_then(|l| l.choices.iter().find(|c| c.name == v))
                            .map(|c| c.label.get(lang, default).to_string())
                            .unwrap_or_else(|| v.to_string())
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
                _ => value,
            });
        }
        table.push(row);
    }
    Ok((header, table))
}

/// The responses as a file: CSV, or an XLSX workbook when `xlsx`. Audited.
pub async fn responses_file(
    services: &Services,
    grant: &Grant<RecordMeasures>,
    id: SurveyId,
    labels: Option<&str>,
    xlsx: bool,
) -> Result<Vec<u8>> {
    let (header, rows) = response_table(services, grant, id, labels).await?;
    if xlsx {
        workbook("responses", &header, &rows).map_err(Error::Internal)
    } else {
        Ok(crate::spreadsheet::csv(&header, &rows).into_bytes())
    }
}
