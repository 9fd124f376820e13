//! Signpost's engine: a service directory in Open Referral's Human Services Data Specification
//! (HSDS 3.0). It owns the model of the 21 HSDS objects as one table ([`model`]), reading and
//! writing HSDS JSON ([`json`]) and the CSV data package ([`package`]) with every problem named by
//! its JSON path or CSV file and line ([`problem`]), and bridges' default taxonomy of needs
//! ([`needs`]). It finds services: opening hours compiled from HSDS schedules ([`hours`]) and a
//! directory index searched by need, language, distance and opening time ([`index`], over
//! [`bitset`]s, with language codes brought to one form by [`languages`]); a made-up directory
//! to measure it with ([`synthetic`]). A service's hours are written as an iCalendar feed
//! ([`calendar`], through `bridges-ical`).
//!
//! Pure computation on data handed in: it must never do I/O (the package is read through a
//! function that hands over a file's bytes), know HTTP or SQL, read a clock (the moment a search
//! asks about is given), or panic on input. Text is kept
//! byte for byte and ids as given, so what comes in goes out unchanged.

pub mod bitset;
pub mod calendar;
mod format;
pub mod hours;
mod import;
pub mod index;
pub mod json;
pub mod languages;
pub mod model;
pub mod needs;
pub mod package;
pub mod problem;
pub mod synthetic;
mod table;

pub use bitset::BitSet;
pub use calendar::calendar;
pub use hours::{NotCompiled, OpenRule};
pub use import::Imported;
pub use index::{DirectoryIndex, Hit, Near, OpenFilter, Order, Query, Results};
pub use languages::{language_key, language_key_of_name};
pub use model::{
    Dataset, Field, FieldType, HsdsId, Kind, Links, Nested, Object, Record, Required, Role, RulePart, Target, Value,
};
pub use problem::{Place, Problem, Problems, SignpostError};
