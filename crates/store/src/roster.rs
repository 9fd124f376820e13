//! A programme's people and pairs a page at a time, filtered and counted by the database, so a
//! list of a city's intake opens only the records it shows (and its audit entry counts only
//! those). What can be filtered without opening a record is plain: side, status, when someone
//! joined, the pairs' states and check-in dates. What lives inside the sealed record (names,
//! languages, the area) is found through the participant's findable words, kept as keyed numbers
//! bound to the programme ([`crate::FieldKey`]): the caller says which words a person has when
//! it writes them, and which words a list asks for.

use crate::entity::{check_in, pair, participant, participant_term};
use crate::error::Result;
use crate::pairs::{met_of, pair_of, Waits};
use crate::programmes::{participant_of, programme_of, Tallies};
use crate::reading::{Read, Reading};
use crate::seal::FieldKey;
use crate::{Grant, Store, StoredCheckIn, StoredPair, StoredParticipant, StoredProgramme, StoredRound};
use bridges_domain::policy::ReadParticipants;
use bridges_domain::{PairId, PairStatus, ParticipantId, ProgrammeId};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Alias, Expr, Func, Order, Query, SelectStatement, SimpleExpr, UnionType};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, TransactionTrait,
};
use std::collections::HashMap;

/// Where a person stands in the programme, as a list filters by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Active,
    Withdrawn,
    /// A newcomer taking part with no pair holding them and none proposed.
    Waiting,
    /// Taking part, with a proposal open.
    Proposed,
    /// Taking part, in a pair that was accepted, introduced or is meeting.
    Paired,
}

/// Which people a list shows. Every condition given must hold.
#[derive(Debug, Clone, Default)]
pub struct PeopleFilter {
    /// "newcomer" or "volunteer".
    pub side: Option<String>,
    pub standing: Option<Standing>,
    /// Findable words every person shown has, as the caller wrote them.
    pub words: Vec<String>,
    /// Joined at or before this moment (so waiting at least so long).
    pub joined_by: Option<DateTime<Utc>>,
}

/// Which pairs a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairGroup {
    Proposed,
    Accepted,
    /// Introduced or active.
    Meeting,
    /// Meeting, but silent for longer than the programme allows.
    Quiet,
    Closed,
    /// Every pair, in whatever state (rejected and withdrawn ones too).
    All,
}

impl PairGroup {
    /// The states a pair of the group is in; `None` for any.
    fn statuses(self) -> Option<&'static [PairStatus]> {
        match self {
            PairGroup::Proposed => Some(&[PairStatus::Proposed]),
            PairGroup::Accepted => Some(&[PairStatus::Accepted]),
            PairGroup::Meeting | PairGroup::Quiet => Some(&[PairStatus::Introduced, PairStatus::Active]),
            PairGroup::Closed => Some(&[PairStatus::Closed]),
            PairGroup::All => None,
        }
    }
}

/// Which page of a list, counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    pub page: u64,
    pub per_page: u64,
}

impl Paging {
    fn offset(self) -> u64 {
        self.page.saturating_sub(1).saturating_mul(self.per_page)
    }
}

/// One page of a list and how many the whole list holds.
#[derive(Debug, Clone)]
pub struct Listed<T> {
    pub items: Vec<T>,
    pub total: u64,
}

/// Which pairs a page lists: a page of each group, where either person has every word, and
/// perhaps a page of the newcomers waiting who have every word.
#[derive(Debug, Clone, Copy)]
pub struct PairsAsked<'a> {
    pub groups: &'a [(PairGroup, Paging)],
    pub words: &'a [String],
    /// Whether the two people of each pair come too (pages name them; the API gives their ids).
    pub people: bool,
    pub waiting: Option<Paging>,
    /// Whether the latest round comes too (its summary says why people wait).
    pub round: bool,
}

/// The pages of pairs asked for, in the order asked, the two people of each pair, records opened,
/// and the newcomers waiting if asked.
#[derive(Debug, Clone)]
pub struct PairsListed {
    pub groups: Vec<Listed<StoredPair>>,
    pub waiting: Option<Listed<StoredParticipant>>,
    pub people: Vec<StoredParticipant>,
    pub latest_round: Option<StoredRound>,
}

