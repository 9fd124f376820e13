//! Opening hours: an HSDS schedule compiled once into an [`OpenRule`] that answers "open at this
//! moment?" and "open at some time on this day?" in the organisation's own time zone.
//!
//! HSDS borrows the parts of an iCalendar recurrence rule (RFC 5545) and adds a validity window
//! and a daily opening time. The rule is read the way iCalendar reads it, with these choices
//! where HSDS data leaves room:
//!
//! - Times without `Z` or an offset are wall-clock times in the zone the caller names, so an
//!   18:00 opening stays 18:00 across a change to or from summer time. A time with `Z` or an
//!   offset puts the whole rule (its days too) in that fixed offset.
//! - A rule whose hours are not both given is refused ([`NotCompiled::HoursNotGiven`]): unknown
//!   hours must never read as "open".
//! - A closing time not after the opening time runs past midnight into the next day (equal times
//!   mean 24 hours).
//! - `dtstart` (else `valid_from`) anchors `interval` and `count`; when a rule needs an anchor and
//!   has none, its days cannot be known, and it is refused ([`NotCompiled::NoStartDate`]).
//!   `dtstart` itself is an occurrence only when it matches the rule.
//! - Parts RFC 5545 forbids with the frequency are ignored: `bymonthday` with WEEKLY, `byweekno`
//!   with MONTHLY or with an interval above 1 (iCalendar can only say it with YEARLY, which is
//!   how the calendar export writes a weekly rule with `byweekno`), and `byyearday` always (HSDS
//!   has no YEARLY).
//! - No `freq`: `byday` alone is read as every week on those days and `bymonthday` alone as
//!   every month on those days, which is what such records plainly mean; with neither, the rule
//!   is a single day, `dtstart` (else `valid_from`).
//! - HSDS's numeric `timezone` is not used: the organisation's zone knows about summer time.

use crate::model::{Kind, Record, Value};
use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate, NaiveTime, Offset, TimeZone, Timelike, Utc, Weekday};
use chrono_tz::Tz;
use thiserror::Error;

/// How many occurrences are walked to turn `count` into a last day, and how many days at most:
/// beyond either the rule is treated as unbounded (a century of a service's life).
const COUNT_OCCURRENCES_MAX: u64 = 1_000;
const COUNT_DAYS_MAX: u64 = 36_525;
const DAY_SECONDS: u32 = 86_400;

/// Why a schedule gives no opening hours. None of them is an error in the directory: the
/// service's hours are simply not known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum NotCompiled {
    #[error("the record is not a schedule")]
    NotASchedule,
    #[error("opens_at and closes_at are not both given")]
    HoursNotGiven,
    #[error("the rule needs a first day (dtstart or valid_from) and has none")]
    NoStartDate,
    #[error("{0} cannot be read")]
    Unreadable(&'static str),
}

/// One schedule's days and hours, ready to be asked about any moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenRule {
    /// The first and last days the rule covers (valid_from/dtstart; valid_to/until/count).
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
    pattern: Pattern,
    /// Seconds after midnight.
    opens: u32,
    closes: u32,
    /// The offset the times (and so the days) are in, when the record gives one.
    offset: Option<FixedOffset>,
}

/// Which days a rule falls on, before its window.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Pattern {
    Once(NaiveDate),
    Weekly {
        interval: u32,
        /// The first day (a `wkst`) of the anchor's week; needed only with an interval above 1.
        week_one: Option<NaiveDate>,
        wkst: Weekday,
        /// Bit `n` set: open on the weekday `n` days from Monday.
        weekdays: u8,
        /// `byweekno`, each 1..=53 or -53..=-1.
        weeks: Vec<i8>,
    },
    Monthly {
        interval: u32,
        /// The anchor's month as `year * 12 + month0`; needed only with an interval above 1.
        anchor: Option<i32>,
        /// `bymonthday`, each 1..=31 or -31..=-1.
        month_days: Vec<i8>,
        /// `byday`: a weekday with its ordinal in the month (0 = every one).
        weekdays: Vec<(i8, Weekday)>,
        /// The anchor's day of the month, when neither list is given.
        day: Option<u32>,
    },
}

/// A moment as one zone reads it, worked out once per query rather than once per rule.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Moment {
    at: DateTime<Utc>,
    date: NaiveDate,
    seconds: u32,
}

impl Moment {
    pub(crate) fn new(at: DateTime<Utc>, tz: Tz) -> Moment {
        let local = at.with_timezone(&tz);
        Moment { at, date: local.date_naive(), seconds: local.num_seconds_from_midnight() }
    }
}

