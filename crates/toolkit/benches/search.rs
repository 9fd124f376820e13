//! Search speed on a generated library of 10,000 practices plus the real guidance.
//! Target (issue: Learn): median query under 10 ms. Run: `cargo bench -p bridges-toolkit --bench search`.

#![allow(clippy::expect_used)]

use bridges_domain::Language;
use bridges_toolkit::search::{documents, SearchIndex, SearchRequest};
use bridges_toolkit::{Library, Practice};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

const WORDS: &[&str] = &[
    "buddy",
    "mentoring",
    "language",
    "exchange",
    "volunteers",
    "newcomers",
    "residents",
    "housing",
    "employment",
    "training",
    "women",
    "young",
    "people",
    "school",
    "homework",
    "council",
    "shadowing",
    "elected",
    "members",
    "media",
    "rights",
    "discrimination",
    "health",
    "support",
    "community",
    "leaders",
    "forum",
    "advice",
    "legal",
    "integration",
    "refugees",
    "asylum",
    "families",
    "neighbourhood",
    "sport",
    "culture",
    "festival",
    "cooking",
    "digital",
    "skills",
    "jobs",
    "enterprise",
    "innovation",
    "research",
    "survey",
    "contact",
    "trust",
    "network",
];
const COUNTRIES: &[&str] = &["SE", "GB", "BG", "CY", "BE", "IT", "DE", "FR", "NL", "GR", "ES", "PT"];
const THEMES: &[&str] = &["buddy", "mentoring", "language exchange", "shadowing", "media", "advocacy", "employment"];
const REFS: &[&str] =
    &["eu-cbp:7", "eu-cbp:3", "policy-areas:education", "policy-areas:labour-market", "focus:quality-contact"];

/// A small deterministic generator, so every run indexes the same library.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
    fn text(&mut self, words: usize) -> String {
        (0..words).map(|_| WORDS[self.next(WORDS.len())]).collect::<Vec<_>>().join(" ")
    }
}

fn generated(n: usize) -> Vec<Practice> {
    let mut rng = Lcg(42);
    (0..n)
        .map(|i| Practice {
            id: format!("generated-{i}"),
            title: rng.text(5),
            country: COUNTRIES[rng.next(COUNTRIES.len())].to_string(),
            start: format!("{}", 2000 + rng.next(25)),
            promoter: rng.text(3),
            summary: rng.text(30),
            challenge: rng.text(60),
            how_it_works: rng.text(80),
            results: rng.text(50),
            beneficiaries: rng.text(10),
            language: "en".into(),
            themes: vec![THEMES[rng.next(THEMES.len())].to_string()],
            target_groups: vec!["newcomers".into()],
            frameworks: vec![REFS[rng.next(REFS.len())].to_string()],
            ..Practice::default()
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let library = Library::embedded().expect("content loads");
    let practices = generated(10_000);
    let index = SearchIndex::build(None, documents(&library, &library.frameworks_with(vec![]), &practices))
        .expect("index builds");
    let queries: &[(&str, Language, &[&str])] = &[
        ("buddy", Language::En, &[]),
        ("budy sistem", Language::En, &[]),
        ("mentoring young women employment", Language::En, &[]),
        ("parrainage", Language::Fr, &[]),
        ("housing", Language::En, &["/country/SE"]),
        ("discrimination rights legal advice", Language::It, &["/type/practice"]),
    ];
    let mut group = c.benchmark_group("search_10k");
    for (text, lang, filters) in queries {
        let request = SearchRequest {
            text: text.to_string(),
            lang: *lang,
            filters: filters.iter().map(|f| f.to_string()).collect(),
            limit: 20,
        };
        group.bench_function(format!("{}:{text}", lang.code()), |b| {
            b.iter(|| black_box(index.search(black_box(&request)).expect("search works")))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
