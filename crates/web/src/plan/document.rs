//! The plan as one printable document, and its history: who changed what, when.

use crate::http::authz::{Authorised, Ids};
use crate::http::error::AppResult;
use crate::http::page::{render, Page};
use crate::http::state::AppState;
use crate::plan::projects::member_names;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use bridges_app::plan::PlanData;
use bridges_domain::policy::ReadOrg;
use bridges_domain::{OrgId, ProjectId};
use bridges_plan::{advice, funding_base, Advice, FundingBase, Leverage, Opponent, Overview};
use bridges_store::{Change, Choice, Grant};
use bridges_toolkit::FrameworkRef;
use std::collections::BTreeMap;

/// A chosen framework item with its title in the reader's language.
pub struct Chosen {
    pub title: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "plan/plan.html")]
struct PlanDocument {
    page: Page,
    plan: PlanData,
    overview: Overview,
    advice: Vec<Advice>,
    areas: Vec<Chosen>,
    principles: Vec<Chosen>,
    leverage: Vec<Leverage>,
    opponents: Vec<Opponent>,
    /// Who moves whom, drawn (SVG).
    network: String,
    base: FundingBase,
    names: BTreeMap<String, String>,
    members: BTreeMap<String, String>,
    printed: String,
}

impl PlanDocument {
    fn name(&self, key: &str) -> String {
        self.names.get(key).cloned().unwrap_or_default()
    }
    fn names_of(&self, keys: &[String]) -> String {
        keys.iter().map(|k| self.name(k)).collect::<Vec<_>>().join(", ")
    }
    fn claim_text(&self, id: &str) -> String {
        self.plan
            .evidence
            .iter()
            .find_map(|(i, e)| match e {
                bridges_plan::evidence::Entry::Claim { text } if i == id => Some(text.clone()),
                _ => None,
            })
            .unwrap_or_default()
    }
    fn member(&self, id: &str) -> String {
        self.members.get(id).cloned().unwrap_or_default()
    }
    fn share(&self, v: &f64) -> String {
        format!("{v:.0} %")
    }
}

async fn titled(state: &AppState, read: &Grant<ReadOrg>, page: &Page, choices: &[Choice]) -> AppResult<Vec<Chosen>> {
    let known = state.learn().frameworks_for(state.store(), read).await?;
    Ok(choices
        .iter()
        .map(|c| Chosen {
            title: FrameworkRef::parse(&c.reference)
                .and_then(|r| known.item(&r))
                .map(|i| i.title.get(page.tr.lang()).text.to_string())
                .unwrap_or_else(|| c.reference.clone()),
            note: c.note.clone(),
        })
        .collect())
}

/// `GET …/projects/{id}/plan`: every step on one page, laid out for printing.
pub async fn document(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadOrg>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProjectId)>,
) -> AppResult<Response> {
    let plan = PlanData::load(state.services(), &grant, id).await?;
    let map = plan.power_map()?;
    let partners: Vec<_> = plan.partners.iter().map(|(_, p)| p.clone()).collect();
    // In the organisation's time zone: the page must know the organisation first.
    let page = page.with_org(&ctx);
    let printed = page.date(&state.now());
    render(&PlanDocument {
        areas: titled(&state, &grant, &page, &plan.areas).await?,
        principles: titled(&state, &grant, &page, &plan.principles).await?,
        overview: plan.overview(),
        advice: advice(&plan.profile.context),
        leverage: map.leverage(),
        opponents: map.opponents(),
        network: super::pictures::who_moves_whom(&page, &plan.stakeholders, &plan.relations),
        base: funding_base(&partners),
        names: plan.stakeholders.iter().map(|s| (s.key.clone(), s.name.clone())).collect(),
        members: member_names(&state, &grant).await?,
        printed,
        page,
        plan,
    })
}

#[derive(Template)]
#[template(path = "plan/history.html")]
struct HistoryPage {
    page: Page,
    project: bridges_store::Project,
    changes: Vec<(Change, String)>,
}

/// Most changes the history page lists.
const HISTORY_LIMIT: u64 = 500;

/// A short label for a stored record: its name, text or description, whichever it has.
fn label(json: Option<&str>) -> String {
    let Some(value) = json.and_then(|j| serde_json::from_str::<serde_json::Value>(j).ok()) else {
        return String::new();
    };
    ["name", "text", "description", "summary", "participants", "role", "title", "kind"]
        .iter()
        .find_map(|k| value.get(k).and_then(|v| v.as_str()).filter(|s| !s.is_empty()))
        .map(|s| if s.chars().count() > 80 { format!("{}…", s.chars().take(79).collect::<String>()) } else { s.into() })
        .unwrap_or_default()
}

/// `GET …/projects/{id}/history`
pub async fn history(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadOrg>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProjectId)>,
) -> AppResult<Response> {
    let project = state.store().project(&grant, id).await?;
    let changes = state
        .store()
        .project_changes(&grant, id, HISTORY_LIMIT)
        .await?
        .into_iter()
        .map(|c| {
            let what = if c.summary.is_empty() {
                label(c.after.as_deref().or(c.before.as_deref()))
            } else {
                c.summary.clone()
            };
            (c, what)
        })
        .collect();
    render(&HistoryPage { page: page.with_org(&ctx), project, changes })
}

#[cfg(test)]
mod tests {
    use super::label;

    #[test]
    fn labels_come_from_the_first_named_field() {
        assert_eq!(label(Some(r#"{"type":"claim","text":"Rents are too high"}"#)), "Rents are too high");
        assert_eq!(label(Some(r#"{"name":"","description":"Cuts"}"#)), "Cuts");
        assert_eq!(label(Some("not json")), "");
        assert_eq!(label(None), "");
        assert_eq!(label(Some(&format!(r#"{{"name":"{}"}}"#, "x".repeat(200)))).chars().count(), 80);
    }
}
