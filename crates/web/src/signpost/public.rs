//! A directory as people search it, with no script: a search by need, language spoken, distance
//! from a postcode and opening day; a page per service; a printable slip to hand to the person, in
//! the language they read; and the service's hours as a calendar feed. The same pages serve a
//! published directory to anyone (`/d/{key}`, no login) and an organisation's own to its team
//! (`/orgs/{org}/signpost/…`, published or not).

use crate::http::authz::{Authorised, OrgContext};
use crate::http::error::{AppError, AppResult};
use crate::http::forms::FormView;
use crate::http::i18n::Tr;
use crate::http::listing::ListParams;
use crate::http::page::{render, Page};
use crate::http::state::AppState;
use crate::http::with_status;
use askama::Template;
use axum::extract::FromRequestParts;
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bridges_app::signpost::finding::{self, Found, Searchable, DAYS, RADII_KM};
use bridges_domain::policy::{ReadDirectory, RecordReferrals};
use bridges_domain::Language;
use serde_json::Value as Json;

/// A choice in one of the search form's lists.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
    /// Indented under its broader need.
    pub narrower: bool,
}

#[derive(Template)]
#[template(path = "signpost/public.html")]
struct SearchPage {
    page: Page,
    paths: Paths,
    name: String,
    form: FormView,
    needs: Vec<Choice>,
    languages: Vec<Choice>,
    radii: Vec<Choice>,
    days: Vec<Choice>,
    postcode: String,
    /// The words asked for, as typed.
    words: String,
    point: String,
    found: Option<Found>,
    previous: Option<String>,
    next: Option<String>,
}

impl SearchPage {
    fn km(&self, metres: &f64) -> String {
        format!("{:.1}", metres / 1000.0)
    }
}

/// The languages a search offers: those the directory's services say they speak, by code.
const LANGUAGES: [&str; 16] =
    ["ar", "en", "es", "fa", "fr", "it", "ku", "ps", "pt", "ro", "ru", "so", "ti", "tr", "uk", "ur"];

