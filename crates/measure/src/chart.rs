//! Server-rendered SVG charts.
//!
//! The same markup goes into pages now and into PDF reports later, so each chart is one
//! self-contained SVG: inline presentation attributes, no CSS classes, no script, no external
//! references. Every word in it comes from the caller, already translated. Output is
//! deterministic so a report rendered twice is byte-for-byte the same.

/// One bar or dot. `value` is None where there is nothing to draw (no data, or a count withheld by
/// [`crate::suppress`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub label: String,
    pub value: Option<f64>,
    /// text shown instead of a bar (e.g. "fewer than 10") when value is None
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartSpec<'a> {
    pub title: &'a str,
    pub unit: &'a str,
    pub points: &'a [Point],
    pub baseline: Option<(f64, &'a str)>,
    pub target: Option<(f64, &'a str)>,
    pub rtl: bool,
    pub width: u32,
    pub height: u32,
}

/// Beyond this, f64 no longer holds whole numbers exactly and the value cannot be a count or
/// statistic this product records; it is treated as missing rather than drawn misleadingly.
const MAX_MAGNITUDE: f64 = 1e15;
const BAR: &str = "#2f6f8f";
const AXIS: &str = "#555555";
const GRID: &str = "#e3e3e3";
const BASELINE: &str = "#6b6b6b";
const TARGET: &str = "#b35900";
/// A white outline behind text drawn over bars and lines, so that it stays readable.
const HALO: &str = " paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\"";
/// A rough glyph width at the 12px labels use; enough to keep labels from overlapping.
const CHAR_WIDTH: f64 = 7.0;

fn usable(v: Option<f64>) -> Option<f64> {
    v.filter(|v| v.is_finite() && v.abs() <= MAX_MAGNITUDE)
}

/// Formats a number the way the charts do (used also beside charts in tables): integers without
/// decimals, others with at most 2 decimals, trailing zeros trimmed. Values smaller than 0.01 keep
/// two significant digits instead, so a small non-zero rate is not printed as "0". Not-a-number
/// and infinities give an empty string: there is no figure to show.
pub fn format_number(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let decimals = if v != 0.0 && v.abs() < 0.01 { (1.0 - v.abs().log10().floor()).min(12.0) as usize } else { 2 };
    let mut s = format!("{v:.decimals$}");
    if s.contains('.') {
        s.truncate(s.trim_end_matches('0').trim_end_matches('.').len());
    }
    if s == "-0" {
        s = "0".into();
    }
    s
}

/// Coordinates to a tenth of a pixel: finer only bloats the markup.
pub(crate) fn coord(v: f64) -> String {
    let s = format!("{v:.1}");
    match s.strip_suffix(".0") {
        Some("-0") => "0".into(),
        Some(whole) => whole.into(),
        None => s,
    }
}

/// Text for an XML text node or attribute. Characters XML 1.0 forbids are dropped, since one of
/// them would make the whole chart unreadable to a PDF renderer; everything else, bidi controls
/// included, passes through as inert text.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether text holds a right-to-left letter (Hebrew, Arabic and their presentation forms).
pub fn has_rtl(text: &str) -> bool {
    text.chars().any(|c| matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'))
}

/// Right-to-left words in a right-to-left chart go in a right-to-left isolate, so that their
/// punctuation and any Latin or digits inside order as the reader reads them, whatever direction
/// the renderer starts from; text with no right-to-left letter is left as it is.
pub(crate) fn in_reading_order(text: &str, rtl: bool) -> String {
    let right_to_left =
        |c: char| matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}');
    if rtl && text.chars().any(right_to_left) {
        format!("\u{2067}{text}\u{2069}")
    } else {
        text.to_string()
    }
}

/// In right-to-left text the bidi algorithm moves a leading minus sign to the far side of the
/// digits ("5-"); a left-to-right isolate keeps "-5" intact without changing the surrounding text.
fn number(v: f64, rtl: bool) -> String {
    let s = format_number(v);
    if rtl && s.starts_with('-') {
        format!("\u{2066}{s}\u{2069}")
    } else {
        s
    }
}

fn with_unit(v: f64, unit: &str, rtl: bool) -> String {
    if unit.is_empty() {
        number(v, rtl)
    } else {
        format!("{} {unit}", number(v, rtl))
    }
}

/// The width at which a bar chart of `points` writes every label under its bar (none thinned out),
/// within `min` and `max`: each bar gets room for the longest label, at the glyph width the
/// thinning assumes, plus the axis and the margins.
pub fn width_for_every_label(points: &[Point], (min, max): (u32, u32)) -> u32 {
    let widest = points.iter().map(|p| p.label.chars().count()).max().unwrap_or(0) as f64 * CHAR_WIDTH;
    let slot = (widest + 20.0).max(64.0);
    (points.len() as f64 * slot + 60.0).clamp(f64::from(min), f64::from(max)) as u32
}

/// A stable id so that `aria-labelledby` works with several charts on one page, and the same
/// chart still renders to the same bytes.
fn chart_id(spec: &ChartSpec) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes.iter().chain([0xff].iter()) {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(spec.title.as_bytes());
    eat(spec.unit.as_bytes());
    for p in spec.points {
        eat(p.label.as_bytes());
        eat(&p.value.map_or(u64::MAX, f64::to_bits).to_le_bytes());
        eat(p.note.as_deref().unwrap_or("").as_bytes());
    }
    for (v, label) in [spec.baseline, spec.target].into_iter().flatten() {
        eat(&v.to_bits().to_le_bytes());
        eat(label.as_bytes());
    }
    eat(&[u8::from(spec.rtl)]);
    eat(&spec.width.to_le_bytes());
    eat(&spec.height.to_le_bytes());
    format!("measure-chart-{h:016x}")
}

/// A y range that includes zero, with ticks at 1, 2 or 5 × 10^n and at most five intervals.
fn scale(values: impl Iterator<Item = f64>) -> (i64, i64, f64) {
    let (mut min, mut max) = (0.0f64, 0.0f64);
    for v in values {
        min = min.min(v);
        max = max.max(v);
    }
    if max - min <= 0.0 {
        max = 1.0;
    }
    let raw = (max - min) / 5.0;
    let mut magnitude = 10f64.powf(raw.log10().floor());
    for _ in 0..4 {
        for step in [1.0, 2.0, 5.0].map(|m| m * magnitude) {
            // The small allowances stop a ratio such as 0.7 / 0.1 = 7.000000000000001 from adding
            // a gridline.
            let (lo, hi) = ((min / step + 1e-9).floor(), (max / step - 1e-9).ceil());
            if step >= raw * (1.0 - 1e-9) && hi - lo <= 5.0 {
                return (lo as i64, hi as i64, step);
            }
        }
        magnitude *= 10.0;
    }
    (0, 1, max - min)
}

/// Where things go. The y axis sits on the reading side: left in LTR, right in RTL.
struct Frame {
    rtl: bool,
    axis_x: f64,
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    lo: f64,
    hi: f64,
}

impl Frame {
    fn y(&self, v: f64) -> f64 {
        self.bottom - (v - self.lo) / (self.hi - self.lo) * (self.bottom - self.top)
    }

    fn slot(&self, n: usize) -> f64 {
        (self.right - self.left) / n.max(1) as f64
    }

    /// The first point sits where reading starts: on the left in LTR, on the right in RTL.
    fn x(&self, i: usize, n: usize) -> f64 {
        let offset = (i as f64 + 0.5) * self.slot(n);
        if self.rtl {
            self.right - offset
        } else {
            self.left + offset
        }
    }

    /// `text-anchor` for text that should run rightwards (in its own, possibly rotated, frame)
    /// from its position. Texts carry no `direction` attribute, so the anchor means the same left
    /// or right end in every renderer (browsers, and resvg and typst, which draw PNGs and PDFs).
    fn anchor(&self, rightwards: bool) -> &'static str {
        if rightwards {
            "start"
        } else {
            "end"
        }
    }

    fn text(&self, out: &mut String, x: f64, y: f64, attrs: &str, text: &str) {
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\"{attrs}>{}</text>\n",
            coord(x),
            coord(y),
            escape(&in_reading_order(text, self.rtl))
        ));
    }

    fn hline(&self, out: &mut String, v: f64, stroke: &str, extra: &str) {
        let y = coord(self.y(v));
        out.push_str(&format!(
            "<line x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"{stroke}\"{extra}/>\n",
            coord(self.left),
            coord(self.right)
        ));
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Bars,
    Line,
}

