//! Learn: search the guidance and the practice library, read guidance, frameworks and practices.
//! Readable without logging in: this is published knowledge.

use crate::http::authz::Ids;
use crate::http::error::{AppError, AppResult};
use crate::http::page::{render, Page};
use crate::http::state::AppState;
use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::Response;
use bridges_domain::Language;
use bridges_toolkit::search::{SearchRequest, FACETS, MAX_QUERY_CHARS};
use bridges_toolkit::{Framework, FrameworkItem, FrameworkSet, GuidanceItem, Hit, Library, Practice, SECTIONS};

/// A facet value as the sidebar shows it: a label, a count, and the link that toggles it.
pub struct FacetLink {
    pub label: String,
    pub count: u64,
    pub href: String,
    pub active: bool,
}

pub struct FacetGroup {
    pub title: String,
    pub links: Vec<FacetLink>,
}

/// A hit with where it leads.
pub struct HitView {
    pub hit: Hit,
    pub href: String,
    pub is_guidance: bool,
    pub other_language: bool,
}

pub struct SectionView {
    pub key: &'static str,
    pub items: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "learn/search.html")]
struct SearchPage {
    page: Page,
    query: String,
    max_chars: usize,
    error: Option<String>,
    total: usize,
    hits: Vec<HitView>,
    facets: Vec<FacetGroup>,
    browsing: bool,
    sections: Vec<SectionView>,
    frameworks: Vec<(String, String)>,
}

fn parse_query(raw: Option<&str>) -> (String, Vec<String>) {
    let pairs: Vec<(String, String)> = raw.and_then(|q| serde_urlencoded::from_str(q).ok()).unwrap_or_default();
    let text = pairs.iter().find(|(k, _)| k == "q").map(|(_, v)| v.clone()).unwrap_or_default();
    let filters = pairs
        .into_iter()
        .filter(|(k, v)| k == "f" && v.starts_with('/') && v.len() <= 120)
        .map(|(_, v)| v)
        .take(10)
        .collect();
    (text, filters)
}

fn search_href(text: &str, filters: &[String]) -> String {
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    if !text.is_empty() {
        pairs.push(("q", text));
    }
    for f in filters {
        pairs.push(("f", f));
    }
    match serde_urlencoded::to_string(&pairs) {
        Ok(q) if !q.is_empty() => format!("/learn?{q}"),
        _ => "/learn".to_string(),
    }
}

/// The readable name of a facet value in the reader's language.
fn facet_label(library: &Library, page: &Page, path: &str) -> String {
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let lang = page.tr.lang();
    match parts.as_slice() {
        ["type", kind] => page.tk("learn-type", kind),
        ["framework", fw] => {
            library.framework(fw).map(|f| f.title.get(lang).text.to_string()).unwrap_or_else(|| fw.to_string())
        }
        ["framework", fw, item] => library
            .framework(fw)
            .and_then(|f| f.item(item))
            .map(|i| i.title.get(lang).text.to_string())
            .unwrap_or_else(|| format!("{fw}:{item}")),
        ["policy-area", item] => library
            .framework("policy-areas")
            .and_then(|f| f.item(item))
            .map(|i| i.title.get(lang).text.to_string())
            .unwrap_or_else(|| item.to_string()),
        ["target" | "theme", word] => library.vocabulary(&word.replace('-', " "), lang).to_string(),
        [_, value] => value.to_string(),
        _ => path.to_string(),
    }
}

impl HitView {
    fn new(hit: Hit, reader: Language) -> Self {
        let (href, is_guidance) = href_for(&hit.key);
        Self { other_language: hit.lang != reader, href, is_guidance, hit }
    }
}

fn href_for(key: &str) -> (String, bool) {
    match key.split_once(':') {
        Some(("guidance", id)) => (format!("/learn/guidance/{id}"), true),
        Some((_, id)) => (format!("/learn/practices/{id}"), false),
        None => ("/learn".to_string(), false),
    }
}

