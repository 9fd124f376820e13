//! Login throttling that slows attackers without locking owners out (OWASP's advice on blocking
//! brute force): failures count per account *and address*, so an attacker at one address stops
//! only their own attempts; an account under attack from many addresses refuses only logins from
//! devices it has not seen, while a device that logged in before (a signed device cookie, checked
//! by the caller) keeps working, with its own small budget; and an address that fails against
//! many accounts is slowed down, never blocked, so colleagues behind the same NAT still get in.
//! The counts live in the database so every process behind a load balancer sees the same.

use crate::entity::login_failure;
use crate::error::Result;
use crate::Store;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter};

/// How many failed logins are tolerated within a window, and by whom.
#[derive(Debug, Clone, Copy)]
pub struct ThrottleRule {
    pub window: Duration,
    /// Failures for one account from one address before that address is refused for it.
    pub per_account_and_address: u64,
    /// Failures for one account from anywhere before devices it has not seen are refused.
    pub per_account: u64,
    /// Failures through one recognised device before that device is refused too.
    pub per_device: u64,
    /// Failures from one address, across accounts, before its attempts are slowed down.
    pub per_address: u64,
    /// How long each attempt from such an address waits before it is checked.
    pub slow_down: std::time::Duration,
}

impl Default for ThrottleRule {
    fn default() -> Self {
        Self {
            window: Duration::minutes(15),
            per_account_and_address: 5,
            per_account: 20,
            per_device: 5,
            per_address: 30,
            slow_down: std::time::Duration::from_secs(2),
        }
    }
}

/// What to do with a login attempt before its password is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginGate {
    Open,
    /// Check it, but only after waiting this long.
    Slow(std::time::Duration),
    /// Refuse it without checking the password (which also keeps a flood cheap).
    Refused,
}

/// Who is trying: the account's key (its email), the network address, and the device if it carries
/// a valid device cookie for this account.
#[derive(Debug, Clone, Copy)]
pub struct LoginAttempt<'a> {
    pub account: &'a str,
    pub address: &'a str,
    pub device: Option<&'a str>,
}

fn device_key(device: &str) -> String {
    format!("device:{device}")
}

impl Store {
    pub async fn login_gate(&self, who: LoginAttempt<'_>, now: DateTime<Utc>, rule: ThrottleRule) -> Result<LoginGate> {
        let since = now - rule.window;
        let failures = |condition: Condition| {
            login_failure::Entity::find().filter(condition).filter(login_failure::Column::At.gt(since)).count(&self.db)
        };
        if let Some(device) = who.device {
            let by_device =
                failures(Condition::all().add(login_failure::Column::AccountKey.eq(device_key(device)))).await?;
            return Ok(if by_device >= rule.per_device { LoginGate::Refused } else { LoginGate::Open });
        }
        let here = Condition::all()
            .add(login_failure::Column::AccountKey.eq(who.account))
            .add(login_failure::Column::Address.eq(who.address));
        if failures(here).await? >= rule.per_account_and_address {
            return Ok(LoginGate::Refused);
        }
        if failures(Condition::all().add(login_failure::Column::AccountKey.eq(who.account))).await? >= rule.per_account
        {
            return Ok(LoginGate::Refused);
        }
        let from_address = failures(Condition::all().add(login_failure::Column::Address.eq(who.address))).await?;
        Ok(if from_address >= rule.per_address { LoginGate::Slow(rule.slow_down) } else { LoginGate::Open })
    }

    /// Counts a failure against the account (or, through a recognised device, against that device)
    /// and the address.
    pub async fn record_login_failure(&self, who: LoginAttempt<'_>, now: DateTime<Utc>) -> Result<()> {
        let account = who.device.map(device_key).unwrap_or_else(|| who.account.to_string());
        login_failure::Entity::insert(login_failure::ActiveModel {
            id: Set(uuid::Uuid::now_v7()),
            at: Set(now),
            account_key: Set(account),
            address: Set(who.address.to_string()),
        })
        .exec_without_returning(&self.db)
        .await?;
        Ok(())
    }

    /// A successful login wipes the slate of the account at this address and of this device; the
    /// failures others made against the account elsewhere still count, so an attack does not get
    /// a fresh budget each time the owner logs in.
    pub async fn clear_login_failures(&self, who: LoginAttempt<'_>) -> Result<()> {
        let mut mine = Condition::any().add(
            Condition::all()
                .add(login_failure::Column::AccountKey.eq(who.account))
                .add(login_failure::Column::Address.eq(who.address)),
        );
        if let Some(device) = who.device {
            mine = mine.add(login_failure::Column::AccountKey.eq(device_key(device)));
        }
        login_failure::Entity::delete_many().filter(mine).exec(&self.db).await?;
        Ok(())
    }

    /// A keyed digest (HMAC under a key derived from the field key) of `text`: for values the
    /// service must recognise later without storing them, such as device cookies.
    pub fn keyed_digest(&self, text: &str) -> Result<String> {
        self.field_key()?.digest(text)
    }
}
