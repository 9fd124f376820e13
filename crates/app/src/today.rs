//! What needs doing today in an organisation, for its home page: pairs gone quiet and people
//! waiting longest in each programme, referrals whose follow-up is due, indicators off track or not
//! updated, the review of the work when its date has come, and practices waiting for a peer review.
//! Each part is there only for a member whose role may read it, and is worked out from counts and
//! indexes: nothing personal is opened, so looking at the home page writes nothing to the audit log.

use crate::measure::indicators::{self, Reader};
use crate::{Result, Services};
use bridges_domain::policy::{ReadMeasures, ReadOrg, ReadParticipants, RecordReferrals, ReviewPractices};
use bridges_domain::{IndicatorId, ProgrammeId};
use bridges_measure::Status;
use bridges_store::Grant;
use chrono::NaiveDate;

/// One programme that needs someone: pairs gone quiet, or newcomers waiting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgrammeToday {
    pub id: ProgrammeId,
    pub name: String,
    pub quiet: u64,
    pub waiting: u64,
    /// Days the newcomer waiting longest has waited.
    pub longest_wait_days: i64,
}

/// An indicator off track, or not updated in time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorToday {
    pub id: IndicatorId,
    pub name: String,
    pub status: Status,
}

/// The work of the day; empty parts need nothing (or are not the member's to read).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Today {
    pub programmes: Vec<ProgrammeToday>,
    pub referrals_due: u64,
    pub indicators: Vec<IndicatorToday>,
    /// The date the last review of the work set for the next one, once it has come.
    pub review_due: Option<NaiveDate>,
    pub practices_to_review: usize,
}

impl Today {
    /// Whether nothing needs doing.
    pub fn is_clear(&self) -> bool {
        *self == Today::default()
    }
}

/// Today's work in the member's organisation, on the organisation's `today`: each part asks the
/// policy for the member's grant to read it.
pub async fn today(services: &Services, org: &Grant<ReadOrg>, today: NaiveDate) -> Result<Today> {
    let mut out = Today::default();
    if let Ok(people) = org.also::<ReadParticipants>() {
        for programme in services.store().programmes(org).await? {
            let counts = services.store().programme_counts(&people, programme.id, services.now()).await?;
            if counts.quiet > 0 || counts.waiting > 0 {
                let waited = counts.waiting_since.map(|at| (services.now() - at).num_days().max(0));
                out.programmes.push(ProgrammeToday {
                    id: programme.id,
                    name: programme.name.to_string(),
                    quiet: counts.quiet,
                    waiting: counts.waiting,
                    longest_wait_days: waited.unwrap_or(0),
                });
            }
        }
    }
    if let Ok(referrals) = org.also::<RecordReferrals>() {
        out.referrals_due = services.store().referrals_due(&referrals, today).await?;
    }
    if let Ok(measures) = org.also::<ReadMeasures>() {
        let reader = Reader::of(services, &measures).await?;
        out.indicators = indicators::views(services, &measures, reader, None, today)
            .await?
            .into_iter()
            .filter(|v| matches!(v.status, Status::OffTrack | Status::Stale))
            .map(|v| IndicatorToday { id: v.indicator.id, name: v.indicator.definition.name.clone(), status: v.status })
            .collect();
        let reviews = services.store().work_reviews(&measures, None).await?;
        out.review_due = reviews.first().and_then(|r| r.review.next_on).filter(|on| *on <= today);
    }
    if let Ok(reviewer) = org.also::<ReviewPractices>() {
        out.practices_to_review = services.store().practices_for_review(&reviewer).await?.len();
    }
    Ok(out)
}
