//! Login sessions, kept in the database so that several `bridges serve` processes share them.

use crate::entity::{session, user};
use crate::error::Result;
use crate::records::User;
use crate::{digest, Store};
use bridges_domain::{SecretToken, UserId};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

impl Store {
    /// Opens a session for `user` lasting `ttl`; the token goes in the cookie, its digest here.
    pub async fn create_session(&self, user: UserId, now: DateTime<Utc>, ttl: Duration) -> Result<SecretToken> {
        let token = SecretToken::generate("s_");
        session::Entity::insert(session::ActiveModel {
            id_hash: Set(digest(&token)),
            user_id: Set(user.as_uuid()),
            created_at: Set(now),
            expires_at: Set(now + ttl),
        })
        .exec_without_returning(&self.db)
        .await?;
        Ok(token)
    }

    /// The account behind a session cookie, if the session exists and has not expired.
    pub async fn session_user(&self, token: &SecretToken, now: DateTime<Utc>) -> Result<Option<User>> {
        let Some(row) =
            session::Entity::find_by_id(digest(token)).filter(session::Column::ExpiresAt.gt(now)).one(&self.db).await?
        else {
            return Ok(None);
        };
        user::Entity::find_by_id(row.user_id).one(&self.db).await?.map(User::try_from).transpose()
    }

    pub async fn end_session(&self, token: &SecretToken) -> Result<()> {
        session::Entity::delete_by_id(digest(token)).exec(&self.db).await?;
        Ok(())
    }

    /// Forgets expired sessions and old login failures; run now and then.
    pub async fn purge_expired(&self, now: DateTime<Utc>) -> Result<u64> {
        let sessions =
            session::Entity::delete_many().filter(session::Column::ExpiresAt.lte(now)).exec(&self.db).await?;
        let failures = crate::entity::login_failure::Entity::delete_many()
            .filter(crate::entity::login_failure::Column::At.lte(now - Duration::days(1)))
            .exec(&self.db)
            .await?;
        Ok(sessions.rows_affected + failures.rows_affected)
    }
}
