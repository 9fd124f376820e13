//! A project's public page: opt-in, found by a random key, read by anyone while it is published.
//! What the public may read is decided here: a grant of a viewer's reading, never more, so every
//! count below the organisation's threshold is withheld as it is for a viewer.

use crate::entity::publication;
use crate::error::{Result, StoreError};
use crate::{Grant, Membership, Project, Store};
use bridges_domain::policy::{PublishOutcomes, ReadMeasures, ReadOrg};
use bridges_domain::{MembershipId, OrgId, ProjectId, Role, UserId};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

#[derive(Debug, Clone, PartialEq)]
pub struct Publication {
    pub project: ProjectId,
    /// The page's address: `/p/{key}`.
    pub key: String,
    pub published: bool,
    /// The open data's licence code ("CC-BY-4.0", …).
    pub licence: String,
    pub published_at: Option<DateTime<Utc>>,
}

/// What anyone holding a published page's key may read.
#[derive(Debug, Clone)]
pub struct PublicView {
    pub org: crate::Organisation,
    pub project: Project,
    pub publication: Publication,
    /// A viewer's reading of the organisation's measures: aggregates, suppressed below k.
    pub grant: Grant<ReadMeasures>,
}

/// Whether `key` has the shape of the random keys public pages and directories are found by (a
/// UUID's 32 hex digits), so anything else is refused before the database is asked.
pub(crate) fn is_public_key(key: &str) -> bool {
    key.len() == 32 && key.bytes().all(|b| b.is_ascii_hexdigit())
}

fn publication_of(m: publication::Model) -> Publication {
    Publication {
        project: ProjectId::from_uuid(m.project_id),
        key: m.key,
        published: m.published,
        licence: m.licence,
        published_at: m.published_at,
    }
}

impl Store {
    /// The organisation a project belongs to (for the command line, which names a project alone).
    pub async fn project_org(&self, id: ProjectId) -> Result<OrgId> {
        let row = crate::entity::project::Entity::find_by_id(id.as_uuid())
            .one(&self.db)
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(OrgId::from_uuid(row.org_id))
    }

    /// The project's publication, if it was ever published.
    pub async fn publication(&self, grant: &Grant<ReadOrg>, project: ProjectId) -> Result<Option<Publication>> {
        Ok(publication::Entity::find_by_id(project.as_uuid())
            .filter(publication::Column::OrgId.eq(grant.org().as_uuid()))
            .one(&self.db)
            .await?
            .map(publication_of))
    }

    /// Every publication of the organisation.
    pub async fn publications(&self, grant: &Grant<ReadOrg>) -> Result<Vec<Publication>> {
        Ok(publication::Entity::find()
            .filter(publication::Column::OrgId.eq(grant.org().as_uuid()))
            .all(&self.db)
            .await?
            .into_iter()
            .map(publication_of)
            .collect())
    }

    /// Publishes the project's page (making its key the first time) or takes it down. The key stays
    /// the same, so links shared earlier work again after a new publication.
    pub async fn set_publication(
        &self,
        grant: &Grant<PublishOutcomes>,
        project: ProjectId,
        published: bool,
        licence: &str,
        now: DateTime<Utc>,
    ) -> Result<Publication> {
        // The project must be the organisation's own.
        let read = grant.also::<ReadOrg>().map_err(|_| StoreError::NotFound)?;
        self.project(&read, project).await?;
        let existing = publication::Entity::find_by_id(project.as_uuid()).one(&self.db).await?;
        let model = match existing {
            Some(m) => {
                let was = m.published;
                let mut active: publication::ActiveModel = m.into();
                active.published = Set(published);
                active.licence = Set(licence.to_string());
                if published && !was {
                    active.published_at = Set(Some(now));
                }
                active.updated_by = Set(grant.user().as_uuid());
                active.updated_at = Set(now);
                publication::Entity::update(active).exec(&self.db).await?
            }
            None => {
                let row = publication::ActiveModel {
                    project_id: Set(project.as_uuid()),
                    org_id: Set(grant.org().as_uuid()),
                    key: Set(uuid::Uuid::new_v4().simple().to_string()),
                    published: Set(published),
                    licence: Set(licence.to_string()),
                    published_at: Set(published.then_some(now)),
                    updated_by: Set(grant.user().as_uuid()),
                    updated_at: Set(now),
                };
                publication::Entity::insert(row).exec_with_returning(&self.db).await?
            }
        };
        self.audit_publication(grant, project, published, now).await?;
        Ok(publication_of(model))
    }

    async fn audit_publication(
        &self,
        grant: &Grant<PublishOutcomes>,
        project: ProjectId,
        published: bool,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let event = crate::AuditEvent::new(bridges_domain::AuditKind::OutcomesPublished)
            .org(grant.org())
            .actor(grant.user())
            .detail(serde_json::json!({ "project": project.to_string(), "published": published }));
        self.record(event, now).await
    }

    /// A published page by its key, with a viewer's reading of its organisation. A key that is not
    /// one, or a page taken down, is not found.
    pub async fn published(&self, key: &str) -> Result<PublicView> {
        if !is_public_key(key) {
            return Err(StoreError::NotFound);
        }
        let row = publication::Entity::find()
            .filter(publication::Column::Key.eq(key))
            .filter(publication::Column::Published.eq(true))
            .one(&self.db)
            .await?
            .ok_or(StoreError::NotFound)?;
        let org_id = OrgId::from_uuid(row.org_id);
        let org = self.org(org_id).await?;
        let public = Membership::new(
            MembershipId::from_uuid(uuid::Uuid::nil()),
            org_id,
            UserId::from_uuid(uuid::Uuid::nil()),
            Role::Viewer,
        );
        let read = public.grant::<ReadOrg>().map_err(|_| StoreError::NotFound)?;
        let project = self.project(&read, ProjectId::from_uuid(row.project_id)).await?;
        let grant = public.grant::<ReadMeasures>().map_err(|_| StoreError::NotFound)?;
        Ok(PublicView { org, project, publication: publication_of(row), grant })
    }
}
