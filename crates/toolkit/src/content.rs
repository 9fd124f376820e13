//! Markdown files with TOML front matter: `+++`, TOML, `+++`, then the body.

use crate::error::ContentError;
use serde::de::DeserializeOwned;

/// Splits a content file into its parsed front matter and its Markdown body.
pub fn parse<T: DeserializeOwned>(path: &str, text: &str) -> Result<(T, String), ContentError> {
    let text = text.trim_start_matches('\u{feff}');
    let rest = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))
        .ok_or_else(|| ContentError::new(path, "does not start with a +++ line"))?;
    let end = rest.find("\n+++").ok_or_else(|| ContentError::new(path, "front matter is not closed by a +++ line"))?;
    let (front, body) = rest.split_at(end);
    let body = body.trim_start_matches("\n+++").trim_start_matches('\r').trim_start_matches('\n');
    let meta = toml::from_str(front).map_err(|e| ContentError::new(path, &e.to_string()))?;
    Ok((meta, body.to_string()))
}

/// Markdown to HTML for trusted content shipped with bridges. Raw HTML in the source is escaped,
/// not passed through, so even a careless edit cannot inject script.
pub fn markdown_to_html(markdown: &str) -> String {
    use pulldown_cmark::{html, Event, Options, Parser};
    let parser =
        Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH).map(|event| match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            other => other,
        });
    let mut out = String::new();
    html::push_html(&mut out, parser);
    out
}

/// Markdown to plain text, for the search index and snippets.
pub fn markdown_to_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser, TagEnd};
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => out.push('\n'),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Meta {
        id: String,
    }

    #[test]
    fn splits_front_matter() {
        let (m, body): (Meta, String) = parse("x.md", "+++\nid = \"a\"\n+++\n\n# Title\n").unwrap();
        assert_eq!(m.id, "a");
        assert_eq!(body, "# Title\n");
        assert!(parse::<Meta>("x.md", "id = 1").is_err());
        assert!(parse::<Meta>("x.md", "+++\nid = \"a\"\n").is_err());
        assert!(parse::<Meta>("x.md", "+++\nid = 3\n+++\n").is_err());
    }

    #[test]
    fn markdown_never_passes_html_through() {
        let html = markdown_to_html("Hello <script>alert(1)</script> **world**");
        assert!(!html.contains("<script>"));
        assert!(html.contains("<strong>world</strong>"));
        assert_eq!(markdown_to_text("## A\n\nb *c*"), "A\nb c\n");
    }
}
