//! Pictures beside the charts: a network of who moves whom, and one bar split into its parts.
//! The same rules as [`crate::chart`]: one self-contained SVG with inline attributes, every word
//! from the caller and already translated, the same bytes for the same input. Each is drawn with
//! a table or list beside it on the page, which says the same in words.

use crate::chart::{coord, escape, format_number, in_reading_order};
use std::f64::consts::PI;

const INK: &str = "#1f1f24";
const LINE: &str = "#555555";
/// A ring around the nodes the caller marks (a decision-maker to move), in the pages' accent.
const RING: &str = "#1d4f91";
/// Colours told apart with any colour vision (Okabe and Ito), for the parts of a bar.
const PARTS: [&str; 8] = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#7f7f7f"];
/// Labels longer than this are cut, with the whole label in the node's tooltip.
const MAX_LABEL: usize = 34;
/// A rough glyph width at 13px.
const CHAR_WIDTH: f64 = 7.5;

/// One person or body in a network.
#[derive(Debug, Clone, PartialEq)]
pub struct Node<'a> {
    pub label: &'a str,
    /// 1 to 5: how large it is drawn (a stakeholder's influence).
    pub weight: u8,
    pub fill: &'static str,
    /// Drawn with a ring.
    pub ringed: bool,
}

/// `from` moves `to`; with `both`, each moves the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
    pub both: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NetworkSpec<'a> {
    pub title: &'a str,
    pub nodes: &'a [Node<'a>],
    pub edges: &'a [Edge],
    pub rtl: bool,
}

fn short(label: &str) -> String {
    if label.chars().count() > MAX_LABEL {
        format!("{}…", label.chars().take(MAX_LABEL - 1).collect::<String>().trim_end())
    } else {
        label.to_string()
    }
}

fn radius(weight: u8) -> f64 {
    6.0 + 2.5 * f64::from(weight.clamp(1, 5))
}

