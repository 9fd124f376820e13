//! CSV files people open in spreadsheets, written by the `csv` crate (quoting and line ends), with
//! every cell made safe to open: a spreadsheet runs a cell that starts with `= + - @` (or a tab or
//! carriage return) as a formula, so such cells get a leading apostrophe.

use std::borrow::Cow;

/// A cell that cannot run as a formula.
pub fn safe_cell(value: &str) -> Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_separators_quoted() {
        let mut sheet = Sheet::new(&["name", "note"]);
        sheet.row(&["=HYPERLINK(\"x\")", "a, \"b\"\nc"]);
        sheet.row(&["-1", "@me"]);
        assert_eq!(sheet.finish(), "name,note\r\n\"'=HYPERLINK(\"\"x\"\")\",\"a, \"\"b\"\"\nc\"\r\n'-1,'@me\r\n");
    }
}
