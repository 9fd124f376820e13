//! Opening hours against a reference: generated schedules are written as iCalendar recurrence
//! rules, expanded by the `rrule` crate for a year and a bit, and compared day by day with
//! [`OpenRule::falls_on`], then at instants through the year with [`OpenRule::is_open`] (which
//! crosses both changes of clocks in London).

use bridges_signpost::{HsdsId, Kind, OpenRule, Record, Value};
use chrono::{Datelike, Days, NaiveDate, TimeZone, Timelike};
use chrono_tz::Europe::London;
use proptest::prelude::*;
use std::collections::BTreeSet;

const WEEKDAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
/// How far after the first day the two are compared.
const HORIZON_DAYS: u64 = 430;

#[derive(Debug, Clone)]
pub struct Case {
    weekly: bool,
    interval: u32,
    /// Days after 1 January 2026.
    start: u64,
    wkst: usize,
    /// Weekdays with an ordinal (0 = none; only MONTHLY has others).
    byday: Vec<(i8, usize)>,
    bymonthday: Vec<i8>,
    /// WEEKLY with interval 1 only, as the calendar export can say it.
    pub byweekno: Vec<i8>,
    count: Option<u32>,
    /// Days after the first.
    until: Option<u64>,
}

fn signed(max: i8) -> impl Strategy<Value = i8> {
    prop_oneof![1..=max, -max..=-1]
}

pub fn case() -> impl Strategy<Value = Case> {
    let bound = prop_oneof![
        Just((None, None)),
        (1u32..40).prop_map(|c| (Some(c), None)),
        (0u64..400).prop_map(|u| (None, Some(u)))
    ];
    (any::<bool>(), 1u32..=3, 0u64..365, 0usize..7, bound).prop_flat_map(
        |(weekly, interval, start, wkst, (count, until))| {
            let byday = if weekly {
                proptest::collection::btree_set(0usize..7, 0..4)
                    .prop_map(|days| days.into_iter().map(|d| (0, d)).collect())
                    .boxed()
            } else {
                // The reference refuses -5 with MONTHLY, which RFC 5545 allows; and it reads a list
                // mixing plain and numbered weekdays (`TU,2MO`) as both at once, where RFC 5545 reads
                // either. The unit tests cover both; here a list is all plain or all numbered.
                let ordinal = prop_oneof![1i8..=5, -4i8..=-1];
                let numbered = proptest::collection::vec((ordinal, 0usize..7), 1..3);
                let plain = proptest::collection::vec((Just(0i8), 0usize..7), 0..3);
                prop_oneof![plain, numbered].boxed()
            };
            let bymonthday =
                if weekly { Just(Vec::new()).boxed() } else { proptest::collection::vec(signed(31), 0..3).boxed() };
            let byweekno = if weekly && interval == 1 {
                prop_oneof![2 => Just(Vec::new()), 1 => proptest::collection::vec(signed(53), 1..3)].boxed()
            } else {
                Just(Vec::new()).boxed()
            };
            (byday, bymonthday, byweekno).prop_map(move |(byday, bymonthday, byweekno)| Case {
                weekly,
                interval,
                start,
                wkst,
                byday,
                bymonthday,
                byweekno,
                count,
                until,
            })
        },
    )
}

/// Whether `day` is left to the hand-made cases (`the_last_week_of_a_year_runs_into_january`):
/// with weeks of the year, a day around the new year. The reference counts the weeks of the year
/// before with dateutil's formula, which gives 2026 (starting on a Thursday) 53 weeks when they
/// start on Sunday, where it has 52, and Wednesday 1 January 2031 no week 52 of 2030 when they
/// start on Friday: days of a week that straddles the new year are then misplaced.
pub fn straddles_the_new_year(case: &Case, day: &NaiveDate) -> bool {
    !case.byweekno.is_empty() && ((day.month() == 1 && day.day() <= 6) || (day.month() == 12 && day.day() >= 26))
}

pub fn first_day(case: &Case) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Days::new(case.start)
}

fn byday_text(byday: &[(i8, usize)]) -> String {
    byday
        .iter()
        .map(|&(n, d)| if n == 0 { WEEKDAYS[d].to_string() } else { format!("{n}{}", WEEKDAYS[d]) })
        .collect::<Vec<_>>()
        .join(",")
}

fn numbers_text(numbers: &[i8]) -> String {
    numbers.iter().map(i8::to_string).collect::<Vec<_>>().join(",")
}

pub fn schedule(case: &Case) -> Record {
    let mut record = Record::new(Kind::Schedule, HsdsId::parse("00000000-0000-4000-8000-000000000001").unwrap());
    let mut put = |field: &str, value: Value| {
        let index = Kind::Schedule.object().field_index(field).unwrap();
        record.set(index, Some(value));
    };
    let text = |t: String| Value::Text(t);
    put("freq", text(if case.weekly { "WEEKLY" } else { "MONTHLY" }.into()));
    put("interval", Value::Number(case.interval.into()));
    put("dtstart", text(first_day(case).to_string()));
    put("wkst", text(WEEKDAYS[case.wkst].into()));
    if !case.byday.is_empty() {
        put("byday", text(byday_text(&case.byday)));
    }
    if !case.bymonthday.is_empty() {
        put("bymonthday", text(numbers_text(&case.bymonthday)));
    }
    if !case.byweekno.is_empty() {
        put("byweekno", text(numbers_text(&case.byweekno)));
    }
    if let Some(count) = case.count {
        put("count", Value::Number(count.into()));
    }
    if let Some(until) = case.until {
        put("until", text((first_day(case) + Days::new(until)).to_string()));
    }
    put("opens_at", text("09:00".into()));
    put("closes_at", text("17:00".into()));
    record
}

