//! Signpost's directory published for other Open Referral tools to read (the HSDS read API),
//! opt-in, found by a random key: never the directory's id, so one published directory tells
//! nothing of the others. Unpublishing keeps the key, so a link shared before works again when the
//! directory is published again. The published directory is reached through its key alone, which
//! [`PublishedDirectory`] stands for: the store makes one only for a key published now.

use crate::directory::record_of;
use crate::entity::{dir_record, directory, directory_publication};
use crate::error::{Result, StoreError};
use crate::{AuditEvent, DirectoryRecord, Grant, Store};
use bridges_domain::policy::{ManageDirectory, ReadDirectory};
use bridges_domain::{AuditKind, DirectoryId, OrgId};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, Func, LikeExpr, Query};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect, Select};
use uuid::Uuid;

/// A directory's publication, as its organisation sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryPublication {
    pub directory: DirectoryId,
    /// The read API's address: `/api/hsds/{key}`.
    pub key: String,
    pub published: bool,
    pub published_at: Option<DateTime<Utc>>,
}

/// A directory published now, found by its key: what anyone may read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedDirectory {
    pub(crate) id: DirectoryId,
    pub org: OrgId,
    pub name: String,
    pub key: String,
}

/// Which records of one kind a page of the read API lists. Every filter narrows; none lists all.
/// A service at a location is listed by what its service is: its organisation and its terms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordFilter {
    /// Words the record's name holds, in any case.
    pub search: Option<String>,
    /// Records an attribute tags with this taxonomy term.
    pub taxonomy_term: Option<Uuid>,
    /// Records of this taxonomy: terms in it, or records an attribute tags with one of its terms.
    pub taxonomy: Option<Uuid>,
    /// Records of this organisation (their `organization_id`).
    pub organization: Option<Uuid>,
    /// Taxonomy terms under this parent term.
    pub parent: Option<Uuid>,
    /// Taxonomy terms with no parent only.
    pub top_only: bool,
    /// Records written (imported or replaced) at or after this time.
    pub modified_after: Option<DateTime<Utc>>,
    /// Only these records (found by a search the database cannot answer, such as a distance).
    pub ids: Option<Vec<Uuid>>,
}

/// One page of a kind's records, in import order, and how many the filter lets through in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordPage {
    pub records: Vec<DirectoryRecord>,
    pub total: u64,
}

fn publication_of(m: directory_publication::Model) -> DirectoryPublication {
    DirectoryPublication {
        directory: DirectoryId::from_uuid(m.directory_id),
        key: m.key,
        published: m.published,
        published_at: m.published_at,
    }
}

impl Store {
    /// The organisation's directory's publication, if it was ever published.
    pub async fn directory_publication(&self, grant: &Grant<ReadDirectory>) -> Result<Option<DirectoryPublication>> {
        Ok(directory_publication::Entity::find()
            .filter(directory_publication::Column::OrgId.eq(grant.org().as_uuid()))
            .one(&self.db)
            .await?
            .map(publication_of))
    }

    /// Publishes the organisation's directory (making its key the first time) or takes it down,
    /// with its audit entry. An organisation without a directory yet (nothing imported) has
    /// nothing to publish: not found.
    pub async fn set_directory_publication(
        &self,
        grant: &Grant<ManageDirectory>,
        published: bool,
        now: DateTime<Utc>,
    ) -> Result<DirectoryPublication> {
        let org = grant.org();
        let dir = directory::Entity::find()
            .filter(directory::Column::OrgId.eq(org.as_uuid()))
            .one(&self.db)
            .await?
            .ok_or(StoreError::NotFound)?;
        let existing = directory_publication::Entity::find_by_id(dir.id).one(&self.db).await?;
        let model = match existing {
            Some(m) => {
                let was = m.published;
                let mut active: directory_publication::ActiveModel = m.into();
                active.published = Set(published);
                if published && !was {
                    active.published_at = Set(Some(now));
                }
                active.updated_by = Set(grant.user().as_uuid());
                active.updated_at = Set(now);
                directory_publication::Entity::update(active).exec(&self.db).await?
            }
            None => {
                let row = directory_publication::ActiveModel {
                    directory_id: Set(dir.id),
                    org_id: Set(org.as_uuid()),
                    key: Set(uuid::Uuid::new_v4().simple().to_string()),
                    published: Set(published),
                    published_at: Set(published.then_some(now)),
                    updated_by: Set(grant.user().as_uuid()),
                    updated_at: Set(now),
                };
                directory_publication::Entity::insert(row).exec_with_returning(&self.db).await?
            }
        };
        let event = AuditEvent::new(AuditKind::DirectoryPublished)
            .org(org)
            .actor(grant.user())
            .detail(serde_json::json!({ "directory": dir.id.to_string(), "published": published }));
        self.record(event, now).await?;
        Ok(publication_of(model))
    }

