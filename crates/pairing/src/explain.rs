//! Why a newcomer was left waiting, in terms a coordinator can act on: either no volunteer keeps
//! the programme's rules with them (and which rules exclude how many volunteers: recruit for that,
//! or relax it), or some do but the optimum gave them to others.
//!
//! The counts of excluded volunteers are computed only for the newcomers who have no candidate at
//! all, each rule on its own, from a census of the volunteers (`Census`) taken once per round: in
//! a city's programme such newcomers are thousands, and comparing each with every volunteer took
//! longer than finding the optimum.

use crate::candidates::{interleave, RUN};
use crate::entrant::{Folded, Geo, GeoBox};
use crate::participant::{Availability, Gender};
use crate::programme::Rules;
use crate::rules::{holds, passes, shares_slots, Constraint};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Why a newcomer is left waiting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// No volunteer passes the rules; how many volunteers each rule excluded (a volunteer breaking
    /// two rules counts for both), largest first.
    NoCandidate { excluded: Vec<(Constraint, u32)> },
    /// Some volunteers passed the rules, but all of them went to others (or had no room): the
    /// optimum paired more people / a higher total that way.
    Outscored { candidates: u32 },
}

impl Reason {
    /// The stable code used in files, the API and message keys.
    pub fn as_str(&self) -> &'static str {
        match self {
            Reason::NoCandidate { .. } => "no-candidate",
            Reason::Outscored { .. } => "outscored",
        }
    }
}

/// What the reasons of everyone left waiting need to know of all the volunteers, gathered once
/// per round, so that counting whom each rule excludes does not compare every newcomer with every
/// volunteer: volunteers grouped by what a rule reads of them (a look per group, not per
/// volunteer), and those on the map in runs of neighbours who travel as far, which are whole in
/// reach or whole out of it but at the edge of the newcomer's circle.
pub(crate) struct Census<'a> {
    rules: &'a Rules,
    volunteers: &'a [Folded],
    /// Per rule read from a few facts (in the order of [`Constraint::ALL`]): one volunteer of each
    /// group sharing those facts, and how many the group holds.
    groups: [Vec<(u32, u32)>; Constraint::ALL.len()],
    /// Each weekly timetable, and how many volunteers have it.
    slots: Vec<(Availability, u32)>,
    /// Those on the map, in runs: where each is and how far they travel.
    runs: Vec<Vec<(Geo, u32)>>,
    /// The runs' spans, level by level up to one span over them all.
    spans: Vec<Vec<Span>>,
    /// How many give each area (none: `None`), of everyone and of those off the map.
    areas: HashMap<Option<u32>, u32>,
    areas_off_map: HashMap<Option<u32>, u32>,
    off_map: u32,
}

/// Runs of neighbours on the map, next to each other: the box around them, their least and
/// greatest travel distances, and how many they hold. A newcomer's circle leaves most spans whole
/// in reach or whole out of it, so only the runs at its edge are read member by member.
#[derive(Clone, Copy)]
struct Span {
    area: GeoBox,
    travel: (u32, u32),
    members: u32,
}

/// Spans over runs, given the first level (one span per run): each next level has one per two of
/// the level below, up to one over them all.
fn spans_over(first: Vec<Span>) -> Vec<Vec<Span>> {
    let mut levels = vec![first];
    while let Some(below) = levels.last().filter(|level| level.len() > 1) {
        let next = below
            .chunks(2)
            .map(|two| {
                two.iter().skip(1).fold(two[0], |a, b| Span {
                    area: a.area.union(&b.area),
                    travel: (a.travel.0.min(b.travel.0), a.travel.1.max(b.travel.1)),
                    members: a.members + b.members,
                })
            })
            .collect();
        levels.push(next);
    }
    levels
}