/// One pair with what its page shows: the programme, its two people and its check-ins.
#[derive(Debug, Clone)]
pub struct PairHeld {
    pub programme: StoredProgramme,
    pub pair: StoredPair,
    pub newcomer: StoredParticipant,
    pub volunteer: StoredParticipant,
    /// Latest meeting first.
    pub check_ins: Vec<StoredCheckIn>,
}

/// How many of a programme's people wait and how many pairs it holds in each state, counted
/// without opening a record (how many take part on each side: [`Store::participant_counts`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProgrammeCounts {
    pub waiting: u64,
    /// When the newcomer waiting longest joined.
    pub waiting_since: Option<DateTime<Utc>>,
    /// How many of those waiting have waited less than each of [`WAIT_BOUNDS`] days, and the
    /// rest: one count more than there are bounds.
    pub waited: Vec<u64>,
    pub proposed: u64,
    /// Accepted, introduced or active.
    pub held: u64,
    pub quiet: u64,
}

/// The spans of waiting the programme page counts people in, in days: under a week, one to two
/// weeks, two to four, one to two months, two to three, three to six, and longer.
pub const WAIT_BOUNDS: [i64; 6] = [7, 14, 28, 56, 91, 182];

const HOLDING: [PairStatus; 3] = [PairStatus::Accepted, PairStatus::Introduced, PairStatus::Active];

fn names(statuses: &[PairStatus]) -> Vec<&'static str> {
    statuses.iter().map(|s| s.as_str()).collect()
}

/// Some pair in one of `statuses` has the person of the outer query as `side`.
fn has_pair(side: pair::Column, statuses: &[PairStatus]) -> SelectStatement {
    Query::select()
        .expr(Expr::val(1))
        .from(pair::Entity)
        .and_where(Expr::col((pair::Entity, side)).equals((participant::Entity, participant::Column::Id)))
        .and_where(Expr::col((pair::Entity, pair::Column::Status)).is_in(names(statuses)))
        .to_owned()
}

fn either_side(statuses: &[PairStatus]) -> Condition {
    Condition::any()
        .add(Expr::exists(has_pair(pair::Column::NewcomerId, statuses)))
        .add(Expr::exists(has_pair(pair::Column::VolunteerId, statuses)))
}

/// The people of the programme who have every word. With `lead`, the database may start from the
/// people a word names; without, it checks the words on the rows another index gives it.
fn having_words(
    key: &FieldKey,
    programme: ProgrammeId,
    column: impl ColumnTrait,
    words: &[String],
    lead: bool,
) -> Result<Condition> {
    let mut all = Condition::all();
    for word in words {
        let term = key.term(programme.as_uuid(), word)?;
        let found = Query::select()
            .column(participant_term::Column::ParticipantId)
            .from(participant_term::Entity)
            .and_where(participant_term::Column::Term.eq(term))
            .to_owned();
        all = all.add(if lead {
            column.in_subquery(found)
        } else {
            // SQLite's unary plus (and its `?`): the same value, but no longer a column an index can
            // start from. (A correlated EXISTS, one probe a row, made a count in sqlite3 quicker but
            // the page under load slower: 126 against 48 ms p50 at 100,000 people.)
            Expr::expr(Expr::cust_with_expr("+?", Expr::col(column.as_column_ref()))).in_subquery(found)
        });
    }
    Ok(all)
}

fn people_condition(
    key: &FieldKey,
    programme: ProgrammeId,
    filter: &PeopleFilter,
    backend: DbBackend,
) -> Result<Condition> {
    let mut c = Condition::all().add(participant::Column::ProgrammeId.eq(programme.as_uuid()));
    if let Some(side) = &filter.side {
        c = c.add(participant::Column::Side.eq(side.as_str()));
    }
    let active = participant::Column::Status.eq("active");
    c = match filter.standing {
        None => c,
        Some(Standing::Active) => c.add(active),
        Some(Standing::Withdrawn) => c.add(participant::Column::Status.eq("withdrawn")),
        // The database keeps `open_pairs` (migration m0016), so this reads one index.
        Some(Standing::Waiting) => {
            c.add(active).add(participant::Column::Side.eq("newcomer")).add(participant::Column::OpenPairs.eq(0))
        }
        Some(Standing::Proposed) => c.add(active).add(either_side(&[PairStatus::Proposed])),
        Some(Standing::Paired) => c.add(active).add(either_side(&HOLDING)),
    };
    if let Some(at) = filter.joined_by {
        c = c.add(participant::Column::JoinedAt.lte(at));
    }
    // The waiting newcomers' own index leads and the words are checked on its rows. SQLite's
    // planner knows only a word's average reach, so it would otherwise start from everyone a
    // common word (a language) names and sort them: 67 ms against 18 ms at 100,000 people.
    let lead = filter.standing != Some(Standing::Waiting) || backend != DbBackend::Sqlite;
    Ok(c.add(having_words(key, programme, participant::Column::Id, &filter.words, lead)?))
}

