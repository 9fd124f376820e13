//! How good a pair is, and why. A pair that keeps every rule gets one [`Factor`] per weighted
//! part of the score, each with the facts a coordinator can check ("both speak Arabic", "3 km
//! apart"), and the score is a transparent weighted mean of the factors' fits:
//!
//! ```text
//! score = round(MAX_SCORE × Σ weight_k · fit_k / Σ weight_k)      fit_k in [0, 1], weights 0..=10
//! ```
//!
//! over the factors whose weight is above 0 (a weight of 0 leaves the factor out; when every
//! weight is 0 every pair scores 0; a weight above [`MAX_WEIGHT`] counts as [`MAX_WEIGHT`]). Each
//! factor's `points` are its share, `MAX_SCORE × weight_k · fit_k / Σ weights` rounded so that the
//! points add up to the score exactly (largest remainders get the leftover units). The fits:
//!
//! - **language**: the best level both reach in a language they share, the lower of the two
//!   (conversational 0.6, fluent 0.85, native 1). In a language exchange, the mean of how well each
//!   can teach the other: the teacher's best level in a language the learner learns (0 if none).
//! - **interests**: shared interests over the smaller of the two lists (0 if either is empty).
//! - **distance**: `1 − km / reach` when both are on the map and will travel (reach: the smaller
//!   travel distance), floored at 0; otherwise 0.8 for the same area and 0 for different ones.
//! - **availability**: shared weekly slots over 4, at most 1 (four shared slots leave enough
//!   freedom to meet every week).
//! - **field**: 1 for the same field, 0 otherwise.
//! - **waiting**: the newcomer's days waited over 180, at most 1, so that people who have waited
//!   long come first when volunteers are scarce.
//!
//! Fits are computed in millionths and the sums in integers, so the same pair always gets the
//! same score, and the score the round computes without building factors equals [`score`] of
//! [`evaluate`]'s factors.

use crate::entrant::{least_km, Entrant, Folded, GeoBox, Vocabulary};
use crate::instance::MAX_SCORE;
use crate::participant::{Availability, Gender, Level};
use crate::programme::{Kind, Programme, Weights, MAX_WEIGHT};
use crate::rules::{self, shared_languages, teachable, Constraint, Place};
use serde::{Deserialize, Serialize};

/// The parts of a pair's score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Ord, PartialOrd, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FactorKind {
    Language,
    Interests,
    Distance,
    Availability,
    Field,
    Waiting,
}

impl FactorKind {
    pub const ALL: [FactorKind; 6] = [
        FactorKind::Language,
        FactorKind::Interests,
        FactorKind::Distance,
        FactorKind::Availability,
        FactorKind::Field,
        FactorKind::Waiting,
    ];

    /// The stable code used in files, the API and message keys.
    pub fn as_str(self) -> &'static str {
        match self {
            FactorKind::Language => "language",
            FactorKind::Interests => "interests",
            FactorKind::Distance => "distance",
            FactorKind::Availability => "availability",
            FactorKind::Field => "field",
            FactorKind::Waiting => "waiting",
        }
    }

    pub fn parse(text: &str) -> Option<FactorKind> {
        FactorKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// This factor's weight in `weights`, capped at [`MAX_WEIGHT`].
    pub fn weight(self, weights: &Weights) -> u8 {
        let w = match self {
            FactorKind::Language => weights.language,
            FactorKind::Interests => weights.interests,
            FactorKind::Distance => weights.distance,
            FactorKind::Availability => weights.availability,
            FactorKind::Field => weights.field,
            FactorKind::Waiting => weights.waiting,
        };
        w.min(MAX_WEIGHT)
    }
}

/// One reason a pair scored what it did. `points` are the share of the score this factor gave;
/// `detail` carries the facts to show a coordinator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Factor {
    pub kind: FactorKind,
    pub points: u32,
    pub detail: Detail,
}

