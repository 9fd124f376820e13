//! CSV in one pass: the line of each record is counted on from the previous record's, so a file
//! of any shape costs time in proportion to its size.

use crate::{last_line, Limits, Row, SheetError};

pub(crate) fn read(bytes: &[u8], limits: &Limits) -> Result<Vec<Row>, SheetError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| SheetError::NotUtf8)?.as_bytes();
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter(text)).from_reader(text);
    let mut rows = Vec::new();
    // Where the last record started and which line that was.
    let (mut counted_to, mut line) = (0usize, 1usize);
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let at = e.position().map(|p| p.line() as usize).unwrap_or(line);
                return Err(SheetError::RowUnreadable { line: at });
            }
        }
        // The reader places a record at the blank lines before it; step over them.
        let mut at = record.position().map(|p| p.byte() as usize).unwrap_or(counted_to).clamp(counted_to, text.len());
        while matches!(text.get(at), Some(b'\n' | b'\r')) {
            at += 1;
        }
        line += text[counted_to..at].iter().filter(|&&b| b == b'\n').count();
        counted_to = at;
        if line > last_line(limits) {
            return Err(SheetError::TooManyRows);
        }
        if record.len() > limits.max_columns {
            return Err(SheetError::TooManyColumns { line });
        }
        if record.iter().any(|c| c.chars().count() > limits.max_cell_chars) {
            return Err(SheetError::CellTooLong { line });
        }
        rows.push(Row { line, cells: record.iter().map(str::to_string).collect() });
    }
    Ok(rows)
}

/// The separator of the file: a semicolon when the first line holds more of them than commas
/// (outside quotes), as spreadsheets in much of Europe and KoboToolbox's CSV export write; else a
/// comma.
fn delimiter(text: &[u8]) -> u8 {
    let (mut commas, mut semicolons, mut quoted) = (0usize, 0usize, false);
    for &b in text.iter().take_while(|&&b| b != b'\n') {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas {
        b';'
    } else {
        b','
    }
}

#[cfg(test)]
mod tests {
    use super::delimiter;

    #[test]
    fn semicolons_are_told_from_commas_by_the_first_line() {
        assert_eq!(delimiter(b"a;b;c\n1,5;2;3"), b';');
        assert_eq!(delimiter(b"a,b\n1;2;3;4"), b',');
        assert_eq!(delimiter(b"\"a;b;c\",d\n"), b',');
        assert_eq!(delimiter(b""), b',');
    }
}