/// Meeting pairs silent longer than `days`: no check-in on or after the day `days` ago, and, with
/// none at all, introduced (or proposed) more than `days` whole days ago.
fn quiet_condition(days: u32, now: DateTime<Utc>) -> Condition {
    let checked_in = |since: Option<chrono::NaiveDate>| {
        let mut q = Query::select()
            .expr(Expr::val(1))
            .from(check_in::Entity)
            .and_where(Expr::col((check_in::Entity, check_in::Column::PairId)).equals((pair::Entity, pair::Column::Id)))
            .to_owned();
        if let Some(day) = since {
            q.and_where(Expr::col((check_in::Entity, check_in::Column::MetOn)).gte(day));
        }
        Expr::exists(q)
    };
    let recent = (now - Duration::days(i64::from(days))).date_naive();
    let started =
        Func::coalesce([Expr::col(pair::Column::IntroducedAt).into(), Expr::col(pair::Column::ProposedAt).into()]);
    Condition::all().add(checked_in(Some(recent)).not()).add(
        Condition::any().add(checked_in(None)).add(Expr::expr(started).lte(now - Duration::days(i64::from(days) + 1))),
    )
}

fn pairs_condition(programme: ProgrammeId, (group, quiet_after): (PairGroup, u32), now: DateTime<Utc>) -> Condition {
    let mut c = Condition::all().add(pair::Column::ProgrammeId.eq(programme.as_uuid()));
    if let Some(statuses) = group.statuses() {
        c = c.add(pair::Column::Status.is_in(names(statuses)));
    }
    if group == PairGroup::Quiet {
        c = c.add(quiet_condition(quiet_after, now));
    }
    c
}

/// What a quiet pair's list sorts by first, as [`pairs_found`] names it.
const CONTACT: &str = "last_contact";

/// The pairs of `group` that `condition` keeps where either person has every word, as a select of
/// their ids and what the group's list sorts them by. One branch a side, so that each is found,
/// checked and sorted from its side's index (migration m0023) without reading any pair's row (an
/// `OR` of the two sides reads every pair it finds); a pair whose two people both have the words
/// is found once.
fn pairs_found(
    key: &FieldKey,
    programme: ProgrammeId,
    (group, condition): (PairGroup, &Condition),
    words: &[String],
) -> Result<SelectStatement> {
    let side = |person: pair::Column| -> Result<SelectStatement> {
        let mut found = Query::select();
        found.column((pair::Entity, pair::Column::Id)).column((pair::Entity, pair::Column::ProposedAt));
        if group == PairGroup::Quiet {
            found.expr_as(last_contact(), Alias::new(CONTACT));
        }
        let having = having_words(key, programme, person, words, true)?;
        Ok(found.from(pair::Entity).cond_where(Condition::all().add(condition.clone()).add(having)).to_owned())
    };
    let mut found = side(pair::Column::NewcomerId)?;
    found.union(UnionType::Distinct, side(pair::Column::VolunteerId)?);
    Ok(found)
}

/// The order a group's list shows its pairs in, by the names [`pairs_found`] gives the columns.
fn pairs_order(group: PairGroup) -> &'static [&'static str] {
    if group == PairGroup::Quiet {
        &[CONTACT, "proposed_at", "id"]
    } else {
        &["proposed_at", "id"]
    }
}

/// One page of what `found` selects (ids and the columns `order` names), in that order, and how
/// many it holds, from one evaluation of it: a search's matches are found once rather than once to
/// count them and again for the page, and only their ids and sort keys are sorted, not their rows.
async fn found_page(
    db: &impl ConnectionTrait,
    found: SelectStatement,
    order: &[&str],
    paging: Paging,
) -> Result<(Vec<uuid::Uuid>, u64)> {
    let backend = db.get_database_backend();
    let mut ids = Vec::new();
    let mut total: i64 = 0;
    for row in db.query_all(backend.build(&found_page_query(found.clone(), order, paging))).await? {
        ids.push(row.try_get::<uuid::Uuid>("", "id")?);
        total = row.try_get("", "total")?;
    }
    if ids.is_empty() && paging.offset() > 0 {
        // Past the last page no row carries the count.
        let count = Query::select()
            .expr_as(Expr::cust("COUNT(*)"), Alias::new("total"))
            .from_subquery(found, Alias::new("found"))
            .to_owned();
        if let Some(row) = db.query_one(backend.build(&count)).await? {
            total = row.try_get("", "total")?;
        }
    }
    Ok((ids, u64::try_from(total).unwrap_or(0)))
}