pub async fn search(State(state): State<AppState>, page: Page, RawQuery(raw): RawQuery) -> AppResult<Response> {
    let (text, filters) = parse_query(raw.as_deref());
    let library = state.learn().library();
    let lang = page.tr.lang();
    let request = SearchRequest { text: text.clone(), lang, filters: filters.clone(), limit: 30 };
    let (results, error) = match state.learn().search(state.store(), &request).await? {
        Ok(r) => (r, None),
        Err(bridges_toolkit::SearchError::Query(code)) => (Default::default(), Some(page.tr.error(code))),
        Err(e) => return Err(AppError::Internal(e.to_string())),
    };
    // One group per facet root; the frameworks' items by framework, instead of frameworks as a whole.
    let mut roots: Vec<(String, String)> = FACETS.iter().map(|r| (r.to_string(), page.tk("learn-facet", r))).collect();
    roots.extend(results.facets.keys().filter_map(|k| k.strip_prefix("framework/")).map(|fw| {
        let title = library.framework(fw).map(|f| f.title.get(lang).text.to_string()).unwrap_or_else(|| fw.to_string());
        (format!("framework/{fw}"), title)
    }));
    let facets = roots
        .into_iter()
        .filter_map(|(root, title)| {
            let counts = results.facets.get(&root)?;
            let links: Vec<FacetLink> = counts
                .iter()
                .take(12)
                .map(|(path, count)| {
                    let active = filters.contains(path);
                    let toggled: Vec<String> = if active {
                        filters.iter().filter(|f| *f != path).cloned().collect()
                    } else {
                        filters.iter().cloned().chain(std::iter::once(path.clone())).collect()
                    };
                    FacetLink {
                        label: facet_label(library, &page, path),
                        count: *count,
                        href: search_href(&text, &toggled),
                        active,
                    }
                })
                .collect();
            (!links.is_empty()).then_some(FacetGroup { title, links })
        })
        .collect();
    let browsing = text.trim().is_empty() && filters.is_empty();
    let sections = if browsing { sections(library, lang) } else { Vec::new() };
    let hits = results.hits.into_iter().map(|hit| HitView::new(hit, lang)).collect();
    let frameworks = library.frameworks().iter().map(|f| (f.id.clone(), f.title.get(lang).text.to_string())).collect();
    render(&SearchPage {
        page,
        query: text,
        max_chars: MAX_QUERY_CHARS,
        error,
        total: results.total,
        hits,
        facets,
        browsing,
        sections,
        frameworks,
    })
}

fn sections(library: &Library, lang: Language) -> Vec<SectionView> {
    SECTIONS
        .iter()
        .map(|key| SectionView {
            key,
            items: library
                .guidance_ids()
                .into_iter()
                .filter_map(|id| library.guidance(id, lang))
                .filter(|g| g.value.meta.section == *key)
                .map(|g| (g.value.meta.id.clone(), g.value.meta.title.clone(), g.value.meta.summary.clone()))
                .collect(),
        })
        .collect()
}

/// A framework item tag as a guidance or practice page shows it.
pub struct TagView {
    pub href: String,
    pub label: String,
}

fn tags(known: &FrameworkSet, lang: Language, refs: &[String]) -> Vec<TagView> {
    refs.iter()
        .filter_map(|r| bridges_toolkit::FrameworkRef::parse(r))
        .filter_map(|r| {
            let item = known.item(&r)?;
            Some(TagView {
                href: format!("/learn/frameworks/{}/{}", r.framework, r.item),
                label: item.title.get(lang).text.to_string(),
            })
        })
        .collect()
}

#[derive(Template)]
#[template(path = "learn/guidance.html")]
struct GuidancePage {
    page: Page,
    item: GuidanceItem,
    fell_back: bool,
    body_html: String,
    tags: Vec<TagView>,
    related: Vec<(String, String)>,
    languages: Vec<Language>,
}

