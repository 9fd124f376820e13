//! A pairing programme: what kind it is, which questions its intake asks, which rules no pair may
//! break, and how much each factor of a pair's score weighs. Each kind starts from defaults that
//! fit it; a coordinator edits them.

use serde::{Deserialize, Serialize};

/// The four kinds of programme the toolkits describe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A local resident helps a newcomer find their way: language, services, the neighbourhood.
    Buddy,
    /// Two people teach each other their languages (a tandem).
    LanguageExchange,
    /// An experienced professional mentors someone rebuilding a career.
    Mentoring,
    /// A newcomer follows an elected member or an official at work.
    Shadowing,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Buddy, Kind::LanguageExchange, Kind::Mentoring, Kind::Shadowing];

    /// The stable text used in URLs, files and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Buddy => "buddy",
            Kind::LanguageExchange => "language-exchange",
            Kind::Mentoring => "mentoring",
            Kind::Shadowing => "shadowing",
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// A question the intake form asks. Some are asked by every programme; the rest depend on the kind
/// and the coordinator's choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Question {
    /// Languages spoken, with levels.
    Speaks,
    /// Languages the person wants to learn, with their current level.
    Learns,
    Interests,
    /// Area (postcode or district), optional coordinates, and how far they will travel.
    Area,
    /// Weekly availability: mornings, afternoons and evenings of each day.
    Availability,
    /// The person's gender and whether they want a partner of a given gender.
    Gender,
    /// Profession or field (mentoring and shadowing).
    Field,
    /// Whether the newcomer is under 18 (safeguarding).
    Minor,
}

impl Question {
    pub const ALL: [Question; 8] = [
        Question::Speaks,
        Question::Learns,
        Question::Interests,
        Question::Area,
        Question::Availability,
        Question::Gender,
        Question::Field,
        Question::Minor,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Question::Speaks => "speaks",
            Question::Learns => "learns",
            Question::Interests => "interests",
            Question::Area => "area",
            Question::Availability => "availability",
            Question::Gender => "gender",
            Question::Field => "field",
            Question::Minor => "minor",
        }
    }

    pub fn parse(text: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.as_str() == text)
    }
}

/// Hard constraints: a pair that breaks one is never proposed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Rules {
    /// The two must share a language both speak at conversational level or better.
    pub shared_language: bool,
    /// Each must speak (conversational or better) a language the other wants to learn.
    pub complementary_languages: bool,
    /// The two must live within reach: within the smaller of the travel distances both gave, or
    /// in the same area when coordinates are missing.
    pub within_reach: bool,
    /// How many of the 21 weekly slots (7 days × morning, afternoon, evening) they must share.
    pub min_shared_slots: u8,
    /// A stated gender preference (on either side) is always respected.
    pub respect_gender_preference: bool,
    /// A newcomer under 18 is paired only with a volunteer whose safeguarding check is done.
    pub minors_need_vetted: bool,
    /// Mentor and mentee (or member and shadow) must name the same field.
    pub same_field: bool,
}

impl Default for Rules {
    fn default() -> Self {
        Rules::for_kind(Kind::Buddy)
    }
}

impl Rules {
    pub fn for_kind(kind: Kind) -> Rules {
        let base = Rules {
            shared_language: false,
            complementary_languages: false,
            within_reach: true,
            min_shared_slots: 1,
            respect_gender_preference: true,
            minors_need_vetted: true,
            same_field: false,
        };
        match kind {
            Kind::Buddy => Rules { shared_language: true, ..base },
            Kind::LanguageExchange => Rules { complementary_languages: true, ..base },
            Kind::Mentoring => Rules { shared_language: true, within_reach: false, same_field: true, ..base },
            Kind::Shadowing => Rules { shared_language: true, same_field: false, ..base },
        }
    }
}

/// The largest weight a coordinator can give one factor.
pub const MAX_WEIGHT: u8 = 10;

/// How much each factor of the score counts, 0 (ignored) to [`MAX_WEIGHT`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Weights {
    /// Shared languages (buddy, mentoring, shadowing) or how well each can teach the other (exchange).
    pub language: u8,
    pub interests: u8,
    /// Closer is better.
    pub distance: u8,
    /// More shared weekly slots is better.
    pub availability: u8,
    /// The same field (mentoring, shadowing).
    pub field: u8,
    /// People who have waited longer come first when volunteers are scarce.
    pub waiting: u8,
}

impl Default for Weights {
    fn default() -> Self {
        Weights::for_kind(Kind::Buddy)
    }
}

impl Weights {
    pub fn for_kind(kind: Kind) -> Weights {
        match kind {
            Kind::Buddy => Weights { language: 6, interests: 5, distance: 8, availability: 6, field: 0, waiting: 5 },
            Kind::LanguageExchange => {
                Weights { language: 9, interests: 4, distance: 5, availability: 7, field: 0, waiting: 4 }
            }
            Kind::Mentoring => {
                Weights { language: 4, interests: 3, distance: 2, availability: 5, field: 10, waiting: 5 }
            }
            Kind::Shadowing => {
                Weights { language: 5, interests: 6, distance: 4, availability: 8, field: 6, waiting: 5 }
            }
        }
    }
}

/// A programme as the engine sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Programme {
    pub kind: Kind,
    pub rules: Rules,
    pub weights: Weights,
    /// The questions the intake asks, in a stable order.
    pub questions: Vec<Question>,
}

impl Programme {
    /// A programme of `kind` with the defaults that fit it.
    pub fn for_kind(kind: Kind) -> Programme {
        let questions = match kind {
            Kind::Buddy => vec![
                Question::Speaks,
                Question::Interests,
                Question::Area,
                Question::Availability,
                Question::Gender,
                Question::Minor,
            ],
            Kind::LanguageExchange => vec![
                Question::Speaks,
                Question::Learns,
                Question::Interests,
                Question::Area,
                Question::Availability,
                Question::Gender,
            ],
            Kind::Mentoring => {
                vec![Question::Speaks, Question::Field, Question::Interests, Question::Availability, Question::Gender]
            }
            Kind::Shadowing => {
                vec![Question::Speaks, Question::Field, Question::Interests, Question::Area, Question::Availability]
            }
        };
        Programme { kind, rules: Rules::for_kind(kind), weights: Weights::for_kind(kind), questions }
    }

    pub fn asks(&self, question: Question) -> bool {
        self.questions.contains(&question)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_questions_round_trip_through_text() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.as_str()), Some(kind));
        }
        for q in Question::ALL {
            assert_eq!(Question::parse(q.as_str()), Some(q));
        }
        assert_eq!(Kind::parse("tandem"), None);
    }

    #[test]
    fn defaults_fit_the_kind() {
        let exchange = Programme::for_kind(Kind::LanguageExchange);
        assert!(exchange.rules.complementary_languages && !exchange.rules.shared_language);
        assert!(exchange.asks(Question::Learns));
        let mentoring = Programme::for_kind(Kind::Mentoring);
        assert!(mentoring.rules.same_field && !mentoring.rules.within_reach);
        assert_eq!(mentoring.weights.field, MAX_WEIGHT);
        assert!(Programme::for_kind(Kind::Buddy).rules.shared_language);
    }
}