impl OpenRule {
    /// Compiles an HSDS schedule record.
    pub fn compile(schedule: &Record) -> Result<OpenRule, NotCompiled> {
        if schedule.kind() != Kind::Schedule {
            return Err(NotCompiled::NotASchedule);
        }
        let text = |field| schedule.get(field).and_then(Value::as_text);
        let date = |field: &'static str| -> Result<Option<NaiveDate>, NotCompiled> {
            text(field)
                .map(|t| NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| NotCompiled::Unreadable(field)))
                .transpose()
        };
        let whole = |field: &'static str| -> Result<Option<u64>, NotCompiled> {
            schedule.get(field).map(|v| whole_number(v).ok_or(NotCompiled::Unreadable(field))).transpose()
        };

        let (Some(opens_text), Some(closes_text)) = (text("opens_at"), text("closes_at")) else {
            return Err(NotCompiled::HoursNotGiven);
        };
        let (opens, opens_offset) = clock(opens_text).ok_or(NotCompiled::Unreadable("opens_at"))?;
        let (closes, closes_offset) = clock(closes_text).ok_or(NotCompiled::Unreadable("closes_at"))?;
        let offset = opens_offset.or(closes_offset);
        // A closing time in another offset than the opening time is moved into the opening's.
        let closes = match (offset, closes_offset) {
            (Some(o), Some(c)) => shift(closes, o.local_minus_utc() - c.local_minus_utc()),
            _ => closes,
        };

        let valid_from = date("valid_from")?;
        let dtstart = date("dtstart")?;
        let anchor = dtstart.or(valid_from);
        let interval = match whole("interval")? {
            None => 1,
            Some(0) => return Err(NotCompiled::Unreadable("interval")),
            Some(n) => u32::try_from(n).map_err(|_| NotCompiled::Unreadable("interval"))?,
        };
        let byday = match text("byday") {
            None => Vec::new(),
            Some(t) => weekdays(t).ok_or(NotCompiled::Unreadable("byday"))?,
        };
        let list = |field: &'static str, max: i8| -> Result<Vec<i8>, NotCompiled> {
            text(field).map_or(Ok(Vec::new()), |t| numbers(t, max).ok_or(NotCompiled::Unreadable(field)))
        };
        let bymonthday = list("bymonthday", 31)?;
        let byweekno = list("byweekno", 53)?;
        let wkst = match text("wkst") {
            None => Weekday::Mon,
            Some(day) => weekday(day).ok_or(NotCompiled::Unreadable("wkst"))?,
        };
        let freq = match text("freq") {
            Some("WEEKLY") => Some(Freq::Weekly),
            Some("MONTHLY") => Some(Freq::Monthly),
            Some(_) => return Err(NotCompiled::Unreadable("freq")),
            None if !byday.is_empty() => Some(Freq::Weekly),
            None if !bymonthday.is_empty() => Some(Freq::Monthly),
            None => None,
        };

        let pattern = match freq {
            None => Pattern::Once(anchor.ok_or(NotCompiled::NoStartDate)?),
            Some(Freq::Weekly) => {
                if byday.iter().any(|&(ordinal, _)| ordinal != 0) {
                    return Err(NotCompiled::Unreadable("byday"));
                }
                let mut mask = byday.iter().fold(0u8, |m, &(_, d)| m | 1 << d.num_days_from_monday());
                if mask == 0 {
                    mask = 1 << anchor.ok_or(NotCompiled::NoStartDate)?.weekday().num_days_from_monday();
                }
                let week_one = match (interval, anchor) {
                    (1, _) => None,
                    (_, Some(a)) => Some(week_start(a, wkst)),
                    (_, None) => return Err(NotCompiled::NoStartDate),
                };
                let weeks = if interval == 1 { byweekno } else { Vec::new() };
                Pattern::Weekly { interval, week_one, wkst, weekdays: mask, weeks }
            }
            Some(Freq::Monthly) => {
                let day = match (byday.is_empty() && bymonthday.is_empty(), anchor) {
                    (false, _) => None,
                    (true, Some(a)) => Some(a.day()),
                    (true, None) => return Err(NotCompiled::NoStartDate),
                };
                let anchor = match (interval, anchor) {
                    (1, _) => None,
                    (_, Some(a)) => Some(month_number(a)),
                    (_, None) => return Err(NotCompiled::NoStartDate),
                };
                Pattern::Monthly { interval, anchor, month_days: bymonthday, weekdays: byday, day }
            }
        };

        let first = match (valid_from, dtstart) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        let mut last = [date("valid_to")?, date("until")?].into_iter().flatten().min();
        let mut rule = OpenRule { first, last, pattern, opens, closes, offset };
        if let Some(count) = whole("count")? {
            let start = anchor.ok_or(NotCompiled::NoStartDate)?;
            let end = rule.last_of_count(start, count);
            last = match (last, end) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            rule.last = last;
        }
        Ok(rule)
    }

    /// The day of the `count`th occurrence from `start` (within `until`/`valid_to`); a count of
    /// none gives a day before `start`, so the rule covers nothing.
    fn last_of_count(&self, start: NaiveDate, count: u64) -> Option<NaiveDate> {
        if count == 0 {
            return start.pred_opt();
        }
        let wanted = count.min(COUNT_OCCURRENCES_MAX);
        let mut seen = 0;
        let mut day = start;
        for _ in 0..COUNT_DAYS_MAX {
            if self.last.is_some_and(|l| day > l) {
                return None;
            }
            if self.pattern.matches(day) {
                seen += 1;
                if seen == wanted {
                    return (count <= COUNT_OCCURRENCES_MAX).then_some(day);
                }
            }
            day = day.succ_opt()?;
        }
        None
    }

    /// Whether the rule falls on a day (in its own frame: the caller's zone, or the times' offset).
    pub fn falls_on(&self, day: NaiveDate) -> bool {
        self.first.is_none_or(|f| day >= f) && self.last.is_none_or(|l| day <= l) && self.pattern.matches(day)
    }

    /// The last day the rule can fall on, when it has one.
    pub fn last_day(&self) -> Option<NaiveDate> {
        self.last
    }

    /// Whether the times carry their own offset (`Z` or `±HH:MM`) rather than the caller's zone.
    pub fn has_fixed_offset(&self) -> bool {
        self.offset.is_some()
    }

    /// Whether the service is open at this instant, reading the rule in `tz` (unless its times
    /// carry an offset).
    pub fn is_open(&self, at: DateTime<Utc>, tz: Tz) -> bool {
        self.is_open_at(&Moment::new(at, tz))
    }

    pub(crate) fn is_open_at(&self, moment: &Moment) -> bool {
        let (day, seconds) = match self.offset {
            None => (moment.date, moment.seconds),
            Some(offset) => {
                let there = moment.at.with_timezone(&offset);
                (there.date_naive(), there.num_seconds_from_midnight())
            }
        };
        if self.opens < self.closes {
            return self.opens <= seconds && seconds < self.closes && self.falls_on(day);
        }
        (seconds >= self.opens && self.falls_on(day))
            || (seconds < self.closes && day.pred_opt().is_some_and(|d| self.falls_on(d)))
    }

    /// Whether the service is open at some time during the local day `day` in `tz`, counting a
    /// night that began the day before and runs past midnight.
    pub fn is_open_on(&self, day: NaiveDate, tz: Tz) -> bool {
        let Some(offset) = self.offset else {
            let from_the_night_before = self.opens >= self.closes && self.closes > 0;
            return self.falls_on(day) || (from_the_night_before && day.pred_opt().is_some_and(|d| self.falls_on(d)));
        };
        let (Some(start), Some(end)) = (day_start(day, tz), day.succ_opt().and_then(|d| day_start(d, tz))) else {
            return false;
        };
        let length = match self.closes.checked_sub(self.opens) {
            Some(n) if n > 0 => i64::from(n),
            _ => i64::from(self.closes + DAY_SECONDS - self.opens),
        };
        // The day in `tz` overlaps at most these days in the rule's offset (offsets differ by
        // less than a day, and a night runs into the next day at most).
        let candidates = [day.pred_opt().and_then(|d| d.pred_opt()), day.pred_opt(), Some(day), day.succ_opt()];
        candidates.into_iter().flatten().filter(|&d| self.falls_on(d)).any(|d| {
            let opens = d.and_time(NaiveTime::MIN) + chrono::Duration::seconds(i64::from(self.opens));
            let Some(opens) = offset.from_local_datetime(&opens).single() else { return false };
            let opens = opens.to_utc();
            let closes = opens + chrono::Duration::seconds(length);
            opens < end && closes > start
        })
    }
}

