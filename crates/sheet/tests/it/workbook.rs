//! Every sheet of a workbook (`read_workbook`): the real XLSForms in `../shared/xlsform/`, the
//! `.xls` fixture made by `tests/xls/make.py`, and hostile workbooks made here.

use bridges_sheet::{read, read_workbook, Limits, Row, Sheet};
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

/// The real forms, read where they are (never copied into the project).
fn shared_xlsform(name: &str) -> Vec<u8> {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/xlsform");
    let dir = if here.is_dir() { here } else { PathBuf::from("/work/shared/xlsform") };
    let path = dir.join(name);
    std::fs::read(&path)
        .unwrap_or_else(|e| panic!("the real XLSForms are needed for this test: {}: {e}", path.display()))
}

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn lines(rows: &[Row]) -> Vec<usize> {
    rows.iter().map(|r| r.line).collect()
}

fn texts(row: &Row) -> Vec<&str> {
    row.cells.iter().map(String::as_str).collect()
}

/// A workbook of the given sheets (name, `<sheetData>` content) and shared strings.
fn workbook_of(sheets: &[(&str, String)], strings: &[String], dimension: Option<&str>) -> Vec<u8> {
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let mut listed = String::new();
    let mut rels = String::new();
    let mut parts = Vec::new();
    for (i, (name, data)) in sheets.iter().enumerate() {
        let n = i + 1;
        listed.push_str(&format!("<sheet name=\"{name}\" sheetId=\"{n}\" r:id=\"rId{n}\"/>"));
        rels.push_str(&format!(
            "<Relationship Id=\"rId{n}\" Type=\"{rel}/worksheet\" Target=\"worksheets/sheet{n}.xml\"/>"
        ));
        let dimension = dimension.map(|d| format!("<dimension ref=\"{d}\"/>")).unwrap_or_default();
        parts.push((
            format!("xl/worksheets/sheet{n}.xml"),
            format!("<worksheet xmlns=\"{main}\">{dimension}<sheetData>{data}</sheetData></worksheet>"),
        ));
    }
    rels.push_str(&format!("<Relationship Id=\"rIdS\" Type=\"{rel}/sharedStrings\" Target=\"sharedStrings.xml\"/>"));
    let sst: String = strings.iter().map(|s| format!("<si><t>{s}</t></si>")).collect();
    parts.push(("xl/sharedStrings.xml".into(), format!("<sst xmlns=\"{main}\">{sst}</sst>")));
    parts.push((
        "xl/workbook.xml".into(),
        format!("<workbook xmlns=\"{main}\" xmlns:r=\"{rel}\"><sheets>{listed}</sheets></workbook>"),
    ));
    parts.push((
        "xl/_rels/workbook.xml.rels".into(),
        format!("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{rels}</Relationships>"),
    ));
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn inline(at: &str, text: &str) -> String {
    format!("<c r=\"{at}\" t=\"inlineStr\"><is><t>{text}</t></is></c>")
}

fn timed_workbook(what: &str, bytes: &[u8]) -> Result<Vec<Sheet>, bridges_sheet::SheetError> {
    let started = Instant::now();
    let answer = read_workbook(bytes, &Limits::default());
    println!("{what}: {:?} in {:?}", answer.as_ref().map(Vec::len).map_err(|e| e.code()), started.elapsed());
    answer
}

#[test]
fn a_real_form_declaring_a_million_rows_reads_as_the_rows_it_holds() {
    let sheets = timed_workbook("UCL", &shared_xlsform("UCL_Biomass_Plot_Form.xlsx")).unwrap();
    let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["survey", "choices", "settings"]);
    // Counted with openpyxl: the survey's last row holding a value is 91, the choices' 28.
    assert_eq!(sheets[0].rows.last().unwrap().line, 91);
    assert_eq!(sheets[1].rows.len(), 28);
    assert_eq!(texts(&sheets[1].rows[0]), ["list_name", "name ", "label::Swahili (sw)", "label::English (en)"]);
    assert_eq!(texts(&sheets[1].rows[6]), ["plant_phase", "2022", "2022", "2022"]);
    // The same file through the first-sheet reader is refused: its empty rows count there.
    assert!(read(&shared_xlsform("UCL_Biomass_Plot_Form.xlsx"), &Limits::default()).is_err());
}

#[test]
fn every_real_form_reads_in_workbook_order() {
    for (name, sheets) in [
        ("case_insensitivity.xlsx", vec!["SURVEY", "CHOICES", "SETTINGS", "EXTERNAL_CHOICES", "ENTITIES", "OSM"]),
        ("group.xlsx", vec!["survey"]),
        ("xlsform_spec_test.xlsx", vec!["survey", "choices", "settings", "columns"]),
        ("duplicate_columns.xlsx", vec!["survey", "choices", "settings", "columns"]),
    ] {
        let read = timed_workbook(name, &shared_xlsform(name)).unwrap();
        assert_eq!(read.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), sheets, "{name}");
    }
}

#[test]
fn an_old_excel_workbook_reads_every_sheet() {
    let sheets = timed_workbook("form.xls", &fixture("xls/form.xls")).unwrap();
    assert_eq!(sheets.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["survey", "choices", "settings"]);
    let survey = &sheets[0].rows;
    assert_eq!(lines(survey), [1, 2, 3, 4, 6, 7, 9]);
    assert_eq!(texts(&survey[0]), ["type", "name", "label::English (en)", "label::Arabic (ar)", "required"]);
    assert_eq!(texts(&survey[2]), ["text", "given_name", "Your given name", "اسمك", "yes"]);
    assert_eq!(texts(&survey[6]), ["note", "thanks", "7"]);
    assert_eq!(texts(&sheets[2].rows[1]), ["Welcome survey", "welcome"]);
    // The first-sheet reader still refuses them, with its own message.
    assert_eq!(read(&fixture("xls/form.xls"), &Limits::default()).unwrap_err().code(), "import-xls-unsupported");
}

