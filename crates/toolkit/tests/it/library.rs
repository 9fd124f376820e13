use bridges_domain::Language;
use bridges_toolkit::{FrameworkRef, Library};

#[test]
fn shipped_content_loads_cleanly() {
    let lib = Library::embedded().unwrap_or_else(|errors| panic!("content errors: {errors:#?}"));
    for id in ["eu-cbp", "enar", "policy-areas", "indicators-of-integration", "focus"] {
        assert!(lib.framework(id).is_some(), "framework {id} missing");
    }
    assert_eq!(lib.framework("eu-cbp").unwrap().items.len(), 11);
    assert_eq!(lib.framework("policy-areas").unwrap().items.len(), 7);
    assert_eq!(lib.framework("indicators-of-integration").unwrap().items.len(), 14);
    for step in 1..=6 {
        let id = lib.guidance_ids().into_iter().find(|id| id.starts_with(&format!("step-{step}-"))).expect("each step");
        let body = &lib.guidance(id, Language::En).unwrap().value.body;
        assert!(
            body.contains("## In practice") && body.contains("## Questions to ask"),
            "{id} lacks its worked example or questions"
        );
    }
}

#[test]
fn every_guidance_item_is_in_every_language() {
    let lib = Library::embedded().unwrap();
    for id in lib.guidance_ids() {
        let langs = lib.guidance_languages(id);
        for lang in Language::ALL {
            assert!(langs.contains(&lang), "{id} has no {lang} version");
        }
    }
}

#[test]
fn a_missing_translation_falls_back_to_english_and_says_so() {
    let en = "+++\nid = \"a\"\ntitle = \"A\"\nsummary = \"s\"\nsection = \"principles\"\n+++\nBody";
    let fr = "+++\nid = \"a\"\ntitle = \"A fr\"\nsummary = \"s\"\nsection = \"principles\"\n+++\nCorps";
    let lib = Library::from_files([("en/guidance/a.md", en), ("fr/guidance/a.md", fr)].into_iter()).unwrap();
    let fr = lib.guidance("a", Language::Fr).unwrap();
    assert!(!fr.fell_back);
    assert_eq!(fr.value.meta.title, "A fr");
    let ar = lib.guidance("a", Language::Ar).unwrap();
    assert!(ar.fell_back);
    assert_eq!(ar.value.meta.title, "A");
    assert!(lib.guidance("nope", Language::En).is_none());
}

#[test]
fn broken_content_is_reported_file_by_file() {
    let files = [
        ("en/guidance/no-front.md", "just text"),
        ("en/guidance/wrong-id.md", "+++\nid = \"other\"\ntitle = \"T\"\nsummary = \"s\"\nsection = \"principles\"\n+++\n"),
        (
            "en/guidance/bad-links.md",
            "+++\nid = \"bad-links\"\ntitle = \"T\"\nsummary = \"s\"\nsection = \"nowhere\"\nrelated = [\"ghost\"]\nframeworks = [\"eu-cbp:99\"]\n+++\n",
        ),
        ("fr/guidance/only-french.md", "+++\nid = \"only-french\"\ntitle = \"T\"\nsummary = \"s\"\nsection = \"principles\"\n+++\n"),
        ("xx/guidance/lang.md", "+++\nid = \"lang\"\ntitle = \"T\"\nsummary = \"s\"\nsection = \"principles\"\n+++\n"),
        ("frameworks/empty.toml", "id = 'empty'\nversion = '1'\nitems = []\n[title]\nen = 'E'\n"),
    ];
    let errors = Library::from_files(files.into_iter()).unwrap_err();
    let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let has = |needle: &str| text.iter().any(|t| t.contains(needle));
    assert!(has("no-front.md: does not start with a +++ line"), "{text:#?}");
    assert!(has("wrong-id.md: id differs from the file name"));
    assert!(has("unknown section nowhere"));
    assert!(has("related item ghost does not exist"));
    assert!(has("framework reference eu-cbp:99 does not exist"));
    assert!(has("only-french: has no English version"));
    assert!(has("unknown language folder"));
    assert!(has("at least one item") || has("missing field"));
}

#[test]
fn practices_and_guidance_reference_real_framework_items() {
    let lib = Library::embedded().unwrap();
    assert!(lib.practices().len() >= 10, "the seeded practice library is there");
    for p in lib.practices() {
        for r in &p.frameworks {
            let r = FrameworkRef::parse(r).unwrap();
            assert!(lib.framework_item_exists(&r), "{}: {r}", p.id);
        }
    }
}