#[derive(Clone, Copy)]
enum Freq {
    Weekly,
    Monthly,
}

impl Pattern {
    fn matches(&self, day: NaiveDate) -> bool {
        match self {
            Pattern::Once(on) => day == *on,
            Pattern::Weekly { interval, week_one, wkst, weekdays, weeks } => {
                if weekdays & (1 << day.weekday().num_days_from_monday()) == 0 {
                    return false;
                }
                if let Some(week_one) = week_one {
                    let weeks_since = (day - *week_one).num_days().div_euclid(7);
                    if weeks_since.rem_euclid(i64::from(*interval)) != 0 {
                        return false;
                    }
                }
                weeks.is_empty() || {
                    let (number, in_year) = week_number(day, *wkst);
                    weeks.iter().any(|&w| i32::from(w) == number || i32::from(w) == number - in_year - 1)
                }
            }
            Pattern::Monthly { interval, anchor, month_days, weekdays, day: on } => {
                if let Some(anchor) = anchor {
                    if (month_number(day) - anchor).rem_euclid(*interval as i32) != 0 {
                        return false;
                    }
                }
                let length = month_length(day);
                let d = day.day() as i32;
                let by_month_day = month_days.is_empty()
                    || month_days.iter().any(|&n| i32::from(n) == d || i32::from(n) == d - length - 1);
                let by_day = weekdays.is_empty()
                    || weekdays.iter().any(|&(ordinal, weekday)| {
                        weekday == day.weekday()
                            && match ordinal {
                                0 => true,
                                n if n > 0 => (d - 1) / 7 + 1 == i32::from(n),
                                n => (length - d) / 7 + 1 == -i32::from(n),
                            }
                    });
                by_month_day && by_day && on.is_none_or(|on| on == day.day())
            }
        }
    }
}

