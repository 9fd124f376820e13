//! A real Chromium, driven through chromedriver: log in, see the dashboard, switch to Arabic.
//! Runs when `BRIDGES_TEST_BROWSER=1` (CI sets it after installing chromium and chromium-driver).

use crate::harness::{TestApp, PASSWORD};
use std::process::{Child, Command, Stdio};
use std::time::Duration;
use thirtyfour::prelude::*;

struct Driver {
    process: Child,
    _profile: tempfile::TempDir,
    driver: WebDriver,
}

impl Driver {
    async fn start() -> Option<Self> {
        if std::env::var("BRIDGES_TEST_BROWSER").is_err() {
            eprintln!(
                "skipped: set BRIDGES_TEST_BROWSER=1 (with chromium and chromedriver installed) to run browser tests"
            );
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let chromedriver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let process = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver runs");
        let profile = tempfile::tempdir().unwrap();
        let mut caps = DesiredCapabilities::chrome();
        if let Ok(binary) = std::env::var("CHROMIUM") {
            caps.set_binary(&binary).unwrap();
        }
        for arg in [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--window-size=1280,900",
        ] {
            caps.add_arg(arg).unwrap();
        }
        caps.add_arg(&format!("--user-data-dir={}", profile.path().display())).unwrap();
        let url = format!("http://127.0.0.1:{port}");
        let mut last = None;
        for _ in 0..50 {
            match WebDriver::new(&url, caps.clone()).await {
                Ok(driver) => return Some(Self { process, _profile: profile, driver }),
                Err(e) => last = Some(e),
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("chromedriver did not start: {last:?}");
    }

    async fn quit(mut self) {
        let _ = self.driver.quit().await;
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

async fn fill(driver: &WebDriver, id: &str, text: &str) {
    driver.find(By::Id(id)).await.unwrap().send_keys(text).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_in_sees_dashboard_and_reads_it_in_arabic() {
    let Some(browser) = Driver::start().await else { return };
    let app = TestApp::sqlite().await;
    let (_, org) = app.set_up("Riverside Welcome Network", "olga@example.org").await;
    let d = &browser.driver;

    d.goto(format!("{}/orgs/{org}", app.base)).await.unwrap();
    // Not logged in: the login page, which then brings us back.
    assert!(d.current_url().await.unwrap().path().starts_with("/login"));
    fill(d, "field-email", "olga@example.org").await;
    fill(d, "field-password", PASSWORD).await;
    d.find(By::Css("main form button[type=submit]")).await.unwrap().click().await.unwrap();

    // Wait for the dashboard to replace the login page.
    d.query(By::Css("dl.facts")).first().await.expect("dashboard shown after login");
    let h1 = d.find(By::Css("main h1")).await.unwrap().text().await.unwrap();
    assert_eq!(h1, "Riverside Welcome Network");
    let html = d.find(By::Tag("html")).await.unwrap();
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("ltr"));

    d.find(By::Css(".lang-switch button[value=ar]")).await.unwrap().click().await.unwrap();
    let html = d.query(By::Css("html[lang=ar]")).first().await.expect("page reloaded in Arabic");
    assert_eq!(html.attr("lang").await.unwrap().as_deref(), Some("ar"));
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    assert_eq!(d.find(By::Css("main h1")).await.unwrap().text().await.unwrap(), "Riverside Welcome Network");
    // The layout really runs right to left: the account links sit on the left edge.
    let direction: String =
        d.execute("return getComputedStyle(document.body).direction;", vec![]).await.unwrap().convert().unwrap();
    assert_eq!(direction, "rtl");

    // A 360 px phone: nothing scrolls sideways.
    d.set_window_rect(0, 0, 360, 740).await.unwrap();
    let overflow: bool = d
        .execute("return document.documentElement.scrollWidth > window.innerWidth + 1;", vec![])
        .await
        .unwrap()
        .convert()
        .unwrap();
    assert!(!overflow, "page scrolls sideways at 360 px");

    browser.quit().await;
    app.finish().await;
}
