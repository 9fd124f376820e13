//! Typesets reports to PDF with typst and draws SVG charts to PNG, using only the fonts bridges
//! ships (Noto Sans for Latin, Greek and Cyrillic; DejaVu Sans for Arabic: see `fonts/README.md`),
//! so a report looks the same on every machine and never reads the host's fonts or files.
//!
//! It takes markup and images it is given and returns bytes: it must never read a file, reach the
//! network or know what a report says. It lives in its own crate because typst is heavy to
//! compile; nothing else in the workspace should need rebuilding it.

use std::sync::LazyLock;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

static FONT_FILES: [&[u8]; 4] = [
    include_bytes!("../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../fonts/DejaVuSans.ttf"),
    include_bytes!("../fonts/DejaVuSans-Bold.ttf"),
];

/// The families a document may name, in the order typst should fall back through them.
pub const FONT_FAMILIES: [&str; 2] = ["Noto Sans", "DejaVu Sans"];

/// Most images one document may carry: their file ids are interned for the life of the process,
/// so the names are drawn from a fixed set.
pub const MAX_IMAGES: usize = 400;

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The markup did not compile: a defect of the caller, never of user input, which the
    /// caller escapes.
    #[error("typesetting failed: {0}")]
    Typeset(String),
    #[error("writing the PDF failed: {0}")]
    Write(String),
    #[error("the chart could not be drawn: {0}")]
    Draw(String),
    #[error("too many images: {0} (at most {MAX_IMAGES})")]
    TooManyImages(usize),
}

struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES.iter().flat_map(|data| Font::iter(Bytes::new(*data))).collect();
    Shared {
        library: LazyHash::new(Library::builder().build()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

/// A document to typeset: typst markup and the images it refers to as `image("img/N.svg")`
/// where N is the image's index in `images`.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub markup: String,
    pub images: Vec<Image>,
}

#[derive(Debug, Clone)]
pub struct Image {
    /// "svg" or "png".
    pub format: &'static str,
    pub data: Vec<u8>,
}

impl Document {
    /// Adds an image and returns the path the markup names it by.
    pub fn add_image(&mut self, format: &'static str, data: Vec<u8>) -> String {
        self.images.push(Image { format, data });
        image_path(self.images.len() - 1, format)
    }
}

fn image_path(index: usize, format: &str) -> String {
    format!("img/{index}.{format}")
}

fn file_id(path: &str) -> Option<FileId> {
    let vpath = VirtualPath::new(path).ok()?;
    Some(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

struct ReportWorld {
    main: FileId,
    source: Source,
    images: Vec<(FileId, Bytes)>,
    today: Option<Datetime>,
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &SHARED.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &SHARED.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main {
            Ok(self.source.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main {
            return Ok(Bytes::from_string(self.source.clone()));
        }
        self.images.iter().find(|(i, _)| *i == id).map(|(_, b)| b.clone()).ok_or(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        SHARED.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        self.today
    }
}

fn describe(diagnostics: &[SourceDiagnostic]) -> String {
    diagnostics.iter().map(|d| d.message.to_string()).collect::<Vec<_>>().join("; ")
}

/// Typesets the document and writes it as a tagged PDF. `today` is the date the markup's
/// `datetime.today()` gives (reports name their own dates, so it is rarely needed).
pub fn pdf(document: &Document, today: Option<(i32, u8, u8)>) -> Result<Vec<u8>, PdfError> {
    if document.images.len() > MAX_IMAGES {
        return Err(PdfError::TooManyImages(document.images.len()));
    }
    let main = file_id("main.typ").ok_or_else(|| PdfError::Typeset("main path".into()))?;
    let mut images = Vec::with_capacity(document.images.len());
    for (i, image) in document.images.iter().enumerate() {
        let id = file_id(&image_path(i, image.format)).ok_or_else(|| PdfError::Typeset("image path".into()))?;
        images.push((id, Bytes::new(image.data.clone())));
    }
    let world = ReportWorld {
        main,
        source: Source::new(main, document.markup.clone()),
        images,
        today: today.and_then(|(y, m, d)| Datetime::from_ymd(y, m, d)),
    };
    let compiled = typst::compile::<PagedDocument>(&world);
    // typst memoises across compilations; a server renders many different reports, so only what
    // the last few used is kept.
    let result = compiled.output.map_err(|e| PdfError::Typeset(describe(&e)));
    let options = typst_pdf::PdfOptions { ident: Smart::Auto, tagged: true, ..Default::default() };
    let out = result.and_then(|doc| typst_pdf::pdf(&doc, &options).map_err(|e| PdfError::Write(describe(&e))));
    typst::comemo::evict(4);
    out
}

/// How many pages a PDF made by [`pdf`] has: its page objects (`/Type/Page`, not the `/Pages` tree).
pub fn page_count(pdf: &[u8]) -> usize {
    let mut count = 0;
    for needle in [&b"/Type/Page"[..], &b"/Type /Page"[..]] {
        count += pdf
            .windows(needle.len() + 1)
            .filter(|w| w.starts_with(needle) && !w[needle.len()].is_ascii_alphanumeric())
            .count();
    }
    count
}

static SVG_FONTS: LazyLock<std::sync::Arc<resvg::usvg::fontdb::Database>> = LazyLock::new(|| {
    let mut db = resvg::usvg::fontdb::Database::new();
    for data in FONT_FILES {
        db.load_font_data(data.to_vec());
    }
    db.set_sans_serif_family(FONT_FAMILIES[0]);
    std::sync::Arc::new(db)
});

/// Most pixels a PNG may have (a 4,000 × 4,000 image): charts are small, and a caller's mistake
/// must not allocate gigabytes.
pub const MAX_PIXELS: u64 = 16_000_000;

/// Draws an SVG (a chart or a card) to PNG at `scale` times its own size, with the shipped fonts.
pub fn png(svg: &str, scale: f32) -> Result<Vec<u8>, PdfError> {
    let options = resvg::usvg::Options { fontdb: SVG_FONTS.clone(), ..Default::default() };
    let tree = resvg::usvg::Tree::from_str(svg, &options).map_err(|e| PdfError::Draw(e.to_string()))?;
    let size = tree.size().to_int_size().scale_by(scale).ok_or_else(|| PdfError::Draw("size".into()))?;
    if u64::from(size.width()) * u64::from(size.height()) > MAX_PIXELS {
        return Err(PdfError::Draw("too large".into()));
    }
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(size.width(), size.height()).ok_or_else(|| PdfError::Draw("size".into()))?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(&tree, resvg::tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| PdfError::Draw(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_in_two_scripts_becomes_a_pdf() {
        let mut doc = Document::default();
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="40" height="30" fill="#2f6f8f"/><text x="5" y="45" font-size="10">Bar ب</text></svg>"##;
        let path = doc.add_image("svg", svg.as_bytes().to_vec());
        doc.markup = format!(
            "#set document(title: {})\n#set text(font: (\"Noto Sans\", \"DejaVu Sans\"))\n= {}\n#text(dir: rtl, lang: \"ar\")[{}]\n#image(\"{path}\", alt: \"chart\")\n",
            "\"Report \\\"one\\\"\"",
            "\"Title\"",
            "\"تقرير الأثر\"",
        );
        let bytes = pdf(&doc, None).unwrap();
        assert!(bytes.starts_with(b"%PDF"));
        assert_eq!(page_count(&bytes), 1);
    }

    #[test]
    fn markup_that_does_not_compile_is_an_error_not_a_panic() {
        let doc = Document { markup: "#let x = (".into(), images: Vec::new() };
        assert!(matches!(pdf(&doc, None), Err(PdfError::Typeset(_))));
    }

    #[test]
    fn a_chart_draws_to_png() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><text x="5" y="20">Hi مرحبا</text></svg>"##;
        let drawn = png(svg, 2.0).unwrap();
        assert!(drawn.starts_with(b"\x89PNG"));
        assert!(png(r#"<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="100000"></svg>"#, 1.0).is_err());
        assert!(png("not svg", 1.0).is_err());
    }
}
