//! A store of its own for each test: SQLite in a temporary folder, or a fresh PostgreSQL database
//! made for the test and dropped after it.

use bridges_domain::{
    Clock, CountryCode, DisplayName, Email, FixedClock, Language, OrgId, OrgName, ParticipantId, PasswordHash,
    Permission, ProgrammeId, Role, Sensitive, TimeZoneName, UserId,
};
use bridges_store::{FieldKey, NewOrganisation, NewParticipant, NewProposal, Store, StoreError};
use bridges_store::{Grant, Membership, Reading};
use chrono::{DateTime, Duration, TimeZone, Utc};
use std::fmt::Debug;

/// Where the PostgreSQL variants find a server they may create databases on.
pub const POSTGRES_ENV: &str = "BRIDGES_TEST_POSTGRES";

/// Generates, for each named `async fn NAME(db: &TestDb)` in the module, a test on SQLite
/// (`sqlite::NAME`) and one on PostgreSQL (`postgres::NAME`). The PostgreSQL ones are ignored
/// unless asked for, so a plain `cargo test` reports them as not run instead of passing them.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let db = $crate::harness::TestDb::sqlite().await;
                    super::$name(&db).await;
                    db.finish().await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                #[ignore = "needs PostgreSQL: set BRIDGES_TEST_POSTGRES and run with --ignored"]
                async fn $name() {
                    let db = $crate::harness::TestDb::postgres().await;
                    super::$name(&db).await;
                    db.finish().await;
                }
            )*
        }
    };
}

/// A placeholder hash: no test here checks a password, and real hashing is slow.
const HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";

pub struct TestDb {
    pub store: Store,
    pub clock: FixedClock,
    _folder: Option<tempfile::TempDir>,
    postgres: Option<ThrowawayDatabase>,
}

impl TestDb {
    pub async fn sqlite() -> Self {
        let folder = tempfile::tempdir().unwrap();
        let store = Store::open_sqlite(folder.path()).await.unwrap();
        Self::ready(store, Some(folder), None).await
    }

    /// Refuses loudly without a server: a PostgreSQL test that was asked for must not pass by
    /// doing nothing.
    pub async fn postgres() -> Self {
        let admin = std::env::var(POSTGRES_ENV).unwrap_or_else(|_| {
            panic!(
                "{POSTGRES_ENV} is not set: the PostgreSQL variants need a server where they may create \
                 databases, e.g. {POSTGRES_ENV}=postgres://postgres@127.0.0.1:5432/postgres"
            )
        });
        let (name, url) = bridges_store::test_support::create_postgres_database(&admin).await.unwrap();
        let database = ThrowawayDatabase { admin, name, dropped: false };
        let store = Store::connect(&url).await.unwrap();
        Self::ready(store, None, Some(database)).await
    }

    async fn ready(store: Store, folder: Option<tempfile::TempDir>, postgres: Option<ThrowawayDatabase>) -> Self {
        store.migrate().await.unwrap();
        let store = store.with_field_key(FieldKey::generate());
        let clock = FixedClock::new(Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap());
        Self { store, clock, _folder: folder, postgres }
    }

