//! The demo in a real Chromium: every page a link leads to, in every language bridges speaks, fits
//! a 360 px phone without scrolling sideways; in English and Arabic it also fits a 1280 px screen,
//! has no WCAG 2.2 A/AA violation that axe-core finds at either width, and its HTML, as the server
//! sent it, has no error by the Nu HTML checker. Ignored by a plain `cargo test`; `.ci/run`
//! installs axe-core and the Nu checker (`scripts/browser-checks`) and runs it with the rest of the
//! browser suite.

#[path = "../../../web/tests/it/driver.rs"]
mod driver;

use crate::{address_of, bridges, serve};
use bridges_domain::Language;
use driver::Driver;
use std::collections::{BTreeSet, VecDeque};
use std::path::{Path, PathBuf};
use std::time::Duration;
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

/// The checkers `.ci/run` installs from `scripts/browser-checks/package.json`.
struct Checkers {
    /// axe-core, followed by a `return` so that one script call loads it into the page.
    axe: String,
    vnu: PathBuf,
}

impl Checkers {
    fn installed() -> Self {
        let modules = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/browser-checks/node_modules");
        let missing =
            "axe-core and the Nu checker are installed by `npm ci --prefix scripts/browser-checks` (.ci/run does it)";
        let axe = std::fs::read_to_string(modules.join("axe-core/axe.min.js")).expect(missing);
        let vnu = modules.join("vnu-jar/build/dist/vnu.jar");
        assert!(vnu.exists(), "{missing}");
        Self { axe: format!("{axe}\nreturn true;"), vnu }
    }

    /// axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on the page shown: one line per violation,
    /// with up to three of the elements at fault.
    async fn axe(&self, d: &WebDriver) -> Vec<String> {
        d.execute(self.axe.as_str(), vec![]).await.unwrap();
        let found = d
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                axe.run(document, {
                    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']},
                    resultTypes: ['violations'],
                }).then(
                    r => done(r.violations.map(v => v.id + ': ' + v.help + ' at '
                        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))),
                    e => done(['axe did not run: ' + e]));"#,
                vec![],
            )
            .await
            .unwrap();
        found.convert().unwrap()
    }

    /// The Nu checker's errors in the pages saved under `dir` (named by their index in `paths`).
    fn nu(&self, dir: &Path, paths: &[String]) -> Vec<String> {
        let out = std::process::Command::new("java")
            .args(["-jar"])
            .arg(&self.vnu)
            .args(["--errors-only", "--format", "json"])
            .arg(dir)
            .output()
            .expect("java runs the Nu checker");
        let report: serde_json::Value = serde_json::from_slice(&out.stderr)
            .unwrap_or_else(|_| panic!("the Nu checker said: {}", String::from_utf8_lossy(&out.stderr)));
        let messages = report["messages"].as_array().cloned().unwrap_or_default();
        messages
            .iter()
            .map(|m| {
                let file = m["url"].as_str().unwrap_or_default();
                let index: usize =
                    file.rsplit('/').next().and_then(|f| f.strip_suffix(".html")?.parse().ok()).unwrap_or(0);
                let path = paths.get(index).map(String::as_str).unwrap_or(file);
                format!("{path} line {}: {}", m["lastLine"], m["message"].as_str().unwrap_or_default())
            })
            .collect()
    }
}

/// The page as the server sent it (what the Nu checker must read: the browser's DOM is already
/// repaired).
async fn sent(d: &WebDriver) -> String {
    let html = d
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            fetch(location.href, {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('' + e));"#,
            vec![],
        )
        .await
        .unwrap();
    html.convert().unwrap()
}

