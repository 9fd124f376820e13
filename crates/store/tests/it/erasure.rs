//! People's rights over their data: what is held about them, erasure, and the retention sweep.

use crate::harness::{assert_not_found, grant, name_in, one_each, proposals, viewing, TestDb};
use bridges_domain::{AuditKind, PairStatus, Sensitive};
use bridges_store::{AuditEvent, Erased, NewCheckIn, ProgrammeChange};
use chrono::{Duration, NaiveDate};

crate::on_both_backends!(
    erasure_leaves_nothing_of_the_person_behind,
    the_retention_sweep_erases_only_people_long_done,
    the_retention_sweep_spares_people_whose_proposal_was_turned_down,
);

async fn erasure_leaves_nothing_of_the_person_behind(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let programme = db.programme(&owner).await;
    let sides = [("newcomer", "Amira Haddad"), ("newcomer", "Yonas"), ("volunteer", "Karin"), ("volunteer", "Lars")];
    let ids = db.people(&owner, programme, &sides).await;
    let [amira, yonas, karin, lars] = [ids[0], ids[1], ids[2], ids[3]];
    let summary = serde_json::json!({
        "proposals": 2,
        "unpaired": [[amira.to_string(), {"kind": "no-room"}], [yonas.to_string(), {"kind": "no-candidate"}]],
    });
    let revision = db.revision(&owner, programme).await;
    let round = proposals(&[(amira, karin), (yonas, lars)]);
    // Why each waits, in rows as rounds keep it now (the summary above names them as rounds
    // saved before did): erasing counts the round once and leaves neither.
    let waiting = [(amira, r#"{"kind": "no-room"}"#.to_string()), (yonas, r#"{"kind": "no-candidate"}"#.to_string())];
    db.store
        .save_round(&grant(&owner), programme, revision, &round, (&summary.to_string(), &waiting), db.now())
        .await
        .unwrap();
    let pair = db.pair_of(&owner, programme, amira, karin).await.id;
    db.store.accept_pairs(&grant(&owner), programme, Some(pair), one_each, db.now()).await.unwrap();
    db.store.move_pair(&grant(&owner), programme, pair, PairStatus::Introduced, None, db.now()).await.unwrap();
    let met = NewCheckIn {
        met_on: NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
        minutes: 60,
        record: Sensitive::new(r#"{"activity": "museum"}"#.to_string()),
    };
    db.store.add_check_in(&grant(&owner), programme, pair, &met, db.now()).await.unwrap();
    let viewed = AuditEvent::new(AuditKind::PersonalDataViewed)
        .org(owner.org())
        .actor(owner.user())
        .detail(serde_json::json!({ "participant": amira.to_string() }));
    db.store.record(viewed, db.now()).await.unwrap();

    // Referred to a service of the organisation's directory, with their consent.
    let clinic = uuid::Uuid::from_u128(7);
    let service = bridges_store::DirectoryRecord {
        kind: "service".into(),
        id: clinic,
        links: [None; 12],
        link_kind: None,
        name: Some("Legal clinic".into()),
        fields: serde_json::json!({ "id": clinic, "name": "Legal clinic" }).to_string(),
        changed_at: None,
    };
    db.store.import_directory(&grant(&owner), "Malmö services", &[service], db.now()).await.unwrap();
    let referral = bridges_store::NewReferral {
        person: bridges_store::ReferredPerson::Participant(amira),
        project: None,
        service: clinic,
        need: Some("need-legal".into()),
        mode: bridges_domain::referral::ReferralMode::Referral,
        consent: bridges_domain::referral::ConsentMethod::Spoken,
        made_on: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
        follow_up_on: None,
        record: Sensitive::new(r#"{"notes": "Asylum interview soon"}"#.to_string()),
    };
    db.store.make_referral(&grant(&owner), &referral, db.now()).await.unwrap();
    let mut elsewhere = referral.clone();
    elsewhere.person = bridges_store::ReferredPerson::Participant(bridges_domain::ParticipantId::new());
    assert_not_found(db.store.make_referral(&grant(&owner), &elsewhere, db.now()).await);

    // What they may ask to see first: everything above.
    let held = db.store.person_held(&grant(&owner), programme, amira, viewing(), db.now()).await.unwrap();
    assert_eq!(name_in(&held.participant.record), "Amira Haddad");
    assert_eq!(held.consents.len(), 2);
    assert_eq!(held.pairs.len(), 1);
    assert_eq!((held.pairs[0].0.volunteer, held.pairs[0].1.len()), (karin, 1));
    assert_eq!(held.audit.iter().map(|(_, kind, _)| *kind).collect::<Vec<_>>(), [AuditKind::PersonalDataViewed]);

    let erased = db.store.erase_participant(&grant(&owner), programme, amira, chrono::Utc::now()).await.unwrap();
    assert_eq!(erased, Erased { pairs: 1, check_ins: 1, consents: 2, rounds_scrubbed: 1, referrals: 1 });
    assert_not_found(db.store.participant(&grant(&owner), programme, amira, viewing(), db.now()).await);
    assert_not_found(db.store.person_held(&grant(&owner), programme, amira, viewing(), db.now()).await);
    assert_not_found(db.store.erase_participant(&grant(&owner), programme, amira, chrono::Utc::now()).await);

    // Counted by the database itself: only the others' rows remain.
    assert_eq!(db.rows("participants").await, 3);
    assert_eq!(db.rows("consents").await, 6);
    assert_eq!(db.rows("pairs").await, 1);
    assert_eq!(db.rows("check_ins").await, 0);
    assert_eq!(db.rows("rounds").await, 1, "the round stays, without them");
    let latest = db.store.latest_round(&grant(&owner), programme, viewing(), db.now()).await.unwrap().unwrap();
    assert_eq!(latest.waiting, [(yonas, waiting[1].1.clone())], "only the others' reasons stay");
    assert_eq!(db.rows("round_waits").await, 1);
    // The referral still counts, but says nothing of whom it was for.
    assert_eq!(db.rows("referrals").await, 1);
    let open = bridges_store::test_support::query_text(&db.store, "SELECT CAST(participant_id AS TEXT) FROM referrals")
        .await
        .unwrap();
    assert_eq!(open, None, "unlinked");
    let status = bridges_store::test_support::query_text(&db.store, "SELECT status FROM referrals").await.unwrap();
    assert_eq!(status.as_deref(), Some("closed"));
    let summary = latest.summary;
    assert!(!summary.contains(&amira.to_string()), "{summary}");
    assert!(summary.contains(&yonas.to_string()), "others stay named: {summary}");
    assert!(summary.contains("\"proposals\":2"), "counts stay: {summary}");
    let left: Vec<_> = db
        .store
        .pairs(&grant(&owner), programme, viewing(), db.now())
        .await
        .unwrap()
        .into_iter()
        .map(|p| p.newcomer)
        .collect();
    assert_eq!(left, [yonas]);
}

async fn the_retention_sweep_erases_only_people_long_done(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let kept = db.programme(&owner).await;
    let swept = db.programme(&owner).await;
    let settings = db.store.programme(&grant::<bridges_domain::policy::ReadOrg>(&owner), swept).await.unwrap().settings;
    let with_retention = ProgrammeChange {
        name: "Swept",
        settings: &settings,
        intake_open: false,
        quiet_after_days: 21,
        retention_days: Some(30),
    };
    db.store.update_programme(&grant(&owner), swept, with_retention, db.now()).await.unwrap();

    let sides = [
        ("newcomer", "Left early"),
        ("newcomer", "Still waiting"),
        ("newcomer", "Left lately"),
        ("newcomer", "Paired long ago"),
        ("volunteer", "Their volunteer"),
        ("newcomer", "Paired now"),
        ("volunteer", "Volunteer now"),
    ];
    let ids = db.people(&owner, swept, &sides).await;
    let [early, _waiting, lately, old_pair, old_volunteer, paired, volunteer] =
        [ids[0], ids[1], ids[2], ids[3], ids[4], ids[5], ids[6]];
    let elsewhere = db.people(&owner, kept, &[("newcomer", "No retention")]).await[0];
    let purposes: &[&str] = &["pairing"];
    for (programme, who) in [(swept, early), (kept, elsewhere)] {
        db.store.withdraw_participant(&grant(&owner), programme, who, (purposes, "left"), db.now()).await.unwrap();
    }
    db.propose(&owner, swept, &[(old_pair, old_volunteer), (paired, volunteer)]).await;
    db.store.accept_pairs(&grant(&owner), swept, None, one_each, db.now()).await.unwrap();
    let old = db.pair_of(&owner, swept, old_pair, old_volunteer).await.id;
    db.store.move_pair(&grant(&owner), swept, old, PairStatus::Closed, Some("finished"), db.now()).await.unwrap();

    db.advance(Duration::days(20));
    db.store.withdraw_participant(&grant(&owner), swept, lately, (purposes, "left"), db.now()).await.unwrap();
    db.advance(Duration::days(11));
    let mut erased = db.store.retention_sweep(db.now()).await.unwrap();
    erased.sort();
    let mut expected =
        vec![(owner.org(), swept, early), (owner.org(), swept, old_pair), (owner.org(), swept, old_volunteer)];
    expected.sort();
    assert_eq!(erased, expected);

    let left: Vec<String> = db
        .store
        .participants(&grant(&owner), swept, viewing(), db.now())
        .await
        .unwrap()
        .iter()
        .map(|p| name_in(&p.record))
        .collect();
    assert_eq!(left, ["Still waiting", "Left lately", "Paired now", "Volunteer now"]);
    assert_eq!(
        db.store.participants(&grant(&owner), kept, viewing(), db.now()).await.unwrap().len(),
        1,
        "no period, no sweep"
    );
    assert_eq!(db.rows("pairs").await, 1);
    assert_eq!(db.pair_of(&owner, swept, paired, volunteer).await.status, PairStatus::Accepted);

    // Time alone never erases someone still taking part; the one who left lately goes when their
    // own period is over.
    db.advance(Duration::days(365));
    let later: Vec<_> = db.store.retention_sweep(db.now()).await.unwrap().into_iter().map(|(_, _, p)| p).collect();
    assert_eq!(later, [lately]);
    assert!(db.store.retention_sweep(db.now()).await.unwrap().is_empty());
}

/// A turned-down proposal leaves its two people waiting, and waiting people are never erased by
/// time (the sweep used to count a rejected proposal as a finished pair).
async fn the_retention_sweep_spares_people_whose_proposal_was_turned_down(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let programme = db.programme(&owner).await;
    let change = ProgrammeChange {
        name: "Language cafe",
        settings: "{}",
        intake_open: false,
        quiet_after_days: 21,
        retention_days: Some(30),
    };
    db.store.update_programme(&grant(&owner), programme, change, db.now()).await.unwrap();
    let ids = db.people(&owner, programme, &[("newcomer", "Amira"), ("volunteer", "Karin")]).await;
    db.propose(&owner, programme, &[(ids[0], ids[1])]).await;
    let pair = db.pair_of(&owner, programme, ids[0], ids[1]).await.id;
    db.store.move_pair(&grant(&owner), programme, pair, PairStatus::Rejected, None, db.now()).await.unwrap();

    // Both still take part and wait for a pair, like anyone never proposed at all.
    db.advance(Duration::days(31));
    let erased = db.store.retention_sweep(db.now()).await.unwrap();
    assert!(erased.is_empty(), "erased people still waiting: {erased:?}");
    assert_eq!(db.store.participants(&grant(&owner), programme, viewing(), db.now()).await.unwrap().len(), 2);
}
