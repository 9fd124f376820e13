//! Turns error responses into what the client can use: an RFC 9457 problem document under `/api`, an
//! HTML fragment for htmx, a translated page otherwise. Also covers the router's own errors (unknown
//! route, wrong method, body too large), so every error looks the same.

use crate::http::error::{AppError, ErrorMarker};
use crate::http::i18n::Locale;
use crate::http::page::{render, Page};
use askama::Template;
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use serde_json::json;

#[derive(Template)]
#[template(path = "http/error.html")]
struct ErrorPage {
    page: Page,
    title: String,
    detail: String,
}

/// Applied twice: inside the CSRF and authentication layers, where pages know who is logged in, and
/// outside them, for the errors those layers answer themselves. Each error is rendered once: the
/// inner pass removes the marker it handled, and a rendered body is left alone.
pub async fn render_errors(request: Request, next: Next) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    let is_htmx = request.headers().contains_key("hx-request");
    let locale = Locale::from_headers(request.headers());
    let path = request.uri().path().to_string();
    // After logging in, people come back to the page as they asked for it, query and all.
    let asked_for = request.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| path.clone());
    // The page layout needs the CSRF token and the user, which the inner layers put here.
    let (parts, body) = request.into_parts();
    let mut probe = parts.clone();
    let request = Request::from_parts(parts, body);
    let mut response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let marker = response.extensions_mut().remove::<ErrorMarker>();
    let has_own_body = marker.is_none()
        && response.headers().get(header::CONTENT_TYPE).is_some_and(|v| {
            v.to_str().is_ok_and(|v| v.starts_with("text/html") || v.starts_with("application/problem+json"))
        });
    if has_own_body {
        return response;
    }
    let marker = marker.unwrap_or_else(|| {
        let e = AppError::from_status(status);
        ErrorMarker { code: e.code(), status, invalid: None }
    });
    let tr = &locale.0;
    let title = tr.t(&format!("error-{}", marker.code.as_str()));
    let detail = tr.t(&format!("error-{}-detail", marker.code.as_str()));
    // Headers the original answer set (a cookie, Retry-After) survive the rewrite.
    let kept: Vec<_> = [header::SET_COOKIE, header::RETRY_AFTER, header::WWW_AUTHENTICATE]
        .into_iter()
        .flat_map(|name| {
            response.headers().get_all(&name).iter().map(move |v| (name.clone(), v.clone())).collect::<Vec<_>>()
        })
        .collect();
    drop(response);
    let keep = move |mut r: Response| {
        for (name, value) in &kept {
            r.headers_mut().append(name.clone(), value.clone());
        }
        r
    };

    if is_api {
        let errors: Vec<_> = marker
            .invalid
            .iter()
            .flat_map(|e| e.iter())
            .map(|e| json!({"field": e.field, "code": e.code, "detail": tr.error(e.code)}))
            .collect();
        let mut doc = json!({
            "type": format!("/api/problems/{}", marker.code.as_str()),
            "title": title,
            "status": marker.status.as_u16(),
            "detail": detail,
            "code": marker.code.as_str(),
            "instance": path,
        });
        if !errors.is_empty() {
            doc["errors"] = json!(errors);
        }
        let mut r = (marker.status, doc.to_string()).into_response();
        r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
        return keep(r);
    }
    if is_htmx {
        let fragment = format!(
            "<div class=\"notice notice-error\" role=\"alert\"><p>{}</p></div>",
            askama::filters::escape(&title, askama::filters::Html).map(|s| s.to_string()).unwrap_or_default()
        );
        return keep((marker.status, Html(fragment)).into_response());
    }
    if marker.status == StatusCode::UNAUTHORIZED {
        // People who are not logged in go to the login page, and come back after.
        let next = format!("/login?next={}", urlencode(&asked_for));
        return keep(crate::http::see_other(&next));
    }
    let page = match <Page as axum::extract::FromRequestParts<()>>::from_request_parts(&mut probe, &()).await {
        Ok(page) => page,
        Err(_) => return keep((marker.status, title).into_response()),
    };
    let template = ErrorPage { page, title, detail };
    match render(&template) {
        Ok(mut r) => {
            *r.status_mut() = marker.status;
            keep(r)
        }
        Err(_) => keep((marker.status, "error").into_response()),
    }
}

fn urlencode(s: &str) -> String {
    serde_urlencoded::to_string([("", s)]).map(|e| e.trim_start_matches('=').to_string()).unwrap_or_default()
}
