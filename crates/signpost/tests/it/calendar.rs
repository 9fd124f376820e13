//! A service's hours as iCalendar: exact text for a weekly and a monthly service, and every RRULE
//! written read back by the `rrule` crate to the days `OpenRule` says the service is open.

use crate::hours::{case, first_day, schedule as case_schedule, straddles_the_new_year};
use crate::hsds::example;
use bridges_signpost::{calendar, json, Dataset, HsdsId, Kind, OpenRule, Record, Value};
use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::London;
use chrono_tz::Tz;
use proptest::prelude::*;
use serde_json::json;

const SERVICE: &str = "00000000-0000-4000-8000-00000000000a";

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 4, 12, 0, 0).unwrap()
}

fn read(document: serde_json::Value) -> Dataset {
    json::read(&serde_json::to_vec(&document).unwrap()).unwrap_or_else(|e| panic!("{:#?}", e.problems())).dataset
}

/// A service at one place, with the schedules given.
fn service(name: &str, schedules: serde_json::Value) -> Dataset {
    read(json!({
        "id": SERVICE,
        "name": name,
        "status": "active",
        "url": "https://advice.example.org/clinic",
        "schedules": schedules,
        "service_at_locations": [{
            "id": "00000000-0000-4000-8000-00000000000b",
            "location": {
                "id": "00000000-0000-4000-8000-00000000000c",
                "location_type": "physical",
                "name": "Riverside Hub",
                "addresses": [{
                    "id": "00000000-0000-4000-8000-00000000000d",
                    "address_1": "14 Wharf Lane",
                    "city": "Riverside",
                    "state_province": "West Riverside",
                    "postal_code": "RV1 2AB",
                    "country": "GB",
                    "address_type": "physical"
                }]
            }
        }]
    }))
}

fn id(text: &str) -> HsdsId {
    HsdsId::parse(text).unwrap()
}

fn ics(dataset: &Dataset) -> String {
    calendar(dataset, id(SERVICE), London, "bridges.example.org", now()).unwrap()
}

#[test]
fn snapshot_of_a_weekly_service() {
    let dataset = service(
        "English classes, beginners",
        json!([{
            "id": "00000000-0000-4000-8000-000000000001",
            "wkst": "MO", "freq": "WEEKLY", "interval": 1, "byday": "TU,TH",
            "dtstart": "2026-03-02", "valid_to": "2026-07-17",
            "description": "Tuesday and Thursday mornings, 09:30 to 12:00.",
            "attending_type": "In person",
            "notes": "No classes during school holidays.",
            "opens_at": "09:30", "closes_at": "12:00"
        }]),
    );
    // dtstart is a Monday the rule does not fall on: the first class is Tuesday 3 March. The
    // last day ends at 23:59:59 British Summer Time.
    let expected = "BEGIN:VCALENDAR\r\n\
        VERSION:2.0\r\n\
        PRODID:-//bridges//Signpost//EN\r\n\
        CALSCALE:GREGORIAN\r\n\
        X-WR-CALNAME:English classes\\, beginners\r\n\
        X-WR-TIMEZONE:Europe/London\r\n\
        BEGIN:VEVENT\r\n\
        UID:00000000-0000-4000-8000-000000000001@bridges.example.org\r\n\
        DTSTAMP:20261204T120000Z\r\n\
        DTSTART;TZID=Europe/London:20260303T093000\r\n\
        DURATION:PT2H30M\r\n\
        SUMMARY:English classes\\, beginners\r\n\
        DESCRIPTION:Tuesday and Thursday mornings\\, 09:30 to 12:00.\\nIn person\\nNo \r\n classes during school holidays.\r\n\
        LOCATION:14 Wharf Lane\\, Riverside\\, RV1 2AB\r\n\
        URL:https://advice.example.org/clinic\r\n\
        RRULE:FREQ=WEEKLY;BYDAY=TU,TH;WKST=MO;UNTIL=20260717T225959Z\r\n\
        END:VEVENT\r\n\
        END:VCALENDAR\r\n";
    assert_eq!(ics(&dataset), expected);
}

