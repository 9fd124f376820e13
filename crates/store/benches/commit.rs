//! What a durable commit costs on SQLite: one audit entry written in its own transaction, with
//! `synchronous=NORMAL` (safe against the process dying) and `synchronous=FULL` (safe against the
//! machine losing power too). Run with `cargo bench -p bridges-store --bench commit`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use bridges_domain::AuditKind;
use bridges_store::{AuditEvent, SqliteSync, Store};
use criterion::{criterion_group, criterion_main, Criterion};

fn commits(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let mut group = c.benchmark_group("commit");
    group.sample_size(30);
    for (name, sync) in [("normal", SqliteSync::Normal), ("full", SqliteSync::Full)] {
        let dir = tempfile::tempdir().unwrap();
        let store = runtime.block_on(async {
            let store = Store::open_sqlite_with(dir.path(), sync).await.unwrap();
            store.migrate().await.unwrap();
            store
        });
        group.bench_function(name, |b| {
            b.iter(|| {
                runtime.block_on(store.record(AuditEvent::new(AuditKind::Logout), chrono::Utc::now())).unwrap();
            })
        });
    }
    group.finish();
}

criterion_group!(benches, commits);
criterion_main!(benches);
