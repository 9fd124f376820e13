//! The report as HTML: a body the app's page embeds, and a standalone document for download.
//!
//! Both say what the typst markup says, section for section, from the same data and the same
//! charts. Every word of a user or of a translation is escaped here, and each user's text sits in
//! a `<bdi>` so a title in another script (or one carrying a direction override) cannot reorder
//! the sentence around it. The chart SVGs come from our own chart engine and go in as they are.
//! Nothing here writes a script or a `style` attribute: the pages are served under a
//! Content-Security-Policy that refuses both, so all looks come from classes.

use crate::charts::Chart;
use crate::{number, shown, Audience, PeriodValue, ReportData, Words};

/// A small stylesheet for the classes the report uses, scoped under `.report` so that a page
/// embedding the body keeps its own look. Logical properties throughout, so a right-to-left page
/// mirrors without a second sheet; wide tables scroll inside their wrapper, never the page.
pub const STYLE: &str = "\
.report{font-family:\"Noto Sans\",\"Noto Sans Arabic\",system-ui,sans-serif;line-height:1.5;color:#1d1d1d;max-inline-size:50rem;margin-inline:auto;padding-inline:1rem}
.report h1{font-size:1.75rem;line-height:1.25;margin-block:1rem .5rem}
.report h2{font-size:1.3rem;color:#2a6480;margin-block:2rem .5rem;padding-block-end:.2rem;border-block-end:1px solid #c8c8c8}
.report h3{font-size:1.1rem;margin-block:1.5rem .5rem}
.report p{margin-block:.5rem}
.report-note{font-size:.9rem;color:#474747}
.report-facts{font-size:.9rem;color:#333333;margin-block-end:1.5rem}
.report-figure{margin-inline:0;margin-block:1rem}
.report-figure figcaption{font-weight:bold;margin-block-end:.25rem}
.report-figure svg{display:block;max-width:100%;height:auto}
.report-table-wrap{max-inline-size:100%;overflow-x:auto;margin-block:.5rem 1rem}
.report-table-wrap:focus{outline:2px solid #2a6480;outline-offset:2px}
.report-table{border-collapse:collapse;font-size:.9rem}
.report-table th,.report-table td{border:1px solid #b3b3b3;padding-block:.25rem;padding-inline:.5rem;text-align:start;vertical-align:top}
.report-table thead th{background:#eef3f6}
.report-table td{font-variant-numeric:tabular-nums}
.report-list{padding-inline-start:1.5rem}
.report-decided{font-style:italic}
@media print{
.report{max-inline-size:none;padding-inline:0;font-size:10pt}
.report h2,.report h3{break-after:avoid}
.report-figure,.report-indicator,.report-table tr{break-inside:avoid}
.report-table-wrap{overflow:visible}
.report-table-wrap:focus{outline:none}
}
";

/// Text as HTML: the five characters that mean something to a parser become references, and
/// control characters (which have no business in a report and can confuse a reader) are dropped.
/// A tab becomes a space; a line break stays, as white space.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' => out.push(' '),
            '\n' => out.push('\n'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A user's text, escaped and isolated.
fn user(text: &str) -> String {
    format!("<bdi>{}</bdi>", escape(text))
}

/// A user's multi-paragraph text: blank lines part paragraphs, a single line break stays one.
fn paragraphs(text: &str) -> String {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            let lines: Vec<String> = p.lines().map(|l| escape(l.trim_end())).collect();
            format!("<p><bdi>{}</bdi></p>\n", lines.join("<br>"))
        })
        .collect()
}

/// One argument of a translated sentence: a figure or date we made, or a user's text.
enum Arg<'a> {
    Ours(String),
    Theirs(&'a str),
}

// Private-use characters stand in for a user's text while the sentence is translated and
// escaped, so the text can be put back escaped *and* wrapped in <bdi>, which the translation
// itself could not do without letting markup through.
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// A translated sentence as HTML, its users' texts isolated where the translation puts them.
fn sentence(words: &dyn Words, key: &str, args: &[(&'static str, Arg<'_>)]) -> String {
    let mut theirs: Vec<&str> = Vec::new();
    let plain: Vec<(&'static str, String)> = args
        .iter()
        .map(|(name, arg)| match arg {
            Arg::Ours(s) => (*name, s.clone()),
            Arg::Theirs(t) => {
                theirs.push(t);
                (*name, format!("{OPEN}{}{CLOSE}", theirs.len() - 1))
            }
        })
        .collect();
    let escaped = escape(&words.t_args(key, &plain));
    // One pass, so a user's text that happens to hold the stand-in characters is never read as one.
    let mut out = String::with_capacity(escaped.len());
    let mut rest = escaped.as_str();
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&rest[..start]);
        let after = &rest[start + OPEN.len_utf8()..];
        let found = after.find(CLOSE).and_then(|end| {
            let text = after[..end].parse::<usize>().ok().and_then(|i| theirs.get(i))?;
            Some((text, end))
        });
        match found {
            Some((text, end)) => {
                out.push_str(&user(text));
                rest = &after[end + CLOSE.len_utf8()..];
            }
            None => rest = after,
        }
    }
    out.push_str(rest);
    out
}

struct Writer<'a> {
    words: &'a dyn Words,
    out: String,
    /// Counts the ids this body hands out, so each is unique however many charts there are.
    ids: usize,
}

impl Writer<'_> {
    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn id(&mut self, prefix: &str) -> String {
        self.ids += 1;
        format!("report-{prefix}-{}", self.ids)
    }

    fn open_section(&mut self, id: &str, heading: &str) {
        self.push(&format!(
            "<section id=\"{id}\" aria-labelledby=\"{id}-heading\">\n<h2 id=\"{id}-heading\">{}</h2>\n",
            escape(heading)
        ));
    }

    fn close_section(&mut self) {
        self.push("</section>\n");
    }

    fn note(&mut self, html: &str) {
        self.push(&format!("<p class=\"report-note\">{html}</p>\n"));
    }

    /// A table whose cells are already HTML. The first cell of each row heads it. The wrapper
    /// scrolls on a narrow screen, so it can take focus (a keyboard must reach what it hides) and
    /// is named after `labelled_by`.
    fn table(&mut self, labelled_by: &str, header: &[String], rows: &[Vec<String>]) {
        let mut s = format!(
            "<div class=\"report-table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"{labelled_by}\">\n<table class=\"report-table\">\n<thead><tr>"
        );
        for h in header {
            s.push_str(&format!("<th scope=\"col\">{}</th>", escape(h)));
        }
        s.push_str("</tr></thead>\n<tbody>\n");
        let columns = header.len().max(1);
        for row in rows {
            s.push_str("<tr>");
            let empty = String::new();
            for (i, cell) in row.iter().chain(std::iter::repeat(&empty)).take(columns).enumerate() {
                if i == 0 {
                    s.push_str(&format!("<th scope=\"row\">{cell}</th>"));
                } else {
                    s.push_str(&format!("<td>{cell}</td>"));
                }
            }
            s.push_str("</tr>\n");
        }
        s.push_str("</tbody>\n</table>\n</div>\n");
        self.push(&s);
    }

    /// A chart with its caption and the numbers it draws, so that nobody needs to see it.
    fn chart(&mut self, chart: &Chart) {
        let caption = self.id("figure");
        self.push(&format!(
            "<figure class=\"report-figure\">\n<figcaption id=\"{caption}\">{}</figcaption>\n",
            user(&chart.title)
        ));
        self.push(&chart.svg);
        self.push("\n");
        let header = [self.words.t("report-table-label"), self.words.t("report-table-value")];
        let rows: Vec<Vec<String>> = chart.rows.iter().map(|(l, v)| vec![escape(l), escape(v)]).collect();
        self.table(&caption, &header, &rows);
        self.push("</figure>\n");
    }
}

/// A period's value and the period it is for: "12 (2026-03)".
fn dated(words: &dyn Words, p: Option<&PeriodValue>) -> String {
    match p {
        Some(p) => format!("{} (<bdi>{}</bdi>)", escape(&shown(words, p.value.as_ref())), escape(&p.period)),
        None => "–".to_string(),
    }
}

/// The report's content as an HTML fragment: the same sections in the same order as the PDF.
pub fn body(report: &ReportData, words: &dyn Words, charts: &[Chart]) -> String {
    let mut w = Writer { words, out: String::new(), ids: 0 };
    let rtl = words.rtl();
    let chart_of = |key: &str| charts.iter().find(|c| c.key == key);
    let date = |d: chrono::NaiveDate| Arg::Ours(crate::day(d, rtl));

    w.push("<article class=\"report\">\n<header class=\"report-header\">\n");
    w.push(&format!("<h1>{}</h1>\n", sentence(words, "report-title", &[("title", Arg::Theirs(&report.title))])));
    w.push(&format!(
        "<p>{}</p>\n",
        sentence(words, "report-span", &[("from", date(report.span.from)), ("to", date(report.span.to))])
    ));
    if let Some(c) = &report.compared {
        w.note(&sentence(words, "report-compared", &[("from", date(c.from)), ("to", date(c.to))]));
    }
    w.note(&sentence(
        words,
        "report-made",
        &[("organisation", Arg::Theirs(&report.organisation)), ("date", date(report.made_on))],
    ));
    if report.audience == Audience::Public {
        w.note(&sentence(words, "report-suppression", &[("k", Arg::Ours(report.threshold.to_string()))]));
    } else {
        w.note(&escape(&words.t("report-team-only")));
    }
    w.push("</header>\n");

    if !report.aims.trim().is_empty() {
        w.open_section("aims", &words.t("report-aims"));
        w.push(&paragraphs(&report.aims));
        w.close_section();
    }

    w.open_section("objectives", &words.t("report-objectives"));
    if report.objectives.is_empty() {
        w.push(&format!("<p>{}</p>\n", escape(&words.t("report-no-indicators"))));
    }
    // Every objective of the plan is named, served by an indicator or not: a gap is worth seeing.
    for section in report.objectives.iter().filter(|s| !s.indicators.is_empty() || !s.objective.is_empty()) {
        let heading = if section.objective.is_empty() {
            escape(&words.t("report-other-indicators"))
        } else {
            user(&section.objective)
        };
        w.push(&format!("<h3>{heading}</h3>\n"));
        if section.indicators.is_empty() {
            w.push(&format!("<p class=\"report-note\">{}</p>\n", escape(&words.t("report-objective-unmeasured"))));
        }
        for line in &section.indicators {
            w.push("<div class=\"report-indicator\">\n");
            w.push(&format!("<h4>{}</h4>\n", user(&line.name)));
            if let Some(chart) = chart_of(&format!("indicator-{}", line.id)) {
                w.chart(chart);
            }
            let mut facts =
                vec![format!("{}: {}", escape(&words.t("report-latest")), dated(words, line.current.as_ref()))];
            if report.compared.is_some() {
                facts.push(format!("{}: {}", escape(&words.t("report-before")), dated(words, line.previous.as_ref())));
            }
            if let Some(b) = line.baseline {
                facts.push(format!("{}: {}", escape(&words.t("measure-baseline")), escape(&number(b, rtl))));
            }
            if let Some(t) = line.target {
                facts.push(format!("{}: {}", escape(&words.t("measure-target")), escape(&number(t, rtl))));
            }
            facts.push(escape(&words.t(&format!("measure-status-{}", line.status))));
            w.push(&format!("<p class=\"report-facts\">{}</p>\n</div>\n", facts.join(" · ")));
        }
    }
    w.close_section();

    w.open_section("work", &words.t("report-work"));
    let (header, rows) = crate::work_table(report, words);
    let rows: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|c| escape(c)).collect()).collect();
    w.table("work-heading", &header, &rows);
    w.close_section();

    if !report.pairs.is_empty() {
        w.open_section("pairs", &words.t("report-pairs"));
        let (header, rows) = crate::pairs_table(report, words);
        // The programme's name is the organisation's own text: isolated; the figures escaped.
        let rows: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().enumerate().map(|(i, c)| if i == 0 { user(c) } else { escape(c) }).collect())
            .collect();
        w.table("pairs-heading", &header, &rows);
        w.close_section();
    }

    if !report.surveys.is_empty() {
        w.open_section("surveys", &words.t("report-surveys"));
        for survey in &report.surveys {
            w.push(&format!("<h3>{}</h3>\n", user(&survey.title)));
            w.note(&sentence(words, "report-responses", &[("n", Arg::Ours(shown(words, Some(&survey.responses))))]));
            for i in 0..survey.scores.len() {
                if let Some(chart) = chart_of(&format!("score-{}-{i}", survey.id)) {
                    w.chart(chart);
                }
            }
            for m in &survey.myths {
                if let Some(chart) = chart_of(&format!("myth-{}", m.figure)) {
                    w.chart(chart);
                }
                w.push(&format!("<p>{}</p>\n", escape(&crate::myth::sentence(words, m))));
            }
        }
        w.close_section();
    }

    if !report.practices.is_empty() {
        w.open_section("practices", &words.t("report-practices"));
        w.push("<ul class=\"report-list\">\n");
        for p in &report.practices {
            w.push(&format!("<li>{}</li>\n", user(p)));
        }
        w.push("</ul>\n");
        w.close_section();
    }

    if !report.reviews.is_empty() {
        w.open_section("reviews", &words.t("report-reviews"));
        for r in &report.reviews {
            w.push(&format!("<h3><time datetime=\"{0}\">{0}</time></h3>\n", r.held_on));
            w.push(&paragraphs(&r.concluded));
            if !r.decided.trim().is_empty() {
                w.push(&format!(
                    "<p class=\"report-decided\">{} {}</p>\n",
                    escape(&words.t("report-decided")),
                    user(r.decided.trim())
                ));
            }
        }
        w.close_section();
    }
    w.push("</article>\n");
    w.out
}

