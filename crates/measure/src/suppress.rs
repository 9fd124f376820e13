//! Statistical disclosure control: a count of people drawn from fewer than k people is never
//! shown to anyone outside the organisation's staff.
//!
//! In a small town "2 people from the arriving side left the project this quarter" names them.
//! Reports to funders and the public therefore show such counts as "fewer than k", and where a
//! total is shown beside its parts, a second part is hidden too so the small one cannot be worked
//! out by subtraction.

use serde::Serialize;

pub const DEFAULT_THRESHOLD: u32 = 10;
/// Below five, "fewer than k" narrows a count down to a handful of people, which is no protection.
pub const MIN_THRESHOLD: u32 = 5;

/// The smallest number of people a shown figure may rest on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Threshold(u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a suppression threshold of {0} is below the minimum of {MIN_THRESHOLD}")]
pub struct ThresholdTooLow(pub u32);

impl Threshold {
    pub fn new(k: u32) -> Result<Threshold, ThresholdTooLow> {
        if k < MIN_THRESHOLD {
            Err(ThresholdTooLow(k))
        } else {
            Ok(Threshold(k))
        }
    }

    pub fn get(self) -> u32 {
        self.0
    }

    /// `n` is a small count that must not be shown: zero is safe because it is nobody.
    fn too_small(self, n: u64) -> bool {
        n > 0 && n < u64::from(self.0)
    }
}

impl Default for Threshold {
    fn default() -> Self {
        Threshold(DEFAULT_THRESHOLD)
    }
}

/// What a report may show in place of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "shown", rename_all = "kebab-case")]
pub enum Shown {
    Exact {
        value: f64,
    },
    FewerThan {
        k: u32,
    },
    /// Hidden although large enough, so that a small neighbour cannot be derived from the total.
    Hidden,
}

impl Shown {
    pub fn value(&self) -> Option<f64> {
        match self {
            Shown::Exact { value } => Some(*value),
            Shown::FewerThan { .. } | Shown::Hidden => None,
        }
    }
}

/// A count of people: shown exactly when 0 or >= k, else FewerThan{k}.
pub fn count(n: u64, k: Threshold) -> Shown {
    if k.too_small(n) {
        Shown::FewerThan { k: k.get() }
    } else {
        Shown::Exact { value: n as f64 }
    }
}

/// A mean (or any statistic) over n people: shown only when n >= k, else FewerThan. A statistic
/// over nobody is withheld as well: it has no value to show. A value that is not a number is
/// Hidden rather than passed on to be printed as "NaN".
pub fn statistic(value: f64, n: u64, k: Threshold) -> Shown {
    if n < u64::from(k.get()) {
        Shown::FewerThan { k: k.get() }
    } else if !value.is_finite() {
        Shown::Hidden
    } else {
        Shown::Exact { value }
    }
}

/// The cells of one disaggregation (e.g. arriving / receiving / not recorded) whose sum is the
/// shown total.
///
/// Cells of 1..k-1 people are shown as FewerThan. When exactly one cell is then withheld, the
/// smallest other non-zero cell is Hidden as well, since the total minus the shown cells would
/// give the withheld one away. When the total itself is below k it is not shown either, and every
/// cell becomes FewerThan (even a zero, which would otherwise tell which cells hold everybody).
/// An all-zero breakdown is shown as zeros: it describes no one.
pub fn cells(values: &[u64], k: Threshold) -> Vec<Shown> {
    let total = values.iter().fold(0u64, |sum, v| sum.saturating_add(*v));
    if k.too_small(total) {
        return vec![Shown::FewerThan { k: k.get() }; values.len()];
    }
    let mut out: Vec<Shown> = values.iter().map(|v| count(*v, k)).collect();
    // One pass is enough: with the total at least k and the withheld cell below k, some other
    // cell is non-zero. The loop only guards against that reasoning ever being wrong.
    while out.iter().filter(|s| s.value().is_none()).count() == 1 {
        let smallest = values
            .iter()
            .zip(&out)
            .enumerate()
            .filter(|(_, (v, s))| **v > 0 && s.value().is_some())
            .min_by_key(|(i, (v, _))| (**v, *i))
            .map(|(i, _)| i);
        match smallest.and_then(|i| out.get_mut(i)) {
            Some(cell) => *cell = Shown::Hidden,
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const K: Threshold = Threshold(DEFAULT_THRESHOLD);
    const FEW: Shown = Shown::FewerThan { k: 10 };

    fn exact(v: u64) -> Shown {
        Shown::Exact { value: v as f64 }
    }

    #[test]
    fn thresholds_below_five_are_refused() {
        assert_eq!(Threshold::new(4), Err(ThresholdTooLow(4)));
        assert_eq!(Threshold::new(5).map(Threshold::get), Ok(5));
        assert_eq!(Threshold::default().get(), 10);
    }

    #[test]
    fn counts_and_statistics() {
        assert_eq!(count(0, K), exact(0));
        assert_eq!(count(9, K), FEW);
        assert_eq!(count(10, K), exact(10));
        assert_eq!(statistic(5.5, 9, K), FEW);
        assert_eq!(statistic(5.5, 0, K), FEW);
        assert_eq!(statistic(5.5, 10, K).value(), Some(5.5));
        assert_eq!(statistic(f64::NAN, 10, K), Shown::Hidden);
    }

    #[test]
    fn one_small_cell_hides_the_smallest_other() {
        assert_eq!(cells(&[3, 40, 20, 0], K), vec![FEW, exact(40), Shown::Hidden, exact(0)]);
        assert_eq!(cells(&[3, 4, 20], K), vec![FEW, FEW, exact(20)]);
        assert_eq!(cells(&[12, 30], K), vec![exact(12), exact(30)]);
        assert_eq!(cells(&[3, 9], K), vec![FEW, FEW]);
        assert_eq!(cells(&[3, 0, 0], K), vec![FEW, FEW, FEW]);
        assert_eq!(cells(&[0, 0], K), vec![exact(0), exact(0)]);
        assert_eq!(cells(&[], K), vec![]);
    }

    fn threshold() -> impl Strategy<Value = Threshold> {
        (MIN_THRESHOLD..=20).prop_map(Threshold)
    }

    proptest! {
        #[test]
        fn no_small_count_is_ever_exact(n in 0u64..100, k in threshold()) {
            let shown = count(n, k);
            prop_assert!(!matches!(shown.value(), Some(v) if v >= 1.0 && v < f64::from(k.get())));
        }

        #[test]
        fn no_statistic_over_few_people_is_exact(v in -10.0f64..10.0, n in 0u64..30, k in threshold()) {
            prop_assert!(n >= u64::from(k.get()) || statistic(v, n, k).value().is_none());
        }

        #[test]
        fn cells_never_show_small_counts_nor_a_lone_withheld_cell(
            values in proptest::collection::vec(prop_oneof![0u64..12, 0u64..200], 0..6),
            k in threshold(),
        ) {
            let shown = cells(&values, k);
            prop_assert_eq!(shown.len(), values.len());
            for (v, s) in values.iter().zip(&shown) {
                prop_assert!(!matches!(s.value(), Some(x) if x >= 1.0 && x < f64::from(k.get())));
                // A shown cell is always the true value.
                prop_assert!(s.value().is_none_or(|x| x == *v as f64));
            }
            let total: u64 = values.iter().sum();
            if count(total, k).value().is_some() {
                let withheld = shown.iter().filter(|s| s.value().is_none()).count();
                prop_assert!(withheld == 0 || withheld >= 2, "{values:?} → {shown:?}");
            }
        }
    }
}
