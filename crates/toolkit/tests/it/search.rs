use bridges_domain::Language;
use bridges_toolkit::search::{documents, SearchIndex, SearchRequest, MAX_QUERY_CHARS};
use bridges_toolkit::{Library, Practice, SearchError};
use std::sync::OnceLock;

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let lib = Library::embedded().unwrap();
        SearchIndex::build(None, documents(&lib, &lib.frameworks_with(vec![]), &[])).unwrap()
    })
}

fn keys(text: &str, lang: Language) -> Vec<String> {
    let r = index().search(&SearchRequest { text: text.into(), lang, filters: vec![], limit: 10 }).unwrap();
    r.hits.into_iter().map(|h| h.key).collect()
}

fn near_top(text: &str, lang: Language, key: &str, within: usize) {
    let found = keys(text, lang);
    let pos = found.iter().position(|k| k == key);
    assert!(pos.is_some_and(|p| p < within), "{lang}:{text:?} should find {key} in the top {within}, got {found:?}");
}

#[test]
fn finds_the_buddy_guidance_in_each_language() {
    near_top("buddy", Language::En, "guidance:buddy-systems", 2);
    near_top("buddy system", Language::En, "guidance:buddy-systems", 2);
    near_top("parrainage", Language::Fr, "guidance:buddy-systems", 3);
    near_top("affiancamento", Language::It, "guidance:buddy-systems", 3);
    near_top("scambio linguistico", Language::It, "guidance:buddy-systems", 3);
    near_top("الرفقة", Language::Ar, "guidance:buddy-systems", 3);
    near_top("تحليل القوة", Language::Ar, "guidance:step-4-power-analysis", 3);
    near_top("analisi del potere", Language::It, "guidance:step-4-power-analysis", 3);
    near_top("mercato del lavoro", Language::It, "guidance:seven-policy-areas", 5);
}

#[test]
fn the_vocabulary_crosses_interface_languages() {
    // A French word typed in the English interface, an English one in the Arabic, Arabic in Ukrainian.
    let in_english = keys("parrainage", Language::En);
    assert!(in_english.iter().any(|k| k.starts_with("practice:")), "parrainage in English: {in_english:?}");
    near_top("parrainage", Language::En, "guidance:buddy-systems", 5);
    near_top("buddy", Language::Ar, "guidance:buddy-systems", 5);
    near_top("الرفقة", Language::Uk, "guidance:buddy-systems", 5);
}

#[test]
fn finds_guidance_in_the_four_new_languages() {
    near_top("наставництво", Language::Uk, "guidance:buddy-systems", 5);
    near_top("acompañamiento", Language::Es, "guidance:buddy-systems", 5);
    near_top("همراهی", Language::Fa, "guidance:buddy-systems", 5);
}

#[test]
fn misspelt_queries_still_find_it() {
    near_top("budy", Language::En, "guidance:buddy-systems", 3);
    near_top("buddie sistem", Language::En, "guidance:buddy-systems", 3);
    near_top("parainage", Language::Fr, "guidance:buddy-systems", 3);
    near_top("shadowng", Language::En, "guidance:shadowing-programmes", 3);
    near_top("afiancamento", Language::It, "guidance:buddy-systems", 3);
}

#[test]
fn stemming_matches_other_forms_of_a_word() {
    near_top("planning steps", Language::En, "guidance:six-planning-steps", 3);
    near_top("stakeholders power", Language::En, "guidance:step-4-power-analysis", 3);
}

#[test]
fn finds_practices_that_use_buddy_systems() {
    let found = keys("buddy", Language::En);
    assert!(found.iter().any(|k| k.starts_with("practice:")), "no practice for buddy: {found:?}");
    let found = keys("parrainage", Language::Fr);
    assert!(found.iter().any(|k| k.starts_with("practice:")), "no practice for parrainage: {found:?}");
}

#[test]
fn facet_counts_add_up() {
    let lib = Library::embedded().unwrap();
    let all =
        index().search(&SearchRequest { text: String::new(), lang: Language::En, filters: vec![], limit: 5 }).unwrap();
    let types = &all.facets["type"];
    let count = |path: &str| types.iter().find(|(p, _)| p == path).map(|(_, c)| *c).unwrap_or(0);
    assert_eq!(count("/type/practice") as usize, lib.practices().len());
    assert_eq!(count("/type/guidance") as usize, lib.guidance_ids().len());
    assert_eq!(all.total, lib.practices().len() + lib.guidance_ids().len());

    let sweden = lib.practices().iter().filter(|p| p.country == "SE" || p.countries.iter().any(|c| c == "SE")).count();
    let filtered = index()
        .search(&SearchRequest {
            text: String::new(),
            lang: Language::En,
            filters: vec!["/country/SE".into()],
            limit: 50,
        })
        .unwrap();
    assert_eq!(filtered.total, sweden);
    assert!(sweden >= 1);
    assert!(filtered.hits.iter().all(|h| h.key.starts_with("practice:")));
}

