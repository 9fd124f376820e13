//! Group outcomes, the gap between groups, and a round that closes a gap when it can.

use bridges_pairing::{
    by_group, disparity, evaluate, run_round, run_round_capped, score, Availability, Cap, Entrant, Kind, Level,
    Profile, Programme, Skill,
};

fn labels(groups: &[&str]) -> Vec<String> {
    groups.iter().map(|g| g.to_string()).collect()
}

#[test]
fn groups_are_counted_and_small_ones_are_not_compared() {
    let l = labels(&["ar", "uk", "ar", "ti", "uk", "ar"]);
    let groups = by_group(&l, &[true, false, true, false, true, false], &[10, 20, 30, 40, 50]);
    let summary: Vec<(&str, u32, u32, f64)> =
        groups.iter().map(|g| (g.group.as_str(), g.people, g.paired, g.mean_wait_days)).collect();
    // The sixth person's missing wait counts as 0 days.
    assert_eq!(summary, vec![("ar", 3, 2, 40.0 / 3.0), ("ti", 1, 0, 40.0), ("uk", 2, 1, 35.0)]);
    assert!(!groups[1].comparable(2) && groups[2].comparable(2));
    // ar 2/3 against uk 1/2; ti (one person) is too small to compare.
    let gap = disparity(&groups, 2).unwrap();
    assert!((gap - (2.0 / 3.0 - 0.5)).abs() < 1e-12);
    assert_eq!(disparity(&groups, 3), None);
    assert_eq!(disparity(&[], 0), None);
}

fn person(interests: &[&str]) -> Entrant {
    Entrant {
        profile: Profile {
            speaks: vec![Skill { language: "fr".into(), level: Level::Native }],
            interests: interests.iter().map(|i| i.to_string()).collect(),
            area: "IXELLES".into(),
            availability: Availability::from_bits(0b111),
            capacity: 1,
            ..Profile::default()
        },
        waiting_days: 0,
    }
}

/// Four volunteers; group "a" shares every interest with them, group "b" none, so the plain
/// optimum gives all four volunteers to "a".
fn starved() -> (Vec<Entrant>, Vec<Entrant>, Vec<String>) {
    let mut newcomers = Vec::new();
    let mut groups = Vec::new();
    for _ in 0..4 {
        newcomers.push(person(&["chess", "music"]));
        groups.push("a");
        newcomers.push(person(&["football"]));
        groups.push("b");
    }
    let volunteers = (0..4).map(|_| person(&["chess", "music"])).collect();
    (newcomers, volunteers, labels(&groups))
}

#[test]
fn a_starved_group_gets_its_share_without_fewer_pairs() {
    let p = Programme::for_kind(Kind::Buddy);
    let (newcomers, volunteers, groups) = starved();
    let room = [1, 1, 1, 1];
    let plain = run_round(&p, &newcomers, &volunteers, &room);
    assert!(plain.proposals.iter().all(|x| groups[x.newcomer] == "a"));
    let capped = run_round_capped(
        &p,
        &newcomers,
        &volunteers,
        &room,
        &[],
        &Cap { labels: &groups, max_gap: 0.25, min_group: 3 },
    );
    assert_eq!(capped.gap_before, Some(1.0));
    assert!(capped.met, "{capped:?}");
    assert!(capped.gap_after.unwrap() <= 0.25);
    assert_eq!(capped.round.proposals.len(), plain.proposals.len());
    assert!(capped.round.proved_optimal);
    for x in &capped.round.proposals {
        // The true score and factors, not the boosted priority.
        let factors = evaluate(&p, &newcomers[x.newcomer], &volunteers[x.volunteer]).unwrap();
        assert_eq!((x.score, &x.factors), (score(&factors), &factors));
    }
    let b = capped.groups.iter().find(|g| g.group == "b").unwrap();
    assert_eq!(b.paired, 2);
}

#[test]
fn a_gap_no_priority_can_close_is_reported_as_not_met() {
    let p = Programme::for_kind(Kind::Buddy);
    let (mut newcomers, volunteers, mut groups) = starved();
    // Group "c" speaks no language any volunteer speaks: nobody can pair them.
    for _ in 0..3 {
        let mut c = person(&["chess"]);
        c.profile.speaks = vec![Skill { language: "ti".into(), level: Level::Native }];
        newcomers.push(c);
        groups.push("c".into());
    }
    let capped = run_round_capped(
        &p,
        &newcomers,
        &volunteers,
        &[1, 1, 1, 1],
        &[],
        &Cap { labels: &groups, max_gap: 0.25, min_group: 3 },
    );
    assert!(!capped.met);
    assert_eq!(capped.gap_after, Some(capped.groups.iter().map(|g| g.pairing_rate()).fold(0.0, f64::max)));
    assert_eq!(capped.round.proposals.len(), 4);
}

#[test]
fn a_gap_within_the_cap_is_left_alone() {
    let p = Programme::for_kind(Kind::Buddy);
    let (newcomers, volunteers, groups) = starved();
    let capped = run_round_capped(
        &p,
        &newcomers,
        &volunteers,
        &[1, 1, 1, 1],
        &[],
        &Cap { labels: &groups, max_gap: 1.0, min_group: 3 },
    );
    assert!(capped.met);
    assert_eq!(capped.gap_before, capped.gap_after);
    assert_eq!(capped.round, run_round(&p, &newcomers, &volunteers, &[1, 1, 1, 1]));
}
