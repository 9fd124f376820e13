//! A person entering a round, and the folded form the engine compares. Text a person typed
//! (languages, interests, areas, fields) is trimmed, lower-cased and replaced by small numbers once
//! per round, so that checking a pair compares integers rather than strings: a round checks
//! millions of pairs, and one fold per person keeps every comparison consistent with the others.

use crate::participant::{Availability, Coordinates, Gender, Level, Profile};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A person entering a round.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Entrant {
    pub profile: Profile,
    /// How long the person has waited for a pair so far (newcomers; ignored for volunteers).
    pub waiting_days: u32,
}

/// Trims and lower-cases text the way every comparison in the engine does. Character by
/// character (not `str::to_lowercase`, whose final-sigma rule depends on the neighbours), so that
/// two texts fold equal exactly when they compare equal ignoring case.
pub(crate) fn fold(text: &str) -> String {
    text.trim().chars().flat_map(char::to_lowercase).collect()
}

/// The folded words seen in a round, each numbered once.
#[derive(Debug, Default)]
pub(crate) struct Vocabulary {
    ids: HashMap<String, u32>,
    words: Vec<String>,
}

impl Vocabulary {
    /// The number of `text` once folded, or `None` for empty text (which never matches anything).
    fn id(&mut self, text: &str) -> Option<u32> {
        let word = fold(text);
        if word.is_empty() {
            return None;
        }
        if let Some(&id) = self.ids.get(&word) {
            return Some(id);
        }
        let id = self.words.len() as u32;
        self.words.push(word.clone());
        self.ids.insert(word, id);
        Some(id)
    }

    pub(crate) fn word(&self, id: u32) -> &str {
        self.words.get(id as usize).map_or("", String::as_str)
    }

    /// The words of `ids`, in alphabetical order (what a coordinator reads).
    pub(crate) fn words(&self, ids: impl IntoIterator<Item = u32>) -> Vec<String> {
        let mut words: Vec<String> = ids.into_iter().map(|id| self.word(id).to_string()).collect();
        words.sort();
        words.dedup();
        words
    }

    /// Folds one entrant.
    pub(crate) fn fold_entrant(&mut self, entrant: &Entrant) -> Folded {
        let p = &entrant.profile;
        let mut speaks = self.skills(p.speaks.iter().map(|s| (s.language.as_str(), s.level)));
        // Only levels good enough to talk with or to teach count for any rule or score.
        speaks.retain(|&(_, level)| level.conversational());
        let learns = self.skills(p.learns.iter().map(|s| (s.language.as_str(), s.level)));
        let mut interests: Vec<u32> = p.interests.iter().filter_map(|t| self.id(t)).collect();
        interests.sort_unstable();
        interests.dedup();
        Folded {
            speaks_mask: mask(&speaks),
            learns_mask: mask(&learns),
            speaks,
            learns,
            interests,
            area: self.id(&p.area),
            field: self.id(&p.field),
            // Out-of-range or non-finite coordinates are treated as missing, never trusted.
            geo: p.coordinates.and_then(|c| Coordinates::new(c.lat, c.lon)).map(Geo::new),
            travel_km: p.travel_km,
            availability: Availability::from_bits(p.availability.bits()),
            gender: p.gender,
            gender_preference: p.gender_preference,
            minor: p.minor,
            vetted: p.vetted,
            waiting_days: entrant.waiting_days,
        }
    }

    /// Languages by number, sorted, each once at its best level.
    fn skills<'a>(&mut self, skills: impl Iterator<Item = (&'a str, Level)>) -> Vec<(u32, Level)> {
        let mut out: Vec<(u32, Level)> = skills.filter_map(|(l, level)| Some((self.id(l)?, level))).collect();
        // Highest level first within a language, so dedup keeps the best.
        out.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        out.dedup_by_key(|s| s.0);
        out
    }
}

/// An entrant as the rules and the score read it.
#[derive(Debug, Clone)]
pub(crate) struct Folded {
    /// Languages spoken at conversational level or better, sorted by number.
    pub speaks: Vec<(u32, Level)>,
    /// Languages the person wants to learn (any current level), sorted by number.
    pub learns: Vec<(u32, Level)>,
    /// Bit `id % 64` of each language: two people whose masks do not meet share no language, which
    /// settles most pairs without comparing lists.
    pub speaks_mask: u64,
    pub learns_mask: u64,
    pub interests: Vec<u32>,
    pub area: Option<u32>,
    pub field: Option<u32>,
    pub geo: Option<Geo>,
    pub travel_km: u32,
    pub availability: Availability,
    pub gender: Option<Gender>,
    pub gender_preference: Option<Gender>,
    pub minor: bool,
    pub vetted: bool,
    pub waiting_days: u32,
}

