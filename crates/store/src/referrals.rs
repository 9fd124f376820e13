//! Referrals: a person sent on to a service of the organisation's directory, with their consent,
//! and every step it took. The person is a participant or an advice client (found by the same
//! pseudonymous reference as advice); what is said about them is sealed with the row's id. The
//! service's id, its name as it was and the need stay plain, so Measure counts referrals by need
//! without opening anything sealed. Every read is audited; a withdrawal of consent wipes what was
//! sealed and unlinks the person, leaving only the counts.

use crate::audit::AuditEvent;
use crate::entity::{advice_client, dir_record, directory, participant, programme, referral, referral_event};
use crate::error::{parse_stored, Result, StoreError};
use crate::measure::month_key;
use crate::programmes::participant_of;
use crate::{Grant, Reading, Store, StoredParticipant};
use bridges_domain::policy::{ReadMeasures, RecordReferrals};
use bridges_domain::referral::{
    check_move, ConsentMethod, Move, ReferralMode, ReferralOutcome, ReferralReason, ReferralStatus,
};
use bridges_domain::{
    AuditKind, ClientId, DirectoryId, ErrorCode, ParticipantId, ProjectId, ReferralId, Sensitive, UserId,
};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Alias, Expr};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
};
use uuid::Uuid;

/// Who is referred, as the team names them.
#[derive(Debug, Clone)]
pub enum ReferredPerson {
    /// A participant of one of the organisation's programmes.
    Participant(ParticipantId),
    /// An advice client by their pseudonymous reference: the same reference is the same person,
    /// and a new one adds them.
    Client(Sensitive<String>),
}

/// A referral about to be made.
#[derive(Debug, Clone)]
pub struct NewReferral {
    pub person: ReferredPerson,
    pub project: Option<ProjectId>,
    /// The service, by its HSDS id in the organisation's directory.
    pub service: Uuid,
    /// The need it is for, a code of the needs taxonomy.
    pub need: Option<String>,
    pub mode: ReferralMode,
    pub consent: ConsentMethod,
    /// The day it is made, in the organisation's zone: the month it counts in.
    pub made_on: NaiveDate,
    pub follow_up_on: Option<NaiveDate>,
    /// JSON of the application's shape (notes, how the person wants to be contacted), sealed.
    pub record: Sensitive<String>,
}

/// Who a referral was for, when it is read.
#[derive(Debug, Clone)]
pub enum ReferralPerson {
    Participant(Box<StoredParticipant>),
    Client(ClientId, Sensitive<String>),
    /// Consent was withdrawn: the link to the person is gone.
    Withdrawn,
}

#[derive(Debug, Clone)]
pub struct StoredReferral {
    pub id: ReferralId,
    pub person: ReferralPerson,
    pub project: Option<ProjectId>,
    pub directory: DirectoryId,
    pub service: Uuid,
    pub service_name: String,
    pub organisation_name: String,
    pub need: Option<String>,
    pub mode: ReferralMode,
    pub status: ReferralStatus,
    pub outcome: Option<ReferralOutcome>,
    pub reason: Option<ReferralReason>,
    pub consent: ConsentMethod,
    pub consent_at: DateTime<Utc>,
    pub consent_withdrawn_at: Option<DateTime<Utc>>,
    pub made_by: UserId,
    pub made_at: DateTime<Utc>,
    pub follow_up_on: Option<NaiveDate>,
    pub record: Sensitive<String>,
}

/// One step of a referral's history.
#[derive(Debug, Clone)]
pub struct ReferralEvent {
    pub at: DateTime<Utc>,
    pub by: UserId,
    pub from: Option<ReferralStatus>,
    pub to: ReferralStatus,
    pub outcome: Option<ReferralOutcome>,
    pub reason: Option<ReferralReason>,
    pub note: Sensitive<String>,
}

/// Which referrals a list shows.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReferralFilter {
    /// Only those whose follow-up falls due on or before this day and that are not closed, the
    /// longest due first.
    pub due_on: Option<NaiveDate>,
    pub status: Option<ReferralStatus>,
    pub participant: Option<ParticipantId>,
}

/// Referrals made, people referred and referrals completed in one period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReferralTotals {
    pub made: u64,
    pub people: u64,
    pub completed: u64,
}

