//! Surveys: the list (make one from ready-made instruments or import an XLSForm), a survey's page
//! (its links per language, invitation codes, actual figures, downloads), its results by community
//! with intervals and suppression, staff entry of paper forms, and the public link people answer
//! at, a page at a time and without JavaScript.

use crate::http::authz::{Authorised, Ids, OrgContext};
use crate::http::error::{AppError, AppResult};
use crate::http::forms::{FormPairs, FormView};
use crate::http::i18n::Tr;
use crate::http::page::{render, Page};
use crate::http::state::AppState;
use crate::http::upload::{read_upload, take_turn};
use crate::http::{see_other, with_status};
use crate::measure::activities::kept;
use crate::measure::charts;
use crate::measure::dashboard::{download, XLSX};
use crate::measure::survey_form::{all_rows, language_of, language_of_page, page_views, QuestionView};
use crate::measure::today;
use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use bridges_app::measure::surveys::{self, By, Posted, ResponseProblems, Results, SurveyView};
use bridges_app::spreadsheet::RowProblem;
use bridges_domain::policy::{DefineIndicators, ReadMeasures, RecordMeasures};
use bridges_domain::{Language, OrgId, SurveyId};
use bridges_measure::survey::instrument::Instrument;
use bridges_measure::survey::{answer, Scoring};
use bridges_store::{Figure, Grant};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The fields of the survey forms besides the questions, kept when a form comes back with problems.
const FIELDS: [&str; 10] =
    ["title", "project", "actual", "source", "as_of", "wave", "invitation", "respondent", "count", "step"];

