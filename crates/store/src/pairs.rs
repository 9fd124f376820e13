//! Pairs through their life cycle, the rounds that proposed them, and check-ins. A round replaces
//! the previous round's open proposals (except locked ones) in one transaction; a pair moves only
//! along the life cycle `PairStatus` allows. Check-in notes and ratings are sealed like
//! participants' records.

use crate::entity::{check_in, pair, round};
use crate::error::{Result, StoreError};
use crate::Store;
use bridges_domain::policy::{EditParticipants, ReadParticipants, RunProgrammes};
use bridges_domain::{CheckInId, Grant, PairId, PairStatus, ParticipantId, ProgrammeId, Sensitive, UserId};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
};
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct StoredPair {
    pub id: PairId,
    pub programme: ProgrammeId,
    pub newcomer: ParticipantId,
    pub volunteer: ParticipantId,
    pub status: PairStatus,
    pub locked: bool,
    pub score: u32,
    /// JSON: the factors that made the pair, in the pairing crate's shape.
    pub explanation: String,
    pub proposed_at: DateTime<Utc>,
    pub accepted_at: Option<DateTime<Utc>>,
    pub introduced_at: Option<DateTime<Utc>>,
    pub active_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub close_reason: Option<String>,
    /// The date of the latest check-in, if any.
    pub last_met: Option<NaiveDate>,
    pub check_ins: u32,
}

/// A pair a round proposes.
#[derive(Debug, Clone)]
pub struct NewProposal {
    pub newcomer: ParticipantId,
    pub volunteer: ParticipantId,
    pub score: u32,
    pub explanation: String,
}

#[derive(Debug, Clone)]
pub struct StoredRound {
    pub ran_at: DateTime<Utc>,
    pub ran_by: UserId,
    /// JSON: who was left waiting and why, whether the answer was proved optimal, counts.
    pub summary: String,
}

/// A check-in about to be recorded.
#[derive(Debug, Clone)]
pub struct NewCheckIn {
    pub met_on: NaiveDate,
    pub minutes: u32,
    /// JSON: what they did and each side's ratings.
    pub record: Sensitive<String>,
}

#[derive(Debug, Clone)]
pub struct StoredCheckIn {
    pub id: CheckInId,
    pub pair: PairId,
    pub met_on: NaiveDate,
    pub minutes: u32,
    /// JSON: what they did and each side's ratings.
    pub record: Sensitive<String>,
    pub created_at: DateTime<Utc>,
}

fn pair_of(m: pair::Model, met: &HashMap<uuid::Uuid, (NaiveDate, u32)>) -> Result<StoredPair> {
    let status = crate::error::parse_stored(&m.status, PairStatus::parse)?;
    let (last_met, check_ins) = met.get(&m.id).map(|(d, n)| (Some(*d), *n)).unwrap_or((None, 0));
    Ok(StoredPair {
        id: PairId::from_uuid(m.id),
        programme: ProgrammeId::from_uuid(m.programme_id),
        newcomer: ParticipantId::from_uuid(m.newcomer_id),
        volunteer: ParticipantId::from_uuid(m.volunteer_id),
        status,
        locked: m.locked,
        score: u32::try_from(m.score).unwrap_or(0),
        explanation: m.explanation,
        proposed_at: m.proposed_at,
        accepted_at: m.accepted_at,
        introduced_at: m.introduced_at,
        active_at: m.active_at,
        closed_at: m.closed_at,
        close_reason: m.close_reason,
        last_met,
        check_ins,
    })
}

fn proposal_row(programme: ProgrammeId, p: &NewProposal, now: DateTime<Utc>) -> pair::ActiveModel {
    pair::ActiveModel {
        id: Set(uuid::Uuid::now_v7()),
        programme_id: Set(programme.as_uuid()),
        newcomer_id: Set(p.newcomer.as_uuid()),
        volunteer_id: Set(p.volunteer.as_uuid()),
        status: Set(PairStatus::Proposed.as_str().to_string()),
        locked: Set(false),
        score: Set(i32::try_from(p.score).unwrap_or(i32::MAX)),
        explanation: Set(p.explanation.clone()),
        proposed_at: Set(now),
        accepted_at: Set(None),
        introduced_at: Set(None),
        active_at: Set(None),
        closed_at: Set(None),
        close_reason: Set(None),
    }
}

impl Store {
    /// Every pair of the programme (all states), oldest first, with check-in counts.
    pub async fn pairs(&self, grant: &Grant<ReadParticipants>, programme: ProgrammeId) -> Result<Vec<StoredPair>> {
        self.programme(grant.org(), programme).await?;
        self.pairs_of(programme).await
    }

