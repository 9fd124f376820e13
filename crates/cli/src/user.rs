//! `bridges user create`: accounts from the shell. The password comes from a prompt or a file,
//! never from the command line, where other users of the machine could read it.

use crate::DbArgs;
use anyhow::{bail, Context, Result};
use bridges_domain::{
    AuditKind, Clock, CountryCode, DisplayName, Email, Language, OrgName, Password, Role, SystemClock, TimeZoneName,
};
use bridges_store::{AuditEvent, NewOrganisation, NewUser, StoreError};
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create an account (or use the existing one with that email) and give it a role in an
    /// organisation. The organisation is created if it does not exist and the role is owner.
    Create(CreateArgs),
}

#[derive(Args)]
pub struct CreateArgs {
    #[command(flatten)]
    db: DbArgs,
    #[arg(long)]
    email: String,
    /// The organisation's name.
    #[arg(long)]
    org: String,
    /// owner, coordinator, staff, volunteer or viewer.
    #[arg(long, default_value = "owner")]
    role: String,
    /// The person's name as shown to others (defaults to the part of the email before @).
    #[arg(long)]
    name: Option<String>,
    /// Read the password from the first line of this file instead of asking.
    #[arg(long)]
    password_file: Option<PathBuf>,
    /// For a new organisation: its country (ISO 3166 two-letter code).
    #[arg(long, default_value = "GB")]
    country: String,
    /// For a new organisation: its default language (en, fr, ar).
    #[arg(long, default_value = "en")]
    language: String,
    /// For a new organisation: its time zone.
    #[arg(long, default_value = "UTC")]
    time_zone: String,
}

pub async fn run(command: UserCommand) -> Result<()> {
    match command {
        UserCommand::Create(args) => create(args).await,
    }
}

fn field<T>(what: &str, parsed: Result<T, &'static str>) -> Result<T> {
    parsed.map_err(|code| anyhow::anyhow!("{what}: {code}"))
}

fn read_password(file: Option<&PathBuf>) -> Result<Password> {
    let raw = match file {
        Some(path) => std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?
            .lines()
            .next()
            .unwrap_or("")
            .to_string(),
        None => {
            let first = rpassword::prompt_password("Password: ").context("cannot read the password")?;
            let again = rpassword::prompt_password("Password again: ").context("cannot read the password")?;
            if first != again {
                bail!("the two passwords are not the same");
            }
            first
        }
    };
    field("password", Password::new_checked(&raw))
}

async fn create(args: CreateArgs) -> Result<()> {
    let email = field("email", Email::parse(&args.email))?;
    let org_name = field("org", OrgName::parse(&args.org))?;
    let role = field("role", Role::parse(&args.role))?;
    let store = args.db.open().await?;
    let now = SystemClock.now();

    let user_id = match store.user_by_email(&email).await? {
        Some(user) => {
            println!("Using the existing account {email}.");
            user.id
        }
        None => {
            let default_name = email.as_str().split('@').next().unwrap_or("").to_string();
            let display_name = field("name", DisplayName::parse(args.name.as_deref().unwrap_or(&default_name)))?;
            let password = read_password(args.password_file.as_ref())?;
            let language = field("language", Language::parse(&args.language))?;
            let new = NewUser {
                email: email.clone(),
                display_name,
                password_hash: password.hash()?,
                language: Some(language),
            };
            store.create_user(&new, now).await?
        }
    };

    let membership = match store.org_by_name(&org_name).await? {
        Some(org) => match store.add_member(org.id, user_id, role, now).await {
            Err(StoreError::Conflict(bridges_domain::ErrorCode::AlreadyMember)) => {
                bail!("{email} is already a member of {org_name}")
            }
            other => other?,
        },
        None if role == Role::Owner => {
            let org = NewOrganisation {
                name: org_name.clone(),
                country: field("country", CountryCode::parse(&args.country))?,
                language: field("language", Language::parse(&args.language))?,
                time_zone: field("time-zone", TimeZoneName::parse(&args.time_zone))?,
            };
            println!("Creating the organisation {org_name}.");
            store.create_org(&org, user_id, now).await?
        }
        None => bail!("there is no organisation named {org_name}; create it with --role owner first"),
    };
    store
        .record(
            AuditEvent::new(AuditKind::MemberAdded)
                .org(membership.org())
                .subject(user_id)
                .detail(serde_json::json!({"role": role.as_str(), "via": "command line"})),
            now,
        )
        .await?;
    // The first account makes the setup link pointless.
    store.forget_setup_token().await?;
    println!("{email} is now {role} of {org_name}.");
    Ok(())
}
