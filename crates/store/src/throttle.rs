//! Login throttling, per account and per network address, in the database so that every process
//! behind a load balancer counts the same failures.

use crate::entity::login_failure;
use crate::error::Result;
use crate::Store;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

/// How many failed logins are tolerated within a window before further attempts are refused.
#[derive(Debug, Clone, Copy)]
pub struct ThrottleRule {
    pub window: Duration,
    pub per_account: u64,
    pub per_address: u64,
}

impl Default for ThrottleRule {
    fn default() -> Self {
        Self { window: Duration::minutes(15), per_account: 5, per_address: 30 }
    }
}

impl Store {
    /// Whether a login for `account_key` from `address` must be refused without checking the
    /// password: refusing before hashing also keeps a flood of attempts cheap for the server.
    pub async fn login_throttled(
        &self,
        account_key: &str,
        address: &str,
        now: DateTime<Utc>,
        rule: ThrottleRule,
    ) -> Result<bool> {
        let since = now - rule.window;
        let by_account = login_failure::Entity::find()
            .filter(login_failure::Column::AccountKey.eq(account_key))
            .filter(login_failure::Column::At.gt(since))
            .count(&self.db)
            .await?;
        if by_account >= rule.per_account {
            return Ok(true);
        }
        let by_address = login_failure::Entity::find()
            .filter(login_failure::Column::Address.eq(address))
            .filter(login_failure::Column::At.gt(since))
            .count(&self.db)
            .await?;
        Ok(by_address >= rule.per_address)
    }

    pub async fn record_login_failure(&self, account_key: &str, address: &str, now: DateTime<Utc>) -> Result<()> {
        login_failure::Entity::insert(login_failure::ActiveModel {
            id: Set(uuid::Uuid::now_v7()),
            at: Set(now),
            account_key: Set(account_key.to_string()),
            address: Set(address.to_string()),
        })
        .exec_without_returning(&self.db)
        .await?;
        Ok(())
    }

    /// A successful login wipes the account's slate (not the address's: one address may be trying
    /// many accounts).
    pub async fn clear_login_failures(&self, account_key: &str) -> Result<()> {
        login_failure::Entity::delete_many()
            .filter(login_failure::Column::AccountKey.eq(account_key))
            .exec(&self.db)
            .await?;
        Ok(())
    }
}
