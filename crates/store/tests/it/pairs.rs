//! Pairs through their life cycle under the programme's lock, rounds, and check-ins.

use crate::harness::{
    assert_conflict, assert_not_found, capacity, grant, one_each, proposals, record_taking, viewing, TestDb,
};
use bridges_domain::{PairStatus, ParticipantId, ProgrammeId, Role, Sensitive};
use bridges_store::Membership;
use bridges_store::{NewCheckIn, Paging, PeopleFilter, Standing, WAIT_BOUNDS};
use chrono::{Duration, NaiveDate};

crate::on_both_backends!(
    accepting_locks_a_proposal_and_refuses_double_booking,
    accepting_every_proposal_skips_those_that_would_double_book,
    swapping_gives_each_proposal_the_others_volunteer_and_refuses_a_swap_that_changes_nothing,
    two_coordinators_accepting_at_once_get_one_winner,
    a_round_from_a_stale_revision_is_not_saved,
    a_new_round_keeps_accepted_and_locked_pairs,
    withdrawing_closes_held_pairs_and_drops_proposals,
    pairs_move_forward_only,
    check_ins_make_an_introduced_pair_active,
    who_is_waiting_follows_every_change_of_a_pair,
    the_programmes_tallies_follow_every_change_of_a_person_or_a_pair,
    searches_find_count_and_page_their_matches_in_the_lists_order,
);

/// A programme with two newcomers and two volunteers: (coordinator, programme, [n1, n2, v1, v2]).
async fn four_people(db: &TestDb) -> (Membership, ProgrammeId, [ParticipantId; 4]) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let coordinator = db.member(owner.org(), "cora@example.org", Role::Coordinator).await;
    let programme = db.programme(&coordinator).await;
    let sides = [("newcomer", "Amira"), ("newcomer", "Yonas"), ("volunteer", "Karin"), ("volunteer", "Lars")];
    let ids = db.people(&coordinator, programme, &sides).await;
    (coordinator, programme, [ids[0], ids[1], ids[2], ids[3]])
}

async fn accepting_locks_a_proposal_and_refuses_double_booking(db: &TestDb) {
    let (c, programme, [n1, n2, v1, v2]) = four_people(db).await;
    db.propose(&c, programme, &[(n1, v1), (n2, v1), (n1, v2)]).await;
    let (first, crowding, second) = (
        db.pair_of(&c, programme, n1, v1).await,
        db.pair_of(&c, programme, n2, v1).await,
        db.pair_of(&c, programme, n1, v2).await,
    );
    assert!(!first.locked && first.accepted_at.is_none());

    db.advance(Duration::minutes(5));
    let accepted = db.store.accept_pairs(&grant(&c), programme, Some(first.id), one_each, db.now()).await.unwrap();
    assert_eq!(accepted, [first.id]);
    let first = db.store.pair(&grant(&c), programme, first.id, viewing(), db.now()).await.unwrap();
    assert_eq!((first.status, first.locked, first.accepted_at), (PairStatus::Accepted, true, Some(db.now())));

    let again = db.store.accept_pairs(&grant(&c), programme, Some(first.id), one_each, db.now()).await;
    assert_conflict(again, "pair-status");
    let full = db.store.accept_pairs(&grant(&c), programme, Some(crowding.id), one_each, db.now()).await;
    assert_conflict(full, "volunteer-full");
    let paired = db.store.accept_pairs(&grant(&c), programme, Some(second.id), one_each, db.now()).await;
    assert_conflict(paired, "newcomer-paired");
    for refused in [crowding.id, second.id] {
        assert_eq!(
            db.store.pair(&grant(&c), programme, refused, viewing(), db.now()).await.unwrap().status,
            PairStatus::Proposed
        );
    }

    // A volunteer with room for two takes a second newcomer.
    db.store.update_participant(&grant(&c), programme, v1, (&record_taking("Karin", 2), &[]), db.now()).await.unwrap();
    let accepted = db.store.accept_pairs(&grant(&c), programme, Some(crowding.id), capacity, db.now()).await.unwrap();
    assert_eq!(accepted, [crowding.id]);
    assert_not_found(
        db.store.accept_pairs(&grant(&c), programme, Some(bridges_domain::PairId::new()), capacity, db.now()).await,
    );
}

