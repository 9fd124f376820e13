//! The HSDS read API (HSDA) over a published directory: one record in full by kind and id, or a
//! page of a kind's records in the page envelope HSDA names. A record in full is gathered from the
//! store by walking the engine's nesting from it (its children by their links, its nested objects
//! by its own), so only what the record shows is read, never the whole directory; the engine then
//! writes it as it writes an export.

use super::directory::dataset;
use crate::{off_the_workers, Error, Result, Services};
use bridges_domain::ValidationErrors;
use bridges_signpost::{json, HsdsId, Kind};
use bridges_store::{DirectoryRecord, PublishedDirectory, RecordFilter, Store};
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::Value as Json;
use std::collections::HashSet;
use uuid::Uuid;

/// Records a page holds unless asked otherwise.
pub const PER_PAGE: u64 = 50;
/// The most records a page holds: of their list shape, or their ids.
pub const MAX_PER_PAGE: u64 = 1000;
/// The most records in full a page holds: each is gathered from many rows.
pub const MAX_FULL_PER_PAGE: u64 = 100;
/// The last page anyone may ask for, so that no offset overflows.
const MAX_PAGE: u64 = 1_000_000;

/// One page of a list, in HSDA's envelope.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub total_items: u64,
    pub total_pages: u64,
    /// From 1.
    pub page_number: u64,
    /// How many records this page holds.
    pub size: u64,
    pub first_page: bool,
    pub last_page: bool,
    pub empty: bool,
    pub contents: Vec<Json>,
}

/// How much of each listed record a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// The record in full, as by its id.
    Full,
    /// The record with the single objects it nests (a service's `organization` and `program`, a
    /// service at location's `service` and `location`), and theirs, but no arrays: HSDA's list
    /// shape.
    Brief,
    /// Its `id` alone (HSDA's `minimal`).
    Minimal,
}

/// What a list of the read API was asked for, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListQuery {
    pub filter: RecordFilter,
    pub page: u64,
    pub per_page: u64,
    pub shape: Shape,
    /// An organisation in full shows its services in full too (HSDA's `full_service`), not in
    /// their list shape.
    pub full_services: bool,
    /// Near a postcode (HSDA's `postcode`), within this many metres of it (`proximity`) or, with
    /// no distance, in its district.
    pub near: Option<(String, Option<f64>)>,
}

/// The most records a search near a postcode may find before it must be narrowed.
const MAX_NEAR: usize = 20_000;