/// The facts behind a factor. Words are trimmed and lower-cased, lists in alphabetical order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Detail {
    /// The languages both speak at conversational level or better.
    Languages(Vec<String>),
    /// In a language exchange: what each can teach the other.
    Exchange {
        newcomer_teaches: Vec<String>,
        volunteer_teaches: Vec<String>,
    },
    /// The interests they share.
    Interests(Vec<String>),
    /// Kilometres apart (rounded), when both have coordinates; and whether they gave the same area.
    Distance {
        km: Option<u32>,
        same_area: bool,
    },
    SharedSlots(u32),
    /// The field they share (empty when they differ).
    Field(String),
    Waited {
        days: u32,
    },
}

/// Checks one pair: Ok(factors) if it passes every rule, Err(every rule it breaks).
pub fn evaluate(
    programme: &Programme,
    newcomer: &Entrant,
    volunteer: &Entrant,
) -> Result<Vec<Factor>, Vec<Constraint>> {
    let mut vocabulary = Vocabulary::default();
    let n = vocabulary.fold_entrant(newcomer);
    let v = vocabulary.fold_entrant(volunteer);
    let broken = rules::broken(&programme.rules, &n, &v);
    if broken.is_empty() {
        Ok(factors(programme, &vocabulary, &n, &v))
    } else {
        Err(broken)
    }
}

/// The pair's score (0..=MAX_SCORE) from its factors: the sum of their points.
pub fn score(factors: &[Factor]) -> u32 {
    factors.iter().fold(0u32, |sum, f| sum.saturating_add(f.points)).min(MAX_SCORE)
}

const PPM: u32 = 1_000_000;

/// How well a level serves a conversation or a lesson, in millionths.
fn level_fit(level: Level) -> u32 {
    match level {
        Level::Beginner => 0,
        Level::Conversational => 600_000,
        Level::Fluent => 850_000,
        Level::Native => PPM,
    }
}

/// The best level `teacher` can teach `learner` in.
fn teaching_fit(teacher: &Folded, learner: &Folded) -> u32 {
    teachable(teacher, learner).filter_map(|l| teacher.speaks_level(l)).map(level_fit).max().unwrap_or(0)
}

fn ratio_fit(part: u64, whole: u64) -> u32 {
    if whole == 0 {
        return 0;
    }
    let part = part.min(whole);
    ((2 * u64::from(PPM) * part + whole) / (2 * whole)) as u32
}

fn common_count(a: &[u32], b: &[u32]) -> u64 {
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common
}

/// One factor's fit, in millionths (see the module documentation).
fn fit(kind: FactorKind, programme: &Programme, n: &Folded, v: &Folded, place: &Place) -> u32 {
    match kind {
        FactorKind::Language if programme.kind == Kind::LanguageExchange => {
            (teaching_fit(v, n) + teaching_fit(n, v)).div_ceil(2)
        }
        FactorKind::Language => shared_languages(n, v)
            .filter_map(|l| Some(n.speaks_level(l)?.min(v.speaks_level(l)?)))
            .map(level_fit)
            .max()
            .unwrap_or(0),
        FactorKind::Interests => {
            let smaller = n.interests.len().min(v.interests.len()) as u64;
            ratio_fit(common_count(&n.interests, &v.interests), smaller)
        }
        FactorKind::Distance => match place.by_distance() {
            Some(km) => {
                let fit = 1.0 - km / f64::from(place.reach_km);
                (fit.clamp(0.0, 1.0) * f64::from(PPM)).round() as u32
            }
            None if place.same_area => SAME_AREA_FIT,
            None => 0,
        },
        FactorKind::Availability => ratio_fit(u64::from(n.availability.shared(v.availability).min(4)), 4),
        FactorKind::Field => {
            if n.field.is_some() && n.field == v.field {
                PPM
            } else {
                0
            }
        }
        FactorKind::Waiting => ratio_fit(u64::from(n.waiting_days.min(180)), 180),
    }
}

