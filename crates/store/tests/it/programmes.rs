//! Programmes and their participants: sealed records, consents, intake.

use crate::harness::{assert_conflict, assert_not_found, grant, name_in, record, viewing, TestDb};
use bridges_domain::Role;
use bridges_store::{FieldKey, ProgrammeChange, StoreError};
use chrono::Duration;

crate::on_both_backends!(
    participant_records_are_sealed_at_rest,
    records_do_not_open_under_another_key,
    withdrawal_marks_consents_and_restoring_brings_them_back,
    intake_reaches_only_open_programmes_and_limits_each_address,
    changing_a_programme_keeps_what_it_does_not_name,
    two_imports_into_one_programme_at_once_both_land,
    a_programme_at_its_cap_refuses_more_people_and_keeps_those_it_has,
    two_imports_at_once_never_take_a_programme_past_its_cap,
);

async fn participant_records_are_sealed_at_rest(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let staff = db.member(owner.org(), "sam@example.org", Role::Staff).await;
    let programme = db.programme(&owner).await;
    let ids = db.people(&staff, programme, &[("newcomer", "Amira Haddad"), ("volunteer", "Karin Berg")]).await;

    let raw = db.raw_column("participants", "sealed").await;
    for name in ["Amira", "Haddad", "Karin", "Berg"] {
        assert!(!raw.contains(name), "{name} in the clear: {raw}");
    }
    assert!(raw.split('|').all(|value| value.starts_with("v1:")), "{raw}");

    let people = db.store.participants(&grant(&staff), programme, viewing(), db.now()).await.unwrap();
    let seen: Vec<(String, &str, &str)> =
        people.iter().map(|p| (name_in(&p.record), p.side.as_str(), p.source.as_str())).collect();
    assert_eq!(
        seen,
        [("Amira Haddad".to_string(), "newcomer", "staff"), ("Karin Berg".to_string(), "volunteer", "staff")]
    );
    assert_eq!(people.iter().map(|p| p.id).collect::<Vec<_>>(), ids);

    db.advance(Duration::hours(1));
    db.store
        .update_participant(&grant(&staff), programme, ids[0], (&record("Amira Saleh"), &[]), db.now())
        .await
        .unwrap();
    let amira = db.store.participant(&grant(&staff), programme, ids[0], viewing(), db.now()).await.unwrap();
    assert_eq!(name_in(&amira.record), "Amira Saleh");
    assert!(!db.raw_column("participants", "sealed").await.contains("Saleh"));
    assert_not_found(
        db.store
            .participant(&grant(&staff), programme, bridges_domain::ParticipantId::new(), viewing(), db.now())
            .await,
    );
}

async fn records_do_not_open_under_another_key(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let programme = db.programme(&owner).await;
    db.people(&owner, programme, &[("newcomer", "Amira Haddad")]).await;
    let stranger = db.store.clone().with_field_key(FieldKey::generate());
    match stranger.participants(&grant(&owner), programme, viewing(), db.now()).await {
        Err(StoreError::Corrupt(_)) => {}
        other => panic!("a record opened under the wrong key: {other:?}"),
    }
    assert_eq!(db.store.participants(&grant(&owner), programme, viewing(), db.now()).await.unwrap().len(), 1);
}