async fn swapping_gives_each_proposal_the_others_volunteer_and_refuses_a_swap_that_changes_nothing(db: &TestDb) {
    let (c, programme, [n1, n2, v1, v2]) = four_people(db).await;
    db.propose(&c, programme, &[(n1, v1), (n2, v1)]).await;
    let (a, b) = (db.pair_of(&c, programme, n1, v1).await, db.pair_of(&c, programme, n2, v1).await);
    let rescored = |score: u32| (score, "[]".to_string());
    // Both proposals are Karin's: swapping them would give each newcomer the volunteer they have.
    let same = db.store.swap_pairs(&grant(&c), programme, (a.id, rescored(1)), (b.id, rescored(2))).await;
    assert_conflict(same, "swap-same-volunteer");
    let a_now = db.store.pair(&grant(&c), programme, a.id, viewing(), db.now()).await.unwrap();
    assert_eq!(a_now.score, a.score, "nothing changed");
    let itself = db.store.swap_pairs(&grant(&c), programme, (a.id, rescored(1)), (a.id, rescored(2))).await;
    assert_conflict(itself, "pair-status");

    db.propose(&c, programme, &[(n1, v1), (n2, v2)]).await;
    let (a, b) = (db.pair_of(&c, programme, n1, v1).await, db.pair_of(&c, programme, n2, v2).await);
    db.store.swap_pairs(&grant(&c), programme, (a.id, rescored(11)), (b.id, rescored(22))).await.unwrap();
    let (a, b) = (db.pair_of(&c, programme, n1, v2).await, db.pair_of(&c, programme, n2, v1).await);
    assert_eq!((a.score, b.score), (11, 22));
}

async fn accepting_every_proposal_skips_those_that_would_double_book(db: &TestDb) {
    let (c, programme, [n1, n2, v1, v2]) = four_people(db).await;
    db.propose(&c, programme, &[(n1, v1), (n2, v1), (n2, v2)]).await;
    let accepted = db.store.accept_pairs(&grant(&c), programme, None, one_each, db.now()).await.unwrap();
    let a = db.pair_of(&c, programme, n1, v1).await;
    let skipped = db.pair_of(&c, programme, n2, v1).await;
    let b = db.pair_of(&c, programme, n2, v2).await;
    assert_eq!(accepted, [a.id, b.id]);
    assert_eq!(
        (a.status, skipped.status, b.status),
        (PairStatus::Accepted, PairStatus::Proposed, PairStatus::Accepted)
    );
    let again = db.store.accept_pairs(&grant(&c), programme, None, one_each, db.now()).await.unwrap();
    assert!(again.is_empty(), "nothing left that may be accepted");
}

async fn two_coordinators_accepting_at_once_get_one_winner(db: &TestDb) {
    let (c, programme, [n1, n2, v1, v2]) = four_people(db).await;
    let other = db.member(c.org(), "otto@example.org", Role::Coordinator).await;
    let (ga, gb) = (grant(&c), grant(&other));

    // Two proposals for the same newcomer, accepted at the same moment by two people.
    db.propose(&c, programme, &[(n1, v1), (n1, v2)]).await;
    let (a, b) = (db.pair_of(&c, programme, n1, v1).await.id, db.pair_of(&c, programme, n1, v2).await.id);
    let (ra, rb) = tokio::join!(
        db.store.accept_pairs(&ga, programme, Some(a), one_each, db.now()),
        db.store.accept_pairs(&gb, programme, Some(b), one_each, db.now()),
    );
    assert_eq!([&ra, &rb].iter().filter(|r| r.is_ok()).count(), 1, "{ra:?} {rb:?}");
    assert_conflict(if ra.is_ok() { rb } else { ra }, "newcomer-paired");
    let holding =
        |pairs: Vec<bridges_store::StoredPair>| -> Vec<_> { pairs.into_iter().filter(|p| p.status.holds()).collect() };
    let held = holding(db.store.pairs(&grant(&c), programme, viewing(), db.now()).await.unwrap());
    assert_eq!(held.len(), 1);

    // The same proposal, accepted twice at once.
    let free_volunteer = if held[0].volunteer == v1 { v2 } else { v1 };
    db.propose(&c, programme, &[(n2, free_volunteer)]).await;
    let free = db.pair_of(&c, programme, n2, free_volunteer).await.id;
    let (rc, rd) = tokio::join!(
        db.store.accept_pairs(&ga, programme, Some(free), one_each, db.now()),
        db.store.accept_pairs(&gb, programme, Some(free), one_each, db.now()),
    );
    assert_eq!([&rc, &rd].iter().filter(|r| r.is_ok()).count(), 1, "{rc:?} {rd:?}");
    assert_conflict(if rc.is_ok() { rd } else { rc }, "pair-status");
    assert_eq!(holding(db.store.pairs(&grant(&c), programme, viewing(), db.now()).await.unwrap()).len(), 2);
}