/// The parameters HSDA gives a list of `kind`, read from `get` and checked: a value that does not
/// parse is named with its field, never read as "no filter". Parameters HSDA does not give this
/// list are not read. A postcode is placed where the directory's own addresses with it are.
pub fn parse_list(kind: Kind, get: impl Fn(&str) -> String) -> std::result::Result<ListQuery, ValidationErrors> {
    let mut e = ValidationErrors::new();
    let text = |field: &str| Some(get(field).trim().to_string()).filter(|t| !t.is_empty());
    let id = |e: &mut ValidationErrors, field: &'static str| {
        text(field).and_then(|t| Uuid::parse_str(&t).map_err(|_| e.add(field, "id-invalid")).ok())
    };
    let yes = |e: &mut ValidationErrors, field: &'static str| match text(field).as_deref() {
        None | Some("false") => false,
        Some("true") => true,
        Some(_) => {
            e.add(field, "boolean-invalid");
            false
        }
    };
    let mut filter = RecordFilter { search: text("search"), ..RecordFilter::default() };
    let (mut full, mut minimal, mut full_services, mut near) = (false, false, false, None);
    match kind {
        Kind::Service | Kind::ServiceAtLocation => {
            filter.taxonomy_term = id(&mut e, "taxonomy_term_id");
            filter.taxonomy = id(&mut e, "taxonomy_id");
            filter.organization = id(&mut e, "organization_id");
            filter.modified_after = text("modified_after").and_then(|t| {
                let at = moment(&t);
                if at.is_none() {
                    e.add("modified_after", "date-time-invalid");
                }
                at
            });
            full = yes(&mut e, "full");
            if kind == Kind::Service {
                minimal = yes(&mut e, "minimal");
            }
            let postcode = text("postcode");
            if postcode.as_ref().is_some_and(|p| {
                p.chars().count() > 16 || !p.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
            }) {
                e.add("postcode", "postcode-invalid");
            }
            let proximity = text("proximity").and_then(|t| {
                let metres = t.parse::<f64>().ok().filter(|m| m.is_finite() && (0.0..=1_000_000.0).contains(m));
                if metres.is_none() {
                    e.add("proximity", "proximity-invalid");
                }
                metres
            });
            if proximity.is_some() && postcode.is_none() {
                e.add("postcode", "postcode-needed");
            }
            near = postcode.map(|p| (p, proximity));
        }
        Kind::Organization => {
            full = yes(&mut e, "full");
            full_services = yes(&mut e, "full_service");
        }
        Kind::TaxonomyTerm => {
            filter.taxonomy = id(&mut e, "taxonomy_id");
            filter.parent = id(&mut e, "parent_id");
            filter.top_only = yes(&mut e, "top_only");
        }
        _ => {}
    }
    if text("format").is_some_and(|f| f != "json") {
        e.add("format", "format-invalid");
    }
    let shape = if minimal {
        Shape::Minimal
    } else if full {
        Shape::Full
    } else {
        Shape::Brief
    };
    let whole = |e: &mut ValidationErrors, field: &'static str, code: &'static str, max: u64| {
        text(field).and_then(|t| {
            let n = t.parse::<u64>().ok().filter(|n| (1..=max).contains(n));
            if n.is_none() {
                e.add(field, code);
            }
            n
        })
    };
    let page = whole(&mut e, "page", "page-invalid", MAX_PAGE).unwrap_or(1);
    let per_page = if shape == Shape::Full {
        whole(&mut e, "per_page", "per-page-full-invalid", MAX_FULL_PER_PAGE)
    } else {
        whole(&mut e, "per_page", "per-page-invalid", MAX_PER_PAGE)
    };
    let query = ListQuery { filter, page, per_page: per_page.unwrap_or(PER_PAGE), shape, full_services, near };
    e.into_result().map(|()| query)
}

/// Whether an organisation by id shows its services in full (HSDA's `full_service`), checked as
/// the lists check it.
pub fn parse_full_service(get: impl Fn(&str) -> String) -> std::result::Result<bool, ValidationErrors> {
    parse_list(Kind::Organization, get).map(|query| query.full_services)
}

/// A moment given as an RFC 3339 date-time, or a date (its start, in UTC).
fn moment(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text).map(|t| t.with_timezone(&Utc)).ok().or_else(|| {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().and_then(|d| d.and_hms_opt(0, 0, 0)).map(|t| t.and_utc())
    })
}

/// The directory published under `key`: not found when there is none, or it was taken down.
pub async fn published(services: &Services, key: &str) -> Result<PublishedDirectory> {
    Ok(services.store().published_directory(key).await?)
}

/// One record in full, as HSDA serves it by id; an organisation's services in full too only when
/// `full_services`.
pub async fn record(services: &Services, key: &str, kind: Kind, id: Uuid, full_services: bool) -> Result<Json> {
    let store = services.store();
    let dir = store.published_directory(key).await?;
    let top = store.published_record(&dir, kind.name(), id).await?;
    let mut written = written(store, &dir, top, Depth::Full).await?;
    if !full_services {
        services_listed(&mut written);
    }
    Ok(written)
}

/// An organisation's services in their list shape.
fn services_listed(organization: &mut Json) {
    if let Some(Json::Array(services)) = organization.get_mut("services") {
        services.iter_mut().for_each(without_arrays);
    }
}

