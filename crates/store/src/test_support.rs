//! Support for tests that need a database of their own. The application never calls these.

use crate::error::Result;
use crate::Store;
use sea_orm::{ConnectionTrait, Database};

/// Creates a fresh, uniquely named PostgreSQL database next to the one `admin_url` names and
/// returns its name and URL.
pub async fn create_postgres_database(admin_url: &str) -> Result<(String, String)> {
    let name = format!("bridges_test_{}", uuid::Uuid::new_v4().simple());
    let admin = Database::connect(admin_url).await?;
    admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await?;
    admin.close().await?;
    let (base, query) = match admin_url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (admin_url, String::new()),
    };
    let prefix = base.rsplit_once('/').map(|(p, _)| p).unwrap_or(base);
    Ok((name.clone(), format!("{prefix}/{name}{query}")))
}

pub async fn drop_postgres_database(admin_url: &str, name: &str) -> Result<()> {
    let admin = Database::connect(admin_url).await?;
    admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await?;
    admin.close().await?;
    Ok(())
}

/// Runs SQL as-is: for tests that check what the database itself refuses.
pub async fn execute(store: &Store, sql: &str) -> Result<()> {
    store.db.execute_unprepared(sql).await?;
    Ok(())
}

/// The first column of the first row of `sql`, read as text: for tests that look at what the
/// database itself holds (for example, that a name is not stored in the clear).
pub async fn query_text(store: &Store, sql: &str) -> Result<Option<String>> {
    let backend = store.db.get_database_backend();
    let row = store.db.query_one(sea_orm::Statement::from_string(backend, sql.to_string())).await?;
    Ok(match row {
        Some(row) => row.try_get_by_index::<String>(0).ok(),
        None => None,
    })
}
