//! Practice records written by organisations, and their peer reviews. The record itself is stored
//! as JSON whose shape the toolkit owns; this module keeps who owns it, where it stands in the
//! review workflow, and who may see it.

use crate::entity::{practice, practice_review};
use crate::error::{parse_stored, Result, StoreError};
use crate::Grant;
use crate::Store;
use bridges_domain::policy::{PublishPractices, ReadOrg, ReviewPractices, WritePractices};
use bridges_domain::{OrgId, PracticeId, PracticeStatus, ReviewId, UserId};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, TransactionTrait};

const SEARCH_GENERATION: &str = "search_generation";

#[derive(Debug, Clone)]
pub struct StoredPractice {
    pub id: PracticeId,
    pub org: OrgId,
    pub status: PracticeStatus,
    /// The record's fields as JSON.
    pub record: String,
    pub created_by: UserId,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone)]
pub struct Review {
    pub id: ReviewId,
    pub practice: PracticeId,
    pub reviewer_org: OrgId,
    pub reviewer_user: UserId,
    pub comment: String,
    /// The framework items the comment speaks to, as JSON list of `framework:item`.
    pub refs: String,
    pub created_at: DateTime<Utc>,
}

fn stored(m: practice::Model) -> Result<StoredPractice> {
    Ok(StoredPractice {
        id: PracticeId::from_uuid(m.id),
        org: OrgId::from_uuid(m.org_id),
        status: parse_stored(&m.status, PracticeStatus::parse)?,
        record: m.record,
        created_by: UserId::from_uuid(m.created_by),
        created_at: m.created_at,
        updated_at: m.updated_at,
        published_at: m.published_at,
    })
}

impl Store {
    /// A counter that moves whenever the set of published practices changes: search indexes compare
    /// it with the one they were built at, so every process sharing the database notices.
    pub async fn search_generation(&self) -> Result<i64> {
        Ok(self.setting(SEARCH_GENERATION).await?.and_then(|v| v.parse().ok()).unwrap_or(0))
    }

    async fn bump_search_generation(&self) -> Result<()> {
        let next = self.search_generation().await? + 1;
        self.set_setting(SEARCH_GENERATION, &next.to_string()).await
    }

    pub async fn create_practice(
        &self,
        grant: &Grant<WritePractices>,
        record: &str,
        now: DateTime<Utc>,
    ) -> Result<PracticeId> {
        let id = PracticeId::new();
        practice::Entity::insert(practice::ActiveModel {
            id: Set(id.as_uuid()),
            org_id: Set(grant.org().as_uuid()),
            status: Set(PracticeStatus::Private.as_str().to_string()),
            record: Set(record.to_string()),
            created_by: Set(grant.user().as_uuid()),
            created_at: Set(now),
            updated_at: Set(now),
            published_at: Set(None),
        })
        .exec_without_returning(&self.db)
        .await?;
        Ok(id)
    }

    /// Only the owning organisation edits; someone else's id is not found.
    pub async fn update_practice(
        &self,
        grant: &Grant<WritePractices>,
        id: PracticeId,
        record: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let current = self.practice_of(grant.org(), id).await?;
        practice::Entity::update_many()
            .col_expr(practice::Column::Record, Expr::value(record))
            .col_expr(practice::Column::UpdatedAt, Expr::value(now))
            .filter(practice::Column::Id.eq(id.as_uuid()))
            .filter(practice::Column::OrgId.eq(grant.org().as_uuid()))
            .exec(&self.db)
            .await?;
        if current.status == PracticeStatus::Published {
            self.bump_search_generation().await?;
        }
        Ok(())
    }

    /// Deletes one of the organisation's practices and its reviews.
    pub async fn delete_practice(&self, grant: &Grant<PublishPractices>, id: PracticeId) -> Result<()> {
        let current = self.practice_of(grant.org(), id).await?;
        practice::Entity::delete_many()
            .filter(practice::Column::Id.eq(id.as_uuid()))
            .filter(practice::Column::OrgId.eq(grant.org().as_uuid()))
            .exec(&self.db)
            .await?;
        if current.status == PracticeStatus::Published {
            self.bump_search_generation().await?;
        }
        Ok(())
    }

    /// Moves a practice along the workflow; refuses moves the workflow does not allow.
    pub async fn set_practice_status(
        &self,
        grant: &Grant<PublishPractices>,
        id: PracticeId,
        next: PracticeStatus,
        now: DateTime<Utc>,
    ) -> Result<PracticeStatus> {
        let txn = self.db.begin().await?;
        let row = practice::Entity::find_by_id(id.as_uuid())
            .filter(practice::Column::OrgId.eq(grant.org().as_uuid()))
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let before = parse_stored(&row.status, PracticeStatus::parse)?;
        if !before.may_move_to(next) {
            return Err(StoreError::Conflict(bridges_domain::ErrorCode::StatusMoveNotAllowed));
        }
        let published_at = if next == PracticeStatus::Published { Some(now) } else { None };
        practice::Entity::update_many()
            .col_expr(practice::Column::Status, Expr::value(next.as_str()))
            .col_expr(practice::Column::PublishedAt, Expr::value(published_at))
            .col_expr(practice::Column::UpdatedAt, Expr::value(now))
            .filter(practice::Column::Id.eq(id.as_uuid()))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        if before == PracticeStatus::Published || next == PracticeStatus::Published {
            self.bump_search_generation().await?;
        }
        Ok(before)
    }

