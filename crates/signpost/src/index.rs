//! Finding a service: a directory's services indexed by need, language, place and opening hours,
//! built once from its records and searched many times.
//!
//! Each service gets an ordinal; needs, languages and status are sets of ordinals, so a search is
//! a few word-by-word ANDs over 50,000 bits before anything is measured or any clock is read.
//! Within a facet the choices are alternatives (Arabic or Kurdish, housing or legal advice);
//! facets narrow each other. Free text is not searched here: the caller ANDs in the set of
//! services its text search found (see [`DirectoryIndex::set_of`]).

use crate::bitset::BitSet;
use crate::hours::{Moment, OpenRule};
use crate::languages::{language_key, language_key_of_name};
use crate::model::{Dataset, HsdsId, Kind, Record, Value};
use crate::needs::Needs;
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use std::collections::{HashMap, HashSet};

/// The mean radius of the Earth, in metres.
const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// One directory's services, ready to be searched.
#[derive(Debug, Clone)]
pub struct DirectoryIndex {
    ids: Vec<HsdsId>,
    ordinals: HashMap<HsdsId, u32>,
    /// Ordinals in the order of their names (folded to lower case), then ids.
    by_name: Vec<u32>,
    /// Each ordinal's place in `by_name`.
    name_rank: Vec<u32>,
    active: BitSet,
    needs: HashMap<String, BitSet>,
    languages: HashMap<String, BitSet>,
    /// The points of service `s` are `points[point_starts[s]..point_starts[s + 1]]`.
    point_starts: Vec<u32>,
    points: Vec<(f64, f64)>,
    /// The opening rules of service `s`, laid out as the points are.
    rule_starts: Vec<u32>,
    rules: Vec<OpenRule>,
}

/// What a person is looking for. Empty lists do not narrow the search.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    /// Need codes of the taxonomy (`need-legal` includes `need-legal-immigration`); any of them.
    pub needs: Vec<String>,
    /// Language codes in any of the forms [`language_key`] reads; any of them.
    pub languages: Vec<String>,
    pub near: Option<Near>,
    pub open: Option<OpenFilter>,
    /// The moment the results are read at: each hit then says whether the service is open.
    /// An [`OpenFilter::Now`] gives one too.
    pub now: Option<DateTime<Utc>>,
    /// The organisation's zone, in which opening times without an offset are read.
    pub tz: Tz,
    /// Counted from 1.
    pub page: usize,
    pub per_page: usize,
    pub order: Order,
    /// Whether services whose status is not `active` are found too.
    pub any_status: bool,
    /// How well each service (by ordinal, see [`DirectoryIndex::ranked`]) matched the words
    /// asked for: without a place, the best come first.
    pub ranks: Option<Vec<f32>>,
}

impl Query {
    /// Every active service, by name, 20 to a page.
    pub fn new(tz: Tz) -> Query {
        Query {
            needs: Vec::new(),
            languages: Vec::new(),
            near: None,
            open: None,
            now: None,
            tz,
            page: 1,
            per_page: 20,
            order: Order::Auto,
            any_status: false,
            ranks: None,
        }
    }
}

/// Within a distance of a point (WGS84 degrees, metres). A service's distance is that of its
/// nearest location with coordinates; a service with none is not found.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Near {
    pub latitude: f64,
    pub longitude: f64,
    pub radius_m: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenFilter {
    /// Open at this instant.
    Now(DateTime<Utc>),
    /// Open at some time on this local day.
    OnDate(NaiveDate),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Nearest first when the query has a point, else by name.
    Auto,
    /// By name, then id.
    Name,
    /// Nearest first (by name when the query has no point); equal distances by name.
    Distance,
}

/// One page of what a search found.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// How many services match, on every page.
    pub total: usize,
    pub hits: Vec<Hit>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub service: HsdsId,
    /// Metres to the nearest location, when the query has a point.
    pub distance_m: Option<f64>,
    /// Whether the service is open at the query's moment; `None` without a moment or when its
    /// hours are not known.
    pub open_now: Option<bool>,
}

