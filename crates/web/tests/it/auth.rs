//! First run, login and logout, CSRF, throttling, password change, language and headers.

use crate::harness::{Client, TestApp, PASSWORD};
use crate::on_both_backends;
use reqwest::StatusCode;

on_both_backends!(
    first_run_setup_creates_org_and_owner,
    setup_form_reports_every_bad_field,
    login_logout_and_wrong_password,
    forms_without_the_csrf_token_are_refused,
    the_setup_link_is_claimed_once,
    password_change_ends_other_sessions,
);

async fn first_run_setup_creates_org_and_owner(app: &TestApp) {
    let visitor = app.client();
    let home = visitor.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("not set up yet"), "{}", home.body);

    // A made-up token finds nothing.
    assert_eq!(visitor.get("/setup/setup_0000000000000000000000000000").await.status, StatusCode::NOT_FOUND);

    let path = app.setup_path().await;
    let form = visitor.get(&path).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains(r#"name="org_name""#));

    let (owner, org) = app.set_up("Forum of Migrant Groups", "olga@example.org").await;
    let dashboard = owner.get(&format!("/orgs/{org}")).await;
    assert_eq!(dashboard.status, StatusCode::OK);
    assert!(dashboard.body.contains("Forum of Migrant Groups"));
    assert!(dashboard.body.contains("Your role here: Owner"));

    // The link worked once; now there is an account, and every setup link is dead.
    assert_eq!(visitor.get(&path).await.status, StatusCode::NOT_FOUND);
    let again = app.setup_path().await;
    assert_eq!(visitor.get(&again).await.status, StatusCode::NOT_FOUND);
    assert_eq!(visitor.get("/").await.location(), "/login");
}

