//! Sets of indicators to start from: the counters and benchmarks a migrant-led forum keeps (seed
//! 001), the Zaragoza core indicators, the fourteen domains of the Indicators of Integration and
//! FOCUS's contact between communities. A template says where the numbers come from; its name and
//! unit are words the caller gives in the reader's language.

use crate::{Result, Services};
use bridges_domain::measure::{ActivityKind, Disaggregation, IndicatorSource};
use bridges_domain::policy::{DefineIndicators, ReadMeasures};
use bridges_domain::ProjectId;
use bridges_store::{Grant, IndicatorDefinition};

#[derive(Debug, Clone, Copy)]
pub struct Template {
    /// Its id; `template-<id>` names it and `unit-<unit>` its unit in the Fluent files.
    pub id: &'static str,
    pub source: IndicatorSource,
    pub activity_kind: Option<ActivityKind>,
    pub period: &'static str,
    pub unit: &'static str,
    pub down_is_good: bool,
    pub disaggregation: Disaggregation,
    pub frameworks: &'static [&'static str],
}

const fn counted(
    id: &'static str,
    source: IndicatorSource,
    kind: Option<ActivityKind>,
    unit: &'static str,
) -> Template {
    Template {
        id,
        source,
        activity_kind: kind,
        period: "year",
        unit,
        down_is_good: false,
        disaggregation: Disaggregation::None,
        frameworks: &[],
    }
}

const fn by_hand(id: &'static str, period: &'static str, frameworks: &'static [&'static str]) -> Template {
    Template {
        id,
        source: IndicatorSource::Manual,
        activity_kind: None,
        period,
        unit: "percent",
        down_is_good: false,
        disaggregation: Disaggregation::None,
        frameworks,
    }
}

use ActivityKind as K;
use IndicatorSource as S;

/// The forum's counters, counted from what is logged (its "outcomes for individuals advised or
/// referred" from advice and referrals), and its access-to-health benchmark by hand.
pub const FORUM: [Template; 13] = [
    counted("forum-people-advised", S::PeopleAdvised, None, "people"),
    counted("forum-advice-occasions", S::AdviceOccasions, None, "occasions"),
    counted("forum-people-referred", S::PeopleReferred, None, "people"),
    counted("forum-referrals-completed", S::ReferralsCompleted, None, "referrals"),
    counted("forum-bookings", S::Activities, Some(K::Booking), "activities"),
    counted("forum-capacity-sessions", S::Activities, Some(K::Training), "activities"),
    counted("forum-people-trained", S::Attendance, Some(K::Training), "people"),
    counted("forum-policy-meetings", S::Activities, Some(K::Meeting), "activities"),
    counted("forum-publications", S::Activities, Some(K::Publication), "activities"),
    counted("forum-campaign-actions", S::Activities, Some(K::Campaign), "activities"),
    counted("forum-volunteer-hours", S::VolunteerHours, None, "hours"),
    counted("forum-languages", S::Languages, None, "languages"),
    Template {
        unit: "count",
        ..by_hand("forum-health-access", "year", &["indicators-of-integration:health-and-social-care"])
    },
];

/// The Zaragoza core indicators, entered by hand from local statistics.
pub const ZARAGOZA: [Template; 5] = [
    by_hand("zaragoza-employment", "year", &["policy-areas:labour-market"]),
    by_hand("zaragoza-education", "year", &["policy-areas:education"]),
    Template { down_is_good: true, ..by_hand("zaragoza-poverty", "year", &["indicators-of-integration:stability"]) },
    by_hand("zaragoza-citizenship", "year", &["policy-areas:citizenship"]),
    by_hand("zaragoza-health", "year", &["indicators-of-integration:health-and-social-care"]),
];

/// The fourteen domains: the share of participants who report progress in each, by quarter.
pub const INDICATORS_OF_INTEGRATION: [Template; 14] = [
    by_hand("iio-work", "quarter", &["indicators-of-integration:work"]),
    by_hand("iio-housing", "quarter", &["indicators-of-integration:housing"]),
    by_hand("iio-education", "quarter", &["indicators-of-integration:education"]),
    by_hand("iio-health-and-social-care", "quarter", &["indicators-of-integration:health-and-social-care"]),
    by_hand("iio-leisure", "quarter", &["indicators-of-integration:leisure"]),
    by_hand("iio-bonds", "quarter", &["indicators-of-integration:bonds"]),
    by_hand("iio-bridges", "quarter", &["indicators-of-integration:bridges"]),
    by_hand("iio-links", "quarter", &["indicators-of-integration:links"]),
    by_hand("iio-language-and-communication", "quarter", &["indicators-of-integration:language-and-communication"]),
    by_hand("iio-culture", "quarter", &["indicators-of-integration:culture"]),
    by_hand("iio-digital-skills", "quarter", &["indicators-of-integration:digital-skills"]),
    by_hand("iio-safety", "quarter", &["indicators-of-integration:safety"]),
    by_hand("iio-stability", "quarter", &["indicators-of-integration:stability"]),
    by_hand("iio-rights-and-responsibilities", "quarter", &["indicators-of-integration:rights-and-responsibilities"]),
];

