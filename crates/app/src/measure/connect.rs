//! Connect counts itself: per programme, pairs meeting, pairs gone quiet, pairs closed and why, and
//! how long newcomers have waited — from the pairs' states and dates, never from people's records.

use crate::measure::Reader;
use crate::{Result, Services};
use bridges_domain::policy::ReadMeasures;
use bridges_domain::PairStatus;
use bridges_measure::Shown;
use bridges_store::{Grant, ProgrammeFacts};
use chrono::NaiveDate;

/// One programme's pairs and waiting list, as this reader may see them.
#[derive(Debug, Clone)]
pub struct PairsSummary {
    pub programme: String,
    /// Introduced or active.
    pub meeting: Shown,
    /// Meeting pairs with no check-in for longer than the programme allows.
    pub quiet: Shown,
    pub closed: Shown,
    /// Closed pairs by the reason the coordinator gave, most common first (staff only: a reason
    /// can name a circumstance).
    pub closed_by_reason: Vec<(String, Shown)>,
    pub waiting: Shown,
    /// Median and longest wait in days of the newcomers waiting, when the reader may see them.
    pub median_wait_days: Option<i64>,
    pub longest_wait_days: Option<i64>,
}

/// The summary of one programme's facts on `today`.
pub fn summarise(facts: &ProgrammeFacts, reader: Reader, today: NaiveDate) -> PairsSummary {
    let meeting: Vec<_> =
        facts.pairs.iter().filter(|p| matches!(p.status, PairStatus::Introduced | PairStatus::Active)).collect();
    let quiet = meeting
        .iter()
        .filter(|p| {
            let since = p.last_met.or(p.introduced_at.map(|at| at.date_naive()));
            since.is_some_and(|d| (today - d).num_days() > i64::from(facts.quiet_after_days))
        })
        .count();
    let closed: Vec<_> = facts.pairs.iter().filter(|p| p.status == PairStatus::Closed).collect();
    let mut reasons: std::collections::BTreeMap<String, u64> = std::collections::BTreeMap::new();
    for p in &closed {
        let reason = p.close_reason.as_deref().map(str::trim).filter(|r| !r.is_empty()).unwrap_or("–");
        *reasons.entry(reason.to_string()).or_default() += 1;
    }
    let mut by_reason: Vec<(String, u64)> = reasons.into_iter().collect();
    by_reason.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut waits: Vec<i64> =
        facts.waiting_since.iter().map(|at| (today - at.date_naive()).num_days().max(0)).collect();
    waits.sort_unstable();
    let waiting = waits.len() as u64;
    let may_see_waits = reader.exact || waiting >= u64::from(reader.threshold.get());
    PairsSummary {
        programme: facts.name.clone(),
        meeting: reader.people(meeting.len() as u64),
        quiet: reader.people(quiet as u64),
        closed: reader.people(closed.len() as u64),
        closed_by_reason: if reader.exact {
            by_reason.into_iter().map(|(r, n)| (r, reader.people(n))).collect()
        } else {
            Vec::new()
        },
        waiting: reader.people(waiting),
        median_wait_days: waits.get(waits.len() / 2).copied().filter(|_| may_see_waits),
        longest_wait_days: waits.last().copied().filter(|_| may_see_waits),
    }
}

/// Every programme's summary.
pub async fn pairs(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    reader: Reader,
    today: NaiveDate,
) -> Result<Vec<PairsSummary>> {
    let facts = services.store().programme_facts(grant).await?;
    Ok(facts.iter().map(|f| summarise(f, reader, today)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use bridges_domain::ProgrammeId;
    use bridges_measure::Threshold;
    use bridges_store::PairFacts;
    use chrono::{TimeZone, Utc};

    fn pair(
        status: PairStatus,
        introduced: (i32, u32, u32),
        last_met: Option<(i32, u32, u32)>,
        reason: Option<&str>,
    ) -> PairFacts {
        let (y, m, d) = introduced;
        PairFacts {
            status,
            introduced_at: Utc.with_ymd_and_hms(y, m, d, 12, 0, 0).single(),
            last_met: last_met.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
            close_reason: reason.map(str::to_string),
        }
    }

    #[test]
    fn pairs_are_counted_from_states_and_dates_worked_out_by_hand() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default();
        let facts = ProgrammeFacts {
            id: ProgrammeId::new(),
            name: "Buddies".into(),
            quiet_after_days: 21,
            pairs: vec![
                // Met 10 days ago: meeting, not quiet.
                pair(PairStatus::Active, (2026, 1, 5), Some((2026, 2, 20)), None),
                // Last met 30 days ago: quiet.
                pair(PairStatus::Introduced, (2026, 1, 5), Some((2026, 1, 31)), None),
                // Introduced 22 days ago, never met: quiet.
                pair(PairStatus::Introduced, (2026, 2, 8), None, None),
                pair(PairStatus::Closed, (2025, 6, 1), None, Some("moved away")),
                pair(PairStatus::Closed, (2025, 6, 1), None, Some("moved away")),
                pair(PairStatus::Closed, (2025, 6, 1), None, None),
                pair(PairStatus::Proposed, (2026, 3, 1), None, None),
            ],
            // Waiting 1, 10 and 40 days.
            waiting_since: [(2026, 3, 1), (2026, 2, 20), (2026, 1, 21)]
                .iter()
                .map(|&(y, m, d)| Utc.with_ymd_and_hms(y, m, d, 9, 0, 0).single().unwrap_or_default())
                .collect(),
        };
        let staff = Reader { exact: true, threshold: Threshold::default() };
        let s = summarise(&facts, staff, today);
        let n = |v: f64| Shown::Exact { value: v };
        assert_eq!((s.meeting, s.quiet, s.closed, s.waiting), (n(3.0), n(2.0), n(3.0), n(3.0)));
        assert_eq!(s.closed_by_reason, vec![("moved away".to_string(), n(2.0)), ("–".to_string(), n(1.0))]);
        assert_eq!((s.median_wait_days, s.longest_wait_days), (Some(10), Some(40)));

        // A viewer sees none of these small counts, no reasons and no waits.
        let viewer = Reader { exact: false, threshold: Threshold::default() };
        let s = summarise(&facts, viewer, today);
        assert_eq!(s.meeting, Shown::FewerThan { k: 10 });
        assert!(s.closed_by_reason.is_empty());
        assert_eq!((s.median_wait_days, s.longest_wait_days), (None, None));
    }
}
