//! Worked examples: a whole plan written out as data, so a group can start from one of the
//! toolkit's "in practice" situations and see what a complete plan looks like before writing its
//! own. A scenario names stakeholders and claims by short keys; whoever stores it turns those into
//! ids.

use crate::evidence::EvidenceKind;
use crate::objectives::Objective;
use crate::partners::Partner;
use crate::power::{Relation, Stakeholder};
use crate::profile::Profile;
use crate::setbacks::Setback;
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioChoice {
    /// `framework:item`.
    pub reference: String,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioEvidence {
    pub kind: EvidenceKind,
    pub summary: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub backed_by: String,
    #[serde(default)]
    pub unknowns: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioClaim {
    pub text: String,
    #[serde(default)]
    pub evidence: Vec<ScenarioEvidence>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioSession {
    pub participants: String,
    #[serde(default)]
    pub learned: String,
    #[serde(default)]
    pub gaps: String,
}

/// A whole plan as a worked example.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// The guidance item whose "In practice" section tells this situation.
    pub guidance: String,
    /// The project's title and aims once started.
    pub title: String,
    #[serde(default)]
    pub aims: String,
    #[serde(default)]
    pub profile: Profile,
    #[serde(default)]
    pub areas: Vec<ScenarioChoice>,
    #[serde(default)]
    pub area_relations: String,
    #[serde(default)]
    pub principles: Vec<ScenarioChoice>,
    #[serde(default)]
    pub claims: Vec<ScenarioClaim>,
    #[serde(default)]
    pub sessions: Vec<ScenarioSession>,
    /// `key` is a short label that relations and `cue_from` use.
    #[serde(default)]
    pub stakeholders: Vec<Stakeholder>,
    #[serde(default)]
    pub relations: Vec<Relation>,
    #[serde(default)]
    pub partners: Vec<Partner>,
    #[serde(default)]
    pub setbacks: Vec<Setback>,
    #[serde(default)]
    pub objectives: Vec<Objective>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ScenarioError(pub String);

impl Scenario {
    /// Parses a scenario and checks that it holds together: keys unique and known, levels 1–5,
    /// rights and allies from the toolkit's lists, funding shares 0–100.
    pub fn from_toml(text: &str) -> Result<Self, ScenarioError> {
        let s: Scenario = toml::from_str(text).map_err(|e| ScenarioError(e.to_string()))?;
        s.check().map(|()| s)
    }

    fn check(&self) -> Result<(), ScenarioError> {
        let fail = |m: String| Err(ScenarioError(m));
        if self.title.trim().is_empty() {
            return fail("title is empty".into());
        }
        let keys: Vec<&str> = self.stakeholders.iter().map(|s| s.key.as_str()).collect();
        for (i, s) in self.stakeholders.iter().enumerate() {
            if s.key.is_empty() || keys[..i].contains(&s.key.as_str()) {
                return fail(format!("stakeholder {:?}: key missing or repeated", s.name));
            }
            if !(1..=5).contains(&s.influence) || !(1..=5).contains(&s.interest) {
                return fail(format!("stakeholder {:?}: influence and interest go from 1 to 5", s.name));
            }
            if s.cue_from.as_deref().is_some_and(|c| !keys.contains(&c) || c == s.key) {
                return fail(format!("stakeholder {:?}: cue_from names no other stakeholder", s.name));
            }
        }
        for r in &self.relations {
            if !keys.contains(&r.from.as_str()) || !keys.contains(&r.to.as_str()) || r.from == r.to {
                return fail(format!("relation {} → {}: unknown or identical stakeholders", r.from, r.to));
            }
        }
        if let Some(s) = self.setbacks.iter().find(|s| !s.is_known()) {
            return fail(format!("setback {:?}: a right or ally not in the toolkit's lists", s.description));
        }
        if let Some(p) = self.partners.iter().find(|p| !(0.0..=100.0).contains(&p.funding_share)) {
            return fail(format!("partner {:?}: funding share outside 0–100", p.name));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
guidance = "step-2-principles"
title = "Homework clubs"
aims = "Quiet space to study."
area_relations = "Housing shapes schooling."

[profile]
status = "planning"
leadership = "co-led"
[profile.context]
history = "established"

[[areas]]
reference = "policy-areas:education"
note = "Children fall behind."

[[claims]]
text = "Children lack room to study."
[[claims.evidence]]
kind = "focus-group"
summary = "Parents said so."

[[stakeholders]]
key = "council"
name = "City council"
kind = "institution"
influence = 5
interest = 2
stance = "neutral"
target = true

[[stakeholders]]
key = "parents"
name = "Parents' association"
kind = "institution"
influence = 2
interest = 5
stance = "champion"
cue_from = "council"

[[relations]]
from = "parents"
to = "council"
kind = "influences"
"#;

    #[test]
    fn a_scenario_reads_and_holds_together() {
        let s = Scenario::from_toml(GOOD).unwrap();
        assert_eq!(s.stakeholders.len(), 2);
        assert_eq!(s.claims[0].evidence[0].kind, EvidenceKind::FocusGroup);
        assert_eq!(s.profile.leadership, crate::profile::Leadership::CoLed);
    }

    #[test]
    fn broken_scenarios_say_what_is_wrong() {
        let bad_relation = GOOD.replace("from = \"parents\"", "from = \"mayor\"");
        assert!(Scenario::from_toml(&bad_relation).unwrap_err().0.contains("mayor"));
        let bad_level = GOOD.replace("influence = 5", "influence = 9");
        assert!(Scenario::from_toml(&bad_level).unwrap_err().0.contains("1 to 5"));
        let bad_cue = GOOD.replace("cue_from = \"council\"", "cue_from = \"parents\"");
        assert!(Scenario::from_toml(&bad_cue).is_err());
        let unknown_field = GOOD.replace("aims =", "aimz =");
        assert!(Scenario::from_toml(&unknown_field).is_err());
        assert!(Scenario::from_toml("").is_err());
    }
}
