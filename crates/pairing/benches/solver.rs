//! Solver speed on synthetic instances: n seekers × n providers, 30 candidate providers per
//! seeker, capacities 1–3. Target: the 100k case under 2 s on one core.
//! Run: `cargo bench -p bridges-pairing --bench solver`.

#![allow(clippy::expect_used)]

use bridges_pairing::{solve, synthetic};
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
    let instance = synthetic::instance(100_000, 100_000, 30, 42).expect("synthetic instance");
    let solution = solve(&instance);
    let mut verify = c.benchmark_group("verify");
    verify.sample_size(10);
    verify.bench_function("100000", |b| b.iter(|| black_box(&solution).verify(black_box(&instance))));
    verify.finish();
}

criterion_group!(benches, solver);
criterion_main!(benches);
