//! What the engine knows about a person in a programme: the facts coordinators pair on. Names,
//! contact details and consent records are not here; they stay with the store, which keeps this
//! profile encrypted at rest.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Which side of a pair a person is on. Newcomers seek; volunteers (long-term residents, mentors,
/// elected members) provide, each up to a capacity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    Newcomer,
    Volunteer,
}

impl Side {
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Newcomer => "newcomer",
            Side::Volunteer => "volunteer",
        }
    }

    pub fn parse(text: &str) -> Option<Side> {
        match text {
            "newcomer" => Some(Side::Newcomer),
            "volunteer" => Some(Side::Volunteer),
            _ => None,
        }
    }
}

/// How well someone speaks a language (the CEFR bands, collapsed to four a coordinator can ask).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// A1–A2: a few words and phrases.
    Beginner,
    /// B1–B2: can hold a conversation.
    Conversational,
    /// C1–C2.
    Fluent,
    Native,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Beginner, Level::Conversational, Level::Fluent, Level::Native];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Beginner => "beginner",
            Level::Conversational => "conversational",
            Level::Fluent => "fluent",
            Level::Native => "native",
        }
    }

    pub fn parse(text: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == text)
    }

    /// Good enough to talk with, or to teach in a tandem.
    pub fn conversational(self) -> bool {
        self >= Level::Conversational
    }
}

/// One language and a level: "speaks Arabic, native" or "learns Dutch, beginner".
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Skill {
    /// ISO 639-1 code, lower case ("ar", "nl").
    pub language: String,
    pub level: Level,
}

/// Gender as the person states it; used only to respect stated preferences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Gender {
    Woman,
    Man,
    NonBinary,
}

impl Gender {
    pub const ALL: [Gender; 3] = [Gender::Woman, Gender::Man, Gender::NonBinary];

    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Woman => "woman",
            Gender::Man => "man",
            Gender::NonBinary => "non-binary",
        }
    }

    pub fn parse(text: &str) -> Option<Gender> {
        Gender::ALL.into_iter().find(|g| g.as_str() == text)
    }
}

/// A point on the map, in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

impl Coordinates {
    /// `None` unless both are finite and in range.
    pub fn new(lat: f64, lon: f64) -> Option<Coordinates> {
        let ok = lat.is_finite() && lon.is_finite() && (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon);
        ok.then_some(Coordinates { lat, lon })
    }

    /// Great-circle distance in kilometres (haversine).
    pub fn km_to(self, other: Coordinates) -> f64 {
        const EARTH_KM: f64 = 6371.0;
        let (la1, la2) = (self.lat.to_radians(), other.lat.to_radians());
        let dlat = la2 - la1;
        let dlon = (other.lon - self.lon).to_radians();
        let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
        2.0 * EARTH_KM * h.sqrt().min(1.0).asin()
    }
}

/// Weekly availability: 21 slots, morning, afternoon and evening of Monday to Sunday. Bit
/// `day * 3 + part` is set when the person is free then.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Availability(u32);

impl Availability {
    pub const SLOTS: u32 = 21;
    pub const DAYS: [&'static str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    pub const PARTS: [&'static str; 3] = ["morning", "afternoon", "evening"];

    pub fn from_bits(bits: u32) -> Availability {
        Availability(bits & ((1 << Self::SLOTS) - 1))
    }

    pub fn bits(self) -> u32 {
        self.0
    }

    pub fn with(self, day: usize, part: usize) -> Availability {
        if day < 7 && part < 3 {
            Availability(self.0 | 1 << (day * 3 + part))
        } else {
            self
        }
    }

    pub fn has(self, day: usize, part: usize) -> bool {
        day < 7 && part < 3 && self.0 & (1 << (day * 3 + part)) != 0
    }

    pub fn count(self) -> u32 {
        self.0.count_ones()
    }

    pub fn shared(self, other: Availability) -> u32 {
        (self.0 & other.0).count_ones()
    }

