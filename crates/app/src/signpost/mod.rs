//! Signpost's use cases: an organisation's service directory in Open Referral HSDS 3.0, imported
//! from HSDS JSON or the CSV data package and exported as both, and published for other Open
//! Referral tools to read.

pub mod directory;
pub mod finding;
pub mod hsda;
pub mod publishing;
pub mod referrals;
