//! What the benches share: a fixed pseudo-random sequence, sizes from the environment, and an
//! organisation with its owner in a SQLite store in a temporary folder, so each bench times only
//! what it is about.

use bridges_app::Services;
use bridges_domain::{CountryCode, DisplayName, Email, FixedClock, Language, OrgName, PasswordHash, TimeZoneName};
use bridges_store::{FieldKey, Membership, NewOrganisation, NewUser, Store};
use chrono::{DateTime, TimeZone, Utc};
use std::sync::Arc;

/// A linear congruential generator (Knuth's MMIX constants): the same data on every run, with no
/// dependency for it.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self) -> u32 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as u32
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u32) -> u32 {
        self.next() % n
    }
}

/// A size from `name` (underscores allowed, as in `100_000`), or `default`.
pub fn from_env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.replace('_', "").parse().ok()).unwrap_or(default)
}

/// An organisation with its owner, in a fresh store; the folder lives as long as this does.
pub struct Org {
    pub store: Store,
    pub owner: Membership,
    /// The moment everything happens at, and the clock's.
    pub now: DateTime<Utc>,
    /// Held, not read: the store's files go with it.
    _folder: tempfile::TempDir,
}

impl Org {
    /// The store with a clock stopped at `now`, as the app sees it.
    pub fn services(&self) -> Services {
        Services::new(self.store.clone(), Arc::new(FixedClock::new(self.now)))
    }
}

pub async fn organisation() -> Org {
    let folder = tempfile::tempdir().unwrap();
    let store = Store::open_sqlite(folder.path()).await.unwrap();
    store.migrate().await.unwrap();
    let store = store.with_field_key(FieldKey::generate());
    let now = Utc.with_ymd_and_hms(2026, 11, 15, 9, 0, 0).unwrap();
    let user = NewUser {
        email: Email::parse("olga@example.org").unwrap(),
        display_name: DisplayName::parse("Olga").unwrap(),
        // A placeholder: nobody logs in here.
        password_hash: PasswordHash::from_stored(
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA".to_string(),
        ),
        language: None,
    };
    let user = store.create_user(&user, now).await.unwrap();
    let org = NewOrganisation {
        name: OrgName::parse("Bridges Malmö").unwrap(),
        country: CountryCode::parse("SE").unwrap(),
        language: Language::parse("en").unwrap(),
        time_zone: TimeZoneName::parse("Europe/Stockholm").unwrap(),
    };
    let owner = store.create_org(&org, user, now).await.unwrap();
    Org { store, owner, now, _folder: folder }
}
