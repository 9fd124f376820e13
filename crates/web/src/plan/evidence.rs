//! Step 3 of a plan: the evidence register (claims, the evidence for each, who backs it, what is
//! unknown) and focus-group and participatory-research sessions. Gaps are flagged.

use crate::http::authz::{Authorised, Ids, OrgContext};
use crate::http::error::{AppError, AppResult};
use crate::http::forms::{FormPairs, FormView};
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use crate::http::with_status;
use crate::plan::registers;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use bridges_app::plan::load_register;
use bridges_domain::policy::{EditProjects, ReadOrg};
use bridges_domain::{OrgId, ProjectId, ValidationErrors};
use bridges_plan::evidence::Entry;
use bridges_plan::{gaps, EvidenceKind, Gaps};
use bridges_store::{Grant, Project};

#[derive(Template)]
#[template(path = "plan/evidence.html")]
struct EvidencePage {
    page: Page,
    project: Project,
    entries: Vec<(String, Entry)>,
    gaps: Gaps,
    may_edit: bool,
    form: FormView,
    kinds: [EvidenceKind; 4],
}

impl EvidencePage {
    fn claims(&self) -> Vec<(&String, &String)> {
        self.entries
            .iter()
            .filter_map(|(id, e)| if let Entry::Claim { text } = e { Some((id, text)) } else { None })
            .collect()
    }
    fn evidence_for(&self, claim: &str) -> Vec<(&String, &Entry)> {
        self.entries
            .iter()
            .filter(|(_, e)| matches!(e, Entry::Evidence { claim: c, .. } if c == claim))
            .map(|(id, e)| (id, e))
            .collect()
    }
    fn sessions(&self) -> Vec<(&String, &Entry)> {
        self.entries.iter().filter(|(_, e)| matches!(e, Entry::Session { .. })).map(|(id, e)| (id, e)).collect()
    }
    fn unsupported(&self, id: &str) -> bool {
        self.gaps.unsupported_claims.iter().any(|c| c == id)
    }
    fn unbacked(&self, id: &str) -> bool {
        self.gaps.unbacked_evidence.iter().any(|c| c == id)
    }
}

async fn load(state: &AppState, read: &Grant<ReadOrg>, id: ProjectId) -> AppResult<Vec<(String, Entry)>> {
    Ok(load_register(state.services(), read, id).await?)
}

async fn evidence_page(
    state: &AppState,
    ctx: &OrgContext,
    read: &Grant<ReadOrg>,
    page: Page,
    id: ProjectId,
    form: FormView,
) -> AppResult<Response> {
    let project = state.store().project(read, id).await?;
    let entries = load(state, read, id).await?;
    render(&EvidencePage {
        page: page.with_org(ctx),
        project,
        gaps: gaps(&entries),
        entries,
        may_edit: ctx.may::<EditProjects>(),
        form,
        kinds: EvidenceKind::ALL,
    })
}

pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadOrg>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProjectId)>,
) -> AppResult<Response> {
    evidence_page(&state, &ctx, &grant, page, id, FormView::new()).await
}

/// One form per kind of entry, told apart by the `type` field.
pub async fn add(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<EditProjects>,
    page: Page,
    Ids((_, project)): Ids<(OrgId, ProjectId)>,
    pairs: FormPairs,
) -> AppResult<Response> {
    let read = grant.also::<ReadOrg>()?;
    let field = |name: &str| pairs.first(name);
    let mut errors = ValidationErrors::new();
    let entry = match field("type").as_str() {
        "claim" => Entry::Claim { text: field("text") },
        "evidence" => {
            let kind = EvidenceKind::parse(&field("kind")).unwrap_or_else(|| {
                errors.add("kind", "evidence-kind-invalid");
                EvidenceKind::Data
            });
            Entry::Evidence {
                claim: field("claim"),
                kind,
                summary: field("summary"),
                source: field("source"),
                date: field("date"),
                backed_by: field("backed_by"),
                unknowns: field("unknowns"),
            }
        }
        "session" => {
            Entry::Session { participants: field("participants"), learned: field("learned"), gaps: field("gaps") }
        }
        _ => return Err(AppError::Code(bridges_domain::ErrorCode::BadRequest)),
    };
    registers::check(&state, &read, project, &entry, None, &mut errors).await?;
    if !errors.is_empty() {
        // The form comes back as it was typed, so nothing is lost.
        let typed = [
            "text",
            "claim",
            "kind",
            "summary",
            "source",
            "date",
            "backed_by",
            "unknowns",
            "participants",
            "learned",
            "gaps",
        ];
        let form = typed
            .into_iter()
            .fold(FormView::new(), |form, f| form.with_value(f, field(f).chars().take(8_000).collect::<String>()))
            .with_errors(&page.tr, &errors);
        let response = evidence_page(&state, &ctx, &read, page, project, form).await?;
        return with_status(response, StatusCode::UNPROCESSABLE_ENTITY);
    }
    registers::save(&state, &grant, project, &entry, None).await?;
    Ok(see_other(&format!("/orgs/{}/projects/{project}/evidence", ctx.org.id)))
}
