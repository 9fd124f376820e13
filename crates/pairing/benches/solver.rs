//! Solver speed on synthetic instances with 30 candidate providers per seeker and capacities 1–3:
//! n seekers × n providers (places plentiful), and n seekers × n/4 providers (about two seekers
//! per place: most of them wait, the normal case), each solved by the direction `solve` picks and
//! by the other one, to show why it picks it.
//! Run: `cargo bench -p bridges-pairing --bench solver`.

#![allow(clippy::expect_used)]

use bridges_pairing::{solve, solve_adding, synthetic, Adding};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;

fn solver(c: &mut Criterion) {
    let mut group = c.benchmark_group("solve");
    for n in [1_000usize, 10_000, 100_000] {
        let instance = synthetic::instance(n, n, 30, 42).expect("synthetic instance");
        if n >= 100_000 {
            group.sample_size(10);
        }
        group.bench_with_input(BenchmarkId::from_parameter(n), &instance, |b, i| b.iter(|| solve(black_box(i))));
    }
    group.finish();
    let mut group = c.benchmark_group("solve/scarce");
    for n in [1_000usize, 10_000, 100_000] {
        let instance = synthetic::instance(n, n / 4, 30, 42).expect("synthetic instance");
        if n >= 100_000 {
            group.sample_size(10);
        }
        group.bench_with_input(BenchmarkId::from_parameter(n), &instance, |b, i| b.iter(|| solve(black_box(i))));
    }
    group.finish();
    // Each shape solved the other way round: the direction `solve` does not pick.
    let mut group = c.benchmark_group("solve/other-direction");
    group.sample_size(10);
    for (name, providers, adding) in [("plentiful", 10_000, Adding::Places), ("scarce", 2_500, Adding::Seekers)] {
        let instance = synthetic::instance(10_000, providers, 30, 42).expect("synthetic instance");
        group.bench_with_input(BenchmarkId::new(name, 10_000), &instance, |b, i| {
            b.iter(|| solve_adding(black_box(i), adding))
        });
    }
    group.finish();
    let instance = synthetic::instance(100_000, 100_000, 30, 42).expect("synthetic instance");
    let solution = solve(&instance);
    let mut verify = c.benchmark_group("verify");
    verify.sample_size(10);
    verify.bench_function("100000", |b| b.iter(|| black_box(&solution).verify(black_box(&instance))));
    verify.finish();
}

criterion_group!(benches, solver);
criterion_main!(benches);