    async fn practice_of(&self, org: OrgId, id: PracticeId) -> Result<StoredPractice> {
        let row = practice::Entity::find_by_id(id.as_uuid())
            .filter(practice::Column::OrgId.eq(org.as_uuid()))
            .one(&self.db)
            .await?
            .ok_or(StoreError::NotFound)?;
        stored(row)
    }

    /// One of the organisation's own practices, in any status.
    pub async fn org_practice(&self, grant: &Grant<ReadOrg>, id: PracticeId) -> Result<StoredPractice> {
        self.practice_of(grant.org(), id).await
    }

    pub async fn org_practices(&self, grant: &Grant<ReadOrg>) -> Result<Vec<StoredPractice>> {
        practice::Entity::find()
            .filter(practice::Column::OrgId.eq(grant.org().as_uuid()))
            .order_by_desc(practice::Column::UpdatedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(stored)
            .collect()
    }

    /// Practices other organisations have shared for peer review.
    pub async fn practices_for_review(&self, grant: &Grant<ReviewPractices>) -> Result<Vec<StoredPractice>> {
        practice::Entity::find()
            .filter(practice::Column::Status.eq(PracticeStatus::Review.as_str()))
            .filter(practice::Column::OrgId.ne(grant.org().as_uuid()))
            .order_by_desc(practice::Column::UpdatedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(stored)
            .collect()
    }

    /// A practice shared for review by another organisation; anything else is not found.
    pub async fn practice_for_review(&self, grant: &Grant<ReviewPractices>, id: PracticeId) -> Result<StoredPractice> {
        let row = practice::Entity::find_by_id(id.as_uuid())
            .filter(practice::Column::Status.eq(PracticeStatus::Review.as_str()))
            .filter(practice::Column::OrgId.ne(grant.org().as_uuid()))
            .one(&self.db)
            .await?
            .ok_or(StoreError::NotFound)?;
        stored(row)
    }

    pub async fn add_review(
        &self,
        grant: &Grant<ReviewPractices>,
        id: PracticeId,
        comment: &str,
        refs_json: &str,
        now: DateTime<Utc>,
    ) -> Result<ReviewId> {
        self.practice_for_review(grant, id).await?;
        let review = ReviewId::new();
        practice_review::Entity::insert(practice_review::ActiveModel {
            id: Set(review.as_uuid()),
            practice_id: Set(id.as_uuid()),
            reviewer_org: Set(grant.org().as_uuid()),
            reviewer_user: Set(grant.user().as_uuid()),
            comment: Set(comment.to_string()),
            refs: Set(refs_json.to_string()),
            created_at: Set(now),
        })
        .exec_without_returning(&self.db)
        .await?;
        Ok(review)
    }

    /// Reviews of one of the organisation's own practices, oldest first.
    pub async fn reviews_of(&self, grant: &Grant<ReadOrg>, id: PracticeId) -> Result<Vec<Review>> {
        self.practice_of(grant.org(), id).await?;
        self.reviews(id).await
    }

    /// The reviews a reviewer sees beside the practice they review (their own and others').
    pub async fn reviews_for_reviewer(&self, grant: &Grant<ReviewPractices>, id: PracticeId) -> Result<Vec<Review>> {
        self.practice_for_review(grant, id).await?;
        self.reviews(id).await
    }

    async fn reviews(&self, id: PracticeId) -> Result<Vec<Review>> {
        Ok(practice_review::Entity::find()
            .filter(practice_review::Column::PracticeId.eq(id.as_uuid()))
            .order_by_asc(practice_review::Column::CreatedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| Review {
                id: ReviewId::from_uuid(r.id),
                practice: PracticeId::from_uuid(r.practice_id),
                reviewer_org: OrgId::from_uuid(r.reviewer_org),
                reviewer_user: UserId::from_uuid(r.reviewer_user),
                comment: r.comment,
                refs: r.refs,
                created_at: r.created_at,
            })
            .collect())
    }

    /// Everything published, for the search index and public reading.
    pub async fn published_practices(&self) -> Result<Vec<StoredPractice>> {
        practice::Entity::find()
            .filter(practice::Column::Status.eq(PracticeStatus::Published.as_str()))
            .order_by_asc(practice::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(stored)
            .collect()
    }

    pub async fn published_practice(&self, id: PracticeId) -> Result<Option<StoredPractice>> {
        practice::Entity::find_by_id(id.as_uuid())
            .filter(practice::Column::Status.eq(PracticeStatus::Published.as_str()))
            .one(&self.db)
            .await?
            .map(stored)
            .transpose()
    }
}
