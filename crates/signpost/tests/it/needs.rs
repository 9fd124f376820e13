//! The shipped taxonomy of needs against the framework it names, and its ids against the way
//! they are derived.

use bridges_signpost::needs::Needs;
use serde::Deserialize;
use std::collections::BTreeSet;
use uuid::Uuid;

#[derive(Deserialize)]
struct Framework {
    id: String,
    items: Vec<Item>,
}

#[derive(Deserialize)]
struct Item {
    id: String,
}

fn framework(id: &str) -> Framework {
    let path = format!("{}/../../content/frameworks/{id}.toml", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    toml::from_str(&text).unwrap()
}

#[test]
fn every_domain_is_an_item_of_the_framework_and_all_are_covered() {
    let needs = Needs::shipped().unwrap();
    let framework = framework(&needs.framework);
    assert_eq!(framework.id, "indicators-of-integration");
    let items: BTreeSet<&str> = framework.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(items.len(), 14);
    let mut used = BTreeSet::new();
    for need in &needs.terms {
        for domain in std::iter::once(&need.domain).chain(&need.also) {
            assert!(items.contains(domain.as_str()), "{}: {domain} is not an item of the framework", need.code);
            used.insert(domain.as_str());
        }
    }
    assert_eq!(used, items, "every domain is covered");
}

#[test]
fn thirty_needs_in_two_levels() {
    let needs = Needs::shipped().unwrap();
    assert_eq!(needs.terms.len(), 30);
    assert_eq!(needs.terms.iter().filter(|t| t.parent.is_none()).count(), 10);
    assert_eq!(
        needs.get("need-legal-immigration").and_then(|n| n.label.get("ar")).map(String::as_str),
        Some("الهجرة واللجوء")
    );
}

/// The ids are written out so that nothing derives them at run time; they must still be what
/// taxonomy.md says they are.
#[test]
fn ids_are_uuid_v5_of_the_codes() {
    let needs = Needs::shipped().unwrap();
    let namespace = Uuid::new_v5(&Uuid::NAMESPACE_URL, b"https://bridges.invalid/hsds/taxonomy/needs");
    assert_eq!(needs.uuid_namespace, namespace);
    assert_eq!(needs.uuid, Uuid::new_v5(&namespace, needs.id.as_bytes()));
    for need in &needs.terms {
        assert_eq!(need.uuid, Uuid::new_v5(&namespace, need.code.as_bytes()), "{}", need.code);
    }
}
