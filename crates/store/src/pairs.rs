//! Pairs through their life cycle, the rounds that proposed them, and check-ins. A pair moves only
//! along the life cycle `PairStatus` allows, and every move happens inside a transaction that holds
//! the programme's lock ([`Store::lock_programme`]): two coordinators clicking at once get one
//! winner and a clear conflict, never a double booking. A round replaces the previous round's open
//! proposals (except locked ones) only if nothing moved since it read the programme. Pairs'
//! explanations, rounds' summaries and check-in notes name facts about people, so all three are
//! sealed like participants' records, and reading them is audited like reading the records.

use crate::audit::personal_data_event;
use crate::entity::{check_in, pair, participant, programme, round, round_wait};
use crate::error::{Result, StoreError};
use crate::programmes::{participant_of, programme_of};
use crate::reading::{opened_one_by_one, Read, Reading};
use crate::seal::FieldKey;
use crate::Grant;
use crate::{Store, StoredParticipant, StoredProgramme};
use bridges_domain::policy::{EditParticipants, ReadParticipants, RunProgrammes};
use bridges_domain::{AuditKind, ErrorCode};
use bridges_domain::{CheckInId, OrgId, PairId, PairStatus, ParticipantId, ProgrammeId, Sensitive, UserId};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, StreamTrait, TransactionTrait,
};
use std::collections::{BTreeSet, HashMap, HashSet};

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
    /// JSON: whether the answer was proved optimal, counts, fairness (a round saved before
    /// [`StoredRound::waiting`] was kept also says in it who was left waiting and why).
    pub summary: String,
    /// Why each newcomer was left waiting (JSON), by newcomer: every one when the whole round is
    /// read, only those asked for when a page reads it.
    pub waiting: Vec<(ParticipantId, String)>,
}

