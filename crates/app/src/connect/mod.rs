//! Connect's use cases: a programme's people and pairs read with an audit entry, rounds of the
//! pairing engine, the pairs' life cycle and check-ins, and each person's rights over their data.

pub mod audit;
pub mod check_in;
pub mod export;
pub mod pairs;
pub mod programme;
pub mod record;
pub mod rights;
pub mod roster;
pub mod round;

/// The purpose of a person's consent to be paired (and their details kept for it).
pub const CONSENT_PAIRING: &str = "pairing";
/// The purpose of a person's consent to their pair's check-ins being recorded.
pub const CONSENT_CHECK_INS: &str = "check-ins";
