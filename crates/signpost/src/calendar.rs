//! A service's opening hours as an iCalendar feed (PLAN §7): one VEVENT per schedule that gives
//! hours, so a reader can keep a service's days in the calendar they already use.
//!
//! The days are [`OpenRule`]'s: a schedule is written only when it compiles, and its RRULE says
//! the same days `OpenRule::falls_on` does. Where HSDS and RFC 5545 part ways:
//!
//! - DTSTART is the first day the rule actually falls on (on or after dtstart, else valid_from,
//!   else the caller's today), because `OpenRule` (like most calendars) counts dtstart only when
//!   it matches, while RFC 5545 always counts DTSTART.
//! - A weekly rule with `byweekno` becomes `FREQ=YEARLY;BYWEEKNO=…;BYDAY=…` (RFC 5545 allows
//!   BYWEEKNO only with YEARLY); `bymonthday` with WEEKLY and `byyearday` are left out, as
//!   `OpenRule` ignores them.
//! - `until`, `valid_to` and (unless it is the only bound) `count` become one UNTIL: the end of the
//!   last day in the directory's zone, in UTC (RFC 5545 forbids COUNT with UNTIL).
//! - A `byday` list mixing plain and numbered weekdays (`TU,2MO`) is split into two events, since
//!   calendars disagree on reading such a list in one RRULE.
//! - Times with `Z` are written in UTC; with a whole-hour offset, in the IANA zone of that fixed
//!   offset (`Etc/GMT-2` is +02:00), so the days stay in the offset's frame as `OpenRule` reads
//!   them. Other offsets have no IANA name and such a schedule is left out.

use crate::hours::{clock, numbers, shift, weekday, weekdays, whole_number};
use crate::model::{Dataset, HsdsId, Kind, Record, Value};
use crate::OpenRule;
use bridges_ical::{Freq, Rule, Start, Until};
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;

/// How far after its first possible day a rule's first occurrence is looked for: a century, as
/// `OpenRule` counts `count` (a rule such as "the last-but-one Monday, when it is the 24th" can
/// wait years for its first day).
const FIRST_DAY_SEARCH_DAYS: usize = 36_525;
const DAY_SECONDS: u32 = 86_400;

/// The calendar of a service's hours: one VCALENDAR named after the service, with one VEVENT per
/// schedule of the service and of its services at locations (or, when they have none, of the
/// locations it is delivered at) that gives hours and falls on some day. `tz` is the zone times
/// without an offset are read in, `host` names the UIDs (`<schedule id>@<host>`), `now` is the
/// DTSTAMP and, for a rule with no first day, where its days start. None for an unknown service.
pub fn calendar(dataset: &Dataset, service: HsdsId, tz: Tz, host: &str, now: DateTime<Utc>) -> Option<String> {
    let record = dataset.get(Kind::Service, service)?;
    let name = text(record, "name").unwrap_or_default();
    let events: Vec<bridges_ical::Event> = schedules(dataset, service)
        .into_iter()
        .flat_map(|(schedule, place)| {
            let location = place.map(|l| location_line(dataset, l)).unwrap_or_default();
            let url = text(schedule, "schedule_link").or_else(|| text(record, "url")).unwrap_or_default();
            events(schedule, tz, now).into_iter().enumerate().map(move |(i, (start, seconds, rule))| {
                let id = schedule.id();
                bridges_ical::Event {
                    uid: if i == 0 { format!("{id}@{host}") } else { format!("{id}-{}@{host}", i + 1) },
                    summary: name.to_string(),
                    description: description(schedule),
                    location: location.clone(),
                    url: url.to_string(),
                    start,
                    seconds,
                    rule,
                }
            })
        })
        .collect();
    let head = bridges_ical::Calendar { product: "-//bridges//Signpost//EN", name, tzid: tz.name(), stamp: now };
    Some(bridges_ical::write(&head, &events))
}

fn text<'a>(record: &'a Record, field: &str) -> Option<&'a str> {
    record.get(field).and_then(Value::as_text).filter(|t| !t.trim().is_empty())
}

fn link(record: &Record, field: &str) -> Option<HsdsId> {
    record.get(field).and_then(Value::as_id)
}