/// What [`brief_bound`] needs of one person, in one small record: a round makes one per person
/// and reads only these while it skips most pairs. Languages and interests are kept as bits
/// (bit `id % 64`), so that a pair's bound needs no list.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Brief {
    /// Latitude, longitude (radians) and the cosine of the latitude, when on the map (with a
    /// travel distance).
    at: Option<(f64, f64, f64)>,
    travel_km: u32,
    /// The languages spoken at conversational level or better, fluent or better, and natively.
    pub(crate) speaks: [u64; 3],
    pub(crate) learns: u64,
    interests: u64,
    /// How many interests; whether each has a bit of its own in `interests`.
    interest_count: u32,
    interests_apart: bool,
    pub(crate) slots: Availability,
    area: Option<u32>,
    pub(crate) field: Option<u32>,
    waiting_days: u32,
    /// What the rules on gender and safeguarding read.
    pub(crate) gender: Option<Gender>,
    pub(crate) gender_preference: Option<Gender>,
    pub(crate) minor: bool,
    pub(crate) vetted: bool,
    /// Each bit of this person's languages in `speaks` and `learns` stands for one language only
    /// among everyone the round holds ([`Brief::among`]); false when that is not known.
    pub(crate) languages_apart: bool,
}

/// The bits (`id % 64`) that stand for more than one language among `people`.
pub(crate) fn crowded_language_bits<'a>(people: impl IntoIterator<Item = &'a Folded>) -> u64 {
    let mut owner = [None; 64];
    let mut crowded = 0u64;
    for f in people {
        for &(language, _) in f.speaks.iter().chain(&f.learns) {
            let bit = (language % 64) as usize;
            match owner[bit] {
                None => owner[bit] = Some(language),
                Some(known) if known != language => crowded |= 1 << bit,
                Some(_) => {}
            }
        }
    }
    crowded
}

/// The levels a language can be spoken at for a rule or a score, lowest first.
const SPOKEN: [Level; 3] = [Level::Conversational, Level::Fluent, Level::Native];

fn bits(ids: impl Iterator<Item = u32>) -> u64 {
    ids.fold(0, |m, id| m | 1 << (id % 64))
}

impl Brief {
    pub(crate) fn of(f: &Folded) -> Brief {
        let interests = bits(f.interests.iter().copied());
        Brief {
            at: f.on_map().map(|g| (g.lat_radians(), g.lon_radians(), g.cos_lat())),
            travel_km: f.travel_km,
            speaks: SPOKEN.map(|at_least| bits(f.speaks.iter().filter(|s| s.1 >= at_least).map(|s| s.0))),
            learns: bits(f.learns.iter().map(|s| s.0)),
            interests,
            interest_count: f.interests.len() as u32,
            interests_apart: interests.count_ones() as usize == f.interests.len(),
            slots: f.availability,
            area: f.area,
            field: f.field,
            waiting_days: f.waiting_days,
            gender: f.gender,
            gender_preference: f.gender_preference,
            minor: f.minor,
            vetted: f.vetted,
            languages_apart: false,
        }
    }

    /// The brief of `f` in a round whose people's languages share the bits `crowded`
    /// ([`crowded_language_bits`]).
    pub(crate) fn among(f: &Folded, crowded: u64) -> Brief {
        let brief = Brief::of(f);
        Brief { languages_apart: (brief.speaks[0] | brief.learns) & crowded == 0, ..brief }
    }

    /// What a score reads of this person's languages and interests.
    fn bits(&self) -> Bits {
        Bits {
            speaks: self.speaks,
            learns: self.learns,
            interests: self.interests,
            interest_count: self.interest_count,
        }
    }
}

/// A bound on [`pair_score`] from the two [`Brief`]s alone: the best level at which
/// both speak (or teach) a language, the interests both have bits for, the least distance their
/// coordinates allow without trigonometry; the other fits are exact.
#[cfg(test)]
pub(crate) fn brief_bound(programme: &Programme, n: &Brief, v: &Brief) -> u32 {
    let probe = Probe::new(programme, *n);
    rounded_share(probe.sum(v, 0, PPM).unwrap_or(0), probe.weights)
}

/// A newcomer's side of the bound of [`brief_bound`], worked out once per newcomer, so that the
/// bound of a pair with them takes a few masks and small tables, at most one square root, and no
/// division but one by the travel distance.
pub(crate) struct Probe {
    pub(crate) brief: Brief,
    exchange: bool,
    /// The programme's within-reach rule applies.
    within_reach: bool,
    /// Each factor's weight, in the order of [`FactorKind::ALL`], and their sum.
    weight: [u64; 6],
    weights: u64,
    /// The weighted fits that depend on the newcomer alone.
    fixed: u64,
    /// The weighted language fit by the best level both reach (none, then [`SPOKEN`]); in a
    /// language exchange, by the levels each teaches the other at.
    language: [[u64; 4]; 4],
    /// The weighted availability fit by slots shared.
    slots: [u64; 5],
    /// The weighted interest fit by the smaller list's length and the interests shared, for lists
    /// shorter than [`SHORT`].
    interests: [[u64; SHORT]; SHORT],
}

