//! Measure's records: activities and the monthly totals and languages kept with them, advice
//! contacts with clients counted once, indicators and their values, and check-ins as Measure reads
//! them. Every expected number below was worked out by hand from the rows each test writes.

use crate::harness::{assert_conflict, assert_not_found, grant, one_each, TestDb};
use bridges_domain::measure::{ActivityKind, AdviceOutcome, Disaggregation, IndicatorSource};
use bridges_domain::{AuditKind, PairStatus, ProgrammeId, ProjectId, Role, Sensitive};
use bridges_store::{
    Counts, IndicatorDefinition, Membership, NewActivity, NewAdvice, NewCheckIn, NewValue, Reading, Scope, Totals,
};
use chrono::{Duration, NaiveDate};

crate::on_both_backends!(
    activity_totals_sum_each_period_in_scope,
    deleting_an_activity_takes_it_out_of_totals_and_languages,
    languages_are_counted_once_per_period_and_ranked_by_use,
    advice_counts_a_client_once_however_the_reference_is_typed,
    overdue_follow_ups_are_listed_until_done_and_reading_them_is_audited,
    an_indicator_serves_only_its_own_projects_objectives,
    a_value_entered_twice_for_a_period_keeps_the_second,
    another_organisation_finds_none_of_it,
    check_in_summaries_cover_the_organisations_check_ins_in_range,
);

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// An activity with the counts the tests look at; the others stay zero.
fn activity(
    on: NaiveDate,
    kind: ActivityKind,
    project: Option<ProjectId>,
    (attendees, arriving, volunteer_minutes): (u32, u32, u32),
    languages: &[&str],
) -> NewActivity {
    NewActivity {
        project,
        programme: None,
        series: None,
        kind,
        title: format!("{} on {on}", kind.as_str()),
        occurred_on: on,
        starts_at: "18:00".to_string(),
        minutes: 90,
        place: "Library".to_string(),
        topics: Vec::new(),
        languages: languages.iter().map(|l| l.to_string()).collect(),
        notes: String::new(),
        counts: Counts { attendees, arriving, volunteer_minutes, ..Counts::default() },
    }
}

/// Totals of `activities` activities with these sums of attendees, arriving and volunteer minutes.
fn totals(activities: u64, attendees: u64, arriving: u64, volunteer_minutes: u64) -> Totals {
    let mut counts = [0; 12];
    counts[0] = attendees;
    counts[1] = arriving;
    counts[11] = volunteer_minutes;
    Totals { activities, counts }
}

fn scope(project: Option<ProjectId>, kind: Option<ActivityKind>, from_month: i32, to_month: i32) -> Scope {
    Scope { project, kind, from_month, to_month }
}

/// The year 2026.
const YEAR: (i32, i32) = (202601, 202612);

/// An organisation with two projects: (owner, project p, project q).
async fn two_projects(db: &TestDb) -> (Membership, ProjectId, ProjectId) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let p = db.store.create_project(&grant(&owner), "Language cafe", "", "{}", db.now()).await.unwrap();
    let q = db.store.create_project(&grant(&owner), "Homework club", "", "{}", db.now()).await.unwrap();
    (owner, p, q)
}

/// Five activities in 2026 (January to April), one in December 2025 and one in January 2027, and
/// another organisation's in January 2026.
async fn a_year_of_activities(db: &TestDb) -> (Membership, ProjectId, ProjectId) {
    let (owner, p, q) = two_projects(db).await;
    use ActivityKind::{Event, Session, Training};
    let logged = [
        activity(day(2025, 12, 20), Session, Some(p), (99, 9, 99), &["ar"]),
        activity(day(2026, 1, 15), Session, Some(p), (10, 4, 60), &["ar", "sv"]),
        activity(day(2026, 2, 3), Training, None, (5, 2, 30), &["sv"]),
        activity(day(2026, 3, 31), Session, Some(q), (7, 3, 45), &["fa", "sv"]),
        activity(day(2026, 4, 1), Session, Some(p), (12, 6, 90), &["ti"]),
        activity(day(2026, 4, 20), Event, Some(p), (20, 8, 120), &["ar"]),
        activity(day(2027, 1, 5), Session, Some(p), (50, 5, 500), &["en"]),
    ];
    let ids = db.store.log_activities(&grant(&owner), &logged, db.now()).await.unwrap();
    assert_eq!(ids.len(), 7);

    let other = db.org("Bridges Lund", "bo@example.org").await;
    let theirs = [activity(day(2026, 1, 20), Session, None, (1000, 100, 1000), &["de"])];
    db.store.log_activities(&grant(&other), &theirs, db.now()).await.unwrap();
    (owner, p, q)
}

