//! The six-step planner's logic: Step 3's evidence gaps, Step 4's stakeholder power analysis,
//! Step 5's check of the funding base, Step 6's rights and allies.
//!
//! Pure computations on data handed in: no I/O, no HTTP, no SQL. The web tier stores stakeholder
//! maps and draws them; this crate says who can be reached through whom, where the leverage is and
//! where the opponents sit.

pub mod evidence;
pub mod partners;
pub mod power;
pub mod setbacks;

pub use evidence::{gaps, EvidenceKind, Gaps};
pub use partners::{funding_base, FundingBase, FundingWarning, Partner};
pub use power::{
    Leverage, Opponent, PowerError, PowerMap, Quadrant, Reach, Relation, RelationKind, Stakeholder, StakeholderKind,
    Stance,
};
pub use setbacks::{Setback, ALLIES, RIGHTS};
