//! Reporting periods: months, quarters and years.
//!
//! The store saves each dated row with a month key (`year * 100 + month`, see [`month_key`]) and
//! groups rows in SQL with integer arithmetic on that key, so the other keys are defined to be
//! computable from it without dates:
//!
//! - quarter key = `(month_key / 100) * 10 + ((month_key % 100) - 1) / 3 + 1`
//! - year key = `month_key / 100`
//!
//! [`Period::key`] returns exactly these numbers, so a row grouped by the store and a period built
//! here meet on the same key. The formulas hold for years from 0 on; the product never has earlier
//! dates, and SQL's truncating division would disagree with calendar arithmetic below zero.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PeriodKind {
    Month,
    Quarter,
    Year,
}

impl PeriodKind {
    pub const ALL: [PeriodKind; 3] = [PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year];

    pub fn as_str(self) -> &'static str {
        match self {
            PeriodKind::Month => "month",
            PeriodKind::Quarter => "quarter",
            PeriodKind::Year => "year",
        }
    }

    /// Forgiving about case and spaces because the value comes from query strings and forms.
    pub fn parse(s: &str) -> Option<PeriodKind> {
        let s = s.trim();
        PeriodKind::ALL.into_iter().find(|k| k.as_str().eq_ignore_ascii_case(s))
    }

    /// How many of this kind make a year; indexes run from 1 to this.
    fn per_year(self) -> u32 {
        match self {
            PeriodKind::Month => 12,
            PeriodKind::Quarter => 4,
            PeriodKind::Year => 1,
        }
    }
}

/// One month, quarter or year. `index` is the month (1–12), the quarter (1–4) or 1 for a year.
///
/// The fields are public so callers can build periods in patterns and tests; every method clamps
/// an out-of-range index instead of failing, because a wrong index is a programming slip, not
/// user input (user input goes through [`Period::parse`] or [`Period::from_key`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    pub kind: PeriodKind,
    pub year: i32,
    pub index: u32,
}