    pub async fn finish(mut self) {
        if let Some(mut database) = self.postgres.take() {
            self.store.clone().close().await.unwrap();
            database.drop_now().await;
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    pub fn advance(&self, by: Duration) {
        self.clock.advance(by);
    }

    pub async fn user(&self, email: &str) -> UserId {
        self.store.create_user(&new_user(email), self.now()).await.unwrap()
    }

    /// A new organisation, with a new account as its owner; answers the owner's membership.
    pub async fn org(&self, name: &str, owner_email: &str) -> Membership {
        let owner = self.user(owner_email).await;
        self.store.create_org(&new_org(name), owner, self.now()).await.unwrap()
    }

    /// A new account with `role` in `org`.
    pub async fn member(&self, org: OrgId, email: &str, role: Role) -> Membership {
        let user = self.user(email).await;
        self.store.add_member(org, user, role, self.now()).await.unwrap()
    }

    pub async fn programme(&self, coordinator: &Membership) -> ProgrammeId {
        let settings = r#"{"rules": [], "weights": {}}"#;
        self.store
            .create_programme(&grant(coordinator), "Language cafe", "language", settings, self.now())
            .await
            .unwrap()
    }

    /// Staff entry of people, each `(side, name)`, each agreeing to be paired and contacted.
    pub async fn people(
        &self,
        staff: &Membership,
        programme: ProgrammeId,
        people: &[(&str, &str)],
    ) -> Vec<ParticipantId> {
        let people: Vec<NewParticipant> = people.iter().map(|(side, name)| self.person(side, name)).collect();
        self.store.add_participants(&grant(staff), programme, &people, "staff", self.now()).await.unwrap()
    }

    pub fn person(&self, side: &str, name: &str) -> NewParticipant {
        NewParticipant {
            side: side.to_string(),
            record: record(name),
            consents: vec![
                ("pairing".to_string(), "I agree to be paired.".to_string()),
                ("contact".to_string(), "You may email me.".to_string()),
            ],
            joined_at: self.now(),
            findable: vec![format!("name:{}", name.to_lowercase())],
        }
    }

    pub async fn revision(&self, member: &Membership, programme: ProgrammeId) -> u64 {
        self.store.programme(&grant::<bridges_domain::policy::ReadOrg>(member), programme).await.unwrap().revision
    }

    /// Saves a round proposing `pairs` (newcomer, volunteer), computed from the current revision.
    pub async fn propose(
        &self,
        coordinator: &Membership,
        programme: ProgrammeId,
        pairs: &[(ParticipantId, ParticipantId)],
    ) {
        let revision = self.revision(coordinator, programme).await;
        let proposals = proposals(pairs);
        let summary = serde_json::json!({ "proposals": proposals.len() }).to_string();
        self.store
            .save_round(&grant(coordinator), programme, revision, &proposals, (&summary, &[]), self.now())
            .await
            .unwrap();
    }

    /// The pair of the programme between these two people, in whatever state.
    pub async fn pair_of(
        &self,
        staff: &Membership,
        programme: ProgrammeId,
        newcomer: ParticipantId,
        volunteer: ParticipantId,
    ) -> bridges_store::StoredPair {
        let pairs = self.store.pairs(&grant(staff), programme, viewing(), self.now()).await.unwrap();
        let mut found = pairs.into_iter().filter(|p| p.newcomer == newcomer && p.volunteer == volunteer);
        let pair = found.next().unwrap_or_else(|| panic!("no pair {newcomer} with {volunteer}"));
        assert!(found.next().is_none(), "one pair per two people");
        pair
    }

    /// How many rows `table` holds, read by the database itself rather than through the store.
    pub async fn rows(&self, table: &str) -> u64 {
        let sql = format!("SELECT CAST(COUNT(*) AS TEXT) FROM {table}");
        let text = bridges_store::test_support::query_text(&self.store, &sql).await.unwrap().unwrap();
        text.parse().unwrap()
    }

    /// How many of the tallies the database keeps of each programme's people and pairs by kind
    /// (side and status, or a pair's status) differ from counting their rows: 0 when all agree.
    pub async fn tallies_wrong(&self) -> u64 {
        let participants = "SELECT programme_id, side || ':' || status, COUNT(*) FROM participants \
                            GROUP BY programme_id, side, status";
        let pairs = "SELECT programme_id, 'pair:' || status, COUNT(*) FROM pairs GROUP BY programme_id, status";
        let tallied = "SELECT programme_id, what, total FROM programme_tallies WHERE total <> 0";
        // What a count finds that no tally says, and what a tally says that no count finds (a kind
        // is of participants or of pairs, never both, so two EXCEPTs in turn take out both).
        let missing = self.rows(&format!("({participants} UNION ALL {pairs} EXCEPT {tallied}) AS missing")).await;
        let wrong = self.rows(&format!("({tallied} EXCEPT {participants} EXCEPT {pairs}) AS wrong")).await;
        missing + wrong
    }

    /// Every value of a text column, joined, as the database holds it.
    pub async fn raw_column(&self, table: &str, column: &str) -> String {
        let sql = match self.store.backend() {
            bridges_store::Backend::Postgres => format!("SELECT COALESCE(string_agg({column}, '|'), '') FROM {table}"),
            bridges_store::Backend::Sqlite => format!("SELECT COALESCE(group_concat({column}, '|'), '') FROM {table}"),
        };
        bridges_store::test_support::query_text(&self.store, &sql).await.unwrap().unwrap_or_default()
    }
}

/// A PostgreSQL database that outlives its test only if dropping it fails: a test that panics
/// before `finish` still drops it, from a runtime of its own.
struct ThrowawayDatabase {
    admin: String,
    name: String,
    dropped: bool,
}

impl ThrowawayDatabase {
    async fn drop_now(&mut self) {
        bridges_store::test_support::drop_postgres_database(&self.admin, &self.name).await.unwrap();
        self.dropped = true;
    }
}

impl Drop for ThrowawayDatabase {
    fn drop(&mut self) {
        if self.dropped {
            return;
        }
        let (admin, name) = (self.admin.clone(), self.name.clone());
        // The test's runtime may be unwinding; a thread with its own runtime does not depend on it.
        let cleanup = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            runtime.block_on(bridges_store::test_support::drop_postgres_database(&admin, &name))
        });
        if !matches!(cleanup.join(), Ok(Ok(()))) {
            eprintln!("could not drop the test database {}", self.name);
        }
    }
}

