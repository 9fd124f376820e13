//! The `bridges` command: serve the web application, apply migrations, manage accounts from the
//! shell, load a fictional demo organisation, pair seekers with providers from CSV files, and move
//! Measure's activities and indicator values in and out of spreadsheets.

mod demo;
mod demo_measure;
mod directory;
mod matching;
mod measure;
mod programme_match;
mod progress;
mod report;
mod retention;
mod survey;
mod user;

use anyhow::{Context, Result};
use bridges_domain::SystemClock;
use bridges_store::{FieldKey, SqliteSync, Store};
use bridges_web::{AppState, Config, Server};
use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

/// A round on a city's programme briefly holds hundreds of megabytes; this allocator returns them
/// to the system once freed, where glibc's keeps them for as long as the server runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "bridges",
    version,
    about = "Plan, connect, measure and tell: the working toolkit of organisations that help migrants and long-term residents build a life together."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web application. Applies migrations first; with no account yet, prints a one-time
    /// setup link that creates the first organisation and its owner.
    Serve(ServeArgs),
    /// Apply database migrations and exit.
    Migrate(DbArgs),
    /// Manage accounts from the shell.
    User {
        #[command(subcommand)]
        command: user::UserCommand,
    },
    /// Create (or refresh) a fictional demo organisation and print its login. Nothing is loaded
    /// unless you ask for it.
    Demo(DemoArgs),
    /// Write a consistent copy of the data while bridges keeps serving: the SQLite database and the
    /// field key, into a new folder that `bridges serve --data FOLDER` runs from as it is.
    Backup(BackupArgs),
    /// Pair seekers with providers: optimal, with a proof. Works on CSV files; no database.
    Match {
        #[command(subcommand)]
        command: matching::MatchCommand,
    },
    /// Measure's spreadsheets in bulk: export activities or indicator values to CSV/XLSX, or import
    /// them (all or nothing, every problem by line and column).
    Measure {
        #[command(subcommand)]
        command: measure::MeasureCommand,
    },
    /// Surveys: import a form from XLSForm, export it back, export its responses.
    Survey {
        #[command(subcommand)]
        command: survey::SurveyCommand,
    },
    /// Signpost's service directory in Open Referral HSDS 3.0: import JSON or a CSV data package
    /// (all or nothing, every problem where it is), export both.
    Directory {
        #[command(subcommand)]
        command: directory::DirectoryCommand,
    },
    /// Write an impact report (a project's, or the organisation's) to a PDF or a self-contained
    /// HTML file, in any interface language, as a named member.
    Report(report::ReportArgs),
}

/// Where the data lives.
#[derive(Args, Clone)]
pub struct DbArgs {
    /// Data folder: the embedded SQLite database, the search index and files.
    #[arg(long = "data", env = "BRIDGES_DATA", default_value = "bridges-data")]
    pub data: PathBuf,
    /// Use this database instead of SQLite in the data folder, e.g. postgres://user@host/bridges.
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// The key that seals personal data at rest (base64 of 32 bytes). Default: `field.key` in the
    /// data folder, created on first start. Processes sharing one database must share this file.
    #[arg(long, env = "BRIDGES_FIELD_KEY_FILE")]
    pub field_key_file: Option<PathBuf>,
    /// How SQLite makes each commit durable: `full` survives a power cut (the default), `normal`
    /// only the process being killed, and commits faster. See the README.
    #[arg(long, env = "BRIDGES_SQLITE_SYNCHRONOUS", default_value = "full", value_parser = ["full", "normal"])]
    pub sqlite_synchronous: String,
}

impl DbArgs {
    pub async fn open(&self) -> Result<Store> {
        let store = match &self.database_url {
            Some(url) => Store::connect(url).await.context("cannot connect to DATABASE_URL")?,
            None => Store::open_sqlite_with(
                &self.data,
                if self.sqlite_synchronous == "normal" { SqliteSync::Normal } else { SqliteSync::Full },
            )
            .await
            .with_context(|| format!("cannot open the database in {}", self.data.display()))?,
        };
        store.migrate().await.context("cannot apply migrations")?;
        let key_file = self.field_key_file.clone().unwrap_or_else(|| self.data.join("field.key"));
        let key = FieldKey::load_or_create(&key_file)
            .with_context(|| format!("cannot read or create the field key {}", key_file.display()))?;
        let store = store.with_field_key(key);
        store.seal_legacy().await.context("cannot seal the values written before sealing")?;
        bridges_app::connect::roster::make_findable(&store)
            .await
            .context("cannot keep the words people are found by for those added before they were kept")?;
        Ok(store)
    }
}

