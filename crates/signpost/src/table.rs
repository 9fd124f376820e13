//! One CSV file of the HSDS data package: the records of one kind, a row each, columns named as
//! the model's fields.

use crate::format;
use crate::import::{Builder, Draft};
use crate::model::{Dataset, HsdsId, Kind, Required, Role, Target, Value};
use crate::problem::{Place, Problem};
use bridges_sheet::{Limits, Row};
use std::collections::HashMap;

/// Reads the rows of one kind's file into `builder`, every problem at its file and line.
pub(crate) fn read(kind: Kind, file: &str, bytes: &[u8], limits: &Limits, builder: &mut Builder) {
    let rows = match bridges_sheet::read(bytes, limits) {
        Ok(rows) => rows,
        Err(e) => return builder.error(Problem::new(Place::csv(file, e.line()), "", e.code())),
    };
    let Some((header, rows)) = rows.split_first() else { return };
    let Some(columns) = columns(kind, file, header, builder) else { return };
    let mut seen = HashMap::new();
    for row in rows {
        read_row(kind, file, &columns, row, &mut seen, builder);
    }
}

/// The field of each column (`None` for a column the model lacks, which is skipped with a
/// warning), or nothing when the header is unusable: a column repeated, or one the package
/// requires missing.
fn columns(kind: Kind, file: &str, header: &Row, builder: &mut Builder) -> Option<Vec<Option<usize>>> {
    let object = kind.object();
    let place = Place::csv(file, header.line);
    let mut columns = Vec::with_capacity(header.cells.len());
    let mut usable = true;
    for (at, name) in header.cells.iter().enumerate() {
        let index = object.field_index(name);
        if index.is_none() {
            builder.warn(Problem::new(place.clone(), name, "hsds-unknown-field"));
        } else if header.cells[..at].contains(name) {
            builder.error(Problem::new(place.clone(), name, "hsds-repeated-column"));
            usable = false;
        }
        columns.push(index);
    }
    for field in object.fields {
        if field.required != Required::No && !header.cells.iter().any(|c| c == field.name) {
            builder.error(Problem::new(place.clone(), field.name, "hsds-missing-column"));
            usable = false;
        }
    }
    usable.then_some(columns)
}

fn read_row(
    kind: Kind,
    file: &str,
    columns: &[Option<usize>],
    row: &Row,
    seen: &mut HashMap<HsdsId, usize>,
    builder: &mut Builder,
) {
    let object = kind.object();
    let place = Place::csv(file, row.line);
    let mut values = vec![None; object.fields.len()];
    let mut refused = Vec::new();
    if row.cells.iter().skip(columns.len()).any(|c| !c.is_empty()) {
        builder.error(Problem::new(place.clone(), "", "hsds-cell-without-column"));
    }
    for (cell, index) in row.cells.iter().zip(columns) {
        let Some(index) = *index else { continue };
        if cell.is_empty() {
            continue;
        }
        match format::text_value(&object.fields[index], cell) {
            Ok(value) => values[index] = Some(value),
            Err(code) => {
                builder.error(Problem::new(place.clone(), object.fields[index].name, code));
                refused.push(index);
            }
        }
    }
    for (index, field) in object.fields.iter().enumerate() {
        let given = values[index].is_some() || refused.contains(&index);
        match field.required {
            Required::Always if !given => builder.error(Problem::new(place.clone(), field.name, "hsds-required")),
            Required::Tabular if !given => {
                builder.warn(Problem::new(place.clone(), field.name, "hsds-tabular-required-missing"))
            }
            _ => {}
        }
    }
    let Some(id) = values[0].as_ref().and_then(Value::as_id) else { return };
    if let Some(first) = seen.insert(id, row.line) {
        let duplicate = Problem::new(place, "id", "hsds-duplicate-id").with_detail(format!("line {first}"));
        return builder.error(duplicate);
    }
    builder.add(Draft { kind, id, place, values, refused });
}

/// The file of one kind: a header of every field, then a row per record in order of first
/// appearance. Lines end in CRLF and a cell is quoted only when it holds a comma, a quote or a
/// line break, as the official package is written. A link whose kind is named by another column
/// (`attribute.link_entity`, `metadata.resource_type`) gets that column filled when it is empty,
/// since the package requires it.
pub(crate) fn write(kind: Kind, dataset: &Dataset) -> Vec<u8> {
    let object = kind.object();
    let mut out = Vec::new();
    write_line(&mut out, object.fields.iter().map(|f| f.name.to_string()));
    for record in dataset.of_kind(kind) {
        let mut cells: Vec<String> =
            record.values().iter().map(|v| v.as_ref().map(Value::to_cell).unwrap_or_default()).collect();
        for (index, field) in object.fields.iter().enumerate() {
            let Role::Link(Target::Any { kind_field }) = field.role else { continue };
            let named = object.field_index(kind_field);
            if let (Some((target, _)), Some(named)) = (record.target(index), named) {
                if cells[named].is_empty() {
                    cells[named] = target.name().to_string();
                }
            }
        }
        write_line(&mut out, cells.into_iter());
    }
    out
}

fn write_line(out: &mut Vec<u8>, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(b',');
        }
        if cell.contains([',', '"', '\r', '\n']) {
            out.push(b'"');
            out.extend_from_slice(cell.replace('"', "\"\"").as_bytes());
            out.push(b'"');
        } else {
            out.extend_from_slice(cell.as_bytes());
        }
    }
    out.extend_from_slice(b"\r\n");
}

#[cfg(test)]
mod tests {
    use super::write_line;

    #[test]
    fn cells_are_quoted_only_when_they_must_be() {
        let mut out = Vec::new();
        let cells = ["plain", "a,b", "\"+44\"", "two\nlines", " spaced ", "", "=1+2"];
        write_line(&mut out, cells.iter().map(|c| c.to_string()));
        assert_eq!(String::from_utf8(out).unwrap(), "plain,\"a,b\",\"\"\"+44\"\"\",\"two\nlines\", spaced ,,=1+2\r\n");
    }
}
