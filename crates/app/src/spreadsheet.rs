//! Tables in and out of spreadsheets. Out: CSV files people open in spreadsheets, written by the
//! `csv` crate (quoting and line ends), with every cell made safe to open: a spreadsheet runs a cell
//! that starts with `= + - @` (or a tab or carriage return) as a formula, so such cells get a leading
//! apostrophe; and XLSX workbooks. In: the rows of a CSV or XLSX file read within limits, and a
//! table parsed row by row into records, where every bad row is reported by its line and column and
//! nothing is returned unless every row is clean, so an import is all or nothing.

use bridges_domain::ValidationErrors;
use std::borrow::Cow;
use std::collections::HashMap;

/// A cell that cannot run as a formula.
pub fn safe_cell(value: &str) -> Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

/// The cell as it was before [`safe_cell`]: what an export wrote, an import reads back the same.
pub fn unescaped_cell(value: &str) -> &str {
    match value.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => value,
    }
}

/// A whole table as CSV text.
pub fn csv<S: AsRef<str>>(header: &[S], rows: &[Vec<String>]) -> String {
    let mut sheet = Sheet::new(header);
    for row in rows {
        sheet.row(row);
    }
    sheet.finish()
}

/// A CSV document: a header and rows, each cell made safe, lines ending in CRLF as spreadsheets
/// expect.
pub struct Sheet {
    writer: csv::Writer<Vec<u8>>,
}

impl Sheet {
    pub fn new<S: AsRef<str>>(header: &[S]) -> Self {
        let writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).flexible(true).from_writer(Vec::new());
        let mut sheet = Sheet { writer };
        sheet.row(header);
        sheet
    }

    pub fn row<S: AsRef<str>>(&mut self, cells: &[S]) {
        // Writing to memory cannot fail; a cell that could not be written would be a bug in csv.
        let _ = self.writer.write_record(cells.iter().map(|c| safe_cell(c.as_ref()).into_owned()));
    }

    pub fn finish(self) -> String {
        let bytes = self.writer.into_inner().unwrap_or_else(|e| e.into_inner().get_ref().clone());
        String::from_utf8(bytes).unwrap_or_default()
    }
}

/// The same table as an XLSX workbook of one sheet: numbers as numbers, everything else as text.
/// A text cell of a workbook is never run as a formula, so no apostrophe is needed there.
pub fn workbook<S: AsRef<str>>(sheet: &str, header: &[S], rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let page = book.add_worksheet();
    page.set_name(sheet).map_err(|e| e.to_string())?;
    for (c, title) in header.iter().enumerate() {
        let c = u16::try_from(c).map_err(|e| e.to_string())?;
        page.write_string_with_format(0, c, title.as_ref(), &bold).map_err(|e| e.to_string())?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|e| e.to_string())?;
        for (c, value) in row.iter().enumerate() {
            let c = u16::try_from(c).map_err(|e| e.to_string())?;
            match value.parse::<f64>() {
                Ok(n) if n.is_finite() && !value.starts_with('+') => page.write_number(r, c, n),
                _ => page.write_string(r, c, value),
            }
            .map_err(|e| e.to_string())?;
        }
    }
    book.save_to_buffer().map_err(|e| e.to_string())
}

/// The largest file an import accepts, in bytes.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;
/// The most rows one import may hold.
pub const MAX_ROWS: usize = 20_000;

/// The bounds an uploaded file must keep: the reader's column bound leaves room for a few more
/// columns than a table knows, so a typo'd extra column is reported by name rather than refused
/// wholesale.
pub fn limits() -> bridges_sheet::Limits {
    bridges_sheet::Limits { max_file_bytes: MAX_FILE_BYTES, max_rows: MAX_ROWS, ..bridges_sheet::Limits::default() }
}

/// One problem, where it is: `line` counts from 1 for the header row, as a spreadsheet shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    pub line: usize,
    /// The column, or empty when the problem is the row or the file.
    pub field: String,
    pub code: &'static str,
}

/// A problem of the whole file (line 0).
pub fn file_problem(code: &'static str) -> Vec<RowProblem> {
    vec![RowProblem { line: 0, field: String::new(), code }]
}

/// One row of the file with the line it is on (blank lines are skipped but still counted).
pub type Row = (usize, Vec<String>);

/// Reads the rows of a CSV or XLSX file (told apart by content, not by name), within [`limits`].
pub fn read_rows(bytes: &[u8]) -> Result<Vec<Row>, Vec<RowProblem>> {
    match bridges_sheet::read(bytes, &limits()) {
        Ok(rows) => Ok(rows.into_iter().map(|r| (r.line, r.cells)).collect()),
        Err(e) => Err(vec![RowProblem { line: e.line(), field: String::new(), code: e.code() }]),
    }
}