async fn activity_totals_sum_each_period_in_scope(db: &TestDb) {
    let (owner, p, _) = a_year_of_activities(db).await;
    let read = grant(&owner);
    let totals_of = |s: Scope, period: &'static str| {
        let read = &read;
        async move { db.store.activity_totals(read, s, period).await.unwrap() }
    };
    let (from, to) = YEAR;

    // December 2025, January 2027 and the other organisation's activity are not counted.
    assert_eq!(
        totals_of(scope(None, None, from, to), "month").await,
        [
            (202601, totals(1, 10, 4, 60)),
            (202602, totals(1, 5, 2, 30)),
            (202603, totals(1, 7, 3, 45)),
            (202604, totals(2, 32, 14, 210)),
        ]
    );
    assert_eq!(
        totals_of(scope(None, None, from, to), "quarter").await,
        [(20261, totals(3, 22, 9, 135)), (20262, totals(2, 32, 14, 210))]
    );
    assert_eq!(totals_of(scope(None, None, from, to), "year").await, [(2026, totals(5, 54, 23, 345))]);
    assert_eq!(
        totals_of(scope(None, None, 202501, 202712), "year").await,
        [(2025, totals(1, 99, 9, 99)), (2026, totals(5, 54, 23, 345)), (2027, totals(1, 50, 5, 500))]
    );
    // Only February and March of 2026.
    assert_eq!(totals_of(scope(None, None, 202602, 202603), "year").await, [(2026, totals(2, 12, 5, 75))]);

    // A kind narrows them.
    let sessions = Some(ActivityKind::Session);
    assert_eq!(
        totals_of(scope(None, sessions, from, to), "month").await,
        [(202601, totals(1, 10, 4, 60)), (202603, totals(1, 7, 3, 45)), (202604, totals(1, 12, 6, 90))]
    );
    assert_eq!(
        totals_of(scope(None, sessions, from, to), "quarter").await,
        [(20261, totals(2, 17, 7, 105)), (20262, totals(1, 12, 6, 90))]
    );
    // A project narrows them.
    assert_eq!(
        totals_of(scope(Some(p), None, from, to), "month").await,
        [(202601, totals(1, 10, 4, 60)), (202604, totals(2, 32, 14, 210))]
    );
    assert_eq!(totals_of(scope(Some(p), None, from, to), "year").await, [(2026, totals(3, 42, 18, 270))]);
    // And both together.
    assert_eq!(
        totals_of(scope(Some(p), sessions, from, to), "quarter").await,
        [(20261, totals(1, 10, 4, 60)), (20262, totals(1, 12, 6, 90))]
    );
    assert!(totals_of(scope(Some(p), Some(ActivityKind::Training), from, to), "year").await.is_empty());
}

