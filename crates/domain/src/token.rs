//! Secret tokens for sessions, invitations, setup links and API access. Only a SHA-256 digest is
//! stored, so a copy of the database does not let anyone act as a user.

use rand::RngCore;
use std::fmt;

/// A random 256-bit secret, rendered as URL-safe text with a short prefix saying what it is for.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretToken(String);

impl SecretToken {
    pub fn generate(prefix: &str) -> Self {
        let mut bytes = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        let mut s = String::with_capacity(prefix.len() + 64);
        s.push_str(prefix);
        for b in bytes {
            s.push_str(&format!("{b:02x}"));
        }
        Self(s)
    }

    /// Accepts a token presented by a client; anything that could not be one of ours is refused
    /// before it reaches the database.
    pub fn parse(input: &str) -> Option<Self> {
        let ok = (16..=128).contains(&input.len()) && input.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        ok.then(|| Self(input.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SecretToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretToken(***)")
    }
}