/// Parses a table: the first row names the columns (any of `known`, in any order, case and spaces
/// aside; every one of `required`), and each later row that is not blank becomes a record through
/// `parse_row`, which reads a cell by its column's name (trimmed, empty where the column is absent)
/// and names each bad field. Unknown, repeated and missing columns are reported on the header's
/// line; then every problem of every row with its line. The records come back only if there is
/// none, and if there is at least one (`import-empty` otherwise).
pub fn parse_table<T>(
    rows: &[Row],
    known: &[&str],
    required: &[&str],
    mut parse_row: impl FnMut(&dyn Fn(&str) -> String) -> Result<T, ValidationErrors>,
) -> Result<Vec<T>, Vec<RowProblem>> {
    let Some(((header_line, header), body)) = rows.split_first() else {
        return Err(file_problem("import-empty"));
    };
    let header_line = *header_line;
    let columns: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    let mut problems = Vec::new();
    for (i, c) in columns.iter().enumerate() {
        if !known.contains(&c.as_str()) {
            problems.push(RowProblem { line: header_line, field: c.clone(), code: "import-unknown-column" });
        } else if columns[..i].contains(c) {
            problems.push(RowProblem { line: header_line, field: c.clone(), code: "import-repeated-column" });
        }
    }
    for required in required {
        if !columns.iter().any(|c| c == required) {
            problems.push(RowProblem { line: header_line, field: required.to_string(), code: "import-missing-column" });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut records = Vec::with_capacity(body.len());
    for (line, row) in body {
        let line = *line;
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if row.len() > columns.len() {
            problems.push(RowProblem { line, field: String::new(), code: "import-too-many-cells" });
            continue;
        }
        let cells: HashMap<&str, &str> =
            columns.iter().map(String::as_str).zip(row.iter().map(String::as_str)).collect();
        match parse_row(&|k| cells.get(k).map(|v| v.trim().to_string()).unwrap_or_default()) {
            Ok(record) => records.push(record),
            Err(errors) => {
                problems.extend(errors.iter().map(|e| RowProblem { line, field: e.field.to_string(), code: e.code }))
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if records.is_empty() {
        return Err(file_problem("import-empty"));
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn formulas_are_defused_and_separators_quoted() {
        let mut sheet = Sheet::new(&["name", "note"]);
        sheet.row(&["=HYPERLINK(\"x\")", "a, \"b\"\nc"]);
        sheet.row(&["-1", "@me"]);
        assert_eq!(sheet.finish(), "name,note\r\n\"'=HYPERLINK(\"\"x\"\")\",\"a, \"\"b\"\"\nc\"\r\n'-1,'@me\r\n");
        for cell in ["=1+1", "-1", "'quoted'", "plain", "'"] {
            assert_eq!(unescaped_cell(&safe_cell(cell)), cell);
        }
    }

    fn numbers(get: &dyn Fn(&str) -> String) -> Result<(u32, String), ValidationErrors> {
        let mut e = ValidationErrors::new();
        let n = get("n").parse::<u32>().map_err(|_| e.add("n", "number-invalid")).unwrap_or_default();
        e.into_result()?;
        Ok((n, get("note")))
    }

    #[test]
    fn a_table_is_parsed_by_column_name_or_every_problem_is_named() {
        let rows = read_rows(b"Note , N\n x ,1\n\n,,\ny,2\n").unwrap();
        let records = parse_table(&rows, &["n", "note"], &["n"], numbers).unwrap();
        assert_eq!(records, vec![(1, "x".to_string()), (2, "y".to_string())]);
        let rows = read_rows(b"n,note\n1,a\nx,b\n2,c,d\n").unwrap();
        let problems = parse_table(&rows, &["n", "note"], &["n"], numbers).unwrap_err();
        assert_eq!(
            problems,
            vec![
                RowProblem { line: 3, field: "n".into(), code: "number-invalid" },
                RowProblem { line: 4, field: String::new(), code: "import-too-many-cells" },
            ]
        );
        let problems = parse_table(&read_rows(b"note,n,n,x\n").unwrap(), &["n", "note"], &["n"], numbers).unwrap_err();
        let codes: Vec<&str> = problems.iter().map(|p| p.code).collect();
        assert_eq!(codes, ["import-repeated-column", "import-unknown-column"]);
        let problems = parse_table(&read_rows(b"note\nx\n").unwrap(), &["n", "note"], &["n"], numbers).unwrap_err();
        assert_eq!(problems[0], RowProblem { line: 1, field: "n".into(), code: "import-missing-column" });
        assert_eq!(
            parse_table(&read_rows(b"n\n\n").unwrap(), &["n"], &[], numbers).unwrap_err()[0].code,
            "import-empty"
        );
    }
}
