//! What every long list's page shares: the query string it was asked with (filters and a page
//! number, each read leniently and cut short), and the pager that links to the pages before and
//! after with the same filters.

use crate::http::i18n::Tr;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use std::collections::HashMap;

/// The longest value a list's filter keeps.
const MAX_VALUE: usize = 100;

/// A list's query string: a filter that does not parse filters nothing (a page may also name it
/// beside its field), and a page number that does not is the first page.
#[derive(Debug, Clone, Default)]
pub struct ListParams(HashMap<String, String>);

impl<S: Send + Sync> FromRequestParts<S> for ListParams {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or_default();
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
        Ok(ListParams(pairs.into_iter().collect()))
    }
}

impl ListParams {
    /// The value of `key`, trimmed and cut to a hundred characters; empty when absent.
    pub fn get(&self, key: &str) -> String {
        self.0.get(key).map(|v| v.trim().chars().take(MAX_VALUE).collect()).unwrap_or_default()
    }

    /// The value of `key` as [`Self::get`] reads it, when the query names the key at all (an API
    /// refuses `?participant=` where a list page reads it as no filter).
    pub fn given(&self, key: &str) -> Option<String> {
        self.0.contains_key(key).then(|| self.get(key))
    }

    /// Whether `key` asks for exactly `value`.
    pub fn is(&self, key: &str, value: &str) -> bool {
        self.get(key) == value
    }

    /// Whether any of `keys` asks for something.
    pub fn any(&self, keys: &[&str]) -> bool {
        keys.iter().any(|k| !self.get(k).is_empty())
    }

    /// The page asked for, from 1.
    pub fn page(&self) -> u64 {
        self.get("page").parse().unwrap_or(1).max(1)
    }

    /// The query string of this list with `keys` as they are (empty ones left out) and `page`.
    pub fn href(&self, path: &str, keys: &[&str], page: u64) -> String {
        let pages = (page > 1).then(|| page.to_string());
        self.link(path, &[], keys, pages.as_ref().map(|p| ("page", p.as_str())))
    }

    /// A link from this list to another (or to a part of it) that keeps the search by name: a
    /// list searched for "Zed" links to every waiting newcomer called Zed, not to every one.
    pub fn searched(&self, path: &str, fixed: &[(&str, &str)]) -> String {
        self.link(path, fixed, &["q"], None)
    }

    /// `path` with `fixed` keys, then this list's `keys` as they are (empty ones left out), then
    /// `last`.
    fn link(&self, path: &str, fixed: &[(&str, &str)], keys: &[&str], last: Option<(&str, &str)>) -> String {
        let kept = keys.iter().map(|k| (*k, self.get(k))).filter(|(_, v)| !v.is_empty());
        let pairs: Vec<(&str, String)> = fixed
            .iter()
            .map(|(k, v)| (*k, v.to_string()))
            .chain(kept)
            .chain(last.map(|(k, v)| (k, v.to_string())))
            .collect();
        let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
        if query.is_empty() {
            path.to_string()
        } else {
            format!("{path}?{query}")
        }
    }
}

/// Where a list's page stands: which rows it shows of how many, and links to its neighbours.
#[derive(Debug, Clone)]
pub struct Pager {
    pub total: u64,
    /// The first and last row shown, counted from 1 (0 and 0 on an empty page).
    pub first: u64,
    pub last: u64,
    pub page: u64,
    pub pages: u64,
    pub previous: Option<String>,
    pub next: Option<String>,
    /// The last page, when the page asked for lies past it (a bookmark from a longer list, a
    /// number typed in): the list sends the reader there rather than show an empty page as if
    /// the list were empty.
    pub past_end: Option<String>,
}

impl Pager {
    /// The pager of page `page` of `total` rows, `shown` of them on it, the links keeping `keys`.
    pub fn new(
        params: &ListParams,
        (path, keys): (&str, &[&str]),
        (page, per_page): (u64, u64),
        total: u64,
        shown: usize,
    ) -> Pager {
        let pages = total.div_ceil(per_page.max(1)).max(1);
        let past_end = (page > pages && total > 0).then(|| params.href(path, keys, pages));
        let page = page.min(pages);
        let first = if shown == 0 { 0 } else { (page - 1) * per_page + 1 };
        Pager {
            total,
            first,
            last: if shown == 0 { 0 } else { first + shown as u64 - 1 },
            page,
            pages,
            previous: (page > 1).then(|| params.href(path, keys, page - 1)),
            next: (page < pages).then(|| params.href(path, keys, page + 1)),
            past_end,
        }
    }
}

