//! The issue's bar for Measure: "An organisation with 1,000,000 activities over five years: its
//! dashboard and an indicator's series answer in under 100 ms (p50) on SQLite".
//!
//! Setup, once and untimed: a SQLite store in a temporary folder, one organisation with one
//! project, 1,000,000 activities spread evenly over 2022-01-01..2026-12-31 (six kinds, the project
//! or none, counts and one to three of twelve languages from a fixed pseudo-random sequence),
//! logged 20,000 at a time as an import would; 20,000 advice contacts over 5,000 clients; six
//! indicators. Timed: the whole dashboard on 2026-11-15, and the attendance indicator's view.
//!
//! `cargo bench -p bridges-app --bench measure`; a quicker, smaller run with
//! `BRIDGES_BENCH_ACTIVITIES=100000` (and `BRIDGES_BENCH_ADVICE` for the contacts).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use bridges_app::measure::{dashboard, indicators, Reader};
use bridges_app::Services;
use bridges_domain::measure::{ActivityKind, AdviceOutcome, Disaggregation, IndicatorSource};
use bridges_domain::policy::ReadMeasures;
use bridges_domain::{ProjectId, Sensitive};
use bridges_store::{Counts, Grant, IndicatorDefinition, Membership, NewActivity, NewAdvice, StoredIndicator};
use chrono::{Duration, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion};
use std::time::Instant;
use support::{from_env, Lcg};

const KINDS: [ActivityKind; 6] = [
    ActivityKind::Event,
    ActivityKind::Session,
    ActivityKind::Training,
    ActivityKind::Meeting,
    ActivityKind::Publication,
    ActivityKind::Campaign,
];
const LANGUAGES: [&str; 12] = ["ar", "sv", "fa", "ti", "so", "uk", "en", "ku", "ps", "ru", "es", "fr"];
const CHUNK: usize = 20_000;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The `i`th of `n` activities, dated evenly over the five years.
fn activity(rng: &mut Lcg, i: usize, n: usize, project: ProjectId) -> NewActivity {
    let first = day(2022, 1, 1);
    let days = (day(2026, 12, 31) - first).num_days() + 1;
    let offset = (i as i64 * days) / n as i64;
    let attendees = 1 + rng.below(40);
    let arriving = rng.below(attendees + 1);
    let women = rng.below(attendees + 1);
    let volunteers = rng.below(5);
    let mut languages = Vec::new();
    for _ in 0..1 + rng.below(3) {
        let l = LANGUAGES[rng.below(12) as usize].to_string();
        if !languages.contains(&l) {
            languages.push(l);
        }
    }
    let kind = KINDS[rng.below(6) as usize];
    NewActivity {
        project: (rng.below(2) == 0).then_some(project),
        programme: None,
        series: None,
        kind,
        title: format!("{} {i}", kind.as_str()),
        occurred_on: first + Duration::days(offset),
        starts_at: "18:00".to_string(),
        minutes: 30 + 15 * rng.below(8),
        place: "Library".to_string(),
        topics: Vec::new(),
        languages,
        notes: String::new(),
        counts: Counts {
            attendees,
            arriving,
            receiving: attendees - arriving,
            women,
            men: attendees - women,
            volunteers,
            volunteer_minutes: volunteers * (30 + 15 * rng.below(8)),
            ..Counts::default()
        },
    }
}

fn definition(name: &str, source: IndicatorSource, period: &str) -> IndicatorDefinition {
    IndicatorDefinition {
        project: None,
        objective: None,
        name: name.to_string(),
        unit: String::new(),
        direction: "up".to_string(),
        source,
        activity_kind: None,
        programme: None,
        baseline: Some(100.0),
        baseline_on: None,
        target: Some(200.0),
        target_on: None,
        period: period.to_string(),
        disaggregation: Disaggregation::None,
        frameworks: Vec::new(),
        survey: None,
        need: None,
    }
}

struct Loaded {
    services: Services,
    owner: Membership,
    attendance: StoredIndicator,
    _org: support::Org,
}

