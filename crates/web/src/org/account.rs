//! A person's own account: password and API tokens.

use crate::http::auth::{hash_password, verify_password, CurrentUser};
use crate::http::authz::Ids;
use crate::http::error::AppResult;
use crate::http::forms::{new_password, FormView};
use crate::http::net::{ClientAddress, Https};
use crate::http::page::{render, Page};
use crate::http::see_other;
use crate::http::state::AppState;
use crate::http::with_status;
use crate::org::session::open_session;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use bridges_domain::{ApiTokenId, AuditKind, Password, ValidationErrors};
use bridges_store::{ApiTokenInfo, AuditEvent};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "org/account.html")]
struct AccountPage {
    page: Page,
    email: String,
    password_form: FormView,
    password_changed: bool,
    tokens: Vec<ApiTokenInfo>,
    token_form: FormView,
    new_token: Option<String>,
}

struct Outcome {
    password_form: FormView,
    password_changed: bool,
    token_form: FormView,
    new_token: Option<String>,
}

impl Default for Outcome {
    fn default() -> Self {
        Self { password_form: FormView::new(), password_changed: false, token_form: FormView::new(), new_token: None }
    }
}

async fn account_page(state: &AppState, current: &CurrentUser, page: Page, outcome: Outcome) -> AppResult<Response> {
    let tokens = state.store().api_tokens_of(current.user.id).await?;
    render(&AccountPage {
        page,
        email: current.user.email.to_string(),
        password_form: outcome.password_form,
        password_changed: outcome.password_changed,
        tokens,
        token_form: outcome.token_form,
        new_token: outcome.new_token,
    })
}

pub async fn show(State(state): State<AppState>, current: CurrentUser, page: Page) -> AppResult<Response> {
    account_page(&state, &current, page, Outcome::default()).await
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    current: CurrentUser,
    page: Page,
    ClientAddress(address): ClientAddress,
    Https(secure): Https,
    Form(f): Form<PasswordForm>,
) -> AppResult<Response> {
    current.require_session()?;
    let mut errors = ValidationErrors::new();
    let old = errors.check("current", Password::for_login(&f.current));
    let new = new_password(&mut errors, &f.password, &f.password_confirm);
    if let Some(old) = old {
        if !verify_password(current.user.password_hash.clone(), old).await? {
            errors.add("current", "password-wrong");
        }
    }
    let (Some(new), true) = (new, errors.is_empty()) else {
        let outcome = Outcome { password_form: FormView::new().with_errors(&page.tr, &errors), ..Outcome::default() };
        return with_status(account_page(&state, &current, page, outcome).await?, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let now = state.now();
    state.store().change_password(current.user.id, &hash_password(new).await?, now).await?;
    state
        .store()
        .record(AuditEvent::new(AuditKind::PasswordChanged).subject(current.user.id).address(&address), now)
        .await?;
    // Every session ended with the old password; this person stays logged in on a new one.
    let outcome = Outcome { password_changed: true, ..Outcome::default() };
    let response = account_page(&state, &current, page, outcome).await?;
    open_session(&state, &current.user, secure, response).await
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    name: String,
    /// Present (any value) for a token that may only read.
    #[serde(default)]
    read_only: Option<String>,
    #[serde(default)]
    token_password: String,
}

pub async fn create_token(
    State(state): State<AppState>,
    current: CurrentUser,
    page: Page,
    ClientAddress(address): ClientAddress,
    Form(f): Form<TokenForm>,
) -> AppResult<Response> {
    current.require_session()?;
    let name = f.name.trim();
    let mut errors = ValidationErrors::new();
    if name.is_empty() {
        errors.add("name", "token-name-missing");
    } else if name.chars().count() > 100 || bridges_domain::text::refusal(name, false).is_some() {
        errors.add("name", "token-name-invalid");
    }
    match Password::for_login(&f.token_password) {
        Ok(password) => {
            if !verify_password(current.user.password_hash.clone(), password).await? {
                errors.add("token_password", "password-wrong");
            }
        }
        Err(code) => errors.add("token_password", code),
    }
    if !errors.is_empty() {
        let outcome = Outcome {
            token_form: FormView::new()
                .with_value("name", name.chars().take(100).collect::<String>())
                .with_errors(&page.tr, &errors),
            ..Outcome::default()
        };
        return with_status(account_page(&state, &current, page, outcome).await?, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let now = state.now();
    let read_only = f.read_only.is_some();
    let (id, token) = state.store().create_api_token(current.user.id, name, (read_only, None), now).await?;
    state
        .store()
        .record(
            AuditEvent::new(AuditKind::ApiTokenCreated)
                .subject(current.user.id)
                .detail(serde_json::json!({"token": id.to_string(), "read_only": read_only}))
                .address(&address),
            now,
        )
        .await?;
    let outcome = Outcome { new_token: Some(token.as_str().to_string()), ..Outcome::default() };
    account_page(&state, &current, page, outcome).await
}

pub async fn revoke_token(
    State(state): State<AppState>,
    current: CurrentUser,
    ClientAddress(address): ClientAddress,
    Ids(id): Ids<ApiTokenId>,
) -> AppResult<Response> {
    current.require_session()?;
    let now = state.now();
    state.store().revoke_api_token(current.user.id, id, now).await?;
    state
        .store()
        .record(
            AuditEvent::new(AuditKind::ApiTokenRevoked)
                .subject(current.user.id)
                .detail(serde_json::json!({"token": id.to_string()}))
                .address(&address),
            now,
        )
        .await?;
    Ok(see_other("/account"))
}
