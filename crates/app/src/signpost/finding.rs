//! Finding a service in a published directory: by need, by a language spoken there, near a
//! postcode and open now or on a day of the week. The directory's records and its search index are
//! kept in memory per directory and rebuilt (off the async workers) when the directory's revision
//! in the database moves, so several processes stay right; the index is derived data only.

use super::directory::dataset;
use crate::{off_the_workers, Error, Result, Services};
use bridges_domain::policy::ReadDirectory;
use bridges_domain::{Language, OrgId, ValidationErrors};
use bridges_signpost::needs::Needs;
use bridges_signpost::{json, Dataset, DirectoryIndex, HsdsId, Kind, Links, Near, OpenFilter, Query, Record, Value};
use bridges_store::Grant;
use bridges_toolkit::search::SearchIndex;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use chrono_tz::Tz;
use serde_json::Value as Json;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock, RwLock};
use uuid::Uuid;

/// Services a page of results shows.
pub const PER_PAGE: usize = 20;
/// The distances a search can keep to, in kilometres; the first is the default.
pub const RADII_KM: [u32; 5] = [5, 1, 2, 10, 25];
/// The days a search can ask a service to be open on, as the query names them.
pub const DAYS: [(&str, Weekday); 7] = [
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

/// The longest words a search takes, in characters.
pub const WORDS_MAX: usize = 100;

/// A published directory ready to search, as of one revision.
pub struct Searchable {
    revision: i64,
    pub name: String,
    pub dataset: Dataset,
    /// The dataset's links, worked out once: writing a record in full follows them.
    links: Links,
    /// Each service's first address on one line, for the lists.
    addresses: HashMap<HsdsId, String>,
    /// Where each postcode and each postcode district is: the mean of the places at it.
    postcodes: Postcodes,
    pub index: DirectoryIndex,
    /// The services' words (name, organisation, description) in the directory's language, and
    /// their needs in each reader's language, searched as Learn searches: stemmed, typos forgiven.
    words: bridges_toolkit::search::SearchIndex,
    /// The organisation's zone, in which opening hours are read.
    pub tz: Tz,
}

/// The directories searched in this process, by organisation.
#[derive(Clone, Default)]
pub struct Indexes(Arc<RwLock<HashMap<OrgId, Arc<Searchable>>>>);

/// The shipped taxonomy of needs, read once.
pub fn needs() -> Result<&'static Needs> {
    static NEEDS: OnceLock<std::result::Result<Needs, String>> = OnceLock::new();
    NEEDS
        .get_or_init(|| Needs::shipped().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| Error::Internal(format!("the needs taxonomy: {e}")))
}

/// A need's code and the codes of the needs narrower than it (a count of a broader need takes
/// them in).
pub fn need_and_narrower(code: &str) -> Result<Vec<String>> {
    let needs = needs()?;
    let mut out = vec![code.to_string()];
    let mut i = 0;
    while i < out.len() {
        let parent = out[i].clone();
        out.extend(needs.terms.iter().filter(|t| t.parent.as_deref() == Some(parent.as_str())).map(|t| t.code.clone()));
        i += 1;
    }
    Ok(out)
}

/// What someone looking for a service asked.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Asked {
    /// Words to look for, in the reader's language or the directory's.
    pub words: Option<String>,
    pub need: Option<String>,
    /// A language code.
    pub language: Option<String>,
    pub postcode: Option<String>,
    /// A point (latitude, longitude in degrees) to measure distance from, instead of a postcode.
    pub point: Option<(f64, f64)>,
    pub within_km: u32,
    pub open: Open,
    pub page: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Open {
    #[default]
    Any,
    Now,
    /// At some time on the next such day (today, if it is that day).
    On(Weekday),
}

