//! The toolkit's knowledge: guidance in several languages, frameworks as data, the practice library,
//! and the search index over them.
//!
//! Content ships inside the binary (`content/`, checked at load). The search index is derived data
//! that this crate builds and owns; it is never the only copy of anything. This crate knows nothing
//! of HTTP or SQL: the web tier hands it the published practices from the database.

mod content;
mod error;
pub mod framework;
pub mod guidance;
pub mod library;
pub mod practice;
pub mod practice_form;
pub mod search;

pub use content::{markdown_to_html, markdown_to_text};
pub use error::{ContentError, SearchError};
pub use framework::{Framework, FrameworkItem, FrameworkRef, FrameworkSet, Localized, Translated};
pub use guidance::{GuidanceItem, GuidanceMeta, SECTIONS};
pub use library::{InLanguage, Library};
pub use practice::Practice;
pub use practice_form::PracticeForm;
pub use search::{Hit, SearchDoc, SearchIndex, SearchRequest, SearchResults, Snippet};
