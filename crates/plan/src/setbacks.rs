//! Step 6 of the toolkit: setbacks. Each risk names the rights at stake (the articles of the
//! European Convention on Human Rights the toolkit lists, and the EU Charter), whether legal
//! support is needed, and the allies to approach.

use serde::{Deserialize, Serialize};

/// The rights the toolkit asks projects to check, by a stable code.
pub const RIGHTS: [&str; 11] = [
    "echr-2",
    "echr-3",
    "echr-4",
    "echr-5",
    "echr-6",
    "echr-7",
    "echr-8",
    "echr-9",
    "echr-10",
    "echr-14",
    "eu-charter",
];

/// The kinds of ally the toolkit suggests approaching.
pub const ALLIES: [&str; 8] =
    ["anti-racist", "trade-unions", "faith", "gender-equality", "youth", "older-people", "disability", "experts"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Setback {
    pub description: String,
    /// Codes from [`RIGHTS`].
    pub rights: Vec<String>,
    pub legal_support: bool,
    /// Codes from [`ALLIES`].
    pub allies: Vec<String>,
    /// What the project will do if it happens.
    pub response: String,
}

impl Setback {
    /// A risk to people's rights with neither legal support nor allies lined up.
    pub fn unprepared(&self) -> bool {
        !self.rights.is_empty() && !self.legal_support && self.allies.is_empty()
    }

    /// Whether every right and ally named is one the toolkit lists.
    pub fn is_known(&self) -> bool {
        self.rights.iter().all(|r| RIGHTS.contains(&r.as_str()))
            && self.allies.iter().all(|a| ALLIES.contains(&a.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unprepared_means_rights_at_stake_and_nobody_to_call() {
        let mut s = Setback {
            description: "The council cuts interpreting".into(),
            rights: vec!["echr-6".into()],
            legal_support: false,
            allies: vec![],
            response: String::new(),
        };
        assert!(s.unprepared() && s.is_known());
        s.allies.push("trade-unions".into());
        assert!(!s.unprepared());
        s.rights.push("echr-99".into());
        assert!(!s.is_known());
        let no_rights = Setback { rights: vec![], ..s };
        assert!(!no_rights.unprepared());
    }
}
