//! A made-up directory, the same for the same seed, big enough to measure search with: services
//! of made-up organisations in a 40 km square around a made-up town, each tagged with one to
//! three needs of bridges' taxonomy, speaking one to three languages (their codes written in the
//! mixed forms real directories use), delivered at one or two places with made-up postcodes,
//! most with weekly or monthly hours.
//!
//! Every name is invented; the coordinates are only somewhere to put points.

use crate::model::{Dataset, HsdsId, Kind, Record, Value};
use crate::needs::{Need, Needs};
use serde_json::Number;

/// The town's centre, and half the side of the square, in degrees (about 20 km each way).
const CENTRE: (f64, f64) = (52.95, -1.85);
const HALF_HEIGHT: f64 = 0.18;
const HALF_WIDTH: f64 = 0.30;

const PLACES: [&str; 12] = [
    "Alderbrook",
    "Kestrel Row",
    "Millford",
    "Lantern Hill",
    "Oakhaven",
    "Willowmere",
    "Saltgate",
    "Brackenfield",
    "Heronsford",
    "Copper Lane",
    "Thistledown",
    "Marlow Green",
];
const KINDS_OF_ORGANISATION: [&str; 10] = [
    "Community Trust",
    "Advice Centre",
    "Welcome Project",
    "Neighbours",
    "Law Centre",
    "Women's Network",
    "Learning Hub",
    "Health Collective",
    "Youth Club",
    "Refugee Forum",
];
/// Languages after English, the more often asked for first; each with the forms it is written
/// in.
const LANGUAGES: [&[&str]; 18] = [
    &["ar", "ara", "AR", "ar-SY"],
    &["fr", "fra"],
    &["it", "ita"],
    &["ur", "urd"],
    &["fa", "fas", "per"],
    &["ps", "pus"],
    &["ti", "tir"],
    &["so", "som"],
    &["uk", "ukr"],
    &["ku", "kur"],
    &["prs"],
    &["pl", "pol"],
    &["ro", "ron"],
    &["es", "spa"],
    &["am", "amh"],
    &["tr", "tur"],
    &["bn", "ben"],
    &["zh", "zho"],
];
const WEEK_DAYS: [&str; 8] = ["MO,TU,WE,TH,FR", "MO,WE,FR", "TU,TH", "SA", "MO", "WE", "TH,FR,SA", "SU"];
const MONTH_DAYS: [(&str, &str); 6] = [
    ("byday", "1SA"),
    ("byday", "2TU"),
    ("byday", "-1FR"),
    ("byday", "3WE"),
    ("bymonthday", "1"),
    ("bymonthday", "15"),
];
const HOURS: [(&str, &str); 6] = [
    ("09:00", "17:00"),
    ("10:00", "14:00"),
    ("09:30", "12:30"),
    ("13:00", "16:00"),
    ("18:00", "21:00"),
    ("10:00:00", "15:30:00"),
];

/// A directory of `services` made-up services; the same seed gives the same directory.
pub fn directory(services: usize, seed: u64) -> Dataset {
    let mut maker = Maker { random: SplitMix(seed), dataset: Dataset::new() };
    let needs = Needs::shipped().map(|n| maker.taxonomy(&n)).unwrap_or_default();
    let mut organization = None;
    for n in 0..services {
        if n % 4 == 0 {
            organization = Some(maker.organization());
        }
        if let Some((id, name)) = &organization {
            maker.service(*id, name, &needs);
        }
    }
    maker.dataset
}

/// Sebastiano Vigna's SplitMix64: small, fast, and enough for made-up data.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A number in `0.0..1.0`.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

struct Maker {
    random: SplitMix,
    dataset: Dataset,
}

impl Maker {
    fn id(&mut self) -> HsdsId {
        let bytes = (u128::from(self.random.next()) << 64 | u128::from(self.random.next())).to_be_bytes();
        HsdsId(uuid::Builder::from_random_bytes(bytes).into_uuid())
    }

    /// Adds a record of `kind` with these fields; returns its id.
    fn add(&mut self, kind: Kind, fields: &[(&str, Value)]) -> HsdsId {
        let id = self.id();
        let mut record = Record::new(kind, id);
        for (field, value) in fields {
            if let Some(index) = kind.object().field_index(field) {
                record.set(index, Some(value.clone()));
            }
        }
        if kind == Kind::Attribute {
            record.set_link_kind(Some(Kind::Service));
        }
        // Ids are random 122-bit numbers: they do not repeat.
        let _ = self.dataset.insert(record);
        id
    }

