//! Candidate generation: which volunteers a newcomer could be paired with, without comparing
//! everyone with everyone. Volunteers are indexed once per round by what the programme's rules
//! require:
//!
//! - by each language they speak at conversational level or better (shared and complementary
//!   languages), and by each language they learn (complementary languages);
//! - by place: a grid of 0.1° cells (about 11 km north–south, 7 km east–west in Belgium) for those
//!   on the map, and by area for those matched by area (see [`rules`](crate::rules));
//! - by field (same field), and the list of vetted volunteers (minors).
//!
//! For each newcomer every rule that narrows the search offers a set of buckets that must hold
//! every volunteer keeping that rule; the smallest set is read, and only its volunteers are checked
//! against all the rules and scored. When no rule narrows (no language, place, field or
//! safeguarding rule applies to this newcomer), every volunteer with room is checked. Volunteers
//! with no room left are not indexed: they can take no one this round.
//!
//! The grid lookup covers the newcomer's own travel distance, an upper bound on the reach of any
//! pair, through a latitude–longitude box that provably contains the whole circle (widened where it
//! nears a pole or crosses the date line, and by a hair for rounding), so the index loses no one:
//! the candidates it finds are exactly the pairs that keep every rule.

use crate::certificate::Certificate;
use crate::entrant::{fold_all, Entrant, Folded, EARTH_KM};
use crate::instance::Edge;
use crate::participant::Coordinates;
use crate::programme::{Programme, Rules};
use crate::round::{Progress, Step, REPORT_EVERY};
use crate::rules::{keeps, keeps_cheap, keeps_cheap_briefly, keeps_place, keeps_reach};
use crate::score::{crowded_language_bits, distance_cap, pair_score, Brief, Columns, Probe, Summary};
use crate::threads::in_order;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// A pair that keeps every rule, with its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Candidate {
    pub newcomer: usize,
    pub volunteer: usize,
    pub score: u32,
}

/// Every pair of a newcomer and a volunteer with room (`room[v] > 0`; a missing entry is 0) that
/// keeps every rule of `programme`, with its score, ordered by newcomer then volunteer.
pub fn candidate_pairs(
    programme: &Programme,
    newcomers: &[Entrant],
    volunteers: &[Entrant],
    room: &[u32],
) -> Vec<Candidate> {
    let (_, n, v) = fold_all(newcomers, volunteers);
    candidate_edges(programme, &n, &v, room)
        .into_iter()
        .map(|e| Candidate { newcomer: e.seeker as usize, volunteer: e.provider as usize, score: e.score })
        .collect()
}

/// The same as [`candidate_pairs`], on folded entrants, as solver edges.
pub(crate) fn candidate_edges(
    programme: &Programme,
    newcomers: &[Folded],
    volunteers: &[Folded],
    room: &[u32],
) -> Vec<Edge> {
    let index = Index::new(&programme.rules, volunteers, room);
    // Which newcomer last saw each volunteer: a volunteer in two language buckets is checked once.
    let mut seen = vec![u32::MAX; volunteers.len()];
    let mut edges = Vec::new();
    for (s, n) in newcomers.iter().enumerate() {
        let s = s as u32;
        let first = edges.len();
        for bucket in index.narrowest(n) {
            for &p in &bucket.volunteers {
                let pi = p as usize;
                if seen[pi] == s {
                    continue;
                }
                seen[pi] = s;
                let v = &volunteers[pi];
                if let Some(place) = keeps(&programme.rules, n, v) {
                    edges.push(Edge { seeker: s, provider: p, score: pair_score(programme, n, v, &place) });
                }
            }
        }
        // The same order whichever buckets were read, so the solver sees the same instance.
        edges[first..].sort_unstable_by_key(|e| e.provider);
    }
    edges
}

