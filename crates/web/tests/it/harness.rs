//! Starts bridges for a test and gives it HTTP clients that behave like browsers.

use bridges_domain::{DisplayName, Email, FixedClock, OrgId, Password, Role};
use bridges_store::{NewUser, Store};
use bridges_web::{AppState, Config, Server};
use chrono::{TimeZone, Utc};
use reqwest::cookie::{CookieStore, Jar};
use reqwest::header::HeaderMap;
use reqwest::{StatusCode, Url};
use std::sync::Arc;
use tokio::sync::oneshot;

/// Generates, for each named `async fn NAME(app: &TestApp)` in the module, a test on SQLite
/// (`sqlite::NAME`) and one on PostgreSQL (`postgres::NAME`).
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let app = $crate::harness::TestApp::sqlite().await;
                    super::$name(&app).await;
                    app.finish().await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                #[ignore = "needs PostgreSQL: set BRIDGES_TEST_POSTGRES and run with --ignored"]
                async fn $name() {
                    let app = $crate::harness::TestApp::postgres().await;
                    super::$name(&app).await;
                    app.finish().await;
                }
            )*
        }
    };
}

/// The PostgreSQL server the `postgres` tests use; they are run on purpose (`--ignored`), so a
/// missing server is a failure, not a skip.
pub fn postgres_admin_url() -> String {
    std::env::var("BRIDGES_TEST_POSTGRES")
        .expect("the PostgreSQL tests need BRIDGES_TEST_POSTGRES=postgres://user@host:port/database")
}

pub const PASSWORD: &str = "correct horse battery staple";

pub struct TestApp {
    pub base: String,
    pub store: Store,
    pub clock: FixedClock,
    shutdown: Option<oneshot::Sender<()>>,
    _data: tempfile::TempDir,
    postgres: Option<(String, String)>,
}

impl TestApp {
    pub async fn sqlite() -> Self {
        let data = tempfile::tempdir().unwrap();
        let store = Store::open_sqlite(data.path()).await.unwrap();
        Self::start(store, data, None, |_| {}).await
    }

    /// An app on a fresh PostgreSQL database. The PostgreSQL tests are ignored unless asked for;
    /// asked for without a server named, they fail rather than pass having tested nothing.
    pub async fn postgres() -> Self {
        let admin = postgres_admin_url();
        let (name, url) = bridges_store::test_support::create_postgres_database(&admin).await.unwrap();
        let store = Store::connect(&url).await.unwrap();
        let data = tempfile::tempdir().unwrap();
        Self::start(store, data, Some((admin, name)), |_| {}).await
    }

    /// A SQLite app with a changed configuration.
    pub async fn sqlite_with(configure: impl FnOnce(&mut Config)) -> Self {
        let data = tempfile::tempdir().unwrap();
        let store = Store::open_sqlite(data.path()).await.unwrap();
        Self::start(store, data, None, configure).await
    }

    async fn start(
        store: Store,
        data: tempfile::TempDir,
        postgres: Option<(String, String)>,
        configure: impl FnOnce(&mut Config),
    ) -> Self {
        store.migrate().await.unwrap();
        let store = store.with_field_key(bridges_store::FieldKey::generate());
        let clock = FixedClock::new(Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap());
        let mut config = Config::for_test(data.path().to_path_buf());
        configure(&mut config);
        let state = AppState::new(store.clone(), config, Arc::new(clock.clone())).unwrap();
        let server = Server::bind(state).await.unwrap();
        let base = format!("http://{}", server.addr);
        let (tx, rx) = oneshot::channel::<()>();
        tokio::spawn(server.serve(async move {
            let _ = rx.await;
        }));
        Self { base, store, clock, shutdown: Some(tx), _data: data, postgres }
    }

