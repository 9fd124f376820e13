//! A whole round on made-up people of a buddy programme in one city: candidate generation through
//! the index, scoring, the optimal solve and its certificate check, and the explanations (factors
//! for every proposal, reasons for everyone left waiting). 1,000 newcomers × 600 volunteers and
//! 10,000 × 6,000, every volunteer with their full capacity.
//! Run: `cargo bench -p bridges-pairing --bench round`.

use bridges_pairing::{run_round, synthetic, Kind, Programme};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;

fn round(c: &mut Criterion) {
    let programme = Programme::for_kind(Kind::Buddy);
    let mut group = c.benchmark_group("run_round/buddy");
    group.sample_size(10);
    for (newcomers, volunteers) in [(1_000usize, 600usize), (10_000, 6_000)] {
        let (n, v) = synthetic::people(Kind::Buddy, newcomers, volunteers, 42);
        let room: Vec<u32> = v.iter().map(|e| u32::from(e.profile.capacity)).collect();
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{newcomers}x{volunteers}")),
            &(n, v),
            |b, (n, v)| b.iter(|| run_round(black_box(&programme), black_box(n), black_box(v), black_box(&room))),
        );
    }
    group.finish();
}

criterion_group!(benches, round);
criterion_main!(benches);
