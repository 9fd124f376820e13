//! The issue's bar for surveys: "Results of a survey with 100,000 responses by community in under
//! 1 s".
//!
//! Setup, once and untimed: a SQLite store in a temporary folder, one organisation, a survey of
//! every ready-made instrument with the actual figures its perceived scores are compared with, and
//! 100,000 responses from both communities (about 40% arriving), answered as the demo survey's
//! are from a fixed pseudo-random sequence, checked as staff typing them in would be and stored
//! 5,000 at a time. Timed: the results by community, which open every sealed response and
//! compute every score and question, and the results for everyone together.
//!
//! Besides criterion's numbers, one line with the median of ten readings by community, and the
//! same reading split into the store's part (reading and opening the responses) and the
//! statistics' part (with the answers' JSON parse alone, as the largest piece of the latter).
//!
//! `cargo bench -p bridges-app --bench surveys`; a quicker, smaller run with
//! `BRIDGES_BENCH_RESPONSES=10000`. `BRIDGES_BENCH_RESULTS_JSON=file` writes the results (by
//! community and for everyone) to `file`, to show that a change made for speed changed no number.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use bridges_app::measure::surveys::{self, results, By, SurveyView};
use bridges_app::Services;
use bridges_domain::policy::{DefineIndicators, ReadMeasures, RecordMeasures};
use bridges_domain::SurveyId;
use bridges_measure::survey::Instrument;
use bridges_measure::{Shown, Threshold};
use bridges_store::{Grant, Membership, NewResponse, ResponseFacts, Via};
use chrono::Duration;
use criterion::{criterion_group, criterion_main, Criterion};
use std::collections::BTreeMap;
use std::time::Instant;
use support::{from_env, Lcg};

const CHUNK: usize = 5_000;
/// Readings behind each median printed outside criterion.
const RUNS: usize = 10;

/// One respondent's answers, as the demo survey makes them: residents warmer to their own side
/// and guessing newcomers' work and education low and their benefits high.
fn answers(rng: &mut Lcg, arriving: bool) -> BTreeMap<String, String> {
    let mut a = BTreeMap::new();
    let mut put = |k: &str, v: String| {
        a.insert(k.to_string(), v);
    };
    put("community", if arriving { "arriving" } else { "receiving" }.into());
    let often = |rng: &mut Lcg, base: u32| (base + rng.below(3)).min(7).to_string();
    for item in ["contact_work", "contact_neighbourhood", "contact_friends", "contact_home"] {
        put(item, often(rng, if arriving { 2 } else { 1 }));
    }
    for item in ["contact_pleasant", "contact_equal", "contact_voluntary", "contact_cooperative", "contact_close"] {
        put(item, often(rng, if arriving { 4 } else { 3 }));
    }
    let (own, other) = if arriving { (70, 72) } else { (78, 52) };
    put("feeling_arriving", (if arriving { own } else { other } + rng.below(25)).min(100).to_string());
    put("feeling_receiving", (if arriving { other } else { own } + rng.below(20)).min(100).to_string());
    for n in 1..=5 {
        put(&format!("who5_{n}"), (1 + rng.below(5)).to_string());
    }
    put("estimate_employment", (25 + rng.below(35)).to_string());
    put("estimate_degree", (10 + rng.below(25)).to_string());
    put("estimate_benefits", (20 + rng.below(50)).to_string());
    for item in ["belonging_part", "belonging_home", "belonging_trust", "belonging_newcomers"] {
        put(item, (2 + rng.below(4)).min(5).to_string());
    }
    a
}

struct Loaded {
    services: Services,
    owner: Membership,
    survey: SurveyId,
    _org: support::Org,
}

async fn load(responses: usize) -> Loaded {
    let org = support::organisation().await;
    let services = org.services();
    let owner = org.owner.clone();
    let define: Grant<DefineIndicators> = owner.grant().unwrap();
    let codes: Vec<String> = Instrument::ALL.iter().map(|i| i.code().to_string()).collect();
    let options = surveys::Options { title: "Living here together".into(), ..surveys::Options::default() };
    let id = surveys::from_instruments(&services, &define, &codes, &options).await.unwrap();
    let figures = [
        ("employment", "58", "Labour force survey"),
        ("degree", "31", "Census"),
        ("benefits", "12", "Benefits office"),
    ];
    for (figure, actual, source) in figures {
        let get = |k: &str| match k {
            "actual" => actual.to_string(),
            "source" => source.to_string(),
            _ => String::new(),
        };
        surveys::set_figure(&services, &define, id, figure, get).await.unwrap();
    }
    let view = surveys::one(&services, &owner.grant().unwrap(), id).await.unwrap();

    let started = Instant::now();
    let record: Grant<RecordMeasures> = owner.grant().unwrap();
    let today = org.now.date_naive();
    let mut rng = Lcg(2026);
    let mut i = 0;
    while i < responses {
        let end = (i + CHUNK).min(responses);
        let chunk: Vec<NewResponse> = (i..end)
            .map(|_| {
                let arriving = rng.below(10) < 4;
                let a = answers(&mut rng, arriving);
                let day = today - Duration::days(i64::from(rng.below(60)));
                surveys::check_response(&view, &a, "", "", day)
                    .unwrap_or_else(|p| panic!("answers refused: {:?} {:?}", p.answers, p.fields))
            })
            .collect();
        services.store().record_responses(&record, id, Via::Staff, &chunk).await.unwrap();
        i = end;
    }
    let took = started.elapsed();
    eprintln!(
        "recorded {responses} responses in {:.1} s ({:.0} a second)",
        took.as_secs_f64(),
        responses as f64 / took.as_secs_f64()
    );
    Loaded { services, owner, survey: id, _org: org }
}