async fn deleting_an_activity_takes_it_out_of_totals_and_languages(db: &TestDb) {
    let (owner, p, _) = two_projects(db).await;
    let staff = db.member(owner.org(), "sam@example.org", Role::Staff).await;
    let vera = db.member(owner.org(), "vera@example.org", Role::Volunteer).await;
    let vilma = db.member(owner.org(), "vilma@example.org", Role::Volunteer).await;
    use ActivityKind::Session;
    let by_owner = db
        .store
        .log_activities(&grant(&owner), &[activity(day(2026, 2, 10), Session, Some(p), (8, 3, 40), &["ar"])], db.now())
        .await
        .unwrap()[0];
    let by_vera = db
        .store
        .log_activities(
            &grant(&vera),
            &[activity(day(2026, 2, 17), Session, Some(p), (4, 1, 20), &["so", "ar"])],
            db.now(),
        )
        .await
        .unwrap()[0];
    let read = grant(&owner);
    let february = |project| scope(project, None, 202602, 202602);
    assert_eq!(
        db.store.activity_totals(&read, february(None), "month").await.unwrap(),
        [(202602, totals(2, 12, 4, 60))]
    );
    assert_eq!(
        db.store.languages_used(&read, None, 202602, 202602).await.unwrap(),
        [("ar".to_string(), 2), ("so".to_string(), 1)]
    );

    // A volunteer may take out only what they logged.
    assert_conflict(db.store.delete_activity(&grant(&vera), by_owner).await, "forbidden");
    assert_conflict(db.store.delete_activity(&grant(&vilma), by_vera).await, "forbidden");
    assert_eq!(db.store.activity_totals(&read, february(None), "month").await.unwrap()[0].1.activities, 2);
    db.store.delete_activity(&grant(&vera), by_vera).await.unwrap();
    assert_not_found(db.store.delete_activity(&grant(&vera), by_vera).await);
    assert_not_found(db.store.activity(&read, by_vera).await);

    assert_eq!(
        db.store.activity_totals(&read, february(None), "month").await.unwrap(),
        [(202602, totals(1, 8, 3, 40))]
    );
    assert_eq!(
        db.store.activity_totals(&read, february(Some(p)), "quarter").await.unwrap(),
        [(20261, totals(1, 8, 3, 40))]
    );
    assert_eq!(db.store.languages_used(&read, None, 202602, 202602).await.unwrap(), [("ar".to_string(), 1)]);
    assert_eq!(db.store.language_totals(&read, None, "month", 202602, 202602).await.unwrap(), [(202602, 1)]);

    // Staff may take out anyone's; a month with nothing left is left out.
    db.store.delete_activity(&grant(&staff), by_owner).await.unwrap();
    assert!(db.store.activity_totals(&read, february(None), "month").await.unwrap().is_empty());
    assert!(db.store.activity_totals(&read, february(None), "year").await.unwrap().is_empty());
    assert!(db.store.languages_used(&read, None, 202601, 202612).await.unwrap().is_empty());
    assert!(db.store.language_totals(&read, None, "year", 202601, 202612).await.unwrap().is_empty());
    assert_eq!(db.store.activities(&read, february(None), 0, 10).await.unwrap().1, 0);
}

async fn languages_are_counted_once_per_period_and_ranked_by_use(db: &TestDb) {
    let (owner, p, _) = a_year_of_activities(db).await;
    let read = grant(&owner);
    let (from, to) = YEAR;

    // January ar sv; February sv; March fa sv; April ti ar.
    assert_eq!(
        db.store.language_totals(&read, None, "month", from, to).await.unwrap(),
        [(202601, 2), (202602, 1), (202603, 2), (202604, 2)]
    );
    // The first quarter ar sv fa; the second ti ar.
    assert_eq!(db.store.language_totals(&read, None, "quarter", from, to).await.unwrap(), [(20261, 3), (20262, 2)]);
    assert_eq!(db.store.language_totals(&read, None, "year", from, to).await.unwrap(), [(2026, 4)]);
    assert_eq!(
        db.store.language_totals(&read, None, "year", 202501, 202712).await.unwrap(),
        [(2025, 1), (2026, 4), (2027, 1)]
    );
    // Project p: January ar sv, April ti ar.
    assert_eq!(db.store.language_totals(&read, Some(p), "quarter", from, to).await.unwrap(), [(20261, 2), (20262, 2)]);

    let ranked =
        |pairs: &[(&str, u64)]| -> Vec<(String, u64)> { pairs.iter().map(|(l, n)| (l.to_string(), *n)).collect() };
    assert_eq!(
        db.store.languages_used(&read, None, from, to).await.unwrap(),
        ranked(&[("sv", 3), ("ar", 2), ("fa", 1), ("ti", 1)])
    );
    assert_eq!(
        db.store.languages_used(&read, Some(p), from, to).await.unwrap(),
        ranked(&[("ar", 2), ("sv", 1), ("ti", 1)])
    );
    assert_eq!(db.store.languages_used(&read, None, 202603, 202603).await.unwrap(), ranked(&[("fa", 1), ("sv", 1)]));
}

fn advice(client: &str, on: NaiveDate, follow_up_on: Option<NaiveDate>, note: &str) -> NewAdvice {
    NewAdvice {
        client: Sensitive::new(client.to_string()),
        project: None,
        occurred_on: on,
        topic: "housing".to_string(),
        outcome: AdviceOutcome::Ongoing,
        follow_up_on,
        record: Sensitive::new(serde_json::json!({ "notes": note }).to_string()),
    }
}