#[test]
fn a_csv_file_is_one_sheet_without_a_name() {
    let sheets = read_workbook(b"type,name\ntext,a\n", &Limits::default()).unwrap();
    assert_eq!(sheets.len(), 1);
    assert_eq!(sheets[0].name, "");
    assert_eq!(sheets[0].rows.len(), 2);
}

#[test]
fn empty_rows_and_cells_cost_nothing_however_far_they_reach() {
    // A dimension of the whole grid, a header, and one value on Excel's last row.
    let data = format!(
        "<row r=\"1\">{}{}</row><row r=\"500000\"><c r=\"XFD500000\" s=\"1\"/></row><row r=\"1048576\">{}</row>",
        inline("A1", "type"),
        inline("B1", "name"),
        inline("A1048576", "text"),
    );
    let bytes = workbook_of(&[("survey", data)], &[], Some("A1:XFD1048576"));
    let sheets = timed_workbook("far", &bytes).unwrap();
    assert_eq!(lines(&sheets[0].rows), [1, 1_048_576]);
}

#[test]
fn hostile_workbooks_are_refused() {
    let limits = Limits::default();
    // More sheets than anyone makes.
    let many: Vec<(&str, String)> = (0..1_001).map(|_| ("s", String::new())).collect();
    assert_eq!(
        timed_workbook("1,001 sheets", &workbook_of(&many, &[], None)).unwrap_err().code(),
        "import-xlsx-unreadable"
    );
    // A value beyond the columns allowed.
    let wide = format!("<row r=\"1\">{}</row>", inline("XFD1", "x"));
    assert_eq!(
        timed_workbook("wide", &workbook_of(&[("s", wide)], &[], None)).unwrap_err().code(),
        "import-too-many-columns"
    );
    // One long shared string copied into every cell.
    let long = "x".repeat(30_000);
    let mut data = String::new();
    for r in 1..=2_000 {
        data.push_str(&format!("<row r=\"{r}\">"));
        for c in ["A", "B", "C", "D", "E", "F", "G", "H"] {
            data.push_str(&format!("<c r=\"{c}{r}\" t=\"s\"><v>0</v></c>"));
        }
        data.push_str("</row>");
    }
    let bytes = workbook_of(&[("s", data)], &[long], None);
    assert_eq!(timed_workbook("amplified", &bytes).unwrap_err().code(), "import-xlsx-too-large");
    assert_eq!(read(&bytes, &limits).unwrap_err().code(), "import-xlsx-too-large");
    // The corpus of hostile files: each refused or read within the limits, never a panic.
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&corpus).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    for path in names.iter().filter(|p| p.extension().is_some_and(|e| e != "md" && e != "py")) {
        let bytes = std::fs::read(path).unwrap();
        if let Ok(sheets) = timed_workbook(&path.display().to_string(), &bytes) {
            for sheet in sheets {
                assert!(sheet.rows.len() <= limits.max_rows + 1);
                assert!(sheet.rows.iter().all(|r| r.cells.len() <= limits.max_columns));
            }
        }
    }
    assert_eq!(read_workbook(&fixture("hostile/legacy.xls"), &limits).unwrap_err().code(), "import-xlsx-unreadable");
    assert_eq!(
        read_workbook(&fixture("hostile/sparse-xfd1048576.xlsx"), &limits).unwrap_err().code(),
        "import-too-many-columns"
    );
}

#[test]
fn two_sheets_over_one_part_are_refused() {
    let bytes = workbook_of(&[("a", format!("<row r=\"1\">{}</row>", inline("A1", "x")))], &[], None);
    // Point a second sheet at the first one's part by editing the workbook's lists.
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        let name = file.name().to_string();
        let mut text = String::new();
        std::io::Read::read_to_string(&mut file, &mut text).unwrap();
        let text = text
            .replace("</sheets>", "<sheet name=\"b\" sheetId=\"2\" r:id=\"rId2\"/></sheets>")
            .replace("</Relationships>", "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        out.start_file(name, options).unwrap();
        out.write_all(text.as_bytes()).unwrap();
    }
    let bytes = out.finish().unwrap().into_inner();
    assert_eq!(read_workbook(&bytes, &Limits::default()).unwrap_err().code(), "import-xlsx-unreadable");
}

#[test]
fn a_sheet_name_with_control_characters_is_given_as_it_is() {
    let bytes = workbook_of(&[("sur&#x202E;vey&#x9;", format!("<row r=\"1\">{}</row>", inline("A1", "x")))], &[], None);
    let sheets = read_workbook(&bytes, &Limits::default()).unwrap();
    assert_eq!(sheets[0].name, "sur\u{202E}vey\t");
}

#[test]
fn damaged_old_workbooks_are_refused_never_a_panic() {
    let good = fixture("xls/form.xls");
    let limits = Limits::default();
    assert!(read_workbook(&good[..good.len() / 2], &limits).is_err());
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let started = Instant::now();
    for _ in 0..300 {
        let mut bytes = good.clone();
        for _ in 0..4 {
            let at = (next() % bytes.len() as u64) as usize;
            bytes[at] = next() as u8;
        }
        if let Ok(sheets) = read_workbook(&bytes, &limits) {
            assert!(sheets.iter().all(|s| s.rows.iter().all(|r| r.cells.len() <= limits.max_columns)));
        }
    }
    println!("300 damaged .xls in {:?}", started.elapsed());
}
