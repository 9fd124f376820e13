//! The directory in and out. An import is read by the engine off the async workers, refused whole
//! on any problem (each named by its JSON path or CSV file and line), and otherwise written in one
//! transaction with its audit entry; the directory is made on the first one. An export reads the
//! records back into the engine's dataset, so what it writes is what the engine writes from an
//! import: the same records, in the same order, with the same links.

use crate::{off_the_workers, Error, Result, Services};
use bridges_domain::policy::{ManageDirectory, ReadDirectory};
use bridges_sheet::Limits;
use bridges_signpost::package::{self, About};
use bridges_signpost::{json, Dataset, HsdsId, Kind, Problem, Problems, Record, SignpostError, Value};
use bridges_store::{DirectoryPublication, DirectoryRecord, Grant, StoredDirectory, LINK_COLUMNS};
use serde_json::Value as Json;
use std::collections::BTreeMap;

/// Hands over a file of a CSV data package by its path in the package, if there is one.
pub type PackageFile = Box<dyn Fn(&str) -> Option<Vec<u8>> + Send>;

/// Where an import's HSDS data comes from.
pub enum Source {
    /// A JSON document: one full service record, an array of them, or a full organization record.
    Json(Vec<u8>),
    /// A CSV data package, read through a function that hands over a file's bytes by its path in
    /// the package (a folder for the command line, an archive for an upload), within `limits`.
    Package { file: PackageFile, limits: Limits },
}

/// What an import wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub services: usize,
    pub organizations: usize,
    pub locations: usize,
    /// Records of every kind.
    pub records: usize,
    /// Records new to the directory, and records it held already (same kind and id), replaced.
    pub created: usize,
    pub updated: usize,
    /// What was worth a warning: the first ones, and how many in all.
    pub warnings: Problems,
}

/// What one import did: what it wrote, or every problem of the data (and nothing written).
pub type Imported = std::result::Result<Summary, Problems>;

/// The directory written out: `services.json` (an array of full service records) and the CSV data
/// package's files, each with its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    /// How many services `services_json` holds.
    pub services: usize,
    pub services_json: Vec<u8>,
    pub package: Vec<(String, Vec<u8>)>,
}

/// The directory as its organisation's page shows it: none before the first import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    pub directory: Option<StoredDirectory>,
    /// How many records of each kind it holds.
    pub counts: BTreeMap<String, u64>,
    pub publication: Option<DirectoryPublication>,
}

impl Overview {
    /// How many records of `kind` the directory holds.
    pub fn count(&self, kind: Kind) -> u64 {
        self.counts.get(kind.name()).copied().unwrap_or(0)
    }
}

/// The organisation's directory: what it holds and whether it is published.
pub async fn overview(services: &Services, grant: &Grant<ReadDirectory>) -> Result<Overview> {
    let store = services.store();
    let Some(directory) = store.directory(grant).await? else {
        return Ok(Overview { directory: None, counts: BTreeMap::new(), publication: None });
    };
    let counts = store.directory_counts(grant, directory.id).await?;
    let publication = store.directory_publication(grant).await?;
    Ok(Overview { directory: Some(directory), counts, publication })
}

/// Imports HSDS data into the organisation's directory: all of it, or nothing and its problems.
pub async fn import(services: &Services, grant: &Grant<ManageDirectory>, source: Source) -> Result<Imported> {
    let read = off_the_workers(move || {
        let read = match source {
            Source::Json(bytes) => json::read(&bytes),
            Source::Package { file, limits } => package::read(file, &limits),
        }?;
        let records: Vec<DirectoryRecord> = read.dataset.records().iter().map(stored).collect();
        let count = |kind| read.dataset.of_kind(kind).count();
        let counts = (count(Kind::Service), count(Kind::Organization), count(Kind::Location));
        Ok::<_, SignpostError>((records, counts, read.warnings))
    })
    .await?;
    let (records, (services_n, organizations, locations), warnings) = match read {
        Ok(read) => read,
        Err(SignpostError::Invalid(problems)) => return Ok(Err(problems)),
        Err(other) => return Err(Error::Internal(other.to_string())),
    };
    let store = services.store();
    let org = store.org(grant.org()).await?;
    let written = store.import_directory(grant, org.name.as_str(), &records, services.now()).await?;
    Ok(Ok(Summary {
        services: services_n,
        organizations,
        locations,
        records: records.len(),
        created: written.created,
        updated: written.updated,
        warnings,
    }))
}

/// The organisation's directory as HSDS: empty before its first import.
pub async fn export(services: &Services, grant: &Grant<ReadDirectory>) -> Result<Export> {
    let store = services.store();
    let (name, rows) = match store.directory(grant).await? {
        Some(directory) => (directory.name, store.directory_records(grant, directory.id).await?),
        None => (store.org(grant.org()).await?.name.as_str().to_string(), Vec::new()),
    };
    off_the_workers(move || {
        let dataset = dataset(rows)?;
        let full = json::services(&dataset);
        let services_json =
            serde_json::to_vec_pretty(&full).map_err(|e| Error::Internal(format!("services.json: {e}")))?;
        let about = About { name: "bridges-directory".to_string(), title: name, licence: None };
        Ok(Export { services: full.len(), services_json, package: package::write(&dataset, &about) })
    })
    .await?
}

/// A record as the store keeps it: its fields as the engine writes them flat (but its id, which
/// is a column), with its links copied out for queries.
fn stored(record: &Record) -> DirectoryRecord {
    let mut fields = json::flat(record);
    if let Json::Object(members) = &mut fields {
        members.remove("id");
    }
    DirectoryRecord {
        kind: record.kind().name().to_string(),
        id: record.id().0,
        links: LINK_COLUMNS.map(|field| record.get(field).and_then(Value::as_id).map(|id| id.0)),
        link_kind: record.link_kind().map(|kind| kind.name().to_string()),
        name: record.get("name").and_then(Value::as_text).map(str::to_string),
        fields: fields.to_string(),
        changed_at: None,
    }
}

/// The engine's dataset from the stored records, in their order. What the store holds was written
/// by [`stored`], so anything it cannot read back is a fault of the installation.
pub(crate) fn dataset(rows: Vec<DirectoryRecord>) -> Result<Dataset> {
    let corrupt = |row: &DirectoryRecord, why: String| {
        Error::Internal(format!("directory record {} {}: {why}", row.kind, row.id))
    };
    let mut dataset = Dataset::new();
    for row in rows {
        let kind = Kind::from_name(&row.kind).ok_or_else(|| corrupt(&row, "unknown kind".into()))?;
        let fields = match serde_json::from_str(&row.fields) {
            Ok(Json::Object(fields)) => fields,
            _ => return Err(corrupt(&row, "fields are not a JSON object".into())),
        };
        let mut record = json::from_flat(kind, HsdsId(row.id), &fields).map_err(|e| {
            let problems: Vec<String> = e.problems().iter().map(Problem::to_string).collect();
            corrupt(&row, problems.join("; "))
        })?;
        record.set_link_kind(row.link_kind.as_deref().and_then(Kind::from_name));
        dataset.insert(record).map_err(|_| corrupt(&row, "stored twice".into()))?;
    }
    Ok(dataset)
}
