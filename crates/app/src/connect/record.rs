//! A participant's record as bridges keeps it (sealed at rest by the store), and the one parser
//! that turns submitted fields into it: the staff form, the public intake, the API and spreadsheet
//! imports all go through [`parse_person`], so they accept and refuse exactly the same things.

use bridges_domain::check_text;
use bridges_domain::{Email, ValidationErrors};
use bridges_pairing::{Availability, Coordinates, Gender, Level, Profile, Programme, Question, Side, Skill};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Everything bridges holds about one participant. It travels sealed; only pages and exports that
/// the policy allows open it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Record {
    pub name: String,
    pub email: String,
    pub phone: String,
    /// The language to write to them in (an ISO 639-1 code).
    pub contact_language: String,
    /// Coordinators' notes.
    pub note: String,
    pub profile: Profile,
}

impl Record {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A record the store returned; a record that does not parse shows as an unnamed person rather
    /// than failing the whole page.
    pub fn from_json(json: &str) -> Record {
        serde_json::from_str(json).unwrap_or_default()
    }
}

/// How many letters of each word of a name lists keep for finding people: a search for a longer
/// word looks for its first so many.
pub const FINDABLE_LETTERS: usize = 12;

/// Text as searches compare it: lower case, accents and other marks taken off ("José" and
/// "jose", "Ça" and "ca" and an Arabic name with or without its vowel marks read the same).
pub fn fold_for_search(text: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    text.nfkd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect()
}

/// The folded words of `text`: runs of letters and digits, each cut to [`FINDABLE_LETTERS`].
pub fn search_words(text: &str) -> Vec<String> {
    fold_for_search(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().take(FINDABLE_LETTERS).collect())
        .collect()
}

/// The findable word of an area (none for no area): the whole of it, folded.
fn area_word(area: &str) -> Option<String> {
    let area = fold_for_search(area.trim());
    (!area.is_empty()).then(|| format!("area:{area}"))
}

/// What a list of people is searched by; empty parts ask for nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// Words of the name, or their beginnings, in any order.
    pub name: String,
    /// A language the person speaks (its code).
    pub language: String,
    pub area: String,
}

impl Search {
    /// The findable words a person must have to match, as [`Record::findable`] writes them.
    pub fn words(&self) -> Vec<String> {
        let mut words: Vec<String> = search_words(&self.name).into_iter().map(|w| format!("name:{w}")).collect();
        if let Some(code) = language_code(&self.language) {
            words.push(format!("lang:{code}"));
        }
        words.extend(area_word(&self.area));
        words
    }
}

impl Record {
    /// The person as the store adds them: this record (which the store seals), with their
    /// consents and the words lists find them by.
    pub fn joining(
        &self,
        side: Side,
        consents: Vec<(String, String)>,
        joined_at: chrono::DateTime<chrono::Utc>,
    ) -> bridges_store::NewParticipant {
        bridges_store::NewParticipant {
            side: side.as_str().to_string(),
            record: bridges_domain::Sensitive::new(self.to_json()),
            consents,
            joined_at,
            findable: self.findable(),
        }
    }

    /// The words this person can be found by in lists: every beginning of every word of their
    /// name, the languages they speak and their area.
    pub fn findable(&self) -> Vec<String> {
        let mut words = Vec::new();
        for word in search_words(&self.name) {
            let letters: Vec<char> = word.chars().collect();
            words.extend((1..=letters.len()).map(|n| format!("name:{}", letters[..n].iter().collect::<String>())));
        }
        words.extend(self.profile.speaks.iter().map(|s| format!("lang:{}", s.language)));
        words.extend(area_word(&self.profile.area));
        words
    }
}

/// The column names of an import file, also the field names of forms and the API.
pub const FIELDS: [&str; 20] = [
    "side",
    "name",
    "email",
    "phone",
    "contact_language",
    "speaks",
    "learns",
    "interests",
    "area",
    "lat",
    "lon",
    "travel_km",
    "availability",
    "gender",
    "gender_preference",
    "field",
    "minor",
    "vetted",
    "capacity",
    "note",
];

pub const MAX_NAME: usize = 200;
pub const MAX_NOTE: usize = 2000;
const MAX_SHORT: usize = 120;
const MAX_LANGUAGES: usize = 8;
const MAX_INTERESTS: usize = 20;
pub const MAX_TRAVEL_KM: u32 = 500;
pub const MAX_CAPACITY: u8 = 10;

/// The languages forms offer (ISO 639-1); pages name them in the reader's language from the CLDR.
pub const LANGUAGES: [&str; 24] = [
    "ar", "bn", "de", "el", "en", "es", "fa", "fr", "it", "ku", "nl", "pl", "ps", "pt", "ro", "ru", "so", "sq", "sv",
    "ti", "tl", "tr", "uk", "ur",
];

