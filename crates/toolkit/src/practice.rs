//! Practice records: what an organisation did, where, for whom, with what result — the fields of a
//! practice database such as the European Website on Integration's.

use crate::framework::FrameworkRef;
use serde::{Deserialize, Serialize};

/// One practice. Seeded records come from `content/<lang>/practices/`; organisations write their
/// own through the web (stored in the database, same shape).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Practice {
    pub id: String,
    pub title: String,
    /// ISO 3166-1 alpha-2 of the main country.
    pub country: String,
    pub countries: Vec<String>,
    pub area: String,
    /// A year or `YYYY-MM`.
    pub start: String,
    /// A year, `YYYY-MM`, `ongoing`, or empty when unknown.
    pub end: String,
    pub promoter: String,
    pub summary: String,
    pub challenge: String,
    pub how_it_works: String,
    pub results: String,
    pub evaluation: String,
    pub beneficiaries: String,
    pub beneficiaries_count: Option<u64>,
    pub funding: String,
    pub links: Vec<String>,
    pub language: String,
    pub target_groups: Vec<String>,
    pub themes: Vec<String>,
    pub frameworks: Vec<String>,
    pub year: Option<i32>,
    /// Markdown: what was learned (the body of a content file).
    pub lessons: String,
}

/// The fields a record needs before it can be published, in the order a form shows them.
pub const REQUIRED_FOR_PUBLICATION: [&str; 10] = [
    "title",
    "country",
    "start",
    "promoter",
    "summary",
    "challenge",
    "how_it_works",
    "results",
    "beneficiaries",
    "frameworks",
];

/// Bounds on what a person may type, so a record cannot be made absurdly large.
pub const MAX_SHORT: usize = 200;
pub const MAX_LONG: usize = 8_000;
pub const MAX_LIST: usize = 30;

impl Practice {
    /// What the record still lacks to be publishable (empty when complete).
    pub fn missing_for_publication(&self) -> Vec<&'static str> {
        REQUIRED_FOR_PUBLICATION
            .into_iter()
            .filter(|field| match *field {
                "title" => self.title.trim().is_empty(),
                "country" => self.country.trim().is_empty(),
                "start" => self.start.trim().is_empty(),
                "promoter" => self.promoter.trim().is_empty(),
                "summary" => self.summary.trim().is_empty(),
                "challenge" => self.challenge.trim().is_empty(),
                "how_it_works" => self.how_it_works.trim().is_empty(),
                "results" => self.results.trim().is_empty(),
                "beneficiaries" => self.beneficiaries.trim().is_empty(),
                "frameworks" => self.frameworks.is_empty(),
                _ => false,
            })
            .collect()
    }

    /// The fields with something to say but no content yet beyond the required ones: shown as
    /// "not reported" rather than hidden, so readers see what is unknown.
    pub fn unreported(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if self.evaluation.trim().is_empty() {
            out.push("evaluation");
        }
        if self.funding.trim().is_empty() {
            out.push("funding");
        }
        if self.area.trim().is_empty() {
            out.push("area");
        }
        out
    }

    /// Framework references that parse; the others are ignored (and rejected at input).
    pub fn framework_refs(&self) -> Vec<FrameworkRef> {
        self.frameworks.iter().filter_map(|r| FrameworkRef::parse(r)).collect()
    }

    /// The year shown and faceted on: the explicit year, else the start's year.
    pub fn start_year(&self) -> Option<i32> {
        self.year.or_else(|| self.start.get(..4).and_then(|y| y.parse().ok()))
    }

    /// Whether it is still running.
    pub fn ongoing(&self) -> bool {
        self.end.eq_ignore_ascii_case("ongoing")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completeness() {
        let mut p = Practice { title: "Homework clubs".into(), ..Practice::default() };
        assert!(p.missing_for_publication().contains(&"summary"));
        assert!(!p.missing_for_publication().contains(&"title"));
        p.country = "BE".into();
        p.start = "2009-09".into();
        p.promoter = "p".into();
        p.summary = "s".into();
        p.challenge = "c".into();
        p.how_it_works = "h".into();
        p.results = "r".into();
        p.beneficiaries = "b".into();
        p.frameworks = vec!["policy-areas:education".into()];
        assert!(p.missing_for_publication().is_empty());
        assert_eq!(p.start_year(), Some(2009));
        assert_eq!(p.unreported(), ["evaluation", "funding", "area"]);
    }
}