fn referral_of(
    key: &crate::seal::FieldKey,
    m: referral::Model,
    people: &std::collections::HashMap<Uuid, ReferralPerson>,
) -> Result<StoredReferral> {
    let person =
        m.participant_id.or(m.client_id).and_then(|id| people.get(&id).cloned()).unwrap_or(ReferralPerson::Withdrawn);
    Ok(StoredReferral {
        id: ReferralId::from_uuid(m.id),
        person,
        project: m.project_id.map(ProjectId::from_uuid),
        directory: DirectoryId::from_uuid(m.directory_id),
        service: m.service_id,
        service_name: m.service_name,
        organisation_name: m.organisation_name,
        need: m.need_code,
        mode: parse_stored(&m.mode, |s| ReferralMode::parse(s).ok_or("referral-mode"))?,
        status: parse_stored(&m.status, |s| ReferralStatus::parse(s).ok_or("referral-status"))?,
        outcome: m
            .outcome
            .as_deref()
            .map(|o| parse_stored(o, |s| ReferralOutcome::parse(s).ok_or("outcome")))
            .transpose()?,
        reason: m
            .reason
            .as_deref()
            .map(|r| parse_stored(r, |s| ReferralReason::parse(s).ok_or("reason")))
            .transpose()?,
        consent: parse_stored(&m.consent_method, |s| ConsentMethod::parse(s).ok_or("consent-method"))?,
        consent_at: m.consent_at,
        consent_withdrawn_at: m.consent_withdrawn_at,
        made_by: UserId::from_uuid(m.made_by),
        made_at: m.made_at,
        follow_up_on: m.follow_up_on,
        record: Sensitive::new(key.open(m.id, &m.sealed)?),
    })
}

fn event_of(key: &crate::seal::FieldKey, m: referral_event::Model) -> Result<ReferralEvent> {
    let status = |s: &str| parse_stored(s, |s| ReferralStatus::parse(s).ok_or("referral-status"));
    Ok(ReferralEvent {
        at: m.at,
        by: UserId::from_uuid(m.by_user),
        from: m.from_status.as_deref().map(status).transpose()?,
        to: status(&m.to_status)?,
        outcome: m.outcome.as_deref().and_then(ReferralOutcome::parse),
        reason: m.reason.as_deref().and_then(ReferralReason::parse),
        note: Sensitive::new(key.open(m.id, &m.sealed)?),
    })
}

fn changed(grant: &Grant<RecordReferrals>, what: &str, id: ReferralId) -> AuditEvent {
    AuditEvent::new(AuditKind::PersonalDataChanged)
        .org(grant.org())
        .detail(serde_json::json!({ "what": what, "referral": id.to_string() }))
        .actor(grant.user())
}

impl Store {
    /// Makes a referral to a service of the organisation's directory: the service must be in it
    /// (its name and its organisation's are kept as they are now), the participant in one of the
    /// organisation's programmes. Its first step is written with it.
    pub async fn make_referral(
        &self,
        grant: &Grant<RecordReferrals>,
        new: &NewReferral,
        now: DateTime<Utc>,
    ) -> Result<ReferralId> {
        let key = self.field_key()?;
        let org = grant.org();
        let txn = self.db.begin().await?;
        self.own_project(&txn, org, new.project).await?;
        let dir = directory::Entity::find()
            .filter(directory::Column::OrgId.eq(org.as_uuid()))
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let record =
            |kind: &'static str, id: Uuid| dir_record::Entity::find_by_id((dir.id, kind.to_string(), id)).one(&txn);
        let service = record("service", new.service).await?.ok_or(StoreError::NotFound)?;
        let organisation_name = match service.organization_id {
            Some(o) => record("organization", o).await?.and_then(|o| o.name).unwrap_or_default(),
            None => String::new(),
        };
        let (participant_id, client_id) = match &new.person {
            ReferredPerson::Participant(p) => {
                let found =
                    participant::Entity::find_by_id(p.as_uuid()).one(&txn).await?.ok_or(StoreError::NotFound)?;
                let ours = programme::Entity::find_by_id(found.programme_id)
                    .filter(programme::Column::OrgId.eq(org.as_uuid()))
                    .one(&txn)
                    .await?;
                if ours.is_none() {
                    return Err(StoreError::NotFound);
                }
                (Some(p.as_uuid()), None)
            }
            ReferredPerson::Client(reference) => {
                let (client, _) = Self::advice_client_in(&txn, key, org, reference, now).await?;
                (None, Some(client.as_uuid()))
            }
        };
        let id = ReferralId::new();
        referral::Entity::insert(referral::ActiveModel {
            id: Set(id.as_uuid()),
            org_id: Set(org.as_uuid()),
            project_id: Set(new.project.map(|p| p.as_uuid())),
            participant_id: Set(participant_id),
            client_id: Set(client_id),
            directory_id: Set(dir.id),
            service_id: Set(new.service),
            service_name: Set(service.name.unwrap_or_default()),
            organisation_name: Set(organisation_name),
            need_code: Set(new.need.clone()),
            mode: Set(new.mode.as_str().to_string()),
            status: Set(ReferralStatus::Made.as_str().to_string()),
            outcome: Set(None),
            reason: Set(None),
            consent_method: Set(new.consent.as_str().to_string()),
            consent_by: Set(grant.user().as_uuid()),
            consent_at: Set(now),
            consent_withdrawn_at: Set(None),
            made_by: Set(grant.user().as_uuid()),
            made_at: Set(now),
            month_key: Set(month_key(new.made_on)),
            closed_month: Set(None),
            follow_up_on: Set(new.follow_up_on),
            sealed: Set(key.seal(id.as_uuid(), new.record.expose())?),
            updated_at: Set(now),
        })
        .exec_without_returning(&txn)
        .await?;
        let first = Move { to: ReferralStatus::Made, outcome: None, reason: None };
        Self::write_step(&txn, key, grant, id, None, first, "", now).await?;
        Self::record_in(&txn, changed(grant, "referral made", id), now).await?;
        txn.commit().await?;
        Ok(id)
    }