/// A round's candidates without holding them all (a city's programme has hundreds of millions):
/// each newcomer's best `keep` candidates, and for the rest only a bound on their scores. The
/// round solves over the shortlist, then [`Shortlist::price`] reads every other pair against the
/// solution's duals, without storing it, and hands back those that could improve the answer; when
/// none can, the certificate covers every pair that keeps the rules (see [`crate::round`]).
///
/// Where the work goes, in the 100,000-person round of `examples/round_at_scale.rs` (60,000
/// newcomers): each newcomer has about 317 runs in reach and opens 244 of them, because a run's
/// summary (the languages, interests and timetables of 32 people together) nearly always offers
/// everything, so that only distance tells runs apart. [`Probe::may_reach`] then reads about 7,300
/// members; 11% of them may beat the bar, and 70% of those break a cheap rule. Three out of four
/// members read share at most one weekly slot with the newcomer, yet a quarter of the places on the
/// lists go to such members. Measured and not kept (the same pairs, no faster by the clock): runs of
/// 16 or 8 (fewer members read, more runs to weigh); lists of 4 or 8 (many more pairs to price);
/// the cheap rules settled inside `may_reach`; its members as one record each instead of columns,
/// and a first pass without the language fit (up to 9% fewer instructions, as fast or slower).
/// Also measured and not kept (`round_at_scale 100000`, timed beside a build, so each against
/// the unchanged round in the same conditions):
///
/// - Reading at most 30 or 60 runs per newcomer and leaving the rest to pricing: shortlisting
///   took 2.1–2.6 s instead of 6.7, but volunteers left on no list kept their room, so their dual
///   stayed 0 and pricing found 100 to 120 million uncovered pairs: rounds of 100 to 115 s. With
///   pricing also keeping only each newcomer's best 8 or 24 uncovered pairs per pass, even read
///   best first by how far a run's bound passes its members' duals, the pricing passes still read
///   most pairs against those low duals (a run's bound is as loose as in shortlisting): 34 to 37 s.
/// - A bar guessed from the last newcomer's list (0.9 to 0.98 of it), the scan done again
///   without it when it proves too high, so that the lists stay exactly these: 26,000 to 34,000
///   of the 60,000 scans had to be done again, and shortlisting was no faster.
/// - Pricing that keeps only each newcomer's best 24 uncovered pairs per pass (reading every pair
///   again next pass for a newcomer it cut short): 1.34 million pairs solved over instead of 2.04
///   million and 20 MB less at the peak, in the same time.
/// - One sort of a newcomer's runs instead of a heap, and building for x86-64-v3 or v4 (AVX2,
///   AVX-512): within 3% of the time, inside the noise.
/// - [`Probe::may_reach`] written so that the compiler works on several members at once (every
///   fit in floating point, the interest and timetable fits by their formulas instead of tables,
///   the answers packed eight at a time): it did, but took 7.0–8.6 ns a member against 5.0–6.5
///   for the loop as it is (4,096 volunteers against 200 newcomers, alternating, in one run), and
///   the round was no faster, with AVX2 or without.
/// - `may_reach` also settling each member's own distance (compared squared, with neither root
///   nor division) beside the cheap rules: 7.9–8.1 s of shortlisting against 6.4, for a fifth as
///   many members passed on to be read; the cheap rules alone, 6.9–7.0 s.
/// - Each newcomer's list begun with the lists of the one to three newcomers read before it
///   (neighbours on the map), so that the bar is there from the start: the same time, for a
///   neighbour's best fit this newcomer little better than the nearest run's members do.
/// - Runs sorted by timetable within tiles of 1 to 4 km (the most slots anyone of a run has
///   capping the timetable fit): 5–20% slower, for a run's timetables still cover nearly every
///   slot and its box grew. Lists of 12, 16 and 32: shortlisting 13% faster at 12, but pricing
///   took 9 s instead of 2.6; 16 and 32 no faster in all.
///
/// How much the bar costs: told each newcomer's final bar from the start (a second scan after a
/// first), shortlisting takes 3.7 s instead of 5.2, so seven tenths of it is reading the runs a
/// perfect bar still opens. How far knowing the prices first could go: every newcomer scanned against the round's final
/// duals, as a shortlist would be if the volunteers' prices were known before it (a floor for any
/// design that estimates them first), takes 3.2 s to find no pair, 3.5 s to list the 94,000 pairs
/// within 10,000 points of tight and 4.3 s for the 498,000 within 50,000, where today's shortlist
/// takes 5.4–5.6 s. Pricing's first pass is cheaper (1.1 s) only because it skips the newcomers
/// whose list already bounds what they left off. Even perfect prices would leave a round of about
/// 6 s: what stands between a round and 5 s is the cost of reading a newcomer's runs at all, that
/// is, how loose a run's summary is.
pub(crate) struct Shortlist<'a> {
    pairs: Pairs<'a>,
    index: Index<'a>,
    /// How many threads read the index at once (each newcomer is read on its own, so the lists
    /// are the same however many there are).
    threads: usize,
    /// Per newcomer: no candidate left off the list scores above this; `None` when none was left off.
    pub bound: Vec<Option<u32>>,
    /// The newcomers in map order, neighbours one after the other, so that each reads much of
    /// what the last one read while it is still in the processor's cache.
    order: Vec<u32>,
    /// The bits that stand for more than one of the round's languages ([`crowded_language_bits`]).
    crowded: u64,
}

/// What reading one pair found.
enum Read {
    /// It breaks a rule, or was turned down.
    Broken,
    /// A bound shows it scores no more than the bar: it was not scored.
    Bounded,
    Scored(u32),
}

/// The round's people and the pairs a coordinator turned down, and how one pair of them is read.
#[derive(Clone, Copy)]
pub(crate) struct Pairs<'a> {
    pub(crate) programme: &'a Programme,
    pub(crate) newcomers: &'a [Folded],
    pub(crate) volunteers: &'a [Folded],
    pub(crate) excluded: &'a HashSet<(u32, u32)>,
}

impl Pairs<'_> {
    /// Whether newcomer `s` (whose [`Probe`] is `probe`) and volunteer `p` (whose brief is
    /// `theirs`, in a run whose [`distance_cap`] for `s` is `distance`) keep the rules, and their
    /// score, unless the probe's bound shows first that the pair scores at most `bar`: the rules
    /// the two briefs settle, then the bound (whose distance may show the two out of reach), then
    /// the rules only the lists settle, the distance and the score.
    fn read(&self, s: u32, probe: &Probe, p: u32, theirs: &Brief, distance: u32, bar: Option<i64>) -> Read {
        let rules = &self.programme.rules;
        let cheap = keeps_cheap_briefly(rules, &probe.brief, theirs);
        if cheap == Some(false) {
            return Read::Broken;
        }
        if let Some(bar) = bar {
            let limit = probe.limit(bar);
            match probe.sum(theirs, limit, distance) {
                None => return Read::Broken,
                Some(sum) if (sum as i64) < limit => return Read::Bounded,
                Some(_) => {}
            }
        }
        let (n, v) = (&self.newcomers[s as usize], &self.volunteers[p as usize]);
        if cheap.is_none() && !keeps_cheap(rules, n, v) {
            return Read::Broken;
        }
        match keeps_place(rules, n, v) {
            Some(place) if !self.excluded.contains(&(s, p)) => Read::Scored(pair_score(self.programme, n, v, &place)),
            _ => Read::Broken,
        }
    }

    /// The least distance from newcomer `n` to `run` when all are on the map, or `Err` when the
    /// rules put every member out of reach.
    fn reach(&self, n: &Folded, run: &Summary) -> Result<Option<f64>, ()> {
        let km = n.on_map().zip(run.on_map.as_ref()).map(|(at, area)| at.km_at_least(area));
        let beyond = km.is_some_and(|km| km > f64::from(n.travel_km.min(run.travel_km)));
        if self.programme.rules.within_reach && beyond {
            Err(())
        } else {
            Ok(km)
        }
    }

    /// A bound on the score of newcomer `n` (whose probe is `probe`) with any member of `run`,
    /// and on their distance fit ([`distance_cap`]), or `None` when every member is further away
    /// than the rules allow.
    fn run_bound(&self, n: &Folded, probe: &Probe, run: &Summary) -> Option<(u32, u32)> {
        let km = self.reach(n, run).ok()?;
        let distance = distance_cap(n, run, km);
        Some((probe.run_bound(run, distance), distance))
    }
}