async fn setup_form_reports_every_bad_field(app: &TestApp) {
    let visitor = app.client();
    let path = app.setup_path().await;
    visitor.get(&path).await;
    let long = "x".repeat(5000);
    let r = visitor
        .post_form(
            &path,
            &[
                ("org_name", ""),
                ("country", "Atlantis"),
                ("language", "xx"),
                ("time_zone", "Mars/Olympus"),
                ("name", &long),
                ("email", "not-an-email"),
                ("password", "short"),
                ("password_confirm", "other"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("There is a problem"));
    for field in ["org_name", "country", "language", "time_zone", "name", "email", "password"] {
        assert!(r.body.contains(&format!(r##"href="#field-{field}""##)), "no summary link for {field}");
    }
    assert!(r.body.contains("Enter the organisation&#39;s name"));
    assert!(r.body.contains(r#"aria-invalid="true""#));
    // What was typed comes back (bounded), the password never does.
    assert!(r.body.contains(r#"value="not-an-email""#));
    assert!(!r.body.contains("short"));
    assert_eq!(app.store.count_users().await.unwrap(), 0, "nothing was written");

    // Mismatched confirmation alone is also caught.
    let r = visitor
        .post_form(
            &path,
            &[
                ("org_name", "Org"),
                ("country", "SE"),
                ("language", "en"),
                ("time_zone", "UTC"),
                ("name", "N"),
                ("email", "n@example.org"),
                ("password", PASSWORD),
                ("password_confirm", "something else entirely"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("The two passwords are not the same"));
}

async fn login_logout_and_wrong_password(app: &TestApp) {
    let (_, org) = app.set_up("Org", "olga@example.org").await;
    let person = app.client();

    let wrong = {
        person.get("/login").await;
        person.post_form("/login", &[("email", "olga@example.org"), ("password", "not the password")]).await
    };
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(wrong.body.contains("The email address or password is not right"));
    assert!(person.cookie("bridges_session").is_none());

    // Unknown accounts get exactly the same answer.
    let unknown = person.post_form("/login", &[("email", "nobody@example.org"), ("password", "whatever it is")]).await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert!(unknown.body.contains("The email address or password is not right"));

    let empty = person.post_form("/login", &[]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Enter your email address"));

    // Not logged in: pages send you to the login page and back.
    let r = person.get(&format!("/orgs/{org}")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), format!("/login?next=%2Forgs%2F{org}"));

    let before = person.csrf();
    let ok = person
        .post_form(
            "/login",
            &[("email", " OLGA@example.org "), ("password", PASSWORD), ("next", &format!("/orgs/{org}"))],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(ok.location(), format!("/orgs/{org}"));
    let cookie = ok
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("bridges_session="));
    let cookie = cookie.expect("session cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"));
    assert_ne!(person.csrf(), before, "the CSRF token is renewed at login");
    assert_eq!(person.get(&format!("/orgs/{org}")).await.status, StatusCode::OK);

    // An outside `next` is ignored.
    let other = app.client();
    let r = other.get("/login").await;
    assert_eq!(r.status, StatusCode::OK);
    let r = other
        .post_form("/login", &[("email", "olga@example.org"), ("password", PASSWORD), ("next", "//evil.example/")])
        .await;
    assert_eq!(r.location(), "/");

    let out = person.post_form("/logout", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(person.get(&format!("/orgs/{org}")).await.status, StatusCode::SEE_OTHER);
    // The other browser is still logged in: logout ends one session.
    assert_eq!(other.get(&format!("/orgs/{org}")).await.status, StatusCode::OK);
}

async fn forms_without_the_csrf_token_are_refused(app: &TestApp) {
    let (owner, org) = app.set_up("Org", "olga@example.org").await;
    // No token at all.
    let r = owner.send(owner.http.post(owner.url("/logout")).form(&[("x", "y")])).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(r.body.contains("The form has expired"));
    // A wrong token.
    let r = owner.send(owner.http.post(owner.url("/logout")).form(&[("csrf_token", "c_0123456789abcdef0123")])).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // Still logged in: nothing happened.
    assert_eq!(owner.get(&format!("/orgs/{org}")).await.status, StatusCode::OK);
    // A login form posted from elsewhere (no cookie, no token) is refused too.
    let stranger = Client::new(&app.base);
    let r = stranger
        .send(stranger.http.post(stranger.url("/login")).form(&[("email", "olga@example.org"), ("password", PASSWORD)]))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // The API with the session cookie needs the header.
    let r = owner
        .send(
            owner
                .http
                .post(owner.url(&format!("/api/v1/orgs/{org}/invitations")))
                .json(&serde_json::json!({"email": "a@example.org", "role": "staff"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.content_type(), "application/problem+json");
    assert_eq!(r.json()["code"], "csrf-failed");
}

/// OWASP's advice: failures slow the address that makes them, an account under attack stays
/// reachable for its owner from a device that logged in before, and one address behind a NAT
/// cannot block its neighbours' correct logins.
#[tokio::test]
async fn login_throttling_slows_attackers_without_locking_owners_out() {
    let app = TestApp::sqlite_with(|c| {
        c.trust_proxy = true;
        c.throttle.slow_down = std::time::Duration::from_millis(10);
    })
    .await;
    let (_, org) = app.set_up("Org", "olga@example.org").await;
    app.member(org, "colleague@example.org", bridges_domain::Role::Staff).await;
    let at = |address: &str| Client::at_address(&app.base, address);
    async fn attempt(c: &Client, email: &str, password: &str) -> StatusCode {
        c.get("/login").await;
        c.post_form("/login", &[("email", email), ("password", password)]).await.status
    }
    // Olga logged in once from her laptop: it carries a device cookie now.
    let laptop = at("198.51.100.7");
    assert_eq!(attempt(&laptop, "olga@example.org", PASSWORD).await, StatusCode::SEE_OTHER);

    // An attacker at one address: five failures, then that address is refused for Olga, even with
    // the right password...
    let attacker = at("203.0.113.9");
    for _ in 0..5 {
        assert_eq!(attempt(&attacker, "olga@example.org", "guess guess guess").await, StatusCode::UNAUTHORIZED);
    }
    let r = {
        attacker.get("/login").await;
        attacker.post_form("/login", &[("email", "olga@example.org"), ("password", PASSWORD)]).await
    };
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(r.body.contains("Too many failed attempts"));
    assert!(r.headers.contains_key("retry-after"));
    // ...but Olga is not locked out: from her laptop, or from a phone at another address.
    assert_eq!(attempt(&laptop, "olga@example.org", PASSWORD).await, StatusCode::SEE_OTHER);
    assert_eq!(attempt(&at("198.51.100.8"), "olga@example.org", PASSWORD).await, StatusCode::SEE_OTHER);

    // A distributed attack: fifteen more failures from fifteen addresses make twenty. New devices
    // are refused for Olga's account; her laptop still gets in.
    for i in 0..15 {
        assert_eq!(
            attempt(&at(&format!("192.0.2.{i}")), "olga@example.org", "guess guess guess").await,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(attempt(&at("198.51.100.9"), "olga@example.org", PASSWORD).await, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(attempt(&laptop, "olga@example.org", PASSWORD).await, StatusCode::SEE_OTHER);

    // One address trying thirty accounts is slowed down, not blocked: a colleague behind the same
    // NAT, on a device never seen before, logs in with the right password.
    let office = "203.0.113.50";
    for i in 0..30 {
        let email = format!("someone{i}@example.org");
        assert_eq!(attempt(&at(office), &email, "guess guess guess").await, StatusCode::UNAUTHORIZED, "attempt {i}");
    }
    assert_eq!(attempt(&at(office), "colleague@example.org", PASSWORD).await, StatusCode::SEE_OTHER);
    // A device cookie dies with the password that earned it.
    let old_cookie = laptop.cookie("bridges_device").unwrap();
    laptop.get("/account").await;
    let new_password = "another long enough passphrase";
    let r = laptop
        .post_form(
            "/account/password",
            &[("current", PASSWORD), ("password", new_password), ("password_confirm", new_password)],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let stale = at("198.51.100.11");
    stale.jar.add_cookie_str(&format!("bridges_device={old_cookie}"), &app.base.parse().unwrap());
    assert_eq!(attempt(&stale, "olga@example.org", new_password).await, StatusCode::TOO_MANY_REQUESTS);
    // A forged device cookie counts for nothing.
    let forger = at("198.51.100.10");
    forger.jar.add_cookie_str("bridges_device=d_forged.0000", &app.base.parse().unwrap());
    assert_eq!(attempt(&forger, "olga@example.org", new_password).await, StatusCode::TOO_MANY_REQUESTS);
    app.finish().await;
}

/// The one-time setup link, submitted twice at once, makes one organisation and one owner.
async fn the_setup_link_is_claimed_once(app: &TestApp) {
    let path = app.setup_path().await;
    let (a, b) = (app.client(), app.client());
    a.get(&path).await;
    b.get(&path).await;
    let form = |org: &'static str| {
        vec![
            ("org_name", org),
            ("country", "BE"),
            ("language", "en"),
            ("time_zone", "Europe/Brussels"),
            ("name", "Olga"),
            ("email", "olga@example.org"),
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
        ]
    };
    let (fa, fb) = (form("First"), form("Second"));
    let (ra, rb) = futures::join!(a.post_form(&path, &fa), b.post_form(&path, &fb));
    let mut statuses = [ra.status, rb.status];
    statuses.sort();
    assert_eq!(statuses[0], StatusCode::SEE_OTHER, "{} {}", ra.body, rb.body);
    assert!(
        [StatusCode::NOT_FOUND, StatusCode::CONFLICT].contains(&statuses[1]),
        "the second is refused, not a 500: {statuses:?}"
    );
    for table in ["organisations", "users"] {
        let sql = format!("SELECT CAST(COUNT(*) AS TEXT) FROM {table}");
        let count = bridges_store::test_support::query_text(&app.store, &sql).await.unwrap();
        assert_eq!(count.as_deref(), Some("1"), "{table}");
    }
}

async fn password_change_ends_other_sessions(app: &TestApp) {
    let (owner, org) = app.set_up("Org", "olga@example.org").await;
    let laptop = app.client();
    laptop.login("olga@example.org", PASSWORD).await;

    let r = owner
        .post_form(
            "/account/password",
            &[
                ("current", "wrong password"),
                ("password", "a new long password"),
                ("password_confirm", "a new long password"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Your current password is not right"));
    let r = owner
        .post_form("/account/password", &[("current", PASSWORD), ("password", "short"), ("password_confirm", "short")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("at least 10 characters"));

    let r = owner
        .post_form(
            "/account/password",
            &[("current", PASSWORD), ("password", "a new long password"), ("password_confirm", "a new long password")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Your password has been changed"));
    assert_eq!(owner.get(&format!("/orgs/{org}")).await.status, StatusCode::OK, "this browser stays in");
    assert_eq!(laptop.get(&format!("/orgs/{org}")).await.status, StatusCode::SEE_OTHER, "the other is out");
    let again = app.client();
    again.login("olga@example.org", "a new long password").await;
}

#[tokio::test]
async fn language_switch_and_accept_language() {
    let app = TestApp::sqlite().await;
    let (owner, org) = app.set_up("Org", "olga@example.org").await;
    let r = owner.post_form("/lang", &[("lang", "ar"), ("next", &format!("/orgs/{org}"))]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), format!("/orgs/{org}"));
    let page = owner.get(&format!("/orgs/{org}")).await;
    assert!(page.body.contains(r#"<html lang="ar" dir="rtl">"#), "{}", &page.body[..200]);
    // Saved on the account: a new login in a new browser comes back in Arabic.
    let elsewhere = app.client();
    elsewhere.login("olga@example.org", PASSWORD).await;
    assert!(elsewhere.get(&format!("/orgs/{org}")).await.body.contains(r#"dir="rtl""#));

    let french = app.client();
    let r =
        french.send(french.http.get(french.url("/login")).header("accept-language", "fr-BE,fr;q=0.9,en;q=0.5")).await;
    assert!(r.body.contains(r#"<html lang="fr" dir="ltr">"#));
    // Nonsense values fall back to English.
    let r = french.post_form("/lang", &[("lang", "<script>"), ("next", "https://evil.example")]).await;
    assert_eq!(r.location(), "/");
    assert!(french.get("/login").await.body.contains(r#"<html lang="en" dir="ltr">"#));
    app.finish().await;
}

#[tokio::test]
async fn security_headers_and_secure_cookies_behind_tls() {
    let app = TestApp::sqlite_with(|c| c.public_url = Some("https://bridges.example.org".into())).await;
    let client = app.client();
    let r = client.get("/login").await;
    let csp = r.headers.get("content-security-policy").unwrap().to_str().unwrap();
    assert!(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"));
    assert_eq!(r.headers.get("x-content-type-options").unwrap(), "nosniff");
    assert!(r.headers.contains_key("strict-transport-security"));
    assert!(r.headers.contains_key("x-request-id"));
    let cookie = r.headers.get("set-cookie").unwrap().to_str().unwrap();
    assert!(cookie.contains("Secure") && cookie.contains("HttpOnly"), "{cookie}");
    let health = client.get("/healthz").await;
    assert_eq!(health.status, StatusCode::OK);
    assert_eq!(health.json()["status"], "ok");
    app.finish().await;
}
