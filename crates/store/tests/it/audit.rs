//! The security audit log: recorded, read per organisation, never changed.

use crate::harness::{grant, TestDb};
use bridges_domain::{AuditKind, Role};
use bridges_store::AuditEvent;
use chrono::Duration;

crate::on_both_backends!(an_organisation_reads_its_own_events_newest_first, the_database_refuses_to_rewrite_the_log,);

async fn an_organisation_reads_its_own_events_newest_first(db: &TestDb) {
    let a = db.org("Bridges Malmö", "olga@example.org").await;
    let b = db.org("Bridges Lund", "bo@example.org").await;
    let staff = db.member(a.org(), "sam@example.org", Role::Staff).await;

    let added = AuditEvent::new(AuditKind::MemberAdded)
        .org(a.org())
        .actor(a.user())
        .subject(staff.user())
        .detail(serde_json::json!({ "role": "staff" }))
        .address("192.0.2.1");
    db.store.record(added, db.now()).await.unwrap();
    db.advance(Duration::minutes(1));
    // Account events belong to no organisation; each organisation sees its own members'.
    db.store.record(AuditEvent::new(AuditKind::LoginSucceeded).subject(staff.user()), db.now()).await.unwrap();
    db.store.record(AuditEvent::new(AuditKind::LoginSucceeded).subject(b.user()), db.now()).await.unwrap();
    db.store.record(AuditEvent::new(AuditKind::RoleChanged).org(b.org()).actor(b.user()), db.now()).await.unwrap();
    db.advance(Duration::minutes(1));
    let long = "2001:db8::1".repeat(10);
    db.store
        .record(AuditEvent::new(AuditKind::Logout).org(a.org()).actor(a.user()).address(&long), db.now())
        .await
        .unwrap();

    let log = db.store.audit_log(&grant(&a), 10).await.unwrap();
    let kinds: Vec<AuditKind> = log.iter().map(|e| e.event.kind).collect();
    assert_eq!(kinds, [AuditKind::Logout, AuditKind::LoginSucceeded, AuditKind::MemberAdded]);
    assert_eq!(log[0].at, db.now());
    assert_eq!(log[0].event.address.as_deref().map(str::len), Some(64), "addresses are cut to size");
    assert_eq!(log[1].event.subject, Some(staff.user()));
    let first = &log[2].event;
    assert_eq!((first.org, first.actor, first.subject), (Some(a.org()), Some(a.user()), Some(staff.user())));
    assert_eq!((first.detail["role"].as_str(), first.address.as_deref()), (Some("staff"), Some("192.0.2.1")));
    assert_eq!(db.store.audit_log(&grant(&a), 1).await.unwrap().len(), 1);

    let theirs: Vec<AuditKind> =
        db.store.audit_log(&grant(&b), 10).await.unwrap().iter().map(|e| e.event.kind).collect();
    assert_eq!(theirs, [AuditKind::RoleChanged, AuditKind::LoginSucceeded]);

    // Someone who left no longer brings their account's events into the old organisation's log.
    db.store.remove_member(&grant(&a), staff.id()).await.unwrap();
    let kinds: Vec<AuditKind> =
        db.store.audit_log(&grant(&a), 10).await.unwrap().iter().map(|e| e.event.kind).collect();
    assert_eq!(kinds, [AuditKind::Logout, AuditKind::MemberAdded]);
}

async fn the_database_refuses_to_rewrite_the_log(db: &TestDb) {
    let a = db.org("Bridges Malmö", "olga@example.org").await;
    db.store.record(AuditEvent::new(AuditKind::Logout).org(a.org()).actor(a.user()), db.now()).await.unwrap();
    for sql in ["UPDATE audit_events SET kind = 'login-succeeded'", "DELETE FROM audit_events"] {
        assert!(bridges_store::test_support::execute(&db.store, sql).await.is_err(), "{sql} went through");
    }
    let log = db.store.audit_log(&grant(&a), 10).await.unwrap();
    assert_eq!(log.iter().map(|e| e.event.kind).collect::<Vec<_>>(), [AuditKind::Logout]);
}
