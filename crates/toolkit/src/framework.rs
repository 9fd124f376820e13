//! Frameworks as data: a named, versioned list of items (the EU Common Basic Principles, the seven
//! policy areas, the Indicators of Integration…) that guidance, practices and later projects,
//! activities and indicators are tagged with.

use crate::error::ContentError;
use bridges_domain::Language;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Text in several languages, keyed by language code.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Localized(BTreeMap<String, String>);

/// A text in the language asked for, or in English when that language is missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Translated<'a> {
    pub text: &'a str,
    /// `true` when the text is not in the language asked for.
    pub fell_back: bool,
}

impl Localized {
    pub fn get(&self, lang: Language) -> Translated<'_> {
        match self.0.get(lang.code()).filter(|t| !t.is_empty()) {
            Some(text) => Translated { text, fell_back: false },
            // English first; a text written in one other language only (an organisation's own
            // framework) still shows, in that language.
            None => Translated {
                text: self
                    .0
                    .get("en")
                    .or_else(|| self.0.values().find(|t| !t.is_empty()))
                    .map(String::as_str)
                    .unwrap_or(""),
                fell_back: true,
            },
        }
    }
    pub fn is_empty(&self) -> bool {
        self.0.values().all(|v| v.is_empty())
    }
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Self {
        Self(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }
    /// Every text, in every language: what search indexes so any reader finds the item.
    pub fn all(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct FrameworkItem {
    pub id: String,
    pub title: Localized,
    /// A grouping some frameworks have (the Indicators of Integration's four groups).
    #[serde(default)]
    pub group: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Framework {
    pub id: String,
    pub version: String,
    #[serde(default)]
    pub source: String,
    pub title: Localized,
    #[serde(default)]
    pub description: Localized,
    /// What is not known about the framework (ENAR's untitled principles).
    #[serde(default)]
    pub note: Option<String>,
    pub items: Vec<FrameworkItem>,
}

impl Framework {
    pub fn from_toml(path: &str, text: &str) -> Result<Self, ContentError> {
        let f: Framework = toml::from_str(text).map_err(|e| ContentError::new(path, &e.to_string()))?;
        if f.items.is_empty() {
            return Err(ContentError::new(path, "a framework needs at least one item"));
        }
        let mut seen = std::collections::BTreeSet::new();
        for item in &f.items {
            if !seen.insert(item.id.as_str()) {
                return Err(ContentError::new(path, &format!("item id {} appears twice", item.id)));
            }
        }
        Ok(f)
    }

    pub fn item(&self, id: &str) -> Option<&FrameworkItem> {
        self.items.iter().find(|i| i.id == id)
    }
}

/// The frameworks in reach: those shipped with bridges and those organisations made for themselves.
#[derive(Debug, Clone)]
pub struct FrameworkSet<'a> {
    shipped: &'a [Framework],
    own: Vec<Framework>,
}

impl<'a> FrameworkSet<'a> {
    pub fn new(shipped: &'a [Framework], own: Vec<Framework>) -> Self {
        Self { shipped, own }
    }
    pub fn framework(&self, id: &str) -> Option<&Framework> {
        self.shipped.iter().chain(&self.own).find(|f| f.id == id)
    }
    pub fn item(&self, r: &FrameworkRef) -> Option<&FrameworkItem> {
        self.framework(&r.framework)?.item(&r.item)
    }
    pub fn item_exists(&self, r: &FrameworkRef) -> bool {
        self.item(r).is_some()
    }
    pub fn all(&self) -> impl Iterator<Item = &Framework> {
        self.shipped.iter().chain(&self.own)
    }
}

/// A reference to one item of one framework, written `framework:item` (`eu-cbp:7`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FrameworkRef {
    pub framework: String,
    pub item: String,
}

impl FrameworkRef {
    pub fn parse(s: &str) -> Option<Self> {
        let (framework, item) = s.trim().split_once(':')?;
        let ok = |p: &str| !p.is_empty() && p.len() <= 64 && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        (ok(framework) && ok(item)).then(|| Self { framework: framework.to_string(), item: item.to_string() })
    }
}

impl std::fmt::Display for FrameworkRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.framework, self.item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_english() {
        let t = Localized::from_pairs(&[("en", "Education"), ("fr", "Éducation")]);
        assert_eq!(t.get(Language::Fr), Translated { text: "Éducation", fell_back: false });
        assert_eq!(t.get(Language::Ar), Translated { text: "Education", fell_back: true });
    }

    #[test]
    fn refs_parse() {
        assert_eq!(FrameworkRef::parse("eu-cbp:7").unwrap().to_string(), "eu-cbp:7");
        assert!(FrameworkRef::parse("eu-cbp").is_none());
        assert!(FrameworkRef::parse("eu cbp:7").is_none());
        assert!(FrameworkRef::parse(":7").is_none());
    }

    #[test]
    fn rejects_duplicate_items() {
        let text = "id='x'\nversion='1'\n[title]\nen='X'\n[[items]]\nid='a'\n[items.title]\nen='A'\n[[items]]\nid='a'\n[items.title]\nen='B'\n";
        assert!(Framework::from_toml("x.toml", text).is_err());
    }
}
