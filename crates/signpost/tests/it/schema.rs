//! Exports validated against the official JSON Schemas (plan §3), with the `jsonschema` crate:
//! Draft 2020-12 (openapi.json's dialect), formats asserted, nothing fetched. Each schema file
//! gets an absolute `$id` so that its relative `$ref`s (`"phone.json"`) resolve in one registry.

use crate::hsds::{self, example, example_json};
use bridges_sheet::Limits;
use bridges_signpost::{json, package, Dataset, Kind};
use jsonschema::{Draft, Registry, Validator};
use serde_json::{json, Value};
use std::collections::BTreeMap;

const BASE: &str = "https://hsds.invalid/3.0/";

struct Schemas {
    validators: BTreeMap<&'static str, Validator>,
}

impl Schemas {
    fn load() -> Schemas {
        let documents: Vec<(String, Value)> = Kind::ALL
            .iter()
            .map(|k| {
                let mut document = hsds::schema(k.name());
                document["$id"] = json!(format!("{BASE}{}.json", k.name()));
                (format!("{BASE}{}.json", k.name()), document)
            })
            .collect();
        let mut registry = Registry::new();
        for (uri, document) in &documents {
            registry = registry.add(uri.as_str(), document.clone()).unwrap();
        }
        let registry = registry.prepare().unwrap();
        let validators = Kind::ALL
            .iter()
            .zip(&documents)
            .map(|(kind, (_, document))| {
                let validator = jsonschema::options()
                    .with_draft(Draft::Draft202012)
                    .should_validate_formats(true)
                    .offline()
                    .with_registry(&registry)
                    .build(document)
                    .unwrap();
                (kind.name(), validator)
            })
            .collect();
        Schemas { validators }
    }

    fn problems(&self, kind: Kind, record: &Value) -> Vec<String> {
        self.validators[kind.name()].iter_errors(record).map(|e| format!("{} {e}", e.instance_path())).collect()
    }
}

/// Every service as served, and every record as a flat row, valid against its schema.
fn assert_valid(schemas: &Schemas, dataset: &Dataset, name: &str) {
    for (i, service) in json::services(dataset).iter().enumerate() {
        assert_eq!(schemas.problems(Kind::Service, service), Vec::<String>::new(), "{name}: services[{i}]");
    }
    for record in dataset.records() {
        let full = json::record(dataset, record.kind(), record.id()).unwrap();
        assert_eq!(
            schemas.problems(record.kind(), &full),
            Vec::<String>::new(),
            "{name}: {} {}",
            record.kind(),
            record.id()
        );
        let flat = json::flat(record);
        assert_eq!(schemas.problems(record.kind(), &flat), Vec::<String>::new(), "{name}: flat {}", record.kind());
    }
}

#[test]
fn every_exported_record_is_valid() {
    let schemas = Schemas::load();
    for file in ["service_full.json", "organization_full.json"] {
        let dataset = json::read(&example(file)).unwrap().dataset;
        assert_valid(&schemas, &dataset, file);
    }
    let dataset = json::read_as(Kind::Location, &example("location.json")).unwrap().dataset;
    assert_valid(&schemas, &dataset, "location.json");
    let folder = hsds::dir().join("examples/csv");
    let csv = package::read(|path| std::fs::read(folder.join(path)).ok(), &Limits::default()).unwrap().dataset;
    assert_valid(&schemas, &csv, "examples/csv");
    // The made-up directory the search is measured on is a directory like any other.
    assert_valid(&schemas, &bridges_signpost::synthetic::directory(40, 7), "synthetic");
}

/// The harness itself: the official examples pass, and a broken record fails (a validator that
/// accepted everything would pass the test above).
#[test]
fn the_validator_accepts_the_examples_and_refuses_a_broken_record() {
    let schemas = Schemas::load();
    for (file, kind) in [
        ("service_full.json", Kind::Service),
        ("organization_full.json", Kind::Organization),
        ("location.json", Kind::Location),
        ("service_at_location_full.json", Kind::ServiceAtLocation),
        ("taxonomy_term.json", Kind::TaxonomyTerm),
        ("taxonomy.json", Kind::Taxonomy),
    ] {
        assert_eq!(schemas.problems(kind, &example_json(file)), Vec::<String>::new(), "{file}");
    }
    let mut broken = example_json("service_full.json");
    broken.as_object_mut().unwrap().remove("status");
    broken["phones"][0]["id"] = json!("not-a-uuid");
    broken["organization"]["email"] = json!("nobody");
    let problems = schemas.problems(Kind::Service, &broken);
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("\"status\" is a required property")), "{problems:?}");
    assert!(problems.iter().any(|p| p.starts_with("/phones/0/id")), "{problems:?}");
    assert!(problems.iter().any(|p| p.starts_with("/organization/email")), "{problems:?}");
}
