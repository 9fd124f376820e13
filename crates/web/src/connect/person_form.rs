//! The person form shared by staff entry and the public intake: languages as rows of language and
//! level, availability as a grid of checkboxes. It folds them into the same fields an import file
//! has, so [`bridges_app::connect::record::parse_person`] checks every way in alike.

use crate::http::forms::{FormPairs, FormView};
use crate::http::i18n::Tr;
use bridges_app::connect::record::{fields_of, Record, FIELDS, LANGUAGES};
use bridges_domain::names;
use bridges_pairing::Skill;
use bridges_pairing::{Availability, Side};
use std::collections::HashMap;

/// Form fields for the weekly grid, `slot-DAY-PART`, in the order of [`Availability`]'s bits.
pub const SLOTS: [&str; 21] = [
    "slot-mon-morning",
    "slot-mon-afternoon",
    "slot-mon-evening",
    "slot-tue-morning",
    "slot-tue-afternoon",
    "slot-tue-evening",
    "slot-wed-morning",
    "slot-wed-afternoon",
    "slot-wed-evening",
    "slot-thu-morning",
    "slot-thu-afternoon",
    "slot-thu-evening",
    "slot-fri-morning",
    "slot-fri-afternoon",
    "slot-fri-evening",
    "slot-sat-morning",
    "slot-sat-afternoon",
    "slot-sat-evening",
    "slot-sun-morning",
    "slot-sun-afternoon",
    "slot-sun-evening",
];

/// Rows for languages spoken and learnt: (language field, level field).
pub const SPEAKS_ROWS: [(&str, &str); 4] = [
    ("speaks-lang-1", "speaks-level-1"),
    ("speaks-lang-2", "speaks-level-2"),
    ("speaks-lang-3", "speaks-level-3"),
    ("speaks-lang-4", "speaks-level-4"),
];
pub const LEARNS_ROWS: [(&str, &str); 3] =
    [("learns-lang-1", "learns-level-1"), ("learns-lang-2", "learns-level-2"), ("learns-lang-3", "learns-level-3")];

fn rows_text(form: &FormPairs, rows: &[(&str, &str)]) -> String {
    rows.iter()
        .filter_map(|(lang, level)| {
            let (lang, level) = (form.first(lang), form.first(level));
            let level = if level.is_empty() { "missing".to_string() } else { level };
            (!lang.is_empty()).then(|| format!("{lang}:{level}"))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The submitted form as the named fields `parse_person` reads.
pub fn fields_from_form(form: &FormPairs) -> HashMap<String, String> {
    let mut fields: HashMap<String, String> = FIELDS.iter().map(|f| (f.to_string(), form.first(f))).collect();
    if !form.has("speaks") {
        fields.insert("speaks".into(), rows_text(form, &SPEAKS_ROWS));
    }
    if !form.has("learns") {
        fields.insert("learns".into(), rows_text(form, &LEARNS_ROWS));
    }
    if !form.has("availability") {
        let chosen: Vec<&str> = SLOTS.iter().filter(|s| form.has(s)).map(|s| s.trim_start_matches("slot-")).collect();
        fields.insert("availability".into(), chosen.join(" "));
    }
    fields
}

/// A form showing `fields` (after an error) or a stored record (to edit it).
pub fn view_of(fields: &HashMap<String, String>) -> FormView {
    let mut view = FormView::new();
    for f in FIELDS {
        let value: String = fields.get(f).map(|v| v.chars().take(600).collect()).unwrap_or_default();
        view = view.with_value(f, value);
    }
    for (text, rows) in [("speaks", &SPEAKS_ROWS[..]), ("learns", &LEARNS_ROWS[..])] {
        let items = fields.get(text).map(|t| t.split(',').map(str::trim).collect::<Vec<_>>()).unwrap_or_default();
        for ((lang_field, level_field), item) in rows.iter().zip(items.iter().filter(|i| !i.is_empty())) {
            let (lang, level) = item.split_once(':').unwrap_or((item, ""));
            view = view.with_value(lang_field, lang.chars().take(8).collect::<String>());
            view = view.with_value(level_field, level.chars().take(20).collect::<String>());
        }
    }
    let availability = fields.get("availability").and_then(|a| Availability::parse(a).ok()).unwrap_or_default();
    for (i, slot) in SLOTS.iter().enumerate() {
        if availability.has(i / 3, i % 3) {
            view = view.with_value(slot, "1");
        }
    }
    view
}

pub fn view_of_record(side: Side, record: &Record) -> FormView {
    view_of(&fields_of(side, record).into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

/// The languages forms offer, each named in the reader's language and, where that differs, in
/// itself, so that a newcomer finds theirs either way; in the order of their names.
pub fn language_options(tr: &Tr) -> Vec<(&'static str, String)> {
    let mut options: Vec<(&'static str, String)> = LANGUAGES
        .iter()
        .map(|code| {
            let name = names::standalone(&tr.language(code));
            let label = match names::language_in_itself(code) {
                Some(own) if own.to_lowercase() != name.to_lowercase() => {
                    format!("{name} — {}", names::standalone(own))
                }
                _ => name,
            };
            (*code, label)
        })
        .collect();
    options.sort_by_key(|(_, label)| label.to_lowercase());
    options
}

/// The languages someone speaks with their levels, in the reader's words: "Arabic (native)".
pub fn skills(tr: &Tr, skills: &[Skill]) -> String {
    let each = skills.iter().map(|s| {
        let level = tr.t(&format!("level-{}", s.level.as_str()));
        tr.t_args("language-at-level", &[("language", tr.language(&s.language)), ("level", level)])
    });
    each.collect::<Vec<_>>().join(&tr.t("list-separator"))
}

/// What the person form's template needs besides the form itself.
pub struct PersonForm {
    pub settings: bridges_pairing::Programme,
    /// Staff see the safeguarding check, notes and the side; the intake does not.
    pub staff: bool,
}

impl PersonForm {
    pub fn asks(&self, question: &str) -> bool {
        bridges_pairing::Question::parse(question).is_some_and(|q| self.settings.asks(q))
    }
    /// Whether `field` holds `value` (a select's chosen option).
    pub fn is(&self, form: &FormView, field: &str, value: &str) -> bool {
        form.value(field) == value
    }
    pub fn languages(&self, tr: &Tr) -> Vec<(&'static str, String)> {
        language_options(tr)
    }
    pub fn levels(&self) -> [&'static str; 4] {
        bridges_pairing::Level::ALL.map(|l| l.as_str())
    }
    pub fn genders(&self) -> [&'static str; 3] {
        bridges_pairing::Gender::ALL.map(|g| g.as_str())
    }
    pub fn days(&self) -> [&'static str; 7] {
        Availability::DAYS
    }
    pub fn parts(&self) -> [&'static str; 3] {
        Availability::PARTS
    }
    pub fn speaks_rows(&self) -> &'static [(&'static str, &'static str)] {
        &SPEAKS_ROWS
    }
    pub fn learns_rows(&self) -> &'static [(&'static str, &'static str)] {
        &LEARNS_ROWS
    }
}
