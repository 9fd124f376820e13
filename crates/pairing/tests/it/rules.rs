//! Each rule on a hand-made pair, and the score of a pair worked out by hand.

use bridges_pairing::{
    evaluate, score, Availability, Constraint, Coordinates, Detail, Entrant, FactorKind, Gender, Kind, Level, Profile,
    Programme, Rules, Skill, Weights,
};

fn skill(language: &str, level: Level) -> Skill {
    Skill { language: language.into(), level }
}

fn at(lat: f64, lon: f64) -> Option<Coordinates> {
    Coordinates::new(lat, lon)
}

/// Every rule switched on.
fn strict() -> Programme {
    let mut p = Programme::for_kind(Kind::Mentoring);
    p.rules = Rules {
        shared_language: true,
        complementary_languages: true,
        within_reach: true,
        min_shared_slots: 2,
        respect_gender_preference: true,
        minors_need_vetted: true,
        same_field: true,
    };
    p
}

/// A newcomer and a volunteer who keep every rule of `strict()`.
fn pair() -> (Entrant, Entrant) {
    let slots = Availability::parse("mon-evening tue-evening sat-morning").unwrap();
    let newcomer = Profile {
        speaks: vec![skill("ar", Level::Native), skill("fr", Level::Conversational)],
        learns: vec![skill("nl", Level::Beginner)],
        interests: ["cooking", "chess"].map(String::from).into_iter().collect(),
        area: "SCHAERBEEK".into(),
        coordinates: at(50.867, 4.377),
        travel_km: 5,
        availability: slots,
        gender: Some(Gender::Woman),
        gender_preference: Some(Gender::Woman),
        field: "nursing".into(),
        minor: true,
        capacity: 1,
        ..Profile::default()
    };
    let volunteer = Profile {
        speaks: vec![skill("nl", Level::Native), skill("FR", Level::Fluent)],
        learns: vec![skill("ar", Level::Beginner)],
        interests: ["chess", "music", "art"].map(String::from).into_iter().collect(),
        area: "Schaerbeek ".into(),
        coordinates: at(50.87, 4.38),
        travel_km: 8,
        availability: slots,
        gender: Some(Gender::Woman),
        field: " Nursing".into(),
        vetted: true,
        capacity: 2,
        ..Profile::default()
    };
    (Entrant { profile: newcomer, waiting_days: 90 }, Entrant { profile: volunteer, waiting_days: 0 })
}

fn broken(change: impl FnOnce(&mut Profile, &mut Profile)) -> Vec<Constraint> {
    let (mut n, mut v) = pair();
    change(&mut n.profile, &mut v.profile);
    match evaluate(&strict(), &n, &v) {
        Ok(_) => Vec::new(),
        Err(rules) => rules,
    }
}

#[test]
fn the_base_pair_keeps_every_rule() {
    assert_eq!(broken(|_, _| {}), vec![]);
}

#[test]
fn shared_language_needs_conversational_on_both_sides() {
    // French at beginner level is not enough to talk (they can still teach each other).
    assert_eq!(broken(|n, _| n.speaks[1].level = Level::Beginner), vec![Constraint::SharedLanguage]);
    let mut p = strict();
    p.rules.complementary_languages = false;
    let (mut n, v) = pair();
    n.profile.speaks = vec![skill("ar", Level::Native), skill("fr", Level::Beginner)];
    assert_eq!(evaluate(&p, &n, &v).err(), Some(vec![Constraint::SharedLanguage]));
    n.profile.speaks.push(skill("nl", Level::Conversational));
    assert!(evaluate(&p, &n, &v).is_ok());
}

#[test]
fn complementary_languages_need_both_directions() {
    // The volunteer no longer learns anything the newcomer speaks.
    assert_eq!(broken(|_, v| v.learns = vec![skill("es", Level::Beginner)]), vec![Constraint::ComplementaryLanguages]);
    // The newcomer learns nothing the volunteer speaks well.
    assert_eq!(broken(|n, _| n.learns = vec![skill("de", Level::Beginner)]), vec![Constraint::ComplementaryLanguages]);
    // A beginner cannot teach.
    assert_eq!(broken(|_, v| v.speaks[0].level = Level::Beginner), vec![Constraint::ComplementaryLanguages]);
}

#[test]
fn within_reach_uses_the_smaller_travel_distance_or_the_area() {
    // About 2.3 km apart north–south: fine within 5 km, not within 2.
    assert_eq!(broken(|n, _| n.coordinates = at(50.849, 4.38)), vec![]);
    assert_eq!(
        broken(|n, _| {
            n.coordinates = at(50.849, 4.38);
            n.travel_km = 2;
        }),
        vec![Constraint::WithinReach]
    );
    assert_eq!(broken(|_, v| v.coordinates = at(50.80, 4.38)), vec![Constraint::WithinReach]);
    // Without coordinates on either side, the same area (ignoring case and spaces) passes…
    assert_eq!(broken(|_, v| v.coordinates = None), vec![]);
    // …and a different or empty area fails.
    assert_eq!(
        broken(|_, v| {
            v.coordinates = None;
            v.area = "IXELLES".into();
        }),
        vec![Constraint::WithinReach]
    );
    assert_eq!(
        broken(|n, v| {
            n.coordinates = None;
            n.area = String::new();
            v.area = String::new();
        }),
        vec![Constraint::WithinReach]
    );
    // A travel distance of 0 means "only in my own area", however close the coordinates.
    assert_eq!(broken(|_, v| v.travel_km = 0), vec![]);
    assert_eq!(
        broken(|_, v| {
            v.travel_km = 0;
            v.area = "EVERE".into();
        }),
        vec![Constraint::WithinReach]
    );
    // Coordinates that make no sense are ignored, not trusted.
    assert_eq!(broken(|_, v| v.coordinates = Some(Coordinates { lat: f64::NAN, lon: 4.0 })), vec![]);
}

