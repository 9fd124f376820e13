//! Run-time configuration of the web application. The command line fills it from flags and
//! `BRIDGES_*` variables; tests use [`Config::for_test`].

use bridges_store::ThrottleRule;
use chrono::Duration;
use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Clone)]
pub struct Config {
    /// Where the embedded database, the search index and files live.
    pub data_dir: PathBuf,
    /// `postgres://…` to run on PostgreSQL; `None` for SQLite in `data_dir`.
    pub database_url: Option<String>,
    pub listen: SocketAddr,
    /// The address people use to reach bridges (`https://bridges.example.org`), for the links
    /// bridges prints and for deciding that cookies must be `Secure`. Defaults to `http://LISTEN`.
    pub public_url: Option<String>,
    /// Believe `X-Forwarded-For` and `X-Forwarded-Proto`: only behind a reverse proxy you run.
    pub trust_proxy: bool,
    pub session_ttl: Duration,
    pub invitation_ttl: Duration,
    pub throttle: ThrottleRule,
    /// How many people one network address may sign up to one programme per hour through its
    /// public link (a drop-in session on one Wi-Fi signs up several people; a script, thousands).
    pub sign_ups_per_hour: u64,
}

impl Config {
    pub const DEFAULT_LISTEN: &'static str = "127.0.0.1:8080";

    pub fn base_url(&self) -> String {
        match &self.public_url {
            Some(url) => url.trim_end_matches('/').to_string(),
            None => format!("http://{}", self.listen),
        }
    }

    /// Cookies get `Secure` when people reach bridges over TLS.
    pub fn public_url_is_https(&self) -> bool {
        self.public_url.as_deref().is_some_and(|u| u.starts_with("https://"))
    }

    /// The defaults: SQLite in `data_dir`, listening on 127.0.0.1:8080.
    pub fn with_defaults(data_dir: PathBuf) -> Self {
        Self {
            data_dir,
            database_url: None,
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            public_url: None,
            trust_proxy: false,
            session_ttl: Duration::hours(12),
            invitation_ttl: Duration::days(7),
            throttle: ThrottleRule::default(),
            sign_ups_per_hour: 30,
        }
    }

    /// A configuration for tests: a given data folder, any free port.
    pub fn for_test(data_dir: PathBuf) -> Self {
        Self { listen: SocketAddr::from(([127, 0, 0, 1], 0)), ..Self::with_defaults(data_dir) }
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("data_dir", &self.data_dir)
            .field("database_url", &self.database_url.as_ref().map(|_| "***"))
            .field("listen", &self.listen)
            .field("public_url", &self.public_url)
            .field("trust_proxy", &self.trust_proxy)
            .finish_non_exhaustive()
    }
}