async fn withdrawal_marks_consents_and_restoring_brings_them_back(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let programme = db.programme(&owner).await;
    let ids =
        db.people(&owner, programme, &[("newcomer", "Amira"), ("newcomer", "Yonas"), ("volunteer", "Karin")]).await;
    assert_eq!(
        db.store.participant_counts(&grant::<bridges_domain::policy::ReadOrg>(&owner), programme).await.unwrap(),
        (2, 1)
    );
    let given = db.now();
    let consents = db.store.consents(&grant(&owner), programme, ids[0], viewing(), db.now()).await.unwrap();
    let mut purposes: Vec<&str> = consents.iter().map(|c| c.purpose.as_str()).collect();
    // `consents` orders by the moment given alone, so consents given together come back in no set
    // order (PostgreSQL hands an updated row back last).
    purposes.sort();
    assert_eq!(purposes, ["contact", "pairing"]);
    assert!(consents.iter().all(|c| c.given_at == given && c.withdrawn_at.is_none()));

    db.advance(Duration::days(3));
    let revision = db.revision(&owner, programme).await;
    let only_pairing: &[&str] = &["pairing"];
    db.store.withdraw_participant(&grant(&owner), programme, ids[0], (only_pairing, "moved"), db.now()).await.unwrap();
    assert!(db.revision(&owner, programme).await > revision, "a round computed before is stale");
    let amira = db.store.participant(&grant(&owner), programme, ids[0], viewing(), db.now()).await.unwrap();
    assert_eq!(amira.status, "withdrawn");
    let consents = db.store.consents(&grant(&owner), programme, ids[0], viewing(), db.now()).await.unwrap();
    let mut withdrawn: Vec<(&str, Option<_>)> = consents.iter().map(|c| (c.purpose.as_str(), c.withdrawn_at)).collect();
    withdrawn.sort();
    assert_eq!(withdrawn, [("contact", None), ("pairing", Some(db.now()))]);
    assert_eq!(
        db.store.participant_counts(&grant::<bridges_domain::policy::ReadOrg>(&owner), programme).await.unwrap(),
        (1, 1),
        "counts only who takes part"
    );
    let yonas = db.store.consents(&grant(&owner), programme, ids[1], viewing(), db.now()).await.unwrap();
    assert!(yonas.iter().all(|c| c.withdrawn_at.is_none()), "nobody else's consent moved");

    db.store.restore_participant(&grant(&owner), programme, ids[0], db.now()).await.unwrap();
    assert_eq!(
        db.store.participant(&grant(&owner), programme, ids[0], viewing(), db.now()).await.unwrap().status,
        "active"
    );
    assert_eq!(
        db.store.participant_counts(&grant::<bridges_domain::policy::ReadOrg>(&owner), programme).await.unwrap(),
        (2, 1)
    );
}

async fn intake_reaches_only_open_programmes_and_limits_each_address(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let id = db.programme(&owner).await;
    let closed = db.store.programme(&grant::<bridges_domain::policy::ReadOrg>(&owner), id).await.unwrap();
    assert_not_found(db.store.programme_by_intake(&closed.intake_token).await);

    let open = ProgrammeChange {
        name: "Language cafe",
        settings: &closed.settings,
        intake_open: true,
        quiet_after_days: 21,
        retention_days: None,
    };
    db.store.update_programme(&grant(&owner), id, open, db.now()).await.unwrap();
    let programme = db.store.programme_by_intake(&closed.intake_token).await.unwrap();
    assert_eq!(programme.id, id);

    let limit = |address| (address, 2, Duration::hours(1));
    for name in ["First", "Second"] {
        let person = db.person("newcomer", name);
        db.store.register_by_intake(&programme, &person, limit("192.0.2.7"), db.now()).await.unwrap();
    }
    let third = db.person("newcomer", "Third");
    assert_conflict(
        db.store.register_by_intake(&programme, &third, limit("192.0.2.7"), db.now()).await,
        "too-many-sign-ups",
    );
    db.store.register_by_intake(&programme, &third, limit("198.51.100.4"), db.now()).await.unwrap();
    db.advance(Duration::hours(1));
    let fourth = db.person("volunteer", "Fourth");
    db.store.register_by_intake(&programme, &fourth, limit("192.0.2.7"), db.now()).await.unwrap();

    let people = db.store.participants(&grant(&owner), id, viewing(), db.now()).await.unwrap();
    let names: Vec<String> = people.iter().map(|p| name_in(&p.record)).collect();
    assert_eq!(names, ["First", "Second", "Third", "Fourth"]);
    assert!(people.iter().all(|p| p.source == "intake"));
    let addresses = db.raw_column("sign_ups", "address_digest").await;
    assert!(!addresses.contains("192.0.2.7") && !addresses.contains("198.51.100.4"), "{addresses}");
    assert_eq!(db.rows("sign_ups").await, 4, "the refused attempt is not counted");

    db.store.renew_intake_token(&grant(&owner), id).await.unwrap();
    assert_not_found(db.store.programme_by_intake(&closed.intake_token).await);
    let renewed = db.store.programme(&grant::<bridges_domain::policy::ReadOrg>(&owner), id).await.unwrap();
    assert_ne!(renewed.intake_token, closed.intake_token);
    assert_eq!(db.store.programme_by_intake(&renewed.intake_token).await.unwrap().id, id);
}