/// What one thread reading the index newcomer by newcomer keeps to itself.
struct Reader {
    /// Which scan last marked each volunteer (volunteers in two buckets are read once).
    seen: Vec<u32>,
    scans: u32,
    /// The runs a best-first scan has yet to read: bound, distance cap, bucket and run.
    queue: Vec<(u32, u32, u32, u32)>,
}

/// How many newcomers, neighbours on the map, a thread reads before taking the next ones.
const BLOCK: usize = 256;

impl Reader {
    fn new(volunteers: usize) -> Reader {
        Reader { seen: vec![u32::MAX; volunteers], scans: 0, queue: Vec::new() }
    }

    fn stamp(&mut self) -> u32 {
        self.scans = self.scans.wrapping_add(1);
        if self.scans == u32::MAX {
            self.seen.fill(u32::MAX - 1);
            self.scans = 0;
        }
        self.scans
    }

    /// Calls `f` once for every volunteer in `n`'s narrowest buckets, but for the runs `read`
    /// turns away (`None`) and the members it leaves out: `read` answers for a run (given with
    /// its bucket) with a number passed on with each member, and the members to read (bit `i` for
    /// the `i`th).
    fn scan(
        &mut self,
        index: &Index,
        n: &Folded,
        mut read: impl FnMut(&Run, &Bucket) -> Option<(u32, u64)>,
        mut f: impl FnMut(u32, &Brief, u32),
    ) {
        let stamp = self.stamp();
        for bucket in index.narrowest(n) {
            for run in &bucket.runs {
                let Some((said, picked)) = read(run, bucket) else { continue };
                each_picked(bucket.run(run), picked, &mut self.seen, stamp, |p, brief| f(p, brief, said));
            }
        }
    }

    /// Reads `n`'s narrowest buckets run by run, the run of the highest `bound` first (a run
    /// whose bound is `None` is not read; the bound comes with a distance cap that is passed on
    /// with each member), calling `f` once for every volunteer. `f` answers with the bar a pair
    /// must now beat, if any: once no run left can beat it, the scan stops and says whether it
    /// left any run unread. Once there is a bar, `may` picks the members of each run that may
    /// beat it (from its columns, the members' range and the run's distance cap): the others are
    /// not passed to `f`.
    fn scan_best_first(
        &mut self,
        index: &Index,
        n: &Folded,
        bound: impl Fn(&Summary) -> Option<(u32, u32)>,
        may: impl Fn(&Columns, std::ops::Range<usize>, u32, u32) -> u64,
        mut f: impl FnMut(u32, &Brief, u32) -> Option<u32>,
    ) -> bool {
        let stamp = self.stamp();
        let buckets = index.narrowest(n);
        let mut queue = std::mem::take(&mut self.queue);
        queue.clear();
        for (b, bucket) in buckets.iter().enumerate() {
            for (r, run) in bucket.runs.iter().enumerate() {
                if let Some((bound, distance)) = bound(&run.summary) {
                    queue.push((bound, distance, b as u32, r as u32));
                }
            }
        }
        let mut queue = BinaryHeap::from(queue);
        let mut bar = None;
        let mut stopped = false;
        while let Some((bound, distance, b, r)) = queue.pop() {
            if bar.is_some_and(|bar| bound <= bar) {
                stopped = true;
                break;
            }
            let bucket = buckets[b as usize];
            let run = &bucket.runs[r as usize];
            let range = run.start as usize..run.end as usize;
            let everyone = u64::MAX >> (64 - range.len().clamp(1, 64));
            let picked = match bar {
                Some(bar) => may(&bucket.columns, range.clone(), bar, distance),
                None => everyone,
            };
            // Members left out score at most the bar: not read, but left off the list.
            stopped |= picked != everyone;
            each_picked(bucket.run(run), picked, &mut self.seen, stamp, |p, brief| bar = f(p, brief, distance));
        }
        self.queue = queue.into_vec();
        stopped
    }
}

/// Calls `f` with each member of a run (its volunteers and briefs) whose bit is set in `picked`
/// and whom the scan stamped `stamp` has not yet seen, marking them seen.
fn each_picked(
    (volunteers, briefs): (&[u32], &[Brief]),
    mut picked: u64,
    seen: &mut [u32],
    stamp: u32,
    mut f: impl FnMut(u32, &Brief),
) {
    while picked != 0 {
        let i = picked.trailing_zeros() as usize;
        picked &= picked - 1;
        let Some((&p, brief)) = volunteers.get(i).zip(briefs.get(i)) else { break };
        if seen[p as usize] != stamp {
            seen[p as usize] = stamp;
            f(p, brief);
        }
    }
}

