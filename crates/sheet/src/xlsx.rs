//! An XLSX workbook, read as a stream: its first sheet ([`read`]) or every sheet ([`read_all`]).
//! The zip's directory is checked before it is parsed; each part is inflated through a cap, and the
//! sheets of one workbook share one budget of inflated bytes and one of kept text; XML is read event
//! by event, refusing DTDs, unknown entities and absurd nesting; cells are kept sparse, and a cell's
//! place is checked against the limits before its value is kept.

use crate::{last_line, Limits, Row, Sheet, SheetError};
use quick_xml::events::{BytesRef, BytesStart, Event};
use std::collections::BTreeMap;
use std::io::{BufReader, Cursor, Read};

/// Deeper than any real worksheet goes.
const MAX_DEPTH: usize = 64;
/// The workbook's own list of sheets and relationships are small; a large one is not a workbook.
const MAX_INDEX_PART: u64 = 1024 * 1024;
/// More sheets than a person would make.
const MAX_SHEETS: usize = 1_000;

type Zip<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

pub(crate) fn read(bytes: &[u8], limits: &Limits) -> Result<Vec<Row>, SheetError> {
    let mut zip = open(bytes, limits)?;
    let first_sheet = sheet_list(&mut zip)?.into_iter().next().and_then(|(_, id)| id);
    let targets = relationships(&mut zip)?;
    let sheet = match first_sheet.and_then(|id| targets.iter().find(|(rid, _, _)| *rid == id)) {
        Some((_, _, target)) => target.clone(),
        None if zip.index_for_name("xl/worksheets/sheet1.xml").is_some() => "xl/worksheets/sheet1.xml".to_string(),
        None => return Err(SheetError::XlsxEmpty),
    };
    let strings = strings(&mut zip, &targets, limits)?;
    let mut budget = Budget::of(limits);
    cells(&mut zip, &sheet, &strings, limits, Lines::AsShown, &mut budget)
}

/// Every sheet, in the workbook's order. Lines are the spreadsheet's, but only lines that hold
/// something count against `max_rows`, and columns are checked only where a cell holds something:
/// forms saved by spreadsheet programs often declare a million formatted, empty rows.
pub(crate) fn read_all(bytes: &[u8], limits: &Limits) -> Result<Vec<Sheet>, SheetError> {
    let mut zip = open(bytes, limits)?;
    let listed = sheet_list(&mut zip)?;
    if listed.is_empty() {
        return Err(SheetError::XlsxEmpty);
    }
    let targets = relationships(&mut zip)?;
    let strings = strings(&mut zip, &targets, limits)?;
    let mut budget = Budget::of(limits);
    let mut parts: Vec<&str> = Vec::with_capacity(listed.len());
    let mut sheets = Vec::with_capacity(listed.len());
    for (name, id) in &listed {
        let part = id
            .as_ref()
            .and_then(|id| targets.iter().find(|(rid, _, _)| rid == id))
            .map(|(_, _, target)| target.as_str())
            .ok_or(SheetError::XlsxUnreadable)?;
        // Two sheets over one part are no spreadsheet program's doing; reading it twice would
        // only multiply the work.
        if parts.contains(&part) {
            return Err(SheetError::XlsxUnreadable);
        }
        parts.push(part);
        let rows = cells(&mut zip, part, &strings, limits, Lines::Counted, &mut budget)?;
        sheets.push(Sheet { name: name.clone().unwrap_or_default(), rows });
    }
    Ok(sheets)
}

fn open<'a>(bytes: &'a [u8], limits: &Limits) -> Result<Zip<'a>, SheetError> {
    match directory_entries(bytes) {
        Some(n) if n <= limits.max_entries => {}
        _ => return Err(SheetError::XlsxUnreadable),
    }
    let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| SheetError::XlsxUnreadable)?;
    if zip.len() > limits.max_entries {
        return Err(SheetError::XlsxUnreadable);
    }
    Ok(zip)
}

fn strings(
    zip: &mut Zip<'_>,
    targets: &[(String, String, String)],
    limits: &Limits,
) -> Result<Vec<String>, SheetError> {
    match targets.iter().find(|(_, kind, _)| kind.ends_with("/sharedStrings")) {
        Some((_, _, target)) => shared_strings(zip, target, limits),
        None if zip.index_for_name("xl/sharedStrings.xml").is_some() => {
            shared_strings(zip, "xl/sharedStrings.xml", limits)
        }
        None => Ok(Vec::new()),
    }
}

/// What the sheets of one workbook may cost together: inflated bytes and the text kept from cells.
/// Without the second, one long shared string referenced from every cell would be copied into
/// every cell.
struct Budget {
    inflate: u64,
    text: usize,
}

impl Budget {
    fn of(limits: &Limits) -> Budget {
        Budget { inflate: limits.max_part_bytes, text: usize::try_from(limits.max_part_bytes).unwrap_or(usize::MAX) }
    }
}

