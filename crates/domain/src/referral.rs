//! Referrals: a person sent on to a service in a directory, with their consent, and followed until
//! the team knows what came of it. HSDS says nothing of referrals; these are bridges' own words.
//!
//! A referral moves forward only: made → contacted → seen → closed, where "contacted" (the service
//! was reached) and "seen" (the person was seen there) may be skipped. Closing records an outcome;
//! an outcome that is not the need met says why.

vocabulary!(
    /// Where a referral stands.
    ReferralStatus {
        /// The team made it: the person was told where to go, or the service was sent their details.
        Made => "made",
        /// The service was reached and knows the person is coming.
        Contacted => "contacted",
        /// The person was seen by the service.
        Seen => "seen",
        /// What came of it is recorded.
        Closed => "closed",
    }
);

vocabulary!(
    /// What came of a referral.
    ReferralOutcome {
        /// The service met the need.
        Met => "met",
        PartlyMet => "partly-met",
        NotMet => "not-met",
        /// The person did not go, or the service never took the referral up.
        NotTakenUp => "not-taken-up",
    }
);

vocabulary!(
    /// Why a referral did not meet the need.
    ReferralReason {
        NotEligible => "not-eligible",
        NoCapacity => "no-capacity",
        ServiceUnreachable => "service-unreachable",
        PersonUnreachable => "person-unreachable",
        DidNotAttend => "did-not-attend",
        Declined => "declined",
        DocumentsMissing => "documents-missing",
        Cost => "cost",
        LanguageBarrier => "language-barrier",
        ServiceClosed => "service-closed",
        /// The person took their consent back: what was held about them is gone.
        ConsentWithdrawn => "consent-withdrawn",
        Other => "other",
    }
);

vocabulary!(
    /// What the team did.
    ReferralMode {
        /// The person was told where to go and goes themselves: nothing about them is shared.
        Signpost => "signpost",
        /// The team passed the person's details to the service.
        Referral => "referral",
    }
);

vocabulary!(
    /// How the person gave their consent.
    ConsentMethod {
        Spoken => "spoken",
        Written => "written",
        Online => "online",
    }
);

impl ReferralOutcome {
    /// Whether the referral counts as completed: the need met, in full or in part.
    pub fn completed(self) -> bool {
        matches!(self, ReferralOutcome::Met | ReferralOutcome::PartlyMet)
    }
}

/// A step a referral takes: to a status, with an outcome and a reason when it closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Move {
    pub to: ReferralStatus,
    pub outcome: Option<ReferralOutcome>,
    pub reason: Option<ReferralReason>,
}

/// Why a step is refused: the field it concerns and the message key.
pub type Refusal = (&'static str, &'static str);

impl ReferralStatus {
    fn rank(self) -> u8 {
        match self {
            ReferralStatus::Made => 0,
            ReferralStatus::Contacted => 1,
            ReferralStatus::Seen => 2,
            ReferralStatus::Closed => 3,
        }
    }

    /// The statuses a referral can move to from this one.
    pub fn next(self) -> Vec<ReferralStatus> {
        ReferralStatus::ALL.iter().copied().filter(|s| s.rank() > self.rank()).collect()
    }

    /// Days until the next follow-up falls due once a referral reaches this status: a week to
    /// check the service was reached, two to check the person was seen and two more for the
    /// outcome; a closed referral needs none.
    pub fn follow_up_days(self) -> Option<u64> {
        match self {
            ReferralStatus::Made => Some(7),
            ReferralStatus::Contacted | ReferralStatus::Seen => Some(14),
            ReferralStatus::Closed => None,
        }
    }
}

