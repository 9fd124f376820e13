//! Reading and writing the few cookies bridges uses, with the attributes the security model needs.

use axum::http::{header, HeaderMap, HeaderValue};

/// The value of cookie `name` in the request, if present.
pub fn get(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// How a cookie is set: always `HttpOnly` and `SameSite=Lax`, `Secure` when served over TLS.
#[derive(Debug, Clone, Copy)]
pub struct CookieRules {
    pub secure: bool,
}

impl CookieRules {
    /// A `Set-Cookie` value. `max_age` `None` makes a browser-session cookie; `Some(0)` deletes it.
    pub fn set(&self, name: &str, value: &str, max_age: Option<i64>) -> Option<HeaderValue> {
        let mut c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
        if let Some(age) = max_age {
            c.push_str(&format!("; Max-Age={age}"));
        }
        if self.secure {
            c.push_str("; Secure");
        }
        HeaderValue::from_str(&c).ok()
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
        assert_eq!(v, "x=y; Path=/; HttpOnly; SameSite=Lax; Max-Age=60; Secure");
    }
}
