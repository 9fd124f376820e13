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

pub async fn plan(page: Page) -> AppResult<Response> {
    coming(page, "plan").await
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