#[test]
fn snapshot_of_a_monthly_service() {
    let dataset = service(
        "Welcome walk",
        json!([{
            "id": "00000000-0000-4000-8000-000000000002",
            "freq": "MONTHLY", "byday": "1SA",
            "description": "First Saturday of the month; meet at the Hub.",
            "schedule_link": "https://walks.example.org/dates",
            "opens_at": "10:30", "closes_at": "13:00"
        }, {
            "id": "00000000-0000-4000-8000-000000000003",
            "freq": "MONTHLY", "bymonthday": "-1", "interval": 2, "dtstart": "2026-01-31",
            "opens_at": "22:00", "closes_at": "02:00"
        }]),
    );
    // Without a first day the walks start from today (Friday 4 December 2026): the next day is
    // the first Saturday of December. The night walk runs past midnight, so it lasts four hours.
    let expected = "BEGIN:VCALENDAR\r\n\
        VERSION:2.0\r\n\
        PRODID:-//bridges//Signpost//EN\r\n\
        CALSCALE:GREGORIAN\r\n\
        X-WR-CALNAME:Welcome walk\r\n\
        X-WR-TIMEZONE:Europe/London\r\n\
        BEGIN:VEVENT\r\n\
        UID:00000000-0000-4000-8000-000000000002@bridges.example.org\r\n\
        DTSTAMP:20261204T120000Z\r\n\
        DTSTART;TZID=Europe/London:20261205T103000\r\n\
        DURATION:PT2H30M\r\n\
        SUMMARY:Welcome walk\r\n\
        DESCRIPTION:First Saturday of the month\\; meet at the Hub.\r\n\
        LOCATION:14 Wharf Lane\\, Riverside\\, RV1 2AB\r\n\
        URL:https://walks.example.org/dates\r\n\
        RRULE:FREQ=MONTHLY;BYDAY=1SA\r\n\
        END:VEVENT\r\n\
        BEGIN:VEVENT\r\n\
        UID:00000000-0000-4000-8000-000000000003@bridges.example.org\r\n\
        DTSTAMP:20261204T120000Z\r\n\
        DTSTART;TZID=Europe/London:20260131T220000\r\n\
        DURATION:PT4H\r\n\
        SUMMARY:Welcome walk\r\n\
        LOCATION:14 Wharf Lane\\, Riverside\\, RV1 2AB\r\n\
        URL:https://advice.example.org/clinic\r\n\
        RRULE:FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1\r\n\
        END:VEVENT\r\n\
        END:VCALENDAR\r\n";
    assert_eq!(ics(&dataset), expected);
}

/// The events of a calendar, unfolded, as (DTSTART line, RRULE line) pairs.
fn events(ics: &str) -> Vec<(String, Option<String>)> {
    let unfolded = ics.replace("\r\n ", "");
    unfolded
        .split("BEGIN:VEVENT\r\n")
        .skip(1)
        .map(|event| {
            let line = |key: &str| event.lines().find(|l| l.starts_with(key)).map(str::to_string);
            (line("DTSTART").unwrap(), line("RRULE:"))
        })
        .collect()
}

/// The first `n` days a calendar's events fall on (in each start's own zone), all events
/// together, as the `rrule` crate expands them.
fn reference_days(ics: &str, n: usize) -> Vec<NaiveDate> {
    let mut days = Vec::new();
    for (start, rule) in events(ics) {
        let text = match &rule {
            Some(rule) => format!("{start}\n{rule}"),
            None => format!("{start}\nRRULE:FREQ=DAILY;COUNT=1"),
        };
        let set: rrule::RRuleSet = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
        days.extend(set.all(n as u16).dates.iter().map(|d| d.date_naive()));
    }
    days.sort();
    days.dedup();
    days.truncate(n);
    days
}

/// How far the days are compared: a century, as far as the calendar looks for a first day.
const HORIZON_DAYS: u64 = 36_525;

/// The reference's days within the horizon from `from`.
fn within(mut days: Vec<NaiveDate>, from: NaiveDate) -> Vec<NaiveDate> {
    days.retain(|d| *d < from + Days::new(HORIZON_DAYS));
    days
}

/// The first `n` days on or after `from` a schedule is open on, as `OpenRule` says.
fn open_days(schedule: &Record, from: NaiveDate, n: usize, tz: Tz) -> Vec<NaiveDate> {
    let rule = OpenRule::compile(schedule).unwrap();
    from.iter_days()
        .take(HORIZON_DAYS as usize)
        .filter(|d| if rule.has_fixed_offset() { rule.falls_on(*d) } else { rule.is_open_on(*d, tz) })
        .take(n)
        .collect()
}