async fn scrolls_sideways(d: &WebDriver) -> bool {
    let wide = d.execute("return document.documentElement.scrollWidth > window.innerWidth + 1;", vec![]).await;
    wide.unwrap().convert().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium, chromedriver, Java and scripts/browser-checks installed: run with --ignored"]
async fn every_page_of_the_demo_fits_a_phone_and_passes_axe_and_the_nu_checker() {
    let checkers = Checkers::installed();
    let data = tempfile::tempdir().unwrap();
    let out = bridges(data.path()).arg("demo").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let password = text.lines().find_map(|l| l.split("with the password ").nth(1)).unwrap().trim().to_string();
    let (mut server, lines) = serve(data.path(), false);
    let address = address_of(&lines);

    let browser = Driver::start().await;
    let d = &browser.driver;
    d.set_script_timeout(Duration::from_secs(60)).await.unwrap();
    d.set_window_rect(0, 0, 360, 800).await.unwrap();
    d.goto(format!("{address}/login")).await.unwrap();
    d.find(By::Id("field-email")).await.unwrap().send_keys("demo-owner@example.org").await.unwrap();
    d.find(By::Id("field-password")).await.unwrap().send_keys(password.as_str()).await.unwrap();
    let button = d.find(By::Css("main form button[type=submit]")).await.unwrap();
    button.click().await.unwrap();
    button.wait_until().stale().await.unwrap();

    let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
    let mut sideways = Vec::new();
    let mut violations = Vec::new();
    let mut invalid = Vec::new();
    let mut pages = 0;
    let mut checked = 0;
    for lang in Language::ALL {
        let lang = lang.code();
        let mut cookie = Cookie::new("bridges_lang", lang);
        cookie.set_path("/");
        d.add_cookie(cookie).await.unwrap();
        let sources = tempfile::tempdir().unwrap();
        let mut visited = Vec::new();
        let mut seen = BTreeSet::from([shape("/")]);
        let mut queue = VecDeque::from(["/".to_string()]);
        while let Some(path) = queue.pop_front() {
            d.goto(format!("{address}{path}")).await.unwrap();
            pages += 1;
            let shown: String =
                d.execute("return document.documentElement.lang;", vec![]).await.unwrap().convert().unwrap();
            // A page whose address names its language (a survey's) keeps it.
            let named = path.split('/').any(|part| codes.contains(&part));
            assert!(named || shown == lang, "{path} is in {shown}, not in the language chosen, {lang}");
            if scrolls_sideways(d).await {
                sideways.push(format!("{lang} {path} at 360 px"));
            }
            {
                for v in checkers.axe(d).await {
                    violations.push(format!("{lang} {path} at 360 px: {v}"));
                }
                d.set_window_rect(0, 0, 1280, 900).await.unwrap();
                if scrolls_sideways(d).await {
                    sideways.push(format!("{lang} {path} at 1280 px"));
                }
                for v in checkers.axe(d).await {
                    violations.push(format!("{lang} {path} at 1280 px: {v}"));
                }
                d.set_window_rect(0, 0, 360, 800).await.unwrap();
                std::fs::write(sources.path().join(format!("{}.html", visited.len())), sent(d).await).unwrap();
                checked += 1;
            }
            let links: Vec<String> = d
                .execute("return Array.from(document.querySelectorAll('a[href]'), a => a.href);", vec![])
                .await
                .unwrap()
                .convert()
                .unwrap();
            visited.push(path);
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
        {
            invalid.extend(checkers.nu(sources.path(), &visited).into_iter().map(|e| format!("{lang} {e}")));
        }
    }
    browser.quit().await;
    server.kill().unwrap();
    server.wait().unwrap();
    println!("{pages} pages visited at 360 px; {checked} of them also at 1280 px, by axe and by the Nu checker");
    assert!(pages > 400, "only {pages} pages were reached");
    assert!(sideways.is_empty(), "pages that scroll sideways: {sideways:#?}");
    assert!(violations.is_empty(), "{} axe violations: {violations:#?}", violations.len());
    assert!(invalid.is_empty(), "{} Nu checker errors: {invalid:#?}", invalid.len());
}