/// The [`Brief`]s of a bucket's volunteers column by column, as [`Probe::may_reach`] reads a whole
/// run of them at once.
#[derive(Debug, Default)]
pub(crate) struct Columns {
    speaks: [Vec<u64>; 3],
    learns: Vec<u64>,
    interests: Vec<u64>,
    interest_count: Vec<u32>,
    slots: Vec<u32>,
    /// The field's number, `u32::MAX` for none.
    field: Vec<u32>,
}

impl Columns {
    pub(crate) fn of(briefs: &[Brief]) -> Columns {
        let mut columns = Columns::default();
        for b in briefs {
            for (column, &mask) in columns.speaks.iter_mut().zip(&b.speaks) {
                column.push(mask);
            }
            columns.learns.push(b.learns);
            columns.interests.push(b.interests);
            columns.interest_count.push(b.interest_count);
            columns.slots.push(b.slots.bits());
            columns.field.push(b.field.unwrap_or(u32::MAX));
        }
        columns
    }
}

/// Interest fits (`ratio_fit(common, smaller)`) for lists this short.
const SHORT: usize = 16;

fn interest_fits() -> &'static [[u32; SHORT]; SHORT] {
    static FITS: std::sync::OnceLock<[[u32; SHORT]; SHORT]> = std::sync::OnceLock::new();
    FITS.get_or_init(|| {
        std::array::from_fn(|smaller| std::array::from_fn(|common| ratio_fit(common as u64, smaller as u64)))
    })
}

impl Probe {
    pub(crate) fn new(programme: &Programme, brief: Brief) -> Probe {
        let weight = FactorKind::ALL.map(|kind| u64::from(kind.weight(&programme.weights)));
        let level = |at: usize| if at == 0 { 0 } else { u64::from(level_fit(SPOKEN[at - 1])) };
        let exchange = programme.kind == Kind::LanguageExchange;
        let language = std::array::from_fn(|a| {
            std::array::from_fn(|b| if exchange { (level(a) + level(b)).div_ceil(2) } else { level(a) } * weight[0])
        });
        Probe {
            exchange,
            within_reach: programme.rules.within_reach,
            fixed: weight[5] * u64::from(ratio_fit(u64::from(brief.waiting_days.min(180)), 180)),
            weights: weight.iter().sum(),
            language,
            slots: std::array::from_fn(|shared| weight[3] * u64::from(ratio_fit(shared as u64, 4))),
            interests: std::array::from_fn(|smaller| {
                std::array::from_fn(|common| weight[1] * u64::from(interest_fits()[smaller][common]))
            }),
            weight,
            brief,
        }
    }

