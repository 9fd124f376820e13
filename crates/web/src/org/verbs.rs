//! The verbs' own addresses (`/plan`, `/measure`, …): each leads to the organisation's page for it.

use crate::http::error::AppResult;
use axum::response::Response;

/// Plan and Connect happen inside an organisation: its page for the verb (or, for someone in several
/// organisations, the choice of organisation).
async fn in_org(
    state: &crate::http::state::AppState,
    current: &crate::http::auth::CurrentUser,
    section: &str,
) -> AppResult<Response> {
    let orgs = state.store().orgs_of_user(current.user.id).await?;
    Ok(match orgs.as_slice() {
        [(org, _)] => crate::http::see_other(&format!("/orgs/{}/{section}", org.id)),
        _ => crate::http::see_other("/"),
    })
}

pub async fn plan(
    axum::extract::State(state): axum::extract::State<crate::http::state::AppState>,
    current: crate::http::auth::CurrentUser,
) -> AppResult<Response> {
    in_org(&state, &current, "projects").await
}

pub async fn connect(
    axum::extract::State(state): axum::extract::State<crate::http::state::AppState>,
    current: crate::http::auth::CurrentUser,
) -> AppResult<Response> {
    in_org(&state, &current, "programmes").await
}
pub async fn measure(
    axum::extract::State(state): axum::extract::State<crate::http::state::AppState>,
    current: crate::http::auth::CurrentUser,
) -> AppResult<Response> {
    in_org(&state, &current, "measure").await
}
pub async fn tell(
    axum::extract::State(state): axum::extract::State<crate::http::state::AppState>,
    current: crate::http::auth::CurrentUser,
) -> AppResult<Response> {
    in_org(&state, &current, "tell").await
}
