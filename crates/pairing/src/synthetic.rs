//! Made-up data for tests, benchmarks and simulations, the same for the same seed (and `rand`
//! version). Everyone here is fictional.
//!
//! [`instance`] makes a bare solver instance: each seeker gets `candidates_per_seeker` distinct
//! providers drawn at random; a pair's score mixes the provider's popularity (the same for every
//! seeker, so popular providers are contested, as scarce volunteers are) with the pair's own fit;
//! capacities are 1 to 3.
//!
//! [`people`] makes plausible participants of a programme in one European city (Brussels, by its
//! nineteen municipalities): newcomers who speak Arabic, Ukrainian, Tigrinya, Dari, Pashto,
//! Somali, Spanish, Russian, English or French, often with some French or English, and learn Dutch,
//! French or English; volunteers who are mostly native Dutch or French speakers; a tenth of people
//! known by their area only; a share of minors among buddy newcomers and of vetted volunteers;
//! fields for mentoring and shadowing. The proportions are invented to be plausible, not measured.

use crate::entrant::Entrant;
use crate::instance::{Edge, Instance, InstanceError, MAX_SCORE};
use crate::participant::{Availability, Coordinates, Gender, Level, Profile, Skill};
use crate::programme::Kind;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// A random instance; `candidates_per_seeker` is capped at the number of providers. Deterministic
/// for a given seed (and `rand` version).
pub fn instance(
    seekers: usize,
    providers: usize,
    candidates_per_seeker: usize,
    seed: u64,
) -> Result<Instance, InstanceError> {
    let mut rng = StdRng::seed_from_u64(seed);
    let capacities: Vec<u32> = (0..providers).map(|_| rng.gen_range(1..=3)).collect();
    let popularity: Vec<u32> = (0..providers).map(|_| rng.gen_range(0..=MAX_SCORE / 2)).collect();
    let per_seeker = candidates_per_seeker.min(providers);
    let mut edges = Vec::with_capacity(seekers * per_seeker);
    for s in 0..seekers as u32 {
        let chosen = rand::seq::index::sample(&mut rng, providers, per_seeker);
        for p in chosen.iter() {
            let fit = rng.gen_range(0..=MAX_SCORE / 2);
            edges.push(Edge { seeker: s, provider: p as u32, score: popularity[p] + fit });
        }
    }
    Instance::new(seekers, capacities, &edges)
}

/// The municipalities of the Brussels region with their approximate centres, and how likely a
/// newcomer and a volunteer are to live there (out of the column's total).
const AREAS: [(&str, f64, f64, u32, u32); 19] = [
    ("ANDERLECHT", 50.836, 4.308, 12, 6),
    ("AUDERGHEM", 50.816, 4.426, 2, 5),
    ("BERCHEM-SAINTE-AGATHE", 50.864, 4.292, 2, 3),
    ("BRUXELLES", 50.846, 4.352, 14, 10),
    ("ETTERBEEK", 50.836, 4.386, 4, 7),
    ("EVERE", 50.870, 4.402, 4, 4),
    ("FOREST", 50.810, 4.318, 5, 5),
    ("GANSHOREN", 50.871, 4.309, 2, 3),
    ("IXELLES", 50.827, 4.372, 5, 10),
    ("JETTE", 50.877, 4.327, 4, 5),
    ("KOEKELBERG", 50.862, 4.328, 3, 2),
    ("MOLENBEEK-SAINT-JEAN", 50.855, 4.323, 13, 4),
    ("SAINT-GILLES", 50.827, 4.346, 5, 7),
    ("SAINT-JOSSE-TEN-NOODE", 50.853, 4.373, 6, 2),
    ("SCHAERBEEK", 50.867, 4.377, 13, 8),
    ("UCCLE", 50.800, 4.337, 2, 8),
    ("WATERMAEL-BOITSFORT", 50.799, 4.416, 1, 4),
    ("WOLUWE-SAINT-LAMBERT", 50.843, 4.427, 2, 5),
    ("WOLUWE-SAINT-PIERRE", 50.830, 4.440, 1, 5),
];

