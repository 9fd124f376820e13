//! Instance-wide settings, and the one-time setup link of a fresh installation.

use crate::entity::setting;
use crate::error::Result;
use crate::{digest, Store};
use bridges_domain::SecretToken;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

const SETUP_TOKEN: &str = "setup_token_digest";

impl Store {
    pub async fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(setting::Entity::find_by_id(key.to_string()).one(&self.db).await?.map(|s| s.value))
    }

    pub async fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        setting::Entity::insert(setting::ActiveModel { key: Set(key.to_string()), value: Set(value.to_string()) })
            .on_conflict(OnConflict::column(setting::Column::Key).update_column(setting::Column::Value).to_owned())
            .exec_without_returning(&self.db)
            .await?;
        Ok(())
    }

    /// A new one-time setup token, replacing any earlier one.
    pub async fn new_setup_token(&self) -> Result<SecretToken> {
        let token = SecretToken::generate("setup_");
        self.set_setting(SETUP_TOKEN, &digest(&token)).await?;
        Ok(token)
    }

    pub async fn setup_token_matches(&self, token: &SecretToken) -> Result<bool> {
        Ok(self.setting(SETUP_TOKEN).await?.is_some_and(|d| d == digest(token)))
    }

    pub async fn forget_setup_token(&self) -> Result<()> {
        setting::Entity::delete_by_id(SETUP_TOKEN.to_string()).exec(&self.db).await?;
        Ok(())
    }
}

/// Deletes the setup link's digest if `token` is the live link, inside the caller's transaction:
/// true for the one caller that deleted it.
pub(crate) async fn claim_setup_token(db: &impl sea_orm::ConnectionTrait, token: &SecretToken) -> Result<bool> {
    let claimed = setting::Entity::delete_many()
        .filter(setting::Column::Key.eq(SETUP_TOKEN))
        .filter(setting::Column::Value.eq(digest(token)))
        .exec(db)
        .await?;
    Ok(claimed.rows_affected == 1)
}
