//! The demo organisation's Measure: its project's objectives, a year of activities and advice
//! contacts, pairs of its buddy programme meeting and checking in, indicators tied to the
//! objectives, values entered by hand and a quarterly review, so the dashboard is alive on first
//! look. Made once: an organisation that already has indicators is left as it is. All fictional.

use anyhow::Result;
use bridges_app::Services;
use bridges_domain::measure::{ActivityKind, AdviceOutcome, Disaggregation, IndicatorSource};
use bridges_domain::policy::{
    DefineIndicators, EditParticipants, EditProjects, LogActivities, ReadMeasures, ReadOrg, ReadParticipants,
    RecordAdvice, RecordMeasures, RunProgrammes,
};
use bridges_domain::{PairStatus, ProjectId, Sensitive};
use bridges_store::{Counts, IndicatorDefinition, Membership, NewActivity, NewAdvice, NewCheckIn, NewReview, Reading};
use chrono::{Datelike, Duration, NaiveDate};

/// A small deterministic generator: the demo is the same every time.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u32) -> u32 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % u64::from(below.max(1))) as u32
    }
}

const OBJECTIVES: [(&str, &str, &str); 3] = [
    (
        "Parents who are new to the city get advice they can act on",
        "People advised and occasions, from the advice log",
        "300 people advised in a year",
    ),
    (
        "Volunteers from both communities run the homework clubs together",
        "Volunteer hours and languages used, from the activity log",
        "1,500 volunteer hours in a year",
    ),
    (
        "Newcomers and long-time residents meet as equals",
        "Quality of contact in the buddy pairs' check-ins (1 to 7)",
        "An average of 5.5 or more",
    ),
];

