//! Names of languages and countries in the reader's language, from the Unicode CLDR: `names.tsv`,
//! written by `scripts/cldr/names.py` from the CLDR's own data (not a list kept by hand). A page in
//! Arabic says العربية for `ar` and a page in English says Arabic; forms can add the language's
//! name in itself, so that a newcomer finds theirs without reading the interface's language.

use crate::Language;
use std::collections::HashMap;
use std::sync::LazyLock;

/// (kind, code, locale) → name; kind `L` or `T`, locale an interface language's code or `self`.
static NAMES: LazyLock<HashMap<(&'static str, &'static str, &'static str), &'static str>> = LazyLock::new(|| {
    include_str!("names.tsv")
        .lines()
        .filter_map(|line| {
            let mut parts = line.splitn(4, '\t');
            Some(((parts.next()?, parts.next()?, parts.next()?), parts.next()?))
        })
        .collect()
});

fn find(kind: &'static str, code: &str, reader: Language) -> Option<&'static str> {
    NAMES.get(&(kind, code, reader.code())).or_else(|| NAMES.get(&(kind, code, "en"))).copied()
}

/// The name of the language `code` (ISO 639-1, any case, a region allowed: `ar-SY`) as the
/// reader's language writes it in a sentence; the code itself when CLDR does not name it.
pub fn language(code: &str, reader: Language) -> String {
    let primary = code.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    find("L", &primary, reader).map_or_else(|| code.trim().to_string(), str::to_string)
}

/// The language's name in itself (`العربية`, `Türkçe`), where CLDR has it.
pub fn language_in_itself(code: &str) -> Option<&'static str> {
    NAMES.get(&("L", code, "self")).copied()
}

/// The name of the country or territory `code` (ISO 3166-1 alpha-2, any case) in the reader's
/// language; the code itself when CLDR does not name it.
pub fn territory(code: &str, reader: Language) -> String {
    let code = code.trim().to_ascii_uppercase();
    find("T", &code, reader).map_or(code, str::to_string)
}

/// A name as it starts a list item or a menu entry: French, Italian and others write language
/// names in lower case inside sentences (`arabe`), but not alone on a line.
pub fn standalone(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_named_in_the_reader_s_language() {
        assert_eq!(language("ar", Language::En), "Arabic");
        assert_eq!(language("ar", Language::Fr), "arabe");
        assert_eq!(language("en", Language::Ar), "الإنجليزية");
        assert_eq!(language("fa", Language::It), "persiano");
        assert_eq!(language("AR-sy", Language::En), "Arabic");
        assert_eq!(language("xx", Language::En), "xx");
        assert_eq!(language_in_itself("ti"), Some("ትግርኛ"));
        assert_eq!(language_in_itself("uk"), Some("українська"));
        assert_eq!(standalone(&language("ar", Language::Fr)), "Arabe");
    }

    #[test]
    fn every_interface_language_names_every_language_and_country() {
        for reader in Language::ALL {
            for code in ["ar", "fa", "ps", "ti", "so", "uk", "ku", "en", "fr", "es"] {
                assert!(NAMES.contains_key(&("L", code, reader.code())), "{reader} lacks a name for {code}");
            }
            for code in ["GB", "BE", "SE", "IT", "SY", "AF", "UA", "ER"] {
                assert!(NAMES.contains_key(&("T", code, reader.code())), "{reader} lacks a name for {code}");
            }
        }
        assert_eq!(territory("gb", Language::Fr), "Royaume-Uni");
        assert_eq!(territory("ZZZ", Language::En), "ZZZ");
    }
}