impl Folded {
    pub(crate) fn speaks_level(&self, language: u32) -> Option<Level> {
        self.speaks.binary_search_by_key(&language, |s| s.0).ok().map(|at| self.speaks[at].1)
    }

    /// Placed on the map with a radius: only such people are compared by distance.
    pub(crate) fn on_map(&self) -> Option<&Geo> {
        self.geo.as_ref().filter(|_| self.travel_km > 0)
    }
}

fn mask(languages: &[(u32, Level)]) -> u64 {
    languages.iter().fold(0, |m, &(l, _)| m | 1 << (l % 64))
}

/// A point on the map with what the distance formula needs, computed once per person.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Geo {
    pub at: Coordinates,
    lat: f64,
    lon: f64,
    cos_lat: f64,
}

pub(crate) const EARTH_KM: f64 = 6371.0;

impl Geo {
    fn new(at: Coordinates) -> Geo {
        let lat = at.lat.to_radians();
        Geo { at, lat, lon: at.lon.to_radians(), cos_lat: lat.cos() }
    }

    /// Great-circle distance in kilometres (haversine, as [`Coordinates::km_to`]).
    pub(crate) fn km_to(&self, other: &Geo) -> f64 {
        let h = ((other.lat - self.lat) / 2.0).sin().powi(2)
            + self.cos_lat * other.cos_lat * ((other.lon - self.lon) / 2.0).sin().powi(2);
        2.0 * EARTH_KM * h.sqrt().min(1.0).asin()
    }

    /// A lower bound of [`Geo::km_to`] without trigonometry ([`least_km`]).
    pub(crate) fn km_at_least_point(&self, other: &Geo) -> f64 {
        least_km((other.lat - self.lat).abs(), (other.lon - self.lon).abs(), self.cos_lat * other.cos_lat)
    }

    /// An upper bound of [`Geo::km_to`] ([`most_km`]).
    #[cfg(test)]
    fn km_at_most_point(&self, other: &Geo) -> f64 {
        most_km((other.lat - self.lat).abs(), (other.lon - self.lon).abs(), self.cos_lat * other.cos_lat)
    }

    /// Whether `other` is further than `reach` km from here by [`least_km`] (`Some(true)`), not
    /// further by [`most_km`] (`Some(false)`), or neither bound settles it (`None`). The bounds
    /// are compared squared, so no root, division or trigonometry is needed.
    pub(crate) fn beyond_by_bounds(&self, other: &Geo, reach: f64) -> Option<bool> {
        match self.settled(other, reach) {
            (true, _) => Some(true),
            (false, true) => Some(false),
            (false, false) => None,
        }
    }

    /// What [`Geo::beyond_by_bounds`] finds, as whether the least bound is beyond `reach` and
    /// whether the greatest is within it (both false when neither settles it), worked out without
    /// a branch: read for many people in a row, whom the edge of a circle splits unpredictably, it
    /// costs no mispredicted jumps.
    #[inline(always)]
    pub(crate) fn settled(&self, other: &Geo, reach: f64) -> (bool, bool) {
        const LEAST: f64 = 1.0 / (2.0 * EARTH_KM * (1.0 - 1e-9));
        const MOST: f64 = 1.0 / (2.0 * EARTH_KM * (1.0 + 1e-9));
        let lon = (other.lon - self.lon).abs();
        let (a, b) = ((other.lat - self.lat).abs() / 2.0, lon.min(std::f64::consts::TAU - lon) / 2.0);
        let cosines = self.cos_lat * other.cos_lat;
        let sine = |x: f64| (x - x * x * x / 6.0).max(0.0);
        let least = sine(a) * sine(a) + cosines * sine(b) * sine(b);
        let far = (reach + 1e-6) * LEAST;
        let most = a * a + cosines * b * b;
        let near = reach * MOST;
        let near = near * near;
        (least > far * far, (most < 1e-4) & (most * (1.0 + near) <= near))
    }

