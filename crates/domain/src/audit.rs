//! The kinds of security event the audit log records.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuditKind {
    SetupCompleted,
    LoginSucceeded,
    LoginFailed,
    LoginThrottled,
    Logout,
    PasswordChanged,
    MemberInvited,
    MemberAdded,
    MemberRemoved,
    RoleChanged,
    ApiTokenCreated,
    ApiTokenRevoked,
    PersonalDataViewed,
    PersonalDataChanged,
    PersonalDataExported,
    PersonalDataErased,
    /// A project's public page and open data were published or taken down.
    OutcomesPublished,
    /// HSDS records were imported into the organisation's service directory.
    DirectoryImported,
    /// The service directory was published for other Open Referral tools to read, or taken down.
    DirectoryPublished,
}

impl AuditKind {
    pub const ALL: [AuditKind; 19] = [
        AuditKind::SetupCompleted,
        AuditKind::LoginSucceeded,
        AuditKind::LoginFailed,
        AuditKind::LoginThrottled,
        AuditKind::Logout,
        AuditKind::PasswordChanged,
        AuditKind::MemberInvited,
        AuditKind::MemberAdded,
        AuditKind::MemberRemoved,
        AuditKind::RoleChanged,
        AuditKind::ApiTokenCreated,
        AuditKind::ApiTokenRevoked,
        AuditKind::PersonalDataViewed,
        AuditKind::PersonalDataChanged,
        AuditKind::PersonalDataExported,
        AuditKind::PersonalDataErased,
        AuditKind::OutcomesPublished,
        AuditKind::DirectoryImported,
        AuditKind::DirectoryPublished,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AuditKind::SetupCompleted => "setup-completed",
            AuditKind::LoginSucceeded => "login-succeeded",
            AuditKind::LoginFailed => "login-failed",
            AuditKind::LoginThrottled => "login-throttled",
            AuditKind::Logout => "logout",
            AuditKind::PasswordChanged => "password-changed",
            AuditKind::MemberInvited => "member-invited",
            AuditKind::MemberAdded => "member-added",
            AuditKind::MemberRemoved => "member-removed",
            AuditKind::RoleChanged => "role-changed",
            AuditKind::ApiTokenCreated => "api-token-created",
            AuditKind::ApiTokenRevoked => "api-token-revoked",
            AuditKind::PersonalDataViewed => "personal-data-viewed",
            AuditKind::PersonalDataChanged => "personal-data-changed",
            AuditKind::PersonalDataExported => "personal-data-exported",
            AuditKind::PersonalDataErased => "personal-data-erased",
            AuditKind::OutcomesPublished => "outcomes-published",
            AuditKind::DirectoryImported => "directory-imported",
            AuditKind::DirectoryPublished => "directory-published",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}
