//! Reading and writing the few cookies bridges uses, with the attributes the security model needs.
//! The `cookie` crate parses and writes them; this module only fixes the attributes.

use axum::http::{header, HeaderMap, HeaderValue};
use cookie::{Cookie, SameSite};

/// The value of cookie `name` in the request, if present (cookies that do not parse are skipped).
pub fn get(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_string())
}

/// How a cookie is set: always `HttpOnly` and `SameSite=Lax`, `Secure` when served over TLS.
#[derive(Debug, Clone, Copy)]
pub struct CookieRules {
    pub secure: bool,
}

impl CookieRules {
    /// A `Set-Cookie` value. `max_age` `None` makes a browser-session cookie; `Some(0)` deletes it.
    pub fn set(&self, name: &str, value: &str, max_age: Option<i64>) -> Option<HeaderValue> {
        let mut c = Cookie::build((name, value)).path("/").http_only(true).same_site(SameSite::Lax).secure(self.secure);
        if let Some(age) = max_age {
            c = c.max_age(cookie::time::Duration::seconds(age));
        }
        HeaderValue::from_str(&c.build().to_string()).ok()
    }

    pub fn clear(&self, name: &str) -> Option<HeaderValue> {
        self.set(name, "", Some(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes() {
        let mut h = HeaderMap::new();
        h.insert(header::COOKIE, HeaderValue::from_static("a=1; bridges_session=s_abc; c=3"));
        assert_eq!(get(&h, "bridges_session").as_deref(), Some("s_abc"));
        assert_eq!(get(&h, "missing"), None);
        let v = CookieRules { secure: true }.set("x", "y", Some(60)).unwrap();
        assert_eq!(v, "x=y; HttpOnly; SameSite=Lax; Secure; Path=/; Max-Age=60");
        let mut odd = HeaderMap::new();
        odd.insert(header::COOKIE, HeaderValue::from_static("broken; =x; bridges_lang=fr"));
        assert_eq!(get(&odd, "bridges_lang").as_deref(), Some("fr"));
    }
}
