//! Connect's check-ins as contact indicators: how often pairs met, for how long, and how the
//! meetings felt to both sides. Contact research counts quality as well as quantity, so the
//! ratings (pleasant, equal, cooperative, close) are summarised beside the hours.

use crate::period::{Period, PeriodKind};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One check-in as Measure sees it: no names, no notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckInFacts {
    pub met_on: NaiveDate,
    pub minutes: u32,
    /// each side's ratings 1–7 on pleasant, equal, cooperative, close (None where not given)
    pub ratings: [[Option<u8>; 4]; 2],
}

#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct ContactSummary {
    pub check_ins: u64,
    pub minutes: u64,
    /// mean of all given ratings in 1..=7 (ignore others), over `rated` ratings
    pub quality: Option<f64>,
    pub rated: u64,
}

/// Running sums; the mean is taken once at the end so that it does not drift.
#[derive(Default)]
struct Tally {
    check_ins: u64,
    minutes: u64,
    rating_sum: u64,
    rated: u64,
}

impl Tally {
    fn add(&mut self, c: &CheckInFacts) {
        self.check_ins += 1;
        self.minutes = self.minutes.saturating_add(u64::from(c.minutes));
        // A rating outside the scale is a form or import slip, not an opinion; averaging it in
        // would move the mean on nobody's say.
        for r in c.ratings.iter().flatten().flatten().filter(|r| (1..=7).contains(*r)) {
            self.rating_sum += u64::from(*r);
            self.rated += 1;
        }
    }

    fn summary(&self) -> ContactSummary {
        ContactSummary {
            check_ins: self.check_ins,
            minutes: self.minutes,
            quality: (self.rated > 0).then(|| self.rating_sum as f64 / self.rated as f64),
            rated: self.rated,
        }
    }
}

pub fn summarise(check_ins: &[CheckInFacts]) -> ContactSummary {
    let mut tally = Tally::default();
    check_ins.iter().for_each(|c| tally.add(c));
    tally.summary()
}

/// Per period of `kind`, the summary of the check-ins in it (keys sorted). Periods without
/// check-ins are left out; [`crate::periods_between`] gives the full range to chart.
pub fn by_period(kind: PeriodKind, check_ins: &[CheckInFacts]) -> Vec<(Period, ContactSummary)> {
    let mut tallies: BTreeMap<i32, (Period, Tally)> = BTreeMap::new();
    for c in check_ins {
        let period = Period::containing(kind, c.met_on);
        tallies.entry(period.key()).or_insert_with(|| (period, Tally::default())).1.add(c);
    }
    tallies.into_values().map(|(p, t)| (p, t.summary())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_in(y: i32, m: u32, d: u32, minutes: u32, ratings: [[Option<u8>; 4]; 2]) -> CheckInFacts {
        CheckInFacts { met_on: NaiveDate::from_ymd_opt(y, m, d).unwrap(), minutes, ratings }
    }

    #[test]
    fn quality_is_the_mean_of_ratings_on_the_scale() {
        let all = [
            check_in(2026, 1, 5, 60, [[Some(7), Some(6), None, Some(5)], [None; 4]]),
            // 0 and 9 are off the scale and do not count.
            check_in(2026, 2, 5, 90, [[Some(0), None, None, None], [Some(9), Some(2), None, None]]),
        ];
        let s = summarise(&all);
        assert_eq!((s.check_ins, s.minutes, s.rated), (2, 150, 4));
        assert_eq!(s.quality, Some(5.0)); // (7 + 6 + 5 + 2) / 4
    }

    #[test]
    fn nothing_rated_has_no_quality() {
        assert_eq!(summarise(&[]), ContactSummary::default());
        let s = summarise(&[check_in(2026, 1, 5, 30, [[None; 4]; 2])]);
        assert_eq!((s.check_ins, s.quality), (1, None));
    }

    #[test]
    fn grouped_by_period_in_order() {
        let all = [
            check_in(2026, 4, 2, 30, [[Some(4); 4]; 2]),
            check_in(2025, 12, 31, 60, [[None; 4]; 2]),
            check_in(2026, 1, 1, 45, [[Some(6), None, None, None], [None; 4]]),
            check_in(2026, 3, 31, 15, [[None; 4]; 2]),
        ];
        let quarters = by_period(PeriodKind::Quarter, &all);
        let shape: Vec<_> = quarters.iter().map(|(p, s)| (p.label(), s.check_ins, s.minutes, s.quality)).collect();
        assert_eq!(
            shape,
            [
                ("2025-Q4".to_string(), 1, 60, None),
                ("2026-Q1".to_string(), 2, 60, Some(6.0)),
                ("2026-Q2".to_string(), 1, 30, Some(4.0))
            ]
        );
        assert_eq!(by_period(PeriodKind::Year, &all).len(), 2);
    }
}
