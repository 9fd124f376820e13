//! Signpost's directory: an import is written whole or not at all, read back in the order given,
//! audited, and reached only by its own organisation; published, it is found by its key alone.

use crate::harness::{grant, TestDb};
use bridges_domain::policy::ManageDirectory;
use bridges_domain::{AuditKind, Role};
use bridges_store::{DirectoryRecord, RecordFilter, StoreError};
use chrono::Duration;
use uuid::Uuid;

crate::on_both_backends!(
    an_import_is_read_back_in_order_and_audited,
    a_second_import_replaces_records_in_place_and_adds_the_rest,
    a_failure_at_the_end_leaves_the_directory_unchanged,
    another_organisation_finds_no_directory,
    a_published_directory_is_found_by_its_key_alone,
    a_published_directory_is_read_a_page_at_a_time,
);

/// Records read back without the time they were written, to compare with what was written.
fn unstamped(records: Vec<DirectoryRecord>) -> Vec<DirectoryRecord> {
    records.into_iter().map(|r| DirectoryRecord { changed_at: None, ..r }).collect()
}

fn record(kind: &str, id: u128, name: &str, service: Option<u128>) -> DirectoryRecord {
    let id = Uuid::from_u128(id);
    let mut links = [None; 12];
    links[2] = service.map(Uuid::from_u128);
    let fields = serde_json::json!({ "name": name, "service_id": links[2] }).to_string();
    DirectoryRecord { kind: kind.into(), id, links, link_kind: None, name: Some(name.into()), fields, changed_at: None }
}

fn names(records: &[DirectoryRecord]) -> Vec<(String, String)> {
    records.iter().map(|r| (r.kind.clone(), r.name.clone().unwrap_or_default())).collect()
}

async fn an_import_is_read_back_in_order_and_audited(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    assert_eq!(db.store.directory(&grant(&owner)).await.unwrap(), None, "made on first import");
    // The same id in two kinds is two records: HSDS ids are unique per kind only.
    let records = [
        record("service", 9, "Advice", None),
        record("phone", 9, "Line", Some(9)),
        record("phone", 1, "Desk", Some(9)),
    ];
    let written = db.store.import_directory(&grant(&owner), "Malmö services", &records, db.now()).await.unwrap();
    assert_eq!((written.created, written.updated), (3, 0));

    let directory = db.store.directory(&grant(&owner)).await.unwrap().unwrap();
    assert_eq!((directory.id, directory.name.as_str(), directory.revision), (written.directory, "Malmö services", 1));
    let back = db.store.directory_records(&grant(&owner), directory.id).await.unwrap();
    assert!(back.iter().all(|r| r.changed_at.is_some()), "each says when it was written");
    assert_eq!(unstamped(back), records, "every column back, in the order given");

    let log = db.store.audit_log(&grant(&owner), 10).await.unwrap();
    let imported = log.iter().find(|e| e.event.kind == AuditKind::DirectoryImported).unwrap();
    assert_eq!(imported.event.actor, Some(owner.user()));
    assert_eq!(imported.event.detail["created"], 3);
}

async fn a_second_import_replaces_records_in_place_and_adds_the_rest(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let coordinator = db.member(owner.org(), "cleo@example.org", Role::Coordinator).await;
    let first = [record("service", 1, "Advice", None), record("service", 2, "Housing", None)];
    db.store.import_directory(&grant(&owner), "Malmö", &first, db.now()).await.unwrap();
    db.advance(Duration::minutes(5));
    let second = [record("service", 3, "Language café", None), record("service", 1, "Legal advice", None)];
    let written = db.store.import_directory(&grant(&coordinator), "ignored", &second, db.now()).await.unwrap();
    assert_eq!((written.created, written.updated), (1, 1));

    let directory = db.store.directory(&grant(&owner)).await.unwrap().unwrap();
    assert_eq!((directory.name.as_str(), directory.revision, directory.updated_at), ("Malmö", 2, db.now()));
    let back = db.store.directory_records(&grant(&owner), directory.id).await.unwrap();
    let expected = [("service", "Legal advice"), ("service", "Housing"), ("service", "Language café")];
    assert_eq!(names(&back), expected.map(|(k, n)| (k.to_string(), n.to_string())));
}