/// How the lines of a sheet are bounded.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lines {
    /// As a person sees the sheet: no line past the last allowed, blank ones included, and no
    /// cell, empty or not, past the last column allowed.
    AsShown,
    /// Only lines and cells that hold something count.
    Counted,
}

/// Excel's last row.
const EXCEL_ROWS: usize = 1_048_576;

/// The number of files the zip's end-of-central-directory record announces, read before the zip
/// library sizes anything by it; `None` when there is no such record or it is a ZIP64 one (no
/// spreadsheet small enough to upload needs ZIP64).
fn directory_entries(bytes: &[u8]) -> Option<usize> {
    const EOCD: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
    let earliest = bytes.len().saturating_sub(22 + 65_535);
    let at = (earliest..bytes.len().saturating_sub(21)).rev().find(|&i| bytes[i..].starts_with(&EOCD))?;
    let total = u16::from_le_bytes([*bytes.get(at + 10)?, *bytes.get(at + 11)?]);
    (total != u16::MAX).then_some(usize::from(total))
}

/// Reads one part of the archive through a cap: more than `cap` inflated bytes is an error of its
/// own kind, whatever the archive claims the size is.
struct Capped<R> {
    inner: R,
    left: u64,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            // One byte more tells a part of exactly `cap` bytes from a longer one.
            let mut probe = [0u8; 1];
            return match self.inner.read(&mut probe)? {
                0 => Ok(0),
                _ => Err(std::io::Error::from(std::io::ErrorKind::FileTooLarge)),
            };
        }
        let want = buf.len().min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        self.left -= n as u64;
        Ok(n)
    }
}

