//! XLSForm import and export, on the real forms of pyxform's test data (read where they are, in
//! `../shared/xlsform/`, never copied into the project), on the `.xls` fixture of bridges-sheet,
//! and on forms and hostile sheets made here.
//!
//! What is counted for a form that imports:
//! - `rows`: every survey row kept, in order: questions, notes, metadata, calculate, and each
//!   begin and end of a group (`Form::questions.len()`);
//! - `answered`: rows that take an answer (`Form::answered`);
//! - `valued`: rows that hold a value in a response: answered, calculate and metadata
//!   (`Kind::has_value`);
//! - `choices`: every choice of every list; `languages`: the language names, in order.
//!
//! The numbers were established independently of this code with openpyxl, counting the survey rows
//! whose `type` cell holds something and the choices rows whose list name does, and reading the
//! headers for languages (`python3 -c "import openpyxl; ..."`): text_and_integer has 2 rows (text,
//! integer), 0 choices, `label:english`; yes_or_no_question 1 row (`select one from yes_or_no`),
//! 2 choices; group 5 rows (text, begin group, phone number, integer, end group), 0 choices,
//! `label:English (en)`; choice_filter_test 3 rows (three select_one), 14 choices (2 states,
//! 4 counties of which `king` twice, 8 cities), plain `label`. pyxform 4.5 converts all four.

use bridges_measure::survey::xlsform::{export, import, import_bytes, FormProblem};
use bridges_measure::survey::{Choice, ChoiceList, Form, Kind, Language, Question, Text};
use bridges_sheet::{Limits, Row, Sheet};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The folder of real forms; a missing folder fails the test rather than passing it silently.
fn shared_dir() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/xlsform");
    if here.is_dir() {
        return here;
    }
    let fallback = PathBuf::from("/work/shared/xlsform");
    assert!(
        fallback.is_dir(),
        "the real XLSForms are needed for these tests: neither {} nor {} exists",
        here.display(),
        fallback.display()
    );
    fallback
}

