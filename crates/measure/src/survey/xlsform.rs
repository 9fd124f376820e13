//! XLSForm in and out: a workbook as KoboToolbox and ODK users write it becomes a [`Form`], and a
//! form becomes a workbook pyxform (the reference converter) turns into an XForm without error.
//!
//! Import reads the sheets the way pyxform does, so a form that works there reads the same here:
//! sheets and columns are found by name in any case (`list name` is `list_name`), a workbook whose
//! only sheet has another name is the survey, the header is the first row, reading stops after more
//! than 60 empty rows and headers after more than 20 empty columns, every value is trimmed and its
//! curly quotes made straight, runs of spaces in survey values become one (unless settings'
//! `clean_text_values` is no), and a column without a language (`label` beside
//! `label::English (en)` or the older `label:English`) is in settings' `default_language`, else in
//! [`DEFAULT_LANGUAGE`]. It also refuses what pyxform refuses: a repeated column, a select whose
//! list is missing, a row without a name, an unmatched group, a repeated choice name.
//!
//! What bridges cannot honour is refused rather than dropped, each problem where a person will find
//! it (sheet, row, column): types such as `image` or `begin repeat`, columns with no meaning here
//! (media, `repeat_count`, any unknown column that holds a value on a row that is imported),
//! `required` as an expression, a setting such as `public_key`. Nothing is half-imported: either
//! the whole form or every problem found. Unlike pyxform, a name may be used once in the whole
//! form, not once per group: answers are kept by name.
//!
//! Kept from a workbook and nothing else: what [`Form`] holds. Settings that change nothing here
//! (`instance_name`, `style`, `submission_url`, `omit_instanceID`, `auto_send`, `auto_delete`,
//! `namespaces`) are accepted and not kept; extra sheets (`external_choices`, `entities`, `osm`,
//! `columns`) are ignored, since only rows of types bridges refuses use them.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use bridges_sheet::{Limits, Row, Sheet};

use super::form::{Choice, ChoiceList, Form, Kind, Language, Question, Text, DEFAULT_LANGUAGE};

/// A reason a workbook is not imported, where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormProblem {
    /// The sheet's name as the workbook writes it (`survey` when the sheet is missing).
    pub sheet: String,
    /// The spreadsheet's row (1 is the header), or 0 for the whole sheet or workbook.
    pub row: usize,
    /// The column's header as written, when the problem is one cell's.
    pub column: Option<String>,
    /// Stable and kebab-case; doubles as a message key.
    pub code: &'static str,
    /// What is wrong, in plain English, naming the value.
    pub detail: String,
}

/// Why a form could not be written as a workbook.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    #[error("the workbook could not be written: {0}")]
    Xlsx(String),
}

impl ExportError {
    pub fn code(&self) -> &'static str {
        match self {
            ExportError::Xlsx(_) => "xlsform-export-failed",
        }
    }
}

/// pyxform stops reading a sheet after this many empty rows in a row…
const MAX_EMPTY_ROWS: usize = 60;
/// …and its header after this many empty columns.
const MAX_EMPTY_COLUMNS: usize = 20;
/// Past this many problems the rest are summed up in one.
const MAX_PROBLEMS: usize = 200;

/// Reads a workbook's bytes (XLSX, XLS or CSV) and imports it.
pub fn import_bytes(bytes: &[u8], limits: &Limits) -> Result<Form, Vec<FormProblem>> {
    let sheets = bridges_sheet::read_workbook(bytes, limits).map_err(|e| {
        vec![FormProblem { sheet: String::new(), row: e.line(), column: None, code: e.code(), detail: e.to_string() }]
    })?;
    import(&sheets)
}

/// Imports a form from a workbook's sheets, or gives every problem found.
pub fn import(sheets: &[Sheet]) -> Result<Form, Vec<FormProblem>> {
    let mut problems = Problems::default();
    let form = Importer::read(sheets, &mut problems);
    match form {
        Some(form) if problems.list.is_empty() => Ok(form),
        _ => Err(problems.finish()),
    }
}

#[derive(Default)]
struct Problems {
    list: Vec<FormProblem>,
    more: usize,
}

impl Problems {
    fn add(&mut self, sheet: &str, row: usize, column: Option<&str>, code: &'static str, detail: String) {
        if self.list.len() >= MAX_PROBLEMS {
            self.more += 1;
            return;
        }
        self.list.push(FormProblem { sheet: sheet.to_string(), row, column: column.map(str::to_string), code, detail });
    }

    /// The problems by sheet (survey, choices, settings) and row, as a person goes through them.
    fn finish(mut self) -> Vec<FormProblem> {
        let rank = |sheet: &str| match sheet.trim().to_lowercase().as_str() {
            "survey" => 0,
            "choices" => 1,
            "settings" => 2,
            _ => 3,
        };
        self.list.sort_by_key(|p| (rank(&p.sheet), p.row));
        if self.more > 0 {
            self.list.push(FormProblem {
                sheet: String::new(),
                row: 0,
                column: None,
                code: "xlsform-too-many-problems",
                detail: format!("{} more problems were found and are not listed.", self.more),
            });
        }
        self.list
    }
}

/// One column of a sheet: where it is, its header as written, and what it means.
struct Column {
    index: usize,
    header: String,
    /// The column's name, normalised (`list name` is `list_name`, `requiredMsg` is
    /// `required_message`), or the header as written when it is none XLSForm knows.
    base: String,
    /// The language after `::` (or `:`), if any.
    language: Option<String>,
}

