//! What a person types into the practice form, and its checks. Drafts may be incomplete (the
//! completeness check says what publication still needs); what is there must be well-formed.

use crate::framework::FrameworkSet;
use crate::practice::{Practice, MAX_LIST, MAX_LONG, MAX_SHORT};
use crate::FrameworkRef;
use bridges_domain::{CountryCode, Language, ValidationErrors};

/// The form's fields as text, exactly as submitted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PracticeForm {
    pub title: String,
    pub country: String,
    pub area: String,
    pub start: String,
    pub end: String,
    pub promoter: String,
    pub summary: String,
    pub challenge: String,
    pub how_it_works: String,
    pub results: String,
    pub evaluation: String,
    pub beneficiaries: String,
    pub beneficiaries_count: String,
    pub funding: String,
    /// One address per line.
    pub links: String,
    pub language: String,
    /// Comma-separated.
    pub target_groups: String,
    /// Comma-separated.
    pub themes: String,
    pub frameworks: Vec<String>,
    pub lessons: String,
}

const MAX_LINK: usize = 500;
const MAX_WORD: usize = 60;

fn text(errors: &mut ValidationErrors, field: &'static str, value: &str, max: usize, required: bool) -> String {
    let v = value.trim();
    if required && v.is_empty() {
        errors.add(field, "practice-field-missing");
    } else if v.chars().count() > max {
        errors.add(field, "practice-field-too-long");
    } else if let Some(code) = bridges_domain::text::refusal(v, true) {
        errors.add(field, code);
    }
    v.replace("\r\n", "\n")
}

fn date(errors: &mut ValidationErrors, field: &'static str, value: &str, allow_ongoing: bool) -> String {
    let v = value.trim();
    let year_ok = |y: &str| y.len() == 4 && y.parse::<u16>().is_ok_and(|y| (1900..=2100).contains(&y));
    let ok = v.is_empty()
        || (allow_ongoing && v.eq_ignore_ascii_case("ongoing"))
        || year_ok(v)
        || v.split_once('-')
            .is_some_and(|(y, m)| year_ok(y) && m.len() == 2 && m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m)));
    if !ok {
        errors.add(field, "practice-date-invalid");
    }
    if allow_ongoing && v.eq_ignore_ascii_case("ongoing") {
        "ongoing".to_string()
    } else {
        v.to_string()
    }
}

/// Splits on commas, the Latin one and the Arabic one (،) alike.
fn list(errors: &mut ValidationErrors, field: &'static str, value: &str) -> Vec<String> {
    let items: Vec<String> =
        value.split([',', '،']).map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect();
    if items.len() > MAX_LIST
        || items.iter().any(|i| i.chars().count() > MAX_WORD || bridges_domain::text::refusal(i, false).is_some())
    {
        errors.add(field, "practice-list-invalid");
    }
    items
}