/// `work` on each block of [`BLOCK`] newcomers of `order`, on up to `threads` threads, each with
/// its own scratch (from `scratch`, such as a [`Reader`] of the index): the blocks' results, in
/// the blocks' order ([`crate::threads::in_order`]). Threads take the next block as they finish
/// one, so a thread that meets crowded places does not hold the others up. `done` hears how many
/// newcomers are done at the start, every [`REPORT_EVERY`] or so, and at the end.
pub(crate) fn in_blocks<S, T: Send>(
    order: &[u32],
    threads: usize,
    done: &(dyn Fn(usize) + Sync),
    scratch: impl Fn() -> S + Sync,
    work: impl Fn(&mut S, &[u32]) -> T + Sync,
) -> Vec<T> {
    let blocks: Vec<&[u32]> = order.chunks(BLOCK).collect();
    let (finished, told) = (AtomicUsize::new(0), Mutex::new(0));
    done(0);
    let results = in_order(blocks.len(), threads, scratch, |scratch, b| {
        let block = blocks[b];
        let result = work(scratch, block);
        let was = finished.fetch_add(block.len(), Ordering::Relaxed);
        if was / REPORT_EVERY != (was + block.len()) / REPORT_EVERY {
            // Told under the lock, and only when further than last told: threads finish blocks
            // in any order, and a progress bar must not go back.
            if let Ok(mut told) = told.lock() {
                if was + block.len() > *told {
                    *told = was + block.len();
                    done(*told);
                }
            }
        }
        result
    });
    done(order.len());
    results
}

impl<'a> Shortlist<'a> {
    /// The shortlist's pairs (grouped by newcomer, by volunteer within one), and the shortlist,
    /// read on `threads` threads. Pairs in `excluded` are never candidates.
    pub(crate) fn new(
        pairs: Pairs<'a>,
        room: &[u32],
        keep: usize,
        threads: usize,
        watch: &(dyn Fn(Progress) + Sync),
    ) -> (Shortlist<'a>, Vec<Edge>) {
        let Pairs { programme, newcomers, volunteers, .. } = pairs;
        let index = Index::new(&programme.rules, volunteers, room);
        let mut order: Vec<u32> = (0..newcomers.len() as u32).collect();
        order.sort_by_cached_key(|&s| {
            let n = &newcomers[s as usize];
            n.on_map().map_or(u64::MAX, |g| interleave(g.at.lat + 90.0, g.at.lon + 180.0))
        });
        let crowded = crowded_language_bits(newcomers.iter().chain(volunteers));
        let keep = keep.max(1);
        let done = |done| watch(Progress { step: Step::Shortlisting, pass: 0, done, of: newcomers.len() });
        let reader = || Reader::new(volunteers.len());
        let blocks = in_blocks(&order, threads, &done, reader, |reader, block| {
            let (mut edges, mut bounds) = (Vec::with_capacity(block.len() * keep), Vec::new());
            let mut best: BinaryHeap<Reverse<(u32, u32)>> = BinaryHeap::with_capacity(keep + 1);
            for &s in block {
                let n = &newcomers[s as usize];
                let probe = Probe::new(programme, Brief::among(n, crowded));
                let mut left_off = false;
                let pairs = &pairs;
                // Once the list is full, a pair that cannot beat its worst is left off unscored.
                let worst = |best: &BinaryHeap<Reverse<(u32, u32)>>| {
                    (best.len() == keep).then(|| best.peek().map_or(0, |w| w.0 .0))
                };
                let stopped = reader.scan_best_first(
                    &index,
                    n,
                    |run| pairs.run_bound(n, &probe, run),
                    |columns, range, bar, distance| {
                        let limit = probe.limit(i64::from(bar));
                        probe.may_reach(columns, range, |_| limit, distance)
                    },
                    |p, theirs, distance| {
                        match pairs.read(s, &probe, p, theirs, distance, worst(&best).map(i64::from)) {
                            Read::Broken => {}
                            Read::Bounded => left_off = true,
                            Read::Scored(score) => {
                                best.push(Reverse((score, p)));
                                if best.len() > keep {
                                    best.pop();
                                    left_off = true;
                                }
                            }
                        }
                        worst(&best)
                    },
                );
                left_off |= stopped;
                // Everything left off scores at most the list's worst, which only rose as it filled.
                if left_off {
                    bounds.push((s, best.peek().map(|w| w.0 .0)));
                }
                edges.extend(best.drain().map(|Reverse((score, provider))| Edge { seeker: s, provider, score }));
            }
            (edges, bounds)
        });
        let mut bound = vec![None; newcomers.len()];
        let mut edges = Vec::new();
        for (some, bounds) in blocks {
            edges.extend(some);
            for (s, left_off) in bounds {
                bound[s as usize] = left_off;
            }
        }
        edges.sort_unstable_by_key(|e| (e.seeker, e.provider));
        (Shortlist { pairs, index, threads, bound, order, crowded }, edges)
    }

