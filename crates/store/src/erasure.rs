//! People's rights over their data: everything held about one participant, for them to see
//! (GDPR article 15), and their erasure everywhere (article 17), including by a retention period
//! (article 5(1)(e)). Erasure deletes the record, consents, every pair they were in with its
//! explanation and check-ins, and their id from earlier rounds' summaries; what remains is counts
//! and an audit entry that names no one but by an id that now points nowhere.

use crate::entity::{
    audit_event, check_in, consent, pair, participant, participant_term, programme, round, round_wait,
};
use crate::error::{Result, StoreError};
use crate::programmes::{participant_of, Consent};
use crate::reading::{Read, Reading};
use crate::Grant;
use crate::{Store, StoredCheckIn, StoredPair, StoredParticipant};
use bridges_domain::policy::RunProgrammes;
use bridges_domain::{AuditKind, OrgId, PairStatus, ParticipantId, ProgrammeId};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::{HashMap, HashSet};

/// Everything held about one person.
#[derive(Debug, Clone)]
pub struct PersonHeld {
    pub participant: StoredParticipant,
    pub consents: Vec<Consent>,
    pub pairs: Vec<(StoredPair, Vec<StoredCheckIn>)>,
    /// Audit entries that name them: (when, kind, what the detail says).
    pub audit: Vec<(DateTime<Utc>, AuditKind, serde_json::Value)>,
}

/// What an erasure removed, as counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Erased {
    pub pairs: u64,
    pub check_ins: u64,
    pub consents: u64,
    pub rounds_scrubbed: u64,
    /// Referrals that no longer say who they were for (they still count, naming no one).
    pub referrals: u64,
}

/// Removes `id` from a round summary: array items that are the id, or arrays that hold it (an
/// `[id, reason]` entry), wherever they are.
fn scrub(value: &mut serde_json::Value, id: &str) -> bool {
    let mut changed = false;
    match value {
        serde_json::Value::Array(items) => {
            let before = items.len();
            items.retain(|item| match item {
                serde_json::Value::String(s) => s != id,
                serde_json::Value::Array(inner) => !inner.iter().any(|v| v.as_str() == Some(id)),
                _ => true,
            });
            changed |= items.len() != before;
            for item in items.iter_mut() {
                changed |= scrub(item, id);
            }
        }
        serde_json::Value::Object(fields) => {
            for v in fields.values_mut() {
                changed |= scrub(v, id);
            }
        }
        _ => {}
    }
    changed
}

impl Store {
    /// Everything held about one participant of the programme, records opened, for them; the
    /// entry names them. The audit entries listed are those written before this one.
    pub async fn person_held(
        &self,
        grant: &Grant<RunProgrammes>,
        programme: ProgrammeId,
        id: ParticipantId,
        reading: Reading<'_>,
        now: DateTime<Utc>,
    ) -> Result<PersonHeld> {
        let key = self.field_key()?;
        let txn = self.begin_reading().await?;
        Self::programme_row_in(&txn, grant.org(), programme).await?;
        let participant = participant_of(key, self.participant_row(&txn, programme, id).await?)?;
        let consents = Self::consents_in(&txn, id).await?;
        let mut pairs = Vec::new();
        for p in self.pairs_in(&txn, programme).await?.into_iter().filter(|p| p.newcomer == id || p.volunteer == id) {
            let check_ins = self.check_ins_in(&txn, p.id).await?;
            pairs.push((p, check_ins));
        }
        let audit = audit_event::Entity::find()
            .filter(audit_event::Column::OrgId.eq(grant.org().as_uuid()))
            .filter(audit_event::Column::Detail.contains(id.to_string()))
            .order_by_asc(audit_event::Column::At)
            .all(&txn)
            .await?
            .into_iter()
            .filter_map(|e| {
                let kind = AuditKind::parse(&e.kind)?;
                Some((e.at, kind, serde_json::from_str(&e.detail).unwrap_or(serde_json::Value::Null)))
            })
            .collect();
        self.close_reading(txn, reading.event(grant, programme, Read::People(&[id])), now).await?;
        Ok(PersonHeld { participant, consents, pairs, audit })
    }

