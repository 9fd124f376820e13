//! Signpost's service directory: an organisation's HSDS records, written a whole import at a time
//! in one transaction (all of it or nothing) and read back in the order they were first given.
//!
//! The store does not know HSDS: a record arrives as its kind's name, its id, its fields as the
//! JSON text the engine wrote, and the links the application copied out of them for queries. A
//! directory is reached through a grant of its organisation, so another organisation's directory
//! is not found.

use crate::entity::{dir_record, directory};
use crate::error::{Result, StoreError};
use crate::{AuditEvent, Grant, Store};
use bridges_domain::policy::{ManageDirectory, ReadDirectory};
use bridges_domain::{AuditKind, DirectoryId, OrgId};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
};
use std::collections::HashSet;
use uuid::Uuid;

/// The HSDS link and reference fields a record's links are copied from, in the order of
/// [`DirectoryRecord::links`]: the columns a directory is queried by.
pub const LINK_COLUMNS: [&str; 12] = [
    "organization_id",
    "program_id",
    "service_id",
    "location_id",
    "service_at_location_id",
    "contact_id",
    "phone_id",
    "link_id",
    "taxonomy_term_id",
    "taxonomy_id",
    "parent_id",
    "resource_id",
];

/// Rows inserted by one statement: well under SQLite's and PostgreSQL's limits on bound values
/// (22 columns a row).
const INSERT_BATCH: usize = 500;

/// One HSDS record as the store keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryRecord {
    /// The HSDS object's name: `service`, `phone`, `service_at_location`…
    pub kind: String,
    pub id: Uuid,
    /// The record's value of each field of [`LINK_COLUMNS`], where it has one.
    pub links: [Option<Uuid>; 12],
    /// The kind `link_id` or `resource_id` points to, when it is known.
    pub link_kind: Option<String>,
    /// The record's name, for lists.
    pub name: Option<String>,
    /// Every HSDS field of the record, as a JSON object's text: the canonical copy.
    pub fields: String,
    /// When the store's copy was last written; none for a record not stored yet.
    pub changed_at: Option<DateTime<Utc>>,
}

/// An organisation's directory, without its records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDirectory {
    pub id: DirectoryId,
    pub org: OrgId,
    pub name: String,
    /// How many writes the directory has had.
    pub revision: i64,
    pub updated_at: DateTime<Utc>,
}

/// What an import did to the directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DirectoryWritten {
    pub directory: DirectoryId,
    /// Records new to the directory.
    pub created: usize,
    /// Records the directory held already (same kind and id), now replaced by the new copy.
    pub updated: usize,
}

fn directory_of(m: directory::Model) -> StoredDirectory {
    StoredDirectory {
        id: DirectoryId::from_uuid(m.id),
        org: OrgId::from_uuid(m.org_id),
        name: m.name,
        revision: m.revision,
        updated_at: m.updated_at,
    }
}

pub(crate) fn record_of(m: dir_record::Model) -> DirectoryRecord {
    let links = [
        m.organization_id,
        m.program_id,
        m.service_id,
        m.location_id,
        m.service_at_location_id,
        m.contact_id,
        m.phone_id,
        m.link_id,
        m.taxonomy_term_id,
        m.taxonomy_id,
        m.parent_id,
        m.resource_id,
    ];
    DirectoryRecord {
        kind: m.kind,
        id: m.id,
        links,
        link_kind: m.link_kind,
        name: m.name,
        fields: m.fields,
        changed_at: Some(m.changed_at),
    }
}

fn row_of(
    directory: DirectoryId,
    record: &DirectoryRecord,
    position: i64,
    now: DateTime<Utc>,
) -> dir_record::ActiveModel {
    let [organization_id, program_id, service_id, location_id, service_at_location_id, contact_id, phone_id, link_id, taxonomy_term_id, taxonomy_id, parent_id, resource_id] =
        record.links;
    dir_record::ActiveModel {
        directory_id: Set(directory.as_uuid()),
        kind: Set(record.kind.clone()),
        id: Set(record.id),
        organization_id: Set(organization_id),
        program_id: Set(program_id),
        service_id: Set(service_id),
        location_id: Set(location_id),
        service_at_location_id: Set(service_at_location_id),
        contact_id: Set(contact_id),
        phone_id: Set(phone_id),
        link_id: Set(link_id),
        taxonomy_term_id: Set(taxonomy_term_id),
        taxonomy_id: Set(taxonomy_id),
        parent_id: Set(parent_id),
        resource_id: Set(resource_id),
        link_kind: Set(record.link_kind.clone()),
        name: Set(record.name.clone()),
        fields: Set(record.fields.clone()),
        position: Set(position),
        changed_at: Set(now),
    }
}

impl Store {
    /// The organisation's directory, if it has one yet.
    pub async fn directory(&self, grant: &Grant<ReadDirectory>) -> Result<Option<StoredDirectory>> {
        Ok(directory::Entity::find()
            .filter(directory::Column::OrgId.eq(grant.org().as_uuid()))
            .one(&self.db)
            .await?
            .map(directory_of))
    }

    /// Every record of the directory, in the order they were first imported. A directory of
    /// another organisation is not found.
    pub async fn directory_records(
        &self,
        grant: &Grant<ReadDirectory>,
        directory: DirectoryId,
    ) -> Result<Vec<DirectoryRecord>> {
        self.own_directory(&self.db, grant.org(), directory).await?;
        self.in_order(dir_record::Entity::find().filter(dir_record::Column::DirectoryId.eq(directory.as_uuid()))).await
    }

