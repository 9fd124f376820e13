//! A programme as its use cases need it: settings, people with their records opened, pairs, and
//! what the pairing engine's ledger says follows from them (who is waiting and for how long, how
//! much room each volunteer has, which pairs have gone quiet, who enters the next round). Loading
//! it is a read of personal data: it takes a `ReadParticipants` grant, and the store writes the
//! audit log as it reads.

use super::record::Record;
use crate::{Result, Services};
use bridges_domain::policy::ReadParticipants;
use bridges_domain::{PairStatus, ParticipantId, ProgrammeId};
use bridges_pairing::ledger::{self, LedgerPair, LedgerPerson, Stage};
use bridges_pairing::{Entrant, Kind, Profile, Programme, Side};
use bridges_store::{Grant, ProgrammeHeld, Reading, StoredPair, StoredParticipant, StoredProgramme, StoredRound};
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
    /// The person as the store read them, their record opened.
    pub fn from_stored(p: StoredParticipant) -> Person {
        Person {
            id: p.id,
            side: Side::parse(&p.side).unwrap_or(Side::Newcomer),
            withdrawn: p.status == "withdrawn",
            source: p.source,
            record: Record::from_json(p.record.expose()),
            joined_at: p.joined_at,
        }
    }

    pub fn days_waiting(&self, now: DateTime<Utc>) -> u32 {
        u32::try_from((now - self.joined_at).num_days().max(0)).unwrap_or(u32::MAX)
    }

    pub fn entrant(&self, now: DateTime<Utc>) -> Entrant {
        Entrant { profile: self.record.profile.clone(), waiting_days: self.days_waiting(now) }
    }

    /// The group this person falls in for the fairness report.
    pub fn group(&self, dimension: &str) -> String {
        group(&self.record.profile, dimension)
    }
}