    /// bridges' taxonomy and its terms, as a directory created by bridges holds them; returns
    /// the needs a service can be tagged with, more specific ones first.
    fn taxonomy(&mut self, needs: &Needs) -> Vec<Need> {
        let english = |texts: &crate::needs::Texts| text(texts.get("en").map_or("", String::as_str));
        let mut taxonomy = Record::new(Kind::Taxonomy, HsdsId(needs.uuid));
        for (field, value) in [("name", english(&needs.name)), ("description", english(&needs.description))] {
            if let Some(index) = Kind::Taxonomy.object().field_index(field) {
                taxonomy.set(index, Some(value));
            }
        }
        let _ = self.dataset.insert(taxonomy);
        for need in &needs.terms {
            let mut term = Record::new(Kind::TaxonomyTerm, HsdsId(need.uuid));
            let parent = need.parent.as_deref().and_then(|p| needs.get(p)).map(|p| Value::Id(HsdsId(p.uuid)));
            let fields = [
                ("code", Some(text(&need.code))),
                ("name", Some(english(&need.label))),
                ("description", Some(english(&need.description))),
                ("parent_id", parent),
                ("taxonomy_id", Some(Value::Id(HsdsId(needs.uuid)))),
            ];
            for (field, value) in fields {
                if let Some(index) = Kind::TaxonomyTerm.object().field_index(field) {
                    term.set(index, value);
                }
            }
            let _ = self.dataset.insert(term);
        }
        let mut tagged: Vec<Need> = needs.terms.iter().filter(|n| n.parent.is_some()).cloned().collect();
        tagged.extend(needs.terms.iter().filter(|n| n.parent.is_none()).cloned());
        tagged
    }

    fn organization(&mut self) -> (HsdsId, String) {
        let name = format!("{} {}", self.random.pick(&PLACES), self.random.pick(&KINDS_OF_ORGANISATION));
        let description = text("A made-up organisation for measuring the directory search.");
        let id = self.add(Kind::Organization, &[("name", text(&name)), ("description", description)]);
        (id, name)
    }

    fn service(&mut self, organization: HsdsId, organization_name: &str, needs: &[Need]) {
        let r = &mut self.random;
        let specific = needs.iter().take_while(|n| n.parent.is_some()).count().max(1);
        let mut tags: Vec<&Need> = Vec::new();
        for _ in 0..1 + r.below(3) {
            // Mostly a specific need; now and then a broad one.
            let need = if r.chance(0.85) || needs.len() <= specific {
                r.pick(&needs[..specific])
            } else {
                r.pick(&needs[specific..])
            };
            if !tags.iter().any(|t| t.code == need.code) {
                tags.push(need);
            }
        }
        let label = tags.first().and_then(|n| n.label.get("en")).map_or("Help", String::as_str);
        let status = match r.below(100) {
            0..=91 => "active",
            92..=95 => "inactive",
            _ => "temporarily closed",
        };
        let name = format!("{label}, {organization_name}");
        let service = self.add(
            Kind::Service,
            &[
                ("organization_id", Value::Id(organization)),
                ("name", text(&name)),
                ("description", text("Made up for measuring: no such service exists.")),
                ("status", text(status)),
            ],
        );
        for need in tags {
            let term = Value::Id(HsdsId(need.uuid));
            self.add(
                Kind::Attribute,
                &[("link_id", Value::Id(service)), ("taxonomy_term_id", term), ("link_entity", text("service"))],
            );
        }

        let locations: Vec<HsdsId> =
            (0..if self.random.chance(0.8) { 1 } else { 2 }).map(|_| self.location()).collect();
        let mut sals = Vec::new();
        for &location in &locations {
            let sal = self.add(
                Kind::ServiceAtLocation,
                &[("service_id", Value::Id(service)), ("location_id", Value::Id(location))],
            );
            sals.push(sal);
        }

        let mut spoken: Vec<&[&str]> = Vec::new();
        if self.random.chance(0.7) {
            spoken.push(&["en", "eng", "EN", "en-GB"]);
        }
        while spoken.is_empty() || (spoken.len() < 3 && self.random.chance(0.45)) {
            // Earlier languages are asked for more often: take the smaller of two draws.
            let at = self.random.below(LANGUAGES.len()).min(self.random.below(LANGUAGES.len()));
            if !spoken.contains(&LANGUAGES[at]) {
                spoken.push(LANGUAGES[at]);
            }
        }
        for forms in spoken {
            let code = text(self.random.pick::<&str>(forms));
            let holder = if self.random.chance(0.7) {
                ("service_id", Value::Id(service))
            } else {
                ("location_id", Value::Id(*self.random.pick(&locations)))
            };
            self.add(Kind::Language, &[holder, ("code", code)]);
        }

        let holder = if self.random.chance(0.8) {
            ("service_id", Value::Id(service))
        } else {
            ("service_at_location_id", Value::Id(*self.random.pick(&sals)))
        };
        self.schedule(holder);
    }