/// Checks a step from `from`: only forward; an outcome and a reason only when closing; a closing
/// before the person was seen can only say the referral was not taken up or did not meet the
/// need; an outcome other than the need met needs a reason, except "partly met", which may have
/// one.
pub fn check_move(from: ReferralStatus, step: Move) -> Result<(), Refusal> {
    if step.to.rank() <= from.rank() {
        return Err(("status", "referral-move-backwards"));
    }
    if step.to != ReferralStatus::Closed {
        if step.outcome.is_some() {
            return Err(("outcome", "referral-outcome-not-closing"));
        }
        if step.reason.is_some() {
            return Err(("reason", "referral-reason-not-closing"));
        }
        return Ok(());
    }
    let Some(outcome) = step.outcome else {
        return Err(("outcome", "referral-outcome-missing"));
    };
    if from != ReferralStatus::Seen && outcome.completed() {
        return Err(("outcome", "referral-outcome-not-seen"));
    }
    let reason_needed = matches!(outcome, ReferralOutcome::NotMet | ReferralOutcome::NotTakenUp);
    if reason_needed && step.reason.is_none() {
        return Err(("reason", "referral-reason-missing"));
    }
    if outcome == ReferralOutcome::Met && step.reason.is_some() {
        return Err(("reason", "referral-reason-when-met"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ReferralOutcome as O;
    use ReferralReason as R;
    use ReferralStatus as S;

    fn to(to: S, outcome: Option<O>, reason: Option<R>) -> Move {
        Move { to, outcome, reason }
    }

    #[test]
    fn a_referral_moves_forward_and_may_skip_steps() {
        assert_eq!(check_move(S::Made, to(S::Contacted, None, None)), Ok(()));
        assert_eq!(check_move(S::Made, to(S::Seen, None, None)), Ok(()));
        assert_eq!(check_move(S::Contacted, to(S::Seen, None, None)), Ok(()));
        assert_eq!(check_move(S::Seen, to(S::Closed, Some(O::Met), None)), Ok(()));
        assert_eq!(check_move(S::Seen, to(S::Closed, Some(O::PartlyMet), Some(R::NoCapacity))), Ok(()));
        assert_eq!(check_move(S::Seen, to(S::Contacted, None, None)), Err(("status", "referral-move-backwards")));
        assert_eq!(
            check_move(S::Closed, to(S::Closed, Some(O::Met), None)),
            Err(("status", "referral-move-backwards"))
        );
        assert_eq!(check_move(S::Made, to(S::Made, None, None)), Err(("status", "referral-move-backwards")));
        assert_eq!(S::Made.next(), vec![S::Contacted, S::Seen, S::Closed]);
        assert!(S::Closed.next().is_empty());
    }

    #[test]
    fn closing_says_what_came_of_it_and_why_it_failed() {
        assert_eq!(check_move(S::Seen, to(S::Closed, None, None)), Err(("outcome", "referral-outcome-missing")));
        assert_eq!(
            check_move(S::Seen, to(S::Closed, Some(O::NotMet), None)),
            Err(("reason", "referral-reason-missing"))
        );
        assert_eq!(check_move(S::Seen, to(S::Closed, Some(O::NotMet), Some(R::NotEligible))), Ok(()));
        assert_eq!(
            check_move(S::Made, to(S::Closed, Some(O::Met), None)),
            Err(("outcome", "referral-outcome-not-seen"))
        );
        assert_eq!(
            check_move(S::Contacted, to(S::Closed, Some(O::NotTakenUp), None)),
            Err(("reason", "referral-reason-missing"))
        );
        assert_eq!(check_move(S::Made, to(S::Closed, Some(O::NotTakenUp), Some(R::DidNotAttend))), Ok(()));
        assert_eq!(
            check_move(S::Seen, to(S::Closed, Some(O::Met), Some(R::Cost))),
            Err(("reason", "referral-reason-when-met"))
        );
        assert_eq!(
            check_move(S::Made, to(S::Seen, Some(O::Met), None)),
            Err(("outcome", "referral-outcome-not-closing"))
        );
        assert_eq!(
            check_move(S::Made, to(S::Seen, None, Some(R::Cost))),
            Err(("reason", "referral-reason-not-closing"))
        );
    }

    #[test]
    fn follow_ups_fall_due_after_each_step_but_the_last() {
        assert_eq!(S::Made.follow_up_days(), Some(7));
        assert_eq!(S::Seen.follow_up_days(), Some(14));
        assert_eq!(S::Closed.follow_up_days(), None);
        assert!(O::PartlyMet.completed() && !O::NotTakenUp.completed());
    }
}
