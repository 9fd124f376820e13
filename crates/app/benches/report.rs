//! The bar for Tell: "a 20-page report with 15 charts renders to PDF in under 2 s".
//!
//! The report is made up, as a big organisation's year would be: 15 indicators over 12 months
//! under five objectives (15 charts, each with its table of numbers), a table of what was done,
//! pairs of three programmes, and a year of the team's reviews with long conclusions — enough to
//! fill more than 20 A4 pages. Timed: drawing the charts, writing the markup, typesetting with
//! typst and writing the PDF, in English and in Arabic (right to left, shaped).
//!
//! `cargo bench -p bridges-app --bench report`; it prints the pages and the median of ten renders
//! of each language before criterion's own numbers.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use bridges_measure::Shown;
use bridges_report::*;
use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use std::time::Instant;

/// Words that are the keys themselves, with Arabic letters for the Arabic run so the text is
/// shaped right to left as a real report's would be.
struct Plain {
    rtl: bool,
}

impl Words for Plain {
    fn t(&self, key: &str) -> String {
        if self.rtl {
            format!("تقرير {key}")
        } else {
            key.replace('-', " ")
        }
    }
    fn t_args(&self, key: &str, args: &[(&'static str, String)]) -> String {
        let args: Vec<String> = args.iter().map(|(_, v)| v.clone()).collect();
        format!("{} {}", self.t(key), args.join(" "))
    }
    fn lang(&self) -> &str {
        if self.rtl {
            "ar"
        } else {
            "en"
        }
    }
    fn rtl(&self) -> bool {
        self.rtl
    }
}

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

pub fn big_report() -> ReportData {
    let exact = |v: f64| Shown::Exact { value: v };
    let objectives = (0..5)
        .map(|o| ObjectiveSection {
            objective: format!("Objective {}: newcomers and residents meet as equals in the neighbourhood", o + 1),
            indicators: (0..3)
                .map(|i| {
                    let points: Vec<PeriodValue> = (1..=12)
                        .map(|m| PeriodValue {
                            period: format!("2026-{m:02}"),
                            value: Some(if m == 3 {
                                Shown::FewerThan { k: 10 }
                            } else {
                                exact(f64::from(10 + m * (i + 2)))
                            }),
                            n: Some(exact(f64::from(10 + m * (i + 2)))),
                        })
                        .collect();
                    IndicatorLine {
                        id: format!("{o}-{i}"),
                        name: format!("Indicator {} of objective {}", i + 1, o + 1),
                        unit: "people".into(),
                        source: "attendance".into(),
                        baseline: Some(10.0),
                        target: Some(60.0),
                        status: "on-track".into(),
                        current: points.last().cloned(),
                        previous: points.first().cloned(),
                        points,
                        line: i == 2,
                    }
                })
                .collect(),
        })
        .collect();
    let review = "The homework club grew through the spring, and the parents' evenings brought in families \
        who had not come before. Volunteers asked for more training on working with interpreters. "
        .repeat(6);
    ReportData {
        organisation: "Bridges Demo".into(),
        title: "Welcome in the neighbourhood".into(),
        aims: "Newcomers and long-term residents get to know each other through homework clubs, language \
            cafés and a buddy programme."
            .repeat(3),
        span: Span { from: day(1, 1), to: day(12, 31) },
        compared: Some(Span {
            from: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
        }),
        audience: Audience::Public,
        threshold: 10,
        made_on: day(12, 31),
        objectives,
        work: ["activities", "attendance", "volunteer-hours", "people-advised", "advice-occasions"]
            .iter()
            .map(|k| WorkLine { key: format!("report-work-{k}"), current: exact(420.0), previous: Some(exact(380.0)) })
            .collect(),
        pairs: (0..3)
            .map(|p| PairsLine {
                programme: format!("Programme {p}"),
                meeting: exact(40.0),
                quiet: exact(12.0),
                closed: exact(20.0),
                waiting: Shown::FewerThan { k: 10 },
                quality: Some(5.4),
                rated: exact(38.0),
            })
            .collect(),
        surveys: Vec::new(),
        practices: (0..6).map(|p| format!("Good practice number {p}")).collect(),
        reviews: (1..=12)
            .map(|m| ReviewLine { held_on: day(m, 15), concluded: review.clone(), decided: "Train volunteers.".into() })
            .collect(),
    }
}

fn median_ms(mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..10)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[5]
}

fn bench(c: &mut Criterion) {
    let report = big_report();
    for rtl in [false, true] {
        let words = Plain { rtl };
        let charts = bridges_report::charts::all(&report, &words);
        let pdf = bridges_app::tell::typeset(&report, &words).unwrap();
        let pages = bridges_app::tell::page_count(&pdf);
        let ms = median_ms(|| {
            bridges_app::tell::typeset(&report, &words).unwrap();
        });
        println!(
            "report ({}): {} charts, {pages} pages, {} KB, median of 10 renders {ms:.0} ms",
            words.lang(),
            charts.len(),
            pdf.len() / 1024
        );
    }
    let mut group = c.benchmark_group("report");
    group.sample_size(10);
    group.bench_function("pdf_en_15_charts", |b| {
        b.iter(|| bridges_app::tell::typeset(&report, &Plain { rtl: false }).unwrap())
    });
    group.bench_function("pdf_ar_15_charts", |b| {
        b.iter(|| bridges_app::tell::typeset(&report, &Plain { rtl: true }).unwrap())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
