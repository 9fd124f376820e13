//! Fuzzing on the stable toolchain: structure-aware property tests. Grids of awkward text are
//! written as CSV and as XLSX (shared or inline strings) and must read back exactly; then the same
//! files, and every file of the hostile corpus, are mutated byte by byte and must be answered with
//! rows within the limits or a refusal, never a panic. `PROPTEST_CASES` sets how many inputs each
//! property tries (256 by default; the long runs in the README use far more).

use bridges_sheet::{read, Limits};
use proptest::prelude::*;
use std::io::Write;

/// Text a person might type, and text an attacker would: quotes, separators, line breaks,
/// markup, entities, right-to-left and control characters.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ]{0,12}",
        "[\",;\n\r<>&'=+@-]{1,6}",
        "[\u{0600}-\u{06FF}\u{202A}-\u{202E}\u{2066}-\u{2069} ]{1,8}",
        "&(amp|lt|gt|quot|apos|lol|#x41|#0);",
        "\\PC{0,10}",
    ]
}

fn grid() -> impl Strategy<Value = Vec<Vec<String>>> {
    (1usize..6).prop_flat_map(|width| prop::collection::vec(prop::collection::vec(cell(), width), 1..8))
}

fn csv_of(grid: &[Vec<String>]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().quote_style(csv::QuoteStyle::Always).from_writer(Vec::new());
    for row in grid {
        writer.write_record(row).unwrap();
    }
    writer.into_inner().unwrap()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Columns as a spreadsheet names them.
fn column_name(mut i: usize) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap()
}

/// A minimal workbook as spreadsheet programs write it.
fn xlsx_of(grid: &[Vec<String>], shared: bool) -> Vec<u8> {
    let mut strings = Vec::new();
    let mut rows = String::new();
    for (r, row) in grid.iter().enumerate() {
        rows.push_str(&format!("<row r=\"{}\">", r + 1));
        for (c, value) in row.iter().enumerate() {
            let at = format!("{}{}", column_name(c), r + 1);
            if shared {
                strings.push(format!("<si><t xml:space=\"preserve\">{}</t></si>", escape(value)));
                rows.push_str(&format!("<c r=\"{at}\" t=\"s\"><v>{}</v></c>", strings.len() - 1));
            } else {
                rows.push_str(&format!(
                    "<c r=\"{at}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
                    escape(value)
                ));
            }
        }
        rows.push_str("</row>");
    }
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let parts = [
        ("[Content_Types].xml".to_string(), "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".to_string()),
        (
            "xl/workbook.xml".to_string(),
            format!("<workbook xmlns=\"{main}\" xmlns:r=\"{rel}\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        ),
        (
            "xl/_rels/workbook.xml.rels".to_string(),
            format!(
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
                 <Relationship Id=\"rId1\" Type=\"{rel}/worksheet\" Target=\"worksheets/sheet1.xml\"/>\
                 <Relationship Id=\"rId2\" Type=\"{rel}/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"
            ),
        ),
        ("xl/worksheets/sheet1.xml".to_string(), format!("<worksheet xmlns=\"{main}\"><sheetData>{rows}</sheetData></worksheet>")),
        ("xl/sharedStrings.xml".to_string(), format!("<sst xmlns=\"{main}\">{}</sst>", strings.concat())),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// What a reader may answer: a refusal, or rows that keep every limit.
fn within_limits(bytes: &[u8]) {
    let limits = Limits::default();
    if let Ok(rows) = read(bytes, &limits) {
        assert!(rows.len() <= limits.max_rows + 1);
        for row in rows {
            assert!(row.line >= 1 && row.line <= limits.max_rows + 1);
            assert!(row.cells.len() <= limits.max_columns);
            assert!(row.cells.iter().all(|c| c.chars().count() <= limits.max_cell_chars));
        }
    }
}

/// The cells as a spreadsheet keeps them: XML normalises line ends, and blank rows are not rows.
fn expected(grid: &[Vec<String>], xml: bool) -> Vec<Vec<String>> {
    grid.iter()
        .map(|row| {
            let mut cells: Vec<String> =
                row.iter().map(|c| if xml { c.replace("\r\n", "\n").replace('\r', "\n") } else { c.clone() }).collect();
            if xml {
                while cells.last().is_some_and(String::is_empty) {
                    cells.pop();
                }
            }
            cells
        })
        .filter(|row| !row.iter().all(String::is_empty) || !xml)
        .collect()
}

fn mutate(mut bytes: Vec<u8>, edits: &[(usize, u8)]) -> Vec<u8> {
    for &(at, value) in edits {
        if !bytes.is_empty() {
            let i = at % bytes.len();
            bytes[i] = value;
        }
    }
    bytes
}

proptest! {
    #[test]
    fn csv_reads_back_what_was_written(grid in grid()) {
        let rows = read(&csv_of(&grid), &Limits::default()).unwrap();
        let got: Vec<Vec<String>> = rows.into_iter().map(|r| r.cells).collect();
        prop_assert_eq!(got, expected(&grid, false));
    }

    #[test]
    fn xlsx_reads_back_what_was_written(grid in grid(), shared in any::<bool>()) {
        // A sheet starts at the first column it uses, as spreadsheet programs show it.
        let rows_wanted = expected(&grid, true);
        let lead = rows_wanted.iter().filter_map(|r| r.iter().position(|c| !c.is_empty())).min().unwrap_or(0);
        let want: Vec<Vec<String>> = rows_wanted.into_iter().map(|r| r[lead..].to_vec()).collect();
        let rows = read(&xlsx_of(&grid, shared), &Limits::default()).unwrap();
        let got: Vec<Vec<String>> = rows.into_iter().map(|r| r.cells).collect();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn mutated_workbooks_are_read_within_limits_or_refused(
        grid in grid(),
        shared in any::<bool>(),
        edits in prop::collection::vec((any::<usize>(), any::<u8>()), 1..16),
    ) {
        within_limits(&mutate(xlsx_of(&grid, shared), &edits));
    }

    #[test]
    fn arbitrary_bytes_are_read_within_limits_or_refused(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        within_limits(&bytes);
        let mut zipped = b"PK\x03\x04".to_vec();
        zipped.extend_from_slice(&bytes);
        within_limits(&zipped);
    }

    #[test]
    fn mutated_hostile_files_are_read_within_limits_or_refused(
        which in 0usize..6,
        edits in prop::collection::vec((any::<usize>(), any::<u8>()), 1..8),
    ) {
        let name = ["valid.xlsx", "valid-inline.xlsx", "billion-laughs.xlsx", "sparse-a1-xfd20001.xlsx",
                    "missing-sheet.xlsx", "bidi-and-nul.csv"][which];
        within_limits(&mutate(super::corpus(name), &edits));
    }
}
