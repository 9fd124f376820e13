//! The pairing engine: who in a buddy, language-exchange, mentoring or shadowing programme is
//! paired with whom, and why. A [`Programme`] says which rules no pair may break and how much each
//! part of a pair's score weighs; [`evaluate`] checks one newcomer and one volunteer against the
//! rules and explains their score factor by factor; the [`candidates`] index finds each newcomer's
//! possible volunteers without comparing everyone with everyone; [`run_round`] pairs as many
//! newcomers as possible and then reaches the highest total score with the optimal solver, whose
//! answer carries an LP dual certificate checked before it is returned, and says why anyone is left
//! waiting. [`fairness`] reports outcomes by group and can cap the gap between groups; [`online`]
//! simulates a year of arrivals and compares pairing policies with the hindsight optimum;
//! [`synthetic`] makes plausible made-up people and instances for tests and benchmarks.
//!
//! The [`ledger`] owns what follows from a programme's pairs as they stand, over the caller's own
//! ids: who is held and who waits (longest first), how much room each volunteer has left, which
//! pairs have gone quiet, which pairs were turned down and where they fall in a round's lists, who
//! enters the next round, and how two proposals score once their volunteers are swapped.
//!
//! Pure computations on data handed in: no I/O, no HTTP, no SQL, no clock, and randomness only
//! from a seed the caller passes. The `interchange` module reads and writes the CSV files other
//! tools exchange, from and to strings, readers and writers that the caller opens. Nothing here
//! panics on input: bad input is a typed error, a rule that cannot be met is a reason given, and a
//! bad CSV row is reported with its line number.

pub mod candidates;
pub mod certificate;
pub mod entrant;
pub mod explain;
pub mod fairness;
pub mod instance;
pub mod interchange;
pub mod ledger;
pub mod online;
pub mod participant;
pub mod programme;
pub mod round;
pub mod rules;
pub mod score;
pub mod solver;
pub mod synthetic;
pub mod threads;

pub use candidates::{candidate_pairs, Candidate};
pub use certificate::{Certificate, CertificateError};
pub use entrant::Entrant;
pub use explain::Reason;
pub use fairness::{by_group, disparity, run_round_capped, Cap, CappedRound, GroupOutcome};
pub use instance::{Edge, Instance, InstanceError, MAX_SCORE};
// The ledger's other functions (`ledger::waiting`, `ledger::room`…) keep their module's name: bare,
// they would read as anything.
pub use ledger::{
    excluded_indices, rescore_swap, swappable, LedgerPair, LedgerPerson, Rescored, RoundEntry, Stage, SwapBreaksRules,
};
pub use online::{simulate, Policy, PolicyOutcome, RunReport, Scenario, SimulationConfig, SimulationReport};
pub use participant::{Availability, Coordinates, Gender, Level, Profile, Side, Skill};
pub use programme::{Kind, Programme, Question, Rules, Weights, MAX_WEIGHT};
pub use round::{run_round, run_round_excluding, run_round_watched, Progress, Proposal, Round, Step as RoundStep};
pub use rules::Constraint;
pub use score::{evaluate, score, Detail, Factor, FactorKind};
pub use solver::{solve, solve_adding, Adding, Pair, Solution};
pub use threads::cores;
