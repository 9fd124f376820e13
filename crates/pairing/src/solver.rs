//! The optimal solver: a primal-dual Hungarian method, one seeker at a time, with Dijkstra on
//! reduced costs that stops at the first free place.
//!
//! # The problem as a linear programme
//!
//! With `w(s,p) = score(s,p) + K` (`K` from [`Instance::offset`]):
//!
//! ```text
//! max  Σ w(s,p)·x(s,p)   subject to  Σ_p x(s,p) ≤ 1 for each seeker,  Σ_s x(s,p) ≤ c_p for each provider,  x ≥ 0
//! min  Σ u_s + Σ c_p·v_p  subject to  u_s + v_p ≥ w(s,p) on each edge,  u ≥ 0,  v ≥ 0   (its dual)
//! ```
//!
//! # How the duals are kept
//!
//! Think of every seeker as also owning a private "stay unpaired" place of weight 0 whose dual
//! stays 0; then each seeker is always placed somewhere and the problem is a rectangular
//! assignment. Seekers are added one by one. For the new seeker `s0`, `u_s0` starts at the best
//! `w(s0,p) − v_p` (or 0), so every edge's slack `u_s + v_p − w` is non-negative. Dijkstra then
//! runs from `s0` over slacks: a provider is reached through a seeker's edge; a full provider
//! passes on to each seeker it holds (their edges are tight, slack 0); the search ends at the
//! nearest provider with room, or at the nearest seeker's "stay unpaired" place (slack `u_s`).
//! With `D` the distance of that end, every seeker settled at distance `d < D` lowers `u` by
//! `D − d` and every provider settled at `d < D` raises `v` by `D − d`: all slacks stay
//! non-negative, the path becomes tight, and the path is flipped. So at every step:
//!
//! - `u_s + v_p ≥ w(s,p)` on every edge, with equality on every chosen pair;
//! - `v_p ≥ 0` and only a full provider ever has `v_p > 0` (a provider with room is never settled,
//!   and once full a provider stays full);
//! - `u_s ≥ 0` (the "stay unpaired" slack) and an unpaired seeker has `u_s = 0` (that place is
//!   tight).
//!
//! Those are exactly the complementary-slackness conditions checked by
//! [`Certificate::verify`](crate::Certificate::verify), which is why the certificate proves the
//! result optimal.
//!
//! # Two directions
//!
//! Adding seekers is fast when providers have room to spare: most searches end at once at a
//! provider with room. When places are scarce the same method searches long and mostly to leave
//! the new seeker unpaired, so [`solve`] then adds the other side: the providers' places, one at a
//! time, provider by provider, searching for seekers (most of them still free). The engine is the
//! same with the sides' roles swapped ("left" is the side added, "right" the other), with two
//! things a node with several places needs: a place after the first keeps the node's dual (its
//! chosen edges are tight and must stay so), and settling a left node settles every right node it
//! holds at the same distance, so their duals move together. As the seekers' capacity is 1, such a
//! right node holds nobody else, and every search path is still an alternating path.
//!
//! # Solving again
//!
//! A round solves over a shortlist, prices the rest against the duals and solves again with the
//! pairs that could improve the answer ([`crate::round`]). [`resolve`] starts that second solve
//! from the first one's pairs and duals: only the seekers with a new edge their dual does not
//! cover give up their pairs and are added again, and a provider this leaves with a free place and
//! a dual above 0 (which the seekers' search cannot mend, as it never starts from a provider) is
//! then added again from the providers' side. On a city's round the later solves take a tenth of
//! the time of solving from scratch.
//!
//! # Speed
//!
//! Most seekers are placed without any search: when the best edge leads to a provider with room,
//! the seeker takes it. Otherwise the search touches only what it settles: its arrays are
//! allocated once and reset through a list of what was touched, providers with room never enter
//! the heap (the best one seen is kept aside, and the search stops once the heap has nothing
//! shorter), and an edge is dismissed after reading one small array (the providers' duals), which
//! stays in cache. On the 100,000 × 100,000 benchmark with 30 candidates each, about half the
//! seekers need a search, and a search settles about 24 seekers on average.

use crate::certificate::Certificate;
use crate::instance::Instance;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

const NONE: u32 = u32::MAX;

