//! Full-text search over guidance and practices, in the reader's language: stemming per language,
//! typo tolerance, facets, highlighted snippets, relevance order.
//!
//! The index is derived data: built from the library and the database's published practices, kept
//! in a folder of the data directory, and rebuilt from them whenever they change.

use crate::error::SearchError;
use crate::framework::FrameworkSet;
use crate::library::Library;
use crate::practice::Practice;
use bridges_domain::Language;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Facet, FacetOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{
    Language as StemLanguage, LowerCaser, RegexTokenizer, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
};
use tantivy::{doc, DocAddress, Index, IndexReader, TantivyDocument, Term};

/// The languages guidance is written in and searched in.
pub const SEARCH_LANGUAGES: [Language; 8] = Language::ALL;

/// The facet roots a search reports counts for; besides these, each framework's items are counted
/// under `framework/<id>`.
pub const FACETS: [&str; 6] = ["type", "country", "policy-area", "target", "theme", "year"];

/// Longest query accepted, in characters; and most words considered.
pub const MAX_QUERY_CHARS: usize = 300;
const MAX_QUERY_TERMS: usize = 12;

/// What the index holds about one document, ready to be indexed.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchDoc {
    /// `guidance:<id>` or `practice:<id>`.
    pub key: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    /// The language the text is written in.
    pub lang: Language,
    /// Reader languages this document answers for (a guidance item answers in English for readers
    /// whose language it has not been translated into).
    pub serves: Vec<Language>,
    /// Words to match in each reader language: tags, themes and framework titles, translated.
    pub keywords: BTreeMap<Language, String>,
    /// Facet paths such as `/country/SE` or `/framework/eu-cbp/7`.
    pub facets: Vec<String>,
}

/// One search.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    pub text: String,
    pub lang: Language,
    /// Facet paths every hit must have (`/country/SE`).
    pub filters: Vec<String>,
    pub limit: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub key: String,
    pub title: String,
    pub summary: String,
    pub lang: Language,
    pub score: f32,
    pub snippet: Snippet,
}

/// A passage of the document with the matched words marked.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<Range<usize>>,
}

impl Snippet {
    /// The passage cut into (text, matched) pieces, for a template to mark up safely.
    pub fn pieces(&self) -> Vec<(&str, bool)> {
        let mut out = Vec::new();
        let mut at = 0;
        for r in &self.highlights {
            if r.start < at || r.end > self.text.len() {
                continue;
            }
            if r.start > at {
                out.push((&self.text[at..r.start], false));
            }
            out.push((&self.text[r.start..r.end], true));
            at = r.end;
        }
        if at < self.text.len() {
            out.push((&self.text[at..], false));
        }
        out
    }
}

#[derive(Debug, Clone, Default)]
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<Hit>,
    /// Facet root → (value path, count), most frequent first.
    pub facets: BTreeMap<String, Vec<(String, u64)>>,
}

struct LangFields {
    title: Field,
    body: Field,
    keywords: Field,
}

pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    key: Field,
    lang: Field,
    serves: Field,
    summary: Field,
    facets: Field,
    fields: BTreeMap<Language, LangFields>,
    /// Frameworks that tag at least one document: each gets item-level facet counts.
    frameworks: Vec<String>,
    /// Each document's key by where the index keeps it, read once for [`Self::matching`]: many
    /// hits then cost no reads of stored documents.
    keys: std::sync::OnceLock<std::collections::HashMap<DocAddress, String>>,
}

fn tokenizer_name(lang: Language) -> String {
    format!("bridges_{}", lang.code())
}

fn analyzer(lang: Language) -> TextAnalyzer {
    // Snowball has no stemmer for Ukrainian, Persian or Bulgarian: their words are matched whole.
    let stem = match lang {
        Language::En => Some(StemLanguage::English),
        Language::Fr => Some(StemLanguage::French),
        Language::It => Some(StemLanguage::Italian),
        Language::Ar => Some(StemLanguage::Arabic),
        Language::Es => Some(StemLanguage::Spanish),
        Language::Uk | Language::Fa | Language::Bg => None,
    };
    if lang == Language::Fa {
        // Persian writes a zero-width non-joiner inside words (می‌خواهم): it is part of the word
        // here, not a break between two, so a search without it is one letter away and still finds it.
        // (A test checks the pattern compiles: the fallback below is never taken.)
        if let Ok(persian) = RegexTokenizer::new(r"[\p{L}\p{N}\p{M}\u{200C}]+") {
            return TextAnalyzer::builder(persian).filter(RemoveLongFilter::limit(40)).filter(LowerCaser).build();
        }
    }
    let words =
        TextAnalyzer::builder(SimpleTokenizer::default()).filter(RemoveLongFilter::limit(40)).filter(LowerCaser);
    match stem {
        Some(stem) => words.filter(Stemmer::new(stem)).build(),
        None => words.build(),
    }
}