/// Words as typed, with invisible format characters (direction controls among them) read as spaces and spaces run together (control
/// characters stay, for the check to refuse).
pub fn plain_words(text: &str) -> String {
    let spaced: String = text.chars().map(|c| if bridges_domain::text::is_invisible(c) { ' ' } else { c }).collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The search form's fields, checked: each value that does not parse is named.
pub fn parse_asked(get: impl Fn(&str) -> String) -> std::result::Result<Asked, ValidationErrors> {
    let mut e = ValidationErrors::new();
    let text = |field: &str| Some(get(field).trim().to_string()).filter(|t| !t.is_empty());
    let need = text("need");
    if let Some(code) = &need {
        if needs().ok().and_then(|n| n.get(code)).is_none() {
            e.add("need", "need-invalid");
        }
    }
    let language = text("language");
    if let Some(code) = &language {
        if bridges_signpost::language_key(code).is_none() || code.len() > 12 {
            e.add("language", "language-code-invalid");
        }
    }
    let postcode = text("postcode");
    if postcode.as_ref().is_some_and(|p| {
        p.chars().count() > 16 || !p.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
    }) {
        e.add("postcode", "postcode-invalid");
    }
    let within_km = match text("within") {
        None => RADII_KM[0],
        Some(t) => t.parse().ok().filter(|km| RADII_KM.contains(km)).unwrap_or_else(|| {
            e.add("within", "within-invalid");
            RADII_KM[0]
        }),
    };
    let open = match text("open").as_deref() {
        None => Open::Any,
        Some("now") => Open::Now,
        Some(day) => DAYS.iter().find(|(name, _)| *name == day).map(|(_, d)| Open::On(*d)).unwrap_or_else(|| {
            e.add("open", "open-invalid");
            Open::Any
        }),
    };
    let page = match text("page") {
        None => 1,
        Some(t) => t.parse().ok().filter(|p| (1..=10_000).contains(p)).unwrap_or_else(|| {
            e.add("page", "page-invalid");
            1
        }),
    };
    // Invisible direction controls pasted with the words are read as spaces: they would only
    // split or hide words.
    let words = Some(plain_words(&get("q"))).filter(|q| !q.is_empty());
    if let Some(q) = &words {
        bridges_domain::check_text(&mut e, "q", q, WORDS_MAX, false);
    }
    let point = text("point").and_then(|t| {
        let parsed = t
            .split_once(',')
            .and_then(|(lat, lon)| Some((lat.trim().parse::<f64>().ok()?, lon.trim().parse::<f64>().ok()?)))
            .filter(|(lat, lon)| (-90.0..=90.0).contains(lat) && (-180.0..=180.0).contains(lon));
        if parsed.is_none() {
            e.add("point", "point-invalid");
        }
        parsed
    });
    let asked = Asked { words, need, language, postcode, point, within_km, open, page };
    e.into_result().map(|()| asked)
}

/// A service as a list of results shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub id: Uuid,
    pub name: String,
    pub organization: Option<String>,
    /// The first sentence or so of its description.
    pub summary: String,
    pub address: Option<String>,
    pub distance_m: Option<f64>,
    pub open_now: Option<bool>,
}

/// A page of results.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    pub cards: Vec<Card>,
    /// A postcode was asked for that no place in the directory has: nothing is near it.
    pub postcode_unknown: bool,
}

/// The directory published under `key`, searchable, as of its latest revision.
pub async fn searchable(services: &Services, key: &str) -> Result<Arc<Searchable>> {
    let store = services.store();
    let dir = store.published_directory(key).await?;
    let revision = store.published_revision(&dir).await?;
    if let Some(ready) = cached(services, dir.org, revision)? {
        return Ok(ready);
    }
    let rows = store.published_everything(&dir).await?;
    build(services, dir.org, revision, dir.name.clone(), rows).await
}

/// The organisation's own directory, searchable by its team whether it is published or not; not
/// found before its first import.
pub async fn own(services: &Services, grant: &Grant<ReadDirectory>) -> Result<Arc<Searchable>> {
    let store = services.store();
    let dir = store.directory(grant).await?.ok_or(Error::Code(bridges_domain::ErrorCode::NotFound))?;
    if let Some(ready) = cached(services, grant.org(), dir.revision)? {
        return Ok(ready);
    }
    let rows = store.directory_records(grant, dir.id).await?;
    build(services, grant.org(), dir.revision, dir.name, rows).await
}

fn cached(services: &Services, org: OrgId, revision: i64) -> Result<Option<Arc<Searchable>>> {
    let held = services.indexes.0.read().map_err(|_| Error::Internal("index lock".into()))?.get(&org).cloned();
    Ok(held.filter(|s| s.revision == revision))
}