const NEWCOMER_LANGUAGES: [(&str, u32); 10] =
    [("ar", 24), ("uk", 14), ("ti", 7), ("fa", 8), ("ps", 6), ("so", 5), ("es", 7), ("ru", 9), ("en", 6), ("fr", 8)];

const VOLUNTEER_LANGUAGES: [(&str, u32); 5] = [("nl", 42), ("fr", 42), ("en", 5), ("ar", 6), ("es", 5)];

/// What volunteers in a language exchange want to learn.
const VOLUNTEER_LEARNS: [(&str, u32); 8] =
    [("ar", 20), ("es", 30), ("uk", 8), ("ru", 8), ("fa", 5), ("en", 15), ("ti", 2), ("so", 2)];

const INTERESTS: [(&str, u32); 20] = [
    ("cooking", 9),
    ("football", 8),
    ("music", 9),
    ("walking", 7),
    ("cycling", 5),
    ("art", 4),
    ("reading", 6),
    ("gardening", 4),
    ("chess", 3),
    ("films", 7),
    ("dance", 4),
    ("photography", 3),
    ("volunteering", 3),
    ("technology", 5),
    ("crafts", 3),
    ("basketball", 3),
    ("yoga", 3),
    ("history", 3),
    ("theatre", 2),
    ("board-games", 4),
];

/// Fields newcomers rebuild careers in, and how often mentors and officials come from each.
const FIELDS: [(&str, u32, u32, u32); 12] = [
    // (field, newcomers, mentors, shadowing hosts)
    ("nursing", 12, 6, 2),
    ("engineering", 10, 12, 2),
    ("teaching", 9, 10, 4),
    ("accounting", 7, 10, 3),
    ("it", 10, 14, 2),
    ("law", 5, 8, 5),
    ("social work", 7, 8, 10),
    ("local government", 3, 8, 30),
    ("hospitality", 8, 3, 2),
    ("construction", 8, 3, 2),
    ("logistics", 6, 4, 2),
    ("medicine", 5, 4, 2),
];

/// Made-up given and family names from many origins, combined freely: no real person is meant.
const GIVEN_NAMES: [&str; 40] = [
    "Amina", "Yusuf", "Olena", "Dmytro", "Selam", "Tesfay", "Farid", "Zahra", "Hamid", "Nadia", "Abdi", "Hodan",
    "Lucía", "Mateo", "Irina", "Sergei", "Grace", "Samuel", "Chloé", "Louis", "Lotte", "Jonas", "Fatima", "Omar",
    "Mariam", "Karim", "Sofia", "Pablo", "Anouk", "Wout", "Leila", "Reza", "Aisha", "Bilal", "Nour", "Elif", "Emre",
    "Hana", "Daniel", "Marie",
];
const FAMILY_NAMES: [&str; 40] = [
    "Haddad",
    "Kovalenko",
    "Tesfamariam",
    "Ahmadi",
    "Rahimi",
    "Warsame",
    "García",
    "Ivanova",
    "Okafor",
    "Dubois",
    "Peeters",
    "Janssens",
    "Maes",
    "Lambert",
    "Mansour",
    "Shevchenko",
    "Gebremedhin",
    "Karimi",
    "Noori",
    "Farah",
    "Moreno",
    "Petrov",
    "Mensah",
    "Lefèvre",
    "Claes",
    "Wouters",
    "Bakr",
    "Bondarenko",
    "Berhane",
    "Hosseini",
    "Sultani",
    "Ali",
    "Navarro",
    "Smirnova",
    "Owusu",
    "Laurent",
    "De Smet",
    "Willems",
    "Yilmaz",
    "Nguyen",
];

/// `n` made-up full names, the same for the same seed.
pub fn names(n: usize, seed: u64) -> Vec<String> {
    let mut rng = StdRng::seed_from_u64(seed);
    (0..n)
        .map(|_| {
            let given = GIVEN_NAMES[rng.gen_range(0..GIVEN_NAMES.len())];
            let family = FAMILY_NAMES[rng.gen_range(0..FAMILY_NAMES.len())];
            format!("{given} {family}")
        })
        .collect()
}

