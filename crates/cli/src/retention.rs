//! Storage limitation, applied on its own: once an hour `bridges serve` erases the people whose
//! programme's retention period has passed since they were last active, and writes one audit entry
//! per person erased (their id and the programme, nothing else).

use bridges_app::connect::audit::{naming, personal_data_event};
use bridges_domain::AuditKind;
use bridges_store::Store;
use chrono::{DateTime, Utc};

/// Erases everyone past their programme's retention period; answers how many.
pub async fn sweep(store: &Store, now: DateTime<Utc>) -> Result<usize, bridges_store::StoreError> {
    let erased = store.retention_sweep(now).await?;
    for (org, programme, person) in &erased {
        let event = personal_data_event(AuditKind::PersonalDataErased, *org, *programme, "retention", 1);
        store.record(naming(event, std::slice::from_ref(person)), now).await?;
    }
    Ok(erased.len())
}
