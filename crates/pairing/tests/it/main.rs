//! The solver against a brute force on small instances, the certificate checker against tampered
//! solutions, and the CSV interchange against good, bad and hostile files.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod certificate;
mod interchange;
mod optimality;