/// A sheet as XLSForm reads it: named columns and the rows under the header.
struct Table<'a> {
    name: &'a str,
    columns: Vec<Column>,
    rows: Vec<&'a Row>,
}

impl Table<'_> {
    fn value<'r>(&self, row: &'r Row, column: &Column) -> &'r str {
        row.cells.get(column.index).map(|s| s.trim()).unwrap_or("")
    }

    /// The first column of this base (and no language).
    fn column(&self, base: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.base == base && c.language.is_none())
    }
}

/// Whitespace as pyxform trims it from headers: ends trimmed, runs of spaces made one.
fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.trim().chars() {
        if c == ' ' {
            if !space {
                out.push(c);
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

fn straight_quotes(text: &str) -> String {
    text.replace(['\u{2018}', '\u{2019}'], "'").replace(['\u{201C}', '\u{201D}'], "\"")
}

fn snake_case(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join("_").to_lowercase()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SheetKind {
    Survey,
    Choices,
    Settings,
}

/// The normalised name of a column, as pyxform's aliases have it.
fn dealias(kind: SheetKind, base: &str) -> String {
    let known = match (kind, base) {
        (SheetKind::Survey, "requiredmsg") => "required_message",
        (SheetKind::Survey, "readonly") => "read_only",
        (SheetKind::Survey, "relevance") => "relevant",
        (SheetKind::Survey, "constraining_message") => "constraint_message",
        (SheetKind::Survey, "calculate") => "calculation",
        (SheetKind::Survey, "count" | "jr:count") => "repeat_count",
        (SheetKind::Survey | SheetKind::Choices, "caption") => "label",
        (SheetKind::Choices, "value") => "name",
        (SheetKind::Settings, "set_form_title") => "form_title",
        (SheetKind::Settings, "set_form_id" | "id_string") => "form_id",
        (_, other) => other,
    };
    known.to_string()
}

/// The columns XLSForm itself defines on each sheet; any other keeps its header as written.
fn is_known(kind: SheetKind, base: &str) -> bool {
    match kind {
        SheetKind::Survey => matches!(
            base,
            "type"
                | "name"
                | "label"
                | "hint"
                | "guidance_hint"
                | "required"
                | "required_message"
                | "relevant"
                | "constraint"
                | "constraint_message"
                | "calculation"
                | "default"
                | "appearance"
                | "choice_filter"
                | "parameters"
                | "read_only"
                | "repeat_count"
                | "trigger"
                | "media"
                | "image"
                | "big-image"
                | "audio"
                | "video"
                | "disabled"
                | "body"
                | "autoplay"
                | "rows"
                | "save_to"
        ),
        SheetKind::Choices => {
            matches!(base, "list_name" | "name" | "label" | "media" | "image" | "big-image" | "audio" | "video")
        }
        SheetKind::Settings => true,
    }
}

fn is_media(base: &str) -> bool {
    matches!(base, "media" | "image" | "big-image" | "audio" | "video")
}

/// Reads a sheet's header into columns, refusing repeated ones as pyxform does.
fn table<'a>(sheet: &'a Sheet, kind: SheetKind, problems: &mut Problems) -> Option<Table<'a>> {
    let header = sheet.rows.first().filter(|r| r.line == 1);
    let mut headers: Vec<Option<String>> = Vec::new();
    let mut empty_run = 0usize;
    for cell in header.map(|r| r.cells.as_slice()).unwrap_or_default() {
        let cleaned = collapse_spaces(cell);
        if cleaned.is_empty() {
            headers.push(None);
            if empty_run == MAX_EMPTY_COLUMNS {
                break;
            }
            empty_run += 1;
        } else {
            empty_run = 0;
            headers.push(Some(cleaned));
        }
    }
    let double_colon = headers.iter().flatten().any(|h| h.contains("::"));
    let mut columns = Vec::new();
    let mut seen: HashMap<(String, Option<String>), String> = HashMap::new();
    let mut seen_headers: HashSet<&str> = HashSet::new();
    let mut ok = true;
    for (index, header) in headers.iter().enumerate() {
        let Some(header) = header else { continue };
        if !seen_headers.insert(header.as_str()) {
            problems.add(
                &sheet.name,
                1,
                Some(header),
                "xlsform-duplicate-column",
                format!("Duplicate column header: {header}"),
            );
            ok = false;
            continue;
        }
        let whole = dealias(kind, &snake_case(header));
        let (base, language) = if is_known(kind, &whole) {
            (whole, None)
        } else {
            let tokens: Vec<&str> = if double_colon {
                header.splitn(2, "::").map(str::trim).collect()
            } else {
                header.splitn(2, ':').map(str::trim).collect()
            };
            let first = dealias(kind, &snake_case(tokens.first().copied().unwrap_or("")));
            if tokens.len() == 2 && is_known(kind, &first) && first != "jr" {
                (first, tokens.get(1).map(|l| l.to_string()).filter(|l| !l.is_empty()))
            } else {
                (header.clone(), None)
            }
        };
        if let Some(other) = seen.get(&(base.clone(), language.clone())) {
            problems.add(
                &sheet.name,
                1,
                Some(header),
                "xlsform-duplicate-column",
                format!("The columns '{other}' and '{header}' are the same column written twice."),
            );
            ok = false;
            continue;
        }
        seen.insert((base.clone(), language.clone()), header.clone());
        columns.push(Column { index, header: header.clone(), base, language });
    }
    if !ok {
        return None;
    }
    let mut rows = Vec::new();
    let mut last = 1usize;
    for row in sheet.rows.iter().filter(|r| r.line > 1) {
        let holds = columns.iter().any(|c| row.cells.get(c.index).is_some_and(|v| !v.trim().is_empty()));
        if !holds {
            continue;
        }
        if row.line.saturating_sub(last).saturating_sub(1) > MAX_EMPTY_ROWS {
            break;
        }
        last = row.line;
        rows.push(row);
    }
    Some(Table { name: &sheet.name, columns, rows })
}

/// Whether a name is an XML name without a colon, as pyxform requires of question names.
fn is_xml_name(name: &str) -> bool {
    fn start(c: char) -> bool {
        c.is_ascii_alphabetic()
            || c == '_'
            || matches!(c,
                '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2FF}' | '\u{370}'..='\u{37D}'
                | '\u{37F}'..='\u{1FFF}' | '\u{200C}'..='\u{200D}' | '\u{2070}'..='\u{218F}'
                | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}' | '\u{F900}'..='\u{FDCF}'
                | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
    }
    fn rest(c: char) -> bool {
        start(c)
            || c.is_ascii_digit()
            || matches!(c, '-' | '.' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
    }
    let mut chars = name.chars();
    chars.next().is_some_and(start) && chars.all(rest)
}

/// yes/no, true/false, true()/false(), in any case.
fn boolean(value: &str) -> Option<bool> {
    match value.to_ascii_lowercase().as_str() {
        "yes" | "true" | "true()" => Some(true),
        "no" | "false" | "false()" => Some(false),
        _ => None,
    }
}

/// What a row's `type` says.
enum Parsed {
    Kind(Kind),
    BeginRepeat,
    EndRepeat,
    /// A type XLSForm has and bridges does not support.
    Unsupported(String),
    Unknown,
}

/// The metadata types pyxform accepts, by the name written and the name kept.
fn metadata(written: &str) -> Option<&'static str> {
    Some(match written {
        "start" | "start time" | "get start time" => "start",
        "end" | "end time" | "get end time" => "end",
        "today" | "get today" => "today",
        "deviceid" | "device id" | "get device id" | "imei" => "deviceid",
        "subscriberid" | "subscriber id" | "get subscriber id" => "subscriberid",
        "simserial" | "sim id" | "get sim id" => "simserial",
        "phonenumber" | "phone number" | "get phone number" => "phonenumber",
        "username" => "username",
        "email" => "email",
        "uri:deviceid" => "uri:deviceid",
        "uri:subscriberid" => "uri:subscriberid",
        "uri:simserial" => "uri:simserial",
        "uri:phonenumber" => "uri:phonenumber",
        "uri:username" => "uri:username",
        "uri:email" => "uri:email",
        _ => return None,
    })
}

/// The select commands pyxform knows, in the order its pattern tries them, with what each is.
const SELECTS: &[(&str, Option<bool>)] = &[
    ("add select one prompt using", Some(false)),
    ("add select multiple prompt using", Some(true)),
    ("select all that apply from", Some(true)),
    ("select one from", Some(false)),
    ("select1", Some(false)),
    ("select_one", Some(false)),
    ("select one", Some(false)),
    ("select_multiple", Some(true)),
    ("select all that apply", Some(true)),
    ("select_one_external", None),
    ("select_one_from_file", None),
    ("select_multiple_from_file", None),
    ("select one from file", None),
    ("select multiple from file", None),
    ("rank", None),
];

fn parse_type(written: &str) -> Parsed {
    let written = collapse_spaces(&written.split_whitespace().collect::<Vec<_>>().join(" "));
    let lower = written.to_lowercase();
    for (command, multiple) in SELECTS {
        let Some(rest) = lower.strip_prefix(command).and_then(|r| r.strip_prefix(' ')) else { continue };
        // The list keeps its case: take it from what was written.
        let rest_written = written.len().checked_sub(rest.len()).and_then(|at| written.get(at..)).unwrap_or(rest);
        let mut words = rest_written.split(' ');
        let list = words.next().unwrap_or("").to_string();
        let tail: Vec<&str> = words.collect();
        let other = tail.join(" ").to_lowercase();
        if list.is_empty()
            || !(tail.is_empty() || matches!(other.as_str(), "or_other" | "or other" | "or specify other"))
        {
            continue;
        }
        if !tail.is_empty() {
            return Parsed::Unsupported(format!("{command} … {other}"));
        }
        return match multiple {
            Some(false) => Parsed::Kind(Kind::SelectOne { list }),
            Some(true) => Parsed::Kind(Kind::SelectMultiple { list }),
            None => Parsed::Unsupported((*command).to_string()),
        };
    }
    if lower.starts_with("osm ") {
        return Parsed::Unsupported("osm".into());
    }
    let normal = lower.replace('_', " ");
    let kind = match normal.as_str() {
        "begin group" => Kind::BeginGroup,
        "end group" => Kind::EndGroup,
        "begin repeat" | "begin loop" | "begin lgroup" | "begin looped group" => return Parsed::BeginRepeat,
        "end repeat" | "end loop" | "end lgroup" | "end looped group" => return Parsed::EndRepeat,
        _ if normal.starts_with("begin loop ") || normal.starts_with("begin repeat ") => return Parsed::BeginRepeat,
        _ => match lower.as_str() {
            "text" | "string" => Kind::Text,
            "integer" | "int" => Kind::Integer,
            "decimal" => Kind::Decimal,
            "range" => Kind::Range { start: 1.0, end: 10.0, step: 1.0 },
            "date" => Kind::Date,
            "time" => Kind::Time,
            "datetime" | "date time" => Kind::DateTime,
            "geopoint" | "gps" | "location" => Kind::Geopoint,
            "barcode" => Kind::Barcode,
            "acknowledge" | "trigger" => Kind::Acknowledge,
            "calculate" => Kind::Calculate { calculation: String::new() },
            "note" => Kind::Note,
            "image"
            | "photo"
            | "audio"
            | "video"
            | "file"
            | "background-audio"
            | "background-geopoint"
            | "start-geopoint"
            | "geotrace"
            | "geoshape"
            | "hidden"
            | "audit"
            | "xml-external"
            | "csv-external"
            | "osm"
            | "add image prompt"
            | "add photo prompt"
            | "add audio prompt"
            | "add video prompt"
            | "add file prompt" => return Parsed::Unsupported(lower),
            other => match metadata(other) {
                Some(name) => Kind::Metadata { name: name.to_string() },
                None => return Parsed::Unknown,
            },
        },
    };
    Parsed::Kind(kind)
}

/// Range parameters (`start=0 end=100 step=1`, separated by spaces, commas or semicolons).
fn range_parameters(text: &str) -> Result<(f64, f64, f64), String> {
    let (mut start, mut end, mut step) = (1.0f64, 10.0f64, 1.0f64);
    for pair in text.split([' ', ',', ';', '\t', '\n']).filter(|p| !p.is_empty()) {
        let Some((key, value)) = pair.split_once('=') else {
            return Err(format!("'{pair}' is not written as name=value."));
        };
        let number = value.trim().parse::<f64>().ok().filter(|n| n.is_finite());
        let slot = match key.trim().to_lowercase().as_str() {
            "start" => &mut start,
            "end" => &mut end,
            "step" => &mut step,
            other => return Err(format!("bridges does not support the range parameter '{other}'.")),
        };
        *slot = number.ok_or_else(|| format!("The range parameter '{key}' must be a number, not '{value}'."))?;
    }
    if step == 0.0 {
        return Err("The range step must not be zero.".into());
    }
    if step.abs() > (end - start).abs() {
        return Err("The range step must not be larger than the distance from start to end.".into());
    }
    Ok((start, end, step))
}

struct Importer<'a> {
    untranslated: String,
    problems: &'a mut Problems,
    clean_spaces: bool,
}

impl Importer<'_> {
    fn read(sheets: &[Sheet], problems: &mut Problems) -> Option<Form> {
        let mut found: BTreeMap<&str, &Sheet> = BTreeMap::new();
        for sheet in sheets {
            let lower = sheet.name.trim().to_lowercase();
            for wanted in ["survey", "choices", "settings"] {
                if lower == wanted && found.insert(wanted, sheet).is_some() {
                    problems.add(
                        &sheet.name,
                        0,
                        None,
                        "xlsform-duplicate-sheet",
                        format!("The workbook has more than one sheet named '{wanted}'."),
                    );
                }
            }
        }
        let survey = match (found.get("survey"), sheets) {
            (Some(s), _) => *s,
            (None, [only]) => only,
            _ => {
                problems.add(
                    "survey",
                    0,
                    None,
                    "xlsform-no-survey",
                    "The workbook has no sheet named 'survey'.".into(),
                );
                return None;
            }
        };
        let survey_table = table(survey, SheetKind::Survey, problems);
        let choices_table = found.get("choices").and_then(|s| table(s, SheetKind::Choices, problems));
        let settings_table = found.get("settings").and_then(|s| table(s, SheetKind::Settings, problems));
        if !problems.list.is_empty() {
            return None;
        }
        let survey_table = survey_table?;

        let settings = settings_table.as_ref().map(|t| Self::settings(t, problems)).unwrap_or_default();
        let default_language = settings.get("default_language").filter(|l| !l.is_empty()).cloned();
        let mut importer = Importer {
            untranslated: default_language.clone().unwrap_or_else(|| DEFAULT_LANGUAGE.to_string()),
            problems,
            clean_spaces: settings.get("clean_text_values").and_then(|v| boolean(v)).unwrap_or(true),
        };
        let allow_duplicates = settings.get("allow_choice_duplicates").and_then(|v| boolean(v)).unwrap_or(false);
        let choice_lists = choices_table.as_ref().map(|t| importer.choices(t, allow_duplicates)).unwrap_or_default();
        let questions = importer.survey(&survey_table, &choice_lists);
        if questions.is_empty() && importer.problems.list.is_empty() {
            importer.problems.add(
                survey_table.name,
                0,
                None,
                "xlsform-empty-survey",
                "The survey sheet has no questions.".into(),
            );
        }

        let mut languages: Vec<Language> = Vec::new();
        let mut add = |name: &str| {
            if !languages.iter().any(|l| l.name == name) {
                languages.push(Language::parse(name));
            }
        };
        for (table, translatable, is_survey) in [
            (Some(&survey_table), &["label", "hint", "required_message", "constraint_message"][..], true),
            (choices_table.as_ref(), &["label"][..], false),
        ] {
            let Some(table) = table else { continue };
            for column in table.columns.iter().filter(|c| translatable.contains(&c.base.as_str())) {
                let language = column.language.as_deref().unwrap_or(&importer.untranslated);
                let used = |text: &Text| text.0.contains_key(language);
                let holds = if is_survey {
                    questions.iter().any(|q| match column.base.as_str() {
                        "label" => used(&q.label),
                        "hint" => used(&q.hint),
                        "required_message" => used(&q.required_message),
                        _ => used(&q.constraint_message),
                    })
                } else {
                    choice_lists.iter().flat_map(|l| &l.choices).any(|c| used(&c.label))
                };
                if holds {
                    add(language);
                }
            }
        }

        let form_id = settings.get("form_id").filter(|v| !v.is_empty()).cloned();
        let title = settings.get("form_title").filter(|v| !v.is_empty()).or(form_id.as_ref()).cloned();
        let mut form = Form {
            title: Text::plain(title.as_deref().unwrap_or("survey")),
            form_id: form_id.unwrap_or_else(|| "data".to_string()),
            version: settings.get("version").filter(|v| !v.is_empty()).cloned(),
            default_language,
            languages,
            questions,
            choice_lists,
            community: None,
            scores: Vec::new(),
        };
        form.community = form.detect_community();
        Some(form)
    }

    /// The settings row (the first under the header), by normalised column name.
    fn settings(table: &Table<'_>, problems: &mut Problems) -> BTreeMap<String, String> {
        let mut settings = BTreeMap::new();
        let Some(row) = table.rows.first().filter(|r| r.line == 2) else { return settings };
        for column in &table.columns {
            let value = straight_quotes(table.value(row, column));
            if value.is_empty() {
                continue;
            }
            let key = column.base.to_lowercase();
            match key.as_str() {
                "form_title"
                | "form_id"
                | "version"
                | "default_language"
                | "allow_choice_duplicates"
                | "clean_text_values"
                | "instance_name"
                | "style"
                | "submission_url"
                | "omit_instanceid"
                | "auto_send"
                | "auto_delete"
                | "namespaces" => {}
                "add_none_option" if boolean(&value) == Some(false) => {}
                "public_key" => problems.add(
                    table.name,
                    row.line,
                    Some(&column.header),
                    "xlsform-unsupported-setting",
                    "The form asks for its submissions to be encrypted with a public key, which bridges does not \
                     do; remove public_key to import it."
                        .into(),
                ),
                _ => problems.add(
                    table.name,
                    row.line,
                    Some(&column.header),
                    "xlsform-unsupported-setting",
                    format!("bridges does not support the setting '{}'.", column.header),
                ),
            }
            settings.insert(key, value);
        }
        settings
    }

    fn language_of(&self, column: &Column) -> String {
        column.language.clone().unwrap_or_else(|| self.untranslated.clone())
    }

    /// The text of every column of `base` on a row, by language; a column naming a language wins
    /// over the column without one.
    fn text(&self, table: &Table<'_>, row: &Row, base: &str, clean: bool) -> Text {
        let mut text = Text::default();
        for pass in [false, true] {
            for column in table.columns.iter().filter(|c| c.base == base && c.language.is_some() == pass) {
                let value = self.clean(table.value(row, column), clean);
                if !value.is_empty() {
                    text.0.insert(self.language_of(column), value);
                }
            }
        }
        text
    }

    fn clean(&self, value: &str, survey: bool) -> String {
        let value = straight_quotes(value.trim());
        if survey && self.clean_spaces {
            collapse_spaces(&value)
        } else {
            value
        }
    }

    fn choices(&mut self, table: &Table<'_>, allow_duplicates: bool) -> Vec<ChoiceList> {
        let mut lists: Vec<ChoiceList> = Vec::new();
        let mut reported: BTreeSet<String> = BTreeSet::new();
        let list_column = table.column("list_name");
        let name_column = table.column("name");
        let mut names: HashSet<(String, String)> = HashSet::new();
        for &row in &table.rows {
            let list = list_column.map(|c| self.clean(table.value(row, c), false)).unwrap_or_default();
            // pyxform passes over a choice without a list.
            if list.is_empty() {
                continue;
            }
            let name = name_column.map(|c| self.clean(table.value(row, c), false)).unwrap_or_default();
            if name.is_empty() {
                self.problems.add(
                    table.name,
                    row.line,
                    Some(name_column.map_or("name", |c| c.header.as_str())),
                    "xlsform-choice-without-name",
                    format!("A choice of the list '{list}' has no name."),
                );
                continue;
            }
            if !allow_duplicates && !names.insert((list.clone(), name.clone())) {
                self.problems.add(
                    table.name,
                    row.line,
                    name_column.map(|c| c.header.as_str()),
                    "xlsform-duplicate-choice",
                    format!(
                        "The list '{list}' has the choice '{name}' twice; choice names must be unique in a list \
                         unless settings say allow_choice_duplicates."
                    ),
                );
            }
            let mut properties = BTreeMap::new();
            for column in &table.columns {
                let value = self.clean(table.value(row, column), false);
                if value.is_empty() {
                    continue;
                }
                if is_media(&column.base) {
                    if reported.insert(column.header.clone()) {
                        self.problems.add(
                            table.name,
                            row.line,
                            Some(&column.header),
                            "xlsform-media-column",
                            format!(
                                "bridges does not show images, audio or video; the column '{}' holds '{value}'.",
                                column.header
                            ),
                        );
                    }
                } else if !is_known(SheetKind::Choices, &column.base) && !column.header.contains(' ') {
                    // pyxform drops choice columns whose header has a space; so does bridges.
                    properties.insert(column.header.clone(), value);
                }
            }
            let choice = Choice { name, label: self.text(table, row, "label", false), properties };
            match lists.iter_mut().find(|l| l.name == list) {
                Some(l) => l.choices.push(choice),
                None => lists.push(ChoiceList { name: list, choices: vec![choice] }),
            }
        }
        lists
    }

    fn survey(&mut self, table: &Table<'_>, lists: &[ChoiceList]) -> Vec<Question> {
        let sheet = table.name;
        let mut questions = Vec::new();
        let Some(type_column) = table.column("type") else {
            self.problems.add(
                sheet,
                1,
                None,
                "xlsform-no-type-column",
                "The survey sheet has no 'type' column.".into(),
            );
            return questions;
        };
        let name_column = table.column("name");
        let mut names: HashSet<String> = HashSet::new();
        // Open groups and repeats: (is a repeat, row, name).
        let mut open: Vec<(bool, usize, String)> = Vec::new();
        let mut reported_columns: HashSet<String> = HashSet::new();
        for &row in &table.rows {
            let line = row.line;
            let written = self.clean(table.value(row, type_column), true);
            let name = name_column.map(|c| self.clean(table.value(row, c), true)).unwrap_or_default();
            if written.is_empty() {
                let has_label = table.columns.iter().any(|c| c.base == "label" && !table.value(row, c).is_empty());
                if name.is_empty() && !has_label {
                    continue;
                }
                self.problem(table, line, Some(type_column), "xlsform-missing-type", "The row has no type.".into());
                continue;
            }
            let mut kind = match parse_type(&written) {
                Parsed::Kind(kind) => kind,
                Parsed::BeginRepeat => {
                    self.problem(
                        table,
                        line,
                        Some(type_column),
                        "xlsform-unsupported-type",
                        format!("bridges does not support repeats ('{written}')."),
                    );
                    open.push((true, line, name));
                    continue;
                }
                Parsed::EndRepeat => {
                    match open.last() {
                        Some((true, _, _)) => {
                            open.pop();
                        }
                        _ => self.problem(
                            table,
                            line,
                            Some(type_column),
                            "xlsform-unmatched-end",
                            format!("'{written}' has no repeat to end."),
                        ),
                    }
                    continue;
                }
                Parsed::Unsupported(what) => {
                    self.problem(
                        table,
                        line,
                        Some(type_column),
                        "xlsform-unsupported-type",
                        format!("bridges does not support the question type '{what}' ('{written}')."),
                    );
                    continue;
                }
                Parsed::Unknown => {
                    self.problem(
                        table,
                        line,
                        Some(type_column),
                        "xlsform-unknown-type",
                        format!("'{written}' is not a question type XLSForm knows."),
                    );
                    continue;
                }
            };
            // Columns this row cannot carry.
            for column in &table.columns {
                let value = table.value(row, column);
                if value.is_empty() || reported_columns.contains(&column.header) {
                    continue;
                }
                let (code, detail) = if is_media(&column.base) {
                    (
                        "xlsform-media-column",
                        format!(
                            "bridges does not show images, audio or video; the column '{}' holds '{value}'.",
                            column.header
                        ),
                    )
                } else if matches!(
                    column.base.as_str(),
                    "type"
                        | "name"
                        | "label"
                        | "hint"
                        | "required"
                        | "required_message"
                        | "relevant"
                        | "constraint"
                        | "constraint_message"
                        | "calculation"
                        | "default"
                        | "appearance"
                        | "choice_filter"
                        | "parameters"
                        | "read_only"
                ) {
                    continue;
                } else {
                    ("xlsform-unsupported-column", format!("bridges does not support the column '{}'.", column.header))
                };
                reported_columns.insert(column.header.clone());
                self.problem(table, line, Some(column), code, detail);
            }
            let calculation = self.cell(table, row, "calculation");
            let parameters = self.cell(table, row, "parameters");
            match &mut kind {
                Kind::Calculate { calculation: slot } => match &calculation {
                    Some(c) => *slot = c.clone(),
                    None => self.problem(
                        table,
                        line,
                        table.column("calculation").or(Some(type_column)),
                        "xlsform-missing-calculation",
                        "A calculate row needs a calculation.".into(),
                    ),
                },
                _ if calculation.is_some() => self.problem(
                    table,
                    line,
                    table.column("calculation"),
                    "xlsform-unsupported-calculation",
                    format!("bridges computes values only on calculate rows, not on a '{written}' row."),
                ),
                _ => {}
            }
            match (&mut kind, &parameters) {
                (Kind::Range { start, end, step }, parameters) => {
                    match range_parameters(parameters.as_deref().unwrap_or("")) {
                        Ok((a, b, c)) => (*start, *end, *step) = (a, b, c),
                        Err(detail) => {
                            self.problem(table, line, table.column("parameters"), "xlsform-invalid-parameters", detail)
                        }
                    }
                }
                (_, Some(p)) => self.problem(
                    table,
                    line,
                    table.column("parameters"),
                    "xlsform-unsupported-parameters",
                    format!("bridges does not support the parameters '{p}' on a '{written}' row."),
                ),
                _ => {}
            }
            if let Kind::SelectOne { list } | Kind::SelectMultiple { list } = &kind {
                match lists.iter().find(|l| l.name == *list) {
                    None => self.problem(
                        table,
                        line,
                        Some(type_column),
                        "xlsform-missing-list",
                        format!("The choices sheet has no list named '{list}'."),
                    ),
                    Some(l) if matches!(kind, Kind::SelectMultiple { .. }) => {
                        if let Some(c) = l.choices.iter().find(|c| c.name.contains(' ')) {
                            self.problem(
                                table,
                                line,
                                Some(type_column),
                                "xlsform-choice-name-with-space",
                                format!(
                                    "A select-multiple question cannot use the list '{list}': its choice '{}' has a space.",
                                    c.name
                                ),
                            );
                        }
                    }
                    Some(_) => {}
                }
            }
            let name = match &kind {
                Kind::EndGroup => {
                    match open.pop() {
                        Some((false, _, _)) => {}
                        Some(repeat) => {
                            open.push(repeat);
                            self.problem(
                                table,
                                line,
                                Some(type_column),
                                "xlsform-unmatched-end",
                                "'end group' closes a repeat.".into(),
                            );
                        }
                        None => self.problem(
                            table,
                            line,
                            Some(type_column),
                            "xlsform-unmatched-end",
                            "'end group' has no group to end.".into(),
                        ),
                    }
                    String::new()
                }
                _ => {
                    let name = if name.is_empty() && kind == Kind::Note {
                        format!("generated_note_name_{line}")
                    } else {
                        name
                    };
                    if name.is_empty() {
                        self.problem(table, line, name_column, "xlsform-missing-name", "The row has no name.".into());
                    } else if !is_xml_name(&name) {
                        self.problem(
                            table,
                            line,
                            name_column,
                            "xlsform-invalid-name",
                            format!(
                                "'{name}' cannot be a name: names start with a letter or underscore and hold only \
                                 letters, digits, hyphens, underscores and full stops."
                            ),
                        );
                    } else if name == "meta" {
                        self.problem(
                            table,
                            line,
                            name_column,
                            "xlsform-reserved-name",
                            "The name 'meta' is reserved for the form's metadata.".into(),
                        );
                    } else if !names.insert(name.clone()) {
                        self.problem(
                            table,
                            line,
                            name_column,
                            "xlsform-duplicate-name",
                            format!("The name '{name}' is used more than once; bridges keeps answers by name."),
                        );
                    }
                    if kind == Kind::BeginGroup {
                        open.push((false, line, name.clone()));
                    }
                    name
                }
            };
            let mut question = Question::new(&name, kind, self.text(table, row, "label", true));
            question.hint = self.text(table, row, "hint", true);
            question.required_message = self.text(table, row, "required_message", true);
            question.constraint_message = self.text(table, row, "constraint_message", true);
            for (base, slot) in [("required", &mut question.required), ("read_only", &mut question.read_only)] {
                if let Some(value) = self.cell(table, row, base) {
                    match boolean(&value) {
                        Some(b) => *slot = b,
                        None => self.problem(
                            table,
                            line,
                            table.column(base),
                            "xlsform-unsupported-expression",
                            format!("bridges reads '{base}' as yes or no; the expression '{value}' is not supported."),
                        ),
                    }
                }
            }
            question.relevant = self.cell(table, row, "relevant");
            question.constraint = self.cell(table, row, "constraint");
            question.appearance = self.cell(table, row, "appearance");
            question.default = self.cell(table, row, "default");
            question.choice_filter = self.cell(table, row, "choice_filter");
            questions.push(question);
        }
        for (repeat, line, name) in open {
            // An unclosed repeat was already refused at its row.
            if !repeat {
                self.problem(
                    table,
                    line,
                    Some(type_column),
                    "xlsform-unclosed-group",
                    format!("The group '{name}' is never ended."),
                );
            }
        }
        questions
    }

    /// A survey cell of a column without language, cleaned, if it holds something.
    fn cell(&self, table: &Table<'_>, row: &Row, base: &str) -> Option<String> {
        table.column(base).map(|c| self.clean(table.value(row, c), true)).filter(|v| !v.is_empty())
    }

    fn problem(&mut self, table: &Table<'_>, row: usize, column: Option<&Column>, code: &'static str, detail: String) {
        self.problems.add(table.name, row, column.map(|c| c.header.as_str()), code, detail);
    }
}

