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
        three if three.len() == 3 => THREE_LETTER
            .iter()
            .find(|(codes, _, _)| codes.split('/').any(|c| c == three))
            .map_or(three, |(_, two, _)| two),
        other => other,
    };
    Some(key.to_string())
}

/// The language an English name names (`Arabic`, `farsi`), for directories that give a name and
/// no code; `None` for a name the table does not hold.
pub fn language_key_of_name(name: &str) -> Option<String> {
    let name = name.trim();
    THREE_LETTER
        .iter()
        .find(|(_, _, names)| names.split('|').any(|n| n.eq_ignore_ascii_case(name)))
        .map(|(_, two, _)| (*two).to_string())
}

/// ISO 639-2 (bibliographic/terminology where they differ) and a few ISO 639-3 varieties → ISO
/// 639-1, and the language's English names.
const THREE_LETTER: &[(&str, &str, &str)] = &[
    // Arabic and its spoken varieties: someone asking for Arabic is helped by any of them.
    ("ara/arb/arz/apc/ajp/acm/ary/aeb/arq/apd/ayl/afb", "ar", "Arabic"),
    ("eng", "en", "English"),
    ("fra/fre", "fr", "French"),
    ("ita", "it", "Italian"),
    ("deu/ger", "de", "German"),
    ("spa", "es", "Spanish"),
    ("por", "pt", "Portuguese"),
    ("nld/dut", "nl", "Dutch"),
    ("ell/gre", "el", "Greek"),
    ("pol", "pl", "Polish"),
    ("ron/rum", "ro", "Romanian"),
    ("bul", "bg", "Bulgarian"),
    ("ces/cze", "cs", "Czech"),
    ("slk/slo", "sk", "Slovak"),
    ("hun", "hu", "Hungarian"),
    ("hrv", "hr", "Croatian"),
    ("srp", "sr", "Serbian"),
    ("bos", "bs", "Bosnian"),
    ("sqi/alb", "sq", "Albanian"),
    ("mkd/mac", "mk", "Macedonian"),
    ("ukr", "uk", "Ukrainian"),
    ("rus", "ru", "Russian"),
    ("bel", "be", "Belarusian"),
    ("lit", "lt", "Lithuanian"),
    ("lav", "lv", "Latvian"),
    ("est", "et", "Estonian"),
    ("tur", "tr", "Turkish"),
    ("kur", "ku", "Kurdish"),
    ("fas/per/pes", "fa", "Persian|Farsi"),
    ("pus/pbu/pst", "ps", "Pashto|Pushto"),
    ("urd", "ur", "Urdu"),
    ("hin", "hi", "Hindi"),
    ("pan/pnb", "pa", "Punjabi|Panjabi"),
    ("ben", "bn", "Bengali|Bangla"),
    ("guj", "gu", "Gujarati"),
    ("tam", "ta", "Tamil"),
    ("sin", "si", "Sinhala|Sinhalese"),
    ("nep", "ne", "Nepali"),
    ("mya/bur", "my", "Burmese"),
    ("vie", "vi", "Vietnamese"),
    ("tha", "th", "Thai"),
    ("zho/chi/cmn", "zh", "Chinese|Mandarin"),
    ("kor", "ko", "Korean"),
    ("jpn", "ja", "Japanese"),
    ("tgl", "tl", "Tagalog"),
    ("ind", "id", "Indonesian"),
    ("msa/may", "ms", "Malay"),
    ("heb", "he", "Hebrew"),
    ("hye/arm", "hy", "Armenian"),
    ("kat/geo", "ka", "Georgian"),
    ("aze", "az", "Azerbaijani"),
    ("uzb", "uz", "Uzbek"),
    ("tgk", "tg", "Tajik"),
    ("kaz", "kk", "Kazakh"),
    ("kir", "ky", "Kyrgyz"),
    ("tuk", "tk", "Turkmen"),
    ("mon", "mn", "Mongolian"),
    ("tir", "ti", "Tigrinya"),
    ("amh", "am", "Amharic"),
    ("orm", "om", "Oromo"),
    ("som", "so", "Somali"),
    ("swa/swh", "sw", "Swahili"),
    ("hau", "ha", "Hausa"),
    ("yor", "yo", "Yoruba"),
    ("ibo", "ig", "Igbo"),
    ("lin", "ln", "Lingala"),
    ("lug", "lg", "Luganda|Ganda"),
    ("kin", "rw", "Kinyarwanda"),
    ("run", "rn", "Kirundi|Rundi"),
    ("wol", "wo", "Wolof"),
    ("ful", "ff", "Fula|Fulani"),
    ("bam", "bm", "Bambara"),
    ("twi/aka", "ak", "Twi|Akan"),
    ("ewe", "ee", "Ewe"),
    ("sna", "sn", "Shona"),
    ("zul", "zu", "Zulu"),
    ("xho", "xh", "Xhosa"),
    ("afr", "af", "Afrikaans"),
    ("mlg", "mg", "Malagasy"),
    ("cym/wel", "cy", "Welsh"),
    ("gle", "ga", "Irish"),
    ("gla", "gd", "Scottish Gaelic|Gaelic"),
    ("cat", "ca", "Catalan"),
    ("eus/baq", "eu", "Basque"),
    ("glg", "gl", "Galician"),
    ("swe", "sv", "Swedish"),
    ("dan", "da", "Danish"),
    ("nor/nob", "no", "Norwegian"),
    ("fin", "fi", "Finnish"),
    ("isl/ice", "is", "Icelandic"),
    ("slv", "sl", "Slovenian|Slovene"),
    ("mlt", "mt", "Maltese"),
    ("yid", "yi", "Yiddish"),
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
    fn an_english_name_stands_in_for_a_missing_code() {
        assert_eq!(language_key_of_name("Arabic").as_deref(), Some("ar"));
        assert_eq!(language_key_of_name(" farsi ").as_deref(), Some("fa"));
        assert_eq!(language_key_of_name("Tigrinya").as_deref(), Some("ti"));
        assert_eq!(language_key_of_name("Klingon"), None);
    }

    #[test]
    fn every_three_letter_code_is_in_the_table_once() {
        let mut seen = std::collections::HashSet::new();
        let mut names = std::collections::HashSet::new();
        for (codes, two, english) in THREE_LETTER {
            assert_eq!(two.len(), 2);
            for name in english.split('|') {
                assert!(names.insert(name.to_lowercase()), "{name} twice");
            }
            for code in codes.split('/') {
                assert_eq!(code.len(), 3, "{code}");
                assert!(seen.insert(code), "{code} twice");
            }
        }
    }
}
