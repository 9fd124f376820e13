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
use crate::rules::{keeps, keeps_cheap, keeps_place};
use crate::score::{brief_bound, pair_score, score_bound, Brief};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

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
            for &p in bucket {
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
pub(crate) struct Shortlist<'a> {
    pairs: Pairs<'a>,
    buckets: Buckets<'a>,
    /// Per newcomer: no candidate left off the list scores above this; `None` when none was left off.
    pub bound: Vec<Option<u32>>,
}

/// What reading one pair found.
enum Read {
    /// It breaks a rule, or was turned down.
    Broken,
    /// A bound shows it scores no more than the bar: it was not scored.
    Bounded,
    Scored(u32),
}

/// The round's people, and how one pair of them is read.
struct Pairs<'a> {
    programme: &'a Programme,
    newcomers: &'a [Folded],
    volunteers: &'a [Folded],
    excluded: &'a HashSet<(u32, u32)>,
    /// Each volunteer's [`Brief`].
    briefs: Vec<Brief>,
}

impl Pairs<'_> {
    /// Whether newcomer `s` (whose brief is `brief`) and volunteer `p` keep the rules, and their
    /// score, unless a bound shows first that the pair scores at most `bar`: the brief records
    /// alone, then the cheap rules, then the closer bound, before the distance and the score.
    fn read(&self, s: u32, brief: &Brief, p: u32, bar: Option<i64>) -> Read {
        let (rules, n, v) = (&self.programme.rules, &self.newcomers[s as usize], &self.volunteers[p as usize]);
        let beaten = |bound: u32| bar.is_some_and(|bar| i64::from(bound) <= bar);
        if beaten(brief_bound(self.programme, brief, &self.briefs[p as usize])) {
            return Read::Bounded;
        }
        if !keeps_cheap(rules, n, v) {
            return Read::Broken;
        }
        if beaten(score_bound(self.programme, n, v)) {
            return Read::Bounded;
        }
        match keeps_place(rules, n, v) {
            Some(place) if !self.excluded.contains(&(s, p)) => Read::Scored(pair_score(self.programme, n, v, &place)),
            _ => Read::Broken,
        }
    }
}

/// The index of volunteers with room, read newcomer by newcomer.
struct Buckets<'a> {
    index: Index<'a>,
    /// Which scan last marked each volunteer (volunteers in two buckets are read once).
    seen: Vec<u32>,
    scans: u32,
}

impl Buckets<'_> {
    /// Calls `f` once for every volunteer in `n`'s narrowest buckets.
    fn scan(&mut self, n: &Folded, mut f: impl FnMut(u32)) {
        self.scans = self.scans.wrapping_add(1);
        if self.scans == u32::MAX {
            self.seen.fill(u32::MAX - 1);
            self.scans = 0;
        }
        let stamp = self.scans;
        for bucket in self.index.narrowest(n) {
            for &p in bucket {
                if self.seen[p as usize] != stamp {
                    self.seen[p as usize] = stamp;
                    f(p);
                }
            }
        }
    }
}

