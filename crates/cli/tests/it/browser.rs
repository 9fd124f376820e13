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

    /// Whether the page in `d` scrolls sideways, and what axe finds, at 360 px and at 1280 px;
    /// the window is left at 360 px.
    async fn look(&self, d: &WebDriver, at: &str, sideways: &mut Vec<String>, violations: &mut Vec<String>) {
        for (width, height) in [(360, 800), (1280, 900)] {
            d.set_window_rect(0, 0, width, height).await.unwrap();
            if scrolls_sideways(d).await {
                sideways.push(format!("{at} at {width} px"));
            }
            for v in self.axe(d).await {
                violations.push(format!("{at} at {width} px: {v}"));
            }
        }
        d.set_window_rect(0, 0, 360, 800).await.unwrap();
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

/// The forms of the page in `main` that ask for something typed, in order.
const FORMS: &str = "const typed = 'input:is([type=text], [type=email], [type=tel], [type=number], [type=date], \
    [type=url], [type=password], :not([type])), textarea';
    const forms = Array.from(document.querySelectorAll('main form[method=post]'))
    .filter(f => f.querySelector(typed));";

/// Sends form `n` of the page (see [`FORMS`]) with every field typed into left empty, by its
/// first button, without the browser's own checks: the status and the page the server answers, or
/// `None` when the page has no such form. The status is 0 when it answered with a redirect.
async fn refusal(d: &WebDriver, n: usize) -> Option<(i64, String)> {
    let script = format!(
        r#"const done = arguments[arguments.length - 1];
        {FORMS}
        const form = forms[{n}];
        if (!form) {{ done(null); return; }}
        const data = new FormData(form, form.querySelector('button:not([type=button]), input[type=submit]'));
        for (const field of form.querySelectorAll(typed)) {{
            if (field.name) data.set(field.name, '');
        }}
        const body = form.enctype === 'multipart/form-data' ? data : new URLSearchParams(data);
        fetch(form.action, {{method: 'POST', body, credentials: 'same-origin', redirect: 'manual'}})
            .then(r => r.text().then(t => done([r.status, t])), e => done([-1, '' + e]));"#
    );
    let answer: Option<(i64, String)> = d.execute_async(&script, vec![]).await.unwrap().convert().unwrap();
    answer
}

/// Sends form `n` as [`refusal`] did, but as the browser does, and waits for the page it answers.
async fn shows_refusal(d: &WebDriver, n: usize) {
    let script = format!(
        r#"{FORMS}
        const form = forms[{n}];
        const button = form.querySelector('button:not([type=button]), input[type=submit]');
        if (button && button.name) {{
            const pressed = document.createElement('input');
            Object.assign(pressed, {{type: 'hidden', name: button.name, value: button.value}});
            form.append(pressed);
        }}
        for (const field of form.querySelectorAll(typed)) field.value = '';
        document.documentElement.dataset.before = 'sent';
        HTMLFormElement.prototype.submit.call(form);"#
    );
    d.execute(&script, vec![]).await.unwrap();
    for _ in 0..200 {
        let ready = d
            .execute("return !document.documentElement.dataset.before && document.readyState === 'complete';", vec![])
            .await
            .ok()
            .and_then(|r| r.convert::<bool>().ok());
        if ready == Some(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the page did not answer the form");
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
    let (mut failed, mut accepted, mut refusals) = (Vec::new(), Vec::new(), 0);
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
            let at = format!("{lang} {path}");
            checkers.look(d, &at, &mut sideways, &mut violations).await;
            std::fs::write(sources.path().join(format!("{}.html", visited.len())), sent(d).await).unwrap();
            checked += 1;
            let links: Vec<String> = d
                .execute("return Array.from(document.querySelectorAll('a[href]'), a => a.href);", vec![])
                .await
                .unwrap()
                .convert()
                .unwrap();
            visited.push(path.clone());
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
            // Every form that asks for something typed, sent with it left empty: the page that says
            // what is missing is checked like any other.
            let mut form = 0;
            while let Some((status, html)) = refusal(d, form).await {
                let label = format!("{path} (form {form} sent empty)");
                if status >= 500 || status == -1 {
                    failed.push(format!("{lang} {label}: {status}"));
                } else if (400..500).contains(&status) {
                    std::fs::write(sources.path().join(format!("{}.html", visited.len())), html).unwrap();
                    visited.push(label.clone());
                    shows_refusal(d, form).await;
                    checkers.look(d, &format!("{lang} {label}"), &mut sideways, &mut violations).await;
                    refusals += 1;
                    d.goto(format!("{address}{path}")).await.unwrap();
                } else {
                    accepted.push(format!("{lang} {label}: {status}"));
                }
                form += 1;
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
    println!("{refusals} forms sent empty and refused, checked the same way; sent empty and taken: {accepted:#?}");
    assert!(pages > 400, "only {pages} pages were reached");
    assert!(refusals > 50, "only {refusals} forms were refused");
    assert!(failed.is_empty(), "forms sent empty that broke the server: {failed:#?}");
    assert!(sideways.is_empty(), "pages that scroll sideways: {sideways:#?}");
    assert!(violations.is_empty(), "{} axe violations: {violations:#?}", violations.len());
    assert!(invalid.is_empty(), "{} Nu checker errors: {invalid:#?}", invalid.len());
}
