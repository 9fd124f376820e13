//! Logging activities: one parser for the form, the API and the import, so each says the same about
//! the same input.

use crate::{Result, Services};
use bridges_domain::measure::ActivityKind;
use bridges_domain::policy::{LogActivities, ReadMeasures};
use bridges_domain::{check_text, ActivityId, ProgrammeId, ProjectId, ValidationErrors};
use bridges_store::{Counts, Grant, NewActivity, Scope, StoredActivity};
use chrono::NaiveDate;

pub const MAX_TITLE: usize = 200;
pub const MAX_PLACE: usize = 200;
pub const MAX_NOTES: usize = 4_000;
/// Largest count one activity may report: a festival, not a typo of six zeros.
pub const MAX_COUNT: u32 = 100_000;
/// Longest activity, in minutes (a residential training of a week).
pub const MAX_MINUTES: u32 = 10_080;

/// The fields an activity is entered with, by name, as the form, the API and a spreadsheet's columns
/// call them.
pub const FIELDS: [&str; 23] = [
    "date",
    "time",
    "activity_kind",
    "title",
    "duration_minutes",
    "place",
    "project",
    "topics",
    "languages",
    "attendees",
    "arriving",
    "receiving",
    "women",
    "men",
    "gender_another",
    "age_under_18",
    "age_18_25",
    "age_26_64",
    "age_65_plus",
    "volunteers",
    "volunteer_hours",
    "notes",
    "programme",
];

fn parse_count(e: &mut ValidationErrors, field: &'static str, value: &str) -> u32 {
    if value.is_empty() {
        return 0;
    }
    match value.parse::<u32>() {
        Ok(n) if n <= MAX_COUNT => n,
        _ => {
            e.add(field, "count-invalid");
            0
        }
    }
}

/// A comma-separated list of short codes (languages, topics), each checked.
pub fn parse_codes(e: &mut ValidationErrors, field: &'static str, value: &str, max_items: usize) -> Vec<String> {
    let mut codes: Vec<String> =
        value.split([',', ';']).map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect();
    codes.sort();
    codes.dedup();
    let valid = |c: &String| {
        c.len() <= 60 && c.chars().all(|ch| ch.is_alphanumeric() || matches!(ch, '-' | ':' | '_' | '.' | ' '))
    };
    if codes.len() > max_items || !codes.iter().all(valid) {
        e.add(field, "codes-invalid");
        return Vec::new();
    }
    codes
}

/// "HH:MM", or empty.
fn parse_time(e: &mut ValidationErrors, value: &str) -> String {
    if value.is_empty() {
        return String::new();
    }
    match chrono::NaiveTime::parse_from_str(value, "%H:%M") {
        Ok(t) => t.format("%H:%M").to_string(),
        Err(_) => {
            e.add("time", "time-invalid");
            String::new()
        }
    }
}

/// Parses one activity from named fields (`get(name)` gives the trimmed value, empty if absent).
/// `project` is resolved by the caller (a project's id in the form, a title in a spreadsheet).
pub fn parse_activity(
    get: impl Fn(&str) -> String,
    project: Option<ProjectId>,
) -> Result<NewActivity, ValidationErrors> {
    let mut e = ValidationErrors::new();
    let occurred_on = NaiveDate::parse_from_str(&get("date"), "%Y-%m-%d").ok();
    match occurred_on {
        None => e.add("date", "date-invalid"),
        Some(d) if !(2000..=2100).contains(&chrono::Datelike::year(&d)) => e.add("date", "date-invalid"),
        Some(_) => {}
    }
    let starts_at = parse_time(&mut e, &get("time"));
    let kind = ActivityKind::parse(&get("activity_kind"));
    if kind.is_none() {
        e.add("activity_kind", "activity-kind-invalid");
    }
    let title = get("title");
    check_text(&mut e, "title", &title, MAX_TITLE, true);
    let minutes = match get("duration_minutes").as_str() {
        "" => 0,
        m => match m.parse::<u32>() {
            Ok(m) if m <= MAX_MINUTES => m,
            _ => {
                e.add("duration_minutes", "duration-invalid");
                0
            }
        },
    };
    let place = get("place");
    check_text(&mut e, "place", &place, MAX_PLACE, false);
    let notes = get("notes");
    check_text(&mut e, "notes", &notes, MAX_NOTES, false);
    let topics = parse_codes(&mut e, "topics", &get("topics"), 20);
    let languages = parse_codes(&mut e, "languages", &get("languages"), 50);
    let mut counts = [0u32; 12];
    // The counts are the fields from "attendees" to "volunteers", in the store's order.
    let names = &FIELDS[9..20];
    for (slot, name) in counts.iter_mut().zip(names.iter().copied()) {
        *slot = parse_count(&mut e, name, &get(name));
    }
    counts[11] = match get("volunteer_hours").replace(',', ".").as_str() {
        "" => 0,
        h => match h.parse::<f64>() {
            Ok(h) if h.is_finite() && (0.0..=f64::from(MAX_MINUTES)).contains(&h) => (h * 60.0).round() as u32,
            _ => {
                e.add("volunteer_hours", "hours-invalid");
                0
            }
        },
    };
    let counts = Counts::from_values(counts);
    // Each breakdown is a part of the attendance: its groups cannot add up to more.
    let c = counts;
    for (field, sum) in [
        ("receiving", c.arriving + c.receiving),
        ("gender_another", c.women + c.men + c.gender_another),
        ("age_65_plus", c.age_under_18 + c.age_18_25 + c.age_26_64 + c.age_65_plus),
    ] {
        if sum > c.attendees {
            e.add(field, "breakdown-exceeds-attendees");
        }
    }
    e.into_result()?;
    Ok(NewActivity {
        project,
        programme: None,
        series: None,
        kind: kind.unwrap_or(ActivityKind::Other),
        title,
        occurred_on: occurred_on.unwrap_or_default(),
        starts_at,
        minutes,
        place,
        topics,
        languages,
        notes,
        counts,
    })
}