/// The same rule as RFC 5545 writes it (a weekly rule with weeks of the year as a yearly one,
/// on the same days, as the calendar export will).
fn icalendar(case: &Case) -> String {
    let start = first_day(case);
    let mut parts = Vec::new();
    if case.byweekno.is_empty() {
        parts.push(format!("FREQ={}", if case.weekly { "WEEKLY" } else { "MONTHLY" }));
        parts.push(format!("INTERVAL={}", case.interval));
    } else {
        parts.push("FREQ=YEARLY".to_string());
        parts.push(format!("BYWEEKNO={}", numbers_text(&case.byweekno)));
    }
    parts.push(format!("WKST={}", WEEKDAYS[case.wkst]));
    let mut byday = case.byday.clone();
    if !case.byweekno.is_empty() && byday.is_empty() {
        byday.push((0, start.weekday().num_days_from_monday() as usize));
    }
    if !byday.is_empty() {
        parts.push(format!("BYDAY={}", byday_text(&byday)));
    }
    if !case.bymonthday.is_empty() {
        parts.push(format!("BYMONTHDAY={}", numbers_text(&case.bymonthday)));
    }
    if let Some(count) = case.count {
        parts.push(format!("COUNT={count}"));
    }
    if let Some(until) = case.until {
        // The end of that day in London, which is never later than 23:59:59 UTC.
        parts.push(format!("UNTIL={}T235959Z", (start + Days::new(until)).format("%Y%m%d")));
    }
    format!("DTSTART;TZID=Europe/London:{}T090000\nRRULE:{}", start.format("%Y%m%d"), parts.join(";"))
}

/// The days the reference expands the rule to, within the horizon.
fn reference_days(case: &Case) -> BTreeSet<NaiveDate> {
    let set: rrule::RRuleSet = icalendar(case).parse().unwrap_or_else(|e| panic!("{}: {e}", icalendar(case)));
    let end = first_day(case) + Days::new(HORIZON_DAYS);
    let end = rrule::Tz::UTC.from_utc_datetime(&end.and_hms_opt(0, 0, 0).unwrap());
    let result = set.before(end).all(u16::MAX);
    result.dates.iter().map(|d| d.date_naive()).filter(|d| *d < first_day(case) + Days::new(HORIZON_DAYS)).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn the_days_are_those_the_reference_expands(case in case()) {
        let rule = OpenRule::compile(&schedule(&case)).unwrap();
        let start = first_day(&case);
        let ours: BTreeSet<NaiveDate> = start.iter_days().take(HORIZON_DAYS as usize).filter(|d| rule.falls_on(*d)).collect();
        let mut theirs = reference_days(&case);
        let mut ours = ours;
        let straddling = |d: &NaiveDate| straddles_the_new_year(&case, d);
        ours.retain(|d| !straddling(d));
        theirs.retain(|d| !straddling(d));
        prop_assert_eq!(&ours, &theirs, "{}", icalendar(&case));

        // At instants through the year: open exactly on those days from 09:00 to 17:00 London time.
        for hour in (0..HORIZON_DAYS * 24).step_by(37) {
            let at = London.from_local_datetime(&start.and_hms_opt(0, 0, 0).unwrap()).earliest().unwrap().to_utc()
                + chrono::Duration::hours(hour as i64);
            let local = at.with_timezone(&London);
            if straddling(&local.date_naive()) {
                continue;
            }
            let expected = theirs.contains(&local.date_naive()) && (9..17).contains(&local.hour());
            prop_assert_eq!(rule.is_open(at, London), expected, "{} at {}", icalendar(&case), at);
        }
    }
}

#[test]
fn the_reference_reads_the_rules_as_written() {
    // Guards the harness: a rule whose days are known by hand.
    let case = Case {
        weekly: false,
        interval: 1,
        start: 0,
        wkst: 0,
        byday: vec![(-1, 4)],
        bymonthday: vec![],
        byweekno: vec![],
        count: Some(3),
        until: None,
    };
    let days: Vec<String> = reference_days(&case).iter().map(|d| d.to_string()).collect();
    assert_eq!(days, ["2026-01-30", "2026-02-27", "2026-03-27"]);
}

#[test]
fn the_last_week_of_a_year_runs_into_january() {
    // Weeks starting on Sunday: 2026's week 1 starts on 4 January (the week before holds only
    // three days of 2026), so its week 52 runs from Sunday 27 December to Saturday 2 January
    // 2027 (five days in 2026), and Friday 1 January 2027 is in it.
    let case = Case {
        weekly: true,
        interval: 1,
        start: 56,
        wkst: 6,
        byday: vec![(0, 4)],
        bymonthday: vec![],
        byweekno: vec![52],
        count: None,
        until: Some(366),
    };
    let rule = OpenRule::compile(&schedule(&case)).unwrap();
    let fridays: Vec<NaiveDate> =
        first_day(&case).iter_days().take(HORIZON_DAYS as usize).filter(|d| rule.falls_on(*d)).collect();
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert_eq!(fridays, [day(2027, 1, 1)], "the only Friday of week 52 (the 25th is in week 51)");

    // Weeks starting on Friday: 2030's week 1 starts on Friday 4 January (the week before holds
    // three days of 2030), so its week 52 runs from Friday 27 December to Thursday 2 January 2031,
    // and Wednesday 1 January 2031 is in it; Wednesday 25 December is in week 51.
    let case = Case { start: 109, wkst: 4, byday: vec![(0, 2)], until: None, ..case };
    let rule = OpenRule::compile(&schedule(&case)).unwrap();
    assert!(rule.falls_on(day(2031, 1, 1)) && !rule.falls_on(day(2030, 12, 25)) && !rule.falls_on(day(2031, 1, 8)));
}
