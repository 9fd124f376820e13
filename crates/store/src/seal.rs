//! Field encryption at rest for personal data (participants' records, check-in notes).
//!
//! XChaCha20-Poly1305 with a random 192-bit nonce per value, so nonces never need coordinating
//! between processes; the row's id is the associated data, so a sealed value copied into another
//! row does not open. The key lives outside the database (a file in the data folder by default),
//! so a stolen database dump alone reveals nothing about the people in it.

use crate::error::{Result, StoreError};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use std::fmt;
use std::path::Path;

const PREFIX: &str = "v1:";
const NONCE_LEN: usize = 24;

/// The 256-bit key that seals personal fields, and a second key derived from it for keyed digests
/// of things that must be recognised but never read back (the addresses sign-ups came from).
/// `Debug` never shows either.
#[derive(Clone)]
pub struct FieldKey {
    cipher: XChaCha20Poly1305,
    digest_key: [u8; 32],
}

impl fmt::Debug for FieldKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("FieldKey(***)")
    }
}

impl FieldKey {
    /// A fresh random key (tests, and the first start of a new installation).
    pub fn generate() -> FieldKey {
        FieldKey::from_key(&XChaCha20Poly1305::generate_key(&mut OsRng))
    }

    fn from_key(key: &chacha20poly1305::Key) -> FieldKey {
        use sha2::{Digest, Sha256};
        let digest_key = Sha256::new().chain_update(b"bridges keyed digest v1").chain_update(key).finalize().into();
        FieldKey { cipher: XChaCha20Poly1305::new(key), digest_key }
    }

    fn mac(&self) -> Result<hmac::Hmac<sha2::Sha256>> {
        use hmac::Mac;
        <hmac::Hmac<sha2::Sha256> as Mac>::new_from_slice(&self.digest_key)
            .map_err(|_| StoreError::Corrupt("cannot key a digest".into()))
    }

    /// HMAC-SHA256 of `text` under the derived digest key, hex-encoded: the same text always gives
    /// the same digest, but without the key no one can test guesses against it (an IPv4 address
    /// has only four billion).
    pub(crate) fn digest(&self, text: &str) -> Result<String> {
        use hmac::Mac;
        let mut mac = self.mac()?;
        mac.update(text.as_bytes());
        Ok(mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect())
    }

    /// A word a participant of `programme` can be found by, as a keyed number: the same word in
    /// the same programme always gives the same number, so lists look people up by it, but
    /// without the key nobody can tell which word a number stands for, and the same word in
    /// another programme gives another number, so the programmes' lists cannot be joined.
    pub(crate) fn term(&self, programme: uuid::Uuid, word: &str) -> Result<i64> {
        use hmac::Mac;
        let mut mac = self.mac()?;
        mac.update(b"term\0");
        mac.update(programme.as_bytes());
        mac.update(word.as_bytes());
        let bytes = mac.finalize().into_bytes();
        let mut first = [0u8; 8];
        first.copy_from_slice(&bytes[..8]);
        Ok(i64::from_be_bytes(first))
    }

    /// Reads the key from `path` (base64 of 32 bytes), creating the file with a new key, readable by
    /// its owner only, when it does not exist.
    pub fn load_or_create(path: &Path) -> Result<FieldKey> {
        match std::fs::read_to_string(path) {
            Ok(text) => FieldKey::from_text(&text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let key = XChaCha20Poly1305::generate_key(&mut OsRng);
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir)?;
                }
                write_private(path, &B64.encode(key))?;
                Ok(FieldKey::from_key(&key))
            }
            Err(e) => Err(e.into()),
        }
    }

    fn from_text(text: &str) -> Result<FieldKey> {
        let bytes = B64.decode(text.trim()).map_err(|_| StoreError::Corrupt("field key is not base64".into()))?;
        if bytes.len() != 32 {
            return Err(StoreError::Corrupt("field key must be 32 bytes".into()));
        }
        Ok(FieldKey::from_key(chacha20poly1305::Key::from_slice(&bytes)))
    }

    /// Seals `plain`, bound to the row `id`.
    pub(crate) fn seal(&self, id: uuid::Uuid, plain: &str) -> Result<String> {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let sealed = self
            .cipher
            .encrypt(&nonce, Payload { msg: plain.as_bytes(), aad: id.as_bytes() })
            .map_err(|_| StoreError::Corrupt("cannot seal a value".into()))?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        Ok(format!("{PREFIX}{}", B64.encode(out)))
    }

    /// Opens a value sealed for row `id`; a wrong key, a tampered value or a value moved from
    /// another row is an error, never garbage.
    pub(crate) fn open(&self, id: uuid::Uuid, sealed: &str) -> Result<String> {
        let corrupt = || StoreError::Corrupt("a sealed value does not open with this field key".into());
        let bytes = sealed.strip_prefix(PREFIX).and_then(|b| B64.decode(b).ok()).ok_or_else(corrupt)?;
        if bytes.len() < NONCE_LEN {
            return Err(corrupt());
        }
        let (nonce, body) = bytes.split_at(NONCE_LEN);
        let plain = self
            .cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: body, aad: id.as_bytes() })
            .map_err(|_| corrupt())?;
        String::from_utf8(plain).map_err(|_| corrupt())
    }
}

impl FieldKey {
    /// Opens a sealed value, or answers a value written before its column was sealed as it is
    /// (until [`crate::Store::seal_legacy`] seals it). Anything with the sealed prefix must open.
    pub(crate) fn open_or_legacy(&self, id: uuid::Uuid, stored: &str) -> Result<String> {
        if stored.starts_with(PREFIX) {
            self.open(id, stored)
        } else {
            Ok(stored.to_string())
        }
    }

    /// What every sealed value starts with.
    pub(crate) const PREFIX: &'static str = PREFIX;
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    f.write_all(text.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn seals_and_opens_only_for_the_same_row_and_key() {
        let key = FieldKey::generate();
        let (a, b) = (uuid::Uuid::now_v7(), uuid::Uuid::now_v7());
        let sealed = key.seal(a, "status: asylum seeker").unwrap();
        assert!(!sealed.contains("asylum"));
        assert_eq!(key.open(a, &sealed).unwrap(), "status: asylum seeker");
        assert!(key.open(b, &sealed).is_err(), "moved to another row");
        assert!(FieldKey::generate().open(a, &sealed).is_err(), "another key");
        let mut tampered = sealed.clone();
        tampered.pop();
        tampered.push(if sealed.ends_with('A') { 'B' } else { 'A' });
        assert!(key.open(a, &tampered).is_err());
        assert_ne!(key.seal(a, "x").unwrap(), key.seal(a, "x").unwrap(), "fresh nonce each time");
    }

    #[test]
    fn the_key_file_is_created_once_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys/field.key");
        let first = FieldKey::load_or_create(&path).unwrap();
        let id = uuid::Uuid::now_v7();
        let sealed = first.seal(id, "hello").unwrap();
        let again = FieldKey::load_or_create(&path).unwrap();
        assert_eq!(again.open(id, &sealed).unwrap(), "hello");
        std::fs::write(&path, "short").unwrap();
        assert!(FieldKey::load_or_create(&path).is_err());
        assert!(format!("{first:?}").contains("***"));
        let digest = first.digest("192.0.2.1").unwrap();
        assert_eq!(again.digest("192.0.2.1").unwrap(), digest, "the digest key comes with the key");
        assert_ne!(FieldKey::generate().digest("192.0.2.1").unwrap(), digest, "and differs between keys");
        assert_eq!(digest.len(), 64);
    }
}
