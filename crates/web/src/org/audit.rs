//! The security audit log, for owners.

use crate::http::authz::Authorised;
use crate::http::error::AppResult;
use crate::http::page::{render, Page};
use crate::http::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use bridges_domain::policy::{ReadAudit, ReadMembers};
use bridges_domain::UserId;
use bridges_store::AuditEntry;
use std::collections::HashMap;

pub struct AuditRow {
    pub entry: AuditEntry,
    pub actor: String,
    pub subject: String,
    pub detail: String,
}

#[derive(Template)]
#[template(path = "org/audit.html")]
struct AuditPage {
    page: Page,
    rows: Vec<AuditRow>,
}

pub async fn list(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadAudit>,
    page: Page,
) -> AppResult<Response> {
    let entries = state.store().audit_log(&grant, 500).await?;
    // Owners may read members too; names make the log readable. People no longer members show as ids.
    let names: HashMap<UserId, String> = state
        .store()
        .members(&grant.also::<ReadMembers>()?)
        .await?
        .into_iter()
        .map(|m| (m.membership.user(), m.display_name.to_string()))
        .collect();
    let name =
        |id: Option<UserId>| id.map(|id| names.get(&id).cloned().unwrap_or_else(|| id.to_string())).unwrap_or_default();
    let rows = entries
        .into_iter()
        .map(|entry| AuditRow {
            actor: name(entry.event.actor),
            subject: name(entry.event.subject),
            detail: if entry.event.detail.is_null() { String::new() } else { entry.event.detail.to_string() },
            entry,
        })
        .collect();
    render(&AuditPage { page: page.with_org(&ctx), rows })
}
