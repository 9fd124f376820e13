//! The six-step planner's logic, starting with Step 4: the stakeholder power analysis.
//!
//! Pure computations on data handed in: no I/O, no HTTP, no SQL. The web tier stores stakeholder
//! maps and draws them; this crate says who can be reached through whom, where the leverage is and
//! where the opponents sit.

pub mod power;

pub use power::{
    Leverage, Opponent, PowerError, PowerMap, Quadrant, Reach, Relation, RelationKind, Stakeholder, StakeholderKind,
    Stance,
};
