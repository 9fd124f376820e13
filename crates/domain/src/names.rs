//! Names of languages, countries and months, and dates as each language writes them, from the
//! Unicode CLDR: `names.tsv`, written by `scripts/cldr/names.py` from the CLDR's own data (not a
//! list kept by hand). A page in Arabic says العربية for `ar` and a page in English says Arabic;
//! forms can add the language's name in itself, so that a newcomer finds theirs without reading
//! the interface's language; a date reads "4 December 2026" in English and "4 грудня 2026 р." in
//! Ukrainian.

use crate::Language;
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
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

/// A day as the reader's language writes it in full (CLDR's long date).
pub fn date(day: NaiveDate, reader: Language) -> String {
    let pattern = find("F", "date", reader).unwrap_or("y-MM-dd");
    fill(pattern, day, None, reader)
}

/// A day and a time of day as the reader's language writes them (CLDR's long date, short time,
/// and the way the language puts the two together).
pub fn date_time(at: NaiveDateTime, reader: Language) -> String {
    let day = date(at.date(), reader);
    let time = fill(find("F", "time", reader).unwrap_or("HH:mm"), at.date(), Some(at.time()), reader);
    find("F", "join", reader).unwrap_or("{1} {0}").replace("{1}", &day).replace("{0}", &time)
}

/// A CLDR date pattern filled in: letters are fields (`d`, `MMMM`, `y`, `HH`, `mm`, `a`…), text
/// between quotes is written as it stands, anything else passes through.
fn fill(pattern: &str, day: NaiveDate, time: Option<NaiveTime>, reader: Language) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let time = time.unwrap_or_default();
    let mut out = String::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let run = chars[i..].iter().take_while(|&&x| x == c).count();
        match c {
            '\'' if chars.get(i + 1) == Some(&'\'') => {
                out.push('\'');
                i += 2;
                continue;
            }
            '\'' => {
                // Quoted text, where two quotes stand for one.
                i += 1;
                while let Some(&q) = chars.get(i) {
                    match (q, chars.get(i + 1)) {
                        ('\'', Some('\'')) => {
                            out.push('\'');
                            i += 2;
                        }
                        ('\'', _) => break,
                        (q, _) => {
                            out.push(q);
                            i += 1;
                        }
                    }
                }
                i += 1;
                continue;
            }
            'd' => out.push_str(&padded(day.day(), run)),
            'M' | 'L' if run >= 3 => {
                let month = day.month().to_string();
                out.push_str(NAMES.get(&("M", month.as_str(), reader.code())).copied().unwrap_or(&month));
            }
            'M' | 'L' => out.push_str(&padded(day.month(), run)),
            'y' if run == 2 => out.push_str(&padded(day.year().rem_euclid(100).unsigned_abs(), 2)),
            'y' => out.push_str(&day.year().to_string()),
            'H' => out.push_str(&padded(time.hour(), run)),
            'h' => out.push_str(&padded(time.hour12().1, run)),
            'm' => out.push_str(&padded(time.minute(), 2)),
            's' => out.push_str(&padded(time.second(), 2)),
            'a' => {
                let period = if time.hour12().0 { "pm" } else { "am" };
                out.push_str(NAMES.get(&("P", period, reader.code())).copied().unwrap_or(period));
            }
            c if c.is_ascii_alphabetic() => {}
            c => {
                out.extend(std::iter::repeat_n(c, run));
            }
        }
        i += run;
    }
    out
}

fn padded(n: u32, width: usize) -> String {
    format!("{n:0width$}")
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
    fn dates_read_as_each_language_writes_them() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        let at = day.and_hms_opt(14, 5, 0).unwrap();
        assert_eq!(date(day, Language::En), "4 December 2026");
        assert_eq!(date(day, Language::Fr), "4 décembre 2026");
        assert_eq!(date(day, Language::Es), "4 de diciembre de 2026");
        assert_eq!(
            date(day, Language::Uk),
            "4 грудня 2026\u{202f}р.",
            "with a narrow no-break space, as CLDR writes it"
        );
        assert_eq!(date(day, Language::Ar), "4 ديسمبر 2026");
        assert_eq!(date_time(at, Language::En), "4 December 2026, 14:05");
        assert_eq!(date_time(at, Language::Ar), "4 ديسمبر 2026، 2:05 م");
        assert_eq!(date_time(at, Language::Bg), "4 декември 2026\u{202f}г., 14:05");
        assert_eq!(fill("h 'o''clock' a", day, Some(at.time()), Language::En), "2 o'clock pm");
        for reader in Language::ALL {
            assert!(!date(day, reader).contains("MMMM") && date(day, reader).contains("2026"), "{reader}");
        }
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
