//! Importing participants from a spreadsheet (CSV, or the first sheet of an XLSX workbook). The
//! first row names the columns ([`bridges_app::connect::record::FIELDS`], in any order; unknown columns are
//! an error so a typo does not silently drop data). Every bad row is reported with its line number
//! and field, and nothing is imported unless the whole file is clean.

use bridges_app::connect::record::{parse_person, Entry, Record, FIELDS};
use bridges_pairing::{Programme, Side};
use std::collections::HashMap;

/// The largest file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;
/// The most rows one import may hold.
pub const MAX_ROWS: usize = 20_000;

/// The bounds an uploaded file must keep: as many columns as a person has fields and a few more, so
/// a typo'd extra column is reported by name rather than refused wholesale.
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

fn file_problem(code: &'static str) -> Vec<RowProblem> {
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

/// How many imports are parsed at once: parsing runs off the async workers, and this bound keeps
/// a burst of uploads from taking every thread and all the memory.
pub const CONCURRENT_IMPORTS: usize = 2;
/// How long an import waits for its turn before the uploader is told to try again.
const IMPORT_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Reads and parses an uploaded file on a blocking thread, once `gate` lets it in.
pub async fn read_people(
    gate: &tokio::sync::Semaphore,
    bytes: Vec<u8>,
    programme: Programme,
) -> Result<Vec<(Side, Record)>, Vec<RowProblem>> {
    let permit = match tokio::time::timeout(IMPORT_WAIT, gate.acquire()).await {
        Ok(Ok(permit)) => permit,
        _ => return Err(file_problem("import-busy")),
    };
    let parsed = tokio::task::spawn_blocking(move || parse_rows(&read_rows(&bytes)?, &programme))
        .await
        .unwrap_or_else(|_| Err(file_problem("import-xlsx-unreadable")));
    drop(permit);
    parsed
}

/// Parses every row into a person; all problems of all rows, or all people.
pub fn parse_rows(rows: &[Row], programme: &Programme) -> Result<Vec<(Side, Record)>, Vec<RowProblem>> {
    let Some(((header_line, header), body)) = rows.split_first() else {
        return Err(file_problem("import-empty"));
    };
    let header_line = *header_line;
    let columns: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    let mut problems = Vec::new();
    for (i, c) in columns.iter().enumerate() {
        if !FIELDS.contains(&c.as_str()) {
            problems.push(RowProblem { line: header_line, field: c.clone(), code: "import-unknown-column" });
        } else if columns[..i].contains(c) {
            problems.push(RowProblem { line: header_line, field: c.clone(), code: "import-repeated-column" });
        }
    }
    for required in ["side", "name"] {
        if !columns.iter().any(|c| c == required) {
            problems.push(RowProblem { line: header_line, field: required.to_string(), code: "import-missing-column" });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut people = Vec::with_capacity(body.len());
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
        match parse_person(|k| cells.get(k).map(|v| v.trim().to_string()).unwrap_or_default(), programme, Entry::Staff)
        {
            Ok(person) => people.push(person),
            Err(errors) => {
                problems.extend(errors.iter().map(|e| RowProblem { line, field: e.field.to_string(), code: e.code }))
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if people.is_empty() {
        return Err(file_problem("import-empty"));
    }
    Ok(people)
}

/// A header row and one example row, to start a spreadsheet from.
pub fn template_csv() -> String {
    let example = [
        "newcomer",
        "Example Person",
        "",
        "",
        "ar",
        "ar:native, fr:beginner",
        "fr:beginner",
        "cooking, football",
        "1000",
        "50.85",
        "4.35",
        "5",
        "mon-evening sat-morning",
        "woman",
        "woman",
        "",
        "no",
        "no",
        "1",
        "",
    ];
    format!(
        "{}\n{}\n",
        FIELDS.join(","),
        example.map(|c| if c.contains(',') { format!("\"{c}\"") } else { c.to_string() }).join(",")
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use bridges_pairing::Kind;

    fn buddy() -> Programme {
        Programme::for_kind(Kind::Buddy)
    }

    #[test]
    fn the_template_imports_cleanly() {
        let rows = read_rows(template_csv().as_bytes()).unwrap();
        let people = parse_rows(&rows, &buddy()).unwrap();
        assert_eq!(people.len(), 1);
        assert_eq!(people[0].1.name, "Example Person");
    }

    #[test]
    fn every_bad_row_is_reported_by_line_and_nothing_passes() {
        let csv = "side,name,speaks,area,availability\n\
                   newcomer,Good,ar:native,1000,mon-evening\n\
                   alien,Bad side,ar:native,1000,mon-evening\n\
                   \n\
                   volunteer,,xx,1000,never\n";
        let problems = parse_rows(&read_rows(csv.as_bytes()).unwrap(), &buddy()).unwrap_err();
        let at = |line: usize| problems.iter().filter(|p| p.line == line).map(|p| p.field.as_str()).collect::<Vec<_>>();
        assert!(at(2).is_empty());
        assert_eq!(at(3), vec!["side"]);
        assert_eq!(at(5), vec!["name", "speaks", "availability"], "{problems:?}");
    }

    #[test]
    fn bad_headers_and_files_are_refused() {
        let p = parse_rows(&read_rows(b"side,name,nmae\n").unwrap(), &buddy()).unwrap_err();
        assert_eq!(p[0], RowProblem { line: 1, field: "nmae".into(), code: "import-unknown-column" });
        let p = parse_rows(&read_rows(b"name\nX\n").unwrap(), &buddy()).unwrap_err();
        assert_eq!(p[0].code, "import-missing-column");
        assert_eq!(read_rows(&[0xff, 0xfe, 0x00]).unwrap_err()[0].code, "import-not-utf8");
        assert_eq!(read_rows(b"PK\x03\x04garbage").unwrap_err()[0].code, "import-xlsx-unreadable");
        assert_eq!(parse_rows(&[], &buddy()).unwrap_err()[0].code, "import-empty");
        let huge = vec![b'a'; MAX_FILE_BYTES + 1];
        assert_eq!(read_rows(&huge).unwrap_err()[0].code, "import-too-large");
    }

    proptest::proptest! {
        /// The participants parser, fuzzed on the stable toolchain: any header made of known and
        /// unknown columns and any rows of any text are either people or problems, each on a line
        /// the file has (or 0 for the whole file), and never a panic.
        #[test]
        fn any_rows_are_people_or_problems_on_their_lines(
            header in proptest::sample::subsequence(FIELDS.to_vec(), 0..FIELDS.len()),
            extra in proptest::option::of("[a-z_]{1,8}"),
            body in proptest::collection::vec(proptest::collection::vec("\\PC{0,16}|ar:native|1000|mon-evening|newcomer|volunteer|yes", 0..22), 0..12),
        ) {
            let mut columns: Vec<String> = header.iter().map(|c| c.to_string()).collect();
            columns.extend(extra);
            let mut rows: Vec<Row> = vec![(1, columns)];
            rows.extend(body.into_iter().enumerate().map(|(i, cells)| (i + 2, cells)));
            let lines: Vec<usize> = rows.iter().map(|(line, _)| *line).collect();
            match parse_rows(&rows, &buddy()) {
                Ok(people) => proptest::prop_assert!(people.len() < rows.len()),
                Err(problems) => {
                    proptest::prop_assert!(!problems.is_empty());
                    for p in problems {
                        proptest::prop_assert!(p.line == 0 || lines.contains(&p.line), "{p:?}");
                    }
                }
            }
        }

        /// And the whole path from bytes: whatever a CSV holds, the answer is rows or a refusal.
        #[test]
        fn any_csv_text_is_read_and_parsed_or_refused(text in "(side|name|speaks|area|availability|,|\"|\n|\r|ar:native|[a-z0-9 ]{0,6}){0,80}") {
            if let Ok(rows) = read_rows(text.as_bytes()) {
                let _ = parse_rows(&rows, &buddy());
            }
        }
    }
}
