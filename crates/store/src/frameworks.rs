//! Frameworks organisations make for themselves, stored as the toolkit's JSON definition.

use crate::entity::org_framework;
use crate::error::Result;
use crate::Grant;
use crate::Store;
use bridges_domain::policy::ManageFrameworks;
use bridges_domain::{FrameworkId, OrgId, Permission};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

#[derive(Debug, Clone)]
pub struct StoredFramework {
    pub id: FrameworkId,
    pub org: OrgId,
    pub definition: String,
}

fn stored(m: org_framework::Model) -> StoredFramework {
    StoredFramework { id: FrameworkId::from_uuid(m.id), org: OrgId::from_uuid(m.org_id), definition: m.definition }
}

impl Store {
    pub async fn create_org_framework(
        &self,
        grant: &Grant<ManageFrameworks>,
        id: FrameworkId,
        definition: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        org_framework::Entity::insert(org_framework::ActiveModel {
            id: Set(id.as_uuid()),
            org_id: Set(grant.org().as_uuid()),
            definition: Set(definition.to_string()),
            created_at: Set(now),
        })
        .exec_without_returning(&self.db)
        .await?;
        Ok(())
    }

    /// An organisation's own frameworks, oldest first. Their items tag the organisation's records;
    /// they are not secret (a published practice shows the items it applies).
    pub async fn org_frameworks<P: Permission>(&self, grant: &Grant<P>) -> Result<Vec<StoredFramework>> {
        Ok(org_framework::Entity::find()
            .filter(org_framework::Column::OrgId.eq(grant.org().as_uuid()))
            .order_by_asc(org_framework::Column::CreatedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(stored)
            .collect())
    }

    /// Every organisation's frameworks: what public pages and the search index need to name the
    /// items published practices apply.
    pub async fn all_org_frameworks(&self) -> Result<Vec<StoredFramework>> {
        Ok(org_framework::Entity::find()
            .order_by_asc(org_framework::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(stored)
            .collect())
    }
}
