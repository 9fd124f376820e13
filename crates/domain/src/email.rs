//! Email addresses, the login name of every account.

use serde::{Serialize, Serializer};
use std::fmt;

/// A syntactically plausible, normalised (trimmed, lower-cased) email address. It is personal data,
/// so `Debug` hides the local part.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub const MAX_LEN: usize = 254;

    /// Accepts `local@domain.tld` with no spaces or control characters. Deliberately simple: the only
    /// real proof of an address is a message that arrives.
    pub fn parse(input: &str) -> Result<Self, &'static str> {
        let s = input.trim().to_lowercase();
        if s.is_empty() {
            return Err("email-missing");
        }
        if s.len() > Self::MAX_LEN {
            return Err("email-too-long");
        }
        let Some((local, domain)) = s.rsplit_once('@') else {
            return Err("email-invalid");
        };
        let bad_char = |c: char| {
            c.is_whitespace()
                || c.is_control()
                || crate::text::is_invisible(c)
                || matches!(c, '<' | '>' | '"' | ',' | ';')
        };
        if local.is_empty()
            || domain.len() < 3
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
            || local.contains('@')
            || s.chars().any(bad_char)
        {
            return Err("email-invalid");
        }
        Ok(Self(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.split_once('@') {
            Some((_, domain)) => write!(f, "Email(***@{domain})"),
            None => f.write_str("Email(***)"),
        }
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Email {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_and_rejects() {
        assert_eq!(Email::parse("  Amina@Example.ORG ").map(|e| e.to_string()), Ok("amina@example.org".into()));
        assert_eq!(Email::parse(""), Err("email-missing"));
        assert_eq!(Email::parse("no-at-sign"), Err("email-invalid"));
        assert_eq!(Email::parse("a@b"), Err("email-invalid"));
        assert_eq!(Email::parse("a b@example.org"), Err("email-invalid"));
        assert_eq!(Email::parse("<script>@x.org"), Err("email-invalid"));
        assert_eq!(Email::parse(&format!("{}@example.org", "a".repeat(300))), Err("email-too-long"));
        assert_eq!(format!("{:?}", Email::parse("amina@example.org").ok()), "Some(Email(***@example.org))");
    }
}