impl DirectoryIndex {
    /// Indexes a directory. Services are tagged with a need through their attributes: a
    /// taxonomy term whose id or code is one of `needs`' terms, or one `term_needs` maps to a
    /// need code (a directory's own taxonomy mapped by its coordinator). A child need also tags
    /// its parent.
    pub fn build(dataset: &Dataset, needs: &Needs, term_needs: &HashMap<HsdsId, String>) -> DirectoryIndex {
        let mut by_kind: HashMap<Kind, Vec<&Record>> = HashMap::new();
        for record in dataset.records() {
            by_kind.entry(record.kind()).or_default().push(record);
        }
        let of = |kind| by_kind.get(&kind).map(Vec::as_slice).unwrap_or_default();
        let link = |record: &Record, field| record.get(field).and_then(Value::as_id);

        let services = of(Kind::Service);
        let count = services.len();
        let ids: Vec<HsdsId> = services.iter().map(|s| s.id()).collect();
        let ordinals: HashMap<HsdsId, u32> = ids.iter().enumerate().map(|(i, id)| (*id, i as u32)).collect();
        let mut active = BitSet::new(count);
        for (i, service) in services.iter().enumerate() {
            if service.get("status").and_then(Value::as_text) == Some("active") {
                active.insert(i);
            }
        }
        let names: Vec<String> = services
            .iter()
            .map(|s| s.get("name").and_then(Value::as_text).unwrap_or_default().to_lowercase())
            .collect();
        let mut by_name: Vec<u32> = (0..count as u32).collect();
        by_name.sort_by(|&a, &b| names[a as usize].cmp(&names[b as usize]).then(ids[a as usize].cmp(&ids[b as usize])));
        let mut name_rank = vec![0; count];
        for (rank, &ordinal) in by_name.iter().enumerate() {
            name_rank[ordinal as usize] = rank as u32;
        }

        // Where each service is delivered: its services at locations.
        let mut at_location: HashMap<HsdsId, Vec<u32>> = HashMap::new();
        let mut sal_service: HashMap<HsdsId, u32> = HashMap::new();
        let mut service_locations: Vec<Vec<HsdsId>> = vec![Vec::new(); count];
        for sal in of(Kind::ServiceAtLocation) {
            let Some(&s) = link(sal, "service_id").and_then(|id| ordinals.get(&id)) else { continue };
            sal_service.insert(sal.id(), s);
            if let Some(location) = link(sal, "location_id") {
                at_location.entry(location).or_default().push(s);
                service_locations[s as usize].push(location);
            }
        }

        let mut index_needs = NeedTags::new(needs, term_needs, of(Kind::TaxonomyTerm), count);
        for attribute in of(Kind::Attribute) {
            let service = match attribute.object().field_index("link_id").and_then(|i| attribute.target(i)) {
                Some((Kind::Service, id)) => ordinals.get(&id),
                Some(_) => None,
                // A link whose kind was never settled still counts when it names a service.
                None => link(attribute, "link_id").and_then(|id| ordinals.get(&id)),
            };
            if let (Some(&s), Some(term)) = (service, link(attribute, "taxonomy_term_id")) {
                index_needs.tag(s as usize, term);
            }
        }

        let mut languages: HashMap<String, BitSet> = HashMap::new();
        for language in of(Kind::Language) {
            let text = |field| language.get(field).and_then(Value::as_text);
            let key = text("code").and_then(language_key).or_else(|| text("name").and_then(language_key_of_name));
            let Some(key) = key else { continue };
            let mut speakers: Vec<u32> = Vec::new();
            speakers.extend(link(language, "service_id").and_then(|id| ordinals.get(&id)));
            if let Some(at) = link(language, "location_id").and_then(|id| at_location.get(&id)) {
                speakers.extend(at);
            }
            if !speakers.is_empty() {
                let set = languages.entry(key).or_insert_with(|| BitSet::new(count));
                for s in speakers {
                    set.insert(s as usize);
                }
            }
        }

        let coordinates: HashMap<HsdsId, (f64, f64)> =
            of(Kind::Location).iter().filter_map(|l| Some((l.id(), coordinates(l)?))).collect();
        let mut point_starts = Vec::with_capacity(count + 1);
        let mut points = Vec::new();
        for locations in &service_locations {
            point_starts.push(points.len() as u32);
            points.extend(locations.iter().filter_map(|l| coordinates.get(l)));
        }
        point_starts.push(points.len() as u32);

        // A service's hours: its own schedules and those of its services at locations; only
        // when it has none, the hours of the places it is delivered at.
        let mut own: Vec<Vec<&Record>> = vec![Vec::new(); count];
        let mut of_location: HashMap<HsdsId, Vec<&Record>> = HashMap::new();
        for schedule in of(Kind::Schedule) {
            let mut holders: Vec<u32> = Vec::new();
            holders.extend(link(schedule, "service_id").and_then(|id| ordinals.get(&id)));
            holders.extend(link(schedule, "service_at_location_id").and_then(|id| sal_service.get(&id)));
            holders.sort_unstable();
            holders.dedup();
            for s in holders {
                own[s as usize].push(schedule);
            }
            if let Some(location) = link(schedule, "location_id") {
                of_location.entry(location).or_default().push(schedule);
            }
        }
        let mut rule_starts = Vec::with_capacity(count + 1);
        let mut rules = Vec::new();
        for (s, schedules) in own.iter().enumerate() {
            rule_starts.push(rules.len() as u32);
            let mut seen = HashSet::new();
            let from_locations = service_locations[s].iter().flat_map(|l| of_location.get(l).into_iter().flatten());
            let chosen: Vec<&Record> =
                if schedules.is_empty() { from_locations.copied().collect() } else { schedules.clone() };
            rules.extend(chosen.into_iter().filter(|r| seen.insert(r.id())).filter_map(|r| OpenRule::compile(r).ok()));
        }
        rule_starts.push(rules.len() as u32);

        DirectoryIndex {
            ids,
            ordinals,
            by_name,
            name_rank,
            active,
            needs: index_needs.sets,
            languages,
            point_starts,
            points,
            rule_starts,
            rules,
        }
    }