#[test]
fn french_readers_get_french_guidance_and_english_practices() {
    let r = index()
        .search(&SearchRequest {
            text: String::new(),
            lang: Language::Fr,
            filters: vec!["/type/guidance".into()],
            limit: 100,
        })
        .unwrap();
    assert!(r.hits.iter().all(|h| h.lang == Language::Fr), "one version per item, in French");
    let lib = Library::embedded().unwrap();
    assert_eq!(r.total, lib.guidance_ids().len());
}

#[test]
fn snippets_mark_the_matched_words() {
    let r =
        index().search(&SearchRequest { text: "buddy".into(), lang: Language::En, filters: vec![], limit: 3 }).unwrap();
    let top = &r.hits[0];
    let marked: Vec<&str> = top.snippet.pieces().into_iter().filter(|(_, hit)| *hit).map(|(t, _)| t).collect();
    assert!(marked.iter().any(|t| t.to_lowercase().starts_with("budd")), "{:?}", top.snippet);
}

#[test]
fn snippets_mark_near_misses_too() {
    let r =
        index().search(&SearchRequest { text: "budy".into(), lang: Language::En, filters: vec![], limit: 3 }).unwrap();
    let marked: Vec<String> =
        r.hits[0].snippet.pieces().into_iter().filter(|(_, hit)| *hit).map(|(t, _)| t.to_lowercase()).collect();
    assert!(marked.iter().any(|t| t.starts_with("budd")), "{:?}", r.hits[0].snippet);
}

#[test]
fn framework_items_have_their_own_facet_counts() {
    let r =
        index().search(&SearchRequest { text: String::new(), lang: Language::En, filters: vec![], limit: 1 }).unwrap();
    let areas = &r.facets["framework/policy-areas"];
    assert!(areas.iter().any(|(p, c)| p == "/framework/policy-areas/education" && *c > 0), "{areas:?}");
}

#[test]
fn bad_queries_answer_plainly() {
    let long = "buddy ".repeat(MAX_QUERY_CHARS);
    let err = index().search(&SearchRequest { text: long, lang: Language::En, filters: vec![], limit: 10 });
    assert!(matches!(err, Err(SearchError::Query("query-too-long"))));
    for hostile in [
        "\"); DROP TABLE practices; --",
        "<script>alert(1)</script>",
        "*:*",
        "title:(",
        "\u{0}\u{202e}",
        "!!! ???",
        "a",
    ] {
        let r = index().search(&SearchRequest { text: hostile.into(), lang: Language::Ar, filters: vec![], limit: 10 });
        assert!(r.is_ok(), "{hostile:?}");
    }
    let r = index().search(&SearchRequest {
        text: "x".into(),
        lang: Language::En,
        filters: vec!["not a facet".into()],
        limit: 10,
    });
    assert!(matches!(r, Err(SearchError::Query("filter-invalid"))));
}

#[test]
fn a_published_practice_from_an_organisation_is_found() {
    let lib = Library::embedded().unwrap();
    let p = Practice {
        id: "org-practice".into(),
        title: "Kitchen table conversations".into(),
        summary: "Neighbours cook together once a month".into(),
        language: "en".into(),
        country: "IT".into(),
        ..Practice::default()
    };
    let idx = SearchIndex::build(None, documents(&lib, &lib.frameworks_with(vec![]), &[p])).unwrap();
    let r =
        idx.search(&SearchRequest { text: "kitchen".into(), lang: Language::En, filters: vec![], limit: 5 }).unwrap();
    assert_eq!(r.hits[0].key, "practice:org-practice");
}

#[test]
fn matching_gives_every_document_found_best_first() {
    let all = index().matching(Language::En, "budy", 1_000).unwrap();
    assert!(all.len() > 10, "more than a page: {}", all.len());
    assert!(all.windows(2).all(|w| w[0].1 >= w[1].1), "best first");
    assert!(all.iter().take(3).any(|(k, _)| k == "guidance:buddy-systems"), "{:?}", &all[..3]);
    assert!(index().matching(Language::En, "", 10).unwrap().is_empty(), "no words, nothing");
    assert!(index().matching(Language::En, &"x".repeat(MAX_QUERY_CHARS + 1), 10).is_err());
}