/// Walks the XML of one part, handing each event to `on`.
/// Returns how many bytes the part inflated to.
fn walk(
    zip: &mut Zip<'_>,
    name: &str,
    cap: u64,
    mut on: impl FnMut(&Event<'_>) -> Result<(), SheetError>,
) -> Result<u64, SheetError> {
    let file = zip.by_name(name).map_err(|_| SheetError::XlsxUnreadable)?;
    if file.size() > cap {
        return Err(SheetError::XlsxTooLarge);
    }
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(Capped { inner: file, left: cap }));
    let mut buf = Vec::new();
    let mut depth = 0usize;
    loop {
        buf.clear();
        let event = xml.read_event_into(&mut buf).map_err(|e| match e {
            quick_xml::Error::Io(io) if io.kind() == std::io::ErrorKind::FileTooLarge => SheetError::XlsxTooLarge,
            _ => SheetError::XlsxUnreadable,
        })?;
        match &event {
            Event::Eof => return Ok(cap - xml.into_inner().into_inner().left),
            Event::DocType(_) => return Err(SheetError::XlsxUnreadable),
            Event::Start(_) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(SheetError::XlsxUnreadable);
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        on(&event)?;
    }
}

fn attribute(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        // Decoded by hand rather than with the reader's decoder: calamine turns on quick-xml's
        // `encoding` feature, which changes that method, and workbook parts are UTF-8.
        .and_then(|a| {
            std::str::from_utf8(&a.value).ok().and_then(|v| quick_xml::escape::unescape(v).ok().map(|v| v.into_owned()))
        })
}

/// The text of a reference: a character (`&#233;`) or one of XML's five entities; any other
/// entity is undefined, since the DTD that could define it is refused.
fn reference(r: &BytesRef<'_>) -> Result<String, SheetError> {
    if let Some(c) = r.resolve_char_ref().map_err(|_| SheetError::XlsxUnreadable)? {
        return Ok(c.to_string());
    }
    let name = r.decode().map_err(|_| SheetError::XlsxUnreadable)?;
    quick_xml::escape::resolve_predefined_entity(&name).map(str::to_string).ok_or(SheetError::XlsxUnreadable)
}

/// The text an event adds to the value being read, if it is text.
fn text_of(event: &Event<'_>) -> Result<Option<String>, SheetError> {
    Ok(match event {
        Event::Text(t) => Some(t.xml10_content().map_err(|_| SheetError::XlsxUnreadable)?.into_owned()),
        Event::CData(t) => Some(t.xml10_content().map_err(|_| SheetError::XlsxUnreadable)?.into_owned()),
        Event::GeneralRef(r) => Some(reference(r)?),
        _ => None,
    })
}

/// The workbook's sheets in order: each one's name and relationship id.
/// A sheet as the workbook lists it: its name and relationship id.
type Listed = (Option<String>, Option<String>);

fn sheet_list(zip: &mut Zip<'_>) -> Result<Vec<Listed>, SheetError> {
    let mut sheets = Vec::new();
    walk(zip, "xl/workbook.xml", MAX_INDEX_PART, |event| {
        if let Event::Start(e) | Event::Empty(e) = event {
            if e.local_name().as_ref() == b"sheet" {
                if sheets.len() >= MAX_SHEETS {
                    return Err(SheetError::XlsxUnreadable);
                }
                sheets.push((attribute(e, b"name"), attribute(e, b"id")));
            }
        }
        Ok(())
    })?;
    Ok(sheets)
}

/// The workbook's relationships: (id, type, part name inside the archive).
fn relationships(zip: &mut Zip<'_>) -> Result<Vec<(String, String, String)>, SheetError> {
    if zip.index_for_name("xl/_rels/workbook.xml.rels").is_none() {
        return Ok(Vec::new());
    }
    let mut found = Vec::new();
    walk(zip, "xl/_rels/workbook.xml.rels", MAX_INDEX_PART, |event| {
        if let Event::Start(e) | Event::Empty(e) = event {
            if e.local_name().as_ref() == b"Relationship" {
                if let (Some(id), Some(kind), Some(target)) =
                    (attribute(e, b"Id"), attribute(e, b"Type"), attribute(e, b"Target"))
                {
                    let part = match target.strip_prefix('/') {
                        Some(absolute) => absolute.to_string(),
                        None => format!("xl/{target}"),
                    };
                    found.push((id, kind, part));
                }
            }
        }
        Ok(())
    })?;
    Ok(found)
}

fn shared_strings(zip: &mut Zip<'_>, part: &str, limits: &Limits) -> Result<Vec<String>, SheetError> {
    let mut strings = Vec::new();
    let (mut current, mut in_text, mut in_phonetic) = (String::new(), false, false);
    walk(zip, part, limits.max_part_bytes, |event| {
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                b"si" => current.clear(),
                b"t" => in_text = !in_phonetic,
                b"rPh" => in_phonetic = true,
                _ => {}
            },
            Event::Empty(e) if e.local_name().as_ref() == b"si" => {
                strings.push(String::new());
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"si" => {
                    if strings.len() >= limits.max_shared_strings {
                        return Err(SheetError::XlsxTooLarge);
                    }
                    strings.push(std::mem::take(&mut current));
                }
                b"t" => in_text = false,
                b"rPh" => in_phonetic = false,
                _ => {}
            },
            other if in_text => {
                if let Some(text) = text_of(other)? {
                    current.push_str(&text);
                    if current.len() > limits.max_cell_chars.saturating_mul(4) {
                        return Err(SheetError::XlsxTooLarge);
                    }
                }
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(strings)
}

/// A column's index from the letters of a cell reference ("A" is 0, "XFD" is 16,383).
fn column_of(reference: &str) -> Option<usize> {
    let letters: &str = &reference[..reference.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(reference.len())];
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    letters
        .bytes()
        .try_fold(0usize, |n, b| Some(n * 26 + usize::from(b.to_ascii_uppercase() - b'A') + 1))
        .map(|n| n - 1)
}

/// A row's number from a cell reference ("B12" is 12).
fn row_of(reference: &str) -> Option<usize> {
    reference.trim_start_matches(|c: char| c.is_ascii_alphabetic()).parse().ok()
}

/// The cell being read: where it is, its type and its text so far.
struct Cell {
    line: usize,
    column: usize,
    kind: String,
    value: String,
    reading: bool,
}

/// A number as a person typed it: whole numbers without a decimal point.
pub(crate) fn number(text: &str) -> String {
    match text.trim().parse::<f64>() {
        Ok(f) if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
        Ok(f) if f.is_finite() => format!("{f}"),
        _ => text.to_string(),
    }
}

fn cells(
    zip: &mut Zip<'_>,
    part: &str,
    strings: &[String],
    limits: &Limits,
    lines: Lines,
    budget: &mut Budget,
) -> Result<Vec<Row>, SheetError> {
    let mut found: BTreeMap<(usize, usize), String> = BTreeMap::new();
    let (mut line, mut column) = (0usize, 0usize);
    let mut cell: Option<Cell> = None;
    let mut in_phonetic = false;
    let mut lines_held = 0usize;
    let place = |line: usize, column: usize| -> Result<(), SheetError> {
        let last = if lines == Lines::AsShown { last_line(limits) } else { EXCEL_ROWS };
        if line > last || line == 0 {
            return Err(SheetError::TooManyRows);
        }
        if lines == Lines::AsShown && column >= limits.max_columns {
            return Err(SheetError::TooManyColumns { line });
        }
        Ok(())
    };
    let text_budget = &mut budget.text;
    let inflated = walk(zip, part, budget.inflate, |event| {
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"row" => {
                    line = match attribute(e, b"r") {
                        Some(r) => r.trim().parse().map_err(|_| SheetError::TooManyRows)?,
                        None => line + 1,
                    };
                    place(line, 0)?;
                    column = 0;
                }
                b"c" => {
                    let reference = attribute(e, b"r");
                    let at_line = reference.as_deref().and_then(row_of).unwrap_or(line.max(1));
                    let at_column = match reference.as_deref() {
                        Some(r) => column_of(r).ok_or(SheetError::TooManyColumns { line: at_line })?,
                        None => column,
                    };
                    place(at_line, at_column)?;
                    column = at_column + 1;
                    let kind = attribute(e, b"t").unwrap_or_default();
                    if matches!(event, Event::Start(_)) {
                        cell =
                            Some(Cell { line: at_line, column: at_column, kind, value: String::new(), reading: false });
                    }
                }
                b"v" | b"t" if !in_phonetic => {
                    if let Some(c) = cell.as_mut() {
                        c.reading = matches!(event, Event::Start(_));
                    }
                }
                b"rPh" => in_phonetic = matches!(event, Event::Start(_)),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"v" | b"t" => {
                    if let Some(c) = cell.as_mut() {
                        c.reading = false;
                    }
                }
                b"rPh" => in_phonetic = false,
                b"c" => {
                    if let Some(c) = cell.take() {
                        let value = match c.kind.as_str() {
                            "s" => c
                                .value
                                .trim()
                                .parse::<usize>()
                                .ok()
                                .and_then(|i| strings.get(i).cloned())
                                .ok_or(SheetError::XlsxUnreadable)?,
                            "b" => if c.value.trim() == "1" { "yes" } else { "no" }.to_string(),
                            "inlineStr" | "str" | "e" | "d" => c.value,
                            _ => number(&c.value),
                        };
                        if value.chars().count() > limits.max_cell_chars {
                            return Err(SheetError::CellTooLong { line: c.line });
                        }
                        if !value.is_empty() {
                            if lines == Lines::Counted {
                                if c.column >= limits.max_columns {
                                    return Err(SheetError::TooManyColumns { line: c.line });
                                }
                                if found.range((c.line, 0)..=(c.line, usize::MAX)).next().is_none() {
                                    lines_held += 1;
                                    if lines_held > last_line(limits) {
                                        return Err(SheetError::TooManyRows);
                                    }
                                }
                            }
                            *text_budget = text_budget.checked_sub(value.len()).ok_or(SheetError::XlsxTooLarge)?;
                            found.insert((c.line, c.column), value);
                        }
                    }
                }
                _ => {}
            },
            other => {
                if let Some(c) = cell.as_mut().filter(|c| c.reading) {
                    if let Some(text) = text_of(other)? {
                        c.value.push_str(&text);
                        if c.value.len() > limits.max_cell_chars.saturating_mul(4) {
                            return Err(SheetError::CellTooLong { line: c.line });
                        }
                    }
                }
            }
        }
        Ok(())
    })?;
    budget.inflate = budget.inflate.saturating_sub(inflated);
    Ok(into_rows(found))
}

/// Rows from the cells that hold something, by (line, column); the first column used becomes the
/// first cell of every row.
pub(crate) fn into_rows(found: BTreeMap<(usize, usize), String>) -> Vec<Row> {
    let first_column = found.keys().map(|(_, c)| *c).min().unwrap_or(0);
    let mut rows: Vec<Row> = Vec::new();
    for ((line, column), value) in found {
        if rows.last().map(|r| r.line) != Some(line) {
            rows.push(Row { line, cells: Vec::new() });
        }
        if let Some(row) = rows.last_mut() {
            let at = column - first_column;
            if row.cells.len() <= at {
                row.cells.resize(at + 1, String::new());
            }
            row.cells[at] = value;
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn cell_references_name_their_place() {
        assert_eq!(column_of("A1"), Some(0));
        assert_eq!(column_of("Z9"), Some(25));
        assert_eq!(column_of("AA9"), Some(26));
        assert_eq!(column_of("XFD1048576"), Some(16_383));
        assert_eq!(column_of("ABCD1"), None);
        assert_eq!(column_of("12"), None);
        assert_eq!(row_of("XFD1048576"), Some(1_048_576));
        assert_eq!(row_of("B"), None);
    }

    #[test]
    fn numbers_read_as_typed() {
        assert_eq!(number("1000"), "1000");
        assert_eq!(number("1.0E3"), "1000");
        assert_eq!(number("50.85"), "50.85");
        assert_eq!(number("abc"), "abc");
    }

    #[test]
    fn the_directory_count_is_read_without_the_zip_library() {
        assert_eq!(directory_entries(b"PK\x03\x04 no directory"), None);
        let mut eocd = b"PK\x05\x06".to_vec();
        eocd.extend_from_slice(&[0, 0, 0, 0, 3, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(directory_entries(&eocd), Some(3));
        eocd[10] = 0xff;
        eocd[11] = 0xff;
        assert_eq!(directory_entries(&eocd), None, "ZIP64");
    }
}
