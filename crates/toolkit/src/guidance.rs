//! Guidance: the toolkit's principles, planning steps and advice, one item per file and language.

use bridges_domain::Language;
use serde::Deserialize;

/// The parts of the toolkit, in reading order.
pub const SECTIONS: [&str; 7] =
    ["principles", "planning", "good-project", "relations", "migrant-led", "focus", "review"];

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct GuidanceMeta {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub section: String,
    #[serde(default)]
    pub order: i32,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub frameworks: Vec<String>,
}

/// One guidance item in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuidanceItem {
    pub meta: GuidanceMeta,
    pub lang: Language,
    /// Markdown.
    pub body: String,
}
