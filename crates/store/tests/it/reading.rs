//! Every read of people's personal data writes its own audit entry: who read (the grant's member),
//! for what, how many, and whom by id when they are few — never a name.

use crate::harness::{assert_conflict, assert_not_found, grant, one_each, TestDb};
use bridges_domain::policy::ReadParticipants;
use bridges_domain::{AuditKind, PairStatus, ParticipantId, ProgrammeId, Role, Sensitive};
use bridges_store::{AuditEvent, Membership, NewCheckIn, Reading, AUDIT_NAMES_AT_MOST};
use chrono::{Duration, NaiveDate};
use serde_json::json;

crate::on_both_backends!(
    reading_participants_always_leaves_an_entry,
    reading_one_person_names_them,
    reading_pairs_counts_them_and_one_pair_names_its_people,
    reading_a_round_names_whom_its_summary_names,
    a_programme_read_together_leaves_one_entry_for_its_focus,
    exporting_a_person_is_an_export_that_lists_earlier_entries_only,
    accepting_writes_the_change_and_no_reading,
    a_read_that_finds_nothing_leaves_no_entry,
);

/// A programme of two newcomers and two volunteers, staff to read it and the owner to read the log:
/// (owner, staff, programme, [amira, yonas, karin, lars]).
async fn programme(db: &TestDb) -> (Membership, Membership, ProgrammeId, [ParticipantId; 4]) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let staff = db.member(owner.org(), "sam@example.org", Role::Staff).await;
    let programme = db.programme(&owner).await;
    let sides = [
        ("newcomer", "Amira Haddad"),
        ("newcomer", "Yonas Tesfaye"),
        ("volunteer", "Karin Berg"),
        ("volunteer", "Lars"),
    ];
    let ids = db.people(&owner, programme, &sides).await;
    (owner, staff, programme, [ids[0], ids[1], ids[2], ids[3]])
}

/// The organisation's entries about personal data, oldest first.
async fn entries(db: &TestDb, owner: &Membership) -> Vec<AuditEvent> {
    let log = db.store.audit_log(&grant(owner), 1000).await.unwrap();
    let personal = [
        AuditKind::PersonalDataViewed,
        AuditKind::PersonalDataChanged,
        AuditKind::PersonalDataExported,
        AuditKind::PersonalDataErased,
    ];
    log.into_iter().rev().map(|e| e.event).filter(|e| personal.contains(&e.kind)).collect()
}

/// The one entry written since `before` entries were there.
async fn only_new_entry(db: &TestDb, owner: &Membership, before: usize) -> AuditEvent {
    let mut all = entries(db, owner).await;
    assert_eq!(all.len(), before + 1, "one new entry: {all:#?}");
    // Entries of one moment come back in no set order; each reading here happens a minute later.
    db.advance(Duration::minutes(1));
    all.pop().unwrap()
}

/// The detail of an entry that counts and names no one.
fn detail(programme: ProgrammeId, what: &str, count: usize) -> serde_json::Value {
    json!({ "programme": programme.to_string(), "what": what, "count": count })
}

/// The detail of an entry that names `people` by id.
fn naming(programme: ProgrammeId, what: &str, people: &[ParticipantId]) -> serde_json::Value {
    let ids: Vec<String> = people.iter().map(ToString::to_string).collect();
    json!({ "programme": programme.to_string(), "what": what, "count": people.len(), "people": ids })
}

/// Ids in the order an entry lists them.
fn sorted<const N: usize>(mut ids: [ParticipantId; N]) -> [ParticipantId; N] {
    ids.sort();
    ids
}

#[track_caller]
fn assert_entry(entry: &AuditEvent, kind: AuditKind, reader: &Membership, expected: serde_json::Value) {
    assert_eq!(entry.kind, kind);
    assert_eq!((entry.org, entry.actor, entry.subject), (Some(reader.org()), Some(reader.user()), None));
    assert_eq!(entry.detail, expected);
    for name in ["Amira", "Yonas", "Karin", "Lars"] {
        assert!(!entry.detail.to_string().contains(name), "ids, never names: {}", entry.detail);
    }
}

