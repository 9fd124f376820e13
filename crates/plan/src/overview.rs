//! The plan as a whole: the toolkit's "good integration project" qualities checked against what the
//! plan holds, and what is still missing, step by step. A quality the planners only describe is
//! "stated"; one the plan's own records bear out is "shown".

use crate::evidence::{self, Entry};
use crate::objectives::Objective;
use crate::partners::{funding_base, Partner};
use crate::power::Stakeholder;
use crate::profile::{Leadership, Profile, Quality};
use crate::setbacks::Setback;

/// Principles whose choice shows the project means to bring people together: the EU CBPs on the
/// two-way process and on frequent interaction.
pub const DIALOGUE_PRINCIPLES: [&str; 2] = ["eu-cbp:1", "eu-cbp:7"];
/// Principles about people taking part and having a voice: the EU CBP on democratic participation
/// and ENAR's on participation and the migrants' voice.
pub const EMPOWERMENT_PRINCIPLES: [&str; 2] = ["eu-cbp:9", "enar:12"];

/// Everything the overview looks at, borrowed from the stored plan.
#[derive(Debug, Clone, Copy)]
pub struct Plan<'a> {
    pub profile: &'a Profile,
    /// Step 1: (policy area reference, how the project touches it).
    pub areas: &'a [(String, String)],
    /// Step 2: chosen principle references.
    pub principles: &'a [String],
    pub evidence: &'a [(String, Entry)],
    pub stakeholders: &'a [Stakeholder],
    pub partners: &'a [Partner],
    pub setbacks: &'a [Setback],
    pub objectives: &'a [Objective],
    pub team: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CheckState {
    /// Neither described nor borne out.
    Missing,
    /// Described by the planners, not (yet) borne out by the plan's records.
    Stated,
    /// Borne out by the plan's records.
    Shown,
}

impl CheckState {
    pub fn as_str(self) -> &'static str {
        match self {
            CheckState::Missing => "missing",
            CheckState::Stated => "stated",
            CheckState::Shown => "shown",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub quality: Quality,
    pub state: CheckState,
    pub statement: String,
}

/// Something the plan lacks: the step it belongs to (0 for the project itself), a stable code
/// (a message key) and how many records it concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gap {
    pub step: u8,
    pub code: &'static str,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    pub checks: Vec<Check>,
    pub gaps: Vec<Gap>,
}

impl Overview {
    pub fn shown(&self) -> usize {
        self.checks.iter().filter(|c| c.state == CheckState::Shown).count()
    }
}

fn chose(plan: &Plan, set: &[&str]) -> bool {
    plan.principles.iter().any(|p| set.contains(&p.as_str()))
}

/// Whether the plan's own records bear a quality out.
fn borne_out(plan: &Plan, quality: Quality, evidence_gaps: &evidence::Gaps) -> bool {
    match quality {
        Quality::Inequalities => plan.areas.iter().any(|(_, note)| !note.trim().is_empty()),
        Quality::Involvement => plan.evidence.iter().any(|(_, e)| matches!(e, Entry::Session { .. })),
        Quality::Evidence => {
            plan.evidence.iter().any(|(_, e)| matches!(e, Entry::Claim { .. }))
                && evidence_gaps.unsupported_claims.is_empty()
        }
        Quality::Dialogue => chose(plan, &DIALOGUE_PRINCIPLES),
        Quality::Empowerment => chose(plan, &EMPOWERMENT_PRINCIPLES),
        Quality::Leadership => matches!(plan.profile.leadership, Leadership::Led | Leadership::CoLed),
    }
}