    #[allow(clippy::too_many_arguments)]
    async fn write_step(
        txn: &impl sea_orm::ConnectionTrait,
        key: &crate::seal::FieldKey,
        grant: &Grant<RecordReferrals>,
        referral: ReferralId,
        from: Option<ReferralStatus>,
        step: Move,
        note: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let id = Uuid::now_v7();
        referral_event::Entity::insert(referral_event::ActiveModel {
            id: Set(id),
            referral_id: Set(referral.as_uuid()),
            org_id: Set(grant.org().as_uuid()),
            at: Set(now),
            by_user: Set(grant.user().as_uuid()),
            from_status: Set(from.map(|s| s.as_str().to_string())),
            to_status: Set(step.to.as_str().to_string()),
            outcome: Set(step.outcome.map(|o| o.as_str().to_string())),
            reason: Set(step.reason.map(|r| r.as_str().to_string())),
            sealed: Set(key.seal(id, note)?),
        })
        .exec_without_returning(txn)
        .await?;
        Ok(())
    }

    /// Who the referrals of `rows` are for, opened, by the participant's or client's id.
    async fn people_of(
        &self,
        txn: &impl sea_orm::ConnectionTrait,
        key: &crate::seal::FieldKey,
        rows: &[referral::Model],
    ) -> Result<std::collections::HashMap<Uuid, ReferralPerson>> {
        let mut out = std::collections::HashMap::new();
        let participants: Vec<Uuid> = rows.iter().filter_map(|r| r.participant_id).collect();
        for chunk in participants.chunks(500) {
            for m in participant::Entity::find().filter(participant::Column::Id.is_in(chunk.to_vec())).all(txn).await? {
                let id = m.id;
                out.insert(id, ReferralPerson::Participant(Box::new(participant_of(key, m)?)));
            }
        }
        let clients: Vec<Uuid> = rows.iter().filter_map(|r| r.client_id).collect();
        for chunk in clients.chunks(500) {
            for c in
                advice_client::Entity::find().filter(advice_client::Column::Id.is_in(chunk.to_vec())).all(txn).await?
            {
                let reference = Sensitive::new(key.open(c.id, &c.sealed)?);
                out.insert(c.id, ReferralPerson::Client(ClientId::from_uuid(c.id), reference));
            }
        }
        Ok(out)
    }