/// Proposals for `pairs` (newcomer, volunteer), each explained by a shared language.
pub fn proposals(pairs: &[(ParticipantId, ParticipantId)]) -> Vec<NewProposal> {
    pairs
        .iter()
        .map(|(newcomer, volunteer)| NewProposal {
            newcomer: *newcomer,
            volunteer: *volunteer,
            score: 70,
            explanation: r#"{"shared": ["Arabic"]}"#.to_string(),
        })
        .collect()
}

pub fn grant<P: Permission>(membership: &Membership) -> Grant<P> {
    membership.grant().unwrap_or_else(|_| panic!("{:?} may not {}", membership.role(), std::any::type_name::<P>()))
}

pub fn new_user(email: &str) -> bridges_store::NewUser {
    bridges_store::NewUser {
        email: Email::parse(email).unwrap(),
        display_name: DisplayName::parse(email.split('@').next().unwrap()).unwrap(),
        password_hash: PasswordHash::from_stored(HASH.to_string()),
        language: None,
    }
}

pub fn new_org(name: &str) -> NewOrganisation {
    NewOrganisation {
        name: OrgName::parse(name).unwrap(),
        country: CountryCode::parse("SE").unwrap(),
        language: Language::parse("en").unwrap(),
        time_zone: TimeZoneName::parse("Europe/Stockholm").unwrap(),
    }
}

/// A participant's record as the web layer writes it (only the store's view of it matters here).
pub fn record(name: &str) -> Sensitive<String> {
    Sensitive::new(serde_json::json!({ "name": name, "languages": ["ar", "sv"] }).to_string())
}

/// A volunteer's record saying they take `capacity` newcomers at once.
pub fn record_taking(name: &str, capacity: u32) -> Sensitive<String> {
    Sensitive::new(serde_json::json!({ "name": name, "languages": ["sv"], "capacity": capacity }).to_string())
}

/// How many newcomers a volunteer takes, as the application reads it from their record: one when
/// the record does not say.
pub fn capacity(record: &str) -> u32 {
    let value: serde_json::Value = serde_json::from_str(record).unwrap_or_default();
    value["capacity"].as_u64().map_or(1, |c| u32::try_from(c).unwrap())
}

/// Every volunteer takes one newcomer.
pub fn one_each(_record: &str) -> u32 {
    1
}

/// How the tests read people: as a page named "test" shows them.
pub fn viewing() -> Reading<'static> {
    Reading::viewing("test")
}

/// The name in a record the store handed back.
pub fn name_in(record: &Sensitive<String>) -> String {
    let value: serde_json::Value = serde_json::from_str(record.expose()).unwrap();
    value["name"].as_str().unwrap().to_string()
}

#[track_caller]
pub fn assert_conflict<T: Debug>(result: Result<T, StoreError>, code: &str) {
    match result {
        Err(StoreError::Conflict(found)) if found.as_str() == code => {}
        other => panic!("expected the conflict {code:?}, got {other:?}"),
    }
}

#[track_caller]
pub fn assert_not_found<T: Debug>(result: Result<T, StoreError>) {
    match result {
        Err(StoreError::NotFound) => {}
        other => panic!("expected not found, got {other:?}"),
    }
}
