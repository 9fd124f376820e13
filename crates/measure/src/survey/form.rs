//! The form: what XLSForm's `survey`, `choices` and `settings` sheets say, in the subset bridges
//! supports, plus the scores an instrument defines over its questions.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The name XLSForm gives the language of a column written without one (`label` rather than
/// `label::English (en)`).
pub const DEFAULT_LANGUAGE: &str = "default";

/// A language a form is written in, as the form names it (`English (en)`, `english`, `default`),
/// with the code in its parentheses when there is one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Language {
    pub name: String,
    pub code: Option<String>,
}

impl Language {
    /// Reads `English (en)` as name and code; a name without parentheses has no code.
    pub fn parse(name: &str) -> Language {
        let name = name.trim();
        let code = name
            .strip_suffix(')')
            .and_then(|rest| rest.rsplit_once('('))
            .map(|(_, code)| code.trim().to_string())
            .filter(|code| !code.is_empty() && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        Language { name: name.to_string(), code }
    }

    /// Whether the language is written right to left (by its code's primary subtag).
    pub fn is_rtl(&self) -> bool {
        let primary = self.code.as_deref().unwrap_or("").split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        matches!(primary.as_str(), "ar" | "fa" | "he" | "ur" | "ps" | "ckb" | "dv" | "yi" | "sd" | "ug")
    }
}

/// A translatable text: one string per language name. An empty text has no entry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    pub fn plain(text: &str) -> Text {
        let mut map = BTreeMap::new();
        if !text.is_empty() {
            map.insert(DEFAULT_LANGUAGE.to_string(), text.to_string());
        }
        Text(map)
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(|s| s.is_empty())
    }

    /// The text in `language`, else in the form's default language, else the untranslated one,
    /// else any.
    pub fn get<'a>(&'a self, language: &str, default_language: Option<&str>) -> &'a str {
        self.0
            .get(language)
            .or_else(|| default_language.and_then(|d| self.0.get(d)))
            .or_else(|| self.0.get(DEFAULT_LANGUAGE))
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// What kind of answer a question takes, or what structure a row opens or closes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Kind {
    Text,
    Integer,
    Decimal,
    /// One choice from the named list (a rating scale when the list is a scale: appearance `likert`).
    SelectOne {
        list: String,
    },
    /// Any number of choices from the named list.
    SelectMultiple {
        list: String,
    },
    /// A number from `start` to `end` in steps of `step` (XLSForm's `range` with its `parameters`).
    Range {
        start: f64,
        end: f64,
        step: f64,
    },
    Date,
    Time,
    DateTime,
    /// A latitude and longitude (and optionally altitude and accuracy), separated by spaces.
    Geopoint,
    /// A code typed in (a scanner is a phone app's job; the web form takes the text).
    Barcode,
    /// A box the respondent ticks to say they have read something (`OK` when ticked).
    Acknowledge,
    /// A value computed from other answers by `calculation`; never asked.
    Calculate {
        calculation: String,
    },
    /// A metadata row (`start`, `end`, `today`, `deviceid`, `username`, …). bridges fills `start`,
    /// `end` and `today`; it never collects identifiers of a device or person, so the others stay
    /// empty, which XLSForm allows.
    Metadata {
        name: String,
    },
    /// Text shown to the respondent; takes no answer.
    Note,
    BeginGroup,
    EndGroup,
}

impl Kind {
    /// Whether a row of this kind takes an answer.
    pub fn is_answered(&self) -> bool {
        !matches!(self, Kind::Note | Kind::BeginGroup | Kind::EndGroup | Kind::Calculate { .. } | Kind::Metadata { .. })
    }

    /// Whether a row of this kind holds a value in a response (answered, computed or filled in).
    pub fn has_value(&self) -> bool {
        !matches!(self, Kind::Note | Kind::BeginGroup | Kind::EndGroup)
    }
}

/// One row of the `survey` sheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// The name answers and expressions (`${name}`) refer to. Empty only for an `end_group` row.
    pub name: String,
    pub kind: Kind,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub label: Text,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub hint: Text,
    #[serde(default)]
    pub required: bool,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub required_message: Text,
    /// An XLSForm expression: the question is asked only when it is true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relevant: Option<String>,
    /// An XLSForm expression over `.` (this answer): the answer is accepted only when it is true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub constraint: Option<String>,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub constraint_message: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appearance: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// An XLSForm expression over `${name}`s and the choices' own columns: which choices are offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice_filter: Option<String>,
    #[serde(default)]
    pub read_only: bool,
}

