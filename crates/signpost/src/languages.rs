//! Language codes as directories write them, brought to one form so that a search for Arabic
//! finds a service that wrote `ar`, `ara`, `AR` or `ar-SY`.
//!
//! HSDS asks for ISO 639-1 codes, but publishers also write ISO 639-2 (the official example says
//! `eng`), capitals and regional tags. The key is the two-letter code where one exists, else the
//! code as written in lower case; the table covers the languages people arriving in Europe speak
//! and the languages of the countries they arrive in, not all of ISO 639.

/// The language a code names, as a lower-case ISO 639-1 code where there is one; `None` for an
/// empty code.
pub fn language_key(code: &str) -> Option<String> {
    let primary = code.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    if primary.is_empty() || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let key = match primary.as_str() {
        // Codes ISO 639-1 withdrew, still met in old data.
        "iw" => "he",
        "in" => "id",
        "ji" => "yi",
        three if three.len() == 3 => {
            THREE_LETTER.iter().find(|(codes, _)| codes.split('/').any(|c| c == three)).map_or(three, |(_, two)| two)
        }
        other => other,
    };
    Some(key.to_string())
}

/// ISO 639-2 (bibliographic/terminology where they differ) and a few ISO 639-3 varieties → ISO
/// 639-1.
const THREE_LETTER: &[(&str, &str)] = &[
    // Arabic and its spoken varieties: someone asking for Arabic is helped by any of them.
    ("ara/arb/arz/apc/ajp/acm/ary/aeb/arq/apd/ayl/afb", "ar"),
    ("eng", "en"),
    ("fra/fre", "fr"),
    ("ita", "it"),
    ("deu/ger", "de"),
    ("spa", "es"),
    ("por", "pt"),
    ("nld/dut", "nl"),
    ("ell/gre", "el"),
    ("pol", "pl"),
    ("ron/rum", "ro"),
    ("bul", "bg"),
    ("ces/cze", "cs"),
    ("slk/slo", "sk"),
    ("hun", "hu"),
    ("hrv", "hr"),
    ("srp", "sr"),
    ("bos", "bs"),
    ("sqi/alb", "sq"),
    ("mkd/mac", "mk"),
    ("ukr", "uk"),
    ("rus", "ru"),
    ("bel", "be"),
    ("lit", "lt"),
    ("lav", "lv"),
    ("est", "et"),
    ("tur", "tr"),
    ("kur", "ku"),
    ("fas/per/pes", "fa"),
    ("pus/pbu/pst", "ps"),
    ("urd", "ur"),
    ("hin", "hi"),
    ("pan/pnb", "pa"),
    ("ben", "bn"),
    ("guj", "gu"),
    ("tam", "ta"),
    ("sin", "si"),
    ("nep", "ne"),
    ("mya/bur", "my"),
    ("vie", "vi"),
    ("tha", "th"),
    ("zho/chi/cmn", "zh"),
    ("kor", "ko"),
    ("jpn", "ja"),
    ("tgl", "tl"),
    ("ind", "id"),
    ("msa/may", "ms"),
    ("heb", "he"),
    ("hye/arm", "hy"),
    ("kat/geo", "ka"),
    ("aze", "az"),
    ("uzb", "uz"),
    ("tgk", "tg"),
    ("kaz", "kk"),
    ("kir", "ky"),
    ("tuk", "tk"),
    ("mon", "mn"),
    ("tir", "ti"),
    ("amh", "am"),
    ("orm", "om"),
    ("som", "so"),
    ("swa/swh", "sw"),
    ("hau", "ha"),
    ("yor", "yo"),
    ("ibo", "ig"),
    ("lin", "ln"),
    ("lug", "lg"),
    ("kin", "rw"),
    ("run", "rn"),
    ("wol", "wo"),
    ("ful", "ff"),
    ("bam", "bm"),
    ("twi/aka", "ak"),
    ("ewe", "ee"),
    ("sna", "sn"),
    ("zul", "zu"),
    ("xho", "xh"),
    ("afr", "af"),
    ("mlg", "mg"),
    ("cym/wel", "cy"),
    ("gle", "ga"),
    ("gla", "gd"),
    ("cat", "ca"),
    ("eus/baq", "eu"),
    ("glg", "gl"),
    ("swe", "sv"),
    ("dan", "da"),
    ("nor/nob", "no"),
    ("fin", "fi"),
    ("isl/ice", "is"),
    ("slv", "sl"),
    ("mlt", "mt"),
    ("yid", "yi"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forms_publishers_write_meet_on_one_key() {
        for code in ["ar", "ara", "AR", "ar-SY", "ar_EG", " Ara ", "apc"] {
            assert_eq!(language_key(code).as_deref(), Some("ar"), "{code}");
        }
        assert_eq!(language_key("eng").as_deref(), Some("en"));
        assert_eq!(language_key("fre").as_deref(), Some("fr"));
        assert_eq!(language_key("per").as_deref(), Some("fa"));
        assert_eq!(language_key("prs").as_deref(), Some("prs"), "Dari has no two-letter code and stays itself");
        assert_eq!(language_key("ckb-IQ").as_deref(), Some("ckb"));
        assert_eq!(language_key("iw").as_deref(), Some("he"));
        assert_eq!(language_key(""), None);
        assert_eq!(language_key("-"), None);
        assert_eq!(language_key("12"), None);
    }

    #[test]
    fn every_three_letter_code_is_in_the_table_once() {
        let mut seen = std::collections::HashSet::new();
        for (codes, two) in THREE_LETTER {
            assert_eq!(two.len(), 2);
            for code in codes.split('/') {
                assert_eq!(code.len(), 3, "{code}");
                assert!(seen.insert(code), "{code} twice");
            }
        }
    }
}