impl SearchIndex {
    /// Builds a fresh index of `docs` in `dir` (or in memory when `None`).
    pub fn build(dir: Option<&Path>, docs: impl IntoIterator<Item = SearchDoc>) -> Result<Self, SearchError> {
        let mut schema = Schema::builder();
        let key = schema.add_text_field("key", STRING | STORED);
        let lang = schema.add_text_field("lang", STRING | STORED);
        let serves = schema.add_text_field("serves", STRING);
        let summary = schema.add_text_field("summary", STORED);
        let facets = schema.add_facet_field("facets", FacetOptions::default());
        let mut fields = BTreeMap::new();
        for l in SEARCH_LANGUAGES {
            let indexing = TextFieldIndexing::default()
                .set_tokenizer(&tokenizer_name(l))
                .set_index_option(IndexRecordOption::WithFreqsAndPositions);
            let stored = TextOptions::default().set_indexing_options(indexing.clone()).set_stored();
            let indexed = TextOptions::default().set_indexing_options(indexing);
            fields.insert(
                l,
                LangFields {
                    title: schema.add_text_field(&format!("title_{}", l.code()), stored.clone()),
                    body: schema.add_text_field(&format!("body_{}", l.code()), stored),
                    keywords: schema.add_text_field(&format!("keywords_{}", l.code()), indexed),
                },
            );
        }
        let schema = schema.build();
        let index = match dir {
            Some(dir) => {
                std::fs::create_dir_all(dir)?;
                Index::create_in_dir(dir, schema)?
            }
            None => Index::create_in_ram(schema),
        };
        for l in SEARCH_LANGUAGES {
            index.tokenizers().register(&tokenizer_name(l), analyzer(l));
        }
        let mut writer = index.writer_with_num_threads(1, 50_000_000)?;
        let mut frameworks: Vec<String> = Vec::new();
        for d in docs {
            for path in &d.facets {
                if let Some(fw) = path.strip_prefix("/framework/").and_then(|r| r.split('/').next()) {
                    if !frameworks.iter().any(|f| f == fw) {
                        frameworks.push(fw.to_string());
                    }
                }
            }
            let Some(f) = fields.get(&d.lang) else { continue };
            let mut document = doc!(
                key => d.key.as_str(),
                lang => d.lang.code(),
                summary => d.summary.as_str(),
                f.title => d.title.as_str(),
                f.body => format!("{}\n{}", d.summary, d.body),
            );
            for s in &d.serves {
                document.add_text(serves, s.code());
            }
            for (l, words) in &d.keywords {
                if let Some(lf) = fields.get(l) {
                    document.add_text(lf.keywords, words);
                }
            }
            for path in &d.facets {
                if let Ok(facet) = Facet::from_text(path) {
                    document.add_facet(facets, facet);
                }
            }
            writer.add_document(document)?;
        }
        writer.commit()?;
        let reader = index.reader()?;
        frameworks.sort();
        let keys = std::sync::OnceLock::new();
        Ok(Self { index, reader, key, lang, serves, summary, facets, fields, frameworks, keys })
    }

