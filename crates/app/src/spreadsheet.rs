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
