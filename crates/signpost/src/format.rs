//! Turning one given value into a field's [`Value`], or the code of what is wrong with it.
//!
//! The checks are at least as strict as the JSON Schema's formats (`uuid`, `uri`, `email`,
//! `date-time`) so that whatever is accepted exports valid; dates, times and the parts of a
//! recurrence rule are checked too, though the schema does not assert them, because the directory
//! computes with them and HSDS defines their form.

use crate::model::{Field, FieldType, HsdsId, RulePart, Value};
use serde_json::Number;

/// Parses a non-empty text for a field of any string type.
pub(crate) fn text_value(field: &Field, text: &str) -> Result<Value, &'static str> {
    let valid = match field.ty {
        FieldType::Uuid => return HsdsId::parse(text).map(Value::Id).ok_or("hsds-bad-uuid"),
        FieldType::Number => return number(text).map(Value::Number).ok_or("hsds-wrong-type"),
        FieldType::Text => Ok(()),
        FieldType::Uri => check(is_uri(text), "hsds-bad-uri"),
        FieldType::Email => check(is_email(text), "hsds-bad-email"),
        FieldType::Date => check(is_date(text), "hsds-bad-date"),
        FieldType::Time => check(is_time(text, false), "hsds-bad-time"),
        FieldType::DateTime => check(is_date_time(text), "hsds-bad-datetime"),
        FieldType::RulePart(part) => check(is_rule_part(part, text), "hsds-bad-rrule-part"),
    };
    valid?;
    if !field.allowed.is_empty() && !field.allowed.contains(&text) {
        return Err("hsds-not-allowed");
    }
    Ok(Value::Text(text.to_string()))
}

fn check(valid: bool, code: &'static str) -> Result<(), &'static str> {
    if valid {
        Ok(())
    } else {
        Err(code)
    }
}

/// A number written as JSON writes one (a CSV cell), with nothing around it.
pub(crate) fn number(text: &str) -> Option<Number> {
    if text.trim() != text {
        return None;
    }
    serde_json::from_str::<Number>(text).ok()
}

fn digits(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// `YYYY-MM-DD`, a day that exists.
pub(crate) fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts[..] else { return false };
    if year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return false;
    }
    let (Some(year), Some(month), Some(day)) = (digits(year), digits(month), digits(day)) else { return false };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let last = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=last).contains(&day)
}

/// `HH:MM[:SS[.fff]]` and an optional `Z` or `±HH:MM`; with `full`, RFC 3339's full-time (seconds
/// and offset both required).
pub(crate) fn is_time(text: &str, full: bool) -> bool {
    let (clock, offset) = match text.find(['Z', 'z', '+', '-']) {
        Some(at) => text.split_at(at),
        None => (text, ""),
    };
    let offset_ok = match offset.as_bytes().first() {
        None => !full,
        Some(b'Z' | b'z') => offset.len() == 1,
        Some(_) => is_hours_minutes(&offset[1..], 23),
    };
    let (hours_minutes, seconds) = match clock.get(5..) {
        Some(rest) if !rest.is_empty() => (&clock[..5], rest),
        _ => (clock, ""),
    };
    let seconds_ok = match seconds.strip_prefix(':') {
        None => seconds.is_empty() && !full,
        Some(rest) => {
            let (whole, fraction) = rest.split_once('.').unwrap_or((rest, "0"));
            whole.len() == 2 && digits(whole).is_some_and(|s| s <= 60) && digits(fraction).is_some()
        }
    };
    offset_ok && seconds_ok && is_hours_minutes(hours_minutes, 23)
}

fn is_hours_minutes(text: &str, max_hours: u32) -> bool {
    let Some((hours, minutes)) = text.split_once(':') else { return false };
    hours.len() == 2
        && minutes.len() == 2
        && digits(hours).is_some_and(|h| h <= max_hours)
        && digits(minutes).is_some_and(|m| m <= 59)
}