/// A service's schedules, each with the location it is kept at, chosen as the directory index
/// chooses the rules it searches by: the service's own and its services at locations'; only when
/// there are none, those of its locations.
fn schedules(dataset: &Dataset, service: HsdsId) -> Vec<(&Record, Option<HsdsId>)> {
    let sals: Vec<(HsdsId, Option<HsdsId>)> = dataset
        .of_kind(Kind::ServiceAtLocation)
        .filter(|sal| link(sal, "service_id") == Some(service))
        .map(|sal| (sal.id(), link(sal, "location_id")))
        .collect();
    let first_location = sals.iter().find_map(|(_, l)| *l);
    let mut own = Vec::new();
    let mut at_locations = Vec::new();
    for schedule in dataset.of_kind(Kind::Schedule) {
        let sal_location = link(schedule, "service_at_location_id")
            .and_then(|id| sals.iter().find(|(sal, _)| *sal == id))
            .map(|(_, location)| *location);
        if link(schedule, "service_id") == Some(service) || sal_location.is_some() {
            let place = sal_location.flatten().or_else(|| link(schedule, "location_id")).or(first_location);
            own.push((schedule, place));
        } else if let Some(location) =
            link(schedule, "location_id").filter(|l| sals.iter().any(|(_, at)| *at == Some(*l)))
        {
            at_locations.push((schedule, Some(location)));
        }
    }
    if own.is_empty() {
        own = at_locations;
    }
    own
}

/// A location on one line: its first address (street, town, postcode), else its name.
fn location_line(dataset: &Dataset, location: HsdsId) -> String {
    let address = dataset.of_kind(Kind::Address).find(|a| link(a, "location_id") == Some(location));
    match address {
        Some(address) => ["address_1", "address_2", "city", "postal_code"]
            .iter()
            .filter_map(|f| text(address, f))
            .collect::<Vec<_>>()
            .join(", "),
        None => dataset.get(Kind::Location, location).and_then(|l| text(l, "name")).unwrap_or_default().to_string(),
    }
}

/// The schedule's words: what it says of itself, how to attend, and its notes, a line each.
fn description(schedule: &Record) -> String {
    ["description", "attending_type", "notes"].iter().filter_map(|f| text(schedule, f)).collect::<Vec<_>>().join("\n")
}