/// Before, `participants` handed records back and trusted its caller to write the entry; a caller
/// that forgot left no trace. Now the read itself writes it.
async fn reading_participants_always_leaves_an_entry(db: &TestDb) {
    let (owner, staff, programme, _) = programme(db).await;
    assert!(entries(db, &owner).await.is_empty(), "adding people through the store writes no reading");

    let people = db.store.participants(&grant(&staff), programme, Reading::viewing("participants"), db.now()).await;
    assert_eq!(people.unwrap().len(), 4);
    let entry = only_new_entry(db, &owner, 0).await;
    // A list is about nobody in particular: counted, nobody named.
    assert_entry(&entry, AuditKind::PersonalDataViewed, &staff, detail(programme, "participants", 4));

    db.store.participants(&grant(&owner), programme, Reading::exporting("api-export"), db.now()).await.unwrap();
    let entry = only_new_entry(db, &owner, 1).await;
    assert_entry(&entry, AuditKind::PersonalDataExported, &owner, detail(programme, "api-export", 4));
}

async fn reading_one_person_names_them(db: &TestDb) {
    let (owner, staff, programme, [amira, ..]) = programme(db).await;
    let read = grant::<ReadParticipants>(&staff);

    let person = db.store.participant(&read, programme, amira, Reading::viewing("participant"), db.now()).await;
    assert_eq!(person.unwrap().id, amira);
    let entry = only_new_entry(db, &owner, 0).await;
    assert_entry(&entry, AuditKind::PersonalDataViewed, &staff, naming(programme, "participant", &[amira]));

    let consents = db.store.consents(&read, programme, amira, Reading::viewing("consents"), db.now()).await;
    assert_eq!(consents.unwrap().len(), 2);
    let entry = only_new_entry(db, &owner, 1).await;
    assert_entry(&entry, AuditKind::PersonalDataViewed, &staff, naming(programme, "consents", &[amira]));

    // The person's page reads both at once, and says so once.
    let reading = Reading::viewing("participant");
    let (person, consents) =
        db.store.participant_with_consents(&read, programme, amira, reading, db.now()).await.unwrap();
    assert_eq!((person.id, consents.len()), (amira, 2));
    let entry = only_new_entry(db, &owner, 2).await;
    assert_entry(&entry, AuditKind::PersonalDataViewed, &staff, naming(programme, "participant", &[amira]));

    // Checking a side before an edit opens no record, and the edit is what gets audited.
    let edit = grant(&owner);
    assert_eq!(db.store.participant_side(&edit, programme, amira).await.unwrap(), "newcomer");
    assert_eq!(entries(db, &owner).await.len(), 3);
}