/// A page of the records of `kind` a filter lets through, `per_page` of them, `page` from 1.
pub async fn list(services: &Services, key: &str, kind: Kind, query: &ListQuery) -> Result<Page> {
    let store = services.store();
    let dir = store.published_directory(key).await?;
    let page = query.page.max(1);
    let per_page = query.per_page.max(1);
    let offset = (page - 1).saturating_mul(per_page);
    let mut filter = query.filter.clone();
    if let Some((postcode, proximity)) = &query.near {
        let directory = super::finding::searchable(services, key).await?;
        let near = super::finding::near_postcode(&directory, postcode, *proximity).unwrap_or_default();
        let mut ids: Vec<Uuid> =
            near.into_iter().map(|(sal, service)| if kind == Kind::Service { service } else { sal }).collect();
        ids.sort_unstable();
        ids.dedup();
        if ids.len() > MAX_NEAR {
            return Err(Error::Invalid(ValidationErrors::single("proximity", "proximity-too-wide")));
        }
        filter.ids = Some(ids);
    }
    let found = store.published_records(&dir, kind.name(), &filter, offset, per_page).await?;
    let mut contents = Vec::with_capacity(found.records.len());
    for record in found.records {
        contents.push(match query.shape {
            Shape::Full => {
                let mut full = written(store, &dir, record, Depth::Full).await?;
                if !query.full_services {
                    services_listed(&mut full);
                }
                full
            }
            Shape::Brief => written(store, &dir, record, Depth::Brief).await?,
            // HSDA's "modified_date": when our copy last changed, which `modified_after` compares.
            Shape::Minimal => serde_json::json!({
                "id": record.id,
                "modified_date": record.changed_at.map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
            }),
        });
    }
    let total_pages = found.total.div_ceil(per_page);
    Ok(Page {
        total_items: found.total,
        total_pages,
        page_number: page,
        size: contents.len() as u64,
        first_page: page == 1,
        last_page: page >= total_pages,
        empty: contents.is_empty(),
        contents,
    })
}

/// How deep a record is written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Depth {
    /// Everything it nests.
    Full,
    /// Its single nested objects, and theirs, but no arrays.
    Brief,
}

/// The record as deep as asked, read from the store by the engine's nesting and written by it.
async fn written(store: &Store, dir: &PublishedDirectory, top: DirectoryRecord, depth: Depth) -> Result<Json> {
    let kind = Kind::from_name(&top.kind)
        .ok_or_else(|| Error::Internal(format!("directory record of unknown kind {}", top.kind)))?;
    let id = top.id;
    let rows = gather(store, dir, top, depth).await?;
    off_the_workers(move || {
        let dataset = dataset(rows)?;
        let mut written =
            json::record(&dataset, kind, HsdsId(id)).ok_or(Error::Internal(format!("record {id} not gathered")))?;
        if depth == Depth::Brief {
            // Records gathered for one object nest in each other too (an organization its
            // program): the brief shape has no arrays at all.
            without_arrays(&mut written);
        }
        Ok(written)
    })
    .await?
}

fn without_arrays(value: &mut Json) {
    if let Json::Object(members) = value {
        members.retain(|_, v| !v.is_array());
        members.values_mut().for_each(without_arrays);
    }
}

