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

pub fn example(name: &str) -> Vec<u8> {
    read(&format!("examples/{name}"))
}

pub fn example_json(name: &str) -> Value {
    serde_json::from_slice(&example(name)).unwrap()
}

pub fn schema(name: &str) -> Value {
    serde_json::from_slice(&read(&format!("schema/{name}.json"))).unwrap()
}

pub use bridges_signpost::json::normalise;

/// Problems as one line each, for comparing with an expected list.
pub fn lines(problems: &[bridges_signpost::Problem]) -> Vec<String> {
    problems.iter().map(|p| format!("{p} [{}]", p.field)).collect()
}