/// A number field holding a whole number (`2`, or `2.0` as some writers put it).
pub(crate) fn whole_number(value: &Value) -> Option<u64> {
    let number = value.as_number()?;
    number.as_u64().or_else(|| number.as_f64().filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f < 1e15).map(|f| f as u64))
}

/// `HH:MM[:SS[.fff]]` with an optional `Z` or `±HH:MM`: seconds after midnight and the offset.
pub(crate) fn clock(text: &str) -> Option<(u32, Option<FixedOffset>)> {
    let (time, offset) = match text.find(['Z', 'z', '+', '-']) {
        Some(at) => text.split_at(at),
        None => (text, ""),
    };
    let offset = match offset.as_bytes().first() {
        None => None,
        Some(b'Z' | b'z') if offset.len() == 1 => Some(Utc.fix()),
        Some(sign @ (b'+' | b'-')) => {
            let (h, m) = offset[1..].split_once(':')?;
            let seconds = (h.parse::<i32>().ok()? * 60 + m.parse::<i32>().ok()?) * 60;
            FixedOffset::east_opt(if *sign == b'-' { -seconds } else { seconds })
        }
        Some(_) => return None,
    };
    let time = time.split_once('.').map_or(time, |(whole, _)| whole);
    let parsed =
        NaiveTime::parse_from_str(time, "%H:%M:%S").or_else(|_| NaiveTime::parse_from_str(time, "%H:%M")).ok()?;
    Some((parsed.num_seconds_from_midnight(), offset))
}

pub(crate) fn shift(seconds: u32, by: i32) -> u32 {
    (i64::from(seconds) + i64::from(by)).rem_euclid(i64::from(DAY_SECONDS)) as u32
}

