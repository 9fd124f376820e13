//! HSDS JSON: full records in, the shapes HSDA serves out.
//!
//! Reading walks the document with the model's table and collects every problem with its
//! `$`-path. The same record may appear many times (a phone under its service, its contact, its
//! location and its organisation): copies are merged, each adding the link its place implies, and
//! copies that disagree are refused naming both places.
//!
//! Writing nests each record's children by their links. A link field is written only when its
//! target is not in the dataset, since nesting cannot express it then; references JSON never
//! nests (`parent_organization_id`, a term's `parent_id`) are always written.

use crate::format;
use crate::import::{Builder, Draft, Imported};
use crate::model::{Dataset, Field, FieldType, HsdsId, Kind, Links, Nested, Record, Required, Value};
use crate::problem::{Place, Problem, Problems, SignpostError};
use serde_json::{Map, Value as Json};

/// Reads an HSDS JSON document: one full service record, an array of them, or a full
/// organization record (an object with a `services` array and no `status`).
pub fn read(bytes: &[u8]) -> Result<Imported, SignpostError> {
    let document = parse(bytes)?;
    let is_organization = document.get("services").is_some_and(Json::is_array) && document.get("status").is_none();
    read_document(if is_organization { Kind::Organization } else { Kind::Service }, &document)
}

/// Reads one full record of `kind`, or an array of them.
pub fn read_as(kind: Kind, bytes: &[u8]) -> Result<Imported, SignpostError> {
    read_document(kind, &parse(bytes)?)
}

fn parse(bytes: &[u8]) -> Result<Json, SignpostError> {
    serde_json::from_slice(bytes).map_err(|e| {
        SignpostError::refused(Problem::new(Place::root(), "", "hsds-not-json").with_detail(e.to_string()))
    })
}

fn read_document(kind: Kind, document: &Json) -> Result<Imported, SignpostError> {
    let mut reader = Reader { builder: Builder::default() };
    let root = Place::root();
    match document {
        Json::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                reader.object(kind, item, &root.item(i), "", None);
            }
        }
        _ => {
            reader.object(kind, document, &root, "", None);
        }
    }
    reader.builder.finish()
}

/// The parent a record is nested in by an array: the record's link field points to it.
#[derive(Clone, Copy)]
struct Parent<'a> {
    nested: &'a Nested,
    kind: Kind,
    id: HsdsId,
}

struct Reader {
    builder: Builder,
}

/// What one JSON value is worth to a field.
enum Scalar {
    Absent,
    Given(Value),
    /// An empty string where a format or a number is expected: read as absent, with a warning.
    Empty,
    Wrong(&'static str),
}

impl Reader {
    /// Reads the object at `place` as a record of `kind` (its children too) and returns its id
    /// when it has a valid one. `name` is the property it is the value of.
    fn object(
        &mut self,
        kind: Kind,
        value: &Json,
        place: &Place,
        name: &str,
        parent: Option<Parent>,
    ) -> Option<HsdsId> {
        let Json::Object(members) = value else {
            self.builder.error(Problem::new(place.clone(), name, "hsds-wrong-type"));
            return None;
        };
        let object = kind.object();
        let mut values = vec![None; object.fields.len()];
        let mut refused = Vec::new();
        for (index, field) in object.fields.iter().enumerate() {
            let at = place.key(field.name);
            let given = members.get(field.name).unwrap_or(&Json::Null);
            let problem = match scalar(field, given) {
                Scalar::Given(v) => {
                    values[index] = Some(v);
                    None
                }
                Scalar::Wrong(code) => Some(code),
                Scalar::Empty => {
                    self.builder.warn(Problem::new(at.clone(), field.name, "hsds-empty-value"));
                    missing(field)
                }
                Scalar::Absent => missing(field),
            };
            if let Some(code) = problem {
                self.builder.error(Problem::new(at, field.name, code));
                refused.push(index);
            }
        }
        for key in members.keys() {
            if object.field_index(key).is_none() && object.nested(key).is_none() {
                self.builder.warn(Problem::new(place.key(key), key, "hsds-unknown-field"));
            }
        }

        let id = values[0].as_ref().and_then(Value::as_id);
        let at = id.map(|id| self.builder.add(Draft { kind, id, place: place.clone(), values, refused }));
        if let (Some(at), Some(parent)) = (at, parent) {
            if let Some(link) = object.field_index(parent.nested.link) {
                self.builder.imply_link(at, link, parent.kind, parent.id, place);
            }
        }

        for nested in object.nested {
            let inner = place.key(nested.name);
            match (members.get(nested.name), nested.many) {
                (None | Some(Json::Null), _) => {}
                (Some(Json::Array(items)), true) => {
                    let parent = id.map(|id| Parent { nested, kind, id });
                    for (i, item) in items.iter().enumerate() {
                        self.object(nested.kind, item, &inner.item(i), nested.name, parent);
                    }
                }
                (Some(_), true) => self.builder.error(Problem::new(inner, nested.name, "hsds-wrong-type")),
                (Some(child), false) => {
                    let child_id = self.object(nested.kind, child, &inner, nested.name, None);
                    if let (Some(at), Some(child_id), Some(link)) = (at, child_id, object.field_index(nested.link)) {
                        self.builder.imply_link(at, link, nested.kind, child_id, &inner);
                    }
                }
            }
        }
        id
    }
}

/// The problem of a field given no value: one JSON requires. Links the CSV package requires are
/// implied by nesting in JSON, so they are not asked for here.
fn missing(field: &Field) -> Option<&'static str> {
    (field.required == Required::Always).then_some("hsds-required")
}