    /// Reads slots written as `mon-morning tue-evening …` (spaces, commas or semicolons between).
    /// Returns the first word it does not understand as the error.
    pub fn parse(text: &str) -> Result<Availability, String> {
        let mut a = Availability::default();
        for word in text.split(|c: char| c.is_whitespace() || c == ',' || c == ';').filter(|w| !w.is_empty()) {
            let lower = word.to_lowercase();
            let slot = lower.split_once('-').and_then(|(d, p)| {
                Some((Self::DAYS.iter().position(|x| *x == d)?, Self::PARTS.iter().position(|x| *x == p)?))
            });
            match slot {
                Some((day, part)) => a = a.with(day, part),
                None => return Err(word.to_string()),
            }
        }
        Ok(a)
    }

    /// The slots as `parse` reads them.
    pub fn to_text(self) -> String {
        let mut words = Vec::new();
        for (d, day) in Self::DAYS.iter().enumerate() {
            for (p, part) in Self::PARTS.iter().enumerate() {
                if self.has(d, p) {
                    words.push(format!("{day}-{part}"));
                }
            }
        }
        words.join(" ")
    }
}

/// The facts about one participant that the engine pairs on.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub speaks: Vec<Skill>,
    pub learns: Vec<Skill>,
    /// Lower-case tags ("cooking", "football").
    pub interests: BTreeSet<String>,
    /// Postcode or district as the person gives it, upper-cased and trimmed by the caller.
    pub area: String,
    pub coordinates: Option<Coordinates>,
    /// How far the person will travel to meet, in kilometres.
    pub travel_km: u32,
    pub availability: Availability,
    pub gender: Option<Gender>,
    /// Wants a partner of this gender.
    pub gender_preference: Option<Gender>,
    /// Profession or field, lower case ("nursing", "housing policy").
    pub field: String,
    /// A newcomer under 18.
    pub minor: bool,
    /// A volunteer whose safeguarding check is done.
    pub vetted: bool,
    /// How many newcomers a volunteer takes at once (newcomers: 1).
    pub capacity: u8,
}

impl Profile {
    /// The language codes spoken at conversational level or better.
    pub fn conversational(&self) -> impl Iterator<Item = &str> {
        self.speaks.iter().filter(|s| s.level.conversational()).map(|s| s.language.as_str())
    }

    pub fn speaks_level(&self, language: &str) -> Option<Level> {
        self.speaks.iter().filter(|s| s.language == language).map(|s| s.level).max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn availability_reads_and_writes_slots() {
        let a = Availability::parse("Mon-morning, tue-evening;sun-afternoon").unwrap_or_default();
        assert_eq!(a.count(), 3);
        assert!(a.has(0, 0) && a.has(1, 2) && a.has(6, 1));
        assert_eq!(a.to_text(), "mon-morning tue-evening sun-afternoon");
        assert_eq!(Availability::parse("mon-night"), Err("mon-night".to_string()));
        let b = Availability::parse("tue-evening wed-morning").unwrap_or_default();
        assert_eq!(a.shared(b), 1);
        assert_eq!(Availability::from_bits(u32::MAX).count(), 21);
    }

    #[test]
    fn distance_is_roughly_right() {
        let brussels = Coordinates::new(50.8467, 4.3525);
        let antwerp = Coordinates::new(51.2194, 4.4025);
        let (Some(b), Some(a)) = (brussels, antwerp) else { unreachable!() };
        let km = b.km_to(a);
        assert!((40.0..43.0).contains(&km), "{km}");
        assert!(Coordinates::new(91.0, 0.0).is_none());
        assert!(Coordinates::new(f64::NAN, 0.0).is_none());
    }

    #[test]
    fn codes_round_trip() {
        for l in Level::ALL {
            assert_eq!(Level::parse(l.as_str()), Some(l));
        }
        for g in Gender::ALL {
            assert_eq!(Gender::parse(g.as_str()), Some(g));
        }
        assert_eq!(Side::parse("volunteer"), Some(Side::Volunteer));
        assert!(Level::Native.conversational() && !Level::Beginner.conversational());
    }
}