/// Plausible newcomers and volunteers for a programme of `kind` (see the module documentation),
/// the same for the same seed.
pub fn people(kind: Kind, newcomers: usize, volunteers: usize, seed: u64) -> (Vec<Entrant>, Vec<Entrant>) {
    let mut rng = StdRng::seed_from_u64(seed);
    let n = (0..newcomers).map(|_| newcomer(kind, &mut rng)).collect();
    let v = (0..volunteers).map(|_| volunteer(kind, &mut rng)).collect();
    (n, v)
}

/// One made-up newcomer.
pub fn newcomer(kind: Kind, rng: &mut StdRng) -> Entrant {
    let native = *pick(rng, &NEWCOMER_LANGUAGES, |l| l.1);
    let mut speaks = vec![skill(native.0, Level::Native)];
    let mut also = |rng: &mut StdRng, language: &str, chance: f64, levels: &[(Level, u32)]| {
        if language != native.0 && rng.gen_bool(chance) {
            speaks.push(skill(language, pick(rng, levels, |l| l.1).0));
        }
    };
    also(rng, "fr", 0.35, &[(Level::Beginner, 4), (Level::Conversational, 5), (Level::Fluent, 1)]);
    also(rng, "en", 0.35, &[(Level::Beginner, 3), (Level::Conversational, 5), (Level::Fluent, 2)]);
    match native.0 {
        "uk" => also(rng, "ru", 0.6, &[(Level::Conversational, 1), (Level::Fluent, 2)]),
        "ps" => also(rng, "fa", 0.5, &[(Level::Conversational, 2), (Level::Fluent, 1)]),
        "so" | "ti" => also(rng, "ar", 0.2, &[(Level::Beginner, 1), (Level::Conversational, 1)]),
        _ => {}
    }
    let speaks_fr = speaks.iter().any(|s| s.language == "fr" && s.level.conversational());
    let mut learns = Vec::new();
    if rng.gen_bool(0.55) {
        learns.push(skill("nl", Level::Beginner));
    }
    if !speaks_fr && rng.gen_bool(0.6) {
        learns.push(skill("fr", Level::Beginner));
    }
    if native.0 != "en" && rng.gen_bool(0.15) {
        learns.push(skill("en", Level::Beginner));
    }
    if learns.is_empty() {
        learns.push(skill(if speaks_fr { "nl" } else { "fr" }, Level::Beginner));
    }
    let gender = *pick(rng, &[(Gender::Man, 55), (Gender::Woman, 43), (Gender::NonBinary, 2)], |g| g.1);
    let gender_preference = match gender.0 {
        Gender::Woman if rng.gen_bool(0.35) => Some(Gender::Woman),
        Gender::Man if rng.gen_bool(0.05) => Some(Gender::Man),
        _ => None,
    };
    let minors = match kind {
        Kind::Buddy => 0.15,
        Kind::LanguageExchange | Kind::Shadowing => 0.05,
        Kind::Mentoring => 0.0,
    };
    let field = match kind {
        Kind::Mentoring | Kind::Shadowing => pick(rng, &FIELDS, |f| f.1).0.to_string(),
        Kind::Buddy | Kind::LanguageExchange => String::new(),
    };
    let (area, coordinates) = place(rng, |a| a.3);
    let u: f64 = rng.gen();
    let profile = Profile {
        speaks,
        learns,
        interests: interests(rng),
        area,
        coordinates,
        travel_km: rng.gen_range(2..=12),
        availability: availability(rng, 3..=8, [3, 3, 2], 2),
        gender: Some(gender.0),
        gender_preference,
        field,
        minor: rng.gen_bool(minors),
        vetted: false,
        capacity: 1,
    };
    // Most have just arrived; a few have waited months.
    Entrant { profile, waiting_days: (200.0 * u * u) as u32 }
}