/// One chosen pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pair {
    pub seeker: u32,
    pub provider: u32,
    pub score: u32,
}

/// The solver's answer: the chosen pairs (one per paired seeker, ordered by seeker), their total
/// score, and the duals that prove no pairing has more pairs, or as many pairs and a higher total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solution {
    pub pairs: Vec<Pair>,
    pub total_score: u64,
    pub certificate: Certificate,
}

impl Solution {
    /// How many seekers are paired.
    pub fn pairs_count(&self) -> usize {
        self.pairs.len()
    }

    /// Checks this solution against `instance` with its own certificate.
    pub fn verify(&self, instance: &Instance) -> Result<(), crate::CertificateError> {
        Certificate::verify(instance, self)
    }
}

/// Pairs as many seekers as possible and, among those pairings, reaches the highest total score.
/// Deterministic: the same instance always gives the same pairs.
///
/// The method adds one side's places one at a time and searches from each, so it is fastest when
/// the other side has room to spare: searches then end at once. When volunteers are scarce (fewer
/// places than seekers with a candidate) it adds the providers' places instead and searches for
/// seekers, most of whom are still free; otherwise it adds the seekers. Both directions keep the
/// same invariants (module documentation, with the sides' roles swapped) and give the same
/// optimum.
pub fn solve(instance: &Instance) -> Solution {
    let seekers_with_edges = (0..instance.seekers() as u32).filter(|&s| !instance.row(s).is_empty()).count();
    let places: u64 =
        (0..instance.providers() as u32).map(|p| u64::from(instance.capacity(p).min(instance.degree(p)))).sum();
    if places < seekers_with_edges as u64 {
        solve_adding(instance, Adding::Places)
    } else {
        solve_adding(instance, Adding::Seekers)
    }
}

/// Which side [`solve_adding`] adds one at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Adding {
    /// The seekers, one by one; providers hold up to their capacity.
    Seekers,
    /// The providers' places, provider by provider; each seeker holds one place at most.
    Places,
}

/// [`solve`] in the direction given, for tests and benchmarks: the same optimum either way.
pub fn solve_adding(instance: &Instance, adding: Adding) -> Solution {
    match adding {
        Adding::Seekers => solve_by_seekers(instance),
        Adding::Places => solve_by_providers(instance),
    }
}

fn solve_by_seekers(instance: &Instance) -> Solution {
    let (offsets, targets) = instance.raw();
    let mut engine =
        Engine::new(offsets, targets, vec![1; instance.seekers()], instance.capacities(), instance.offset());
    // The order hardly matters for the work done (measured: within 10% for best-score-first,
    // best-score-last and the given order), so the given order it is.
    for seeker in 0..instance.seekers() as u32 {
        engine.add(seeker);
    }
    let Finished { pairs, left_duals: seeker_duals, right_duals: provider_duals } = engine.finish();
    solution(
        instance,
        pairs.into_iter().map(|(seeker, provider, score)| Pair { seeker, provider, score }),
        seeker_duals,
        provider_duals,
    )
}

fn solve_by_providers(instance: &Instance) -> Solution {
    let (offsets, targets) = columns(instance);
    let capacities = instance.capacities().to_vec();
    let ones = vec![1; instance.seekers()];
    let mut engine = Engine::new(&offsets, &targets, capacities, &ones, instance.offset());
    for provider in 0..instance.providers() as u32 {
        engine.add(provider);
    }
    by_providers(instance, engine.finish())
}

/// The solution from what an engine adding the providers finished with.
fn by_providers(instance: &Instance, finished: Finished) -> Solution {
    let Finished { pairs, left_duals: provider_duals, right_duals: seeker_duals } = finished;
    let mut pairs: Vec<Pair> =
        pairs.into_iter().map(|(provider, seeker, score)| Pair { seeker, provider, score }).collect();
    pairs.sort_unstable_by_key(|p| p.seeker);
    solution(instance, pairs, seeker_duals, provider_duals)
}

