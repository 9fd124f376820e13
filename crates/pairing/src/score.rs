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

use crate::entrant::{Entrant, Folded, Vocabulary, EARTH_KM};
use crate::instance::MAX_SCORE;
use crate::participant::{Availability, Level};
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

/// An upper bound of [`pair_score`] for a pair that keeps the rules, without the distance formula:
/// the north–south part of the way bounds the distance, every other fit is exact. A round leaves a
/// pair out of its candidates, unscored, when even this bound cannot matter.
pub(crate) fn score_bound(programme: &Programme, n: &Folded, v: &Folded) -> u32 {
    weighted_mean(programme, |kind| fit_bound(kind, programme, n, v))
}

/// What [`brief_bound`] needs of one person, in one small record: a round makes one per person
/// and reads only these while it skips most pairs.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Brief {
    /// Latitude in radians, when on the map (with a travel distance).
    lat: Option<f64>,
    travel_km: u32,
    /// The best level spoken, as a fit.
    level: u32,
    interests: bool,
    slots: Availability,
    area: Option<u32>,
    field: Option<u32>,
    waiting_days: u32,
}

impl Brief {
    pub(crate) fn of(f: &Folded) -> Brief {
        Brief {
            lat: f.on_map().map(|g| g.lat_radians()),
            travel_km: f.travel_km,
            level: f.speaks.iter().map(|s| level_fit(s.1)).max().unwrap_or(0),
            interests: !f.interests.is_empty(),
            slots: f.availability,
            area: f.area,
            field: f.field,
            waiting_days: f.waiting_days,
        }
    }
}

/// A looser bound than [`score_bound`], from the two [`Brief`]s alone: each side's best level
/// bounds the language fit, and having interests at all bounds the interests fit.
pub(crate) fn brief_bound(programme: &Programme, n: &Brief, v: &Brief) -> u32 {
    weighted_mean(programme, |kind| match kind {
        FactorKind::Language if programme.kind == Kind::LanguageExchange => (v.level + n.level).div_ceil(2),
        FactorKind::Language => n.level.min(v.level),
        FactorKind::Interests if n.interests && v.interests => PPM,
        FactorKind::Interests => 0,
        FactorKind::Distance => {
            distance_bound((n.lat, v.lat), n.travel_km.min(v.travel_km), n.area.is_some() && n.area == v.area)
        }
        FactorKind::Availability => ratio_fit(u64::from(n.slots.shared(v.slots).min(4)), 4),
        FactorKind::Field if n.field.is_some() && n.field == v.field => PPM,
        FactorKind::Field => 0,
        FactorKind::Waiting => ratio_fit(u64::from(n.waiting_days.min(180)), 180),
    })
}

/// A bound on the distance fit of two people at these latitudes (in radians, when both are on the
/// map) who travel `reach_km`: the north–south part of the way is the least it can be. Off the
/// map, the fit is exact: that of the same area or none.
fn distance_bound(lats: (Option<f64>, Option<f64>), reach_km: u32, same_area: bool) -> u32 {
    match lats {
        (Some(a), Some(b)) => {
            let fit = 1.0 - (b - a).abs() * EARTH_KM / f64::from(reach_km);
            // Rounded up, and a unit more for the rounding of the full formula.
            ((fit.clamp(0.0, 1.0) * f64::from(PPM)).ceil() as u32).saturating_add(1).min(PPM)
        }
        _ if same_area => SAME_AREA_FIT,
        _ => 0,
    }
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

fn fit_bound(kind: FactorKind, programme: &Programme, n: &Folded, v: &Folded) -> u32 {
    match kind {
        FactorKind::Distance => {
            let lats = (n.on_map().map(|g| g.lat_radians()), v.on_map().map(|g| g.lat_radians()));
            distance_bound(lats, n.travel_km.min(v.travel_km), n.area.is_some() && n.area == v.area)
        }
        // Short lists and bits: cheap already, and independent of where the two are.
        FactorKind::Language
        | FactorKind::Interests
        | FactorKind::Availability
        | FactorKind::Field
        | FactorKind::Waiting => fit(kind, programme, n, v, &Place { km: None, reach_km: 0, same_area: false }),
    }
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
            for weights in [
                Weights::for_kind(kind),
                Weights { language: 10, interests: 1, distance: 10, availability: 0, field: 3, waiting: 2 },
            ] {
                let programme = Programme { weights, ..Programme::for_kind(kind) };
                let mut checked = 0;
                for a in &n {
                    for b in &v {
                        let Some(place) = keeps(&programme.rules, a, b) else { continue };
                        let score = pair_score(&programme, a, b, &place);
                        let bound = score_bound(&programme, a, b);
                        assert!(score <= bound, "{kind:?}: score {score} above its bound {bound}");
                        assert!(bound <= brief_bound(&programme, &Brief::of(a), &Brief::of(b)), "{kind:?}");
                        checked += 1;
                    }
                }
                assert!(checked > 100, "{kind:?}: only {checked} pairs keep the rules");
            }
        }
    }
}