/// One made-up volunteer.
pub fn volunteer(kind: Kind, rng: &mut StdRng) -> Entrant {
    let native = *pick(rng, &VOLUNTEER_LANGUAGES, |l| l.1);
    let mut speaks = vec![skill(native.0, Level::Native)];
    let mut also = |rng: &mut StdRng, language: &str, chance: f64, levels: &[(Level, u32)]| {
        if language != native.0 && rng.gen_bool(chance) {
            speaks.push(skill(language, pick(rng, levels, |l| l.1).0));
        }
    };
    let (fr, nl) = match native.0 {
        "nl" => (0.65, 0.0),
        "fr" => (0.0, 0.35),
        _ => (0.8, 0.3),
    };
    also(rng, "fr", fr, &[(Level::Conversational, 1), (Level::Fluent, 1)]);
    also(rng, "nl", nl, &[(Level::Beginner, 1), (Level::Conversational, 2), (Level::Fluent, 1)]);
    also(rng, "en", 0.75, &[(Level::Beginner, 1), (Level::Conversational, 1), (Level::Fluent, 3)]);
    also(rng, "es", 0.12, &[(Level::Beginner, 1), (Level::Conversational, 2)]);
    also(rng, "ar", 0.04, &[(Level::Conversational, 1)]);
    also(rng, "ru", 0.03, &[(Level::Conversational, 1)]);
    let mut learns = Vec::new();
    let learning = if kind == Kind::LanguageExchange { 1.0 } else { 0.2 };
    if rng.gen_bool(learning) {
        let first = pick(rng, &VOLUNTEER_LEARNS, |l| l.1).0;
        learns.push(skill(first, Level::Beginner));
        if rng.gen_bool(0.25) {
            let second = pick(rng, &VOLUNTEER_LEARNS, |l| l.1).0;
            if second != first {
                learns.push(skill(second, Level::Beginner));
            }
        }
    }
    let gender = *pick(rng, &[(Gender::Woman, 62), (Gender::Man, 36), (Gender::NonBinary, 2)], |g| g.1);
    let gender_preference = match gender.0 {
        Gender::Woman if rng.gen_bool(0.08) => Some(Gender::Woman),
        Gender::Man if rng.gen_bool(0.03) => Some(Gender::Man),
        _ => None,
    };
    let field = match kind {
        Kind::Mentoring => pick(rng, &FIELDS, |f| f.2).0.to_string(),
        Kind::Shadowing => pick(rng, &FIELDS, |f| f.3).0.to_string(),
        Kind::Buddy | Kind::LanguageExchange => String::new(),
    };
    let (area, coordinates) = place(rng, |a| a.4);
    let capacity = pick(rng, &[(1u8, 50), (2, 35), (3, 15)], |c| c.1).0;
    let profile = Profile {
        speaks,
        learns,
        interests: interests(rng),
        area,
        coordinates,
        travel_km: rng.gen_range(3..=15),
        // Volunteers mostly work: evenings and weekends.
        availability: availability(rng, 2..=6, [1, 1, 3], 3),
        gender: Some(gender.0),
        gender_preference,
        field,
        minor: false,
        vetted: rng.gen_bool(0.35),
        capacity,
    };
    Entrant { profile, waiting_days: 0 }
}

fn skill(language: &str, level: Level) -> Skill {
    Skill { language: language.to_string(), level }
}

/// One item, with probability proportional to its weight (the first when all weigh 0).
fn pick<'a, T>(rng: &mut StdRng, items: &'a [T], weight: impl Fn(&T) -> u32) -> &'a T {
    let total: u32 = items.iter().map(&weight).sum();
    let mut at = if total == 0 { 0 } else { rng.gen_range(0..total) };
    for item in items {
        let w = weight(item);
        if at < w {
            return item;
        }
        at -= w;
    }
    &items[0]
}

