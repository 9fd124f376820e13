//! What reading JSON and reading CSV share: gathering records (merging the copies JSON repeats),
//! settling their links, and the checks that need the whole dataset.

use crate::format;
use crate::model::{Dataset, FieldType, HsdsId, Kind, Record, Role, Target, Value};
use crate::problem::{Place, Problem, Problems, SignpostError};
use std::collections::{HashMap, HashSet};

/// A dataset read from JSON or CSV, with what was worth a warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub dataset: Dataset,
    pub warnings: Problems,
}

/// One copy of a record as read: its own values, and the links its place implies.
#[derive(Debug)]
pub(crate) struct Draft {
    pub kind: Kind,
    pub id: HsdsId,
    /// Where the object (JSON) or row (CSV) is.
    pub place: Place,
    /// The values given, by field index, links included.
    pub values: Vec<Option<Value>>,
    /// The fields whose value was refused: not compared with other copies, since the problem is
    /// already reported.
    pub refused: Vec<usize>,
}

/// A link field's value as given and as nesting implies it; the given one wins.
#[derive(Debug, Default)]
struct LinkSources {
    given: Option<(HsdsId, Place)>,
    implied: Option<(HsdsId, Kind, Place)>,
}

/// Records as they are read, kept in order of first appearance.
#[derive(Debug, Default)]
pub(crate) struct Builder {
    dataset: Dataset,
    /// Where each record was first seen, by position.
    origins: Vec<Place>,
    /// The fields refused in a record's first copy, by position and field index.
    refused: HashSet<(usize, usize)>,
    links: HashMap<(usize, usize), LinkSources>,
    pub errors: Problems,
    pub warnings: Problems,
}

impl Builder {
    /// Adds one copy of a record. A later copy must carry the same values as the first (links
    /// aside, which are merged); it returns the record's position either way.
    pub fn add(&mut self, draft: Draft) -> usize {
        let object = draft.kind.object();
        let existing = self.dataset.position(draft.kind, draft.id);
        let at = match existing {
            Some(at) => at,
            None => {
                let at = self.dataset.len();
                let mut record = Record::new(draft.kind, draft.id);
                for (index, value) in draft.values.iter().enumerate() {
                    if !object.fields[index].is_link() {
                        record.set(index, value.clone());
                    }
                }
                // A fresh record cannot clash with itself.
                let _ = self.dataset.insert(record);
                self.origins.push(draft.place.clone());
                self.refused.extend(draft.refused.iter().map(|&index| (at, index)));
                at
            }
        };
        if existing.is_some() {
            self.compare_copies(at, &draft);
        }
        for (index, value) in draft.values.into_iter().enumerate() {
            if let (true, Some(id)) = (object.fields[index].is_link(), value.as_ref().and_then(Value::as_id)) {
                self.give_link(at, index, id, &draft.place);
            }
        }
        at
    }

    fn compare_copies(&mut self, at: usize, draft: &Draft) {
        let Some(first) = self.dataset.records().get(at) else { return };
        let origin = &self.origins[at];
        for (index, field) in draft.kind.object().fields.iter().enumerate() {
            let refused = draft.refused.contains(&index) || self.refused.contains(&(at, index));
            if field.is_link() || refused || first.value(index) == draft.values[index].as_ref() {
                continue;
            }
            let problem = Problem::new(draft.place.key(field.name), field.name, "hsds-conflicting-duplicate")
                .with_detail(origin.key(field.name).to_string());
            self.errors.push(problem);
        }
    }

    fn give_link(&mut self, at: usize, index: usize, id: HsdsId, place: &Place) {
        let sources = self.links.entry((at, index)).or_default();
        match &sources.given {
            Some((first, first_place)) if *first != id => {
                let conflict = conflicting_parent(field_name(&self.dataset, at, index), place, first_place);
                self.errors.push(conflict);
            }
            Some(_) => {}
            None => sources.given = Some((id, place.clone())),
        }
    }

    /// Records that the record at `at` links through field `index` to `(kind, id)` because of
    /// where it stands: its parent's array, or the object it nests.
    pub fn imply_link(&mut self, at: usize, index: usize, kind: Kind, id: HsdsId, place: &Place) {
        let sources = self.links.entry((at, index)).or_default();
        match &sources.implied {
            Some((first, _, first_place)) if *first != id => {
                let conflict = conflicting_parent(field_name(&self.dataset, at, index), place, first_place);
                self.errors.push(conflict);
            }
            Some(_) => {}
            None => sources.implied = Some((id, kind, place.clone())),
        }
    }

    pub fn error(&mut self, problem: Problem) {
        self.errors.push(problem);
    }

    pub fn warn(&mut self, problem: Problem) {
        self.warnings.push(problem);
    }

