//! The directory published for other Open Referral tools, through the HSDS read API at
//! `/api/hsds/{key}`, or taken down. Coordinators and owners decide; the key is the store's.

use crate::{Result, Services};
use bridges_domain::policy::{ManageDirectory, ReadDirectory};
use bridges_store::{DirectoryPublication, Grant};

/// Publishes the organisation's directory (`published`) or takes it down. An organisation that
/// has imported nothing has no directory to publish: not found.
pub async fn set_published(
    services: &Services,
    grant: &Grant<ManageDirectory>,
    published: bool,
) -> Result<DirectoryPublication> {
    Ok(services.store().set_directory_publication(grant, published, services.now()).await?)
}

/// The directory's publication, if it was ever published.
pub async fn publication(services: &Services, grant: &Grant<ReadDirectory>) -> Result<Option<DirectoryPublication>> {
    Ok(services.store().directory_publication(grant).await?)
}

/// The read API's address for a directory published under `key`, on the installation reached at
/// `base_url` (no trailing slash).
pub fn api_url(base_url: &str, key: &str) -> String {
    format!("{base_url}/api/hsds/{key}")
}