impl<'a> Shortlist<'a> {
    /// The shortlist's pairs (grouped by newcomer, by volunteer within one), and the shortlist.
    /// Pairs in `excluded` are never candidates.
    pub(crate) fn new(
        programme: &'a Programme,
        newcomers: &'a [Folded],
        volunteers: &'a [Folded],
        room: &[u32],
        excluded: &'a HashSet<(u32, u32)>,
        keep: usize,
    ) -> (Shortlist<'a>, Vec<Edge>) {
        let pairs =
            Pairs { programme, newcomers, volunteers, excluded, briefs: volunteers.iter().map(Brief::of).collect() };
        let buckets = Buckets {
            index: Index::new(&programme.rules, volunteers, room),
            seen: vec![u32::MAX; volunteers.len()],
            scans: 0,
        };
        let mut list = Shortlist { pairs, buckets, bound: vec![None; newcomers.len()] };
        let keep = keep.max(1);
        let mut edges = Vec::new();
        let mut best: BinaryHeap<Reverse<(u32, u32)>> = BinaryHeap::with_capacity(keep + 1);
        for (s, n) in newcomers.iter().enumerate() {
            let s = s as u32;
            let brief = Brief::of(n);
            let mut left_off = false;
            list.buckets.scan(n, |p| {
                // Once the list is full, a pair that cannot beat its worst is left off unscored.
                let worst = (best.len() == keep).then(|| best.peek().map_or(0, |w| i64::from(w.0 .0)));
                match list.pairs.read(s, &brief, p, worst) {
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
            });
            // Everything left off scores at most the list's worst, which only rose as it filled.
            if left_off {
                list.bound[s as usize] = best.peek().map(|w| w.0 .0);
            }
            let first = edges.len();
            edges.extend(best.drain().map(|Reverse((score, provider))| Edge { seeker: s, provider, score }));
            edges[first..].sort_unstable_by_key(|e| e.provider);
        }
        (list, edges)
    }

    /// The pairs not in `edges` (grouped by newcomer, by volunteer within one) that the duals of
    /// a solution over `edges` do not cover: `score + offset > u + v`. Empty means the solution
    /// is optimal over every pair that keeps the rules.
    pub(crate) fn price(&mut self, edges: &[Edge], first: &[usize], duals: &Certificate) -> Vec<Edge> {
        let mut found = Vec::new();
        let mut listed = vec![u32::MAX; self.pairs.volunteers.len()];
        for (s, n) in self.pairs.newcomers.iter().enumerate() {
            let Some(bound) = self.bound[s] else { continue };
            // What a pair left off must beat, before the volunteer's own dual.
            let threshold = duals.seeker_duals[s] - duals.offset;
            if threshold >= i64::from(bound) {
                continue;
            }
            let s = s as u32;
            for e in &edges[first[s as usize]..first[s as usize + 1]] {
                listed[e.provider as usize] = s;
            }
            let brief = Brief::of(n);
            let pairs = &self.pairs;
            self.buckets.scan(n, |p| {
                let beat = threshold + duals.provider_duals[p as usize];
                if listed[p as usize] == s {
                    return;
                }
                if let Read::Scored(score) = pairs.read(s, &brief, p, Some(beat)) {
                    if i64::from(score) > beat {
                        found.push(Edge { seeker: s, provider: p, score });
                    }
                }
            });
        }
        found
    }

    /// How many volunteers with room keep every rule with newcomer `s` (not counting pairs
    /// turned down).
    pub(crate) fn keepers(&mut self, s: u32) -> u32 {
        let Pairs { programme, newcomers, volunteers, excluded, .. } = self.pairs;
        let n = &newcomers[s as usize];
        let mut count = 0u32;
        // The rules alone: no score is needed to count.
        self.buckets.scan(n, |p| {
            count +=
                u32::from(keeps(&programme.rules, n, &volunteers[p as usize]).is_some() && !excluded.contains(&(s, p)));
        });
        count
    }
}

/// Volunteers with room, indexed by what the rules narrow on.
struct Index<'a> {
    rules: &'a Rules,
    with_room: Vec<u32>,
    speaks: HashMap<u32, Vec<u32>>,
    learns: HashMap<u32, Vec<u32>>,
    field: HashMap<u32, Vec<u32>>,
    vetted: Vec<u32>,
    grid: Grid,
    /// Everyone who gave an area, and those of them matched by area only (off the map).
    area_all: HashMap<u32, Vec<u32>>,
    area_off_map: HashMap<u32, Vec<u32>>,
}

