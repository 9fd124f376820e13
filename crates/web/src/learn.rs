//! The Learn service: the embedded library and the search index over it and the published
//! practices. The index lives in the data folder, one folder per process (processes sharing a
//! PostgreSQL database each keep their own), built at start from the embedded library.

use bridges_toolkit::search::{documents, SearchIndex, SearchRequest, SearchResults};
use bridges_toolkit::{Library, SearchError};
use std::path::{Path, PathBuf};

pub struct Learn {
    library: Library,
    index: SearchIndex,
    dir: PathBuf,
}

impl Learn {
    /// Loads the embedded library (a broken content file stops the start, with every problem
    /// named) and builds the index under `data_dir/index/`.
    pub fn start(data_dir: &Path) -> Result<Self, String> {
        let library = Library::embedded()
            .map_err(|errors| errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))?;
        let base = data_dir.join("index");
        remove_stale_indexes(&base);
        let dir = base.join(format!("search-{}", uuid::Uuid::now_v7().simple()));
        let index = SearchIndex::build(Some(&dir), documents(&library, &[])).map_err(|e| e.to_string())?;
        Ok(Self { library, index, dir })
    }

    pub fn library(&self) -> &Library {
        &self.library
    }

    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError> {
        self.index.search(request)
    }
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
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