async fn advice_counts_a_client_once_however_the_reference_is_typed(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let staff = db.member(owner.org(), "sam@example.org", Role::Staff).await;
    let record = grant(&staff);
    let (_, first, fresh) =
        db.store.record_advice(&record, &advice("AB-12 ", day(2026, 1, 10), None, "rent"), db.now()).await.unwrap();
    assert!(fresh);
    for (typed, on) in [("ab-12", day(2026, 1, 20)), ("Ab-12", day(2026, 2, 5)), ("  AB-12", day(2026, 4, 2))] {
        let (_, again, fresh) =
            db.store.record_advice(&record, &advice(typed, on, None, "rent"), db.now()).await.unwrap();
        assert_eq!((again, fresh), (first, false), "{typed:?} is the same client");
    }
    let (_, other, fresh) =
        db.store.record_advice(&record, &advice("CD-3", day(2026, 1, 15), None, "school"), db.now()).await.unwrap();
    assert!(fresh && other != first);
    // Another organisation's client with the same reference is their own.
    let lund = db.org("Bridges Lund", "bo@example.org").await;
    let (_, theirs, fresh) =
        db.store.record_advice(&grant(&lund), &advice("AB-12", day(2026, 1, 12), None, "x"), db.now()).await.unwrap();
    assert!(fresh && theirs != first);
    assert_eq!(db.rows("advice_clients").await, 3);
    assert!(!db.raw_column("advice_clients", "sealed").await.contains("AB-12"), "references are sealed");

    let read = grant(&owner);
    let (from, to) = YEAR;
    // January: AB-12 twice and CD-3; February: AB-12; April: AB-12.
    assert_eq!(
        db.store.advice_totals(&read, None, "month", from, to).await.unwrap(),
        [(202601, people(2, 3)), (202602, people(1, 1)), (202604, people(1, 1))]
    );
    assert_eq!(
        db.store.advice_totals(&read, None, "quarter", from, to).await.unwrap(),
        [(20261, people(2, 4)), (20262, people(1, 1))]
    );
    assert_eq!(db.store.advice_totals(&read, None, "year", from, to).await.unwrap(), [(2026, people(2, 5))]);
    assert_eq!(db.store.advice_totals(&read, None, "year", 202602, 202603).await.unwrap(), [(2026, people(1, 1))]);
}

fn people(people: u64, occasions: u64) -> bridges_store::AdviceTotals {
    bridges_store::AdviceTotals { people, occasions }
}

