//! Static files, embedded in the binary. Each is served under a name that carries a digest of its
//! content (`/static/app.1f2e3d4c5b6a7980.css`), so a browser keeps it for a year and asks again
//! only when a new version changes it; and gzipped once, at first use, for the browsers that accept
//! it (all of them). Pages are not compressed: a page carries a CSRF token beside text a visitor
//! can choose, and compressing the two together would let a watcher of the traffic guess the token
//! (BREACH).

use axum::body::Bytes;
use axum::extract::Path;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::sync::LazyLock;

/// One embedded file, as it is served.
struct Asset {
    /// Its file name under `/static/`, with the digest.
    name: String,
    content_type: &'static str,
    body: &'static [u8],
    /// Empty if gzip failed: the file is then served as it is.
    gzipped: Bytes,
}

impl Asset {
    fn new(stem: &str, extension: &str, content_type: &'static str, body: &'static str) -> Asset {
        let digest = Sha256::digest(body.as_bytes());
        let short: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        // Writing into memory cannot fail; were it to, the file is served as it is.
        let gzipped = gzip.write_all(body.as_bytes()).and_then(|()| gzip.finish()).unwrap_or_default();
        Asset {
            name: format!("{stem}.{short}.{extension}"),
            content_type,
            body: body.as_bytes(),
            gzipped: gzipped.into(),
        }
    }

    fn response(&self, headers: &HeaderMap) -> Response {
        let accepts_gzip = headers
            .get_all(header::ACCEPT_ENCODING)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .any(|coding| {
                let mut parts = coding.split(';').map(str::trim);
                let named = parts.next().is_some_and(|c| c.eq_ignore_ascii_case("gzip"));
                named && !parts.any(|p| p.replace(' ', "") == "q=0")
            });
        let common = [
            (header::CONTENT_TYPE, self.content_type),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            (header::VARY, "accept-encoding"),
        ];
        if accepts_gzip && !self.gzipped.is_empty() {
            (common, [(header::CONTENT_ENCODING, "gzip")], self.gzipped.clone()).into_response()
        } else {
            (common, self.body).into_response()
        }
    }
}

static CSS: LazyLock<Asset> =
    LazyLock::new(|| Asset::new("app", "css", "text/css; charset=utf-8", include_str!("../../static/app.css")));
static HTMX: LazyLock<Asset> = LazyLock::new(|| {
    Asset::new("htmx", "min.js", "text/javascript; charset=utf-8", include_str!("../../static/vendor/htmx.min.js"))
});

/// The stylesheet's address.
pub fn css_href() -> String {
    format!("/static/{}", CSS.name)
}

/// htmx's address (only the pages with a form that uses it load it).
pub fn htmx_href() -> String {
    format!("/static/{}", HTMX.name)
}

/// `/static/{name}`: a file by its current name; an older version's name is not found.
pub async fn file(Path(name): Path<String>, headers: HeaderMap) -> Response {
    match [&*CSS, &*HTMX].into_iter().find(|a| a.name == name) {
        Some(asset) => asset.response(&headers),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