    /// The directory published under `key`. A key that is not one, or a directory taken down, is
    /// not found.
    pub async fn published_directory(&self, key: &str) -> Result<PublishedDirectory> {
        if !crate::publications::is_public_key(key) {
            return Err(StoreError::NotFound);
        }
        let row = directory_publication::Entity::find()
            .filter(directory_publication::Column::Key.eq(key))
            .filter(directory_publication::Column::Published.eq(true))
            .one(&self.db)
            .await?
            .ok_or(StoreError::NotFound)?;
        let dir = directory::Entity::find_by_id(row.directory_id).one(&self.db).await?.ok_or(StoreError::NotFound)?;
        Ok(PublishedDirectory {
            id: DirectoryId::from_uuid(dir.id),
            org: OrgId::from_uuid(dir.org_id),
            name: dir.name,
            key: row.key,
        })
    }

    /// How many writes the published directory has had: what a copy of it kept elsewhere (a
    /// search index) compares to know it is stale.
    pub async fn published_revision(&self, dir: &PublishedDirectory) -> Result<i64> {
        let row = directory::Entity::find_by_id(dir.id.as_uuid()).one(&self.db).await?.ok_or(StoreError::NotFound)?;
        Ok(row.revision)
    }

    /// Every record of a published directory, in the order they were first imported.
    pub async fn published_everything(&self, dir: &PublishedDirectory) -> Result<Vec<DirectoryRecord>> {
        self.in_order(dir_record::Entity::find().filter(dir_record::Column::DirectoryId.eq(dir.id.as_uuid()))).await
    }

    /// One record of a published directory by kind and id.
    pub async fn published_record(&self, dir: &PublishedDirectory, kind: &str, id: Uuid) -> Result<DirectoryRecord> {
        dir_record::Entity::find_by_id((dir.id.as_uuid(), kind.to_string(), id))
            .one(&self.db)
            .await?
            .map(record_of)
            .ok_or(StoreError::NotFound)
    }

    /// A page of a published directory's records of `kind`, `limit` of them from `offset` in
    /// import order, each filter answered by an index, so a page never reads the whole directory.
    pub async fn published_records(
        &self,
        dir: &PublishedDirectory,
        kind: &str,
        filter: &RecordFilter,
        offset: u64,
        limit: u64,
    ) -> Result<RecordPage> {
        let select = filtered(dir, kind, filter);
        let total = select.clone().count(&self.db).await?;
        let records = self.in_order(select.offset(offset).limit(limit)).await?;
        Ok(RecordPage { records, total })
    }

    /// Every record of `kind` in a published directory whose link `link` (one of
    /// [`crate::LINK_COLUMNS`]) points to one of `ids`, in import order: a page's records'
    /// children, fetched together.
    pub async fn published_linked(
        &self,
        dir: &PublishedDirectory,
        kind: &str,
        link: &str,
        ids: &[Uuid],
    ) -> Result<Vec<DirectoryRecord>> {
        let Some(column) = link_column(link) else { return Ok(Vec::new()) };
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        // The kind too, so the (directory, kind, link) index answers: without it every nested
        // array of a record in full scanned the whole directory.
        let linked = dir_record::Entity::find()
            .filter(dir_record::Column::DirectoryId.eq(dir.id.as_uuid()))
            .filter(dir_record::Column::Kind.eq(kind))
            .filter(column.is_in(ids.iter().copied()));
        self.in_order(linked).await
    }
}

