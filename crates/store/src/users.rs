//! Accounts: people who can log in.

use crate::entity::{session, user};
use crate::error::{Result, StoreError};
use crate::records::User;
use crate::Store;
use bridges_domain::{DisplayName, Email, Language, PasswordHash, UserId};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, SqlErr};

/// What it takes to make an account.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: Email,
    pub display_name: DisplayName,
    pub password_hash: PasswordHash,
    pub language: Option<Language>,
}

pub(crate) async fn insert_user(db: &impl ConnectionTrait, new: &NewUser, now: DateTime<Utc>) -> Result<UserId> {
    let id = UserId::new();
    let row = user::ActiveModel {
        id: Set(id.as_uuid()),
        email: Set(new.email.as_str().to_string()),
        display_name: Set(new.display_name.as_str().to_string()),
        password_hash: Set(new.password_hash.as_str().to_string()),
        language: Set(new.language.map(|l| l.code().to_string())),
        created_at: Set(now),
        password_changed_at: Set(now),
    };
    user::Entity::insert(row).exec_without_returning(db).await.map_err(|e| match e.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => StoreError::Conflict(bridges_domain::ErrorCode::EmailTaken),
        _ => StoreError::Database(e),
    })?;
    Ok(id)
}

impl Store {
    pub async fn create_user(&self, new: &NewUser, now: DateTime<Utc>) -> Result<UserId> {
        insert_user(&self.db, new, now).await
    }

    pub async fn user(&self, id: UserId) -> Result<User> {
        user::Entity::find_by_id(id.as_uuid()).one(&self.db).await?.ok_or(StoreError::NotFound)?.try_into()
    }

    pub async fn user_by_email(&self, email: &Email) -> Result<Option<User>> {
        user::Entity::find()
            .filter(user::Column::Email.eq(email.as_str()))
            .one(&self.db)
            .await?
            .map(User::try_from)
            .transpose()
    }

    pub async fn count_users(&self) -> Result<u64> {
        Ok(user::Entity::find().count(&self.db).await?)
    }

    /// Replaces the password and ends every session and API token of the account, so a stolen
    /// session or token dies with the old password. The caller opens a fresh session afterwards if
    /// the person stays logged in.
    pub async fn change_password(&self, user_id: UserId, hash: &PasswordHash, now: DateTime<Utc>) -> Result<()> {
        let updated = user::Entity::update_many()
            .col_expr(user::Column::PasswordHash, Expr::value(hash.as_str()))
            .col_expr(user::Column::PasswordChangedAt, Expr::value(now))
            .filter(user::Column::Id.eq(user_id.as_uuid()))
            .exec(&self.db)
            .await?;
        if updated.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        session::Entity::delete_many().filter(session::Column::UserId.eq(user_id.as_uuid())).exec(&self.db).await?;
        self.revoke_all_api_tokens(user_id, now).await?;
        Ok(())
    }

    pub async fn set_user_language(&self, user_id: UserId, language: Language) -> Result<()> {
        user::Entity::update_many()
            .col_expr(user::Column::Language, Expr::value(language.code()))
            .filter(user::Column::Id.eq(user_id.as_uuid()))
            .exec(&self.db)
            .await?;
        Ok(())
    }
}
