//! The language switcher: a small form on every page, so it works without JavaScript.

use crate::http::auth::MaybeUser;
use crate::http::cookies::CookieRules;
use crate::http::error::AppResult;
use crate::http::forms::safe_next;
use crate::http::i18n::LANG_COOKIE;
use crate::http::net::Https;
use crate::http::see_other;
use crate::http::state::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::Response;
use axum::Form;
use bridges_domain::Language;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct SwitchForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    next: String,
}

pub async fn switch(
    State(state): State<AppState>,
    MaybeUser(current): MaybeUser,
    Https(secure): Https,
    Form(form): Form<SwitchForm>,
) -> AppResult<Response> {
    let lang = Language::parse(&form.lang).unwrap_or_default();
    if let Some(current) = current {
        state.store().set_user_language(current.user.id, lang).await?;
    }
    let mut response = see_other(&safe_next(&form.next));
    if let Some(cookie) = (CookieRules { secure }).set(LANG_COOKIE, lang.code(), Some(365 * 24 * 3600)) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    Ok(response)
}
