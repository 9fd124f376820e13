use crate::http::auth::MaybeUser;
use crate::http::error::AppResult;
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use bridges_store::Organisation;
use serde_json::json;

#[derive(Template)]
#[template(path = "org/home.html")]
struct HomePage {
    page: Page,
    orgs: Vec<(Organisation, bridges_domain::Role)>,
}

#[derive(Template)]
#[template(path = "org/not_set_up.html")]
struct NotSetUpPage {
    page: Page,
}

/// The front door: your organisations when logged in, the login page otherwise, and a plain word
/// about the setup link while bridges has no account at all.
pub async fn home(State(state): State<AppState>, MaybeUser(current): MaybeUser, page: Page) -> AppResult<Response> {
    let Some(current) = current else {
        if state.store().count_users().await? == 0 {
            return render(&NotSetUpPage { page });
        }
        return Ok(see_other("/login"));
    };
    let orgs = state.store().orgs_of_user(current.user.id).await?;
    if let [(org, _)] = orgs.as_slice() {
        return Ok(see_other(&format!("/orgs/{}", org.id)));
    }
    render(&HomePage { page, orgs })
}

/// 200 when the database answers, 503 otherwise: for load balancers and monitoring.
pub async fn health(State(state): State<AppState>) -> Response {
    match state.store().ping().await {
        Ok(()) => Json(json!({"status": "ok"})).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, Json(json!({"status": "unavailable"}))).into_response()
        }
    }
}
