//! Importing participants from a spreadsheet (CSV, or the first sheet of an XLSX workbook). The
//! first row names the columns ([`bridges_app::connect::record::FIELDS`], in any order; unknown columns are
//! an error so a typo does not silently drop data). Every bad row is reported with its line number
//! and field, and nothing is imported unless the whole file is clean.

use bridges_app::connect::record::{parse_person, Entry, Record, FIELDS};
pub use bridges_app::spreadsheet::{read_rows, Row, RowProblem, MAX_FILE_BYTES};
use bridges_pairing::{Programme, Side};

/// Reads and parses an uploaded file on a blocking thread, once `gate` lets it in.
pub async fn read_people(
    gate: &tokio::sync::Semaphore,
    bytes: Vec<u8>,
    programme: Programme,
) -> Result<Vec<(Side, Record)>, Vec<RowProblem>> {
    crate::http::upload::parse_upload(gate, bytes, move |rows| parse_rows(&rows, &programme)).await
}

/// Parses every row into a person; all problems of all rows, or all people.
pub fn parse_rows(rows: &[Row], programme: &Programme) -> Result<Vec<(Side, Record)>, Vec<RowProblem>> {
    bridges_app::spreadsheet::parse_table(rows, &FIELDS, &["side", "name"], |get| {
        parse_person(get, programme, Entry::Staff)
    })
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