    /// Another bridges process on the same database, with its own data folder (and so its own
    /// search index), as behind a load balancer.
    pub async fn second_process(&self) -> (String, oneshot::Sender<()>, tempfile::TempDir) {
        let data = tempfile::tempdir().unwrap();
        let config = Config::for_test(data.path().to_path_buf());
        let state = AppState::new(self.store.clone(), config, Arc::new(self.clock.clone())).unwrap();
        let server = Server::bind(state).await.unwrap();
        let base = format!("http://{}", server.addr);
        let (tx, rx) = oneshot::channel::<()>();
        tokio::spawn(server.serve(async move {
            let _ = rx.await;
        }));
        (base, tx, data)
    }

    pub async fn finish(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some((admin, name)) = self.postgres.take() {
            self.store.clone().close().await.unwrap();
            bridges_store::test_support::drop_postgres_database(&admin, &name).await.unwrap();
        }
    }

    /// The data folder the app runs in (the SQLite files, for SQLite apps).
    pub fn data_dir(&self) -> &std::path::Path {
        self._data.path()
    }

    pub fn client(&self) -> Client {
        Client::new(&self.base)
    }

    /// The one-time setup link, as `bridges serve` prints it.
    pub async fn setup_path(&self) -> String {
        format!("/setup/{}", self.store.new_setup_token().await.unwrap().as_str())
    }