/// The records a full record nests, walked as the engine's writer walks them: an array's children
/// by their link to the record, a single object by the record's link to it; the shapes HSDA adds
/// at the top (`organization.services`) only there, and never back to where the walk came from.
/// Brief, only the top record's single nested objects are read, and nothing below them.
async fn gather(
    store: &Store,
    dir: &PublishedDirectory,
    top: DirectoryRecord,
    depth: Depth,
) -> Result<Vec<DirectoryRecord>> {
    let mut kept: HashSet<(String, Uuid)> = HashSet::new();
    let mut walked: HashSet<(String, Uuid, Option<Kind>)> = HashSet::new();
    let mut rows = Vec::new();
    let mut todo = vec![(top, true, None::<Kind>)];
    while let Some((record, top, back_to)) = todo.pop() {
        let Some(kind) = Kind::from_name(&record.kind) else { continue };
        if !walked.insert((record.kind.clone(), record.id, back_to)) {
            continue;
        }
        let fields: serde_json::Map<String, Json> = serde_json::from_str(&record.fields).unwrap_or_default();
        for nested in kind.object().nested {
            let brief = depth == Depth::Brief && nested.many;
            if (nested.compiled && !top) || back_to == Some(nested.kind) || brief {
                continue;
            }
            let child_back_to = nested.compiled.then_some(kind);
            let children = if nested.many {
                store
                    .published_linked(dir, nested.kind.name(), nested.link, &[record.id])
                    .await?
                    .into_iter()
                    // A link naming its target's kind (attribute.link_id) points here only when
                    // it names this kind.
                    .filter(|c| c.link_kind.as_deref().is_none_or(|k| k == kind.name()))
                    .collect()
            } else {
                let target = fields.get(nested.link).and_then(Json::as_str).and_then(|s| Uuid::parse_str(s).ok());
                match target {
                    Some(target) => match store.published_record(dir, nested.kind.name(), target).await {
                        Ok(child) => vec![child],
                        Err(bridges_store::StoreError::NotFound) => Vec::new(),
                        Err(other) => return Err(other.into()),
                    },
                    None => Vec::new(),
                }
            };
            todo.extend(children.into_iter().map(|c| (c, false, child_back_to)));
        }
        if kept.insert((record.kind.clone(), record.id)) {
            rows.push(record);
        }
    }
    Ok(rows)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    //! The official examples (read in place) imported and published come back by id equal to the
    //! official full records; lists page as HSDA counts.

    use super::*;
    use crate::signpost::{directory, publishing};
    use bridges_domain::policy::ManageDirectory;
    use bridges_domain::{CountryCode, DisplayName, Email, Language, OrgName, PasswordHash, SystemClock, TimeZoneName};
    use bridges_signpost::json::normalise;
    use bridges_store::{NewOrganisation, NewUser};
    use std::path::{Path, PathBuf};
    use std::sync::Arc;

    fn example(name: &str) -> Json {
        let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/hsds/examples");
        let folder = if here.is_dir() { here } else { PathBuf::from("/work/shared/hsds/examples") };
        serde_json::from_slice(&std::fs::read(folder.join(name)).unwrap()).unwrap()
    }

    async fn published_example() -> (tempfile::TempDir, Services, String) {
        let folder = tempfile::tempdir().unwrap();
        let store = Store::open_sqlite(folder.path()).await.unwrap();
        store.migrate().await.unwrap();
        let services = Services::new(store, Arc::new(SystemClock));
        let store = services.store();
        let user = NewUser {
            email: Email::parse("olga@example.org").unwrap(),
            display_name: DisplayName::parse("Olga").unwrap(),
            password_hash: PasswordHash::from_stored("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".into()),
            language: None,
        };
        let user = store.create_user(&user, services.now()).await.unwrap();
        let org = NewOrganisation {
            name: OrgName::parse("Bridges Malmö").unwrap(),
            country: CountryCode::parse("SE").unwrap(),
            language: Language::parse("en").unwrap(),
            time_zone: TimeZoneName::parse("Europe/Stockholm").unwrap(),
        };
        let owner = store.create_org(&org, user, services.now()).await.unwrap();
        let grant = owner.grant::<ManageDirectory>().unwrap();
        let bytes = serde_json::to_vec(&example("service_full.json")).unwrap();
        directory::import(&services, &grant, directory::Source::Json(bytes)).await.unwrap().unwrap();
        let key = publishing::set_published(&services, &grant, true).await.unwrap().key;
        (folder, services, key)
    }

    fn id_of(value: &Json) -> Uuid {
        Uuid::parse_str(value["id"].as_str().unwrap()).unwrap()
    }

    #[tokio::test]
    async fn records_by_id_are_the_official_full_records() {
        let (_folder, services, key) = published_example().await;
        for (kind, file) in [
            (Kind::Service, "service_full.json"),
            (Kind::Organization, "organization_full.json"),
            (Kind::ServiceAtLocation, "service_at_location_full.json"),
            (Kind::TaxonomyTerm, "taxonomy_term.json"),
            (Kind::Taxonomy, "taxonomy.json"),
        ] {
            let expected = example(file);
            let served = record(&services, &key, kind, id_of(&expected), true).await.unwrap();
            assert_eq!(normalise(&served), normalise(&expected), "{file}");
        }
        let unknown = record(&services, &"0".repeat(32), Kind::Service, Uuid::nil(), false).await;
        assert!(matches!(unknown, Err(Error::Code(bridges_domain::ErrorCode::NotFound))));
    }

    #[tokio::test]
    async fn lists_page_as_hsda_counts() {
        let (_folder, services, key) = published_example().await;
        let asked = |shape: Shape, page: u64, per_page: u64| ListQuery {
            filter: RecordFilter::default(),
            page,
            per_page,
            shape,
            full_services: true,
            near: None,
        };
        for (kind, file) in [
            (Kind::Service, "service_list.json"),
            (Kind::Organization, "organization_list.json"),
            (Kind::ServiceAtLocation, "service_at_location_list.json"),
            (Kind::TaxonomyTerm, "taxonomy_term_list.json"),
            (Kind::Taxonomy, "taxonomy_list.json"),
        ] {
            let page = list(&services, &key, kind, &asked(Shape::Brief, 1, 10)).await.unwrap();
            assert_eq!(normalise(&page.contents[0]), normalise(&example(file)["contents"][0]), "{file}");
        }
        let page = list(&services, &key, Kind::Service, &asked(Shape::Full, 1, 1)).await.unwrap();
        assert_eq!((page.total_items, page.total_pages, page.page_number, page.size), (1, 1, 1, 1));
        assert!(page.first_page && page.last_page && !page.empty);
        assert_eq!(normalise(&page.contents[0]), normalise(&example("service_full.json")));
        let past = list(&services, &key, Kind::Service, &asked(Shape::Minimal, 2, 1)).await.unwrap();
        assert_eq!(
            (past.total_items, past.total_pages, past.size, past.first_page, past.empty),
            (1, 1, 0, false, true)
        );
    }

    #[tokio::test]
    async fn an_organisation_lists_its_services_unless_asked_for_them_in_full() {
        let (_folder, services, key) = published_example().await;
        let expected = example("organization_full.json");
        let served = record(&services, &key, Kind::Organization, id_of(&expected), false).await.unwrap();
        let listed = &served["services"][0];
        assert_eq!(listed["id"], expected["services"][0]["id"]);
        assert!(listed.as_object().unwrap().values().all(|v| !v.is_array()), "{listed}");
        assert!(expected["services"][0].as_object().unwrap().values().any(Json::is_array));
    }

    #[tokio::test]
    async fn filters_narrow_and_minimal_pages_say_when_each_record_changed() {
        let (_folder, services, key) = published_example().await;
        let service = example("service_full.json");
        let term = &service["attributes"][0]["taxonomy_term"];
        let query = |pairs: &[(&str, String)], kind: Kind| {
            let pairs: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
            parse_list(kind, |k| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default())
                .unwrap()
        };
        let count = |q: ListQuery, kind: Kind| {
            let services = &services;
            let key = &key;
            async move { list(services, key, kind, &q).await.unwrap().total_items }
        };
        let text = |v: &Json| v.as_str().unwrap().to_string();
        let org = text(&service["organization"]["id"]);
        let other = Uuid::new_v4().to_string();
        for kind in [Kind::Service, Kind::ServiceAtLocation] {
            assert_eq!(count(query(&[("organization_id", org.clone())], kind), kind).await, 1, "{kind:?}");
            assert_eq!(count(query(&[("organization_id", other.clone())], kind), kind).await, 0, "{kind:?}");
            assert_eq!(count(query(&[("taxonomy_term_id", text(&term["id"]))], kind), kind).await, 1);
            assert_eq!(count(query(&[("taxonomy_term_id", other.clone())], kind), kind).await, 0);
            assert_eq!(count(query(&[("taxonomy_id", text(&term["taxonomy_detail"]["id"]))], kind), kind).await, 1);
            assert_eq!(count(query(&[("taxonomy_id", other.clone())], kind), kind).await, 0);
            assert_eq!(count(query(&[("modified_after", "2000-01-01".into())], kind), kind).await, 1);
            assert_eq!(count(query(&[("modified_after", "2999-01-01T00:00:00Z".into())], kind), kind).await, 0);
        }
        let terms = |pairs: &[(&str, String)]| query(pairs, Kind::TaxonomyTerm);
        assert_eq!(count(terms(&[("taxonomy_id", text(&term["taxonomy_detail"]["id"]))]), Kind::TaxonomyTerm).await, 1);
        assert_eq!(count(terms(&[("taxonomy_id", other.clone())]), Kind::TaxonomyTerm).await, 0);
        assert_eq!(
            count(terms(&[("top_only", "true".into())]), Kind::TaxonomyTerm).await,
            0,
            "the example's term has a parent"
        );
        assert_eq!(count(terms(&[("parent_id", text(&term["parent_id"]))]), Kind::TaxonomyTerm).await, 1);
        let minimal =
            list(&services, &key, Kind::Service, &query(&[("minimal", "true".into())], Kind::Service)).await.unwrap();
        let item = minimal.contents[0].as_object().unwrap();
        assert_eq!(item.keys().collect::<Vec<_>>(), ["id", "modified_date"]);
        assert!(DateTime::parse_from_rfc3339(item["modified_date"].as_str().unwrap()).is_ok());
    }

    #[test]
    fn every_parameter_that_does_not_parse_is_named() {
        let asked = [
            ("page", "0"),
            ("per_page", "1001"),
            ("taxonomy_term_id", "legal"),
            ("taxonomy_id", "x"),
            ("organization_id", "1"),
            ("modified_after", "yesterday"),
            ("full", "yes"),
            ("minimal", "1"),
            ("format", "ndjson"),
        ];
        let get = |k: &str| asked.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string()).unwrap_or_default();
        let named: Vec<String> =
            parse_list(Kind::Service, get).unwrap_err().iter().map(|e| e.field.to_string()).collect();
        let mut expected: Vec<String> = asked.iter().map(|(k, _)| k.to_string()).collect();
        let mut named = named;
        named.sort();
        expected.sort();
        assert_eq!(named, expected);
        let full = |k: &str| match k {
            "full" => "true".to_string(),
            "per_page" => "101".to_string(),
            _ => String::new(),
        };
        assert!(parse_list(Kind::Service, full).is_err(), "a hundred records in full at most");
        let near = |k: &str| if k == "proximity" { "500".to_string() } else { String::new() };
        assert!(parse_list(Kind::ServiceAtLocation, near).is_err(), "a distance from no postcode");
        let plain = parse_list(Kind::Taxonomy, |_| String::new()).unwrap();
        assert_eq!((plain.page, plain.per_page, plain.shape), (1, PER_PAGE, Shape::Brief));
        let ignored = parse_list(Kind::Taxonomy, |k| if k == "organization_id" { "x".into() } else { String::new() });
        assert!(ignored.is_ok(), "a parameter HSDA does not give a list is not read");
    }
}
