//! iCalendar (RFC 5545) feeds of sessions, so volunteers and staff can subscribe to them in the
//! calendar they already use. Written by hand: the subset needed is small, and every line of it is
//! tested here.
//!
//! Events carry local wall-clock times with a TZID, because a weekly session stays at 18:00 across
//! daylight-saving changes. No VTIMEZONE is emitted (this crate holds no time-zone rules);
//! calendar clients resolve IANA names such as "Europe/Berlin" themselves.

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

/// A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters
/// dropped, since clients disagree on them and they have no place in a session's name.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                // A Windows line break is one break, not two.
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value: quoted when it holds a separator, with the characters a parameter can never
/// carry dropped.
fn param(s: &str) -> String {
    let clean: String = s.chars().filter(|c| !c.is_control() && *c != '"').collect();
    if clean.contains([';', ':', ',']) {
        format!("\"{clean}\"")
    } else {
        clean
    }
}

/// Appends one content line folded at 75 octets. A fold goes between characters, never inside a
/// UTF-8 sequence, because clients that unfold byte-wise would otherwise rebuild broken text.
fn line(out: &mut String, content: &str) {
    let mut used = 0;
    for c in content.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

fn duration(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("PT{m}M"),
        (h, 0) => format!("PT{h}H"),
        (h, m) => format!("PT{h}H{m}M"),
    }
}

/// The RRULE for a weekly repeat, or None when the repeat ends before the event starts.
///
/// RFC 5545 wants UNTIL in UTC when DTSTART has a TZID, and this crate cannot convert local time.
/// It does not need to: UNTIL only has to fall between the last wanted occurrence and the next
/// one, a week or more later. The last occurrence's local time plus 12 hours does, for every UTC
/// offset in use (−12 to +14 hours), daylight saving included.
fn rrule(start: NaiveDateTime, repeat: Repeat, floating: bool) -> Option<String> {
    let Repeat::Weekly { interval, until } = repeat;
    let interval = interval.max(1);
    let mut rule = format!("RRULE:FREQ=WEEKLY;INTERVAL={interval}");
    if let Some(until) = until {
        let days = (until - start.date()).num_days();
        if days < 0 {
            return None;
        }
        let every = 7 * i64::from(interval);
        let last = TimeDelta::try_days(days / every * every).and_then(|d| start.checked_add_signed(d));
        let bound = if floating { last } else { last.and_then(|l| l.checked_add_signed(TimeDelta::hours(12))) };
        if let Some(bound) = bound {
            rule.push_str(
                &bound.format(if floating { ";UNTIL=%Y%m%dT%H%M%S" } else { ";UNTIL=%Y%m%dT%H%M%SZ" }).to_string(),
            );
        }
    }
    Some(rule)
}

/// A VCALENDAR with PRODID "-//bridges//Measure//EN", VERSION 2.0, CALSCALE GREGORIAN,
/// X-WR-CALNAME name, X-WR-TIMEZONE tzid, and one VEVENT per event with UID, DTSTAMP (`stamp`,
/// UTC), `DTSTART;TZID=<tzid>`, DURATION, SUMMARY, DESCRIPTION and LOCATION (empty ones left out)
/// and RRULE:FREQ=WEEKLY;INTERVAL=n[;UNTIL=...]. Lines are folded at 75 octets and end in CRLF.
/// An empty `tzid` gives floating times, which clients show unchanged in any zone.
pub fn calendar(name: &str, tzid: &str, stamp: DateTime<Utc>, events: &[Event]) -> String {
    let mut out = String::new();
    let floating = tzid.trim().is_empty();
    for fixed in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bridges//Measure//EN", "CALSCALE:GREGORIAN"] {
        line(&mut out, fixed);
    }
    line(&mut out, &format!("X-WR-CALNAME:{}", text(name)));
    if !floating {
        line(&mut out, &format!("X-WR-TIMEZONE:{}", text(tzid.trim())));
    }
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for e in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", text(&e.uid)));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        let start = e.start.format("%Y%m%dT%H%M%S");
        if floating {
            line(&mut out, &format!("DTSTART:{start}"));
        } else {
            line(&mut out, &format!("DTSTART;TZID={}:{start}", param(tzid.trim())));
        }
        line(&mut out, &format!("DURATION:{}", duration(e.minutes)));
        for (key, value) in [("SUMMARY", &e.summary), ("DESCRIPTION", &e.description), ("LOCATION", &e.location)] {
            let value = text(value);
            if !value.is_empty() {
                line(&mut out, &format!("{key}:{value}"));
            }
        }
        if let Some(rule) = e.repeat.and_then(|r| rrule(e.start, r, floating)) {
            line(&mut out, &rule);
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
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
    fn long_arabic_lines_fold_between_characters_and_unfold_back() {
        let summary = "لقاء أسبوعي للتعارف بين المتطوعين والقادمين الجدد، مع الشاي والقهوة، ".repeat(4);
        let ics = calendar("", "Asia/Beirut", stamp(), &[event(&summary)]);
        for raw in ics.as_bytes().split(|b| *b == b'\n') {
            let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
            assert!(raw.len() <= 75, "{} octets", raw.len());
            assert!(std::str::from_utf8(raw).is_ok(), "a fold split a character");
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("\r\nSUMMARY:{}\r\n", text(&summary))));
        assert!(ics.matches("\r\n ").count() >= 5);
        assert!(!ics.replace("\r\n", "").contains(['\r', '\n']), "every line ends in CRLF");
    }

    #[test]
    fn text_is_escaped_and_control_characters_dropped() {
        assert_eq!(text("a,b;c\\d\r\ne\rf\u{7}g\tx"), "a\\,b\\;c\\\\d\\ne\\nfgx");
        let ics = calendar("x", "Europe/Berlin", stamp(), &[event("Hi;\nthere")]);
        assert!(ics.contains("\r\nSUMMARY:Hi\\;\\nthere\r\n"));
        assert_eq!(param("Odd;Zone\""), "\"Odd;Zone\"");
    }

    #[test]
    fn durations() {
        assert_eq!([duration(0), duration(45), duration(60), duration(150)], ["PT0M", "PT45M", "PT1H", "PT2H30M"]);
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