async fn reading_pairs_counts_them_and_one_pair_names_its_people(db: &TestDb) {
    let (owner, staff, programme, [amira, yonas, karin, lars]) = programme(db).await;
    db.propose(&owner, programme, &[(amira, karin), (yonas, lars)]).await;
    let pair = db.pair_of(&owner, programme, amira, karin).await.id;
    let before = entries(db, &owner).await.len();
    let read = grant::<ReadParticipants>(&staff);

    let pairs = db.store.pairs(&read, programme, Reading::viewing("api-pairs"), db.now()).await.unwrap();
    assert_eq!(pairs.len(), 2);
    let entry = only_new_entry(db, &owner, before).await;
    assert_entry(&entry, AuditKind::PersonalDataViewed, &staff, detail(programme, "api-pairs", 2));

    let one = db.store.pair(&read, programme, pair, Reading::viewing("pair"), db.now()).await.unwrap();
    assert_eq!((one.newcomer, one.volunteer), (amira, karin));
    let entry = only_new_entry(db, &owner, before + 1).await;
    assert_entry(&entry, AuditKind::PersonalDataViewed, &staff, naming(programme, "pair", &[amira, karin]));

    db.store.accept_pairs(&grant(&owner), programme, Some(pair), one_each, db.now()).await.unwrap();
    db.store.move_pair(&grant(&owner), programme, pair, PairStatus::Introduced, None, db.now()).await.unwrap();
    let met = NewCheckIn {
        met_on: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
        minutes: 30,
        record: Sensitive::new(r#"{"activity": "fika"}"#.to_string()),
    };
    db.store.add_check_in(&grant(&staff), programme, pair, &met, db.now()).await.unwrap();
    let before = entries(db, &owner).await.len();
    db.advance(Duration::minutes(1));
    let check_ins = db.store.check_ins(&read, programme, pair, Reading::viewing("check-ins"), db.now()).await;
    assert_eq!(check_ins.unwrap().len(), 1);
    let entry = only_new_entry(db, &owner, before).await;
    let expected = naming(programme, "check-ins", &[amira, karin]);
    assert_entry(&entry, AuditKind::PersonalDataViewed, &staff, expected);
}

async fn reading_a_round_names_whom_its_summary_names(db: &TestDb) {
    let (owner, staff, programme, [amira, yonas, karin, _]) = programme(db).await;
    let read = grant::<ReadParticipants>(&staff);
    let none = db.store.latest_round(&read, programme, Reading::viewing("round"), db.now()).await.unwrap();
    assert!(none.is_none());
    let entry = only_new_entry(db, &owner, 0).await;
    assert_entry(&entry, AuditKind::PersonalDataViewed, &staff, naming(programme, "round", &[]));

    let summary = json!({
        "proposals": 1,
        "idle_volunteers": [karin.to_string()],
        "waiting_longest": yonas.to_string(),
    });
    let revision = db.revision(&owner, programme).await;
    let proposals = crate::harness::proposals(&[(amira, karin)]);
    let waiting = [(yonas, json!({"kind": "outscored", "candidates": 1}).to_string())];
    db.store
        .save_round(&grant(&owner), programme, revision, &proposals, (&summary.to_string(), &waiting), db.now())
        .await
        .unwrap();
    let round = db.store.latest_round(&read, programme, Reading::viewing("round"), db.now()).await.unwrap();
    assert!(round.is_some());
    let entry = only_new_entry(db, &owner, 1).await;
    assert_entry(&entry, AuditKind::PersonalDataViewed, &staff, naming(programme, "round", &sorted([yonas, karin])));

    // More people than an entry lists: counted only.
    let many: Vec<String> = (0..=AUDIT_NAMES_AT_MOST).map(|_| ParticipantId::new().to_string()).collect();
    let revision = db.revision(&owner, programme).await;
    let summary = json!({ "idle_volunteers": many }).to_string();
    db.store.save_round(&grant(&owner), programme, revision, &[], (&summary, &[]), db.now()).await.unwrap();
    db.store.latest_round(&read, programme, Reading::viewing("round"), db.now()).await.unwrap();
    let entry = only_new_entry(db, &owner, 2).await;
    let expected = detail(programme, "round", AUDIT_NAMES_AT_MOST + 1);
    assert_entry(&entry, AuditKind::PersonalDataViewed, &staff, expected);
}

async fn a_programme_read_together_leaves_one_entry_for_its_focus(db: &TestDb) {
    let (owner, staff, programme, [amira, yonas, karin, lars]) = programme(db).await;
    db.propose(&owner, programme, &[(amira, karin), (yonas, lars)]).await;
    let pair = db.pair_of(&owner, programme, yonas, lars).await.id;
    let before = entries(db, &owner).await.len();
    let read = grant::<ReadParticipants>(&staff);

    // Everyone: the programme, its people, its pairs and its latest round, counted once.
    let held = db.store.programme_held(&read, programme, Reading::viewing("round"), db.now());
    let held = held.await.unwrap();
    assert_eq!((held.programme.id, held.participants.len(), held.pairs.len()), (programme, 4, 2));
    assert!(held.latest_round.is_some());
    let entry = only_new_entry(db, &owner, before).await;
    assert_entry(&entry, AuditKind::PersonalDataViewed, &staff, detail(programme, "round", 4));

    // One pair: only its two people are read, the entry names them, and their check-ins come
    // with it.
    db.store.accept_pairs(&grant(&owner), programme, Some(pair), one_each, db.now()).await.unwrap();
    db.store.move_pair(&grant(&owner), programme, pair, PairStatus::Introduced, None, db.now()).await.unwrap();
    let met = NewCheckIn {
        met_on: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
        minutes: 30,
        record: Sensitive::new(r#"{"activity": "fika"}"#.to_string()),
    };
    db.store.add_check_in(&grant(&staff), programme, pair, &met, db.now()).await.unwrap();
    let before = entries(db, &owner).await.len();
    db.advance(Duration::minutes(1));
    let reading = Reading::viewing("pair");
    let held = db.store.pair_held(&read, programme, pair, reading, db.now()).await.unwrap();
    assert_eq!((held.newcomer.id, held.volunteer.id, held.check_ins.len()), (yonas, lars, 1));
    assert_eq!((held.pair.check_ins, held.pair.last_met), (1, Some(met.met_on)));
    let entry = only_new_entry(db, &owner, before).await;
    assert_entry(&entry, AuditKind::PersonalDataViewed, &staff, naming(programme, "pair", &[yonas, lars]));

    // A pair that is not the programme's is not found, and nothing was read.
    let stray = bridges_domain::PairId::new();
    assert_not_found(db.store.pair_held(&read, programme, stray, reading, db.now()).await);
    assert_eq!(entries(db, &owner).await.len(), before + 1);
}

async fn exporting_a_person_is_an_export_that_lists_earlier_entries_only(db: &TestDb) {
    let (owner, _, programme, [amira, ..]) = programme(db).await;
    db.store.participant(&grant(&owner), programme, amira, Reading::viewing("participant"), db.now()).await.unwrap();
    db.advance(Duration::minutes(1));

    let reading = Reading::exporting("person-export");
    let held = db.store.person_held(&grant(&owner), programme, amira, reading, db.now()).await.unwrap();
    let listed: Vec<&str> = held.audit.iter().map(|(_, _, detail)| detail["what"].as_str().unwrap()).collect();
    assert_eq!(listed, ["participant"], "the export's own entry is not part of what it exported");
    let entry = only_new_entry(db, &owner, 1).await;
    let expected = naming(programme, "person-export", &[amira]);
    assert_entry(&entry, AuditKind::PersonalDataExported, &owner, expected);
}

/// Accepting opens volunteers' records to learn their room, but shows none: its entry is the
/// change, written with it, and a refused acceptance writes nothing.
async fn accepting_writes_the_change_and_no_reading(db: &TestDb) {
    let (owner, _, programme, [amira, yonas, karin, lars]) = programme(db).await;
    let coordinator = db.member(owner.org(), "cora@example.org", Role::Coordinator).await;
    db.propose(&owner, programme, &[(amira, karin), (yonas, karin), (yonas, lars)]).await;
    let crowding = db.pair_of(&owner, programme, yonas, karin).await.id;
    let before = entries(db, &owner).await.len();
    db.advance(Duration::minutes(1));

    let accepted = db.store.accept_pairs(&grant(&coordinator), programme, None, one_each, db.now()).await.unwrap();
    assert_eq!(accepted.len(), 2);
    let entry = only_new_entry(db, &owner, before).await;
    assert_entry(&entry, AuditKind::PersonalDataChanged, &coordinator, detail(programme, "accepted", 4));

    let refused = db.store.accept_pairs(&grant(&coordinator), programme, Some(crowding), one_each, db.now()).await;
    assert_conflict(refused, "newcomer-paired");
    let nothing_left = db.store.accept_pairs(&grant(&coordinator), programme, None, one_each, db.now()).await;
    assert!(nothing_left.unwrap().is_empty());
    assert_eq!(entries(db, &owner).await.len(), before + 1, "no acceptance, no entry");
}

async fn a_read_that_finds_nothing_leaves_no_entry(db: &TestDb) {
    let (owner, _, programme, [amira, ..]) = programme(db).await;
    let other = db.org("Bridges Lund", "bo@example.org").await;
    let reading = Reading::viewing("participant");
    let stranger = grant::<ReadParticipants>(&other);
    assert_not_found(db.store.participant(&stranger, programme, amira, reading, db.now()).await);
    assert_not_found(db.store.participants(&stranger, programme, reading, db.now()).await);
    let nobody = ParticipantId::new();
    assert_not_found(db.store.participant(&grant(&owner), programme, nobody, reading, db.now()).await);
    assert!(entries(db, &owner).await.is_empty());
    assert!(entries(db, &other).await.is_empty());
}