pub async fn run(services: &Services, owner: &Membership) -> Result<()> {
    let store = services.store();
    let now = services.now();
    if !store.indicators(&owner.grant::<ReadMeasures>()?).await?.is_empty() {
        return Ok(());
    }
    let read = owner.grant::<ReadOrg>()?;
    let Some(project) = store.projects(&read).await?.into_iter().next() else { return Ok(()) };
    let edit = owner.grant::<EditProjects>()?;
    let today = now.date_naive();
    let year_ago = today - Duration::days(365);
    let mut objectives = Vec::new();
    for (text, measure, target) in OBJECTIVES {
        let o = bridges_plan::Objective {
            text: format!("{text} (demo)"),
            measure: measure.into(),
            target: target.into(),
            due: Some((today + Duration::days(180)).to_string()),
        };
        objectives.push(store.add_entry(&edit, project.id, 7, &serde_json::to_string(&o)?, now).await?);
    }
    let mut rng = Lcg(2026);
    activities(services, owner, project.id, year_ago, today, &mut rng).await?;
    advice(services, owner, project.id, year_ago, today, &mut rng).await?;
    referrals(services, owner, year_ago, today, &mut rng).await?;
    let programme = pairs(services, owner, today, &mut rng).await?;
    survey(services, owner, project.id, today, &mut rng).await?;

    let define = owner.grant::<DefineIndicators>()?;
    let base = |name: &str, source: IndicatorSource, objective: usize| IndicatorDefinition {
        project: Some(project.id),
        objective: objectives.get(objective).copied(),
        name: name.into(),
        unit: String::new(),
        direction: "up".into(),
        source,
        activity_kind: None,
        programme: None,
        baseline: None,
        baseline_on: Some(year_ago),
        target: None,
        target_on: Some(today + Duration::days(180)),
        period: "quarter".into(),
        disaggregation: Disaggregation::None,
        frameworks: Vec::new(),
        survey: None,
        need: None,
    };
    let indicators = [
        IndicatorDefinition {
            unit: "people".into(),
            baseline: Some(40.0),
            target: Some(75.0),
            frameworks: vec!["indicators-of-integration:rights-and-responsibilities".into()],
            ..base("People advised", IndicatorSource::PeopleAdvised, 0)
        },
        IndicatorDefinition {
            unit: "occasions".into(),
            baseline: Some(55.0),
            target: Some(95.0),
            ..base("Advice occasions", IndicatorSource::AdviceOccasions, 0)
        },
        IndicatorDefinition {
            unit: "people".into(),
            target: Some(10.0),
            ..base("People referred to a service", IndicatorSource::PeopleReferred, 0)
        },
        IndicatorDefinition {
            unit: "referrals".into(),
            target: Some(6.0),
            frameworks: vec!["indicators-of-integration:health-and-social-care".into()],
            need: Some("need-health".into()),
            ..base("Health referrals that met the need", IndicatorSource::ReferralsCompleted, 0)
        },
        IndicatorDefinition {
            unit: "hours".into(),
            baseline: Some(250.0),
            target: Some(375.0),
            frameworks: vec!["indicators-of-integration:bridges".into()],
            ..base("Volunteer hours", IndicatorSource::VolunteerHours, 1)
        },
        IndicatorDefinition {
            unit: "languages".into(),
            period: "month".into(),
            baseline: Some(4.0),
            target: Some(8.0),
            frameworks: vec!["indicators-of-integration:language-and-communication".into()],
            ..base("Languages used in the clubs", IndicatorSource::Languages, 1)
        },
        IndicatorDefinition {
            unit: "people".into(),
            period: "month".into(),
            disaggregation: Disaggregation::Community,
            baseline: Some(60.0),
            target: Some(120.0),
            ..base("People attending sessions", IndicatorSource::Attendance, 1)
        },
        IndicatorDefinition {
            unit: "1–7".into(),
            period: "month".into(),
            programme,
            baseline: Some(4.5),
            target: Some(5.5),
            frameworks: vec!["indicators-of-integration:bridges".into(), "eu-cbp:7".into()],
            ..base("Quality of contact in buddy pairs", IndicatorSource::ContactQuality, 2)
        },
        IndicatorDefinition {
            unit: "%".into(),
            period: "quarter".into(),
            baseline: Some(35.0),
            target: Some(60.0),
            ..base("Parents who say they know where to get help", IndicatorSource::Manual, 0)
        },
    ];
    let mut manual = None;
    for d in &indicators {
        let id = store.define_indicator(&define, d, now).await?;
        if d.source == IndicatorSource::Manual {
            manual = Some(id);
        }
    }
    let record = owner.grant::<RecordMeasures>()?;
    if let Some(id) = manual {
        let mut quarter = bridges_measure::Period::containing(bridges_measure::PeriodKind::Quarter, year_ago);
        for value in [38.0, 44.0, 47.0, 52.0] {
            let evidence = "Exit question at the clubs (fictional)";
            store.record_value(&record, id, &quarter.label(), value, evidence, now).await?;
            quarter = quarter.next();
        }
    }
    let review = NewReview {
        project: Some(project.id),
        held_on: today - Duration::days(20),
        concluded: "Advice is reaching more parents than last year; volunteer hours dipped over the summer (demo)."
            .into(),
        decided: "Recruit two volunteers who speak Pashto; ask the schools to mention the clubs in September (demo)."
            .into(),
        next_on: Some(today + Duration::days(70)),
    };
    store.record_review(&record, &review, now).await?;
    println!("Demo Measure: a year of activities and advice, {} indicators and a review.", indicators.len());
    Ok(())
}

async fn activities(
    services: &Services,
    owner: &Membership,
    project: ProjectId,
    from: NaiveDate,
    to: NaiveDate,
    rng: &mut Lcg,
) -> Result<()> {
    let languages = ["ar", "en", "fr", "ps", "so", "ti", "uk", "ur", "fa", "pl"];
    let mut list = Vec::new();
    let mut day = from;
    while day <= to {
        // Two homework clubs a week and an event or a training now and then.
        let weekday = day.weekday().num_days_from_monday();
        let summer = matches!(day.month(), 7 | 8);
        if (weekday == 1 || weekday == 3) && !(summer && rng.next(3) > 0) {
            let attendees = 8 + rng.next(14);
            let arriving = attendees * (50 + rng.next(30)) / 100;
            let volunteers = 2 + rng.next(4);
            let mut used: Vec<String> = vec!["en".into()];
            for _ in 0..1 + rng.next(3) {
                used.push(languages[rng.next(languages.len() as u32) as usize].into());
            }
            used.sort();
            used.dedup();
            list.push(NewActivity {
                project: Some(project),
                programme: None,
                series: None,
                kind: ActivityKind::Session,
                title: "Homework club (demo)".into(),
                occurred_on: day,
                starts_at: "16:00".into(),
                minutes: 120,
                place: "Riverside library (fictional)".into(),
                topics: vec!["indicators-of-integration:education".into(), "indicators-of-integration:bridges".into()],
                languages: used,
                notes: String::new(),
                counts: Counts {
                    attendees,
                    arriving,
                    receiving: attendees - arriving,
                    volunteers,
                    volunteer_minutes: volunteers * 150,
                    ..Counts::default()
                },
            });
        }
        if day.day() == 15 {
            let kind = [ActivityKind::Event, ActivityKind::Training, ActivityKind::Meeting][rng.next(3) as usize];
            let attendees = 15 + rng.next(40);
            list.push(NewActivity {
                project: Some(project),
                programme: None,
                series: None,
                kind,
                title: format!("{} (demo)", kind.as_str()),
                occurred_on: day,
                starts_at: "18:30".into(),
                minutes: 90,
                place: "Community hall (fictional)".into(),
                topics: vec!["indicators-of-integration:bridges".into()],
                languages: vec!["en".into(), "ar".into()],
                notes: String::new(),
                counts: Counts {
                    attendees,
                    arriving: attendees / 2,
                    receiving: attendees / 3,
                    volunteers: 4,
                    volunteer_minutes: 4 * 180,
                    ..Counts::default()
                },
            });
        }
        day += Duration::days(1);
    }
    services.store().log_activities(&owner.grant::<LogActivities>()?, &list, services.now()).await?;
    Ok(())
}

