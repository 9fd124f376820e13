//! An organisation's own practice records: write, edit, share for peer review, publish. And the
//! other side of the method: reviewing what other organisations have shared.

use crate::http::authz::{Authorised, Ids, OrgContext};
use crate::http::error::{AppError, AppResult};
use crate::http::forms::{FormPairs, FormView};
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use crate::http::with_status;
use crate::learn::library::record;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use bridges_app::learn::{self as practice_actions, Outcome};
use bridges_domain::policy::{PublishPractices, ReadOrg, ReviewPractices, WritePractices};
use bridges_domain::{Language, OrgId, PracticeId, PracticeStatus, ValidationErrors};
use bridges_store::{Grant, Review, StoredPractice};
use bridges_toolkit::{FrameworkSet, Practice, PracticeForm};

/// A framework item as a checkbox.
pub struct RefChoice {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

pub struct FrameworkChoices {
    pub title: String,
    pub items: Vec<RefChoice>,
}

impl FrameworkChoices {
    pub fn any_checked(&self) -> bool {
        self.items.iter().any(|i| i.checked)
    }
}

fn choices(known: &FrameworkSet, lang: Language, checked: &[String]) -> Vec<FrameworkChoices> {
    known
        .all()
        .map(|f| FrameworkChoices {
            title: f.title.get(lang).text.to_string(),
            items: f
                .items
                .iter()
                .map(|i| {
                    let value = format!("{}:{}", f.id, i.id);
                    RefChoice { checked: checked.contains(&value), label: i.title.get(lang).text.to_string(), value }
                })
                .collect(),
        })
        .collect()
}

/// A practice as lists show it.
pub struct PracticeRow {
    pub id: PracticeId,
    pub title: String,
    pub status: PracticeStatus,
    pub missing: usize,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

fn row(stored: &StoredPractice) -> AppResult<PracticeRow> {
    let p = record(stored)?;
    Ok(PracticeRow {
        id: stored.id,
        title: p.title.clone(),
        status: stored.status,
        missing: p.missing_for_publication().len(),
        updated_at: stored.updated_at,
    })
}

#[derive(Template)]
#[template(path = "learn/practices/list.html")]
struct ListPage {
    page: Page,
    rows: Vec<PracticeRow>,
    may_write: bool,
}

pub async fn list(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadOrg>,
    page: Page,
) -> AppResult<Response> {
    let stored = state.store().org_practices(&grant).await?;
    let rows = stored.iter().map(row).collect::<AppResult<Vec<_>>>()?;
    render(&ListPage { page: page.with_org(&ctx), rows, may_write: ctx.may::<WritePractices>() })
}

#[derive(Template)]
#[template(path = "learn/practices/form.html")]
struct FormPage {
    page: Page,
    action: String,
    form: PracticeForm,
    errors: FormView,
    frameworks: Vec<FrameworkChoices>,
    languages: [Language; 8],
}

/// The record's form, for those who may write it: the framework items it offers include the
/// organisation's own, which the writer's grant reads.
async fn form_page(
    state: &AppState,
    ctx: &OrgContext,
    grant: &Grant<WritePractices>,
    page: Page,
    action: String,
    form: PracticeForm,
    errors: &ValidationErrors,
) -> AppResult<FormPage> {
    let lang = page.tr.lang();
    let errors = FormView::new().with_errors(&page.tr, errors);
    let known = state.learn().frameworks_for(state.store(), grant).await?;
    Ok(FormPage {
        frameworks: choices(&known, lang, &form.frameworks),
        page: page.with_org(ctx),
        action,
        form,
        errors,
        languages: Language::ALL,
    })
}

pub async fn new_form(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<WritePractices>,
    page: Page,
) -> AppResult<Response> {
    let form = PracticeForm {
        language: page.lang().to_string(),
        country: ctx.org.country.to_string(),
        ..PracticeForm::default()
    };
    let action = format!("/orgs/{}/practices", ctx.org.id);
    render(&form_page(&state, &ctx, &grant, page, action, form, &ValidationErrors::new()).await?)
}

pub async fn create(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<WritePractices>,
    page: Page,
    pairs: FormPairs,
) -> AppResult<Response> {
    let form = PracticeForm::from_pairs(pairs.as_slice());
    let known = state.learn().frameworks_for(state.store(), &grant).await?;
    match practice_actions::create(state.services(), &grant, &form, &known).await? {
        Outcome::Done(id) => Ok(see_other(&format!("/orgs/{}/practices/{id}", ctx.org.id))),
        Outcome::Invalid(errors) => {
            let action = format!("/orgs/{}/practices", ctx.org.id);
            with_status(
                render(&form_page(&state, &ctx, &grant, page, action, form, &errors).await?)?,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<WritePractices>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, PracticeId)>,
) -> AppResult<Response> {
    let stored = state.store().org_practice(&grant.also::<ReadOrg>()?, id).await?;
    let form = PracticeForm::from_practice(&record(&stored)?);
    let action = format!("/orgs/{}/practices/{id}/edit", ctx.org.id);
    render(&form_page(&state, &ctx, &grant, page, action, form, &ValidationErrors::new()).await?)
}

pub async fn update(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<WritePractices>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, PracticeId)>,
    pairs: FormPairs,
) -> AppResult<Response> {
    let form = PracticeForm::from_pairs(pairs.as_slice());
    let known = state.learn().frameworks_for(state.store(), &grant).await?;
    match practice_actions::update(state.services(), &grant, (id, &form), &known).await? {
        Outcome::Done(()) => Ok(see_other(&format!("/orgs/{}/practices/{id}", ctx.org.id))),
        Outcome::Invalid(errors) => {
            let action = format!("/orgs/{}/practices/{id}/edit", ctx.org.id);
            with_status(
                render(&form_page(&state, &ctx, &grant, page, action, form, &errors).await?)?,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

/// A review as the author and other reviewers read it.
pub struct ReviewView {
    pub review: Review,
    pub org_name: String,
    pub refs: Vec<String>,
}

async fn review_views(state: &AppState, reviews: Vec<Review>, lang: Language) -> AppResult<Vec<ReviewView>> {
    let known = state.learn().all_frameworks(state.store()).await?;
    let mut out = Vec::with_capacity(reviews.len());
    for review in reviews {
        let org_name = state.store().org(review.reviewer_org).await.map(|o| o.name.to_string()).unwrap_or_default();
        let refs: Vec<String> = serde_json::from_str::<Vec<String>>(&review.refs)
            .unwrap_or_default()
            .iter()
            .filter_map(|r| bridges_toolkit::FrameworkRef::parse(r))
            .filter_map(|r| known.item(&r).map(|i| i.title.get(lang).text.to_string()))
            .collect();
        out.push(ReviewView { review, org_name, refs });
    }
    Ok(out)
}

#[derive(Template)]
#[template(path = "learn/practices/show.html")]
struct ShowPage {
    page: Page,
    id: PracticeId,
    status: PracticeStatus,
    practice: Practice,
    missing: Vec<&'static str>,
    reviews: Vec<ReviewView>,
    may_write: bool,
    may_publish: bool,
    error: Option<String>,
}

async fn show_page(
    state: &AppState,
    ctx: &OrgContext,
    read: &Grant<ReadOrg>,
    page: Page,
    id: PracticeId,
    error: Option<String>,
) -> AppResult<Response> {
    let stored = state.store().org_practice(read, id).await?;
    let practice = record(&stored)?;
    let reviews = review_views(state, state.store().reviews_of(read, id).await?, page.tr.lang()).await?;
    render(&ShowPage {
        page: page.with_org(ctx),
        id,
        status: stored.status,
        missing: practice.missing_for_publication(),
        practice,
        reviews,
        may_write: ctx.may::<WritePractices>(),
        may_publish: ctx.may::<PublishPractices>(),
        error,
    })
}

pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadOrg>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, PracticeId)>,
) -> AppResult<Response> {
    show_page(&state, &ctx, &grant, page, id, None).await
}

/// Moves the practice along the workflow. Publishing an incomplete record shows it again with why.
pub async fn set_status(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<PublishPractices>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, PracticeId)>,
    pairs: FormPairs,
) -> AppResult<Response> {
    let wanted = pairs.first("status");
    let next =
        PracticeStatus::parse(&wanted).map_err(|code| AppError::Invalid(ValidationErrors::single("status", code)))?;
    match practice_actions::set_status(state.services(), &grant, id, next).await {
        Ok(()) => Ok(see_other(&format!("/orgs/{}/practices/{id}", ctx.org.id))),
        Err(bridges_app::Error::Code(bridges_domain::ErrorCode::PracticeIncomplete)) => {
            let message = page.tr.error("practice-incomplete");
            with_status(
                show_page(&state, &ctx, &grant.also::<ReadOrg>()?, page, id, Some(message)).await?,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "learn/practices/reviews.html")]
struct ReviewListPage {
    page: Page,
    rows: Vec<(PracticeRow, String)>,
}

/// Practices other organisations have shared for peer review.
pub async fn review_list(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReviewPractices>,
    page: Page,
) -> AppResult<Response> {
    let shared = state.store().practices_for_review(&grant).await?;
    let mut rows = Vec::with_capacity(shared.len());
    for s in &shared {
        let org = state.store().org(s.org).await?.name.to_string();
        rows.push((row(s)?, org));
    }
    render(&ReviewListPage { page: page.with_org(&ctx), rows })
}

#[derive(Template)]
#[template(path = "learn/practices/review.html")]
struct ReviewPage {
    page: Page,
    id: PracticeId,
    author: String,
    practice: Practice,
    reviews: Vec<ReviewView>,
    frameworks: Vec<FrameworkChoices>,
    comment: String,
    errors: FormView,
}

/// The review form; `page` already names the reviewing organisation.
async fn review_page(
    state: &AppState,
    grant: &Grant<ReviewPractices>,
    page: Page,
    id: PracticeId,
    comment: String,
    checked: &[String],
    errors: &ValidationErrors,
) -> AppResult<Response> {
    let stored = state.store().practice_for_review(grant, id).await?;
    let lang = page.tr.lang();
    let reviews = review_views(state, state.store().reviews_for_reviewer(grant, id).await?, lang).await?;
    // Reviewers comment against the principles and the policy areas: the toolkit's own method.
    let shipped = state.learn().library().frameworks_with(Vec::new());
    let frameworks = choices(&shipped, lang, checked)
        .into_iter()
        .zip(shipped.all())
        .filter(|(_, f)| matches!(f.id.as_str(), "eu-cbp" | "enar" | "policy-areas"))
        .map(|(c, _)| c)
        .collect();
    let errors = FormView::new().with_errors(&page.tr, errors);
    render(&ReviewPage {
        page,
        id,
        author: state.store().org(stored.org).await?.name.to_string(),
        practice: record(&stored)?,
        reviews,
        frameworks,
        comment,
        errors,
    })
}

pub async fn review_form(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReviewPractices>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, PracticeId)>,
) -> AppResult<Response> {
    review_page(&state, &grant, page.with_org(&ctx), id, String::new(), &[], &ValidationErrors::new()).await
}

pub async fn add_review(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReviewPractices>,
    page: Page,
    Ids((_, id)): Ids<(OrgId, PracticeId)>,
    pairs: FormPairs,
) -> AppResult<Response> {
    let comment = pairs.first("comment");
    let refs = pairs.all("frameworks", 50);
    let mut errors = ValidationErrors::new();
    if comment.is_empty() {
        errors.add("comment", "review-comment-missing");
    } else if comment.chars().count() > bridges_toolkit::practice::MAX_LONG {
        errors.add("comment", "practice-field-too-long");
    }
    let library = state.learn().library();
    if refs.iter().any(|r| !bridges_toolkit::FrameworkRef::parse(r).is_some_and(|r| library.framework_item_exists(&r)))
    {
        errors.add("frameworks", "practice-framework-invalid");
    }
    if !errors.is_empty() {
        let response = review_page(&state, &grant, page.with_org(&ctx), id, comment, &refs, &errors).await?;
        return with_status(response, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let refs_json = serde_json::to_string(&refs).map_err(|e| AppError::Internal(e.to_string()))?;
    state.store().add_review(&grant, id, &comment, &refs_json, state.now()).await?;
    Ok(see_other(&format!("/orgs/{}/reviews/{id}", ctx.org.id)))
}

impl ShowPage {
    fn required_label(&self, field: &str) -> String {
        self.page.tk("learn-required", field)
    }
}
