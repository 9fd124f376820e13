//! Signpost's directory published for other Open Referral tools to read (the HSDS read API),
//! opt-in, found by a random key: never the directory's id, so one published directory tells
//! nothing of the others. Unpublishing keeps the key, so a link shared before works again when the
//! directory is published again. The published directory is reached through its key alone, which
//! [`PublishedDirectory`] stands for: the store makes one only for a key published now.

use crate::entity::{directory, directory_publication};
use crate::error::{Result, StoreError};
use crate::{AuditEvent, Grant, Store};
use bridges_domain::policy::{ManageDirectory, ReadDirectory};
use bridges_domain::{AuditKind, DirectoryId, OrgId};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

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
}