    /// How many records of each kind the directory holds, by kind. A directory of another
    /// organisation is not found.
    pub async fn directory_counts(
        &self,
        grant: &Grant<ReadDirectory>,
        directory: DirectoryId,
    ) -> Result<std::collections::BTreeMap<String, u64>> {
        self.own_directory(&self.db, grant.org(), directory).await?;
        let rows: Vec<(String, i64)> = dir_record::Entity::find()
            .select_only()
            .column(dir_record::Column::Kind)
            .column_as(dir_record::Column::Id.count(), "n")
            .filter(dir_record::Column::DirectoryId.eq(directory.as_uuid()))
            .group_by(dir_record::Column::Kind)
            .into_tuple()
            .all(&self.db)
            .await?;
        Ok(rows.into_iter().map(|(kind, n)| (kind, u64::try_from(n).unwrap_or(0))).collect())
    }

    /// The records a query selects, in the order they were first imported.
    pub(crate) async fn in_order(&self, select: sea_orm::Select<dir_record::Entity>) -> Result<Vec<DirectoryRecord>> {
        Ok(select.order_by_asc(dir_record::Column::Position).all(&self.db).await?.into_iter().map(record_of).collect())
    }

    async fn own_directory(&self, db: &impl ConnectionTrait, org: OrgId, directory: DirectoryId) -> Result<()> {
        directory::Entity::find_by_id(directory.as_uuid())
            .filter(directory::Column::OrgId.eq(org.as_uuid()))
            .one(db)
            .await?
            .map(|_| ())
            .ok_or(StoreError::NotFound)
    }

    /// Writes an import into the organisation's directory (made here, named `name`, on its first
    /// import), all of it or nothing, in one transaction with its audit entry: a record whose kind
    /// and id the directory holds is replaced and keeps its place, a new one goes after the rest.
    /// Two records of one kind and id in `records` are a database error, and nothing is written.
    pub async fn import_directory(
        &self,
        grant: &Grant<ManageDirectory>,
        name: &str,
        records: &[DirectoryRecord],
        now: DateTime<Utc>,
    ) -> Result<DirectoryWritten> {
        let txn = self.db.begin().await?;
        let org = grant.org();
        let existing = directory::Entity::find().filter(directory::Column::OrgId.eq(org.as_uuid())).one(&txn).await?;
        let directory = match existing {
            Some(found) => DirectoryId::from_uuid(found.id),
            None => {
                let id = DirectoryId::new();
                directory::Entity::insert(directory::ActiveModel {
                    id: Set(id.as_uuid()),
                    org_id: Set(org.as_uuid()),
                    name: Set(name.to_string()),
                    revision: Set(0),
                    created_at: Set(now),
                    updated_at: Set(now),
                })
                .exec_without_returning(&txn)
                .await?;
                id
            }
        };
        // The first write of the transaction: on SQLite it takes the write lock before anything
        // below is read, so two imports into one directory cannot both place records at the end.
        directory::Entity::update_many()
            .col_expr(directory::Column::Revision, Expr::col(directory::Column::Revision).add(1))
            .col_expr(directory::Column::UpdatedAt, Expr::value(now))
            .filter(directory::Column::Id.eq(directory.as_uuid()))
            .exec(&txn)
            .await?;

        let held: HashSet<(String, Uuid)> = dir_record::Entity::find()
            .select_only()
            .column(dir_record::Column::Kind)
            .column(dir_record::Column::Id)
            .filter(dir_record::Column::DirectoryId.eq(directory.as_uuid()))
            .into_tuple::<(String, Uuid)>()
            .all(&txn)
            .await?
            .into_iter()
            .collect();
        let last: Option<i64> = dir_record::Entity::find()
            .select_only()
            .column_as(dir_record::Column::Position.max(), "last")
            .filter(dir_record::Column::DirectoryId.eq(directory.as_uuid()))
            .into_tuple::<Option<i64>>()
            .one(&txn)
            .await?
            .flatten();
        let mut next = last.map_or(0, |p| p + 1);

        let mut created = Vec::new();
        let mut updated = 0;
        for record in records {
            if held.contains(&(record.kind.clone(), record.id)) {
                let mut row = row_of(directory, record, 0, now);
                row.position = sea_orm::ActiveValue::NotSet;
                dir_record::Entity::update(row).exec(&txn).await?;
                updated += 1;
            } else {
                created.push(row_of(directory, record, next, now));
                next += 1;
            }
        }
        let created_count = created.len();
        let mut rows = created.into_iter().peekable();
        while rows.peek().is_some() {
            let batch: Vec<_> = rows.by_ref().take(INSERT_BATCH).collect();
            dir_record::Entity::insert_many(batch).exec_without_returning(&txn).await?;
        }

        let event =
            AuditEvent::new(AuditKind::DirectoryImported).org(org).actor(grant.user()).detail(serde_json::json!({
                "directory": directory.to_string(),
                "records": records.len(),
                "created": created_count,
                "updated": updated,
            }));
        Self::record_in(&txn, event, now).await?;
        txn.commit().await?;
        Ok(DirectoryWritten { directory, created: created_count, updated })
    }
}