    /// The pairs not in `edges` (grouped by newcomer, by volunteer within one) that the duals of
    /// a solution over `edges` do not cover: `score + offset > u + v`. Empty means the solution
    /// is optimal over every pair that keeps the rules.
    ///
    /// `before`: the duals of the last pass priced, when every pair found then was added to
    /// `edges`. Every other pair was covered by those duals, so it is still covered unless the
    /// dual of its newcomer or of its volunteer went down since: only such pairs are read again
    /// (the passes after the first move few duals, and so read few pairs).
    /// `done` hears how many newcomers are priced every so often.
    pub(crate) fn price(
        &self,
        edges: &[Edge],
        first: &[usize],
        duals: &Certificate,
        before: Option<&Certificate>,
        done: &(dyn Fn(usize) + Sync),
    ) -> Vec<Edge> {
        // The volunteers whose dual went down (all of them on the first pass).
        let fell: Vec<bool> = match before {
            Some(before) => {
                duals.provider_duals.iter().zip(&before.provider_duals).map(|(now, was)| now < was).collect()
            }
            None => vec![true; duals.provider_duals.len()],
        };
        // Each run's least volunteer dual, among those whose dual fell and among every member (for
        // the newcomers whose own dual fell): no such member needs less than that to be covered
        // (`i64::MAX` when there is none).
        let mut least = vec![i64::MAX; self.index.runs as usize];
        let mut least_of_all = least.clone();
        for bucket in self.index.buckets() {
            for run in &bucket.runs {
                for &p in bucket.run(run).0 {
                    let dual = duals.provider_duals[p as usize];
                    let id = run.id as usize;
                    least_of_all[id] = least_of_all[id].min(dual);
                    if fell[p as usize] {
                        least[id] = least[id].min(dual);
                    }
                }
            }
        }
        let (fell, least, least_of_all) = (&fell, &least, &least_of_all);
        let volunteers = self.pairs.volunteers.len();
        let found = in_blocks(
            &self.order,
            self.threads,
            done,
            // Each thread's reader, and which newcomer's list last held each volunteer.
            || (Reader::new(volunteers), vec![u32::MAX; volunteers]),
            |(reader, listed), block| {
                let mut found = Vec::new();
                for &s in block {
                    let (s, n) = (s as usize, &self.pairs.newcomers[s as usize]);
                    let Some(bound) = self.bound[s] else { continue };
                    // What a pair left off must beat, before the volunteer's own dual.
                    let threshold = duals.seeker_duals[s] - duals.offset;
                    if threshold >= i64::from(bound) {
                        continue;
                    }
                    // Whether every pair of this newcomer is read, or only those with a volunteer
                    // whose dual fell: whether what its pairs must beat fell. That, not the
                    // newcomer's dual, is compared, for the dual holds the offset, which grows
                    // whenever a pass adds a pair scoring above the best its newcomer had.
                    let all = before.is_none_or(|before| threshold < before.seeker_duals[s] - before.offset);
                    let least = if all { least_of_all } else { least };
                    let s = s as u32;
                    for e in &edges[first[s as usize]..first[s as usize + 1]] {
                        listed[e.provider as usize] = s;
                    }
                    let probe = Probe::new(self.pairs.programme, Brief::among(n, self.crowded));
                    let pairs = &self.pairs;
                    let provider_duals = &duals.provider_duals;
                    let worth = |run: &Run, bucket: &Bucket| {
                        let least = least[run.id as usize];
                        if least == i64::MAX {
                            return None;
                        }
                        let (_, distance) = pairs
                            .run_bound(n, &probe, &run.summary)
                            .filter(|&(b, _)| i64::from(b) > threshold + least)?;
                        let members = bucket.run(run).0;
                        if !all {
                            // The few whose dual fell are read one by one.
                            let fallen = members.iter().enumerate().filter(|&(_, &p)| fell[p as usize]);
                            return Some((distance, fallen.fold(0, |mask, (i, _)| mask | 1 << i)));
                        }
                        // Each member against the bar its own dual sets.
                        let limit = |i: usize| {
                            probe.limit(threshold + members.get(i).map_or(0, |&p| provider_duals[p as usize]))
                        };
                        Some((
                            distance,
                            probe.may_reach(&bucket.columns, run.start as usize..run.end as usize, limit, distance),
                        ))
                    };
                    reader.scan(&self.index, n, worth, |p, theirs, distance| {
                        let beat = threshold + duals.provider_duals[p as usize];
                        if listed[p as usize] == s {
                            return;
                        }
                        if let Read::Scored(score) = pairs.read(s, &probe, p, theirs, distance, Some(beat)) {
                            if i64::from(score) > beat {
                                found.push(Edge { seeker: s, provider: p, score });
                            }
                        }
                    });
                }
                found
            },
        );
        found.concat()
    }

    /// For each of `newcomers`, how many volunteers with room keep every rule with them (not
    /// counting pairs turned down).
    pub(crate) fn keepers(&self, newcomers: &[u32]) -> Vec<u32> {
        let Pairs { programme, volunteers, excluded, .. } = self.pairs;
        let pairs = &self.pairs;
        let reader = || Reader::new(volunteers.len());
        let counts = in_blocks(newcomers, self.threads, &|_| {}, reader, |reader, block| {
            let mut counts = Vec::with_capacity(block.len());
            for &s in block {
                let n = &pairs.newcomers[s as usize];
                let mut count = 0u32;
                let brief = Brief::among(n, self.crowded);
                // The rules alone: no score is needed to count.
                reader.scan(
                    &self.index,
                    n,
                    |run, _| pairs.reach(n, &run.summary).ok().map(|_| (0, u64::MAX)),
                    |p, theirs, _| {
                        let rules = &programme.rules;
                        let v = &volunteers[p as usize];
                        count += u32::from(
                            keeps_cheap_briefly(rules, &brief, theirs).unwrap_or_else(|| keeps_cheap(rules, n, v))
                                && keeps_reach(rules, n, v)
                                && !excluded.contains(&(s, p)),
                        );
                    },
                );
                counts.push(count);
            }
            counts
        });
        counts.concat()
    }
}

/// Volunteers with room, indexed by what the rules narrow on.
struct Index<'a> {
    rules: &'a Rules,
    with_room: Bucket,
    speaks: HashMap<u32, Bucket>,
    learns: HashMap<u32, Bucket>,
    field: HashMap<u32, Bucket>,
    vetted: Bucket,
    grid: Grid,
    /// Everyone who gave an area, and those of them matched by area only (off the map).
    area_all: HashMap<u32, Bucket>,
    area_off_map: HashMap<u32, Bucket>,
    /// How many runs all the buckets have.
    runs: u32,
}

/// How many volunteers a [`Summary`] speaks for.
pub(crate) const RUN: usize = 32;
// A run's members are picked by the bits of one word (see `Buckets::scan_best_first`).
const _: () = assert!(RUN <= 64);

