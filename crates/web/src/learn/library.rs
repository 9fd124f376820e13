//! The Learn service: the embedded library, and the search index over it and the practices
//! organisations have published.
//!
//! The index lives in the data folder, one folder per process, and is rebuilt whenever the store's
//! search generation moves (it moves on every change to what is published), so several processes
//! sharing one PostgreSQL database all see a publication on their next search.

use crate::http::error::{AppError, AppResult};
use bridges_domain::PracticeId;
use bridges_store::{Store, StoredFramework, StoredPractice};
use bridges_toolkit::search::{documents, SearchIndex, SearchRequest, SearchResults};
use bridges_toolkit::{Framework, FrameworkSet, Library, Practice, SearchError};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

struct Built {
    index: Arc<SearchIndex>,
    /// The store's search generation this index reflects; `None` before the first look.
    generation: Option<i64>,
    dir: PathBuf,
}

pub struct Learn {
    library: Library,
    base: PathBuf,
    built: RwLock<Built>,
    rebuilding: tokio::sync::Mutex<()>,
}

impl Learn {
    /// Loads the embedded library (a broken content file stops the start, with every problem
    /// named) and builds a first index of it under `data_dir/index/`.
    pub fn start(data_dir: &Path) -> Result<Self, String> {
        let library = Library::embedded()
            .map_err(|errors| errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))?;
        let base = data_dir.join("index");
        remove_stale_indexes(&base);
        let dir = fresh_dir(&base);
        let index = SearchIndex::build(Some(&dir), documents(&library, &library.frameworks_with(vec![]), &[]))
            .map_err(|e| e.to_string())?;
        let built = Built { index: Arc::new(index), generation: None, dir };
        Ok(Self { library, base, built: RwLock::new(built), rebuilding: tokio::sync::Mutex::new(()) })
    }

    pub fn library(&self) -> &Library {
        &self.library
    }

    pub async fn search(
        &self,
        store: &Store,
        request: &SearchRequest,
    ) -> AppResult<Result<SearchResults, SearchError>> {
        let index = self.current(store).await?;
        Ok(index.search(request))
    }

    /// A published practice: from the library (by its name) or from an organisation (by its id).
    pub async fn practice(&self, store: &Store, id: &str) -> AppResult<Option<Practice>> {
        if let Some(p) = self.library.practices().iter().find(|p| p.id == id) {
            return Ok(Some(p.clone()));
        }
        let Ok(id) = id.parse::<PracticeId>() else { return Ok(None) };
        store.published_practice(id).await?.map(|s| record(&s)).transpose()
    }

    /// The shipped frameworks and the organisation's own.
    pub async fn frameworks_for<P: bridges_domain::Permission>(
        &self,
        store: &Store,
        grant: &bridges_store::Grant<P>,
    ) -> AppResult<FrameworkSet<'_>> {
        Ok(self.library.frameworks_with(parse_frameworks(&store.org_frameworks(grant).await?)?))
    }

    /// The shipped frameworks and every organisation's own: public pages and the index name the
    /// items any published practice applies.
    pub async fn all_frameworks(&self, store: &Store) -> AppResult<FrameworkSet<'_>> {
        Ok(self.library.frameworks_with(parse_frameworks(&store.all_org_frameworks().await?)?))
    }

    /// The index for the store's current generation, rebuilding it first if it is behind.
    async fn current(&self, store: &Store) -> AppResult<Arc<SearchIndex>> {
        let generation = store.search_generation().await?;
        if let Some(index) = self.up_to_date(generation)? {
            return Ok(index);
        }
        let _one_at_a_time = self.rebuilding.lock().await;
        if let Some(index) = self.up_to_date(generation)? {
            return Ok(index);
        }
        let published: Vec<Practice> =
            store.published_practices().await?.iter().map(record).collect::<AppResult<_>>()?;
        let dir = fresh_dir(&self.base);
        let docs = documents(&self.library, &self.all_frameworks(store).await?, &published);
        let build_dir = dir.clone();
        let index = tokio::task::spawn_blocking(move || SearchIndex::build(Some(&build_dir), docs))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?
            .map_err(|e| AppError::Internal(e.to_string()))?;
        let index = Arc::new(index);
        let old_dir = {
            let mut built = self.built.write().map_err(|_| AppError::Internal("search index lock".into()))?;
            let old = std::mem::replace(&mut *built, Built { index: index.clone(), generation: Some(generation), dir });
            old.dir
        };
        // Searches still holding the old index keep their open files; the folder can go.
        let _ = std::fs::remove_dir_all(old_dir);
        tracing::info!(generation, practices = published.len(), "search index rebuilt");
        Ok(index)
    }

    fn up_to_date(&self, generation: i64) -> AppResult<Option<Arc<SearchIndex>>> {
        let built = self.built.read().map_err(|_| AppError::Internal("search index lock".into()))?;
        Ok((built.generation == Some(generation)).then(|| built.index.clone()))
    }
}

fn parse_frameworks(stored: &[StoredFramework]) -> AppResult<Vec<Framework>> {
    stored.iter().map(|f| serde_json::from_str(&f.definition).map_err(|e| AppError::Internal(e.to_string()))).collect()
}

/// A stored record as the toolkit's practice, with its public id.
pub fn record(stored: &StoredPractice) -> AppResult<Practice> {
    Ok(bridges_app::learn::record(stored)?)
}

fn fresh_dir(base: &Path) -> PathBuf {
    base.join(format!("search-{}", uuid::Uuid::now_v7().simple()))
}

/// Index folders left by processes that are gone (a day old and untouched).
fn remove_stale_indexes(base: &Path) {
    let Ok(entries) = std::fs::read_dir(base) else { return };
    for entry in entries.flatten() {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 24 * 3600);
        if old && entry.file_name().to_string_lossy().starts_with("search-") {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

impl Drop for Learn {
    fn drop(&mut self) {
        if let Ok(built) = self.built.read() {
            let _ = std::fs::remove_dir_all(&built.dir);
        }
    }
}