    /// How many services the directory holds.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn ordinal(&self, service: HsdsId) -> Option<usize> {
        self.ordinals.get(&service).map(|&o| o as usize)
    }

    pub fn service(&self, ordinal: usize) -> Option<HsdsId> {
        self.ids.get(ordinal).copied()
    }

    /// The set of these services (ids not in the directory are left out): a text search's hits,
    /// to be passed to [`DirectoryIndex::search`].
    pub fn set_of(&self, services: impl IntoIterator<Item = HsdsId>) -> BitSet {
        let mut set = BitSet::new(self.len());
        for ordinal in services.into_iter().filter_map(|id| self.ordinal(id)) {
            set.insert(ordinal);
        }
        set
    }

    /// The needs a service answers (by ordinal), broader ones included.
    pub fn needs_of(&self, ordinal: usize) -> Vec<&str> {
        let mut codes: Vec<&str> =
            self.needs.iter().filter(|(_, set)| set.contains(ordinal)).map(|(code, _)| code.as_str()).collect();
        codes.sort_unstable();
        codes
    }

    /// The services scored by a search for words, as a set to search within and ranks by ordinal
    /// for [`Query::ranks`]; ids the index does not hold are left out.
    pub fn ranked(&self, scores: &[(HsdsId, f32)]) -> (BitSet, Vec<f32>) {
        let mut set = BitSet::new(self.len());
        let mut ranks = vec![0.0_f32; self.len()];
        for (id, score) in scores {
            if let Some(s) = self.ordinal(*id) {
                set.insert(s);
                ranks[s] = ranks[s].max(*score);
            }
        }
        (set, ranks)
    }

    /// Whether any of a service's schedules gives hours.
    pub fn hours_known(&self, service: HsdsId) -> bool {
        self.ordinal(service).is_some_and(|s| !self.rules_of(s).is_empty())
    }

    /// The services that match, in order, one page of them; `within` narrows the search to a
    /// set of services found otherwise (by words).
    pub fn search(&self, query: &Query, within: Option<&BitSet>) -> Results {
        let mut candidates = if query.any_status { BitSet::full(self.len()) } else { self.active.clone() };
        if !query.needs.is_empty() {
            candidates.intersect_with(&any_of(query.needs.iter().filter_map(|n| self.needs.get(n)), self.len()));
        }
        if !query.languages.is_empty() {
            let keys: Vec<String> = query.languages.iter().filter_map(|l| language_key(l)).collect();
            candidates.intersect_with(&any_of(keys.iter().filter_map(|k| self.languages.get(k)), self.len()));
        }
        if let Some(within) = within {
            candidates.intersect_with(within);
        }

        let near = query.near.filter(|n| valid_point(n.latitude, n.longitude) && n.radius_m >= 0.0);
        let by_distance = near.is_some() && query.order != Order::Name;
        let mut found: Vec<(u32, Option<f64>)> = match (query.near, near) {
            (Some(_), None) => Vec::new(),
            (_, Some(near)) => {
                let area = Area::around(near);
                candidates.iter().filter_map(|s| Some((s as u32, Some(self.nearest(s, &area)?)))).collect()
            }
            (None, None) => {
                self.by_name.iter().filter(|&&s| candidates.contains(s as usize)).map(|&s| (s, None)).collect()
            }
        };

        let moment = |at| Moment::new(at, query.tz);
        match query.open {
            Some(OpenFilter::Now(at)) => {
                let at = moment(at);
                found.retain(|&(s, _)| self.rules_of(s as usize).iter().any(|r| r.is_open_at(&at)));
            }
            Some(OpenFilter::OnDate(day)) => {
                found.retain(|&(s, _)| self.rules_of(s as usize).iter().any(|r| r.is_open_on(day, query.tz)));
            }
            None => {}
        }

        if by_distance {
            found.sort_by(|a, b| {
                let (da, db) = (a.1.unwrap_or(f64::INFINITY), b.1.unwrap_or(f64::INFINITY));
                da.total_cmp(&db).then(self.name_rank[a.0 as usize].cmp(&self.name_rank[b.0 as usize]))
            });
        } else if let Some(ranks) = query.ranks.as_ref().filter(|_| query.order != Order::Name) {
            let rank = |s: u32| ranks.get(s as usize).copied().unwrap_or(0.0);
            found.sort_by(|a, b| {
                rank(b.0).total_cmp(&rank(a.0)).then(self.name_rank[a.0 as usize].cmp(&self.name_rank[b.0 as usize]))
            });
        } else if near.is_some() {
            found.sort_by_key(|&(s, _)| self.name_rank[s as usize]);
        }

        let now = query.now.or(match query.open {
            Some(OpenFilter::Now(at)) => Some(at),
            _ => None,
        });
        let now = now.map(moment);
        let skip = query.page.max(1).saturating_sub(1).saturating_mul(query.per_page);
        let hits = found
            .iter()
            .skip(skip)
            .take(query.per_page)
            .map(|&(s, distance_m)| {
                let rules = self.rules_of(s as usize);
                let open_now = now.filter(|_| !rules.is_empty()).map(|at| rules.iter().any(|r| r.is_open_at(&at)));
                Hit { service: self.ids[s as usize], distance_m, open_now }
            })
            .collect();
        Results { total: found.len(), hits }
    }

    fn rules_of(&self, service: usize) -> &[OpenRule] {
        let (start, end) = (self.rule_starts[service] as usize, self.rule_starts[service + 1] as usize);
        &self.rules[start..end]
    }

    /// The distance to a service's nearest location within the area, in metres.
    fn nearest(&self, service: usize, area: &Area) -> Option<f64> {
        let (start, end) = (self.point_starts[service] as usize, self.point_starts[service + 1] as usize);
        self.points[start..end].iter().filter_map(|&p| area.distance_m(p)).min_by(f64::total_cmp)
    }
}

