//! The report as typst markup for the PDF engine, made from the same data and the same charts as
//! the HTML. Every word of the user and of the translation is passed as a typst string literal in
//! code, never as markup, so no title or name can change how the document is typeset.

use crate::charts::Chart;
use crate::{number, shown, Audience, ReportData, Words};

/// Markup and the SVG images it names as `img/N.svg`, N being the image's index.
#[derive(Debug, Clone, Default)]
pub struct Typeset {
    pub markup: String,
    pub images: Vec<String>,
}

/// Text as a typst string literal: quotes and backslashes escaped, control characters dropped.
pub fn lit(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

struct Writer<'a> {
    words: &'a dyn Words,
    out: String,
    images: Vec<String>,
}

impl Writer<'_> {
    fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn heading(&mut self, level: u8, text: &str) {
        self.line(&format!("#heading(level: {level}, {})", lit(text)));
    }

    fn par(&mut self, text: &str) {
        for p in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
            self.line(&format!("#par({})", lit(p)));
        }
    }

    fn note(&mut self, text: &str) {
        self.line(&format!("#text(size: 8.5pt, fill: luma(70), {})", lit(text)));
    }

    /// A table with a header row; every cell a string.
    fn table(&mut self, header: &[String], rows: &[Vec<String>]) {
        let columns = header.len().max(1);
        let mut s = format!(
            "#table(columns: ({}), stroke: 0.4pt + luma(180), inset: 4pt, table.header({}),",
            std::iter::once("1fr").chain(std::iter::repeat_n("auto", columns - 1)).collect::<Vec<_>>().join(", "),
            header.iter().map(|h| format!("strong({})", lit(h))).collect::<Vec<_>>().join(", ")
        );
        let rtl = self.words.rtl();
        for row in rows {
            for cell in row.iter().chain(std::iter::repeat(&String::new())).take(columns) {
                // A period or a figure in a right-to-left table reads left to right.
                let cell = if rtl && !crate::has_rtl(cell) { format!("\u{2066}{cell}\u{2069}") } else { cell.clone() };
                s.push(' ');
                s.push_str(&lit(&cell));
                s.push(',');
            }
        }
        s.push(')');
        self.line(&s);
    }

    fn chart(&mut self, chart: &Chart) {
        let path = format!("img/{}.svg", self.images.len());
        self.images.push(chart.svg.clone());
        // A chart and its numbers stay on one page.
        self.line(&format!(
            "#block(breakable: false, width: 100%)[#figure(image({}, width: 92%, alt: {}))",
            lit(&path),
            lit(&chart.title)
        ));
        let header = [self.words.t("report-table-label"), self.words.t("report-table-value")];
        let rows: Vec<Vec<String>> = chart.rows.iter().map(|(l, v)| vec![l.clone(), v.clone()]).collect();
        self.table(&header, &rows);
        self.line("]");
    }
}

