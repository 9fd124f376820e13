//! iCalendar (RFC 5545) written by hand: a VCALENDAR of VEVENTs, each with an optional
//! recurrence rule. It owns the writing rules the project's feeds share: TEXT escaping, folding at
//! 75 octets between characters, CRLF line ends, and the RRULE grammar for the parts bridges uses
//! (FREQ WEEKLY/MONTHLY/YEARLY, INTERVAL, BYDAY with ordinals, BYMONTHDAY, BYWEEKNO, WKST, UNTIL,
//! COUNT). The subset is small, so no crate: every line of it is tested here.
//!
//! Events carry local wall-clock times with a TZID, because a weekly session stays at 18:00 across
//! daylight-saving changes. No VTIMEZONE is emitted (this crate holds no time-zone rules);
//! calendar clients resolve IANA names such as "Europe/Berlin" themselves.
//!
//! Pure: it must never do I/O, read a clock (the DTSTAMP is handed in) or panic on input. Deciding
//! what an event means (which days, which bound) is the caller's; this crate only writes it.

use chrono::{DateTime, NaiveDateTime, Utc, Weekday};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freq {
    Weekly,
    Monthly,
    Yearly,
}

/// When a rule stops. RFC 5545 wants UTC when DTSTART has a TZID or is in UTC, and a local time
/// when DTSTART is floating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Until {
    Utc(DateTime<Utc>),
    Floating(NaiveDateTime),
}

/// An RRULE. The writer does not check which parts RFC 5545 allows together (BYWEEKNO only with
/// YEARLY, never both UNTIL and COUNT…): the caller builds rules it knows are valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub freq: Freq,
    /// Left out when `None`; RFC 5545 reads that as 1.
    pub interval: Option<u32>,
    /// Weekdays with an ordinal (0 = every such weekday), in the order given.
    pub by_day: Vec<(i8, Weekday)>,
    pub by_month_day: Vec<i8>,
    pub by_week_no: Vec<i8>,
    pub wkst: Option<Weekday>,
    pub until: Option<Until>,
    pub count: Option<u32>,
}

impl Rule {
    /// A rule with only its frequency.
    pub fn new(freq: Freq) -> Rule {
        Rule {
            freq,
            interval: None,
            by_day: Vec::new(),
            by_month_day: Vec::new(),
            by_week_no: Vec::new(),
            wkst: None,
            until: None,
            count: None,
        }
    }

    /// The value of the RRULE property, as in `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,-1FR`.
    pub fn value(&self) -> String {
        let mut parts = vec![format!(
            "FREQ={}",
            match self.freq {
                Freq::Weekly => "WEEKLY",
                Freq::Monthly => "MONTHLY",
                Freq::Yearly => "YEARLY",
            }
        )];
        if let Some(interval) = self.interval {
            parts.push(format!("INTERVAL={interval}"));
        }
        if !self.by_week_no.is_empty() {
            parts.push(format!("BYWEEKNO={}", numbers(&self.by_week_no)));
        }
        if !self.by_month_day.is_empty() {
            parts.push(format!("BYMONTHDAY={}", numbers(&self.by_month_day)));
        }
        if !self.by_day.is_empty() {
            let days: Vec<String> = self
                .by_day
                .iter()
                .map(|&(n, d)| if n == 0 { weekday(d).to_string() } else { format!("{n}{}", weekday(d)) })
                .collect();
            parts.push(format!("BYDAY={}", days.join(",")));
        }
        if let Some(wkst) = self.wkst {
            parts.push(format!("WKST={}", weekday(wkst)));
        }
        match self.until {
            Some(Until::Utc(at)) => parts.push(at.format("UNTIL=%Y%m%dT%H%M%SZ").to_string()),
            Some(Until::Floating(at)) => parts.push(at.format("UNTIL=%Y%m%dT%H%M%S").to_string()),
            None => {}
        }
        if let Some(count) = self.count {
            parts.push(format!("COUNT={count}"));
        }
        parts.join(";")
    }
}

