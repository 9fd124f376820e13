//! The HSDS read API (HSDA) over a published directory: one record in full by kind and id, or a
//! page of a kind's records in the page envelope HSDA names. A record in full is gathered from the
//! store by walking the engine's nesting from it (its children by their links, its nested objects
//! by its own), so only what the record shows is read, never the whole directory; the engine then
//! writes it as it writes an export.

use super::directory::dataset;
use crate::{off_the_workers, Error, Result, Services};
use bridges_signpost::{json, HsdsId, Kind};
use bridges_store::{DirectoryRecord, PublishedDirectory, RecordFilter, Store};
use serde_json::Value as Json;
use std::collections::HashSet;
use uuid::Uuid;

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

/// The directory published under `key`: not found when there is none, or it was taken down.
pub async fn published(services: &Services, key: &str) -> Result<PublishedDirectory> {
    Ok(services.store().published_directory(key).await?)
}

/// One record in full, as HSDA serves it by id.
pub async fn record(services: &Services, key: &str, kind: Kind, id: Uuid) -> Result<Json> {
    let store = services.store();
    let dir = store.published_directory(key).await?;
    let top = store.published_record(&dir, kind.name(), id).await?;
    written(store, &dir, top, Depth::Full).await
}

/// A page of the records of `kind` a filter lets through, `per_page` of them, `page` from 1.
pub async fn list(
    services: &Services,
    key: &str,
    kind: Kind,
    filter: &RecordFilter,
    page: u64,
    per_page: u64,
    shape: Shape,
) -> Result<Page> {
    let store = services.store();
    let dir = store.published_directory(key).await?;
    let page = page.max(1);
    let per_page = per_page.max(1);
    let offset = (page - 1).saturating_mul(per_page);
    let found = store.published_records(&dir, kind.name(), filter, offset, per_page).await?;
    let mut contents = Vec::with_capacity(found.records.len());
    for record in found.records {
        contents.push(match shape {
            Shape::Full => written(store, &dir, record, Depth::Full).await?,
            Shape::Brief => written(store, &dir, record, Depth::Brief).await?,
            Shape::Minimal => serde_json::json!({ "id": record.id }),
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
                    .published_linked(dir, nested.link, &[record.id])
                    .await?
                    .into_iter()
                    .filter(|c| c.kind == nested.kind.name())
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
            let served = record(&services, &key, kind, id_of(&expected)).await.unwrap();
            assert_eq!(normalise(&served), normalise(&expected), "{file}");
        }
        let unknown = record(&services, &"0".repeat(32), Kind::Service, Uuid::nil()).await;
        assert!(matches!(unknown, Err(Error::Code(bridges_domain::ErrorCode::NotFound))));
    }

    #[tokio::test]
    async fn lists_page_as_hsda_counts() {
        let (_folder, services, key) = published_example().await;
        let all = RecordFilter::default();
        for (kind, file) in [
            (Kind::Service, "service_list.json"),
            (Kind::Organization, "organization_list.json"),
            (Kind::ServiceAtLocation, "service_at_location_list.json"),
            (Kind::TaxonomyTerm, "taxonomy_term_list.json"),
            (Kind::Taxonomy, "taxonomy_list.json"),
        ] {
            let page = list(&services, &key, kind, &all, 1, 10, Shape::Brief).await.unwrap();
            assert_eq!(normalise(&page.contents[0]), normalise(&example(file)["contents"][0]), "{file}");
        }
        let page = list(&services, &key, Kind::Service, &all, 1, 1, Shape::Full).await.unwrap();
        assert_eq!((page.total_items, page.total_pages, page.page_number, page.size), (1, 1, 1, 1));
        assert!(page.first_page && page.last_page && !page.empty);
        assert_eq!(normalise(&page.contents[0]), normalise(&example("service_full.json")));
        let past = list(&services, &key, Kind::Service, &all, 2, 1, Shape::Minimal).await.unwrap();
        assert_eq!(
            (past.total_items, past.total_pages, past.size, past.first_page, past.empty),
            (1, 1, 0, false, true)
        );
    }
}