/// The report as a file of its own, for download: the body in a page that needs nothing else.
/// `css` is the stylesheet to carry (usually [`STYLE`]).
pub fn document(report: &ReportData, words: &dyn Words, charts: &[Chart], css: &str) -> String {
    let title = words.t_args("report-title", &[("title", crate::isolate(&report.title))]);
    // The sheet is ours, but a stray "</" would end the element early; in CSS, "<\/" reads the same.
    let css = css.replace("</", "<\\/");
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>\n{css}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        lang = escape(words.lang()),
        dir = if words.rtl() { "rtl" } else { "ltr" },
        title = escape(&title),
        body = body(report, words, charts),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{IndicatorLine, Keys, ObjectiveSection, Shown, Span, WorkLine};
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn report() -> ReportData {
        ReportData {
            organisation: "Welcome Hub".into(),
            title: "Buddies".into(),
            aims: "Meet.\n\nTalk & learn.".into(),
            span: Span { from: day(2026, 1, 1), to: day(2026, 3, 31) },
            compared: None,
            audience: Audience::Public,
            threshold: 10,
            made_on: day(2026, 4, 2),
            objectives: vec![ObjectiveSection {
                objective: "People meet".into(),
                indicators: vec![IndicatorLine {
                    id: "ind-1".into(),
                    name: "Sessions".into(),
                    unit: "".into(),
                    source: "activities".into(),
                    baseline: Some(4.0),
                    target: Some(20.0),
                    status: "on-track".into(),
                    points: vec![
                        PeriodValue {
                            period: "2026-01".into(),
                            value: Some(Shown::Exact { value: 12.0 }),
                            n: Some(Shown::Exact { value: 12.0 }),
                        },
                        PeriodValue {
                            period: "2026-02".into(),
                            value: Some(Shown::FewerThan { k: 10 }),
                            n: Some(Shown::FewerThan { k: 10 }),
                        },
                    ],
                    current: None,
                    previous: None,
                    line: false,
                }],
            }],
            work: vec![WorkLine {
                key: "report-work-activities".into(),
                current: Shown::FewerThan { k: 10 },
                previous: Some(Shown::Exact { value: 57.0 }),
            }],
            pairs: vec![],
            surveys: vec![],
            practices: vec![],
            reviews: vec![],
        }
    }

    fn chart() -> Chart {
        Chart {
            key: "indicator-ind-1".into(),
            title: "Sessions".into(),
            svg: "<svg role=\"img\"></svg>".into(),
            rows: vec![("2026-01".into(), "12".into()), ("2026-02".into(), "measure-fewer-than(k=10)".into())],
        }
    }

    #[test]
    fn a_hostile_title_is_escaped_and_isolated() {
        let mut r = report();
        r.title = "<script>alert(1)</script>\u{202E}evil".into();
        r.organisation = "\"Org\" <b>".into();
        let words = Keys { rtl: false };
        let html = body(&r, &words, &[chart()]);
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(
            html.contains("<h1>report-title(title=<bdi>&lt;script&gt;alert(1)&lt;/script&gt;\u{202E}evil</bdi>)</h1>"),
            "{html}"
        );
        assert!(html.contains("<bdi>&quot;Org&quot; &lt;b&gt;</bdi>"), "{html}");
        let doc = document(&r, &words, &[chart()], STYLE);
        assert!(doc.starts_with("<!doctype html>\n<html lang=\"en\" dir=\"ltr\">"));
        assert!(!doc.contains("<script"), "{doc}");
        assert!(doc.contains(
            "<title>report-title(title=\u{2068}&lt;script&gt;alert(1)&lt;/script&gt;\u{202E}evil\u{2069})</title>"
        ));
        assert!(!doc.contains(" style="), "no inline style attributes");
        // Every right-to-left override a user typed stays inside its isolate.
        for (i, _) in html.match_indices('\u{202E}') {
            let before = &html[..i];
            assert!(before.rfind("<bdi>") > before.rfind("</bdi>"), "{html}");
        }
    }

    #[test]
    fn a_stand_in_typed_by_a_user_is_not_taken_for_one() {
        let mut r = report();
        r.title = format!("a{OPEN}1{CLOSE}b");
        r.organisation = "Org".into();
        let html = body(&r, &Keys { rtl: false }, &[]);
        assert!(html.contains(&format!("<bdi>a{OPEN}1{CLOSE}b</bdi>")), "{html}");
    }

    #[test]
    fn a_suppressed_value_says_fewer_than_and_never_a_number() {
        let words = Keys { rtl: false };
        let html = body(&report(), &words, &[chart()]);
        assert!(
            html.contains("<th scope=\"row\">report-work-activities</th><td>measure-fewer-than(k=10)</td>"),
            "{html}"
        );
        assert!(html.contains("<th scope=\"row\">2026-02</th><td>measure-fewer-than(k=10)</td>"), "{html}");
        assert!(html.contains("report-suppression(k=10)"));
        // The span before was not asked for, so its count is not printed at all.
        assert!(!html.contains("57"), "{html}");
        let mut team = report();
        team.audience = Audience::Team;
        let html = body(&team, &words, &[chart()]);
        assert!(html.contains("report-team-only") && !html.contains("report-suppression"));
    }

    #[test]
    fn the_before_column_appears_only_when_compared() {
        let words = Keys { rtl: false };
        let html = body(&report(), &words, &[]);
        assert!(!html.contains("report-before"), "{html}");
        assert!(!html.contains("report-compared"), "{html}");
        let mut r = report();
        r.compared = Some(r.span.previous());
        let html = body(&r, &words, &[]);
        assert!(html.contains("<th scope=\"col\">report-before</th>"), "{html}");
        assert!(html.contains("<td>57</td>"), "{html}");
        assert!(html.contains("report-compared(from=2025-10-03, to=2025-12-31)"), "{html}");
        assert!(html.contains("report-before: –"), "{html}");
    }

    #[test]
    fn sections_have_ids_and_headings_in_order() {
        let mut r = report();
        r.practices = vec!["Walks".into()];
        r.reviews = vec![crate::ReviewLine {
            held_on: day(2026, 3, 1),
            concluded: "Fine.\nMostly.".into(),
            decided: "More".into(),
        }];
        let html = body(&r, &Keys { rtl: true }, &[chart()]);
        let order = [
            "<h1>",
            "id=\"aims\"",
            "id=\"objectives\"",
            "<h3><bdi>People meet",
            "<figure",
            "report-facts",
            "id=\"work\"",
            "id=\"practices\"",
            "id=\"reviews\"",
            "<h3><time",
        ];
        let mut at = 0;
        for mark in order {
            let found = html[at..].find(mark).map(|i| i + at);
            assert!(found.is_some(), "{mark} after {at}: {html}");
            at = found.unwrap();
        }
        let (h3, h4) = (html.find("<h3").unwrap_or(usize::MAX), html.find("<h4").unwrap_or(0));
        assert!(h3 < h4, "an indicator's name is an h4 under its objective's h3: no level skipped");
        assert!(html.contains("<p><bdi>Talk &amp; learn.</bdi></p>"));
        assert!(html.contains("<p><bdi>Fine.<br>Mostly.</bdi></p>"));
        assert!(html.contains("measure-baseline: \u{2066}4\u{2069}"), "numbers stay left to right");
        let doc = document(&r, &Keys { rtl: true }, &[], STYLE);
        assert!(doc.contains("<html lang=\"ar\" dir=\"rtl\">"));
    }

    #[test]
    fn the_engine_charts_go_in_as_they_are_with_no_script_or_style_attribute() {
        let mut r = report();
        r.compared = Some(r.span.previous());
        let words = Keys { rtl: true };
        let charts = crate::charts::all(&r, &words);
        let html = body(&r, &words, &charts);
        assert!(html.contains(&charts[0].svg), "{html}");
        assert!(!html.contains(" style=") && !html.contains("<script"), "{html}");
        assert_eq!(html.matches("<figure").count(), 1);
        // Ids handed out here are unique, and each wrapper names a heading or caption that exists.
        for (i, _) in html.match_indices("aria-labelledby=\"report-") {
            let id = html[i + 17..].split('"').next().unwrap();
            assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
        }
    }

    #[test]
    fn escape_drops_control_characters() {
        assert_eq!(escape("a\u{7}b\tc'd"), "ab c&#39;d");
    }
}
