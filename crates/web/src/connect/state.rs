//! A programme as its pages need it: settings, people with their records opened, pairs, and what
//! follows from them (who is waiting and for how long, how much room each volunteer has, which
//! pairs have gone quiet, the engine's input for a round). Loading it is an access to personal
//! data, so it asks for `ReadParticipants` and writes the audit log.

use crate::connect::data::Record;
use crate::http::authz::OrgContext;
use crate::http::error::AppResult;
use crate::http::state::AppState;
use bridges_domain::policy::ReadParticipants;
use bridges_domain::{AuditKind, OrgId, PairStatus, ParticipantId, ProgrammeId};
use bridges_pairing::{Entrant, Kind, Programme, Side};
use bridges_store::{AuditEvent, StoredPair, StoredProgramme};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// A programme's settings as stored: the engine's programme, and the fairness cap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    #[serde(flatten)]
    pub programme: Programme,
    /// Which groups the fairness report compares: "language", "gender" or "area".
    #[serde(default = "default_dimension")]
    pub fairness_by: String,
    /// The largest gap in pairing rates between groups, in percentage points; `None` for no cap.
    #[serde(default)]
    pub max_gap: Option<u8>,
}

fn default_dimension() -> String {
    "language".to_string()
}

pub const DIMENSIONS: [&str; 3] = ["language", "gender", "area"];

impl Settings {
    pub fn for_kind(kind: Kind) -> Settings {
        Settings { programme: Programme::for_kind(kind), fairness_by: default_dimension(), max_gap: None }
    }