async fn overdue_follow_ups_are_listed_until_done_and_reading_them_is_audited(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let staff = db.member(owner.org(), "sam@example.org", Role::Staff).await;
    let record = grant(&staff);
    let mut ids = Vec::new();
    for (client, on, follow_up) in [
        ("AB-12", day(2026, 1, 10), Some(day(2026, 2, 1))),
        ("ab-12", day(2026, 1, 20), Some(day(2026, 3, 10))),
        ("CD-3", day(2026, 1, 15), None),
        ("CD-3", day(2026, 2, 5), Some(day(2026, 2, 20))),
        ("EF-7", day(2026, 2, 6), Some(day(2026, 3, 1))),
    ] {
        let new = advice(client, on, follow_up, &format!("notes on {client}"));
        ids.push(db.store.record_advice(&record, &new, db.now()).await.unwrap().0);
    }
    let before = personal_reads(db, &owner).await.len();
    let overdue = |day| {
        let record = &record;
        async move {
            let listed = db
                .store
                .advice_contacts(record, Reading::viewing("follow-ups"), Some(day), 50, db.now())
                .await
                .unwrap();
            // Entries of one moment come back in no set order; each reading here is a minute later.
            db.advance(Duration::minutes(1));
            listed.into_iter().map(|a| (a.id, a.reference.expose().clone())).collect::<Vec<_>>()
        }
    };

    // Due before 1 March and not done: 1 February (AB-12) and 20 February (CD-3), oldest due first;
    // 1 March is not before 1 March.
    assert_eq!(overdue(day(2026, 3, 1)).await, [(ids[0], "AB-12".to_string()), (ids[3], "CD-3".to_string())]);
    db.store.complete_follow_up(&record, ids[0]).await.unwrap();
    assert_eq!(overdue(day(2026, 3, 1)).await, [(ids[3], "CD-3".to_string())]);
    assert_eq!(
        overdue(day(2026, 3, 11)).await,
        [(ids[3], "CD-3".to_string()), (ids[4], "EF-7".to_string()), (ids[1], "AB-12".to_string())]
    );

    // Every contact, newest first, with its notes opened.
    let all = db.store.advice_contacts(&record, Reading::viewing("advice"), None, 50, db.now()).await.unwrap();
    let seen: Vec<_> = all.iter().map(|a| (a.id, a.occurred_on, a.follow_up_done)).collect();
    assert_eq!(
        seen,
        [
            (ids[4], day(2026, 2, 6), false),
            (ids[3], day(2026, 2, 5), false),
            (ids[1], day(2026, 1, 20), false),
            (ids[2], day(2026, 1, 15), false),
            (ids[0], day(2026, 1, 10), true),
        ]
    );
    assert_eq!(all[1].record.expose(), r#"{"notes":"notes on CD-3"}"#);
    assert_eq!(all[1].recorded_by, staff.user());
    assert!(!db.raw_column("advice_contacts", "sealed").await.contains("notes"), "notes are sealed");

    // Each of the four reads above wrote one entry: who read, what and how many, no one named.
    let reads = personal_reads(db, &owner).await;
    let details: Vec<_> = reads[before..].iter().map(|e| (e.actor, e.detail.clone())).collect();
    let read_by_staff =
        |what: &str, count: usize| (Some(staff.user()), serde_json::json!({ "what": what, "count": count }));
    assert_eq!(
        details,
        [
            read_by_staff("follow-ups", 2),
            read_by_staff("follow-ups", 1),
            read_by_staff("follow-ups", 3),
            read_by_staff("advice", 5),
        ]
    );
    assert!(reads[before..].iter().all(|e| e.org == Some(owner.org())));
    assert!(!reads.iter().any(|e| e.detail.to_string().contains("AB-12")), "ids and counts, never references");
}

/// The organisation's entries of personal data viewed, oldest first.
async fn personal_reads(db: &TestDb, owner: &Membership) -> Vec<bridges_store::AuditEvent> {
    let log = db.store.audit_log(&grant(owner), 1000).await.unwrap();
    log.into_iter().rev().map(|e| e.event).filter(|e| e.kind == AuditKind::PersonalDataViewed).collect()
}

fn definition(
    project: Option<ProjectId>,
    objective: Option<uuid::Uuid>,
    source: IndicatorSource,
) -> IndicatorDefinition {
    IndicatorDefinition {
        project,
        objective,
        name: "People who feel at home".to_string(),
        unit: "people".to_string(),
        direction: "up".to_string(),
        source,
        activity_kind: None,
        programme: None,
        baseline: Some(10.0),
        baseline_on: Some(day(2026, 1, 1)),
        target: Some(40.0),
        target_on: Some(day(2026, 12, 31)),
        period: "month".to_string(),
        disaggregation: Disaggregation::None,
        frameworks: Vec::new(),
        survey: None,
        need: None,
    }
}

async fn an_indicator_serves_only_its_own_projects_objectives(db: &TestDb) {
    let (owner, p, q) = two_projects(db).await;
    let objective = r#"{"text": "Newcomers practise Swedish weekly", "measure": "", "target": "", "due": null}"#;
    let of_p = db.store.add_entry(&grant(&owner), p, 7, objective, db.now()).await.unwrap();
    let of_q = db.store.add_entry(&grant(&owner), q, 7, objective, db.now()).await.unwrap();
    let evidence_of_p = db.store.add_entry(&grant(&owner), p, 3, "{}", db.now()).await.unwrap();
    let define = grant(&owner);
    let manual = IndicatorSource::Manual;

    assert_not_found(db.store.define_indicator(&define, &definition(Some(p), Some(of_q), manual), db.now()).await);
    assert_not_found(db.store.define_indicator(&define, &definition(None, Some(of_p), manual), db.now()).await);
    assert_not_found(
        db.store.define_indicator(&define, &definition(Some(p), Some(evidence_of_p), manual), db.now()).await,
    );
    assert_eq!(db.rows("indicators").await, 0);

    let id = db.store.define_indicator(&define, &definition(Some(p), Some(of_p), manual), db.now()).await.unwrap();
    let stored = db.store.indicator(&grant(&owner), id).await.unwrap();
    assert_eq!(stored.definition, definition(Some(p), Some(of_p), manual));
    // Moving it under the other project's objective is refused the same way.
    let moved = db.store.update_indicator(&define, id, &definition(Some(q), Some(of_p), manual), db.now()).await;
    assert_not_found(moved);
    db.store.update_indicator(&define, id, &definition(Some(q), Some(of_q), manual), db.now()).await.unwrap();
    assert_eq!(db.store.indicator(&grant(&owner), id).await.unwrap().definition.objective, Some(of_q));
}

async fn a_value_entered_twice_for_a_period_keeps_the_second(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let staff = db.member(owner.org(), "sam@example.org", Role::Staff).await;
    let id = db
        .store
        .define_indicator(&grant(&owner), &definition(None, None, IndicatorSource::Manual), db.now())
        .await
        .unwrap();
    let other = db
        .store
        .define_indicator(&grant(&owner), &definition(None, None, IndicatorSource::Manual), db.now())
        .await
        .unwrap();
    db.store.record_value(&grant(&owner), id, "2026-02", 12.0, "survey in February", db.now()).await.unwrap();
    db.store.record_value(&grant(&owner), id, "2026-03", 4.0, "first count", db.now()).await.unwrap();
    db.store.record_value(&grant(&owner), other, "2026-03", 7.0, "theirs", db.now()).await.unwrap();
    db.advance(Duration::hours(1));
    db.store.record_value(&grant(&staff), id, "2026-03", 5.5, "recounted", db.now()).await.unwrap();

    let values = db.store.indicator_values(&grant(&owner), Some(id)).await.unwrap();
    let seen: Vec<_> = values
        .iter()
        .map(|v| (v.period.as_str(), v.value, v.evidence.as_str(), v.recorded_by, v.recorded_at))
        .collect();
    let first = db.now() - Duration::hours(1);
    assert_eq!(
        seen,
        [
            ("2026-02", 12.0, "survey in February", owner.user(), first),
            ("2026-03", 5.5, "recounted", staff.user(), db.now()),
        ]
    );
    assert_eq!(db.rows("indicator_values").await, 3);
    assert_eq!(db.store.indicator_values(&grant(&owner), None).await.unwrap().len(), 3);
}

async fn another_organisation_finds_none_of_it(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let lund = db.org("Bridges Lund", "bo@example.org").await;
    let manual = definition(None, None, IndicatorSource::Manual);
    let indicator = db.store.define_indicator(&grant(&owner), &manual, db.now()).await.unwrap();
    let logged = [activity(day(2026, 2, 10), ActivityKind::Session, None, (3, 1, 0), &["ar"])];
    let activity = db.store.log_activities(&grant(&owner), &logged, db.now()).await.unwrap()[0];
    let new = advice("AB-12", day(2026, 2, 1), Some(day(2026, 2, 8)), "rent");
    let contact = db.store.record_advice(&grant(&owner), &new, db.now()).await.unwrap().0;
    let march = day(2026, 3, 1);

    assert_not_found(db.store.indicator(&grant(&lund), indicator).await);
    assert_not_found(db.store.record_value(&grant(&lund), indicator, "2026-02", 1.0, "no", db.now()).await);
    assert_not_found(db.store.update_indicator(&grant(&lund), indicator, &manual, db.now()).await);
    assert_not_found(db.store.delete_activity(&grant(&lund), activity).await);
    assert_not_found(db.store.activity(&grant(&lund), activity).await);
    assert_not_found(db.store.complete_follow_up(&grant(&lund), contact).await);
    assert!(db.store.indicators(&grant(&lund)).await.unwrap().is_empty());
    assert!(db.store.indicator_values(&grant(&lund), None).await.unwrap().is_empty());
    let theirs = grant(&lund);
    let overdue = db.store.advice_contacts(&theirs, Reading::viewing("advice"), Some(march), 50, db.now());
    assert!(overdue.await.unwrap().is_empty());
    let year = scope(None, None, 202601, 202612);
    assert!(db.store.activity_totals(&grant(&lund), year, "year").await.unwrap().is_empty());
    assert!(db.store.advice_totals(&grant(&lund), None, "year", 202601, 202612).await.unwrap().is_empty());

    // Nothing of ours moved.
    assert_eq!(db.store.activity_totals(&grant(&owner), year, "year").await.unwrap(), [(2026, totals(1, 3, 1, 0))]);
    let ours = grant(&owner);
    let still = db.store.advice_contacts(&ours, Reading::viewing("advice"), Some(march), 50, db.now());
    assert_eq!(still.await.unwrap().len(), 1);
    // A batch that reaches another organisation's indicator writes none of its values.
    let lunds = db.store.define_indicator(&grant(&lund), &manual, db.now()).await.unwrap();
    let batch = [
        NewValue { indicator, period: "2026-02".into(), value: 1.0, evidence: "ours".into() },
        NewValue { indicator: lunds, period: "2026-02".into(), value: 2.0, evidence: "theirs".into() },
    ];
    assert_not_found(db.store.record_values(&grant(&owner), &batch, db.now()).await);
    assert!(db.store.indicator_values(&grant(&owner), None).await.unwrap().is_empty(), "all or none");
}

/// A programme of `owner`'s organisation with one pair meeting, and its check-ins on `days`.
async fn meeting_pair(db: &TestDb, owner: &Membership, days: &[(NaiveDate, u32, &str)]) -> ProgrammeId {
    let programme = db.programme(owner).await;
    let ids = db.people(owner, programme, &[("newcomer", "Amira"), ("volunteer", "Karin")]).await;
    db.propose(owner, programme, &[(ids[0], ids[1])]).await;
    let pair = db.pair_of(owner, programme, ids[0], ids[1]).await.id;
    db.store.accept_pairs(&grant(owner), programme, Some(pair), one_each, db.now()).await.unwrap();
    db.store.move_pair(&grant(owner), programme, pair, PairStatus::Introduced, None, db.now()).await.unwrap();
    for (met_on, minutes, activity) in days {
        let check_in = NewCheckIn {
            met_on: *met_on,
            minutes: *minutes,
            record: Sensitive::new(
                serde_json::json!({ "activity": activity, "newcomer": { "pleasant": 6 } }).to_string(),
            ),
        };
        db.store.add_check_in(&grant(owner), programme, pair, &check_in, db.now()).await.unwrap();
    }
    programme
}

async fn check_in_summaries_cover_the_organisations_check_ins_in_range(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let ours = meeting_pair(
        db,
        &owner,
        &[(day(2026, 2, 27), 30, "fika"), (day(2026, 3, 4), 90, "library"), (day(2026, 3, 31), 60, "walk")],
    )
    .await;
    let second = meeting_pair(db, &owner, &[(day(2026, 3, 10), 45, "museum"), (day(2026, 4, 1), 20, "call")]).await;
    let lund = db.org("Bridges Lund", "bo@example.org").await;
    let theirs = meeting_pair(db, &lund, &[(day(2026, 3, 5), 120, "market")]).await;

    // The summary keeps the activity's length in letters: never the record itself.
    let summarise = |record: &str| -> usize {
        let value: serde_json::Value = serde_json::from_str(record).unwrap();
        value["activity"].as_str().unwrap().len()
    };
    let read = grant(&owner);
    let march = (day(2026, 3, 1), day(2026, 3, 31));
    let seen = |found: Vec<bridges_store::CheckInSummary<usize>>| -> Vec<_> {
        found.into_iter().map(|c| (c.programme, c.met_on, c.minutes, c.summary)).collect()
    };

    let all = db.store.check_in_summaries(&read, None, march.0, march.1, summarise).await.unwrap();
    assert_eq!(
        seen(all),
        [(ours, day(2026, 3, 4), 90, 7), (second, day(2026, 3, 10), 45, 6), (ours, day(2026, 3, 31), 60, 4)]
    );
    let one = db.store.check_in_summaries(&read, Some(ours), march.0, march.1, summarise).await.unwrap();
    assert_eq!(seen(one), [(ours, day(2026, 3, 4), 90, 7), (ours, day(2026, 3, 31), 60, 4)]);
    let wider = db.store.check_in_summaries(&read, Some(second), march.0, day(2026, 4, 1), summarise).await.unwrap();
    assert_eq!(seen(wider), [(second, day(2026, 3, 10), 45, 6), (second, day(2026, 4, 1), 20, 4)]);
    // Another organisation's programme is nobody's here.
    let other = db.store.check_in_summaries(&read, Some(theirs), march.0, march.1, summarise).await.unwrap();
    assert!(other.is_empty());
    let theirs_seen = db.store.check_in_summaries(&grant(&lund), None, march.0, march.1, summarise).await.unwrap();
    assert_eq!(seen(theirs_seen), [(theirs, day(2026, 3, 5), 120, 6)]);
}
