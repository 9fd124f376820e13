//! The vocabulary of bridges: typed identifiers, organisations, people with accounts, roles and the
//! authorisation policy, and the parsing constructors that validate input once at the boundary.
//!
//! This crate does no I/O: it knows nothing of HTTP, SQL or files, so every rule here can be tested
//! on its own and reused by the web tier, the store and the command line alike.

#[macro_use]
mod vocabulary;

pub mod audit;
pub mod clock;
pub mod email;
pub mod error;
pub mod error_code;
pub mod ids;
pub mod measure;
pub mod names;
pub mod org;
pub mod pair_status;
pub mod password;
pub mod policy;
pub mod practice;
pub mod referral;
pub mod role;
pub mod sensitive;
pub mod text;
pub mod token;

pub use audit::AuditKind;
pub use clock::{Clock, FixedClock, SystemClock};
pub use email::Email;
pub use error::{check_text, FieldError, ValidationErrors};
pub use error_code::ErrorCode;
pub use ids::{
    ActivityId, AdviceId, ApiTokenId, AuditEventId, CheckInId, ClientId, DirectoryId, FrameworkId, IndicatorId,
    InvitationId, MembershipId, OrgId, PairId, ParticipantId, PracticeId, ProgrammeId, ProjectId, ReferralId,
    ResponseId, ReviewId, SeriesId, StakeholderId, SurveyId, UserId, WorkReviewId,
};
pub use org::{CountryCode, DisplayName, Language, OrgName, TimeZoneName};
pub use pair_status::PairStatus;
pub use password::{Password, PasswordHash};
pub use policy::Permission;
pub use practice::PracticeStatus;
pub use role::Role;
pub use sensitive::Sensitive;
pub use token::SecretToken;