    /// Whether `other` is further than `reach` km from here by [`Geo::km_to`], which is computed
    /// only when neither bound of [`Geo::beyond_by_bounds`] settles it.
    pub(crate) fn beyond(&self, other: &Geo, reach: f64) -> bool {
        self.beyond_by_bounds(other, reach).unwrap_or_else(|| self.km_to(other) > reach)
    }

    pub(crate) fn lat_radians(&self) -> f64 {
        self.lat
    }

    pub(crate) fn lon_radians(&self) -> f64 {
        self.lon
    }

    pub(crate) fn cos_lat(&self) -> f64 {
        self.cos_lat
    }

    /// A lower bound of [`Geo::km_to`] any point of `area` without calling on trigonometry: the
    /// haversine of the least north–south and east–west separations, with each sine and the arc
    /// sine replaced by the polynomial or line below them.
    pub(crate) fn km_at_least(&self, area: &GeoBox) -> f64 {
        let lat = (area.lat.0 - self.lat).max(self.lat - area.lat.1).max(0.0);
        let lon = if area.lon.1 - area.lon.0 >= std::f64::consts::PI || (area.lon.0..=area.lon.1).contains(&self.lon) {
            0.0
        } else {
            turns(area.lon.0 - self.lon).min(turns(self.lon - area.lon.1))
        };
        least_km(lat, lon, self.cos_lat * area.cos_lat_min)
    }
}

/// `angle.rem_euclid(TAU)`, the same to the bit, without the division a remainder costs when
/// `angle` is less than two turns either way, as differences and sums of longitudes are: the
/// bounds of distance take this for every run and person a round reads.
fn turns(angle: f64) -> f64 {
    use std::f64::consts::TAU;
    if (0.0..TAU).contains(&angle) {
        angle
    } else if angle > -TAU && angle < 0.0 {
        angle + TAU
    } else if (TAU..2.0 * TAU).contains(&angle) {
        // Exact: the two are within a factor of two of each other.
        angle - TAU
    } else {
        angle.rem_euclid(TAU)
    }
}

/// A lower bound of the great-circle distance between two points at least `lat` and `lon` apart
/// (radians, `lon` at most π), where the product of the cosines of their latitudes is at least
/// `cosines`: the haversine formula with each sine and the arc sine replaced by the polynomial or
/// line below them, so no trigonometry is needed.
pub(crate) fn least_km(lat: f64, lon: f64, cosines: f64) -> f64 {
    // sin x ≥ x − x³/6 for 0 ≤ x ≤ π/2, and asin y ≥ y.
    let sine = |x: f64| (x - x * x * x / 6.0).max(0.0);
    let (a, b) = (sine(lat / 2.0), sine(lon.min(std::f64::consts::TAU - lon) / 2.0));
    let h = a * a + cosines * b * b;
    // A hair under, for the rounding of either formula.
    2.0 * EARTH_KM * h.sqrt() * (1.0 - 1e-9)
}

/// An upper bound of the great-circle distance between two points `lat` and `lon` apart
/// (radians), where the product of the cosines of their latitudes is at most `cosines`. Within
/// about a hundred kilometres it needs no trigonometry: the haversine formula with each sine
/// replaced by its angle (sin x ≤ x) and the arc sine by the tangent of the same angle
/// (asin y ≤ y / √(1 − y²)), over the distance by less than a thousandth of a percent. Further, the
/// haversine formula itself.
pub(crate) fn most_km(lat: f64, lon: f64, cosines: f64) -> f64 {
    let (a, b) = (lat / 2.0, lon.min(std::f64::consts::TAU - lon) / 2.0);
    let h = a * a + cosines * b * b;
    // A hair over, for the rounding of either formula.
    let over = 2.0 * EARTH_KM * (1.0 + 1e-9);
    if h < 1e-4 {
        over * (h / (1.0 - h)).sqrt()
    } else {
        over * (a.sin().powi(2) + cosines * b.sin().powi(2)).sqrt().min(1.0).asin()
    }
}

/// The smallest latitude–longitude box (in radians) holding some points: the latitudes and
/// longitudes from least to greatest (the longitudes of points that straddle the date line make a
/// box as wide as the world, which bounds nothing but stays true).
#[derive(Debug, Clone, Copy)]
pub(crate) struct GeoBox {
    lat: (f64, f64),
    lon: (f64, f64),
    /// The least and the greatest cosine of a latitude in the box.
    cos_lat_min: f64,
    cos_lat_max: f64,
}