fn any_of<'a>(sets: impl Iterator<Item = &'a BitSet>, len: usize) -> BitSet {
    let mut union = BitSet::new(len);
    for set in sets {
        union.union_with(set);
    }
    union
}

fn valid_point(latitude: f64, longitude: f64) -> bool {
    (-90.0..=90.0).contains(&latitude) && (-180.0..=180.0).contains(&longitude)
}

/// A location's coordinates, when both are given and on the Earth.
fn coordinates(location: &Record) -> Option<(f64, f64)> {
    let degrees = |field| location.get(field).and_then(Value::as_number).and_then(serde_json::Number::as_f64);
    let (latitude, longitude) = (degrees("latitude")?, degrees("longitude")?);
    valid_point(latitude, longitude).then_some((latitude, longitude))
}

/// A circle on the Earth, with the box around it that rules most points out without
/// trigonometry.
struct Area {
    near: Near,
    half_height: f64,
    /// Half the box's width in degrees of longitude; `None` near a pole, where it is the world.
    half_width: Option<f64>,
}

impl Area {
    fn around(near: Near) -> Area {
        // A hair wider than the circle, so rounding never shuts out a point the great-circle
        // distance puts on its edge.
        let half_height = (near.radius_m / EARTH_RADIUS_M).to_degrees() * (1.0 + 1e-9);
        let cos = near.latitude.to_radians().cos();
        let half_width = (cos > 0.01).then(|| half_height / cos).filter(|w| *w < 180.0);
        Area { near, half_height, half_width }
    }

