//! What anyone may read of a published project, with no login and no script: its page, each chart
//! as SVG or PNG to embed elsewhere, its open data with the Frictionless descriptor, and its
//! myth-buster cards. Everything here is made for the public: counts of fewer people than the
//! organisation's threshold are withheld, and a page taken down is not found.

use crate::http::error::{AppError, AppResult};
use crate::http::i18n::Tr;
use crate::http::page::{render, Page};
use crate::http::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use bridges_app::tell::{self, Licence};
use bridges_domain::Language;
use bridges_report::charts::Chart;
use bridges_report::html::escape;
use bridges_report::{open_data, Myth, ReportData};
use bridges_store::Publication;

#[derive(Debug, Default, serde::Deserialize)]
pub struct LangQuery {
    #[serde(default)]
    lang: String,
}

/// The page's language: `?lang=` (so a shared link can name one), else the reader's own.
fn language(page: &Page, q: &LangQuery) -> Language {
    Language::parse(q.lang.trim()).unwrap_or(page.tr.lang())
}

/// One chart as the public page offers it for reuse.
pub struct Reusable {
    pub title: String,
    pub svg_url: String,
    pub png_url: String,
    pub embed: String,
}

#[derive(Template)]
#[template(path = "tell/public.html")]
struct PublicPage {
    page: Page,
    report: ReportData,
    body: String,
    preview: bool,
    /// The public address of the page, when it is published.
    url: Option<String>,
    licence: Option<Licence>,
    reusable: Vec<Reusable>,
    myths: Vec<(String, String)>,
    image: Option<String>,
    description: String,
}

impl PublicPage {
    fn licence_title(&self) -> String {
        self.licence.map(|l| l.title().to_string()).unwrap_or_default()
    }
    fn licence_url(&self) -> String {
        self.licence.map(|l| l.url().to_string()).unwrap_or_default()
    }
}

fn myths(report: &ReportData) -> Vec<&Myth> {
    report.surveys.iter().flat_map(|s| s.myths.iter()).collect()
}

/// A short description for link previews: what the page reports on, in the reader's language.
fn description(tr: &Tr, report: &ReportData) -> String {
    let aims: String = report.aims.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(200).collect();
    if aims.is_empty() {
        tr.t_args("tell-public-description", &[("organisation", report.organisation.clone())])
    } else {
        aims
    }
}

/// The public page (or the team's preview of it).
pub fn render_public(
    state: &AppState,
    page: Page,
    report: ReportData,
    publication: Option<Publication>,
    preview: bool,
) -> AppResult<Response> {
    let tr = page.tr.clone();
    let charts = bridges_report::charts::all(&report, &tr);
    let body = bridges_report::html::body(&report, &tr, &charts);
    let published = publication.as_ref().filter(|p| p.published);
    let url = published.map(|p| format!("{}/p/{}", state.config().base_url(), p.key));
    let lang = tr.lang().code();
    let reusable = match &url {
        Some(url) => charts
            .iter()
            .map(|c| {
                let svg_url = format!("{url}/charts/{}.svg?lang={lang}", c.key);
                let png_url = format!("{url}/charts/{}.png?lang={lang}", c.key);
                let embed = format!(
                    "<figure><img src=\"{}\" alt=\"{}\" width=\"560\"><figcaption>{} · {} · <a href=\"{url}\">{}</a></figcaption></figure>",
                    escape(&svg_url),
                    escape(&c.title),
                    escape(&c.title),
                    escape(&report.organisation),
                    escape(&tr.t("tell-source-link"))
                );
                Reusable { title: c.title.clone(), svg_url, png_url, embed }
            })
            .collect(),
        None => Vec::new(),
    };
    let myths = match &url {
        Some(url) => {
            myths(&report).iter().map(|m| (m.label.clone(), format!("{url}/myths/{}?lang={lang}", m.figure))).collect()
        }
        None => Vec::new(),
    };
    let image = url.as_ref().and_then(|url| {
        let first_myth = myths_first(&report).map(|f| format!("{url}/myths/{f}.png?lang={lang}"));
        first_myth.or_else(|| charts.first().map(|c| format!("{url}/charts/{}.png?lang={lang}", c.key)))
    });
    let description = description(&tr, &report);
    let licence = published.and_then(|p| Licence::parse(&p.licence));
    render(&PublicPage { page, report, body, preview, url, licence, reusable, myths, image, description })
}

fn myths_first(report: &ReportData) -> Option<String> {
    myths(report).first().map(|m| m.figure.clone())
}

async fn public_report(
    state: &AppState,
    key: &str,
    lang: Language,
) -> AppResult<(bridges_store::PublicView, ReportData)> {
    Ok(tell::public(state.services(), key, lang.code()).await?)
}

/// A published project's page.
pub async fn page(
    State(state): State<AppState>,
    Path(key): Path<String>,
    page: Page,
    Query(q): Query<LangQuery>,
) -> AppResult<Response> {
    let lang = language(&page, &q);
    let page = Page { tr: Tr::new(lang), ..page };
    let (view, report) = public_report(&state, &key, lang).await?;
    render_public(&state, page, report, Some(view.publication), false)
}