/// The page of `found` [`found_page`] reads, each row with the number of rows `found` holds.
fn found_page_query(found: SelectStatement, order: &[&str], paging: Paging) -> SelectStatement {
    let mut page = Query::select();
    page.column(Alias::new("id"))
        .expr_as(Expr::cust("COUNT(*) OVER ()"), Alias::new("total"))
        .from_subquery(found, Alias::new("found"));
    for column in order {
        page.order_by(Alias::new(*column), Order::Asc);
    }
    page.limit(paging.per_page).offset(paging.offset()).to_owned()
}

/// `rows` in the order of `ids`.
fn in_order<M>(ids: &[uuid::Uuid], rows: Vec<M>, id: impl Fn(&M) -> uuid::Uuid) -> Vec<M> {
    let mut rows: HashMap<uuid::Uuid, M> = rows.into_iter().map(|m| (id(&m), m)).collect();
    ids.iter().filter_map(|i| rows.remove(i)).collect()
}

impl Store {
    /// A page of the programme's people that `filter` keeps, longest in the programme first, with
    /// their records opened; the entry counts the people shown.
    pub async fn people_listed(
        &self,
        grant: &Grant<ReadParticipants>,
        programme: ProgrammeId,
        (filter, paging): (&PeopleFilter, Paging),
        reading: Reading<'_>,
        now: DateTime<Utc>,
    ) -> Result<Listed<StoredParticipant>> {
        let key = self.field_key()?;
        let txn = self.begin_reading().await?;
        Self::programme_row_in(&txn, grant.org(), programme).await?;
        let listed = people_in(&txn, key, programme, (filter, paging)).await?;
        self.close_reading(txn, reading.event(grant, programme, Read::Records(listed.items.len())), now).await?;
        Ok(listed)
    }

    /// Pages of the programme's pairs, one for each group asked, where either person has every
    /// word (oldest first; quiet ones most silent first), with the two people of each, and
    /// optionally a page of the newcomers waiting and the latest round; all read together, and the
    /// entry counts the people shown (the round's summary is read for them).
    pub async fn pairs_listed(
        &self,
        grant: &Grant<ReadParticipants>,
        programme: ProgrammeId,
        asked: PairsAsked<'_>,
        reading: Reading<'_>,
        now: DateTime<Utc>,
    ) -> Result<PairsListed> {
        let key = self.field_key()?;
        let txn = self.begin_reading().await?;
        let stored = programme_of(Self::programme_row_in(&txn, grant.org(), programme).await?);
        let mut groups = Vec::with_capacity(asked.groups.len());
        let mut rows = Vec::new();
        for &(group, paging) in asked.groups {
            let condition = pairs_condition(programme, (group, stored.quiet_after_days), now);
            let (page, total) = if asked.words.is_empty() {
                let total = pair::Entity::find().filter(condition.clone()).count(&txn).await?;
                let mut query = pair::Entity::find().filter(condition);
                if group == PairGroup::Quiet {
                    query = query.order_by_asc(last_contact());
                }
                let page = query
                    .order_by_asc(pair::Column::ProposedAt)
                    .order_by_asc(pair::Column::Id)
                    .offset(paging.offset())
                    .limit(paging.per_page)
                    .all(&txn)
                    .await?;
                (page, total)
            } else {
                let found = pairs_found(key, programme, (group, &condition), asked.words)?;
                let (ids, total) = found_page(&txn, found, pairs_order(group), paging).await?;
                let rows = pair::Entity::find().filter(pair::Column::Id.is_in(ids.clone())).all(&txn).await?;
                (in_order(&ids, rows, |m| m.id), total)
            };
            groups.push((page.len(), total));
            rows.extend(page);
        }
        let waiting = match asked.waiting {
            Some(paging) => {
                let filter = PeopleFilter {
                    standing: Some(Standing::Waiting),
                    words: asked.words.to_vec(),
                    ..PeopleFilter::default()
                };
                Some(people_in(&txn, key, programme, (&filter, paging)).await?)
            }
            None => None,
        };
        let latest_round = if asked.round {
            let shown: Vec<uuid::Uuid> = waiting.iter().flat_map(|w| w.items.iter().map(|p| p.id.as_uuid())).collect();
            self.latest_round_in(&txn, programme, Waits::Of(&shown)).await?
        } else {
            None
        };
        let met = met_of(&txn, rows.iter().map(|r| r.id).collect()).await?;
        let people = if asked.people {
            let mut ids: Vec<uuid::Uuid> = rows.iter().flat_map(|r| [r.newcomer_id, r.volunteer_id]).collect();
            ids.sort_unstable();
            ids.dedup();
            participant::Entity::find()
                .filter(participant::Column::Id.is_in(ids))
                .all(&txn)
                .await?
                .into_iter()
                .map(|m| participant_of(key, m))
                .collect::<Result<Vec<_>>>()?
        } else {
            Vec::new()
        };
        // The records opened: the people shown, or without them the pairs themselves (their
        // reasons speak of the people).
        let shown = if asked.people { people.len() } else { rows.len() };
        let mut pairs = rows.into_iter().map(|m| pair_of(key, m, &met));
        let groups = groups
            .into_iter()
            .map(|(shown, total)| Ok(Listed { items: pairs.by_ref().take(shown).collect::<Result<Vec<_>>>()?, total }))
            .collect::<Result<Vec<_>>>()?;
        let read = shown + waiting.as_ref().map(|w| w.items.len()).unwrap_or(0);
        self.close_reading(txn, reading.event(grant, programme, Read::Records(read)), now).await?;
        Ok(PairsListed { groups, waiting, people, latest_round })
    }

