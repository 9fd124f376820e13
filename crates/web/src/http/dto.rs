//! The shapes every wing of the API shares: the problem document, and the lists of values fields
//! take, spelled out for the OpenAPI document.

use serde::Serialize;
use utoipa::ToSchema;

/// An RFC 9457 problem document.
#[derive(Serialize, ToSchema)]
pub struct Problem {
    /// A URI reference naming the kind of problem: `/api/problems/<code>`.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// The stable code of the problem.
    pub code: String,
    pub instance: String,
    /// For invalid input: what is wrong with each field.
    pub errors: Option<Vec<ProblemFieldError>>,
}

#[derive(Serialize, ToSchema)]
pub struct ProblemFieldError {
    pub field: String,
    pub code: String,
    pub detail: String,
}

/// A 422 problem document of `code` whose errors name places the API's own fields do not (a
/// question of a survey's form, a record of an imported file), each with its code and message.
pub fn refused(
    tr: &crate::http::i18n::Tr,
    instance: &str,
    code: bridges_domain::ErrorCode,
    errors: Vec<ProblemFieldError>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let code = code.as_str();
    let doc = Problem {
        kind: format!("/api/problems/{code}"),
        title: tr.t(&format!("error-{code}")),
        status: 422,
        detail: tr.t(&format!("error-{code}-detail")),
        code: code.to_string(),
        instance: instance.to_string(),
        errors: Some(errors),
    };
    let body = serde_json::to_string(&doc).unwrap_or_default();
    (
        axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        [(axum::http::header::CONTENT_TYPE, "application/problem+json")],
        body,
    )
        .into_response()
}

/// The values fields of the API take, spelled out for the OpenAPI document. The server checks them
/// with the domain's own parsers; these types only describe them (a test keeps them in step).
pub mod names {
    // Never built: they exist for the document only.
    #![allow(dead_code)]
    use serde::Serialize;
    use utoipa::ToSchema;

    /// A member's role, from the most to the least powerful.
    #[derive(Serialize, ToSchema)]
    #[serde(rename_all = "kebab-case")]
    pub enum RoleName {
        Owner,
        Coordinator,
        Staff,
        Volunteer,
        Viewer,
    }

    /// A language bridges speaks.
    #[derive(Serialize, ToSchema)]
    #[serde(rename_all = "kebab-case")]
    pub enum LanguageCode {
        En,
        Fr,
        It,
        Ar,
        Es,
        Uk,
        Fa,
        Bg,
    }

    #[derive(Serialize, ToSchema)]
    #[serde(rename_all = "kebab-case")]
    pub enum ProgrammeKind {
        Buddy,
        LanguageExchange,
        Mentoring,
        Shadowing,
    }

    #[derive(Serialize, ToSchema)]
    #[serde(rename_all = "kebab-case")]
    pub enum SideName {
        Newcomer,
        Volunteer,
    }

    /// Where a participant stands: waiting (a newcomer with no open pair), proposed (in a round's
    /// proposal), paired (accepted or introduced), active (meeting), withdrawn.
    #[derive(Serialize, ToSchema)]
    #[serde(rename_all = "kebab-case")]
    pub enum StandingName {
        Waiting,
        Proposed,
        Paired,
        Active,
        Withdrawn,
    }

    /// A group of pairs: proposed, accepted, meeting (introduced or active), quiet (meeting but
    /// silent longer than the programme allows), closed.
    #[derive(Serialize, ToSchema)]
    #[serde(rename_all = "kebab-case")]
    pub enum PairGroupName {
        Proposed,
        Accepted,
        Meeting,
        Quiet,
        Closed,
    }

    #[derive(Serialize, ToSchema)]
    #[serde(rename_all = "kebab-case")]
    pub enum ParticipantStatus {
        Active,
        Withdrawn,
    }

    #[derive(Serialize, ToSchema)]
    #[serde(rename_all = "kebab-case")]
    pub enum ParticipantSource {
        Staff,
        Intake,
        Import,
    }

    /// Where a pair is in its life cycle.
    #[derive(Serialize, ToSchema)]
    #[serde(rename_all = "kebab-case")]
    pub enum PairStatusName {
        Proposed,
        Accepted,
        Introduced,
        Active,
        Closed,
        Rejected,
    }

    /// The steps a coordinator takes a pair through (a pair becomes active at its first check-in).
    #[derive(Serialize, ToSchema)]
    #[serde(rename_all = "kebab-case")]
    pub enum PairStep {
        Accepted,
        Rejected,
        Introduced,
        Closed,
    }

    #[derive(Serialize, ToSchema)]
    #[serde(rename_all = "kebab-case")]
    pub enum PracticeStatusName {
        Private,
        Review,
        Published,
    }

    #[derive(Serialize, ToSchema)]
    #[serde(rename_all = "kebab-case")]
    pub enum RelationKind {
        Influences,
        Funds,
        AnswersTo,
        AlliedWith,
    }

    #[derive(Serialize, ToSchema)]
    #[serde(rename_all = "kebab-case")]
    pub enum AuditKindName {
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
        OutcomesPublished,
        DirectoryImported,
        DirectoryPublished,
    }
}
