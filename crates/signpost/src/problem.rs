//! Where a problem is and what it is: every refusal and every warning names its place (a JSON
//! path, or a CSV file and line), the field, and a stable code that doubles as a message key.

use std::fmt;

/// How many problems are kept for showing; the rest are only counted.
pub const MAX_SHOWN: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A JSONPath from the document's root, down to the value: `$[3].phones[0].number`.
    Json { path: String },
    /// A CSV file of the package and a line of it (1 = the header, as a spreadsheet counts).
    Csv { file: String, line: usize },
}

impl Place {
    pub fn root() -> Place {
        Place::Json { path: "$".to_string() }
    }

    pub fn csv(file: &str, line: usize) -> Place {
        Place::Csv { file: file.to_string(), line }
    }

    /// The place of a member of this JSON object (or, in CSV, the same line).
    pub fn key(&self, key: &str) -> Place {
        match self {
            Place::Json { path } => Place::Json { path: format!("{path}.{key}") },
            Place::Csv { .. } => self.clone(),
        }
    }

    /// The place of an element of this JSON array.
    pub fn item(&self, index: usize) -> Place {
        match self {
            Place::Json { path } => Place::Json { path: format!("{path}[{index}]") },
            Place::Csv { .. } => self.clone(),
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Json { path } => f.write_str(path),
            Place::Csv { file, line } => write!(f, "{file} line {line}"),
        }
    }
}

/// One problem: an error (nothing is imported) or a warning (the import goes ahead).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub place: Place,
    /// The HSDS field or CSV column; empty when the problem is the whole document's or file's.
    pub field: String,
    pub code: &'static str,
    /// What a person needs besides the code: the other place of a conflict, the parser's words.
    pub detail: Option<String>,
}

impl Problem {
    pub fn new(place: Place, field: &str, code: &'static str) -> Problem {
        Problem { place, field: field.to_string(), code, detail: None }
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Problem {
        self.detail = Some(detail.into());
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.place, self.field.is_empty()) {
            (Place::Csv { file, line }, false) => {
                write!(f, "{file} line {line}, column {}: {}", self.field, self.code)?
            }
            _ => write!(f, "{}: {}", self.place, self.code)?,
        }
        match &self.detail {
            Some(detail) => write!(f, " ({detail})"),
            None => Ok(()),
        }
    }
}

/// Problems in the order they were found: the first [`MAX_SHOWN`] kept, all counted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems {
    shown: Vec<Problem>,
    total: usize,
}

impl Problems {
    pub fn push(&mut self, problem: Problem) {
        self.total += 1;
        if self.shown.len() < MAX_SHOWN {
            self.shown.push(problem);
        }
    }

    pub fn shown(&self) -> &[Problem] {
        &self.shown
    }

    /// How many were found, shown or not.
    pub fn total(&self) -> usize {
        self.total
    }

    /// How many were found beyond those shown ("and N more").
    pub fn more(&self) -> usize {
        self.total - self.shown.len()
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }
}

/// Why the engine refused something. [`SignpostError::code`] is stable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignpostError {
    #[error("the HSDS data has {} problem(s)", .0.total())]
    Invalid(Problems),
    #[error("the taxonomy of needs is not valid: {0}")]
    Needs(String),
}

impl SignpostError {
    /// Refuses data for one problem.
    pub fn refused(problem: Problem) -> SignpostError {
        let mut problems = Problems::default();
        problems.push(problem);
        SignpostError::Invalid(problems)
    }

    pub fn code(&self) -> &'static str {
        match self {
            SignpostError::Invalid(_) => "hsds-invalid",
            SignpostError::Needs(_) => "needs-invalid",
        }
    }

    /// The problems of refused data; none for other errors.
    pub fn problems(&self) -> &[Problem] {
        match self {
            SignpostError::Invalid(problems) => problems.shown(),
            SignpostError::Needs(_) => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_grow_into_paths_and_csv_places_stay_on_their_line() {
        let place = Place::root().item(3).key("phones").item(0).key("number");
        assert_eq!(place.to_string(), "$[3].phones[0].number");
        assert_eq!(Place::csv("phones.csv", 7).key("number").to_string(), "phones.csv line 7");
        let problem = Problem::new(Place::csv("addresses.csv", 7), "postal_code", "hsds-required");
        assert_eq!(problem.to_string(), "addresses.csv line 7, column postal_code: hsds-required");
        let problem = Problem::new(place, "number", "hsds-conflicting-duplicate").with_detail("$.phones[0]");
        assert_eq!(problem.to_string(), "$[3].phones[0].number: hsds-conflicting-duplicate ($.phones[0])");
    }

    #[test]
    fn problems_beyond_the_shown_ones_are_counted() {
        let mut problems = Problems::default();
        for line in 0..MAX_SHOWN + 5 {
            problems.push(Problem::new(Place::csv("a.csv", line), "", "x"));
        }
        assert_eq!((problems.shown().len(), problems.total(), problems.more()), (MAX_SHOWN, MAX_SHOWN + 5, 5));
    }
}
