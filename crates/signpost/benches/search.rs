//! The directory search on a made-up directory of 50,000 services: building the index, and three
//! searches a signposting desk makes (a need, a language, within 5 km, open now; a need alone; a
//! language alone). Medians only; no timing is asserted.
//! Run: `cargo bench -p bridges-signpost --bench search`.

use bridges_signpost::needs::Needs;
use bridges_signpost::{synthetic, DirectoryIndex, Near, OpenFilter, Query};
use chrono::{TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use std::collections::HashMap;
use std::hint::black_box;

const SERVICES: usize = 50_000;

fn search(c: &mut Criterion) {
    let Ok(needs) = Needs::shipped() else { return };
    let dataset = synthetic::directory(SERVICES, 42);
    let mapping = HashMap::new();

    let mut group = c.benchmark_group("directory_index");
    group.sample_size(10);
    group.bench_function("build/50000", |b| b.iter(|| DirectoryIndex::build(black_box(&dataset), &needs, &mapping)));
    group.finish();

    let index = DirectoryIndex::build(&dataset, &needs, &mapping);
    // A Tuesday at 11:00 in London, in the town centre.
    let now = Utc.with_ymd_and_hms(2026, 3, 10, 11, 0, 0).single().unwrap_or_default();
    let base = Query::new(chrono_tz::Europe::London);
    let desk = Query {
        needs: vec!["need-legal".into()],
        languages: vec!["ar".into()],
        near: Some(Near { latitude: 52.95, longitude: -1.85, radius_m: 5_000.0 }),
        open: Some(OpenFilter::Now(now)),
        ..base.clone()
    };
    let need = Query { needs: vec!["need-housing".into()], now: Some(now), ..base.clone() };
    let language = Query { languages: vec!["ara".into()], now: Some(now), ..base };
    for (name, query) in [("need+language+5km+open_now", &desk), ("need", &need), ("language", &language)] {
        let found = index.search(query, None).total;
        let mut group = c.benchmark_group("directory_search/50000");
        group.bench_function(format!("{name} ({found} found)"), |b| b.iter(|| index.search(black_box(query), None)));
        group.finish();
    }
}

criterion_group!(benches, search);
criterion_main!(benches);