/// Solves `instance` again from `previous`, the optimum of an instance with the same people,
/// capacities and offset and some of these edges (a round adds the pairs its pricing found): the
/// pairs and duals carry over, and only what the new edges disturb is searched again. Each seeker
/// with an edge its dual no longer covers gives up its pair and is added again, which may leave a
/// provider with a free place and a dual above 0; each such provider is then added again from
/// the providers' side, until it is full or its dual is 0. The same invariants as [`solve`] hold
/// at the end, so the certificate proves the same optimum. Anything that does not fit (another
/// offset, a pair that is no longer an edge) is solved from scratch.
pub fn resolve(instance: &Instance, previous: &Solution) -> Solution {
    let cert = &previous.certificate;
    if cert.offset != instance.offset()
        || cert.seeker_duals.len() != instance.seekers()
        || cert.provider_duals.len() != instance.providers()
    {
        return solve(instance);
    }
    // The seekers' side: re-add every seeker the new edges disturb.
    let (offsets, targets) = instance.raw();
    let mut engine =
        Engine::new(offsets, targets, vec![1; instance.seekers()], instance.capacities(), instance.offset());
    let Some(partner) =
        engine.resume(&previous.pairs, |p| (p.seeker, p.provider), &cert.seeker_duals, &cert.provider_duals)
    else {
        return solve(instance);
    };
    // All of them give up their pairs first: a search never reads the edges of a seeker who holds
    // nothing, so the edges the duals do not cover are never on a search's path.
    let disturbed: Vec<u32> =
        (0..instance.seekers() as u32).filter(|&s| engine.price(s).0 > engine.u[s as usize]).collect();
    for &seeker in &disturbed {
        if let Some(edge) = partner[seeker as usize] {
            engine.unseat(seeker, edge);
        }
    }
    for seeker in disturbed {
        engine.add(seeker);
    }
    let Finished { pairs, left_duals: seeker_duals, right_duals: provider_duals } = engine.finish();
    let pairs: Vec<Pair> =
        pairs.into_iter().map(|(seeker, provider, score)| Pair { seeker, provider, score }).collect();
    let mut load = vec![0u32; instance.providers()];
    for pair in &pairs {
        load[pair.provider as usize] += 1;
    }
    let unsettled: Vec<u32> = (0..instance.providers() as u32)
        .filter(|&p| load[p as usize] < instance.capacity(p) && provider_duals[p as usize] > 0)
        .collect();
    if unsettled.is_empty() {
        return solution(instance, pairs, seeker_duals, provider_duals);
    }
    // The providers' side: fill, or bring to 0, each provider left with room and a dual.
    let (offsets, targets) = columns(instance);
    let ones = vec![1; instance.seekers()];
    let mut engine = Engine::new(&offsets, &targets, instance.capacities().to_vec(), &ones, instance.offset());
    if engine.resume(&pairs, |p| (p.provider, p.seeker), &provider_duals, &seeker_duals).is_none() {
        return solve(instance);
    }
    for provider in unsettled {
        while engine.left.has_room(provider) && engine.u[provider as usize] > 0 && engine.add_place(provider) {}
    }
    by_providers(instance, engine.finish())
}

/// Every edge by provider: `targets[offsets[p]..offsets[p + 1]]` are provider p's (seeker, score),
/// by seeker.
fn columns(instance: &Instance) -> (Vec<u32>, Vec<(u32, u32)>) {
    let providers = instance.providers();
    let mut offsets = vec![0u32; providers + 1];
    for s in 0..instance.seekers() as u32 {
        for (p, _) in instance.edges_of(s) {
            offsets[p as usize + 1] += 1;
        }
    }
    for p in 0..providers {
        offsets[p + 1] += offsets[p];
    }
    let mut next = offsets[..providers].to_vec();
    let mut targets = vec![(0u32, 0u32); instance.edge_count()];
    for s in 0..instance.seekers() as u32 {
        for (p, score) in instance.edges_of(s) {
            targets[next[p as usize] as usize] = (s, score);
            next[p as usize] += 1;
        }
    }
    (offsets, targets)
}

fn solution(
    instance: &Instance,
    pairs: impl IntoIterator<Item = Pair>,
    seeker_duals: Vec<i64>,
    provider_duals: Vec<i64>,
) -> Solution {
    let pairs: Vec<Pair> = pairs.into_iter().collect();
    let total_score = pairs.iter().map(|p| u64::from(p.score)).sum();
    Solution {
        pairs,
        total_score,
        certificate: Certificate { offset: instance.offset(), seeker_duals, provider_duals },
    }
}

