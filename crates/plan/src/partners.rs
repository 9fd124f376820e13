//! Step 5 of the toolkit: partnerships. Each partner brings something and wants something; the
//! project keeps a bottom line with it and knows when it would walk away. The planner warns when
//! the funding base is narrow: a project that depends on one funder loses its independence (the
//! toolkit's Simba lesson).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Partner {
    pub name: String,
    pub brings: String,
    pub wants: String,
    pub bottom_line: String,
    pub walk_away_if: String,
    /// Share of the project's funding this partner provides, in percent (0–100).
    pub funding_share: f64,
}

/// What the funding base looks like, and why it worries (if it does).
#[derive(Debug, Clone, PartialEq)]
pub struct FundingBase {
    /// Sum of the shares, in percent.
    pub total: f64,
    /// The partner with the largest share and that share.
    pub largest: Option<(String, f64)>,
    pub warnings: Vec<FundingWarning>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FundingWarning {
    /// One partner provides more than half of the funding.
    DominantFunder,
    /// Only one partner provides any funding.
    SingleFunder,
    /// The shares add up to more than 100 %.
    SharesOverHundred,
}

impl FundingWarning {
    pub fn code(self) -> &'static str {
        match self {
            FundingWarning::DominantFunder => "dominant-funder",
            FundingWarning::SingleFunder => "single-funder",
            FundingWarning::SharesOverHundred => "shares-over-hundred",
        }
    }
}

/// More than this share from one partner makes the base narrow.
pub const DOMINANT_SHARE: f64 = 50.0;

pub fn funding_base(partners: &[Partner]) -> FundingBase {
    let funders: Vec<&Partner> = partners.iter().filter(|p| p.funding_share > 0.0).collect();
    let total: f64 = funders.iter().map(|p| p.funding_share).sum();
    let largest = funders
        .iter()
        .max_by(|a, b| a.funding_share.total_cmp(&b.funding_share))
        .map(|p| (p.name.clone(), p.funding_share));
    let mut warnings = Vec::new();
    if funders.len() == 1 {
        warnings.push(FundingWarning::SingleFunder);
    }
    if largest.as_ref().is_some_and(|(_, share)| *share > DOMINANT_SHARE) {
        warnings.push(FundingWarning::DominantFunder);
    }
    if total > 100.0 + 1e-9 {
        warnings.push(FundingWarning::SharesOverHundred);
    }
    FundingBase { total, largest, warnings }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(name: &str, share: f64) -> Partner {
        Partner {
            name: name.into(),
            brings: String::new(),
            wants: String::new(),
            bottom_line: String::new(),
            walk_away_if: String::new(),
            funding_share: share,
        }
    }

    #[test]
    fn a_single_dominant_funder_is_flagged() {
        let base = funding_base(&[p("Employment agency", 100.0), p("Volunteers", 0.0)]);
        assert_eq!(base.warnings, [FundingWarning::SingleFunder, FundingWarning::DominantFunder]);
        assert_eq!(base.largest, Some(("Employment agency".into(), 100.0)));
    }

    #[test]
    fn a_spread_base_is_fine_and_over_hundred_is_caught() {
        assert!(funding_base(&[p("A", 40.0), p("B", 35.0), p("C", 25.0)]).warnings.is_empty());
        assert_eq!(funding_base(&[p("A", 50.0), p("B", 50.0)]).warnings, []);
        assert_eq!(
            funding_base(&[p("A", 60.0), p("B", 50.0)]).warnings,
            [FundingWarning::DominantFunder, FundingWarning::SharesOverHundred]
        );
        assert!(funding_base(&[]).warnings.is_empty());
    }
}