    /// Which members of `columns` in `run` (at most 64; bit `i` for the `i`th) may reach their
    /// `limit(i)` with a distance fit of at most `distance`: [`Probe::sum`] of each, with the
    /// distance fit at `distance`, worked out for the whole run without a branch per member. A
    /// member left out has a [`Probe::sum`] below its limit (at any distance the run allows).
    pub(crate) fn may_reach(
        &self,
        columns: &Columns,
        run: std::ops::Range<usize>,
        limit: impl Fn(usize) -> i64,
        distance: u32,
    ) -> u64 {
        let n = &self.brief;
        let base = self.fixed + self.weight[2] * u64::from(distance);
        // A newcomer without a field shares none: no volunteer's field is `u32::MAX - 1`.
        let field = n.field.unwrap_or(u32::MAX - 1);
        let field_fit = self.weight[4] * u64::from(PPM);
        // Levels nest (whoever speaks natively also speaks fluently), so the best level two
        // reach together is how many levels they meet at.
        let levels = |a: &[u64; 3], b: [u64; 3]| {
            usize::from(a[0] & b[0] != 0) + usize::from(a[1] & b[1] != 0) + usize::from(a[2] & b[2] != 0)
        };
        let (sp, c) = (&columns.speaks, columns);
        let members = sp[0][run.clone()]
            .iter()
            .zip(&sp[1][run.clone()])
            .zip(&sp[2][run.clone()])
            .zip(&c.learns[run.clone()])
            .zip(&c.interests[run.clone()])
            .zip(&c.interest_count[run.clone()])
            .zip(&c.slots[run.clone()])
            .zip(&c.field[run]);
        let mut may = 0u64;
        for (bit, member) in members.enumerate().take(64) {
            let (((((((&s0, &s1), &s2), &learns), &interests), &count), &slots), &their_field) = member;
            let language = if self.exchange {
                self.language[levels(&[s0, s1, s2], [n.learns; 3])][levels(&n.speaks, [learns; 3])]
            } else {
                self.language[levels(&n.speaks, [s0, s1, s2])][0]
            };
            let smaller = n.interest_count.min(count) as usize;
            let shared = ((n.interests & interests).count_ones() as usize).min(smaller);
            let common = if n.interests_apart { shared } else { smaller };
            let interests = match self.interests.get(smaller) {
                Some(fits) => fits[common],
                None => self.weight[1] * u64::from(PPM),
            };
            let slots = self.slots[(n.slots.bits() & slots).count_ones().min(4) as usize];
            let sum = base + language + interests + slots + u64::from(their_field == field) * field_fit;
            may |= u64::from(sum as i64 >= limit(bit)) << bit;
        }
        may
    }

    /// The weighted sum of every fit but distance, for a volunteer (or, as a bound, a run of them)
    /// with the language and interest bits `v`, the timetable `slots`, and whether a field is shared.
    #[inline(always)]
    fn sum_of(&self, v: &Bits, slots: Availability, same_field: bool) -> u64 {
        let n = &self.brief;
        let best = |a: &[u64; 3], b: &[u64; 3]| (0..3).rev().find(|&at| a[at] & b[at] != 0).map_or(0, |at| at + 1);
        let language = if self.exchange {
            self.language[best(&v.speaks, &[n.learns; 3])][best(&n.speaks, &[v.learns; 3])]
        } else {
            self.language[best(&n.speaks, &v.speaks)][0]
        };
        let smaller = n.interest_count.min(v.interest_count);
        // Each interest the newcomer shares sets a bit of their own in both masks.
        let common = if n.interests_apart { (n.interests & v.interests).count_ones().min(smaller) } else { smaller };
        let interests = match interest_fits().get(smaller as usize) {
            Some(fits) => fits[common as usize],
            None => ratio_fit(u64::from(common), u64::from(smaller)),
        };
        let field = if same_field { self.weight[4] * u64::from(PPM) } else { 0 };
        self.fixed
            + language
            + self.weight[1] * u64::from(interests)
            + self.slots[n.slots.shared(slots).min(4) as usize]
            + field
    }

    /// A bound on the score of the newcomer with any member of `run`, whose distance fit is at
    /// most `distance` ([`distance_cap`]): the score of someone who speaks, learns and likes all
    /// that any member does, as few interests as the fewest (with some) have, every slot
    /// anyone has, and a field anyone has.
    pub(crate) fn run_bound(&self, run: &Summary, distance: u32) -> u32 {
        let sum = self.sum_of(&run.bits, run.slots, run.field.may_be(self.brief.field));
        rounded_share(sum + self.weight[2] * u64::from(distance), self.weights)
    }

    /// The least weighted sum of fits at which the rounded score is above `bar`: a pair whose
    /// [`Probe::sum`] is below it scores at most `bar`.
    pub(crate) fn limit(&self, bar: i64) -> i64 {
        (bar + 1) * self.weights as i64 - (self.weights / 2) as i64
    }