    fn distance_m(&self, (latitude, longitude): (f64, f64)) -> Option<f64> {
        if (latitude - self.near.latitude).abs() > self.half_height {
            return None;
        }
        if let Some(half_width) = self.half_width {
            // Across the antimeridian too.
            let east = (longitude - self.near.longitude + 540.0).rem_euclid(360.0) - 180.0;
            if east.abs() > half_width {
                return None;
            }
        }
        let distance = haversine_m(self.near.latitude, self.near.longitude, latitude, longitude);
        (distance <= self.near.radius_m).then_some(distance)
    }
}

/// The great-circle distance between two points, in metres.
pub fn haversine_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (phi1, phi2) = (lat1.to_radians(), lat2.to_radians());
    let d_phi = phi2 - phi1;
    let d_lambda = (lon2 - lon1).to_radians();
    let a = (d_phi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (d_lambda / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * a.sqrt().min(1.0).asin()
}

/// How far up a directory's own taxonomy a term's need is looked for.
const TERM_DEPTH_MAX: usize = 16;

/// The need sets as they are filled: which term stands for which need.
struct NeedTags<'a> {
    parents: HashMap<&'a str, &'a str>,
    /// Term id → need code, from every source.
    of_term: HashMap<HsdsId, &'a str>,
    /// The directory's terms' broader terms (`parent_id`).
    broader: HashMap<HsdsId, HsdsId>,
    sets: HashMap<String, BitSet>,
    count: usize,
}

impl<'a> NeedTags<'a> {
    fn new(
        needs: &'a Needs,
        term_needs: &'a HashMap<HsdsId, String>,
        terms: &'a [&'a Record],
        count: usize,
    ) -> NeedTags<'a> {
        let mut of_term: HashMap<HsdsId, &str> = HashMap::new();
        let broader = terms.iter().filter_map(|t| Some((t.id(), t.get("parent_id")?.as_id()?))).collect();
        for term in terms {
            if let Some(need) = term.get("code").and_then(Value::as_text).and_then(|c| needs.get(c)) {
                of_term.insert(term.id(), &need.code);
            }
        }
        for need in &needs.terms {
            of_term.insert(HsdsId(need.uuid), &need.code);
        }
        for (term, code) in term_needs {
            if let Some(need) = needs.get(code) {
                of_term.insert(*term, &need.code);
            }
        }
        let parents = needs.terms.iter().filter_map(|n| Some((n.code.as_str(), n.parent.as_deref()?))).collect();
        NeedTags { parents, of_term, broader, sets: HashMap::new(), count }
    }

    /// Tags a service with the need of a term, or else of its nearest broader term that has
    /// one: a coordinator who maps a council's "Immigration" to a need need not map each of the
    /// terms beneath it.
    fn tag(&mut self, service: usize, term: HsdsId) {
        let mut term = Some(term);
        let mut code = None;
        for _ in 0..TERM_DEPTH_MAX {
            let Some(t) = term else { break };
            code = self.of_term.get(&t).copied();
            if code.is_some() {
                break;
            }
            term = self.broader.get(&t).copied();
        }
        let Some(code) = code else { return };
        let parent = self.parents.get(code).copied();
        for code in std::iter::once(code).chain(parent) {
            self.sets.entry(code.to_string()).or_insert_with(|| BitSet::new(self.count)).insert(service);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn haversine_agrees_with_known_distances() {
        // One degree of latitude is about 111.2 km; London to Paris about 344 km.
        assert!((haversine_m(0.0, 0.0, 1.0, 0.0) - 111_195.0).abs() < 10.0);
        assert!((haversine_m(51.5074, -0.1278, 48.8566, 2.3522) - 343_500.0).abs() < 1_000.0);
        assert_eq!(haversine_m(10.0, 20.0, 10.0, 20.0), 0.0);
    }

    #[test]
    fn the_box_lets_through_every_point_the_circle_holds() {
        let near = Near { latitude: 52.0, longitude: 179.99, radius_m: 5_000.0 };
        let area = Area::around(near);
        // 0.02° east, across the antimeridian: about 1.4 km.
        let d = area.distance_m((52.0, -179.99)).unwrap();
        assert!((d - 1_369.0).abs() < 10.0, "{d}");
        assert_eq!(area.distance_m((52.1, 179.99)), None, "11 km north");
        let pole = Area::around(Near { latitude: 89.99, longitude: 0.0, radius_m: 5_000.0 });
        assert!(pole.distance_m((89.99, 120.0)).is_some(), "near the pole every longitude is close");
    }
}
