//! The six-step planner's logic: Step 4's stakeholder power analysis and Step 5's check of the
//! funding base.
//!
//! Pure computations on data handed in: no I/O, no HTTP, no SQL. The web tier stores stakeholder
//! maps and draws them; this crate says who can be reached through whom, where the leverage is and
//! where the opponents sit.

pub mod partners;
pub mod power;

pub use partners::{funding_base, FundingBase, FundingWarning, Partner};
pub use power::{
    Leverage, Opponent, PowerError, PowerMap, Quadrant, Reach, Relation, RelationKind, Stakeholder, StakeholderKind,
    Stance,
};
