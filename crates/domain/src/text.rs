//! Text people type, checked for what nobody can see. Invisible characters can turn a name around
//! ("Mallory" followed by a right-to-left override makes the rest of a line read backwards), hide
//! words from search, or make two names that look the same differ. bridges refuses them at every
//! door with a message that says so, and the form that refused them shows the text back without
//! them, so the person only checks it and sends it again.
//!
//! Zero-width joiner and non-joiner are not refused: Persian, Indic scripts and emoji need them.

use std::borrow::Cow;

/// The characters that steer the direction of text: embeddings, overrides and isolates (which
/// reorder everything after them, up to the end of the paragraph when left open) and the marks
/// (which move the punctuation beside them).
pub fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Invisible format characters with no place in what people type: the direction controls, the
/// zero-width space, the word joiner and invisible operators, the deprecated format controls, the
/// byte order mark, interlinear annotations, the Mongolian vowel separator and tag characters.
pub fn is_invisible(c: char) -> bool {
    is_direction_control(c)
        || matches!(
            c,
            '\u{180E}'
                | '\u{200B}'
                | '\u{2060}'..='\u{2064}'
                | '\u{206A}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

/// Why `text` is refused, as an error code (the message key without `error-`): control characters
/// (line breaks and tabs allowed when `lines`), or invisible format characters. `None` when it is
/// fine.
pub fn refusal(text: &str, lines: bool) -> Option<&'static str> {
    let breaks = |c: char| lines && matches!(c, '\n' | '\r' | '\t');
    if text.chars().any(|c| c.is_control() && !breaks(c)) {
        Some("text-control-characters")
    } else if text.chars().any(is_invisible) {
        Some("text-invisible-characters")
    } else {
        None
    }
}

/// `text` without its invisible format characters: what a form that refused them shows back.
pub fn without_invisible(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_invisible) {
        Cow::Owned(text.chars().filter(|&c| !is_invisible(c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_isolates_and_marks_are_refused_and_joiners_kept() {
        for hostile in [
            "Mallory\u{202E}lanoitcif",
            "\u{2067}Ali",
            "Ana\u{200F}",
            "Zero\u{200B}width",
            "\u{FEFF}Bom",
            "tag\u{E0041}",
            "\u{061C}x",
        ] {
            assert_eq!(refusal(hostile, true), Some("text-invisible-characters"), "{hostile:?}");
        }
        // Persian needs the zero-width non-joiner; emoji the joiner.
        assert_eq!(refusal("می\u{200C}خواهم", false), None);
        assert_eq!(refusal("👩\u{200D}🔬", false), None);
        assert_eq!(refusal("Amira Haddad أميرة", false), None);
        assert_eq!(refusal("two\nlines", true), None);
        assert_eq!(refusal("two\nlines", false), Some("text-control-characters"));
        assert_eq!(refusal("bell\u{7}", true), Some("text-control-characters"));
    }

    #[test]
    fn the_text_shown_back_has_no_invisible_characters() {
        assert_eq!(without_invisible("Mallory\u{202E}lanoitcif\u{202C}"), "Mallorylanoitcif");
        assert_eq!(without_invisible("می\u{200C}خواهم"), "می\u{200C}خواهم");
        assert!(matches!(without_invisible("plain"), Cow::Borrowed("plain")));
    }
}
