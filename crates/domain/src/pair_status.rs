//! The life cycle of a pair: which step may follow which. A proposal is accepted (or rejected) by a
//! coordinator, then introduced, becomes active at its first check-in, and is closed with a reason.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PairStatus {
    /// Proposed by a round; replaced by the next round unless locked.
    Proposed,
    /// A coordinator accepted it; the next round keeps it.
    Accepted,
    /// The two have been introduced.
    Introduced,
    /// They are meeting: at least one check-in.
    Active,
    /// Ended, with a reason.
    Closed,
    /// A coordinator turned it down; the engine will not propose it again.
    Rejected,
}

impl PairStatus {
    pub const ALL: [PairStatus; 6] = [
        PairStatus::Proposed,
        PairStatus::Accepted,
        PairStatus::Introduced,
        PairStatus::Active,
        PairStatus::Closed,
        PairStatus::Rejected,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PairStatus::Proposed => "proposed",
            PairStatus::Accepted => "accepted",
            PairStatus::Introduced => "introduced",
            PairStatus::Active => "active",
            PairStatus::Closed => "closed",
            PairStatus::Rejected => "rejected",
        }
    }

    pub fn parse(text: &str) -> Result<PairStatus, &'static str> {
        PairStatus::ALL.into_iter().find(|s| s.as_str() == text).ok_or("unknown-pair-status")
    }

    /// Whether a pair in this state holds its two people: they are not waiting, and the volunteer's
    /// place is taken.
    pub fn holds(self) -> bool {
        matches!(self, PairStatus::Accepted | PairStatus::Introduced | PairStatus::Active)
    }

    /// Whether the pair is still going (neither ended nor turned down).
    pub fn open(self) -> bool {
        !matches!(self, PairStatus::Closed | PairStatus::Rejected)
    }

    /// Whether a coordinator may move a pair from `self` to `next`.
    pub fn may_become(self, next: PairStatus) -> bool {
        use PairStatus::*;
        matches!(
            (self, next),
            (Proposed, Accepted)
                | (Proposed, Rejected)
                | (Accepted, Introduced)
                | (Accepted, Closed)
                | (Introduced, Active)
                | (Introduced, Closed)
                | (Active, Closed)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_life_cycle_moves_forward_only() {
        use PairStatus::*;
        assert!(Proposed.may_become(Accepted) && Accepted.may_become(Introduced) && Introduced.may_become(Active));
        assert!(Active.may_become(Closed) && Proposed.may_become(Rejected));
        assert!(!Closed.may_become(Active) && !Rejected.may_become(Accepted) && !Proposed.may_become(Introduced));
        assert!(!Active.may_become(Proposed));
        for s in PairStatus::ALL {
            assert_eq!(PairStatus::parse(s.as_str()), Ok(s));
            assert!(!s.may_become(s));
        }
        assert!(Accepted.holds() && !Proposed.holds() && !Closed.holds());
    }
}
