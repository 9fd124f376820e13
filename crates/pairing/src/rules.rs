//! The hard rules of a programme, as checks on one newcomer and one volunteer. A pair that breaks
//! any rule the programme switches on is never proposed. What each rule means:
//!
//! - **shared-language**: some language both speak at conversational level or better
//!   ([`Level::conversational`](crate::Level::conversational)).
//! - **complementary-languages**: the volunteer speaks (conversational or better) a language the
//!   newcomer learns, *and* the newcomer speaks (conversational or better) a language the volunteer
//!   learns. The learner's current level does not matter here; the score rewards a better teacher.
//! - **within-reach**: when both have coordinates and both will travel (`travel_km > 0`), the
//!   great-circle distance is at most the smaller of the two travel distances. Otherwise both must
//!   give the same non-empty area (ignoring case and surrounding spaces). So a travel distance of 0
//!   means "only in my own area", and someone without coordinates is matched by area alone.
//! - **availability**: at least `min_shared_slots` of the 21 weekly slots in common (0 switches the
//!   rule off).
//! - **gender-preference**: when either states a preferred gender, the other has stated a gender and
//!   it is that one.
//! - **safeguarding**: a newcomer marked as a minor is paired only with a vetted volunteer.
//! - **same-field**: both name the same non-empty field (ignoring case and surrounding spaces).
//!
//! Language codes, areas, fields and interests are compared after trimming and lower-casing, so
//! "AR " and "ar" are the same language.

use crate::entrant::Folded;
use crate::participant::{Availability, Gender};
use crate::programme::Rules;
use crate::score::Brief;
use serde::{Deserialize, Serialize};

/// Hard constraints, in the order they are checked and reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Ord, PartialOrd, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Constraint {
    SharedLanguage,
    ComplementaryLanguages,
    WithinReach,
    Availability,
    GenderPreference,
    Safeguarding,
    SameField,
}

impl Constraint {
    pub const ALL: [Constraint; 7] = [
        Constraint::SharedLanguage,
        Constraint::ComplementaryLanguages,
        Constraint::WithinReach,
        Constraint::Availability,
        Constraint::GenderPreference,
        Constraint::Safeguarding,
        Constraint::SameField,
    ];

    /// The stable code used in files, the API and message keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Constraint::SharedLanguage => "shared-language",
            Constraint::ComplementaryLanguages => "complementary-languages",
            Constraint::WithinReach => "within-reach",
            Constraint::Availability => "availability",
            Constraint::GenderPreference => "gender-preference",
            Constraint::Safeguarding => "safeguarding",
            Constraint::SameField => "same-field",
        }
    }

    pub fn parse(text: &str) -> Option<Constraint> {
        Constraint::ALL.into_iter().find(|c| c.as_str() == text)
    }

    /// Whether `rules` switches this constraint on.
    pub fn applies(self, rules: &Rules) -> bool {
        match self {
            Constraint::SharedLanguage => rules.shared_language,
            Constraint::ComplementaryLanguages => rules.complementary_languages,
            Constraint::WithinReach => rules.within_reach,
            Constraint::Availability => rules.min_shared_slots > 0,
            Constraint::GenderPreference => rules.respect_gender_preference,
            Constraint::Safeguarding => rules.minors_need_vetted,
            Constraint::SameField => rules.same_field,
        }
    }
}

/// Where two people are relative to each other.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Place {
    /// The distance, when both have coordinates.
    pub km: Option<f64>,
    /// The smaller of the two travel distances.
    pub reach_km: u32,
    /// Both gave the same non-empty area.
    pub same_area: bool,
}

impl Place {
    pub(crate) fn of(n: &Folded, v: &Folded) -> Place {
        let km = match (&n.geo, &v.geo) {
            (Some(a), Some(b)) => Some(a.km_to(b)),
            _ => None,
        };
        Place { km, reach_km: n.travel_km.min(v.travel_km), same_area: n.area.is_some() && n.area == v.area }
    }

    /// Compared by distance when both are on the map and will travel; by area otherwise.
    pub(crate) fn by_distance(&self) -> Option<f64> {
        self.km.filter(|_| self.reach_km > 0)
    }

    pub(crate) fn within_reach(&self) -> bool {
        match self.by_distance() {
            Some(km) => km <= f64::from(self.reach_km),
            None => self.same_area,
        }
    }
}

/// The languages both speak at conversational level or better, by number.
pub(crate) fn shared_languages<'a>(n: &'a Folded, v: &'a Folded) -> impl Iterator<Item = u32> + 'a {
    n.speaks.iter().map(|s| s.0).filter(|&l| v.speaks_level(l).is_some())
}

/// The languages `teacher` can teach `learner`: ones the learner learns and the teacher speaks at
/// conversational level or better.
pub(crate) fn teachable<'a>(teacher: &'a Folded, learner: &'a Folded) -> impl Iterator<Item = u32> + 'a {
    learner.learns.iter().map(|s| s.0).filter(|&l| teacher.speaks_level(l).is_some())
}

