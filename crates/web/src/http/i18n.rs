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
