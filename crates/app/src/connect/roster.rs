//! A programme's people and pairs as pages show them: a page at a time, searched and filtered by
//! the store, so a list of a city's intake opens (and audits) only the records it shows; the
//! programme's counts, which open none; and one pair with its two people.

use super::programme::Person;
use super::record::Search;
use crate::{Result, Services};
use bridges_domain::policy::{ReadOrg, ReadParticipants};
use bridges_domain::{PairId, ParticipantId, ProgrammeId, ValidationErrors};
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

/// How many rows a page of the API gives unless asked, and the most it gives.
pub const API_PER_PAGE: u64 = 100;
pub const API_MAX_PER_PAGE: u64 = 1000;

/// The highest page number the API takes.
pub const API_MAX_PAGE: u64 = 1_000_000;

/// The longest time waited a list filters by: ten years, in days.
pub const MAX_WAITED_DAYS: u32 = 3650;

/// The groups of pairs a list of them can show, by the names the API uses.
pub const PAIR_GROUPS: [(&str, PairGroup); 5] = [
    ("proposed", PairGroup::Proposed),
    ("accepted", PairGroup::Accepted),
    ("meeting", PairGroup::Meeting),
    ("quiet", PairGroup::Quiet),
    ("closed", PairGroup::Closed),
];

/// A page of a list asked for through the API: which page, and how many rows on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApiPage {
    pub page: u64,
    pub per_page: u64,
}

/// A whole number within `range` from `get(field)`, if one is given; named in `e` if it is not one.
fn number(
    e: &mut ValidationErrors,
    get: &impl Fn(&str) -> String,
    (field, code): (&'static str, &'static str),
    range: std::ops::RangeInclusive<u64>,
) -> Option<u64> {
    let text = get(field);
    if text.trim().is_empty() {
        return None;
    }
    let n = text.trim().parse::<u64>().ok().filter(|n| range.contains(n));
    if n.is_none() {
        e.add(field, code);
    }
    n
}

fn api_page(e: &mut ValidationErrors, get: &impl Fn(&str) -> String) -> ApiPage {
    ApiPage {
        page: number(e, get, ("page", "page-invalid"), 1..=API_MAX_PAGE).unwrap_or(1),
        per_page: number(e, get, ("per_page", "per-page-invalid"), 1..=API_MAX_PER_PAGE).unwrap_or(API_PER_PAGE),
    }
}

/// Names, languages and areas searched by, as the lists take them; a language must be a code.
fn search_of(e: &mut ValidationErrors, get: &impl Fn(&str) -> String) -> Search {
    let mut language = get("language");
    if !language.trim().is_empty() && super::record::language_code(&language).is_none() {
        e.add("language", "language-code-invalid");
        language.clear();
    }
    Search { name: get("q"), language, area: get("area") }
}

/// The people the API is asked to list, checked: every value that does not parse is named.
pub fn parse_people_query(
    get: impl Fn(&str) -> String,
) -> std::result::Result<(PeopleQuery, ApiPage), ValidationErrors> {
    let mut e = ValidationErrors::new();
    let query = people_filters(&mut e, &get);
    let paging = api_page(&mut e, &get);
    e.into_result().map(|()| (PeopleQuery { page: paging.page, ..query }, paging))
}

/// The filters of a list of people (its first page), as far as they parse: every value that
/// does not is named in `e` and left out, so a page can say so and list by the others.
pub fn people_filters(e: &mut ValidationErrors, get: &impl Fn(&str) -> String) -> PeopleQuery {
    let side = match get("side").trim() {
        "" => None,
        name => Side::parse(name).or_else(|| {
            e.add("side", "side-invalid");
            None
        }),
    };
    let standing = match get("status").trim() {
        "" => None,
        name => standing(name).or_else(|| {
            e.add("status", "standing-invalid");
            None
        }),
    };
    let search = search_of(e, get);
    let waited = number(e, get, ("waited", "waited-invalid"), 0..=u64::from(MAX_WAITED_DAYS));
    let waited_days = waited.map(|days| u32::try_from(days).unwrap_or(MAX_WAITED_DAYS));
    PeopleQuery { side, standing, search, waited_days, page: 1 }
}