/// The volunteers of one bucket, neighbours on the map next to each other, in runs of [`RUN`] with
/// a [`Summary`] of each: a newcomer far from a run, or whom it cannot beat the shortlist for,
/// skips it whole.
struct Bucket {
    volunteers: Vec<u32>,
    /// Their [`Brief`]s, in the same order, read one after the other.
    briefs: Vec<Brief>,
    /// The same, column by column, to read a whole run at once.
    columns: Columns,
    runs: Vec<Run>,
}

struct Run {
    summary: Summary,
    /// `volunteers[start..end]` of its bucket.
    start: u32,
    end: u32,
    /// The run's number among every run of the index.
    id: u32,
}

impl Bucket {
    /// `volunteers` in runs; `runs` counts the runs of the index so far.
    fn new(mut volunteers: Vec<u32>, folded: &[Folded], runs: &mut u32) -> Bucket {
        // On the map in the order of a curve that keeps neighbours together, then by area.
        volunteers.sort_by_cached_key(|&p| {
            let v = &folded[p as usize];
            match v.on_map() {
                Some(g) => (0, interleave(g.at.lat + 90.0, g.at.lon + 180.0), 0),
                None => (1, 0, v.area.map_or(0, |a| u64::from(a) + 1)),
            }
        });
        let runs_here = volunteers
            .chunks(RUN)
            .enumerate()
            .map(|(i, chunk)| {
                let members: Vec<&Folded> = chunk.iter().map(|&p| &folded[p as usize]).collect();
                *runs += 1;
                let start = (i * RUN) as u32;
                Run { summary: Summary::of(&members), start, end: start + chunk.len() as u32, id: *runs - 1 }
            })
            .collect();
        let briefs: Vec<Brief> = volunteers.iter().map(|&p| Brief::of(&folded[p as usize])).collect();
        let columns = Columns::of(&briefs);
        Bucket { volunteers, briefs, columns, runs: runs_here }
    }

    fn run(&self, run: &Run) -> (&[u32], &[Brief]) {
        let at = run.start as usize..run.end as usize;
        (&self.volunteers[at.clone()], &self.briefs[at])
    }
}

/// The Z-order of a point (degrees from the south pole and from the antimeridian): the bits of the
/// two coordinates, each in 2³² steps, interleaved.
pub(crate) fn interleave(lat: f64, lon: f64) -> u64 {
    let spread = |x: f64, whole: f64| {
        let mut x = u64::from(((x / whole).clamp(0.0, 1.0) * f64::from(u32::MAX)) as u32);
        x = (x | x << 16) & 0x0000_FFFF_0000_FFFF;
        x = (x | x << 8) & 0x00FF_00FF_00FF_00FF;
        x = (x | x << 4) & 0x0F0F_0F0F_0F0F_0F0F;
        x = (x | x << 2) & 0x3333_3333_3333_3333;
        (x | x << 1) & 0x5555_5555_5555_5555
    };
    spread(lat, 180.0) << 1 | spread(lon, 360.0)
}

impl<'a> Index<'a> {
    fn new(rules: &'a Rules, volunteers: &[Folded], room: &[u32]) -> Index<'a> {
        let mut with_room = Vec::new();
        let mut speaks: HashMap<u32, Vec<u32>> = HashMap::new();
        let mut learns: HashMap<u32, Vec<u32>> = HashMap::new();
        let mut field: HashMap<u32, Vec<u32>> = HashMap::new();
        let mut vetted = Vec::new();
        let mut cells: HashMap<(i64, i64), Vec<u32>> = HashMap::new();
        let mut on_map = Vec::new();
        let mut area_all: HashMap<u32, Vec<u32>> = HashMap::new();
        let mut area_off_map: HashMap<u32, Vec<u32>> = HashMap::new();
        for (p, v) in volunteers.iter().enumerate() {
            if room.get(p).copied().unwrap_or(0) == 0 {
                continue;
            }
            let p = p as u32;
            with_room.push(p);
            if rules.shared_language || rules.complementary_languages {
                for &(l, _) in &v.speaks {
                    speaks.entry(l).or_default().push(p);
                }
            }
            if rules.complementary_languages {
                for &(l, _) in &v.learns {
                    learns.entry(l).or_default().push(p);
                }
            }
            if rules.same_field {
                if let Some(f) = v.field {
                    field.entry(f).or_default().push(p);
                }
            }
            if rules.minors_need_vetted && v.vetted {
                vetted.push(p);
            }
            if rules.within_reach {
                if let Some(c) = v.on_map() {
                    cells.entry((lat_cell(c.at.lat), lon_cell(c.at.lon))).or_default().push(p);
                    on_map.push(p);
                }
                if let Some(a) = v.area {
                    area_all.entry(a).or_default().push(p);
                    if v.on_map().is_none() {
                        area_off_map.entry(a).or_default().push(p);
                    }
                }
            }
        }
        let mut runs = 0;
        Index {
            rules,
            speaks: bucketed(speaks, volunteers, &mut runs),
            learns: bucketed(learns, volunteers, &mut runs),
            field: bucketed(field, volunteers, &mut runs),
            grid: Grid {
                cells: bucketed(cells, volunteers, &mut runs),
                all: Bucket::new(on_map, volunteers, &mut runs),
            },
            area_all: bucketed(area_all, volunteers, &mut runs),
            area_off_map: bucketed(area_off_map, volunteers, &mut runs),
            vetted: Bucket::new(vetted, volunteers, &mut runs),
            with_room: Bucket::new(with_room, volunteers, &mut runs),
            runs,
        }
    }

    fn buckets(&self) -> impl Iterator<Item = &Bucket> {
        let maps = [&self.speaks, &self.learns, &self.field, &self.area_all, &self.area_off_map];
        maps.into_iter().flat_map(HashMap::values).chain(self.grid.cells.values()).chain([
            &self.grid.all,
            &self.vetted,
            &self.with_room,
        ])
    }

    /// The smallest set of buckets that holds every volunteer who could keep all the rules with
    /// `n`. Buckets may overlap (language buckets do).
    fn narrowest<'s>(&'s self, n: &Folded) -> Vec<&'s Bucket> {
        let mut best: Option<(usize, Vec<&'s Bucket>)> = None;
        let mut consider = |buckets: Vec<&'s Bucket>| {
            let size = buckets.iter().map(|b| b.volunteers.len()).sum::<usize>();
            if best.as_ref().is_none_or(|(known, _)| size < *known) {
                best = Some((size, buckets));
            }
        };
        let rules = self.rules;
        if rules.shared_language {
            consider(lookup(&self.speaks, n.speaks.iter().map(|s| s.0)));
        }
        if rules.complementary_languages {
            consider(lookup(&self.speaks, n.learns.iter().map(|s| s.0)));
            consider(lookup(&self.learns, n.speaks.iter().map(|s| s.0)));
        }
        if rules.same_field {
            consider(lookup(&self.field, n.field));
        }
        if rules.minors_need_vetted && n.minor {
            consider(vec![&self.vetted]);
        }
        if rules.within_reach {
            let mut buckets = lookup(&self.area_off_map, n.area);
            match n.on_map() {
                Some(centre) => buckets.extend(self.grid.around(centre.at, f64::from(n.travel_km))),
                None => buckets = lookup(&self.area_all, n.area),
            }
            consider(buckets);
        }
        match best {
            Some((_, buckets)) => buckets,
            // No rule narrows the search for this newcomer: everyone with room is a candidate.
            None => vec![&self.with_room],
        }
    }
}