    /// The organisation's referrals the filter keeps, newest first (or longest due first), at
    /// most `limit`. The read is written to the audit log.
    pub async fn referrals(
        &self,
        grant: &Grant<RecordReferrals>,
        reading: Reading<'_>,
        filter: ReferralFilter,
        limit: u64,
        now: DateTime<Utc>,
    ) -> Result<Vec<StoredReferral>> {
        let key = self.field_key()?;
        let txn = self.begin_reading().await?;
        let mut query = referral::Entity::find().filter(referral::Column::OrgId.eq(grant.org().as_uuid()));
        if let Some(status) = filter.status {
            query = query.filter(referral::Column::Status.eq(status.as_str()));
        }
        if let Some(p) = filter.participant {
            query = query.filter(referral::Column::ParticipantId.eq(p.as_uuid()));
        }
        query = match filter.due_on {
            Some(day) => query
                .filter(referral::Column::Status.ne(ReferralStatus::Closed.as_str()))
                .filter(referral::Column::FollowUpOn.lte(day))
                .order_by_asc(referral::Column::FollowUpOn)
                .order_by_asc(referral::Column::Id),
            None => query.order_by_desc(referral::Column::Id),
        };
        let rows = query.limit(limit).all(&txn).await?;
        let people = self.people_of(&txn, key, &rows).await?;
        let out = rows.into_iter().map(|r| referral_of(key, r, &people)).collect::<Result<Vec<_>>>()?;
        let event = AuditEvent::new(reading.kind())
            .org(grant.org())
            .detail(serde_json::json!({ "what": reading.what(), "count": out.len() }))
            .actor(grant.user());
        self.close_reading(txn, event, now).await?;
        Ok(out)
    }

    /// How many of the organisation's open referrals fall due for a follow-up on or before `day`:
    /// a count, which opens no record (nothing personal is read, so nothing is audited).
    pub async fn referrals_due(&self, grant: &Grant<RecordReferrals>, day: NaiveDate) -> Result<u64> {
        Ok(referral::Entity::find()
            .filter(referral::Column::OrgId.eq(grant.org().as_uuid()))
            .filter(referral::Column::Status.ne(ReferralStatus::Closed.as_str()))
            .filter(referral::Column::FollowUpOn.lte(day))
            .count(&self.db)
            .await?)
    }

    /// One referral of the organisation with its history, oldest step first (audited).
    pub async fn referral(
        &self,
        grant: &Grant<RecordReferrals>,
        reading: Reading<'_>,
        id: ReferralId,
        now: DateTime<Utc>,
    ) -> Result<(StoredReferral, Vec<ReferralEvent>)> {
        let key = self.field_key()?;
        let txn = self.begin_reading().await?;
        let row = referral::Entity::find_by_id(id.as_uuid())
            .filter(referral::Column::OrgId.eq(grant.org().as_uuid()))
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let rows = [row];
        let people = self.people_of(&txn, key, &rows).await?;
        let [row] = rows;
        let found = referral_of(key, row, &people)?;
        let events = referral_event::Entity::find()
            .filter(referral_event::Column::ReferralId.eq(id.as_uuid()))
            .order_by_asc(referral_event::Column::At)
            .order_by_asc(referral_event::Column::Id)
            .all(&txn)
            .await?
            .into_iter()
            .map(|e| event_of(key, e))
            .collect::<Result<Vec<_>>>()?;
        let event = AuditEvent::new(reading.kind())
            .org(grant.org())
            .detail(serde_json::json!({ "what": reading.what(), "referral": id.to_string() }))
            .actor(grant.user());
        self.close_reading(txn, event, now).await?;
        Ok((found, events))
    }

    /// A participant of one of the organisation's programmes, about to be referred (audited as a
    /// view of their record).
    pub async fn participant_to_refer(
        &self,
        grant: &Grant<RecordReferrals>,
        id: ParticipantId,
        reading: Reading<'_>,
        now: DateTime<Utc>,
    ) -> Result<StoredParticipant> {
        let key = self.field_key()?;
        let txn = self.begin_reading().await?;
        let found = participant::Entity::find_by_id(id.as_uuid()).one(&txn).await?.ok_or(StoreError::NotFound)?;
        let programme = bridges_domain::ProgrammeId::from_uuid(found.programme_id);
        Self::programme_row_in(&txn, grant.org(), programme).await?;
        let person = participant_of(key, found)?;
        self.close_reading(txn, reading.event(grant, programme, crate::reading::Read::People(&[id])), now).await?;
        Ok(person)
    }

    /// Where a referral of the organisation stands (nothing personal is read).
    pub async fn referral_status(&self, grant: &Grant<RecordReferrals>, id: ReferralId) -> Result<ReferralStatus> {
        let status: Option<String> = referral::Entity::find_by_id(id.as_uuid())
            .filter(referral::Column::OrgId.eq(grant.org().as_uuid()))
            .select_only()
            .column(referral::Column::Status)
            .into_tuple()
            .one(&self.db)
            .await?;
        parse_stored(&status.ok_or(StoreError::NotFound)?, |s| ReferralStatus::parse(s).ok_or("referral-status"))
    }