/// The first day of a month, saturating at chrono's limits so that no public input can panic.
fn first_of(year: i32, month: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month.clamp(1, 12), 1).unwrap_or(if year < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

impl Period {
    pub fn containing(kind: PeriodKind, date: NaiveDate) -> Period {
        let index = match kind {
            PeriodKind::Month => date.month(),
            PeriodKind::Quarter => (date.month() - 1) / 3 + 1,
            PeriodKind::Year => 1,
        };
        Period { kind, year: date.year(), index }
    }

    fn clamped_index(&self) -> u32 {
        self.index.clamp(1, self.kind.per_year())
    }

    fn first_month(&self) -> u32 {
        match self.kind {
            PeriodKind::Month => self.clamped_index(),
            PeriodKind::Quarter => (self.clamped_index() - 1) * 3 + 1,
            PeriodKind::Year => 1,
        }
    }

    /// The first day of the period.
    pub fn start(&self) -> NaiveDate {
        first_of(self.year, self.first_month())
    }

    /// The first day of the next period: half-open ranges let consecutive periods share a bound
    /// without a row falling between them or into both.
    pub fn end(&self) -> NaiveDate {
        self.next().start()
    }

    pub fn next(&self) -> Period {
        let index = self.clamped_index();
        if index >= self.kind.per_year() {
            Period { kind: self.kind, year: self.year.saturating_add(1), index: 1 }
        } else {
            Period { kind: self.kind, year: self.year, index: index + 1 }
        }
    }

    pub fn prev(&self) -> Period {
        let index = self.clamped_index();
        if index <= 1 {
            Period { kind: self.kind, year: self.year.saturating_sub(1), index: self.kind.per_year() }
        } else {
            Period { kind: self.kind, year: self.year, index: index - 1 }
        }
    }

    /// ISO-like and language-neutral ("2026-03", "2026-Q1", "2026"): it doubles as the URL form,
    /// and pages translate it into month names themselves.
    pub fn label(&self) -> String {
        match self.kind {
            PeriodKind::Month => format!("{:04}-{:02}", self.year, self.clamped_index()),
            PeriodKind::Quarter => format!("{:04}-Q{}", self.year, self.clamped_index()),
            PeriodKind::Year => format!("{:04}", self.year),
        }
    }

    /// Reads what [`Period::label`] writes. Only four-digit years are accepted: anything else in
    /// a URL is a mistake or a probe, not a period someone reports on.
    pub fn parse(s: &str) -> Option<Period> {
        let s = s.trim();
        let year_of = |y: &str| -> Option<i32> {
            if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) {
                y.parse().ok()
            } else {
                None
            }
        };
        let (year, rest) = match s.split_once('-') {
            None => return Some(Period { kind: PeriodKind::Year, year: year_of(s)?, index: 1 }),
            Some((y, rest)) => (year_of(y)?, rest),
        };
        let (kind, digits) = match rest.strip_prefix(['Q', 'q']) {
            Some(q) => (PeriodKind::Quarter, q),
            None if rest.len() == 2 => (PeriodKind::Month, rest),
            None => return None,
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let index: u32 = digits.parse().ok()?;
        (1..=kind.per_year()).contains(&index).then_some(Period { kind, year, index })
    }

    /// The number the store groups by; see the module documentation for the formulas.
    pub fn key(&self) -> i32 {
        let index = self.clamped_index() as i32;
        match self.kind {
            PeriodKind::Month => self.year.saturating_mul(100).saturating_add(index),
            PeriodKind::Quarter => self.year.saturating_mul(10).saturating_add(index),
            PeriodKind::Year => self.year,
        }
    }

    /// The period a stored key stands for; `None` for keys no period produces.
    pub fn from_key(kind: PeriodKind, key: i32) -> Option<Period> {
        let (year, index) = match kind {
            PeriodKind::Month => (key / 100, key % 100),
            PeriodKind::Quarter => (key / 10, key % 10),
            PeriodKind::Year => (key, 1),
        };
        let index = u32::try_from(index).ok().filter(|i| (1..=kind.per_year()).contains(i))?;
        // Years chrono cannot represent would give nonsense dates later; refuse them here.
        NaiveDate::from_ymd_opt(year, 1, 1)?;
        Some(Period { kind, year, index })
    }

    /// How much of the period has passed on `today`: the part of the current month or quarter
    /// that is over, so a target for the period can be judged before the period ends.
    pub fn fraction_elapsed(&self, today: NaiveDate) -> f64 {
        let (start, end) = (self.start(), self.end());
        if today <= start {
            return 0.0;
        }
        if today >= end {
            return 1.0;
        }
        let total = (end - start).num_days() as f64;
        ((today - start).num_days() as f64 / total).clamp(0.0, 1.0)
    }
}

/// Every period of `kind` that overlaps [from, to] inclusive, oldest first, at most `cap` of them
/// (the newest `cap` if more). The cap keeps a mistyped range ("0001" for "2001") from building
/// thousands of columns.
pub fn periods_between(kind: PeriodKind, from: NaiveDate, to: NaiveDate, cap: usize) -> Vec<Period> {
    let mut out = Vec::new();
    if from > to {
        return out;
    }
    // Walking back from the newest period makes the cap keep the most recent ones for free.
    let mut p = Period::containing(kind, to);
    while out.len() < cap && p.end() > from {
        out.push(p);
        let prev = p.prev();
        if prev == p {
            break;
        }
        p = prev;
    }
    out.reverse();
    out
}

/// The month key the store saves with each dated row: year*100 + month.
pub fn month_key(date: NaiveDate) -> i32 {
    date.year().saturating_mul(100).saturating_add(date.month() as i32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn kinds_parse_forgivingly() {
        assert_eq!(PeriodKind::parse(" Quarter "), Some(PeriodKind::Quarter));
        assert_eq!(PeriodKind::parse("MONTH"), Some(PeriodKind::Month));
        assert_eq!(PeriodKind::parse("week"), None);
        for k in PeriodKind::ALL {
            assert_eq!(PeriodKind::parse(k.as_str()), Some(k));
        }
    }

    #[test]
    fn bounds_labels_and_neighbours() {
        let q = Period::containing(PeriodKind::Quarter, d(2026, 11, 30));
        assert_eq!((q.index, q.label()), (4, "2026-Q4".to_string()));
        assert_eq!((q.start(), q.end()), (d(2026, 10, 1), d(2027, 1, 1)));
        assert_eq!(q.next().label(), "2027-Q1");
        assert_eq!(q.next().prev(), q);
        let m = Period::containing(PeriodKind::Month, d(2024, 2, 10));
        assert_eq!((m.label(), m.end()), ("2024-02".to_string(), d(2024, 3, 1)));
        assert_eq!(m.prev().prev().label(), "2023-12");
        let y = Period::containing(PeriodKind::Year, d(2026, 6, 1));
        assert_eq!((y.label(), y.key(), y.end()), ("2026".to_string(), 2026, d(2027, 1, 1)));
    }

    #[test]
    fn parse_refuses_what_label_never_writes() {
        for bad in ["", "26-03", "2026-13", "2026-Q0", "2026-Q5", "2026-3", "2026-q", "2026-Q+1", "+2026", "2026-03-01"]
        {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
        assert_eq!(Period::parse(" 2026-q2 "), Some(Period { kind: PeriodKind::Quarter, year: 2026, index: 2 }));
    }

    #[test]
    fn keys_round_trip_and_refuse_nonsense() {
        assert_eq!(Period::from_key(PeriodKind::Month, 202603).map(|p| p.label()), Some("2026-03".into()));
        assert_eq!(Period::from_key(PeriodKind::Quarter, 20264).map(|p| p.label()), Some("2026-Q4".into()));
        assert_eq!(Period::from_key(PeriodKind::Month, 202613), None);
        assert_eq!(Period::from_key(PeriodKind::Quarter, 20260), None);
        assert_eq!(Period::from_key(PeriodKind::Month, -202603), None);
    }

    #[test]
    fn fraction_elapsed_is_zero_before_and_one_after() {
        let m = Period::containing(PeriodKind::Month, d(2026, 4, 1)); // 30 days
        assert_eq!(m.fraction_elapsed(d(2026, 3, 31)), 0.0);
        assert_eq!(m.fraction_elapsed(d(2026, 4, 1)), 0.0);
        assert_eq!(m.fraction_elapsed(d(2026, 4, 16)), 0.5);
        assert_eq!(m.fraction_elapsed(d(2026, 5, 1)), 1.0);
    }

    #[test]
    fn periods_between_overlaps_and_caps_to_the_newest() {
        let qs = periods_between(PeriodKind::Quarter, d(2025, 12, 31), d(2026, 4, 1), 10);
        let labels: Vec<_> = qs.iter().map(Period::label).collect();
        assert_eq!(labels, ["2025-Q4", "2026-Q1", "2026-Q2"]);
        let capped = periods_between(PeriodKind::Month, d(2000, 1, 1), d(2026, 3, 5), 3);
        let labels: Vec<_> = capped.iter().map(Period::label).collect();
        assert_eq!(labels, ["2026-01", "2026-02", "2026-03"]);
        assert!(periods_between(PeriodKind::Year, d(2026, 1, 2), d(2026, 1, 1), 5).is_empty());
        assert!(periods_between(PeriodKind::Year, d(2026, 1, 1), d(2026, 1, 1), 0).is_empty());
    }

    #[test]
    fn out_of_range_fields_do_not_panic() {
        let odd = Period { kind: PeriodKind::Month, year: i32::MAX, index: 99 };
        let _ = (
            odd.start(),
            odd.end(),
            odd.next(),
            odd.prev(),
            odd.label(),
            odd.key(),
            odd.fraction_elapsed(d(2026, 1, 1)),
        );
        let low = Period { kind: PeriodKind::Quarter, year: i32::MIN, index: 0 };
        let _ = (low.start(), low.end(), low.prev(), low.key());
        let _ = periods_between(PeriodKind::Month, NaiveDate::MIN, NaiveDate::MIN, usize::MAX);
    }

    fn date() -> impl Strategy<Value = NaiveDate> {
        (0i32..=9999, 1u32..=12, 1u32..=31).prop_map(|(y, m, day)| {
            NaiveDate::from_ymd_opt(y, m, day).unwrap_or_else(|| NaiveDate::from_ymd_opt(y, m, 28).unwrap())
        })
    }

    proptest! {
        #[test]
        fn keys_match_the_stores_sql_arithmetic(date in date()) {
            let mk = month_key(date);
            prop_assert_eq!(Period::containing(PeriodKind::Month, date).key(), mk);
            prop_assert_eq!(Period::containing(PeriodKind::Quarter, date).key(), (mk / 100) * 10 + ((mk % 100) - 1) / 3 + 1);
            prop_assert_eq!(Period::containing(PeriodKind::Year, date).key(), mk / 100);
        }

        #[test]
        fn periods_contain_their_dates_and_round_trip(date in date()) {
            for kind in PeriodKind::ALL {
                let p = Period::containing(kind, date);
                prop_assert!(p.start() <= date && date < p.end());
                prop_assert_eq!(Period::parse(&p.label()), Some(p));
                prop_assert_eq!(Period::from_key(kind, p.key()), Some(p));
                prop_assert_eq!(p.next().start(), p.end());
                prop_assert_eq!(p.next().prev(), p);
            }
        }
    }
}