fn open(out: &mut String, spec: &ChartSpec, w: f64, h: f64, desc: &str) {
    let id = chart_id(spec);
    out.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\n",
        coord(w),
        coord(h)
    ));
    out.push_str(&format!("<title id=\"{id}-title\">{}</title>\n", escape(spec.title)));
    out.push_str(&format!("<desc id=\"{id}-desc\">{}</desc>\n", escape(desc)));
}

fn draw(spec: &ChartSpec, shape: Shape) -> String {
    let (w, h) = (f64::from(spec.width.clamp(160, 4000)), f64::from(spec.height.clamp(100, 4000)));
    let values: Vec<Option<f64>> = spec.points.iter().map(|p| usable(p.value)).collect();
    let references: Vec<(f64, &str, bool)> = [(spec.baseline, false), (spec.target, true)]
        .into_iter()
        .filter_map(|(r, dashed)| r.and_then(|(v, label)| usable(Some(v)).map(|v| (v, label, dashed))))
        .collect();

    let mut summary: Vec<String> = Vec::new();
    for (p, v) in spec.points.iter().zip(&values) {
        match (v, &p.note) {
            (Some(v), _) => summary.push(format!("{}: {}", p.label, with_unit(*v, spec.unit, spec.rtl))),
            (None, Some(note)) => summary.push(format!("{}: {note}", p.label)),
            (None, None) => {}
        }
    }
    summary.extend(references.iter().map(|(v, label, _)| format!("{label}: {}", with_unit(*v, spec.unit, spec.rtl))));

    let mut out = String::new();
    open(&mut out, spec, w, h, &summary.join("; "));
    let (lo, hi, step) = scale(values.iter().flatten().copied().chain(references.iter().map(|r| r.0)));
    let ticks: Vec<f64> = (lo..=hi).map(|i| i as f64 * step).collect();
    let tick_chars = ticks.iter().map(|t| format_number(*t).chars().count()).max().unwrap_or(1);
    let axis_room = (tick_chars as f64 * CHAR_WIDTH + 10.0).clamp(28.0, w / 3.0);
    let (left, right) = if spec.rtl { (12.0, w - axis_room) } else { (axis_room, w - 12.0) };
    let f = Frame {
        rtl: spec.rtl,
        axis_x: if spec.rtl { right } else { left },
        left,
        right,
        top: 24.0,
        bottom: h - 28.0,
        lo: lo as f64 * step,
        hi: hi as f64 * step,
    };

    out.push_str(&format!(
        "<g font-family=\"sans-serif\" font-size=\"12\" fill=\"#222222\"{}>\n",
        if spec.points.is_empty() { " data-empty=\"true\"" } else { "" }
    ));
    for t in &ticks {
        if *t != 0.0 {
            f.hline(&mut out, *t, GRID, "");
        }
        let x = if f.rtl { f.axis_x + 6.0 } else { f.axis_x - 6.0 };
        let anchor = format!(" text-anchor=\"{}\"", f.anchor(f.rtl));
        f.text(&mut out, x, f.y(*t) + 4.0, &anchor, &number(*t, f.rtl));
    }
    if !spec.unit.is_empty() {
        let x = if f.rtl { w - 4.0 } else { 4.0 };
        f.text(&mut out, x, 14.0, &format!(" text-anchor=\"{}\"", f.anchor(!f.rtl)), spec.unit);
    }
    let ax = coord(f.axis_x);
    out.push_str(&format!(
        "<line x1=\"{ax}\" y1=\"{}\" x2=\"{ax}\" y2=\"{}\" stroke=\"{AXIS}\"/>\n",
        coord(f.top),
        coord(f.bottom)
    ));

    let n = spec.points.len();
    let zero = f.y(0.0);
    let slot = f.slot(n);
    match shape {
        Shape::Bars => {
            let bar = (slot * 0.6).max(1.0);
            for (i, (p, v)) in spec.points.iter().zip(&values).enumerate() {
                let Some(v) = v else { continue };
                let (top, bottom) = (f.y(v.max(0.0)), f.y(v.min(0.0)));
                out.push_str(&format!(
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{BAR}\"><title>{}</title></rect>\n",
                    coord(f.x(i, n) - bar / 2.0),
                    coord(top),
                    coord(bar),
                    coord(bottom - top),
                    escape(&format!("{}: {}", p.label, with_unit(*v, spec.unit, spec.rtl)))
                ));
            }
        }
        Shape::Line => {
            // A gap in the data is a gap in the line: joining across it would invent values.
            let mut d = String::new();
            let mut joined = false;
            for (i, v) in values.iter().enumerate() {
                match v {
                    Some(v) => {
                        d.push_str(&format!(
                            "{}{} {} ",
                            if joined { "L" } else { "M" },
                            coord(f.x(i, n)),
                            coord(f.y(*v))
                        ));
                        joined = true;
                    }
                    None => joined = false,
                }
            }
            if !d.is_empty() {
                out.push_str(&format!(
                    "<path d=\"{}\" fill=\"none\" stroke=\"{BAR}\" stroke-width=\"2\"/>\n",
                    d.trim_end()
                ));
            }
            for (i, (p, v)) in spec.points.iter().zip(&values).enumerate() {
                let Some(v) = v else { continue };
                out.push_str(&format!(
                    "<circle cx=\"{}\" cy=\"{}\" r=\"3.5\" fill=\"{BAR}\"><title>{}</title></circle>\n",
                    coord(f.x(i, n)),
                    coord(f.y(*v)),
                    escape(&format!("{}: {}", p.label, with_unit(*v, spec.unit, spec.rtl)))
                ));
            }
        }
    }
    f.hline(&mut out, 0.0, AXIS, "");

    // Notes run upwards from the zero line so that long ones do not collide with neighbours.
    for (i, (p, v)) in spec.points.iter().zip(&values).enumerate() {
        if let (None, Some(note)) = (v, &p.note) {
            let (x, y) = (f.x(i, n) + 4.0, zero - 6.0);
            let attrs = format!(
                " font-size=\"10\" fill=\"{AXIS}\" text-anchor=\"{}\" transform=\"rotate(-90 {} {})\"",
                f.anchor(true),
                coord(x),
                coord(y)
            );
            f.text(&mut out, x, y, &attrs, note);
        }
    }

    // Keep every n-th label so the kept ones fit in the space of the ones left out.
    let widest = spec.points.iter().map(|p| p.label.chars().count()).max().unwrap_or(0) as f64 * CHAR_WIDTH;
    let every = ((widest + 8.0) / slot).ceil().max(1.0) as usize;
    for (i, p) in spec.points.iter().enumerate().step_by(every) {
        f.text(&mut out, f.x(i, n), f.bottom + 18.0, " text-anchor=\"middle\"", &p.label);
    }

    for (v, label, dashed) in &references {
        let (stroke, extra) = if *dashed {
            (TARGET, " stroke-width=\"2\" stroke-dasharray=\"6 4\"")
        } else {
            (BASELINE, " stroke-width=\"1.5\"")
        };
        f.hline(&mut out, *v, stroke, extra);
        let x = if f.rtl { f.left } else { f.right };
        let attrs = format!(" font-size=\"11\" fill=\"{stroke}\" text-anchor=\"{}\"{HALO}", f.anchor(f.rtl));
        f.text(&mut out, x, f.y(*v) - 4.0, &attrs, &format!("{label} {}", with_unit(*v, spec.unit, spec.rtl)));
    }
    out.push_str("</g>\n</svg>\n");
    out
}

