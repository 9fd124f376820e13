//! Reading the official HSDS files in place, and comparing JSON documents as HSDS means them.

use serde_json::Value;
use std::path::PathBuf;

/// The folder of the HSDS specification; a missing folder fails the test rather than passing it.
pub fn dir() -> PathBuf {
    let here = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/hsds"));
    if here.is_dir() {
        return here;
    }
    let fallback = PathBuf::from("/work/shared/hsds");
    assert!(
        fallback.is_dir(),
        "the HSDS schemas and examples are needed for these tests: neither {} nor {} exists",
        here.display(),
        fallback.display()
    );
    fallback
}

pub fn read(relative: &str) -> Vec<u8> {
    let path = dir().join(relative);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn schema(name: &str) -> Value {
    serde_json::from_slice(&read(&format!("schema/{name}.json"))).unwrap()
}