impl Pager {
    /// "Showing 51–100 of 120", in the reader's language.
    pub fn showing(&self, tr: &Tr) -> String {
        let args =
            [("first", self.first.to_string()), ("last", self.last.to_string()), ("total", self.total.to_string())];
        tr.t_args("list-showing", &args)
    }

    /// "Page 2 of 3", in the reader's language.
    pub fn position(&self, tr: &Tr) -> String {
        tr.t_args("pager-position", &[("page", self.page.to_string()), ("pages", self.pages.to_string())])
    }
}

/// A page of a list through the API: its rows as a JSON array, how many rows the whole list holds
/// as `X-Total-Count`, and links to the first, previous, next and last pages (RFC 8288's `Link`)
/// that keep the list's filters `keys` (and `per_page`).
pub fn api_page<T: serde::Serialize>(
    rows: Vec<T>,
    total: u64,
    (params, path, keys): (&ListParams, &str, &[&str]),
    (page, per_page): (u64, u64),
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let pages = total.div_ceil(per_page.max(1)).max(1);
    let mut keys = keys.to_vec();
    keys.push("per_page");
    let link = |page: u64, rel: &str| format!("<{}>; rel=\"{rel}\"", params.href(path, &keys, page));
    let mut links = vec![link(1, "first")];
    if page > 1 {
        links.push(link((page - 1).min(pages), "prev"));
    }
    if page < pages {
        links.push(link(page + 1, "next"));
    }
    links.push(link(pages, "last"));
    let headers = [("x-total-count", total.to_string()), ("link", links.join(", "))];
    (headers, axum::Json(rows)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(query: &str) -> ListParams {
        ListParams(serde_urlencoded::from_str::<Vec<(String, String)>>(query).unwrap_or_default().into_iter().collect())
    }

    #[test]
    fn a_pager_links_its_neighbours_with_the_same_filters() {
        let p = params("q=Amina+S&side=newcomer&page=2&evil=x");
        let pager = Pager::new(&p, ("/list", &["q", "side"]), (p.page(), 50), 120, 50);
        assert_eq!((pager.first, pager.last, pager.page, pager.pages), (51, 100, 2, 3));
        assert_eq!(pager.previous.as_deref(), Some("/list?q=Amina+S&side=newcomer"));
        assert_eq!(pager.next.as_deref(), Some("/list?q=Amina+S&side=newcomer&page=3"));
        let empty = Pager::new(&params(""), ("/list", &["q"]), (1, 50), 0, 0);
        assert_eq!((empty.first, empty.last, empty.pages, empty.previous, empty.next), (0, 0, 1, None, None));
        assert_eq!((pager.past_end, empty.past_end), (None, None));
    }

    #[test]
    fn a_link_to_another_list_keeps_the_search_by_name() {
        let p = params("q=Zed+A&side=newcomer&page=2");
        assert_eq!(p.searched("/people", &[("status", "waiting")]), "/people?status=waiting&q=Zed+A");
        assert_eq!(params("page=2").searched("/pairs", &[("show", "closed")]), "/pairs?show=closed");
        assert_eq!(params("").searched("/pairs", &[]), "/pairs");
    }

    #[test]
    fn a_page_past_the_end_points_to_the_last_one() {
        let p = params("q=Amina&page=61");
        let pager = Pager::new(&p, ("/list", &["q"]), (p.page(), 50), 120, 0);
        assert_eq!(pager.past_end.as_deref(), Some("/list?q=Amina&page=3"));
        let one = Pager::new(&params("page=9"), ("/list", &["q"]), (9, 50), 3, 0);
        assert_eq!(one.past_end.as_deref(), Some("/list"));
        let nothing = Pager::new(&params("page=9"), ("/list", &["q"]), (9, 50), 0, 0);
        assert_eq!(nothing.past_end, None, "an empty list has no page to go to");
    }

    #[test]
    fn odd_values_read_as_no_filter() {
        let p = params("page=-3&waited=abc&q=%E2%80%AE");
        assert_eq!(p.page(), 1);
        assert_eq!(params(&format!("q={}", "a".repeat(500))).get("q").len(), 100);
    }
}