impl Question {
    pub fn new(name: &str, kind: Kind, label: Text) -> Question {
        Question {
            name: name.to_string(),
            kind,
            label,
            hint: Text::default(),
            required: false,
            required_message: Text::default(),
            relevant: None,
            constraint: None,
            constraint_message: Text::default(),
            appearance: None,
            default: None,
            choice_filter: None,
            read_only: false,
        }
    }
}

/// One row of the `choices` sheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub name: String,
    pub label: Text,
    /// The choices sheet's other columns (those a `choice_filter` reads, such as `cf` or `state`),
    /// by column name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub properties: BTreeMap<String, String>,
}

/// The choices sharing one `list_name`, in the sheet's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceList {
    pub name: String,
    pub choices: Vec<Choice>,
}

/// How a score is computed from its items' answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum Scoring {
    /// The mean of the answered items; no score unless every item is answered.
    Mean,
    /// The sum of the items times `factor` (WHO-5: raw 0–25 times 4); every item must be answered.
    Sum { factor: f64 },
    /// An estimate of a local figure, in percent, compared with the actual figure the organisation
    /// enters under `figure` (perceived versus actual).
    Perceived { figure: String },
}

/// A score an instrument defines: how its author says the answers are to be read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub name: String,
    pub label: Text,
    /// The names of the questions it is computed from.
    pub items: Vec<String>,
    pub scoring: Scoring,
    /// The lowest and highest the score can be.
    pub min: f64,
    pub max: f64,
    /// The neutral point when the scale has one (the thermometer's 50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neutral: Option<f64>,
    /// At or below this the score flags concern (WHO-5: 50 or less suggests poor wellbeing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concern_at_most: Option<f64>,
    /// The smallest change its authors call meaningful (WHO-5: 10 points).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meaningful_change: Option<f64>,
}

/// A whole form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Form {
    /// `settings`' `form_title` (translatable in bridges; XLSForm has one title).
    pub title: Text,
    /// `settings`' `form_id`.
    pub form_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// `settings`' `default_language`: the language of the columns written without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_language: Option<String>,
    /// Every language some label, hint or message is written in, in the order first met.
    pub languages: Vec<Language>,
    /// The `survey` sheet's rows in order, groups as begin and end rows.
    pub questions: Vec<Question>,
    pub choice_lists: Vec<ChoiceList>,
    /// The question whose answer says which community the respondent belongs to (choices named
    /// `arriving` and `receiving`), when the form has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub community: Option<String>,
    /// The instrument's scores; empty for a form imported as it is.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scores: Vec<Score>,
}

/// The choice names of the community question.
pub const ARRIVING: &str = "arriving";
pub const RECEIVING: &str = "receiving";

impl Form {
    pub fn question(&self, name: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.name == name && !matches!(q.kind, Kind::EndGroup))
    }

    pub fn list(&self, name: &str) -> Option<&ChoiceList> {
        self.choice_lists.iter().find(|l| l.name == name)
    }

    /// The questions that take an answer, in order.
    pub fn answered(&self) -> impl Iterator<Item = &Question> {
        self.questions.iter().filter(|q| q.kind.is_answered())
    }

    /// How many choices all lists hold together.
    pub fn choice_count(&self) -> usize {
        self.choice_lists.iter().map(|l| l.choices.len()).sum()
    }

    /// The language matching a UI language code (`ar` finds `Arabic (ar)`), if the form has it.
    pub fn language_for(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code.as_deref().is_some_and(|c| c.eq_ignore_ascii_case(code)))
    }

    /// Finds the community question: the one named in `community`, else a select-one question
    /// whose list holds both `arriving` and `receiving`.
    pub fn detect_community(&self) -> Option<String> {
        self.answered()
            .find(|q| match &q.kind {
                Kind::SelectOne { list } => self.list(list).is_some_and(|l| {
                    l.choices.iter().any(|c| c.name == ARRIVING) && l.choices.iter().any(|c| c.name == RECEIVING)
                }),
                _ => false,
            })
            .map(|q| q.name.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_names_give_codes() {
        assert_eq!(Language::parse("English (en)").code.as_deref(), Some("en"));
        assert_eq!(Language::parse("english").code, None);
        assert!(Language::parse("Arabic (ar)").is_rtl());
        assert!(!Language::parse("French (fr)").is_rtl());
    }

    #[test]
    fn texts_fall_back_to_the_default_language() {
        let mut t = Text::plain("Hello");
        t.0.insert("French (fr)".into(), "Bonjour".into());
        assert_eq!(t.get("French (fr)", None), "Bonjour");
        assert_eq!(t.get("Arabic (ar)", None), "Hello");
    }
}