    /// One pair of the programme with its two people and its check-ins; the entry names the two.
    /// A pair of another programme is not found, and then nothing is written.
    pub async fn pair_held(
        &self,
        grant: &Grant<ReadParticipants>,
        programme: ProgrammeId,
        id: PairId,
        reading: Reading<'_>,
        now: DateTime<Utc>,
    ) -> Result<PairHeld> {
        let key = self.field_key()?;
        let txn = self.begin_reading().await?;
        let stored = programme_of(Self::programme_row_in(&txn, grant.org(), programme).await?);
        let row = Self::pair_row(&txn, programme, id).await?;
        let met = met_of(&txn, vec![row.id]).await?;
        let pair = pair_of(key, row, &met)?;
        let newcomer = participant_of(key, self.participant_row(&txn, programme, pair.newcomer).await?)?;
        let volunteer = participant_of(key, self.participant_row(&txn, programme, pair.volunteer).await?)?;
        let check_ins = self.check_ins_in(&txn, id).await?;
        let people = [pair.newcomer, pair.volunteer];
        self.close_reading(txn, reading.event(grant, programme, Read::People(&people)), now).await?;
        Ok(PairHeld { programme: stored, pair, newcomer, volunteer, check_ins })
    }

    /// The programme's counts of people and pairs by state; nobody's record is opened, so nothing
    /// is audited.
    pub async fn programme_counts(
        &self,
        grant: &Grant<ReadParticipants>,
        programme: ProgrammeId,
        now: DateTime<Utc>,
    ) -> Result<ProgrammeCounts> {
        let key = self.field_key()?;
        let txn = self.begin_reading().await?;
        let stored = programme_of(Self::programme_row_in(&txn, grant.org(), programme).await?);
        let count_pairs = |group| count_pairs(&txn, programme, (group, stored.quiet_after_days), now);
        let filter = PeopleFilter { standing: Some(Standing::Waiting), ..PeopleFilter::default() };
        let waiting = people_condition(key, programme, &filter, txn.get_database_backend())?;
        let waiting_since: Option<DateTime<Utc>> = participant::Entity::find()
            .select_only()
            .column(participant::Column::JoinedAt)
            .filter(waiting.clone())
            .order_by_asc(participant::Column::JoinedAt)
            .into_tuple()
            .one(&txn)
            .await?;
        // How many pairs are in each state, as the database keeps them (migration m0024).
        let tallies = Tallies::of(&txn, programme).await?;
        // Each span of waiting is counted on its own range of the waiting newcomers' index, which
        // ends in the day they joined; the spans cover everyone waiting, once. At 100,000 people
        // this reads about 1 ms, where one pass that sorted everyone waiting into the spans by
        // `CASE` took 8 ms.
        let mut waited = Vec::with_capacity(WAIT_BOUNDS.len() + 1);
        for k in 0..=WAIT_BOUNDS.len() {
            let mut span = waiting.clone();
            if let Some(days) = WAIT_BOUNDS.get(k) {
                span = span.add(participant::Column::JoinedAt.gt(now - Duration::days(*days)));
            }
            if let Some(days) = k.checked_sub(1).and_then(|k| WAIT_BOUNDS.get(k)) {
                span = span.add(participant::Column::JoinedAt.lte(now - Duration::days(*days)));
            }
            waited.push(participant::Entity::find().filter(span).count(&txn).await?);
        }
        let counts = ProgrammeCounts {
            waiting: waited.iter().sum(),
            waiting_since,
            waited,
            proposed: tallies.get("pair:proposed"),
            held: HOLDING.iter().map(|status| tallies.get(&format!("pair:{}", status.as_str()))).sum(),
            quiet: count_pairs(PairGroup::Quiet).await?,
        };
        txn.commit().await?;
        Ok(counts)
    }