    /// A bound on the weighted sum of fits of the newcomer with `v`, or any number under `limit`
    /// once it is known to be under it (0 for no limit). `distance` is a bound on the pair's
    /// distance fit known beforehand (that of `v`'s run, [`distance_cap`], or [`PPM`]): a pair that
    /// cannot reach `limit` even at that distance is settled without computing its own. `None`
    /// when the distance it computes shows the two further apart than the within-reach rule
    /// allows, as [`rules::keeps_place`] would find first.
    pub(crate) fn sum(&self, v: &Brief, limit: i64, distance: u32) -> Option<u64> {
        let n = &self.brief;
        let sum = self.sum_of(&v.bits(), v.slots, n.field.is_some() && n.field == v.field);
        if self.weight[2] == 0 || ((sum + self.weight[2] * u64::from(distance)) as i64) < limit {
            return Some(sum);
        }
        let distance = match (n.at, v.at) {
            (Some(a), Some(b)) => {
                let km = least_km((a.0 - b.0).abs(), (a.1 - b.1).abs(), a.2 * b.2);
                let reach = f64::from(n.travel_km.min(v.travel_km));
                if self.within_reach && km > reach + rules::REACH_MARGIN_KM {
                    return None;
                }
                let fit = (1.0 - km / reach).clamp(0.0, 1.0) * f64::from(PPM);
                // Truncated and two units more: at least the rounded-up bound and a unit for the
                // rounding of the full formula.
                (fit as u32).saturating_add(2).min(PPM)
            }
            _ if n.area.is_some() && n.area == v.area => SAME_AREA_FIT,
            _ => 0,
        };
        Some(sum + self.weight[2] * u64::from(distance))
    }
}

/// What [`Probe::run_bound`] needs of a run of volunteers: the most any of them offers on each part
/// of the score, and the box they stand in when all of them are on the map. A round reads a
/// run's summary before its members, and skips the run whole when even this cannot matter.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Summary {
    /// The box of everyone, when everyone is on the map (with a travel distance).
    pub(crate) on_map: Option<GeoBox>,
    /// The longest travel distance.
    pub(crate) travel_km: u32,
    /// Every language anyone speaks (at each level) or learns, every interest anyone has, and the
    /// fewest interests of those who have some (0 when nobody has any).
    bits: Bits,
    /// Every slot anyone has.
    slots: Availability,
    area: Shared,
    field: Shared,
}

/// The language and interest bits of a volunteer, or of all a run's members together.
#[derive(Debug, Clone, Copy)]
struct Bits {
    speaks: [u64; 3],
    learns: u64,
    interests: u64,
    interest_count: u32,
}

impl Bits {
    const NONE: Bits = Bits { speaks: [0; 3], learns: 0, interests: 0, interest_count: 0 };
}

/// A word everyone of a run gave, or not.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Shared {
    /// Nobody gave one.
    Nobody,
    Everyone(u32),
    Mixed,
}

impl Shared {
    fn of(words: impl Iterator<Item = Option<u32>>) -> Shared {
        let mut shared = None;
        for word in words {
            match (shared, word) {
                (None, word) => shared = Some(word),
                (Some(known), word) if known == word => {}
                _ => return Shared::Mixed,
            }
        }
        match shared.flatten() {
            Some(word) => Shared::Everyone(word),
            None => Shared::Nobody,
        }
    }

    /// Whether someone of the run may have given `word` (never true for no word).
    fn may_be(self, word: Option<u32>) -> bool {
        match self {
            Shared::Nobody => false,
            Shared::Everyone(w) => word == Some(w),
            Shared::Mixed => word.is_some(),
        }
    }
}

impl Summary {
    /// The summary of `members` (at least one).
    pub(crate) fn of(members: &[&Folded]) -> Summary {
        let all_on_map = members.iter().all(|f| f.on_map().is_some());
        Summary {
            on_map: if all_on_map { GeoBox::around(members.iter().filter_map(|f| f.on_map())) } else { None },
            travel_km: members.iter().map(|f| f.travel_km).max().unwrap_or(0),
            bits: members.iter().map(|f| Brief::of(f).bits()).fold(Bits::NONE, |all, b| Bits {
                speaks: std::array::from_fn(|at| all.speaks[at] | b.speaks[at]),
                learns: all.learns | b.learns,
                interests: all.interests | b.interests,
                interest_count: match (all.interest_count, b.interest_count) {
                    (0, count) | (count, 0) => count,
                    (a, b) => a.min(b),
                },
            }),
            slots: Availability::from_bits(members.iter().fold(0, |bits, f| bits | f.availability.bits())),
            area: Shared::of(members.iter().map(|f| f.area)),
            field: Shared::of(members.iter().map(|f| f.field)),
        }
    }
}