    /// The stemmed words of `text` as the index of `lang` stores them.
    fn terms(&self, lang: Language, text: &str) -> Vec<String> {
        let mut analyzer = analyzer(lang);
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token().text.clone();
            if !out.contains(&t) {
                out.push(t);
            }
            if out.len() >= MAX_QUERY_TERMS {
                break;
            }
        }
        out
    }

    /// Exact matches weigh more than near misses; titles and keywords more than body text. With
    /// `keywords_only`, only the vocabulary's words in `lang` are searched.
    fn clauses(&self, lang: Language, text: &str, weight: f32, keywords_only: bool) -> Vec<(Occur, Box<dyn Query>)> {
        let Some(f) = self.fields.get(&lang) else { return Vec::new() };
        let fields = [(f.title, 3.0), (f.keywords, 2.0), (f.body, 1.0)];
        let fields = if keywords_only { &fields[1..2] } else { &fields[..] };
        let mut out: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for t in self.terms(lang, text) {
            let chars = t.chars().count();
            let distance = match chars {
                0..=3 => 0,
                4..=7 => 1,
                _ => 2,
            };
            for &(field, boost) in fields {
                let term = Term::from_field_text(field, &t);
                out.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(
                        Box::new(TermQuery::new(term.clone(), IndexRecordOption::WithFreqs)),
                        boost * weight * 2.0,
                    )),
                ));
                if distance > 0 {
                    out.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(Box::new(FuzzyTermQuery::new(term, distance, true)), boost * weight)),
                    ));
                }
            }
        }
        out
    }

    /// What `text` matches when read in `lang`: everything in that language; English practices
    /// and untranslated guidance a little lower; and the vocabulary's words in every other
    /// language, so that "parrainage" typed in the English interface finds what is tagged "buddy".
    fn read_in(&self, lang: Language, text: &str) -> Vec<(Occur, Box<dyn Query>)> {
        let mut clauses = self.clauses(lang, text, 1.0, false);
        if lang != Language::En {
            clauses.extend(self.clauses(Language::En, text, 0.5, false));
        }
        for other in SEARCH_LANGUAGES.into_iter().filter(|l| *l != lang) {
            clauses.extend(self.clauses(other, text, 0.5, true));
        }
        clauses
    }

    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError> {
        if request.text.chars().count() > MAX_QUERY_CHARS {
            return Err(SearchError::Query("query-too-long"));
        }
        let lang = request.lang;
        let text_clauses = self.read_in(lang, &request.text);
        let has_text = !text_clauses.is_empty();
        let mut all: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if has_text {
            all.push((Occur::Must, Box::new(BooleanQuery::new(text_clauses))));
        } else {
            all.push((Occur::Must, Box::new(AllQuery)));
        }
        all.push((
            Occur::Must,
            Box::new(TermQuery::new(Term::from_field_text(self.serves, lang.code()), IndexRecordOption::Basic)),
        ));
        for filter in &request.filters {
            let facet = Facet::from_text(filter).map_err(|_| SearchError::Query("filter-invalid"))?;
            all.push((
                Occur::Must,
                Box::new(TermQuery::new(Term::from_facet(self.facets, &facet), IndexRecordOption::Basic)),
            ));
        }
        let query = BooleanQuery::new(all);

        let searcher = self.reader.searcher();
        let mut facet_collector = FacetCollector::for_field("facets");
        for root in FACETS {
            facet_collector.add_facet(Facet::from_path([root]));
        }
        for fw in &self.frameworks {
            facet_collector.add_facet(Facet::from_path(["framework", fw.as_str()]));
        }
        let limit = request.limit.clamp(1, 100);
        let (top, total, facet_counts) =
            searcher.search(&query, &(TopDocs::with_limit(limit).order_by_score(), Count, facet_collector))?;

        // Counts per root (`country`…), and per framework's items (`framework/eu-cbp`).
        let mut facets = BTreeMap::new();
        let roots =
            FACETS.iter().map(|r| r.to_string()).chain(self.frameworks.iter().map(|f| format!("framework/{f}")));
        for root in roots {
            let mut counts: Vec<(String, u64)> =
                facet_counts.get(&format!("/{root}")).map(|(facet, count)| (facet.to_path_string(), count)).collect();
            counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            facets.insert(root, counts);
        }

        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let text =
                |field: Field| doc.get_first(field).and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
            let doc_lang = Language::parse(&text(self.lang)).unwrap_or_default();
            let Some(f) = self.fields.get(&doc_lang) else { continue };
            let body = text(f.body);
            let snippet =
                if has_text { self.snippet(doc_lang, f.body, &request.text, &body) } else { Snippet::default() };
            hits.push(Hit {
                key: text(self.key),
                title: text(f.title),
                summary: text(self.summary),
                lang: doc_lang,
                score,
                snippet,
            });
        }
        Ok(SearchResults { total, hits, facets })
    }

    /// Reads every document's key once, so that [`Self::matching`] needs no stored document (a
    /// caller may do it ahead, off the request path).
    pub fn keys_ready(&self) -> Result<&std::collections::HashMap<DocAddress, String>, SearchError> {
        if let Some(keys) = self.keys.get() {
            return Ok(keys);
        }
        let searcher = self.reader.searcher();
        let mut keys = std::collections::HashMap::new();
        for (segment_ord, segment) in searcher.segment_readers().iter().enumerate() {
            for doc_id in segment.doc_ids_alive() {
                let address = DocAddress::new(segment_ord as u32, doc_id);
                let doc: TantivyDocument = searcher.doc(address)?;
                if let Some(key) = doc.get_first(self.key).and_then(|v| v.as_str().map(str::to_string)) {
                    keys.insert(address, key);
                }
            }
        }
        Ok(self.keys.get_or_init(|| keys))
    }

    /// Every document that matches `text` read in `lang` (and, a little lower, in English), with
    /// its score, best first, at most `limit`: for callers that rank and filter on their own
    /// (a service directory narrowed by need and place), with no snippets and no facets.
    pub fn matching(&self, lang: Language, text: &str, limit: usize) -> Result<Vec<(String, f32)>, SearchError> {
        if text.chars().count() > MAX_QUERY_CHARS {
            return Err(SearchError::Query("query-too-long"));
        }
        let clauses = self.read_in(lang, text);
        if clauses.is_empty() {
            return Ok(Vec::new());
        }
        let searcher = self.reader.searcher();
        let keys = self.keys_ready()?;
        let query = BooleanQuery::new(clauses);
        let top = searcher.search(&query, &TopDocs::with_limit(limit.max(1)).order_by_score())?;
        let out = top.into_iter().filter_map(|(score, address)| Some((keys.get(&address)?.clone(), score))).collect();
        Ok(out)
    }

    /// A passage of `body` around the query's words, counting near misses ("budy" marks "buddy")
    /// since the search itself forgave them.
    fn snippet(&self, lang: Language, field: Field, query: &str, body: &str) -> Snippet {
        let wanted = self.terms(lang, query);
        let mut terms: BTreeMap<String, f32> = wanted.iter().map(|t| (t.clone(), 1.0)).collect();
        let in_body = self.terms_of(lang, body);
        for t in &wanted {
            let distance = match t.chars().count() {
                0..=3 => 0,
                4..=7 => 1,
                _ => 2,
            };
            if distance == 0 || in_body.contains(t) {
                continue;
            }
            for candidate in in_body.iter().filter(|c| levenshtein_within(t, c, distance)) {
                terms.insert(candidate.clone(), 0.8);
            }
        }
        let mut generator = SnippetGenerator::new(terms, analyzer(lang), field, 220);
        generator.set_max_num_chars(220);
        let s = generator.snippet(body);
        Snippet { text: s.fragment().to_string(), highlights: s.highlighted().to_vec() }
    }

    /// Every distinct analysed word of `text`.
    fn terms_of(&self, lang: Language, text: &str) -> std::collections::BTreeSet<String> {
        let mut analyzer = analyzer(lang);
        let mut stream = analyzer.token_stream(text);
        let mut out = std::collections::BTreeSet::new();
        while stream.advance() {
            out.insert(stream.token().text.clone());
        }
        out
    }

    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn index(&self) -> &Index {
        &self.index
    }
}