/// The pairs the API is asked to list (every pair unless a group is named), checked.
pub fn parse_pairs_query(
    get: impl Fn(&str) -> String,
) -> std::result::Result<(PairGroup, Search, ApiPage), ValidationErrors> {
    let mut e = ValidationErrors::new();
    let group = match get("group").trim() {
        "" => PairGroup::All,
        name => PAIR_GROUPS.iter().find(|(n, _)| *n == name).map(|(_, g)| *g).unwrap_or_else(|| {
            e.add("group", "pair-group-invalid");
            PairGroup::All
        }),
    };
    let search = Search { name: get("q"), ..Search::default() };
    let paging = api_page(&mut e, &get);
    e.into_result().map(|()| (group, search, paging))
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

/// A page of the programme's people that `query` asks for; the store audits a read of those shown,
/// named by `what`.
pub async fn people(
    services: &Services,
    grant: &Grant<ReadParticipants>,
    programme: ProgrammeId,
    (query, per_page): (&PeopleQuery, u64),
    what: &str,
) -> Result<PeoplePage> {
    let filter = PeopleFilter {
        side: query.side.map(|s| s.as_str().to_string()),
        standing: query.standing,
        words: query.search.words(),
        joined_by: query.waited_days.map(|d| services.now() - Duration::days(i64::from(d))),
    };
    let reading = Reading::viewing(what);
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
/// perhaps the two people of each pair, the first newcomers waiting, and the latest round.
pub struct PairsQuery<'a> {
    pub groups: &'a [(PairGroup, u64)],
    pub search: &'a Search,
    pub per_page: u64,
    pub people: bool,
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
    let asked = PairsAsked { groups: &groups, words: &words, people: query.people, waiting, round: query.round };
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

/// What a programme's overview shows. Opens no record.
pub struct Overview {
    pub programme: StoredProgramme,
    /// How many take part on each side.
    pub newcomers: u64,
    pub volunteers: u64,
    /// Who waits and how long, and the pairs by state: for members who may read participants.
    pub counts: Option<ProgrammeCounts>,
}

/// The programme's overview: the programme, how many take part, and, for members who may read
/// participants, its counts of people and pairs by state. Every count is kept by the database
/// (migrations m0016 and m0024) or read from an index range, so the page costs the same at 100
/// people as at 100,000.
pub async fn overview(services: &Services, grant: &Grant<ReadOrg>, programme: ProgrammeId) -> Result<Overview> {
    let store = services.store();
    let stored = store.programme(grant, programme).await?;
    let (newcomers, volunteers) = store.participant_counts(grant, programme).await?;
    let counts = match grant.also::<ReadParticipants>() {
        Ok(read) => Some(store.programme_counts(&read, programme, services.now()).await?),
        Err(_) => None,
    };
    Ok(Overview { programme: stored, newcomers, volunteers, counts })
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn asking(query: &'static str) -> impl Fn(&str) -> String {
        move |key: &str| {
            let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap();
            pairs.into_iter().find(|(k, _)| k == key).map(|(_, v)| v).unwrap_or_default()
        }
    }

    fn fields(errors: ValidationErrors) -> Vec<&'static str> {
        errors.iter().map(|e| e.field).collect()
    }

    /// The API's lists take what the pages take, and name every value that does not parse
    /// instead of reading it as "anything".
    #[test]
    fn the_apis_lists_name_what_they_cannot_read() {
        let (query, page) = parse_people_query(asking("")).unwrap();
        assert_eq!(
            (query, page),
            (PeopleQuery { page: 1, ..PeopleQuery::default() }, ApiPage { page: 1, per_page: 100 })
        );
        let (query, page) = parse_people_query(asking(
            "side=volunteer&status=waiting&language=ti&q=Amira&waited=0&page=3&per_page=1000",
        ))
        .unwrap();
        assert_eq!(
            (query.side, query.standing, query.waited_days),
            (Some(Side::Volunteer), Some(Standing::Waiting), Some(0))
        );
        assert_eq!((query.search.name.as_str(), query.search.language.as_str()), ("Amira", "ti"));
        assert_eq!(page, ApiPage { page: 3, per_page: 1000 });
        let wrong = "side=martian&status=lost&language=%E2%80%AE&waited=3651&page=0&per_page=1001";
        assert_eq!(
            fields(parse_people_query(asking(wrong)).unwrap_err()),
            ["side", "status", "language", "waited", "page", "per_page"]
        );
        assert_eq!(fields(parse_people_query(asking("page=1.5&per_page=-1")).unwrap_err()), ["page", "per_page"]);
        assert_eq!(fields(parse_people_query(asking("page=99999999999999999999999")).unwrap_err()), ["page"]);

        let (group, search, page) = parse_pairs_query(asking("group=quiet&q=vera&per_page=5")).unwrap();
        assert_eq!((group, search.name.as_str(), page.per_page), (PairGroup::Quiet, "vera", 5));
        assert_eq!(parse_pairs_query(asking("")).unwrap().0, PairGroup::All);
        assert_eq!(fields(parse_pairs_query(asking("group=rejected&page=x")).unwrap_err()), ["group", "page"]);
    }
}