/// The most the distance fit of newcomer `n` can be with any member of `run`. `km`: the least
/// distance between them when all are on the map ([`Geo::km_at_least`]).
pub(crate) fn distance_cap(n: &Folded, run: &Summary, km: Option<f64>) -> u32 {
    match (n.on_map(), km) {
        (Some(_), Some(km)) => distance_fit_at_most(km, n.travel_km.min(run.travel_km)),
        // Someone off the map is compared by area, at most as well as everyone on it.
        (Some(_), None) => PPM,
        (None, _) if run.area.may_be(n.area) => SAME_AREA_FIT,
        (None, _) => 0,
    }
}

/// The most the distance fit can be for two people at least `km` apart who travel `reach_km`.
fn distance_fit_at_most(km: f64, reach_km: u32) -> u32 {
    let fit = 1.0 - km / f64::from(reach_km);
    // Rounded up, and a unit more for the rounding of the full formula.
    ((fit.clamp(0.0, 1.0) * f64::from(PPM)).ceil() as u32).saturating_add(1).min(PPM)
}

/// The distance fit of two people off the map in the same area.
const SAME_AREA_FIT: u32 = 800_000;

/// The score from each factor's fit: their mean weighted by the programme, rounded.
fn weighted_mean(programme: &Programme, fit: impl Fn(FactorKind) -> u32) -> u32 {
    let (mut sum, mut weights) = (0u64, 0u64);
    for kind in FactorKind::ALL {
        let w = u64::from(kind.weight(&programme.weights));
        if w > 0 {
            sum += w * u64::from(fit(kind));
            weights += w;
        }
    }
    rounded_share(sum, weights)
}

/// Each weighted factor's weight times fit, and the sum of the weights.
fn weighted(programme: &Programme, n: &Folded, v: &Folded, place: &Place) -> ([(FactorKind, u64); 6], usize, u64) {
    let mut parts = [(FactorKind::Language, 0u64); 6];
    let (mut count, mut weights) = (0, 0u64);
    for kind in FactorKind::ALL {
        let w = u64::from(kind.weight(&programme.weights));
        if w > 0 {
            parts[count] = (kind, w * u64::from(fit(kind, programme, n, v, place)));
            count += 1;
            weights += w;
        }
    }
    (parts, count, weights)
}

fn rounded_share(numerator: u64, weights: u64) -> u32 {
    if weights == 0 {
        return 0;
    }
    ((numerator + weights / 2) / weights) as u32
}

/// The score of a pair known to keep the rules, without building its factors (the round scores
/// every candidate pair; only proposals need explaining).
pub(crate) fn pair_score(programme: &Programme, n: &Folded, v: &Folded, place: &Place) -> u32 {
    weighted_mean(programme, |kind| fit(kind, programme, n, v, place))
}

/// The factors of a pair known to keep the rules; their points add up to [`pair_score`].
pub(crate) fn factors(programme: &Programme, vocabulary: &Vocabulary, n: &Folded, v: &Folded) -> Vec<Factor> {
    let place = Place::of(n, v);
    let (parts, count, weights) = weighted(programme, n, v, &place);
    let parts = &parts[..count];
    let total = rounded_share(parts.iter().map(|p| p.1).sum(), weights);
    let mut points: Vec<u32> = parts.iter().map(|p| p.1.checked_div(weights).unwrap_or(0) as u32).collect();
    // Largest remainders first (the earlier factor on ties) take the units rounding left over.
    let mut order: Vec<usize> = (0..count).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(parts[i].1.checked_rem(weights).unwrap_or(0)));
    // Rounding leaves at most one unit per factor: the floors lose less than 1 each and the total
    // rounds up by at most a half.
    let left = total.saturating_sub(points.iter().sum()) as usize;
    for &i in order.iter().take(left) {
        points[i] += 1;
    }
    parts
        .iter()
        .zip(points)
        .map(|(&(kind, _), points)| Factor { kind, points, detail: detail(kind, programme, vocabulary, n, v, &place) })
        .collect()
}

