//! Projects and their stakeholder maps. A stakeholder's description is JSON in the plan crate's
//! shape; this module keeps ownership: every method is scoped to the organisation of its grant.

use crate::entity::{project, project_change, project_choice, project_entry, stakeholder, stakeholder_relation, user};
use crate::error::{Result, StoreError};
use crate::Grant;
use crate::Store;
use bridges_domain::policy::{EditProjects, ReadOrg};
use bridges_domain::{OrgId, ProjectId, StakeholderId, UserId};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    TransactionTrait,
};

#[derive(Debug, Clone)]
pub struct Project {
    pub id: ProjectId,
    pub org: OrgId,
    pub title: String,
    pub aims: String,
    /// Step 1: how the chosen policy areas relate to each other.
    pub area_relations: String,
    /// JSON: the plan crate's `Profile` (status, dates, context, qualities).
    pub profile: String,
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

/// One change to a plan: who made it, when, to which part, and the record before and after.
#[derive(Debug, Clone)]
pub struct Change {
    pub at: DateTime<Utc>,
    pub user: UserId,
    /// The user's display name, or `None` when the account no longer exists.
    pub user_name: Option<String>,
    /// Which part of the plan: "project", "policy-areas", "principles", "evidence", "stakeholders",
    /// "relations", "partnerships", "setbacks", "objectives" or "team".
    pub part: String,
    /// "created", "added", "updated" or "removed".
    pub action: String,
    pub summary: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// The registers kept as entries, by the number the store files them under.
pub const REGISTERS: [(i16, &str); 5] =
    [(3, "evidence"), (5, "partnerships"), (6, "setbacks"), (7, "objectives"), (8, "team")];

/// The register that holds a plan's objectives; an objective's entry id is its stable id.
pub(crate) const OBJECTIVES_STEP: i16 = 7;

fn register_part(step: i16) -> &'static str {
    REGISTERS.iter().find(|(s, _)| *s == step).map(|(_, p)| *p).unwrap_or("register")
}

/// What one write records in the history.
struct Record<'a> {
    part: &'a str,
    action: &'a str,
    summary: &'a str,
    before: Option<&'a str>,
    after: Option<&'a str>,
}

/// Writes the change and moves the project's `updated_at`, inside the caller's transaction.
async fn record<C: ConnectionTrait>(
    db: &C,
    user: UserId,
    project: ProjectId,
    r: Record<'_>,
    now: DateTime<Utc>,
) -> Result<()> {
    project_change::Entity::insert(project_change::ActiveModel {
        id: Set(uuid::Uuid::now_v7()),
        project_id: Set(project.as_uuid()),
        user_id: Set(user.as_uuid()),
        at: Set(now),
        part: Set(r.part.to_string()),
        action: Set(r.action.to_string()),
        summary: Set(r.summary.to_string()),
        before: Set(r.before.map(str::to_string)),
        after: Set(r.after.map(str::to_string)),
    })
    .exec_without_returning(db)
    .await?;
    project::Entity::update_many()
        .col_expr(project::Column::UpdatedAt, Expr::value(now))
        .filter(project::Column::Id.eq(project.as_uuid()))
        .exec(db)
        .await?;
    Ok(())
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
        profile: m.profile,
        updated_at: m.updated_at,
    }
}