async fn load(activities: usize, contacts: usize) -> Loaded {
    let org = support::organisation().await;
    let (store, owner, now) = (&org.store, &org.owner, org.now);
    let project = store.create_project(&owner.grant().unwrap(), "Language cafe", "", "{}", now).await.unwrap();

    let started = Instant::now();
    let mut rng = Lcg(2026);
    let log = owner.grant().unwrap();
    let mut i = 0;
    while i < activities {
        let end = (i + CHUNK).min(activities);
        let chunk: Vec<NewActivity> = (i..end).map(|i| activity(&mut rng, i, activities, project)).collect();
        store.log_activities(&log, &chunk, now).await.unwrap();
        i = end;
    }
    let took = started.elapsed();
    eprintln!(
        "loaded {activities} activities in {:.1} s ({:.0} a second)",
        took.as_secs_f64(),
        activities as f64 / took.as_secs_f64()
    );

    let started = Instant::now();
    let record = owner.grant().unwrap();
    let outcomes = [AdviceOutcome::Resolved, AdviceOutcome::Ongoing, AdviceOutcome::Referred, AdviceOutcome::Closed];
    let clients = (contacts / 4).max(1);
    for c in 0..contacts {
        let on = day(2022, 1, 1) + Duration::days((c as i64 * 1826) / contacts as i64);
        let new = NewAdvice {
            client: Sensitive::new(format!("C-{}", rng.below(clients as u32))),
            project: (c % 2 == 0).then_some(project),
            occurred_on: on,
            topic: "housing".to_string(),
            outcome: outcomes[c % 4],
            follow_up_on: (c % 5 == 0).then(|| on + Duration::days(14)),
            record: Sensitive::new(r#"{"notes": "", "referred_to": ""}"#.to_string()),
        };
        store.record_advice(&record, &new, now).await.unwrap();
    }
    eprintln!("recorded {contacts} advice contacts in {:.1} s", started.elapsed().as_secs_f64());

    let define = owner.grant().unwrap();
    let attendance = Some(IndicatorDefinition {
        disaggregation: Disaggregation::Community,
        ..definition("Attendance", IndicatorSource::Attendance, "month")
    });
    let others = [
        definition("Volunteer hours", IndicatorSource::VolunteerHours, "quarter"),
        definition("Languages used", IndicatorSource::Languages, "month"),
        definition("People advised", IndicatorSource::PeopleAdvised, "year"),
        IndicatorDefinition {
            project: Some(project),
            activity_kind: Some(ActivityKind::Session),
            ..definition("Sessions held", IndicatorSource::Activities, "month")
        },
    ];
    let mut attendance_id = None;
    for d in attendance.iter().chain(others.iter()) {
        let id = store.define_indicator(&define, d, now).await.unwrap();
        attendance_id.get_or_insert(id);
    }
    let manual = store
        .define_indicator(&define, &definition("Feel at home (survey)", IndicatorSource::Manual, "month"), now)
        .await
        .unwrap();
    let enter = owner.grant().unwrap();
    for (period, value) in [("2026-08", 61.0), ("2026-09", 64.0), ("2026-10", 70.0)] {
        store.record_value(&enter, manual, period, value, "exit survey", now).await.unwrap();
    }

    let read: Grant<ReadMeasures> = owner.grant().unwrap();
    let attendance = store.indicator(&read, attendance_id.unwrap()).await.unwrap();
    let services = org.services();
    Loaded { services, owner: org.owner.clone(), attendance, _org: org }
}

/// Each of the dashboard's reads once, so a slow one shows by name.
async fn once_each(l: &Loaded, today: NaiveDate) {
    let grant: Grant<ReadMeasures> = l.owner.grant().unwrap();
    let store = l.services.store();
    let timed = |name: &str, started: Instant| eprintln!("  {name}: {:.2} ms", started.elapsed().as_secs_f64() * 1e3);
    let started = Instant::now();
    let scope = bridges_store::Scope { project: None, kind: None, from_month: 202601, to_month: 202611 };
    store.activity_totals(&grant, scope, "year").await.unwrap();
    timed("activity_totals (year so far)", started);
    let started = Instant::now();
    store.advice_totals(&grant, None, "year", 202601, 202611).await.unwrap();
    timed("advice_totals (year so far)", started);
    let started = Instant::now();
    store.languages_used(&grant, None, 202601, 202611).await.unwrap();
    timed("languages_used (year so far)", started);
    // Not on the dashboard, but the log's first page: it filters on month keys, which no index
    // of the activities leads with after the organisation.
    let started = Instant::now();
    let (_, total) = store.activities(&grant, scope, 0, 50).await.unwrap();
    timed(&format!("activities, first 50 of {total} this year (the log's page, not the dashboard)"), started);
    let reader = Reader::of(&l.services, &grant).await.unwrap();
    for indicator in store.indicators(&grant).await.unwrap() {
        let name = indicator.definition.name.clone();
        let started = Instant::now();
        indicators::view(&l.services, &grant, reader, indicator, today).await.unwrap();
        timed(&format!("view of {name}"), started);
    }
}

fn measure(c: &mut Criterion) {
    let activities = from_env("BRIDGES_BENCH_ACTIVITIES", 1_000_000);
    let contacts = from_env("BRIDGES_BENCH_ADVICE", 20_000);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let loaded = runtime.block_on(load(activities, contacts));
    let today = day(2026, 11, 15);
    runtime.block_on(once_each(&loaded, today));
    let grant: Grant<ReadMeasures> = loaded.owner.grant().unwrap();
    let reader = runtime.block_on(Reader::of(&loaded.services, &grant)).unwrap();

    // The numbers the dashboard shows must be the data's, or the timing means nothing.
    let board = runtime.block_on(dashboard(&loaded.services, &grant, None, today)).unwrap();
    let shown: usize = board.groups.iter().map(|g| g.indicators.len()).sum();
    assert_eq!(shown, 6, "every indicator on the dashboard");
    assert!(board.headline.activities > 0 && !board.headline.languages.is_empty());
    eprintln!(
        "dashboard: {} activities this year, {} languages",
        board.headline.activities,
        board.headline.languages.len()
    );

    let mut group = c.benchmark_group(format!("measure-{activities}"));
    group.sample_size(20);
    group.bench_function("dashboard", |b| {
        b.iter(|| runtime.block_on(dashboard(&loaded.services, &grant, None, today)).unwrap())
    });
    group.bench_function("attendance-view", |b| {
        b.iter(|| {
            let indicator = loaded.attendance.clone();
            runtime.block_on(indicators::view(&loaded.services, &grant, reader, indicator, today)).unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, measure);
criterion_main!(benches);