/// The records of `kind` a filter lets through.
fn filtered(dir: &PublishedDirectory, kind: &str, filter: &RecordFilter) -> Select<dir_record::Entity> {
    let mut select = dir_record::Entity::find()
        .filter(dir_record::Column::DirectoryId.eq(dir.id.as_uuid()))
        .filter(dir_record::Column::Kind.eq(kind));
    if let Some(words) = filter.search.as_deref().map(str::trim).filter(|w| !w.is_empty()) {
        // LOWER on both sides: SQLite's LIKE ignores case only in ASCII, PostgreSQL's never.
        let escaped = words.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        let pattern = LikeExpr::new(format!("%{escaped}%")).escape('\\');
        select = select.filter(Expr::expr(Func::lower(Expr::col(dir_record::Column::Name))).like(pattern));
    }
    if let Some(after) = filter.modified_after {
        select = select.filter(dir_record::Column::ChangedAt.gte(after));
    }
    if let Some(ids) = &filter.ids {
        select = select.filter(dir_record::Column::Id.is_in(ids.iter().copied()));
    }
    if kind == "taxonomy_term" {
        if let Some(taxonomy) = filter.taxonomy {
            select = select.filter(dir_record::Column::TaxonomyId.eq(taxonomy));
        }
        if let Some(parent) = filter.parent {
            select = select.filter(dir_record::Column::ParentId.eq(parent));
        }
        if filter.top_only {
            select = select.filter(dir_record::Column::ParentId.is_null());
        }
        return select;
    }
    let by_service = RecordFilter {
        organization: filter.organization,
        taxonomy_term: filter.taxonomy_term,
        taxonomy: filter.taxonomy,
        ..RecordFilter::default()
    };
    if kind == "service_at_location" && by_service != RecordFilter::default() {
        let services = owned_and_tagged(
            dir,
            Query::select()
                .column(dir_record::Column::Id)
                .from(dir_record::Entity)
                .and_where(dir_record::Column::DirectoryId.eq(dir.id.as_uuid()))
                .and_where(dir_record::Column::Kind.eq("service"))
                .to_owned(),
            &by_service,
        );
        return select.filter(dir_record::Column::ServiceId.in_subquery(services));
    }
    let ids = owned_and_tagged(
        dir,
        Query::select()
            .column(dir_record::Column::Id)
            .from(dir_record::Entity)
            .and_where(dir_record::Column::DirectoryId.eq(dir.id.as_uuid()))
            .and_where(dir_record::Column::Kind.eq(kind))
            .to_owned(),
        &by_service,
    );
    if by_service != RecordFilter::default() {
        select = select.filter(dir_record::Column::Id.in_subquery(ids));
    }
    select
}

/// `records` (a query of ids) narrowed to those of an organisation and tagged with a term, or with
/// any term of a taxonomy.
fn owned_and_tagged(
    dir: &PublishedDirectory,
    mut records: sea_orm::sea_query::SelectStatement,
    filter: &RecordFilter,
) -> sea_orm::sea_query::SelectStatement {
    if let Some(organization) = filter.organization {
        records.and_where(dir_record::Column::OrganizationId.eq(organization));
    }
    let tags = || {
        // HSDS tags a record with a term through an attribute whose link_id is the record's id.
        Query::select()
            .column(dir_record::Column::LinkId)
            .from(dir_record::Entity)
            .and_where(dir_record::Column::DirectoryId.eq(dir.id.as_uuid()))
            .and_where(dir_record::Column::Kind.eq("attribute"))
            .to_owned()
    };
    if let Some(term) = filter.taxonomy_term {
        let tagged = tags().and_where(dir_record::Column::TaxonomyTermId.eq(term)).to_owned();
        records.and_where(dir_record::Column::Id.in_subquery(tagged));
    }
    if let Some(taxonomy) = filter.taxonomy {
        let terms = Query::select()
            .column(dir_record::Column::Id)
            .from(dir_record::Entity)
            .and_where(dir_record::Column::DirectoryId.eq(dir.id.as_uuid()))
            .and_where(dir_record::Column::Kind.eq("taxonomy_term"))
            .and_where(dir_record::Column::TaxonomyId.eq(taxonomy))
            .to_owned();
        let tagged = tags().and_where(dir_record::Column::TaxonomyTermId.in_subquery(terms)).to_owned();
        records.and_where(dir_record::Column::Id.in_subquery(tagged));
    }
    records
}

/// The column a link field is copied into.
fn link_column(link: &str) -> Option<dir_record::Column> {
    use dir_record::Column as C;
    let columns = [
        C::OrganizationId,
        C::ProgramId,
        C::ServiceId,
        C::LocationId,
        C::ServiceAtLocationId,
        C::ContactId,
        C::PhoneId,
        C::LinkId,
        C::TaxonomyTermId,
        C::TaxonomyId,
        C::ParentId,
        C::ResourceId,
    ];
    crate::LINK_COLUMNS.iter().position(|name| *name == link).map(|i| columns[i])
}