fn scalar(field: &Field, given: &Json) -> Scalar {
    match (given, field.ty) {
        (Json::Null, _) => Scalar::Absent,
        (Json::Number(n), FieldType::Number) => Scalar::Given(Value::Number(n.clone())),
        (Json::String(s), FieldType::Text) => match format::text_value(field, s) {
            Ok(v) => Scalar::Given(v),
            Err(code) => Scalar::Wrong(code),
        },
        (Json::String(s), _) if s.is_empty() => Scalar::Empty,
        (Json::String(s), ty) if ty != FieldType::Number => match format::text_value(field, s) {
            Ok(v) => Scalar::Given(v),
            Err(code) => Scalar::Wrong(code),
        },
        _ => Scalar::Wrong("hsds-wrong-type"),
    }
}

/// Every service as a full service record, in order of first appearance.
pub fn services(dataset: &Dataset) -> Vec<Json> {
    let links = dataset.links();
    let writer = Writer { dataset, links: &links };
    dataset.of_kind(Kind::Service).map(|s| writer.record(s, true, None)).collect()
}

/// One record in full, as HSDA serves it by id: a service with everything it nests, an
/// organization with its `services`, a service at location with its `service`, a location with
/// its addresses, phones and schedules, and so on.
pub fn record(dataset: &Dataset, kind: Kind, id: HsdsId) -> Option<Json> {
    record_linked(dataset, &dataset.links(), kind, id)
}

/// [`record`] with the dataset's links worked out once beforehand ([`Dataset::links`]): what a
/// directory held in memory and read many times does, as working them out reads every record.
pub fn record_linked(dataset: &Dataset, links: &Links, kind: Kind, id: HsdsId) -> Option<Json> {
    let writer = Writer { dataset, links };
    dataset.get(kind, id).map(|r| writer.record(r, true, None))
}

/// Every field a record holds, links included, as one flat JSON object: a CSV row in JSON's
/// types.
pub fn flat(record: &Record) -> Json {
    let fields = record.object().fields.iter().zip(record.values());
    Json::Object(fields.filter_map(|(f, v)| v.as_ref().map(|v| (f.name.to_string(), v.to_json()))).collect())
}

/// The record a flat object of [`flat`] holds, each value read with its field's type: how a store
/// keeps records and gets them back unchanged. A key that is no field of `kind`, or a value its
/// field refuses, is a problem at its key, since what [`flat`] wrote has neither.
pub fn from_flat(kind: Kind, id: HsdsId, flat: &Map<String, Json>) -> Result<Record, SignpostError> {
    let object = kind.object();
    let mut record = Record::new(kind, id);
    let mut problems = Problems::default();
    let root = Place::root();
    for (name, given) in flat {
        let code = match object.field_index(name) {
            Some(0) => continue,
            Some(index) => match scalar(&object.fields[index], given) {
                Scalar::Given(value) => {
                    record.set(index, Some(value));
                    continue;
                }
                Scalar::Absent => continue,
                Scalar::Empty => "hsds-empty-value",
                Scalar::Wrong(code) => code,
            },
            None => "hsds-unknown-field",
        };
        problems.push(Problem::new(root.key(name), name, code));
    }
    if problems.is_empty() {
        Ok(record)
    } else {
        Err(SignpostError::Invalid(problems))
    }
}

/// A document with what HSDS leaves open taken out, for comparing two: `null` and `[]` are
/// absence, and arrays of records are sets (their order is the reader's, not the data's), so they
/// are sorted by `id`.
pub fn normalise(value: &Json) -> Json {
    match value {
        Json::Object(members) => Json::Object(
            members
                .iter()
                .filter(|(_, v)| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()))
                .map(|(k, v)| (k.clone(), normalise(v)))
                .collect::<Map<_, _>>(),
        ),
        Json::Array(items) => {
            let mut items: Vec<Json> = items.iter().map(normalise).collect();
            if items.iter().all(|i| i.get("id").is_some()) {
                items.sort_by_key(|i| i["id"].to_string());
            }
            Json::Array(items)
        }
        other => other.clone(),
    }
}

struct Writer<'a> {
    dataset: &'a Dataset,
    links: &'a Links,
}

impl<'a> Writer<'a> {
    /// The record with its children. `top` lets in the shapes HSDA adds at the top of a response
    /// (`organization.services`, `service_at_location.service`); a record reached through one of
    /// them leaves out the way back (`back_to`): an organization's services do not repeat it.
    fn record(&self, record: &Record, top: bool, back_to: Option<Kind>) -> Json {
        let object = record.object();
        let mut members = Map::new();
        for (index, field) in object.fields.iter().enumerate() {
            let Some(value) = record.value(index) else { continue };
            let nested_elsewhere =
                field.is_link() && record.target(index).is_some_and(|(k, id)| self.dataset.contains(k, id));
            if !nested_elsewhere {
                members.insert(field.name.to_string(), value.to_json());
            }
        }
        for nested in object.nested {
            if (nested.compiled && !top) || back_to == Some(nested.kind) {
                continue;
            }
            let child_back_to = nested.compiled.then_some(record.kind());
            if nested.many {
                let Some(link) = nested.kind.object().field_index(nested.link) else { continue };
                let children: Vec<Json> = self
                    .links
                    .children(self.dataset, nested.kind, link, record.kind(), record.id())
                    .map(|child| self.record(child, false, child_back_to))
                    .collect();
                if !children.is_empty() {
                    members.insert(nested.name.to_string(), Json::Array(children));
                }
            } else {
                let target = object.field_index(nested.link).and_then(|link| record.target(link));
                if let Some(child) = target.and_then(|(kind, id)| self.dataset.get(kind, id)) {
                    members.insert(nested.name.to_string(), self.record(child, false, child_back_to));
                }
            }
        }
        Json::Object(members)
    }
}
