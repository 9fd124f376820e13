//! The application layer: what a member does with bridges, once, for every door. A use case takes
//! the grant the policy gave the member (a [`bridges_store::Grant`], which only the store makes),
//! loads what it needs, runs an engine, saves, and writes the audit log; the web pages, the JSON
//! API and the `bridges` CLI all call the same function, so they behave and audit the same.
//!
//! Knows no HTTP, no HTML and no terminal: input arrives parsed, output leaves as data. It never
//! computes what an engine can (pairing, planning); it orchestrates.

pub mod connect;
mod error;
pub mod learn;
pub mod measure;
pub mod org;
pub mod plan;
pub mod signpost;
pub mod spreadsheet;
pub mod tell;
pub mod today;

pub use error::{Error, Result};

use bridges_domain::Clock;
use bridges_store::Store;
use chrono::{DateTime, Utc};
use std::sync::Arc;

/// What every use case reaches: the store and the clock (a parameter, so tests control time).
#[derive(Clone)]
pub struct Services {
    store: Store,
    clock: Arc<dyn Clock>,
    /// Rounds running in this process, and how far each has got.
    rounds: connect::round::RoundsUnderWay,
    /// Published directories' search indexes, rebuilt when a directory changes.
    indexes: signpost::finding::Indexes,
    /// How many threads a pairing round reads candidates on.
    round_threads: usize,
}

impl Services {
    /// Services for a server: a pairing round reads candidates on every core but one, which it
    /// leaves to the pages (on two cores, a round takes one).
    pub fn new(store: Store, clock: Arc<dyn Clock>) -> Self {
        let cores = bridges_pairing::cores();
        Self {
            store,
            clock,
            rounds: Default::default(),
            indexes: Default::default(),
            round_threads: cores.saturating_sub(1).max(1),
        }
    }

    /// The same, with pairing rounds reading candidates on `threads` threads (at least one): a
    /// command run from a shell has no pages to leave a core to.
    pub fn with_round_threads(self, threads: usize) -> Self {
        Self { round_threads: threads.max(1), ..self }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }
}

/// Runs CPU work (a pairing round, reading a workbook, counting responses, typesetting) on a
/// blocking thread, so the async workers keep answering other pages meanwhile.
pub(crate) async fn off_the_workers<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    tokio::task::spawn_blocking(work).await.map_err(|e| Error::Internal(format!("blocking work: {e}")))
}
