//! The model's table against `schema/*.json`: every object, its file and package order, every
//! field's name, order, type, format, enum and whether it is required, and every nested object.

use crate::hsds;
use bridges_signpost::{FieldType, Kind, Required};
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;

/// The keys of a JSON object in the order the file writes them (serde_json's own map sorts them).
struct Keys(Vec<String>);

impl<'de> Deserialize<'de> for Keys {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Keys, D::Error> {
        struct InOrder;
        impl<'de> Visitor<'de> for InOrder {
            type Value = Keys;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some((key, IgnoredAny)) = map.next_entry::<String, IgnoredAny>()? {
                    keys.push(key);
                }
                Ok(Keys(keys))
            }
        }
        deserializer.deserialize_map(InOrder)
    }
}

#[derive(Deserialize)]
struct PropertyOrder {
    properties: Keys,
}

fn property_order(name: &str) -> Vec<String> {
    let order: PropertyOrder = serde_json::from_slice(&hsds::read(&format!("schema/{name}.json"))).unwrap();
    order.properties.0
}

/// What the schema says of a field of this type: JSON type, asserted format, data package type.
fn schema_terms(ty: FieldType) -> (&'static str, Option<&'static str>, Option<&'static str>) {
    match ty {
        FieldType::Text | FieldType::RulePart(_) => ("string", None, None),
        FieldType::Number => ("number", None, None),
        FieldType::Uuid => ("string", Some("uuid"), None),
        FieldType::Uri => ("string", Some("uri"), None),
        FieldType::Email => ("string", Some("email"), None),
        FieldType::Date => ("string", None, Some("date")),
        FieldType::Time => ("string", None, Some("time")),
        FieldType::DateTime => ("string", Some("date-time"), Some("datetime")),
    }
}

fn names(list: Option<&Value>) -> Vec<&str> {
    list.and_then(Value::as_array).map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
}

#[test]
fn the_table_is_the_schemas() {
    let mut files: Vec<String> = std::fs::read_dir(hsds::dir().join("schema"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "openapi.json")
        .collect();
    files.sort();
    let mut ours: Vec<String> = Kind::ALL.iter().map(|k| format!("{}.json", k.name())).collect();
    ours.sort();
    assert_eq!(files, ours, "one schema file per kind");

    for (order, kind) in Kind::ALL.into_iter().enumerate() {
        let object = kind.object();
        let schema = hsds::schema(object.name);
        assert_eq!(schema["name"], object.name);
        assert_eq!(schema["path"], object.file, "{kind}");
        assert_eq!(schema["datapackage_metadata"]["order"], order + 1, "{kind}");
        let required = names(schema.get("required"));
        let tabular = names(schema.get("tabular_required"));
        let map = schema["properties"].as_object().unwrap();
        let properties: Vec<(String, &Value)> = property_order(object.name)
            .into_iter()
            .map(|k| {
                let p = &map[&k];
                (k, p)
            })
            .collect();

        let scalars: Vec<&(String, &Value)> =
            properties.iter().filter(|(_, p)| matches!(p["type"].as_str(), Some("string" | "number"))).collect();
        let field_names: Vec<&str> = object.fields.iter().map(|f| f.name).collect();
        let scalar_names: Vec<&str> = scalars.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(field_names, scalar_names, "{kind}: fields in schema order");
        for (field, (_, property)) in object.fields.iter().zip(&scalars) {
            let (ty, format, datapackage_type) = schema_terms(field.ty);
            let at = format!("{kind}.{}", field.name);
            assert_eq!(property["name"], field.name, "{at}");
            assert_eq!(property["type"], ty, "{at}");
            assert_eq!(property.get("format").and_then(Value::as_str), format, "{at}");
            assert_eq!(property.get("datapackage_type").and_then(Value::as_str), datapackage_type, "{at}");
            assert_eq!(names(property.get("enum")), field.allowed, "{at}");
            let expected = if required.contains(&field.name) {
                Required::Always
            } else if tabular.contains(&field.name) {
                Required::Tabular
            } else {
                Required::No
            };
            assert_eq!(field.required, expected, "{at}");
        }

        let schema_nested: Vec<(&str, &str, bool)> = properties
            .iter()
            .map(|(name, p)| (name, *p))
            .filter_map(|(name, p)| match (p.get("$ref"), p["items"].get("$ref")) {
                (Some(r), _) => Some((name.as_str(), r.as_str()?, false)),
                (None, Some(r)) => Some((name.as_str(), r.as_str()?, true)),
                (None, None) => None,
            })
            .collect();
        assert_eq!(scalars.len() + schema_nested.len(), properties.len(), "{kind}: every property is one or the other");
        let our_nested: Vec<(&str, String, bool)> = object
            .nested
            .iter()
            .filter(|n| !n.compiled)
            .map(|n| (n.name, format!("{}.json", n.kind.name()), n.many))
            .collect();
        let schema_nested: Vec<(&str, String, bool)> =
            schema_nested.into_iter().map(|(n, r, many)| (n, r.to_string(), many)).collect();
        assert_eq!(our_nested, schema_nested, "{kind}: nested objects in schema order");
    }
}

/// The two nestings the schemas lack come from HSDA's compiled shapes, and each is the way back
/// of a nesting the schemas have.
#[test]
fn compiled_nestings_mirror_schema_ones() {
    let compiled: Vec<(Kind, &str)> = Kind::ALL
        .into_iter()
        .flat_map(|k| k.object().nested.iter().filter(|n| n.compiled).map(move |n| (k, n.name)))
        .collect();
    assert_eq!(compiled, [(Kind::Organization, "services"), (Kind::ServiceAtLocation, "service")]);
    assert!(Kind::Service.object().nested("organization").is_some_and(|n| n.link == "organization_id"));
    assert!(Kind::Service.object().nested("service_at_locations").is_some_and(|n| n.link == "service_id"));
}

/// Without the compiled nestings, no kind nests itself however deep: writing a record always ends.
#[test]
fn schema_nestings_never_loop() {
    fn reaches(from: Kind, seen: &mut Vec<Kind>) -> bool {
        if seen.contains(&from) {
            return true;
        }
        seen.push(from);
        let looped = from.object().nested.iter().filter(|n| !n.compiled).any(|n| reaches(n.kind, seen));
        seen.pop();
        looped
    }
    for kind in Kind::ALL {
        assert!(!reaches(kind, &mut Vec::new()), "{kind} nests itself");
    }
}