#[test]
fn availability_counts_shared_slots_and_zero_switches_it_off() {
    let one_slot = Availability::parse("mon-evening").unwrap();
    assert_eq!(broken(|_, v| v.availability = one_slot), vec![Constraint::Availability]);
    let mut p = strict();
    p.rules.min_shared_slots = 0;
    let (n, mut v) = pair();
    v.profile.availability = Availability::default();
    assert!(evaluate(&p, &n, &v).is_ok());
}

#[test]
fn gender_preference_holds_both_ways_and_needs_a_stated_gender() {
    assert_eq!(broken(|_, v| v.gender = Some(Gender::Man)), vec![Constraint::GenderPreference]);
    assert_eq!(broken(|_, v| v.gender = None), vec![Constraint::GenderPreference]);
    assert_eq!(broken(|n, _| n.gender_preference = None), vec![]);
    assert_eq!(
        broken(|n, v| {
            n.gender_preference = None;
            n.gender = Some(Gender::NonBinary);
            v.gender_preference = Some(Gender::Woman);
        }),
        vec![Constraint::GenderPreference]
    );
}

#[test]
fn minors_need_a_vetted_volunteer() {
    assert_eq!(broken(|_, v| v.vetted = false), vec![Constraint::Safeguarding]);
    assert_eq!(
        broken(|n, v| {
            n.minor = false;
            v.vetted = false;
        }),
        vec![]
    );
}

#[test]
fn same_field_ignores_case_and_spaces_but_not_emptiness() {
    assert_eq!(broken(|_, v| v.field = "law".into()), vec![Constraint::SameField]);
    assert_eq!(
        broken(|n, v| {
            n.field = String::new();
            v.field = String::new();
        }),
        vec![Constraint::SameField]
    );
}

#[test]
fn every_broken_rule_is_reported_in_order() {
    assert_eq!(
        broken(|n, v| {
            n.speaks.clear();
            v.vetted = false;
            v.field = "it".into();
            v.coordinates = at(51.2, 4.4);
        }),
        vec![
            Constraint::SharedLanguage,
            Constraint::ComplementaryLanguages,
            Constraint::WithinReach,
            Constraint::Safeguarding,
            Constraint::SameField
        ]
    );
}

#[test]
fn a_pair_scored_by_hand() {
    // Buddy weights: language 6, interests 5, distance 8, availability 6, field 0, waiting 5.
    let p = Programme::for_kind(Kind::Buddy);
    let (n, mut v) = pair();
    v.profile.speaks[0] = skill("ar", Level::Native);
    v.profile.coordinates = n.profile.coordinates;
    let factors = evaluate(&p, &n, &v).unwrap();
    // Fits: language 1 (both native Arabic), interests 1/2 (chess, of two), distance 1 (0 km),
    // availability 3/4, waiting 90/180. Σ weight·fit = 6 + 2.5 + 8 + 4.5 + 2.5 = 23.5 of 30.
    assert_eq!(score(&factors), 783_333);
    let points: Vec<(FactorKind, u32)> = factors.iter().map(|f| (f.kind, f.points)).collect();
    assert_eq!(
        points,
        vec![
            (FactorKind::Language, 200_000),
            (FactorKind::Interests, 83_333),
            (FactorKind::Distance, 266_667),
            (FactorKind::Availability, 150_000),
            (FactorKind::Waiting, 83_333),
        ]
    );
    assert_eq!(factors[0].detail, Detail::Languages(vec!["ar".into(), "fr".into()]));
    assert_eq!(factors[1].detail, Detail::Interests(vec!["chess".into()]));
    assert_eq!(factors[2].detail, Detail::Distance { km: Some(0), same_area: true });
    assert_eq!(factors[3].detail, Detail::SharedSlots(3));
    assert_eq!(factors[4].detail, Detail::Waited { days: 90 });
}

#[test]
fn weights_of_zero_leave_factors_out() {
    let mut p = Programme::for_kind(Kind::Buddy);
    p.weights = Weights { language: 0, interests: 0, distance: 0, availability: 0, field: 0, waiting: 0 };
    let (n, v) = pair();
    assert_eq!(evaluate(&p, &n, &v).map(|f| f.len()), Ok(0));
    p.weights.field = 10;
    let factors = evaluate(&p, &n, &v).unwrap();
    assert_eq!(score(&factors), 1_000_000);
    assert_eq!(factors[0].detail, Detail::Field("nursing".into()));
}

#[test]
fn an_exchange_scores_what_each_can_teach() {
    let p = Programme::for_kind(Kind::LanguageExchange);
    let (n, v) = pair();
    let factors = evaluate(&p, &n, &v).unwrap();
    assert_eq!(factors[0].kind, FactorKind::Language);
    assert_eq!(
        factors[0].detail,
        Detail::Exchange { newcomer_teaches: vec!["ar".into()], volunteer_teaches: vec!["nl".into()] }
    );
}