pub fn overview(plan: &Plan) -> Overview {
    let evidence_gaps = evidence::gaps(plan.evidence);
    let checks = Quality::ALL
        .iter()
        .map(|&quality| {
            let statement = plan.profile.qualities.get(&quality).map(|s| s.trim().to_string()).unwrap_or_default();
            let state = if borne_out(plan, quality, &evidence_gaps) {
                CheckState::Shown
            } else if statement.is_empty() {
                CheckState::Missing
            } else {
                CheckState::Stated
            };
            Check { quality, state, statement }
        })
        .collect();

    let mut gaps = Vec::new();
    let mut gap = |step: u8, code: &'static str, count: usize| {
        if count > 0 {
            gaps.push(Gap { step, code, count });
        }
    };
    gap(0, "gap-context", usize::from(plan.profile.context.is_empty()));
    gap(0, "gap-objectives", usize::from(plan.objectives.is_empty()));
    gap(0, "gap-unmeasurable-objectives", plan.objectives.iter().filter(|o| o.unmeasurable()).count());
    gap(0, "gap-team", usize::from(plan.team == 0));
    gap(1, "gap-areas", usize::from(plan.areas.is_empty()));
    gap(1, "gap-area-notes", plan.areas.iter().filter(|(_, n)| n.trim().is_empty()).count());
    gap(2, "gap-principles", usize::from(plan.principles.is_empty()));
    let claims = plan.evidence.iter().filter(|(_, e)| matches!(e, Entry::Claim { .. })).count();
    gap(3, "gap-claims", usize::from(claims == 0));
    gap(3, "gap-unsupported-claims", evidence_gaps.unsupported_claims.len());
    gap(3, "gap-unbacked-evidence", evidence_gaps.unbacked_evidence.len());
    gap(4, "gap-stakeholders", usize::from(plan.stakeholders.is_empty()));
    gap(4, "gap-targets", usize::from(!plan.stakeholders.is_empty() && !plan.stakeholders.iter().any(|s| s.target)));
    gap(5, "gap-partners", usize::from(plan.partners.is_empty()));
    gap(5, "gap-funding", funding_base(plan.partners).warnings.len());
    gap(6, "gap-setbacks", usize::from(plan.setbacks.is_empty()));
    gap(6, "gap-unprepared-setbacks", plan.setbacks.iter().filter(|s| s.unprepared()).count());
    Overview { checks, gaps }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::EvidenceKind;
    use crate::profile::Context;

    fn codes(o: &Overview) -> Vec<&'static str> {
        o.gaps.iter().map(|g| g.code).collect()
    }

    #[test]
    fn an_empty_plan_misses_everything_it_can() {
        let profile = Profile::default();
        let plan = Plan {
            profile: &profile,
            areas: &[],
            principles: &[],
            evidence: &[],
            stakeholders: &[],
            partners: &[],
            setbacks: &[],
            objectives: &[],
            team: 0,
        };
        let o = overview(&plan);
        assert_eq!(o.shown(), 0);
        assert!(o.checks.iter().all(|c| c.state == CheckState::Missing));
        assert_eq!(
            codes(&o),
            [
                "gap-context",
                "gap-objectives",
                "gap-team",
                "gap-areas",
                "gap-principles",
                "gap-claims",
                "gap-stakeholders",
                "gap-partners",
                "gap-setbacks"
            ]
        );
    }

    #[test]
    fn records_bear_qualities_out_and_statements_count_as_stated() {
        let mut profile = Profile {
            leadership: Leadership::CoLed,
            context: Context { history: Some(crate::profile::History::New), ..Context::default() },
            ..Profile::default()
        };
        profile.qualities.insert(Quality::Dialogue, "Monthly shared meals".into());
        profile.qualities.insert(Quality::Empowerment, "   ".into());
        let areas = vec![("policy-areas:housing".to_string(), "Overcrowding".to_string())];
        let principles = vec!["eu-cbp:9".to_string()];
        let evidence = vec![
            ("c1".to_string(), Entry::Claim { text: "Children lack space to study".into() }),
            (
                "e1".to_string(),
                Entry::Evidence {
                    claim: "c1".into(),
                    kind: EvidenceKind::Study,
                    summary: "s".into(),
                    source: "school survey".into(),
                    date: "2024".into(),
                    backed_by: String::new(),
                    unknowns: String::new(),
                },
            ),
        ];
        let objectives = vec![Objective { text: "Homework club".into(), ..Objective::default() }];
        let plan = Plan {
            profile: &profile,
            areas: &areas,
            principles: &principles,
            evidence: &evidence,
            stakeholders: &[],
            partners: &[],
            setbacks: &[],
            objectives: &objectives,
            team: 2,
        };
        let o = overview(&plan);
        let state = |q: Quality| o.checks.iter().find(|c| c.quality == q).map(|c| c.state);
        assert_eq!(state(Quality::Inequalities), Some(CheckState::Shown));
        assert_eq!(state(Quality::Evidence), Some(CheckState::Shown));
        assert_eq!(state(Quality::Empowerment), Some(CheckState::Shown));
        assert_eq!(state(Quality::Leadership), Some(CheckState::Shown));
        assert_eq!(state(Quality::Dialogue), Some(CheckState::Stated));
        assert_eq!(state(Quality::Involvement), Some(CheckState::Missing));
        assert_eq!(o.shown(), 4);
        let gaps = codes(&o);
        assert!(gaps.contains(&"gap-unmeasurable-objectives"));
        assert!(gaps.contains(&"gap-unbacked-evidence"));
        assert!(!gaps.contains(&"gap-context") && !gaps.contains(&"gap-team") && !gaps.contains(&"gap-areas"));
    }
}
