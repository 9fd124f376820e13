//! Editing a project itself: title, aims, status, dates, the locality's context profile, who leads
//! it, and how it answers the good-project qualities.

use crate::http::authz::{Authorised, Ids, OrgContext};
use crate::http::error::AppResult;
use crate::http::forms::check_text;
use crate::http::forms::{FormPairs, FormView};
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use crate::http::with_status;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use bridges_app::plan::{check_date, profile_of, MAX_FIELD};
use bridges_domain::policy::{EditProjects, ReadOrg};
use bridges_domain::{OrgId, ProjectId, ValidationErrors};
use bridges_plan::{Context, History, Leadership, Movement, Profile, Quality, Status};
use bridges_store::{Grant, Project};

#[derive(Template)]
#[template(path = "plan/edit.html")]
struct EditPage {
    page: Page,
    project: Project,
    title: String,
    aims: String,
    profile: Profile,
    form: FormView,
}

impl EditPage {
    fn quality(&self, q: &Quality) -> String {
        self.profile.qualities.get(q).cloned().unwrap_or_default()
    }
    fn date(v: &Option<String>) -> &str {
        v.as_deref().unwrap_or("")
    }
}

/// The edit form, for those who may edit: it reads the project with a grant derived from theirs.
async fn edit_page(
    state: &AppState,
    ctx: &OrgContext,
    grant: &Grant<EditProjects>,
    page: Page,
    id: ProjectId,
    submitted: Option<(String, String, Profile)>,
    form: FormView,
) -> AppResult<Response> {
    let project = state.store().project(&grant.also::<ReadOrg>()?, id).await?;
    let (title, aims, profile) = match submitted {
        Some(s) => s,
        None => (project.title.clone(), project.aims.clone(), profile_of(&project)?),
    };
    render(&EditPage { page: page.with_org(ctx), project, title, aims, profile, form })
}

pub async fn edit(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<EditProjects>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, ProjectId)>,
) -> AppResult<Response> {
    edit_page(&state, &ctx, &grant, page, id, None, FormView::new()).await
}

fn optional(v: String) -> Option<String> {
    (!v.is_empty()).then_some(v)
}

/// Reads the form into a profile, naming each field that is wrong.
fn read_profile(pairs: &FormPairs, errors: &mut ValidationErrors) -> Profile {
    let mut choice = |field: &'static str, ok: bool| {
        if !ok {
            errors.add(field, "choice-invalid");
        }
    };
    let status = Status::parse(&pairs.first("status"));
    choice("status", status.is_some());
    let history = History::parse(&pairs.first("history"));
    choice("history", history.is_some() || pairs.first("history").is_empty());
    let movement = Movement::parse(&pairs.first("movement"));
    choice("movement", movement.is_some() || pairs.first("movement").is_empty());
    let leadership = Leadership::parse(&pairs.first("leadership"));
    choice("leadership", leadership.is_some());
    let qualities = Quality::ALL
        .iter()
        .map(|q| (*q, pairs.first(&format!("quality_{}", q.as_str()))))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    let profile = Profile {
        status: status.unwrap_or_default(),
        starts_on: optional(pairs.first("starts_on")),
        ends_on: optional(pairs.first("ends_on")),
        context: Context {
            history,
            movement,
            communities: pairs.first("communities"),
            changing: pairs.first("changing"),
            fast_change: pairs.has("fast_change"),
        },
        leadership: leadership.unwrap_or_default(),
        qualities,
    };
    check_profile(&profile, errors);
    profile
}

/// What a valid profile looks like, whether it comes from the form or the API.
pub fn check_profile(p: &Profile, errors: &mut ValidationErrors) {
    check_date(errors, "starts_on", p.starts_on.as_deref());
    check_date(errors, "ends_on", p.ends_on.as_deref());
    if let (Some(a), Some(b)) = (&p.starts_on, &p.ends_on) {
        if b < a {
            errors.add("ends_on", "dates-reversed");
        }
    }
    check_text(errors, "communities", &p.context.communities, MAX_FIELD, false);
    check_text(errors, "changing", &p.context.changing, MAX_FIELD, false);
    for (q, text) in &p.qualities {
        let field = match q {
            Quality::Inequalities => "quality_inequalities",
            Quality::Involvement => "quality_involvement",
            Quality::Evidence => "quality_evidence",
            Quality::Dialogue => "quality_dialogue",
            Quality::Empowerment => "quality_empowerment",
            Quality::Leadership => "quality_leadership",
        };
        check_text(errors, field, text, MAX_FIELD, false);
    }
}

pub async fn save(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<EditProjects>,
    page: Page,
    Ids((_, project)): Ids<(OrgId, ProjectId)>,
    pairs: FormPairs,
) -> AppResult<Response> {
    let mut errors = ValidationErrors::new();
    let title = pairs.first("title");
    let aims = pairs.first("aims");
    check_text(&mut errors, "title", &title, 200, true);
    check_text(&mut errors, "aims", &aims, 8_000, false);
    let profile = read_profile(&pairs, &mut errors);
    if !errors.is_empty() {
        let form = FormView::new().with_errors(&page.tr, &errors);
        let response = edit_page(&state, &ctx, &grant, page, project, Some((title, aims, profile)), form).await?;
        return with_status(response, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let json = serde_json::to_string(&profile).map_err(|e| crate::http::error::AppError::Internal(e.to_string()))?;
    state.store().update_project(&grant, project, &title, &aims, &json, state.now()).await?;
    Ok(see_other(&format!("/orgs/{}/projects/{project}", ctx.org.id)))
}
