//! iCalendar (RFC 5545) feeds of sessions, so volunteers and staff can subscribe to them in the
//! calendar they already use. The writing itself (escaping, folding, the RRULE grammar) is
//! `bridges-ical`'s, shared with Signpost; what a session's repeat means is decided here.
//!
//! Events carry local wall-clock times with a TZID, because a weekly session stays at 18:00 across
//! daylight-saving changes. No VTIMEZONE is emitted (this crate holds no time-zone rules);
//! calendar clients resolve IANA names such as "Europe/Berlin" themselves.

use bridges_ical::{Freq, Rule, Start, Until};
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeDelta, Utc};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    /// Every `interval` weeks (0 is read as 1), up to and including the date `until`.
    Weekly { interval: u32, until: Option<NaiveDate> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub location: String,
    /// Local time in the calendar's time zone.
    pub start: NaiveDateTime,
    pub minutes: u32,
    pub repeat: Option<Repeat>,
}

/// The RRULE for a weekly repeat, or None when the repeat ends before the event starts.
///
/// RFC 5545 wants UNTIL in UTC when DTSTART has a TZID, and this crate cannot convert local time.
/// It does not need to: UNTIL only has to fall between the last wanted occurrence and the next
/// one, a week or more later. The last occurrence's local time plus 12 hours does, for every UTC
/// offset in use (−12 to +14 hours), daylight saving included.
fn rrule(start: NaiveDateTime, repeat: Repeat, floating: bool) -> Option<Rule> {
    let Repeat::Weekly { interval, until } = repeat;
    let interval = interval.max(1);
    let mut rule = Rule::new(Freq::Weekly);
    rule.interval = Some(interval);
    if let Some(until) = until {
        let days = (until - start.date()).num_days();
        if days < 0 {
            return None;
        }
        let every = 7 * i64::from(interval);
        let last = TimeDelta::try_days(days / every * every).and_then(|d| start.checked_add_signed(d));
        rule.until = if floating {
            last.map(Until::Floating)
        } else {
            last.and_then(|l| l.checked_add_signed(TimeDelta::hours(12))).map(|b| Until::Utc(b.and_utc()))
        };
    }
    Some(rule)
}

/// A VCALENDAR with PRODID "-//bridges//Measure//EN", VERSION 2.0, CALSCALE GREGORIAN,
/// X-WR-CALNAME name, X-WR-TIMEZONE tzid, and one VEVENT per event with UID, DTSTAMP (`stamp`,
/// UTC), `DTSTART;TZID=<tzid>`, DURATION, SUMMARY, DESCRIPTION and LOCATION (empty ones left out)
/// and RRULE:FREQ=WEEKLY;INTERVAL=n[;UNTIL=...]. Lines are folded at 75 octets and end in CRLF.
/// An empty `tzid` gives floating times, which clients show unchanged in any zone.
pub fn calendar(name: &str, tzid: &str, stamp: DateTime<Utc>, events: &[Event]) -> String {
    let floating = tzid.trim().is_empty();
    let events: Vec<bridges_ical::Event> = events
        .iter()
        .map(|e| bridges_ical::Event {
            uid: e.uid.clone(),
            summary: e.summary.clone(),
            description: e.description.clone(),
            location: e.location.clone(),
            url: String::new(),
            start: Start::Local(e.start),
            seconds: e.minutes.saturating_mul(60),
            rule: e.repeat.and_then(|r| rrule(e.start, r, floating)),
        })
        .collect();
    let head = bridges_ical::Calendar { product: "-//bridges//Measure//EN", name, tzid, stamp };
    bridges_ical::write(&head, &events)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap()
    }

    fn stamp() -> DateTime<Utc> {
        at(2026, 12, 4, 12, 0).and_utc()
    }

    fn event(summary: &str) -> Event {
        Event {
            uid: "session-7@bridges".into(),
            summary: summary.into(),
            description: String::new(),
            location: String::new(),
            start: at(2026, 1, 6, 18, 0),
            minutes: 90,
            repeat: None,
        }
    }

    #[test]
    fn snapshot_of_a_small_calendar() {
        let e = Event {
            description: "Bring a friend, or two; tea\\coffee\nprovided".into(),
            location: "Town hall, room 2".into(),
            repeat: Some(Repeat::Weekly { interval: 1, until: None }),
            ..event("Language café")
        };
        let expected = "BEGIN:VCALENDAR\r\n\
            VERSION:2.0\r\n\
            PRODID:-//bridges//Measure//EN\r\n\
            CALSCALE:GREGORIAN\r\n\
            X-WR-CALNAME:Sessions\\, Tandem\r\n\
            X-WR-TIMEZONE:Europe/Berlin\r\n\
            BEGIN:VEVENT\r\n\
            UID:session-7@bridges\r\n\
            DTSTAMP:20261204T120000Z\r\n\
            DTSTART;TZID=Europe/Berlin:20260106T180000\r\n\
            DURATION:PT1H30M\r\n\
            SUMMARY:Language café\r\n\
            DESCRIPTION:Bring a friend\\, or two\\; tea\\\\coffee\\nprovided\r\n\
            LOCATION:Town hall\\, room 2\r\n\
            RRULE:FREQ=WEEKLY;INTERVAL=1\r\n\
            END:VEVENT\r\n\
            END:VCALENDAR\r\n";
        assert_eq!(calendar("Sessions, Tandem", "Europe/Berlin", stamp(), &[e]), expected);
    }

    #[test]
    fn text_and_durations_are_written_as_before() {
        let ics = calendar("x", "Europe/Berlin", stamp(), &[event("Hi;\nthere")]);
        assert!(ics.contains("\r\nSUMMARY:Hi\\;\\nthere\r\n"));
        for (minutes, written) in [(0, "PT0M"), (45, "PT45M"), (60, "PT1H"), (150, "PT2H30M")] {
            let ics = calendar("x", "Europe/Berlin", stamp(), &[Event { minutes, ..event("x") }]);
            assert!(ics.contains(&format!("\r\nDURATION:{written}\r\n")), "{ics}");
        }
    }

    #[test]
    fn repeat_until_ends_between_the_last_occurrence_and_the_next() {
        // Every other Tuesday from 6 January: 20 Jan, 3 Feb, 17 Feb, then 3 Mar is past 1 March.
        let e = Event {
            repeat: Some(Repeat::Weekly { interval: 2, until: NaiveDate::from_ymd_opt(2026, 3, 1) }),
            ..event("x")
        };
        let ics = calendar("x", "Europe/Berlin", stamp(), std::slice::from_ref(&e));
        assert!(ics.contains("\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20260218T060000Z\r\n"), "{ics}");
        let floating = calendar("x", "", stamp(), std::slice::from_ref(&e));
        assert!(floating.contains("\r\nDTSTART:20260106T180000\r\n") && !floating.contains("X-WR-TIMEZONE"));
        assert!(floating.contains(";UNTIL=20260217T180000\r\n"));
        // An end before the start leaves a single event.
        let before =
            Event { repeat: Some(Repeat::Weekly { interval: 1, until: NaiveDate::from_ymd_opt(2025, 12, 1) }), ..e };
        assert!(!calendar("x", "Europe/Berlin", stamp(), &[before]).contains("RRULE"));
    }
}
