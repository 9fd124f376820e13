use bridges_measure::survey::xlsform::{export, import, import_bytes};
use bridges_sheet::Limits;
use std::path::PathBuf;

fn shared_dir() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/xlsform");
    if here.is_dir() {
        return here;
    }
    let fallback = PathBuf::from("/work/shared/xlsform");
    assert!(
        fallback.is_dir(),
        "the real XLSForms are needed: neither {} nor {} exists",
        here.display(),
        fallback.display()
    );
    fallback
}

#[test]
fn dump() {
    for name in [
        "text_and_integer.xlsx",
        "yes_or_no_question.xlsx",
        "group.xlsx",
        "choice_filter_test.xlsx",
        "case_insensitivity.xlsx",
        "UCL_Biomass_Plot_Form.xlsx",
        "xlsform_spec_test.xlsx",
        "duplicate_columns.xlsx",
    ] {
        let bytes = std::fs::read(shared_dir().join(name)).unwrap();
        match import_bytes(&bytes, &Limits::default()) {
            Ok(form) => {
                println!(
                    "== {name}: OK q={} answered={} choices={} langs={:?} title={:?} id={} dl={:?}",
                    form.questions.len(),
                    form.answered().count(),
                    form.choice_count(),
                    form.languages,
                    form.title,
                    form.form_id,
                    form.default_language
                );
                let out = export(&form).unwrap();
                std::fs::write(format!("/tmp/pyx/export-{name}"), &out).unwrap();
                let again = import_bytes(&out, &Limits::default());
                println!("   roundtrip equal: {:?}", again.as_ref().map(|f| f == &form).map_err(|e| e.clone()));
            }
            Err(problems) => {
                println!("== {name}: {} problems", problems.len());
                for p in problems {
                    println!("   {:?} {} {:?} {} — {}", p.sheet, p.row, p.column, p.code, p.detail);
                }
            }
        }
    }
    let _ = import;
}