async fn a_failure_at_the_end_leaves_the_directory_unchanged(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    // A first import that fails at its last record makes no directory at all.
    let broken = [record("service", 1, "Advice", None), record("service", 1, "Advice again", None)];
    let refused = db.store.import_directory(&grant(&owner), "Malmö", &broken, db.now()).await;
    assert!(matches!(refused, Err(StoreError::Database(_))), "{refused:?}");
    assert_eq!(db.store.directory(&grant(&owner)).await.unwrap(), None);
    assert_eq!((db.rows("directories").await, db.rows("dir_records").await), (0, 0));

    let first = [record("service", 1, "Advice", None)];
    db.store.import_directory(&grant(&owner), "Malmö", &first, db.now()).await.unwrap();
    let audited = db.rows("audit_events").await;
    // Updates and new records before the failing one are undone with it.
    let broken = [
        record("service", 1, "Changed", None),
        record("service", 2, "Housing", None),
        record("phone", 3, "Line", Some(2)),
        record("phone", 3, "Line twice", Some(2)),
    ];
    assert!(db.store.import_directory(&grant(&owner), "Malmö", &broken, db.now()).await.is_err());
    let directory = db.store.directory(&grant(&owner)).await.unwrap().unwrap();
    assert_eq!(directory.revision, 1);
    let back = db.store.directory_records(&grant(&owner), directory.id).await.unwrap();
    assert_eq!(unstamped(back), first);
    assert_eq!(db.rows("audit_events").await, audited, "no entry for what did not happen");
}

async fn another_organisation_finds_no_directory(db: &TestDb) {
    let a = db.org("Bridges Malmö", "olga@example.org").await;
    let b = db.org("Bridges Lund", "bo@example.org").await;
    let written = db
        .store
        .import_directory(&grant(&a), "Malmö", &[record("service", 1, "Advice", None)], db.now())
        .await
        .unwrap();
    assert_eq!(db.store.directory(&grant(&b)).await.unwrap(), None);
    let read = db.store.directory_records(&grant(&b), written.directory).await;
    assert!(matches!(read, Err(StoreError::NotFound)), "{read:?}");

    // Everyone in the team reads the directory (it holds services, not people); importing takes a
    // coordinator.
    let staff = db.member(a.org(), "sam@example.org", Role::Staff).await;
    assert_eq!(db.store.directory_records(&grant(&staff), written.directory).await.unwrap().len(), 1);
    assert!(staff.grant::<ManageDirectory>().is_err());
    let viewer = db.member(a.org(), "val@example.org", Role::Viewer).await;
    assert_eq!(db.store.directory_records(&grant(&viewer), written.directory).await.unwrap().len(), 1);
    assert!(viewer.grant::<ManageDirectory>().is_err());
}

async fn a_published_directory_is_found_by_its_key_alone(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let other = db.org("Bridges Lund", "lena@example.org").await;
    let nothing = db.store.set_directory_publication(&grant(&owner), true, db.now()).await;
    assert!(matches!(nothing, Err(StoreError::NotFound)), "nothing imported, nothing to publish: {nothing:?}");
    let written = db
        .store
        .import_directory(&grant(&owner), "Malmö", &[record("service", 1, "Advice", None)], db.now())
        .await
        .unwrap();
    assert_eq!(db.store.directory_publication(&grant(&owner)).await.unwrap(), None);

    let published = db.store.set_directory_publication(&grant(&owner), true, db.now()).await.unwrap();
    assert!(published.published);
    assert_eq!(published.directory, written.directory);
    assert_eq!(published.key.len(), 32);
    assert_ne!(published.key, written.directory.as_uuid().simple().to_string(), "never the id");
    let found = db.store.published_directory(&published.key).await.unwrap();
    assert_eq!((found.org, found.name.as_str()), (owner.org(), "Malmö"));
    assert_eq!(db.store.directory_publication(&grant(&other)).await.unwrap(), None, "another's is not seen");

    // Taken down, the key stops answering; published again, the same key answers again.
    db.advance(Duration::minutes(5));
    let down = db.store.set_directory_publication(&grant(&owner), false, db.now()).await.unwrap();
    assert_eq!((down.published, down.key.as_str()), (false, published.key.as_str()));
    assert!(matches!(db.store.published_directory(&published.key).await, Err(StoreError::NotFound)));
    let again = db.store.set_directory_publication(&grant(&owner), true, db.now()).await.unwrap();
    assert_eq!(again.key, published.key);
    assert!(db.store.published_directory(&published.key).await.is_ok());
    for wrong in ["", "nope", &"0".repeat(32), &written.directory.to_string()] {
        assert!(matches!(db.store.published_directory(wrong).await, Err(StoreError::NotFound)), "{wrong}");
    }

    let log = db.store.audit_log(&grant(&owner), 10).await.unwrap();
    let events: Vec<_> = log.iter().filter(|e| e.event.kind == AuditKind::DirectoryPublished).collect();
    assert_eq!(events.len(), 3);
    assert!(events.iter().all(|e| e.event.actor == Some(owner.user())));
}

