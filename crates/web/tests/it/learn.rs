//! Learn as a reader meets it: search in several languages, reading pages, the API, bad queries.

use crate::harness::TestApp;
use reqwest::StatusCode;

async fn in_language(app: &TestApp, lang: &str) -> crate::harness::Client {
    let c = app.client();
    c.get("/learn").await;
    let r = c.post_form("/lang", &[("lang", lang), ("next", "/learn")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    c
}

#[tokio::test]
async fn a_newcomer_finds_buddy_guidance_and_practices_in_three_ways() {
    let app = TestApp::sqlite().await;
    let reader = app.client();
    let browse = reader.get("/learn").await;
    assert_eq!(browse.status, StatusCode::OK);
    assert!(browse.body.contains("/learn/guidance/step-4-power-analysis"), "browse lists the guidance");

    for query in ["buddy", "budy"] {
        let r = reader.get(&format!("/learn?q={query}")).await;
        assert_eq!(r.status, StatusCode::OK);
        let first_hit = r.body.find("/learn/guidance/").unwrap();
        assert!(r.body[first_hit..].starts_with("/learn/guidance/buddy-systems"), "{query}: buddy guidance first");
        assert!(r.body.contains("/learn/practices/"), "{query}: practices using buddy systems");
    }
    let marked = reader.get("/learn?q=buddy").await;
    assert!(marked.body.contains("<mark>"), "matched words are highlighted");

    let french = in_language(&app, "fr").await;
    let r = french.get("/learn?q=parrainage").await;
    assert!(r.body.contains(r#"<html lang="fr""#));
    let first_hit = r.body.find("/learn/guidance/").unwrap();
    assert!(r.body[first_hit..].starts_with("/learn/guidance/buddy-systems"));
    assert!(r.body.contains("/learn/practices/"), "English practices answer French readers too");
    app.finish().await;
}

#[tokio::test]
async fn facets_narrow_the_results() {
    let app = TestApp::sqlite().await;
    let c = app.client();
    let all = c.get("/learn?q=migrant").await;
    assert!(all.body.contains("f=%2Fcountry%2FGB"), "a country facet link");
    let gb = c.get("/learn?q=migrant&f=%2Fcountry%2FGB").await;
    assert_eq!(gb.status, StatusCode::OK);
    assert!(gb.body.contains(r#"aria-current="true""#), "the active filter is marked");
    assert!(!gb.body.contains("/learn/practices/simba-sweden"), "Sweden is filtered out");
    let junk = c.get("/learn?f=not-a-path&f=%2F%2F%2F").await;
    assert_eq!(junk.status, StatusCode::OK);
    app.finish().await;
}

#[tokio::test]
async fn reading_pages_in_each_language() {
    let app = TestApp::sqlite().await;
    let arabic = in_language(&app, "ar").await;
    let page = arabic.get("/learn/guidance/buddy-systems").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(r#"dir="rtl""#));
    assert!(page.body.contains(r#"<article lang="ar">"#));
    assert!(!page.body.contains("not been translated"));
    // Related links go both ways.
    assert!(page.body.contains("/learn/guidance/building-confidence"));

    let en = app.client();
    let practice = en.get("/learn/practices/simba-sweden").await;
    assert_eq!(practice.status, StatusCode::OK);
    assert!(practice.body.contains("Not reported"), "unknown fields are said to be unknown");
    let framework = en.get("/learn/frameworks/policy-areas/education").await;
    assert_eq!(framework.status, StatusCode::OK);
    assert!(framework.body.contains("/learn/practices/marolles-homework-clubs"));
    assert_eq!(en.get("/learn/frameworks").await.status, StatusCode::OK);
    for missing in
        ["/learn/guidance/nope", "/learn/practices/nope", "/learn/frameworks/nope", "/learn/frameworks/eu-cbp/99"]
    {
        assert_eq!(en.get(missing).await.status, StatusCode::NOT_FOUND, "{missing}");
    }
    app.finish().await;
}

#[tokio::test]
async fn bad_queries_get_a_clear_answer() {
    let app = TestApp::sqlite().await;
    let c = app.client();
    let long = "a".repeat(400);
    let r = c.get(&format!("/learn?q={long}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("The search is too long"));
    let r = c.get("/learn?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").await;
    assert!(!r.body.contains("<script>alert"));
    let r = c.get("/learn?q=%00%FF").await;
    assert_eq!(r.status, StatusCode::OK, "undecodable text is an empty search, not an error");
    app.finish().await;
}

#[tokio::test]
async fn learn_over_the_api() {
    let app = TestApp::sqlite().await;
    let c = app.client();
    let r = c.get("/api/v1/search?q=parrainage&lang=fr").await;
    assert_eq!(r.status, StatusCode::OK);
    let doc = r.json();
    assert_eq!(doc["hits"][0]["key"], "guidance:buddy-systems");
    assert_eq!(doc["hits"][0]["lang"], "fr");
    assert!(doc["facets"]["type"].as_array().unwrap().iter().any(|f| f["value"] == "/type/practice"));

    let bad = c.get("/api/v1/search?q=x&lang=klingon").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.json()["errors"][0]["field"], "lang");
    let long = c.get(&format!("/api/v1/search?q={}", "b".repeat(400))).await;
    assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(long.json()["errors"][0]["code"], "query-too-long");
    assert_eq!(c.get("/api/v1/search?limit=lots").await.status, StatusCode::BAD_REQUEST);
    for limit in ["0", "101", "99999999999999999999999"] {
        assert_eq!(c.get(&format!("/api/v1/search?limit={limit}")).await.status, StatusCode::BAD_REQUEST, "{limit}");
    }

    let g = c.get("/api/v1/guidance/step-4-power-analysis?lang=it").await.json();
    assert_eq!(g["lang"], "it");
    assert_eq!(g["fell_back"], false);
    assert_eq!(c.get("/api/v1/guidance/nope").await.status, StatusCode::NOT_FOUND);
    let f = c.get("/api/v1/frameworks?lang=fr").await.json();
    assert!(f.as_array().unwrap().iter().any(|f| f["id"] == "eu-cbp" && f["items"].as_array().unwrap().len() == 11));
    let p = c.get("/api/v1/practices/simba-sweden").await.json();
    assert_eq!(p["country"], "SE");
    app.finish().await;
}
