//! Interface strings through Fluent (`locales/<lang>/*.ftl`, embedded in the binary), and the choice
//! of language for each request.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap};
use bridges_domain::Language;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{static_loader, LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::convert::Infallible;

static_loader! {
    static LOCALES = {
        locales: "../../locales",
        fallback_language: "en",
        // Every value put into a message (a name, a number, a language) is isolated with Unicode's
        // first-strong isolate, as Fluent does by default: an English name in an Arabic sentence,
        // or a name with a direction control in it, then cannot reorder the words around it.
    };
}

pub const LANG_COOKIE: &str = "bridges_lang";

/// A translator for one language.
#[derive(Debug, Clone)]
pub struct Tr {
    lang: Language,
    id: LanguageIdentifier,
}

impl Tr {
    pub fn new(lang: Language) -> Self {
        let id = lang.code().parse().unwrap_or_default();
        Self { lang, id }
    }

    pub fn lang(&self) -> Language {
        self.lang
    }

    /// The message for `key`; the key itself if no language has it (a test checks none is missing).
    pub fn t(&self, key: &str) -> String {
        LOCALES.try_lookup(&self.id, key).unwrap_or_else(|| key.to_string())
    }

    /// The message for `key` with named arguments.
    pub fn t_args(&self, key: &str, args: &[(&'static str, String)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> =
            args.iter().map(|(k, v)| (Cow::Borrowed(*k), FluentValue::try_number(v.as_str()))).collect();
        LOCALES.try_lookup_with_args(&self.id, key, &args).unwrap_or_else(|| key.to_string())
    }

    /// A language's name as this reader's language writes it (CLDR): `ar` is Arabic in English
    /// and arabe in French.
    pub fn language(&self, code: &str) -> String {
        bridges_domain::names::language(code, self.lang)
    }

    /// Several languages' names as one list, with this language's separator.
    pub fn languages<S: AsRef<str>>(&self, codes: &[S]) -> String {
        codes.iter().map(|c| self.language(c.as_ref())).collect::<Vec<_>>().join(&self.t("list-separator"))
    }

    /// A country's or territory's name in this reader's language (CLDR).
    pub fn country(&self, code: &str) -> String {
        bridges_domain::names::territory(code, self.lang)
    }

    /// The message for an error or validation code (`error-<code>`).
    pub fn error(&self, code: &str) -> String {
        self.t(&format!("error-{code}"))
    }
}

/// The language chosen for this request: the switcher's cookie first, then the browser's
/// `Accept-Language`, then English. (A logged-in person's saved choice is set as the cookie at login.)
#[derive(Debug, Clone)]
pub struct Locale(pub Tr);

impl Locale {
    pub fn from_headers(headers: &HeaderMap) -> Self {
        let from_cookie = crate::http::cookies::get(headers, LANG_COOKIE).and_then(|v| Language::parse(&v).ok());
        let lang = from_cookie.or_else(|| accept_language(headers)).unwrap_or_default();
        Self(Tr::new(lang))
    }
}

/// The browser's most preferred language that bridges speaks (the `accept-language` crate orders
/// the header's languages by their weights).
fn accept_language(headers: &HeaderMap) -> Option<Language> {
    let value = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
    accept_language::parse(value).iter().find_map(|tag| Language::parse(tag).ok())
}

impl<S: Send + Sync> FromRequestParts<S> for Locale {
    type Rejection = Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Self::from_headers(&parts.headers))
    }
}

/// Reports, charts and cards are written in the reader's language through the same messages.
impl bridges_report::Words for Tr {
    fn t(&self, key: &str) -> String {
        Tr::t(self, key)
    }
    fn t_args(&self, key: &str, args: &[(&'static str, String)]) -> String {
        Tr::t_args(self, key, args)
    }
    fn lang(&self) -> &str {
        self.lang.code()
    }
    fn rtl(&self) -> bool {
        self.lang.is_rtl()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(lang: &str) -> BTreeSet<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales").join(lang);
        let mut keys = BTreeSet::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for line in text.lines() {
                if let Some((key, _)) = line.split_once(" =") {
                    if !key.starts_with([' ', '#', '-', '.']) && !key.is_empty() {
                        keys.insert(key.trim().to_string());
                    }
                }
            }
        }
        keys
    }

    #[test]
    fn every_language_has_every_english_message() {
        let english = keys("en");
        assert!(english.len() > 50);
        for lang in Language::ALL {
            let other = keys(lang.code());
            let missing: Vec<_> = english.difference(&other).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            let extra: Vec<_> = other.difference(&english).collect();
            assert!(extra.is_empty(), "{lang} has keys English lacks: {extra:?}");
        }
    }

    /// The variant keys of every plural choice in `lang`, by message: one set per `->`.
    fn plural_choices(lang: &str) -> Vec<(String, BTreeSet<String>)> {
        const PLURAL: [&str; 5] = ["zero", "one", "two", "few", "many"];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales").join(lang);
        let mut choices: Vec<(String, BTreeSet<String>)> = Vec::new();
        let mut message = String::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            for line in std::fs::read_to_string(entry.unwrap().path()).unwrap().lines() {
                if let Some((key, _)) = line.split_once(" =").filter(|_| !line.starts_with([' ', '#'])) {
                    message = key.trim().to_string();
                }
                if line.trim_end().ends_with("->") {
                    choices.push((message.clone(), BTreeSet::new()));
                }
                let variant = line.trim_start().trim_start_matches('*');
                if let Some(key) = variant.strip_prefix('[').and_then(|v| v.split_once(']')).map(|(k, _)| k) {
                    if let Some((_, keys)) = choices.last_mut() {
                        keys.insert(key.to_string());
                    }
                }
            }
        }
        choices.retain(|(_, keys)| keys.iter().any(|k| PLURAL.contains(&k.as_str())));
        choices
    }

    /// Every form a language's grammar gives counts from 1 to 1,000, by the CLDR rules the bundles
    /// choose with: Arabic has five (one, two, few, many, other), Ukrainian four, English two.
    /// Zero is left out: a count of nothing is either not shown or reads well in the other form.
    fn plural_forms(lang: Language) -> BTreeSet<String> {
        use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
        let rules = PluralRules::create(Tr::new(lang).id, PluralRuleType::CARDINAL).unwrap();
        (1..=1000u32)
            .map(|n| match rules.select(n).unwrap() {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            })
            .map(str::to_string)
            .collect()
    }

    /// An English sentence that writes a count before a noun in the plural chooses the noun's form
    /// by the count: "Waiting for 1 days" and "1 results" were shown before this was checked.
    /// "Fewer than { $k } people" is left alone (a threshold is never one); a name before a verb
    /// ("{ $organisation } runs") is not a count.
    #[test]
    fn every_english_count_chooses_its_nouns_form() {
        const VERBS: [&str; 4] = ["runs", "asks", "says", "needs"];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales/en");
        let mut wrong = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let (mut message, mut chosen) = (String::new(), BTreeSet::new());
            for line in std::fs::read_to_string(entry.unwrap().path()).unwrap().lines() {
                if let Some((key, _)) = line.split_once(" =").filter(|_| !line.starts_with([' ', '#', '-'])) {
                    (message, chosen) = (key.trim().to_string(), BTreeSet::new());
                }
                // The variables this message chooses by, so far.
                for part in line.split("{ $").skip(1) {
                    if let Some((variable, "")) = part.split_once(" ->").map(|(v, rest)| (v, rest.trim())) {
                        chosen.insert(variable.to_string());
                    }
                }
                for (before, part) in line.split("{ $").zip(line.split("{ $").skip(1)) {
                    let Some((variable, after)) = part.split_once(" } ") else { continue };
                    let noun: String = after.chars().take_while(char::is_ascii_lowercase).collect();
                    let plural = noun == "people" || (noun.len() > 3 && noun.ends_with('s'));
                    let counted = !VERBS.contains(&noun.as_str()) && !before.ends_with("fewer than ");
                    if plural && counted && !chosen.contains(variable) {
                        wrong.push(format!("{message}: {{ ${variable} }} {noun}"));
                    }
                }
            }
        }
        assert!(wrong.is_empty(), "counts without a choice of form:\n{}", wrong.join("\n"));
    }

    #[test]
    fn every_count_is_written_in_every_form_its_language_has() {
        let counted: BTreeSet<String> = plural_choices("en").into_iter().map(|(m, _)| m).collect();
        assert!(counted.len() > 20, "{counted:?}");
        assert_eq!(plural_forms(Language::Ar).len(), 5);
        let mut wrong = Vec::new();
        for lang in Language::ALL {
            let forms = plural_forms(lang);
            let choices = plural_choices(lang.code());
            for message in &counted {
                let mine: Vec<_> = choices.iter().filter(|(m, _)| m == message).collect();
                // Persian, like English, has one form beside `other`, and its nouns do not change
                // after a number, so a sentence may do without a choice; Arabic's and Ukrainian's do.
                if mine.is_empty() && forms.len() > 2 {
                    wrong.push(format!("{lang} {message}: no plural choice"));
                }
                for (_, keys) in mine {
                    let lacking: Vec<_> = forms.difference(keys).collect();
                    if !lacking.is_empty() {
                        wrong.push(format!("{lang} {message}: lacks {lacking:?}"));
                    }
                }
            }
        }
        assert!(wrong.is_empty(), "{} choices:\n{}", wrong.len(), wrong.join("\n"));
    }

    #[test]
    fn translates_and_falls_back() {
        assert_eq!(Tr::new(Language::En).t("nav-learn"), "Learn");
        assert_ne!(Tr::new(Language::Fr).t("nav-learn"), "Learn");
        assert_eq!(Tr::new(Language::Fr).t("no-such-key"), "no-such-key");
    }

    #[test]
    fn reads_accept_language() {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT_LANGUAGE, "de-DE,fr;q=0.8,ar;q=0.9".parse().unwrap());
        assert_eq!(Locale::from_headers(&h).0.lang(), Language::Ar);
        h.insert(header::COOKIE, "bridges_lang=fr".parse().unwrap());
        assert_eq!(Locale::from_headers(&h).0.lang(), Language::Fr);
    }
}