/// Where a search ended.
#[derive(Clone, Copy)]
enum End {
    /// A right node with room, reached from this left node through this edge.
    Room { left: u32, edge: u32 },
    /// This left node gives up the pair it was reached through (the root: it takes no new pair).
    Release { left: u32 },
}

/// Where the current search reached a right node from: its tentative distance, and the left node
/// and edge it came through.
#[derive(Clone, Copy)]
struct Reached {
    dist: i64,
    left: u32,
    edge: u32,
}

const UNSEEN: Reached = Reached { dist: i64::MAX, left: NONE, edge: NONE };

/// The chosen edges each node of one side holds, each with the node at its other end:
/// `held[first[n]..first[n] + load[n]]`.
struct Holdings {
    capacity: Vec<u32>,
    load: Vec<u32>,
    first: Vec<u32>,
    held: Vec<(u32, u32)>,
}

impl Holdings {
    /// A node never holds more than it has edges, so that bounds its storage (a capacity of a
    /// million costs nothing); whether it has room still uses its capacity.
    fn new(capacity: Vec<u32>, degree: &[u32]) -> Holdings {
        let mut first = Vec::with_capacity(capacity.len());
        let mut total = 0u32;
        for (&c, &d) in capacity.iter().zip(degree) {
            first.push(total);
            total += c.min(d);
        }
        Holdings { load: vec![0; capacity.len()], capacity, first, held: vec![(NONE, NONE); total as usize] }
    }

    /// The `i`th (edge, other end) that `node` holds.
    fn held(&self, node: u32, i: u32) -> (u32, u32) {
        self.held[(self.first[node as usize] + i) as usize]
    }

    fn has_room(&self, node: u32) -> bool {
        self.load[node as usize] < self.capacity[node as usize]
    }

    /// Adds `edge` (to `other`) to `node`'s list and says where it sits.
    fn push(&mut self, node: u32, edge: u32, other: u32) -> u32 {
        let at = self.first[node as usize] + self.load[node as usize];
        self.load[node as usize] += 1;
        self.held[at as usize] = (edge, other);
        at
    }

    /// Takes the edge at `at` out of `node`'s list; the last one moves into its place, and is
    /// returned so that its position can be updated.
    fn remove(&mut self, node: u32, at: u32) -> Option<u32> {
        self.load[node as usize] -= 1;
        let last = self.first[node as usize] + self.load[node as usize];
        let moved = self.held[last as usize];
        self.held[at as usize] = moved;
        self.held[last as usize] = (NONE, NONE);
        (last != at).then_some(moved.0)
    }
}

/// The primal-dual method over one orientation: the "left" side is added place by place and owns
/// the rows; every edge links a left node to a "right" node. One side's capacities are all 1
/// (the seekers'), which is what makes every search path an alternating path (below).
struct Engine<'a> {
    offsets: &'a [u32],
    targets: &'a [(u32, u32)],
    k: i64,
    // Per right node. A search relaxes tens of millions of edges on large instances and almost
    // all are dismissed after reading `v` alone, so `v` and the two flags live in small arrays of
    // their own (they stay in cache) and the rest is read only when an edge improves something.
    v: Vec<i64>,
    room: Vec<bool>,
    settled: Vec<bool>,
    reached: Vec<Reached>,
    right: Holdings,
    // Per left node.
    u: Vec<i64>,
    left: Holdings,
    left_settled: Vec<bool>,
    /// The chosen edge through which a left node was settled in the current search (NONE: root).
    via: Vec<u32>,
    /// Where each chosen edge sits in its left node's list and in its right node's.
    at_left: Vec<u32>,
    at_right: Vec<u32>,
    // Search state, reset through the touched lists after each search.
    touched: Vec<u32>,
    touched_left: Vec<u32>,
    settled_right: Vec<(u32, i64)>,
    settled_left: Vec<(u32, i64)>,
    heap: BinaryHeap<Reverse<(i64, u32)>>,
}