    /// Moves a referral one step on from `from`, where the caller saw it stand, as [`check_move`]
    /// allows, with a note (sealed) and when it should next be followed up (none once closed).
    /// `today` is the organisation's day: a closing counts in its month. If it moved meanwhile,
    /// this step is refused as a conflict.
    #[allow(clippy::too_many_arguments)]
    pub async fn move_referral(
        &self,
        grant: &Grant<RecordReferrals>,
        id: ReferralId,
        (from, step): (ReferralStatus, Move),
        note: &Sensitive<String>,
        follow_up_on: Option<NaiveDate>,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<()> {
        check_move(from, step).map_err(|_| StoreError::Conflict(ErrorCode::StatusMoveNotAllowed))?;
        let key = self.field_key()?;
        let txn = self.db.begin().await?;
        let closing = step.to == ReferralStatus::Closed;
        let done = referral::Entity::update_many()
            .col_expr(referral::Column::Status, Expr::value(step.to.as_str()))
            .col_expr(referral::Column::Outcome, Expr::value(step.outcome.map(|o| o.as_str())))
            .col_expr(referral::Column::Reason, Expr::value(step.reason.map(|r| r.as_str())))
            .col_expr(referral::Column::ClosedMonth, Expr::value(closing.then(|| month_key(today))))
            .col_expr(referral::Column::FollowUpOn, Expr::value(if closing { None } else { follow_up_on }))
            .col_expr(referral::Column::UpdatedAt, Expr::value(now))
            .filter(referral::Column::Id.eq(id.as_uuid()))
            .filter(referral::Column::OrgId.eq(grant.org().as_uuid()))
            .filter(referral::Column::Status.eq(from.as_str()))
            .exec(&txn)
            .await?;
        if done.rows_affected == 0 {
            self.referral_status(grant, id).await?;
            return Err(StoreError::Conflict(ErrorCode::StatusMoveNotAllowed));
        }
        Self::write_step(&txn, key, grant, id, Some(from), step, note.expose(), now).await?;
        Self::record_in(&txn, changed(grant, "referral moved", id), now).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Sets when an open referral is next followed up.
    pub async fn postpone_referral(
        &self,
        grant: &Grant<RecordReferrals>,
        id: ReferralId,
        on: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let done = referral::Entity::update_many()
            .col_expr(referral::Column::FollowUpOn, Expr::value(Some(on)))
            .col_expr(referral::Column::UpdatedAt, Expr::value(now))
            .filter(referral::Column::Id.eq(id.as_uuid()))
            .filter(referral::Column::OrgId.eq(grant.org().as_uuid()))
            .filter(referral::Column::Status.ne(ReferralStatus::Closed.as_str()))
            .exec(&self.db)
            .await?;
        if done.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// The person took their consent back: what was sealed about them (the referral's and every
    /// step's notes) is wiped, the link to them is cut, and an open referral closes as not taken
    /// up for that reason. The counts it made stay, naming no one.
    pub async fn withdraw_referral_consent(
        &self,
        grant: &Grant<RecordReferrals>,
        id: ReferralId,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let key = self.field_key()?;
        let txn = self.db.begin().await?;
        let row = referral::Entity::find_by_id(id.as_uuid())
            .filter(referral::Column::OrgId.eq(grant.org().as_uuid()))
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        if row.consent_withdrawn_at.is_some() {
            return Err(StoreError::Conflict(ErrorCode::StatusMoveNotAllowed));
        }
        let from = parse_stored(&row.status, |s| ReferralStatus::parse(s).ok_or("referral-status"))?;
        Self::forget_referrals_in(&txn, key, &[row], today, now).await?;
        if from != ReferralStatus::Closed {
            let step = Move {
                to: ReferralStatus::Closed,
                outcome: Some(ReferralOutcome::NotTakenUp),
                reason: Some(ReferralReason::ConsentWithdrawn),
            };
            Self::write_step(&txn, key, grant, id, Some(from), step, "", now).await?;
        }
        Self::record_in(&txn, changed(grant, "referral consent withdrawn", id), now).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Forgets who `rows` were for: what was sealed (the referral's and every step's notes) is
    /// wiped, the link to the person cut, and each open one closes as not taken up because
    /// consent went. The counts they make stay, naming no one. Answers how many there were.
    pub(crate) async fn forget_referrals_in(
        txn: &impl sea_orm::ConnectionTrait,
        key: &crate::seal::FieldKey,
        rows: &[referral::Model],
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<u64> {
        for row in rows {
            let mut update = referral::Entity::update_many()
                .col_expr(referral::Column::ParticipantId, Expr::value(Option::<Uuid>::None))
                .col_expr(referral::Column::ClientId, Expr::value(Option::<Uuid>::None))
                .col_expr(referral::Column::ConsentWithdrawnAt, Expr::value(Some(now)))
                .col_expr(referral::Column::FollowUpOn, Expr::value(Option::<NaiveDate>::None))
                .col_expr(referral::Column::Sealed, Expr::value(key.seal(row.id, "{}")?))
                .col_expr(referral::Column::UpdatedAt, Expr::value(now));
            if row.status != ReferralStatus::Closed.as_str() {
                update = update
                    .col_expr(referral::Column::Status, Expr::value(ReferralStatus::Closed.as_str()))
                    .col_expr(referral::Column::Outcome, Expr::value(Some(ReferralOutcome::NotTakenUp.as_str())))
                    .col_expr(referral::Column::Reason, Expr::value(Some(ReferralReason::ConsentWithdrawn.as_str())))
                    .col_expr(referral::Column::ClosedMonth, Expr::value(Some(month_key(today))));
            }
            update.filter(referral::Column::Id.eq(row.id)).exec(txn).await?;
            for event in
                referral_event::Entity::find().filter(referral_event::Column::ReferralId.eq(row.id)).all(txn).await?
            {
                referral_event::Entity::update_many()
                    .col_expr(referral_event::Column::Sealed, Expr::value(key.seal(event.id, "")?))
                    .filter(referral_event::Column::Id.eq(event.id))
                    .exec(txn)
                    .await?;
            }
        }
        Ok(rows.len() as u64)
    }

    /// Forgets who the participant's referrals were for, before the participant is erased: see
    /// [`Self::forget_referrals_in`].
    pub(crate) async fn forget_participant_referrals_in(
        txn: &impl sea_orm::ConnectionTrait,
        key: &crate::seal::FieldKey,
        participant: ParticipantId,
        now: DateTime<Utc>,
    ) -> Result<u64> {
        let rows =
            referral::Entity::find().filter(referral::Column::ParticipantId.eq(participant.as_uuid())).all(txn).await?;
        Self::forget_referrals_in(txn, key, &rows, now.date_naive(), now).await
    }

    /// Referrals made, distinct people referred (by the month made) and referrals completed (by
    /// the month closed with the need met in full or in part), per period, oldest first; of the
    /// needs in `needs` when given. Periods with nothing are left out.
    pub async fn referral_totals(
        &self,
        grant: &Grant<ReadMeasures>,
        project: Option<ProjectId>,
        period: &str,
        (from_month, to_month): (i32, i32),
        needs: Option<&[String]>,
    ) -> Result<Vec<(i64, ReferralTotals)>> {
        let scope = (grant.org(), project, from_month, to_month);
        let of_needs = |select: &mut sea_orm::sea_query::SelectStatement| {
            if let Some(needs) = needs {
                select.and_where(Expr::col(Alias::new("need_code")).is_in(needs.iter().cloned()));
            }
        };
        let made = [
            ("made", "CAST(COUNT(*) AS BIGINT)".to_string()),
            ("people", "CAST(COUNT(DISTINCT COALESCE(participant_id, client_id)) AS BIGINT)".to_string()),
        ];
        let completed = [("completed", "CAST(COUNT(*) AS BIGINT)".to_string())];
        let mut out: std::collections::BTreeMap<i64, ReferralTotals> = Default::default();
        for row in self.per_period_by("referrals", "month_key", period, &made, scope, of_needs).await? {
            let key: i64 = row.try_get("", "period_key")?;
            let entry = out.entry(key).or_default();
            entry.made = u64::try_from(row.try_get::<i64>("", "made")?).unwrap_or(0);
            entry.people = u64::try_from(row.try_get::<i64>("", "people")?).unwrap_or(0);
        }
        let closed_completed = |select: &mut sea_orm::sea_query::SelectStatement| {
            of_needs(select);
            select.and_where(
                Expr::col(Alias::new("outcome"))
                    .is_in([ReferralOutcome::Met.as_str(), ReferralOutcome::PartlyMet.as_str()]),
            );
        };
        for row in self.per_period_by("referrals", "closed_month", period, &completed, scope, closed_completed).await? {
            let key: i64 = row.try_get("", "period_key")?;
            out.entry(key).or_default().completed = u64::try_from(row.try_get::<i64>("", "completed")?).unwrap_or(0);
        }
        Ok(out.into_iter().collect())
    }
}
