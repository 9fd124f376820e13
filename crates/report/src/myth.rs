//! Myth-buster cards: "people think X, the figure is Y", as one sentence and as one shareable SVG
//! card (1200 × 630, the size link previews use), in the reader's language.

use crate::{number, shown, Myth, Words};
use bridges_measure::xml_escape as escape;

fn with_unit(value: f64, unit: &str, rtl: bool) -> String {
    format!("{}{unit}", number(value, rtl))
}

/// The guess, rounded as people speak of it.
fn rounded(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// "People asked think 45%; the figure is 62% (source, 2026-01-01)."
pub fn sentence(words: &dyn Words, myth: &Myth) -> String {
    let rtl = words.rtl();
    let actual = with_unit(myth.actual, &myth.unit, rtl);
    let source = match myth.as_of {
        Some(d) => format!("{}, {d}", myth.source),
        None => myth.source.clone(),
    };
    match myth.perceived {
        Some(p) => words.t_args(
            "report-myth-sentence",
            &[
                ("perceived", with_unit(rounded(p), &myth.unit, rtl)),
                ("actual", actual),
                ("source", source),
                ("n", shown(words, Some(&myth.n))),
            ],
        ),
        None => words.t_args(
            "report-myth-too-few",
            &[("actual", actual), ("source", source), ("n", shown(words, Some(&myth.n)))],
        ),
    }
}

/// Breaks text into lines of at most `width` characters at spaces (a long word stays whole), and
/// at most `max` lines, the last one ending in "…" when text is left over.
fn wrap(text: &str, width: usize, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    lines
}

/// The card: what was asked, the guess and the figure as two large numbers with bars drawn to
/// the same scale from zero, and the source. Self-contained SVG with no script and no external
/// reference, so it can be embedded anywhere and drawn to PNG.
pub fn card(words: &dyn Words, myth: &Myth, organisation: &str) -> String {
    let rtl = words.rtl();
    let (w, h) = (1200.0, 630.0);
    let (start, anchor) = if rtl { (w - 60.0, "end") } else { (60.0, "start") };
    // No `direction` attribute: anchors then mean the same left or right end in browsers and in
    // resvg; right-to-left text is kept in order by an isolate instead.
    let dir = "";
    let escape = |text: &str| escape(&if rtl { format!("\u{2067}{text}\u{2069}") } else { text.to_string() });
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" font-family=\"Noto Sans, DejaVu Sans, sans-serif\"><title>{}</title><rect width=\"{w}\" height=\"{h}\" fill=\"#fbf8f2\"/><rect width=\"{w}\" height=\"14\" fill=\"#2f6f8f\"/>",
        bridges_measure::xml_escape(&sentence(words, myth))
    );
    let mut y = 90.0;
    for line in wrap(&myth.label, 52, 2) {
        s.push_str(&format!(
            "<text x=\"{start}\" y=\"{y}\" font-size=\"34\" font-weight=\"bold\" fill=\"#1d1d1d\" text-anchor=\"{anchor}\"{dir}>{}</text>",
            escape(&line)
        ));
        y += 46.0;
    }
    let top = y + 30.0;
    let max = myth.actual.max(myth.perceived.unwrap_or(0.0)).max(1.0);
    let bar_width = w - 120.0 - 320.0;
    let rows = [
        (words.t("report-myth-people-think"), myth.perceived, "#b35900"),
        (words.t("report-myth-figure-is"), Some(myth.actual), "#2f6f8f"),
    ];
    for (i, (label, value, colour)) in rows.iter().enumerate() {
        let y0 = top + i as f64 * 150.0;
        s.push_str(&format!(
            "<text x=\"{start}\" y=\"{}\" font-size=\"28\" fill=\"#444444\" text-anchor=\"{anchor}\"{dir}>{}</text>",
            y0 + 30.0,
            escape(label)
        ));
        let big = match value {
            Some(v) => with_unit(rounded(*v), &myth.unit, false),
            None => shown(words, Some(&myth.n)),
        };
        s.push_str(&format!(
            "<text x=\"{start}\" y=\"{}\" font-size=\"64\" font-weight=\"bold\" fill=\"{colour}\" text-anchor=\"{anchor}\">{}</text>",
            y0 + 100.0,
            bridges_measure::xml_escape(&big)
        ));
        if let Some(v) = value {
            let len = (v.max(0.0) / max * bar_width).max(2.0);
            let x = if rtl { w - 60.0 - 300.0 - len } else { 60.0 + 300.0 };
            s.push_str(&format!(
                "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{len:.1}\" height=\"48\" rx=\"4\" fill=\"{colour}\"/>",
                y0 + 55.0
            ));
        }
    }
    let n = format!("n = {}", shown(words, Some(&myth.n)));
    let n = if rtl { format!("\u{2066}{n}\u{2069}") } else { n };
    let source = match myth.as_of {
        Some(d) => format!("{}: {}, {} · {n}", words.t("report-source"), myth.source, crate::day(d, rtl)),
        None => format!("{}: {} · {n}", words.t("report-source"), myth.source),
    };
    for (i, line) in wrap(&source, 90, 2).iter().enumerate() {
        s.push_str(&format!(
            "<text x=\"{start}\" y=\"{}\" font-size=\"20\" fill=\"#444444\" text-anchor=\"{anchor}\"{dir}>{}</text>",
            h - 70.0 + i as f64 * 26.0,
            escape(line)
        ));
    }
    s.push_str(&format!(
        "<text x=\"{}\" y=\"{}\" font-size=\"20\" fill=\"#2f6f8f\" text-anchor=\"{}\"{dir}>{}</text>",
        if rtl { 60.0 } else { w - 60.0 },
        h - 24.0,
        if rtl { "start" } else { "end" },
        escape(organisation)
    ));
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_wraps_and_stops() {
        let lines = wrap("one two three four five six seven", 9, 2);
        assert_eq!(lines, vec!["one two".to_string(), "three…".to_string()]);
        assert_eq!(wrap("", 10, 2), Vec::<String>::new());
    }
}