/// Whether the pair keeps `constraint` (true when the programme does not apply it).
#[inline]
pub(crate) fn holds(constraint: Constraint, rules: &Rules, n: &Folded, v: &Folded) -> bool {
    if !constraint.applies(rules) {
        return true;
    }
    match constraint {
        Constraint::SharedLanguage => n.speaks_mask & v.speaks_mask != 0 && shared_languages(n, v).next().is_some(),
        Constraint::ComplementaryLanguages => {
            v.speaks_mask & n.learns_mask != 0
                && n.speaks_mask & v.learns_mask != 0
                && teachable(v, n).next().is_some()
                && teachable(n, v).next().is_some()
        }
        Constraint::WithinReach => keeps_place(rules, n, v).is_some(),
        Constraint::Availability => shares_slots(rules, n.availability, v.availability),
        Constraint::GenderPreference => suits(n.gender_preference, v.gender) && suits(v.gender_preference, n.gender),
        Constraint::Safeguarding => safeguarded(n.minor, v.vetted),
        Constraint::SameField => same_field(n.field, v.field),
    }
}

/// Whether someone with `preference` accepts a partner of `gender`.
fn suits(preference: Option<Gender>, gender: Option<Gender>) -> bool {
    preference.is_none_or(|g| gender == Some(g))
}

/// Whether a newcomer who is (or is not) a minor may meet a volunteer who is (or is not) vetted.
fn safeguarded(minor: bool, vetted: bool) -> bool {
    !minor || vetted
}

fn same_field(a: Option<u32>, b: Option<u32>) -> bool {
    a.is_some() && a == b
}

/// [`keeps_cheap`] read from the two people's [`Brief`]s, which a round holds for everyone it
/// scans: `Some` when their bits settle it, `None` when only the lists can (two languages may
/// share a bit: when the bits of either person's languages each stand for one language, bits that
/// meet are a language in common). Most pairs a round reads break a rule here, before any bound
/// or list is read.
pub(crate) fn keeps_cheap_briefly(rules: &Rules, n: &Brief, v: &Brief) -> Option<bool> {
    let exact = (!rules.minors_need_vetted || safeguarded(n.minor, v.vetted))
        && (!rules.respect_gender_preference
            || (suits(n.gender_preference, v.gender) && suits(v.gender_preference, n.gender)))
        && shares_slots(rules, n.slots, v.slots)
        && (!rules.same_field || same_field(n.field, v.field));
    // `speaks[0]` holds every language spoken at conversational level or better.
    let languages = (!rules.shared_language || n.speaks[0] & v.speaks[0] != 0)
        && (!rules.complementary_languages || (v.speaks[0] & n.learns != 0 && n.speaks[0] & v.learns != 0));
    if !(exact && languages) {
        Some(false)
    } else if !(rules.shared_language || rules.complementary_languages) || n.languages_apart || v.languages_apart {
        Some(true)
    } else {
        None
    }
}

/// Whether two weekly timetables share as many slots as the rules ask.
pub(crate) fn shares_slots(rules: &Rules, a: Availability, b: Availability) -> bool {
    a.shared(b) >= u32::from(rules.min_shared_slots)
}

/// Every rule the pair breaks, in the order of [`Constraint::ALL`].
pub(crate) fn broken(rules: &Rules, n: &Folded, v: &Folded) -> Vec<Constraint> {
    Constraint::ALL.into_iter().filter(|&c| !holds(c, rules, n, v)).collect()
}

/// The cheapest checks first: the answer is the same as `broken(..).is_empty()`, and most pairs a
/// round looks at fail on a bit mask or a flag before any distance is computed.
const CHEAP_FIRST: [Constraint; 6] = [
    Constraint::Safeguarding,
    Constraint::GenderPreference,
    Constraint::Availability,
    Constraint::SameField,
    Constraint::SharedLanguage,
    Constraint::ComplementaryLanguages,
];

/// Whether the pair keeps every rule.
pub(crate) fn passes(rules: &Rules, n: &Folded, v: &Folded) -> bool {
    keeps(rules, n, v).is_some()
}

/// Where the two are, if the pair keeps every rule (the score needs the place too, and computing
/// a distance is the dearest part of a check).
pub(crate) fn keeps(rules: &Rules, n: &Folded, v: &Folded) -> Option<Place> {
    if !keeps_cheap(rules, n, v) {
        return None;
    }
    keeps_place(rules, n, v)
}

/// Whether the pair keeps every rule but the one on distance, cheap to check.
#[inline]
pub(crate) fn keeps_cheap(rules: &Rules, n: &Folded, v: &Folded) -> bool {
    CHEAP_FIRST.into_iter().all(|c| holds(c, rules, n, v))
}

/// How far past the reach a lower bound of the distance must be to refuse a pair without the full
/// formula: enough that no rounding can refuse a pair the full formula would accept.
pub(crate) const REACH_MARGIN_KM: f64 = 1e-6;

