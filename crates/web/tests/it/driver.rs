//! A headless Chromium driven through chromedriver, for the browser suites (the web crate's, and
//! the command line's, which includes this file): a fresh profile each time, the switches the
//! project's machines need.

#![allow(dead_code)]

use std::process::{Child, Command, Stdio};
use std::time::Duration;
use thirtyfour::prelude::*;

pub struct Driver {
    process: Child,
    _profile: tempfile::TempDir,
    pub driver: WebDriver,
}

impl Driver {
    /// The browser tests are ignored unless asked for (`--ignored`); asked for, they need
    /// chromedriver and fail without it rather than pass having tested nothing.
    pub async fn start() -> Self {
        Self::start_with(&[]).await
    }

    /// A browser with extra switches (`--blink-settings=scriptEnabled=false` for a page read with
    /// JavaScript off).
    pub async fn start_with(extra: &[&str]) -> Self {
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
        for arg in extra {
            caps.add_arg(arg).unwrap();
        }
        caps.add_arg(&format!("--user-data-dir={}", profile.path().display())).unwrap();
        let url = format!("http://127.0.0.1:{port}");
        let mut last = None;
        for _ in 0..50 {
            match WebDriver::new(&url, caps.clone()).await {
                Ok(driver) => return Self { process, _profile: profile, driver },
                Err(e) => last = Some(e),
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("chromedriver did not start: {last:?}");
    }

    pub async fn quit(mut self) {
        let _ = self.driver.quit().await;
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}
