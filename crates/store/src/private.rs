//! Files that hold people's data are for the service's own account only: the data folder is 0700
//! and the database and its companions 0600, from the first start and again at every start (an
//! installation made before this rule is brought into line).

use std::path::Path;

/// Creates `dir` if needed and makes it reachable by its owner only.
pub(crate) fn folder(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    restrict(dir, 0o700)
}

/// Creates the database file empty if it is not there (SQLite accepts an empty file as a new
/// database) and makes it and any `-wal`, `-shm` or `-journal` beside it readable by their owner only.
pub(crate) fn database_files(file: &Path) -> std::io::Result<()> {
    create_private(file)?;
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = file.as_os_str().to_owned();
        name.push(suffix);
        let companion = Path::new(&name);
        if companion.exists() {
            restrict(companion, 0o600)?;
        }
    }
    Ok(())
}

#[cfg(unix)]
fn create_private(file: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    match std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(file) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(unix)]
fn restrict(path: &Path, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn create_private(_file: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(not(unix))]
fn restrict(_path: &Path, _mode: u32) -> std::io::Result<()> {
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &std::path::Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[tokio::test]
    async fn the_data_folder_and_every_database_file_are_private_from_the_first_start() {
        let parent = tempfile::tempdir().unwrap();
        let data = parent.path().join("data");
        let store = crate::Store::open_sqlite(&data).await.unwrap();
        store.migrate().await.unwrap();
        assert_eq!(mode(&data), 0o700);
        for name in ["bridges.db", "bridges.db-wal", "bridges.db-shm"] {
            let file = data.join(name);
            assert!(file.exists(), "{name}");
            assert_eq!(mode(&file), 0o600, "{name}");
        }
        store.close().await.unwrap();
        // An installation made before: opened again, it is brought into line.
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::set_permissions(data.join("bridges.db"), std::fs::Permissions::from_mode(0o644)).unwrap();
        let store = crate::Store::open_sqlite(&data).await.unwrap();
        assert_eq!((mode(&data), mode(&data.join("bridges.db"))), (0o700, 0o600));
        store.close().await.unwrap();
    }
}