impl GeoBox {
    /// The box around `points`, or `None` when there are none.
    pub(crate) fn around<'a>(points: impl IntoIterator<Item = &'a Geo>) -> Option<GeoBox> {
        let mut points = points.into_iter();
        let first = points.next()?;
        let (mut lat, mut lon) = ((first.lat, first.lat), (first.lon, first.lon));
        for g in points {
            lat = (lat.0.min(g.lat), lat.1.max(g.lat));
            lon = (lon.0.min(g.lon), lon.1.max(g.lon));
        }
        Some(GeoBox::spanning(lat, lon))
    }

    fn spanning(lat: (f64, f64), lon: (f64, f64)) -> GeoBox {
        let cos_lat_max = if lat.0 <= 0.0 && lat.1 >= 0.0 { 1.0 } else { lat.0.cos().max(lat.1.cos()) };
        GeoBox { lat, lon, cos_lat_min: lat.0.cos().min(lat.1.cos()).max(0.0), cos_lat_max }
    }

    /// The smallest box holding both boxes.
    pub(crate) fn union(&self, other: &GeoBox) -> GeoBox {
        GeoBox::spanning(
            (self.lat.0.min(other.lat.0), self.lat.1.max(other.lat.1)),
            (self.lon.0.min(other.lon.0), self.lon.1.max(other.lon.1)),
        )
    }

    /// An upper bound of [`Geo::km_to`] from `from` to any point of the box: [`most_km`] of the
    /// greatest separations.
    pub(crate) fn km_at_most(&self, from: &Geo) -> f64 {
        use std::f64::consts::PI;
        let lat = (from.lat - self.lat.0).abs().max((from.lat - self.lat.1).abs()).min(PI);
        // How far round the parallel a longitude is from `from`'s, 0 to π.
        let apart = |lon: f64| (turns(lon - from.lon) - PI).abs();
        let opposite = turns(from.lon + PI + PI) - PI;
        let lon = if self.lon.1 - self.lon.0 >= PI || (self.lon.0..=self.lon.1).contains(&opposite) {
            PI
        } else {
            // `apart` measures from the opposite meridian: the nearest end to it is the furthest.
            PI - apart(self.lon.0).min(apart(self.lon.1))
        };
        most_km(lat, lon, from.cos_lat * self.cos_lat_max)
    }
}

