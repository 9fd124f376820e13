//! The security audit log, for owners.

use crate::http::authz::Authorised;
use crate::http::error::AppResult;
use crate::http::i18n::Tr;
use crate::http::page::{render, Page};
use crate::http::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use bridges_domain::policy::{ReadAudit, ReadMembers};
use bridges_domain::UserId;
use bridges_store::AuditEntry;
use serde_json::Value as Json;
use std::collections::HashMap;

pub struct AuditRow {
    pub entry: AuditEntry,
    pub actor: String,
    pub subject: String,
    /// What the entry's details say, as sentences in the reader's language.
    pub detail: String,
    /// The details as recorded (with the ids a sentence leaves out), for whoever needs them.
    pub data: String,
}

/// A detail's word (`participants`, `person-export`) in the reader's language; as recorded,
/// dashes for spaces, when there is no message for it.
fn purpose(tr: &Tr, what: &str) -> String {
    let key = format!("audit-for-{}", what.replace(' ', "-"));
    let said = tr.t(&key);
    if said == key {
        what.replace('-', " ")
    } else {
        said
    }
}

/// An entry's details as sentences: who was given which role, how many people's records were read
/// and why, what was published. Ids stay in the recorded data beside it.
pub fn detail(tr: &Tr, detail: &Json) -> String {
    let text = |key: &str| detail.get(key).and_then(Json::as_str);
    let number = |key: &str| detail.get(key).and_then(Json::as_u64).map(|n| n.to_string());
    let role = |r: &str| tr.t(&format!("role-{r}"));
    let mut said = Vec::new();
    match (text("from"), text("to"), text("role")) {
        (Some(from), Some(to), _) => {
            said.push(tr.t_args("audit-said-role-change", &[("from", role(from)), ("to", role(to))]))
        }
        (_, _, Some(r)) => said.push(tr.t_args("audit-said-role", &[("role", role(r))])),
        _ => {}
    }
    if detail.get("invitation").is_some() {
        said.push(tr.t("audit-said-invitation"));
    }
    if let Some(via) = text("via") {
        said.push(tr.t(&format!("audit-said-via-{}", via.replace(' ', "-"))));
    }
    if detail.get("token").is_some() {
        let read_only = detail.get("read_only").and_then(Json::as_bool);
        said.push(tr.t(match read_only {
            Some(true) => "audit-said-token-read-only",
            Some(false) => "audit-said-token-writes",
            None => "audit-said-token",
        }));
    }
    if let Some(count) = number("count") {
        let what = text("what").map(|w| purpose(tr, w)).unwrap_or_default();
        said.push(tr.t_args("audit-said-records", &[("count", count), ("what", what)]));
    }
    if let (Some(records), Some(created), Some(updated)) = (number("records"), number("created"), number("updated")) {
        said.push(
            tr.t_args("audit-said-imported", &[("records", records), ("created", created), ("updated", updated)]),
        );
    }
    if let Some(published) = detail.get("published").and_then(Json::as_bool) {
        said.push(tr.t(if published { "audit-said-published" } else { "audit-said-unpublished" }));
    }
    said.join(" ")
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
            detail: detail(&page.tr, &entry.event.detail),
            data: if entry.event.detail.is_null() { String::new() } else { entry.event.detail.to_string() },
            entry,
        })
        .collect();
    render(&AuditPage { page: page.with_org(&ctx), rows })
}

#[cfg(test)]
mod tests {
    use super::*;
    use bridges_domain::Language;
    use serde_json::json;

    #[test]
    fn every_shape_of_detail_reads_as_sentences() {
        let en = Tr::new(Language::En);
        // Values come isolated (FSI…PDI); the words around them are what is checked here.
        let said = |d: Json| detail(&en, &d).replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(said(json!({"role": "staff", "invitation": "x"})), "Role: Staff. Joined through an invitation.");
        assert_eq!(said(json!({"from": "viewer", "to": "coordinator"})), "Role changed from Viewer to Coordinator.");
        assert_eq!(said(json!({"role": "owner", "via": "command line"})), "Role: Owner. Added from the command line.");
        assert_eq!(said(json!({"token": "x", "read_only": true})), "A read-only API token.");
        assert_eq!(said(json!({"token": "x"})), "An API token.");
        assert_eq!(
            said(json!({"programme": "p", "what": "person-export", "count": 1})),
            "One person's records, for everything held about a person."
        );
        assert_eq!(said(json!({"what": "something new", "count": 2})), "2 people's records, for something new.");
        assert_eq!(
            said(json!({"directory": "d", "records": 10, "created": 7, "updated": 3})),
            "10 records read: 7 new, 3 updated."
        );
        assert_eq!(said(json!({"project": "p", "published": false})), "No longer public.");
        assert_eq!(said(Json::Null), "");
        assert_eq!(detail(&Tr::new(Language::Fr), &json!({"published": true})), "Désormais public.");
    }
}
