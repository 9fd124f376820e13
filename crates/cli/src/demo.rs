//! A fictional demo organisation, so a newcomer sees a populated bridges. Everything in it is
//! invented and says so; it is created only when asked for (`bridges demo`, `serve --demo`).

use anyhow::Result;
use bridges_domain::policy::{EditProjects, PublishPractices, ReadOrg, ReviewPractices, WritePractices};
use bridges_domain::PracticeStatus;
use bridges_domain::{
    AuditKind, Clock, CountryCode, DisplayName, Email, Language, OrgName, Password, Role, SecretToken, SystemClock,
    TimeZoneName,
};
use bridges_store::{AuditEvent, NewOrganisation, NewUser, Store};
use bridges_toolkit::Practice;
use chrono::{DateTime, Utc};

/// The demo programme's size unless `--people` says otherwise.
pub const DEFAULT_PEOPLE: usize = 60;
/// The most people `--people` may ask for.
pub const MAX_PEOPLE: usize = 200_000;

pub const DEMO_ORG: &str = "Riverside Welcome Network (demo, fictional)";
pub const DEMO_LOGIN: &str = "demo-owner@example.org";

/// Fictional people: names chosen to be obviously made up, addresses on the reserved example.org.
const PEOPLE: [(&str, &str, Role); 5] = [
    ("demo-owner@example.org", "Dana Demo (owner)", Role::Owner),
    ("demo-coordinator@example.org", "Cato Coordinator (fictional)", Role::Coordinator),
    ("demo-staff@example.org", "Sami Staff (fictional)", Role::Staff),
    ("demo-volunteer@example.org", "Vera Volunteer (fictional)", Role::Volunteer),
    ("demo-viewer@example.org", "Vik Viewer (fictional)", Role::Viewer),
];

fn parse<T>(r: Result<T, &'static str>) -> Result<T> {
    r.map_err(|code| anyhow::anyhow!("demo data is invalid: {code}"))
}

/// Creates the demo organisation if it is missing, and gives the demo accounts a fresh password,
/// printed on the console.
pub async fn run(store: &Store, people: usize) -> Result<()> {
    let now = SystemClock.now();
    // A fresh random password each time: a demo must not ship a known password to the internet.
    let password_text = format!("demo-{}", &SecretToken::generate("").as_str()[..12]);
    let hash = parse(Password::new_checked(&password_text))?.hash()?;
    let org_name = parse(OrgName::parse(DEMO_ORG))?;
    let org_id = match store.org_by_name(&org_name).await? {
        Some(org) => org.id,
        None => {
            let org = NewOrganisation {
                name: org_name,
                country: parse(CountryCode::parse("GB"))?,
                language: Language::En,
                time_zone: parse(TimeZoneName::parse("Europe/London"))?,
            };
            let mut org_id = None;
            for (email, name, role) in PEOPLE {
                let email = parse(Email::parse(email))?;
                let user = match store.user_by_email(&email).await? {
                    Some(u) => u.id,
                    None => {
                        let new = NewUser {
                            email,
                            display_name: parse(DisplayName::parse(name))?,
                            password_hash: hash.clone(),
                            language: None,
                        };
                        store.create_user(&new, now).await?
                    }
                };
                let membership = match org_id {
                    None => store.create_org(&org, user, now).await?,
                    Some(id) => store.add_member(id, user, role, now).await?,
                };
                org_id = Some(membership.org());
                store
                    .record(
                        AuditEvent::new(AuditKind::MemberAdded)
                            .org(membership.org())
                            .subject(user)
                            .detail(serde_json::json!({"role": role.as_str(), "via": "demo"})),
                        now,
                    )
                    .await?;
            }
            org_id.ok_or_else(|| anyhow::anyhow!("demo organisation was not created"))?
        }
    };
    for (email, _, _) in PEOPLE {
        if let Some(user) = store.user_by_email(&parse(Email::parse(email))?).await? {
            store.change_password(user.id, &hash, now).await?;
        }
    }
    practices(store, org_id, &hash, now).await?;
    project(store, org_id, now).await?;
    programme(store, org_id, people, now).await?;
    let services = bridges_app::Services::new(store.clone(), std::sync::Arc::new(SystemClock));
    let owner = owner_membership(store, org_id).await?;
    directory(&services, &owner).await?;
    crate::demo_measure::run(&services, &owner).await?;
    store.forget_setup_token().await?;
    println!("Demo organisation ready: {DEMO_ORG} ({org_id}). All its people and data are fictional.");
    println!("Log in as {DEMO_LOGIN} with the password {password_text}");
    println!("(also demo-coordinator@, demo-staff@, demo-volunteer@ and demo-viewer@example.org, same password;");
    println!(" demo-reviewer@example.org belongs to a second fictional organisation that peer-reviews practices)");
    Ok(())
}

const REVIEWER_ORG: &str = "Hillside Newcomers Forum (demo, fictional)";
const REVIEWER: &str = "demo-reviewer@example.org";