/// For a pair that [`keeps_cheap`]: whether they keep the distance rule too, as
/// [`keeps_place`] finds, without working out where they are when the bounds of their distance
/// settle it (counting candidates needs no score).
pub(crate) fn keeps_reach(rules: &Rules, n: &Folded, v: &Folded) -> bool {
    match (n.on_map(), v.on_map()) {
        (Some(a), Some(b)) if rules.within_reach => !a.beyond(b, f64::from(n.travel_km.min(v.travel_km))),
        _ => keeps_place(rules, n, v).is_some(),
    }
}

/// For a pair that [`keeps_cheap`]: where the two are, if they keep the distance rule too.
pub(crate) fn keeps_place(rules: &Rules, n: &Folded, v: &Folded) -> Option<Place> {
    if rules.within_reach {
        if let (Some(a), Some(b)) = (n.on_map(), v.on_map()) {
            // Further apart than either will travel by a bound: no need for the full formula.
            if a.km_at_least_point(b) > f64::from(n.travel_km.min(v.travel_km)) + REACH_MARGIN_KM {
                return None;
            }
        }
    }
    let place = Place::of(n, v);
    (!rules.within_reach || place.within_reach()).then_some(place)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entrant::{fold_all, Entrant};
    use crate::participant::{Level, Skill};
    use crate::programme::Kind;
    use crate::score::crowded_language_bits;

    /// Counting a pair in reach by the bounds of its distance agrees with working out its place:
    /// on and off the map, travelling or not, near and far.
    #[test]
    fn the_bounds_of_a_distance_keep_the_reach_as_the_place_does() {
        let (mut n, mut v) = crate::synthetic::people(Kind::Buddy, 200, 300, 21);
        for (i, e) in n.iter_mut().chain(v.iter_mut()).enumerate() {
            match i % 9 {
                0 => e.profile.coordinates = None,
                1 => e.profile.travel_km = 0,
                2 => e.profile.travel_km = 1,
                3 => e.profile.area = String::new(),
                _ => {}
            }
        }
        let (_, n, v) = fold_all(&n, &v);
        let rules = Rules::for_kind(Kind::Buddy);
        let mut kept = [0; 2];
        for a in &n {
            for b in &v {
                let reach = keeps_reach(&rules, a, b);
                assert_eq!(reach, keeps_place(&rules, a, b).is_some());
                kept[usize::from(reach)] += 1;
            }
        }
        assert!(kept[0] > 1000 && kept[1] > 1000, "{kept:?}");
    }

    /// For every kind, with its rules and stricter ones: what the briefs settle is what the lists
    /// say, and they leave pairs unsettled only when two of the round's languages share a bit.
    #[test]
    fn the_briefs_settle_the_cheap_rules_as_the_lists_do() {
        for (seed, kind) in
            [(11, Kind::Buddy), (12, Kind::LanguageExchange), (13, Kind::Mentoring), (14, Kind::Shadowing)]
        {
            for filled in [false, true] {
                let (n, v) = crate::synthetic::people(kind, 80, 60, seed);
                // Fifty newcomers like the others but speaking languages nobody else speaks push
                // everyone else's language numbers past 64, where two languages share a bit.
                let filler: Vec<Entrant> = (0..if filled { 50 } else { 0 })
                    .map(|k| {
                        let mut filler: Entrant = n[k % n.len()].clone();
                        filler.profile.speaks = vec![Skill { language: format!("q{k}"), level: Level::Native }];
                        filler
                    })
                    .collect();
                let (_, n, v) = fold_all(filler.iter().chain(&n), &v);
                let crowded = crowded_language_bits(n.iter().chain(&v));
                let (mut settled, mut unsettled) = ([0; 2], 0);
                let base = Rules::for_kind(kind);
                for rules in [base.clone(), Rules { min_shared_slots: 3, same_field: true, ..base }] {
                    for a in &n {
                        for b in &v {
                            let lists = keeps_cheap(&rules, a, b);
                            match keeps_cheap_briefly(&rules, &Brief::among(a, crowded), &Brief::among(b, crowded)) {
                                Some(briefly) => {
                                    assert_eq!(briefly, lists, "{kind:?}, {rules:?}");
                                    settled[usize::from(briefly)] += 1;
                                }
                                None => unsettled += 1,
                            }
                        }
                    }
                }
                assert!(settled[0] > 0 && (filled || settled[1] > 0), "{kind:?}: {settled:?}");
                assert_eq!(unsettled > 0, filled, "{kind:?}: {unsettled} unsettled");
            }
        }
    }

    #[test]
    fn codes_round_trip_and_follow_the_check_order() {
        for c in Constraint::ALL {
            assert_eq!(Constraint::parse(c.as_str()), Some(c));
        }
        let mut sorted = Constraint::ALL;
        sorted.sort();
        assert_eq!(sorted, Constraint::ALL);
        let mut cheap = CHEAP_FIRST.to_vec();
        cheap.push(Constraint::WithinReach);
        cheap.sort();
        assert_eq!(cheap, Constraint::ALL);
    }
}