impl<'a> Census<'a> {
    pub(crate) fn new(rules: &'a Rules, volunteers: &'a [Folded]) -> Census<'a> {
        let ids = |list: &[(u32, crate::participant::Level)]| list.iter().map(|s| s.0).collect::<Vec<u32>>();
        // What each rule but distance and timetable reads of a volunteer.
        let facts = |c: Constraint, v: &Folded| -> Vec<u32> {
            match c {
                Constraint::SharedLanguage => ids(&v.speaks),
                Constraint::ComplementaryLanguages => {
                    let mut both = ids(&v.speaks);
                    both.push(u32::MAX);
                    both.extend(ids(&v.learns));
                    both
                }
                Constraint::GenderPreference => {
                    let code = |g: Option<Gender>| g.map_or(0, |g| g as u32 + 1);
                    vec![code(v.gender), code(v.gender_preference)]
                }
                Constraint::Safeguarding => vec![u32::from(v.vetted)],
                Constraint::SameField => vec![v.field.map_or(0, |f| f + 1)],
                Constraint::WithinReach | Constraint::Availability => Vec::new(),
            }
        };
        let groups = Constraint::ALL.map(|c| {
            let mut seen: HashMap<Vec<u32>, usize> = HashMap::new();
            let mut groups: Vec<(u32, u32)> = Vec::new();
            if matches!(c, Constraint::WithinReach | Constraint::Availability) || !c.applies(rules) {
                return groups;
            }
            for (p, v) in volunteers.iter().enumerate() {
                let at = *seen.entry(facts(c, v)).or_insert_with(|| {
                    groups.push((p as u32, 0));
                    groups.len() - 1
                });
                groups[at].1 += 1;
            }
            groups
        });
        let mut slots: HashMap<Availability, u32> = HashMap::new();
        let (mut areas, mut areas_off_map) = (HashMap::new(), HashMap::new());
        let mut on_map = Vec::new();
        for (p, v) in volunteers.iter().enumerate() {
            *slots.entry(v.availability).or_default() += 1;
            *areas.entry(v.area).or_default() += 1;
            match v.on_map() {
                Some(_) => on_map.push(p as u32),
                None => *areas_off_map.entry(v.area).or_default() += 1,
            }
        }
        // Neighbours who travel as far together.
        on_map.sort_by_cached_key(|&p| {
            let v = &volunteers[p as usize];
            (v.travel_km, v.on_map().map_or(0, |g| interleave(g.at.lat + 90.0, g.at.lon + 180.0)))
        });
        let (runs, first): (Vec<Vec<(Geo, u32)>>, Vec<Span>) = on_map
            .chunks(RUN)
            .filter_map(|run| {
                let members: Vec<(Geo, u32)> = run
                    .iter()
                    .filter_map(|&p| volunteers[p as usize].on_map().map(|g| (*g, volunteers[p as usize].travel_km)))
                    .collect();
                let area = GeoBox::around(members.iter().map(|m| &m.0))?;
                let travel = members.iter().map(|m| m.1);
                let travel = (travel.clone().min().unwrap_or(0), travel.max().unwrap_or(0));
                let span = Span { area, travel, members: members.len() as u32 };
                Some((members, span))
            })
            .unzip();
        let spans = spans_over(first);
        Census {
            rules,
            volunteers,
            groups,
            slots: slots.into_iter().collect(),
            runs,
            spans,
            areas,
            off_map: (volunteers.len() - on_map.len()) as u32,
            areas_off_map,
        }
    }

    /// How many volunteers each rule excludes for `n`, in the order of [`Constraint::ALL`].
    pub(crate) fn excluded(&self, n: &Folded) -> [u32; Constraint::ALL.len()] {
        let rules = self.rules;
        Constraint::ALL.map(|c| {
            if !c.applies(rules) {
                return 0;
            }
            match c {
                Constraint::Availability => self
                    .slots
                    .iter()
                    .filter(|&&(slots, _)| !shares_slots(rules, n.availability, slots))
                    .map(|g| g.1)
                    .sum(),
                Constraint::WithinReach => self.out_of_reach(n),
                _ => self.groups[c as usize]
                    .iter()
                    .filter(|&&(p, _)| !holds(c, rules, n, &self.volunteers[p as usize]))
                    .map(|g| g.1)
                    .sum(),
            }
        })
    }

    /// How many volunteers are out of `n`'s reach (see [`crate::rules`]).
    fn out_of_reach(&self, n: &Folded) -> u32 {
        let same_area =
            |areas: &HashMap<Option<u32>, u32>| n.area.and_then(|_| areas.get(&n.area)).copied().unwrap_or(0);
        let Some(at) = n.on_map() else {
            // Compared with everyone by area.
            return self.volunteers.len() as u32 - same_area(&self.areas);
        };
        let mut out = self.off_map - same_area(&self.areas_off_map);
        // From the top span down, opening only the spans at the edge of `n`'s circle.
        let top = self.spans.len().saturating_sub(1);
        let mut open: Vec<(usize, usize)> = (0..self.spans.get(top).map_or(0, Vec::len)).map(|i| (top, i)).collect();
        while let Some((level, i)) = open.pop() {
            let span = &self.spans[level][i];
            let (near, far) = (n.travel_km.min(span.travel.0), n.travel_km.min(span.travel.1));
            if at.km_at_least(&span.area) > f64::from(far) + 1e-6 {
                out += span.members;
            } else if span.area.km_at_most(at) <= f64::from(near) {
                // Whole in reach.
            } else if level > 0 {
                open.extend((2 * i..(2 * i + 2).min(self.spans[level - 1].len())).map(|j| (level - 1, j)));
            } else {
                // As the rule reads two people on the map: the bounds settle nearly everyone, and
                // are read for the whole run without a branch; should they leave anyone unsettled,
                // the run is read again with the formula.
                let reach = |travel: u32| f64::from(n.travel_km.min(travel));
                let (mut beyond, mut unsettled) = (0, false);
                for &(g, travel) in &self.runs[i] {
                    let (far, near) = at.settled(&g, reach(travel));
                    beyond += u32::from(far);
                    unsettled |= !far & !near;
                }
                if unsettled {
                    beyond = self.runs[i].iter().filter(|&&(g, travel)| at.beyond(&g, reach(travel))).count() as u32;
                }
                out += beyond;
            }
        }
        out
    }
}

