use crate::http::config::Config;
use crate::learn::library::Learn;
use bridges_app::Services;
use bridges_domain::Clock;
use bridges_store::Store;
use chrono::{DateTime, Utc};
use std::sync::Arc;

/// What every handler can reach. It holds no per-user state: that lives in the database, so any
/// number of processes can serve the same users.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

struct Inner {
    services: Services,
    config: Config,
    learn: Learn,
    /// Spreadsheet imports parsed at once; the rest wait their turn (see `http::upload`).
    imports: Arc<tokio::sync::Semaphore>,
}

impl AppState {
    /// Fails when the embedded content is broken or the search index cannot be built.
    pub fn new(store: Store, config: Config, clock: Arc<dyn Clock>) -> Result<Self, String> {
        let learn = Learn::start(&config.data_dir)?;
        let imports = Arc::new(tokio::sync::Semaphore::new(crate::http::upload::CONCURRENT_IMPORTS));
        Ok(Self(Arc::new(Inner { services: Services::new(store, clock), config, learn, imports })))
    }
    pub fn learn(&self) -> &Learn {
        &self.0.learn
    }
    /// The application layer's services: what every use case reaches.
    pub fn services(&self) -> &Services {
        &self.0.services
    }
    pub fn store(&self) -> &Store {
        self.0.services.store()
    }
    pub fn config(&self) -> &Config {
        &self.0.config
    }
    pub fn imports(&self) -> &tokio::sync::Semaphore {
        &self.0.imports
    }
    pub fn now(&self) -> DateTime<Utc> {
        self.0.services.now()
    }
}
