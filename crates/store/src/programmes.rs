//! Pairing programmes and their participants. A programme's settings are JSON in the pairing
//! crate's shape; a participant's record (name, contact, profile, notes) is JSON sealed with the
//! field key, opaque to this module. Every method is scoped to the organisation of its grant; the
//! public intake reaches a programme only through its intake token, and only while intake is open.
//! A method that opens records or consents takes a [`Reading`] and writes its audit entry itself.

use crate::entity::{consent, participant, programme, programme_tally, sign_up};
use crate::error::{Result, StoreError};
use crate::reading::{opened_one_by_one, Read, Reading};
use crate::roster::{add_words, write_words};
use crate::Grant;
use crate::Store;
use bridges_domain::policy::{EditParticipants, ReadOrg, ReadParticipants, RunProgrammes};
use bridges_domain::{OrgId, ParticipantId, Permission, ProgrammeId, SecretToken, Sensitive};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter,
    QueryOrder, StreamTrait, TransactionTrait,
};

/// The most participants one programme holds; an import that would pass it is refused whole.
pub const MAX_PARTICIPANTS: u64 = 200_000;

#[derive(Debug, Clone)]
pub struct StoredProgramme {
    pub id: ProgrammeId,
    pub org: OrgId,
    pub name: String,
    /// The pairing crate's `Kind` as text.
    pub kind: String,
    /// JSON: the pairing crate's `Programme` (rules, weights, questions).
    pub settings: String,
    /// The secret part of the public intake link.
    pub intake_token: String,
    pub intake_open: bool,
    /// A pair with no check-in for this many days is flagged as gone quiet.
    pub quiet_after_days: u32,
    pub created_at: DateTime<Utc>,
    /// Bumped by every change to the programme's pairs or to who takes part; a round is saved only
    /// against the revision it was computed from.
    pub revision: u64,
    /// People inactive this many days are erased on their own; `None` keeps them.
    pub retention_days: Option<u32>,
}

/// What a coordinator may change about a programme.
#[derive(Debug, Clone)]
pub struct ProgrammeChange<'a> {
    pub name: &'a str,
    pub settings: &'a str,
    pub intake_open: bool,
    pub quiet_after_days: u32,
    pub retention_days: Option<u32>,
}

/// A participant with the sealed record opened.
#[derive(Debug, Clone)]
pub struct StoredParticipant {
    pub id: ParticipantId,
    pub programme: ProgrammeId,
    /// "newcomer" or "volunteer".
    pub side: String,
    /// "active" or "withdrawn".
    pub status: String,
    /// How they came in: "staff", "intake" or "import".
    pub source: String,
    /// JSON: name, contact, language, profile and notes, as the web layer wrote it.
    pub record: Sensitive<String>,
    pub joined_at: DateTime<Utc>,
}

/// A participant about to be written.
#[derive(Debug, Clone)]
pub struct NewParticipant {
    pub side: String,
    pub record: Sensitive<String>,
    /// Consents given with the registration: (purpose, the wording shown).
    pub consents: Vec<(String, String)>,
    pub joined_at: DateTime<Utc>,
    /// The words the person can be found by in lists (pieces of their name, languages, area),
    /// as the application writes them; the store keeps them only as keyed numbers.
    pub findable: Vec<String>,
}

/// A consent a participant gave: what they agreed to, in which words, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    pub purpose: String,
    pub wording: String,
    pub given_at: DateTime<Utc>,
    pub withdrawn_at: Option<DateTime<Utc>>,
}

pub(crate) fn programme_of(m: programme::Model) -> StoredProgramme {
    StoredProgramme {
        id: ProgrammeId::from_uuid(m.id),
        org: OrgId::from_uuid(m.org_id),
        name: m.name,
        kind: m.kind,
        settings: m.settings,
        intake_token: m.intake_token,
        intake_open: m.intake_open,
        quiet_after_days: u32::try_from(m.quiet_after_days).unwrap_or(0),
        created_at: m.created_at,
        revision: u64::try_from(m.revision).unwrap_or(0),
        retention_days: m.retention_days.and_then(|d| u32::try_from(d).ok()),
    }
}