    pub(crate) async fn pairs_of(&self, programme: ProgrammeId) -> Result<Vec<StoredPair>> {
        let rows = pair::Entity::find()
            .filter(pair::Column::ProgrammeId.eq(programme.as_uuid()))
            .order_by_asc(pair::Column::ProposedAt)
            .order_by_asc(pair::Column::Id)
            .all(&self.db)
            .await?;
        let met: Vec<(uuid::Uuid, NaiveDate)> = check_in::Entity::find()
            .select_only()
            .column(check_in::Column::PairId)
            .column(check_in::Column::MetOn)
            .inner_join(pair::Entity)
            .filter(pair::Column::ProgrammeId.eq(programme.as_uuid()))
            .into_tuple()
            .all(&self.db)
            .await?;
        let mut latest: HashMap<uuid::Uuid, (NaiveDate, u32)> = HashMap::new();
        for (pair_id, date) in met {
            let e = latest.entry(pair_id).or_insert((date, 0));
            e.0 = e.0.max(date);
            e.1 += 1;
        }
        rows.into_iter().map(|m| pair_of(m, &latest)).collect()
    }

    async fn pair_row(&self, programme: ProgrammeId, id: PairId) -> Result<pair::Model> {
        pair::Entity::find_by_id(id.as_uuid())
            .filter(pair::Column::ProgrammeId.eq(programme.as_uuid()))
            .one(&self.db)
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// Saves a round: the previous round's unlocked proposals go, these come, and the round's
    /// summary is kept, all in one transaction.
    pub async fn save_round(
        &self,
        grant: &Grant<RunProgrammes>,
        programme: ProgrammeId,
        proposals: &[NewProposal],
        summary: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.programme(grant.org(), programme).await?;
        let txn = self.db.begin().await?;
        pair::Entity::delete_many()
            .filter(pair::Column::ProgrammeId.eq(programme.as_uuid()))
            .filter(pair::Column::Status.eq(PairStatus::Proposed.as_str()))
            .filter(pair::Column::Locked.eq(false))
            .exec(&txn)
            .await?;
        let rows: Vec<pair::ActiveModel> = proposals.iter().map(|p| proposal_row(programme, p, now)).collect();
        for chunk in rows.chunks(500) {
            pair::Entity::insert_many(chunk.to_vec()).exec_without_returning(&txn).await?;
        }
        round::Entity::insert(round::ActiveModel {
            id: Set(uuid::Uuid::now_v7()),
            programme_id: Set(programme.as_uuid()),
            ran_at: Set(now),
            ran_by: Set(grant.user().as_uuid()),
            summary: Set(summary.to_string()),
        })
        .exec_without_returning(&txn)
        .await?;
        txn.commit().await?;
        Ok(())
    }

    pub async fn latest_round(
        &self,
        grant: &Grant<ReadParticipants>,
        programme: ProgrammeId,
    ) -> Result<Option<StoredRound>> {
        self.programme(grant.org(), programme).await?;
        Ok(round::Entity::find()
            .filter(round::Column::ProgrammeId.eq(programme.as_uuid()))
            .order_by_desc(round::Column::RanAt)
            .order_by_desc(round::Column::Id)
            .one(&self.db)
            .await?
            .map(|r| StoredRound { ran_at: r.ran_at, ran_by: UserId::from_uuid(r.ran_by), summary: r.summary }))
    }

    /// Moves a pair along its life cycle; a step the life cycle does not allow is a conflict
    /// (`pair-status`). Accepting also locks it, so later rounds keep it.
    pub async fn move_pair(
        &self,
        grant: &Grant<RunProgrammes>,
        programme: ProgrammeId,
        id: PairId,
        next: PairStatus,
        reason: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.programme(grant.org(), programme).await?;
        let row = self.pair_row(programme, id).await?;
        let status = crate::error::parse_stored(&row.status, PairStatus::parse)?;
        if !status.may_become(next) {
            return Err(StoreError::Conflict("pair-status"));
        }
        if next == PairStatus::Accepted {
            self.ensure_free(programme, &row).await?;
        }
        let mut active = row.into_active_model();
        active.status = Set(next.as_str().to_string());
        match next {
            PairStatus::Accepted => {
                active.accepted_at = Set(Some(now));
                active.locked = Set(true);
            }
            PairStatus::Introduced => active.introduced_at = Set(Some(now)),
            PairStatus::Active => active.active_at = Set(Some(now)),
            PairStatus::Closed | PairStatus::Rejected => {
                active.closed_at = Set(Some(now));
                active.close_reason = Set(reason.map(str::to_string));
            }
            PairStatus::Proposed => {}
        }
        pair::Entity::update(active).exec(&self.db).await?;
        Ok(())
    }

    /// A newcomer already held by another pair cannot be accepted twice.
    async fn ensure_free(&self, programme: ProgrammeId, row: &pair::Model) -> Result<()> {
        let held = pair::Entity::find()
            .filter(pair::Column::ProgrammeId.eq(programme.as_uuid()))
            .filter(pair::Column::NewcomerId.eq(row.newcomer_id))
            .filter(pair::Column::Id.ne(row.id))
            .filter(
                pair::Column::Status
                    .is_in([PairStatus::Accepted, PairStatus::Introduced, PairStatus::Active].map(|s| s.as_str())),
            )
            .one(&self.db)
            .await?;
        match held {
            Some(_) => Err(StoreError::Conflict("newcomer-paired")),
            None => Ok(()),
        }
    }

    /// Locks or unlocks a proposal: a locked proposal survives the next round.
    pub async fn lock_pair(
        &self,
        grant: &Grant<RunProgrammes>,
        programme: ProgrammeId,
        id: PairId,
        locked: bool,
    ) -> Result<()> {
        self.programme(grant.org(), programme).await?;
        let row = self.pair_row(programme, id).await?;
        if row.status != PairStatus::Proposed.as_str() {
            return Err(StoreError::Conflict("pair-status"));
        }
        let mut active = row.into_active_model();
        active.locked = Set(locked);
        pair::Entity::update(active).exec(&self.db).await?;
        Ok(())
    }

    /// Swaps the volunteers of two proposals, with the scores and explanations the caller
    /// recomputed for the new pairs.
    pub async fn swap_pairs(
        &self,
        grant: &Grant<RunProgrammes>,
        programme: ProgrammeId,
        (a, a_new): (PairId, (u32, String)),
        (b, b_new): (PairId, (u32, String)),
    ) -> Result<()> {
        self.programme(grant.org(), programme).await?;
        let (ra, rb) = (self.pair_row(programme, a).await?, self.pair_row(programme, b).await?);
        let proposed = PairStatus::Proposed.as_str();
        if a == b || ra.status != proposed || rb.status != proposed {
            return Err(StoreError::Conflict("pair-status"));
        }
        let (va, vb) = (ra.volunteer_id, rb.volunteer_id);
        let txn = self.db.begin().await?;
        for (row, volunteer, (score, explanation)) in [(ra, vb, a_new), (rb, va, b_new)] {
            let mut active = row.into_active_model();
            active.volunteer_id = Set(volunteer);
            active.score = Set(i32::try_from(score).unwrap_or(i32::MAX));
            active.explanation = Set(explanation);
            pair::Entity::update(active).exec(&txn).await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Records a check-in. Only introduced or active pairs meet; the first check-in makes an
    /// introduced pair active.
    pub async fn add_check_in(
        &self,
        grant: &Grant<EditParticipants>,
        programme: ProgrammeId,
        id: PairId,
        check_in: &NewCheckIn,
        now: DateTime<Utc>,
    ) -> Result<CheckInId> {
        let NewCheckIn { met_on, minutes, record } = check_in;
        self.programme(grant.org(), programme).await?;
        let row = self.pair_row(programme, id).await?;
        let status = crate::error::parse_stored(&row.status, PairStatus::parse)?;
        if !matches!(status, PairStatus::Introduced | PairStatus::Active) {
            return Err(StoreError::Conflict("pair-not-meeting"));
        }
        let new_id = CheckInId::new();
        let txn = self.db.begin().await?;
        check_in::Entity::insert(check_in::ActiveModel {
            id: Set(new_id.as_uuid()),
            pair_id: Set(id.as_uuid()),
            met_on: Set(*met_on),
            minutes: Set(i32::try_from(*minutes).unwrap_or(i32::MAX)),
            sealed: Set(self.field_key()?.seal(new_id.as_uuid(), record.expose())?),
            recorded_by: Set(grant.user().as_uuid()),
            created_at: Set(now),
        })
        .exec_without_returning(&txn)
        .await?;
        if status == PairStatus::Introduced {
            let mut active = row.into_active_model();
            active.status = Set(PairStatus::Active.as_str().to_string());
            active.active_at = Set(Some(now));
            pair::Entity::update(active).exec(&txn).await?;
        }
        txn.commit().await?;
        Ok(new_id)
    }

    /// A pair's check-ins, latest meeting first.
    pub async fn check_ins(
        &self,
        grant: &Grant<ReadParticipants>,
        programme: ProgrammeId,
        id: PairId,
    ) -> Result<Vec<StoredCheckIn>> {
        self.programme(grant.org(), programme).await?;
        self.pair_row(programme, id).await?;
        let key = self.field_key()?;
        check_in::Entity::find()
            .filter(check_in::Column::PairId.eq(id.as_uuid()))
            .order_by_desc(check_in::Column::MetOn)
            .order_by_desc(check_in::Column::CreatedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|c| {
                Ok(StoredCheckIn {
                    id: CheckInId::from_uuid(c.id),
                    pair: PairId::from_uuid(c.pair_id),
                    met_on: c.met_on,
                    minutes: u32::try_from(c.minutes).unwrap_or(0),
                    record: Sensitive::new(key.open(c.id, &c.sealed)?),
                    created_at: c.created_at,
                })
            })
            .collect()
    }
}
