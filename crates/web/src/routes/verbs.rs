//! The verbs of bridges not built yet: each says so plainly.

use crate::error::AppResult;
use crate::page::{render, Page};
use askama::Template;
use axum::response::Response;

#[derive(Template)]
#[template(path = "coming_soon.html")]
struct ComingSoon {
    page: Page,
    verb: &'static str,
}

async fn coming(page: Page, verb: &'static str) -> AppResult<Response> {
    render(&ComingSoon { page, verb })
}

/// Plan happens inside an organisation: its projects page (or the choice of organisation).
pub async fn plan(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    current: crate::auth::CurrentUser,
) -> AppResult<Response> {
    let orgs = state.store().orgs_of_user(current.user.id).await?;
    Ok(match orgs.as_slice() {
        [(org, _)] => crate::routes::see_other(&format!("/orgs/{}/projects", org.id)),
        _ => crate::routes::see_other("/"),
    })
}
pub async fn connect(page: Page) -> AppResult<Response> {
    coming(page, "connect").await
}
pub async fn measure(page: Page) -> AppResult<Response> {
    coming(page, "measure").await
}
pub async fn tell(page: Page) -> AppResult<Response> {
    coming(page, "tell").await
}
