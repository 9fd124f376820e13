//! Validation errors that name the field they belong to, so forms can show each one beside its field
//! and the API can list them in a problem document.

use serde::Serialize;
use std::fmt;

/// One thing wrong with one field. `code` is stable and doubles as the Fluent message key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: &'static str,
    pub code: &'static str,
}

/// Everything wrong with one submission, in the order the fields appear.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct ValidationErrors(Vec<FieldError>);

impl ValidationErrors {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn single(field: &'static str, code: &'static str) -> Self {
        Self(vec![FieldError { field, code }])
    }
    pub fn add(&mut self, field: &'static str, code: &'static str) {
        self.0.push(FieldError { field, code });
    }
    /// Runs a parsing constructor and keeps its error under `field`; returns the value if it parsed.
    pub fn check<T>(&mut self, field: &'static str, parsed: Result<T, &'static str>) -> Option<T> {
        match parsed {
            Ok(v) => Some(v),
            Err(code) => {
                self.add(field, code);
                None
            }
        }
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }
    pub fn for_field(&self, field: &str) -> Option<&FieldError> {
        self.0.iter().find(|e| e.field == field)
    }
    /// `Ok(())` when nothing was wrong.
    pub fn into_result(self) -> Result<(), Self> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(|e| format!("{}: {}", e.field, e.code)).collect();
        f.write_str(&parts.join(", "))
    }
}

impl std::error::Error for ValidationErrors {}

/// Checks one text field: present when required, not too long (in characters), no control
/// characters (line breaks and tabs allowed) and no invisible format characters
/// ([`crate::text::refusal`]).
pub fn check_text(errors: &mut ValidationErrors, field: &'static str, value: &str, max: usize, required: bool) {
    if required && value.trim().is_empty() {
        errors.add(field, "practice-field-missing");
    } else if value.chars().count() > max {
        errors.add(field, "practice-field-too-long");
    } else if let Some(code) = crate::text::refusal(value, true) {
        errors.add(field, code);
    }
}
