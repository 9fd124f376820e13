//! Reading the official HSDS files in place, and comparing JSON documents as HSDS means them.

use serde_json::{Map, Value};
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

/// What HSDS leaves open, taken out (plan §2.3): `null` and `[]` are absence, and arrays of
/// records are sets (their order is the reader's, not the data's), so they are sorted by `id`.
pub fn normalise(value: &Value) -> Value {
    match value {
        Value::Object(members) => Value::Object(
            members
                .iter()
                .filter(|(_, v)| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()))
                .map(|(k, v)| (k.clone(), normalise(v)))
                .collect::<Map<_, _>>(),
        ),
        Value::Array(items) => {
            let mut items: Vec<Value> = items.iter().map(normalise).collect();
            if items.iter().all(|i| i.get("id").is_some()) {
                items.sort_by_key(|i| i["id"].to_string());
            }
            Value::Array(items)
        }
        other => other.clone(),
    }
}

/// Problems as one line each, for comparing with an expected list.
pub fn lines(problems: &[bridges_signpost::Problem]) -> Vec<String> {
    problems.iter().map(|p| format!("{p} [{}]", p.field)).collect()
}