fn bucketed<K: Eq + std::hash::Hash>(
    map: HashMap<K, Vec<u32>>,
    folded: &[Folded],
    runs: &mut u32,
) -> HashMap<K, Bucket> {
    map.into_iter().map(|(key, volunteers)| (key, Bucket::new(volunteers, folded, runs))).collect()
}

fn lookup(map: &HashMap<u32, Bucket>, keys: impl IntoIterator<Item = u32>) -> Vec<&Bucket> {
    keys.into_iter().filter_map(|k| map.get(&k)).collect()
}

const CELL_DEGREES: f64 = 0.1;
const LAT_CELLS: i64 = 1801;
const LON_CELLS: i64 = 3600;
/// Widens every lookup box by about 0.1 m, far above the rounding of the distance formula.
const MARGIN_DEGREES: f64 = 1e-6;

fn lat_cell(lat: f64) -> i64 {
    (((lat + 90.0) / CELL_DEGREES).floor() as i64).clamp(0, LAT_CELLS - 1)
}

fn lon_cell(lon: f64) -> i64 {
    (((lon + 180.0) / CELL_DEGREES).floor() as i64).rem_euclid(LON_CELLS)
}

/// Volunteers on the map, by grid cell.
struct Grid {
    cells: HashMap<(i64, i64), Bucket>,
    all: Bucket,
}

impl Grid {
    /// Buckets holding everyone within `radius_km` of `centre` (and some a little further).
    fn around(&self, centre: Coordinates, radius_km: f64) -> Vec<&Bucket> {
        self.around_reading(centre, radius_km, self.cells.len() as i64)
    }

    /// As `around`, answering with everyone when the box holds more than `most_cells` cells.
    fn around_reading(&self, centre: Coordinates, radius_km: f64, most_cells: i64) -> Vec<&Bucket> {
        let everyone = vec![&self.all];
        // The circle's angular radius; a point within it is at most that far in latitude, and at
        // most asin(sin d / cos lat) in longitude unless the circle reaches a pole.
        let d = radius_km / EARTH_KM;
        if d.is_nan() || d >= std::f64::consts::FRAC_PI_2 {
            return everyone;
        }
        let (lat_lo, lat_hi) =
            (centre.lat - d.to_degrees() - MARGIN_DEGREES, centre.lat + d.to_degrees() + MARGIN_DEGREES);
        let lon_span = if lat_lo <= -90.0 || lat_hi >= 90.0 {
            None
        } else {
            let s = d.sin() / centre.lat.to_radians().cos();
            (s < 1.0).then(|| s.asin().to_degrees() + MARGIN_DEGREES)
        };
        let lats = lat_cell(lat_lo)..=lat_cell(lat_hi);
        let lons = match lon_span {
            Some(span) => {
                let lo = ((centre.lon - span + 180.0) / CELL_DEGREES).floor() as i64;
                let hi = ((centre.lon + span + 180.0) / CELL_DEGREES).floor() as i64;
                if hi - lo + 1 >= LON_CELLS {
                    0..=LON_CELLS - 1
                } else {
                    lo..=hi
                }
            }
            None => 0..=LON_CELLS - 1,
        };
        let cells = (lats.end() - lats.start() + 1) * (lons.end() - lons.start() + 1);
        // A box wider than the occupied cells is cheaper to answer with everyone.
        if cells > most_cells {
            return everyone;
        }
        let mut buckets = Vec::new();
        for la in lats {
            for lo in lons.clone() {
                if let Some(bucket) = self.cells.get(&(la, lo.rem_euclid(LON_CELLS))) {
                    buckets.push(bucket);
                }
            }
        }
        buckets
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};