impl Store {
    pub async fn create_project(
        &self,
        grant: &Grant<EditProjects>,
        title: &str,
        aims: &str,
        profile: &str,
        now: DateTime<Utc>,
    ) -> Result<ProjectId> {
        let id = ProjectId::new();
        let txn = self.db.begin().await?;
        project::Entity::insert(project::ActiveModel {
            id: Set(id.as_uuid()),
            org_id: Set(grant.org().as_uuid()),
            title: Set(title.to_string()),
            aims: Set(aims.to_string()),
            area_relations: Set(String::new()),
            profile: Set(profile.to_string()),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .exec_without_returning(&txn)
        .await?;
        let r = Record { part: "project", action: "created", summary: title, before: None, after: None };
        record(&txn, grant.user(), id, r, now).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// Changes the project's title, aims and profile (JSON), recording what it was.
    pub async fn update_project(
        &self,
        grant: &Grant<EditProjects>,
        id: ProjectId,
        title: &str,
        aims: &str,
        profile: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let old = self.project_in(grant.org(), id).await?;
        let snapshot = |t: &str, a: &str, p: &str| {
            serde_json::json!({ "title": t, "aims": a, "profile": serde_json::from_str::<serde_json::Value>(p).ok() })
                .to_string()
        };
        let before = snapshot(&old.title, &old.aims, &old.profile);
        let after = snapshot(title, aims, profile);
        if before == after {
            return Ok(());
        }
        let txn = self.db.begin().await?;
        project::Entity::update_many()
            .col_expr(project::Column::Title, Expr::value(title))
            .col_expr(project::Column::Aims, Expr::value(aims))
            .col_expr(project::Column::Profile, Expr::value(profile))
            .filter(project::Column::Id.eq(id.as_uuid()))
            .exec(&txn)
            .await?;
        let r =
            Record { part: "project", action: "updated", summary: title, before: Some(&before), after: Some(&after) };
        record(&txn, grant.user(), id, r, now).await?;
        txn.commit().await?;
        Ok(())
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

    /// The plan's history, newest first, at most `limit` changes.
    pub async fn project_changes(&self, grant: &Grant<ReadOrg>, id: ProjectId, limit: u64) -> Result<Vec<Change>> {
        self.project_in(grant.org(), id).await?;
        let rows = project_change::Entity::find()
            .filter(project_change::Column::ProjectId.eq(id.as_uuid()))
            .order_by_desc(project_change::Column::At)
            .order_by_desc(project_change::Column::Id)
            .limit(limit)
            .all(&self.db)
            .await?;
        let mut user_ids: Vec<uuid::Uuid> = rows.iter().map(|r| r.user_id).collect();
        user_ids.sort();
        user_ids.dedup();
        let names: std::collections::HashMap<uuid::Uuid, String> = user::Entity::find()
            .filter(user::Column::Id.is_in(user_ids))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.display_name))
            .collect();
        Ok(rows
            .into_iter()
            .map(|r| Change {
                at: r.at,
                user: UserId::from_uuid(r.user_id),
                user_name: names.get(&r.user_id).cloned(),
                part: r.part,
                action: r.action,
                summary: r.summary,
                before: r.before,
                after: r.after,
            })
            .collect())
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
            return Err(StoreError::Conflict(bridges_domain::ErrorCode::MapFull));
        }
        let id = StakeholderId::new();
        let txn = self.db.begin().await?;
        stakeholder::Entity::insert(stakeholder::ActiveModel {
            id: Set(id.as_uuid()),
            project_id: Set(project.as_uuid()),
            definition: Set(definition.to_string()),
            created_at: Set(now),
        })
        .exec_without_returning(&txn)
        .await?;
        let r = Record { part: "stakeholders", action: "added", summary: "", before: None, after: Some(definition) };
        record(&txn, grant.user(), project, r, now).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// Rewrites a stakeholder's description, keeping its relations.
    pub async fn update_stakeholder(
        &self,
        grant: &Grant<EditProjects>,
        project: ProjectId,
        id: StakeholderId,
        definition: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let old = self.stakeholder_in(grant.org(), project, id).await?;
        if old.definition == definition {
            return Ok(());
        }
        let txn = self.db.begin().await?;
        stakeholder::Entity::update_many()
            .col_expr(stakeholder::Column::Definition, Expr::value(definition))
            .filter(stakeholder::Column::Id.eq(id.as_uuid()))
            .exec(&txn)
            .await?;
        let r = Record {
            part: "stakeholders",
            action: "updated",
            summary: "",
            before: Some(&old.definition),
            after: Some(definition),
        };
        record(&txn, grant.user(), project, r, now).await?;
        txn.commit().await?;
        Ok(())
    }

    /// One stakeholder of one of the organisation's projects.
    async fn stakeholder_in(&self, org: OrgId, project: ProjectId, id: StakeholderId) -> Result<stakeholder::Model> {
        self.project_in(org, project).await?;
        stakeholder::Entity::find_by_id(id.as_uuid())
            .filter(stakeholder::Column::ProjectId.eq(project.as_uuid()))
            .one(&self.db)
            .await?
            .ok_or(StoreError::NotFound)
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
        now: DateTime<Utc>,
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
            return Err(StoreError::Conflict(bridges_domain::ErrorCode::MapFull));
        }
        let txn = self.db.begin().await?;
        stakeholder_relation::Entity::insert(stakeholder_relation::ActiveModel {
            id: Set(uuid::Uuid::now_v7()),
            project_id: Set(project.as_uuid()),
            from_id: Set(from.as_uuid()),
            to_id: Set(to.as_uuid()),
            kind: Set(kind.to_string()),
        })
        .exec_without_returning(&txn)
        .await?;
        let after = serde_json::json!({ "from": from.to_string(), "to": to.to_string(), "kind": kind }).to_string();
        let r = Record { part: "relations", action: "added", summary: kind, before: None, after: Some(&after) };
        record(&txn, grant.user(), project, r, now).await?;
        txn.commit().await?;
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

    /// Replaces what was chosen at `step` (1: policy areas, 2: principles) and, at Step 1, how the
    /// areas relate, in one transaction.
    pub async fn set_choices(
        &self,
        grant: &Grant<EditProjects>,
        project: ProjectId,
        step: i16,
        choices: &[Choice],
        area_relations: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let old_project = self.project_in(grant.org(), project).await?;
        let old = self.choices_in(project, step).await?;
        let relations_same = area_relations.is_none_or(|t| t == old_project.area_relations);
        if old == choices && relations_same {
            return Ok(());
        }
        let snapshot = |c: &[Choice], rel: &str| {
            let list: Vec<_> =
                c.iter().map(|c| serde_json::json!({ "reference": c.reference, "note": c.note })).collect();
            serde_json::json!({ "choices": list, "relations": rel }).to_string()
        };
        let before = snapshot(&old, &old_project.area_relations);
        let after = snapshot(choices, area_relations.unwrap_or(&old_project.area_relations));
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
        if let Some(text) = area_relations {
            project::Entity::update_many()
                .col_expr(project::Column::AreaRelations, Expr::value(text))
                .filter(project::Column::Id.eq(project.as_uuid()))
                .exec(&txn)
                .await?;
        }
        let part = if step == 1 { "policy-areas" } else { "principles" };
        let summary = choices.iter().map(|c| c.reference.as_str()).collect::<Vec<_>>().join(", ");
        let r = Record { part, action: "updated", summary: &summary, before: Some(&before), after: Some(&after) };
        record(&txn, grant.user(), project, r, now).await?;
        txn.commit().await?;
        Ok(())
    }

    async fn choices_in(&self, project: ProjectId, step: i16) -> Result<Vec<Choice>> {
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

    pub async fn choices(&self, grant: &Grant<ReadOrg>, project: ProjectId, step: i16) -> Result<Vec<Choice>> {
        self.project_in(grant.org(), project).await?;
        self.choices_in(project, step).await
    }

    /// Adds an entry to one of the plan's [`REGISTERS`].
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
            return Err(StoreError::Conflict(bridges_domain::ErrorCode::MapFull));
        }
        let id = uuid::Uuid::now_v7();
        let txn = self.db.begin().await?;
        project_entry::Entity::insert(project_entry::ActiveModel {
            id: Set(id),
            project_id: Set(project.as_uuid()),
            step: Set(step),
            data: Set(data.to_string()),
            created_at: Set(now),
        })
        .exec_without_returning(&txn)
        .await?;
        let r = Record { part: register_part(step), action: "added", summary: "", before: None, after: Some(data) };
        record(&txn, grant.user(), project, r, now).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// Rewrites an entry of register `step`; an entry of another register or project is not found.
    pub async fn update_entry(
        &self,
        grant: &Grant<EditProjects>,
        project: ProjectId,
        step: i16,
        id: uuid::Uuid,
        data: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let old = self.entry_in(grant.org(), project, step, id).await?;
        if old == data {
            return Ok(());
        }
        let txn = self.db.begin().await?;
        project_entry::Entity::update_many()
            .col_expr(project_entry::Column::Data, Expr::value(data))
            .filter(project_entry::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        let r =
            Record { part: register_part(step), action: "updated", summary: "", before: Some(&old), after: Some(data) };
        record(&txn, grant.user(), project, r, now).await?;
        txn.commit().await?;
        Ok(())
    }

    async fn entry_in(&self, org: OrgId, project: ProjectId, step: i16, id: uuid::Uuid) -> Result<String> {
        self.project_in(org, project).await?;
        project_entry::Entity::find_by_id(id)
            .filter(project_entry::Column::ProjectId.eq(project.as_uuid()))
            .filter(project_entry::Column::Step.eq(step))
            .one(&self.db)
            .await?
            .map(|e| e.data)
            .ok_or(StoreError::NotFound)
    }

    /// One entry of register `step`, as JSON.
    pub async fn entry(&self, grant: &Grant<ReadOrg>, project: ProjectId, step: i16, id: uuid::Uuid) -> Result<String> {
        self.entry_in(grant.org(), project, step, id).await
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

    pub async fn remove_entry(
        &self,
        grant: &Grant<EditProjects>,
        project: ProjectId,
        step: i16,
        id: uuid::Uuid,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let old = self.entry_in(grant.org(), project, step, id).await?;
        let txn = self.db.begin().await?;
        project_entry::Entity::delete_many().filter(project_entry::Column::Id.eq(id)).exec(&txn).await?;
        let r = Record { part: register_part(step), action: "removed", summary: "", before: Some(&old), after: None };
        record(&txn, grant.user(), project, r, now).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Takes a stakeholder (and its relations) off the map.
    pub async fn remove_stakeholder(
        &self,
        grant: &Grant<EditProjects>,
        project: ProjectId,
        id: StakeholderId,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let old = self.stakeholder_in(grant.org(), project, id).await?;
        let txn = self.db.begin().await?;
        stakeholder::Entity::delete_many().filter(stakeholder::Column::Id.eq(id.as_uuid())).exec(&txn).await?;
        let r =
            Record { part: "stakeholders", action: "removed", summary: "", before: Some(&old.definition), after: None };
        record(&txn, grant.user(), project, r, now).await?;
        txn.commit().await?;
        Ok(())
    }
}