/// RFC 3339: a date, `T`, a full time.
pub(crate) fn is_date_time(text: &str) -> bool {
    match text.split_once(['T', 't']) {
        Some((date, time)) => is_date(date) && is_time(time, true),
        None => false,
    }
}

/// A comma-separated list of the part's items, at least one.
pub(crate) fn is_rule_part(part: RulePart, text: &str) -> bool {
    let max = match part {
        RulePart::ByDay => return text.split(',').all(is_weekday_item),
        RulePart::ByWeekNo => 53,
        RulePart::ByMonthDay => 31,
        RulePart::ByYearDay => 366,
    };
    text.split(',').all(|item| is_signed_ordinal(item, max))
}

const WEEKDAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// `[+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU)`, the ordinal 1 to 53.
fn is_weekday_item(item: &str) -> bool {
    let Some(ordinal) = WEEKDAYS.iter().find_map(|day| item.strip_suffix(day)) else { return false };
    ordinal.is_empty() || is_signed_ordinal(ordinal, 53)
}

/// Whether a BYDAY item carries an ordinal (`2TU`, `-1FR`), which RFC 5545 allows only with
/// MONTHLY or YEARLY recurrence.
pub(crate) fn has_ordinal(byday: &str) -> bool {
    byday.split(',').any(|item| item.bytes().next().is_some_and(|b| b.is_ascii_digit() || b == b'+' || b == b'-'))
}

fn is_signed_ordinal(item: &str, max: u32) -> bool {
    let unsigned = item.strip_prefix(['+', '-']).unwrap_or(item);
    unsigned.len() <= 3 && digits(unsigned).is_some_and(|n| (1..=max).contains(&n))
}

/// RFC 3986's absolute URI: a scheme, then only characters a URI may hold (percent-encodings
/// well formed), an authority's port made of digits, and no IP literal in brackets (refused
/// rather than half checked).
pub(crate) fn is_uri(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else { return false };
    let scheme_ok = scheme.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && scheme.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    if !scheme_ok {
        return false;
    }
    let (before_fragment, fragment) = rest.split_once('#').unwrap_or((rest, ""));
    if !uri_chars(before_fragment, b"/?:@") || !uri_chars(fragment, b"/?:@") {
        return false;
    }
    let Some(after_slashes) = before_fragment.strip_prefix("//") else { return true };
    let authority = after_slashes.split(['/', '?']).next().unwrap_or_default();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    match host_port.split_once(':') {
        Some((host, port)) => !host.contains(':') && port.bytes().all(|b| b.is_ascii_digit()),
        None => true,
    }
}

/// Whether every character is unreserved, a sub-delimiter, one of `extra`, or a `%` with two hex
/// digits.
fn uri_chars(text: &str, extra: &[u8]) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b == b'%' {
            let hex = bytes.get(at + 1..at + 3).is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
            if !hex {
                return false;
            }
            at += 3;
            continue;
        }
        let allowed = b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=".contains(&b) || extra.contains(&b);
        if !allowed {
            return false;
        }
        at += 1;
    }
    true
}

