//! Logging in and out.

use crate::http::auth::{verify_password, Credential, CurrentUser, MaybeUser, SESSION_COOKIE};
use crate::http::cookies::CookieRules;
use crate::http::csrf::CSRF_COOKIE;
use crate::http::error::AppResult;
use crate::http::forms::{safe_next, FormView};
use crate::http::i18n::LANG_COOKIE;
use crate::http::net::{ClientAddress, Https};
use crate::http::page::{render, Page};
use crate::http::state::AppState;
use crate::http::{see_other, with_status};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::Response;
use axum::Form;
use bridges_domain::{AuditKind, Email, Password, PasswordHash, SecretToken, ValidationErrors};
use bridges_store::{AuditEvent, LoginAttempt, LoginGate, User};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "org/login.html")]
struct LoginPage {
    page: Page,
    form: FormView,
    next: String,
}

#[derive(Deserialize, Default)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

pub async fn form(page: Page, MaybeUser(current): MaybeUser, Query(q): Query<NextQuery>) -> AppResult<Response> {
    if current.is_some() {
        return Ok(see_other(&safe_next(&q.next)));
    }
    render(&LoginPage { page, form: FormView::new(), next: safe_next(&q.next) })
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// Opens a session for `user` and returns the response headers that carry it: the session cookie,
/// a fresh CSRF token (never reuse one from before login), and the person's saved language.
pub(crate) async fn open_session(
    state: &AppState,
    user: &User,
    secure: bool,
    mut response: Response,
) -> AppResult<Response> {
    let token = state.store().create_session(user.id, state.now(), state.config().session_ttl).await?;
    let rules = CookieRules { secure };
    let max_age = state.config().session_ttl.num_seconds();
    let csrf = SecretToken::generate("c_");
    let mut cookies =
        vec![rules.set(SESSION_COOKIE, token.as_str(), Some(max_age)), rules.set(CSRF_COOKIE, csrf.as_str(), None)];
    if let Some(lang) = user.language {
        cookies.push(rules.set(LANG_COOKIE, lang.code(), Some(365 * 24 * 3600)));
    }
    for cookie in cookies.into_iter().flatten() {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    Ok(response)
}

pub async fn login(
    State(state): State<AppState>,
    page: Page,
    ClientAddress(address): ClientAddress,
    Https(secure): Https,
    headers: axum::http::HeaderMap,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    let next = safe_next(&form.next);
    let view = |errors: &ValidationErrors, page: Page| LoginPage {
        form: FormView::new()
            .with_value("email", form.email.chars().take(254).collect::<String>())
            .with_errors(&page.tr, errors),
        page,
        next: next.clone(),
    };
    let mut errors = ValidationErrors::new();
    let email = errors.check("email", Email::parse(&form.email));
    let password = errors.check("password", Password::for_login(&form.password));
    let (Some(email), Some(password)) = (email, password) else {
        return with_status(render(&view(&errors, page))?, StatusCode::UNPROCESSABLE_ENTITY);
    };

    let now = state.now();
    let rule = state.config().throttle;
    let account_key = email.as_str().to_string();
    let user = state.store().user_by_email(&email).await?;
    let device = user.as_ref().and_then(|u| device::recognise(&state, &headers, u));
    let who = LoginAttempt { account: &account_key, address: &address, device: device.as_deref() };
    match state.store().login_gate(who, now, rule).await? {
        LoginGate::Open => {}
        LoginGate::Slow(wait) => tokio::time::sleep(wait).await,
        LoginGate::Refused => {
            let mut event = AuditEvent::new(AuditKind::LoginThrottled).address(&address);
            if let Some(u) = &user {
                event = event.subject(u.id);
            }
            state.store().record(event, now).await?;
            let errors = ValidationErrors::single("email", "login-throttled");
            let mut response = with_status(render(&view(&errors, page))?, StatusCode::TOO_MANY_REQUESTS)?;
            let retry = rule.window.num_seconds().to_string();
            if let Ok(v) = retry.parse() {
                response.headers_mut().insert(header::RETRY_AFTER, v);
            }
            return Ok(response);
        }
    }

    // Verify against a decoy when there is no such account, so timing does not tell who has one.
    let user_id = user.as_ref().map(|u| u.id);
    let hash = user.as_ref().map(|u| u.password_hash.clone()).unwrap_or_else(PasswordHash::decoy);
    let verified = verify_password(hash, password).await?;
    match user.filter(|_| verified) {
        Some(user) => {
            state.store().clear_login_failures(who).await?;
            state
                .store()
                .record(AuditEvent::new(AuditKind::LoginSucceeded).subject(user.id).address(&address), now)
                .await?;
            let mut response = open_session(&state, &user, secure, see_other(&next)).await?;
            if let Some(cookie) = device::issue(&state, &user, secure) {
                response.headers_mut().append(header::SET_COOKIE, cookie);
            }
            Ok(response)
        }
        None => {
            state.store().record_login_failure(who, now).await?;
            let mut event = AuditEvent::new(AuditKind::LoginFailed).address(&address);
            if let Some(id) = user_id {
                event = event.subject(id);
            }
            state.store().record(event, now).await?;
            let errors = ValidationErrors::single("email", "login-failed");
            with_status(render(&view(&errors, page))?, StatusCode::UNAUTHORIZED)
        }
    }
}

/// Device cookies: a browser that logged in to an account before carries a cookie the server
/// signed for that account, and keeps its own budget of failures when the account is under attack.
mod device {
    use crate::http::cookies::{self, CookieRules};
    use crate::http::state::AppState;
    use axum::http::{HeaderMap, HeaderValue};
    use bridges_domain::SecretToken;
    use bridges_store::User;

    const COOKIE: &str = "bridges_device";
    const MAX_AGE: i64 = 180 * 24 * 3600;

    /// Signed over the account and its current password hash, so a changed password retires every
    /// device cookie the old one earned.
    fn signature(state: &AppState, user: &User, nonce: &str) -> Option<String> {
        state.store().keyed_digest(&format!("device {} {} {nonce}", user.id, user.password_hash.as_str())).ok()
    }

    /// The device's own id, if the request carries a device cookie signed for `user`.
    pub fn recognise(state: &AppState, headers: &HeaderMap, user: &User) -> Option<String> {
        let value = cookies::get(headers, COOKIE)?;
        let (nonce, mac) = value.split_once('.')?;
        let expected = signature(state, user, nonce)?;
        bool::from(subtle::ConstantTimeEq::ct_eq(expected.as_bytes(), mac.as_bytes())).then(|| nonce.to_string())
    }

    /// A new device cookie for `user`.
    pub fn issue(state: &AppState, user: &User, secure: bool) -> Option<HeaderValue> {
        let nonce = SecretToken::generate("d_");
        let mac = signature(state, user, nonce.as_str())?;
        CookieRules { secure }.set(COOKIE, &format!("{}.{mac}", nonce.as_str()), Some(MAX_AGE))
    }
}

pub async fn logout(State(state): State<AppState>, current: CurrentUser, Https(secure): Https) -> AppResult<Response> {
    if let Credential::Session(token) = &current.credential {
        state.store().end_session(token).await?;
    }
    state.store().record(AuditEvent::new(AuditKind::Logout).subject(current.user.id), state.now()).await?;
    let mut response = see_other("/login");
    if let Some(cookie) = (CookieRules { secure }).clear(SESSION_COOKIE) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    Ok(response)
}
