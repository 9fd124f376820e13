//! An organisation writes a practice, another reviews it, the author publishes it, and everyone can
//! find it; permissions and isolation along the way.

use crate::harness::{Client, TestApp};
use crate::on_both_backends;
use bridges_domain::Role;
use reqwest::StatusCode;

on_both_backends!(write_review_publish_and_find_a_practice, practices_over_the_api, an_own_framework_tags_practices);

fn practice_id(location: &str) -> String {
    location.rsplit('/').next().unwrap().to_string()
}

const COMPLETE: &[(&str, &str)] = &[
    ("title", "Kitchen table conversations"),
    ("summary", "Newcomers and long-time neighbours cook together once a month."),
    ("country", "IT"),
    ("area", "Bologna"),
    ("start", "2023-05"),
    ("end", "ongoing"),
    ("promoter", "Riverside Welcome Network"),
    ("challenge", "Few everyday meeting places between old and new residents."),
    ("how_it_works", "A volunteer hosts; each pair brings a dish and a story."),
    ("results", "Forty dinners, 120 participants, a waiting list of hosts."),
    ("beneficiaries", "Newcomers and long-term residents"),
    ("themes", "buddy, cooking"),
    ("frameworks", "eu-cbp:7"),
    ("frameworks", "policy-areas:anti-discrimination"),
    ("language", "en"),
];

async fn search_keys(client: &Client, q: &str) -> Vec<String> {
    search_in(client, q, "en").await
}

async fn search_in(client: &Client, q: &str, lang: &str) -> Vec<String> {
    let r = client.get(&format!("/api/v1/search?q={q}&lang={lang}&limit=50")).await.json();
    r["hits"].as_array().unwrap().iter().map(|h| h["key"].as_str().unwrap().to_string()).collect()
}