pub(crate) fn language_code(text: &str) -> Option<String> {
    let code = text.trim().to_lowercase();
    (code.len() >= 2 && code.len() <= 3 && code.chars().all(|c| c.is_ascii_lowercase())).then_some(code)
}

fn level(text: &str) -> Option<Level> {
    let t = text.trim().to_lowercase();
    Level::parse(&t).or(match t.as_str() {
        "a1" | "a2" => Some(Level::Beginner),
        "b1" | "b2" => Some(Level::Conversational),
        "c1" | "c2" => Some(Level::Fluent),
        "mother tongue" => Some(Level::Native),
        _ => None,
    })
}

/// Reads `ar:native, fr:conversational` (commas or semicolons between, a colon or a space inside).
pub fn parse_skills(text: &str) -> Result<Vec<Skill>, &'static str> {
    let mut skills: Vec<Skill> = Vec::new();
    for item in text.split([',', ';']).map(str::trim).filter(|s| !s.is_empty()) {
        let (code, lvl) = item.split_once([':', ' ']).ok_or("language-level-missing")?;
        let language = language_code(code).ok_or("language-code-invalid")?;
        let level = level(lvl).ok_or("language-level-invalid")?;
        if skills.iter().any(|s| s.language == language) {
            return Err("language-repeated");
        }
        skills.push(Skill { language, level });
    }
    if skills.len() > MAX_LANGUAGES {
        return Err("too-many-languages");
    }
    Ok(skills)
}

pub fn skills_text(skills: &[Skill]) -> String {
    skills.iter().map(|s| format!("{}:{}", s.language, s.level.as_str())).collect::<Vec<_>>().join(", ")
}

fn yes_no(text: &str) -> Result<bool, &'static str> {
    match text.trim().to_lowercase().as_str() {
        "" | "no" | "n" | "false" | "0" => Ok(false),
        "yes" | "y" | "true" | "1" | "on" => Ok(true),
        _ => Err("yes-no-invalid"),
    }
}

fn optional_gender(text: &str) -> Result<Option<Gender>, &'static str> {
    match text.trim().to_lowercase().as_str() {
        "" | "any" => Ok(None),
        t => Gender::parse(t).map(Some).ok_or("gender-invalid"),
    }
}

fn number<T: std::str::FromStr>(text: &str) -> Result<Option<T>, &'static str> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse().map(Some).map_err(|_| "number-invalid")
}

/// Who may set which fields: the public intake cannot claim a safeguarding check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Staff,
    Intake,
}