/// Who a command acts as: a member of an organisation, named by `--org` and `--as`.
#[derive(Args)]
pub struct OrgMember {
    #[command(flatten)]
    pub db: DbArgs,
    /// The organisation, by name or id.
    #[arg(long)]
    pub org: String,
    /// The email of the member doing it; the command says which roles may.
    #[arg(long = "as")]
    pub member: String,
}

impl OrgMember {
    /// The use cases, and the member's membership of the organisation.
    pub async fn open(&self) -> Result<(bridges_app::Services, bridges_store::Membership)> {
        let store = self.db.open().await?;
        let org = measure::org_of(&store, &self.org).await?;
        let membership = member_as(&store, org, &self.member).await?;
        Ok((bridges_app::Services::new(store, Arc::new(SystemClock)), membership))
    }
}

/// The membership in `org` of the account with the email `--as` names: a command run from the
/// shell acts as a member, with that member's role.
pub async fn member_as(store: &Store, org: bridges_domain::OrgId, email: &str) -> Result<bridges_store::Membership> {
    let email = bridges_domain::Email::parse(email).map_err(|code| anyhow::anyhow!("--as: {code}"))?;
    let user = store.user_by_email(&email).await?.context("no account with that email")?;
    store.membership(org, user.id).await?.context("that account is not a member of the organisation")
}

#[derive(Args)]
struct BackupArgs {
    #[command(flatten)]
    db: DbArgs,
    /// The folder to write (it must not exist yet).
    #[arg(long)]
    to: PathBuf,
}

#[derive(Args)]
struct DemoArgs {
    #[command(flatten)]
    db: DbArgs,
    /// How many made-up people the demo's buddy programme holds (about 3 newcomers for every 2
    /// volunteers). Only used when the programme is created.
    #[arg(long, default_value_t = demo::DEFAULT_PEOPLE)]
    people: usize,
}

