//! The JSON API: problem documents, the OpenAPI document, bearer tokens, hostile input.

use crate::harness::{Client, TestApp, PASSWORD};
use crate::on_both_backends;
use reqwest::{Method, StatusCode};
use serde_json::json;

on_both_backends!(errors_are_problem_documents, api_tokens_authenticate_scripts, api_manages_members);

fn assert_problem(r: &crate::harness::Resp, status: StatusCode, code: &str) {
    assert_eq!(r.status, status, "{}", r.body);
    assert_eq!(r.content_type(), "application/problem+json");
    let doc = r.json();
    assert_eq!(doc["status"], status.as_u16());
    assert_eq!(doc["code"], code);
    assert_eq!(doc["type"], format!("/api/problems/{code}"));
    assert!(
        doc["title"].as_str().is_some_and(|t| !t.is_empty() && !t.starts_with("error-")),
        "untranslated title: {doc}"
    );
}

async fn errors_are_problem_documents(app: &TestApp) {
    let (owner, org) = app.set_up("Org", "olga@example.org").await;
    let anonymous = app.client();
    assert_problem(&anonymous.api(Method::GET, "/api/v1/me", None).await, StatusCode::UNAUTHORIZED, "unauthenticated");
    // Every audit entry's detail is an object, as the schema says, even when there is nothing to add.
    let audit = owner.api(Method::GET, &format!("/api/v1/orgs/{org}/audit"), None).await.json();
    assert!(!audit.as_array().unwrap().is_empty());
    assert!(audit.as_array().unwrap().iter().all(|e| e["detail"].is_object()), "{audit}");
    // Writes without any credential are unauthenticated too, not a CSRF failure.
    let r = anonymous.send(anonymous.http.delete(anonymous.url(&format!("/api/v1/orgs/{org}/members/x")))).await;
    assert_problem(&r, StatusCode::UNAUTHORIZED, "unauthenticated");
    let r = anonymous
        .send(
            anonymous
                .http
                .post(anonymous.url(&format!("/api/v1/orgs/{org}/projects")))
                .header("authorization", "Bearer "),
        )
        .await;
    assert_problem(&r, StatusCode::UNAUTHORIZED, "unauthenticated");
    assert_problem(&owner.api(Method::GET, "/api/v1/nothing-here", None).await, StatusCode::NOT_FOUND, "not-found");
    assert_problem(
        &owner.api(Method::DELETE, "/api/v1/orgs", None).await,
        StatusCode::METHOD_NOT_ALLOWED,
        "method-not-allowed",
    );

    let path = format!("/api/v1/orgs/{org}/invitations");
    // Not JSON at all.
    let r = owner
        .send(
            owner
                .http
                .post(owner.url(&path))
                .header("x-csrf-token", owner.csrf())
                .header("content-type", "application/json")
                .body("{not json"),
        )
        .await;
    assert_problem(&r, StatusCode::BAD_REQUEST, "bad-request");
    // Wrong content type.
    let r = owner.send(owner.http.post(owner.url(&path)).header("x-csrf-token", owner.csrf()).body("email=a")).await;
    assert_problem(&r, StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
    // Valid JSON of the wrong type: a code that says so.
    let r = owner.api(Method::POST, &path, Some(json!({"email": "<script>alert(1)</script>", "role": 42}))).await;
    assert_problem(&r, StatusCode::UNPROCESSABLE_ENTITY, "wrong-type");
    // Valid JSON, invalid values: every field named.
    let r = owner.api(Method::POST, &path, Some(json!({"email": "x", "role": "tsar"}))).await;
    assert_problem(&r, StatusCode::UNPROCESSABLE_ENTITY, "invalid-input");
    let fields: Vec<String> =
        r.json()["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap().to_string()).collect();
    assert_eq!(fields, ["email", "role"]);
    // Oversized.
    let huge = "x".repeat(300 * 1024);
    let r = owner.api(Method::POST, &path, Some(json!({"email": huge, "role": "staff"}))).await;
    assert_problem(&r, StatusCode::PAYLOAD_TOO_LARGE, "too-large");
    // Problem types resolve.
    let t = anonymous.get("/api/problems/not-found").await;
    assert_eq!(t.status, StatusCode::OK);
    assert_eq!(t.json()["code"], "not-found");
    assert_problem(&anonymous.get("/api/problems/made-up").await, StatusCode::NOT_FOUND, "not-found");
}

async fn api_tokens_authenticate_scripts(app: &TestApp) {
    let (owner, org) = app.set_up("Org", "olga@example.org").await;
    let r = owner.post_form("/account/tokens", &[("name", ""), ("token_password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Making a token needs the password: a stolen session alone cannot mint one.
    let r = owner.post_form("/account/tokens", &[("name", "report script")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = owner.post_form("/account/tokens", &[("name", "report script"), ("token_password", "not it at all")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mint = |r: &crate::harness::Resp| -> String {
        let start = r.body.find("brg_").expect("token shown once");
        r.body[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect()
    };
    let r = owner
        .post_form("/account/tokens", &[("name", "report script"), ("token_password", PASSWORD), ("read_only", "1")])
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let reader = mint(&r);
    let r = owner.post_form("/account/tokens", &[("name", "sync script"), ("token_password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::OK);
    let token = mint(&r);

    let script = Client::new(&app.base);
    let me = script.send(script.http.get(script.url("/api/v1/me")).bearer_auth(&token)).await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(me.json()["email"], "olga@example.org");
    // Scripts need no CSRF token: a bearer token is not an ambient credential.
    let r = script
        .send(
            script
                .http
                .post(script.url(&format!("/api/v1/orgs/{org}/invitations")))
                .bearer_auth(&token)
                .json(&json!({"email": "a@example.org", "role": "staff"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert!(r.json()["link"].as_str().unwrap().contains("/invite/inv_"));
    // A read-only token reads and may not change anything.
    let me = script.send(script.http.get(script.url("/api/v1/me")).bearer_auth(&reader)).await;
    assert_eq!(me.status, StatusCode::OK);
    let r = script
        .send(
            script
                .http
                .post(script.url(&format!("/api/v1/orgs/{org}/invitations")))
                .bearer_auth(&reader)
                .json(&json!({"email": "b@example.org", "role": "staff"})),
        )
        .await;
    assert_problem(&r, StatusCode::FORBIDDEN, "token-read-only");
    // A token cannot mint tokens, nor change the password.
    let r = script
        .send(
            script
                .http
                .post(script.url("/account/tokens"))
                .bearer_auth(&token)
                .form(&[("name", "more"), ("token_password", PASSWORD)]),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);

    let bogus =
        script.send(script.http.get(script.url("/api/v1/me")).bearer_auth("brg_0000000000000000000000000000")).await;
    assert_problem(&bogus, StatusCode::UNAUTHORIZED, "unauthenticated");
    let garbage =
        script.send(script.http.get(script.url("/api/v1/me")).header("authorization", "Bearer ' OR 1=1 --")).await;
    assert_problem(&garbage, StatusCode::UNAUTHORIZED, "unauthenticated");

    let tokens = app
        .store
        .api_tokens_of(
            app.store
                .user_by_email(&bridges_domain::Email::parse("olga@example.org").unwrap())
                .await
                .unwrap()
                .unwrap()
                .id,
        )
        .await
        .unwrap();
    let sync = tokens.iter().find(|t| t.name == "sync script").unwrap();
    assert!(!sync.read_only && tokens.iter().any(|t| t.read_only));
    let r = owner.post_form(&format!("/account/tokens/{}/revoke", sync.id), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let after = script.send(script.http.get(script.url("/api/v1/me")).bearer_auth(&token)).await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED);
    // Changing the password ends every token the old one made.
    let still = script.send(script.http.get(script.url("/api/v1/me")).bearer_auth(&reader)).await;
    assert_eq!(still.status, StatusCode::OK);
    owner.get("/account").await;
    let new_password = "a brand new long passphrase";
    let r = owner
        .post_form(
            "/account/password",
            &[("current", PASSWORD), ("password", new_password), ("password_confirm", new_password)],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let after = script.send(script.http.get(script.url("/api/v1/me")).bearer_auth(&reader)).await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED, "tokens die with the old password");
}

async fn api_manages_members(app: &TestApp) {
    let (owner, org) = app.set_up("Org", "olga@example.org").await;
    let viewer = app.member(org, "vik@example.org", bridges_domain::Role::Viewer).await;
    assert_eq!(viewer.api(Method::GET, &format!("/api/v1/orgs/{org}"), None).await.json()["role"], "viewer");
    assert_problem(
        &viewer.api(Method::GET, &format!("/api/v1/orgs/{org}/members"), None).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );

    let members = owner.api(Method::GET, &format!("/api/v1/orgs/{org}/members"), None).await.json();
    assert_eq!(members.as_array().unwrap().len(), 2);
    let vik = members.as_array().unwrap().iter().find(|m| m["email"] == "vik@example.org").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let olga = members.as_array().unwrap().iter().find(|m| m["email"] == "olga@example.org").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();

    let r = owner
        .api(Method::PATCH, &format!("/api/v1/orgs/{org}/members/{vik}"), Some(json!({"role": "coordinator"})))
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_problem(
        &owner.api(Method::PATCH, &format!("/api/v1/orgs/{org}/members/{olga}"), Some(json!({"role": "viewer"}))).await,
        StatusCode::CONFLICT,
        "last-owner",
    );
    assert_problem(
        &owner.api(Method::PATCH, &format!("/api/v1/orgs/{org}/members/{vik}"), Some(json!({"role": ""}))).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid-input",
    );
    assert_eq!(
        owner.api(Method::DELETE, &format!("/api/v1/orgs/{org}/members/{vik}"), None).await.status,
        StatusCode::NO_CONTENT
    );
    assert_problem(
        &owner.api(Method::DELETE, &format!("/api/v1/orgs/{org}/members/{vik}"), None).await,
        StatusCode::NOT_FOUND,
        "not-found",
    );
}

#[tokio::test]
async fn openapi_document_describes_the_api() {
    let app = TestApp::sqlite().await;
    let r = app.client().get("/api/openapi.json").await;
    assert_eq!(r.status, StatusCode::OK);
    let doc = r.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/api/v1/me",
        "/api/v1/orgs",
        "/api/v1/orgs/{org}",
        "/api/v1/orgs/{org}/members",
        "/api/v1/orgs/{org}/members/{member}",
        "/api/v1/orgs/{org}/invitations",
        "/api/v1/orgs/{org}/audit",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} missing");
    }
    assert!(doc["components"]["schemas"]["Problem"].is_object());
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
    // Every error an operation can answer is in its responses.
    let invite = &doc["paths"]["/api/v1/orgs/{org}/invitations"]["post"]["responses"];
    for status in ["201", "400", "401", "403", "404", "409", "413", "415", "422"] {
        assert!(invite[status].is_object(), "invitations: {status} undocumented");
    }
    assert!(doc["paths"]["/api/v1/orgs/{org}/audit"]["get"]["responses"]["401"].is_object());
    assert!(doc["paths"]["/api/v1/search"]["get"]["responses"]["401"].is_null(), "Learn is public");
    app.finish().await;
}

#[tokio::test]
async fn hostile_text_is_escaped_in_pages() {
    let app = TestApp::sqlite().await;
    let (owner, org) = app.set_up("<script>alert('x')</script> & Co", "olga@example.org").await;
    let page = owner.get(&format!("/orgs/{org}")).await;
    assert!(!page.body.contains("<script>alert"), "raw script in page");
    assert!(page.body.contains("&#60;script&#62;alert"));
    // Unknown pages and huge paths answer plainly.
    let r = owner.get(&format!("/{}", "a".repeat(10_000))).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    app.finish().await;
}