fn real(name: &str) -> Vec<u8> {
    let path = shared_dir().join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn xls_fixture() -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../sheet/tests/xls/form.xls");
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn limits() -> Limits {
    Limits::default()
}

fn places(problems: &[FormProblem]) -> Vec<(&str, usize, Option<&str>, &str)> {
    problems.iter().map(|p| (p.sheet.as_str(), p.row, p.column.as_deref(), p.code)).collect()
}

fn language_names(form: &Form) -> Vec<&str> {
    form.languages.iter().map(|l| l.name.as_str()).collect()
}

/// rows, answered, valued, choices.
fn counts(form: &Form) -> (usize, usize, usize, usize) {
    (
        form.questions.len(),
        form.answered().count(),
        form.questions.iter().filter(|q| q.kind.has_value()).count(),
        form.choice_count(),
    )
}

fn round_trip(form: &Form) -> Form {
    let bytes = export(form).unwrap();
    import_bytes(&bytes, &limits()).unwrap_or_else(|p| panic!("the export does not import back: {p:#?}"))
}

#[test]
fn the_real_forms_that_bridges_supports_import_whole() {
    for (name, expected, languages) in [
        ("text_and_integer.xlsx", (2, 2, 2, 0), vec!["english"]),
        ("yes_or_no_question.xlsx", (1, 1, 1, 2), vec!["english"]),
        ("group.xlsx", (5, 2, 3, 0), vec!["English (en)"]),
        ("choice_filter_test.xlsx", (3, 3, 3, 14), vec!["default"]),
    ] {
        let form = import_bytes(&real(name), &limits()).unwrap_or_else(|p| panic!("{name}: {p:#?}"));
        assert_eq!(counts(&form), expected, "{name}");
        assert_eq!(language_names(&form), languages, "{name}");
        assert_eq!(round_trip(&form), form, "{name}: import, export, import");
    }
}

#[test]
fn what_the_real_forms_hold_is_read_as_written() {
    let form = import_bytes(&real("yes_or_no_question.xlsx"), &limits()).unwrap();
    // `select one from`, and `list name` with a space.
    assert_eq!(form.questions[0].kind, Kind::SelectOne { list: "yes_or_no".into() });
    assert_eq!(form.questions[0].label.0.get("english").map(String::as_str), Some("have you had a good day today?"));
    assert_eq!(form.form_id, "data");

    let form = import_bytes(&real("group.xlsx"), &limits()).unwrap();
    let kinds: Vec<&Kind> = form.questions.iter().map(|q| &q.kind).collect();
    assert_eq!(
        kinds,
        [
            &Kind::Text,
            &Kind::BeginGroup,
            &Kind::Metadata { name: "phonenumber".into() },
            &Kind::Integer,
            &Kind::EndGroup
        ]
    );
    assert_eq!(form.languages[0].code.as_deref(), Some("en"));

    let form = import_bytes(&real("choice_filter_test.xlsx"), &limits()).unwrap();
    assert_eq!(form.title.get("default", None), "cascading selects");
    assert_eq!(form.form_id, "cascading_selects1");
    assert_eq!(form.questions[1].choice_filter.as_deref(), Some("${state}=cf"));
    let counties = form.list("counties").unwrap();
    assert_eq!(counties.choices.iter().filter(|c| c.name == "king").count(), 2, "allow_choice_duplicates");
    assert_eq!(counties.choices[0].properties.get("cf").map(String::as_str), Some("washington"));
}

#[test]
fn real_forms_using_what_bridges_does_not_support_are_refused_at_each_place() {
    let problems = import_bytes(&real("case_insensitivity.xlsx"), &limits()).unwrap_err();
    assert_eq!(
        places(&problems),
        [
            ("SURVEY", 3, Some("TYPE"), "xlsform-unsupported-type"),
            ("SURVEY", 4, Some("TYPE"), "xlsform-unsupported-type"),
        ]
    );
    assert!(problems[0].detail.contains("select_one_external"), "{}", problems[0].detail);

    let problems = import_bytes(&real("UCL_Biomass_Plot_Form.xlsx"), &limits()).unwrap_err();
    let t = Some("type");
    let unsupported = "xlsform-unsupported-type";
    assert_eq!(
        places(&problems),
        [
            ("survey", 16, t, unsupported), // select_one_from_file
            ("survey", 17, t, unsupported),
            ("survey", 18, t, unsupported),
            ("survey", 20, t, unsupported),
            ("survey", 23, t, unsupported), // image
            ("survey", 32, t, unsupported), // begin repeat
            ("survey", 35, t, unsupported),
            ("survey", 43, t, unsupported),
            ("survey", 46, t, unsupported),
            ("survey", 49, Some("required"), "xlsform-unsupported-expression"),
            ("survey", 56, t, unsupported),
            ("survey", 57, t, unsupported),
            ("survey", 65, t, unsupported),
            ("survey", 72, t, unsupported),
            ("survey", 73, t, unsupported),
            ("survey", 80, t, unsupported),
            ("survey", 81, t, unsupported),
        ]
    );

    let problems = import_bytes(&real("xlsform_spec_test.xlsx"), &limits()).unwrap_err();
    let media = "xlsform-media-column";
    let column = "xlsform-unsupported-column";
    assert_eq!(
        places(&problems),
        [
            ("survey", 4, Some("rows"), column),
            ("survey", 9, Some("image"), media),
            ("survey", 9, Some("audio"), media),
            ("survey", 9, Some("image::english"), media),
            ("survey", 9, Some("media::audio::chinese"), media),
            ("survey", 9, Some("media::video"), media),
            ("survey", 9, Some("autoplay"), column),
            ("survey", 15, t, unsupported), // begin repeat
            ("survey", 36, t, unsupported), // image
            ("survey", 37, t, unsupported), // audio
            ("survey", 38, t, unsupported), // video
            ("survey", 57, Some("buttonText"), column),
            ("survey", 57, Some("noAppErrorString"), column),
            ("choices", 4, Some("image"), media),
            ("settings", 2, Some("public_key"), "xlsform-unsupported-setting"),
        ]
    );
}

#[test]
fn a_duplicated_column_is_refused_as_pyxform_refuses_it() {
    let problems = import_bytes(&real("duplicate_columns.xlsx"), &limits()).unwrap_err();
    assert_eq!(places(&problems), [("survey", 1, Some("label"), "xlsform-duplicate-column")]);
    assert_eq!(problems[0].detail, "Duplicate column header: label");
}

#[test]
fn an_old_excel_form_imports() {
    let form = import_bytes(&xls_fixture(), &limits()).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(counts(&form), (6, 3, 3, 2));
    assert_eq!(language_names(&form), ["English (en)", "Arabic (ar)"]);
    assert_eq!(form.title.get("default", None), "Welcome survey");
    assert_eq!(form.form_id, "welcome");
    let newcomer = form.question("newcomer").unwrap();
    assert!(newcomer.required, "TRUE is yes");
    assert_eq!(newcomer.label.get("Arabic (ar)", None), "هل وصلت هذا العام؟");
    assert_eq!(form.question("thanks").unwrap().label.get("English (en)", None), "7");
    assert_eq!(round_trip(&form), form);
}

fn text(pairs: &[(&str, &str)]) -> Text {
    Text(pairs.iter().map(|(l, t)| (l.to_string(), t.to_string())).collect::<BTreeMap<_, _>>())
}

/// A form in three languages, Arabic among them, with groups, ranges, selects and expressions.
fn three_languages() -> Form {
    let en = "English (en)";
    let ar = "Arabic (ar)";
    let fr = "French (fr)";
    let mut questions = Vec::new();
    let mut group = Question::new("about", Kind::BeginGroup, text(&[(en, "About you"), (ar, "عنك"), (fr, "À propos")]));
    group.relevant = Some("${consent} = 'yes'".into());
    let mut consent = Question::new(
        "consent",
        Kind::SelectOne { list: "yes_no".into() },
        text(&[(en, "Do you agree?"), (ar, "هل توافق؟"), (fr, "Êtes-vous d'accord ?")]),
    );
    consent.required = true;
    consent.required_message = text(&[(en, "Please answer"), (ar, "الرجاء الإجابة"), (fr, "Répondez")]);
    questions.push(consent);
    questions.push(group);
    let mut age = Question::new("age", Kind::Integer, text(&[(en, "Age"), (ar, "العمر"), (fr, "Âge")]));
    age.constraint = Some(". >= 16 and . <= 120".into());
    age.constraint_message = text(&[(en, "16 to 120"), (ar, "من ١٦ إلى ١٢٠"), (fr, "16 à 120")]);
    age.hint = text(&[(en, "In years"), (ar, "بالسنوات"), (fr, "En années")]);
    questions.push(age);
    let mut belonging =
        Question::new("belonging", Kind::Range { start: 0.0, end: 100.0, step: 5.0 }, text(&[(en, "How much?")]));
    belonging.appearance = Some("likert".into());
    questions.push(belonging);
    let mut langs = Question::new(
        "languages_spoken",
        Kind::SelectMultiple { list: "languages".into() },
        text(&[(en, "Languages"), (ar, "اللغات"), (fr, "Langues")]),
    );
    langs.choice_filter = Some("region = 'north' or ${consent} = 'yes'".into());
    questions.push(langs);
    questions.push(Question::new("end_about", Kind::EndGroup, Text::default()));
    // An end row has no name; `Question::new` was given one only to build it.
    if let Some(last) = questions.last_mut() {
        last.name = String::new();
    }
    let mut double = Question::new("double_age", Kind::Calculate { calculation: "${age} * 2".into() }, Text::default());
    double.read_only = true;
    questions.push(double);
    questions.push(Question::new("start", Kind::Metadata { name: "start".into() }, Text::default()));
    questions.push(Question::new("when", Kind::Date, text(&[(en, "When?"), (ar, "متى؟"), (fr, "Quand ?")])));
    let mut note = Question::new("thanks", Kind::Note, text(&[(en, "Thank you"), (ar, "شكرا"), (fr, "Merci")]));
    note.default = Some("x".into());
    questions.push(note);
    let choice = |name: &str, label: Text, region: Option<&str>| Choice {
        name: name.into(),
        label,
        properties: region.map(|r| [("region".to_string(), r.to_string())].into()).unwrap_or_default(),
    };
    Form {
        title: Text::plain("Belonging"),
        form_id: "belonging_2025".into(),
        version: Some("3".into()),
        default_language: Some(en.into()),
        languages: vec![Language::parse(en), Language::parse(ar), Language::parse(fr)],
        questions,
        choice_lists: vec![
            ChoiceList {
                name: "yes_no".into(),
                choices: vec![
                    choice("yes", text(&[(en, "Yes"), (ar, "نعم"), (fr, "Oui")]), None),
                    choice("no", text(&[(en, "No"), (ar, "لا"), (fr, "Non")]), None),
                ],
            },
            ChoiceList {
                name: "languages".into(),
                choices: vec![
                    choice("ar", text(&[(en, "Arabic"), (ar, "العربية")]), Some("north")),
                    choice("fr", text(&[(en, "French"), (fr, "Français")]), Some("south")),
                ],
            },
        ],
        community: None,
        scores: Vec::new(),
    }
}

#[test]
fn a_form_in_three_languages_survives_export_and_import() {
    let form = three_languages();
    assert_eq!(round_trip(&form), form);
}

/// pyxform, the converter KoboToolbox and ODK use, turns every export into an XForm without error.
/// Ignored in a plain `cargo test` because it needs Python and pyxform; `.ci/run` runs it with
/// `cargo test -p bridges-measure -- --ignored`. When run, a missing pyxform fails it.
#[test]
#[ignore]
fn pyxform_converts_every_export() {
    let dir = std::env::temp_dir().join(format!("bridges-xlsform-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut forms = vec![("three_languages".to_string(), three_languages())];
    for name in ["text_and_integer.xlsx", "yes_or_no_question.xlsx", "group.xlsx", "choice_filter_test.xlsx"] {
        forms.push((name.to_string(), import_bytes(&real(name), &limits()).unwrap()));
    }
    forms.push(("form.xls".to_string(), import_bytes(&xls_fixture(), &limits()).unwrap()));
    for (name, form) in forms {
        let path = dir.join(format!("{}.xlsx", name.replace('.', "_")));
        std::fs::write(&path, export(&form).unwrap()).unwrap();
        let script = "import sys\nfrom pyxform.xls2xform import xls2xform_convert\n\
                      xls2xform_convert(xlsform_path=sys.argv[1], xform_path=sys.argv[1] + '.xml', validate=False)\n";
        let output = std::process::Command::new("python3")
            .arg("-c")
            .arg(script)
            .arg(&path)
            .output()
            .expect("python3 is needed to run pyxform");
        assert!(
            output.status.success(),
            "pyxform refused the export of {name}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let xform = std::fs::read_to_string(path.with_extension("xlsx.xml")).unwrap();
        assert!(xform.contains("<h:html"), "{name}: no XForm written");
    }
    std::fs::remove_dir_all(&dir).ok();
}

// Sheets made here, for the rules one at a time.

fn sheet(name: &str, rows: &[&[&str]]) -> Sheet {
    Sheet {
        name: name.into(),
        rows: rows
            .iter()
            .enumerate()
            .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()))
            .map(|(i, cells)| Row { line: i + 1, cells: cells.iter().map(|c| c.to_string()).collect() })
            .collect(),
    }
}

fn codes(problems: &[FormProblem]) -> Vec<(usize, &str)> {
    problems.iter().map(|p| (p.row, p.code)).collect()
}

#[test]
fn translations_are_read_in_both_spellings_and_the_plain_column_takes_the_default_language() {
    let survey = sheet(
        "Survey",
        &[
            &["TYPE", "Name", "Label::English (en)", "label::Arabic (ar)", "hint"],
            &["Text", "a", "A", "أ", "plain hint"],
        ],
    );
    let form = import(&[survey]).unwrap();
    assert_eq!(language_names(&form), ["English (en)", "Arabic (ar)", "default"]);
    assert_eq!(form.questions[0].hint.0.get("default").map(String::as_str), Some("plain hint"));

    // With a default language, pyxform files the plain column under it.
    let settings = sheet("settings", &[&["default_language"], &["English (en)"]]);
    let with_default = sheet("survey", &[&["type", "name", "label", "label::Arabic (ar)"], &["text", "a", "A", "أ"]]);
    let form = import(&[with_default, settings]).unwrap();
    assert_eq!(language_names(&form), ["English (en)", "Arabic (ar)"]);
    assert_eq!(form.questions[0].label, text(&[("English (en)", "A"), ("Arabic (ar)", "أ")]));
    assert_eq!(round_trip(&form), form);

    // The older single colon.
    let old = sheet("survey", &[&["type", "name", "label:English", "label:French"], &["text", "a", "A", "Á"]]);
    assert_eq!(language_names(&import(&[old]).unwrap()), ["English", "French"]);
}

#[test]
fn types_and_their_aliases() {
    let survey = sheet(
        "survey",
        &[
            &["type", "name", "label", "parameters", "calculation", "required"],
            &["int", "a", "A", "", "", "TRUE()"],
            &["select1 l", "b", "B", "", "", "no"],
            &["select all that apply l", "c", "C", "", "", ""],
            &["begin_group", "g", "G", "", "", ""],
            &["range", "d", "D", "", "", ""],
            &["range", "e", "E", "start=0;end=100, step=5", "", ""],
            &["end_group", "", "", "", "", ""],
            &["dateTime", "f", "F", "", "", ""],
            &["calculate", "h", "", "", "1 + 1", ""],
            &["uri:deviceid", "i", "", "", "", ""],
            &["note", "", "A note without a name", "", "", ""],
        ],
    );
    let choices = sheet("choices", &[&["list name", "name", "label"], &["l", "x", "X"]]);
    let form = import(&[survey, choices]).unwrap_or_else(|p| panic!("{p:#?}"));
    let kinds: Vec<&Kind> = form.questions.iter().map(|q| &q.kind).collect();
    assert_eq!(kinds[0], &Kind::Integer);
    assert!(form.questions[0].required);
    assert_eq!(kinds[1], &Kind::SelectOne { list: "l".into() });
    assert_eq!(kinds[2], &Kind::SelectMultiple { list: "l".into() });
    assert_eq!(kinds[4], &Kind::Range { start: 1.0, end: 10.0, step: 1.0 }, "pyxform's defaults");
    assert_eq!(kinds[5], &Kind::Range { start: 0.0, end: 100.0, step: 5.0 });
    assert_eq!(kinds[7], &Kind::DateTime);
    assert_eq!(kinds[8], &Kind::Calculate { calculation: "1 + 1".into() });
    assert_eq!(kinds[9], &Kind::Metadata { name: "uri:deviceid".into() });
    assert_eq!(form.questions[10].name, "generated_note_name_12");
    assert_eq!(round_trip(&form), form);
}

#[test]
fn what_pyxform_refuses_is_refused() {
    let survey = sheet(
        "survey",
        &[
            &["type", "name", "label"],
            &["select_one missing", "a", "A"],
            &["text", "", "No name"],
            &["text", "b", "B"],
            &["text", "b", "B again"],
            &["end group", "", ""],
            &["calculate", "c", ""],
            &["begin group", "open", "Open"],
            &["text", "1st", "Bad name"],
            &["wibble", "w", "W"],
            &["", "orphan", ""],
        ],
    );
    let choices =
        sheet("choices", &[&["list_name", "name", "label"], &["l", "x", "X"], &["l", "x", "X again"], &["l", "", "Y"]]);
    let problems = import(&[survey, choices]).unwrap_err();
    assert_eq!(
        codes(&problems),
        [
            (2, "xlsform-missing-list"),
            (3, "xlsform-missing-name"),
            (5, "xlsform-duplicate-name"),
            (6, "xlsform-unmatched-end"),
            (7, "xlsform-missing-calculation"),
            (8, "xlsform-unclosed-group"),
            (9, "xlsform-invalid-name"),
            (10, "xlsform-unknown-type"),
            (11, "xlsform-missing-type"),
            (3, "xlsform-duplicate-choice"),
            (4, "xlsform-choice-without-name"),
        ]
    );
    // Two spellings of one column are one column twice.
    let survey = sheet("survey", &[&["type", "name", "Label", "label"], &["text", "a", "A", "B"]]);
    assert_eq!(codes(&import(&[survey]).unwrap_err()), [(1, "xlsform-duplicate-column")]);
}

#[test]
fn unknown_columns_are_refused_only_where_they_hold_something() {
    let survey = sheet(
        "survey",
        &[
            &["type", "name", "label", "notes for us", "repeat_count", "image"],
            &["text", "a", "A", "", "", ""],
            &["text", "b", "B", "ask gently", "", ""],
            &["text", "c", "C", "and this", "", ""],
        ],
    );
    let problems = import(&[survey]).unwrap_err();
    assert_eq!(places(&problems), [("survey", 3, Some("notes for us"), "xlsform-unsupported-column")]);
}

#[test]
fn the_only_sheet_is_the_survey_whatever_its_name() {
    let form = import(&[sheet("Form 1", &[&["type", "name", "label"], &["text", "a", "A"]])]).unwrap();
    assert_eq!(form.questions.len(), 1);
    // pyxform stops after 60 empty rows.
    let mut rows: Vec<&[&str]> = vec![&["type", "name", "label"], &["text", "a", "A"]];
    rows.extend(std::iter::repeat_n(&[""][..], 61));
    rows.push(&["text", "b", "B"]);
    assert_eq!(import(&[sheet("survey", &rows)]).unwrap().questions.len(), 1);
}

#[test]
fn hostile_workbooks_are_refused_with_a_problem() {
    // Not a workbook at all.
    let problems = import_bytes(b"PK\x03\x04 not a zip at all", &limits()).unwrap_err();
    assert_eq!(problems[0].code, "import-xlsx-unreadable");
    assert!(import_bytes(&[0xff, 0xfe, 0x00, 0x01], &limits()).is_err());
    // No survey among several sheets.
    let problems = import(&[sheet("a", &[&["x"]]), sheet("b", &[&["y"]])]).unwrap_err();
    assert_eq!(places(&problems), [("survey", 0, None, "xlsform-no-survey")]);
    // Only a header.
    let problems = import(&[sheet("survey", &[&["type", "name", "label"]])]).unwrap_err();
    assert_eq!(codes(&problems), [(0, "xlsform-empty-survey")]);
    // Ten thousand unknown columns, each holding something: the list is capped.
    let mut header = vec!["type".to_string(), "name".into(), "label".into()];
    header.extend((0..10_000).map(|i| format!("extra{i}")));
    let mut values = vec!["text".to_string(), "a".into(), "A".into()];
    values.extend((0..10_000).map(|i| i.to_string()));
    let wide =
        Sheet { name: "survey".into(), rows: vec![Row { line: 1, cells: header }, Row { line: 2, cells: values }] };
    let started = std::time::Instant::now();
    let problems = import(&[wide]).unwrap_err();
    assert!(started.elapsed().as_secs() < 5);
    assert_eq!(problems.len(), 201);
    assert_eq!(problems.last().map(|p| p.code), Some("xlsform-too-many-problems"));
    // Direction controls: a name must be an XML name, a label may hold any text.
    let problems = import(&[sheet("survey", &[&["type", "name", "label"], &["text", "a\u{202E}b", "x"]])]).unwrap_err();
    assert_eq!(codes(&problems), [(2, "xlsform-invalid-name")]);
    let form = import(&[sheet("survey", &[&["type", "name", "label"], &["text", "ab", "Am\u{202E}al"]])]).unwrap();
    assert_eq!(form.questions[0].label.get("default", None), "Am\u{202E}al");
    // And a real workbook's limits still hold through import_bytes.
    let tight = Limits { max_columns: 2, ..Limits::default() };
    let problems = import_bytes(&real("group.xlsx"), &tight).unwrap_err();
    assert_eq!(problems[0].code, "import-too-many-columns");
}