/// An address of the form RFC 5321 calls a dot-string at a domain: the forms people write, and
/// a subset of what the JSON Schema's `email` accepts (quoted local parts and address literals
/// are refused).
pub(crate) fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else { return false };
    let atext = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-/=?^_`{|}~".contains(&b);
    let local_ok = local.len() <= 64 && local.split('.').all(|atom| !atom.is_empty() && atom.bytes().all(atext));
    let label_ok = |label: &str| {
        (1..=63).contains(&label.len())
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    local_ok && domain.len() <= 253 && domain.split('.').all(label_ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_real_days_in_iso_form() {
        for good in ["2005-01-01", "2024-02-29", "2000-02-29", "2022-12-31"] {
            assert!(is_date(good), "{good}");
        }
        for bad in ["2023-02-29", "1900-02-29", "2005-1-01", "2005-13-01", "2005-00-10", "05-01-01", "2005/01/01", ""] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn times_take_minutes_seconds_and_offsets() {
        for good in ["10:00", "10:00:00", "23:59:60", "10:00Z", "10:00:00+01:00", "10:00:00.5-05:30", "00:00"] {
            assert!(is_time(good, false), "{good}");
        }
        for bad in ["24:00", "10:60", "10", "10:0", "10:00:0", "10:00:00.", "10:00+1", "10:00:00Zx", "1000", "ten"] {
            assert!(!is_time(bad, false), "{bad}");
        }
        assert!(is_time("10:30:45.123Z", true));
        assert!(!is_time("10:30Z", true) && !is_time("10:30:45", true));
    }

    #[test]
    fn date_times_are_rfc_3339() {
        assert!(is_date_time("2023-03-15T10:30:45.123Z"));
        assert!(is_date_time("2023-03-15t10:30:45+02:00"));
        for bad in ["2023-03-15 10:30:45Z", "2023-03-15T10:30:45", "2023-03-15", "2023-03-15T10:30Z"] {
            assert!(!is_date_time(bad), "{bad}");
        }
    }

    #[test]
    fn rule_parts_are_lists_of_their_items() {
        assert!(is_rule_part(RulePart::ByDay, "TH,FR"));
        assert!(is_rule_part(RulePart::ByDay, "-1FR,2TU,+3SU"));
        assert!(is_rule_part(RulePart::ByMonthDay, "2,3,4"));
        assert!(is_rule_part(RulePart::ByYearDay, "-366,1"));
        assert!(is_rule_part(RulePart::ByWeekNo, "41,42"));
        for (part, bad) in [
            (RulePart::ByDay, "Thursday"),
            (RulePart::ByDay, "TH,"),
            (RulePart::ByDay, "54MO"),
            (RulePart::ByDay, "0MO"),
            (RulePart::ByMonthDay, "32"),
            (RulePart::ByMonthDay, "0"),
            (RulePart::ByWeekNo, "1 ,2"),
            (RulePart::ByYearDay, ""),
        ] {
            assert!(!is_rule_part(part, bad), "{bad}");
        }
        assert!(has_ordinal("MO,-1FR") && has_ordinal("2TU") && !has_ordinal("TH,FR"));
    }

    #[test]
    fn uris_need_a_scheme_and_uri_characters() {
        for good in [
            "http://example.com",
            "https://openreferral.org/wp-content/uploads/2018/02/OpenReferral_Logo_Green-4-1.png",
            "mailto:a@example.com",
            "http://u:p@example.com:8080/a?b=c#d",
            "urn:isbn:0451450523",
            "http://example.com/%C3%A9",
        ] {
            assert!(is_uri(good), "{good}");
        }
        for bad in [
            "example.com",
            "/relative",
            "http://exa mple.com",
            "http://example.com/é",
            "http://example.com:80a",
            "http://[::1]/",
            "1http://x",
            "http://x/%zz",
            "",
        ] {
            assert!(!is_uri(bad), "{bad}");
        }
    }

    #[test]
    fn emails_are_dot_strings_at_host_names() {
        for good in ["email@example.com", "a.b+c@sub.example.org", "x@localhost"] {
            assert!(is_email(good), "{good}");
        }
        for bad in ["email", "@example.com", "a@", "a..b@example.com", "a b@example.com", "a@-x.com", "a@x..com"] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn numbers_in_cells_are_json_numbers_with_nothing_around() {
        assert_eq!(number("35").map(|n| n.to_string()), Some("35".into()));
        assert_eq!(number("35.50").map(|n| n.to_string()), Some("35.5".into()));
        assert_eq!(number("-0.5").map(|n| n.to_string()), Some("-0.5".into()));
        for bad in [" 35", "35 ", "+35", "NaN", "0x10", "", "1,5"] {
            assert_eq!(number(bad), None, "{bad}");
        }
    }
}