impl<'a> Engine<'a> {
    fn new(offsets: &'a [u32], targets: &'a [(u32, u32)], left: Vec<u32>, right: &[u32], k: i64) -> Self {
        let lefts = offsets.len().saturating_sub(1);
        let left_degree: Vec<u32> = offsets.windows(2).map(|w| w[1] - w[0]).collect();
        let mut right_degree = vec![0u32; right.len()];
        for &(r, _) in targets {
            right_degree[r as usize] += 1;
        }
        Engine {
            offsets,
            targets,
            k,
            v: vec![0; right.len()],
            room: right.iter().map(|&c| c > 0).collect(),
            settled: vec![false; right.len()],
            reached: vec![UNSEEN; right.len()],
            right: Holdings::new(right.to_vec(), &right_degree),
            u: vec![0; lefts],
            left: Holdings::new(left, &left_degree),
            left_settled: vec![false; lefts],
            via: vec![NONE; lefts],
            // Written when an edge is chosen, before it is read: zeroed pages cost nothing.
            at_left: vec![0; targets.len()],
            at_right: vec![0; targets.len()],
            touched: Vec::new(),
            touched_left: Vec::new(),
            settled_right: Vec::new(),
            settled_left: Vec::new(),
            heap: BinaryHeap::new(),
        }
    }

    /// Takes over a finished state: `pairs` (each as its left and right node, by `ends`) and both
    /// sides' duals. Gives each left node's last chosen edge, or `None` when a pair is not an edge
    /// or a node would hold more than it may.
    fn resume<P>(
        &mut self,
        pairs: &[P],
        ends: impl Fn(&P) -> (u32, u32),
        left_duals: &[i64],
        right_duals: &[i64],
    ) -> Option<Vec<Option<u32>>> {
        self.u.copy_from_slice(left_duals);
        self.v.copy_from_slice(right_duals);
        let mut chosen = vec![None; self.u.len()];
        for pair in pairs {
            let (l, r) = ends(pair);
            if l as usize >= self.u.len() || r as usize >= self.v.len() {
                return None;
            }
            let edge = self.row(l).find(|&e| self.targets[e].0 == r)? as u32;
            if !self.left.has_room(l) || !self.room[r as usize] {
                return None;
            }
            self.seat(l, edge);
            chosen[l as usize] = Some(edge);
        }
        Some(chosen)
    }

    #[inline]
    fn row(&self, l: u32) -> std::ops::Range<usize> {
        self.offsets[l as usize] as usize..self.offsets[l as usize + 1] as usize
    }

    /// Adds left node `l0`'s places one at a time, until it is full or a place would cost more
    /// than it brings.
    fn add(&mut self, l0: u32) {
        let places = self.left.capacity[l0 as usize];
        if places == 0 {
            // A node with no place is full: its dual just has to cover its edges.
            self.u[l0 as usize] = self.price(l0).0;
        }
        // A node with more places than edges tries one more than it can fill: that last try ends
        // at the node itself and brings its dual to 0, as a node with room must have.
        for _ in 0..places {
            if !self.add_place(l0) {
                return;
            }
        }
    }

    /// The best value of an edge of `l` given the right side's duals (no pair is worth 0), and
    /// the best edge to a right node with room, with its value.
    fn price(&self, l: u32) -> (i64, Option<(i64, usize)>) {
        let mut best = 0i64;
        let mut best_free: Option<(i64, usize)> = None;
        for edge in self.row(l) {
            let (r, score) = self.targets[edge];
            let value = i64::from(score) + self.k - self.v[r as usize];
            best = best.max(value);
            if self.room[r as usize] && best_free.is_none_or(|(b, _)| value > b) {
                best_free = Some((value, edge));
            }
        }
        (best, best_free)
    }

    /// One more place for `l0`: whether it was filled.
    fn add_place(&mut self, l0: u32) -> bool {
        let row = self.row(l0);
        if self.left.load[l0 as usize] == 0 {
            let (best, best_free) = self.price(l0);
            self.u[l0 as usize] = best;
            // The common case: the best edge leads to room. Its slack is 0: nothing to search.
            if let Some((value, edge)) = best_free {
                if value == best {
                    self.seat(l0, edge as u32);
                    return true;
                }
            }
        } else if self.u[l0 as usize] > 0 {
            // A later place keeps the dual the earlier ones set; a tight edge to room fills it.
            let u = self.u[l0 as usize];
            if let Some(edge) = row.clone().find(|&edge| {
                let (r, score) = self.targets[edge];
                self.room[r as usize] && i64::from(score) + self.k - self.v[r as usize] == u
            }) {
                self.seat(l0, edge as u32);
                return true;
            }
        }
        if row.is_empty() || self.u[l0 as usize] == 0 {
            // Taking no new pair has slack 0 already: nothing can be shorter.
            return false;
        }
        self.search(l0)
    }

