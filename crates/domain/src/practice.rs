//! Where an organisation's practice record stands in the toolkit's peer-review method.

use serde::{Deserialize, Serialize};
use std::fmt;

/// private → review (shared with other organisations for peer review) → published (readable by
/// anyone). A published record can be taken back to private.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PracticeStatus {
    Private,
    Review,
    Published,
}

impl PracticeStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PracticeStatus::Private => "private",
            PracticeStatus::Review => "review",
            PracticeStatus::Published => "published",
        }
    }

    pub fn parse(s: &str) -> Result<Self, &'static str> {
        match s.trim() {
            "private" => Ok(Self::Private),
            "review" => Ok(Self::Review),
            "published" => Ok(Self::Published),
            _ => Err("status-invalid"),
        }
    }

    /// The moves the workflow allows.
    pub fn may_move_to(self, next: PracticeStatus) -> bool {
        use PracticeStatus::*;
        matches!(
            (self, next),
            (Private, Review) | (Review, Private) | (Review, Published) | (Private, Published) | (Published, Private)
        )
    }
}

impl fmt::Display for PracticeStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