/// Parses one person from named fields (`get(name)` returns the trimmed value, empty if absent).
/// Fields the programme does not ask about are ignored. Every problem is reported, each under its
/// field, with a stable code.
pub fn parse_person(
    get: impl Fn(&str) -> String,
    programme: &Programme,
    entry: Entry,
) -> Result<(Side, Record), ValidationErrors> {
    let mut e = ValidationErrors::new();
    let side = Side::parse(&get("side").to_lowercase());
    if side.is_none() {
        e.add("side", "side-invalid");
    }
    let side = side.unwrap_or(Side::Newcomer);
    let name = get("name");
    check_text(&mut e, "name", &name, MAX_NAME, true);
    let email = get("email");
    if !email.is_empty() {
        e.check("email", Email::parse(&email));
    }
    let phone = get("phone");
    if !phone.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c)) || phone.len() > 40 {
        e.add("phone", "phone-invalid");
    }
    let contact_language = get("contact_language").to_lowercase();
    if !contact_language.is_empty() && language_code(&contact_language).is_none() {
        e.add("contact_language", "language-code-invalid");
    }
    let note = get("note");
    check_text(&mut e, "note", &note, MAX_NOTE, false);

    let mut profile = Profile { capacity: 1, ..Profile::default() };
    let asks = |q: Question| programme.asks(q);
    if asks(Question::Speaks) {
        profile.speaks = e.check("speaks", parse_skills(&get("speaks"))).unwrap_or_default();
        if profile.speaks.is_empty() && e.for_field("speaks").is_none() {
            e.add("speaks", "speaks-missing");
        }
    }
    if asks(Question::Learns) {
        profile.learns = e.check("learns", parse_skills(&get("learns"))).unwrap_or_default();
    }
    if asks(Question::Interests) {
        let text = get("interests");
        check_text(&mut e, "interests", &text, 600, false);
        let tags: BTreeSet<String> =
            text.split([',', ';', '،']).map(|t| t.trim().to_lowercase()).filter(|t| !t.is_empty()).collect();
        if tags.len() > MAX_INTERESTS || tags.iter().any(|t| t.chars().count() > 40) {
            e.add("interests", "interests-too-many");
        }
        profile.interests = tags;
    }
    if asks(Question::Area) {
        let area = get("area");
        check_text(&mut e, "area", &area, MAX_SHORT, false);
        profile.area = area.to_uppercase();
        let lat = e.check("lat", number::<f64>(&get("lat"))).flatten();
        let lon = e.check("lon", number::<f64>(&get("lon"))).flatten();
        match (lat, lon) {
            (Some(lat), Some(lon)) => match Coordinates::new(lat, lon) {
                Some(c) => profile.coordinates = Some(c),
                None => e.add("lat", "coordinates-out-of-range"),
            },
            (None, None) => {}
            _ if e.for_field("lat").is_none() && e.for_field("lon").is_none() => e.add("lon", "coordinates-half"),
            _ => {}
        }
        match e.check("travel_km", number::<u32>(&get("travel_km"))) {
            Some(Some(km)) if km > MAX_TRAVEL_KM => e.add("travel_km", "travel-too-far"),
            Some(km) => profile.travel_km = km.unwrap_or(5),
            None => {}
        }
        if profile.area.is_empty() && profile.coordinates.is_none() && e.for_field("lat").is_none() {
            e.add("area", "area-missing");
        }
    }
    if asks(Question::Availability) {
        match Availability::parse(&get("availability")) {
            Ok(a) if a.count() == 0 => e.add("availability", "availability-missing"),
            Ok(a) => profile.availability = a,
            Err(_) => e.add("availability", "availability-invalid"),
        }
    }
    if asks(Question::Gender) {
        profile.gender = e.check("gender", optional_gender(&get("gender"))).flatten();
        profile.gender_preference = e.check("gender_preference", optional_gender(&get("gender_preference"))).flatten();
    }
    if asks(Question::Field) {
        let field = get("field");
        check_text(&mut e, "field", &field, MAX_SHORT, true);
        profile.field = field.to_lowercase();
    }
    if asks(Question::Minor) && side == Side::Newcomer {
        profile.minor = e.check("minor", yes_no(&get("minor"))).unwrap_or(false);
    }
    if side == Side::Volunteer {
        if entry == Entry::Staff {
            profile.vetted = e.check("vetted", yes_no(&get("vetted"))).unwrap_or(false);
        }
        match e.check("capacity", number::<u8>(&get("capacity"))) {
            Some(Some(c)) if (1..=MAX_CAPACITY).contains(&c) => profile.capacity = c,
            Some(None) => profile.capacity = 1,
            Some(Some(_)) => e.add("capacity", "capacity-invalid"),
            None => {}
        }
    }
    if e.is_empty() {
        Ok((side, Record { name, email: email.trim().to_lowercase(), phone, contact_language, note, profile }))
    } else {
        Err(e)
    }
}