async fn advice(
    services: &Services,
    owner: &Membership,
    project: ProjectId,
    from: NaiveDate,
    to: NaiveDate,
    rng: &mut Lcg,
) -> Result<()> {
    let grant = owner.grant::<RecordAdvice>()?;
    let topics = ["housing", "school places", "right to work", "benefits", "health registration", "English classes"];
    let span = (to - from).num_days().max(1) as u32;
    // About 264 people on 356 occasions in a year, the forum's own figures.
    for i in 0..356u32 {
        let client = if i < 264 { i } else { rng.next(264) };
        let on = from + Duration::days(i64::from(rng.next(span)));
        let outcome = [AdviceOutcome::Resolved, AdviceOutcome::Ongoing, AdviceOutcome::Referred][rng.next(3) as usize];
        let record = serde_json::json!({
            "referral": if outcome == AdviceOutcome::Referred { "Law centre (fictional)" } else { "" },
            "notes": "",
        });
        let contact = NewAdvice {
            client: Sensitive::new(format!("DEMO-{client:04}")),
            project: Some(project),
            occurred_on: on,
            topic: topics[rng.next(topics.len() as u32) as usize].into(),
            outcome,
            follow_up_on: (outcome == AdviceOutcome::Ongoing).then(|| on + Duration::days(14)),
            record: Sensitive::new(record.to_string()),
        };
        services.store().record_advice(&grant, &contact, services.now()).await?;
    }
    Ok(())
}

