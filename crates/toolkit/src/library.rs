//! The library: every framework, guidance item and seeded practice shipped with bridges, embedded
//! in the binary from `content/` and checked when it loads.

use crate::content;
use crate::error::ContentError;
use crate::framework::{Framework, FrameworkRef, Localized};
use crate::guidance::{GuidanceItem, GuidanceMeta, SECTIONS};
use crate::practice::Practice;
use bridges_domain::Language;
use include_dir::{include_dir, Dir};
use std::collections::BTreeMap;

static CONTENT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../content");

/// A value in the language asked for, or in English with `fell_back` set.
#[derive(Debug, Clone, Copy)]
pub struct InLanguage<'a, T> {
    pub value: &'a T,
    pub fell_back: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Library {
    frameworks: Vec<Framework>,
    /// id → language → item.
    guidance: BTreeMap<String, BTreeMap<Language, GuidanceItem>>,
    practices: Vec<Practice>,
    /// Theme and target-group words → their translations (`content/vocabulary.toml`).
    vocabulary: BTreeMap<String, Localized>,
    /// Worked examples of whole plans (`content/scenarios/<id>.toml`), as text: the planner reads them.
    scenarios: Vec<(String, String)>,
}

#[derive(serde::Deserialize)]
struct Vocabulary {
    words: BTreeMap<String, Localized>,
}

impl Library {
    /// The content compiled into this binary.
    pub fn embedded() -> Result<Self, Vec<ContentError>> {
        let mut files = Vec::new();
        collect(&CONTENT, &mut files);
        Self::from_files(files.iter().map(|(p, t)| (p.as_str(), t.as_str())))
    }

