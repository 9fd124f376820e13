//! The demo in a real Chromium on a 360 px phone: every page a link leads to, in every language
//! bridges speaks, fits the screen without scrolling sideways. Ignored by a plain `cargo test`;
//! `.ci/run` runs it with the rest of the browser suite.

#[path = "../../../web/tests/it/driver.rs"]
mod driver;

use crate::{address_of, bridges, serve};
use driver::Driver;
use std::collections::{BTreeSet, VecDeque};
use thirtyfour::prelude::*;

/// What a link is, whatever it points at: each id is the same placeholder, so one participant,
/// one pair or one project stands for all of them.
fn shape(path: &str) -> String {
    path.split('/')
        .map(|part| {
            let id_like = part.len() == 36 && part.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
            if id_like {
                "ID"
            } else {
                part
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Links that download a file, or belong to the API, rather than show a page.
fn download(path: &str) -> bool {
    let files = [".csv", ".xlsx", ".pdf", ".json", ".ics", ".svg", ".png", ".xml", ".zip", ".js", ".css"];
    files.iter().any(|f| path.ends_with(f)) || path.starts_with("/api/") || path.contains("/export")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium and chromedriver: run with --ignored"]
async fn every_page_of_the_demo_fits_a_phone_in_every_language() {
    let data = tempfile::tempdir().unwrap();
    let out = bridges(data.path()).arg("demo").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let password = text.lines().find_map(|l| l.split("with the password ").nth(1)).unwrap().trim().to_string();
    let (mut server, lines) = serve(data.path(), false);
    let address = address_of(&lines);

    let browser = Driver::start().await;
    let d = &browser.driver;
    d.set_window_rect(0, 0, 360, 800).await.unwrap();
    d.goto(format!("{address}/login")).await.unwrap();
    d.find(By::Id("field-email")).await.unwrap().send_keys("demo-owner@example.org").await.unwrap();
    d.find(By::Id("field-password")).await.unwrap().send_keys(password.as_str()).await.unwrap();
    let button = d.find(By::Css("main form button[type=submit]")).await.unwrap();
    button.click().await.unwrap();
    button.wait_until().stale().await.unwrap();

    let mut sideways = Vec::new();
    let mut pages = 0;
    for lang in ["en", "fr", "it", "ar"] {
        let mut cookie = Cookie::new("bridges_lang", lang);
        cookie.set_path("/");
        d.add_cookie(cookie).await.unwrap();
        let mut seen = BTreeSet::from([shape("/")]);
        let mut queue = VecDeque::from(["/".to_string()]);
        while let Some(path) = queue.pop_front() {
            d.goto(format!("{address}{path}")).await.unwrap();
            pages += 1;
            let shown: String =
                d.execute("return document.documentElement.lang;", vec![]).await.unwrap().convert().unwrap();
            // A page whose address names its language (a survey's) keeps it.
            let named = path.split('/').any(|part| ["en", "fr", "it", "ar"].contains(&part));
            assert!(named || shown == lang, "{path} is in {shown}, not in the language chosen, {lang}");
            let wide: bool = d
                .execute("return document.documentElement.scrollWidth > window.innerWidth + 1;", vec![])
                .await
                .unwrap()
                .convert()
                .unwrap();
            if wide {
                sideways.push(format!("{lang} {path}"));
            }
            let links: Vec<String> = d
                .execute("return Array.from(document.querySelectorAll('a[href]'), a => a.href);", vec![])
                .await
                .unwrap()
                .convert()
                .unwrap();
            for link in links {
                let Some(rest) = link.strip_prefix(address.as_str()) else { continue };
                let path = rest.split(['#', '?']).next().unwrap_or_default().to_string();
                if !path.starts_with('/') || download(&path) || path == "/logout" {
                    continue;
                }
                if seen.insert(shape(&path)) {
                    queue.push_back(path);
                }
            }
        }
    }
    browser.quit().await;
    server.kill().unwrap();
    server.wait().unwrap();
    println!("{pages} pages visited at 360 px");
    assert!(pages > 400, "only {pages} pages were reached");
    assert!(sideways.is_empty(), "pages that scroll sideways at 360 px: {sideways:#?}");
}
