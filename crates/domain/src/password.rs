//! Passwords: the policy for choosing one, and argon2id hashing.

use crate::Sensitive;
use argon2::password_hash::{rand_core::OsRng, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

/// A password as typed. It never prints.
#[derive(Clone, Debug)]
pub struct Password(Sensitive<String>);

impl Password {
    /// Long enough to resist guessing, short enough that hashing stays cheap for the server.
    pub const MIN_CHARS: usize = 10;
    pub const MAX_CHARS: usize = 256;

    /// A password for a new account or a change: checked against the policy.
    pub fn new_checked(input: &str) -> Result<Self, &'static str> {
        let n = input.chars().count();
        if n == 0 {
            return Err("password-missing");
        }
        if n < Self::MIN_CHARS {
            return Err("password-too-short");
        }
        if n > Self::MAX_CHARS {
            return Err("password-too-long");
        }
        if input.trim().is_empty() {
            return Err("password-too-short");
        }
        Ok(Self(Sensitive::new(input.to_string())))
    }

    /// A password typed at login: no policy (old passwords stay valid), only a bound on size so
    /// nobody can make the server hash a megabyte.
    pub fn for_login(input: &str) -> Result<Self, &'static str> {
        if input.is_empty() {
            return Err("password-missing");
        }
        if input.chars().count() > Self::MAX_CHARS {
            return Err("password-too-long");
        }
        Ok(Self(Sensitive::new(input.to_string())))
    }

    pub fn hash(&self) -> Result<PasswordHash, PasswordError> {
        let salt = SaltString::generate(&mut OsRng);
        hasher()
            .hash_password(self.0.expose().as_bytes(), &salt)
            .map(|h| PasswordHash(h.to_string()))
            .map_err(|_| PasswordError)
    }
}

/// A stored argon2id hash in PHC string format.
#[derive(Clone, PartialEq, Eq)]
pub struct PasswordHash(String);

impl std::fmt::Debug for PasswordHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordHash(***)")
    }
}

#[derive(Debug, thiserror::Error)]
#[error("password hashing failed")]
pub struct PasswordError;

impl PasswordHash {
    pub fn from_stored(phc: String) -> Self {
        Self(phc)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn verify(&self, password: &Password) -> bool {
        match argon2::PasswordHash::new(&self.0) {
            Ok(parsed) => hasher().verify_password(password.0.expose().as_bytes(), &parsed).is_ok(),
            Err(_) => false,
        }
    }

    /// A hash of nothing anyone knows, verified against when the account does not exist so that a
    /// failed login takes as long whether or not the email is registered.
    pub fn decoy() -> Self {
        Self("$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2bHUr4Qbp9N8ytcjFdn2y+Dcbb9mSZTr6tTgkCNDuNQ".into())
    }
}

/// OWASP's recommended argon2id settings (19 MiB, two passes, one lane).
fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_and_verifies() {
        let pw = Password::new_checked("correct horse battery").unwrap();
        let hash = pw.hash().unwrap();
        assert!(hash.as_str().starts_with("$argon2id$"));
        assert!(hash.verify(&pw));
        assert!(!hash.verify(&Password::for_login("wrong password").unwrap()));
        assert!(!PasswordHash::decoy().verify(&pw));
        assert!(!PasswordHash::from_stored("garbage".into()).verify(&pw));
    }

    #[test]
    fn policy() {
        assert_eq!(Password::new_checked("").err(), Some("password-missing"));
        assert_eq!(Password::new_checked("short").err(), Some("password-too-short"));
        assert_eq!(Password::new_checked("          ").err(), Some("password-too-short"));
        assert_eq!(Password::new_checked(&"x".repeat(257)).err(), Some("password-too-long"));
        assert_eq!(format!("{:?}", Password::new_checked("secret secret").unwrap()), "Password(***)");
    }
}