    /// Points near the poles, the date line and elsewhere; every box is read cell by cell.
    #[test]
    fn the_grid_finds_everyone_within_the_radius_anywhere_on_earth() {
        let mut rng = StdRng::seed_from_u64(5);
        let point = |rng: &mut StdRng| {
            let (lat, lon) = match rng.gen_range(0..4) {
                0 => (rng.gen_range(88.0..=90.0), rng.gen_range(-180.0..=180.0)),
                1 => (rng.gen_range(-90.0..=-88.0), rng.gen_range(-180.0..=180.0)),
                2 => {
                    (rng.gen_range(-60.0..=60.0), 180.0 - rng.gen_range(0.0..1.0) * if rng.gen() { 1.0 } else { 360.0 })
                }
                _ => (50.85 + rng.gen_range(-0.5..0.5), 4.35 + rng.gen_range(-0.5..0.5)),
            };
            crate::participant::Coordinates::new(lat, lon).unwrap()
        };
        let points: Vec<Coordinates> = (0..1500).map(|_| point(&mut rng)).collect();
        let mut cells: HashMap<(i64, i64), Vec<u32>> = HashMap::new();
        for (i, p) in points.iter().enumerate() {
            cells.entry((lat_cell(p.lat), lon_cell(p.lon))).or_default().push(i as u32);
        }
        let plain = |volunteers: Vec<u32>| Bucket {
            volunteers,
            briefs: Vec::new(),
            columns: Columns::default(),
            runs: Vec::new(),
        };
        let grid = Grid {
            cells: cells.into_iter().map(|(cell, ids)| (cell, plain(ids))).collect(),
            all: plain((0..points.len() as u32).collect()),
        };
        for _ in 0..300 {
            let centre = point(&mut rng);
            let radius = [1.0, 5.0, 20.0, 150.0][rng.gen_range(0..4)];
            let mut found: Vec<u32> =
                grid.around_reading(centre, radius, i64::MAX).into_iter().flat_map(|b| b.volunteers.clone()).collect();
            found.retain(|&i| points[i as usize].km_to(centre) <= radius);
            found.sort_unstable();
            let expected: Vec<u32> =
                (0..points.len() as u32).filter(|&i| points[i as usize].km_to(centre) <= radius).collect();
            assert_eq!(found, expected, "around {centre:?} within {radius} km");
        }
    }

    /// Blocks read on several threads come back in the order of the blocks, whichever thread read
    /// them and whenever it finished, and the progress heard never goes back and ends at the whole
    /// count.
    #[test]
    fn blocks_read_on_several_threads_come_back_in_their_order() {
        let order: Vec<u32> = (0..(BLOCK * 12 + 5) as u32).collect();
        let readers = std::sync::Mutex::new(HashSet::new());
        let heard = std::sync::Mutex::new(Vec::new());
        let firsts = in_blocks(
            &order,
            3,
            &|done| heard.lock().unwrap().push(done),
            || (),
            |_, block| {
                // Slow enough that every thread takes some blocks.
                std::thread::sleep(std::time::Duration::from_millis(2));
                readers.lock().unwrap().insert(std::thread::current().id());
                block[0]
            },
        );
        let expected: Vec<u32> = (0..13).map(|b| (b * BLOCK) as u32).collect();
        assert_eq!(firsts, expected);
        assert!(readers.lock().unwrap().len() > 1, "one thread read every block");
        let heard = heard.lock().unwrap();
        assert!(heard.windows(2).all(|w| w[0] <= w[1]), "progress went back: {heard:?}");
        assert_eq!(heard.last(), Some(&order.len()));
        assert_eq!(in_blocks(&[], 3, &|_| {}, || (), |_, block| block.len()), Vec::<usize>::new());
    }

    /// A pass after the first reads again every pair of a newcomer whose bar fell, even when the
    /// newcomer's dual rose with the offset (which grows when a pass adds a pair scoring above the
    /// best its newcomer had): a pair the last duals covered and these do not is found.
    #[test]
    fn a_newcomer_whose_bar_fell_is_priced_again_whatever_the_offset() {
        let programme = Programme::for_kind(crate::programme::Kind::Buddy);
        let (n, v) = crate::synthetic::people(crate::programme::Kind::Buddy, 60, 40, 7);
        let (_, n, v) = fold_all(&n, &v);
        let room = vec![1; v.len()];
        let excluded = HashSet::new();
        let pairs = Pairs { programme: &programme, newcomers: &n, volunteers: &v, excluded: &excluded };
        let (list, edges) = Shortlist::new(pairs, &room, 1, 2, &|_| {});
        let first = crate::round::firsts(&edges, n.len());
        // A newcomer with a pair left off the list, and the best such pair.
        let candidates = candidate_edges(&programme, &n, &v, &room);
        let listed = &edges;
        let left_off = |s: u32| candidates.iter().filter(move |e| e.seeker == s && !listed.contains(e));
        let s =
            (0..n.len() as u32).find(|&s| list.bound[s as usize].is_some() && left_off(s).next().is_some()).unwrap();
        let best = left_off(s).max_by_key(|e| e.score).copied().unwrap();
        // Every other newcomer's bar is out of reach; this one's is the best pair's score, then a
        // point lower, while the offset grows by ten and so the newcomer's dual by nine.
        let duals = |offset: i64, bar: i64| Certificate {
            offset,
            seeker_duals: (0..n.len() as u32)
                .map(|t| offset + if t == s { bar } else { i64::from(u32::MAX) })
                .collect(),
            provider_duals: vec![0; v.len()],
        };
        let (before, now) = (duals(1_000_000, i64::from(best.score)), duals(1_000_010, i64::from(best.score) - 1));
        assert!(list.price(&edges, &first, &before, None, &|_| {}).is_empty(), "covered before");
        let found = list.price(&edges, &first, &now, Some(&before), &|_| {});
        assert!(found.contains(&best), "{best:?} not among {found:?}");
    }
}