pub async fn guidance(State(state): State<AppState>, page: Page, Ids(id): Ids<String>) -> AppResult<Response> {
    let library = state.learn().library();
    let lang = page.tr.lang();
    let found = library.guidance(&id, lang).ok_or(AppError::NotFound)?;
    let item = found.value.clone();
    let mut related_ids: Vec<&str> = item.meta.related.iter().map(String::as_str).collect();
    for back in library.linking_to(&id) {
        if !related_ids.contains(&back) {
            related_ids.push(back);
        }
    }
    let related = related_ids
        .into_iter()
        .filter_map(|rid| library.guidance(rid, lang).map(|g| (rid.to_string(), g.value.meta.title.clone())))
        .collect();
    render(&GuidancePage {
        tags: tags(&library.frameworks_with(Vec::new()), lang, &item.meta.frameworks),
        body_html: bridges_toolkit::markdown_to_html(&item.body),
        fell_back: found.fell_back,
        languages: library.guidance_languages(&id),
        related,
        item,
        page,
    })
}

#[derive(Template)]
#[template(path = "learn/frameworks.html")]
struct FrameworksPage {
    page: Page,
    frameworks: Vec<Framework>,
}

pub async fn frameworks(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    render(&FrameworksPage { page, frameworks: state.learn().library().frameworks().to_vec() })
}

#[derive(Template)]
#[template(path = "learn/framework.html")]
struct FrameworkPage {
    page: Page,
    framework: Framework,
}

pub async fn framework(State(state): State<AppState>, page: Page, Ids(id): Ids<String>) -> AppResult<Response> {
    let framework = state.learn().library().framework(&id).ok_or(AppError::NotFound)?.clone();
    render(&FrameworkPage { page, framework })
}

#[derive(Template)]
#[template(path = "learn/framework_item.html")]
struct FrameworkItemPage {
    page: Page,
    framework: Framework,
    item: FrameworkItem,
    hits: Vec<HitView>,
    /// The reader's organisations, each a link to the indicators there that measure this item.
    measured_in: Vec<(bridges_domain::OrgId, String)>,
}

pub async fn framework_item(
    State(state): State<AppState>,
    page: Page,
    crate::http::auth::MaybeUser(current): crate::http::auth::MaybeUser,
    Ids((id, item_id)): Ids<(String, String)>,
) -> AppResult<Response> {
    let library = state.learn().library();
    let framework = library.framework(&id).ok_or(AppError::NotFound)?.clone();
    let item = framework.item(&item_id).ok_or(AppError::NotFound)?.clone();
    let lang = page.tr.lang();
    let request =
        SearchRequest { text: String::new(), lang, filters: vec![format!("/framework/{id}/{item_id}")], limit: 100 };
    let results =
        state.learn().search(state.store(), &request).await?.map_err(|e| AppError::Internal(e.to_string()))?;
    let hits = results.hits.into_iter().map(|hit| HitView::new(hit, lang)).collect();
    let measured_in = match current {
        Some(user) => state
            .store()
            .orgs_of_user(user.user.id)
            .await?
            .into_iter()
            .map(|(org, _)| (org.id, org.name.as_str().to_string()))
            .collect(),
        None => Vec::new(),
    };
    render(&FrameworkItemPage { page, framework, item, hits, measured_in })
}

#[derive(Template)]
#[template(path = "learn/practice.html")]
struct PracticePage {
    page: Page,
    practice: Practice,
    lessons_html: String,
    tags: Vec<TagView>,
    missing: Vec<&'static str>,
    other_language: bool,
}

pub async fn practice(State(state): State<AppState>, page: Page, Ids(id): Ids<String>) -> AppResult<Response> {
    let known = state.learn().all_frameworks(state.store()).await?;
    let practice = state.learn().practice(state.store(), &id).await?.ok_or(AppError::NotFound)?;
    let lang = page.tr.lang();
    render(&PracticePage {
        tags: tags(&known, lang, &practice.frameworks),
        lessons_html: bridges_toolkit::markdown_to_html(&practice.lessons),
        missing: practice.missing_for_publication(),
        other_language: practice.language != lang.code(),
        practice,
        page,
    })
}

impl PracticePage {
    /// A field's value, or the plain word that it was not reported.
    fn or_unreported(&self, value: &str) -> String {
        if value.trim().is_empty() {
            self.page.t("learn-not-reported")
        } else {
            value.to_string()
        }
    }
}