async fn build(
    services: &Services,
    org: OrgId,
    revision: i64,
    name: String,
    rows: Vec<bridges_store::DirectoryRecord>,
) -> Result<Arc<Searchable>> {
    let organisation = services.store().org(org).await?;
    let tz: Tz = organisation.time_zone.as_str().parse().unwrap_or(Tz::UTC);
    let language = organisation.language;
    let built = off_the_workers(move || -> Result<Searchable> {
        let dataset = dataset(rows)?;
        let index = DirectoryIndex::build(&dataset, needs()?, &HashMap::new());
        let links = dataset.links();
        let addresses = addresses(&dataset);
        let postcodes = Postcodes::of(&dataset);
        let words = words(&dataset, &index, language)?;
        Ok(Searchable { revision, name, dataset, links, addresses, postcodes, index, words, tz })
    })
    .await??;
    let built = Arc::new(built);
    services.indexes.0.write().map_err(|_| Error::Internal("index lock".into()))?.insert(org, built.clone());
    Ok(built)
}

/// The word index of a directory written in `language`: each service's name, its organisation's
/// and its description, and its needs named in every language a reader may search in.
fn words(dataset: &Dataset, index: &DirectoryIndex, language: Language) -> Result<SearchIndex> {
    use bridges_toolkit::search::{SearchDoc, SEARCH_LANGUAGES};
    let needs = needs()?;
    let docs = (0..index.len()).filter_map(|ordinal| {
        let id = index.service(ordinal)?;
        let service = dataset.get(Kind::Service, id)?;
        let organization = service
            .get("organization_id")
            .and_then(Value::as_id)
            .and_then(|o| dataset.get(Kind::Organization, o))
            .and_then(|o| text(o, "name"))
            .unwrap_or_default();
        let codes = index.needs_of(ordinal);
        let keywords = SEARCH_LANGUAGES
            .iter()
            .map(|reader| {
                let labels: Vec<&str> = codes
                    .iter()
                    .filter_map(|code| needs.get(code))
                    .filter_map(|n| n.label.get(reader.code()).or_else(|| n.label.get("en")))
                    .map(String::as_str)
                    .collect();
                (*reader, labels.join(". "))
            })
            .collect();
        let body = ["alternate_name", "description", "eligibility_description"]
            .iter()
            .filter_map(|f| text(service, f))
            .collect::<Vec<_>>()
            .join("\n");
        Some(SearchDoc {
            key: id.0.to_string(),
            title: text(service, "name").unwrap_or_default().to_string(),
            summary: organization.to_string(),
            body,
            lang: language,
            serves: SEARCH_LANGUAGES.to_vec(),
            keywords,
            facets: Vec::new(),
        })
    });
    let words =
        SearchIndex::build(None, docs).map_err(|e| Error::Internal(format!("a directory's word index: {e}")))?;
    words.keys_ready().map_err(|e| Error::Internal(format!("a directory's word index: {e}")))?;
    Ok(words)
}

/// A page of the services of `directory` that answer what was asked, nearest first when a
/// postcode is given.
pub fn find(services: &Services, directory: &Searchable, asked: &Asked, reader: Language) -> Found {
    let now = services.now();
    let mut query = Query::new(directory.tz);
    let mut within = None;
    if let Some(words) = &asked.words {
        let scores: Vec<(HsdsId, f32)> = directory
            .words
            .matching(reader, words, directory.index.len())
            .unwrap_or_default()
            .into_iter()
            .filter_map(|(key, score)| Some((HsdsId(Uuid::parse_str(&key).ok()?), score)))
            .collect();
        let (set, ranks) = directory.index.ranked(&scores);
        within = Some(set);
        query.ranks = Some(ranks);
    }
    query.needs = asked.need.iter().cloned().collect();
    query.languages = asked.language.iter().cloned().collect();
    query.now = Some(now);
    query.page = asked.page;
    query.per_page = PER_PAGE;
    query.open = match asked.open {
        Open::Any => None,
        Open::Now => Some(OpenFilter::Now(now)),
        Open::On(day) => Some(OpenFilter::OnDate(next(now.with_timezone(&directory.tz).date_naive(), day))),
    };
    let mut postcode_unknown = false;
    if let Some((latitude, longitude)) = asked.point {
        query.near = Some(Near { latitude, longitude, radius_m: f64::from(asked.within_km) * 1000.0 });
    } else if let Some(postcode) = &asked.postcode {
        match directory.postcodes.place(postcode) {
            Some((latitude, longitude)) => {
                query.near = Some(Near { latitude, longitude, radius_m: f64::from(asked.within_km) * 1000.0 })
            }
            None => postcode_unknown = true,
        }
    }
    let results = if postcode_unknown {
        bridges_signpost::Results { total: 0, hits: Vec::new() }
    } else {
        directory.index.search(&query, within.as_ref())
    };
    let cards = results
        .hits
        .iter()
        .filter_map(|hit| {
            let service = directory.dataset.get(Kind::Service, hit.service)?;
            Some(card(directory, service, hit.distance_m, hit.open_now))
        })
        .collect();
    let pages = results.total.div_ceil(PER_PAGE).max(1);
    Found { total: results.total, page: asked.page, pages, cards, postcode_unknown }
}