async fn a_round_from_a_stale_revision_is_not_saved(db: &TestDb) {
    let (c, programme, [n1, n2, v1, v2]) = four_people(db).await;
    let revision = db.revision(&c, programme).await;
    let first = proposals(&[(n1, v1)]);
    let late = proposals(&[(n2, v2)]);
    let waits = |who: ParticipantId| [(who, format!(r#"{{"kind": "outscored", "by": "{who}"}}"#))];
    db.store
        .save_round(&grant(&c), programme, revision, &first, (r#"{"round": 1}"#, &waits(n2)), db.now())
        .await
        .unwrap();
    let saved = db.revision(&c, programme).await;
    assert_eq!(saved, revision + 1);

    // A second coordinator computed from the same revision: too late.
    db.advance(Duration::minutes(1));
    let stale = db.store.save_round(&grant(&c), programme, revision, &late, (r#"{"round": 2}"#, &[]), db.now()).await;
    assert_conflict(stale, "round-stale");
    assert_eq!(db.revision(&c, programme).await, saved, "a refused round moves nothing, not even the revision");
    let latest = db.store.latest_round(&grant(&c), programme, viewing(), db.now()).await.unwrap().unwrap();
    assert_eq!((latest.summary.as_str(), latest.ran_by), (r#"{"round": 1}"#, c.user()));
    assert_eq!(latest.waiting, waits(n2));
    let pairs: Vec<_> = db
        .store
        .pairs(&grant(&c), programme, viewing(), db.now())
        .await
        .unwrap()
        .into_iter()
        .map(|p| (p.newcomer, p.volunteer))
        .collect();
    assert_eq!(pairs, [(n1, v1)]);

    // A round computed before someone's record changed would pair them on what they no longer say.
    let before_edit = db.revision(&c, programme).await;
    db.store
        .update_participant(&grant(&c), programme, n2, (&crate::harness::record("Yonas T."), &[]), db.now())
        .await
        .unwrap();
    let edited = db.store.save_round(&grant(&c), programme, before_edit, &late, ("{}", &[]), db.now()).await;
    assert_conflict(edited, "round-stale");

    let current = db.revision(&c, programme).await;
    db.store
        .save_round(&grant(&c), programme, current, &late, (r#"{"round": 3}"#, &waits(n1)), db.now())
        .await
        .unwrap();
    let latest = db.store.latest_round(&grant(&c), programme, viewing(), db.now()).await.unwrap().unwrap();
    assert_eq!((latest.summary.as_str(), latest.ran_at), (r#"{"round": 3}"#, db.now()));
    assert!(!db.raw_column("rounds", "summary").await.contains("round"), "summaries are sealed");
    // Only the latest round's reasons are kept, sealed.
    assert_eq!(latest.waiting, waits(n1));
    assert_eq!(db.rows("round_waits").await, 1);
    assert!(!db.raw_column("round_waits", "reason").await.contains("outscored"), "reasons are sealed");
    // A page reads the reasons of the newcomers it lists as waiting, and no others.
    let page = |waiting| bridges_store::PairsAsked { groups: &[], words: &[], people: false, waiting, round: true };
    let one = Paging { page: 1, per_page: 10 };
    let listed = db.store.pairs_listed(&grant(&c), programme, page(Some(one)), viewing(), db.now()).await.unwrap();
    let shown: Vec<_> = listed.waiting.unwrap().items.iter().map(|p| p.id).collect();
    assert_eq!(shown, [n1]);
    assert_eq!(listed.latest_round.unwrap().waiting, waits(n1));
    let listed = db.store.pairs_listed(&grant(&c), programme, page(None), viewing(), db.now()).await.unwrap();
    assert_eq!(listed.latest_round.unwrap().waiting, []);
}

async fn a_new_round_keeps_accepted_and_locked_pairs(db: &TestDb) {
    let (c, programme, [n1, n2, v1, v2]) = four_people(db).await;
    let coordinator = &c;
    let pair_now =
        |id| async move { db.store.pair(&grant(coordinator), programme, id, viewing(), db.now()).await.unwrap() };
    db.propose(&c, programme, &[(n1, v1), (n2, v2), (n2, v1)]).await;
    let accepted = db.pair_of(&c, programme, n1, v1).await.id;
    let locked = db.pair_of(&c, programme, n2, v2).await.id;
    let dropped = db.pair_of(&c, programme, n2, v1).await.id;
    db.store.accept_pairs(&grant(&c), programme, Some(accepted), one_each, db.now()).await.unwrap();
    db.store.lock_pair(&grant(&c), programme, locked, true).await.unwrap();
    assert_conflict(db.store.lock_pair(&grant(&c), programme, accepted, false).await, "pair-status");

    db.propose(&c, programme, &[(n1, v2)]).await;
    let pairs = db.store.pairs(&grant(&c), programme, viewing(), db.now()).await.unwrap();
    let mut seen: Vec<_> = pairs.iter().map(|p| (p.newcomer, p.volunteer, p.status)).collect();
    seen.sort();
    let mut expected =
        vec![(n1, v1, PairStatus::Accepted), (n2, v2, PairStatus::Proposed), (n1, v2, PairStatus::Proposed)];
    expected.sort();
    assert_eq!(seen, expected);
    assert_not_found(db.store.pair(&grant(&c), programme, dropped, viewing(), db.now()).await);
    assert!(pair_now(locked).await.locked);
    let explanation = &pair_now(accepted).await.explanation;
    assert_eq!(explanation, r#"{"shared": ["Arabic"]}"#);
    assert!(!db.raw_column("pairs", "explanation").await.contains("Arabic"), "explanations are sealed");
}

async fn withdrawing_closes_held_pairs_and_drops_proposals(db: &TestDb) {
    let (c, programme, [n1, n2, v1, v2]) = four_people(db).await;
    db.propose(&c, programme, &[(n1, v1), (n1, v2), (n2, v2)]).await;
    let held = db.pair_of(&c, programme, n1, v1).await.id;
    let proposal = db.pair_of(&c, programme, n1, v2).await.id;
    let others = db.pair_of(&c, programme, n2, v2).await.id;
    db.store.accept_pairs(&grant(&c), programme, Some(held), one_each, db.now()).await.unwrap();

    db.advance(Duration::days(2));
    let purposes: &[&str] = &["pairing", "contact"];
    db.store.withdraw_participant(&grant(&c), programme, n1, (purposes, "moved away"), db.now()).await.unwrap();
    let closed = db.store.pair(&grant(&c), programme, held, viewing(), db.now()).await.unwrap();
    assert_eq!(closed.status, PairStatus::Closed);
    assert_eq!((closed.closed_at, closed.close_reason.as_deref()), (Some(db.now()), Some("moved away")));
    assert_not_found(db.store.pair(&grant(&c), programme, proposal, viewing(), db.now()).await);
    assert_eq!(
        db.store.pair(&grant(&c), programme, others, viewing(), db.now()).await.unwrap().status,
        PairStatus::Proposed
    );

    // A later round may still propose them (the engine decides that), but no one can accept the
    // proposal while they are withdrawn.
    db.propose(&c, programme, &[(n1, v2)]).await;
    let again = db.pair_of(&c, programme, n1, v2).await.id;
    let refused = db.store.accept_pairs(&grant(&c), programme, Some(again), one_each, db.now()).await;
    assert_conflict(refused, "participant-withdrawn");

    db.store.restore_participant(&grant(&c), programme, n1, db.now()).await.unwrap();
    assert_eq!(
        db.store.pair(&grant(&c), programme, held, viewing(), db.now()).await.unwrap().status,
        PairStatus::Closed
    );
    let accepted = db.store.accept_pairs(&grant(&c), programme, Some(again), one_each, db.now()).await.unwrap();
    assert_eq!(accepted, [again]);
}

async fn pairs_move_forward_only(db: &TestDb) {
    let (c, programme, [n1, n2, v1, v2]) = four_people(db).await;
    db.propose(&c, programme, &[(n1, v1), (n2, v2)]).await;
    let (pair, turned_down) = (db.pair_of(&c, programme, n1, v1).await.id, db.pair_of(&c, programme, n2, v2).await.id);
    let coordinator = &c;
    let step = |id, next, reason| async move {
        db.store.move_pair(&grant(coordinator), programme, id, next, reason, db.now()).await
    };

    assert_conflict(step(pair, PairStatus::Accepted, None).await, "pair-status");
    assert_conflict(step(pair, PairStatus::Introduced, None).await, "pair-status");
    step(turned_down, PairStatus::Rejected, None).await.unwrap();
    assert_conflict(step(turned_down, PairStatus::Closed, None).await, "pair-status");

    db.store.accept_pairs(&grant(&c), programme, Some(pair), one_each, db.now()).await.unwrap();
    db.advance(Duration::days(1));
    step(pair, PairStatus::Introduced, None).await.unwrap();
    let introduced = db.now();
    db.advance(Duration::days(1));
    assert_conflict(step(pair, PairStatus::Introduced, None).await, "pair-status");
    step(pair, PairStatus::Active, None).await.unwrap();
    db.advance(Duration::days(30));
    step(pair, PairStatus::Closed, Some("finished")).await.unwrap();
    let done = db.store.pair(&grant(&c), programme, pair, viewing(), db.now()).await.unwrap();
    assert_eq!(done.status, PairStatus::Closed);
    assert_eq!((done.introduced_at, done.closed_at), (Some(introduced), Some(db.now())));
    assert_eq!(done.close_reason.as_deref(), Some("finished"));
    assert_conflict(step(pair, PairStatus::Active, None).await, "pair-status");
    assert_eq!(
        db.store.pair(&grant(&c), programme, turned_down, viewing(), db.now()).await.unwrap().status,
        PairStatus::Rejected
    );
}

async fn check_ins_make_an_introduced_pair_active(db: &TestDb) {
    let (c, programme, [n1, _, v1, _]) = four_people(db).await;
    let staff = db.member(c.org(), "sam@example.org", Role::Staff).await;
    db.propose(&c, programme, &[(n1, v1)]).await;
    let pair = db.pair_of(&c, programme, n1, v1).await.id;
    db.store.accept_pairs(&grant(&c), programme, Some(pair), one_each, db.now()).await.unwrap();
    let meeting = |day, activity: &str| NewCheckIn {
        met_on: NaiveDate::from_ymd_opt(2026, 3, day).unwrap(),
        minutes: 90,
        record: Sensitive::new(serde_json::json!({ "activity": activity }).to_string()),
    };
    let early = db.store.add_check_in(&grant(&staff), programme, pair, &meeting(3, "coffee"), db.now()).await;
    assert_conflict(early, "pair-not-meeting");

    db.store.move_pair(&grant(&c), programme, pair, PairStatus::Introduced, None, db.now()).await.unwrap();
    db.advance(Duration::days(2));
    let (first, people) =
        db.store.add_check_in(&grant(&staff), programme, pair, &meeting(4, "library visit"), db.now()).await.unwrap();
    assert_eq!(people, [n1, v1]);
    let active = db.store.pair(&grant(&c), programme, pair, viewing(), db.now()).await.unwrap();
    assert_eq!((active.status, active.active_at), (PairStatus::Active, Some(db.now())));
    db.advance(Duration::days(1));
    let (second, _) =
        db.store.add_check_in(&grant(&staff), programme, pair, &meeting(11, "lantern walk"), db.now()).await.unwrap();

    let check_ins = db.store.check_ins(&grant(&staff), programme, pair, viewing(), db.now()).await.unwrap();
    let seen: Vec<_> =
        check_ins.iter().map(|c| (c.id, c.met_on.to_string(), c.minutes, c.record.expose().clone())).collect();
    assert_eq!(
        seen,
        [
            (second, "2026-03-11".to_string(), 90, r#"{"activity":"lantern walk"}"#.to_string()),
            (first, "2026-03-04".to_string(), 90, r#"{"activity":"library visit"}"#.to_string()),
        ]
    );
    let listed = db.pair_of(&c, programme, n1, v1).await;
    assert_eq!((listed.check_ins, listed.last_met), (2, NaiveDate::from_ymd_opt(2026, 3, 11)));
    assert!(!db.raw_column("check_ins", "sealed").await.contains("lantern"), "notes are sealed");

    db.store.move_pair(&grant(&c), programme, pair, PairStatus::Closed, Some("finished"), db.now()).await.unwrap();
    let after = db.store.add_check_in(&grant(&staff), programme, pair, &meeting(12, "goodbye"), db.now()).await;
    assert_conflict(after, "pair-not-meeting");
}

/// The newcomers waiting (active, with no open pair) as the programme's counts, the one waiting
/// longest and the waiting list give them, through every way a pair is made, moved or removed: the
/// database keeps each newcomer's count of open pairs, and a wrong trigger shows here.
async fn who_is_waiting_follows_every_change_of_a_pair(db: &TestDb) {
    let (c, programme, [n1, n2, v1, v2]) = four_people(db).await;
    let waiting = || async {
        let counts = db.store.programme_counts(&grant(&c), programme, db.now()).await.unwrap();
        let filter = PeopleFilter { standing: Some(Standing::Waiting), ..PeopleFilter::default() };
        let page = Paging { page: 1, per_page: 10 };
        let listed = db.store.people_listed(&grant(&c), programme, (&filter, page), viewing(), db.now()).await.unwrap();
        let ids: Vec<ParticipantId> = listed.items.iter().map(|p| p.id).collect();
        assert_eq!((counts.waiting, listed.total), (ids.len() as u64, ids.len() as u64));
        assert_eq!(counts.waiting_since, listed.items.first().map(|p| p.joined_at));
        let mut waited = vec![0; WAIT_BOUNDS.len() + 1];
        waited[0] = counts.waiting;
        assert_eq!(counts.waited, waited, "everyone joined today");
        ids
    };
    assert_eq!(waiting().await, [n1, n2]);
    // Later, the same two have waited longer: each span of waiting takes them in turn, and a
    // span's bound in days counts in the longer span.
    for (days, span) in [(6, 0), (7, 1), (10, 1), (14, 2), (30, 3), (60, 4), (100, 5), (182, 6), (400, 6)] {
        let later = db.now() + Duration::days(days);
        let counts = db.store.programme_counts(&grant(&c), programme, later).await.unwrap();
        let mut waited = vec![0; WAIT_BOUNDS.len() + 1];
        waited[span] = 2;
        assert_eq!((counts.waiting, counts.waited), (2, waited), "{days} days later");
    }

    db.propose(&c, programme, &[(n1, v1), (n1, v2)]).await;
    assert_eq!(waiting().await, [n2], "two proposals hold the first newcomer");
    let (turned_down, held) = (db.pair_of(&c, programme, n1, v1).await.id, db.pair_of(&c, programme, n1, v2).await.id);
    db.store.move_pair(&grant(&c), programme, turned_down, PairStatus::Rejected, None, db.now()).await.unwrap();
    assert_eq!(waiting().await, [n2], "the other proposal still holds them");
    db.store.accept_pairs(&grant(&c), programme, Some(held), one_each, db.now()).await.unwrap();
    assert_eq!(waiting().await, [n2]);

    db.propose(&c, programme, &[(n2, v1)]).await;
    assert_eq!(waiting().await, [], "a new round keeps the accepted pair and proposes the other");
    let purposes: &[&str] = &["pairing"];
    db.store.withdraw_participant(&grant(&c), programme, n2, (purposes, "moved"), db.now()).await.unwrap();
    assert_eq!(waiting().await, [], "a withdrawn newcomer is not waiting");
    db.store.restore_participant(&grant(&c), programme, n2, db.now()).await.unwrap();
    assert_eq!(waiting().await, [n2], "their proposal went when they withdrew");

    for next in [PairStatus::Introduced, PairStatus::Active] {
        db.store.move_pair(&grant(&c), programme, held, next, None, db.now()).await.unwrap();
        assert_eq!(waiting().await, [n2]);
    }
    db.store.move_pair(&grant(&c), programme, held, PairStatus::Closed, Some("finished"), db.now()).await.unwrap();
    assert_eq!(waiting().await, [n1, n2], "a closed pair holds nobody");

    db.propose(&c, programme, &[(n1, v2), (n2, v2)]).await;
    assert_eq!(waiting().await, []);
    db.store.erase_participant(&grant(&c), programme, n1, chrono::Utc::now()).await.unwrap();
    assert_eq!(waiting().await, [], "erasing a newcomer removes them and their pairs");
    db.store.erase_participant(&grant(&c), programme, v2, chrono::Utc::now()).await.unwrap();
    assert_eq!(waiting().await, [n2], "erasing a volunteer frees the newcomer their pair held");
}

/// How many take part on each side and how many pairs are proposed and held, as the programme's
/// page shows them, through every way a person or a pair is added, moved or removed, in two
/// programmes: the database keeps these tallies by triggers, and each step also checks every tally
/// (withdrawn people, turned-down and closed pairs too) against counting the rows themselves.
async fn the_programmes_tallies_follow_every_change_of_a_person_or_a_pair(db: &TestDb) {
    let (c, programme, [n1, n2, v1, v2]) = four_people(db).await;
    let other = db.programme(&c).await;
    db.people(&c, other, &[("newcomer", "Selam"), ("volunteer", "Nils"), ("volunteer", "Ebba")]).await;
    let coordinator = &c;
    let tallies = |step: &'static str, sides: (u64, u64), proposed: u64, held: u64| async move {
        let (c, read) = (coordinator, grant::<bridges_domain::policy::ReadOrg>(coordinator));
        assert_eq!(db.store.participant_counts(&read, programme).await.unwrap(), sides, "{step}");
        let counts = db.store.programme_counts(&grant(c), programme, db.now()).await.unwrap();
        assert_eq!((counts.proposed, counts.held), (proposed, held), "{step}");
        assert_eq!(db.store.participant_counts(&read, other).await.unwrap(), (1, 2), "{step}: the other programme");
        assert_eq!(db.tallies_wrong().await, 0, "{step}: a tally differs from counting the rows");
    };
    tallies("people added", (2, 2), 0, 0).await;
    db.propose(&c, programme, &[(n1, v1), (n1, v2), (n2, v2)]).await;
    tallies("a round", (2, 2), 3, 0).await;
    let turned_down = db.pair_of(&c, programme, n1, v1).await.id;
    db.store.move_pair(&grant(&c), programme, turned_down, PairStatus::Rejected, None, db.now()).await.unwrap();
    tallies("one turned down", (2, 2), 2, 0).await;
    let held = db.pair_of(&c, programme, n2, v2).await.id;
    db.store.accept_pairs(&grant(&c), programme, Some(held), one_each, db.now()).await.unwrap();
    tallies("one accepted", (2, 2), 1, 1).await;
    db.propose(&c, programme, &[(n1, v2)]).await;
    tallies("a new round replaces the proposals", (2, 2), 1, 1).await;
    for next in [PairStatus::Introduced, PairStatus::Active] {
        db.store.move_pair(&grant(&c), programme, held, next, None, db.now()).await.unwrap();
        tallies("introduced, then meeting", (2, 2), 1, 1).await;
    }
    db.store.move_pair(&grant(&c), programme, held, PairStatus::Closed, Some("finished"), db.now()).await.unwrap();
    tallies("closed", (2, 2), 1, 0).await;
    let purposes: &[&str] = &["pairing"];
    db.store.withdraw_participant(&grant(&c), programme, v2, (purposes, "moved"), db.now()).await.unwrap();
    tallies("a volunteer withdrew, and their proposal went", (2, 1), 0, 0).await;
    db.store.restore_participant(&grant(&c), programme, v2, db.now()).await.unwrap();
    tallies("back again", (2, 2), 0, 0).await;
    db.propose(&c, programme, &[(n1, v1), (n2, v2)]).await;
    db.store.erase_participant(&grant(&c), programme, n1, chrono::Utc::now()).await.unwrap();
    tallies("a newcomer erased, with their pairs", (1, 2), 1, 0).await;
    let gone = db.programme(&c).await;
    let everyone = db.people(&c, gone, &[("newcomer", "Hana"), ("volunteer", "Omar")]).await;
    db.propose(&c, gone, &[(everyone[0], everyone[1])]).await;
    assert_eq!(db.tallies_wrong().await, 0);
    let id = gone.as_uuid().simple().to_string();
    let gone = match db.store.backend() {
        bridges_store::Backend::Postgres => format!("'{id}'"),
        bridges_store::Backend::Sqlite => format!("X'{id}'"),
    };
    bridges_store::test_support::execute(&db.store, &format!("DELETE FROM programmes WHERE id = {gone}"))
        .await
        .unwrap();
    assert_eq!(db.rows(&format!("programme_tallies WHERE programme_id = {gone}")).await, 0, "its tallies went");
    tallies("another programme deleted, with its people and pairs", (1, 2), 1, 0).await;
}

/// A search lists the pairs where either person has the words, each once (also when both have
/// them), in the list's order, a page at a time, and counts them on every page, past the last one
/// too; the people's list likewise. The entry counts the people shown.
async fn searches_find_count_and_page_their_matches_in_the_lists_order(db: &TestDb) {
    let owner = db.org("Bridges Malmö", "olga@example.org").await;
    let c = db.member(owner.org(), "cora@example.org", Role::Coordinator).await;
    let programme = db.programme(&c).await;
    let sides = [
        ("newcomer", "Amira"),
        ("newcomer", "Yonas"),
        ("newcomer", "Amira"),
        ("newcomer", "Sara"),
        ("volunteer", "Amira"),
        ("volunteer", "Lars"),
        ("volunteer", "Karin"),
        ("volunteer", "Amira"),
    ];
    let ids = db.people(&c, programme, &sides).await;
    // Both, neither, the newcomer, the volunteer.
    db.propose(&c, programme, &[(ids[0], ids[4]), (ids[1], ids[5]), (ids[2], ids[6]), (ids[3], ids[7])]).await;
    let all = db.store.pairs(&grant(&c), programme, viewing(), db.now()).await.unwrap();
    let amira: Vec<_> = all.iter().filter(|p| p.newcomer != ids[1]).map(|p| p.id).collect();
    let (c, words) = (&c, &["name:amira".to_string()][..]);
    let pairs_page = move |page| async move {
        // Entries of one moment come back in no set order.
        db.advance(Duration::minutes(1));
        let groups = [(bridges_store::PairGroup::Proposed, Paging { page, per_page: 2 })];
        let asked = bridges_store::PairsAsked { groups: &groups, words, people: true, waiting: None, round: false };
        let mut listed = db.store.pairs_listed(&grant(c), programme, asked, viewing(), db.now()).await.unwrap();
        let group = listed.groups.remove(0);
        (group.items.iter().map(|p| p.id).collect::<Vec<_>>(), group.total, listed.people.len())
    };
    assert_eq!(pairs_page(1).await, (amira[..2].to_vec(), 3, 4));
    assert_eq!(pairs_page(2).await, (amira[2..].to_vec(), 3, 2));
    assert_eq!(pairs_page(3).await, (vec![], 3, 0), "past the last page, still counted");
    let log = db.store.audit_log(&grant(&owner), 1000).await.unwrap();
    let counts: Vec<u64> = log.iter().filter_map(|e| e.event.detail["count"].as_u64()).take(3).collect();
    assert_eq!(counts, [0, 2, 4], "each entry counts the people shown, latest first");

    let people_page = move |page| async move {
        let filter = PeopleFilter { words: words.to_vec(), ..PeopleFilter::default() };
        let paging = Paging { page, per_page: 3 };
        let listed =
            db.store.people_listed(&grant(c), programme, (&filter, paging), viewing(), db.now()).await.unwrap();
        (listed.items.iter().map(|p| p.id).collect::<Vec<_>>(), listed.total)
    };
    let named_amira = [ids[0], ids[2], ids[4], ids[7]];
    assert_eq!(people_page(1).await, (named_amira[..3].to_vec(), 4));
    assert_eq!(people_page(2).await, (named_amira[3..].to_vec(), 4));
    assert_eq!(people_page(5).await, (vec![], 4));
}
