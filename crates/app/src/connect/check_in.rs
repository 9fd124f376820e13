//! A pair's check-in: each side's ratings of the contact on the four qualities of good contact, what
//! they did, and the one parser the page and the API read it with. Sealed at rest as JSON of
//! [`CheckInRecord`]; Measure reads its ratings back through the same type.

use bridges_domain::{check_text, ValidationErrors};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Each side's rating of the contact, 1–7, on the four qualities of good contact.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Ratings {
    pub pleasant: Option<u8>,
    pub equal: Option<u8>,
    pub cooperative: Option<u8>,
    pub close: Option<u8>,
}

/// What a check-in records besides its date and length (sealed at rest).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckInRecord {
    pub activity: String,
    pub newcomer: Ratings,
    pub volunteer: Ratings,
}

pub const QUALITIES: [&str; 4] = ["pleasant", "equal", "cooperative", "close"];
/// The form's and the API's field of each side's rating of each quality.
pub const RATING_FIELDS: [[&str; 4]; 2] = [
    ["r-newcomer-pleasant", "r-newcomer-equal", "r-newcomer-cooperative", "r-newcomer-close"],
    ["r-volunteer-pleasant", "r-volunteer-equal", "r-volunteer-cooperative", "r-volunteer-close"],
];

/// Reads a check-in from named fields (`get(name)`, trimmed, empty when absent), as the form and the
/// API send them.
pub fn read_check_in(
    get: impl Fn(&str) -> String,
    today: NaiveDate,
) -> Result<(NaiveDate, u32, CheckInRecord), ValidationErrors> {
    let mut e = ValidationErrors::new();
    let met_on = match NaiveDate::parse_from_str(&get("met_on"), "%Y-%m-%d") {
        Ok(d) if d > today => {
            e.add("met_on", "date-in-future");
            None
        }
        Ok(d) => Some(d),
        Err(_) => {
            e.add("met_on", "date-invalid");
            None
        }
    };
    let minutes = match get("minutes").parse::<u32>() {
        Ok(m) if (1..=1440).contains(&m) => m,
        _ => {
            e.add("minutes", "minutes-invalid");
            0
        }
    };
    let activity = get("activity");
    check_text(&mut e, "activity", &activity, 1000, false);
    let mut sides = [Ratings::default(), Ratings::default()];
    for (side, fields) in RATING_FIELDS.iter().enumerate() {
        let mut values = [None; 4];
        for (i, field) in fields.iter().enumerate() {
            let text = get(field);
            if text.is_empty() {
                continue;
            }
            match text.parse::<u8>() {
                Ok(v) if (1..=7).contains(&v) => values[i] = Some(v),
                _ => e.add(field, "rating-invalid"),
            }
        }
        sides[side] = Ratings { pleasant: values[0], equal: values[1], cooperative: values[2], close: values[3] };
    }
    let [newcomer, volunteer] = sides;
    match met_on {
        Some(d) if e.is_empty() => Ok((d, minutes, CheckInRecord { activity, newcomer, volunteer })),
        _ => Err(e),
    }
}

impl CheckInRecord {
    /// Each side's ratings (newcomer, volunteer) in the order of [`QUALITIES`].
    pub fn ratings(&self) -> [[Option<u8>; 4]; 2] {
        [&self.newcomer, &self.volunteer].map(|r| [r.pleasant, r.equal, r.cooperative, r.close])
    }
}
