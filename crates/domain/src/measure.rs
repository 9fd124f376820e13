//! Measure's vocabulary: the kinds of activity an organisation logs, what an advice contact can
//! lead to, where an indicator's numbers come from and how attendance is broken down. Closed lists,
//! so the store keeps codes and every page, import and API speaks the same words.

vocabulary!(
    /// What kind of thing the organisation did.
    ActivityKind {
        Event => "event",
        /// A group session: a language café, a workshop, a drop-in.
        Session => "session",
        Training => "training",
        /// A meeting with decision-makers or partners.
        Meeting => "meeting",
        Publication => "publication",
        Campaign => "campaign",
        Referral => "referral",
        /// A booking of a room, an event space or a training.
        Booking => "booking",
        Other => "other",
    }
);

vocabulary!(
    /// Where an advice contact left things.
    AdviceOutcome {
        /// The question was answered or the problem solved.
        Resolved => "resolved",
        /// Work goes on: a follow-up is due.
        Ongoing => "ongoing",
        /// Sent on to another service.
        Referred => "referred",
        /// The person did not come back or did not want more.
        Closed => "closed",
    }
);

vocabulary!(
    /// Where an indicator's values come from. Every source but `Manual` is counted by bridges from
    /// what is logged, never typed.
    IndicatorSource {
        /// Entered by hand, each value with a note of its evidence.
        Manual => "manual",
        /// Number of activities (of one kind, if the indicator says which).
        Activities => "activities",
        /// People attending activities, summed over the period.
        Attendance => "attendance",
        /// Hours volunteers gave to activities.
        VolunteerHours => "volunteer-hours",
        /// Distinct languages used in activities.
        Languages => "languages",
        /// Distinct people advised: a person advised twice is counted once.
        PeopleAdvised => "people-advised",
        /// Advice contacts: every occasion counts.
        AdviceOccasions => "advice-occasions",
        /// Connect's check-ins recorded.
        CheckIns => "check-ins",
        /// Hours pairs spent together, from Connect's check-ins.
        ContactHours => "contact-hours",
        /// Mean rating of contact quality (1–7: pleasant, equal, cooperative, close) from check-ins.
        ContactQuality => "contact-quality",
        /// Referrals made to services in the directory (of one need, if the indicator says which).
        ReferralsMade => "referrals-made",
        /// Distinct people referred: a person referred twice in a period is counted once.
        PeopleReferred => "people-referred",
        /// Referrals closed with the need met in full or in part, counted when they closed.
        ReferralsCompleted => "referrals-completed",
        /// The mean of one score of a survey's instrument (of one community, if the indicator says
        /// which) among the responses of the period.
        SurveyScore => "survey-score",
    }
);

impl IndicatorSource {
    /// Whether the values count people (and so are suppressed below the threshold for readers who
    /// are not staff).
    pub fn counts_people(self) -> bool {
        !matches!(self, IndicatorSource::Activities | IndicatorSource::Languages)
    }

    /// Whether an activity kind can narrow it.
    pub fn takes_activity_kind(self) -> bool {
        matches!(self, IndicatorSource::Activities | IndicatorSource::Attendance | IndicatorSource::VolunteerHours)
    }

    /// Whether it counts referrals (and a need can narrow it).
    pub fn from_referrals(self) -> bool {
        matches!(
            self,
            IndicatorSource::ReferralsMade | IndicatorSource::PeopleReferred | IndicatorSource::ReferralsCompleted
        )
    }

    /// Whether it reads Connect's check-ins.
    pub fn from_connect(self) -> bool {
        matches!(self, IndicatorSource::CheckIns | IndicatorSource::ContactHours | IndicatorSource::ContactQuality)
    }
}

vocabulary!(
    /// How attendance is broken down.
    Disaggregation {
        None => "none",
        /// Arriving and receiving communities.
        Community => "community",
        Gender => "gender",
        AgeBand => "age",
    }
);

/// The groups of each breakdown, in the order pages show them; each activity records a count per
/// group (the rest of its attendance is "not recorded").
pub const COMMUNITY_GROUPS: [&str; 2] = ["arriving", "receiving"];
pub const GENDER_GROUPS: [&str; 3] = ["women", "men", "another"];
pub const AGE_GROUPS: [&str; 4] = ["under-18", "18-25", "26-64", "65-plus"];

impl Disaggregation {
    pub fn groups(self) -> &'static [&'static str] {
        match self {
            Disaggregation::None => &[],
            Disaggregation::Community => &COMMUNITY_GROUPS,
            Disaggregation::Gender => &GENDER_GROUPS,
            Disaggregation::AgeBand => &AGE_GROUPS,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_codes_are_refused() {
        for kind in ActivityKind::ALL {
            assert_eq!(ActivityKind::parse(kind.as_str()), Some(*kind));
        }
        assert_eq!(IndicatorSource::parse(" People-Advised "), Some(IndicatorSource::PeopleAdvised));
        assert_eq!(AdviceOutcome::parse("maybe"), None);
        assert_eq!(Disaggregation::parse("age").map(|d| d.groups().len()), Some(4));
    }
}