/// An area, and most of the time coordinates near its centre (spread about 1 km).
fn place(rng: &mut StdRng, weight: impl Fn(&(&str, f64, f64, u32, u32)) -> u32) -> (String, Option<Coordinates>) {
    let &(name, lat, lon, _, _) = pick(rng, &AREAS, weight);
    if rng.gen_bool(0.1) {
        return (name.to_string(), None);
    }
    let (north_km, east_km) = (normal(rng), normal(rng));
    let lat = lat + north_km / 111.2;
    let lon = lon + east_km / (111.2 * lat.to_radians().cos());
    (name.to_string(), Coordinates::new(lat, lon))
}

/// A standard normal draw (Box–Muller).
fn normal(rng: &mut StdRng) -> f64 {
    let u1: f64 = 1.0 - rng.gen::<f64>();
    let u2: f64 = rng.gen();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

fn interests(rng: &mut StdRng) -> std::collections::BTreeSet<String> {
    let count = rng.gen_range(2..=5);
    (0..count).map(|_| pick(rng, &INTERESTS, |i| i.1).0.to_string()).collect()
}

/// `count` weekly slots; weekday mornings, afternoons and evenings weigh `weekday`, weekend slots
/// `weekend`.
fn availability(
    rng: &mut StdRng,
    count: std::ops::RangeInclusive<u32>,
    weekday: [u32; 3],
    weekend: u32,
) -> Availability {
    let wanted = rng.gen_range(count);
    let slots: Vec<(usize, usize, u32)> =
        (0..7).flat_map(|d| (0..3).map(move |p| (d, p, if d < 5 { weekday[p] } else { weekend }))).collect();
    let mut a = Availability::default();
    // Draws may repeat a slot; a few tries more than needed keeps the count close to `wanted`.
    for _ in 0..wanted * 3 {
        if a.count() >= wanted {
            break;
        }
        let &(d, p, _) = pick(rng, &slots, |s| s.2);
        a = a.with(d, p);
    }
    a
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn people_are_plausible_and_the_same_for_the_same_seed() {
        let centre = Coordinates::new(50.85, 4.35).unwrap();
        let (n, v) = people(Kind::Buddy, 400, 300, 3);
        assert_eq!((n.clone(), v.clone()), people(Kind::Buddy, 400, 300, 3));
        assert!(n.iter().all(|e| e.profile.capacity == 1 && !e.profile.learns.is_empty()));
        assert!(v.iter().all(|e| (1..=3).contains(&e.profile.capacity) && e.waiting_days == 0));
        for e in n.iter().chain(&v) {
            let p = &e.profile;
            assert_eq!(p.speaks.iter().filter(|s| s.level == Level::Native).count(), 1);
            assert!(!p.area.is_empty() && (1..=5).contains(&p.interests.len()));
            assert!(p.coordinates.is_none_or(|c| c.km_to(centre) < 20.0));
            assert!((2..=15).contains(&p.travel_km) && p.availability.count() >= 1);
        }
        let share = |people: &[Entrant], f: fn(&Entrant) -> bool| {
            people.iter().filter(|e| f(e)).count() as f64 / people.len() as f64
        };
        assert!((0.08..0.25).contains(&share(&n, |e| e.profile.minor)));
        assert!((0.2..0.5).contains(&share(&v, |e| e.profile.vetted)));
        assert!((0.03..0.2).contains(&share(&n, |e| e.profile.coordinates.is_none())));
        assert!(n.iter().chain(&v).all(|e| e.profile.field.is_empty()));
        let (mentees, mentors) = people(Kind::Mentoring, 50, 50, 3);
        assert!(mentees.iter().chain(&mentors).all(|e| !e.profile.field.is_empty() && !e.profile.minor));
        let (_, tandem) = people(Kind::LanguageExchange, 0, 50, 3);
        assert!(tandem.iter().all(|e| !e.profile.learns.is_empty()));
    }

    #[test]
    fn names_are_made_up_combinations() {
        let names = names(100, 8);
        assert_eq!(names, super::names(100, 8));
        assert!(names.iter().all(|n| {
            let (given, family) = n.split_once(' ').unwrap();
            GIVEN_NAMES.contains(&given) && FAMILY_NAMES.contains(&family)
        }));
    }
}
