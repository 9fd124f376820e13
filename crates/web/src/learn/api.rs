//! Learn over JSON: search, guidance, frameworks and practices. Public, like the pages.

use crate::http::authz::Ids;
use crate::http::dto::Problem;
use crate::http::error::{AppError, AppResult};
use crate::http::i18n::Locale;
use crate::http::state::AppState;
use axum::extract::{RawQuery, State};
use axum::Json;
use bridges_domain::Language;
use bridges_toolkit::search::SearchRequest;
use bridges_toolkit::Practice;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct SearchHitDto {
    /// `guidance:<id>` or `practice:<id>`.
    pub key: String,
    pub title: String,
    pub summary: String,
    /// The language the text is in.
    #[schema(value_type = crate::http::dto::names::LanguageCode)]
    pub lang: String,
    pub score: f32,
    /// A passage with the matched words between `[[` and `]]`.
    pub snippet: String,
}

#[derive(Serialize, ToSchema)]
pub struct FacetCountDto {
    pub value: String,
    pub count: u64,
}

#[derive(Serialize, ToSchema)]
pub struct SearchResultsDto {
    pub total: usize,
    pub hits: Vec<SearchHitDto>,
    /// Facet root (type, country, policy-area, target, theme, year, and framework/<id> for each
    /// framework's items) → counts.
    pub facets: std::collections::BTreeMap<String, Vec<FacetCountDto>>,
}

#[derive(Serialize, ToSchema)]
pub struct GuidanceDto {
    pub id: String,
    #[schema(value_type = crate::http::dto::names::LanguageCode)]
    pub lang: String,
    /// True when the item is not translated into the language asked for and comes in English.
    pub fell_back: bool,
    pub title: String,
    pub summary: String,
    pub section: String,
    pub tags: Vec<String>,
    pub related: Vec<String>,
    pub frameworks: Vec<String>,
    /// Markdown.
    pub body: String,
}

/// The query string: `q` (text), `lang` (en, fr, it, ar; default the reader's), `f` (facet filters,
/// repeatable, e.g. `/country/SE`), `limit` (1–100).
struct SearchParams {
    text: String,
    lang: Option<Language>,
    filters: Vec<String>,
    limit: usize,
}

fn params(raw: Option<&str>) -> AppResult<SearchParams> {
    let pairs: Vec<(String, String)> = match raw {
        Some(q) => serde_urlencoded::from_str(q).map_err(|_| AppError::Code(bridges_domain::ErrorCode::BadRequest))?,
        None => Vec::new(),
    };
    let mut p = SearchParams { text: String::new(), lang: None, filters: Vec::new(), limit: 20 };
    for (k, v) in pairs {
        match k.as_str() {
            "q" => p.text = v,
            "lang" => {
                p.lang = Some(
                    Language::parse(&v)
                        .map_err(|code| AppError::Invalid(bridges_domain::ValidationErrors::single("lang", code)))?,
                )
            }
            "f" => p.filters.push(v),
            "limit" => {
                p.limit = v
                    .parse()
                    .ok()
                    .filter(|n| (1..=100).contains(n))
                    .ok_or(AppError::Code(bridges_domain::ErrorCode::BadRequest))?
            }
            _ => {}
        }
    }
    Ok(p)
}

/// Learn's public reads in the API's document.
#[derive(utoipa::OpenApi)]
#[openapi(
    paths(search, guidance, frameworks, practice),
    components(schemas(SearchResultsDto, SearchHitDto, FacetCountDto, GuidanceDto, FrameworkDto, FrameworkItemDto))
)]
pub struct LearnApi;