    /// Builds a library from `(path, text)` pairs laid out as in `content/`; reports every problem,
    /// not just the first.
    pub fn from_files<'a>(files: impl Iterator<Item = (&'a str, &'a str)>) -> Result<Self, Vec<ContentError>> {
        let mut lib = Library::default();
        let mut errors = Vec::new();
        for (path, text) in files {
            let parts: Vec<&str> = path.split('/').collect();
            match parts.as_slice() {
                ["vocabulary.toml"] => match toml::from_str::<Vocabulary>(text) {
                    Ok(v) => lib.vocabulary = v.words,
                    Err(e) => errors.push(ContentError::new(path, &e.to_string())),
                },
                ["scenarios", file] if file.ends_with(".toml") => {
                    lib.scenarios.push((file.trim_end_matches(".toml").to_string(), text.to_string()));
                }
                ["frameworks", file] if file.ends_with(".toml") => match Framework::from_toml(path, text) {
                    Ok(f) => lib.frameworks.push(f),
                    Err(e) => errors.push(e),
                },
                [lang, "guidance", file] if file.ends_with(".md") => {
                    let Ok(lang) = Language::parse(lang) else {
                        errors.push(ContentError::new(path, "unknown language folder"));
                        continue;
                    };
                    match content::parse::<GuidanceMeta>(path, text) {
                        Ok((meta, body)) if file.trim_end_matches(".md") == meta.id => {
                            lib.guidance
                                .entry(meta.id.clone())
                                .or_default()
                                .insert(lang, GuidanceItem { meta, lang, body });
                        }
                        Ok(_) => errors.push(ContentError::new(path, "id differs from the file name")),
                        Err(e) => errors.push(e),
                    }
                }
                [_, "practices", file] if file.ends_with(".md") => match content::parse::<Practice>(path, text) {
                    Ok((mut p, body)) if file.trim_end_matches(".md") == p.id => {
                        p.lessons = body;
                        lib.practices.push(p);
                    }
                    Ok(_) => errors.push(ContentError::new(path, "id differs from the file name")),
                    Err(e) => errors.push(e),
                },
                _ => {}
            }
        }
        lib.frameworks.sort_by(|a, b| a.id.cmp(&b.id));
        lib.practices.sort_by(|a, b| a.id.cmp(&b.id));
        lib.scenarios.sort();
        errors.extend(lib.check_links());
        if errors.is_empty() {
            Ok(lib)
        } else {
            Err(errors)
        }
    }

    /// Every guidance item exists in English, names a known section, and links only to items and
    /// framework entries that exist.
    fn check_links(&self) -> Vec<ContentError> {
        let mut errors = Vec::new();
        for (id, versions) in &self.guidance {
            let path = format!("guidance/{id}");
            if !versions.contains_key(&Language::En) {
                errors.push(ContentError::new(&path, "has no English version"));
            }
            for item in versions.values() {
                let path = format!("{}/guidance/{id}", item.lang);
                if !SECTIONS.contains(&item.meta.section.as_str()) {
                    errors.push(ContentError::new(&path, &format!("unknown section {}", item.meta.section)));
                }
                for rel in &item.meta.related {
                    if !self.guidance.contains_key(rel) {
                        errors.push(ContentError::new(&path, &format!("related item {rel} does not exist")));
                    }
                }
                errors.extend(self.check_refs(&path, &item.meta.frameworks));
            }
        }
        for p in &self.practices {
            errors.extend(self.check_refs(&format!("practices/{}", p.id), &p.frameworks));
        }
        errors
    }

    fn check_refs(&self, path: &str, refs: &[String]) -> Vec<ContentError> {
        refs.iter()
            .filter(|r| !FrameworkRef::parse(r).is_some_and(|r| self.framework_item_exists(&r)))
            .map(|r| ContentError::new(path, &format!("framework reference {r} does not exist")))
            .collect()
    }

    pub fn framework_item_exists(&self, r: &FrameworkRef) -> bool {
        self.framework(&r.framework).is_some_and(|f| f.item(&r.item).is_some())
    }

    pub fn frameworks(&self) -> &[Framework] {
        &self.frameworks
    }

    /// The shipped frameworks together with an organisation's own.
    pub fn frameworks_with(&self, own: Vec<Framework>) -> crate::framework::FrameworkSet<'_> {
        crate::framework::FrameworkSet::new(&self.frameworks, own)
    }

    pub fn framework(&self, id: &str) -> Option<&Framework> {
        self.frameworks.iter().find(|f| f.id == id)
    }

    /// Every guidance id, in reading order (section, then order, then id).
    pub fn guidance_ids(&self) -> Vec<&str> {
        let mut items: Vec<&GuidanceItem> = self.guidance.values().filter_map(|v| v.get(&Language::En)).collect();
        items.sort_by_key(|i| {
            (SECTIONS.iter().position(|s| *s == i.meta.section).unwrap_or(usize::MAX), i.meta.order, i.meta.id.clone())
        });
        items.into_iter().map(|i| i.meta.id.as_str()).collect()
    }

    /// A guidance item in `lang`, or in English when it has not been translated.
    pub fn guidance(&self, id: &str, lang: Language) -> Option<InLanguage<'_, GuidanceItem>> {
        let versions = self.guidance.get(id)?;
        match versions.get(&lang) {
            Some(value) => Some(InLanguage { value, fell_back: false }),
            None => versions.get(&Language::En).map(|value| InLanguage { value, fell_back: true }),
        }
    }

    /// The languages an item exists in.
    pub fn guidance_languages(&self, id: &str) -> Vec<Language> {
        self.guidance.get(id).map(|v| v.keys().copied().collect()).unwrap_or_default()
    }

    /// Every version of every guidance item: what the search index holds.
    pub fn all_guidance(&self) -> impl Iterator<Item = &GuidanceItem> {
        self.guidance.values().flat_map(|v| v.values())
    }

    /// Items that link to `id` (the other direction of "related").
    pub fn linking_to(&self, id: &str) -> Vec<&str> {
        self.guidance
            .iter()
            .filter(|(_, v)| v.values().any(|i| i.meta.related.iter().any(|r| r == id)))
            .map(|(k, _)| k.as_str())
            .collect()
    }

    /// A theme or target-group word in `lang` (the word itself when the vocabulary lacks it).
    pub fn vocabulary<'a>(&'a self, word: &'a str, lang: Language) -> &'a str {
        match self.vocabulary.get(word) {
            Some(t) => t.get(lang).text,
            None => word,
        }
    }

    /// Items of `frameworks` that the library's guidance and practices apply together with `with`,
    /// most often first: what a policy area usually calls for, in the library's experience.
    pub fn applied_together(&self, with: &str, frameworks: &[&str]) -> Vec<(String, usize)> {
        let tag_sets = self
            .guidance
            .values()
            .filter_map(|v| v.get(&Language::En))
            .map(|g| &g.meta.frameworks)
            .chain(self.practices.iter().map(|p| &p.frameworks));
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for tags in tag_sets.filter(|t| t.iter().any(|r| r == with)) {
            for r in tags
                .iter()
                .filter(|r| FrameworkRef::parse(r).is_some_and(|f| frameworks.contains(&f.framework.as_str())))
            {
                *counts.entry(r.clone()).or_default() += 1;
            }
        }
        let mut out: Vec<(String, usize)> = counts.into_iter().collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out
    }

    /// The practices shipped with bridges.
    /// The worked examples of whole plans, as `(id, TOML text)`, by id.
    pub fn scenario_sources(&self) -> &[(String, String)] {
        &self.scenarios
    }

    pub fn practices(&self) -> &[Practice] {
        &self.practices
    }
}

fn collect(dir: &Dir<'static>, out: &mut Vec<(String, String)>) {
    for file in dir.files() {
        if let (Some(path), Some(text)) = (file.path().to_str(), file.contents_utf8()) {
            out.push((path.to_string(), text.to_string()));
        }
    }
    for sub in dir.dirs() {
        collect(sub, out);
    }
}