/// Folds every newcomer and volunteer of a round with one vocabulary.
pub(crate) fn fold_all<'a>(
    newcomers: impl IntoIterator<Item = &'a Entrant>,
    volunteers: impl IntoIterator<Item = &'a Entrant>,
) -> (Vocabulary, Vec<Folded>, Vec<Folded>) {
    let mut vocabulary = Vocabulary::default();
    let n = newcomers.into_iter().map(|e| vocabulary.fold_entrant(e)).collect();
    let v = volunteers.into_iter().map(|e| vocabulary.fold_entrant(e)).collect();
    (vocabulary, n, v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::participant::Skill;
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};

    /// The bound a round skips whole runs of volunteers by is never above the true distance,
    /// near the poles, across the date line, in a city and across the world.
    #[test]
    fn the_least_distance_to_a_box_is_never_above_the_distance_to_its_points() {
        let mut rng = StdRng::seed_from_u64(9);
        let point = |rng: &mut StdRng, (lat, lon): (f64, f64), spread: f64| {
            let lat = (lat + rng.gen_range(-spread..=spread)).clamp(-90.0, 90.0);
            let lon = (lon + rng.gen_range(-spread..=spread) + 180.0).rem_euclid(360.0) - 180.0;
            Geo::new(Coordinates::new(lat, lon).unwrap_or(Coordinates { lat: 0.0, lon: 0.0 }))
        };
        let mut tight = 0;
        // How many pairs the trigonometry-free upper bound places within 0.1% of the distance.
        let (mut pairs, mut close) = (0, 0);
        // How often the squared bounds settle a distance against a reach 0.1% or 1 m either side.
        let (mut asked, mut answered) = (0, 0);
        for round in 0..400 {
            let centre = [(50.85, 4.35), (89.5, 0.0), (-89.0, 120.0), (10.0, 179.9), (0.0, 0.0)][round % 5];
            let spread = [0.01, 0.2, 3.0, 60.0][round % 4];
            let mut members: Vec<Geo> = (0..rng.gen_range(1..40)).map(|_| point(&mut rng, centre, spread)).collect();
            // South to north, so that two halves can lie either side of the equator.
            members.sort_by(|a, b| a.lat.total_cmp(&b.lat));
            // Either the box around them all, or the union of the boxes around the southern and
            // the northern half.
            let half = members.len() / 2;
            let Some(area) = (match (round % 2, GeoBox::around(&members[..half]), GeoBox::around(&members[half..])) {
                (1, Some(a), Some(b)) => Some(a.union(&b)),
                _ => GeoBox::around(&members),
            }) else {
                continue;
            };
            for _ in 0..20 {
                let from = point(&mut rng, centre, spread * 3.0);
                let least = from.km_at_least(&area);
                let nearest = members.iter().map(|m| from.km_to(m)).fold(f64::INFINITY, f64::min);
                assert!(least <= nearest, "{least} km above {nearest} km, from {:?}", from.at);
                for m in &members {
                    let km = from.km_to(m);
                    assert!(from.km_at_least_point(m) <= km, "{km} km to {:?} from {:?}", m.at, from.at);
                    assert!(from.km_at_most_point(m) >= km, "{km} km to {:?} from {:?}", m.at, from.at);
                    for reach in [km * 0.999, km * 1.001, km + 1e-3, (km - 1e-3).max(0.0)] {
                        asked += 1;
                        if let Some(beyond) = from.beyond_by_bounds(m, reach) {
                            answered += 1;
                            assert_eq!(beyond, km > reach, "{km} km against {reach}, from {:?} to {:?}", from.at, m.at);
                        }
                    }
                    pairs += 1;
                    close += u32::from(from.km_at_most_point(m) <= 1.001 * km);
                }
                let most = area.km_at_most(&from);
                let furthest = members.iter().map(|m| from.km_to(m)).fold(0.0, f64::max);
                assert!(most >= furthest, "{most} km below {furthest} km, from {:?}", from.at);
                tight += u32::from(least > 0.9 * nearest);
            }
        }
        // It is a useful bound too, not only a true one.
        assert!(tight > 2000, "only {tight} of 8000 bounds within 10% of the distance");
        assert!(answered * 2 > asked, "the bounds settled only {answered} of {asked}");
        assert!(close * 2 > pairs, "only {close} of {pairs} upper bounds within 0.1% of the distance");
    }

    #[test]
    fn turns_are_the_remainder_to_the_bit() {
        use std::f64::consts::{PI, TAU};
        let edges = [0.0, -0.0, TAU, -TAU, 2.0 * TAU, -2.0 * TAU, PI, -PI, 3.0 * PI, f64::EPSILON, -f64::EPSILON];
        let near = edges.iter().flat_map(|&e| [e, e.next_up(), e.next_down()]);
        let spread = (0..20_000).map(|i| (f64::from(i) - 10_000.0) * 0.001_913);
        for angle in near.chain(spread).chain([7.0 * TAU, -9.5 * TAU, 1e9]) {
            assert_eq!(turns(angle).to_bits(), angle.rem_euclid(TAU).to_bits(), "{angle}");
        }
    }

    #[test]
    fn folding_trims_lowercases_and_keeps_the_best_level() {
        let mut profile = Profile { area: "  Schaerbeek ".into(), field: "".into(), ..Profile::default() };
        profile.speaks = vec![
            Skill { language: "AR".into(), level: Level::Conversational },
            Skill { language: "ar".into(), level: Level::Native },
            Skill { language: "nl".into(), level: Level::Beginner },
            Skill { language: " ".into(), level: Level::Native },
        ];
        profile.interests = ["Chess".to_string(), "chess ".to_string()].into_iter().collect();
        let mut vocabulary = Vocabulary::default();
        let f = vocabulary.fold_entrant(&Entrant { profile, waiting_days: 3 });
        assert_eq!(f.speaks.len(), 1);
        assert_eq!(vocabulary.word(f.speaks[0].0), "ar");
        assert_eq!(f.speaks[0].1, Level::Native);
        assert_eq!(f.interests.len(), 1);
        assert_eq!(f.area.map(|a| vocabulary.word(a)), Some("schaerbeek"));
        assert_eq!(f.field, None);
        assert_eq!(fold("ΣΟΦΟΣ"), "σοφοσ");
    }
}