    /// Sets bridges up through the web form and returns the owner's logged-in client and the org.
    pub async fn set_up(&self, org_name: &str, email: &str) -> (Client, OrgId) {
        let client = self.client();
        let path = self.setup_path().await;
        client.get(&path).await;
        let r = client
            .post_form(
                &path,
                &[
                    ("org_name", org_name),
                    ("country", "SE"),
                    ("language", "en"),
                    ("time_zone", "Europe/Stockholm"),
                    ("name", "Olga Owner"),
                    ("email", email),
                    ("password", PASSWORD),
                    ("password_confirm", PASSWORD),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let org = r.location().trim_start_matches("/orgs/").parse().unwrap();
        (client, org)
    }

    /// A second organisation with its owner, made directly in the store.
    pub async fn other_org(&self, name: &str, owner_email: &str) -> OrgId {
        let user = self.user(owner_email).await;
        let org = bridges_store::NewOrganisation {
            name: bridges_domain::OrgName::parse(name).unwrap(),
            country: bridges_domain::CountryCode::parse("BE").unwrap(),
            language: bridges_domain::Language::Fr,
            time_zone: bridges_domain::TimeZoneName::parse("Europe/Brussels").unwrap(),
        };
        self.store.create_org(&org, user, self.clock_now()).await.unwrap().org()
    }

    /// An account with the test password, made directly in the store.
    pub async fn user(&self, email: &str) -> bridges_domain::UserId {
        let new = NewUser {
            email: Email::parse(email).unwrap(),
            display_name: DisplayName::parse(email.split('@').next().unwrap()).unwrap(),
            password_hash: Password::new_checked(PASSWORD).unwrap().hash().unwrap(),
            language: None,
        };
        self.store.create_user(&new, self.clock_now()).await.unwrap()
    }

    /// A member with `role` in `org`, logged in.
    pub async fn member(&self, org: OrgId, email: &str, role: Role) -> Client {
        let user = self.user(email).await;
        self.store.add_member(org, user, role, self.clock_now()).await.unwrap();
        let client = self.client();
        client.login(email, PASSWORD).await;
        client
    }

    pub fn clock_now(&self) -> chrono::DateTime<Utc> {
        bridges_domain::Clock::now(&self.clock)
    }
}

/// One browser: its own cookies, no automatic redirects (tests look at them).
pub struct Client {
    pub http: reqwest::Client,
    pub jar: Arc<Jar>,
    pub base: String,
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The body without the invisible isolates that keep each value's direction (Fluent puts
    /// them around every value in a message), so that tests can look for the words people read.
    pub body: String,
    /// The body as sent.
    pub raw: String,
}

/// `html` without the `data-label` attributes that name a table's cells on a phone, so that a test
/// can look for a row's cells one after the other.
pub fn unlabelled(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(" data-label=\"") {
        out.push_str(&rest[..at]);
        let value = &rest[at + " data-label=\"".len()..];
        rest = value.find('"').map_or("", |end| &value[end + 1..]);
    }
    out.push_str(rest);
    out
}

impl Resp {
    pub fn location(&self) -> String {
        self.headers.get("location").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default()
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
    pub fn content_type(&self) -> String {
        self.headers.get("content-type").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default()
    }
    /// The invitation link shown on the page after inviting someone.
    pub fn invitation_path(&self) -> String {
        let start = self.body.find("/invite/inv_").unwrap_or_else(|| panic!("no invitation link in {}", self.body));
        let rest = &self.body[start..];
        let end = rest.find('"').unwrap();
        rest[..end].to_string()
    }
}

impl Client {
    pub fn new(base: &str) -> Self {
        Self::build(base, reqwest::header::HeaderMap::new())
    }

    /// A browser at another network address, as a proxy bridges trusts would report it.
    pub fn at_address(base: &str, address: &str) -> Self {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("x-forwarded-for", address.parse().unwrap());
        Self::build(base, headers)
    }

    fn build(base: &str, headers: reqwest::header::HeaderMap) -> Self {
        let jar = Arc::new(Jar::default());
        let http = reqwest::Client::builder()
            .cookie_provider(jar.clone())
            .default_headers(headers)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Self { http, jar, base: base.to_string() }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        let url: Url = self.base.parse().unwrap();
        let header = self.jar.cookies(&url)?;
        header
            .to_str()
            .ok()?
            .split(';')
            .filter_map(|p| p.trim().split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    }

    pub fn csrf(&self) -> String {
        self.cookie("bridges_csrf").expect("no CSRF cookie yet: GET a page first")
    }

    pub async fn send(&self, request: reqwest::RequestBuilder) -> Resp {
        let r = request.send().await.unwrap();
        let status = r.status();
        let headers = r.headers().clone();
        let raw = r.text().await.unwrap();
        let body = raw.replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'], "");
        Resp { status, headers, body, raw }
    }

    /// The bytes of a download.
    pub async fn get_bytes(&self, path: &str) -> Vec<u8> {
        let r = self.http.get(self.url(path)).send().await.unwrap();
        assert_eq!(r.status(), reqwest::StatusCode::OK);
        r.bytes().await.unwrap().to_vec()
    }

    pub async fn get(&self, path: &str) -> Resp {
        self.send(self.http.get(self.url(path))).await
    }

    /// Posts a form the way the page would: with the CSRF token from the cookie.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Resp {
        if self.cookie("bridges_csrf").is_none() {
            self.get("/login").await;
        }
        let mut all: Vec<(&str, String)> = fields.iter().map(|(k, v)| (*k, v.to_string())).collect();
        all.push(("csrf_token", self.csrf()));
        self.send(self.http.post(self.url(path)).form(&all)).await
    }

    /// Uploads a file the way the import page does: a multipart form, CSRF token first.
    pub async fn upload(&self, path: &str, file_name: &str, bytes: Vec<u8>, fields: &[(&str, &str)]) -> Resp {
        if self.cookie("bridges_csrf").is_none() {
            self.get("/login").await;
        }
        let mut form = reqwest::multipart::Form::new().text("csrf_token", self.csrf());
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        form = form.part("file", reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_string()));
        self.send(self.http.post(self.url(path)).multipart(form)).await
    }

    pub async fn login(&self, email: &str, password: &str) -> Resp {
        self.get("/login").await;
        let r = self.post_form("/login", &[("email", email), ("password", password)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "login failed: {}", r.body);
        r
    }

    /// A JSON API call with the session cookie and the CSRF header, as a browser script would.
    pub async fn api(&self, method: reqwest::Method, path: &str, body: Option<serde_json::Value>) -> Resp {
        let mut req = self.http.request(method, self.url(path));
        if let Some(csrf) = self.cookie("bridges_csrf") {
            req = req.header("x-csrf-token", csrf);
        }
        if let Some(body) = body {
            req = req.json(&body);
        }
        self.send(req).await
    }
}