fn detail(
    kind: FactorKind,
    programme: &Programme,
    vocabulary: &Vocabulary,
    n: &Folded,
    v: &Folded,
    place: &Place,
) -> Detail {
    match kind {
        FactorKind::Language if programme.kind == Kind::LanguageExchange => Detail::Exchange {
            newcomer_teaches: vocabulary.words(teachable(n, v)),
            volunteer_teaches: vocabulary.words(teachable(v, n)),
        },
        FactorKind::Language => Detail::Languages(vocabulary.words(shared_languages(n, v))),
        FactorKind::Interests => Detail::Interests(
            vocabulary.words(n.interests.iter().copied().filter(|t| v.interests.binary_search(t).is_ok())),
        ),
        FactorKind::Distance => {
            Detail::Distance { km: place.km.map(|km| km.round() as u32), same_area: place.same_area }
        }
        FactorKind::Availability => Detail::SharedSlots(n.availability.shared(v.availability)),
        FactorKind::Field => Detail::Field(match n.field {
            Some(f) if n.field == v.field => vocabulary.word(f).to_string(),
            _ => String::new(),
        }),
        FactorKind::Waiting => Detail::Waited { days: n.waiting_days },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entrant::fold_all;
    use crate::rules::keeps;

    /// The bounds a round skips pairs by never fall below the score, for any kind of programme
    /// and any weights: a bound too low would lose a better pair without a word.
    #[test]
    fn the_bounds_are_never_below_the_score() {
        for (seed, kind) in [(5, Kind::Buddy), (6, Kind::LanguageExchange), (7, Kind::Mentoring), (8, Kind::Shadowing)]
        {
            let (n, v) = crate::synthetic::people(kind, 120, 90, seed);
            let (_, n, v) = fold_all(&n, &v);
            // One factor alone, too: slack in another factor must not hide a bound too low in it.
            let alone = |language, interests, availability| Weights {
                language,
                interests,
                distance: 0,
                availability,
                field: 0,
                waiting: 0,
            };
            for weights in [
                Weights::for_kind(kind),
                Weights { language: 10, interests: 1, distance: 10, availability: 0, field: 3, waiting: 2 },
                alone(10, 0, 0),
                alone(0, 10, 0),
                alone(0, 0, 10),
            ] {
                let programme = Programme { weights, ..Programme::for_kind(kind) };
                // Runs of volunteers as they come, so each mixes places, levels and timetables.
                let runs: Vec<Summary> = v.chunks(8).map(|run| Summary::of(&run.iter().collect::<Vec<_>>())).collect();
                let mut checked = 0;
                for a in &n {
                    for (i, b) in v.iter().enumerate() {
                        let Some(place) = keeps(&programme.rules, a, b) else { continue };
                        let score = pair_score(&programme, a, b, &place);
                        let bound = brief_bound(&programme, &Brief::of(a), &Brief::of(b));
                        assert!(score <= bound, "{kind:?}: score {score} above its bound {bound}");
                        let run = &runs[i / 8];
                        let km = a.on_map().zip(run.on_map.as_ref()).map(|(at, area)| at.km_at_least(area));
                        let cap = distance_cap(a, run, km);
                        let run_bound = Probe::new(&programme, Brief::of(a)).run_bound(run, cap);
                        assert!(bound <= run_bound, "{kind:?}: bound {bound} above its run's {run_bound}");
                        // Settling a pair by its run's distance never settles one that scores more.
                        let probe = Probe::new(&programme, Brief::of(a));
                        let limit = probe.limit(i64::from(score) - 1);
                        assert!(
                            probe.sum(&Brief::of(b), limit, cap).is_some_and(|sum| sum as i64 >= limit),
                            "{kind:?}: a pair scoring {score} settled below it by its run's distance"
                        );
                        // Nor by the bound that reads the run's columns at once.
                        let columns = Columns::of(
                            &v[i / 8 * 8..(i / 8 * 8 + 8).min(v.len())].iter().map(Brief::of).collect::<Vec<_>>(),
                        );
                        let may = probe.may_reach(&columns, 0..columns.slots.len(), |_| limit, cap);
                        assert!(may & 1 << (i % 8) != 0, "{kind:?}: a pair scoring {score} left out of its run");
                        checked += 1;
                    }
                }
                assert!(checked > 100, "{kind:?}: only {checked} pairs keep the rules");
            }
        }
    }
}