impl PracticeForm {
    /// Builds the form from submitted `(name, value)` pairs; `frameworks` may repeat.
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let mut f = PracticeForm::default();
        for (k, v) in pairs {
            let slot = match k.as_str() {
                "title" => &mut f.title,
                "country" => &mut f.country,
                "area" => &mut f.area,
                "start" => &mut f.start,
                "end" => &mut f.end,
                "promoter" => &mut f.promoter,
                "summary" => &mut f.summary,
                "challenge" => &mut f.challenge,
                "how_it_works" => &mut f.how_it_works,
                "results" => &mut f.results,
                "evaluation" => &mut f.evaluation,
                "beneficiaries" => &mut f.beneficiaries,
                "beneficiaries_count" => &mut f.beneficiaries_count,
                "funding" => &mut f.funding,
                "links" => &mut f.links,
                "language" => &mut f.language,
                "target_groups" => &mut f.target_groups,
                "themes" => &mut f.themes,
                "lessons" => &mut f.lessons,
                "frameworks" => {
                    if f.frameworks.len() <= 200 {
                        f.frameworks.push(v.clone());
                    }
                    continue;
                }
                _ => continue,
            };
            *slot = v.clone();
        }
        f
    }

    /// The form filled from a record, for editing.
    pub fn from_practice(p: &Practice) -> Self {
        Self {
            title: p.title.clone(),
            country: p.country.clone(),
            area: p.area.clone(),
            start: p.start.clone(),
            end: p.end.clone(),
            promoter: p.promoter.clone(),
            summary: p.summary.clone(),
            challenge: p.challenge.clone(),
            how_it_works: p.how_it_works.clone(),
            results: p.results.clone(),
            evaluation: p.evaluation.clone(),
            beneficiaries: p.beneficiaries.clone(),
            beneficiaries_count: p.beneficiaries_count.map(|n| n.to_string()).unwrap_or_default(),
            funding: p.funding.clone(),
            links: p.links.join("\n"),
            language: p.language.clone(),
            target_groups: p.target_groups.join(", "),
            themes: p.themes.join(", "),
            frameworks: p.frameworks.clone(),
            lessons: p.lessons.clone(),
        }
    }

    /// Checks every field and reports every problem; `id` is the record's id.
    pub fn validate(&self, id: &str, known: &FrameworkSet) -> Result<Practice, ValidationErrors> {
        let mut e = ValidationErrors::new();
        let title = text(&mut e, "title", &self.title, MAX_SHORT, true);
        let country = self.country.trim();
        let country = if country.is_empty() {
            String::new()
        } else {
            e.check("country", CountryCode::parse(country)).map(|c| c.to_string()).unwrap_or_default()
        };
        let area = text(&mut e, "area", &self.area, MAX_SHORT, false);
        let start = date(&mut e, "start", &self.start, false);
        let end = date(&mut e, "end", &self.end, true);
        let promoter = text(&mut e, "promoter", &self.promoter, MAX_SHORT, false);
        let summary = text(&mut e, "summary", &self.summary, MAX_LONG, false);
        let challenge = text(&mut e, "challenge", &self.challenge, MAX_LONG, false);
        let how_it_works = text(&mut e, "how_it_works", &self.how_it_works, MAX_LONG, false);
        let results = text(&mut e, "results", &self.results, MAX_LONG, false);
        let evaluation = text(&mut e, "evaluation", &self.evaluation, MAX_LONG, false);
        let beneficiaries = text(&mut e, "beneficiaries", &self.beneficiaries, MAX_LONG, false);
        let beneficiaries_count = match self.beneficiaries_count.trim() {
            "" => None,
            n => match n.parse::<u64>() {
                Ok(n) if n <= 1_000_000_000 => Some(n),
                _ => {
                    e.add("beneficiaries_count", "practice-count-invalid");
                    None
                }
            },
        };
        let funding = text(&mut e, "funding", &self.funding, MAX_LONG, false);
        let links: Vec<String> =
            self.links.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect();
        if links.len() > MAX_LIST
            || links.iter().any(|l| {
                l.len() > MAX_LINK
                    || !(l.starts_with("https://") || l.starts_with("http://"))
                    || l.chars().any(|c| {
                        c.is_whitespace()
                            || c.is_control()
                            || bridges_domain::text::is_invisible(c)
                            || matches!(c, '"' | '<' | '>')
                    })
            })
        {
            e.add("links", "practice-links-invalid");
        }
        let language =
            e.check("language", Language::parse(if self.language.trim().is_empty() { "en" } else { &self.language }));
        let target_groups = list(&mut e, "target_groups", &self.target_groups);
        let themes = list(&mut e, "themes", &self.themes);
        let mut frameworks: Vec<String> = Vec::new();
        for raw in &self.frameworks {
            match FrameworkRef::parse(raw) {
                Some(r) if known.item_exists(&r) => {
                    if !frameworks.contains(&r.to_string()) {
                        frameworks.push(r.to_string());
                    }
                }
                _ => {
                    e.add("frameworks", "practice-framework-invalid");
                    break;
                }
            }
        }
        let lessons = text(&mut e, "lessons", &self.lessons, MAX_LONG, false);
        e.into_result()?;
        let year = start.get(..4).and_then(|y| y.parse().ok());
        Ok(Practice {
            id: id.to_string(),
            title,
            countries: if country.is_empty() { Vec::new() } else { vec![country.clone()] },
            country,
            area,
            start,
            end,
            promoter,
            summary,
            challenge,
            how_it_works,
            results,
            evaluation,
            beneficiaries,
            beneficiaries_count,
            funding,
            links,
            language: language.map(|l| l.code().to_string()).unwrap_or_default(),
            target_groups,
            themes,
            frameworks,
            year,
            lessons,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library() -> crate::Library {
        crate::Library::embedded().unwrap()
    }

    #[test]
    fn a_good_draft_passes_and_an_empty_title_does_not() {
        let form = PracticeForm {
            title: "  Kitchen table conversations ".into(),
            country: "it".into(),
            start: "2024-03".into(),
            end: "Ongoing".into(),
            links: "https://example.org/a\n\n".into(),
            themes: "Buddy, cooking".into(),
            target_groups: "نساء، شباب".into(),
            frameworks: vec!["eu-cbp:7".into(), "eu-cbp:7".into()],
            ..PracticeForm::default()
        };
        let p = form.validate("x", &library().frameworks_with(vec![])).unwrap();
        assert_eq!(p.title, "Kitchen table conversations");
        assert_eq!(p.country, "IT");
        assert_eq!(p.end, "ongoing");
        assert_eq!(p.year, Some(2024));
        assert_eq!(p.themes, ["buddy", "cooking"]);
        assert_eq!(p.target_groups, ["نساء", "شباب"]);
        assert_eq!(p.frameworks, ["eu-cbp:7"]);
        assert_eq!(p.language, "en");
        assert_eq!(PracticeForm::from_practice(&p).validate("x", &library().frameworks_with(vec![])).unwrap(), p);

        let errors = PracticeForm::default().validate("x", &library().frameworks_with(vec![])).unwrap_err();
        assert_eq!(errors.for_field("title").map(|e| e.code), Some("practice-field-missing"));
    }

    #[test]
    fn every_bad_field_is_named() {
        let form = PracticeForm {
            title: "x".repeat(MAX_SHORT + 1),
            country: "Narnia".into(),
            start: "last spring".into(),
            end: "2024-13".into(),
            summary: "a\u{7}b".into(),
            beneficiaries_count: "-3".into(),
            links: "javascript:alert(1)".into(),
            language: "tlh".into(),
            themes: "a,".repeat(40),
            frameworks: vec!["eu-cbp:99".into()],
            lessons: "x".repeat(MAX_LONG + 1),
            ..PracticeForm::default()
        };
        let errors = form.validate("x", &library().frameworks_with(vec![])).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "title",
                "country",
                "start",
                "end",
                "summary",
                "beneficiaries_count",
                "links",
                "language",
                "themes",
                "frameworks",
                "lessons"
            ]
        );
    }
}
