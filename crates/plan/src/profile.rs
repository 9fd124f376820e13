//! The project itself beyond its title: where it stands, when it runs, the locality it works in,
//! and how it answers the toolkit's "good integration project" qualities. The locality's context —
//! how long it has known immigration, whether people pass through or settle, how fast it is
//! changing — shifts what works, so the planner turns the profile into advice ([`advice`]).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    #[default]
    Planning,
    Running,
    Paused,
    Finished,
}

/// How long the locality has known immigration on a scale that matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum History {
    New,
    Established,
}

/// Whether people mostly pass through the locality or stay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Movement {
    Transit,
    Mixed,
    Settlement,
}

/// Whether migrants lead the project.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Leadership {
    #[default]
    Unstated,
    Led,
    CoLed,
    NotLed,
}

macro_rules! codes {
    ($t:ty, $($v:ident = $s:literal),+) => {
        impl $t {
            pub const ALL: &'static [$t] = &[$(<$t>::$v),+];
            pub fn as_str(self) -> &'static str {
                match self { $(<$t>::$v => $s),+ }
            }
            pub fn parse(s: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.as_str() == s.trim())
            }
        }
    };
}
codes!(Status, Planning = "planning", Running = "running", Paused = "paused", Finished = "finished");
codes!(Leadership, Unstated = "unstated", Led = "led", CoLed = "co-led", NotLed = "not-led");
codes!(History, New = "new", Established = "established");
codes!(Movement, Transit = "transit", Mixed = "mixed", Settlement = "settlement");

/// The locality's context profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Context {
    pub history: Option<History>,
    pub movement: Option<Movement>,
    /// The main communities, in the planners' words.
    pub communities: String,
    /// What is changing in the locality now.
    pub changing: String,
    /// Whether the context is changing fast (new arrivals, closures, a new policy).
    pub fast_change: bool,
}

impl Context {
    pub fn is_empty(&self) -> bool {
        self.history.is_none() && self.movement.is_none() && self.communities.trim().is_empty()
    }
}

/// The qualities of a good integration project that the toolkit names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Quality {
    Inequalities,
    Involvement,
    Evidence,
    Dialogue,
    Empowerment,
    Leadership,
}
codes!(
    Quality,
    Inequalities = "inequalities",
    Involvement = "involvement",
    Evidence = "evidence",
    Dialogue = "dialogue",
    Empowerment = "empowerment",
    Leadership = "leadership"
);

/// Everything about a project that is not a register.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub status: Status,
    /// ISO dates (`YYYY-MM-DD`), checked at the boundary.
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub context: Context,
    pub leadership: Leadership,
    /// How the project answers each quality, in the planners' words.
    pub qualities: BTreeMap<Quality, String>,
}

/// One piece of advice the context calls for: a stable code (a message key) and the guidance that
/// says more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Advice {
    pub code: &'static str,
    pub guidance: &'static [&'static str],
}

/// What the locality's context asks of the plan, most basic first.
pub fn advice(context: &Context) -> Vec<Advice> {
    let mut out = Vec::new();
    match context.history {
        Some(History::New) => out.push(Advice {
            code: "context-new",
            guidance: &["building-confidence", "step-4-power-analysis", "interculturalism"],
        }),
        Some(History::Established) => {
            out.push(Advice { code: "context-established", guidance: &["migrant-led-approaches", "empowerment"] })
        }
        None => {}
    }
    match context.movement {
        Some(Movement::Transit) => {
            out.push(Advice { code: "context-transit", guidance: &["step-6-setbacks", "keeping-work-under-review"] })
        }
        Some(Movement::Settlement) => out.push(Advice {
            code: "context-settlement",
            guidance: &["seven-policy-areas", "participation-from-the-outset"],
        }),
        Some(Movement::Mixed) => out.push(Advice { code: "context-mixed", guidance: &["seven-policy-areas"] }),
        None => {}
    }
    if context.fast_change {
        out.push(Advice { code: "context-fast-change", guidance: &["step-4-power-analysis", "dynamic-integration"] });
    }
    if context.history.is_some() || context.movement.is_some() {
        out.push(Advice { code: "context-transfer", guidance: &["locality-context"] });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advice_follows_the_context() {
        assert!(advice(&Context::default()).is_empty());
        let c = Context { history: Some(History::New), movement: Some(Movement::Transit), ..Context::default() };
        let codes: Vec<_> = advice(&c).iter().map(|a| a.code).collect();
        assert_eq!(codes, ["context-new", "context-transit", "context-transfer"]);
        let c = Context { history: Some(History::Established), fast_change: true, ..Context::default() };
        let codes: Vec<_> = advice(&c).iter().map(|a| a.code).collect();
        assert_eq!(codes, ["context-established", "context-fast-change", "context-transfer"]);
    }

    #[test]
    fn profile_reads_old_and_partial_json() {
        let p: Profile = serde_json::from_str("{}").unwrap();
        assert_eq!(p, Profile::default());
        let p: Profile =
            serde_json::from_str(r#"{"status":"running","context":{"movement":"settlement"},"leadership":"co-led"}"#)
                .unwrap();
        assert_eq!(p.status, Status::Running);
        assert_eq!(p.context.movement, Some(Movement::Settlement));
        assert_eq!(p.leadership, Leadership::CoLed);
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(serde_json::from_str::<Profile>(&json).unwrap(), p);
    }

    #[test]
    fn codes_parse_back() {
        for q in Quality::ALL {
            assert_eq!(Quality::parse(q.as_str()), Some(*q));
        }
        assert_eq!(Status::parse("nope"), None);
        assert_eq!(Leadership::parse(" led "), Some(Leadership::Led));
    }
}
