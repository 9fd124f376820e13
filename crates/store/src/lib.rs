//! Persistence for bridges: one set of migrations and one set of queries over SQLite (the embedded
//! default) and PostgreSQL, chosen at run time from the database URL.
//!
//! Repositories take the organisation id in every method that touches an organisation's data, and
//! methods that change such data take a [`bridges_domain::Grant`] from the authorisation policy.
//! Methods that read people's personal data also take a [`Reading`] and write its audit entry
//! themselves, before the data leaves this crate.
//! This crate knows nothing of HTTP; secrets arrive here already hashed or as tokens whose digest
//! alone is stored.

mod audit;
mod connect;
mod directory;
mod directory_publishing;
mod entity;
mod erasure;
mod error;
mod frameworks;
mod invitations;
mod measure;
mod migration;
mod orgs;
mod pairs;
mod policy;
mod practices;
mod private;
mod programmes;
mod projects;
mod publications;
mod reading;
mod records;
mod referrals;
mod roster;
mod seal;
mod sessions;
mod settings;
mod surveys;
// Raw SQL and throwaway databases are for tests only: behind a feature that only dev-dependencies
// turn on, so no release build carries them.
#[cfg(feature = "test-support")]
pub mod test_support;
mod throttle;
mod tokens;
mod users;

pub use audit::{naming, personal_data_event, AuditEntry, AuditEvent, AUDIT_NAMES_AT_MOST};
pub use connect::{Backend, SqliteSync, Store};
pub use directory::{DirectoryRecord, DirectoryWritten, StoredDirectory, LINK_COLUMNS};
pub use directory_publishing::{DirectoryPublication, PublishedDirectory, RecordFilter, RecordPage};
pub use erasure::{Erased, PersonHeld};
pub use error::StoreError;
pub use frameworks::StoredFramework;
pub use invitations::Invitee;
pub use measure::{
    AdviceTotals, CheckInSummary, Counts, IndicatorDefinition, IndicatorValue, NewActivity, NewAdvice, NewReview,
    NewSeries, NewValue, PairFacts, ProgrammeFacts, Scope, StoredActivity, StoredAdvice, StoredIndicator, StoredReview,
    StoredSeries, SurveyMeasure, Totals, MAX_ACTIVITIES_AT_ONCE,
};
pub use orgs::NewOrganisation;
pub use pairs::{NewCheckIn, NewProposal, ProgrammeHeld, StoredCheckIn, StoredPair, StoredRound};
pub use policy::{Grant, Membership};
pub use practices::{Review, StoredPractice};
pub use programmes::{Consent, NewParticipant, ProgrammeChange, StoredParticipant, StoredProgramme, MAX_PARTICIPANTS};
pub use projects::{Change, Choice, Project, StoredRelation, StoredStakeholder, REGISTERS};
pub use publications::{PublicView, Publication};
pub use reading::Reading;
pub use records::{Invitation, Member, Organisation, User};
pub use referrals::{
    NewReferral, ReferralEvent, ReferralFilter, ReferralPerson, ReferralTotals, ReferredPerson, StoredReferral,
};
pub use roster::{
    Listed, Paging, PairGroup, PairHeld, PairsAsked, PairsListed, PeopleFilter, ProgrammeCounts, Standing, WAIT_BOUNDS,
};
pub use seal::FieldKey;
pub use surveys::{Figure, NewResponse, NewSurvey, ResponseFacts, SealedFacts, StoredResponse, StoredSurvey, Via};
pub use throttle::{LoginAttempt, LoginGate, ThrottleRule};
pub use tokens::{ApiTokenInfo, TokenHolder};
pub use users::NewUser;

/// SHA-256 of a secret token, hex-encoded: what the database keeps instead of the token.
pub(crate) fn digest(token: &bridges_domain::SecretToken) -> String {
    digest_text(token.as_str())
}

/// SHA-256 of any text, hex-encoded.
pub(crate) fn digest_text(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let out = Sha256::digest(text.as_bytes());
    out.iter().map(|b| format!("{b:02x}")).collect()
}