impl Store {
    pub async fn create_programme(
        &self,
        grant: &Grant<RunProgrammes>,
        name: &str,
        kind: &str,
        settings: &str,
        now: DateTime<Utc>,
    ) -> Result<ProgrammeId> {
        let id = ProgrammeId::new();
        programme::Entity::insert(programme::ActiveModel {
            id: Set(id.as_uuid()),
            org_id: Set(grant.org().as_uuid()),
            name: Set(name.to_string()),
            kind: Set(kind.to_string()),
            settings: Set(settings.to_string()),
            intake_token: Set(SecretToken::generate("join").as_str().to_string()),
            intake_open: Set(false),
            quiet_after_days: Set(21),
            created_at: Set(now),
            updated_at: Set(now),
            revision: Set(0),
            retention_days: Set(None),
        })
        .exec_without_returning(&self.db)
        .await?;
        Ok(id)
    }

    pub async fn update_programme(
        &self,
        grant: &Grant<RunProgrammes>,
        id: ProgrammeId,
        change: ProgrammeChange<'_>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let row = self.programme_row(grant.org(), id).await?;
        let mut active = row.into_active_model();
        active.name = Set(change.name.to_string());
        active.settings = Set(change.settings.to_string());
        active.intake_open = Set(change.intake_open);
        active.quiet_after_days = Set(i32::try_from(change.quiet_after_days).unwrap_or(i32::MAX));
        active.retention_days = Set(change.retention_days.map(|d| i32::try_from(d).unwrap_or(i32::MAX)));
        active.updated_at = Set(now);
        programme::Entity::update(active).exec(&self.db).await?;
        Ok(())
    }

    /// Replaces the intake link, so an old link that spread too far stops working.
    pub async fn renew_intake_token(&self, grant: &Grant<RunProgrammes>, id: ProgrammeId) -> Result<()> {
        let row = self.programme_row(grant.org(), id).await?;
        let mut active = row.into_active_model();
        active.intake_token = Set(SecretToken::generate("join").as_str().to_string());
        programme::Entity::update(active).exec(&self.db).await?;
        Ok(())
    }

    pub async fn programmes(&self, grant: &Grant<ReadOrg>) -> Result<Vec<StoredProgramme>> {
        Ok(programme::Entity::find()
            .filter(programme::Column::OrgId.eq(grant.org().as_uuid()))
            .order_by_asc(programme::Column::Name)
            .all(&self.db)
            .await?
            .into_iter()
            .map(programme_of)
            .collect())
    }

    async fn programme_row(&self, org: OrgId, id: ProgrammeId) -> Result<programme::Model> {
        Self::programme_row_in(&self.db, org, id).await
    }

