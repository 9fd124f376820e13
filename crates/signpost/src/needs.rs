//! bridges' default taxonomy of needs (`content/taxonomy/needs.toml`): what people come to a
//! signposting desk for, in two levels, each term tied to a domain of a framework (the Home
//! Office Indicators of Integration), labelled and described in every language bridges speaks.
//!
//! Ids are fixed (UUID v5 of each code under the taxonomy's namespace, written out in the file)
//! so that every installation publishes the same term ids over HSDA.

use crate::problem::SignpostError;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use uuid::Uuid;

/// The languages every label, description and list of keywords must be given in.
pub const LANGUAGES: [&str; 8] = ["en", "fr", "it", "ar", "es", "uk", "fa", "bg"];

/// A text in several languages, by language code.
pub type Texts = BTreeMap<String, String>;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Needs {
    /// The taxonomy's code (`bridges-needs`).
    pub id: String,
    pub version: String,
    /// The HSDS taxonomy record's id.
    pub uuid: Uuid,
    /// The namespace the terms' ids are derived in.
    pub uuid_namespace: Uuid,
    /// The framework whose items the terms' domains are.
    pub framework: String,
    pub name: Texts,
    pub description: Texts,
    pub terms: Vec<Need>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Need {
    pub code: String,
    /// The HSDS taxonomy term's id.
    pub uuid: Uuid,
    /// The code of the broader need; top-level needs have none.
    pub parent: Option<String>,
    /// The framework item the need belongs to.
    pub domain: String,
    /// Other framework items it clearly touches.
    #[serde(default)]
    pub also: Vec<String>,
    pub label: Texts,
    pub description: Texts,
    /// Words the directory search indexes for the need in each language (not shown).
    pub keywords: Texts,
}

impl Needs {
    /// The taxonomy bridges ships.
    pub fn shipped() -> Result<Needs, SignpostError> {
        Needs::parse(include_str!("../../../content/taxonomy/needs.toml"))
    }

    /// Reads a taxonomy of needs and checks it holds together: codes and ids unique, parents
    /// that exist and are top level, every text in every language of [`LANGUAGES`].
    pub fn parse(text: &str) -> Result<Needs, SignpostError> {
        let needs: Needs = toml::from_str(text).map_err(|e| SignpostError::Needs(e.message().to_string()))?;
        let problems = needs.problems();
        if problems.is_empty() {
            Ok(needs)
        } else {
            Err(SignpostError::Needs(problems.join("; ")))
        }
    }

    pub fn get(&self, code: &str) -> Option<&Need> {
        self.terms.iter().find(|t| t.code == code)
    }

    fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut codes = HashSet::new();
        let mut ids = HashSet::from([self.uuid]);
        for term in &self.terms {
            if !codes.insert(term.code.as_str()) {
                problems.push(format!("{}: code repeated", term.code));
            }
            if !ids.insert(term.uuid) {
                problems.push(format!("{}: uuid repeated", term.code));
            }
            if let Some(parent) = &term.parent {
                if self.get(parent).is_none_or(|p| p.parent.is_some()) {
                    problems.push(format!("{}: parent {parent} is not a top-level need", term.code));
                }
            }
        }
        let texts = [("name", &self.name), ("description", &self.description)];
        let term_texts = self.terms.iter().flat_map(|t| {
            [("label", &t.label), ("description", &t.description), ("keywords", &t.keywords)]
                .map(|(what, texts)| (format!("{} {what}", t.code), texts))
        });
        for (what, texts) in texts.map(|(w, t)| (w.to_string(), t)).into_iter().chain(term_texts) {
            for language in LANGUAGES {
                if texts.get(language).is_none_or(|t| t.trim().is_empty()) {
                    problems.push(format!("{what}: no {language} text"));
                }
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXTS: &str =
        "en = \"a\"\nfr = \"b\"\nit = \"c\"\nar = \"d\"\nes = \"e\"\nuk = \"f\"\nfa = \"g\"\nbg = \"h\"\n";

    fn taxonomy(terms: &[(&str, &str, Option<&str>)]) -> String {
        let mut text = format!(
            "id = \"t\"\nversion = \"1\"\nuuid = \"00000000-0000-5000-8000-000000000000\"\n\
             uuid_namespace = \"00000000-0000-5000-8000-000000000001\"\nframework = \"f\"\n\
             [name]\n{TEXTS}[description]\n{TEXTS}"
        );
        for (code, uuid, parent) in terms {
            text.push_str(&format!("[[terms]]\ncode = \"{code}\"\nuuid = \"{uuid}\"\ndomain = \"d\"\n"));
            if let Some(parent) = parent {
                text.push_str(&format!("parent = \"{parent}\"\n"));
            }
            text.push_str(&format!("[terms.label]\n{TEXTS}[terms.description]\n{TEXTS}[terms.keywords]\n{TEXTS}"));
        }
        text
    }

    fn refusal(text: &str) -> String {
        match Needs::parse(text) {
            Err(SignpostError::Needs(why)) => why,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_taxonomy_that_holds_together_is_read() {
        let text = taxonomy(&[
            ("a", "10000000-0000-5000-8000-000000000000", None),
            ("a-1", "20000000-0000-5000-8000-000000000000", Some("a")),
        ]);
        let needs = Needs::parse(&text).unwrap();
        assert_eq!(needs.get("a-1").and_then(|n| n.parent.as_deref()), Some("a"));
    }

    #[test]
    fn repeated_codes_and_ids_and_deep_or_missing_parents_are_refused() {
        let text = taxonomy(&[
            ("a", "10000000-0000-5000-8000-000000000000", None),
            ("a", "10000000-0000-5000-8000-000000000000", None),
            ("b", "00000000-0000-5000-8000-000000000000", Some("a-1")),
            ("c", "30000000-0000-5000-8000-000000000000", Some("d")),
        ]);
        let why = refusal(&text);
        assert!(why.contains("a: code repeated") && why.contains("a: uuid repeated"), "{why}");
        assert!(why.contains("b: uuid repeated"), "the taxonomy's own id counts: {why}");
        assert!(why.contains("b: parent a-1 is not a top-level need"), "{why}");
        assert!(why.contains("c: parent d is not a top-level need"), "{why}");
    }

    #[test]
    fn a_missing_language_is_refused() {
        let text = taxonomy(&[("a", "10000000-0000-5000-8000-000000000000", None)]);
        let why = refusal(&text.replacen("[terms.keywords]\nen = \"a\"\n", "[terms.keywords]\nen = \" \"\n", 1));
        assert_eq!(why, "a keywords: no en text");
        let why = refusal(&text.replacen("ar = \"d\"\n", "", 1));
        assert_eq!(why, "name: no ar text");
        assert!(refusal(&text.replacen("domain", "domian", 1)).contains("domian"), "unknown keys are refused");
    }
}