/// One service of `directory` in full (HSDS's shape), with whether it is open now.
pub fn service(services: &Services, directory: &Searchable, id: Uuid) -> Result<(Json, Option<bool>)> {
    let record = json::record_linked(&directory.dataset, &directory.links, Kind::Service, HsdsId(id))
        .ok_or(Error::Code(bridges_domain::ErrorCode::NotFound))?;
    let mut query = Query::new(directory.tz);
    query.now = Some(services.now());
    query.any_status = true;
    query.per_page = 1;
    let within = directory.index.set_of([HsdsId(id)]);
    let open_now = directory.index.search(&query, Some(&within)).hits.first().and_then(|h| h.open_now);
    Ok((record, open_now))
}

/// Where a postcode is, in a directory: see [`Postcodes`].
pub fn place_of(directory: &Searchable, postcode: &str) -> Option<(f64, f64)> {
    directory.postcodes.place(postcode)
}

/// The services at locations of `directory` near a postcode, each with its service: within
/// `proximity_m` metres of where the postcode is when a distance is given, else at places whose
/// address is in the same postcode district. None when no place in the directory has the postcode.
pub fn near_postcode(directory: &Searchable, postcode: &str, proximity_m: Option<f64>) -> Option<Vec<(Uuid, Uuid)>> {
    let (latitude, longitude) = directory.postcodes.place(postcode)?;
    let wanted = normal(postcode);
    let wanted = district(&wanted);
    let dataset = &directory.dataset;
    let mut districts: HashMap<HsdsId, Vec<String>> = HashMap::new();
    if proximity_m.is_none() {
        for address in dataset.of_kind(Kind::Address) {
            if let (Some(location), Some(code)) =
                (address.get("location_id").and_then(Value::as_id), text(address, "postal_code"))
            {
                districts.entry(location).or_default().push(district(&normal(code)).to_string());
            }
        }
    }
    let mut near = Vec::new();
    for sal in dataset.of_kind(Kind::ServiceAtLocation) {
        let (Some(service), Some(location)) =
            (sal.get("service_id").and_then(Value::as_id), sal.get("location_id").and_then(Value::as_id))
        else {
            continue;
        };
        let inside = match proximity_m {
            Some(metres) => dataset.get(Kind::Location, location).is_some_and(|place| {
                match (number(place, "latitude"), number(place, "longitude")) {
                    (Some(lat), Some(lon)) => {
                        bridges_signpost::index::haversine_m(latitude, longitude, lat, lon) <= metres
                    }
                    _ => false,
                }
            }),
            None => districts.get(&location).is_some_and(|places| places.iter().any(|d| d == wanted)),
        };
        if inside {
            near.push((sal.id().0, service.0));
        }
    }
    Some(near)
}

/// The next `day` from `today`, today included.
fn next(today: NaiveDate, day: Weekday) -> NaiveDate {
    let ahead = (7 + day.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    today + Duration::days(i64::from(ahead))
}

fn text<'a>(record: &'a Record, field: &str) -> Option<&'a str> {
    record.get(field).and_then(Value::as_text).map(str::trim).filter(|t| !t.is_empty())
}