#[derive(Args)]
struct ServeArgs {
    #[command(flatten)]
    db: DbArgs,
    /// Address and port to listen on.
    #[arg(long, env = "BRIDGES_LISTEN", default_value = Config::DEFAULT_LISTEN)]
    listen: SocketAddr,
    /// The address people use to reach bridges, e.g. https://bridges.example.org. Links printed or
    /// shown use it, and an https address makes cookies Secure.
    #[arg(long, env = "BRIDGES_PUBLIC_URL")]
    public_url: Option<String>,
    /// Trust X-Forwarded-For and X-Forwarded-Proto (only behind your own reverse proxy).
    #[arg(long, env = "BRIDGES_TRUST_PROXY")]
    trust_proxy: bool,
    /// Load the fictional demo organisation before serving.
    #[arg(long)]
    demo: bool,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    logging();
    match run(Cli::parse().command).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            // The message and its causes on one line, and never a stack trace (which `Result` from
            // `main` prints wherever RUST_BACKTRACE is set): a refusal is for the person to read.
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(command: Command) -> Result<()> {
    match command {
        Command::Serve(args) => serve(args).await,
        Command::Migrate(db) => {
            db.open().await?;
            println!("migrations applied");
            Ok(())
        }
        Command::User { command } => user::run(command).await,
        Command::Demo(args) => demo::run(&args.db.open().await?, args.people).await,
        Command::Match { command } => matching::run(command).await,
        Command::Measure { command } => measure::run(command).await,
        Command::Survey { command } => survey::run(command).await,
        Command::Report(args) => report::run(args).await,
        Command::Directory { command } => directory::run(command).await,
        Command::Backup(args) => backup(args).await,
    }
}

/// Logs, on standard error, at the level `BRIDGES_LOG` asks for, except that the libraries which
/// would print what people typed (SQL with its parameters, HTTP frames with their headers) never go
/// below warnings and info: no level prints passwords, tokens or personal data.
fn logging() {
    use tracing_subscriber::filter::{LevelFilter, Targets};
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    use tracing_subscriber::Layer;
    let wanted = tracing_subscriber::EnvFilter::try_from_env("BRIDGES_LOG").unwrap_or_else(|_| "info".into());
    let never_secrets = Targets::new()
        .with_default(LevelFilter::TRACE)
        .with_target("sqlx", LevelFilter::WARN)
        .with_target("sea_orm", LevelFilter::WARN)
        .with_target("sea_orm_migration", LevelFilter::WARN)
        .with_target("sea_query", LevelFilter::WARN)
        .with_target("hyper", LevelFilter::INFO)
        .with_target("hyper_util", LevelFilter::INFO)
        .with_target("h2", LevelFilter::INFO)
        .with_target("reqwest", LevelFilter::INFO)
        .with_target("rustls", LevelFilter::INFO);
    // On standard error, as the progress bars: standard output is for what a command answers (a
    // round's summary, a file's rows), which scripts read. Coloured only on a terminal.
    let printed = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_target(false);
    tracing_subscriber::registry().with(printed.with_filter(wanted).with_filter(never_secrets)).init();
}

async fn backup(args: BackupArgs) -> Result<()> {
    if args.db.database_url.is_some() {
        anyhow::bail!("bridges backup copies the embedded SQLite database; for PostgreSQL use pg_dump");
    }
    if args.to.exists() {
        anyhow::bail!("{} already exists: name a new folder", args.to.display());
    }
    let store = args.db.open().await?;
    std::fs::create_dir_all(&args.to)?;
    #[cfg(unix)]
    std::fs::set_permissions(&args.to, std::os::unix::fs::PermissionsExt::from_mode(0o700))?;
    store.backup_to(&args.to.join("bridges.db")).await.context("cannot write the copy of the database")?;
    let key = args.db.field_key_file.clone().unwrap_or_else(|| args.db.data.join("field.key"));
    let copied_key = args.to.join("field.key");
    std::fs::copy(&key, &copied_key).with_context(|| format!("cannot copy the field key {}", key.display()))?;
    #[cfg(unix)]
    std::fs::set_permissions(&copied_key, std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    println!("backup written to {}: the database and the field key that opens it.", args.to.display());
    println!("Keep it as safe as the original. To restore, run: bridges serve --data {}", args.to.display());
    Ok(())
}

async fn serve(args: ServeArgs) -> Result<()> {
    let store = args.db.open().await?;
    // The data folder also holds the search index and uploaded files (derived or attached data,
    // never the only copy of a record).
    for sub in ["index", "files"] {
        let dir = args.db.data.join(sub);
        std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    if args.demo {
        demo::run(&store, demo::DEFAULT_PEOPLE).await?;
    }
    let config = Config {
        data_dir: args.db.data.clone(),
        database_url: args.db.database_url.clone(),
        listen: args.listen,
        public_url: args.public_url,
        trust_proxy: args.trust_proxy,
        ..Config::with_defaults(args.db.data.clone())
    };
    let base = match &config.public_url {
        Some(url) => url.trim_end_matches('/').to_string(),
        None => String::new(),
    };
    let state = AppState::new(store.clone(), config, Arc::new(SystemClock)).map_err(anyhow::Error::msg)?;
    let server = Server::bind(state).await.with_context(|| format!("cannot listen on {}", args.listen))?;
    let base = if base.is_empty() { format!("http://{}", server.addr) } else { base };
    println!("bridges is listening on {base}/");
    if store.count_users().await? == 0 {
        let token = store.new_setup_token().await?;
        println!(
            "No account exists yet. Open this one-time link to set up bridges:\n\n    {base}/setup/{}\n",
            token.as_str()
        );
    }
    let purge_store = store.clone();
    tokio::spawn(async move {
        let mut every_hour = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            every_hour.tick().await;
            if let Err(e) = purge_store.purge_expired(chrono_now()).await {
                tracing::warn!(error = %e, "could not purge expired sessions");
            }
            match retention::sweep(&purge_store, chrono_now()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(erased = n, "retention: erased people inactive past their programme's period"),
                Err(e) => tracing::warn!(error = %e, "could not apply retention periods"),
            }
        }
    });
    server
        .serve(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}

fn chrono_now() -> chrono::DateTime<chrono::Utc> {
    bridges_domain::Clock::now(&SystemClock)
}