    /// The stored settings; a programme whose settings do not parse falls back to its kind's
    /// defaults rather than failing every page.
    pub fn of(stored: &StoredProgramme) -> Settings {
        let kind = Kind::parse(&stored.kind).unwrap_or(Kind::Buddy);
        serde_json::from_str(&stored.settings).unwrap_or_else(|_| Settings::for_kind(kind))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

pub fn programme_id(text: &str) -> AppResult<ProgrammeId> {
    crate::http::path_id(text)
}

#[derive(Debug, Clone)]
pub struct Person {
    pub id: ParticipantId,
    pub side: Side,
    pub withdrawn: bool,
    pub source: String,
    pub record: Record,
    pub joined_at: DateTime<Utc>,
}

impl Person {
    pub fn days_waiting(&self, now: DateTime<Utc>) -> u32 {
        u32::try_from((now - self.joined_at).num_days().max(0)).unwrap_or(u32::MAX)
    }

    /// The group this person falls in for the fairness report.
    pub fn group(&self, dimension: &str) -> String {
        let p = &self.record.profile;
        match dimension {
            "gender" => p.gender.map(|g| g.as_str().to_string()).unwrap_or_else(|| "-".to_string()),
            "area" => {
                if p.area.is_empty() {
                    "-".to_string()
                } else {
                    p.area.clone()
                }
            }
            _ => p.speaks.iter().max_by_key(|s| s.level).map(|s| s.language.clone()).unwrap_or_else(|| "-".to_string()),
        }
    }
}

pub struct ProgrammeData {
    pub programme: StoredProgramme,
    pub settings: Settings,
    pub people: Vec<Person>,
    pub pairs: Vec<StoredPair>,
    index: HashMap<ParticipantId, usize>,
}

/// An audit-log event about the personal data of `count` people of a programme, and what was done.
pub fn personal_data_event(
    kind: AuditKind,
    org: OrgId,
    programme: ProgrammeId,
    what: &str,
    count: usize,
) -> AuditEvent {
    AuditEvent::new(kind)
        .org(org)
        .detail(serde_json::json!({ "programme": programme.to_string(), "what": what, "count": count }))
}

/// Writes to the audit log that the member behind `ctx` read (`PersonalDataViewed`) or changed
/// (`PersonalDataChanged`) the personal data of `count` people of `programme`.
pub async fn audit(
    state: &AppState,
    ctx: &OrgContext,
    kind: AuditKind,
    programme: ProgrammeId,
    what: &str,
    count: usize,
) -> AppResult<()> {
    let event = personal_data_event(kind, ctx.org.id, programme, what, count).actor(ctx.current.user.id);
    state.store().record(event, state.now()).await?;
    Ok(())
}

/// The most ids an audit entry lists; a bulk read or change of more people records its count.
pub const AUDIT_NAMES_AT_MOST: usize = 50;

/// Like [`audit`], naming the people touched by their ids (never their names), so that what was
/// done with one person's data can be found again, for them.
pub async fn audit_people(
    state: &AppState,
    ctx: &OrgContext,
    kind: AuditKind,
    programme: ProgrammeId,
    what: &str,
    people: &[ParticipantId],
) -> AppResult<()> {
    let event = naming(personal_data_event(kind, ctx.org.id, programme, what, people.len()), people);
    state.store().record(event.actor(ctx.current.user.id), state.now()).await?;
    Ok(())
}

/// The event with the ids of the people it touched, when they are few enough to list.
pub fn naming(mut event: AuditEvent, people: &[ParticipantId]) -> AuditEvent {
    if people.len() <= AUDIT_NAMES_AT_MOST {
        event.detail["people"] = people.iter().map(|p| serde_json::Value::String(p.to_string())).collect();
    }
    event
}

impl ProgrammeData {
    /// Loads the programme for a page that shows its people at large, auditing a read of them all.
    pub async fn load(state: &AppState, ctx: &OrgContext, id: ProgrammeId, what: &str) -> AppResult<ProgrammeData> {
        let data = Self::read(state, ctx, id).await?;
        audit(state, ctx, AuditKind::PersonalDataViewed, id, what, data.people.len()).await?;
        Ok(data)
    }

    /// Loads the programme for a page about one pair, auditing a read of its two people only (by
    /// id); the pair must be the programme's.
    pub async fn load_for_pair(
        state: &AppState,
        ctx: &OrgContext,
        id: ProgrammeId,
        pair: bridges_domain::PairId,
        what: &str,
    ) -> AppResult<(ProgrammeData, StoredPair)> {
        let data = Self::read(state, ctx, id).await?;
        let stored = data.pairs.iter().find(|p| p.id == pair).cloned().ok_or(crate::http::error::AppError::NotFound)?;
        audit_people(state, ctx, AuditKind::PersonalDataViewed, id, what, &[stored.newcomer, stored.volunteer]).await?;
        Ok((data, stored))
    }

    async fn read(state: &AppState, ctx: &OrgContext, id: ProgrammeId) -> AppResult<ProgrammeData> {
        let grant = ctx.grant::<ReadParticipants>()?;
        let programme = state.store().programme(&ctx.grant::<bridges_domain::policy::ReadOrg>()?, id).await?;
        let people = state.store().participants(&grant, id).await?;
        let pairs = state.store().pairs(&grant, id).await?;
        Ok(ProgrammeData::new(programme, people, pairs))
    }

    pub fn new(
        programme: StoredProgramme,
        people: Vec<bridges_store::StoredParticipant>,
        pairs: Vec<StoredPair>,
    ) -> ProgrammeData {
        let people: Vec<Person> = people
            .into_iter()
            .map(|p| Person {
                id: p.id,
                side: Side::parse(&p.side).unwrap_or(Side::Newcomer),
                withdrawn: p.status == "withdrawn",
                source: p.source,
                record: Record::from_json(p.record.expose()),
                joined_at: p.joined_at,
            })
            .collect();
        let index = people.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
        ProgrammeData { settings: Settings::of(&programme), programme, people, pairs, index }
    }

    pub fn person(&self, id: ParticipantId) -> Option<&Person> {
        self.index.get(&id).map(|&i| &self.people[i])
    }

    pub fn name(&self, id: ParticipantId) -> String {
        self.person(id).map(|p| p.record.name.clone()).unwrap_or_default()
    }

    /// Pairs that hold their two people through the next round: accepted and later, and locked
    /// proposals.
    fn holding(&self) -> impl Iterator<Item = &StoredPair> {
        self.pairs.iter().filter(|p| p.status.holds() || (p.status == PairStatus::Proposed && p.locked))
    }

    pub fn held_newcomers(&self) -> HashSet<ParticipantId> {
        self.holding().map(|p| p.newcomer).collect()
    }

    /// How many more newcomers each volunteer may take.
    pub fn room(&self, volunteer: &Person) -> u32 {
        let taken = self.holding().filter(|p| p.volunteer == volunteer.id).count() as u32;
        u32::from(volunteer.record.profile.capacity).saturating_sub(taken)
    }

    /// Newcomers with no pair holding them, longest waiting first.
    pub fn waiting(&self, now: DateTime<Utc>) -> Vec<(&Person, u32)> {
        let held = self.held_newcomers();
        let proposed: HashSet<ParticipantId> =
            self.pairs.iter().filter(|p| p.status == PairStatus::Proposed).map(|p| p.newcomer).collect();
        let mut list: Vec<(&Person, u32)> = self
            .people
            .iter()
            .filter(|p| p.side == Side::Newcomer && !p.withdrawn && !held.contains(&p.id) && !proposed.contains(&p.id))
            .map(|p| (p, p.days_waiting(now)))
            .collect();
        list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.record.name.cmp(&b.0.record.name)));
        list
    }

