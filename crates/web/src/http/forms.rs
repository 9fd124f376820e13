//! Form state for re-rendering: the values typed (never passwords) and the errors, translated, each
//! beside its field and listed together in a summary at the top (the GOV.UK pattern).

use crate::http::i18n::Tr;
use bridges_domain::ValidationErrors;

#[derive(Debug, Clone, Default)]
pub struct FormView {
    values: Vec<(&'static str, String)>,
    errors: Vec<(&'static str, String)>,
}

impl FormView {
    pub fn new() -> Self {
        Self::default()
    }

    /// The value shown in `field`, without invisible format characters: a form refused for holding
    /// them shows the text as it would be kept, for the person to check and send again.
    pub fn with_value(mut self, field: &'static str, value: impl Into<String>) -> Self {
        let value = value.into();
        let shown = bridges_domain::text::without_invisible(&value).into_owned();
        self.values.push((field, shown));
        self
    }

    pub fn with_errors(mut self, tr: &Tr, errors: &ValidationErrors) -> Self {
        self.errors.extend(errors.iter().map(|e| (e.field, tr.error(e.code))));
        self
    }

    pub fn value(&self, field: &str) -> &str {
        self.values.iter().find(|(f, _)| *f == field).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m.as_str())
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// (field, message) in order, for the error summary.
    pub fn errors(&self) -> &[(&'static str, String)] {
        &self.errors
    }
}

/// A redirect target taken from user input: only a path on this site, never `//host` or a scheme,
/// so a link cannot bounce a person to a look-alike site after login.
pub fn safe_next(next: &str) -> String {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && next.len() <= 512
        && !next.chars().any(|c| c.is_control() || c == '\\');
    if ok {
        next.to_string()
    } else {
        "/".to_string()
    }
}

pub use bridges_domain::check_text;

/// A text field trimmed, then checked as [`check_text`] does.
pub fn bounded_text(
    errors: &mut ValidationErrors,
    field: &'static str,
    value: &str,
    max: usize,
    required: bool,
) -> String {
    let v = value.trim();
    check_text(errors, field, v, max, required);
    v.to_string()
}

/// A new password typed twice: checked against the policy, and the two must match.
pub fn new_password(
    errors: &mut bridges_domain::ValidationErrors,
    password: &str,
    confirm: &str,
) -> Option<bridges_domain::Password> {
    let checked = errors.check("password", bridges_domain::Password::new_checked(password));
    if checked.is_some() && password != confirm {
        errors.add("password_confirm", "password-mismatch");
        return None;
    }
    checked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_stays_on_site() {
        assert_eq!(safe_next("/orgs/x"), "/orgs/x");
        assert_eq!(safe_next("//evil.example"), "/");
        assert_eq!(safe_next("https://evil.example"), "/");
        assert_eq!(safe_next("/\\evil.example"), "/");
        assert_eq!(safe_next("/a\nb"), "/");
        assert_eq!(safe_next(""), "/");
    }
}

/// A submitted form as its `(name, value)` pairs, for forms whose fields repeat (checkboxes) or
/// whose names are built from data. A body that is not a form is a 400.
#[derive(Debug, Clone, Default)]
pub struct FormPairs(Vec<(String, String)>);

impl FormPairs {
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        Self(pairs)
    }

    /// The first value of `name`, trimmed; empty when absent.
    pub fn first(&self, name: &str) -> String {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_string()).unwrap_or_default()
    }

    /// Every value of `name`, in order, at most `limit` of them.
    pub fn all(&self, name: &str, limit: usize) -> Vec<String> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).take(limit).collect()
    }

    pub fn has(&self, name: &str) -> bool {
        self.0.iter().any(|(k, _)| k == name)
    }

    pub fn as_slice(&self) -> &[(String, String)] {
        &self.0
    }
}

impl<S: Send + Sync> axum::extract::FromRequest<S> for FormPairs {
    type Rejection = crate::http::error::AppError;
    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        let body = axum::body::Bytes::from_request(request, state)
            .await
            .map_err(|_| crate::http::error::AppError::Code(bridges_domain::ErrorCode::BadRequest))?;
        serde_urlencoded::from_bytes(&body)
            .map(Self)
            .map_err(|_| crate::http::error::AppError::Code(bridges_domain::ErrorCode::BadRequest))
    }
}