/// Whether `a` and `b` are at most `max` single-character edits apart.
fn levenshtein_within(a: &str, b: &str, max: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        if current.iter().min().is_some_and(|m| *m > max) {
            return false;
        }
        previous = current;
    }
    previous[b.len()] <= max
}

/// The documents of a library and a set of published practices, whose tags may name items of
/// organisations' own frameworks.
pub fn documents(library: &Library, frameworks: &FrameworkSet, practices: &[Practice]) -> Vec<SearchDoc> {
    let mut docs = Vec::new();
    for id in library.guidance_ids() {
        for reader in SEARCH_LANGUAGES {
            let Some(found) = library.guidance(id, reader) else { continue };
            let item = found.value;
            // One document per version; the English one also serves readers without a translation.
            if item.lang != reader {
                continue;
            }
            let mut serves = vec![reader];
            if reader == Language::En {
                serves.extend(
                    SEARCH_LANGUAGES.into_iter().filter(|l| library.guidance(id, *l).is_some_and(|g| g.fell_back)),
                );
            }
            let mut facets = vec!["/type/guidance".to_string(), format!("/section/{}", item.meta.section)];
            facets.extend(framework_facets(&item.meta.frameworks));
            // Each version also carries the titles and tags of the others, in their languages: a
            // reader who types "buddy" in the Arabic interface finds the Arabic version.
            let mut words = keywords(library, frameworks, &item.meta.tags, &[], &item.meta.frameworks);
            for other in SEARCH_LANGUAGES.into_iter().filter(|l| *l != item.lang) {
                let Some(version) = library.guidance(id, other).filter(|g| !g.fell_back) else { continue };
                let entry = words.entry(other).or_default();
                for word in std::iter::once(&version.value.meta.title).chain(&version.value.meta.tags) {
                    entry.push_str(" \n");
                    entry.push_str(word);
                }
            }
            docs.push(SearchDoc {
                key: format!("guidance:{id}"),
                title: item.meta.title.clone(),
                summary: item.meta.summary.clone(),
                body: crate::content::markdown_to_text(&item.body),
                lang: item.lang,
                serves,
                keywords: words,
                facets,
            });
        }
    }
    for p in library.practices().iter().chain(practices) {
        docs.push(practice_doc(library, frameworks, p));
    }
    docs
}

