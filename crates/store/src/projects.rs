//! Projects and their stakeholder maps. A stakeholder's description is JSON in the plan crate's
//! shape; this module keeps ownership: every method is scoped to the organisation of its grant.

use crate::entity::{project, project_choice, project_entry, stakeholder, stakeholder_relation};
use crate::error::{Result, StoreError};
use crate::Store;
use bridges_domain::policy::{EditProjects, ReadOrg};
use bridges_domain::{Grant, OrgId, ProjectId, StakeholderId};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, TransactionTrait};

#[derive(Debug, Clone)]
pub struct Project {
    pub id: ProjectId,
    pub org: OrgId,
    pub title: String,
    pub aims: String,
    /// Step 1: how the chosen policy areas relate to each other.
    pub area_relations: String,
    pub updated_at: DateTime<Utc>,
}

/// A framework item chosen at a step of the plan, with how the project touches or applies it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub reference: String,
    pub note: String,
}

#[derive(Debug, Clone)]
pub struct StoredStakeholder {
    pub id: StakeholderId,
    /// JSON: name, kind, influence, interest, stance, cue, target.
    pub definition: String,
}

#[derive(Debug, Clone)]
pub struct StoredRelation {
    pub from: StakeholderId,
    pub to: StakeholderId,
    pub kind: String,
}

/// Most stakeholders one map may hold, and relations: bounds on what one form can grow.
pub const MAX_STAKEHOLDERS: u64 = 500;
pub const MAX_RELATIONS: u64 = 2_000;

fn project_of(m: project::Model) -> Project {
    Project {
        id: ProjectId::from_uuid(m.id),
        org: OrgId::from_uuid(m.org_id),
        title: m.title,
        aims: m.aims,
        area_relations: m.area_relations,
        updated_at: m.updated_at,
    }
}