    /// The organisation's programme, read through `db` (a transaction that reads more with it).
    pub(crate) async fn programme_row_in(
        db: &impl ConnectionTrait,
        org: OrgId,
        id: ProgrammeId,
    ) -> Result<programme::Model> {
        programme::Entity::find_by_id(id.as_uuid())
            .filter(programme::Column::OrgId.eq(org.as_uuid()))
            .one(db)
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// One of the organisation's programmes (any member may read its settings); another
    /// organisation's is not found.
    pub async fn programme<P: Permission>(&self, grant: &Grant<P>, id: ProgrammeId) -> Result<StoredProgramme> {
        self.programme_row(grant.org(), id).await.map(programme_of)
    }

    /// Which organisation a programme belongs to, for tools run on the server that then ask that
    /// organisation's policy for a grant. Reveals nothing else.
    pub async fn programme_org(&self, id: ProgrammeId) -> Result<OrgId> {
        programme::Entity::find_by_id(id.as_uuid())
            .one(&self.db)
            .await?
            .map(|m| OrgId::from_uuid(m.org_id))
            .ok_or(StoreError::NotFound)
    }

    /// The programme a public intake link points to, only while its intake is open.
    pub async fn programme_by_intake(&self, token: &str) -> Result<StoredProgramme> {
        programme::Entity::find()
            .filter(programme::Column::IntakeToken.eq(token))
            .filter(programme::Column::IntakeOpen.eq(true))
            .one(&self.db)
            .await?
            .map(programme_of)
            .ok_or(StoreError::NotFound)
    }

    /// Counts of participants per side of one of the organisation's programmes, without opening
    /// anyone's record.
    pub async fn participant_counts<P: Permission>(
        &self,
        grant: &Grant<P>,
        programme: ProgrammeId,
    ) -> Result<(u64, u64)> {
        self.programme_row(grant.org(), programme).await?;
        let tallies = Tallies::of(&self.db, programme).await?;
        Ok((tallies.get("newcomer:active"), tallies.get("volunteer:active")))
    }

    /// Staff entry, or an import: every participant is written, or (on any error) none.
    pub async fn add_participants(
        &self,
        grant: &Grant<EditParticipants>,
        programme: ProgrammeId,
        people: &[NewParticipant],
        source: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<ParticipantId>> {
        self.programme_row(grant.org(), programme).await?;
        self.insert_participants(programme, people, source, now).await
    }

    /// Self-registration through the public intake link of an open programme, from `address`
    /// (kept only as a digest). Refused with `too-many-sign-ups` when that address already signed
    /// up `limit` people to this programme within `window`.
    pub async fn register_by_intake(
        &self,
        programme: &StoredProgramme,
        person: &NewParticipant,
        (address, limit, window): (&str, u64, chrono::Duration),
        now: DateTime<Utc>,
    ) -> Result<ParticipantId> {
        // The sign-up is counted before it is made: two at once from one address each see the
        // other, so a burst can be refused one early but never let one too many through.
        let address_digest = self.field_key()?.digest(address)?;
        let attempt = uuid::Uuid::now_v7();
        sign_up::Entity::insert(sign_up::ActiveModel {
            id: Set(attempt),
            programme_id: Set(programme.id.as_uuid()),
            address_digest: Set(address_digest.clone()),
            at: Set(now),
        })
        .exec_without_returning(&self.db)
        .await?;
        let recent = sign_up::Entity::find()
            .filter(sign_up::Column::ProgrammeId.eq(programme.id.as_uuid()))
            .filter(sign_up::Column::AddressDigest.eq(address_digest.as_str()))
            .filter(sign_up::Column::At.gt(now - window))
            .count(&self.db)
            .await?;
        if recent > limit {
            sign_up::Entity::delete_by_id(attempt).exec(&self.db).await?;
            return Err(StoreError::Conflict(bridges_domain::ErrorCode::TooManySignUps));
        }
        let ids = match self.insert_participants(programme.id, std::slice::from_ref(person), "intake", now).await {
            Ok(ids) => ids,
            Err(e) => {
                sign_up::Entity::delete_by_id(attempt).exec(&self.db).await?;
                return Err(e);
            }
        };
        ids.into_iter().next().ok_or(StoreError::NotFound)
    }

    async fn insert_participants(
        &self,
        programme: ProgrammeId,
        people: &[NewParticipant],
        source: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<ParticipantId>> {
        let key = self.field_key()?;
        let txn = self.db.begin().await?;
        // The cap is checked inside the transaction, after taking the programme's newcomer tally
        // row, which every writer of people takes first: two imports at once (even one of
        // newcomers and one of volunteers, which share no other row) then check one after the
        // other, the second seeing the first's people, instead of both passing. The tallies are a
        // few rows, so the check does not count everyone on each sign-up.
        Tallies::claim(&txn, programme).await?;
        let existing = Tallies::of(&txn, programme).await?.people();
        if existing + people.len() as u64 > MAX_PARTICIPANTS {
            return Err(StoreError::Conflict(bridges_domain::ErrorCode::ProgrammeFull));
        }
        let mut ids = Vec::with_capacity(people.len());
        let mut rows = Vec::with_capacity(people.len());
        let mut consents = Vec::new();
        for person in people {
            let id = ParticipantId::new();
            rows.push(participant::ActiveModel {
                id: Set(id.as_uuid()),
                programme_id: Set(programme.as_uuid()),
                side: Set(person.side.clone()),
                status: Set("active".to_string()),
                source: Set(source.to_string()),
                sealed: Set(key.seal(id.as_uuid(), person.record.expose())?),
                open_pairs: Set(0),
                joined_at: Set(person.joined_at),
                updated_at: Set(now),
            });
            for (purpose, wording) in &person.consents {
                consents.push(consent::ActiveModel {
                    id: Set(uuid::Uuid::now_v7()),
                    participant_id: Set(id.as_uuid()),
                    purpose: Set(purpose.clone()),
                    wording: Set(wording.clone()),
                    given_at: Set(now),
                    withdrawn_at: Set(None),
                });
            }
            ids.push(id);
        }
        // Each person raises their side's row of the programme's tallies (a trigger), which stays
        // locked until the commit. Two imports into one programme at once cannot deadlock on
        // those rows, whatever order their sheets list the sides in: the claim above makes the
        // second wait for the first before it writes anyone.
        // Batches keep each statement under the backends' bind-parameter limits.
        for chunk in rows.chunks(500) {
            participant::Entity::insert_many(chunk.to_vec()).exec_without_returning(&txn).await?;
        }
        for chunk in consents.chunks(1000) {
            consent::Entity::insert_many(chunk.to_vec()).exec_without_returning(&txn).await?;
        }
        let findable: Vec<(ParticipantId, &[String])> =
            ids.iter().zip(people).map(|(id, person)| (*id, person.findable.as_slice())).collect();
        add_words(&txn, key, programme, &findable).await?;
        txn.commit().await?;
        Ok(ids)
    }

    /// Every participant of the programme, records opened, oldest first. The entry counts them.
    pub async fn participants(
        &self,
        grant: &Grant<ReadParticipants>,
        programme: ProgrammeId,
        reading: Reading<'_>,
        now: DateTime<Utc>,
    ) -> Result<Vec<StoredParticipant>> {
        let txn = self.begin_reading().await?;
        Self::programme_row_in(&txn, grant.org(), programme).await?;
        let people = self.participants_in(&txn, programme).await?;
        self.close_reading(txn, reading.event(grant, programme, Read::Records(people.len())), now).await?;
        Ok(people)
    }

    pub(crate) async fn participants_in(
        &self,
        db: &(impl ConnectionTrait + StreamTrait),
        programme: ProgrammeId,
    ) -> Result<Vec<StoredParticipant>> {
        let key = self.field_key()?;
        let rows = participant::Entity::find()
            .filter(participant::Column::ProgrammeId.eq(programme.as_uuid()))
            .order_by_asc(participant::Column::JoinedAt)
            .order_by_asc(participant::Column::Id)
            .stream(db)
            .await?;
        opened_one_by_one(rows, |m| participant_of(key, m)).await
    }

    /// One participant, record opened; the entry names them.
    pub async fn participant(
        &self,
        grant: &Grant<ReadParticipants>,
        programme: ProgrammeId,
        id: ParticipantId,
        reading: Reading<'_>,
        now: DateTime<Utc>,
    ) -> Result<StoredParticipant> {
        let txn = self.begin_reading().await?;
        Self::programme_row_in(&txn, grant.org(), programme).await?;
        let row = self.participant_row(&txn, programme, id).await?;
        let person = participant_of(self.field_key()?, row)?;
        self.close_reading(txn, reading.event(grant, programme, Read::People(&[id])), now).await?;
        Ok(person)
    }

    /// One participant with the consents they gave, as their page shows them: one read, one entry
    /// naming them.
    pub async fn participant_with_consents(
        &self,
        grant: &Grant<ReadParticipants>,
        programme: ProgrammeId,
        id: ParticipantId,
        reading: Reading<'_>,
        now: DateTime<Utc>,
    ) -> Result<(StoredParticipant, Vec<Consent>)> {
        let txn = self.begin_reading().await?;
        Self::programme_row_in(&txn, grant.org(), programme).await?;
        let row = self.participant_row(&txn, programme, id).await?;
        let person = participant_of(self.field_key()?, row)?;
        let consents = Self::consents_in(&txn, id).await?;
        self.close_reading(txn, reading.event(grant, programme, Read::People(&[id])), now).await?;
        Ok((person, consents))
    }

    /// Which side a participant is on ("newcomer" or "volunteer"), without opening their record:
    /// an edit checks it, since nobody changes side, and the edit itself is what gets audited.
    pub async fn participant_side(
        &self,
        grant: &Grant<EditParticipants>,
        programme: ProgrammeId,
        id: ParticipantId,
    ) -> Result<String> {
        self.programme_row(grant.org(), programme).await?;
        Ok(self.participant_row(&self.db, programme, id).await?.side)
    }

    pub(crate) async fn participant_row(
        &self,
        db: &impl ConnectionTrait,
        programme: ProgrammeId,
        id: ParticipantId,
    ) -> Result<participant::Model> {
        participant::Entity::find_by_id(id.as_uuid())
            .filter(participant::Column::ProgrammeId.eq(programme.as_uuid()))
            .one(db)
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// Rewrites a participant's record, under the programme's lock (a round computed from the old
    /// record is then not saved).
    pub async fn update_participant(
        &self,
        grant: &Grant<EditParticipants>,
        programme: ProgrammeId,
        id: ParticipantId,
        (record, findable): (&Sensitive<String>, &[String]),
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (txn, _) = self.lock_programme(grant.org(), programme).await?;
        self.participant_row(&txn, programme, id).await?;
        write_words(&txn, self.field_key()?, (programme, id), findable).await?;
        participant::Entity::update_many()
            .col_expr(participant::Column::Sealed, Expr::value(self.field_key()?.seal(id.as_uuid(), record.expose())?))
            .col_expr(participant::Column::UpdatedAt, Expr::value(now))
            .filter(participant::Column::Id.eq(id.as_uuid()))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        Ok(())
    }

    /// A person withdraws from the programme, in one transaction under its lock: their consents
    /// for `purposes` are marked withdrawn, their proposals go and every pair that holds them
    /// closes with `reason`, so no later step can use them. The record stays until it is erased.
    pub async fn withdraw_participant(
        &self,
        grant: &Grant<EditParticipants>,
        programme: ProgrammeId,
        id: ParticipantId,
        (purposes, reason): (&[&str], &str),
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (txn, _) = self.lock_programme(grant.org(), programme).await?;
        self.participant_row(&txn, programme, id).await?;
        Self::set_status(&txn, id, "withdrawn", now).await?;
        consent::Entity::update_many()
            .col_expr(consent::Column::WithdrawnAt, Expr::value(Some(now)))
            .filter(consent::Column::ParticipantId.eq(id.as_uuid()))
            .filter(consent::Column::Purpose.is_in(purposes.iter().copied()))
            .filter(consent::Column::WithdrawnAt.is_null())
            .exec(&txn)
            .await?;
        Self::end_pairs_of(&txn, programme, id, reason, now).await?;
        txn.commit().await?;
        Ok(())
    }

    /// A withdrawn person takes part again (their closed pairs stay closed).
    pub async fn restore_participant(
        &self,
        grant: &Grant<EditParticipants>,
        programme: ProgrammeId,
        id: ParticipantId,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (txn, _) = self.lock_programme(grant.org(), programme).await?;
        self.participant_row(&txn, programme, id).await?;
        Self::set_status(&txn, id, "active", now).await?;
        txn.commit().await?;
        Ok(())
    }

    async fn set_status(db: &impl ConnectionTrait, id: ParticipantId, status: &str, now: DateTime<Utc>) -> Result<()> {
        participant::Entity::update_many()
            .col_expr(participant::Column::Status, Expr::value(status))
            .col_expr(participant::Column::UpdatedAt, Expr::value(now))
            .filter(participant::Column::Id.eq(id.as_uuid()))
            .exec(db)
            .await?;
        Ok(())
    }

    /// The consents a participant gave, oldest first; the entry names them.
    pub async fn consents(
        &self,
        grant: &Grant<ReadParticipants>,
        programme: ProgrammeId,
        id: ParticipantId,
        reading: Reading<'_>,
        now: DateTime<Utc>,
    ) -> Result<Vec<Consent>> {
        let txn = self.begin_reading().await?;
        Self::programme_row_in(&txn, grant.org(), programme).await?;
        self.participant_row(&txn, programme, id).await?;
        let consents = Self::consents_in(&txn, id).await?;
        self.close_reading(txn, reading.event(grant, programme, Read::People(&[id])), now).await?;
        Ok(consents)
    }

    pub(crate) async fn consents_in(db: &impl ConnectionTrait, id: ParticipantId) -> Result<Vec<Consent>> {
        Ok(consent::Entity::find()
            .filter(consent::Column::ParticipantId.eq(id.as_uuid()))
            .order_by_asc(consent::Column::GivenAt)
            .all(db)
            .await?
            .into_iter()
            .map(|c| Consent {
                purpose: c.purpose,
                wording: c.wording,
                given_at: c.given_at,
                withdrawn_at: c.withdrawn_at,
            })
            .collect())
    }
}

pub(crate) fn participant_of(key: &crate::seal::FieldKey, m: participant::Model) -> Result<StoredParticipant> {
    Ok(StoredParticipant {
        id: ParticipantId::from_uuid(m.id),
        programme: ProgrammeId::from_uuid(m.programme_id),
        side: m.side,
        status: m.status,
        source: m.source,
        record: Sensitive::new(key.open(m.id, &m.sealed)?),
        joined_at: m.joined_at,
    })
}

/// How many of a programme's participants and pairs are of each kind, as the database keeps them
/// (migration m0024): one short read of an index, however large the programme.
pub(crate) struct Tallies(Vec<programme_tally::Model>);

/// The tally row [`Tallies::claim`] takes: any row would do, as long as every writer of people
/// takes the same one before any other.
const CLAIMED: &str = "newcomer:active";

impl Tallies {
    pub(crate) async fn of(db: &impl ConnectionTrait, programme: ProgrammeId) -> Result<Tallies> {
        Ok(Tallies(
            programme_tally::Entity::find()
                .filter(programme_tally::Column::ProgrammeId.eq(programme.as_uuid()))
                .all(db)
                .await?,
        ))
    }

    /// Takes the programme's `newcomer:active` row until the transaction ends, making it (at 0)
    /// when there is none: the row every writer of people takes before any other tally row, so
    /// that they queue rather than deadlock, and read the tallies one after the other.
    pub(crate) async fn claim(db: &impl ConnectionTrait, programme: ProgrammeId) -> Result<()> {
        let row = programme_tally::ActiveModel {
            programme_id: Set(programme.as_uuid()),
            what: Set(CLAIMED.to_string()),
            total: Set(0),
        };
        let keep = OnConflict::columns([programme_tally::Column::ProgrammeId, programme_tally::Column::What])
            .value(programme_tally::Column::Total, Expr::col((programme_tally::Entity, programme_tally::Column::Total)))
            .to_owned();
        programme_tally::Entity::insert(row).on_conflict(keep).exec_without_returning(db).await?;
        Ok(())
    }

    /// How many are of the kind `what`: a side and a status (`newcomer:active`), or `pair:` and a
    /// pair's status.
    pub(crate) fn get(&self, what: &str) -> u64 {
        self.0.iter().find(|t| t.what == what).map_or(0, Self::total)
    }

    /// How many take part, on either side and in any status.
    pub(crate) fn people(&self) -> u64 {
        self.0.iter().filter(|t| !t.what.starts_with("pair:")).map(Self::total).sum()
    }

    fn total(tally: &programme_tally::Model) -> u64 {
        u64::try_from(tally.total).unwrap_or(0)
    }
}