    fn location(&mut self) -> HsdsId {
        let r = &mut self.random;
        // Most places are in the town, the rest anywhere in the square.
        let (latitude, longitude) = if r.chance(0.6) {
            let spread = 0.045 * (r.unit() + r.unit() + r.unit() - 1.5);
            let across = 0.075 * (r.unit() + r.unit() + r.unit() - 1.5);
            (CENTRE.0 + spread, CENTRE.1 + across)
        } else {
            (CENTRE.0 + HALF_HEIGHT * (2.0 * r.unit() - 1.0), CENTRE.1 + HALF_WIDTH * (2.0 * r.unit() - 1.0))
        };
        let degrees =
            |d: f64| Number::from_f64((d * 1e6).round() / 1e6).map_or(Value::Text(String::new()), Value::Number);
        // Made-up postcodes: a district for each tenth of the square, then a made-up walk.
        let district = 1 + ((latitude - CENTRE.0 + HALF_HEIGHT) / (0.2 * HALF_HEIGHT)).clamp(0.0, 9.0) as usize;
        let letters = b"ABDEFGHJLNPQRSTUWXYZ";
        let walk = format!(
            "{}{}{}",
            r.below(10),
            char::from(letters[r.below(letters.len())]),
            char::from(letters[r.below(letters.len())])
        );
        let place = r.pick(&PLACES).to_string();
        let street = r.below(200) + 1;
        let location = self.add(
            Kind::Location,
            &[
                ("location_type", text("physical")),
                ("name", text(&format!("{place} centre"))),
                ("latitude", degrees(latitude)),
                ("longitude", degrees(longitude)),
            ],
        );
        self.add(
            Kind::Address,
            &[
                ("location_id", Value::Id(location)),
                ("address_1", text(&format!("{street} {place} Road"))),
                ("city", text("Fernbridge")),
                ("state_province", text("Fernshire")),
                ("postal_code", text(&format!("FB{district} {walk}"))),
                ("country", text("GB")),
                ("address_type", text("physical")),
            ],
        );
        location
    }

    fn schedule(&mut self, holder: (&str, Value)) {
        let r = &mut self.random;
        let mut fields = vec![holder];
        match r.below(100) {
            // No hours published at all.
            0..=9 => return,
            // A schedule that says when, but not at what time.
            10..=12 => fields.extend([("freq", text("WEEKLY")), ("byday", text(r.pick::<&str>(&WEEK_DAYS)))]),
            // A night shelter.
            13..=15 => fields.extend([
                ("freq", text("WEEKLY")),
                ("byday", text("MO,TU,WE,TH,FR,SA,SU")),
                ("opens_at", text("20:00")),
                ("closes_at", text("08:00")),
            ]),
            16..=30 => {
                let (part, days) = *r.pick(&MONTH_DAYS);
                let (opens, closes) = *r.pick(&HOURS);
                fields.extend([
                    ("freq", text("MONTHLY")),
                    (part, text(days)),
                    ("opens_at", text(opens)),
                    ("closes_at", text(closes)),
                ]);
            }
            n => {
                let (opens, closes) = *r.pick(&HOURS);
                fields.extend([
                    ("freq", text("WEEKLY")),
                    ("byday", text(r.pick::<&str>(&WEEK_DAYS))),
                    ("opens_at", text(opens)),
                    ("closes_at", text(closes)),
                ]);
                if n >= 90 {
                    // Every other week, from a Monday in January 2026.
                    fields.extend([("interval", Value::Number(2.into())), ("dtstart", text("2026-01-05"))]);
                }
                if n == 99 {
                    fields.push(("valid_to", text("2025-12-31")));
                }
            }
        }
        self.add(Kind::Schedule, &fields);
    }
}

fn text(text: &str) -> Value {
    Value::Text(text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_makes_the_same_directory() {
        let a = directory(40, 7);
        assert_eq!(a, directory(40, 7));
        assert_ne!(a, directory(40, 8));
        assert_eq!(a.of_kind(Kind::Service).count(), 40);
        assert_eq!(a.of_kind(Kind::Organization).count(), 10);
        assert!(a.of_kind(Kind::Attribute).count() >= 40);
        assert!(a.of_kind(Kind::Language).count() >= 40);
    }
}