/// A bar chart: bars start at zero (the y axis always includes 0; negative values are drawn
/// below a zero line), "nice" ticks (1, 2, 5 × 10^n) with at most six gridlines, x labels thinned
/// so they don't overlap (every n-th kept), baseline and target drawn as labelled horizontal
/// lines (target dashed), the y axis on the left in LTR and on the right in RTL, where the x order
/// is mirrored too (first period on the right). Missing values draw no bar but their note, running
/// up from the zero line. With no points at all, the chart is an empty frame marked
/// `data-empty="true"`; use [`no_data_chart`] to say so in words.
pub fn bar_chart(spec: &ChartSpec) -> String {
    draw(spec, Shape::Bars)
}

/// The same with a line and dots instead of bars (a series of a statistic such as a mean
/// rating); the y axis still includes zero so that small differences are not magnified.
pub fn line_chart(spec: &ChartSpec) -> String {
    draw(spec, Shape::Line)
}

/// A chart-sized placeholder that says, in the caller's words, that there is nothing to draw; it
/// keeps a page or report layout the same whether or not data exist.
pub fn no_data_chart(title: &str, message: &str, rtl: bool, width: u32, height: u32) -> String {
    let spec = ChartSpec { title, unit: "", points: &[], baseline: None, target: None, rtl, width, height };
    let (w, h) = (f64::from(width.clamp(160, 4000)), f64::from(height.clamp(100, 4000)));
    let mut out = String::new();
    open(&mut out, &spec, w, h, message);
    out.push_str("<g font-family=\"sans-serif\" font-size=\"14\" fill=\"#555555\" data-empty=\"true\">\n");
    out.push_str(&format!(
        "<rect x=\"0.5\" y=\"0.5\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"{GRID}\"/>\n",
        coord(w - 1.0),
        coord(h - 1.0)
    ));
    out.push_str(&format!(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
        coord(w / 2.0),
        coord(h / 2.0),
        escape(&in_reading_order(message, rtl))
    ));
    out.push_str("</g>\n</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(label: &str, value: Option<f64>) -> Point {
        Point { label: label.into(), value, note: None }
    }

    fn spec<'a>(points: &'a [Point]) -> ChartSpec<'a> {
        ChartSpec {
            title: "Contact",
            unit: "",
            points,
            baseline: None,
            target: None,
            rtl: false,
            width: 600,
            height: 300,
        }
    }

    /// A tiny well-formedness check: every tag closes in order, and no '<' or '&' escapes a tag or
    /// entity. Enough because the renderer writes no comments, CDATA or processing instructions.
    fn assert_well_formed(svg: &str) {
        let mut stack: Vec<&str> = Vec::new();
        let mut rest = svg;
        while let Some(i) = rest.find('<') {
            assert!(!rest[..i].contains('>'), "stray '>' in {:?}", &rest[..i]);
            for (j, _) in rest[..i].match_indices('&') {
                let entity = &rest[j..rest[j..].find(';').map_or(j, |e| j + e + 1)];
                assert!(["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].contains(&entity), "bad entity {entity:?}");
            }
            let end = rest[i..].find('>').map(|e| i + e).expect("unclosed tag");
            let tag = &rest[i + 1..end];
            assert!(!tag.contains('<'));
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(stack.pop(), Some(name), "mismatched </{name}>");
            } else if !tag.ends_with('/') {
                stack.push(tag.split_whitespace().next().unwrap_or(""));
            }
            rest = &rest[end + 1..];
        }
        assert!(stack.is_empty(), "unclosed {stack:?}");
    }

    /// The x of the `<text>` whose content is `content`.
    fn text_x(svg: &str, content: &str) -> f64 {
        let end = svg.find(&format!(">{content}</text>")).expect("text present");
        let start = svg[..end].rfind("<text x=\"").expect("text tag") + 9;
        svg[start..].split('"').next().unwrap().parse().unwrap()
    }

    #[test]
    fn numbers_without_needless_decimals() {
        assert_eq!(format_number(12.0), "12");
        assert_eq!(format_number(12.5), "12.5");
        assert_eq!(format_number(1250.0), "1250");
        assert_eq!(format_number(5.666), "5.67");
        assert_eq!(format_number(0.30000000000000004), "0.3");
        assert_eq!(format_number(-0.001), "-0.001");
        assert_eq!(format_number(0.00456), "0.0046");
        assert_eq!(format_number(-0.0), "0");
        assert_eq!(format_number(f64::NAN), "");
    }

    #[test]
    fn hostile_labels_stay_text() {
        let points = [
            Point { label: "<script>alert(1)</script>".into(), value: Some(3.0), note: None },
            Point { label: "\"quoted\" & 'single'".into(), value: None, note: Some("<b>few</b>".into()) },
            point("\u{202E}evil\u{0007}", Some(4.0)),
        ];
        let svg = bar_chart(&ChartSpec { title: "a < b & c", unit: "\"%\"", ..spec(&points) });
        assert_well_formed(&svg);
        assert!(!svg.contains("<script") && !svg.contains("<b>"));
        assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(svg.contains("&quot;quoted&quot; &amp; &#39;single&#39;"));
        assert!(svg.contains(">\u{202E}evil</text>"), "the bidi override is inert text; the bell is dropped");
        assert!(svg.contains("<title id=\"measure-chart-") && svg.contains(">a &lt; b &amp; c</title>"));
    }

    #[test]
    fn bars_start_at_zero() {
        let points = [point("a", Some(95.0)), point("b", Some(96.0)), point("c", Some(97.0))];
        let svg = bar_chart(&spec(&points));
        assert_well_formed(&svg);
        assert!(svg.starts_with(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 600 300\" role=\"img\" aria-labelledby=\""
        ));
        assert!(svg.contains(">0</text>") && svg.contains(">100</text>"));
        assert_eq!(svg.matches("<rect").count(), 3);
        assert!(svg.contains("<desc id=") && svg.contains(">a: 95; b: 96; c: 97</desc>"));
        // 0..100 in steps of 20: six gridlines at most.
        assert!(svg.contains(">20</text>") && !svg.contains(">10</text>"));
    }

    #[test]
    fn negative_values_hang_below_the_zero_line() {
        let points = [point("a", Some(-3.0)), point("b", Some(7.0))];
        let svg = bar_chart(&spec(&points));
        // -3..7 would need six intervals of 2, so the step is 5: -5, 0, 5, 10.
        assert!(svg.contains(">-5</text>") && svg.contains(">0</text>") && svg.contains(">10</text>"));
        assert!(!svg.contains(">2</text>"));
    }

    #[test]
    fn rtl_mirrors_the_order_and_moves_the_axis() {
        let points = [point("first", Some(1.0)), point("middle", Some(2.0)), point("last", Some(3.0))];
        let ltr = bar_chart(&spec(&points));
        let rtl = bar_chart(&ChartSpec { rtl: true, ..spec(&points) });
        assert_well_formed(&rtl);
        assert!(text_x(&ltr, "first") < text_x(&ltr, "last"));
        assert!(text_x(&rtl, "first") > text_x(&rtl, "last"));
        assert!(text_x(&rtl, "0") > 300.0 && text_x(&ltr, "0") < 300.0, "the y axis is on the reading side");
        assert!(!rtl.contains("direction=") && !ltr.contains("direction="), "anchors mean the same in every renderer");
        let arabic = bar_chart(&ChartSpec { rtl: true, title: "عدد", unit: "أشخاص", ..spec(&points) });
        assert!(arabic.contains(">\u{2067}أشخاص\u{2069}</text>"), "Arabic words are isolated right to left");
        let below = [point("a", Some(-3.0))];
        let rtl = bar_chart(&ChartSpec { rtl: true, ..spec(&below) });
        assert!(rtl.contains(">\u{2066}-3\u{2069}</text>"), "a minus sign stays in front of its digits");
    }

    #[test]
    fn references_missing_values_and_thinned_labels() {
        let mut points: Vec<Point> = (1..=24).map(|m| point(&format!("2026-{m:02}"), Some(f64::from(m)))).collect();
        points[2].value = Some(f64::NAN);
        points[2].note = Some("fewer than 10".into());
        points[3].value = Some(f64::INFINITY);
        let svg = bar_chart(&ChartSpec {
            baseline: Some((4.0, "Baseline")),
            target: Some((30.0, "Target")),
            width: 400,
            ..spec(&points)
        });
        assert_well_formed(&svg);
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
        assert_eq!(svg.matches("<rect").count(), 22);
        assert!(svg.contains(">fewer than 10</text>") && svg.contains("2026-03: fewer than 10;"));
        assert!(svg.contains(">Baseline 4</text>") && svg.contains(">Target 30</text>"));
        assert!(svg.contains("stroke-dasharray"));
        assert!(svg.contains(">2026-01</text>") && !svg.contains(">2026-02</text>"), "labels are thinned");
    }

    #[test]
    fn at_the_width_for_every_label_none_is_thinned() {
        let names = [
            "Arabic",
            "English",
            "Spanish",
            "Persian",
            "French",
            "Pashto",
            "Russian",
            "Somali",
            "Tigrinya",
            "Ukrainian",
        ];
        let points: Vec<Point> = names.iter().map(|n| point(n, Some(50.0))).collect();
        let width = width_for_every_label(&points, (320, 1600));
        let svg = bar_chart(&ChartSpec { width, ..spec(&points) });
        assert!(names.iter().all(|n| svg.contains(&format!(">{n}</text>"))), "{svg}");
        let thinned = bar_chart(&ChartSpec { width: 600, ..spec(&points) });
        assert!(!names.iter().all(|n| thinned.contains(&format!(">{n}</text>"))), "narrower, some go");
        assert_eq!(width_for_every_label(&[], (320, 1600)), 320);
    }

    #[test]
    fn line_chart_breaks_at_gaps() {
        let points = [point("a", Some(5.5)), point("b", Some(6.0)), point("c", None), point("d", Some(4.0))];
        let svg = line_chart(&spec(&points));
        assert_well_formed(&svg);
        assert_eq!(svg.matches("<circle").count(), 3);
        assert_eq!(svg.matches(" M").count() + svg.matches("\"M").count(), 2);
        assert!(svg.contains(">0</text>"));
    }

    #[test]
    fn no_points_is_a_valid_empty_chart() {
        let svg = bar_chart(&spec(&[]));
        assert_well_formed(&svg);
        assert!(svg.contains("data-empty=\"true\"") && !svg.contains("<rect"));
        let placeholder = no_data_chart("Contact", "No check-ins yet", true, 600, 300);
        assert_well_formed(&placeholder);
        assert!(placeholder.contains(">No check-ins yet</text>") && placeholder.contains(">No check-ins yet</desc>"));
    }

    #[test]
    fn deterministic_and_distinct_ids() {
        let a = [point("a", Some(1.0))];
        let b = [point("a", Some(2.0))];
        assert_eq!(bar_chart(&spec(&a)), bar_chart(&spec(&a)));
        assert_ne!(chart_id(&spec(&a)), chart_id(&spec(&b)));
    }
}