fn number(record: &Record, field: &str) -> Option<f64> {
    record.get(field).and_then(Value::as_number).and_then(serde_json::Number::as_f64)
}

/// A postcode as compared: letters in upper case, no spaces.
fn normal(postcode: &str) -> String {
    postcode.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

/// Where postcodes are in a directory: the mean of its places with addresses at a postcode, else
/// (as UK postcodes' last three characters name a street) at its district; none when no place
/// has it. Worked out once per revision, so a search near a postcode looks it up.
#[derive(Default)]
struct Postcodes {
    exact: HashMap<String, (f64, f64, u32)>,
    district: HashMap<String, (f64, f64, u32)>,
}

/// A postcode's district: all but its last three characters.
fn district(normal: &str) -> &str {
    if normal.len() > 3 && normal.is_char_boundary(normal.len() - 3) {
        &normal[..normal.len() - 3]
    } else {
        normal
    }
}

impl Postcodes {
    fn of(dataset: &Dataset) -> Postcodes {
        let mut postcodes = Postcodes::default();
        for address in dataset.of_kind(Kind::Address) {
            let Some(code) = text(address, "postal_code").map(normal) else { continue };
            let Some(location) = address.get("location_id").and_then(Value::as_id) else { continue };
            let Some(place) = dataset.get(Kind::Location, location) else { continue };
            let (Some(lat), Some(lon)) = (number(place, "latitude"), number(place, "longitude")) else { continue };
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                continue;
            }
            for (map, key) in
                [(&mut postcodes.exact, code.clone()), (&mut postcodes.district, district(&code).to_string())]
            {
                let sum = map.entry(key).or_insert((0.0, 0.0, 0));
                *sum = (sum.0 + lat, sum.1 + lon, sum.2 + 1);
            }
        }
        postcodes
    }

    fn place(&self, postcode: &str) -> Option<(f64, f64)> {
        let code = normal(postcode);
        let (lat, lon, n) = self.exact.get(&code).or_else(|| self.district.get(district(&code)))?;
        Some((lat / f64::from(*n), lon / f64::from(*n)))
    }
}

/// Each service's first address, on one line: through its services at locations, in their
/// order, to the first of their places that has an address.
fn addresses(dataset: &Dataset) -> HashMap<HsdsId, String> {
    let mut of_place: HashMap<HsdsId, String> = HashMap::new();
    for address in dataset.of_kind(Kind::Address) {
        if let Some(location) = address.get("location_id").and_then(Value::as_id) {
            of_place.entry(location).or_insert_with(|| address_line(address));
        }
    }
    let mut of_service = HashMap::new();
    for sal in dataset.of_kind(Kind::ServiceAtLocation) {
        let service = sal.get("service_id").and_then(Value::as_id);
        let place = sal.get("location_id").and_then(Value::as_id).and_then(|l| of_place.get(&l));
        if let (Some(service), Some(place)) = (service, place) {
            of_service.entry(service).or_insert_with(|| place.clone());
        }
    }
    of_service
}

/// A service's card: its name, its organisation's, a summary and the address of its first place.
fn card(directory: &Searchable, service: &Record, distance_m: Option<f64>, open_now: Option<bool>) -> Card {
    let dataset = &directory.dataset;
    let organization = service
        .get("organization_id")
        .and_then(Value::as_id)
        .and_then(|id| dataset.get(Kind::Organization, id))
        .and_then(|o| text(o, "name"))
        .map(str::to_string);
    let description = text(service, "description").unwrap_or_default();
    let summary = match description.find(". ") {
        Some(end) if end < 240 => description[..=end].to_string(),
        _ => description.chars().take(240).collect(),
    };
    Card {
        id: service.id().0,
        name: text(service, "name").unwrap_or_default().to_string(),
        organization,
        summary,
        address: directory.addresses.get(&service.id()).cloned(),
        distance_m,
        open_now,
    }
}

/// An address on one line: street, town, postcode.
pub fn address_line(address: &Record) -> String {
    ["address_1", "address_2", "city", "postal_code"]
        .iter()
        .filter_map(|f| text(address, f))
        .collect::<Vec<_>>()
        .join(", ")
}