#[test]
fn the_reference_misses_a_negative_week_that_starts_in_december() {
    // In 2030 and 2031 (52 weeks each) week -52 is week 1, which starts on Monday 31 December
    // 2029 and Monday 30 December 2030; RFC 5545 numbers weeks so and `OpenRule` falls on both.
    // The `rrule` crate checks the next year's first week only for a positive 1, so it skips
    // them: the property test leaves such weeks to this pinned case.
    let set: rrule::RRuleSet =
        "DTSTART;TZID=Europe/London:20290101T090000\nRRULE:FREQ=YEARLY;BYWEEKNO=-52;BYDAY=MO".parse().unwrap();
    let theirs: Vec<String> = set.all(2).dates.iter().map(|d| d.date_naive().to_string()).collect();
    assert_eq!(theirs, ["2029-01-01", "2032-01-05"]);
    let ours = schedule(&[
        ("freq", "WEEKLY"),
        ("byday", "MO"),
        ("byweekno", "-52"),
        ("opens_at", "09:00"),
        ("closes_at", "17:00"),
    ]);
    let days: Vec<String> = open_days(&ours, NaiveDate::from_ymd_opt(2029, 1, 1).unwrap(), 4, London)
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert_eq!(days, ["2029-01-01", "2029-12-31", "2030-12-30", "2032-01-05"]);
    let ics = ics(&with_schedule(ours));
    assert!(ics.contains("RRULE:FREQ=YEARLY;BYWEEKNO=-52;BYDAY=MO\r\n"), "{ics}");
}

/// A dataset of one service and this schedule of it.
fn with_schedule(mut schedule: Record) -> Dataset {
    let mut dataset = Dataset::new();
    let mut service = Record::new(Kind::Service, id(SERVICE));
    let object = Kind::Service.object();
    service.set(object.field_index("name").unwrap(), Some(Value::Text("S".into())));
    service.set(object.field_index("status").unwrap(), Some(Value::Text("active".into())));
    dataset.insert(service).unwrap();
    let link = Kind::Schedule.object().field_index("service_id").unwrap();
    schedule.set(link, Some(Value::Id(id(SERVICE))));
    dataset.insert(schedule).unwrap();
    dataset
}

fn schedule(parts: &[(&str, &str)]) -> Record {
    let mut record = Record::new(Kind::Schedule, id("00000000-0000-4000-8000-000000000001"));
    for (field, value) in parts {
        let index = Kind::Schedule.object().field_index(field).unwrap();
        let value = match *field {
            "interval" | "count" => Value::Number(value.parse().unwrap()),
            _ => Value::Text(value.to_string()),
        };
        record.set(index, Some(value));
    }
    record
}

/// Writes the schedule's calendar and checks the reference expands it to `OpenRule`'s days.
fn agrees(parts: &[(&str, &str)], from: &str) -> String {
    let record = schedule(parts);
    let ics = ics(&with_schedule(record.clone()));
    let from = NaiveDate::parse_from_str(from, "%Y-%m-%d").unwrap();
    let ours = open_days(&record, from, 20, London);
    assert!(!ours.is_empty(), "{parts:?} is open on no day");
    assert_eq!(within(reference_days(&ics, 20), from), ours, "{ics}");
    ics
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// The rules `hours`' test generates: weekly and monthly, intervals, wkst, ordinals, month
    /// days, weeks of the year, count or until.
    #[test]
    fn every_rrule_gives_the_days_open_rule_gives(case in case()) {
        prop_assume!(case.byweekno.iter().all(|&w| w > -52), "pinned apart: the reference's reading");
        let record = case_schedule(&case);
        let ics = ics(&with_schedule(record.clone()));
        let mut ours = open_days(&record, first_day(&case), 20, London);
        let mut theirs = within(reference_days(&ics, 20), first_day(&case));
        if !case.byweekno.is_empty() {
            // Days around the new year are left to the hand-made cases (see
            // `straddles_the_new_year`); each side lists its first 20 days, so the rest is
            // compared as far as both reach.
            ours.retain(|d| !straddles_the_new_year(&case, d));
            theirs.retain(|d| !straddles_the_new_year(&case, d));
            let both = ours.len().min(theirs.len());
            ours.truncate(both);
            theirs.truncate(both);
        }
        prop_assert_eq!(theirs, ours, "{}", ics);
    }
}