    /// Gives every participant who has no findable words yet the words `words` reads from their
    /// record: run at start, after migrations, for people added before words were kept (or whose
    /// record has none). Nothing leaves the store but the words, which it keeps as keyed numbers.
    /// Answers how many people it gave words to.
    pub async fn find_words_for_all(&self, words: impl Fn(&str) -> Vec<String>) -> Result<usize> {
        let key = self.field_key()?;
        let without = Query::select()
            .expr(Expr::val(1))
            .from(participant_term::Entity)
            .and_where(
                Expr::col((participant_term::Entity, participant_term::Column::ParticipantId))
                    .equals((participant::Entity, participant::Column::Id)),
            )
            .to_owned();
        let mut given = 0;
        let mut after = uuid::Uuid::nil();
        loop {
            let rows = participant::Entity::find()
                .filter(Expr::exists(without.clone()).not())
                .filter(participant::Column::Id.gt(after))
                .order_by_asc(participant::Column::Id)
                .limit(1000)
                .all(&self.db)
                .await?;
            let Some(last) = rows.last() else { break };
            after = last.id;
            let txn = self.db.begin().await?;
            for m in rows {
                let programme = ProgrammeId::from_uuid(m.programme_id);
                let person = participant_of(key, m)?;
                let found = words(person.record.expose());
                given += usize::from(!found.is_empty());
                add_words(&txn, key, programme, &[(person.id, &found)]).await?;
            }
            txn.commit().await?;
        }
        Ok(given)
    }
}

/// When a meeting pair was last in touch: its latest check-in, or else its introduction.
fn last_contact() -> SimpleExpr {
    let last_met = Query::select()
        .expr(Func::max(Expr::col((check_in::Entity, check_in::Column::MetOn))))
        .from(check_in::Entity)
        .and_where(Expr::col((check_in::Entity, check_in::Column::PairId)).equals((pair::Entity, pair::Column::Id)))
        .to_owned();
    Func::coalesce([
        SimpleExpr::SubQuery(None, Box::new(last_met.into_sub_query_statement())),
        Expr::col((pair::Entity, pair::Column::IntroducedAt)).into(),
        Expr::col((pair::Entity, pair::Column::ProposedAt)).into(),
    ])
    .into()
}

/// A page of the people `filter` keeps, longest in the programme first, records opened.
async fn people_in(
    db: &impl ConnectionTrait,
    key: &FieldKey,
    programme: ProgrammeId,
    (filter, paging): (&PeopleFilter, Paging),
) -> Result<Listed<StoredParticipant>> {
    let condition = people_condition(key, programme, filter, db.get_database_backend())?;
    let (rows, total) = if filter.words.is_empty() {
        let total = participant::Entity::find().filter(condition.clone()).count(db).await?;
        let rows = participant::Entity::find()
            .filter(condition)
            .order_by_asc(participant::Column::JoinedAt)
            .order_by_asc(participant::Column::Id)
            .offset(paging.offset())
            .limit(paging.per_page)
            .all(db)
            .await?;
        (rows, total)
    } else {
        // A search: the people found are counted and sorted from an index, and only the page's
        // records are read (sorting the records themselves read every match's 700 bytes).
        let found = Query::select()
            .column((participant::Entity, participant::Column::Id))
            .column((participant::Entity, participant::Column::JoinedAt))
            .from(participant::Entity)
            .cond_where(condition)
            .to_owned();
        let (ids, total) = found_page(db, found, &["joined_at", "id"], paging).await?;
        let rows = participant::Entity::find().filter(participant::Column::Id.is_in(ids.clone())).all(db).await?;
        (in_order(&ids, rows, |m| m.id), total)
    };
    let items = rows.into_iter().map(|m| participant_of(key, m)).collect::<Result<Vec<_>>>()?;
    Ok(Listed { items, total })
}