/// One schedule's events: its start, length and rule; two when its `byday` mixes plain and
/// numbered weekdays; none when it gives no hours or falls on no day.
fn events(schedule: &Record, tz: Tz, now: DateTime<Utc>) -> Vec<(Start, u32, Option<Rule>)> {
    let Ok(rule) = OpenRule::compile(schedule) else {
        return Vec::new();
    };
    // The record compiled, so every part read below is readable; a part that is not is left out.
    let date = |field| text(schedule, field).and_then(|t| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok());
    let whole = |field| schedule.get(field).and_then(whole_number);
    let (Some((opens, opens_offset)), Some((closes, closes_offset))) =
        (text(schedule, "opens_at").and_then(clock), text(schedule, "closes_at").and_then(clock))
    else {
        return Vec::new();
    };
    let offset = opens_offset.or(closes_offset);
    let closes = match (offset, closes_offset) {
        (Some(o), Some(c)) => shift(closes, o.local_minus_utc() - c.local_minus_utc()),
        _ => closes,
    };
    let seconds = if closes > opens { closes - opens } else { closes + DAY_SECONDS - opens };

    let dtstart = date("dtstart");
    let valid_from = date("valid_from");
    let today = match offset {
        None => now.with_timezone(&tz).date_naive(),
        Some(offset) => now.with_timezone(&offset).date_naive(),
    };
    let anchor = dtstart.or(valid_from);
    let byday = text(schedule, "byday").and_then(weekdays).unwrap_or_default();
    let bymonthday = text(schedule, "bymonthday").and_then(|t| numbers(t, 31)).unwrap_or_default();
    let byweekno = text(schedule, "byweekno").and_then(|t| numbers(t, 53)).unwrap_or_default();
    let wkst = text(schedule, "wkst").and_then(weekday);
    let interval = whole("interval").and_then(|n| u32::try_from(n).ok()).filter(|&n| n > 1);
    let freq = match text(schedule, "freq") {
        Some("WEEKLY") => Some(Freq::Weekly),
        Some("MONTHLY") => Some(Freq::Monthly),
        _ if !byday.is_empty() => Some(Freq::Weekly),
        _ if !bymonthday.is_empty() => Some(Freq::Monthly),
        _ => None,
    };

    let (plain, numbered): (Vec<_>, Vec<_>) = byday.iter().copied().partition(|&(n, _)| n == 0);
    let groups = if plain.is_empty() || numbered.is_empty() { vec![byday.clone()] } else { vec![plain, numbered] };
    let split = groups.len() > 1;
    let count = whole("count").and_then(|n| u32::try_from(n).ok());
    // COUNT counts from dtstart: it can be written only when nothing else bounds the rule, the
    // first day is not moved past dtstart by valid_from, and the rule is one event.
    let count_alone = count.is_some()
        && date("until").is_none()
        && date("valid_to").is_none()
        && valid_from.is_none_or(|v| dtstart.is_none_or(|d| v <= d))
        && !split;
    let until = match (count_alone, rule.last_day()) {
        (true, _) | (false, None) => None,
        (false, Some(last)) => match end_of_day(last, offset, tz) {
            Some(at) => Some(at),
            // The end of the last day cannot be named (it does not exist in the zone): better no
            // event than one without its end.
            None => return Vec::new(),
        },
    };

    groups
        .into_iter()
        .filter_map(|group| {
            let from = anchor.unwrap_or(today);
            let first = from
                .iter_days()
                .take(FIRST_DAY_SEARCH_DAYS)
                .take_while(|d| rule.last_day().is_none_or(|l| *d <= l))
                .find(|d| rule.falls_on(*d) && (!split || group.iter().any(|&(n, w)| nth_weekday(*d, n, w))))?;
            let start = start(first.and_time(NaiveTime::MIN) + chrono::Duration::seconds(i64::from(opens)), offset)?;
            let rule = freq.map(|freq| {
                let mut r = Rule::new(freq);
                r.wkst = wkst;
                r.by_day = group.clone();
                match freq {
                    Freq::Weekly if !byweekno.is_empty() && interval.is_none() => {
                        r.freq = Freq::Yearly;
                        r.by_week_no = byweekno.clone();
                        if r.by_day.is_empty() {
                            // A weekly rule without byday falls on dtstart's weekday; a yearly
                            // one must be told.
                            r.by_day = vec![(0, first.weekday())];
                        }
                    }
                    Freq::Weekly => r.interval = interval,
                    Freq::Monthly | Freq::Yearly => {
                        r.interval = interval;
                        r.by_month_day = bymonthday.clone();
                    }
                }
                r.until = until.map(Until::Utc);
                r.count = count.filter(|_| count_alone);
                r
            });
            Some((start, seconds, rule))
        })
        .collect()
}

/// Whether `day` is the `n`th `weekday` of its month (counting from the end when negative; every
/// one when 0).
fn nth_weekday(day: NaiveDate, n: i8, weekday: Weekday) -> bool {
    if day.weekday() != weekday {
        return false;
    }
    let d = day.day() as i32;
    let length = day
        .with_day(1)
        .and_then(|f| Some((f.checked_add_months(chrono::Months::new(1))? - f).num_days() as i32))
        .unwrap_or(31);
    match n {
        0 => true,
        n if n > 0 => (d - 1) / 7 + 1 == i32::from(n),
        n => (length - d) / 7 + 1 == -i32::from(n),
    }
}

/// Where a local start is read: the directory's zone, UTC, or the IANA zone of a whole-hour
/// offset (whose sign POSIX inverts: `Etc/GMT-2` is two hours ahead of UTC).
fn start(local: chrono::NaiveDateTime, offset: Option<FixedOffset>) -> Option<Start> {
    match offset.map(|o| o.local_minus_utc()) {
        None => Some(Start::Local(local)),
        Some(0) => Some(Start::Utc(local)),
        Some(s) if s % 3600 == 0 => {
            let hours = -s / 3600;
            Some(Start::Zoned(format!("Etc/GMT{}{}", if hours < 0 { "-" } else { "+" }, hours.abs()), local))
        }
        Some(_) => None,
    }
}

/// The last second of a day in the rule's frame, in UTC.
fn end_of_day(day: NaiveDate, offset: Option<FixedOffset>, tz: Tz) -> Option<DateTime<Utc>> {
    let local = day.and_hms_opt(23, 59, 59)?;
    match offset {
        None => tz.from_local_datetime(&local).latest().map(|t| t.to_utc()),
        Some(offset) => offset.from_local_datetime(&local).single().map(|t| t.to_utc()),
    }
}