async fn changing_a_programme_keeps_what_it_does_not_name(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let id = db.programme(&owner).await;
    let before = db.store.programme(&grant::<bridges_domain::policy::ReadOrg>(&owner), id).await.unwrap();
    assert_eq!((before.revision, before.quiet_after_days, before.retention_days), (0, 21, None));
    assert_eq!(db.store.programme_org(id).await.unwrap(), owner.org());

    let change = ProgrammeChange {
        name: "Walk and talk",
        settings: r#"{"rules": ["same-city"]}"#,
        intake_open: false,
        quiet_after_days: 14,
        retention_days: Some(365),
    };
    db.store.update_programme(&grant(&owner), id, change, db.now()).await.unwrap();
    let after = db.store.programme(&grant::<bridges_domain::policy::ReadOrg>(&owner), id).await.unwrap();
    assert_eq!(after.name, "Walk and talk");
    assert_eq!(after.settings, r#"{"rules": ["same-city"]}"#);
    assert_eq!((after.quiet_after_days, after.retention_days), (14, Some(365)));
    assert_eq!(
        (after.kind.as_str(), after.intake_token.as_str()),
        (before.kind.as_str(), before.intake_token.as_str())
    );
    assert_eq!(after.created_at, before.created_at);
    let listed: Vec<_> = db.store.programmes(&grant(&owner)).await.unwrap().into_iter().map(|p| p.name).collect();
    assert_eq!(listed, ["Walk and talk"]);
}

/// Two imports into one programme at the same moment, each with both sides and listed in opposite
/// orders (newcomers first in one, volunteers first in the other): both land whole. Every person
/// added raises the programme's tally of their side, so on PostgreSQL two imports that took the two
/// sides' tallies in opposite orders would each wait for the other until one was stopped as a
/// deadlock.
async fn two_imports_into_one_programme_at_once_both_land(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let programme = db.programme(&owner).await;
    let sheet = |first: &str, then: &str| -> Vec<_> {
        let names = (0..1000).map(|i| (first, i)).chain((0..1000).map(|i| (then, i)));
        names.map(|(side, i)| db.person(side, &format!("{side} {i}"))).collect()
    };
    let (newcomers_first, volunteers_first) = (sheet("newcomer", "volunteer"), sheet("volunteer", "newcomer"));
    let (mut landed, edit) = (0, grant(&owner));
    for _ in 0..3 {
        let (a, b) = tokio::join!(
            db.store.add_participants(&edit, programme, &newcomers_first, "import", db.now()),
            db.store.add_participants(&edit, programme, &volunteers_first, "import", db.now()),
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        assert_eq!((a.len(), b.len()), (2000, 2000));
        // Each id names the person at its place in the sheet, in whatever order they were written.
        for (id, side, name) in [
            (a[0], "newcomer", "newcomer 0"),
            (a[1999], "volunteer", "volunteer 999"),
            (b[0], "volunteer", "volunteer 0"),
        ] {
            let person = db.store.participant(&grant(&owner), programme, id, viewing(), db.now()).await.unwrap();
            assert_eq!((person.side.as_str(), name_in(&person.record)), (side, name.to_string()));
        }
        landed += 4000;
        let read = grant::<bridges_domain::policy::ReadOrg>(&owner);
        let each = landed / 2;
        assert_eq!(db.store.participant_counts(&read, programme).await.unwrap(), (each, each));
    }
    assert_eq!(db.tallies_wrong().await, 0);
}

/// A programme holds at most MAX_PARTICIPANTS people: an import that would take it past that is
/// refused whole, one that fits is taken. The programme's tally stands in for the people (adding
/// 200,000 would take minutes): the cap is read from it, not by counting everyone on each sign-up.
async fn a_programme_at_its_cap_refuses_more_people_and_keeps_those_it_has(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let programme = db.programme(&owner).await;
    db.people(&owner, programme, &[("newcomer", "Amira"), ("volunteer", "Karin")]).await;
    let almost = bridges_store::MAX_PARTICIPANTS - 2;
    set_active_newcomers(db, almost).await;
    let two = [db.person("newcomer", "Yonas"), db.person("volunteer", "Lars")];
    let refused = db.store.add_participants(&grant(&owner), programme, &two, "import", db.now()).await;
    assert_conflict(refused, "programme-full");
    let one = db.store.add_participants(&grant(&owner), programme, &two[..1], "import", db.now()).await.unwrap();
    assert_eq!(one.len(), 1);
    let read = grant::<bridges_domain::policy::ReadOrg>(&owner);
    assert_eq!(db.store.participant_counts(&read, programme).await.unwrap(), (almost + 1, 1));
}

/// Two imports at the same moment, one of newcomers and one of volunteers, that each fit under the
/// cap but not together: one lands whole and the other is refused whole. Each used to check the
/// cap before writing, and both checks passed before either import was written.
async fn two_imports_at_once_never_take_a_programme_past_its_cap(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let programme = db.programme(&owner).await;
    db.people(&owner, programme, &[("newcomer", "Amira"), ("volunteer", "Karin")]).await;
    // 1,500 places left: room for either import of 1,000, not for both.
    let newcomers = bridges_store::MAX_PARTICIPANTS - 1 - 1500;
    set_active_newcomers(db, newcomers).await;
    let sheet = |side: &str| -> Vec<_> { (0..1000).map(|i| db.person(side, &format!("{side} {i}"))).collect() };
    let (newcomers_sheet, volunteers_sheet) = (sheet("newcomer"), sheet("volunteer"));
    let edit = grant(&owner);
    let (a, b) = tokio::join!(
        db.store.add_participants(&edit, programme, &newcomers_sheet, "import", db.now()),
        db.store.add_participants(&edit, programme, &volunteers_sheet, "import", db.now()),
    );
    let read = grant::<bridges_domain::policy::ReadOrg>(&owner);
    let counts = db.store.participant_counts(&read, programme).await.unwrap();
    match (a, b) {
        (Ok(landed), refused @ Err(_)) => {
            assert_eq!(landed.len(), 1000);
            assert_conflict(refused, "programme-full");
            assert_eq!(counts, (newcomers + 1000, 1));
        }
        (refused @ Err(_), Ok(landed)) => {
            assert_eq!(landed.len(), 1000);
            assert_conflict(refused, "programme-full");
            assert_eq!(counts, (newcomers, 1001));
        }
        (a, b) => panic!(
            "exactly one import must land: {:?} and {:?}, now {counts:?}",
            a.map(|l| l.len()),
            b.map(|l| l.len())
        ),
    }
}

/// Sets the tally of active newcomers, which stands in for the many people a test of the cap would
/// otherwise have to add.
async fn set_active_newcomers(db: &TestDb, total: u64) {
    let sql = format!("UPDATE programme_tallies SET total = {total} WHERE what = 'newcomer:active'");
    bridges_store::test_support::execute(&db.store, &sql).await.unwrap();
}
