//! A fictional demo organisation, so a newcomer sees a populated bridges. Everything in it is
//! invented and says so; it is created only when asked for (`bridges demo`, `serve --demo`).

use anyhow::Result;
use bridges_domain::{
    AuditKind, Clock, CountryCode, DisplayName, Email, Language, OrgName, Password, Role, SecretToken, SystemClock,
    TimeZoneName,
};
use bridges_store::{AuditEvent, NewOrganisation, NewUser, Store};

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
pub async fn run(store: &Store) -> Result<()> {
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
                org_id = Some(membership.org);
                store
                    .record(
                        AuditEvent::new(AuditKind::MemberAdded)
                            .org(membership.org)
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
    store.forget_setup_token().await?;
    println!("Demo organisation ready: {DEMO_ORG} ({org_id}). All its people and data are fictional.");
    println!("Log in as {DEMO_LOGIN} with the password {password_text}");
    println!("(also demo-coordinator@, demo-staff@, demo-volunteer@ and demo-viewer@example.org, same password)");
    Ok(())
}
