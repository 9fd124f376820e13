use crate::error::Result;
use crate::migration::Migrator;
use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sea_orm::sqlx::ConnectOptions;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, DbBackend, SqlxSqliteConnector, Statement};
use sea_orm_migration::MigratorTrait;
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

/// Which database engine a [`Store`] runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// How SQLite makes a commit durable. In WAL mode both survive the process being killed at any
/// moment; `Full` also survives the machine losing power, at the price of a sync to disk per commit
/// (see the README for what that costs here and why `Full` is the default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SqliteSync {
    Normal,
    #[default]
    Full,
}

/// The handle to the database. Cheap to clone: it wraps a connection pool.
#[derive(Clone, Debug)]
pub struct Store {
    pub(crate) db: DatabaseConnection,
    /// Seals personal data; without it, methods that touch participants refuse.
    pub(crate) field_key: Option<crate::seal::FieldKey>,
}

impl Store {
    /// Opens (creating if needed) `bridges.db` inside `data_dir`, tuned for a web server: WAL so
    /// readers never wait for the writer, foreign keys enforced, a busy timeout instead of errors
    /// when two writers meet.
    ///
    /// The folder is made readable by its owner only (0700) and the database file too (0600), before
    /// SQLite first opens it, so the `-wal` and `-shm` files SQLite makes beside it inherit that.
    pub async fn open_sqlite(data_dir: &Path) -> Result<Self> {
        Self::open_sqlite_with(data_dir, SqliteSync::default()).await
    }

    /// [`Store::open_sqlite`], choosing how commits reach the disk.
    pub async fn open_sqlite_with(data_dir: &Path, sync: SqliteSync) -> Result<Self> {
        crate::private::folder(data_dir)?;
        let file = data_dir.join("bridges.db");
        crate::private::database_files(&file)?;
        Self::sqlite(SqliteConnectOptions::new().filename(file), sync).await
    }

    /// Connects to the database named by `url`: `postgres://…` for PostgreSQL, `sqlite://PATH` for
    /// a SQLite file at an explicit place.
    pub async fn connect(url: &str) -> Result<Self> {
        if let Some(path) = url.strip_prefix("sqlite://") {
            let file = Path::new(path.split('?').next().unwrap_or(path));
            if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)?;
            }
            if file != Path::new(":memory:") && !path.starts_with(":memory:") {
                crate::private::database_files(file)?;
            }
            return Self::sqlite(SqliteConnectOptions::from_str(url).map_err(sqlx_err)?, SqliteSync::default()).await;
        }
        let mut options = sea_orm::ConnectOptions::new(url.to_string());
        options.max_connections(16).sqlx_logging(false);
        Ok(Self { db: Database::connect(options).await?, field_key: None })
    }

    async fn sqlite(options: SqliteConnectOptions, sync: SqliteSync) -> Result<Self> {
        let options = options
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(match sync {
                SqliteSync::Normal => SqliteSynchronous::Normal,
                SqliteSync::Full => SqliteSynchronous::Full,
            })
            .foreign_keys(true)
            // Deleted rows are overwritten, not left in free pages: an erased person stays erased
            // in the file itself.
            .pragma("secure_delete", "on")
            // The query planner's statistics, as SQLite advises for long-lived connections: each
            // new connection (the pool renews them within half an hour) first analyses, on a
            // sample, any table never analysed or grown or shrunk tenfold since. Without them a
            // search by name scans a city's whole programme instead of looking up the few people
            // the name's digest points to (24 ms against 6 ms at 100,000 people, 500 ms against
            // 8 ms for pairs).
            .pragma("optimize", "0x10002")
            .busy_timeout(Duration::from_secs(5))
            // As on PostgreSQL (`sqlx_logging(false)` above): the driver logs no statement, slow or
            // not. Reading a city's programme at once takes seconds, and the driver's warning, with
            // the statement's SQL, printed above `bridges match`'s progress bar, reads to a
            // coordinator as an error.
            .disable_statement_logging();
        let pool = SqlitePoolOptions::new().max_connections(8).connect_with(options).await.map_err(sqlx_err)?;
        Ok(Self { db: SqlxSqliteConnector::from_sqlx_sqlite_pool(pool), field_key: None })
    }

    /// The key that seals personal data at rest. Every process sharing a database needs the same one.
    pub fn with_field_key(mut self, key: crate::seal::FieldKey) -> Self {
        self.field_key = Some(key);
        self
    }

    pub(crate) fn field_key(&self) -> Result<&crate::seal::FieldKey> {
        self.field_key.as_ref().ok_or(crate::error::StoreError::NoFieldKey)
    }

    pub fn backend(&self) -> Backend {
        match self.db.get_database_backend() {
            DbBackend::Postgres => Backend::Postgres,
            _ => Backend::Sqlite,
        }
    }

    /// Applies every migration not yet applied. Safe to run from several processes at start: on
    /// PostgreSQL each migration runs in a transaction.
    pub async fn migrate(&self) -> Result<()> {
        Migrator::up(&self.db, None).await?;
        // The planner's statistics for what the migrations made or filled, before anyone asks
        // (connections opened later read them; see `sqlite`).
        if self.backend() == Backend::Sqlite {
            self.db.execute(Statement::from_string(DbBackend::Sqlite, "PRAGMA optimize=0x10002")).await?;
        }
        Ok(())
    }

    /// Answers whether the database answers.
    pub async fn ping(&self) -> Result<()> {
        let backend = self.db.get_database_backend();
        self.db.execute(Statement::from_string(backend, "SELECT 1")).await?;
        Ok(())
    }

    /// Folds SQLite's write-ahead log into the database file and empties it, so old page images
    /// (which may hold what was just erased) leave the disk; nothing to do on PostgreSQL.
    pub async fn checkpoint(&self) -> Result<()> {
        if self.backend() == Backend::Sqlite {
            self.db.execute(Statement::from_string(DbBackend::Sqlite, "PRAGMA wal_checkpoint(TRUNCATE)")).await?;
        }
        Ok(())
    }

    /// Writes a consistent copy of the SQLite database to `file` while others keep writing (SQLite's
    /// `VACUUM INTO` reads one snapshot). `file` must not exist yet. On PostgreSQL there is nothing
    /// to copy here: `pg_dump` is the tool.
    pub async fn backup_to(&self, file: &Path) -> Result<()> {
        if self.backend() != Backend::Sqlite {
            return Err(crate::error::StoreError::Backup("on PostgreSQL, back up with pg_dump"));
        }
        let target = file.to_str().ok_or(crate::error::StoreError::Backup("the backup path is not valid UTF-8"))?;
        let sql = format!("VACUUM INTO '{}'", target.replace('\'', "''"));
        self.db.execute(Statement::from_string(DbBackend::Sqlite, sql)).await?;
        crate::private::database_files(file)?;
        Ok(())
    }

    pub async fn close(self) -> Result<()> {
        self.db.close().await?;
        Ok(())
    }
}

fn sqlx_err(e: sea_orm::sqlx::Error) -> sea_orm::DbErr {
    sea_orm::DbErr::Conn(sea_orm::RuntimeErr::SqlxError(e))
}