#[derive(Template)]
#[template(path = "measure/surveys.html")]
struct SurveysPage {
    page: Page,
    surveys: Vec<(SurveyView, bridges_measure::Shown)>,
    may_define: bool,
    instruments: Vec<(&'static str, String)>,
    form: FormView,
    problems: Vec<RowProblem>,
}

impl SurveysPage {
    fn n(&self, n: &bridges_measure::Shown) -> String {
        charts::shown_text(&self.page, n)
    }
    fn message(&self, p: &RowProblem) -> String {
        self.page.tr.error(p.code)
    }
}

fn instrument_names(page: &Page) -> Vec<(&'static str, String)> {
    let lang = language_of_page(page);
    Instrument::ALL.iter().map(|i| (i.code(), i.label().get(&lang, Some("English (en)")).to_string())).collect()
}

async fn list_page(
    state: &AppState,
    ctx: &OrgContext,
    grant: &Grant<ReadMeasures>,
    page: Page,
    form: FormView,
    problems: Vec<RowProblem>,
) -> AppResult<Response> {
    let surveys = surveys::list(state.services(), grant).await?;
    let instruments = instrument_names(&page);
    render(&SurveysPage {
        page: page.with_org(ctx),
        surveys,
        may_define: ctx.may::<DefineIndicators>(),
        instruments,
        form,
        problems,
    })
}

pub async fn list(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadMeasures>,
    page: Page,
) -> AppResult<Response> {
    list_page(&state, &ctx, &grant, page, FormView::new(), Vec::new()).await
}

pub async fn create(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<DefineIndicators>,
    page: Page,
    form: FormPairs,
) -> AppResult<Response> {
    let codes = form.all("instrument", 10);
    let made = match surveys::parse_options(|k| form.first(k), false) {
        Ok(options) => surveys::from_instruments(state.services(), &grant, &codes, &options).await,
        Err(e) => Err(bridges_app::Error::Invalid(e)),
    };
    match made {
        Ok(id) => Ok(see_other(&format!("/orgs/{}/measure/surveys/{id}", ctx.org.id))),
        Err(bridges_app::Error::Invalid(errors)) => {
            let view = kept(&form, &FIELDS).with_errors(&page.tr, &errors);
            let read = grant.also::<ReadMeasures>()?;
            with_status(list_page(&state, &ctx, &read, page, view, Vec::new()).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn import(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<DefineIndicators>,
    page: Page,
    multipart: Multipart,
) -> AppResult<Response> {
    let upload = match read_upload(multipart).await {
        Ok(upload) => take_turn(state.imports()).await.map(|turn| (upload, turn)),
        Err(problems) => Err(problems),
    };
    let problems = match upload {
        Ok((upload, _turn)) => {
            let options = surveys::Options::default();
            match surveys::import_xlsform(state.services(), &grant, upload.bytes, &options).await? {
                Ok((id, _)) => return Ok(see_other(&format!("/orgs/{}/measure/surveys/{id}?imported=1", ctx.org.id))),
                Err(problems) => problems.iter().map(surveys::as_row_problem).collect(),
            }
        }
        Err(problems) => problems,
    };
    let read = grant.also::<ReadMeasures>()?;
    with_status(
        list_page(&state, &ctx, &read, page, FormView::new(), problems).await?,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}

#[derive(Template)]
#[template(path = "measure/survey.html")]
struct SurveyPage {
    page: Page,
    survey: SurveyView,
    responses: bridges_measure::Shown,
    /// The public link's path, for those who may share it.
    link: Option<String>,
    languages: Vec<(String, String)>,
    figures: Vec<(String, Option<Figure>)>,
    may_define: bool,
    may_record: bool,
    invitations: (u64, u64),
    form: FormView,
    /// The problems of a submissions file that was not imported.
    problems: Vec<RowProblem>,
    /// How many rows the last import read and added.
    imported: Option<(usize, u64)>,
}

impl SurveyPage {
    fn n(&self, n: &bridges_measure::Shown) -> String {
        charts::shown_text(&self.page, n)
    }
    fn message(&self, p: &RowProblem) -> String {
        self.page.tr.error(p.code)
    }
    fn count(&self) -> usize {
        self.survey.form.answered().count()
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct ShowQuery {
    rows: Option<usize>,
    added: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
pub struct SurveyQuery {
    #[serde(default)]
    by: String,
    from: Option<String>,
    to: Option<String>,
}

/// What the survey page shows besides the survey: a form's values and errors, an import's problems
/// or its counts.
#[derive(Default)]
struct Shown {
    form: FormView,
    problems: Vec<RowProblem>,
    imported: Option<(usize, u64)>,
}

async fn survey_page(
    state: &AppState,
    ctx: &OrgContext,
    grant: &Grant<ReadMeasures>,
    id: SurveyId,
    page: Page,
    shown: Shown,
) -> AppResult<Response> {
    let survey = surveys::one(state.services(), grant, id).await?;
    let responses = surveys::responses_held(state.services(), grant, id).await?;
    let may_define = ctx.may::<DefineIndicators>();
    let link = match grant.also::<DefineIndicators>() {
        Ok(define) => Some(format!("/s/{}", surveys::link(state.services(), &define, id).await?.as_str())),
        Err(_) => None,
    };
    let languages = survey
        .form
        .languages
        .iter()
        .map(|l| (l.code.clone().unwrap_or_default(), l.name.clone()))
        .filter(|(code, _)| Language::parse(code).is_ok())
        .collect();
    let stored = state.store().figures(grant, id).await?;
    let figures = survey
        .form
        .scores
        .iter()
        .filter_map(|s| match &s.scoring {
            Scoring::Perceived { figure } => {
                Some((figure.clone(), stored.iter().find(|f| &f.figure == figure).cloned()))
            }
            _ => None,
        })
        .collect();
    let invitations = state.store().invitation_counts(grant, id).await?;
    render(&SurveyPage {
        page: page.with_org(ctx),
        survey,
        responses,
        link,
        languages,
        figures,
        may_define,
        may_record: ctx.may::<RecordMeasures>(),
        invitations,
        form: shown.form,
        problems: shown.problems,
        imported: shown.imported,
    })
}

pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadMeasures>,
    Ids((_, id)): Ids<(OrgId, SurveyId)>,
    page: Page,
    Query(q): Query<ShowQuery>,
) -> AppResult<Response> {
    let imported = q.rows.zip(q.added);
    survey_page(&state, &ctx, &grant, id, page, Shown { imported, ..Shown::default() }).await
}

/// A KoboToolbox or ODK submissions export (or bridges' own export of responses) into the survey.
pub async fn import_responses(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RecordMeasures>,
    Ids((_, id)): Ids<(OrgId, SurveyId)>,
    page: Page,
    multipart: Multipart,
) -> AppResult<Response> {
    let upload = match read_upload(multipart).await {
        Ok(upload) => take_turn(state.imports()).await.map(|turn| (upload, turn)),
        Err(problems) => Err(problems),
    };
    let problems = match upload {
        Ok((upload, _turn)) => {
            let today = today(&state, &ctx);
            match bridges_app::measure::surveys::submissions::import(state.services(), &grant, id, upload.bytes, today)
                .await?
            {
                Ok(i) => {
                    let to =
                        format!("/orgs/{}/measure/surveys/{id}?rows={}&added={}#import", ctx.org.id, i.rows, i.added);
                    return Ok(see_other(&to));
                }
                Err(problems) => problems,
            }
        }
        Err(problems) => problems,
    };
    let read = grant.also::<ReadMeasures>()?;
    let shown = Shown { problems, ..Shown::default() };
    with_status(survey_page(&state, &ctx, &read, id, page, shown).await?, StatusCode::UNPROCESSABLE_ENTITY)
}

pub async fn set_status(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<DefineIndicators>,
    Ids((_, id)): Ids<(OrgId, SurveyId)>,
    form: FormPairs,
) -> AppResult<Response> {
    surveys::set_open(state.services(), &grant, id, form.first("open") == "1").await?;
    Ok(see_other(&format!("/orgs/{}/measure/surveys/{id}", ctx.org.id)))
}

pub async fn set_figure(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<DefineIndicators>,
    Path((_, id, figure)): Path<(String, String, String)>,
    page: Page,
    form: FormPairs,
) -> AppResult<Response> {
    let id: SurveyId = id.parse().map_err(|_| AppError::NotFound)?;
    match surveys::set_figure(state.services(), &grant, id, &figure, |k| form.first(k)).await {
        Ok(()) => Ok(see_other(&format!("/orgs/{}/measure/surveys/{id}#figures", ctx.org.id))),
        Err(bridges_app::Error::Invalid(errors)) => {
            let view = kept(&form, &FIELDS).with_errors(&page.tr, &errors);
            let read = grant.also::<ReadMeasures>()?;
            with_status(
                survey_page(&state, &ctx, &read, id, page, Shown { form: view, ..Shown::default() }).await?,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(e) => Err(e.into()),
    }
}

/// New invitation codes, downloaded once as CSV (only their digests are kept).
pub async fn invite(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<DefineIndicators>,
    Ids((_, id)): Ids<(OrgId, SurveyId)>,
    form: FormPairs,
) -> AppResult<Response> {
    let count = form.first("count").trim().parse::<usize>().unwrap_or(0);
    let codes = surveys::invite(state.services(), &grant, id, count).await?;
    let rows: Vec<Vec<String>> = codes.into_iter().map(|c| vec![c]).collect();
    Ok(download(
        bridges_app::spreadsheet::csv(&["invitation_code"], &rows),
        "text/csv; charset=utf-8",
        "invitations.csv",
    ))
}

pub async fn xlsform(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<ReadMeasures>,
    Ids((_, id)): Ids<(OrgId, SurveyId)>,
) -> AppResult<Response> {
    let book = surveys::export_xlsform(state.services(), &grant, id).await?;
    Ok(download(book, XLSX, "survey-xlsform.xlsx"))
}

#[derive(Debug, Default, Deserialize)]
pub struct ExportQuery {
    #[serde(default)]
    labels: String,
}

fn labels_of(page: &Page, q: &ExportQuery) -> Option<String> {
    (q.labels == "1").then(|| language_of_page(page))
}

/// Every response as CSV (codes) or XLSX (`responses.xlsx`), with labels when `?labels=1`.
pub async fn responses(
    State(state): State<AppState>,
    Authorised { grant, .. }: Authorised<RecordMeasures>,
    Path((_, id, file)): Path<(String, String, String)>,
    page: Page,
    Query(q): Query<ExportQuery>,
) -> AppResult<Response> {
    let id: SurveyId = id.parse().map_err(|_| AppError::NotFound)?;
    let xlsx = match file.as_str() {
        "responses.csv" => false,
        "responses.xlsx" => true,
        _ => return Err(AppError::NotFound),
    };
    let labels = labels_of(&page, &q);
    let bytes = surveys::responses_file(state.services(), &grant, id, labels.as_deref(), xlsx).await?;
    Ok(if xlsx {
        download(bytes, XLSX, "responses.xlsx")
    } else {
        download(bytes, "text/csv; charset=utf-8", "responses.csv")
    })
}

/// A number however many references a template hands it through.
trait Plain<T> {
    fn plain(&self) -> T;
}

impl<T: Copy> Plain<T> for T {
    fn plain(&self) -> T {
        *self
    }
}

impl<T: Copy> Plain<T> for &T {
    fn plain(&self) -> T {
        **self
    }
}

impl<T: Copy> Plain<T> for &&T {
    fn plain(&self) -> T {
        ***self
    }
}

#[derive(Template)]
#[template(path = "measure/survey_results.html")]
struct ResultsPage {
    page: Page,
    survey: SurveyView,
    results: Results,
    language: String,
    charts: Vec<String>,
}

impl ResultsPage {
    fn group_name(&self, key: &str) -> String {
        self.page.tk("survey-group", key)
    }
    fn label(&self, text: &bridges_measure::survey::Text) -> String {
        text.get(&self.language, self.survey.form.default_language.as_deref()).to_string()
    }
    fn question_label(&self, name: &str) -> String {
        self.survey
            .form
            .question(name)
            .map(|q| self.label(&q.label))
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| name.to_string())
    }
    /// The count (and share) of choice `i` in one group's table.
    fn cell(&self, table: &bridges_measure::stats::FrequencyTable, i: impl Plain<usize>) -> String {
        let i = i.plain();
        match table.choices.get(i) {
            Some(cell) => match &cell.proportion {
                Some(p) => format!("{} ({}%)", self.n(&cell.count), self.number(p.p * 100.0)),
                None => self.n(&cell.count),
            },
            None => String::new(),
        }
    }
    fn choice_label(&self, question: &str, choice: &str) -> String {
        let form = &self.survey.form;
        form.question(question)
            .and_then(|q| match &q.kind {
                bridges_measure::survey::Kind::SelectOne { list }
                | bridges_measure::survey::Kind::SelectMultiple { list } => form.list(list),
                _ => None,
            })
            .and_then(|l| l.choices.iter().find(|c| c.name == choice))
            .map(|c| self.label(&c.label))
            .unwrap_or_else(|| choice.to_string())
    }
    fn n(&self, s: &bridges_measure::Shown) -> String {
        charts::shown_text(&self.page, s)
    }
    fn number(&self, v: impl Plain<f64>) -> String {
        let v = v.plain();
        bridges_measure::format_number((v * 10.0).round() / 10.0)
    }
}

pub async fn results(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadMeasures>,
    Ids((_, id)): Ids<(OrgId, SurveyId)>,
    page: Page,
    Query(q): Query<SurveyQuery>,
) -> AppResult<Response> {
    let by = By::parse(&q.by).ok_or(AppError::NotFound)?;
    let from = q.from.as_deref().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let to = q.to.as_deref().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let (survey, results) =
        bridges_app::measure::surveys::results::read(state.services(), &grant, id, by, from, to).await?;
    let language = language_of(&survey.form, page.tr.lang().code());
    let charts = charts::score_charts(&page, &survey, &results, &language);
    render(&ResultsPage { page: page.with_org(&ctx), survey, results, language, charts })
}

// ---- answering: staff entry and the public link ----

fn posted_of(form: &FormPairs) -> Posted {
    let mut posted: Posted = BTreeMap::new();
    for (k, v) in form.as_slice().iter().take(4_000) {
        posted.entry(k.clone()).or_default().push(v.clone());
    }
    posted
}

#[derive(Template)]
#[template(path = "measure/survey_answer.html")]
struct AnswerPage {
    page: Page,
    title: String,
    organisation: String,
    /// Where the form posts.
    action: String,
    questions: Vec<QuestionView>,
    /// Answers of earlier pages, carried as hidden fields.
    carried: Vec<(String, String)>,
    step: usize,
    steps: usize,
    /// Whether this page sends the response (nothing relevant is left to ask after it).
    last: bool,
    waves: bool,
    wave: String,
    invitation_only: bool,
    invitation: String,
    respondent: String,
    staff: bool,
    done: bool,
    rtl: bool,
    lang: String,
    form: FormView,
}

impl AnswerPage {
    fn has_problems(&self) -> bool {
        self.questions.iter().any(|q| q.error.is_some())
    }
    fn is_last(&self) -> bool {
        self.last
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct AnswerQuery {
    #[serde(default)]
    wave: String,
}

/// The public survey in the language of the page (or the one in its path).
async fn public_survey(state: &AppState, token: &str) -> AppResult<(String, chrono::NaiveDate, SurveyView)> {
    if token.len() > 80 {
        return Err(AppError::NotFound);
    }
    Ok(surveys::public(state.services(), token).await?)
}

fn page_in(page: Page, lang: Option<&str>) -> AppResult<Page> {
    match lang {
        None => Ok(page),
        Some(code) => {
            let lang = Language::parse(code).map_err(|_| AppError::NotFound)?;
            Ok(Page { tr: Tr::new(lang), ..page })
        }
    }
}

/// What a posted page leads to: a response to save, or a page to show.
enum Stepped {
    Save(bridges_store::NewResponse),
    Shown(AppResult<Response>),
}

struct Answering<'a> {
    survey: &'a SurveyView,
    organisation: String,
    action: String,
    staff: bool,
    today: chrono::NaiveDate,
}

impl<'a> Answering<'a> {
    /// Staff typing in a paper form of `survey`: every row on one page, dated by the organisation's
    /// day.
    fn by_staff(state: &AppState, ctx: &OrgContext, survey: &'a SurveyView) -> Answering<'a> {
        Answering {
            survey,
            organisation: ctx.org.name.to_string(),
            action: format!("/orgs/{}/measure/surveys/{}/entry", ctx.org.id, survey.survey.id),
            staff: true,
            today: today(state, ctx),
        }
    }

    /// The page of questions at `step` given the answers so far (skipping pages with nothing to ask).
    fn render(
        &self,
        page: Page,
        step: usize,
        answers: &BTreeMap<String, String>,
        problems: Option<&ResponseProblems>,
        extra: &FormPairs,
        done: bool,
    ) -> AppResult<Response> {
        let form = &self.survey.form;
        let lang = page.tr.lang();
        let language = language_of(form, lang.code());
        let rtl = form.language_for(lang.code()).map(|l| l.is_rtl()).unwrap_or(lang == Language::Ar);
        let pages = self.pages();
        let steps = pages.len().max(1);
        let step = step.min(steps - 1);
        let rows = pages.get(step).cloned().unwrap_or_default();
        let tr = page.tr.clone();
        let message = |code: &'static str| tr.error(code);
        let questions = page_views(self.survey, &rows, &language, answers, problems, &message, self.today, self.staff);
        // The last page is the last one with something to ask, whatever the pages after it hold:
        // it carries the invitation code and the button that sends.
        let last = self.staff || self.next_step(step, answers).is_none();
        let shown: Vec<&str> = questions.iter().map(|q| q.name.as_str()).collect();
        let carried = answers
            .iter()
            .filter(|(k, _)| !shown.contains(&k.as_str()))
            .flat_map(|(k, v)| {
                let multiple = form
                    .question(k)
                    .is_some_and(|q| matches!(q.kind, bridges_measure::survey::Kind::SelectMultiple { .. }));
                if multiple {
                    v.split(' ').map(|c| (k.clone(), c.to_string())).collect::<Vec<_>>()
                } else {
                    vec![(k.clone(), v.clone())]
                }
            })
            .collect();
        let mut view = kept(extra, &FIELDS);
        if let Some(p) = problems {
            view = view.with_errors(&page.tr, &p.fields);
        }
        let status = if problems.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
        with_status(
            render(&AnswerPage {
                title: self.survey.survey.title.clone(),
                organisation: self.organisation.clone(),
                action: self.action.clone(),
                questions,
                carried,
                step,
                steps,
                last,
                waves: self.survey.survey.waves,
                wave: extra.first("wave"),
                invitation_only: self.survey.survey.invitation_only && !self.staff,
                invitation: extra.first("invitation"),
                respondent: extra.first("respondent"),
                staff: self.staff,
                done,
                rtl,
                lang: lang.code().to_string(),
                form: view,
                page,
            })?,
            status,
        )
    }

    /// The pages: one with every row for staff typing in a paper form, else the form's pages.
    fn pages(&self) -> Vec<Vec<usize>> {
        if self.staff {
            vec![all_rows(&self.survey.form)]
        } else {
            answer::pages(&self.survey.form)
        }
    }

    /// The step after `step` that has something to ask, if any.
    fn next_step(&self, step: usize, answers: &BTreeMap<String, String>) -> Option<usize> {
        let form = &self.survey.form;
        let pages = self.pages();
        let answers = &answer::evaluate(form, answers, self.today);
        (step.saturating_add(1)..pages.len()).find(|s| {
            pages.get(*s).is_some_and(|rows| {
                rows.iter().any(|i| {
                    answer::is_relevant(form, *i, answers, self.today)
                        && form.questions.get(*i).is_some_and(|q| {
                            q.kind.is_answered() || matches!(q.kind, bridges_measure::survey::Kind::Note)
                        })
                })
            })
        })
    }

    /// Handles a posted page: the same page with its problems, the next page, or the whole
    /// response checked and handed to `save`.
    fn step(&self, page: Page, form: &FormPairs) -> Stepped {
        let posted = posted_of(form);
        let answers = surveys::answers_of(&self.survey.form, &posted);
        let pages = self.pages();
        let step = form.first("step").parse::<usize>().unwrap_or(0).min(pages.len().saturating_sub(1));
        let checked =
            surveys::check_response(self.survey, &answers, &form.first("wave"), &form.first("respondent"), self.today);
        let asked: Vec<&String> = pages
            .iter()
            .take(step + 1)
            .flatten()
            .filter_map(|i| self.survey.form.questions.get(*i).map(|q| &q.name))
            .collect();
        let last = self.staff || self.next_step(step, &answers).is_none();
        match checked {
            Ok(response) if last => Stepped::Save(response),
            Ok(_) => Stepped::Shown(self.render(
                page,
                self.next_step(step, &answers).unwrap_or(step),
                &answers,
                None,
                form,
                false,
            )),
            Err(mut problems) => {
                problems.answers.retain(|p| asked.contains(&&p.question));
                if !last && problems.answers.is_empty() {
                    let next = self.next_step(step, &answers).unwrap_or(step);
                    return Stepped::Shown(self.render(page, next, &answers, None, form, false));
                }
                if problems.answers.is_empty() && problems.fields.is_empty() {
                    problems.fields.add("step", "survey-answers-invalid");
                }
                // The earliest page holding a question with a problem, so it is shown where it
                // can be put right (an earlier page's answer travels hidden on later ones).
                let at = pages
                    .iter()
                    .position(|rows| {
                        rows.iter()
                            .any(|i| self.survey.form.questions.get(*i).is_some_and(|q| problems.of(&q.name).is_some()))
                    })
                    .unwrap_or(step);
                Stepped::Shown(self.render(page, at, &answers, Some(&problems), form, false))
            }
        }
    }
}

pub async fn answer_form(
    State(state): State<AppState>,
    page: Page,
    Path(path): Path<Vec<String>>,
    Query(q): Query<AnswerQuery>,
) -> AppResult<Response> {
    let (token, lang) = (path.first().cloned().unwrap_or_default(), path.get(1).cloned());
    let page = page_in(page, lang.as_deref())?;
    let (organisation, today, survey) = public_survey(&state, &token).await?;
    let action = format!("/s/{token}/{}", page.tr.lang().code());
    let answering = Answering { survey: &survey, organisation, action, staff: false, today };
    let extra = FormPairs::from_pairs(vec![("wave".into(), q.wave)]);
    answering.render(page, 0, &BTreeMap::new(), None, &extra, false)
}

pub async fn answer_submit(
    State(state): State<AppState>,
    page: Page,
    Path(path): Path<Vec<String>>,
    form: FormPairs,
) -> AppResult<Response> {
    let (token, lang) = (path.first().cloned().unwrap_or_default(), path.get(1).cloned());
    let page = page_in(page, lang.as_deref())?;
    // A field people never see: bots fill it, people leave it empty.
    if !form.first("website").is_empty() {
        return Err(AppError::Code(bridges_domain::ErrorCode::BadRequest));
    }
    let (organisation, today, survey) = public_survey(&state, &token).await?;
    let action = format!("/s/{token}/{}", page.tr.lang().code());
    // The day only: no time of day, no address, no browser is kept with an answer.
    let answering = Answering { survey: &survey, organisation, action, staff: false, today };
    let response = match answering.step(page.clone(), &form) {
        Stepped::Save(r) => r,
        Stepped::Shown(shown) => return shown,
    };
    match surveys::submit_public(state.services(), &token, &form.first("invitation"), &response).await {
        Ok(()) => answering.render(page, 0, &BTreeMap::new(), None, &FormPairs::default(), true),
        Err(bridges_app::Error::Code(code @ bridges_domain::ErrorCode::SurveyInvitationInvalid)) => {
            let posted = posted_of(&form);
            let answers = surveys::answers_of(&survey.form, &posted);
            let problems = ResponseProblems {
                answers: Vec::new(),
                fields: bridges_domain::ValidationErrors::single("invitation", code.as_str()),
            };
            let step = form.first("step").parse::<usize>().unwrap_or(0).min(1_000);
            answering.render(page, step, &answers, Some(&problems), &form, false)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn entry_form(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RecordMeasures>,
    Ids((_, id)): Ids<(OrgId, SurveyId)>,
    page: Page,
) -> AppResult<Response> {
    let survey = surveys::one(state.services(), &grant.also::<ReadMeasures>()?, id).await?;
    let answering = Answering::by_staff(&state, &ctx, &survey);
    answering.render(page.with_org(&ctx), 0, &BTreeMap::new(), None, &FormPairs::default(), false)
}

pub async fn entry_submit(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<RecordMeasures>,
    Ids((_, id)): Ids<(OrgId, SurveyId)>,
    page: Page,
    form: FormPairs,
) -> AppResult<Response> {
    let survey = surveys::one(state.services(), &grant.also::<ReadMeasures>()?, id).await?;
    let answering = Answering::by_staff(&state, &ctx, &survey);
    let page = page.with_org(&ctx);
    let response = match answering.step(page.clone(), &form) {
        Stepped::Save(r) => r,
        Stepped::Shown(shown) => return shown,
    };
    surveys::enter(state.services(), &grant, id, response).await?;
    Ok(see_other(&format!("/orgs/{}/measure/surveys/{id}/entry?entered=1", ctx.org.id)))
}