/// The fields of a record as the forms and the import file write them, in the order of [`FIELDS`]:
/// for re-showing a form, and for exporting a programme's participants.
pub fn fields_of(side: Side, record: &Record) -> Vec<(&'static str, String)> {
    let p = &record.profile;
    let coord = |f: fn(&Coordinates) -> f64| p.coordinates.as_ref().map(|c| f(c).to_string()).unwrap_or_default();
    let gender = |g: Option<Gender>| g.map(|g| g.as_str().to_string()).unwrap_or_default();
    let flag = |b: bool| if b { "yes" } else { "no" }.to_string();
    vec![
        ("side", side.as_str().to_string()),
        ("name", record.name.clone()),
        ("email", record.email.clone()),
        ("phone", record.phone.clone()),
        ("contact_language", record.contact_language.clone()),
        ("speaks", skills_text(&p.speaks)),
        ("learns", skills_text(&p.learns)),
        ("interests", p.interests.iter().cloned().collect::<Vec<_>>().join(", ")),
        ("area", p.area.clone()),
        ("lat", coord(|c| c.lat)),
        ("lon", coord(|c| c.lon)),
        ("travel_km", p.travel_km.to_string()),
        ("availability", p.availability.to_text()),
        ("gender", gender(p.gender)),
        ("gender_preference", gender(p.gender_preference)),
        ("field", p.field.clone()),
        ("minor", flag(p.minor)),
        ("vetted", flag(p.vetted)),
        ("capacity", p.capacity.to_string()),
        ("note", record.note.clone()),
    ]
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use bridges_pairing::Kind;
    use std::collections::HashMap;

    fn parse(fields: &[(&str, &str)], kind: Kind) -> Result<(Side, Record), ValidationErrors> {
        let map: HashMap<&str, &str> = fields.iter().copied().collect();
        parse_person(
            |k| map.get(k).map(|v| v.trim().to_string()).unwrap_or_default(),
            &Programme::for_kind(kind),
            Entry::Staff,
        )
    }

    #[test]
    fn a_search_finds_the_words_a_record_is_findable_by() {
        let mut record = Record { name: "José Ölçer-Haddad".into(), ..Record::default() };
        record.profile.speaks = parse_skills("ar:native, tr:fluent").unwrap();
        record.profile.area = " Porta Palazzo ".into();
        let findable: std::collections::HashSet<String> = record.findable().into_iter().collect();
        let finds = |name: &str, language: &str, area: &str| {
            let search = Search { name: name.into(), language: language.into(), area: area.into() };
            search.words().iter().all(|w| findable.contains(w))
        };
        assert!(finds("jose", "", ""));
        assert!(finds("HADD olc", "AR", "porta palazzo"));
        assert!(finds("", "tr", ""));
        assert!(!finds("josef", "", ""));
        assert!(!finds("jose", "fr", ""));
        assert!(!finds("", "", "porta"));
        let arabic = Record { name: "مُحَمَّد".into(), ..Record::default() };
        assert!(arabic.findable().contains(&"name:محمد".to_string()), "vowel marks are taken off");
        let long = Record { name: "Wolfeschlegelsteinhausen".into(), ..Record::default() };
        let search = Search { name: "wolfeschlegelstein".into(), ..Search::default() };
        assert!(search.words().iter().all(|w| long.findable().contains(w)), "long words match on their first letters");
        assert!(Search::default().words().is_empty());
    }

    #[test]
    fn a_complete_volunteer_round_trips_through_its_fields() {
        let (side, record) = parse(
            &[
                ("side", "volunteer"),
                ("name", "Ana Lopes"),
                ("email", "Ana@Example.org"),
                ("speaks", "nl:native, fr:C1"),
                ("interests", "Cooking, football"),
                ("area", "1000"),
                ("lat", "50.85"),
                ("lon", "4.35"),
                ("travel_km", "8"),
                ("availability", "mon-evening sat-morning"),
                ("gender", "woman"),
                ("vetted", "yes"),
                ("capacity", "2"),
            ],
            Kind::Buddy,
        )
        .unwrap();
        assert_eq!(side, Side::Volunteer);
        assert_eq!(record.email, "ana@example.org");
        assert_eq!(record.profile.speaks[1], Skill { language: "fr".into(), level: Level::Fluent });
        assert!(record.profile.vetted && record.profile.capacity == 2);
        let fields = fields_of(side, &record);
        assert_eq!(fields.iter().map(|f| f.0).collect::<Vec<_>>(), FIELDS, "every field, in the import file's order");
        let again: HashMap<&str, String> = fields.into_iter().collect();
        let (_, reparsed) = parse_person(
            |k| again.get(k).cloned().unwrap_or_default(),
            &Programme::for_kind(Kind::Buddy),
            Entry::Staff,
        )
        .unwrap();
        assert_eq!(reparsed, record);
    }

    #[test]
    fn every_bad_field_is_named() {
        let errors = parse(
            &[
                ("side", "helper"),
                ("email", "not-an-email"),
                ("speaks", "arabic"),
                ("lat", "95"),
                ("lon", "4"),
                ("travel_km", "9999"),
                ("availability", "someday"),
                ("gender", "x"),
                ("minor", "maybe"),
            ],
            Kind::Buddy,
        )
        .unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|f| f.field).collect();
        for f in ["side", "name", "email", "speaks", "lat", "travel_km", "availability", "gender", "minor"] {
            assert!(fields.contains(&f), "{f} missing from {fields:?}");
        }
    }

    #[test]
    fn the_intake_cannot_claim_a_safeguarding_check() {
        let map: HashMap<&str, &str> = [
            ("side", "volunteer"),
            ("name", "X"),
            ("speaks", "en:native"),
            ("area", "E1"),
            ("availability", "mon-morning"),
            ("vetted", "yes"),
        ]
        .into_iter()
        .collect();
        let (_, r) = parse_person(
            |k| map.get(k).map(|v| v.to_string()).unwrap_or_default(),
            &Programme::for_kind(Kind::Buddy),
            Entry::Intake,
        )
        .unwrap();
        assert!(!r.profile.vetted);
    }

    #[test]
    fn skills_parse_strictly() {
        assert_eq!(parse_skills("ar native; uk:b2").unwrap().len(), 2);
        assert_eq!(parse_skills("ar:native, ar:beginner"), Err("language-repeated"));
        assert_eq!(parse_skills("arabic:native"), Err("language-code-invalid"));
        assert_eq!(parse_skills("ar:perfect"), Err("language-level-invalid"));
        assert!(parse_skills("").unwrap().is_empty());
    }
}
