//! Reading the spreadsheets people upload — CSV, or the first sheet of an XLSX workbook ([`read`]),
//! or every sheet of an XLSX or old Excel (.xls) workbook ([`read_workbook`]) — into rows of text,
//! each with the line a spreadsheet program shows for it.
//!
//! Everything here assumes the file is hostile. [`Limits`] bound the file, the rows, the columns,
//! each cell, each inflated part of a workbook and its table of shared strings, and every bound is
//! checked before anything of that size is allocated: an XLSX is read as a stream of XML events from
//! a size-capped inflater, never as a dense grid, so a cell at XFD1048576, a zip bomb or a billion
//! laughs costs milliseconds and a few kilobytes, not gigabytes. CSV is read in one pass. A workbook
//! that carries a DTD is refused (real spreadsheets never do, and entities are how XML bombs work).
//!
//! This crate only turns bytes into rows: what the columns mean is the caller's business. It does
//! no I/O of its own and never panics on input; every refusal is a [`SheetError`] with a stable code.

mod delimited;
mod xls;
mod xlsx;

/// The bounds a file must keep. [`Limits::default`] suits an import of people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest file, in bytes.
    pub max_file_bytes: usize,
    /// The most data rows after the header; blank lines count, as a spreadsheet shows them.
    pub max_rows: usize,
    /// The most columns a row may reach.
    pub max_columns: usize,
    /// The longest cell, in characters (Excel's own limit is 32,767).
    pub max_cell_chars: usize,
    /// The most bytes any one part of a workbook may inflate to.
    pub max_part_bytes: u64,
    /// The most entries in a workbook's table of shared strings.
    pub max_shared_strings: usize,
    /// The most files inside a workbook's zip archive.
    pub max_entries: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 4 * 1024 * 1024,
            max_rows: 20_000,
            max_columns: 64,
            max_cell_chars: 32_767,
            max_part_bytes: 48 * 1024 * 1024,
            max_shared_strings: 500_000,
            max_entries: 1_000,
        }
    }
}

/// Why a file was refused. [`SheetError::code`] is stable and doubles as a message key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SheetError {
    #[error("the file is larger than allowed")]
    TooLarge,
    #[error("the file has more rows than allowed")]
    TooManyRows,
    #[error("a row reaches more columns than allowed (line {line})")]
    TooManyColumns { line: usize },
    #[error("a cell is longer than allowed (line {line})")]
    CellTooLong { line: usize },
    #[error("the file is not UTF-8 text")]
    NotUtf8,
    #[error("a row cannot be read (line {line})")]
    RowUnreadable { line: usize },
    #[error("the workbook cannot be read")]
    XlsxUnreadable,
    #[error("the workbook inflates to more than allowed")]
    XlsxTooLarge,
    #[error("old Excel workbooks (.xls) are not read")]
    XlsUnsupported,
    #[error("the workbook has no sheet")]
    XlsxEmpty,
}

impl SheetError {
    pub fn code(&self) -> &'static str {
        match self {
            SheetError::TooLarge => "import-too-large",
            SheetError::TooManyRows => "import-too-many-rows",
            SheetError::TooManyColumns { .. } => "import-too-many-columns",
            SheetError::CellTooLong { .. } => "import-cell-too-long",
            SheetError::NotUtf8 => "import-not-utf8",
            SheetError::RowUnreadable { .. } => "import-row-unreadable",
            SheetError::XlsxUnreadable => "import-xlsx-unreadable",
            SheetError::XlsxTooLarge => "import-xlsx-too-large",
            SheetError::XlsUnsupported => "import-xls-unsupported",
            SheetError::XlsxEmpty => "import-xlsx-empty",
        }
    }

    /// The line the problem is on, or 0 when it is the whole file's.
    pub fn line(&self) -> usize {
        match self {
            SheetError::TooManyColumns { line }
            | SheetError::CellTooLong { line }
            | SheetError::RowUnreadable { line } => *line,
            _ => 0,
        }
    }
}

/// One row that holds at least one cell, with its line (1 for a spreadsheet's first row). Rows
/// that hold nothing are left out, but the lines after them keep their numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: usize,
    pub cells: Vec<String>,
}

/// One sheet of a workbook: its name as the workbook gives it (control characters and all: the
/// caller judges names as it judges cells) and its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Row>,
}

/// What kind of file the bytes are, told by content, never by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
    /// An OLE2 compound file: Excel 97–2003, refused with its own message.
    Xls,
}

impl Format {
    pub fn of(bytes: &[u8]) -> Format {
        if bytes.starts_with(b"PK\x03\x04") {
            Format::Xlsx
        } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            Format::Xls
        } else {
            Format::Csv
        }
    }
}

/// Reads the rows of a CSV file or of an XLSX workbook's first sheet, within `limits`.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<Vec<Row>, SheetError> {
    if bytes.len() > limits.max_file_bytes {
        return Err(SheetError::TooLarge);
    }
    match Format::of(bytes) {
        Format::Xlsx => xlsx::read(bytes, limits),
        Format::Xls => Err(SheetError::XlsUnsupported),
        Format::Csv => delimited::read(bytes, limits),
    }
}

/// Reads every sheet of a workbook, in the workbook's order, within `limits`: an XLSX, an old
/// Excel workbook (.xls), or a CSV file as one sheet without a name.
///
/// Unlike [`read`], lines that hold nothing do not count against `max_rows`, and only cells that
/// hold something are checked against `max_columns`: a form saved by a spreadsheet program may
/// declare a million formatted rows and a thousand columns around the eighty rows it uses. Lines
/// are still the spreadsheet's own, so problems can be reported where a person will find them.
pub fn read_workbook(bytes: &[u8], limits: &Limits) -> Result<Vec<Sheet>, SheetError> {
    if bytes.len() > limits.max_file_bytes {
        return Err(SheetError::TooLarge);
    }
    match Format::of(bytes) {
        Format::Xlsx => xlsx::read_all(bytes, limits),
        Format::Xls => xls::read_all(bytes, limits),
        Format::Csv => Ok(vec![Sheet { name: String::new(), rows: delimited::read(bytes, limits)? }]),
    }
}

/// The last line a file may use: the header's, then one per row allowed.
fn last_line(limits: &Limits) -> usize {
    limits.max_rows.saturating_add(1)
}
