//! Step 3 of the toolkit: making the case. An evidence register holds each claim the project makes
//! and the evidence for it (data, a study, testimony, a focus group), with its source and date, who
//! backs it and what is still unknown; focus-group and participatory-research sessions record who
//! took part, what was learned and which gaps they revealed. The planner flags claims with no
//! evidence and evidence nobody backs.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceKind {
    Data,
    Study,
    Testimony,
    FocusGroup,
}

impl EvidenceKind {
    pub const ALL: [EvidenceKind; 4] =
        [EvidenceKind::Data, EvidenceKind::Study, EvidenceKind::Testimony, EvidenceKind::FocusGroup];

    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::Data => "data",
            EvidenceKind::Study => "study",
            EvidenceKind::Testimony => "testimony",
            EvidenceKind::FocusGroup => "focus-group",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s.trim())
    }
}

/// One entry of the register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Entry {
    Claim {
        text: String,
    },
    Evidence {
        claim: String,
        kind: EvidenceKind,
        summary: String,
        source: String,
        date: String,
        backed_by: String,
        unknowns: String,
    },
    Session {
        participants: String,
        learned: String,
        gaps: String,
    },
}

/// What the register still lacks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gaps {
    /// Ids of claims with no evidence.
    pub unsupported_claims: Vec<String>,
    /// Ids of evidence that nobody backs.
    pub unbacked_evidence: Vec<String>,
}

/// `entries` are (id, entry) pairs; evidence points at its claim by id.
pub fn gaps(entries: &[(String, Entry)]) -> Gaps {
    let mut out = Gaps::default();
    for (id, e) in entries {
        match e {
            Entry::Claim { .. } => {
                let supported = entries.iter().any(|(_, x)| matches!(x, Entry::Evidence { claim, .. } if claim == id));
                if !supported {
                    out.unsupported_claims.push(id.clone());
                }
            }
            Entry::Evidence { backed_by, .. } if backed_by.trim().is_empty() => out.unbacked_evidence.push(id.clone()),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(claim: &str, backed_by: &str) -> Entry {
        Entry::Evidence {
            claim: claim.into(),
            kind: EvidenceKind::Data,
            summary: "s".into(),
            source: "census".into(),
            date: "2021".into(),
            backed_by: backed_by.into(),
            unknowns: String::new(),
        }
    }

    #[test]
    fn flags_claims_without_evidence_and_evidence_without_backers() {
        let entries = vec![
            ("c1".to_string(), Entry::Claim { text: "Newcomer children fall behind".into() }),
            ("c2".to_string(), Entry::Claim { text: "Parents want homework help".into() }),
            ("e1".to_string(), evidence("c1", "School board")),
            ("e2".to_string(), evidence("c1", " ")),
            (
                "s1".to_string(),
                Entry::Session { participants: "12 parents".into(), learned: "l".into(), gaps: "g".into() },
            ),
        ];
        let g = gaps(&entries);
        assert_eq!(g.unsupported_claims, ["c2"]);
        assert_eq!(g.unbacked_evidence, ["e2"]);
        assert_eq!(gaps(&[]), Gaps::default());
    }

    #[test]
    fn entries_round_trip_as_tagged_json() {
        let e = evidence("c1", "x");
        let json = serde_json::to_string(&e).unwrap();
        assert!(json.contains("\"type\":\"evidence\"") && json.contains("\"kind\":\"data\""));
        assert_eq!(serde_json::from_str::<Entry>(&json).unwrap(), e);
    }
}