/// Writes a form as an XLSForm workbook: `survey`, `choices` and `settings` sheets, one column per
/// translatable column and language (`label::Arabic (ar)`; the language named `default` as the
/// plain `label`), and the choices' own columns after their labels.
pub fn export(form: &Form) -> Result<Vec<u8>, ExportError> {
    use rust_xlsxwriter::Workbook;
    let error = |e: rust_xlsxwriter::XlsxError| ExportError::Xlsx(e.to_string());
    let mut languages: Vec<String> = form.languages.iter().map(|l| l.name.clone()).collect();
    // A text in a language the list forgot still has to be written.
    let mut extra = |text: &Text| {
        for key in text.0.keys() {
            if !languages.contains(key) {
                languages.push(key.clone());
            }
        }
    };
    for q in &form.questions {
        for t in [&q.label, &q.hint, &q.required_message, &q.constraint_message] {
            extra(t);
        }
    }
    for c in form.choice_lists.iter().flat_map(|l| &l.choices) {
        extra(&c.label);
    }
    let untranslated = form.default_language.as_deref().unwrap_or(DEFAULT_LANGUAGE);
    let header = |base: &str, language: &str| {
        if language == DEFAULT_LANGUAGE {
            base.to_string()
        } else {
            format!("{base}::{language}")
        }
    };

    let mut book = Workbook::new();
    // Survey.
    let mut columns: Vec<String> = vec!["type".into(), "name".into()];
    for base in ["label", "hint"] {
        columns.extend(languages.iter().map(|l| header(base, l)));
    }
    columns.extend(["required".to_string()]);
    columns.extend(languages.iter().map(|l| header("required_message", l)));
    columns.extend(["relevant".to_string(), "constraint".to_string()]);
    columns.extend(languages.iter().map(|l| header("constraint_message", l)));
    columns.extend(
        ["calculation", "default", "appearance", "choice_filter", "parameters", "read_only"].map(str::to_string),
    );
    let mut rows: Vec<Vec<String>> = Vec::new();
    for q in &form.questions {
        let mut row: BTreeMap<String, String> = BTreeMap::new();
        let (kind, parameters) = match &q.kind {
            Kind::Text => ("text".to_string(), None),
            Kind::Integer => ("integer".into(), None),
            Kind::Decimal => ("decimal".into(), None),
            Kind::SelectOne { list } => (format!("select_one {list}"), None),
            Kind::SelectMultiple { list } => (format!("select_multiple {list}"), None),
            Kind::Range { start, end, step } => ("range".into(), Some(format!("start={start} end={end} step={step}"))),
            Kind::Date => ("date".into(), None),
            Kind::Time => ("time".into(), None),
            Kind::DateTime => ("dateTime".into(), None),
            Kind::Geopoint => ("geopoint".into(), None),
            Kind::Barcode => ("barcode".into(), None),
            Kind::Acknowledge => ("acknowledge".into(), None),
            Kind::Calculate { calculation } => {
                row.insert("calculation".into(), calculation.clone());
                ("calculate".into(), None)
            }
            Kind::Metadata { name } => (name.clone(), None),
            Kind::Note => ("note".into(), None),
            Kind::BeginGroup => ("begin_group".into(), None),
            Kind::EndGroup => ("end_group".into(), None),
        };
        row.insert("type".into(), kind);
        row.insert("name".into(), q.name.clone());
        if let Some(p) = parameters {
            row.insert("parameters".into(), p);
        }
        for (base, text) in [
            ("label", &q.label),
            ("hint", &q.hint),
            ("required_message", &q.required_message),
            ("constraint_message", &q.constraint_message),
        ] {
            for (language, value) in &text.0 {
                row.insert(header(base, language), value.clone());
            }
        }
        if q.required {
            row.insert("required".into(), "yes".into());
        }
        if q.read_only {
            row.insert("read_only".into(), "yes".into());
        }
        for (base, value) in [
            ("relevant", &q.relevant),
            ("constraint", &q.constraint),
            ("default", &q.default),
            ("appearance", &q.appearance),
            ("choice_filter", &q.choice_filter),
        ] {
            if let Some(v) = value {
                row.insert(base.into(), v.clone());
            }
        }
        rows.push(columns.iter().map(|c| row.remove(c).unwrap_or_default()).collect());
    }
    write_sheet(book.add_worksheet(), "survey", &columns, &rows).map_err(error)?;

    // Choices.
    let mut columns: Vec<String> = vec!["list_name".into(), "name".into()];
    columns.extend(languages.iter().map(|l| header("label", l)));
    let mut properties: Vec<String> = Vec::new();
    for c in form.choice_lists.iter().flat_map(|l| &l.choices) {
        for key in c.properties.keys() {
            if !properties.contains(key) {
                properties.push(key.clone());
            }
        }
    }
    columns.extend(properties.iter().cloned());
    let mut rows = Vec::new();
    let mut duplicates = false;
    for list in &form.choice_lists {
        let mut seen = HashSet::new();
        for c in &list.choices {
            duplicates |= !seen.insert(&c.name);
            let mut row: BTreeMap<String, String> = c.properties.clone();
            row.insert("list_name".into(), list.name.clone());
            row.insert("name".into(), c.name.clone());
            for (language, value) in &c.label.0 {
                row.insert(header("label", language), value.clone());
            }
            rows.push(columns.iter().map(|k| row.remove(k).unwrap_or_default()).collect());
        }
    }
    write_sheet(book.add_worksheet(), "choices", &columns, &rows).map_err(error)?;

    // Settings.
    let mut settings: Vec<(String, String)> = vec![
        ("form_title".into(), form.title.get(untranslated, None).to_string()),
        ("form_id".into(), form.form_id.clone()),
    ];
    if let Some(v) = &form.version {
        settings.push(("version".into(), v.clone()));
    }
    if let Some(l) = &form.default_language {
        settings.push(("default_language".into(), l.clone()));
    }
    if duplicates {
        settings.push(("allow_choice_duplicates".into(), "yes".into()));
    }
    let (keys, values): (Vec<String>, Vec<String>) = settings.into_iter().unzip();
    write_sheet(book.add_worksheet(), "settings", &keys, &[values]).map_err(error)?;
    book.save_to_buffer().map_err(error)
}

fn write_sheet(
    sheet: &mut rust_xlsxwriter::Worksheet,
    name: &str,
    columns: &[String],
    rows: &[Vec<String>],
) -> Result<(), rust_xlsxwriter::XlsxError> {
    sheet.set_name(name)?;
    // Only the columns some row fills (and the ones XLSForm needs): a sheet of empty columns
    // is harder to read.
    let used: Vec<usize> =
        (0..columns.len()).filter(|&i| i < 2 || rows.iter().any(|r| r.get(i).is_some_and(|v| !v.is_empty()))).collect();
    for (to, &from) in used.iter().enumerate() {
        let column =
            u16::try_from(to).map_err(|_| rust_xlsxwriter::XlsxError::ParameterError("too many columns".into()))?;
        if let Some(header) = columns.get(from) {
            sheet.write_string(0, column, header)?;
        }
        for (r, row) in rows.iter().enumerate() {
            let line = u32::try_from(r + 1).map_err(|_| rust_xlsxwriter::XlsxError::RowColumnLimitError)?;
            if let Some(value) = row.get(from).filter(|v| !v.is_empty()) {
                sheet.write_string(line, column, value)?;
            }
        }
    }
    Ok(())
}