/// The group a person with this profile falls in for the fairness report.
pub fn group(p: &Profile, dimension: &str) -> String {
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

pub struct ProgrammeData {
    pub programme: StoredProgramme,
    pub settings: Settings,
    pub people: Vec<Person>,
    pub pairs: Vec<StoredPair>,
    pub latest_round: Option<StoredRound>,
    index: HashMap<ParticipantId, usize>,
}

/// Reads the programme for a use case that shows or works on its people at large; the store
/// audits a read of them all, named by `what`.
pub async fn load(
    services: &Services,
    grant: &Grant<ReadParticipants>,
    id: ProgrammeId,
    what: &str,
) -> Result<ProgrammeData> {
    let held = services.store().programme_held(grant, id, Reading::viewing(what), services.now()).await?;
    Ok(ProgrammeData::new(held))
}

fn stage(status: PairStatus) -> Stage {
    match status {
        PairStatus::Proposed => Stage::Proposed,
        PairStatus::Accepted => Stage::Accepted,
        PairStatus::Introduced => Stage::Introduced,
        PairStatus::Active => Stage::Active,
        PairStatus::Closed => Stage::Closed,
        PairStatus::Rejected => Stage::Rejected,
    }
}

impl ProgrammeData {
    pub fn new(held: ProgrammeHeld) -> ProgrammeData {
        let ProgrammeHeld { programme, participants, pairs, latest_round } = held;
        let people: Vec<Person> = participants.into_iter().map(Person::from_stored).collect();
        let index = people.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
        ProgrammeData { settings: Settings::of(&programme), programme, people, pairs, latest_round, index }
    }

    pub fn person(&self, id: ParticipantId) -> Option<&Person> {
        self.index.get(&id).map(|&i| &self.people[i])
    }

    pub fn name(&self, id: ParticipantId) -> String {
        self.person(id).map(|p| p.record.name.clone()).unwrap_or_default()
    }

    /// The pairs as the engine's ledger reads them; `now` counts the days each has been silent.
    fn ledger_pairs(&self, now: DateTime<Utc>) -> Vec<LedgerPair<ParticipantId>> {
        self.pairs
            .iter()
            .map(|p| LedgerPair {
                newcomer: p.newcomer,
                volunteer: p.volunteer,
                stage: stage(p.status),
                locked: p.locked,
                days_silent: super::roster::days_silent(p, now),
            })
            .collect()
    }

    fn ledger_people(&self, now: DateTime<Utc>) -> Vec<LedgerPerson<ParticipantId>> {
        self.people
            .iter()
            .map(|p| LedgerPerson {
                id: p.id,
                side: p.side,
                withdrawn: p.withdrawn,
                waiting_days: p.days_waiting(now),
                capacity: p.record.profile.capacity,
            })
            .collect()
    }

    pub fn held_newcomers(&self, now: DateTime<Utc>) -> HashSet<ParticipantId> {
        ledger::held_newcomers(&self.ledger_pairs(now))
    }

    /// Newcomers with no pair holding them and none proposed, longest waiting first.
    pub fn waiting(&self, now: DateTime<Utc>) -> Vec<(&Person, u32)> {
        let list =
            ledger::waiting(&self.ledger_people(now), &self.ledger_pairs(now), |i| self.people[i].record.name.as_str());
        list.into_iter().map(|(i, days)| (&self.people[i], days)).collect()
    }

    /// Introduced or active pairs with no check-in for longer than the programme allows, with the
    /// days since they last met (or were introduced), most silent first.
    pub fn quiet(&self, now: DateTime<Utc>) -> Vec<(&StoredPair, i64)> {
        let list = ledger::quiet(&self.ledger_pairs(now), self.programme.quiet_after_days);
        list.into_iter().map(|(i, days)| (&self.pairs[i], days)).collect()
    }

    /// The engine's input: newcomers waiting (not held), volunteers with room, as entrants, and the
    /// pairs the engine must not propose again: turned down by the coordinator, or ended.
    ///
    /// The profiles of the people in it are moved out of their records, not copied, and
    /// [`ProgrammeData::give_back`] puts them back: at 100,000 people, copying them lifted the
    /// peak of `bridges match programme` from 410 to 447 MB.
    pub fn round_input(&mut self, now: DateTime<Utc>) -> RoundInput {
        let pairs = self.ledger_pairs(now);
        let entry = ledger::round_entry(&self.ledger_people(now), &pairs);
        let newcomer_ids: Vec<ParticipantId> = entry.newcomers.iter().map(|&i| self.people[i].id).collect();
        let volunteer_ids: Vec<ParticipantId> = entry.volunteers.iter().map(|&i| self.people[i].id).collect();
        let excluded = bridges_pairing::excluded_indices(&ledger::not_again(&pairs), &newcomer_ids, &volunteer_ids);
        let mut take = |&i: &usize| {
            let person = &mut self.people[i];
            Entrant { profile: std::mem::take(&mut person.record.profile), waiting_days: person.days_waiting(now) }
        };
        RoundInput {
            newcomers: entry.newcomers.iter().map(&mut take).collect(),
            volunteers: entry.volunteers.iter().map(&mut take).collect(),
            newcomer_ids,
            volunteer_ids,
            room: entry.room,
            excluded,
            taken_from: entry.newcomers.into_iter().chain(entry.volunteers).collect(),
        }
    }

    /// Puts back the profiles [`ProgrammeData::round_input`] took.
    pub fn give_back(&mut self, input: RoundInput) {
        let entrants = input.newcomers.into_iter().chain(input.volunteers);
        for (i, entrant) in input.taken_from.into_iter().zip(entrants) {
            if let Some(person) = self.people.get_mut(i) {
                person.record.profile = entrant.profile;
            }
        }
    }
}

#[derive(Default)]
pub struct RoundInput {
    pub newcomer_ids: Vec<ParticipantId>,
    pub newcomers: Vec<Entrant>,
    pub volunteer_ids: Vec<ParticipantId>,
    pub volunteers: Vec<Entrant>,
    pub room: Vec<u32>,
    /// Pairs by position in the lists above that must not be proposed.
    pub excluded: Vec<(usize, usize)>,
    /// Where in the programme's people each newcomer, then each volunteer, was taken from.
    taken_from: Vec<usize>,
}