    /// Erases one participant everywhere, in one transaction under the programme's lock, then
    /// folds the write-ahead log so the old pages leave the disk.
    pub async fn erase_participant(
        &self,
        grant: &Grant<RunProgrammes>,
        programme: ProgrammeId,
        id: ParticipantId,
        now: DateTime<Utc>,
    ) -> Result<Erased> {
        let erased = self.erase(grant.org(), programme, id, now).await?;
        self.checkpoint().await?;
        Ok(erased)
    }

    /// The retention sweep: in every programme that sets a retention period, erases the people
    /// inactive for longer — withdrawn, or with pairs that have all closed — whose record, pairs
    /// and check-ins have not changed within the period. People still waiting for a pair or in
    /// one are never erased by time. Answers who was erased, for the audit log.
    pub async fn retention_sweep(&self, now: DateTime<Utc>) -> Result<Vec<(OrgId, ProgrammeId, ParticipantId)>> {
        let mut erased = Vec::new();
        let programmes =
            programme::Entity::find().filter(programme::Column::RetentionDays.is_not_null()).all(&self.db).await?;
        for p in programmes {
            let Some(days) = p.retention_days.filter(|d| *d > 0) else { continue };
            let cutoff = now - chrono::Duration::days(i64::from(days));
            let (org, programme) = (OrgId::from_uuid(p.org_id), ProgrammeId::from_uuid(p.id));
            for id in self.inactive_since(programme, cutoff).await? {
                self.erase(org, programme, id, now).await?;
                erased.push((org, programme, id));
            }
        }
        if !erased.is_empty() {
            self.checkpoint().await?;
        }
        Ok(erased)
    }

    async fn inactive_since(&self, programme: ProgrammeId, cutoff: DateTime<Utc>) -> Result<Vec<ParticipantId>> {
        let people: Vec<(uuid::Uuid, String, DateTime<Utc>, DateTime<Utc>)> = participant::Entity::find()
            .select_only()
            .column(participant::Column::Id)
            .column(participant::Column::Status)
            .column(participant::Column::JoinedAt)
            .column(participant::Column::UpdatedAt)
            .filter(participant::Column::ProgrammeId.eq(programme.as_uuid()))
            .into_tuple()
            .all(&self.db)
            .await?;
        let pairs =
            pair::Entity::find().filter(pair::Column::ProgrammeId.eq(programme.as_uuid())).all(&self.db).await?;
        let met: Vec<(uuid::Uuid, DateTime<Utc>)> = check_in::Entity::find()
            .select_only()
            .column(check_in::Column::PairId)
            .column(check_in::Column::CreatedAt)
            .inner_join(pair::Entity)
            .filter(pair::Column::ProgrammeId.eq(programme.as_uuid()))
            .into_tuple()
            .all(&self.db)
            .await?;
        let mut last: HashMap<uuid::Uuid, DateTime<Utc>> = HashMap::new();
        let mut open: HashSet<uuid::Uuid> = HashSet::new();
        let mut paired: HashSet<uuid::Uuid> = HashSet::new();
        let pair_people: HashMap<uuid::Uuid, [uuid::Uuid; 2]> =
            pairs.iter().map(|p| (p.id, [p.newcomer_id, p.volunteer_id])).collect();
        for p in &pairs {
            let moments = [Some(p.proposed_at), p.accepted_at, p.introduced_at, p.active_at, p.closed_at];
            let latest = moments.into_iter().flatten().max().unwrap_or(p.proposed_at);
            for person in [p.newcomer_id, p.volunteer_id] {
                let at = last.entry(person).or_insert(latest);
                *at = (*at).max(latest);
                // A proposal the coordinator turned down never paired anyone: its people still
                // wait, and waiting people are never erased by time.
                if p.status != PairStatus::Rejected.as_str() {
                    paired.insert(person);
                }
                if !matches!(p.status.as_str(), "closed" | "rejected") {
                    open.insert(person);
                }
            }
        }
        for (pair_id, at) in met {
            for person in pair_people.get(&pair_id).into_iter().flatten() {
                let latest = last.entry(*person).or_insert(at);
                *latest = (*latest).max(at);
            }
        }
        Ok(people
            .into_iter()
            .filter(|(id, status, joined, updated)| {
                let quiet = (*joined).max(*updated).max(last.get(id).copied().unwrap_or(*joined)) < cutoff;
                let done = status == "withdrawn" || (paired.contains(id) && !open.contains(id));
                quiet && done
            })
            .map(|(id, ..)| ParticipantId::from_uuid(id))
            .collect())
    }