/// Public answers may be kept a few minutes by browsers and caches, and embedded anywhere.
fn public_file(body: impl IntoResponse, kind: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "public, max-age=300"),
            (header::HeaderName::from_static("cross-origin-resource-policy"), "cross-origin"),
            (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
        ],
        body,
    )
        .into_response()
}

/// The open data: `datapackage.json`, `indicators.csv`, `indicators.json`, `surveys.csv`,
/// `surveys.json`.
pub async fn data(State(state): State<AppState>, Path((key, file)): Path<(String, String)>) -> AppResult<Response> {
    // Open data is written in English, the language of its descriptor.
    let (view, report) = public_report(&state, &key, Language::En).await?;
    let base = format!("{}/p/{}/data", state.config().base_url(), view.publication.key);
    let licence = Licence::parse(&view.publication.licence).unwrap_or(Licence::CcBy4);
    let indicators = || open_data::indicator_rows(&report);
    let surveys = || open_data::survey_rows(&report);
    Ok(match file.as_str() {
        "datapackage.json" => {
            public_file(axum::Json(open_data::datapackage(&report, &base, licence)).into_response(), "application/json")
        }
        "indicators.csv" => {
            public_file(open_data::csv(open_data::INDICATOR_FIELDS, &indicators()), "text/csv; charset=utf-8")
        }
        "indicators.json" => public_file(
            axum::Json(open_data::json(open_data::INDICATOR_FIELDS, &indicators())).into_response(),
            "application/json",
        ),
        "surveys.csv" => public_file(open_data::csv(open_data::SURVEY_FIELDS, &surveys()), "text/csv; charset=utf-8"),
        "surveys.json" => public_file(
            axum::Json(open_data::json(open_data::SURVEY_FIELDS, &surveys())).into_response(),
            "application/json",
        ),
        _ => return Err(AppError::NotFound),
    })
}

fn split_ext(file: &str) -> (&str, Option<&str>) {
    match file.rsplit_once('.') {
        Some((stem, ext @ ("svg" | "png"))) => (stem, Some(ext)),
        _ => (file, None),
    }
}

async fn drawn(svg: String, ext: &str) -> AppResult<Response> {
    Ok(match ext {
        "svg" => public_file(svg, "image/svg+xml"),
        _ => public_file(tell::png(svg).await?, "image/png"),
    })
}

/// One chart of the page as SVG or PNG, in the language asked for.
pub async fn chart(
    State(state): State<AppState>,
    Path((key, file)): Path<(String, String)>,
    page: Page,
    Query(q): Query<LangQuery>,
) -> AppResult<Response> {
    let (stem, Some(ext)) = split_ext(&file) else { return Err(AppError::NotFound) };
    let lang = language(&page, &q);
    let (_, report) = public_report(&state, &key, lang).await?;
    let tr = Tr::new(lang);
    let chart: Option<Chart> = bridges_report::charts::all(&report, &tr).into_iter().find(|c| c.key == stem);
    let chart = chart.ok_or(AppError::NotFound)?;
    drawn(chart.svg, ext).await
}

#[derive(Template)]
#[template(path = "tell/myth.html")]
struct MythPage {
    page: Page,
    organisation: String,
    project: String,
    sentence: String,
    label: String,
    card_svg: String,
    card_png: String,
    page_url: String,
    project_url: String,
}

/// A myth-buster card: its page to share (`/myths/FIGURE`), or the card itself
/// (`/myths/FIGURE.svg`, `/myths/FIGURE.png`).
pub async fn myth(
    State(state): State<AppState>,
    Path((key, figure)): Path<(String, String)>,
    page: Page,
    Query(q): Query<LangQuery>,
) -> AppResult<Response> {
    let (stem, ext) = split_ext(&figure);
    let lang = language(&page, &q);
    let (view, report) = public_report(&state, &key, lang).await?;
    let tr = Tr::new(lang);
    let found = myths(&report).into_iter().find(|m| m.figure == stem).cloned().ok_or(AppError::NotFound)?;
    if let Some(ext) = ext {
        return drawn(bridges_report::myth::card(&tr, &found, &report.organisation), ext).await;
    }
    let project_url = format!("{}/p/{}", state.config().base_url(), view.publication.key);
    let code = lang.code();
    let figure_url = format!("{project_url}/myths/{}", found.figure);
    render(&MythPage {
        page: Page { tr: tr.clone(), ..page },
        organisation: report.organisation.clone(),
        project: report.title.clone(),
        sentence: bridges_report::myth::sentence(&tr, &found),
        label: found.label.clone(),
        card_svg: format!("{figure_url}.svg?lang={code}"),
        card_png: format!("{figure_url}.png?lang={code}"),
        page_url: format!("{figure_url}?lang={code}"),
        project_url,
    })
}