fn practice_doc(library: &Library, frameworks: &FrameworkSet, p: &Practice) -> SearchDoc {
    let mut facets = vec!["/type/practice".to_string()];
    let mut countries: Vec<&String> = p.countries.iter().collect();
    if !p.country.is_empty() && !countries.contains(&&p.country) {
        countries.push(&p.country);
    }
    facets.extend(countries.iter().map(|c| format!("/country/{c}")));
    facets.extend(framework_facets(&p.frameworks));
    facets.extend(p.target_groups.iter().map(|t| format!("/target/{}", facet_word(t))));
    facets.extend(p.themes.iter().map(|t| format!("/theme/{}", facet_word(t))));
    if let Some(y) = p.start_year() {
        facets.push(format!("/year/{y}"));
    }
    let mut body = [&p.challenge, &p.how_it_works, &p.results, &p.evaluation, &p.beneficiaries, &p.promoter, &p.area]
        .map(|s| s.as_str())
        .join("\n");
    body.push('\n');
    body.push_str(&crate::content::markdown_to_text(&p.lessons));
    SearchDoc {
        key: format!("practice:{}", p.id),
        title: p.title.clone(),
        summary: p.summary.clone(),
        body,
        lang: Language::parse(&p.language).unwrap_or_default(),
        serves: SEARCH_LANGUAGES.to_vec(),
        keywords: keywords(library, frameworks, &p.themes, &p.target_groups, &p.frameworks),
        facets,
    }
}

/// Facet path segments stay simple: lowercase words joined by dashes.
fn facet_word(s: &str) -> String {
    s.trim().to_lowercase().split_whitespace().collect::<Vec<_>>().join("-").replace('/', "-")
}

fn framework_facets(refs: &[String]) -> Vec<String> {
    refs.iter()
        .filter_map(|r| crate::framework::FrameworkRef::parse(r))
        .flat_map(|r| {
            let mut v = vec![format!("/framework/{}/{}", r.framework, r.item)];
            if r.framework == "policy-areas" {
                v.push(format!("/policy-area/{}", r.item));
            }
            v
        })
        .collect()
}

/// Tags, themes, target groups and the titles of tagged framework items, in every language the
/// vocabulary knows, so that "parrainage" finds a practice tagged "buddy".
fn keywords(
    library: &Library,
    known: &FrameworkSet,
    tags: &[String],
    groups: &[String],
    frameworks: &[String],
) -> BTreeMap<Language, String> {
    let mut out: BTreeMap<Language, String> = BTreeMap::new();
    for l in SEARCH_LANGUAGES {
        let mut words: Vec<String> = Vec::new();
        for word in tags.iter().chain(groups) {
            words.push(library.vocabulary(word, l).to_string());
        }
        for r in frameworks.iter().filter_map(|r| crate::framework::FrameworkRef::parse(r)) {
            if let Some(item) = known.item(&r) {
                words.push(item.title.get(l).text.to_string());
            }
        }
        out.insert(l, words.join(" \n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::levenshtein_within;

    #[test]
    fn a_persian_word_keeps_its_non_joiner() {
        let mut persian = super::analyzer(bridges_domain::Language::Fa);
        let mut stream = persian.token_stream("من می\u{200C}خواهم کمک");
        let mut words = Vec::new();
        while stream.advance() {
            words.push(stream.token().text.clone());
        }
        assert_eq!(words, ["من", "می\u{200C}خواهم", "کمک"]);
    }

    #[test]
    fn edit_distance() {
        assert!(levenshtein_within("budi", "buddi", 1));
        assert!(levenshtein_within("shadowng", "shadow", 2));
        assert!(!levenshtein_within("budi", "bodies", 1));
        assert!(levenshtein_within("same", "same", 0));
        assert!(!levenshtein_within("abc", "xyz", 2));
    }
}