/// Why `n` is unpaired. `with_room` is how many volunteers with room kept every rule with `n`
/// (the round's candidates); `full` lists the volunteers without room, who were not indexed, and
/// `turned_down` those a coordinator turned down for `n`.
/// A volunteer with no room who keeps the rules counts as a candidate that went to others: room,
/// like a higher-scoring rival, is something the coordinator can change, a broken rule is not.
pub(crate) fn reason(census: &Census, n: &Folded, full: &[u32], turned_down: &[u32], with_room: u32) -> Reason {
    let (rules, volunteers) = (census.rules, census.volunteers);
    let keeps = |&&p: &&u32| volunteers.get(p as usize).is_some_and(|v| passes(rules, n, v));
    if with_room > 0 {
        return Reason::Outscored { candidates: with_room.saturating_add(full.iter().filter(keeps).count() as u32) };
    }
    // No volunteer with room keeps the rules unless turned down.
    let mut others: Vec<u32> = full.iter().chain(turned_down).copied().collect();
    others.sort_unstable();
    others.dedup();
    let keepers = others.iter().filter(keeps).count() as u32;
    if keepers > 0 {
        return Reason::Outscored { candidates: keepers };
    }
    let mut excluded: Vec<(Constraint, u32)> =
        Constraint::ALL.into_iter().zip(census.excluded(n)).filter(|&(_, count)| count > 0).collect();
    // Largest first; on a tie, the order in which rules are checked.
    excluded.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    Reason::NoCandidate { excluded }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entrant::fold_all;
    use crate::participant::Coordinates;
    use crate::programme::{Kind, Programme};

    /// The census counts, rule by rule, exactly the volunteers that comparing the newcomer with
    /// each of them finds breaking it: on and off the map, travelling or not, for every kind.
    #[test]
    fn the_census_counts_what_checking_everyone_counts() {
        for (seed, kind) in
            [(11, Kind::Buddy), (12, Kind::LanguageExchange), (13, Kind::Mentoring), (14, Kind::Shadowing)]
        {
            let rules = Programme::for_kind(kind).rules;
            let (mut n, mut v) = crate::synthetic::people(kind, 150, 400, seed);
            // Some off the map, some who will not travel, some far away.
            for (i, e) in n.iter_mut().chain(v.iter_mut()).enumerate() {
                match i % 7 {
                    0 => e.profile.coordinates = None,
                    1 => e.profile.travel_km = 0,
                    2 => e.profile.travel_km = 40,
                    3 => e.profile.area = String::new(),
                    _ => {}
                }
            }
            // Some volunteers as far north of a newcomer as both travel, where only the formula,
            // not its bounds, tells whether they are in reach.
            for (i, volunteer) in v.iter_mut().enumerate().filter(|(i, _)| i % 7 == 4) {
                let newcomer = &n[i % n.len()].profile;
                if let (Some(at), 1..) = (newcomer.coordinates, newcomer.travel_km) {
                    let north = f64::from(newcomer.travel_km) / crate::entrant::EARTH_KM;
                    volunteer.profile.coordinates = Some(Coordinates { lat: at.lat + north.to_degrees(), lon: at.lon });
                    volunteer.profile.travel_km = newcomer.travel_km;
                }
            }
            let (_, n, v) = fold_all(&n, &v);
            let census = Census::new(&rules, &v);
            for newcomer in &n {
                let expected =
                    Constraint::ALL.map(|c| v.iter().filter(|other| !holds(c, &rules, newcomer, other)).count() as u32);
                assert_eq!(census.excluded(newcomer), expected, "{kind:?}");
            }
        }
    }
}