    fn search(&mut self, l0: u32) -> bool {
        let mut end = End::Release { left: l0 };
        let mut end_dist = self.u[l0 as usize];
        self.settle_left(l0, 0, NONE, &mut end, &mut end_dist);
        while let Some(Reverse((d, r))) = self.heap.pop() {
            if d >= end_dist {
                break;
            }
            let ri = r as usize;
            // Stale entries (a shorter one came first) and settled nodes are skipped.
            if self.settled[ri] || d != self.reached[ri].dist {
                continue;
            }
            self.settle_right(r, d, &mut end, &mut end_dist);
        }
        // Dual update: everything settled closer than the end moves by the difference.
        for &(l, d) in &self.settled_left {
            self.u[l as usize] -= end_dist - d;
        }
        for &(r, d) in &self.settled_right {
            self.v[r as usize] += end_dist - d;
        }
        let placed = self.flip(l0, end);
        for &r in &self.touched {
            self.reached[r as usize] = UNSEEN;
            self.settled[r as usize] = false;
        }
        for &l in &self.touched_left {
            self.left_settled[l as usize] = false;
        }
        self.touched.clear();
        self.touched_left.clear();
        self.settled_right.clear();
        self.settled_left.clear();
        self.heap.clear();
        placed
    }

    /// Settles right node `r` at distance `d`, and with it every left node it holds (their
    /// chosen edges are tight, and must stay so when the duals move).
    fn settle_right(&mut self, r: u32, d: i64, end: &mut End, end_dist: &mut i64) {
        if self.reached[r as usize].dist == i64::MAX {
            self.touched.push(r);
        }
        self.settled[r as usize] = true;
        self.settled_right.push((r, d));
        for i in 0..self.right.load[r as usize] {
            let (edge, l) = self.right.held(r, i);
            if !self.left_settled[l as usize] {
                self.settle_left(l, d, edge, end, end_dist);
            }
        }
    }

    /// Settles left node `l` at distance `d`, reached through its chosen edge `via` (NONE for the
    /// root): every right node it holds is settled with it, then its edges are relaxed. With the
    /// seekers' capacities all 1, a right node held by `l` holds nobody else (seekers on the
    /// right) or is the one `l` came through (seekers on the left), so no path passes through it.
    fn settle_left(&mut self, l: u32, d: i64, via: u32, end: &mut End, end_dist: &mut i64) {
        self.left_settled[l as usize] = true;
        self.touched_left.push(l);
        self.via[l as usize] = via;
        self.settled_left.push((l, d));
        for i in 0..self.left.load[l as usize] {
            let r = self.left.held(l, i).1;
            if !self.settled[r as usize] {
                self.settle_right(r, d, end, end_dist);
            }
        }
        self.scan(l, d, end, end_dist);
    }

    /// Relaxes the edges of left node `l`, settled at distance `dl`.
    #[inline]
    fn scan(&mut self, l: u32, dl: i64, end: &mut End, end_dist: &mut i64) {
        let ul = self.u[l as usize];
        let release = dl + ul;
        if release < *end_dist {
            *end_dist = release;
            *end = End::Release { left: l };
        }
        let base = dl + ul - self.k;
        for edge in self.row(l) {
            let (r, score) = self.targets[edge];
            let ri = r as usize;
            let nd = base + self.v[ri] - i64::from(score);
            if nd >= *end_dist || self.settled[ri] {
                continue;
            }
            if self.room[ri] {
                *end_dist = nd;
                *end = End::Room { left: l, edge: edge as u32 };
            } else if nd < self.reached[ri].dist {
                if self.reached[ri].dist == i64::MAX {
                    self.touched.push(r);
                }
                self.reached[ri] = Reached { dist: nd, left: l, edge: edge as u32 };
                self.heap.push(Reverse((nd, r)));
            }
        }
    }

