//! A programme's people and pairs as pages show them: a page at a time, searched and filtered by
//! the store, so a list of a city's intake opens (and audits) only the records it shows; the
//! programme's counts, which open none; and one pair with its two people.

use super::programme::Person;
use super::record::Search;
use crate::{Result, Services};
use bridges_domain::policy::ReadParticipants;
use bridges_domain::{PairId, ParticipantId, ProgrammeId};
use bridges_pairing::Side;
use bridges_store::{
    Grant, Listed, Paging, PairGroup, PairsAsked, PeopleFilter, ProgrammeCounts, Reading, Standing, StoredCheckIn,
    StoredPair, StoredProgramme, StoredRound,
};
use chrono::{DateTime, Duration, Utc};
use std::collections::HashMap;

/// How many rows a page of a list shows.
pub const PER_PAGE: u64 = 50;

/// The most pages a list goes to (a million rows): a page number past it is read as the last.
const MAX_PAGE: u64 = 20_000;

/// Which people a list of them shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PeopleQuery {
    pub side: Option<Side>,
    pub standing: Option<Standing>,
    pub search: Search,
    /// At least this many days in the programme.
    pub waited_days: Option<u32>,
    /// Counted from 1.
    pub page: u64,
}

/// The standings a list filters by, with the names their query strings and forms use.
pub const STANDINGS: [(&str, Standing); 5] = [
    ("waiting", Standing::Waiting),
    ("proposed", Standing::Proposed),
    ("paired", Standing::Paired),
    ("active", Standing::Active),
    ("withdrawn", Standing::Withdrawn),
];

/// The standing a name stands for.
pub fn standing(name: &str) -> Option<Standing> {
    STANDINGS.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// A page of people, longest in the programme first.
pub struct PeoplePage {
    pub people: Vec<Person>,
    pub total: u64,
}

/// The page `page` (from 1) of `per_page` rows, within the bounds lists go to.
pub fn paging(page: u64, per_page: u64) -> Paging {
    Paging { page: page.clamp(1, MAX_PAGE), per_page }
}

/// A page of the programme's people that `query` asks for; the store audits a read of those shown.
pub async fn people(
    services: &Services,
    grant: &Grant<ReadParticipants>,
    programme: ProgrammeId,
    query: &PeopleQuery,
    per_page: u64,
) -> Result<PeoplePage> {
    let filter = PeopleFilter {
        side: query.side.map(|s| s.as_str().to_string()),
        standing: query.standing,
        words: query.search.words(),
        joined_by: query.waited_days.map(|d| services.now() - Duration::days(i64::from(d))),
    };
    let reading = Reading::viewing("participants");
    let listed = services
        .store()
        .people_listed(grant, programme, (&filter, paging(query.page, per_page)), reading, services.now())
        .await?;
    Ok(PeoplePage { people: listed.items.into_iter().map(Person::from_stored).collect(), total: listed.total })
}

/// Pages of pairs with their people, perhaps the newcomers waiting and the latest round.
pub struct PairsPage {
    /// One page for each group asked, in the order asked.
    pub groups: Vec<Listed<StoredPair>>,
    pub waiting: Option<PeoplePage>,
    pub latest_round: Option<StoredRound>,
    people: HashMap<ParticipantId, Person>,
}

impl PairsPage {
    pub fn person(&self, id: ParticipantId) -> Option<&Person> {
        self.people.get(&id)
    }

    pub fn name(&self, id: ParticipantId) -> String {
        self.person(id).map(|p| p.record.name.clone()).unwrap_or_default()
    }
}

/// What a page of pairs asks for: a page of each group, where either person matches `search`,
/// perhaps the first newcomers waiting, and perhaps the latest round.
pub struct PairsQuery<'a> {
    pub groups: &'a [(PairGroup, u64)],
    pub search: &'a Search,
    pub per_page: u64,
    pub waiting: Option<u64>,
    pub round: bool,
}

/// The pages of the programme's pairs `query` asks for, read together; the store audits one read
/// of the people shown, named by `what`.
pub async fn pairs(
    services: &Services,
    grant: &Grant<ReadParticipants>,
    programme: ProgrammeId,
    query: &PairsQuery<'_>,
    what: &str,
) -> Result<PairsPage> {
    let words = query.search.words();
    let groups: Vec<(PairGroup, Paging)> =
        query.groups.iter().map(|&(group, page)| (group, paging(page, query.per_page))).collect();
    let waiting = query.waiting.map(|per_page| paging(1, per_page));
    let asked = PairsAsked { groups: &groups, words: &words, waiting, round: query.round };
    let listed = services.store().pairs_listed(grant, programme, asked, Reading::viewing(what), services.now()).await?;
    let people = listed.people.into_iter().map(Person::from_stored).map(|p| (p.id, p)).collect();
    let waiting = listed
        .waiting
        .map(|w| PeoplePage { total: w.total, people: w.items.into_iter().map(Person::from_stored).collect() });
    Ok(PairsPage { groups: listed.groups, waiting, latest_round: listed.latest_round, people })
}

/// Days since the pair last met, or since it was introduced (or proposed) if it never has.
pub fn days_silent(pair: &StoredPair, now: DateTime<Utc>) -> i64 {
    match pair.last_met {
        Some(day) => (now.date_naive() - day).num_days(),
        None => (now - pair.introduced_at.unwrap_or(pair.proposed_at)).num_days(),
    }
}

/// The programme's counts of people and pairs by state. Opens no record.
pub async fn counts(
    services: &Services,
    grant: &Grant<ReadParticipants>,
    programme: ProgrammeId,
) -> Result<ProgrammeCounts> {
    Ok(services.store().programme_counts(grant, programme, services.now()).await?)
}

/// One pair as its pages show it.
pub struct HeldPair {
    pub programme: StoredProgramme,
    pub pair: StoredPair,
    pub newcomer: Person,
    pub volunteer: Person,
    /// Latest meeting first.
    pub check_ins: Vec<StoredCheckIn>,
}

/// One pair of the programme with its two people and check-ins; the store audits a read of the
/// two, named by `what`.
pub async fn pair(
    services: &Services,
    grant: &Grant<ReadParticipants>,
    (programme, pair): (ProgrammeId, PairId),
    what: &str,
) -> Result<HeldPair> {
    let held = services.store().pair_held(grant, programme, pair, Reading::viewing(what), services.now()).await?;
    Ok(HeldPair {
        programme: held.programme,
        pair: held.pair,
        newcomer: Person::from_stored(held.newcomer),
        volunteer: Person::from_stored(held.volunteer),
        check_ins: held.check_ins,
    })
}

/// Gives everyone added before lists kept findable words (or whose record had none) the words
/// their record gives: run at start, after migrations. Answers how many people it gave words to.
pub async fn make_findable(store: &bridges_store::Store) -> Result<usize> {
    Ok(store.find_words_for_all(|json| super::record::Record::from_json(json).findable()).await?)
}