/// Full-text search over guidance and practices, in the reader's language.
#[utoipa::path(get, path = "/api/v1/search", security(()),
    params(("q" = Option<String>, Query, description = "words to search for (at most 300 characters)"),
           ("lang" = Option<String>, Query, description = "en, fr, it or ar"),
           ("f" = Option<Vec<String>>, Query, description = "facet filter such as /country/SE; repeatable"),
           ("limit" = Option<usize>, Query, minimum = 1, maximum = 100, description = "how many hits at most (default 20)")),
    responses((status = 200, body = SearchResultsDto), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn search(
    State(state): State<AppState>,
    Locale(tr): Locale,
    RawQuery(raw): RawQuery,
) -> AppResult<Json<SearchResultsDto>> {
    let p = params(raw.as_deref())?;
    let request = SearchRequest { text: p.text, lang: p.lang.unwrap_or(tr.lang()), filters: p.filters, limit: p.limit };
    let results = state.learn().search(state.store(), &request).await?.map_err(|e| match e {
        bridges_toolkit::SearchError::Query(code) => AppError::Invalid(bridges_domain::ValidationErrors::single(
            if code == "filter-invalid" { "f" } else { "q" },
            code,
        )),
        other => AppError::Internal(other.to_string()),
    })?;
    Ok(Json(SearchResultsDto {
        total: results.total,
        hits: results
            .hits
            .into_iter()
            .map(|h| SearchHitDto {
                snippet: h
                    .snippet
                    .pieces()
                    .into_iter()
                    .map(|(t, hit)| if hit { format!("[[{t}]]") } else { t.to_string() })
                    .collect(),
                key: h.key,
                title: h.title,
                summary: h.summary,
                lang: h.lang.code().to_string(),
                score: h.score,
            })
            .collect(),
        facets: results
            .facets
            .into_iter()
            .map(|(root, counts)| {
                (root, counts.into_iter().map(|(value, count)| FacetCountDto { value, count }).collect())
            })
            .collect(),
    }))
}

/// One guidance item in the reader's language (`?lang=`), or in English when not translated.
#[utoipa::path(get, path = "/api/v1/guidance/{id}", security(()),
    params(("id" = String, Path), ("lang" = Option<String>, Query)),
    responses((status = 200, body = GuidanceDto), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn guidance(
    State(state): State<AppState>,
    Locale(tr): Locale,
    Ids(id): Ids<String>,
    RawQuery(raw): RawQuery,
) -> AppResult<Json<GuidanceDto>> {
    let lang = params(raw.as_deref())?.lang.unwrap_or(tr.lang());
    let found = state.learn().library().guidance(&id, lang).ok_or(AppError::NotFound)?;
    let m = &found.value.meta;
    Ok(Json(GuidanceDto {
        id: m.id.clone(),
        lang: found.value.lang.code().to_string(),
        fell_back: found.fell_back,
        title: m.title.clone(),
        summary: m.summary.clone(),
        section: m.section.clone(),
        tags: m.tags.clone(),
        related: m.related.clone(),
        frameworks: m.frameworks.clone(),
        body: found.value.body.clone(),
    }))
}

#[derive(Serialize, ToSchema)]
pub struct FrameworkItemDto {
    pub id: String,
    /// `framework:item`, as tags are written.
    pub reference: String,
    pub title: String,
    pub group: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct FrameworkDto {
    pub id: String,
    pub version: String,
    pub title: String,
    pub description: String,
    pub items: Vec<FrameworkItemDto>,
}

/// Every framework with its items, titles in the reader's language.
#[utoipa::path(get, path = "/api/v1/frameworks", security(()), params(("lang" = Option<String>, Query)),
    responses((status = 200, body = Vec<FrameworkDto>)))]
pub async fn frameworks(
    State(state): State<AppState>,
    Locale(tr): Locale,
    RawQuery(raw): RawQuery,
) -> AppResult<Json<Vec<FrameworkDto>>> {
    let lang = params(raw.as_deref())?.lang.unwrap_or(tr.lang());
    Ok(Json(
        state
            .learn()
            .library()
            .frameworks()
            .iter()
            .map(|f| FrameworkDto {
                id: f.id.clone(),
                version: f.version.clone(),
                title: f.title.get(lang).text.to_string(),
                description: f.description.get(lang).text.to_string(),
                items: f
                    .items
                    .iter()
                    .map(|i| FrameworkItemDto {
                        reference: format!("{}:{}", f.id, i.id),
                        id: i.id.clone(),
                        title: i.title.get(lang).text.to_string(),
                        group: i.group.clone(),
                    })
                    .collect(),
            })
            .collect(),
    ))
}

/// A practice record from the library.
#[utoipa::path(get, path = "/api/v1/practices/{id}", security(()), params(("id" = String, Path)),
    responses((status = 200, body = Object), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn practice(State(state): State<AppState>, Ids(id): Ids<String>) -> AppResult<Json<Practice>> {
    Ok(Json(state.learn().practice(state.store(), &id).await?.ok_or(AppError::NotFound)?))
}