impl<'a> Index<'a> {
    fn new(rules: &'a Rules, volunteers: &[Folded], room: &[u32]) -> Index<'a> {
        let mut index = Index {
            rules,
            with_room: Vec::new(),
            speaks: HashMap::new(),
            learns: HashMap::new(),
            field: HashMap::new(),
            vetted: Vec::new(),
            grid: Grid::default(),
            area_all: HashMap::new(),
            area_off_map: HashMap::new(),
        };
        for (p, v) in volunteers.iter().enumerate() {
            if room.get(p).copied().unwrap_or(0) == 0 {
                continue;
            }
            let p = p as u32;
            index.with_room.push(p);
            if rules.shared_language || rules.complementary_languages {
                for &(l, _) in &v.speaks {
                    index.speaks.entry(l).or_default().push(p);
                }
            }
            if rules.complementary_languages {
                for &(l, _) in &v.learns {
                    index.learns.entry(l).or_default().push(p);
                }
            }
            if rules.same_field {
                if let Some(f) = v.field {
                    index.field.entry(f).or_default().push(p);
                }
            }
            if rules.minors_need_vetted && v.vetted {
                index.vetted.push(p);
            }
            if rules.within_reach {
                if let Some(c) = v.on_map() {
                    index.grid.insert(c.at, p);
                }
                if let Some(a) = v.area {
                    index.area_all.entry(a).or_default().push(p);
                    if v.on_map().is_none() {
                        index.area_off_map.entry(a).or_default().push(p);
                    }
                }
            }
        }
        index
    }

    /// The smallest set of buckets that holds every volunteer who could keep all the rules with
    /// `n`. Buckets may overlap (language buckets do).
    fn narrowest<'s>(&'s self, n: &Folded) -> Vec<&'s [u32]> {
        let mut best: Option<(usize, Vec<&'s [u32]>)> = None;
        let mut consider = |buckets: Vec<&'s [u32]>| {
            let size = buckets.iter().map(|b| b.len()).sum::<usize>();
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
            consider(vec![self.vetted.as_slice()]);
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
            None => vec![self.with_room.as_slice()],
        }
    }
}

fn lookup(map: &HashMap<u32, Vec<u32>>, keys: impl IntoIterator<Item = u32>) -> Vec<&[u32]> {
    keys.into_iter().filter_map(|k| map.get(&k).map(Vec::as_slice)).collect()
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
#[derive(Default)]
struct Grid {
    cells: HashMap<(i64, i64), Vec<u32>>,
    all: Vec<u32>,
}

impl Grid {
    fn insert(&mut self, at: Coordinates, volunteer: u32) {
        self.cells.entry((lat_cell(at.lat), lon_cell(at.lon))).or_default().push(volunteer);
        self.all.push(volunteer);
    }

    /// Buckets holding everyone within `radius_km` of `centre` (and some a little further).
    fn around(&self, centre: Coordinates, radius_km: f64) -> Vec<&[u32]> {
        self.around_reading(centre, radius_km, self.cells.len() as i64)
    }

    /// As `around`, answering with everyone when the box holds more than `most_cells` cells.
    fn around_reading(&self, centre: Coordinates, radius_km: f64, most_cells: i64) -> Vec<&[u32]> {
        let everyone = vec![self.all.as_slice()];
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
                    buckets.push(bucket.as_slice());
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
        let mut grid = Grid::default();
        for (i, &p) in points.iter().enumerate() {
            grid.insert(p, i as u32);
        }
        for _ in 0..300 {
            let centre = point(&mut rng);
            let radius = [1.0, 5.0, 20.0, 150.0][rng.gen_range(0..4)];
            let mut found: Vec<u32> = grid.around_reading(centre, radius, i64::MAX).concat();
            found.retain(|&i| points[i as usize].km_to(centre) <= radius);
            found.sort_unstable();
            let expected: Vec<u32> =
                (0..points.len() as u32).filter(|&i| points[i as usize].km_to(centre) <= radius).collect();
            assert_eq!(found, expected, "around {centre:?} within {radius} km");
        }
    }
}
