//! The database driver prints nothing of its own. Reading a city's programme at once takes
//! seconds, and a warning about a slow statement, printed with its SQL above `bridges match`'s
//! progress bar, looks to a coordinator like something went wrong.

use crate::harness::TestDb;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::Layer;

/// Keeps what the driver says at warning level or above.
struct Recorder(Arc<Mutex<Vec<String>>>);

impl<S: Subscriber> Layer<S> for Recorder {
    fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
        let meta = event.metadata();
        if meta.target().starts_with("sqlx") && *meta.level() <= Level::WARN {
            self.0.lock().unwrap().push(format!("{} {}", meta.level(), meta.target()));
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_statement_is_not_reported_by_the_driver() {
    let said = Arc::new(Mutex::new(Vec::new()));
    // The driver logs from its own threads: only a subscriber for the whole process hears it.
    // No other test of this binary sets one.
    tracing::subscriber::set_global_default(tracing_subscriber::registry().with(Recorder(said.clone()))).unwrap();
    let db = TestDb::sqlite().await;
    // Longer than the second after which the driver would call a statement slow.
    let mut rows = 1_000_000u64;
    loop {
        let started = Instant::now();
        let sql = format!(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < {rows}) SELECT CAST(count(*) AS TEXT) FROM c"
        );
        let counted = bridges_store::test_support::query_text(&db.store, &sql).await.unwrap();
        assert_eq!(counted, Some(rows.to_string()));
        if started.elapsed() > Duration::from_millis(1500) {
            break;
        }
        rows *= 2;
    }
    assert_eq!(*said.lock().unwrap(), Vec::<String>::new());
    db.finish().await;
}