/// Parses an activity whose project and programme are given by id, as the form and the API give
/// them (an import names them by title instead).
pub fn parse_activity_by_ids(get: impl Fn(&str) -> String) -> Result<NewActivity, ValidationErrors> {
    let mut e = ValidationErrors::new();
    let project = crate::measure::optional_id(&mut e, "project", &get("project"));
    let programme = crate::measure::optional_id(&mut e, "programme", &get("programme"));
    match parse_activity(&get, project) {
        Ok(activity) if e.is_empty() => Ok(for_programme(activity, programme)),
        Ok(_) => Err(e),
        Err(errors) => {
            for f in errors.iter() {
                e.add(f.field, f.code);
            }
            Err(e)
        }
    }
}

pub async fn log(
    services: &Services,
    grant: &Grant<LogActivities>,
    activities: &[NewActivity],
) -> Result<Vec<ActivityId>> {
    Ok(services.store().log_activities(grant, activities, services.now()).await?)
}

pub async fn delete(services: &Services, grant: &Grant<LogActivities>, id: ActivityId) -> Result<()> {
    Ok(services.store().delete_activity(grant, id).await?)
}

/// A page of the log, newest first, and how many activities the scope holds.
pub async fn list(
    services: &Services,
    grant: &Grant<ReadMeasures>,
    scope: Scope,
    offset: u64,
    limit: u64,
) -> Result<(Vec<StoredActivity>, u64)> {
    Ok(services.store().activities(grant, scope, offset, limit).await?)
}

/// The programme an activity belongs to is not asked on the form: an activity logged from a
/// programme's page carries it.
pub fn for_programme(mut activity: NewActivity, programme: Option<ProgrammeId>) -> NewActivity {
    activity.programme = programme;
    activity
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get<'a>(fields: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> String + 'a {
        move |k| fields.iter().find(|(n, _)| *n == k).map(|(_, v)| v.trim().to_string()).unwrap_or_default()
    }

    #[test]
    fn a_session_is_parsed_with_its_breakdowns_and_hours() {
        let a = parse_activity(
            get(&[
                ("date", "2026-03-05"),
                ("time", "18:30"),
                ("activity_kind", "Session"),
                ("title", "Language café"),
                ("attendees", "14"),
                ("arriving", "9"),
                ("receiving", "5"),
                ("volunteers", "3"),
                ("volunteer_hours", "4,5"),
                ("languages", "ar, en,EN"),
            ]),
            None,
        )
        .unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!(a.kind, ActivityKind::Session);
        assert_eq!(a.counts.volunteer_minutes, 270);
        assert_eq!(a.languages, vec!["ar".to_string(), "en".to_string()]);
    }

    #[test]
    fn every_bad_field_is_named() {
        let errors = parse_activity(
            get(&[
                ("date", "2026-02-30"),
                ("activity_kind", "party"),
                ("attendees", "3"),
                ("arriving", "4"),
                ("men", "-1"),
            ]),
            None,
        )
        .err()
        .unwrap_or_default();
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        for f in ["date", "activity_kind", "title", "receiving", "men"] {
            assert!(fields.contains(&f), "{f} in {fields:?}");
        }
    }
}