    async fn erase(&self, org: OrgId, programme: ProgrammeId, id: ParticipantId, now: DateTime<Utc>) -> Result<Erased> {
        let key = self.field_key()?;
        let (txn, _) = self.lock_programme(org, programme).await?;
        participant::Entity::find_by_id(id.as_uuid())
            .filter(participant::Column::ProgrammeId.eq(programme.as_uuid()))
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let theirs = Condition::any()
            .add(pair::Column::NewcomerId.eq(id.as_uuid()))
            .add(pair::Column::VolunteerId.eq(id.as_uuid()));
        let pair_ids: Vec<uuid::Uuid> = pair::Entity::find()
            .select_only()
            .column(pair::Column::Id)
            .filter(pair::Column::ProgrammeId.eq(programme.as_uuid()))
            .filter(theirs.clone())
            .into_tuple()
            .all(&txn)
            .await?;
        let check_ins = check_in::Entity::delete_many()
            .filter(check_in::Column::PairId.is_in(pair_ids.iter().copied()))
            .exec(&txn)
            .await?
            .rows_affected;
        let pairs = pair::Entity::delete_many()
            .filter(pair::Column::ProgrammeId.eq(programme.as_uuid()))
            .filter(theirs)
            .exec(&txn)
            .await?
            .rows_affected;
        let consents = consent::Entity::delete_many()
            .filter(consent::Column::ParticipantId.eq(id.as_uuid()))
            .exec(&txn)
            .await?
            .rows_affected;
        participant_term::Entity::delete_many()
            .filter(participant_term::Column::ParticipantId.eq(id.as_uuid()))
            .exec(&txn)
            .await?;
        // Why they waited, kept in rows since m0017, one for each round that left them waiting.
        let mut scrubbed: HashSet<uuid::Uuid> = round_wait::Entity::find()
            .select_only()
            .column(round_wait::Column::RoundId)
            .filter(round_wait::Column::ParticipantId.eq(id.as_uuid()))
            .into_tuple()
            .all(&txn)
            .await?
            .into_iter()
            .collect();
        round_wait::Entity::delete_many().filter(round_wait::Column::ParticipantId.eq(id.as_uuid())).exec(&txn).await?;
        let referrals = Self::forget_participant_referrals_in(&txn, key, id, now).await?;
        let mut erased = Erased { pairs, check_ins, consents, rounds_scrubbed: 0, referrals };
        participant::Entity::delete_by_id(id.as_uuid()).exec(&txn).await?;
        let rounds: Vec<(uuid::Uuid, String)> = round::Entity::find()
            .select_only()
            .column(round::Column::Id)
            .column(round::Column::Summary)
            .filter(round::Column::ProgrammeId.eq(programme.as_uuid()))
            .into_tuple()
            .all(&txn)
            .await?;
        for (round_id, sealed) in rounds {
            let mut summary: serde_json::Value =
                serde_json::from_str(&key.open_or_legacy(round_id, &sealed)?).unwrap_or(serde_json::Value::Null);
            if scrub(&mut summary, &id.to_string()) {
                round::Entity::update_many()
                    .col_expr(round::Column::Summary, Expr::value(key.seal(round_id, &summary.to_string())?))
                    .filter(round::Column::Id.eq(round_id))
                    .exec(&txn)
                    .await?;
                scrubbed.insert(round_id);
            }
        }
        erased.rounds_scrubbed = u64::try_from(scrubbed.len()).unwrap_or(u64::MAX);
        txn.commit().await?;
        Ok(erased)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn scrubbing_removes_the_id_wherever_it_stands() {
        let id = "0190-erased";
        let mut summary = serde_json::json!({
            "proposals": 2,
            "unpaired": [[id, {"kind": "no-candidate"}], ["0190-other", {"kind": "no-room"}]],
            "idle_volunteers": [id, "0190-volunteer"],
            "fairness": {"groups": [{"label": "fr", "waiting": 3}]}
        });
        assert!(scrub(&mut summary, id));
        assert!(!summary.to_string().contains(id));
        assert_eq!(summary["unpaired"].as_array().unwrap().len(), 1);
        assert_eq!(summary["idle_volunteers"], serde_json::json!(["0190-volunteer"]));
        assert_eq!(summary["fairness"]["groups"][0]["waiting"], 3, "counts stay");
        assert!(!scrub(&mut summary, id), "nothing left to remove");
    }
}