async fn write_review_publish_and_find_a_practice(app: &TestApp) {
    let (olga, org_a) = app.set_up("Org A", "olga@example.org").await;
    let viewer = app.member(org_a, "vik@example.org", Role::Viewer).await;
    let org_b = app.other_org("Org B", "bert@example.org").await;
    let bert = app.client();
    bert.login("bert@example.org", crate::harness::PASSWORD).await;
    let base = format!("/orgs/{org_a}/practices");

    // Bad input: every problem named, nothing saved.
    let r = olga
        .post_form(
            &base,
            &[
                ("title", ""),
                ("country", "Atlantis"),
                ("start", "soon"),
                ("links", "javascript:alert(1)"),
                ("frameworks", "eu-cbp:99"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["title", "country", "start", "links", "frameworks"] {
        assert!(r.body.contains(&format!("href=\"#field-{field}\"")), "no error for {field}");
    }
    assert!(olga.get(&base).await.body.contains("has not written any practice"));

    // A draft with just a title.
    let r = olga.post_form(&base, &[("title", "Kitchen table conversations")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let id = practice_id(&r.location());
    let show = olga.get(&format!("{base}/{id}")).await;
    assert!(show.body.contains("Private") && show.body.contains("It still lacks"));

    // Viewers read, they do not write; other organisations see nothing.
    assert_eq!(viewer.get(&format!("{base}/{id}")).await.status, StatusCode::OK);
    assert_eq!(viewer.post_form(&base, &[("title", "x")]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(bert.get(&format!("{base}/{id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(bert.get(&format!("/orgs/{org_b}/practices/{id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        bert.post_form(&format!("/orgs/{org_b}/practices/{id}/edit"), COMPLETE).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        bert.get(&format!("/orgs/{org_b}/reviews/{id}")).await.status,
        StatusCode::NOT_FOUND,
        "private: not reviewable"
    );

    // Publishing an incomplete record is refused with the reason.
    let r = olga.post_form(&format!("{base}/{id}/status"), &[("status", "published")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("cannot be published yet"));

    // Complete it and share it for review.
    assert_eq!(olga.post_form(&format!("{base}/{id}/edit"), COMPLETE).await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        olga.post_form(&format!("{base}/{id}/status"), &[("status", "review")]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        olga.post_form(&format!("{base}/{id}/status"), &[("status", "nonsense")]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    // Another organisation reviews it against the principles.
    let list = bert.get(&format!("/orgs/{org_b}/reviews")).await;
    assert!(list.body.contains("Kitchen table conversations") && list.body.contains("Org A"));
    let empty = bert.post_form(&format!("/orgs/{org_b}/reviews/{id}"), &[("comment", "  ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = bert
        .post_form(
            &format!("/orgs/{org_b}/reviews/{id}"),
            &[("comment", "Clear and useful. Say how hosts are found."), ("frameworks", "eu-cbp:7")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // The author's own organisation does not review itself.
    assert_eq!(olga.get(&format!("/orgs/{org_a}/reviews/{id}")).await.status, StatusCode::NOT_FOUND);
    let show = olga.get(&format!("{base}/{id}")).await;
    assert!(show.body.contains("Say how hosts are found") && show.body.contains("Org B"));

    // Not public yet.
    let anonymous = app.client();
    assert_eq!(anonymous.get(&format!("/learn/practices/{id}")).await.status, StatusCode::NOT_FOUND);
    assert!(!search_keys(&anonymous, "kitchen").await.contains(&format!("practice:{id}")));

    // Published: public page and search, here and in a second process on the same database.
    assert_eq!(
        olga.post_form(&format!("{base}/{id}/status"), &[("status", "published")]).await.status,
        StatusCode::SEE_OTHER
    );
    let public = anonymous.get(&format!("/learn/practices/{id}")).await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(public.body.contains("Bologna"));
    assert!(search_keys(&anonymous, "kitchen").await.contains(&format!("practice:{id}")));
    let (second, stop, _data) = app.second_process().await;
    let elsewhere = Client::new(&second);
    assert!(search_keys(&elsewhere, "kitchen").await.contains(&format!("practice:{id}")));
    // Its theme is translated for search: French readers find it by "parrainage".
    assert!(search_in(&elsewhere, "parrainage", "fr").await.contains(&format!("practice:{id}")));

    // Taken back: gone from both.
    assert_eq!(
        olga.post_form(&format!("{base}/{id}/status"), &[("status", "private")]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(anonymous.get(&format!("/learn/practices/{id}")).await.status, StatusCode::NOT_FOUND);
    assert!(!search_keys(&elsewhere, "kitchen").await.contains(&format!("practice:{id}")));
    let _ = stop.send(());
}
async fn practices_over_the_api(app: &TestApp) {
    use reqwest::Method;
    use serde_json::json;
    let (olga, org) = app.set_up("Org A", "olga@example.org").await;
    let other = app.other_org("Org B", "bert@example.org").await;
    let bert = app.client();
    bert.login("bert@example.org", crate::harness::PASSWORD).await;
    let base = format!("/api/v1/orgs/{org}/practices");

    let bad = olga.api(Method::POST, &base, Some(json!({"title": "", "country": "ZZ", "links": ["ftp://x"]}))).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<String> =
        bad.json()["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap().to_string()).collect();
    assert_eq!(fields, ["title", "country", "links"]);
    let wrong_type = olga.api(Method::POST, &base, Some(json!({"title": 5}))).await;
    assert_eq!(wrong_type.status, StatusCode::UNPROCESSABLE_ENTITY);

    let created = olga.api(Method::POST, &base, Some(json!({"title": "Homework club", "country": "BE"}))).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let id = created.json()["id"].as_str().unwrap().to_string();
    let read = olga.api(Method::GET, &format!("{base}/{id}"), None).await.json();
    assert_eq!(read["status"], "private");
    assert!(read["missing"].as_array().unwrap().iter().any(|m| m == "summary"));

    let publish = olga.api(Method::POST, &format!("{base}/{id}/status"), Some(json!({"status": "published"}))).await;
    assert_eq!(publish.status, StatusCode::CONFLICT);
    assert_eq!(publish.json()["code"], "practice-incomplete");

    let complete = json!({
        "title": "Homework club", "country": "BE", "start": "2019", "promoter": "Org A", "summary": "s",
        "challenge": "c", "how_it_works": "h", "results": "r", "beneficiaries": "b", "frameworks": ["policy-areas:education"]
    });
    assert_eq!(
        olga.api(Method::PUT, &format!("{base}/{id}"), Some(complete.clone())).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        olga.api(Method::POST, &format!("{base}/{id}/status"), Some(json!({"status": "published"}))).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(app.client().get(&format!("/api/v1/practices/{id}")).await.json()["title"], "Homework club");

    // Another organisation reaches none of it.
    assert_eq!(bert.api(Method::GET, &format!("{base}/{id}"), None).await.status, StatusCode::NOT_FOUND);
    let theirs = format!("/api/v1/orgs/{other}/practices/{id}");
    assert_eq!(bert.api(Method::PUT, &theirs, Some(complete)).await.status, StatusCode::NOT_FOUND);
    assert_eq!(bert.api(Method::DELETE, &theirs, None).await.status, StatusCode::NOT_FOUND);

    assert_eq!(olga.api(Method::DELETE, &format!("{base}/{id}"), None).await.status, StatusCode::NO_CONTENT);
    assert_eq!(app.client().get(&format!("/api/v1/practices/{id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(olga.api(Method::GET, &format!("{base}/not-an-id"), None).await.status, StatusCode::NOT_FOUND);
    // The pages too, whatever the handler's permission.
    for path in ["not-an-id", "not-an-id/edit"] {
        let page = format!("/orgs/{org}/practices/{path}");
        assert_eq!(olga.get(&page).await.status, StatusCode::NOT_FOUND, "{page}");
    }
    assert_eq!(olga.get(&format!("/orgs/{org}/reviews/not-an-id")).await.status, StatusCode::NOT_FOUND);
}

async fn an_own_framework_tags_practices(app: &TestApp) {
    let (olga, org) = app.set_up("Org A", "olga@example.org").await;
    let staff = app.member(org, "sami@example.org", Role::Staff).await;
    let path = format!("/orgs/{org}/frameworks");
    assert!(olga.get(&path).await.body.contains("Add a framework"));
    assert!(!staff.get(&path).await.body.contains("Add a framework"));
    assert_eq!(staff.post_form(&path, &[("title", "Ours"), ("items", "a")]).await.status, StatusCode::FORBIDDEN);

    let bad = olga.post_form(&path, &[("title", ""), ("items", "")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Enter the framework&#39;s name") && bad.body.contains("Enter at least one item"));
    let r = olga
        .post_form(&path, &[("title", "Our values"), ("items", "Dignity first\nNothing about us without us")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = olga.get(&path).await;
    assert!(page.body.contains("Nothing about us without us"));

    // Its items are offered on the practice form and accepted as tags.
    let form = olga.get(&format!("/orgs/{org}/practices/new")).await;
    let value: String = form
        .body
        .match_indices("value=\"org-")
        .map(|(at, _)| form.body[at + 7..].chars().take_while(|c| *c != '"').collect::<String>())
        .find(|v| v.ends_with(":2"))
        .expect("the own framework's second item is offered");
    let mut fields: Vec<(&str, &str)> = COMPLETE.to_vec();
    fields.push(("frameworks", &value));
    let r = olga.post_form(&format!("/orgs/{org}/practices"), &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id = practice_id(&r.location());
    olga.post_form(&format!("/orgs/{org}/practices/{id}/status"), &[("status", "published")]).await;
    let public = app.client().get(&format!("/learn/practices/{id}")).await;
    assert!(public.body.contains("Nothing about us without us"), "the public page names the item");

    // Another organisation cannot use it.
    let other = app.other_org("Org B", "bert@example.org").await;
    let bert = app.client();
    bert.login("bert@example.org", crate::harness::PASSWORD).await;
    let r = bert.post_form(&format!("/orgs/{other}/practices"), &[("title", "x"), ("frameworks", &value)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}
