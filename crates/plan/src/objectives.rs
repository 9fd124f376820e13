//! What the project means to achieve and who does the work. Objectives are stated so that Measure can
//! later tie indicators to them: each says how the project will know it got there.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Objective {
    pub text: String,
    /// How the project will know: the sign or figure to watch.
    pub measure: String,
    /// The level aimed for, in the planners' words ("40 pairs meeting monthly").
    pub target: String,
    /// ISO date by which it should be reached, if any.
    pub due: Option<String>,
}

impl Objective {
    /// An objective nobody could check.
    pub fn unmeasurable(&self) -> bool {
        self.measure.trim().is_empty()
    }
}

/// A member of the organisation with a role in this project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamRole {
    /// The membership's id.
    pub member: String,
    /// The project role, in the planners' words ("lead", "outreach with the Somali community").
    pub role: String,
}