/// Which newcomers' reasons for waiting a reading of a round needs.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Waits<'a> {
    All,
    Of(&'a [uuid::Uuid]),
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

/// A programme and what it holds about its people, read together for one use (see
/// [`Store::programme_held`]).
#[derive(Debug, Clone)]
pub struct ProgrammeHeld {
    pub programme: StoredProgramme,
    /// Everyone who takes or took part, records opened, oldest first.
    pub participants: Vec<StoredParticipant>,
    /// Every pair, in all states, oldest first.
    pub pairs: Vec<StoredPair>,
    /// The round that ran last, if any: its summary says who waits and why.
    pub latest_round: Option<StoredRound>,
}

/// Each pair's latest check-in date and number of check-ins.
pub(crate) type Met = HashMap<uuid::Uuid, (NaiveDate, u32)>;

fn latest_meetings(met: Vec<(uuid::Uuid, NaiveDate)>) -> Met {
    let mut latest = Met::new();
    for (pair_id, date) in met {
        let e = latest.entry(pair_id).or_insert((date, 0));
        e.0 = e.0.max(date);
        e.1 += 1;
    }
    latest
}

/// The check-ins of `pairs` as [`Met`] reads them.
pub(crate) async fn met_of(db: &impl ConnectionTrait, pairs: Vec<uuid::Uuid>) -> Result<Met> {
    let met = check_in::Entity::find()
        .select_only()
        .column(check_in::Column::PairId)
        .column(check_in::Column::MetOn)
        .filter(check_in::Column::PairId.is_in(pairs))
        .into_tuple()
        .all(db)
        .await?;
    Ok(latest_meetings(met))
}

pub(crate) fn pair_of(key: &FieldKey, m: pair::Model, met: &Met) -> Result<StoredPair> {
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
        explanation: key.open_or_legacy(m.id, &m.explanation)?,
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

fn proposal_row(
    key: &FieldKey,
    programme: ProgrammeId,
    p: &NewProposal,
    now: DateTime<Utc>,
) -> Result<pair::ActiveModel> {
    let id = uuid::Uuid::now_v7();
    Ok(pair::ActiveModel {
        id: Set(id),
        programme_id: Set(programme.as_uuid()),
        newcomer_id: Set(p.newcomer.as_uuid()),
        volunteer_id: Set(p.volunteer.as_uuid()),
        status: Set(PairStatus::Proposed.as_str().to_string()),
        locked: Set(false),
        score: Set(i32::try_from(p.score).unwrap_or(i32::MAX)),
        explanation: Set(key.seal(id, &p.explanation)?),
        proposed_at: Set(now),
        accepted_at: Set(None),
        introduced_at: Set(None),
        active_at: Set(None),
        closed_at: Set(None),
        close_reason: Set(None),
    })
}

impl Store {
    /// Every pair of the programme (all states), oldest first, with check-in counts. The entry
    /// counts the pairs.
    pub async fn pairs(
        &self,
        grant: &Grant<ReadParticipants>,
        programme: ProgrammeId,
        reading: Reading<'_>,
        now: DateTime<Utc>,
    ) -> Result<Vec<StoredPair>> {
        let txn = self.begin_reading().await?;
        Self::programme_row_in(&txn, grant.org(), programme).await?;
        let pairs = self.pairs_in(&txn, programme).await?;
        self.close_reading(txn, reading.event(grant, programme, Read::Records(pairs.len())), now).await?;
        Ok(pairs)
    }

    /// One pair of the programme; the entry names its two people.
    pub async fn pair(
        &self,
        grant: &Grant<ReadParticipants>,
        programme: ProgrammeId,
        id: PairId,
        reading: Reading<'_>,
        now: DateTime<Utc>,
    ) -> Result<StoredPair> {
        let txn = self.begin_reading().await?;
        Self::programme_row_in(&txn, grant.org(), programme).await?;
        let row = Self::pair_row(&txn, programme, id).await?;
        let people = [ParticipantId::from_uuid(row.newcomer_id), ParticipantId::from_uuid(row.volunteer_id)];
        let pair = pair_of(self.field_key()?, row, &HashMap::new())?;
        self.close_reading(txn, reading.event(grant, programme, Read::People(&people)), now).await?;
        Ok(pair)
    }

    /// The programme and what it holds about its people, read together for one use (a round,
    /// an export): everyone's record opened, every pair and the latest round. One read, one entry,
    /// counting everyone.
    pub async fn programme_held(
        &self,
        grant: &Grant<ReadParticipants>,
        programme: ProgrammeId,
        reading: Reading<'_>,
        now: DateTime<Utc>,
    ) -> Result<ProgrammeHeld> {
        let txn = self.begin_reading().await?;
        let stored = programme_of(Self::programme_row_in(&txn, grant.org(), programme).await?);
        let participants = self.participants_in(&txn, programme).await?;
        let pairs = self.pairs_in(&txn, programme).await?;
        let latest_round = self.latest_round_in(&txn, programme, Waits::Of(&[])).await?;
        let event = reading.event(grant, programme, Read::Records(participants.len()));
        self.close_reading(txn, event, now).await?;
        Ok(ProgrammeHeld { programme: stored, participants, pairs, latest_round })
    }

    pub(crate) async fn pairs_in(
        &self,
        db: &(impl ConnectionTrait + StreamTrait),
        programme: ProgrammeId,
    ) -> Result<Vec<StoredPair>> {
        let met: Vec<(uuid::Uuid, NaiveDate)> = check_in::Entity::find()
            .select_only()
            .column(check_in::Column::PairId)
            .column(check_in::Column::MetOn)
            .inner_join(pair::Entity)
            .filter(pair::Column::ProgrammeId.eq(programme.as_uuid()))
            .into_tuple()
            .all(db)
            .await?;
        let key = self.field_key()?;
        let latest = latest_meetings(met);
        let rows = pair::Entity::find()
            .filter(pair::Column::ProgrammeId.eq(programme.as_uuid()))
            .order_by_asc(pair::Column::ProposedAt)
            .order_by_asc(pair::Column::Id)
            .stream(db)
            .await?;
        opened_one_by_one(rows, |m| pair_of(key, m, &latest)).await
    }

    pub(crate) async fn pair_row(db: &impl ConnectionTrait, programme: ProgrammeId, id: PairId) -> Result<pair::Model> {
        pair::Entity::find_by_id(id.as_uuid())
            .filter(pair::Column::ProgrammeId.eq(programme.as_uuid()))
            .one(db)
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// Opens a transaction that holds the programme's lock until it commits or is dropped, and bumps
    /// the programme's revision; answers the revision it had before. The lock is the transaction's
    /// first statement, an update of the programme's row: PostgreSQL makes every other writer of that
    /// row wait for this transaction, and SQLite gives this transaction the database's write lock
    /// before it reads anything, so what it reads next cannot change under it.
    pub(crate) async fn lock_programme(
        &self,
        org: OrgId,
        programme: ProgrammeId,
    ) -> Result<(DatabaseTransaction, i64)> {
        let txn = self.db.begin().await?;
        let bumped = programme::Entity::update_many()
            .col_expr(programme::Column::Revision, Expr::col(programme::Column::Revision).add(1))
            .filter(programme::Column::Id.eq(programme.as_uuid()))
            .filter(programme::Column::OrgId.eq(org.as_uuid()))
            .exec(&txn)
            .await?;
        if bumped.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        let revision: i64 = programme::Entity::find_by_id(programme.as_uuid())
            .select_only()
            .column(programme::Column::Revision)
            .into_tuple()
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok((txn, revision - 1))
    }

    /// Saves a round computed from the programme as it stood at `revision`: the previous round's
    /// unlocked proposals go, these come, and the round's summary is kept with why each newcomer it
    /// left waiting waits (the previous round's reasons go), all in one transaction.
    /// If anything moved since (a pair accepted, someone withdrawn, another round saved), nothing is
    /// saved and the answer is `round-stale`: the caller computes again.
    pub async fn save_round(
        &self,
        grant: &Grant<RunProgrammes>,
        programme: ProgrammeId,
        revision: u64,
        proposals: &[NewProposal],
        (summary, waiting): (&str, &[(ParticipantId, String)]),
        now: DateTime<Utc>,
    ) -> Result<()> {
        let key = self.field_key()?;
        let (txn, current) = self.lock_programme(grant.org(), programme).await?;
        if u64::try_from(current).ok() != Some(revision) {
            return Err(StoreError::Conflict(ErrorCode::RoundStale));
        }
        pair::Entity::delete_many()
            .filter(pair::Column::ProgrammeId.eq(programme.as_uuid()))
            .filter(pair::Column::Status.eq(PairStatus::Proposed.as_str()))
            .filter(pair::Column::Locked.eq(false))
            .exec(&txn)
            .await?;
        // Sealed a chunk at a time, not all 40,000 of a city's round at once (which lifted the
        // server's peak during the round by about 30 MB at 100,000 people).
        for chunk in proposals.chunks(500) {
            let rows = chunk.iter().map(|p| proposal_row(key, programme, p, now)).collect::<Result<Vec<_>>>()?;
            pair::Entity::insert_many(rows).exec_without_returning(&txn).await?;
        }
        let id = uuid::Uuid::now_v7();
        round::Entity::insert(round::ActiveModel {
            id: Set(id),
            programme_id: Set(programme.as_uuid()),
            ran_at: Set(now),
            ran_by: Set(grant.user().as_uuid()),
            summary: Set(key.seal(id, summary)?),
        })
        .exec_without_returning(&txn)
        .await?;
        // Only the latest round's reasons are kept: no page shows an earlier round's.
        round_wait::Entity::delete_many()
            .filter(round_wait::Column::RoundId.ne(id))
            .filter(
                round_wait::Column::RoundId.in_subquery(
                    sea_orm::sea_query::Query::select()
                        .column(round::Column::Id)
                        .from(round::Entity)
                        .and_where(round::Column::ProgrammeId.eq(programme.as_uuid()))
                        .to_owned(),
                ),
            )
            .exec(&txn)
            .await?;
        for chunk in waiting.chunks(1000) {
            let waits = chunk
                .iter()
                .map(|(newcomer, reason)| {
                    Ok(round_wait::ActiveModel {
                        round_id: Set(id),
                        participant_id: Set(newcomer.as_uuid()),
                        reason: Set(key.seal(newcomer.as_uuid(), reason)?),
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            round_wait::Entity::insert_many(waits).exec_without_returning(&txn).await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// The programme's latest round, if it ran. Its summary says who waits and why, so the entry
    /// names the people it names, by id.
    pub async fn latest_round(
        &self,
        grant: &Grant<ReadParticipants>,
        programme: ProgrammeId,
        reading: Reading<'_>,
        now: DateTime<Utc>,
    ) -> Result<Option<StoredRound>> {
        let txn = self.begin_reading().await?;
        Self::programme_row_in(&txn, grant.org(), programme).await?;
        let round = self.latest_round_in(&txn, programme, Waits::All).await?;
        let people = round
            .as_ref()
            .map(|r| {
                let mut people = people_named(&r.summary);
                people.extend(r.waiting.iter().map(|(id, _)| *id));
                people.sort_unstable();
                people.dedup();
                people
            })
            .unwrap_or_default();
        self.close_reading(txn, reading.event(grant, programme, Read::People(&people)), now).await?;
        Ok(round)
    }

    pub(crate) async fn latest_round_in(
        &self,
        db: &impl ConnectionTrait,
        programme: ProgrammeId,
        waits: Waits<'_>,
    ) -> Result<Option<StoredRound>> {
        let key = self.field_key()?;
        let Some(r) = round::Entity::find()
            .filter(round::Column::ProgrammeId.eq(programme.as_uuid()))
            .order_by_desc(round::Column::RanAt)
            .order_by_desc(round::Column::Id)
            .one(db)
            .await?
        else {
            return Ok(None);
        };
        let query = round_wait::Entity::find().filter(round_wait::Column::RoundId.eq(r.id));
        let rows = match waits {
            Waits::Of([]) => Vec::new(),
            Waits::All => query.order_by_asc(round_wait::Column::ParticipantId).all(db).await?,
            Waits::Of(people) => {
                let theirs = round_wait::Column::ParticipantId.is_in(people.iter().copied());
                query.filter(theirs).order_by_asc(round_wait::Column::ParticipantId).all(db).await?
            }
        };
        let waiting = rows
            .into_iter()
            .map(|w| Ok((ParticipantId::from_uuid(w.participant_id), key.open(w.participant_id, &w.reason)?)))
            .collect::<Result<Vec<_>>>()?;
        Ok(Some(StoredRound {
            ran_at: r.ran_at,
            ran_by: UserId::from_uuid(r.ran_by),
            summary: key.open_or_legacy(r.id, &r.summary)?,
            waiting,
        }))
    }

    /// Moves a pair along its life cycle (not to accepted: see [`Store::accept_pairs`]); a step the
    /// life cycle does not allow is a conflict (`pair-status`), and so is introducing a pair one of
    /// whose people has withdrawn (`participant-withdrawn`).
    pub async fn move_pair(
        &self,
        grant: &Grant<RunProgrammes>,
        programme: ProgrammeId,
        id: PairId,
        next: PairStatus,
        reason: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        if next == PairStatus::Accepted {
            return Err(StoreError::Conflict(ErrorCode::PairStatus));
        }
        let (txn, _) = self.lock_programme(grant.org(), programme).await?;
        let row = Self::pair_row(&txn, programme, id).await?;
        let status = crate::error::parse_stored(&row.status, PairStatus::parse)?;
        if !status.may_become(next) {
            return Err(StoreError::Conflict(ErrorCode::PairStatus));
        }
        if next == PairStatus::Introduced {
            Self::ensure_taking_part(&txn, &[row.newcomer_id, row.volunteer_id]).await?;
        }
        let mut update = pair::Entity::update_many()
            .col_expr(pair::Column::Status, Expr::value(next.as_str()))
            .filter(pair::Column::Id.eq(row.id))
            .filter(pair::Column::Status.eq(status.as_str()));
        update = match next {
            PairStatus::Introduced => update.col_expr(pair::Column::IntroducedAt, Expr::value(Some(now))),
            PairStatus::Active => update.col_expr(pair::Column::ActiveAt, Expr::value(Some(now))),
            _ => update
                .col_expr(pair::Column::ClosedAt, Expr::value(Some(now)))
                .col_expr(pair::Column::CloseReason, Expr::value(reason.map(str::to_string))),
        };
        if update.exec(&txn).await?.rows_affected != 1 {
            return Err(StoreError::Conflict(ErrorCode::PairStatus));
        }
        txn.commit().await?;
        Ok(())
    }

    /// Accepts one proposal, or every open one (`None`), in one transaction under the programme's
    /// lock. A proposal is accepted only if it is still proposed, both people still take part, the
    /// newcomer holds no other pair and the volunteer has room: `capacity` reads from a volunteer's
    /// record how many newcomers they take. Accepting locks the pair, so later rounds keep it.
    /// One proposal that cannot be accepted is a conflict naming why; with `None`, those stay
    /// proposed. Answers the pairs accepted, and writes their acceptance to the audit log in the
    /// same transaction.
    ///
    /// The volunteers' records are opened here, under the lock, and only a number leaves: the
    /// audit entry of this change is the acceptance itself, as no record is shown to anyone.
    /// `capacity` is a plain function, not a closure, so it cannot carry a record away either.
    pub async fn accept_pairs(
        &self,
        grant: &Grant<RunProgrammes>,
        programme: ProgrammeId,
        which: Option<PairId>,
        capacity: fn(&str) -> u32,
        now: DateTime<Utc>,
    ) -> Result<Vec<PairId>> {
        let (txn, _) = self.lock_programme(grant.org(), programme).await?;
        let pairs = pair::Entity::find()
            .filter(pair::Column::ProgrammeId.eq(programme.as_uuid()))
            .order_by_asc(pair::Column::ProposedAt)
            .order_by_asc(pair::Column::Id)
            .all(&txn)
            .await?;
        let withdrawn: HashSet<uuid::Uuid> = participant::Entity::find()
            .select_only()
            .column(participant::Column::Id)
            .filter(participant::Column::ProgrammeId.eq(programme.as_uuid()))
            .filter(participant::Column::Status.ne("active"))
            .into_tuple()
            .all(&txn)
            .await?
            .into_iter()
            .collect();
        let holds = |p: &pair::Model| PairStatus::parse(&p.status).map(PairStatus::holds).unwrap_or(false);
        let mut held: HashSet<uuid::Uuid> = pairs.iter().filter(|p| holds(p)).map(|p| p.newcomer_id).collect();
        let mut taken: HashMap<uuid::Uuid, u32> = HashMap::new();
        for p in pairs.iter().filter(|p| holds(p)) {
            *taken.entry(p.volunteer_id).or_default() += 1;
        }
        let targets: Vec<&pair::Model> = match which {
            Some(id) => vec![pairs.iter().find(|p| p.id == id.as_uuid()).ok_or(StoreError::NotFound)?],
            None => pairs.iter().filter(|p| p.status == PairStatus::Proposed.as_str()).collect(),
        };
        let rooms = self.rooms(&txn, programme, targets.iter().map(|p| p.volunteer_id).collect(), capacity).await?;
        let mut accepted = Vec::new();
        for p in targets {
            let room = rooms.get(&p.volunteer_id).copied().unwrap_or(1);
            let refusal = if p.status != PairStatus::Proposed.as_str() {
                Some(ErrorCode::PairStatus)
            } else if withdrawn.contains(&p.newcomer_id) || withdrawn.contains(&p.volunteer_id) {
                Some(ErrorCode::ParticipantWithdrawn)
            } else if held.contains(&p.newcomer_id) {
                Some(ErrorCode::NewcomerPaired)
            } else if taken.get(&p.volunteer_id).copied().unwrap_or(0) >= room {
                Some(ErrorCode::VolunteerFull)
            } else {
                None
            };
            if let Some(code) = refusal {
                if which.is_some() {
                    return Err(StoreError::Conflict(code));
                }
                continue;
            }
            pair::Entity::update_many()
                .col_expr(pair::Column::Status, Expr::value(PairStatus::Accepted.as_str()))
                .col_expr(pair::Column::AcceptedAt, Expr::value(Some(now)))
                .col_expr(pair::Column::Locked, Expr::value(true))
                .filter(pair::Column::Id.eq(p.id))
                .exec(&txn)
                .await?;
            held.insert(p.newcomer_id);
            *taken.entry(p.volunteer_id).or_default() += 1;
            accepted.push(PairId::from_uuid(p.id));
        }
        if !accepted.is_empty() {
            let event = personal_data_event(
                AuditKind::PersonalDataChanged,
                grant.org(),
                programme,
                "accepted",
                accepted.len() * 2,
            );
            Self::record_in(&txn, event.actor(grant.user()), now).await?;
        }
        txn.commit().await?;
        Ok(accepted)
    }

    /// How many newcomers each of `volunteers` takes, by `capacity` from their record.
    async fn rooms(
        &self,
        txn: &DatabaseTransaction,
        programme: ProgrammeId,
        volunteers: HashSet<uuid::Uuid>,
        capacity: fn(&str) -> u32,
    ) -> Result<HashMap<uuid::Uuid, u32>> {
        let key = self.field_key()?;
        let volunteers: Vec<uuid::Uuid> = volunteers.into_iter().collect();
        let mut rooms = HashMap::with_capacity(volunteers.len());
        // Batches keep each statement under the backends' bind-parameter limits.
        for batch in volunteers.chunks(500) {
            let rows = participant::Entity::find()
                .filter(participant::Column::ProgrammeId.eq(programme.as_uuid()))
                .filter(participant::Column::Id.is_in(batch.iter().copied()))
                .all(txn)
                .await?;
            for row in rows {
                let id = row.id;
                rooms.insert(id, capacity(participant_of(key, row)?.record.expose()));
            }
        }
        Ok(rooms)
    }

    /// Both people still take part in the programme.
    async fn ensure_taking_part(db: &impl ConnectionTrait, people: &[uuid::Uuid]) -> Result<()> {
        let active = participant::Entity::find()
            .filter(participant::Column::Id.is_in(people.iter().copied()))
            .filter(participant::Column::Status.eq("active"))
            .count(db)
            .await?;
        if active == people.len() as u64 {
            Ok(())
        } else {
            Err(StoreError::Conflict(ErrorCode::ParticipantWithdrawn))
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
        let (txn, _) = self.lock_programme(grant.org(), programme).await?;
        Self::pair_row(&txn, programme, id).await?;
        let changed = pair::Entity::update_many()
            .col_expr(pair::Column::Locked, Expr::value(locked))
            .filter(pair::Column::Id.eq(id.as_uuid()))
            .filter(pair::Column::Status.eq(PairStatus::Proposed.as_str()))
            .exec(&txn)
            .await?;
        if changed.rows_affected != 1 {
            return Err(StoreError::Conflict(ErrorCode::PairStatus));
        }
        txn.commit().await?;
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
        let key = self.field_key()?;
        let (txn, _) = self.lock_programme(grant.org(), programme).await?;
        let (ra, rb) = (Self::pair_row(&txn, programme, a).await?, Self::pair_row(&txn, programme, b).await?);
        let proposed = PairStatus::Proposed.as_str();
        if a == b || ra.status != proposed || rb.status != proposed {
            return Err(StoreError::Conflict(ErrorCode::PairStatus));
        }
        let (va, vb) = (ra.volunteer_id, rb.volunteer_id);
        if va == vb {
            return Err(StoreError::Conflict(ErrorCode::SwapSameVolunteer));
        }
        for (row, volunteer, (score, explanation)) in [(ra, vb, a_new), (rb, va, b_new)] {
            pair::Entity::update_many()
                .col_expr(pair::Column::VolunteerId, Expr::value(volunteer))
                .col_expr(pair::Column::Score, Expr::value(i32::try_from(score).unwrap_or(i32::MAX)))
                .col_expr(pair::Column::Explanation, Expr::value(key.seal(row.id, &explanation)?))
                .filter(pair::Column::Id.eq(row.id))
                .exec(&txn)
                .await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Records a check-in. Only introduced or active pairs whose people both still take part meet;
    /// the first check-in makes an introduced pair active. Answers the check-in and the pair's
    /// newcomer and volunteer.
    pub async fn add_check_in(
        &self,
        grant: &Grant<EditParticipants>,
        programme: ProgrammeId,
        id: PairId,
        check_in: &NewCheckIn,
        now: DateTime<Utc>,
    ) -> Result<(CheckInId, [ParticipantId; 2])> {
        let NewCheckIn { met_on, minutes, record } = check_in;
        let key = self.field_key()?;
        let (txn, _) = self.lock_programme(grant.org(), programme).await?;
        let row = Self::pair_row(&txn, programme, id).await?;
        let status = crate::error::parse_stored(&row.status, PairStatus::parse)?;
        if !matches!(status, PairStatus::Introduced | PairStatus::Active) {
            return Err(StoreError::Conflict(ErrorCode::PairNotMeeting));
        }
        Self::ensure_taking_part(&txn, &[row.newcomer_id, row.volunteer_id]).await?;
        let new_id = CheckInId::new();
        check_in::Entity::insert(check_in::ActiveModel {
            id: Set(new_id.as_uuid()),
            pair_id: Set(id.as_uuid()),
            met_on: Set(*met_on),
            minutes: Set(i32::try_from(*minutes).unwrap_or(i32::MAX)),
            sealed: Set(key.seal(new_id.as_uuid(), record.expose())?),
            recorded_by: Set(grant.user().as_uuid()),
            created_at: Set(now),
        })
        .exec_without_returning(&txn)
        .await?;
        if status == PairStatus::Introduced {
            pair::Entity::update_many()
                .col_expr(pair::Column::Status, Expr::value(PairStatus::Active.as_str()))
                .col_expr(pair::Column::ActiveAt, Expr::value(Some(now)))
                .filter(pair::Column::Id.eq(row.id))
                .exec(&txn)
                .await?;
        }
        txn.commit().await?;
        Ok((new_id, [ParticipantId::from_uuid(row.newcomer_id), ParticipantId::from_uuid(row.volunteer_id)]))
    }

    /// Seals the pairs' explanations and rounds' summaries written before those columns were sealed.
    /// Run at start, after migrations; answers how many values it sealed. With `secure_delete`
    /// and the checkpoint, the values in clear do not linger in the files either.
    pub async fn seal_legacy(&self) -> Result<usize> {
        let key = self.field_key()?;
        let txn = self.db.begin().await?;
        let mut sealed = 0;
        for (table, column) in [("pairs", "explanation"), ("rounds", "summary")] {
            sealed += seal_column(&txn, key, table, column).await?;
        }
        txn.commit().await?;
        if sealed > 0 {
            // The pages that held the values in clear leave the write-ahead log too.
            self.checkpoint().await?;
        }
        Ok(sealed)
    }

    /// Ends a person's part in the programme's pairs, inside a transaction that already holds the
    /// programme's lock: their proposals go (a proposal is only a suggestion), and every pair that
    /// holds them closes with `reason`.
    pub(crate) async fn end_pairs_of(
        txn: &DatabaseTransaction,
        programme: ProgrammeId,
        person: ParticipantId,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let theirs = || {
            sea_orm::Condition::any()
                .add(pair::Column::NewcomerId.eq(person.as_uuid()))
                .add(pair::Column::VolunteerId.eq(person.as_uuid()))
        };
        pair::Entity::delete_many()
            .filter(pair::Column::ProgrammeId.eq(programme.as_uuid()))
            .filter(theirs())
            .filter(pair::Column::Status.eq(PairStatus::Proposed.as_str()))
            .exec(txn)
            .await?;
        pair::Entity::update_many()
            .col_expr(pair::Column::Status, Expr::value(PairStatus::Closed.as_str()))
            .col_expr(pair::Column::ClosedAt, Expr::value(Some(now)))
            .col_expr(pair::Column::CloseReason, Expr::value(Some(reason.to_string())))
            .filter(pair::Column::ProgrammeId.eq(programme.as_uuid()))
            .filter(theirs())
            .filter(pair::Column::Status.is_in(PairStatus::ALL.into_iter().filter(|s| s.holds()).map(|s| s.as_str())))
            .exec(txn)
            .await?;
        Ok(())
    }

    /// A pair's check-ins, latest meeting first; the entry names the pair's two people.
    pub async fn check_ins(
        &self,
        grant: &Grant<ReadParticipants>,
        programme: ProgrammeId,
        id: PairId,
        reading: Reading<'_>,
        now: DateTime<Utc>,
    ) -> Result<Vec<StoredCheckIn>> {
        let txn = self.begin_reading().await?;
        Self::programme_row_in(&txn, grant.org(), programme).await?;
        let row = Self::pair_row(&txn, programme, id).await?;
        let check_ins = self.check_ins_in(&txn, id).await?;
        let people = [ParticipantId::from_uuid(row.newcomer_id), ParticipantId::from_uuid(row.volunteer_id)];
        self.close_reading(txn, reading.event(grant, programme, Read::People(&people)), now).await?;
        Ok(check_ins)
    }

    pub(crate) async fn check_ins_in(&self, db: &impl ConnectionTrait, id: PairId) -> Result<Vec<StoredCheckIn>> {
        let key = self.field_key()?;
        check_in::Entity::find()
            .filter(check_in::Column::PairId.eq(id.as_uuid()))
            .order_by_desc(check_in::Column::MetOn)
            .order_by_desc(check_in::Column::CreatedAt)
            .all(db)
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

/// The participants a round's summary names, each once, in the order of their ids: every text in
/// it that is an id (the summary's shape is the application's; ids are what identify people in it).
fn people_named(summary: &str) -> Vec<ParticipantId> {
    fn walk(value: &serde_json::Value, found: &mut BTreeSet<ParticipantId>) {
        match value {
            serde_json::Value::String(s) => {
                if let Ok(id) = s.parse::<ParticipantId>() {
                    found.insert(id);
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, found)),
            serde_json::Value::Object(fields) => fields.values().for_each(|v| walk(v, found)),
            _ => {}
        }
    }
    let mut found = BTreeSet::new();
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(summary) {
        walk(&value, &mut found);
    }
    found.into_iter().collect()
}

/// Seals the values of `table.column` not sealed yet, each bound to its row's `id`.
async fn seal_column(txn: &DatabaseTransaction, key: &FieldKey, table_name: &str, column_name: &str) -> Result<usize> {
    use sea_orm::sea_query::{Alias, Query};
    let backend = txn.get_database_backend();
    let (table, column, id) = (Alias::new(table_name), Alias::new(column_name), Alias::new("id"));
    let select = Query::select()
        .columns([id.clone(), column.clone()])
        .from(table.clone())
        .and_where(Expr::col(column.clone()).not_like(format!("{}%", FieldKey::PREFIX)))
        .to_owned();
    let rows = txn.query_all(backend.build(&select)).await?;
    for row in &rows {
        let (row_id, plain): (uuid::Uuid, String) = (row.try_get("", "id")?, row.try_get("", column_name)?);
        let update = Query::update()
            .table(table.clone())
            .value(column.clone(), key.seal(row_id, &plain)?)
            .and_where(Expr::col(id.clone()).eq(row_id))
            .to_owned();
        txn.execute(backend.build(&update)).await?;
    }
    Ok(rows.len())
}