/// The whole report as markup, with its charts as images.
pub fn document(report: &ReportData, words: &dyn Words, charts: &[Chart]) -> Typeset {
    let mut w = Writer { words, out: String::new(), images: Vec::new() };
    let rtl = words.rtl();
    let chart_of = |key: &str| charts.iter().find(|c| c.key == key);
    let title = words.t_args("report-title", &[("title", report.title.clone())]);
    w.line(&format!("#set document(title: {}, author: {})", lit(&title), lit(&report.organisation)));
    w.line(&format!(
        "#set text(font: (\"Noto Sans\", \"DejaVu Sans\"), size: 10pt, lang: {}, dir: {})",
        lit(words.lang()),
        if rtl { "rtl" } else { "ltr" }
    ));
    w.line(&format!(
        "#set page(paper: \"a4\", margin: (x: 2cm, y: 2.2cm), footer: context align(center, text(size: 8pt, fill: luma(90), {} + \" · \" + counter(page).display())))",
        lit(&report.organisation)
    ));
    w.line("#set heading(numbering: none)");
    w.line("#show heading.where(level: 1): set text(size: 20pt)");
    w.line("#show heading.where(level: 2): it => { v(0.6em); text(size: 14pt, fill: rgb(\"#2f6f8f\"), it) }");
    w.heading(1, &title);
    let day = |d| crate::day(d, rtl);
    w.par(&words.t_args("report-span", &[("from", day(report.span.from)), ("to", day(report.span.to))]));
    if let Some(c) = &report.compared {
        w.note(&words.t_args("report-compared", &[("from", day(c.from)), ("to", day(c.to))]));
    }
    w.note(
        &words.t_args("report-made", &[("organisation", report.organisation.clone()), ("date", day(report.made_on))]),
    );
    if report.audience == Audience::Public {
        w.note(&words.t_args("report-suppression", &[("k", report.threshold.to_string())]));
    } else {
        w.note(&words.t("report-team-only"));
    }
    if !report.aims.trim().is_empty() {
        w.heading(2, &words.t("report-aims"));
        w.par(&report.aims);
    }

    w.heading(2, &words.t("report-objectives"));
    if report.objectives.is_empty() {
        w.par(&words.t("report-no-indicators"));
    }
    for section in report.objectives.iter().filter(|s| !s.indicators.is_empty() || !s.objective.is_empty()) {
        let heading =
            if section.objective.is_empty() { words.t("report-other-indicators") } else { section.objective.clone() };
        w.heading(3, &heading);
        if section.indicators.is_empty() {
            w.note(&words.t("report-objective-unmeasured"));
        }
        for line in &section.indicators {
            w.heading(4, &line.name);
            if let Some(chart) = chart_of(&format!("indicator-{}", line.id)) {
                w.chart(chart);
            }
            let value = |p: &Option<crate::PeriodValue>| {
                p.as_ref().map(|p| format!("{} ({})", shown(words, p.value.as_ref()), p.period)).unwrap_or("–".into())
            };
            let mut facts = vec![format!("{}: {}", words.t("report-latest"), value(&line.current))];
            if report.compared.is_some() {
                facts.push(format!("{}: {}", words.t("report-before"), value(&line.previous)));
            }
            if let Some(b) = line.baseline {
                facts.push(format!("{}: {}", words.t("measure-baseline"), number(b, rtl)));
            }
            if let Some(t) = line.target {
                facts.push(format!("{}: {}", words.t("measure-target"), number(t, rtl)));
            }
            facts.push(words.t(&format!("measure-status-{}", line.status)));
            w.note(&facts.join(" · "));
        }
    }

    w.heading(2, &words.t("report-work"));
    let (header, rows) = crate::work_table(report, words);
    w.table(&header, &rows);

    if !report.pairs.is_empty() {
        w.heading(2, &words.t("report-pairs"));
        let (header, rows) = crate::pairs_table(report, words);
        w.table(&header, &rows);
    }

    if !report.surveys.is_empty() {
        w.heading(2, &words.t("report-surveys"));
        for survey in &report.surveys {
            w.heading(3, &survey.title);
            w.note(&words.t_args("report-responses", &[("n", shown(words, Some(&survey.responses)))]));
            for i in 0..survey.scores.len() {
                if let Some(chart) = chart_of(&format!("score-{}-{i}", survey.id)) {
                    w.chart(chart);
                }
            }
            for m in &survey.myths {
                if let Some(chart) = chart_of(&format!("myth-{}", m.figure)) {
                    w.chart(chart);
                }
                w.par(&crate::myth::sentence(words, m));
            }
        }
    }

    if !report.practices.is_empty() {
        w.heading(2, &words.t("report-practices"));
        for p in &report.practices {
            w.line(&format!("#list({})", lit(p)));
        }
    }

    if !report.reviews.is_empty() {
        w.heading(2, &words.t("report-reviews"));
        for r in &report.reviews {
            w.heading(4, &day(r.held_on));
            w.par(&r.concluded);
            if !r.decided.trim().is_empty() {
                w.line(&format!(
                    "#text(style: \"italic\", {})",
                    lit(&format!("{} {}", words.t("report-decided"), r.decided))
                ));
            }
        }
    }
    Typeset { markup: w.out, images: w.images }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cannot_escape_its_literal() {
        assert_eq!(lit("a\"b\\c\u{7}d\ne"), "\"a\\\"b\\\\cd\\ne\"");
        assert_eq!(lit("#set page(width: 1pt) ]["), "\"#set page(width: 1pt) ][\"");
    }
}
