//! The HSDS CSV data package: 21 CSV files and a `datapackage.json` that describes them.
//!
//! The engine does no I/O: a package is read through a function that hands over a file's bytes
//! by its path in the package (a folder, a zip: the caller's business), and written as a list of
//! files. HSDS references are not foreign keys (the official examples are full of dangling
//! ones), so the descriptor declares none: a validator would otherwise refuse valid HSDS data.

use crate::import::{Builder, Imported};
use crate::model::{Dataset, Field, FieldType, Kind, Required};
use crate::problem::{Place, Problem, SignpostError};
use crate::table;
use bridges_sheet::Limits;
use serde_json::{json, Value as Json};

pub const DESCRIPTOR: &str = "datapackage.json";

/// What the descriptor says of the package as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct About {
    /// A name for machines: lower case, digits, `-`, `.` and `_`.
    pub name: String,
    pub title: String,
    /// The licence's identifier (`CC-BY-4.0`), when one is given.
    pub licence: Option<String>,
}

/// Reads a package. Its `datapackage.json` says where each file is when it can be read (the
/// official example's is a 22-byte stub, a symlink flattened: a warning, then the files are
/// looked for under their schema names); a file that is missing is an empty table.
pub fn read(file: impl Fn(&str) -> Option<Vec<u8>>, limits: &Limits) -> Result<Imported, SignpostError> {
    let mut builder = Builder::default();
    let paths = match file(DESCRIPTOR) {
        Some(bytes) => paths_from_descriptor(&bytes, &mut builder),
        None => Kind::ALL.map(|k| k.object().file.to_string()),
    };
    for (kind, path) in Kind::ALL.into_iter().zip(&paths) {
        if let Some(bytes) = file(path) {
            table::read(kind, path, &bytes, limits, &mut builder);
        }
    }
    builder.finish()
}

/// The path of each kind's file, in package order: the descriptor's, else the schema's name.
fn paths_from_descriptor(bytes: &[u8], builder: &mut Builder) -> [String; 21] {
    let mut paths = Kind::ALL.map(|k| k.object().file.to_string());
    let descriptor: Option<Json> = serde_json::from_slice(bytes).ok();
    let Some(resources) = descriptor.as_ref().and_then(|d| d.get("resources")).and_then(Json::as_array) else {
        builder.warn(Problem::new(Place::csv(DESCRIPTOR, 0), "", "hsds-datapackage-unreadable"));
        return paths;
    };
    for (i, resource) in resources.iter().enumerate() {
        let text = |key| resource.get(key).and_then(Json::as_str);
        let (Some(name), Some(path)) = (text("name"), text("path")) else { continue };
        let file_name = path.rsplit('/').next().unwrap_or(path);
        let Some(at) = Kind::ALL.iter().position(|k| k.name() == name || k.object().file == file_name) else {
            continue;
        };
        if is_inside_package(path) {
            paths[at] = path.to_string();
        } else {
            let problem = Problem::new(Place::csv(DESCRIPTOR, 0), "path", "hsds-datapackage-unreadable");
            builder.warn(problem.with_detail(format!("resources[{i}].path {path}")));
        }
    }
    paths
}

/// A relative path that stays in the package: no root, no drive, no `..`.
fn is_inside_package(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains('\\')
        && !path.contains(':')
        && path.split('/').all(|part| !part.is_empty() && part != "." && part != "..")
}

/// Writes the package: `datapackage.json`, then the 21 CSV files in package order (a file with
/// no records holds its header).
pub fn write(dataset: &Dataset, about: &About) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::with_capacity(22);
    let descriptor = serde_json::to_vec_pretty(&descriptor(about)).unwrap_or_default();
    files.push((DESCRIPTOR.to_string(), descriptor));
    for kind in Kind::ALL {
        files.push((kind.object().file.to_string(), table::write(kind, dataset)));
    }
    files
}

/// The Frictionless descriptor of the package: its resources in package order, each with the
/// schema of its fields.
pub fn descriptor(about: &About) -> Json {
    let resources: Vec<Json> = Kind::ALL
        .into_iter()
        .map(|kind| {
            let object = kind.object();
            json!({
                "name": object.name,
                "path": object.file,
                "format": "csv",
                "mediatype": "text/csv",
                "profile": "tabular-data-resource",
                "encoding": "utf-8",
                "schema": { "fields": object.fields.iter().map(field_schema).collect::<Vec<_>>(), "primaryKey": "id" },
            })
        })
        .collect();
    let mut descriptor = json!({
        "profile": "tabular-data-package",
        "name": about.name,
        "title": about.title,
        "resources": resources,
    });
    if let Some(licence) = &about.licence {
        descriptor["licenses"] = json!([{ "name": licence }]);
    }
    descriptor
}

fn field_schema(field: &Field) -> Json {
    let (ty, format) = match field.ty {
        FieldType::Text | FieldType::RulePart(_) => ("string", None),
        FieldType::Number => ("number", None),
        FieldType::Uuid => ("string", Some("uuid")),
        FieldType::Uri => ("string", Some("uri")),
        FieldType::Email => ("string", Some("email")),
        FieldType::Date => ("date", None),
        FieldType::Time => ("time", None),
        FieldType::DateTime => ("datetime", None),
    };
    let mut schema = json!({ "name": field.name, "type": ty });
    if let Some(format) = format {
        schema["format"] = json!(format);
    }
    let mut constraints = serde_json::Map::new();
    if field.required != Required::No {
        constraints.insert("required".into(), json!(true));
    }
    if field.name == "id" {
        constraints.insert("unique".into(), json!(true));
    }
    if !field.allowed.is_empty() {
        constraints.insert("enum".into(), json!(field.allowed));
    }
    if !constraints.is_empty() {
        schema["constraints"] = Json::Object(constraints);
    }
    schema
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_inside_the_package_are_followed() {
        for good in ["services.csv", "data/services.csv", "a.b/c_d.csv"] {
            assert!(is_inside_package(good), "{good}");
        }
        for bad in ["", "/etc/passwd", "../services.csv", "a/../../b.csv", "C:services.csv", "a\\b.csv", "a//b", "./a"]
        {
            assert!(!is_inside_package(bad), "{bad}");
        }
    }

    #[test]
    fn the_descriptor_describes_each_field() {
        let about = About { name: "town".into(), title: "Town".into(), licence: Some("CC-BY-4.0".into()) };
        let d = descriptor(&about);
        assert_eq!(d["licenses"][0]["name"], "CC-BY-4.0");
        let resources = d["resources"].as_array().unwrap();
        assert_eq!(resources.len(), 21);
        assert_eq!(resources[4]["path"], "service_at_location.csv");
        let fields = &resources[2]["schema"]["fields"];
        assert_eq!(
            fields[0],
            json!({"name": "id", "type": "string", "format": "uuid", "constraints": {"required": true, "unique": true}})
        );
        assert_eq!(fields[1]["constraints"]["required"], true, "organization_id is tabular-required");
        assert_eq!(fields[8]["constraints"]["enum"][3], "temporarily closed");
        assert_eq!(fields[22], json!({"name": "last_modified", "type": "datetime"}));
        assert!(descriptor(&About { licence: None, ..about }).get("licenses").is_none());
    }
}
