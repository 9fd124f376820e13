//! The solver against a brute force on small instances, the certificate checker against tampered
//! solutions, the CSV interchange against good, bad and hostile files, the rules and the score on
//! hand-made pairs, rounds (index, proposals, reasons) against brute force, and the ledger against
//! the loops it replaces.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod certificate;
mod fairness;
mod interchange;
mod ledger;
mod optimality;
mod round;
mod rules;
