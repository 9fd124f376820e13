//! What describes an organisation: its name, country, default language and time zone.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Trims, refuses control and invisible format characters, and bounds length in characters (not bytes, so Arabic or
/// Bulgarian names get the same room as English ones).
fn bounded_text(
    input: &str,
    max: usize,
    missing: &'static str,
    too_long: &'static str,
) -> Result<String, &'static str> {
    let s = input.trim();
    if s.is_empty() {
        return Err(missing);
    }
    if s.chars().count() > max {
        return Err(too_long);
    }
    if let Some(code) = crate::text::refusal(s, false) {
        return Err(code);
    }
    Ok(s.to_string())
}

/// An organisation's name as people know it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct OrgName(String);

impl OrgName {
    pub const MAX_CHARS: usize = 120;
    pub fn parse(input: &str) -> Result<Self, &'static str> {
        bounded_text(input, Self::MAX_CHARS, "org-name-missing", "org-name-too-long").map(Self)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for OrgName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The name a person wants to be addressed by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct DisplayName(String);

impl DisplayName {
    pub const MAX_CHARS: usize = 100;
    pub fn parse(input: &str) -> Result<Self, &'static str> {
        bounded_text(input, Self::MAX_CHARS, "name-missing", "name-too-long").map(Self)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DisplayName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// ISO 3166-1 alpha-2 codes, officially assigned.
const COUNTRY_CODES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS \
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM \
FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP \
KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV \
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD \
SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC \
VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// A country as an ISO 3166-1 alpha-2 code (`SE`, `GB`, `BG`…).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    pub fn parse(input: &str) -> Result<Self, &'static str> {
        let s = input.trim().to_ascii_uppercase();
        if s.is_empty() {
            return Err("country-missing");
        }
        if s.len() != 2 || !COUNTRY_CODES.split_whitespace().any(|c| c == s) {
            return Err("country-invalid");
        }
        let b = s.as_bytes();
        Ok(Self([b[0], b[1]]))
    }
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
    pub fn all() -> impl Iterator<Item = &'static str> {
        COUNTRY_CODES.split_whitespace()
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A language the interface speaks. Adding one means adding its `locales/<code>/` folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Fr,
    It,
    Ar,
    Es,
    Uk,
    Fa,
    Bg,
}

impl Language {
    pub const ALL: [Language; 8] = [
        Language::En,
        Language::Fr,
        Language::It,
        Language::Ar,
        Language::Es,
        Language::Uk,
        Language::Fa,
        Language::Bg,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::It => "it",
            Language::Ar => "ar",
            Language::Es => "es",
            Language::Uk => "uk",
            Language::Fa => "fa",
            Language::Bg => "bg",
        }
    }
    /// The language's own name for itself, as a language switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Fr => "Français",
            Language::It => "Italiano",
            Language::Ar => "العربية",
            Language::Es => "Español",
            Language::Uk => "Українська",
            Language::Fa => "فارسی",
            Language::Bg => "Български",
        }
    }
    pub fn is_rtl(self) -> bool {
        matches!(self, Language::Ar | Language::Fa)
    }
    pub fn parse(input: &str) -> Result<Self, &'static str> {
        // Accept tags like `fr-BE` or `ar_EG` by their primary subtag.
        let primary = input.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == primary).ok_or("language-invalid")
    }
}

impl FromStr for Language {
    type Err = &'static str;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An IANA time zone name such as `Europe/Brussels`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct TimeZoneName(String);

impl TimeZoneName {
    pub fn parse(input: &str) -> Result<Self, &'static str> {
        let s = input.trim();
        if s.is_empty() {
            return Err("timezone-missing");
        }
        s.parse::<chrono_tz::Tz>().map(|tz| Self(tz.name().to_string())).map_err(|_| "timezone-invalid")
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The date it is in this zone at `now`: a session logged at 23:30 belongs to that evening.
    pub fn date_at(&self, now: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDate {
        let tz: chrono_tz::Tz = self.0.parse().unwrap_or(chrono_tz::UTC);
        now.with_timezone(&tz).date_naive()
    }
}

impl fmt::Display for TimeZoneName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_fields_validate() {
        assert!(OrgName::parse("  Forum of Migrant Groups ").is_ok());
        assert_eq!(OrgName::parse("   "), Err("org-name-missing"));
        assert_eq!(OrgName::parse(&"x".repeat(121)), Err("org-name-too-long"));
        assert!(OrgName::parse(&"ب".repeat(120)).is_ok());
        assert_eq!(OrgName::parse("a\u{0}b"), Err("text-control-characters"));
        assert_eq!(CountryCode::parse("se").map(|c| c.to_string()), Ok("SE".into()));
        assert_eq!(CountryCode::parse("XX"), Err("country-invalid"));
        assert_eq!(CountryCode::parse("SWE"), Err("country-invalid"));
        assert_eq!(Language::parse("fr-BE"), Ok(Language::Fr));
        assert_eq!(Language::parse("xx"), Err("language-invalid"));
        assert!(Language::Ar.is_rtl());
        assert!(TimeZoneName::parse("Europe/Brussels").is_ok());
        assert_eq!(TimeZoneName::parse("Mars/Olympus"), Err("timezone-invalid"));
    }
}
