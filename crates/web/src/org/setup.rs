//! First run: the one-time link printed by `bridges serve` creates the first organisation and its
//! owner. Once anyone has an account, the link is gone and the page answers 404.

use crate::http::auth::hash_password;
use crate::http::authz::Ids;
use crate::http::error::{AppError, AppResult};
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
use bridges_domain::{
    AuditKind, CountryCode, DisplayName, Email, Language, OrgName, SecretToken, TimeZoneName, ValidationErrors,
};
use bridges_store::{AuditEvent, NewOrganisation, NewUser};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "org/setup.html")]
struct SetupPage {
    page: Page,
    form: FormView,
    action: String,
}

async fn check_token(state: &AppState, raw: &str) -> AppResult<SecretToken> {
    let token = SecretToken::parse(raw).ok_or(AppError::NotFound)?;
    if state.store().count_users().await? > 0 || !state.store().setup_token_matches(&token).await? {
        return Err(AppError::NotFound);
    }
    Ok(token)
}

pub async fn form(State(state): State<AppState>, page: Page, Ids(raw): Ids<String>) -> AppResult<Response> {
    check_token(&state, &raw).await?;
    let form = FormView::new().with_value("language", page.lang()).with_value("time_zone", "UTC");
    render(&SetupPage { page, form, action: format!("/setup/{raw}") })
}

#[derive(Deserialize)]
pub struct SetupForm {
    #[serde(default)]
    org_name: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    time_zone: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

pub async fn submit(
    State(state): State<AppState>,
    page: Page,
    Ids(raw): Ids<String>,
    ClientAddress(address): ClientAddress,
    Https(secure): Https,
    Form(f): Form<SetupForm>,
) -> AppResult<Response> {
    let token = check_token(&state, &raw).await?;
    let mut errors = ValidationErrors::new();
    let org_name = errors.check("org_name", OrgName::parse(&f.org_name));
    let country = errors.check("country", CountryCode::parse(&f.country));
    let language = errors.check("language", Language::parse(&f.language));
    let time_zone = errors.check("time_zone", TimeZoneName::parse(&f.time_zone));
    let name = errors.check("name", DisplayName::parse(&f.name));
    let email = errors.check("email", Email::parse(&f.email));
    let password = new_password(&mut errors, &f.password, &f.password_confirm);
    let (Some(org_name), Some(country), Some(language), Some(time_zone), Some(name), Some(email), Some(password), true) =
        (org_name, country, language, time_zone, name, email, password, errors.is_empty())
    else {
        let form = FormView::new()
            .with_value("org_name", f.org_name.chars().take(200).collect::<String>())
            .with_value("country", f.country.chars().take(10).collect::<String>())
            .with_value("language", f.language.chars().take(10).collect::<String>())
            .with_value("time_zone", f.time_zone.chars().take(64).collect::<String>())
            .with_value("name", f.name.chars().take(200).collect::<String>())
            .with_value("email", f.email.chars().take(254).collect::<String>())
            .with_errors(&page.tr, &errors);
        let action = format!("/setup/{raw}");
        return with_status(render(&SetupPage { page, form, action })?, StatusCode::UNPROCESSABLE_ENTITY);
    };

    let hash = hash_password(password).await?;
    let now = state.now();
    let owner = NewUser { email, display_name: name, password_hash: hash, language: Some(language) };
    let org = NewOrganisation { name: org_name, country, language, time_zone };
    let membership = state.store().set_up_first_owner(&token, &owner, &org, now).await?;
    state
        .store()
        .record(
            AuditEvent::new(AuditKind::SetupCompleted)
                .org(membership.org())
                .actor(membership.user())
                .subject(membership.user())
                .address(&address),
            now,
        )
        .await?;
    let user = state.store().user(membership.user()).await?;
    open_session(&state, &user, secure, see_other(&format!("/orgs/{}", membership.org()))).await
}
