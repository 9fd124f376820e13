//! The six-step planner's logic: Step 3's evidence gaps, Step 4's stakeholder power analysis,
//! Step 5's check of the funding base, Step 6's rights and allies; the project's profile and the
//! advice its locality's context calls for; the overview of the plan as a whole.
//!
//! Pure computations on data handed in: no I/O, no HTTP, no SQL. The web tier stores stakeholder
//! maps and draws them; this crate says who can be reached through whom, where the leverage is and
//! where the opponents sit.

pub mod evidence;
pub mod objectives;
pub mod overview;
pub mod partners;
pub mod power;
pub mod profile;
pub mod scenario;
pub mod setbacks;

pub use evidence::{gaps, EvidenceKind, Gaps};
pub use objectives::{Objective, TeamRole};
pub use overview::{overview, Check, CheckState, Gap, Overview, Plan};
pub use partners::{funding_base, FundingBase, FundingWarning, Partner};
pub use power::{
    Leverage, Opponent, PowerError, PowerMap, Quadrant, Reach, Relation, RelationKind, Stakeholder, StakeholderKind,
    Stance,
};
pub use profile::{advice, Advice, Context, History, Leadership, Movement, Profile, Quality, Status};
pub use scenario::{Scenario, ScenarioError};
pub use setbacks::{Setback, ALLIES, RIGHTS};
