//! The pairing engine's optimal solver: given who may be paired with whom (newcomers seeking a
//! buddy, a tandem partner or a mentor; volunteers providing it, each up to a capacity) and how
//! good each pair is, it pairs as many seekers as possible and, among those pairings, reaches the
//! highest total score. Every answer carries an LP dual certificate that an independent checker
//! verifies in linear time, so "optimal" is proved, not claimed.
//!
//! Pure computations on data handed in: no I/O, no HTTP, no SQL, no clock. The `interchange`
//! module reads and writes the CSV files other tools exchange, from and to strings, readers and
//! writers that the caller opens. Nothing here panics on input: bad input is a typed error, and a
//! bad CSV row is reported with its line number.

pub mod candidates;
pub mod certificate;
pub mod entrant;
pub mod explain;
pub mod fairness;
pub mod instance;
pub mod interchange;
pub mod participant;
pub mod programme;
pub mod round;
pub mod rules;
pub mod score;
pub mod solver;
pub mod synthetic;

pub use candidates::{candidate_pairs, Candidate};
pub use certificate::{Certificate, CertificateError};
pub use entrant::Entrant;
pub use explain::Reason;
pub use fairness::{by_group, disparity, run_round_capped, Cap, CappedRound, GroupOutcome};
pub use instance::{Edge, Instance, InstanceError, MAX_SCORE};
pub use participant::{Availability, Coordinates, Gender, Level, Profile, Side, Skill};
pub use programme::{Kind, Programme, Question, Rules, Weights, MAX_WEIGHT};
pub use round::{run_round, run_round_excluding, Proposal, Round};
pub use rules::Constraint;
pub use score::{evaluate, score, Detail, Factor, FactorKind};
pub use solver::{solve, Pair, Solution};