    /// Settles links (given ones win; the kind of `link_id` and `resource_id` comes from nesting
    /// or from finding the id), checks what needs the whole dataset, and hands the dataset over
    /// unless something was wrong.
    pub fn finish(mut self) -> Result<Imported, SignpostError> {
        let mut links: Vec<_> = std::mem::take(&mut self.links).into_iter().collect();
        links.sort_by_key(|((at, index), _)| (*at, *index));
        for ((at, index), sources) in links {
            self.settle_link(at, index, sources);
        }
        self.check_records();
        if !self.errors.is_empty() {
            return Err(SignpostError::Invalid(self.errors));
        }
        Ok(Imported { dataset: self.dataset, warnings: self.warnings })
    }

    fn settle_link(&mut self, at: usize, index: usize, sources: LinkSources) {
        let implied_kind = sources.implied.as_ref().map(|(id, kind, _)| (*id, *kind));
        let Some(id) = sources.given.map(|(id, _)| id).or(implied_kind.map(|(id, _)| id)) else { return };
        let Some(record) = self.dataset.records().get(at) else { return };
        let field = record.object().fields[index];
        let link_kind = match field.role {
            Role::Link(Target::Any { kind_field }) => match implied_kind {
                Some((implied, kind)) if implied == id => Some(kind),
                _ => {
                    let named = record.get(kind_field).and_then(Value::as_text).and_then(Kind::from_name);
                    self.dataset.kinds_holding(id, named).first().copied()
                }
            },
            _ => None,
        };
        if let Some(record) = self.dataset.record_mut(at) {
            record.set(index, Some(Value::Id(id)));
            if link_kind.is_some() {
                record.set_link_kind(link_kind);
            }
        }
    }

    /// Warnings and errors about settled records: references to records the data lacks,
    /// coordinates off the globe, recurrence rules RFC 5545 would not accept or would read
    /// differently.
    fn check_records(&mut self) {
        let mut found = Vec::new();
        for (record, origin) in self.dataset.records().iter().zip(&self.origins) {
            let object = record.object();
            for (index, field) in object.fields.iter().enumerate() {
                let Some(value) = record.value(index) else { continue };
                let at = || origin.key(field.name);
                let dangling = match (field.role, record.target(index)) {
                    (Role::Plain, _) => false,
                    (_, None) => true,
                    (_, Some((kind, id))) => !self.dataset.contains(kind, id),
                };
                if dangling {
                    found.push((false, Problem::new(at(), field.name, "hsds-dangling-reference")));
                }
                let off_globe = match (record.kind(), field.name, value.as_number().and_then(|n| n.as_f64())) {
                    (Kind::Location, "latitude", Some(degrees)) => degrees.abs() > 90.0,
                    (Kind::Location, "longitude", Some(degrees)) => degrees.abs() > 180.0,
                    _ => false,
                };
                if off_globe {
                    found.push((false, Problem::new(at(), field.name, "hsds-coordinates-out-of-range")));
                }
            }
            if record.kind() == Kind::Schedule {
                found.extend(schedule_problems(record, origin));
            }
        }
        for (is_error, problem) in found {
            if is_error {
                self.errors.push(problem);
            } else {
                self.warnings.push(problem);
            }
        }
    }
}

fn field_name(dataset: &Dataset, at: usize, index: usize) -> &'static str {
    dataset.records().get(at).map_or("", |r| r.object().fields[index].name)
}

fn conflicting_parent(field: &str, place: &Place, first: &Place) -> Problem {
    Problem::new(place.key(field), field, "hsds-conflicting-parent").with_detail(first.key(field).to_string())
}

/// What RFC 5545 says of a schedule's rule as a whole, `(is_error, problem)`: an ordinal weekday
/// (`2TU`) is refused unless the rule repeats monthly; `count` with `until`, and parts the
/// frequency ignores, are kept but warned about.
fn schedule_problems(schedule: &Record, origin: &Place) -> Vec<(bool, Problem)> {
    let text = |name| schedule.get(name).and_then(Value::as_text);
    let mut found = Vec::new();
    let monthly = text("freq") == Some("MONTHLY");
    if text("byday").is_some_and(format::has_ordinal) && !monthly {
        found.push((true, Problem::new(origin.key("byday"), "byday", "hsds-bad-rrule-part")));
    }
    if schedule.get("count").is_some() && schedule.get("until").is_some() {
        found.push((false, Problem::new(origin.key("count"), "count", "schedule-count-and-until")));
    }
    // RFC 5545: BYWEEKNO and BYYEARDAY only with YEARLY (which HSDS lacks), BYMONTHDAY not with
    // WEEKLY.
    let ignored = |name: &str| match name {
        "byweekno" | "byyearday" => true,
        "bymonthday" => text("freq") == Some("WEEKLY"),
        _ => false,
    };
    for field in schedule.object().fields {
        let part = matches!(field.ty, FieldType::RulePart(_));
        if part && schedule.get(field.name).is_some() && ignored(field.name) {
            found.push((false, Problem::new(origin.key(field.name), field.name, "schedule-part-ignored")));
        }
    }
    found
}