/// The two-letter weekday RFC 5545 uses.
pub fn weekday(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

fn numbers(list: &[i8]) -> String {
    list.iter().map(i8::to_string).collect::<Vec<_>>().join(",")
}

/// Where an event's start is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// Local time in the calendar's zone (floating when the calendar has none).
    Local(NaiveDateTime),
    /// Local time in a zone of its own, by IANA name.
    Zoned(String, NaiveDateTime),
    /// A UTC time.
    Utc(NaiveDateTime),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub location: String,
    /// A URI, written as given (no TEXT escaping applies to it); empty leaves it out.
    pub url: String,
    pub start: Start,
    pub seconds: u32,
    pub rule: Option<Rule>,
}

/// What the VCALENDAR says of itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Calendar<'a> {
    /// PRODID, as in `-//bridges//Measure//EN`.
    pub product: &'a str,
    /// X-WR-CALNAME, the name clients show for a subscription.
    pub name: &'a str,
    /// The IANA zone of [`Start::Local`] times; empty gives floating times, which clients show
    /// unchanged in any zone.
    pub tzid: &'a str,
    /// DTSTAMP of every event: when the feed was written.
    pub stamp: DateTime<Utc>,
}

/// A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters
/// dropped, since clients disagree on them and they have no place in a name or a description.
pub fn text(s: &str) -> String {
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
pub fn param(s: &str) -> String {
    let clean: String = s.chars().filter(|c| !c.is_control() && *c != '"').collect();
    if clean.contains([';', ':', ',']) {
        format!("\"{clean}\"")
    } else {
        clean
    }
}

/// Appends one content line folded at 75 octets. A fold goes between characters, never inside a
/// UTF-8 sequence, because clients that unfold byte-wise would otherwise rebuild broken text.
pub fn line(out: &mut String, content: &str) {
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

/// A DURATION value in whole hours, minutes and seconds (days would change length across a
/// change of clocks; hours do not).
pub fn duration(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 || (h == 0 && s == 0) {
        out.push_str(&format!("{m}M"));
    }
    if s > 0 {
        out.push_str(&format!("{s}S"));
    }
    out
}

/// A VCALENDAR with PRODID, VERSION 2.0, CALSCALE GREGORIAN, X-WR-CALNAME, X-WR-TIMEZONE (unless
/// floating), and one VEVENT per event with UID, DTSTAMP, DTSTART, DURATION, SUMMARY, DESCRIPTION,
/// LOCATION and URL (empty ones left out) and RRULE. Lines are folded at 75 octets and end in CRLF.
pub fn write(calendar: &Calendar, events: &[Event]) -> String {
    let mut out = String::new();
    let tzid = calendar.tzid.trim();
    let floating = tzid.is_empty();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, &format!("PRODID:{}", text(calendar.product)));
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, &format!("X-WR-CALNAME:{}", text(calendar.name)));
    if !floating {
        line(&mut out, &format!("X-WR-TIMEZONE:{}", text(tzid)));
    }
    let stamp = calendar.stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for e in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", text(&e.uid)));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        let form = "%Y%m%dT%H%M%S";
        let start = match &e.start {
            Start::Local(at) if floating => format!("DTSTART:{}", at.format(form)),
            Start::Local(at) => format!("DTSTART;TZID={}:{}", param(tzid), at.format(form)),
            Start::Zoned(zone, at) => format!("DTSTART;TZID={}:{}", param(zone.trim()), at.format(form)),
            Start::Utc(at) => format!("DTSTART:{}Z", at.format(form)),
        };
        line(&mut out, &start);
        line(&mut out, &format!("DURATION:{}", duration(e.seconds)));
        for (key, value) in [("SUMMARY", &e.summary), ("DESCRIPTION", &e.description), ("LOCATION", &e.location)] {
            let value = text(value);
            if !value.is_empty() {
                line(&mut out, &format!("{key}:{value}"));
            }
        }
        let url: String = e.url.chars().filter(|c| !c.is_control()).collect();
        if !url.trim().is_empty() {
            line(&mut out, &format!("URL:{}", url.trim()));
        }
        if let Some(rule) = &e.rule {
            line(&mut out, &format!("RRULE:{}", rule.value()));
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap()
    }

    fn head(tzid: &str) -> Calendar<'_> {
        Calendar { product: "-//bridges//Test//EN", name: "x", tzid, stamp: at(2026, 12, 4, 12, 0).and_utc() }
    }

    fn event(summary: &str) -> Event {
        Event {
            uid: "a@b".into(),
            summary: summary.into(),
            description: String::new(),
            location: String::new(),
            url: String::new(),
            start: Start::Local(at(2026, 1, 6, 18, 0)),
            seconds: 5400,
            rule: None,
        }
    }

    #[test]
    fn long_arabic_lines_fold_between_characters_and_unfold_back() {
        let summary = "لقاء أسبوعي للتعارف بين المتطوعين والقادمين الجدد، مع الشاي والقهوة، ".repeat(4);
        let ics = write(&head("Asia/Beirut"), &[event(&summary)]);
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
        let ics = write(&head("Europe/Berlin"), &[event("Hi;\nthere")]);
        assert!(ics.contains("\r\nSUMMARY:Hi\\;\\nthere\r\n"));
        assert_eq!(param("Odd;Zone\""), "\"Odd;Zone\"");
    }

    #[test]
    fn durations() {
        assert_eq!(
            [duration(0), duration(2700), duration(3600), duration(9000), duration(86_400), duration(3601)],
            ["PT0M", "PT45M", "PT1H", "PT2H30M", "PT24H", "PT1H1S"]
        );
    }

    #[test]
    fn rules_write_their_parts_in_one_order() {
        let mut rule = Rule::new(Freq::Monthly);
        rule.interval = Some(2);
        rule.by_day = vec![(2, Weekday::Mon), (-1, Weekday::Fri), (0, Weekday::Sat)];
        rule.by_month_day = vec![1, -1];
        rule.wkst = Some(Weekday::Sun);
        rule.until = Some(Until::Utc(at(2026, 3, 1, 22, 59).and_utc()));
        assert_eq!(
            rule.value(),
            "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1,-1;BYDAY=2MO,-1FR,SA;WKST=SU;UNTIL=20260301T225900Z"
        );
        let mut yearly = Rule::new(Freq::Yearly);
        yearly.by_week_no = vec![41, -1];
        yearly.by_day = vec![(0, Weekday::Thu)];
        yearly.count = Some(3);
        assert_eq!(yearly.value(), "FREQ=YEARLY;BYWEEKNO=41,-1;BYDAY=TH;COUNT=3");
        let mut floating = Rule::new(Freq::Weekly);
        floating.until = Some(Until::Floating(at(2026, 2, 17, 18, 0)));
        assert_eq!(floating.value(), "FREQ=WEEKLY;UNTIL=20260217T180000");
    }

    #[test]
    fn starts_in_the_calendars_zone_their_own_or_utc_and_urls_as_given() {
        let zoned = Event { start: Start::Zoned("Etc/GMT-2".into(), at(2026, 1, 6, 9, 0)), ..event("a") };
        let utc = Event { start: Start::Utc(at(2026, 1, 6, 9, 0)), url: "http://example.com/a,b".into(), ..event("b") };
        let ics = write(&head("Europe/London"), &[zoned, utc]);
        assert!(ics.contains("\r\nDTSTART;TZID=Etc/GMT-2:20260106T090000\r\n"), "{ics}");
        assert!(ics.contains("\r\nDTSTART:20260106T090000Z\r\n"));
        assert!(ics.contains("\r\nURL:http://example.com/a,b\r\n"), "a URI is not TEXT");
        assert!(ics.contains("\r\nPRODID:-//bridges//Test//EN\r\nCALSCALE:GREGORIAN\r\nX-WR-CALNAME:x\r\n"));
        let floating = write(&head(""), &[event("c")]);
        assert!(floating.contains("\r\nDTSTART:20260106T180000\r\n") && !floating.contains("X-WR-TIMEZONE"));
    }
}
