//! An organisation's own frameworks: a named list of items (its own principles, a funder's outcome
//! framework…) to tag its practices with, beside the frameworks shipped with bridges.

use crate::http::authz::{Authorised, OrgContext};
use crate::http::error::{AppError, AppResult};
use crate::http::forms::FormView;
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use crate::http::with_status;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use bridges_domain::policy::{ManageFrameworks, ReadOrg};
use bridges_domain::{FrameworkId, ValidationErrors};
use bridges_store::Grant;
use bridges_toolkit::{Framework, FrameworkItem, Localized};
use serde::Deserialize;

const MAX_ITEMS: usize = 100;

#[derive(Template)]
#[template(path = "learn/org_frameworks.html")]
struct FrameworksPage {
    page: Page,
    shipped: Vec<Framework>,
    own: Vec<Framework>,
    may_add: bool,
    form: FormView,
}

async fn frameworks_page(
    state: &AppState,
    ctx: &OrgContext,
    read: &Grant<ReadOrg>,
    page: Page,
    form: FormView,
) -> AppResult<Response> {
    let known = state.learn().frameworks_for(state.store(), read).await?;
    let shipped = state.learn().library().frameworks().to_vec();
    let own = known.all().filter(|f| !shipped.iter().any(|s| s.id == f.id)).cloned().collect();
    render(&FrameworksPage { page: page.with_org(ctx), shipped, own, may_add: ctx.may::<ManageFrameworks>(), form })
}

pub async fn list(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadOrg>,
    page: Page,
) -> AppResult<Response> {
    frameworks_page(&state, &ctx, &grant, page, FormView::new().with_value("version", "1")).await
}

#[derive(Deserialize)]
pub struct NewFramework {
    #[serde(default)]
    title: String,
    #[serde(default)]
    version: String,
    #[serde(default)]
    description: String,
    /// One item per line.
    #[serde(default)]
    items: String,
}

/// Checks the form and makes the framework, its title in the organisation's language.
fn parse(form: &NewFramework, id: FrameworkId, lang: &str) -> Result<Framework, ValidationErrors> {
    let mut errors = ValidationErrors::new();
    let bad_text = |s: &str, max: usize| s.chars().count() > max || bridges_domain::text::refusal(s, false).is_some();
    let title = form.title.trim();
    if title.is_empty() {
        errors.add("title", "framework-title-missing");
    } else if bad_text(title, 120) {
        errors.add("title", "practice-field-too-long");
    }
    let version = form.version.trim();
    if bad_text(version, 40) {
        errors.add("version", "practice-field-too-long");
    }
    let description = form.description.trim();
    if bad_text(description, 500) {
        errors.add("description", "practice-field-too-long");
    }
    let items: Vec<&str> = form.items.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if items.is_empty() {
        errors.add("items", "framework-items-missing");
    } else if items.len() > MAX_ITEMS || items.iter().any(|i| bad_text(i, 200)) {
        errors.add("items", "framework-items-invalid");
    }
    errors.into_result()?;
    let text = |t: &str| Localized::from_pairs(&[(lang, t)]);
    Ok(Framework {
        id: format!("org-{}", id.as_uuid().simple()),
        version: if version.is_empty() { "1".into() } else { version.into() },
        source: String::new(),
        title: text(title),
        description: text(description),
        note: None,
        items: items
            .iter()
            .enumerate()
            .map(|(n, t)| FrameworkItem { id: (n + 1).to_string(), title: text(t), group: None })
            .collect(),
    })
}

pub async fn create(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ManageFrameworks>,
    page: Page,
    Form(form): Form<NewFramework>,
) -> AppResult<Response> {
    let id = FrameworkId::new();
    match parse(&form, id, ctx.org.language.code()) {
        Ok(framework) => {
            let json = serde_json::to_string(&framework).map_err(|e| AppError::Internal(e.to_string()))?;
            state.store().create_org_framework(&grant, id, &json, state.now()).await?;
            Ok(see_other(&format!("/orgs/{}/frameworks", ctx.org.id)))
        }
        Err(errors) => {
            let view = FormView::new()
                .with_value("title", form.title.chars().take(200).collect::<String>())
                .with_value("version", form.version.chars().take(60).collect::<String>())
                .with_value("description", form.description.chars().take(600).collect::<String>())
                .with_value("items", form.items.chars().take(25_000).collect::<String>())
                .with_errors(&page.tr, &errors);
            let read = grant.also::<ReadOrg>()?;
            with_status(frameworks_page(&state, &ctx, &read, page, view).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn makes_numbered_items_in_the_organisation_language() {
        let form = NewFramework {
            title: "Our values".into(),
            version: "".into(),
            description: "".into(),
            items: "Dignity\n\n Equality \n".into(),
        };
        let f = parse(&form, FrameworkId::new(), "fr").unwrap();
        assert!(f.id.starts_with("org-") && f.id.len() == 36);
        assert_eq!(f.items.len(), 2);
        assert_eq!(f.items[1].id, "2");
        assert_eq!(f.items[1].title.get(bridges_domain::Language::En).text, "Equality");
        assert_eq!(f.version, "1");
        let empty = NewFramework { title: " ".into(), version: "".into(), description: "".into(), items: "".into() };
        let errors = parse(&empty, FrameworkId::new(), "en").unwrap_err();
        assert_eq!(errors.iter().map(|e| e.field).collect::<Vec<_>>(), ["title", "items"]);
    }
}
