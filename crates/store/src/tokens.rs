//! Personal API tokens: what scripts and other tools present instead of a session cookie.

use crate::entity::{api_token, user};
use crate::error::{Result, StoreError};
use crate::records::User;
use crate::{digest, Store};
use bridges_domain::{ApiTokenId, SecretToken, UserId};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder};

#[derive(Debug, Clone)]
pub struct ApiTokenInfo {
    pub id: ApiTokenId,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: Option<DateTime<Utc>>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub read_only: bool,
}

/// Who a live token speaks for, and whether it may only read.
#[derive(Debug, Clone)]
pub struct TokenHolder {
    pub user: User,
    pub read_only: bool,
}

impl Store {
    pub async fn create_api_token(
        &self,
        user: UserId,
        name: &str,
        (read_only, expires_at): (bool, Option<DateTime<Utc>>),
        now: DateTime<Utc>,
    ) -> Result<(ApiTokenId, SecretToken)> {
        let id = ApiTokenId::new();
        let token = SecretToken::generate("brg_");
        api_token::Entity::insert(api_token::ActiveModel {
            id: Set(id.as_uuid()),
            user_id: Set(user.as_uuid()),
            name: Set(name.to_string()),
            token_hash: Set(digest(&token)),
            created_at: Set(now),
            expires_at: Set(expires_at),
            last_used_at: Set(None),
            revoked_at: Set(None),
            read_only: Set(read_only),
        })
        .exec_without_returning(&self.db)
        .await?;
        Ok((id, token))
    }

    /// The account behind a bearer token, if the token is live; notes when it was last used.
    pub async fn api_token_user(&self, token: &SecretToken, now: DateTime<Utc>) -> Result<Option<TokenHolder>> {
        let Some(row) = api_token::Entity::find()
            .filter(api_token::Column::TokenHash.eq(digest(token)))
            .filter(api_token::Column::RevokedAt.is_null())
            .filter(
                Condition::any().add(api_token::Column::ExpiresAt.is_null()).add(api_token::Column::ExpiresAt.gt(now)),
            )
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        api_token::Entity::update_many()
            .col_expr(api_token::Column::LastUsedAt, Expr::value(Some(now)))
            .filter(api_token::Column::Id.eq(row.id))
            .exec(&self.db)
            .await?;
        let user = user::Entity::find_by_id(row.user_id).one(&self.db).await?.map(User::try_from).transpose()?;
        Ok(user.map(|user| TokenHolder { user, read_only: row.read_only }))
    }

    /// Revokes every live token of the account (a changed password ends what the old one made).
    pub async fn revoke_all_api_tokens(&self, user: UserId, now: DateTime<Utc>) -> Result<u64> {
        let done = api_token::Entity::update_many()
            .col_expr(api_token::Column::RevokedAt, Expr::value(Some(now)))
            .filter(api_token::Column::UserId.eq(user.as_uuid()))
            .filter(api_token::Column::RevokedAt.is_null())
            .exec(&self.db)
            .await?;
        Ok(done.rows_affected)
    }

    pub async fn api_tokens_of(&self, user: UserId) -> Result<Vec<ApiTokenInfo>> {
        Ok(api_token::Entity::find()
            .filter(api_token::Column::UserId.eq(user.as_uuid()))
            .filter(api_token::Column::RevokedAt.is_null())
            .order_by_desc(api_token::Column::CreatedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| ApiTokenInfo {
                id: ApiTokenId::from_uuid(r.id),
                name: r.name,
                created_at: r.created_at,
                expires_at: r.expires_at,
                last_used_at: r.last_used_at,
                read_only: r.read_only,
            })
            .collect())
    }

    /// Revokes one of the user's own tokens; another user's token id is simply not found.
    pub async fn revoke_api_token(&self, user: UserId, id: ApiTokenId, now: DateTime<Utc>) -> Result<()> {
        let done = api_token::Entity::update_many()
            .col_expr(api_token::Column::RevokedAt, Expr::value(Some(now)))
            .filter(api_token::Column::Id.eq(id.as_uuid()))
            .filter(api_token::Column::UserId.eq(user.as_uuid()))
            .filter(api_token::Column::RevokedAt.is_null())
            .exec(&self.db)
            .await?;
        if done.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }
}
