//! Every file of the hostile corpus (`tests/hostile/`, made by its `make.py`) is refused with the
//! message meant for it, and the two valid workbooks read as a person would expect. Each file's
//! time is printed (run with `--nocapture`): refusals take milliseconds, however large the file
//! claims or inflates to be.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod fuzz;
mod workbook;

use bridges_sheet::{read, Limits, Row};
use std::path::PathBuf;
use std::time::Instant;

fn corpus(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/hostile").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn timed(name: &str) -> Result<Vec<Row>, bridges_sheet::SheetError> {
    let bytes = corpus(name);
    let started = Instant::now();
    let answer = read(&bytes, &Limits::default());
    println!("{name}: {:?} in {:?}", answer.as_ref().map(Vec::len).map_err(|e| e.code()), started.elapsed());
    answer
}

#[test]
fn hostile_files_are_refused_with_their_own_message() {
    for (name, code, line) in [
        ("sparse-xfd1048576.xlsx", "import-too-many-rows", 0),
        ("sparse-a1-xfd20001.xlsx", "import-too-many-columns", 20_001),
        ("wide-row.xlsx", "import-too-many-columns", 1),
        ("bomb-sheet.xlsx", "import-xlsx-too-large", 0),
        ("bomb-shared-strings.xlsx", "import-xlsx-too-large", 0),
        ("many-shared-strings.xlsx", "import-xlsx-too-large", 0),
        ("long-string.xlsx", "import-cell-too-long", 2),
        ("billion-laughs.xlsx", "import-xlsx-unreadable", 0),
        ("external-entity.xlsx", "import-xlsx-unreadable", 0),
        ("deep-xml.xlsx", "import-xlsx-unreadable", 0),
        ("many-sheets.xlsx", "import-xlsx-too-large", 0),
        ("many-entries.xlsx", "import-xlsx-unreadable", 0),
        ("lying-size.xlsx", "import-xlsx-too-large", 0),
        ("missing-sheet.xlsx", "import-xlsx-unreadable", 0),
        ("not-a-zip.xlsx", "import-xlsx-unreadable", 0),
        ("legacy.xls", "import-xls-unsupported", 0),
        ("too-many-rows.csv", "import-too-many-rows", 0),
        ("one-long-line.csv", "import-too-many-columns", 1),
        ("blank-lines.csv", "import-too-many-rows", 0),
        ("unclosed-quote.csv", "import-cell-too-long", 2),
    ] {
        let error = timed(name).expect_err(name);
        assert_eq!((error.code(), error.line()), (code, line), "{name}");
    }
}

#[test]
fn valid_workbooks_read_as_typed() {
    for name in ["valid.xlsx", "valid-inline.xlsx"] {
        let rows = timed(name).unwrap();
        let cells: Vec<(usize, Vec<&str>)> =
            rows.iter().map(|r| (r.line, r.cells.iter().map(String::as_str).collect())).collect();
        assert_eq!(
            cells,
            vec![
                (1, vec!["side", "name", "speaks", "area", "availability"]),
                (2, vec!["newcomer", "Amal", "ar:native", "1000", "mon-evening"]),
                (3, vec!["volunteer", "Ben", "ar:fluent", "1000", "mon-evening"]),
            ],
            "{name}"
        );
    }
}

#[test]
fn control_characters_pass_through_to_the_caller_to_judge() {
    let rows = timed("bidi-and-nul.csv").unwrap();
    assert_eq!(rows[1].line, 2);
    assert!(rows[1].cells[1].contains('\u{202E}') && rows[1].cells[1].contains('\0'));
}

#[test]
fn csv_lines_count_blank_lines_and_quoted_newlines() {
    let text = "a,b\n\n\nx,\"two\nlines\"\ny,z\r\n\r\nw,v";
    let rows = read(text.as_bytes(), &Limits::default()).unwrap();
    let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, vec![1, 4, 6, 8]);
    assert_eq!(rows[1].cells, vec!["x", "two\nlines"]);
}

#[test]
fn twenty_thousand_csv_rows_read_in_one_pass() {
    let mut text = String::from("side,name\n");
    for i in 0..20_000 {
        text.push_str(&format!("newcomer,Person {i}\n"));
    }
    let started = Instant::now();
    let rows = read(text.as_bytes(), &Limits::default()).unwrap();
    println!("20,000 rows in {:?}", started.elapsed());
    assert_eq!(rows.len(), 20_001);
    assert_eq!(rows.last().unwrap().line, 20_001);
}