async fn a_published_directory_is_read_a_page_at_a_time(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let mut housing = record("service", 2, "Housing Help", None);
    housing.links[0] = Some(Uuid::from_u128(70));
    let mut tag = record("attribute", 50, "tag", None);
    (tag.links[7], tag.links[8]) = (Some(Uuid::from_u128(3)), Some(Uuid::from_u128(60)));
    let first = [record("service", 1, "Legal advice", None), housing, record("service", 3, "Language café", None), tag];
    db.store.import_directory(&grant(&owner), "Malmö", &first, db.now()).await.unwrap();
    db.advance(Duration::minutes(5));
    let later = db.now();
    db.advance(Duration::minutes(5));
    db.store
        .import_directory(&grant(&owner), "Malmö", &[record("service", 4, "100% help_desk", None)], db.now())
        .await
        .unwrap();
    let key = db.store.set_directory_publication(&grant(&owner), true, db.now()).await.unwrap().key;
    let dir = db.store.published_directory(&key).await.unwrap();

    let page = |filter: RecordFilter, offset, limit| {
        let (store, dir) = (db.store.clone(), dir.clone());
        async move {
            let page = store.published_records(&dir, "service", &filter, offset, limit).await.unwrap();
            (page.records.iter().map(|r| r.id.as_u128()).collect::<Vec<_>>(), page.total)
        }
    };
    let all = RecordFilter::default();
    assert_eq!(page(all.clone(), 0, 10).await, (vec![1, 2, 3, 4], 4));
    assert_eq!(page(all.clone(), 1, 2).await, (vec![2, 3], 4));
    assert_eq!(page(all.clone(), 4, 2).await, (vec![], 4));
    let search = |w: &str| RecordFilter { search: Some(w.into()), ..RecordFilter::default() };
    assert_eq!(page(search("HELP"), 0, 10).await, (vec![2, 4], 2), "any case");
    assert_eq!(page(search("0%"), 0, 10).await, (vec![4], 1), "% is a character");
    assert_eq!(page(search("p_d"), 0, 10).await, (vec![4], 1), "_ is a character");
    assert_eq!(page(search("p_"), 0, 10).await, (vec![4], 1));
    let org = RecordFilter { organization: Some(Uuid::from_u128(70)), ..RecordFilter::default() };
    assert_eq!(page(org, 0, 10).await, (vec![2], 1));
    let term = RecordFilter { taxonomy_term: Some(Uuid::from_u128(60)), ..RecordFilter::default() };
    assert_eq!(page(term, 0, 10).await, (vec![3], 1));
    let recent = RecordFilter { modified_after: Some(later), ..RecordFilter::default() };
    assert_eq!(page(recent, 0, 10).await, (vec![4], 1));

    let one = db.store.published_record(&dir, "service", Uuid::from_u128(3)).await.unwrap();
    assert_eq!(one.name.as_deref(), Some("Language café"));
    let missing = db.store.published_record(&dir, "phone", Uuid::from_u128(3)).await;
    assert!(matches!(missing, Err(StoreError::NotFound)), "ids are per kind");
    let linked = db.store.published_linked(&dir, "attribute", "link_id", &[Uuid::from_u128(3)]).await.unwrap();
    assert_eq!(linked.iter().map(|r| r.id.as_u128()).collect::<Vec<_>>(), vec![50]);
}
