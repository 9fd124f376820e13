//! The closed list of codes a request can fail with. Each code is part of the API's contract (the
//! `code` of a problem document and the last part of its `type`), the key of its message
//! (`error-<code>` and `error-<code>-detail` in every language), and is answered with one HTTP status
//! that the web crate's table gives it. No other crate invents a code: a new failure is a new
//! variant here, and the compiler then asks for its status.

macro_rules! codes {
    ($($(#[$doc:meta])* $variant:ident => $code:literal,)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ErrorCode {
            $($(#[$doc])* $variant,)*
        }

        impl ErrorCode {
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $code,)*
                }
            }

            pub fn parse(code: &str) -> Option<ErrorCode> {
                ErrorCode::ALL.iter().copied().find(|c| c.as_str() == code)
            }
        }
    };
}

codes! {
    /// Nothing here, or nothing this caller may know about.
    NotFound => "not-found",
    Unauthenticated => "unauthenticated",
    /// The member's role does not allow it.
    Forbidden => "forbidden",
    CsrfFailed => "csrf-failed",
    TooManyAttempts => "too-many-attempts",
    /// Fields are not valid; the problem lists them.
    InvalidInput => "invalid-input",
    /// A JSON body whose values have the wrong type (a number where text is expected…).
    WrongType => "wrong-type",
    TooLarge => "too-large",
    BadRequest => "bad-request",
    MethodNotAllowed => "method-not-allowed",
    UnsupportedMediaType => "unsupported-media-type",
    Internal => "internal",
    /// Making a token or reading as a person needs a signed-in session, not a token.
    SessionRequired => "session-required",
    TokenReadOnly => "token-read-only",
    LastOwner => "last-owner",
    AlreadyMember => "already-member",
    EmailTaken => "email-taken",
    AlreadySetUp => "already-set-up",
    InvitationOtherAccount => "invitation-other-account",
    RoleNotAssignable => "role-not-assignable",
    StatusMoveNotAllowed => "status-move-not-allowed",
    PracticeIncomplete => "practice-incomplete",
    /// A project's power map holds as many stakeholders or relations as it can.
    MapFull => "map-full",
    ProgrammeFull => "programme-full",
    TooManySignUps => "too-many-sign-ups",
    /// The pair is not in a status that allows this.
    PairStatus => "pair-status",
    PairNotMeeting => "pair-not-meeting",
    ParticipantWithdrawn => "participant-withdrawn",
    /// The newcomer already has a pair that holds them.
    NewcomerPaired => "newcomer-paired",
    /// The volunteer has no room for another newcomer.
    VolunteerFull => "volunteer-full",
    /// The programme changed while the round was computed; it is computed again.
    RoundStale => "round-stale",
    SwapBreaksRules => "swap-breaks-rules",
    /// Two proposals with the same volunteer: swapping them changes nothing.
    SwapSameVolunteer => "swap-same-volunteer",
    /// The survey takes no more answers.
    SurveyClosed => "survey-closed",
    /// The invitation code is not one of this survey's, or was used already.
    SurveyInvitationInvalid => "survey-invitation-invalid",
    /// HSDS data with problems (each named by its JSON path or CSV file and line): nothing of it
    /// was imported.
    HsdsInvalid => "hsds-invalid",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_read_back() {
        let mut seen = std::collections::HashSet::new();
        for code in ErrorCode::ALL {
            assert!(seen.insert(code.as_str()), "{} twice", code.as_str());
            assert_eq!(ErrorCode::parse(code.as_str()), Some(*code));
        }
        assert_eq!(ErrorCode::parse("made-up"), None);
    }
}