/// Contact between the communities, counted from Connect's check-ins and from sessions.
pub const FOCUS: [Template; 4] = [
    Template {
        id: "focus-contact-quality",
        source: S::ContactQuality,
        activity_kind: None,
        period: "month",
        unit: "rating",
        down_is_good: false,
        disaggregation: Disaggregation::None,
        frameworks: &["focus:quality-contact", "indicators-of-integration:bridges"],
    },
    Template {
        period: "month",
        frameworks: &["focus:quality-contact"],
        ..counted("focus-contact-meetings", S::CheckIns, None, "count")
    },
    Template {
        period: "month",
        frameworks: &["focus:quality-contact"],
        ..counted("focus-contact-hours", S::ContactHours, None, "hours")
    },
    Template {
        period: "month",
        disaggregation: Disaggregation::Community,
        frameworks: &["indicators-of-integration:bridges"],
        ..counted("focus-mixed-sessions", S::Attendance, Some(K::Session), "people")
    },
];

/// The sets, by id.
pub const SETS: [(&str, &[Template]); 4] = [
    ("forum", &FORUM),
    ("zaragoza", &ZARAGOZA),
    ("indicators-of-integration", &INDICATORS_OF_INTEGRATION),
    ("focus", &FOCUS),
];

/// Defines every indicator of the set `set` (for `project`, if given) that the organisation does
/// not have yet under the same name; `words(key)` gives a name or a unit in the reader's language.
/// Answers how many were defined; an unknown set is not found.
pub async fn start_from(
    services: &Services,
    grant: &Grant<DefineIndicators>,
    set: &str,
    project: Option<ProjectId>,
    words: impl Fn(&str) -> String,
) -> Result<usize> {
    let Some((_, templates)) = SETS.iter().find(|(id, _)| *id == set) else {
        return Err(bridges_domain::ErrorCode::NotFound.into());
    };
    let read = grant.also::<ReadMeasures>()?;
    let existing: Vec<String> =
        services.store().indicators(&read).await?.into_iter().map(|i| i.definition.name).collect();
    let mut defined = 0;
    for t in templates.iter() {
        let name = words(&format!("template-{}", t.id));
        if existing.contains(&name) {
            continue;
        }
        let definition = IndicatorDefinition {
            project,
            objective: None,
            name,
            unit: words(&format!("unit-{}", t.unit)),
            direction: if t.down_is_good { "down" } else { "up" }.to_string(),
            source: t.source,
            activity_kind: t.activity_kind,
            programme: None,
            baseline: None,
            baseline_on: None,
            target: None,
            target_on: None,
            period: t.period.to_string(),
            disaggregation: t.disaggregation,
            frameworks: t.frameworks.iter().map(|f| f.to_string()).collect(),
            survey: None,
            need: None,
        };
        services.store().define_indicator(grant, &definition, services.now()).await?;
        defined += 1;
    }
    Ok(defined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_is_a_definition_the_parser_accepts() {
        for (_, templates) in SETS {
            for t in templates {
                let fields = [
                    ("name", t.id.to_string()),
                    ("source", t.source.as_str().to_string()),
                    ("activity_kind", t.activity_kind.map(|k| k.as_str().to_string()).unwrap_or_default()),
                    ("period", t.period.to_string()),
                    ("disaggregation", t.disaggregation.as_str().to_string()),
                    ("direction", if t.down_is_good { "down" } else { "up" }.to_string()),
                    ("frameworks", t.frameworks.join(",")),
                ];
                let get = |k: &str| fields.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone()).unwrap_or_default();
                assert!(crate::measure::indicators::parse_definition(get).is_ok(), "{}", t.id);
            }
        }
    }

    #[test]
    fn template_frameworks_name_items_that_exist() {
        let library = bridges_toolkit::Library::embedded().unwrap_or_else(|e| unreachable!("{e:?}"));
        for (_, templates) in SETS {
            for t in templates {
                for reference in t.frameworks {
                    let parsed = bridges_toolkit::FrameworkRef::parse(reference);
                    assert!(parsed.is_some_and(|r| library.framework_item_exists(&r)), "{} names {reference}", t.id);
                }
            }
        }
    }
}