pub(crate) fn weekday(text: &str) -> Option<Weekday> {
    Some(match text {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

/// `byday`: `MO,2TU,-1FR` → each weekday with its ordinal (0 when none).
pub(crate) fn weekdays(text: &str) -> Option<Vec<(i8, Weekday)>> {
    text.split(',')
        .map(|item| {
            let item = item.trim();
            let split = item.len().checked_sub(2)?;
            let (ordinal, day) = (item.get(..split)?, item.get(split..)?);
            let ordinal = match ordinal {
                "" => 0,
                n => signed(n, 53)?,
            };
            Some((ordinal, weekday(day)?))
        })
        .collect()
}

/// A list of signed numbers, none zero, each within ±`max`.
pub(crate) fn numbers(text: &str, max: i8) -> Option<Vec<i8>> {
    text.split(',').map(|n| signed(n.trim(), max)).collect()
}

fn signed(text: &str, max: i8) -> Option<i8> {
    let n: i8 = text.strip_prefix('+').unwrap_or(text).parse().ok()?;
    (n != 0 && n.abs() <= max).then_some(n)
}

fn week_start(day: NaiveDate, wkst: Weekday) -> NaiveDate {
    let back = (7 + day.weekday().num_days_from_monday() - wkst.num_days_from_monday()) % 7;
    day - Days::new(u64::from(back))
}

/// The first day of week 1 of `year`: the week (starting on `wkst`) that holds at least four
/// days of the year, as RFC 5545 numbers weeks.
fn week_one_start(year: i32, wkst: Weekday) -> Option<NaiveDate> {
    let january_first = NaiveDate::from_ymd_opt(year, 1, 1)?;
    let start = week_start(january_first, wkst);
    let days_in_december = (january_first - start).num_days();
    Some(if days_in_december <= 3 { start } else { start + Days::new(7) })
}

/// The RFC 5545 week number of a day and the number of weeks in its week-numbering year.
fn week_number(day: NaiveDate, wkst: Weekday) -> (i32, i32) {
    let starts = |y| week_one_start(y, wkst);
    let year = day.year();
    let year = match (starts(year), starts(year + 1)) {
        (Some(this), _) if day < this => year - 1,
        (_, Some(next)) if day >= next => year + 1,
        _ => year,
    };
    match (starts(year), starts(year + 1)) {
        (Some(this), Some(next)) => (((day - this).num_days() / 7 + 1) as i32, ((next - this).num_days() / 7) as i32),
        _ => (0, 0),
    }
}

fn month_number(day: NaiveDate) -> i32 {
    day.year() * 12 + day.month0() as i32
}

fn month_length(day: NaiveDate) -> i32 {
    let first = day.with_day(1);
    let next = first.and_then(|f| f.checked_add_months(chrono::Months::new(1)));
    match (first, next) {
        (Some(first), Some(next)) => (next - first).num_days() as i32,
        _ => 31,
    }
}

/// The instant a local day begins in a zone (the first hour that exists, when a change of
/// clocks skips midnight).
fn day_start(day: NaiveDate, tz: Tz) -> Option<DateTime<Utc>> {
    (0..24).find_map(|hour| {
        let local = day.and_hms_opt(hour, 0, 0)?;
        tz.from_local_datetime(&local).earliest().map(|t| t.to_utc())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::HsdsId;
    use chrono_tz::Europe::{London, Rome};
    use uuid::Uuid;

    fn schedule(parts: &[(&str, &str)]) -> Record {
        let mut record = Record::new(Kind::Schedule, HsdsId(Uuid::from_u128(1)));
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

    fn rule(parts: &[(&str, &str)]) -> OpenRule {
        OpenRule::compile(&schedule(parts)).unwrap()
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    /// The days in `from..=to` the rule falls on.
    fn days(rule: &OpenRule, from: &str, to: &str) -> Vec<String> {
        day(from)
            .iter_days()
            .take_while(|d| *d <= day(to))
            .filter(|d| rule.falls_on(*d))
            .map(|d| d.to_string())
            .collect()
    }

    const NINE_TO_FIVE: [(&str, &str); 2] = [("opens_at", "09:00"), ("closes_at", "17:00")];

    fn with(extra: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
        NINE_TO_FIVE.iter().copied().chain(extra.iter().copied()).collect()
    }

    #[test]
    fn hours_not_given_are_never_open() {
        assert_eq!(
            OpenRule::compile(&schedule(&[("freq", "WEEKLY"), ("byday", "MO")])),
            Err(NotCompiled::HoursNotGiven)
        );
        assert_eq!(
            OpenRule::compile(&schedule(&[("freq", "WEEKLY"), ("byday", "MO"), ("opens_at", "09:00")])),
            Err(NotCompiled::HoursNotGiven)
        );
        let phone = Record::new(Kind::Phone, HsdsId(Uuid::from_u128(2)));
        assert_eq!(OpenRule::compile(&phone), Err(NotCompiled::NotASchedule));
    }

    #[test]
    fn weekly_byday_and_the_hours_of_the_day() {
        let r = rule(&with(&[("freq", "WEEKLY"), ("byday", "MO,WE")]));
        assert_eq!(days(&r, "2026-03-02", "2026-03-08"), ["2026-03-02", "2026-03-04"]);
        // Monday 2 March 2026, London is on GMT.
        assert!(!r.is_open(utc("2026-03-02T08:59:59Z"), London));
        assert!(r.is_open(utc("2026-03-02T09:00:00Z"), London));
        assert!(r.is_open(utc("2026-03-02T16:59:59Z"), London));
        assert!(!r.is_open(utc("2026-03-02T17:00:00Z"), London), "closing time is not open");
        assert!(!r.is_open(utc("2026-03-03T12:00:00Z"), London));
    }

    #[test]
    fn weekly_without_byday_falls_on_the_weekday_of_dtstart() {
        let r = rule(&with(&[("freq", "WEEKLY"), ("dtstart", "2026-03-05")]));
        assert_eq!(days(&r, "2026-03-01", "2026-03-19"), ["2026-03-05", "2026-03-12", "2026-03-19"]);
        let none = OpenRule::compile(&schedule(&with(&[("freq", "WEEKLY")])));
        assert_eq!(none, Err(NotCompiled::NoStartDate));
    }

    #[test]
    fn interval_counts_weeks_from_the_week_of_dtstart_starting_on_wkst() {
        let r = rule(&with(&[("freq", "WEEKLY"), ("interval", "2"), ("byday", "MO,SU"), ("dtstart", "2026-03-04")]));
        // Weeks start on Monday: the week of 4 March is 2–8 March.
        assert_eq!(days(&r, "2026-03-01", "2026-03-22"), ["2026-03-08", "2026-03-16", "2026-03-22"]);
        let r = rule(&with(&[
            ("freq", "WEEKLY"),
            ("interval", "2"),
            ("byday", "MO,SU"),
            ("dtstart", "2026-03-04"),
            ("wkst", "SU"),
        ]));
        // Weeks start on Sunday: the week of 4 March is 1–7 March, then 15–21 March.
        assert_eq!(days(&r, "2026-03-01", "2026-03-22"), ["2026-03-15", "2026-03-16"]);
        assert_eq!(
            OpenRule::compile(&schedule(&with(&[("freq", "WEEKLY"), ("interval", "2"), ("byday", "MO")]))),
            Err(NotCompiled::NoStartDate),
            "which weeks is unknown without a first day"
        );
    }

    #[test]
    fn byweekno_picks_weeks_of_the_year_counting_from_either_end() {
        let r = rule(&with(&[("freq", "WEEKLY"), ("byday", "MO"), ("byweekno", "1,-1")]));
        // 2025 has 52 weeks, the last starting on 22 December; 2026's week 1 starts on Monday 29
        // December 2025 and its last (53) on 28 December 2026; 2027's week 1 on 4 January.
        assert_eq!(days(&r, "2025-12-01", "2027-01-10"), ["2025-12-22", "2025-12-29", "2026-12-28", "2027-01-04"]);
        let r = rule(&with(&[
            ("freq", "WEEKLY"),
            ("byday", "MO"),
            ("byweekno", "10"),
            ("interval", "2"),
            ("dtstart", "2026-01-05"),
        ]));
        // Every other Monday from 5 January: 2 and 16 March; week 10 alone would be 2 March.
        assert_eq!(
            days(&r, "2026-03-01", "2026-03-20"),
            ["2026-03-02", "2026-03-16"],
            "byweekno with an interval is ignored"
        );
    }

    #[test]
    fn bymonthday_is_ignored_with_weekly() {
        let r = rule(&with(&[("freq", "WEEKLY"), ("byday", "TU"), ("bymonthday", "1")]));
        assert_eq!(days(&r, "2026-03-01", "2026-03-14"), ["2026-03-03", "2026-03-10"]);
    }

    #[test]
    fn monthly_by_month_day_counts_from_either_end_and_skips_missing_days() {
        let r = rule(&with(&[("freq", "MONTHLY"), ("bymonthday", "1,-1,31")]));
        assert_eq!(
            days(&r, "2026-01-01", "2026-04-30"),
            [
                "2026-01-01",
                "2026-01-31",
                "2026-02-01",
                "2026-02-28",
                "2026-03-01",
                "2026-03-31",
                "2026-04-01",
                "2026-04-30"
            ]
        );
        let r = rule(&with(&[("freq", "MONTHLY"), ("bymonthday", "-2")]));
        assert_eq!(days(&r, "2028-02-01", "2028-02-29"), ["2028-02-28"], "a leap year");
    }

    #[test]
    fn monthly_byday_with_ordinals() {
        let r = rule(&with(&[("freq", "MONTHLY"), ("byday", "2MO,-1FR")]));
        assert_eq!(days(&r, "2026-03-01", "2026-04-30"), ["2026-03-09", "2026-03-27", "2026-04-13", "2026-04-24"]);
        let every = rule(&with(&[("freq", "MONTHLY"), ("byday", "SA")]));
        assert_eq!(days(&every, "2026-03-01", "2026-03-31").len(), 4);
        let either = rule(&with(&[("freq", "MONTHLY"), ("byday", "TU,2MO")]));
        assert_eq!(
            days(&either, "2026-03-01", "2026-03-17"),
            ["2026-03-03", "2026-03-09", "2026-03-10", "2026-03-17"],
            "each item of the list is a day of its own: every Tuesday, and the second Monday"
        );
        let fifth = rule(&with(&[("freq", "MONTHLY"), ("byday", "5SU,-5SU")]));
        assert_eq!(days(&fifth, "2026-03-01", "2026-04-30"), ["2026-03-01", "2026-03-29"]);
    }

    #[test]
    fn monthly_byday_and_bymonthday_together_must_both_hold() {
        // Friday the 13th.
        let r = rule(&with(&[("freq", "MONTHLY"), ("byday", "FR"), ("bymonthday", "13")]));
        assert_eq!(days(&r, "2026-01-01", "2026-12-31"), ["2026-02-13", "2026-03-13", "2026-11-13"]);
    }

    #[test]
    fn monthly_without_parts_keeps_the_day_of_dtstart_and_interval_counts_months() {
        let r = rule(&with(&[("freq", "MONTHLY"), ("dtstart", "2026-01-31"), ("interval", "2")]));
        // Every other month from January: January, March and May, each with a 31st.
        assert_eq!(days(&r, "2026-01-01", "2026-06-30"), ["2026-01-31", "2026-03-31", "2026-05-31"]);
        assert_eq!(days(&r, "2026-07-01", "2026-10-31"), ["2026-07-31"], "August is skipped, September has no 31st");
    }

    #[test]
    fn the_window_bounds_the_days() {
        let r = rule(&with(&[
            ("freq", "WEEKLY"),
            ("byday", "MO,TU,WE,TH,FR,SA,SU"),
            ("valid_from", "2026-03-03"),
            ("dtstart", "2026-03-02"),
            ("valid_to", "2026-03-06"),
            ("until", "2026-03-05"),
        ]));
        assert_eq!(days(&r, "2026-03-01", "2026-03-10"), ["2026-03-03", "2026-03-04", "2026-03-05"]);
        assert_eq!(r.last_day(), Some(day("2026-03-05")));
    }

    #[test]
    fn count_counts_from_dtstart_and_joins_until() {
        let r = rule(&with(&[("freq", "WEEKLY"), ("byday", "TU,TH"), ("dtstart", "2026-03-04"), ("count", "3")]));
        assert_eq!(days(&r, "2026-03-01", "2026-03-31"), ["2026-03-05", "2026-03-10", "2026-03-12"]);
        let r = rule(&with(&[
            ("freq", "WEEKLY"),
            ("byday", "TU,TH"),
            ("dtstart", "2026-03-04"),
            ("count", "3"),
            ("valid_from", "2026-03-06"),
        ]));
        assert_eq!(
            days(&r, "2026-03-01", "2026-03-31"),
            ["2026-03-10", "2026-03-12"],
            "valid_from does not move the count"
        );
        let r = rule(&with(&[
            ("freq", "WEEKLY"),
            ("byday", "TU"),
            ("dtstart", "2026-03-01"),
            ("count", "5"),
            ("until", "2026-03-12"),
        ]));
        assert_eq!(days(&r, "2026-03-01", "2026-03-31"), ["2026-03-03", "2026-03-10"], "the earlier bound wins");
        let none = rule(&with(&[("freq", "WEEKLY"), ("byday", "TU"), ("dtstart", "2026-03-01"), ("count", "0")]));
        assert_eq!(days(&none, "2026-02-01", "2026-03-31"), Vec::<String>::new());
        assert_eq!(
            OpenRule::compile(&schedule(&with(&[("freq", "WEEKLY"), ("byday", "TU"), ("count", "2")]))),
            Err(NotCompiled::NoStartDate)
        );
    }

    #[test]
    fn without_freq_a_single_day_or_the_days_given() {
        let r = rule(&with(&[("dtstart", "2026-03-07")]));
        assert_eq!(days(&r, "2026-03-01", "2026-03-31"), ["2026-03-07"]);
        let r = rule(&with(&[("valid_from", "2026-03-08")]));
        assert_eq!(days(&r, "2026-03-01", "2026-03-31"), ["2026-03-08"]);
        let r = rule(&with(&[("byday", "SA")]));
        assert_eq!(days(&r, "2026-03-01", "2026-03-14"), ["2026-03-07", "2026-03-14"]);
        let r = rule(&with(&[("bymonthday", "15")]));
        assert_eq!(days(&r, "2026-03-01", "2026-04-30"), ["2026-03-15", "2026-04-15"]);
        assert_eq!(OpenRule::compile(&schedule(&NINE_TO_FIVE)), Err(NotCompiled::NoStartDate));
    }

    #[test]
    fn a_night_runs_past_midnight_into_the_next_day() {
        // A night shelter, Fridays 20:00 to 08:00.
        let r = rule(&[("freq", "WEEKLY"), ("byday", "FR"), ("opens_at", "20:00"), ("closes_at", "08:00")]);
        assert!(r.is_open(utc("2026-03-06T22:00:00Z"), London));
        assert!(r.is_open(utc("2026-03-07T07:59:00Z"), London), "Saturday morning belongs to Friday's night");
        assert!(!r.is_open(utc("2026-03-07T08:00:00Z"), London));
        assert!(!r.is_open(utc("2026-03-07T22:00:00Z"), London));
        assert!(!r.is_open(utc("2026-03-06T07:00:00Z"), London), "Thursday's night is not open");
        assert!(r.is_open_on(day("2026-03-06"), London) && r.is_open_on(day("2026-03-07"), London));
        assert!(!r.is_open_on(day("2026-03-08"), London));
        let to_midnight = rule(&[("freq", "WEEKLY"), ("byday", "FR"), ("opens_at", "18:00"), ("closes_at", "00:00")]);
        assert!(to_midnight.is_open(utc("2026-03-06T23:59:00Z"), London));
        assert!(!to_midnight.is_open_on(day("2026-03-07"), London), "closing at midnight does not open Saturday");
        let all_day = rule(&[("freq", "WEEKLY"), ("byday", "FR"), ("opens_at", "00:00"), ("closes_at", "00:00")]);
        assert!(
            all_day.is_open(utc("2026-03-06T00:00:00Z"), London)
                && all_day.is_open(utc("2026-03-06T23:59:59Z"), London)
        );
        assert!(!all_day.is_open(utc("2026-03-07T00:00:00Z"), London));
    }

    #[test]
    fn wall_clock_hours_stay_put_across_summer_time_in_london() {
        let r = rule(&[("freq", "WEEKLY"), ("byday", "SA,SU,MO"), ("opens_at", "18:00"), ("closes_at", "20:00")]);
        // Clocks go forward on Sunday 29 March 2026: 18:00 is 18:00 GMT on Saturday, 17:00 UTC on Sunday.
        assert!(r.is_open(utc("2026-03-28T18:00:00Z"), London));
        assert!(!r.is_open(utc("2026-03-28T17:30:00Z"), London));
        assert!(r.is_open(utc("2026-03-29T17:00:00Z"), London));
        assert!(!r.is_open(utc("2026-03-29T19:00:00Z"), London));
        // And back on Sunday 25 October 2026.
        assert!(r.is_open(utc("2026-10-24T17:00:00Z"), London));
        assert!(r.is_open(utc("2026-10-25T18:00:00Z"), London));
        assert!(!r.is_open(utc("2026-10-25T17:30:00Z"), London));
    }

    #[test]
    fn wall_clock_hours_stay_put_across_summer_time_in_rome() {
        let r = rule(&[("freq", "WEEKLY"), ("byday", "SU"), ("opens_at", "18:00"), ("closes_at", "19:00")]);
        // 22 March 2026 is CET (UTC+1), 29 March CEST (UTC+2).
        assert!(r.is_open(utc("2026-03-22T17:00:00Z"), Rome));
        assert!(!r.is_open(utc("2026-03-22T16:30:00Z"), Rome));
        assert!(r.is_open(utc("2026-03-29T16:00:00Z"), Rome));
        assert!(!r.is_open(utc("2026-03-29T17:00:00Z"), Rome));
        // The hour that does not exist: 02:00–03:00 on 29 March. A rule 01:30–03:30 is open
        // from 01:30 CET to 03:30 CEST, which is an hour of real time.
        let night = rule(&[("freq", "WEEKLY"), ("byday", "SU"), ("opens_at", "01:30"), ("closes_at", "03:30")]);
        assert!(night.is_open(utc("2026-03-29T00:30:00Z"), Rome));
        assert!(night.is_open(utc("2026-03-29T01:29:00Z"), Rome));
        assert!(!night.is_open(utc("2026-03-29T01:30:00Z"), Rome));
        // The hour that happens twice: 02:00–03:00 on 25 October, both times open.
        let twice = rule(&[("freq", "WEEKLY"), ("byday", "SU"), ("opens_at", "02:00"), ("closes_at", "03:00")]);
        assert!(twice.is_open(utc("2026-10-25T00:30:00Z"), Rome));
        assert!(twice.is_open(utc("2026-10-25T01:30:00Z"), Rome));
        assert!(!twice.is_open(utc("2026-10-25T02:00:00Z"), Rome));
    }

    #[test]
    fn times_with_an_offset_put_the_rule_in_that_offset() {
        let r = rule(&[("freq", "WEEKLY"), ("byday", "MO"), ("opens_at", "09:00Z"), ("closes_at", "17:00Z")]);
        assert!(r.has_fixed_offset());
        // In summer, London reads 09:00Z as 10:00 BST.
        assert!(!r.is_open(utc("2026-06-01T08:30:00Z"), London));
        assert!(r.is_open(utc("2026-06-01T09:00:00Z"), London));
        let r = rule(&[("freq", "WEEKLY"), ("byday", "MO"), ("opens_at", "23:00+02:00"), ("closes_at", "23:30+02:00")]);
        // Monday 23:00 at +02:00 is Monday 21:00 UTC.
        assert!(r.is_open(utc("2026-06-01T21:10:00Z"), London));
        assert!(r.is_open_on(day("2026-06-01"), London));
        // In Tokyo that half hour is early on Tuesday.
        assert!(r.is_open_on(day("2026-06-02"), chrono_tz::Asia::Tokyo));
        assert!(!r.is_open_on(day("2026-06-01"), chrono_tz::Asia::Tokyo));
        let mixed = rule(&[("freq", "WEEKLY"), ("byday", "MO"), ("opens_at", "09:00Z"), ("closes_at", "12:00+01:00")]);
        assert!(
            mixed.is_open(utc("2026-06-01T10:59:00Z"), London) && !mixed.is_open(utc("2026-06-01T11:00:00Z"), London)
        );
    }

    #[test]
    fn times_are_read_with_or_without_seconds() {
        assert_eq!(clock("10:00"), Some((36_000, None)));
        assert_eq!(clock("10:00:30"), Some((36_030, None)));
        assert_eq!(clock("10:00:30.5Z"), Some((36_030, Some(Utc.fix()))));
        assert_eq!(clock("10:00-05:30").map(|(_, o)| o.map(|o| o.local_minus_utc())), Some(Some(-19_800)));
        assert_eq!(clock("25:00"), None);
        assert_eq!(clock("10"), None);
    }

    #[test]
    fn the_official_example_schedule_is_never_open() {
        // One day (1 January 2005, a Saturday), on Thursdays and Fridays of weeks 41 and 42 only.
        let r = rule(&[
            ("valid_from", "2005-01-01"),
            ("valid_to", "2005-01-01"),
            ("dtstart", "2005-01-01"),
            ("until", "2005-01-01"),
            ("count", "3"),
            ("wkst", "TU"),
            ("freq", "WEEKLY"),
            ("interval", "1"),
            ("byday", "TH,FR"),
            ("byweekno", "41,42"),
            ("bymonthday", "2,3,4"),
            ("byyearday", "2,3,4"),
            ("opens_at", "10:00:00"),
            ("closes_at", "18:00:00"),
        ]);
        assert_eq!(days(&r, "2004-12-01", "2005-12-31"), Vec::<String>::new());
    }
}