/// The median of [`RUNS`] timings of `run` in milliseconds; `run` answers the part it timed.
fn median_ms(mut run: impl FnMut() -> std::time::Duration) -> f64 {
    let mut times: Vec<f64> = (0..RUNS).map(|_| run().as_secs_f64() * 1e3).collect();
    times.sort_by(f64::total_cmp);
    (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2.0
}

/// What [`results::read`] reads besides the responses, read once.
struct Context {
    survey: SurveyView,
    k: Threshold,
    figures: Vec<bridges_store::Figure>,
}

async fn context(l: &Loaded, grant: &Grant<ReadMeasures>) -> Context {
    let store = l.services.store();
    let survey = surveys::one(&l.services, grant, l.survey).await.unwrap();
    let org = store.org(grant.org()).await.unwrap();
    let k = Threshold::new(org.suppression_threshold).unwrap_or_default();
    let figures = store.figures(grant, l.survey).await.unwrap();
    Context { survey, k, figures }
}

fn exact(shown: &Shown) -> f64 {
    match shown {
        Shown::Exact { value } => *value,
        other => panic!("a count the reader may not see: {other:?}"),
    }
}

fn surveys_bench(c: &mut Criterion) {
    let responses = from_env("BRIDGES_BENCH_RESPONSES", 100_000);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let loaded = runtime.block_on(load(responses));
    let grant: Grant<ReadMeasures> = loaded.owner.grant().unwrap();
    let store = loaded.services.store();
    let read = |by: By| runtime.block_on(results::read(&loaded.services, &grant, loaded.survey, by, None, None));

    // The results must be the data's, or the timing means nothing.
    let (_, by_community) = read(By::Community).unwrap();
    assert_eq!(exact(&by_community.total), responses as f64);
    let groups: Vec<f64> = by_community.groups.iter().map(|g| exact(&g.n)).collect();
    assert_eq!(groups.iter().sum::<f64>(), responses as f64, "every response in a community");
    let arriving = groups.first().copied().unwrap_or_default() / responses as f64;
    assert!((0.35..0.45).contains(&arriving), "about 40% arriving, not {arriving}");
    assert!(by_community
        .scores
        .iter()
        .all(|s| s.means.iter().all(|m| matches!(m, bridges_measure::stats::Reported::Shown(_)))));
    // A speed-up of the statistics must change none of them: compare this file before and after.
    if let Ok(path) = std::env::var("BRIDGES_BENCH_RESULTS_JSON") {
        let (_, everyone) = read(By::Nothing).unwrap();
        let both = serde_json::json!({ "community": &by_community, "everyone": &everyone });
        std::fs::write(path, serde_json::to_string_pretty(&both).unwrap()).unwrap();
    }
    eprintln!(
        "results by community: {} scores, {} questions, {:.1}% arriving",
        by_community.scores.len(),
        by_community.questions.len(),
        arriving * 100.0
    );

    let by_community_ms = median_ms(|| {
        let started = Instant::now();
        read(By::Community).unwrap();
        started.elapsed()
    });
    let by_nothing_ms = median_ms(|| {
        let started = Instant::now();
        read(By::Nothing).unwrap();
        started.elapsed()
    });
    let facts_ms = median_ms(|| {
        let started = Instant::now();
        runtime.block_on(store.response_facts(&grant, loaded.survey, None, None)).unwrap();
        started.elapsed()
    });
    let cx = runtime.block_on(context(&loaded, &grant));
    let facts: Vec<ResponseFacts> = runtime.block_on(store.response_facts(&grant, loaded.survey, None, None)).unwrap();
    let compute_ms = median_ms(|| {
        let facts = facts.clone();
        let started = Instant::now();
        results::compute(&cx.survey, By::Community, cx.k, facts, &cx.figures).unwrap();
        started.elapsed()
    });
    let parse_ms = median_ms(|| {
        let started = Instant::now();
        for f in &facts {
            let _: BTreeMap<String, String> = serde_json::from_str(f.answers.expose()).unwrap();
        }
        started.elapsed()
    });
    eprintln!(
        "results of {responses} responses by community: median {by_community_ms:.0} ms of {RUNS} \
         (everyone together {by_nothing_ms:.0} ms); store.response_facts {facts_ms:.0} ms, \
         results::compute {compute_ms:.0} ms (of which the answers' JSON parse {parse_ms:.0} ms)"
    );

    let mut group = c.benchmark_group(format!("surveys-{responses}"));
    group.sample_size(10);
    group.bench_function("results-by-community", |b| b.iter(|| read(By::Community).unwrap()));
    group.bench_function("results-everyone", |b| b.iter(|| read(By::Nothing).unwrap()));
    group.finish();
}

criterion_group!(benches, surveys_bench);
criterion_main!(benches);