    /// Flips the alternating path that ends at `end` back to `l0`: whether `l0` gained a pair.
    fn flip(&mut self, l0: u32, end: End) -> bool {
        let (mut l, mut edge) = match end {
            End::Room { left, edge, .. } => (left, edge),
            End::Release { left } => {
                if left == l0 {
                    return false;
                }
                // It gives up the pair it was reached through; whoever reached that node takes it.
                let dropped = self.via[left as usize];
                let r = self.targets[dropped as usize].0;
                self.unseat(left, dropped);
                let reach = self.reached[r as usize];
                (reach.left, reach.edge)
            }
        };
        loop {
            let previous = self.via[l as usize];
            if previous == NONE {
                self.seat(l, edge);
                return true;
            }
            self.unseat(l, previous);
            self.seat(l, edge);
            let r = self.targets[previous as usize].0;
            let reach = self.reached[r as usize];
            l = reach.left;
            edge = reach.edge;
        }
    }

    /// Left node `l` takes its edge `edge`.
    fn seat(&mut self, l: u32, edge: u32) {
        let r = self.targets[edge as usize].0;
        self.at_left[edge as usize] = self.left.push(l, edge, r);
        self.at_right[edge as usize] = self.right.push(r, edge, l);
        self.room[r as usize] = self.right.has_room(r);
    }

    /// Left node `l` gives up its edge `edge`.
    fn unseat(&mut self, l: u32, edge: u32) {
        let r = self.targets[edge as usize].0;
        if let Some(moved) = self.left.remove(l, self.at_left[edge as usize]) {
            self.at_left[moved as usize] = self.at_left[edge as usize];
        }
        if let Some(moved) = self.right.remove(r, self.at_right[edge as usize]) {
            self.at_right[moved as usize] = self.at_right[edge as usize];
        }
        self.room[r as usize] = true;
    }

    /// The chosen pairs as (left, right, score), by left node then by right node, and the duals
    /// of the left side and of the right side.
    fn finish(self) -> Finished {
        let mut pairs = Vec::new();
        for l in 0..self.u.len() as u32 {
            let start = pairs.len();
            for i in 0..self.left.load[l as usize] {
                let (r, score) = self.targets[self.left.held(l, i).0 as usize];
                pairs.push((l, r, score));
            }
            pairs[start..].sort_unstable();
        }
        Finished { pairs, left_duals: self.u, right_duals: self.v }
    }
}

struct Finished {
    pairs: Vec<(u32, u32, u32)>,
    left_duals: Vec<i64>,
    right_duals: Vec<i64>,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::instance::Edge;

    fn instance(seekers: usize, capacities: &[u32], edges: &[(u32, u32, u32)]) -> Instance {
        let edges: Vec<Edge> =
            edges.iter().map(|&(seeker, provider, score)| Edge { seeker, provider, score }).collect();
        Instance::new(seekers, capacities.to_vec(), &edges).unwrap()
    }

    fn solved(i: &Instance) -> Solution {
        let solution = solve(i);
        solution.verify(i).unwrap();
        solution
    }

    #[test]
    fn nothing_to_pair() {
        for i in [instance(0, &[], &[]), instance(3, &[2, 1], &[]), instance(2, &[], &[])] {
            let s = solved(&i);
            assert_eq!((s.pairs_count(), s.total_score), (0, 0));
            assert!(s.certificate.seeker_duals.iter().chain(&s.certificate.provider_duals).all(|&d| d == 0));
        }
    }

    #[test]
    fn a_provider_with_no_capacity_takes_no_one() {
        let s = solved(&instance(2, &[0, 1], &[(0, 0, 900), (1, 0, 800), (1, 1, 1)]));
        assert_eq!(s.pairs, vec![Pair { seeker: 1, provider: 1, score: 1 }]);
    }

    #[test]
    fn all_seekers_competing_for_one_provider_the_best_wins() {
        let s = solved(&instance(5, &[1], &[(0, 0, 10), (1, 0, 50), (2, 0, 30), (3, 0, 70), (4, 0, 20)]));
        assert_eq!(s.pairs, vec![Pair { seeker: 3, provider: 0, score: 70 }]);
        let s = solved(&instance(5, &[2], &[(0, 0, 10), (1, 0, 50), (2, 0, 30), (3, 0, 70), (4, 0, 20)]));
        assert_eq!((s.pairs_count(), s.total_score), (2, 120));
    }

