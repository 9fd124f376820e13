//! Static files, embedded in the binary.

use axum::http::header;
use axum::response::IntoResponse;

const CSS: &str = include_str!("../../static/app.css");
const HTMX: &str = include_str!("../../static/vendor/htmx.min.js");

fn asset(content_type: &'static str, body: &'static str) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "public, max-age=3600")], body)
}

pub async fn css() -> impl IntoResponse {
    asset("text/css; charset=utf-8", CSS)
}

pub async fn htmx() -> impl IntoResponse {
    asset("text/javascript; charset=utf-8", HTMX)
}
