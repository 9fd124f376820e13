//! Accepting an invitation, with an existing account or a new one.

use crate::http::auth::{hash_password, MaybeUser};
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
use bridges_domain::{AuditKind, DisplayName, SecretToken, ValidationErrors};
use bridges_store::{AuditEvent, Invitation, Invitee, NewUser, Organisation};
use serde::Deserialize;

/// What the person opening the link can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Situation {
    /// Logged in with the invited address: one button joins.
    Join,
    /// Logged in as someone else: log out first.
    OtherAccount,
    /// The address has an account but is not logged in: log in first.
    LogInFirst,
    /// No account yet: choose a name and password.
    NewAccount,
}

#[derive(Template)]
#[template(path = "org/invite.html")]
struct InvitePage {
    page: Page,
    org: Organisation,
    invitation: Invitation,
    situation: Situation,
    form: FormView,
    action: String,
}

async fn load(state: &AppState, raw: &str) -> AppResult<(SecretToken, Invitation, Organisation)> {
    let token = SecretToken::parse(raw).ok_or(AppError::NotFound)?;
    let (invitation, org) = state.store().invitation_by_token(&token, state.now()).await?.ok_or(AppError::NotFound)?;
    Ok((token, invitation, org))
}

async fn situation(state: &AppState, current: &MaybeUser, invitation: &Invitation) -> AppResult<Situation> {
    Ok(match &current.0 {
        Some(c) if c.user.email == invitation.email => Situation::Join,
        Some(_) => Situation::OtherAccount,
        None if state.store().user_by_email(&invitation.email).await?.is_some() => Situation::LogInFirst,
        None => Situation::NewAccount,
    })
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    current: MaybeUser,
    Ids(raw): Ids<String>,
) -> AppResult<Response> {
    let (_, invitation, org) = load(&state, &raw).await?;
    let situation = situation(&state, &current, &invitation).await?;
    render(&InvitePage { page, org, invitation, situation, form: FormView::new(), action: format!("/invite/{raw}") })
}

#[derive(Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

pub async fn accept(
    State(state): State<AppState>,
    page: Page,
    current: MaybeUser,
    Ids(raw): Ids<String>,
    ClientAddress(address): ClientAddress,
    Https(secure): Https,
    Form(f): Form<AcceptForm>,
) -> AppResult<Response> {
    let (token, invitation, org) = load(&state, &raw).await?;
    let now = state.now();
    let situation = situation(&state, &current, &invitation).await?;
    let membership = match situation {
        Situation::Join => {
            let user = current.0.as_ref().map(|c| c.user.id).ok_or(AppError::Unauthenticated)?;
            state.store().accept_invitation(&token, Invitee::Existing(user), now).await?
        }
        Situation::OtherAccount | Situation::LogInFirst => {
            return Err(AppError::Code(bridges_domain::ErrorCode::InvitationOtherAccount))
        }
        Situation::NewAccount => {
            let mut errors = ValidationErrors::new();
            let name = errors.check("name", DisplayName::parse(&f.name));
            let password = new_password(&mut errors, &f.password, &f.password_confirm);
            let (Some(name), Some(password), true) = (name, password, errors.is_empty()) else {
                let form = FormView::new()
                    .with_value("name", f.name.chars().take(200).collect::<String>())
                    .with_errors(&page.tr, &errors);
                let action = format!("/invite/{raw}");
                let page = InvitePage { page, org, invitation, situation, form, action };
                return with_status(render(&page)?, StatusCode::UNPROCESSABLE_ENTITY);
            };
            let new = NewUser {
                email: invitation.email.clone(),
                display_name: name,
                password_hash: hash_password(password).await?,
                language: Some(page.tr.lang()),
            };
            state.store().accept_invitation(&token, Invitee::New(&new), now).await?
        }
    };
    state
        .store()
        .record(
            AuditEvent::new(AuditKind::MemberAdded)
                .org(membership.org())
                .actor(invitation.invited_by)
                .subject(membership.user())
                .detail(
                    serde_json::json!({"role": membership.role().as_str(), "invitation": invitation.id.to_string()}),
                )
                .address(&address),
            now,
        )
        .await?;
    let target = see_other(&format!("/orgs/{}", membership.org()));
    if situation == Situation::NewAccount {
        let user = state.store().user(membership.user()).await?;
        return open_session(&state, &user, secure, target).await;
    }
    Ok(target)
}