/// The needs of the shipped taxonomy to choose from, in the reader's language, broader needs
/// first and each narrower one under its own.
pub fn need_choices(tr: &Tr, selected: &str) -> Vec<Choice> {
    let lang = tr.lang().code();
    finding::needs()
        .map(|needs| {
            needs
                .terms
                .iter()
                .map(|n| Choice {
                    value: n.code.clone(),
                    label: n.label.get(lang).or_else(|| n.label.get("en")).cloned().unwrap_or_default(),
                    selected: n.code == selected,
                    narrower: n.parent.is_some(),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A need's name in the reader's language (its code when the taxonomy does not know it).
pub fn need_label(tr: &Tr, code: &str) -> String {
    need_choices(tr, code).into_iter().find(|c| c.selected).map(|c| c.label).unwrap_or_else(|| code.to_string())
}

fn choices(params: &ListParams, tr: &Tr) -> (Vec<Choice>, Vec<Choice>, Vec<Choice>, Vec<Choice>) {
    let needs = need_choices(tr, &params.get("need"));
    let mut languages: Vec<Choice> = LANGUAGES
        .iter()
        .map(|code| Choice {
            value: code.to_string(),
            label: bridges_domain::names::standalone(&tr.language(code)),
            selected: params.is("language", code),
            narrower: false,
        })
        .collect();
    languages.sort_by_key(|c| c.label.to_lowercase());
    let radii = RADII_KM
        .iter()
        .map(|km| Choice {
            value: km.to_string(),
            label: tr.t_args("signpost-within-km", &[("km", km.to_string())]),
            selected: params.is("within", &km.to_string()),
            narrower: false,
        })
        .collect();
    let mut days = vec![Choice {
        value: "now".into(),
        label: tr.t("signpost-open-now"),
        selected: params.is("open", "now"),
        narrower: false,
    }];
    days.extend(DAYS.iter().map(|(name, _)| Choice {
        value: name.to_string(),
        label: tr.t(&format!("signpost-open-on-{name}")),
        selected: params.is("open", name),
        narrower: false,
    }));
    (needs, languages, radii, days)
}

/// The language a public page is read in: `?lang=` (so a link can name one), else the reader's.
fn reading(page: Page, params: &ListParams) -> Page {
    match Language::parse(&params.get("lang")) {
        Ok(lang) => Page { tr: Tr::new(lang), ..page },
        Err(_) => page,
    }
}

const FIELDS: [&str; 9] = ["q", "need", "language", "postcode", "point", "within", "open", "lang", "for"];

/// Where a directory's pages are: the public's under `/d/{key}`, the team's under its
/// organisation (for a directory published or not).
pub struct Paths {
    pub search: String,
    /// Each service's page is `{services}/{id}`, its slip `{services}/{id}/slip`.
    pub services: String,
    /// The participant the team is finding a service for (`?for=`), kept from page to page
    /// until they are referred; empty otherwise and always in public.
    pub person: String,
}

impl Paths {
    fn public(key: &str) -> Paths {
        Paths { search: format!("/d/{key}"), services: format!("/d/{key}/services"), person: String::new() }
    }

    fn team(org: &bridges_domain::OrgId, person: Option<uuid::Uuid>) -> Paths {
        Paths {
            search: format!("/orgs/{org}/signpost/find"),
            services: format!("/orgs/{org}/signpost/services"),
            person: person.map(|p| p.to_string()).unwrap_or_default(),
        }
    }
}

fn search_page(
    state: &AppState,
    page: Page,
    params: &ListParams,
    directory: &Searchable,
    paths: Paths,
) -> AppResult<Response> {
    let (needs, languages, radii, days) = choices(params, &page.tr);
    let (form, found, status) = match finding::parse_asked(|k| params.get(k)) {
        Ok(asked) => {
            let found = finding::find(state.services(), directory, &asked, page.tr.lang());
            (FormView::new(), Some(found), StatusCode::OK)
        }
        Err(errors) => (FormView::new().with_errors(&page.tr, &errors), None, StatusCode::UNPROCESSABLE_ENTITY),
    };
    let link = |n: usize| params.href(&paths.search, &FIELDS, n as u64);
    let previous = found.as_ref().filter(|f| f.page > 1).map(|f| link(f.page - 1));
    let next = found.as_ref().filter(|f| f.page < f.pages).map(|f| link(f.page + 1));
    let body = SearchPage {
        page,
        paths,
        name: directory.name.clone(),
        form,
        needs,
        languages,
        radii,
        days,
        postcode: params.get("postcode"),
        point: params.get("point"),
        words: finding::plain_words(&params.get("q")).chars().filter(|c| !c.is_control()).collect(),
        found,
        previous,
        next,
    };
    with_status(render(&body)?, status)
}

/// The directory a page reads: the one published under the path's `{key}` (anyone), or the
/// organisation's own under `/orgs/{org}` (its team, published or not), with where its pages are
/// and, for the team, the organisation for the page's navigation.
pub struct Reading {
    directory: std::sync::Arc<Searchable>,
    paths: Paths,
    team: Option<OrgContext>,
    /// The path's `{id}`, on a service's pages.
    id: Option<String>,
}

impl Reading {
    fn page(&self, page: Page, params: &ListParams) -> Page {
        let page = reading(page, params);
        match &self.team {
            Some(ctx) => page.with_org(ctx),
            None => page,
        }
    }
}

impl FromRequestParts<AppState> for Reading {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Path(params) = Path::<std::collections::HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NotFound)?;
        let id = params.get("id").cloned();
        if let Some(key) = params.get("key") {
            let directory = finding::searchable(state.services(), key).await?;
            return Ok(Reading { directory, paths: Paths::public(key), team: None, id });
        }
        let Authorised { ctx, grant } = Authorised::<ReadDirectory>::from_request_parts(parts, state).await?;
        let directory = finding::own(state.services(), &grant).await?;
        let Ok(query) = ListParams::from_request_parts(parts, state).await;
        let person = uuid::Uuid::parse_str(&query.get("for")).ok().filter(|_| ctx.may::<RecordReferrals>());
        Ok(Reading { directory, paths: Paths::team(&ctx.org.id, person), team: Some(ctx), id })
    }
}

/// The search, over a published directory or the team's own.
pub async fn search(State(state): State<AppState>, at: Reading, page: Page, params: ListParams) -> AppResult<Response> {
    let page = at.page(page, &params);
    search_page(&state, page, &params, &at.directory, at.paths)
}

/// A place where the service is given, as a page shows it.
pub struct Place {
    pub name: String,
    pub address: String,
    pub transportation: String,
    pub accessibility: Vec<String>,
    pub hours: Vec<Hours>,
}

/// When a service is open, in the reader's words, and the directory's own notes about it (in the
/// directory's language, so shown apart).
pub struct Hours {
    pub when: String,
    pub notes: String,
}

/// A phone number, what the directory says it is for, and the languages answered in.
pub struct Phone {
    pub number: String,
    pub description: String,
    pub languages: String,
}

impl Phone {
    /// The number as a `tel:` link dials it: digits, and a leading plus, without the spaces,
    /// dots and brackets directories write between them.
    pub fn dial(&self) -> String {
        let digits = self.number.chars().filter(|c| c.is_ascii_digit());
        let plus = self.number.trim_start().starts_with('+').then_some('+');
        plus.into_iter().chain(digits).collect()
    }
}

/// A service as its page and its slip show it.
pub struct ServiceView {
    pub id: String,
    pub name: String,
    pub organization: String,
    pub description: String,
    pub alert: String,
    pub closed: bool,
    pub open_now: Option<bool>,
    pub eligibility: String,
    /// The ages it is for, in the reader's words.
    pub ages: String,
    pub costs: Vec<String>,
    pub apply: String,
    pub documents: Vec<String>,
    pub languages: String,
    pub interpretation: String,
    pub phones: Vec<Phone>,
    pub places: Vec<Place>,
    /// Hours of the service itself, where they are not given per place.
    pub hours: Vec<Hours>,
    pub email: String,
    pub url: String,
    /// The needs of the shipped taxonomy its terms name, broadest first as the directory lists them.
    pub needs: Vec<String>,
}

fn text(value: &Json, field: &str) -> String {
    value.get(field).and_then(Json::as_str).map(str::trim).unwrap_or_default().to_string()
}

fn each<'a>(value: &'a Json, field: &str) -> impl Iterator<Item = &'a Json> {
    value.get(field).and_then(Json::as_array).into_iter().flatten()
}

/// An opening schedule in words in the reader's language: "Saturday 10:00–13:00", "First
/// Saturday of the month 10:30–13:00", with its own notes kept apart.
fn hours(tr: &Tr, schedule: &Json) -> Option<Hours> {
    let (opens, closes) = (text(schedule, "opens_at"), text(schedule, "closes_at"));
    let monthly = text(schedule, "freq") == "MONTHLY";
    let days: Vec<String> = text(schedule, "byday")
        .split(',')
        .map(str::trim)
        .filter(|d| d.len() >= 2 && d.is_char_boundary(d.len() - 2))
        .map(|token| {
            let (nth, day) = token.split_at(token.len() - 2);
            let name = tr.t(&format!("signpost-day-{}", day.to_ascii_lowercase()));
            if monthly && !nth.is_empty() {
                tr.t_args("signpost-nth-day", &[("nth", tr.t(&format!("signpost-nth-{nth}"))), ("day", name)])
            } else {
                name
            }
        })
        .collect();
    let mut when = days.join(&tr.t("list-separator"));
    if !opens.is_empty() && !closes.is_empty() {
        let hm = |t: &str| t.chars().take(5).collect::<String>();
        let span = tr.t_args("signpost-time-span", &[("opens", hm(&opens)), ("closes", hm(&closes))]);
        when = if when.is_empty() { span } else { format!("{when} {span}") };
    }
    let notes = [text(schedule, "description"), text(schedule, "notes")]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    (!when.is_empty() || !notes.is_empty()).then_some(Hours { when, notes })
}

fn language_names(tr: &Tr, holder: &Json) -> Vec<String> {
    each(holder, "languages")
        .filter_map(|l| {
            let code = bridges_signpost::language_key(&text(l, "code"))
                .or_else(|| bridges_signpost::language_key_of_name(&text(l, "name")))?;
            // The CLDR's name in the reader's language; the directory's own for a code it lacks.
            let name = tr.language(&code);
            Some(if name == code && !text(l, "name").is_empty() { text(l, "name") } else { name })
        })
        .filter(|n| !n.is_empty())
        .collect()
}

fn phones(tr: &Tr, holder: &Json, into: &mut Vec<Phone>) {
    for phone in each(holder, "phones") {
        let number = text(phone, "number");
        if number.is_empty() || into.iter().any(|p| p.number == number) {
            continue;
        }
        let spoken = language_names(tr, phone);
        let languages = if spoken.is_empty() {
            String::new()
        } else {
            tr.t_args("signpost-phone-languages", &[("languages", spoken.join(&tr.t("list-separator")))])
        };
        into.push(Phone { number, description: text(phone, "description"), languages });
    }
}

fn view(tr: &Tr, service: &Json, open_now: Option<bool>) -> ServiceView {
    let mut languages = language_names(tr, service);
    let mut all_phones = Vec::new();
    phones(tr, service, &mut all_phones);
    let mut places = Vec::new();
    for sal in each(service, "service_at_locations") {
        let location = sal.get("location").cloned().unwrap_or(Json::Null);
        phones(tr, sal, &mut all_phones);
        phones(tr, &location, &mut all_phones);
        for name in language_names(tr, &location) {
            if !languages.contains(&name) {
                languages.push(name);
            }
        }
        let address = each(&location, "addresses")
            .map(|a| {
                ["address_1", "address_2", "city", "postal_code"]
                    .iter()
                    .map(|f| text(a, f))
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .next()
            .unwrap_or_default();
        let hours = each(sal, "schedules").chain(each(&location, "schedules")).filter_map(|s| hours(tr, s)).collect();
        places.push(Place {
            name: text(&location, "name"),
            address,
            transportation: text(&location, "transportation"),
            accessibility: each(&location, "accessibility")
                .map(|a| text(a, "description"))
                .filter(|t| !t.is_empty())
                .collect(),
            hours,
        });
    }
    let costs = each(service, "cost_options")
        .map(|c| {
            let amount = c.get("amount").map(|a| format!("{} {}", a, text(c, "currency"))).unwrap_or_default();
            [text(c, "option"), amount.trim().to_string(), text(c, "amount_description")]
                .into_iter()
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join(" · ")
        })
        .chain(Some(text(service, "fees_description")))
        .filter(|t| !t.is_empty())
        .collect();
    let ages = (service.get("minimum_age").and_then(Json::as_f64), service.get("maximum_age").and_then(Json::as_f64));
    let ages = match ages {
        (Some(min), Some(max)) => tr.t_args("signpost-ages", &[("min", min.to_string()), ("max", max.to_string())]),
        (Some(min), None) => tr.t_args("signpost-age-from", &[("min", min.to_string())]),
        (None, Some(max)) => tr.t_args("signpost-age-to", &[("max", max.to_string())]),
        (None, None) => String::new(),
    };
    ServiceView {
        id: text(service, "id"),
        name: text(service, "name"),
        organization: service.get("organization").map(|o| text(o, "name")).unwrap_or_default(),
        description: text(service, "description"),
        alert: text(service, "alert"),
        closed: text(service, "status") != "active",
        open_now,
        eligibility: text(service, "eligibility_description"),
        ages,
        costs,
        apply: text(service, "application_process"),
        documents: each(service, "required_documents").map(|d| text(d, "document")).filter(|t| !t.is_empty()).collect(),
        languages: languages.join(&tr.t("list-separator")),
        interpretation: text(service, "interpretation_services"),
        phones: all_phones,
        places,
        hours: each(service, "schedules").filter_map(|s| hours(tr, s)).collect(),
        email: text(service, "email"),
        url: text(service, "url"),
        needs: each(service, "attributes")
            .filter_map(|a| a.get("taxonomy_term").map(|t| text(t, "code")))
            .filter(|code| finding::needs().is_ok_and(|n| n.terms.iter().any(|t| t.code == *code)))
            .collect(),
    }
}

#[derive(Template)]
#[template(path = "signpost/service.html")]
struct ServicePage {
    page: Page,
    paths: Paths,
    directory: String,
    service: ServiceView,
    /// Where the team refers someone to it, for members who may.
    refer: Option<String>,
}

#[derive(Template)]
#[template(path = "signpost/slip.html")]
struct SlipPage {
    page: Page,
    paths: Paths,
    directory: String,
    service: ServiceView,
}

fn service_view(state: &AppState, directory: &Searchable, id: uuid::Uuid, tr: &Tr) -> AppResult<ServiceView> {
    let (record, open_now) = finding::service(state.services(), directory, id)?;
    Ok(view(tr, &record, open_now))
}

impl Reading {
    /// The service the path names: an id that is not a UUID names nothing.
    pub fn service_id(&self) -> AppResult<uuid::Uuid> {
        self.id.as_deref().and_then(|id| uuid::Uuid::parse_str(id).ok()).ok_or(AppError::NotFound)
    }

    /// The service the path names, as its page shows it in the reader's language.
    pub fn service(&self, state: &AppState, tr: &Tr) -> AppResult<ServiceView> {
        service_view(state, &self.directory, self.service_id()?, tr)
    }

    /// Where the directory's pages are.
    pub fn paths(&self) -> &Paths {
        &self.paths
    }
}

pub async fn service(
    State(state): State<AppState>,
    at: Reading,
    page: Page,
    params: ListParams,
) -> AppResult<Response> {
    let page = at.page(page, &params);
    let service = service_view(&state, &at.directory, at.service_id()?, &page.tr)?;
    let refer = at
        .team
        .as_ref()
        .filter(|ctx| ctx.may::<RecordReferrals>())
        .map(|ctx| format!("/orgs/{}/signpost/services/{}/refer", ctx.org.id, service.id))
        .map(|href| if at.paths.person.is_empty() { href } else { format!("{href}?for={}", at.paths.person) });
    render(&ServicePage { page, paths: at.paths, directory: at.directory.name.clone(), service, refer })
}

/// Half a page to print and hand over: where to go, when, what to bring, in the reader's language
/// (the service's own texts stay as the directory wrote them, and the slip says so).
pub async fn slip(State(state): State<AppState>, at: Reading, page: Page, params: ListParams) -> AppResult<Response> {
    let page = reading(page, &params);
    let service = service_view(&state, &at.directory, at.service_id()?, &page.tr)?;
    render(&SlipPage { page, paths: at.paths, directory: at.directory.name.clone(), service })
}

/// The service's opening hours as an iCalendar feed, to add to a calendar or subscribe to.
pub async fn calendar(State(state): State<AppState>, at: Reading) -> AppResult<Response> {
    let id = at.service_id()?;
    let base = state.config().base_url();
    let host = base.split("://").nth(1).unwrap_or(&base).split('/').next().unwrap_or_default().to_string();
    let directory = &at.directory;
    let now = state.services().now();
    let feed = bridges_signpost::calendar(&directory.dataset, bridges_signpost::HsdsId(id), directory.tz, &host, now)
        .ok_or(AppError::NotFound)?;
    let disposition = format!("inline; filename=\"{id}.ics\"");
    let headers = [
        (axum::http::header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_string()),
        (axum::http::header::CONTENT_DISPOSITION, disposition),
    ];
    Ok((headers, feed).into_response())
}