#[test]
fn rules_hsds_allows_and_rfc_5545_reads_otherwise_are_rewritten() {
    let hours = [("opens_at", "09:00"), ("closes_at", "17:00")];
    let parts = |extra: &[(&'static str, &'static str)]| hours.iter().chain(extra).copied().collect::<Vec<_>>();

    // A list mixing plain and numbered weekdays: two events, each read alike everywhere.
    let ics = agrees(&parts(&[("freq", "MONTHLY"), ("byday", "TU,2MO"), ("dtstart", "2026-03-01")]), "2026-03-01");
    assert!(ics.contains("RRULE:FREQ=MONTHLY;BYDAY=TU\r\n") && ics.contains("RRULE:FREQ=MONTHLY;BYDAY=2MO\r\n"));
    assert!(ics.contains("UID:00000000-0000-4000-8000-000000000001-2@bridges.example.org\r\n"));

    // Weeks of the year: YEARLY, with the weekday of dtstart when byday is not given.
    let ics = agrees(&parts(&[("freq", "WEEKLY"), ("byweekno", "1,-1"), ("dtstart", "2026-01-07")]), "2026-01-07");
    assert!(ics.contains("RRULE:FREQ=YEARLY;BYWEEKNO=1,-1;BYDAY=WE\r\n"), "{ics}");
    // …but not with an interval, which OpenRule ignores them with.
    let ics = agrees(
        &parts(&[
            ("freq", "WEEKLY"),
            ("byday", "MO"),
            ("byweekno", "10"),
            ("interval", "2"),
            ("dtstart", "2026-01-05"),
        ]),
        "2026-01-05",
    );
    assert!(ics.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO\r\n"), "{ics}");

    // Parts RFC 5545 forbids with the frequency are left out.
    let ics =
        agrees(&parts(&[("freq", "WEEKLY"), ("byday", "TU"), ("bymonthday", "1"), ("byyearday", "3")]), "2026-12-04");
    assert!(ics.contains("RRULE:FREQ=WEEKLY;BYDAY=TU\r\n"), "{ics}");

    // No freq: byday alone is weekly, bymonthday alone monthly, neither a single day.
    assert!(agrees(&parts(&[("byday", "SA")]), "2026-12-04").contains("RRULE:FREQ=WEEKLY;BYDAY=SA\r\n"));
    assert!(agrees(&parts(&[("bymonthday", "15")]), "2026-12-04").contains("RRULE:FREQ=MONTHLY;BYMONTHDAY=15\r\n"));
    let once = agrees(&parts(&[("dtstart", "2026-03-07")]), "2026-03-01");
    assert!(once.contains("DTSTART;TZID=Europe/London:20260307T090000\r\n") && !once.contains("RRULE"));

    // COUNT alone stays COUNT; with another bound, or moved by valid_from, it becomes UNTIL.
    let ics = agrees(
        &parts(&[("freq", "WEEKLY"), ("byday", "TU,TH"), ("dtstart", "2026-03-04"), ("count", "3")]),
        "2026-03-01",
    );
    assert!(ics.contains(";COUNT=3\r\n") && !ics.contains("UNTIL"), "{ics}");
    let ics = agrees(
        &parts(&[
            ("freq", "WEEKLY"),
            ("byday", "TU,TH"),
            ("dtstart", "2026-03-04"),
            ("count", "3"),
            ("valid_from", "2026-03-06"),
        ]),
        "2026-03-01",
    );
    assert!(ics.contains("DTSTART;TZID=Europe/London:20260310T090000\r\n"), "{ics}");
    assert!(ics.contains(";UNTIL=20260312T235959Z\r\n") && !ics.contains("COUNT"), "{ics}");
    let ics = agrees(
        &parts(&[
            ("freq", "WEEKLY"),
            ("byday", "TU"),
            ("dtstart", "2026-03-01"),
            ("count", "5"),
            ("until", "2026-03-12"),
        ]),
        "2026-03-01",
    );
    assert!(ics.contains(";UNTIL=20260312T235959Z\r\n") && !ics.contains("COUNT"), "{ics}");
    // The earlier of until and valid_to, at the end of that day in summer time.
    let ics = agrees(
        &parts(&[
            ("freq", "WEEKLY"),
            ("byday", "FR"),
            ("dtstart", "2026-06-01"),
            ("until", "2026-08-30"),
            ("valid_to", "2026-08-01"),
        ]),
        "2026-06-01",
    );
    assert!(ics.contains(";UNTIL=20260801T225959Z\r\n"), "{ics}");

    // Times with Z are in UTC; with a whole-hour offset, in that offset's zone.
    let ics =
        agrees(&[("freq", "WEEKLY"), ("byday", "MO"), ("opens_at", "09:00Z"), ("closes_at", "17:00Z")], "2026-12-04");
    assert!(ics.contains("DTSTART:20261207T090000Z\r\n"), "{ics}");
    let ics = agrees(
        &[("freq", "WEEKLY"), ("byday", "TU"), ("opens_at", "01:00+02:00"), ("closes_at", "03:00+02:00")],
        "2026-12-04",
    );
    assert!(ics.contains("DTSTART;TZID=Etc/GMT-2:20261208T010000\r\n"), "{ics}");
}

#[test]
fn schedules_that_give_no_days_or_hours_are_left_out() {
    let dataset = with_schedule(schedule(&[("freq", "WEEKLY"), ("byday", "MO")]));
    assert!(!ics(&dataset).contains("BEGIN:VEVENT"), "no hours");
    let ended = with_schedule(schedule(&[
        ("freq", "WEEKLY"),
        ("byday", "MO"),
        ("dtstart", "2026-03-04"),
        ("until", "2026-03-08"),
        ("opens_at", "09:00"),
        ("closes_at", "17:00"),
    ]));
    assert!(!ics(&ended).contains("BEGIN:VEVENT"), "no Monday in its window");
    let unknown = calendar(&ended, id("00000000-0000-4000-8000-0000000000ff"), London, "h", now());
    assert_eq!(unknown, None);
}

#[test]
fn a_long_description_with_commas_and_semicolons_is_escaped_and_folded() {
    let words = "Bring your passport, BRP or ARC; a letter from the Home Office, if you have one; \
                 and any papers from your solicitor, council or school. Interpreters: Arabic, Dari, Tigrinya.";
    let dataset = service(
        "Advice",
        json!([{ "id": "00000000-0000-4000-8000-000000000004", "byday": "SA", "description": words,
                 "opens_at": "10:00", "closes_at": "13:00" }]),
    );
    let ics = ics(&dataset);
    for raw in ics.split("\r\n") {
        assert!(raw.len() <= 75, "{} octets: {raw}", raw.len());
    }
    let escaped = words.replace(',', "\\,").replace(';', "\\;");
    assert!(ics.replace("\r\n ", "").contains(&format!("\r\nDESCRIPTION:{escaped}\r\n")), "{ics}");
    assert!(ics.matches("\r\n ").count() >= 2);
}

#[test]
fn the_official_example_gives_a_calendar_with_no_event() {
    // Its one schedule is valid for a single day, Saturday 1 January 2005, and falls on Thursdays
    // and Fridays of weeks 41 and 42 only: it is never open (OpenRule agrees), so it has no event.
    let dataset = json::read(&example("service_full.json")).unwrap().dataset;
    let service = dataset.of_kind(Kind::Service).next().unwrap().id();
    let ics = calendar(&dataset, service, London, "bridges.example.org", now()).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.contains("X-WR-CALNAME:Community Counselling\r\n"));
    assert!(!ics.contains("BEGIN:VEVENT"), "{ics}");
}

#[test]
fn every_service_of_the_demo_directory_has_its_hours_in_its_calendar() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content/demo/directory.json");
    let dataset = json::read(&std::fs::read(path).unwrap()).unwrap().dataset;
    let services: Vec<HsdsId> = dataset.of_kind(Kind::Service).map(|s| s.id()).collect();
    assert_eq!(services.len(), 12);
    for service in services {
        let ics = calendar(&dataset, service, London, "bridges.example.org", now()).unwrap();
        let schedules = dataset
            .of_kind(Kind::Schedule)
            .filter(|s| s.get("service_id").and_then(Value::as_id) == Some(service))
            .filter(|s| s.get("opens_at").is_some() && s.get("closes_at").is_some())
            .count();
        assert!(schedules > 0, "every demo service gives its hours");
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), schedules, "{ics}");
        assert!(
            ics.contains("LOCATION:")
                || !dataset
                    .of_kind(Kind::ServiceAtLocation)
                    .any(|sal| { sal.get("service_id").and_then(Value::as_id) == Some(service) })
        );
        let days = reference_days(&ics, 20);
        assert_eq!(days.len(), 20, "{ics}");
        assert!(days[0] >= NaiveDate::from_ymd_opt(2026, 12, 4).unwrap());
    }
}