impl Store {
    pub async fn create_project(
        &self,
        grant: &Grant<EditProjects>,
        title: &str,
        aims: &str,
        now: DateTime<Utc>,
    ) -> Result<ProjectId> {
        let id = ProjectId::new();
        project::Entity::insert(project::ActiveModel {
            id: Set(id.as_uuid()),
            org_id: Set(grant.org().as_uuid()),
            title: Set(title.to_string()),
            aims: Set(aims.to_string()),
            area_relations: Set(String::new()),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .exec_without_returning(&self.db)
        .await?;
        Ok(id)
    }

    pub async fn projects(&self, grant: &Grant<ReadOrg>) -> Result<Vec<Project>> {
        Ok(project::Entity::find()
            .filter(project::Column::OrgId.eq(grant.org().as_uuid()))
            .order_by_desc(project::Column::UpdatedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(project_of)
            .collect())
    }

    async fn project_in(&self, org: OrgId, id: ProjectId) -> Result<Project> {
        project::Entity::find_by_id(id.as_uuid())
            .filter(project::Column::OrgId.eq(org.as_uuid()))
            .one(&self.db)
            .await?
            .map(project_of)
            .ok_or(StoreError::NotFound)
    }

    /// One of the organisation's projects; another organisation's is not found.
    pub async fn project(&self, grant: &Grant<ReadOrg>, id: ProjectId) -> Result<Project> {
        self.project_in(grant.org(), id).await
    }

    pub async fn add_stakeholder(
        &self,
        grant: &Grant<EditProjects>,
        project: ProjectId,
        definition: &str,
        now: DateTime<Utc>,
    ) -> Result<StakeholderId> {
        self.project_in(grant.org(), project).await?;
        let count = stakeholder::Entity::find()
            .filter(stakeholder::Column::ProjectId.eq(project.as_uuid()))
            .count(&self.db)
            .await?;
        if count >= MAX_STAKEHOLDERS {
            return Err(StoreError::Conflict("map-full"));
        }
        let id = StakeholderId::new();
        stakeholder::Entity::insert(stakeholder::ActiveModel {
            id: Set(id.as_uuid()),
            project_id: Set(project.as_uuid()),
            definition: Set(definition.to_string()),
            created_at: Set(now),
        })
        .exec_without_returning(&self.db)
        .await?;
        Ok(id)
    }

    pub async fn stakeholders(&self, grant: &Grant<ReadOrg>, project: ProjectId) -> Result<Vec<StoredStakeholder>> {
        self.project_in(grant.org(), project).await?;
        Ok(stakeholder::Entity::find()
            .filter(stakeholder::Column::ProjectId.eq(project.as_uuid()))
            .order_by_asc(stakeholder::Column::CreatedAt)
            .order_by_asc(stakeholder::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|m| StoredStakeholder { id: StakeholderId::from_uuid(m.id), definition: m.definition })
            .collect())
    }

    /// Relates two stakeholders of the same project; ids from elsewhere are not found.
    pub async fn add_relation(
        &self,
        grant: &Grant<EditProjects>,
        project: ProjectId,
        from: StakeholderId,
        to: StakeholderId,
        kind: &str,
    ) -> Result<()> {
        self.project_in(grant.org(), project).await?;
        let on_map = stakeholder::Entity::find()
            .filter(stakeholder::Column::ProjectId.eq(project.as_uuid()))
            .filter(stakeholder::Column::Id.is_in([from.as_uuid(), to.as_uuid()]))
            .count(&self.db)
            .await?;
        if on_map != 2 {
            return Err(StoreError::NotFound);
        }
        let count = stakeholder_relation::Entity::find()
            .filter(stakeholder_relation::Column::ProjectId.eq(project.as_uuid()))
            .count(&self.db)
            .await?;
        if count >= MAX_RELATIONS {
            return Err(StoreError::Conflict("map-full"));
        }
        stakeholder_relation::Entity::insert(stakeholder_relation::ActiveModel {
            id: Set(uuid::Uuid::now_v7()),
            project_id: Set(project.as_uuid()),
            from_id: Set(from.as_uuid()),
            to_id: Set(to.as_uuid()),
            kind: Set(kind.to_string()),
        })
        .exec_without_returning(&self.db)
        .await?;
        Ok(())
    }

    pub async fn relations(&self, grant: &Grant<ReadOrg>, project: ProjectId) -> Result<Vec<StoredRelation>> {
        self.project_in(grant.org(), project).await?;
        Ok(stakeholder_relation::Entity::find()
            .filter(stakeholder_relation::Column::ProjectId.eq(project.as_uuid()))
            .order_by_asc(stakeholder_relation::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|m| StoredRelation {
                from: StakeholderId::from_uuid(m.from_id),
                to: StakeholderId::from_uuid(m.to_id),
                kind: m.kind,
            })
            .collect())
    }

    /// Replaces what was chosen at `step` (1: policy areas, 2: principles) in one transaction.
    pub async fn set_choices(
        &self,
        grant: &Grant<EditProjects>,
        project: ProjectId,
        step: i16,
        choices: &[Choice],
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.project_in(grant.org(), project).await?;
        let txn = self.db.begin().await?;
        project_choice::Entity::delete_many()
            .filter(project_choice::Column::ProjectId.eq(project.as_uuid()))
            .filter(project_choice::Column::Step.eq(step))
            .exec(&txn)
            .await?;
        for c in choices {
            project_choice::Entity::insert(project_choice::ActiveModel {
                id: Set(uuid::Uuid::now_v7()),
                project_id: Set(project.as_uuid()),
                step: Set(step),
                reference: Set(c.reference.clone()),
                note: Set(c.note.clone()),
            })
            .exec_without_returning(&txn)
            .await?;
        }
        project::Entity::update_many()
            .col_expr(project::Column::UpdatedAt, Expr::value(now))
            .filter(project::Column::Id.eq(project.as_uuid()))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        Ok(())
    }

    pub async fn choices(&self, grant: &Grant<ReadOrg>, project: ProjectId, step: i16) -> Result<Vec<Choice>> {
        self.project_in(grant.org(), project).await?;
        Ok(project_choice::Entity::find()
            .filter(project_choice::Column::ProjectId.eq(project.as_uuid()))
            .filter(project_choice::Column::Step.eq(step))
            .order_by_asc(project_choice::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|c| Choice { reference: c.reference, note: c.note })
            .collect())
    }

    pub async fn set_area_relations(&self, grant: &Grant<EditProjects>, project: ProjectId, text: &str) -> Result<()> {
        self.project_in(grant.org(), project).await?;
        project::Entity::update_many()
            .col_expr(project::Column::AreaRelations, Expr::value(text))
            .filter(project::Column::Id.eq(project.as_uuid()))
            .filter(project::Column::OrgId.eq(grant.org().as_uuid()))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Adds an entry to one of the plan's registers (`step` 3, 5 or 6).
    pub async fn add_entry(
        &self,
        grant: &Grant<EditProjects>,
        project: ProjectId,
        step: i16,
        data: &str,
        now: DateTime<Utc>,
    ) -> Result<uuid::Uuid> {
        self.project_in(grant.org(), project).await?;
        let count = project_entry::Entity::find()
            .filter(project_entry::Column::ProjectId.eq(project.as_uuid()))
            .filter(project_entry::Column::Step.eq(step))
            .count(&self.db)
            .await?;
        if count >= MAX_STAKEHOLDERS {
            return Err(StoreError::Conflict("map-full"));
        }
        let id = uuid::Uuid::now_v7();
        project_entry::Entity::insert(project_entry::ActiveModel {
            id: Set(id),
            project_id: Set(project.as_uuid()),
            step: Set(step),
            data: Set(data.to_string()),
            created_at: Set(now),
        })
        .exec_without_returning(&self.db)
        .await?;
        Ok(id)
    }

    /// A register's entries, oldest first, as (id, JSON).
    pub async fn entries(
        &self,
        grant: &Grant<ReadOrg>,
        project: ProjectId,
        step: i16,
    ) -> Result<Vec<(uuid::Uuid, String)>> {
        self.project_in(grant.org(), project).await?;
        Ok(project_entry::Entity::find()
            .filter(project_entry::Column::ProjectId.eq(project.as_uuid()))
            .filter(project_entry::Column::Step.eq(step))
            .order_by_asc(project_entry::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|e| (e.id, e.data))
            .collect())
    }

    pub async fn remove_entry(&self, grant: &Grant<EditProjects>, project: ProjectId, id: uuid::Uuid) -> Result<()> {
        self.project_in(grant.org(), project).await?;
        let done = project_entry::Entity::delete_many()
            .filter(project_entry::Column::Id.eq(id))
            .filter(project_entry::Column::ProjectId.eq(project.as_uuid()))
            .exec(&self.db)
            .await?;
        if done.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Takes a stakeholder (and its relations) off the map.
    pub async fn remove_stakeholder(
        &self,
        grant: &Grant<EditProjects>,
        project: ProjectId,
        id: StakeholderId,
    ) -> Result<()> {
        self.project_in(grant.org(), project).await?;
        let done = stakeholder::Entity::delete_many()
            .filter(stakeholder::Column::Id.eq(id.as_uuid()))
            .filter(stakeholder::Column::ProjectId.eq(project.as_uuid()))
            .exec(&self.db)
            .await?;
        if done.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }
}