    /// Introduced or active pairs with no check-in for longer than the programme allows, with the
    /// days since they last met (or were introduced).
    pub fn quiet(&self, now: DateTime<Utc>) -> Vec<(&StoredPair, i64)> {
        let limit = i64::from(self.programme.quiet_after_days);
        let mut list: Vec<(&StoredPair, i64)> = self
            .pairs
            .iter()
            .filter(|p| matches!(p.status, PairStatus::Introduced | PairStatus::Active))
            .filter_map(|p| {
                let since = match p.last_met {
                    Some(d) => (now.date_naive() - d).num_days(),
                    None => (now - p.introduced_at.unwrap_or(p.proposed_at)).num_days(),
                };
                (since > limit).then_some((p, since))
            })
            .collect();
        list.sort_by_key(|p| std::cmp::Reverse(p.1));
        list
    }

    /// Pairs the coordinator turned down, which the engine must not propose again.
    pub fn rejected(&self) -> HashSet<(ParticipantId, ParticipantId)> {
        self.pairs.iter().filter(|p| p.status == PairStatus::Rejected).map(|p| (p.newcomer, p.volunteer)).collect()
    }

    /// The engine's input: newcomers waiting (not held), volunteers with room, as entrants.
    pub fn round_input(&self, now: DateTime<Utc>) -> RoundInput {
        let held = self.held_newcomers();
        let mut input = RoundInput::default();
        for p in self.people.iter().filter(|p| !p.withdrawn) {
            let entrant = Entrant { profile: p.record.profile.clone(), waiting_days: p.days_waiting(now) };
            match p.side {
                Side::Newcomer if !held.contains(&p.id) => {
                    input.newcomer_ids.push(p.id);
                    input.newcomers.push(entrant);
                }
                Side::Volunteer => {
                    let room = self.room(p);
                    if room > 0 {
                        input.volunteer_ids.push(p.id);
                        input.volunteers.push(entrant);
                        input.room.push(room);
                    }
                }
                Side::Newcomer => {}
            }
        }
        input
    }
}

#[derive(Default)]
pub struct RoundInput {
    pub newcomer_ids: Vec<ParticipantId>,
    pub newcomers: Vec<Entrant>,
    pub volunteer_ids: Vec<ParticipantId>,
    pub volunteers: Vec<Entrant>,
    pub room: Vec<u32>,
}