/// A fictional practice written by the demo organisation.
fn demo_practice(title: &str, complete: bool) -> Practice {
    let mut p = Practice {
        title: title.to_string(),
        country: "GB".into(),
        countries: vec!["GB".into()],
        area: "Riverside (fictional)".into(),
        start: "2024-02".into(),
        end: "ongoing".into(),
        promoter: DEMO_ORG.into(),
        summary: "Fictional demo record: newcomers and long-time neighbours meet in pairs every week.".into(),
        language: "en".into(),
        themes: vec!["buddy".into(), "volunteering".into()],
        target_groups: vec!["newcomers".into(), "long-term residents".into()],
        frameworks: vec!["eu-cbp:7".into(), "focus:quality-contact".into()],
        ..Practice::default()
    };
    if complete {
        p.challenge = "Fictional: few newcomers had a local contact in their first year.".into();
        p.how_it_works =
            "Fictional: staff meet each person, pair them on interests and area, and check in after a month.".into();
        p.results = "Fictional: 40 pairs made, 31 still meeting after six months.".into();
        p.beneficiaries = "Newcomers and local volunteers (fictional)".into();
    }
    p
}

/// Two practices (one published, one shared for peer review with a review from a second fictional
/// organisation), made once.
async fn practices(
    store: &Store,
    org: bridges_domain::OrgId,
    hash: &bridges_domain::PasswordHash,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<()> {
    let owner = store
        .user_by_email(&parse(Email::parse(DEMO_LOGIN))?)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo owner missing"))?;
    let membership =
        store.membership(org, owner.id).await?.ok_or_else(|| anyhow::anyhow!("demo owner is not a member"))?;
    let read = membership.grant::<ReadOrg>()?;
    if !store.org_practices(&read).await?.is_empty() {
        return Ok(());
    }
    let write = membership.grant::<WritePractices>()?;
    let publish = membership.grant::<PublishPractices>()?;
    let published = store
        .create_practice(&write, &serde_json::to_string(&demo_practice("Weekly walking pairs (demo)", true))?, now)
        .await?;
    store.set_practice_status(&publish, published, PracticeStatus::Published, now).await?;
    let in_review = store
        .create_practice(&write, &serde_json::to_string(&demo_practice("Saturday language cafe (demo)", false))?, now)
        .await?;
    store.set_practice_status(&publish, in_review, PracticeStatus::Review, now).await?;

    let reviewer_org = parse(OrgName::parse(REVIEWER_ORG))?;
    let reviewer = match store.user_by_email(&parse(Email::parse(REVIEWER))?).await? {
        Some(u) => u.id,
        None => {
            let new = NewUser {
                email: parse(Email::parse(REVIEWER))?,
                display_name: parse(DisplayName::parse("Rana Reviewer (fictional)"))?,
                password_hash: hash.clone(),
                language: None,
            };
            store.create_user(&new, now).await?
        }
    };
    let reviewer_membership = match store.org_by_name(&reviewer_org).await? {
        Some(o) => {
            store.membership(o.id, reviewer).await?.ok_or_else(|| anyhow::anyhow!("demo reviewer is not a member"))?
        }
        None => {
            let org = NewOrganisation {
                name: reviewer_org,
                country: parse(CountryCode::parse("IE"))?,
                language: Language::En,
                time_zone: parse(TimeZoneName::parse("Europe/Dublin"))?,
            };
            store.create_org(&org, reviewer, now).await?
        }
    };
    let review = reviewer_membership.grant::<ReviewPractices>()?;
    store
        .add_review(
            &review,
            in_review,
            "Fictional demo review: say how you reach neighbours who do not come to the cafe, and how often pairs meet outside it.",
            "[\"eu-cbp:7\"]",
            now,
        )
        .await?;
    Ok(())
}

/// A fictional project with a stakeholder map, so Step 4 has something to show. Made once.
async fn project(store: &Store, org: bridges_domain::OrgId, now: chrono::DateTime<chrono::Utc>) -> Result<()> {
    use bridges_plan::{RelationKind, Stakeholder, StakeholderKind, Stance};
    let owner = store
        .user_by_email(&parse(Email::parse(DEMO_LOGIN))?)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo owner missing"))?;
    let membership =
        store.membership(org, owner.id).await?.ok_or_else(|| anyhow::anyhow!("demo owner is not a member"))?;
    if !store.projects(&membership.grant::<ReadOrg>()?).await?.is_empty() {
        return Ok(());
    }
    let edit = membership.grant::<EditProjects>()?;
    let id = store
        .create_project(
            &edit,
            "Homework clubs with the city (demo)",
            "Fictional: open two homework clubs run with parents, funded by the city.",
            "{}",
            now,
        )
        .await?;
    let people = [
        ("Parents' association (fictional)", 2, Stance::Champion, false),
        ("Faith network (fictional)", 3, Stance::Neutral, false),
        ("Councillor for schools (fictional)", 4, Stance::Supportive, false),
        ("City council (fictional)", 5, Stance::Neutral, true),
        ("Local paper (fictional)", 4, Stance::Sceptical, false),
        ("Schools department (fictional)", 3, Stance::Neutral, true),
    ];
    let mut ids = Vec::new();
    for (name, influence, stance, target) in people {
        let s = Stakeholder {
            key: String::new(),
            name: name.into(),
            kind: StakeholderKind::Institution,
            influence,
            interest: 4,
            stance,
            cue_from: None,
            target,
        };
        ids.push(store.add_stakeholder(&edit, id, &serde_json::to_string(&s)?, now).await?);
    }
    for (from, kind, to) in [
        (0, RelationKind::AlliedWith, 1),
        (1, RelationKind::Influences, 2),
        (2, RelationKind::Influences, 3),
        (4, RelationKind::Influences, 3),
        (5, RelationKind::AnswersTo, 3),
    ] {
        store.add_relation(&edit, id, ids[from], ids[to], kind.as_str(), now).await?;
    }
    Ok(())
}

const DEMO_PROGRAMME: &str = "Riverside buddies (demo, fictional)";

/// A buddy programme of `people` made-up participants (languages, places around a city centre,
/// interests and free times drawn from plausible distributions), with its sign-up link open. Made
/// once: an existing demo programme is left as it is.
async fn programme(store: &Store, org: bridges_domain::OrgId, people: usize, now: DateTime<Utc>) -> Result<()> {
    use bridges_app::connect::programme::Settings;
    use bridges_app::connect::record::Record;
    use bridges_domain::policy::{EditParticipants, RunProgrammes};
    use bridges_pairing::{synthetic, Kind, Side};
    use bridges_store::{NewParticipant, ProgrammeChange};
    if people > MAX_PEOPLE {
        anyhow::bail!("--people may be at most {MAX_PEOPLE}");
    }
    let membership = owner_membership(store, org).await?;
    if store.programmes(&membership.grant::<ReadOrg>()?).await?.iter().any(|p| p.name == DEMO_PROGRAMME) {
        return Ok(());
    }
    let run = membership.grant::<RunProgrammes>()?;
    let settings = Settings::for_kind(Kind::Buddy).to_json();
    let id = store.create_programme(&run, DEMO_PROGRAMME, Kind::Buddy.as_str(), &settings, now).await?;
    let change = ProgrammeChange {
        name: DEMO_PROGRAMME,
        settings: &settings,
        intake_open: true,
        quiet_after_days: 21,
        retention_days: None,
    };
    store.update_programme(&run, id, change, now).await?;
    let volunteers = people * 2 / 5;
    let (newcomers, helpers) = synthetic::people(Kind::Buddy, people - volunteers, volunteers, 2026);
    let names = synthetic::names(people, 7);
    let rows: Vec<NewParticipant> = newcomers
        .into_iter()
        .map(|e| (Side::Newcomer, e))
        .chain(helpers.into_iter().map(|e| (Side::Volunteer, e)))
        .zip(names)
        .map(|((side, entrant), name)| {
            let contact_language = entrant
                .profile
                .speaks
                .iter()
                .map(|s| s.language.clone())
                .find(|l| bridges_domain::Language::parse(l).is_ok())
                .unwrap_or_else(|| "en".into());
            let record = Record {
                name: format!("{name} (fictional)"),
                contact_language,
                profile: entrant.profile,
                ..Record::default()
            };
            let consents = vec![("pairing".into(), "Fictional demo person: no real consent.".into())];
            record.joining(side, consents, now - chrono::Duration::days(i64::from(entrant.waiting_days)))
        })
        .collect();
    store.add_participants(&membership.grant::<EditParticipants>()?, id, &rows, "import", now).await?;
    println!("Demo programme: {DEMO_PROGRAMME} ({id}) with {people} fictional people.");
    Ok(())
}

/// The demo's service directory: a dozen fictional services in the fictional town, in HSDS 3.0,
/// imported (again, replacing the same records, on every run) and published.
async fn directory(services: &bridges_app::Services, owner: &bridges_store::Membership) -> Result<()> {
    use bridges_app::signpost::{directory, publishing};
    const DIRECTORY: &[u8] = include_bytes!("../../../content/demo/directory.json");
    let grant = owner.grant::<bridges_domain::policy::ManageDirectory>()?;
    if let Err(problems) = directory::import(services, &grant, directory::Source::Json(DIRECTORY.to_vec())).await? {
        anyhow::bail!("the demo directory is invalid: {} problem(s)", problems.total());
    }
    publishing::set_published(services, &grant, true).await?;
    Ok(())
}

async fn owner_membership(store: &Store, org: bridges_domain::OrgId) -> Result<bridges_store::Membership> {
    let owner = store
        .user_by_email(&parse(Email::parse(DEMO_LOGIN))?)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo owner missing"))?;
    store.membership(org, owner.id).await?.ok_or_else(|| anyhow::anyhow!("demo owner is not a member"))
}
