//! The organisation's home page: what needs doing today, each item a link to where it is done.

use crate::http::authz::Authorised;
use crate::http::error::AppResult;
use crate::http::page::{render, Page};
use crate::http::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use bridges_app::today::{self, Today};
use bridges_domain::names;
use bridges_domain::policy::ReadOrg;
use bridges_store::Organisation;

#[derive(Template)]
#[template(path = "org/dashboard.html")]
struct DashboardPage {
    page: Page,
    org: Organisation,
    member_count: u64,
    today: Today,
}

pub async fn show(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<ReadOrg>,
    page: Page,
) -> AppResult<Response> {
    let member_count = state.store().count_members(&grant).await?;
    let day = crate::measure::today(&state, &ctx);
    let today = today::today(state.services(), &grant, day).await?;
    render(&DashboardPage { page: page.with_org(&ctx), org: ctx.org, member_count, today })
}