async fn count_pairs(
    db: &impl ConnectionTrait,
    programme: ProgrammeId,
    group: (PairGroup, u32),
    now: DateTime<Utc>,
) -> Result<u64> {
    Ok(pair::Entity::find().filter(pairs_condition(programme, group, now)).count(db).await?)
}

/// Replaces the person's findable words with `words`, in `db`.
pub(crate) async fn write_words(
    db: &impl ConnectionTrait,
    key: &FieldKey,
    (programme, id): (ProgrammeId, ParticipantId),
    words: &[String],
) -> Result<()> {
    participant_term::Entity::delete_many()
        .filter(participant_term::Column::ParticipantId.eq(id.as_uuid()))
        .exec(db)
        .await?;
    add_words(db, key, programme, &[(id, words)]).await
}

/// Gives people of `programme` who have none yet their findable words, in `db`.
pub(crate) async fn add_words(
    db: &impl ConnectionTrait,
    key: &FieldKey,
    programme: ProgrammeId,
    people: &[(ParticipantId, &[String])],
) -> Result<()> {
    let mut rows = Vec::new();
    for (id, words) in people {
        let mut terms: Vec<i64> = words.iter().map(|w| key.term(programme.as_uuid(), w)).collect::<Result<_>>()?;
        terms.sort_unstable();
        terms.dedup();
        rows.extend(
            terms
                .into_iter()
                .map(|term| participant_term::ActiveModel { term: Set(term), participant_id: Set(id.as_uuid()) }),
        );
    }
    // Batches keep each statement under the backends' bind-parameter limits.
    for chunk in rows.chunks(1000) {
        participant_term::Entity::insert_many(chunk.to_vec()).exec_without_returning(db).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// How SQLite means to run `query`, one step a line.
    async fn plan(store: &Store, query: &SelectStatement) -> String {
        let (sql, values) = query.build(sea_orm::sea_query::SqliteQueryBuilder);
        let explain =
            sea_orm::Statement::from_sql_and_values(DbBackend::Sqlite, format!("EXPLAIN QUERY PLAN {sql}"), values);
        let rows = store.db.query_all(explain).await.unwrap();
        rows.iter().map(|r| r.try_get::<String>("", "detail").unwrap()).collect::<Vec<_>>().join("\n")
    }

    /// A search of pairs by name finds, counts and sorts its matches from the two sides' indexes
    /// alone: no pair's row (with its sealed reasons) is read but the page's.
    #[tokio::test]
    async fn a_search_of_pairs_reads_no_pair_it_does_not_show() {
        let folder = tempfile::tempdir().unwrap();
        let store = Store::open_sqlite(folder.path()).await.unwrap();
        store.migrate().await.unwrap();
        let (key, programme) = (FieldKey::generate(), ProgrammeId::new());
        let words = ["name:amira".to_string()];
        // Every group but "all" narrows by state; "all" is left to the planner's statistics, which
        // a new, empty database has none of.
        for group in [PairGroup::Proposed, PairGroup::Accepted, PairGroup::Meeting, PairGroup::Closed] {
            let condition = pairs_condition(programme, (group, 14), Utc::now());
            let found = pairs_found(&key, programme, (group, &condition), &words).unwrap();
            let paging = Paging { page: 3, per_page: 50 };
            let plan = plan(&store, &found_page_query(found, pairs_order(group), paging)).await;
            for side in ["newcomer", "volunteer"] {
                let covered = format!("SEARCH pairs USING COVERING INDEX pairs_found_by_{side}");
                assert!(plan.contains(&covered), "{group:?}: {plan}");
            }
            assert!(!plan.contains("MULTI-INDEX OR") && !plan.contains("SCAN pairs"), "{group:?}: {plan}");
        }
    }
}