    #[test]
    fn a_later_seeker_can_push_an_earlier_one_out() {
        let s = solved(&instance(2, &[1], &[(0, 0, 10), (1, 0, 100)]));
        assert_eq!(s.pairs, vec![Pair { seeker: 1, provider: 0, score: 100 }]);
    }

    #[test]
    fn more_pairs_beat_a_higher_score() {
        // Seeker 0 alone on provider 0 would score a million; pairing both scores nothing.
        let s = solved(&instance(2, &[1, 1], &[(0, 0, 1_000_000), (0, 1, 0), (1, 0, 0)]));
        assert_eq!((s.pairs_count(), s.total_score), (2, 0));
    }

    #[test]
    fn ties_still_pair_everyone() {
        let s = solved(&instance(3, &[1, 1, 1], &[(0, 0, 5), (0, 1, 5), (1, 0, 5), (1, 1, 5), (2, 0, 5), (2, 2, 5)]));
        assert_eq!((s.pairs_count(), s.total_score), (3, 15));
    }

    #[test]
    fn capacity_beyond_the_edges_is_harmless() {
        let s = solved(&instance(2, &[u32::MAX], &[(0, 0, 1), (1, 0, 2)]));
        assert_eq!((s.pairs_count(), s.total_score), (2, 3));
    }

    #[test]
    fn long_chains_of_displacement() {
        // Seeker i likes provider i best and provider i+1 a little; the last provider is free.
        let n = 50u32;
        let mut edges = Vec::new();
        for i in 0..n {
            edges.push((i, i, 10));
            edges.push((i, i + 1, 9));
        }
        edges.push((n, 0, 1_000_000));
        let s = solved(&instance(n as usize + 1, &vec![1; n as usize + 1], &edges));
        assert_eq!((s.pairs_count(), s.total_score), (n as usize + 1, 1_000_000 + 9 * n as u64));
    }

    /// Solving again from the optimum over some of the edges reaches the optimum over all of them,
    /// proved, whether volunteers are plentiful or scarce, in one step or in several.
    #[test]
    fn solving_again_with_more_edges_reaches_the_same_optimum() {
        use rand::{Rng, SeedableRng};
        for (seed, (seekers, providers, per)) in
            [(300, 200, 8), (300, 60, 12), (400, 40, 20), (200, 150, 3)].into_iter().enumerate()
        {
            let full = crate::synthetic::instance(seekers, providers, per, seed as u64).unwrap();
            let expected = solved(&full);
            let mut rng = rand::rngs::StdRng::seed_from_u64(seed as u64);
            // Each seeker's best edge is always there, so the offset stays; the rest come in steps.
            let step: Vec<u32> = (0..full.edge_count()).map(|_| rng.gen_range(0..3)).collect();
            let mut at = 0;
            let mut edges_by_step: [Vec<Edge>; 3] = Default::default();
            for s in 0..seekers as u32 {
                let best = full.edges_of(s).map(|e| e.1).max();
                for (p, score) in full.edges_of(s) {
                    let when = if Some(score) == best { 0 } else { step[at] as usize };
                    at += 1;
                    for later in &mut edges_by_step[when..] {
                        later.push(Edge { seeker: s, provider: p, score });
                    }
                }
            }
            let mut previous: Option<Solution> = None;
            for edges in &edges_by_step {
                let part = Instance::new(seekers, full.capacities().to_vec(), edges).unwrap();
                let again = match &previous {
                    Some(previous) => resolve(&part, previous),
                    None => solve(&part),
                };
                again.verify(&part).unwrap();
                assert_eq!(
                    (again.pairs_count(), again.total_score),
                    (solved(&part).pairs_count(), solved(&part).total_score)
                );
                previous = Some(again);
            }
            let last = previous.unwrap();
            assert_eq!((last.pairs_count(), last.total_score), (expected.pairs_count(), expected.total_score));
        }
    }

    #[test]
    fn synthetic_instances_are_solved_and_proved() {
        for seed in 0..5 {
            let i = crate::synthetic::instance(300, 120, 8, seed).unwrap();
            let s = solved(&i);
            assert!(s.pairs_count() <= 300);
        }
    }
}