/// The nodes on a circle, the first at the top, each label outside its node so that none crosses
/// another; arrows from whoever moves to whoever is moved, shortened to end at the circles' edges.
pub fn network(spec: &NetworkSpec) -> String {
    let n = spec.nodes.len();
    let longest = spec.nodes.iter().map(|node| short(node.label).chars().count()).max().unwrap_or(0) as f64;
    let ring = if n <= 1 { 0.0 } else { (70.0 + 18.0 * n as f64).min(210.0) };
    let room = longest * CHAR_WIDTH + 34.0;
    let (width, height) = (2.0 * (ring + room), 2.0 * ring + 110.0);
    let (cx, cy) = (width / 2.0, height / 2.0 + 8.0);
    let at = |i: usize| {
        let angle = -PI / 2.0 + 2.0 * PI * i as f64 / n.max(1) as f64;
        // Right to left, the circle runs the other way round, as the reader's eye does.
        let angle = if spec.rtl { PI - angle } else { angle };
        (cx + ring * angle.cos(), cy + ring * angle.sin(), angle)
    };
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" \
         font-family=\"sans-serif\" font-size=\"13\"><title>{title}</title>\
         <defs><marker id=\"moves\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" \
         orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{LINE}\"/></marker></defs>",
        w = coord(width),
        h = coord(height),
        title = escape(spec.title),
    );
    for e in spec.edges.iter().filter(|e| e.from < n && e.to < n && e.from != e.to) {
        let ((x1, y1, _), (x2, y2, _)) = (at(e.from), at(e.to));
        let length = ((x2 - x1).powi(2) + (y2 - y1).powi(2)).sqrt().max(1.0);
        let (dx, dy) = ((x2 - x1) / length, (y2 - y1) / length);
        let (start, end) = (radius(spec.nodes[e.from].weight) + 3.0, radius(spec.nodes[e.to].weight) + 3.0);
        svg.push_str(&format!(
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{LINE}\" stroke-width=\"1.5\" marker-end=\"url(#moves)\"{}/>",
            coord(x1 + dx * start),
            coord(y1 + dy * start),
            coord(x2 - dx * end),
            coord(y2 - dy * end),
            if e.both { " marker-start=\"url(#moves)\" stroke-dasharray=\"6 3\"" } else { "" },
        ));
    }
    for (i, node) in spec.nodes.iter().enumerate() {
        let (x, y, angle) = at(i);
        let r = radius(node.weight);
        let (cos, sin) = if n <= 1 { (0.0, 1.0) } else { (angle.cos(), angle.sin()) };
        let (lx, ly) = (x + cos * (r + 6.0), y + sin * (r + 6.0) + 4.5 + sin * 6.0);
        let anchor = if cos > 0.3 {
            "start"
        } else if cos < -0.3 {
            "end"
        } else {
            "middle"
        };
        let (stroke, stroke_width) = if node.ringed { (RING, 4) } else { (INK, 1) };
        svg.push_str(&format!(
            "<g><title>{whole}</title><circle cx=\"{x}\" cy=\"{y}\" r=\"{r}\" fill=\"{fill}\" stroke=\"{stroke}\" \
             stroke-width=\"{stroke_width}\"/><text x=\"{lx}\" y=\"{ly}\" text-anchor=\"{anchor}\" fill=\"{INK}\">{label}</text></g>",
            whole = escape(node.label),
            x = coord(x),
            y = coord(y),
            r = coord(r),
            fill = node.fill,
            lx = coord(lx),
            ly = coord(ly),
            label = escape(&in_reading_order(&short(node.label), spec.rtl)),
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// One part of a whole: its words, and its share of the whole (any scale; shares are drawn in
/// proportion to their sum).
#[derive(Debug, Clone, PartialEq)]
pub struct Part<'a> {
    pub label: &'a str,
    pub share: f64,
}

/// One bar split into its parts, in the order given, from the reading side; under it, a key of
/// each part's colour, words and contribution as given (a score's points: "+20", the same number
/// the page's list of reasons gives, not a percentage of the bar, which would be a second number
/// for the same reason).
pub fn stacked_bar(title: &str, parts: &[Part], rtl: bool, width: u32) -> String {
    let width = f64::from(width.max(200));
    let total: f64 = parts.iter().map(|p| p.share).filter(|s| s.is_finite() && *s > 0.0).sum();
    let (left, bar_width, bar_top, bar_height) = (8.0, width - 16.0, 30.0, 26.0);
    let height = bar_top + bar_height + 14.0 + 22.0 * parts.len() as f64;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" \
         font-family=\"sans-serif\" font-size=\"13\"><title>{t}</title>\
         <text x=\"{tx}\" y=\"18\" text-anchor=\"{anchor}\" font-weight=\"bold\" fill=\"{INK}\">{t}</text>",
        w = coord(width),
        h = coord(height),
        t = escape(&in_reading_order(title, rtl)),
        tx = coord(if rtl { width - left } else { left }),
        anchor = if rtl { "end" } else { "start" },
    );
    let mut offset = 0.0;
    for (i, part) in parts.iter().enumerate() {
        let colour = PARTS[i % PARTS.len()];
        let share = if total > 0.0 && part.share.is_finite() && part.share > 0.0 { part.share / total } else { 0.0 };
        let w = share * bar_width;
        if w > 0.0 {
            let x = if rtl { left + bar_width - offset - w } else { left + offset };
            svg.push_str(&format!(
                "<rect x=\"{}\" y=\"{bar_top}\" width=\"{}\" height=\"{bar_height}\" fill=\"{colour}\" stroke=\"#ffffff\" stroke-width=\"1\"/>",
                coord(x),
                coord(w)
            ));
            offset += w;
        }
        let y = bar_top + bar_height + 14.0 + 22.0 * i as f64;
        let (swatch, text_x) = if rtl { (width - left - 14.0, width - left - 20.0) } else { (left, left + 20.0) };
        svg.push_str(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"{colour}\"/><text x=\"{}\" y=\"{}\" text-anchor=\"{}\" fill=\"{INK}\">{} (+{})</text>",
            coord(swatch),
            coord(y),
            coord(text_x),
            coord(y + 11.5),
            if rtl { "end" } else { "start" },
            escape(&in_reading_order(part.label, rtl)),
            format_number(if part.share.is_finite() { part.share.max(0.0) } else { 0.0 }),
        ));
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(label: &str) -> Node<'_> {
        Node { label, weight: 3, fill: "#cccccc", ringed: false }
    }

    #[test]
    fn a_network_draws_every_node_and_arrow_once() {
        let nodes = [node("Mayor"), node("Residents' committee of the old town centre"), node("Parish")];
        let edges = [
            Edge { from: 1, to: 0, both: false },
            Edge { from: 2, to: 1, both: true },
            Edge { from: 0, to: 9, both: false },
        ];
        let svg = network(&NetworkSpec { title: "Who moves whom", nodes: &nodes, edges: &edges, rtl: false });
        assert_eq!(svg.matches("<circle").count(), 3);
        assert_eq!(svg.matches("<line").count(), 2, "an edge to a node that is not there is left out");
        assert_eq!(svg.matches("marker-start").count(), 1);
        assert!(svg.contains(">Residents&#39; committee of the old t…<"), "{svg}");
        assert!(svg.contains("<title>Residents&#39; committee of the old town centre</title>"));
        assert_eq!(svg, network(&NetworkSpec { title: "Who moves whom", nodes: &nodes, edges: &edges, rtl: false }));
        // No node at all still makes a picture.
        assert!(network(&NetworkSpec { title: "t", nodes: &[], edges: &[], rtl: true }).ends_with("</svg>"));
    }

    #[test]
    fn a_stacked_bar_splits_in_proportion() {
        let parts = [
            Part { label: "Languages", share: 30.0 },
            Part { label: "Distance", share: 10.0 },
            Part { label: "Nothing", share: 0.0 },
        ];
        let svg = stacked_bar("Score", &parts, false, 416);
        assert!(svg.contains("width=\"300\""), "three quarters of 400: {svg}");
        assert!(svg.contains("Languages (+30)") && svg.contains("Distance (+10)") && svg.contains("Nothing (+0)"));
        assert_eq!(svg.matches("<rect").count(), 2 + 3, "two segments and three keys");
        let rtl = stacked_bar("Score", &parts, true, 416);
        assert!(rtl.contains("x=\"108\""), "right to left, the first part starts at the right: {rtl}");
    }
}