/// A year of referrals of advice clients to the demo directory's services, each followed to
/// where it stands now: most seen and closed, some still open, a few not taken up.
async fn referrals(
    services: &Services,
    owner: &Membership,
    from: NaiveDate,
    to: NaiveDate,
    rng: &mut Lcg,
) -> Result<()> {
    use bridges_domain::referral::{
        ConsentMethod, Move, ReferralMode, ReferralOutcome, ReferralReason, ReferralStatus,
    };
    let grant = owner.grant::<bridges_domain::policy::RecordReferrals>()?;
    let store = services.store();
    // The demo directory's services (content/demo/directory.json) and the need each is for.
    const SERVICES: [(u128, &str); 6] = [
        (0xd2d65988_2ed7_4fe3_9242_c4cee8b39481, "need-legal-immigration"),
        (0x936c3b68_c917_4b95_a396_cff35dde0f35, "need-health-gp"),
        (0xec632eca_d411_47f9_8d14_6de7814f9049, "need-health-mental"),
        (0x74b2b501_fac9_4d6b_87bb_c19926962260, "need-language-classes"),
        (0xe757a0be_6059_42a8_ac30_4ba172b9c11b, "need-money-benefits"),
        (0xd95513b5_04bb_48f5_abe5_e54fb86eea20, "need-housing-tenancy"),
    ];
    let span = (to - from).num_days().max(1) as u32;
    let mut dated: Vec<NaiveDate> = (0..90).map(|_| from + Duration::days(i64::from(rng.next(span)))).collect();
    dated.sort();
    for (i, made_on) in dated.into_iter().enumerate() {
        let (service, need) = SERVICES[rng.next(SERVICES.len() as u32) as usize];
        let referral = bridges_store::NewReferral {
            person: bridges_store::ReferredPerson::Client(Sensitive::new(format!("DEMO-{:04}", rng.next(264)))),
            project: None,
            service: uuid::Uuid::from_u128(service),
            need: Some(need.into()),
            mode: if i % 3 == 0 { ReferralMode::Referral } else { ReferralMode::Signpost },
            consent: ConsentMethod::Spoken,
            made_on,
            follow_up_on: Some(made_on + Duration::days(7)),
            record: Sensitive::new(r#"{"contact": "", "notes": ""}"#.into()),
        };
        // Made and moved on the days they happened, in the morning.
        let at = |day: NaiveDate| day.and_hms_opt(10, 0, 0).unwrap_or_default().and_utc().min(services.now());
        let id = store.make_referral(&grant, &referral, at(made_on)).await?;
        let age = (to - made_on).num_days();
        let none = Sensitive::new(String::new());
        let step = |to: ReferralStatus, outcome, reason| Move { to, outcome, reason };
        let mut moves: Vec<(ReferralStatus, Move, i64)> = Vec::new();
        if age > 10 {
            moves.push((ReferralStatus::Made, step(ReferralStatus::Contacted, None, None), 3));
        }
        if age > 24 {
            if rng.next(8) == 0 {
                let why = [ReferralReason::DidNotAttend, ReferralReason::DocumentsMissing][rng.next(2) as usize];
                moves.push((
                    ReferralStatus::Contacted,
                    step(ReferralStatus::Closed, Some(ReferralOutcome::NotTakenUp), Some(why)),
                    20,
                ));
            } else {
                moves.push((ReferralStatus::Contacted, step(ReferralStatus::Seen, None, None), 14));
                let outcome =
                    [ReferralOutcome::Met, ReferralOutcome::Met, ReferralOutcome::PartlyMet][rng.next(3) as usize];
                let reason = (outcome == ReferralOutcome::PartlyMet).then_some(ReferralReason::NoCapacity);
                moves.push((ReferralStatus::Seen, step(ReferralStatus::Closed, Some(outcome), reason), 24));
            }
        }
        for (from_status, next, after) in moves {
            let on = made_on + Duration::days(after);
            let follow_up = bridges_app::signpost::referrals::default_follow_up(next.to, on);
            store.move_referral(&grant, id, (from_status, next), &none, follow_up, on, at(on)).await?;
        }
    }
    Ok(())
}

/// Runs a round on the demo programme, introduces its first pairs and records a year of their
/// check-ins: the programme, when it has pairs.
async fn pairs(
    services: &Services,
    owner: &Membership,
    today: NaiveDate,
    rng: &mut Lcg,
) -> Result<Option<bridges_domain::ProgrammeId>> {
    let store = services.store();
    let Some(programme) = store.programmes(&owner.grant::<ReadOrg>()?).await?.into_iter().next() else {
        return Ok(None);
    };
    let run = owner.grant::<RunProgrammes>()?;
    bridges_app::connect::round::run_round(services, &run, programme.id).await?;
    let read = owner.grant::<ReadParticipants>()?;
    let proposed = store.pairs(&read, programme.id, Reading::viewing("demo"), services.now()).await?;
    let edit = owner.grant::<EditParticipants>()?;
    for pair in proposed.iter().take(12) {
        let key = (programme.id, pair.id);
        bridges_app::connect::pairs::decide(services, &run, key, PairStatus::Accepted, "").await?;
        bridges_app::connect::pairs::decide(services, &run, key, PairStatus::Introduced, "").await?;
        let mut met = today - Duration::days(330 + i64::from(rng.next(20)));
        while met < today {
            let r = |rng: &mut Lcg| 4 + rng.next(4);
            let record = serde_json::json!({
                "activity": "Met for coffee (demo)",
                "newcomer": {"pleasant": r(rng), "equal": r(rng), "cooperative": r(rng), "close": 3 + rng.next(4)},
                "volunteer": {"pleasant": r(rng), "equal": r(rng), "cooperative": r(rng), "close": 3 + rng.next(4)},
            });
            let check_in =
                NewCheckIn { met_on: met, minutes: 60 + 15 * rng.next(5), record: Sensitive::new(record.to_string()) };
            bridges_app::connect::pairs::check_in(services, &edit, programme.id, pair.id, &check_in).await?;
            met += Duration::days(14 + i64::from(rng.next(21)));
        }
    }
    Ok(Some(programme.id))
}

/// A survey of every instrument, answered by a few hundred people of both communities (residents
/// warmer to their own side and guessing newcomers' work and education low and their benefits
/// high, as the FOCUS survey found), with the actual local figures and their source.
async fn survey(
    services: &Services,
    owner: &Membership,
    project: ProjectId,
    today: NaiveDate,
    rng: &mut Lcg,
) -> Result<()> {
    use bridges_app::measure::surveys;
    use bridges_measure::survey::Instrument;
    let define = owner.grant::<DefineIndicators>()?;
    let codes: Vec<String> = Instrument::ALL.iter().map(|i| i.code().to_string()).collect();
    let options = surveys::Options {
        title: "Living here together (demo)".into(),
        project: Some(project),
        waves: false,
        invitation_only: false,
    };
    let id = surveys::from_instruments(services, &define, &codes, &options).await?;
    let figures = [
        ("employment", "58", "Regional labour force survey 2025 (demo)"),
        ("degree", "31", "Census 2021 (demo)"),
        ("benefits", "12", "Benefits office annual report (demo)"),
    ];
    for (figure, actual, source) in figures {
        let get = |k: &str| match k {
            "actual" => actual.to_string(),
            "source" => source.to_string(),
            _ => String::new(),
        };
        surveys::set_figure(services, &define, id, figure, get).await?;
    }
    let view = surveys::one(services, &owner.grant::<ReadMeasures>()?, id).await?;
    let record = owner.grant::<RecordMeasures>()?;
    let mut responses = Vec::new();
    for i in 0..320u32 {
        let arriving = i % 5 < 2;
        let mut a = std::collections::BTreeMap::new();
        let mut put = |k: &str, v: String| {
            a.insert(k.to_string(), v);
        };
        put("community", if arriving { "arriving" } else { "receiving" }.into());
        let often = |rng: &mut Lcg, base: u32| (base + rng.next(3)).min(7).to_string();
        for item in ["contact_work", "contact_neighbourhood", "contact_friends", "contact_home"] {
            put(item, often(rng, if arriving { 2 } else { 1 }));
        }
        for item in ["contact_pleasant", "contact_equal", "contact_voluntary", "contact_cooperative", "contact_close"] {
            put(item, often(rng, if arriving { 4 } else { 3 }));
        }
        let (own, other) = if arriving { (70, 72) } else { (78, 52) };
        put("feeling_arriving", (if arriving { own } else { other } + rng.next(25)).min(100).to_string());
        put("feeling_receiving", (if arriving { other } else { own } + rng.next(20)).min(100).to_string());
        for n in 1..=5 {
            put(&format!("who5_{n}"), (1 + rng.next(5)).to_string());
        }
        put("estimate_employment", (25 + rng.next(35)).to_string());
        put("estimate_degree", (10 + rng.next(25)).to_string());
        put("estimate_benefits", (20 + rng.next(50)).to_string());
        for item in ["belonging_part", "belonging_home", "belonging_trust", "belonging_newcomers"] {
            put(item, (2 + rng.next(4)).min(5).to_string());
        }
        let day = today - Duration::days(i64::from(rng.next(60)));
        match surveys::check_response(&view, &a, "", "", day) {
            Ok(r) => responses.push(r),
            Err(p) => anyhow::bail!("demo survey answers refused: {:?} {:?}", p.answers, p.fields),
        }
    }
    services.store().record_responses(&record, id, bridges_store::Via::Staff, &responses).await?;
    let warmth = IndicatorDefinition {
        project: Some(project),
        objective: None,
        name: "Residents' warmth towards newcomers (thermometer, 0–100)".into(),
        unit: "degrees".into(),
        direction: "up".into(),
        source: IndicatorSource::SurveyScore,
        activity_kind: None,
        programme: None,
        baseline: Some(55.0),
        baseline_on: Some(today - Duration::days(365)),
        target: Some(70.0),
        target_on: Some(today + Duration::days(365)),
        period: "month".into(),
        disaggregation: Disaggregation::None,
        frameworks: vec!["focus:quality-contact".into()],
        survey: Some(bridges_store::SurveyMeasure {
            survey: id,
            score: "thermometer_arriving".into(),
            group: Some("receiving".into()),
        }),
        need: None,
    };
    services.store().define_indicator(&define, &warmth, services.now()).await?;
    Ok(())
}
