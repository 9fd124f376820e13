//! Steps 1 and 2 of a plan: choose the policy areas the project touches (and say how they relate),
//! then the principles that will structure it, each with how the project applies it. Step 2 shows
//! which principles the library's guidance and practices apply together with the chosen areas.

use crate::http::authz::{Authorised, Ids};
use crate::http::error::{AppError, AppResult};
use crate::http::forms::{check_text, FormPairs};
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use crate::http::with_status;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use bridges_domain::policy::{EditProjects, ReadOrg};
use bridges_domain::{OrgId, ProjectId};
use bridges_store::{Choice, Grant, Project};
use bridges_toolkit::{FrameworkRef, FrameworkSet};

pub(crate) const STEP_AREAS: i16 = 1;
const STEP_PRINCIPLES: i16 = 2;
const MAX_NOTE: usize = 2_000;

/// One item that can be chosen, with what was said of it.
pub struct ChoiceOption {
    pub reference: String,
    pub title: String,
    pub chosen: bool,
    pub note: String,
    pub error: bool,
    /// Step 2: how many library items apply it together with the chosen areas.
    pub suggested: usize,
}

pub struct Group {
    pub title: String,
    pub options: Vec<ChoiceOption>,
}

#[derive(Template)]
#[template(path = "plan/step.html")]
struct StepPage {
    page: Page,
    project: Project,
    step: i16,
    groups: Vec<Group>,
    may_edit: bool,
    error: Option<String>,
    area_relations: String,
}

/// The frameworks a step chooses from.
fn frameworks_of(step: i16, known: &FrameworkSet) -> Vec<String> {
    if step == STEP_AREAS {
        return vec!["policy-areas".into()];
    }
    known.all().map(|f| f.id.clone()).filter(|id| id == "eu-cbp" || id == "enar" || id.starts_with("org-")).collect()
}

/// A step's page: what was chosen, or what was `submitted` with the notes that were refused.
/// `page` already names the organisation.
async fn step_page(
    state: &AppState,
    read: &Grant<ReadOrg>,
    page: Page,
    id: ProjectId,
    step: i16,
    submitted: Option<(Vec<Choice>, Vec<String>, String)>,
    error: Option<String>,
) -> AppResult<Response> {
    let project = state.store().project(read, id).await?;
    let known = state.learn().frameworks_for(state.store(), read).await?;
    let (choices, bad, area_relations) = match submitted {
        Some(s) => s,
        None => (state.store().choices(read, id, step).await?, Vec::new(), project.area_relations.clone()),
    };
    let mut suggested: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    if step == STEP_PRINCIPLES {
        let ids = frameworks_of(step, &known);
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        for area in state.store().choices(read, id, STEP_AREAS).await? {
            for (r, n) in state.learn().library().applied_together(&area.reference, &ids) {
                *suggested.entry(r).or_default() += n;
            }
        }
    }
    let lang = page.tr.lang();
    let groups = frameworks_of(step, &known)
        .iter()
        .filter_map(|fid| known.framework(fid))
        .map(|f| Group {
            title: f.title.get(lang).text.to_string(),
            options: f
                .items
                .iter()
                .map(|i| {
                    let reference = format!("{}:{}", f.id, i.id);
                    let chosen = choices.iter().find(|c| c.reference == reference);
                    ChoiceOption {
                        title: i.title.get(lang).text.to_string(),
                        chosen: chosen.is_some(),
                        note: chosen.map(|c| c.note.clone()).unwrap_or_default(),
                        error: bad.contains(&reference),
                        suggested: suggested.get(&reference).copied().unwrap_or(0),
                        reference,
                    }
                })
                .collect(),
        })
        .collect();
    render(&StepPage {
        page,
        project,
        step,
        groups,
        may_edit: read.membership().may::<EditProjects>(),
        error,
        area_relations,
    })
}

/// Checks submitted (reference, note) pairs for Step 1 or 2: an unknown item or one from a framework
/// the step does not offer is a 422 at once; notes that are too long or hold control characters are
/// returned by reference, so the form can mark them. Repeats are dropped. Only those about to save
/// the choices check them, with the grant that lets them.
pub(crate) async fn check_choices(
    state: &AppState,
    grant: &Grant<EditProjects>,
    step: i16,
    submitted: Vec<(String, String)>,
) -> AppResult<(Vec<Choice>, Vec<String>)> {
    let known = state.learn().frameworks_for(state.store(), grant).await?;
    let allowed = frameworks_of(step, &known);
    let mut choices: Vec<Choice> = Vec::new();
    let mut bad: Vec<String> = Vec::new();
    for (reference, note) in submitted {
        let valid =
            FrameworkRef::parse(&reference).is_some_and(|r| allowed.contains(&r.framework) && known.item_exists(&r));
        if !valid {
            return Err(AppError::Invalid(bridges_domain::ValidationErrors::single(
                "choose",
                "practice-framework-invalid",
            )));
        }
        let mut note_errors = bridges_domain::ValidationErrors::new();
        check_text(&mut note_errors, "note", &note, MAX_NOTE, false);
        if !note_errors.is_empty() {
            bad.push(reference.clone());
        }
        if !choices.iter().any(|c| c.reference == reference) {
            choices.push(Choice { reference, note });
        }
    }
    Ok((choices, bad))
}

pub(crate) fn step_of(slug: &str) -> AppResult<i16> {
    match slug {
        "policy-areas" => Ok(STEP_AREAS),
        "principles" => Ok(STEP_PRINCIPLES),
        _ => Err(AppError::NotFound),
    }
}

pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadOrg>,
    page: Page,
    Ids((_, id, slug)): Ids<(OrgId, ProjectId, String)>,
) -> AppResult<Response> {
    step_page(&state, &grant, page.with_org(&ctx), id, step_of(&slug)?, None, None).await
}

/// Saves a step's form: a `choose` field per chosen item and a `note:<item>` for each.
pub async fn save(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<EditProjects>,
    page: Page,
    Ids((_, project, slug)): Ids<(OrgId, ProjectId, String)>,
    pairs: FormPairs,
) -> AppResult<Response> {
    let step = step_of(&slug)?;
    let submitted: Vec<(String, String)> = pairs
        .all("choose", 200)
        .into_iter()
        .map(|reference| {
            let note = pairs.first(&format!("note:{reference}"));
            (reference, note)
        })
        .collect();
    let (choices, mut bad) = check_choices(&state, &grant, step, submitted).await?;
    let area_relations = pairs.first("area_relations");
    if area_relations.chars().count() > MAX_NOTE {
        bad.push("area_relations".into());
    }
    if !bad.is_empty() {
        let message = page.tr.error("practice-field-too-long");
        let read = grant.also::<ReadOrg>()?;
        let submitted = Some((choices, bad, area_relations));
        let response = step_page(&state, &read, page.with_org(&ctx), project, step, submitted, Some(message)).await?;
        return with_status(response, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let relations = (step == STEP_AREAS).then_some(area_relations.as_str());
    state.store().set_choices(&grant, project, step, &choices, relations, state.now()).await?;
    Ok(see_other(&format!("/orgs/{}/projects/{project}/{slug}", ctx.org.id)))
}

impl StepPage {
    fn slug(&self) -> &'static str {
        if self.step == STEP_AREAS {
            "policy-areas"
        } else {
            "principles"
        }
    }
}
