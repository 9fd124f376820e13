//! Signpost over HTTP: a directory imported from the official HSDS examples (read in place),
//! published, and read back through the HSDS read API as another Open Referral tool would — by
//! id equal to the official records, lists in HSDA's envelope with every filter, any origin
//! allowed, 422 naming each bad parameter, 404 once taken down. Who may publish.

use crate::harness::TestApp;
use crate::on_both_backends;
use bridges_app::signpost::directory;
use bridges_domain::policy::ManageDirectory;
use bridges_domain::{OrgId, Role};
use bridges_signpost::json::normalise;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::Arc;

on_both_backends!(
    the_read_api_serves_a_published_directory,
    publishing_over_the_api,
    the_directory_page,
    finding_a_service_in_public
);

fn example(name: &str) -> Value {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/hsds/examples");
    let folder = if here.is_dir() { here } else { PathBuf::from("/work/shared/hsds/examples") };
    serde_json::from_slice(&std::fs::read(folder.join(name)).unwrap()).unwrap()
}

fn services(app: &TestApp) -> bridges_app::Services {
    bridges_app::Services::new(app.store.clone(), Arc::new(app.clock.clone()))
}

/// Imports the official full service into `org`'s directory as its owner.
async fn imported(app: &TestApp, org: OrgId, owner: &str) {
    let bytes = serde_json::to_vec(&example("service_full.json")).unwrap();
    import_bytes(app, org, owner, bytes).await;
}

pub(crate) async fn import_bytes(app: &TestApp, org: OrgId, owner: &str, bytes: Vec<u8>) {
    let user = app.store.user_by_email(&bridges_domain::Email::parse(owner).unwrap()).await.unwrap().unwrap();
    let membership = app.store.membership(org, user.id).await.unwrap().unwrap();
    let grant = membership.grant::<ManageDirectory>().unwrap();
    directory::import(&services(app), &grant, directory::Source::Json(bytes)).await.unwrap().unwrap();
}

async fn the_read_api_serves_a_published_directory(app: &TestApp) {
    let (owner, org) = app.set_up("Harbour Help", "olga@example.org").await;
    imported(app, org, "olga@example.org").await;
    let r = owner
        .api(Method::PUT, &format!("/api/v1/orgs/{org}/directory/publication"), Some(json!({"published": true})))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let url = r.json()["api_url"].as_str().unwrap().to_string();
    let base = url[url.find("/api/hsds/").unwrap()..].to_string();
    assert!(base.starts_with("/api/hsds/"), "{url}");

    // Another tool: no session, no token, from another site.
    let tool = reqwest::Client::new();
    let get = |path: String| {
        let tool = tool.clone();
        let url = format!("{}{base}{path}", app.base);
        async move {
            let r = tool.get(&url).header("Origin", "https://tool.example.net").send().await.unwrap();
            let status = r.status();
            let cors = r.headers().get("access-control-allow-origin").map(|v| v.to_str().unwrap().to_string());
            let body: Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap_or(Value::Null);
            (status, cors, body)
        }
    };
    let (status, cors, meta) = get("/".into()).await;
    assert_eq!((status, cors.as_deref()), (StatusCode::OK, Some("*")));
    assert_eq!(meta["version"], "3.0");
    assert!(meta["openapi_url"].as_str().unwrap().ends_with("/api/openapi.json"));

    for (path, file) in [
        ("services", "service_full.json"),
        ("organizations", "organization_full.json"),
        ("service_at_locations", "service_at_location_full.json"),
        ("taxonomy_terms", "taxonomy_term.json"),
        ("taxonomies", "taxonomy.json"),
    ] {
        let expected = example(file);
        let id = expected["id"].as_str().unwrap();
        let query = if path == "organizations" { "?full_service=true" } else { "" };
        let (status, cors, served) = get(format!("/{path}/{id}{query}")).await;
        assert_eq!((status, cors.as_deref()), (StatusCode::OK, Some("*")), "{path}");
        assert_eq!(normalise(&served), normalise(&expected), "{path}/{{id}}");
    }
    for (path, file) in [
        ("services", "service_list.json"),
        ("organizations", "organization_list.json"),
        ("service_at_locations", "service_at_location_list.json"),
        ("taxonomy_terms", "taxonomy_term_list.json"),
        ("taxonomies", "taxonomy_list.json"),
    ] {
        let (status, _, page) = get(format!("/{path}")).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(normalise(&page["contents"][0]), normalise(&example(file)["contents"][0]), "{path}");
        assert_eq!(
            (&page["total_items"], &page["total_pages"], &page["page_number"], &page["size"]),
            (&json!(1), &json!(1), &json!(1), &json!(1)),
            "{path}"
        );
        assert_eq!(
            (&page["first_page"], &page["last_page"], &page["empty"]),
            (&json!(true), &json!(true), &json!(false))
        );
    }

    let service = example("service_full.json");
    let term = service["attributes"][0]["taxonomy_term"]["id"].as_str().unwrap();
    let organization = service["organization"]["id"].as_str().unwrap();
    let total = |body: &Value| body["total_items"].as_u64().unwrap();
    for (query, expected) in [
        (format!("taxonomy_term_id={term}"), 1),
        (format!("organization_id={organization}"), 1),
        (format!("organization_id={}", uuid::Uuid::nil()), 0),
        ("search=COUNSEL".to_string(), 1),
        ("search=nothing%20like%20it".to_string(), 0),
        ("modified_after=2026-03-01".to_string(), 1),
        ("modified_after=2026-03-03T00:00:00Z".to_string(), 0),
    ] {
        let (status, _, page) = get(format!("/services?{query}")).await;
        assert_eq!((status, total(&page)), (StatusCode::OK, expected), "{query}");
    }
    let (_, _, full) = get("/services?full=true".into()).await;
    assert_eq!(normalise(&full["contents"][0]), normalise(&service));
    let (_, _, minimal) = get("/services?minimal=true".into()).await;
    assert_eq!(minimal["contents"][0]["id"], service["id"]);
    assert!(minimal["contents"][0]["modified_date"].is_string());
    let (_, _, beyond) = get("/services?page=2&per_page=1".into()).await;
    assert_eq!((&beyond["empty"], &beyond["size"], &beyond["last_page"]), (&json!(true), &json!(0), &json!(true)));

    // Each parameter that does not parse is named; the whole answer is refused.
    let (status, cors, problem) =
        get("/services?page=0&per_page=5000&full=maybe&taxonomy_term_id=legal&modified_after=soon&format=xml".into())
            .await;
    assert_eq!((status, cors.as_deref()), (StatusCode::UNPROCESSABLE_ENTITY, Some("*")));
    let mut named: Vec<&str> =
        problem["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    named.sort();
    assert_eq!(named, ["format", "full", "modified_after", "page", "per_page", "taxonomy_term_id"]);
    let (status, _, _) = get("/services?full=true&per_page=101".into()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _, _) = get("/service_at_locations?proximity=500".into()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "a distance needs a postcode");

    // Not found: an id that is not one, one that is not there, a key never published.
    for path in [
        "/services/not-a-uuid",
        &format!("/services/{}", uuid::Uuid::nil()),
        &format!("/taxonomies/{}", service["id"].as_str().unwrap()),
    ] {
        let (status, _, _) = get(path.to_string()).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    let r = tool.get(format!("{}/api/hsds/{}/services", app.base, "0".repeat(32))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // Taken down: the same address answers nothing until it is published again.
    let r = owner
        .api(Method::PUT, &format!("/api/v1/orgs/{org}/directory/publication"), Some(json!({"published": false})))
        .await;
    assert_eq!((r.status, r.json()["published"].as_bool()), (StatusCode::OK, Some(false)));
    let (status, _, _) = get("/services".into()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let r = owner
        .api(Method::PUT, &format!("/api/v1/orgs/{org}/directory/publication"), Some(json!({"published": true})))
        .await;
    assert_eq!(r.json()["api_url"].as_str(), Some(url.as_str()), "the same address again");
    let (status, _, _) = get("/services".into()).await;
    assert_eq!(status, StatusCode::OK);
}

async fn publishing_over_the_api(app: &TestApp) {
    let (owner, org) = app.set_up("Harbour Help", "olga@example.org").await;
    let path = format!("/api/v1/orgs/{org}/directory/publication");
    let r = owner.api(Method::GET, &path, None).await;
    assert_eq!((r.status, r.json()["published"].as_bool()), (StatusCode::OK, Some(false)));
    let r = owner.api(Method::PUT, &path, Some(json!({"published": true}))).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "nothing imported: no directory to publish");
    imported(app, org, "olga@example.org").await;

    let staff = app.member(org, "sam@example.org", Role::Staff).await;
    let r = staff.api(Method::PUT, &path, Some(json!({"published": true}))).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "staff do not publish");
    let r = staff.api(Method::GET, &path, None).await;
    assert_eq!(r.status, StatusCode::OK, "staff see whether it is");

    let other = app.other_org("Elsewhere", "eve@example.org").await;
    let r = owner
        .api(Method::PUT, &format!("/api/v1/orgs/{other}/directory/publication"), Some(json!({"published": true})))
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "another organisation's directory is not there");

    let r = owner.api(Method::PUT, &path, Some(json!({"published": true}))).await;
    assert_eq!(r.status, StatusCode::OK);
    let audit = owner.api(Method::GET, &format!("/api/v1/orgs/{org}/audit"), None).await.json();
    let published: Vec<&Value> =
        audit.as_array().unwrap().iter().filter(|e| e["kind"] == "directory-published").collect();
    assert_eq!(published.len(), 1, "{audit}");
}

async fn the_directory_page(app: &TestApp) {
    let (owner, org) = app.set_up("Harbour Help", "olga@example.org").await;
    let page = format!("/orgs/{org}/signpost");
    let r = owner.get(&page).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Nothing yet"), "an empty directory says so: {}", r.body);
    assert!(!r.body.contains("/signpost/publication\""), "nothing to publish yet");

    // A service whose status is missing and whose email is not one: refused whole, each problem
    // at its path, nothing written.
    let mut broken = example("service_full.json");
    broken.as_object_mut().unwrap().remove("status");
    broken["email"] = json!("not an address");
    let two = serde_json::to_vec(&json!([example("service_full.json"), broken])).unwrap();
    let r = owner.upload(&format!("{page}/import"), "services.json", two, &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("$[1].status") || r.body.contains("$[1]"), "{}", r.body);
    assert!(r.body.contains("This field is required and missing."), "{}", r.body);
    assert!(r.body.contains("This is not an email address."), "{}", r.body);
    assert!(owner.get(&page).await.body.contains("Nothing yet"), "nothing half-imported");
    let r = owner.upload(&format!("{page}/import"), "notes.txt", b"hello".to_vec(), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("The file is not JSON"), "{}", r.body);

    let one = serde_json::to_vec(&example("service_full.json")).unwrap();
    let r = owner.upload(&format!("{page}/import"), "service.json", one.clone(), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = owner.get(&r.location()).await;
    assert!(r.body.contains("Imported: 1 services."), "{}", r.body);
    assert!(r.body.contains("/signpost/publication"), "now it can be published");

    let exported: Value = serde_json::from_slice(&owner.get_bytes(&format!("{page}/services.json")).await).unwrap();
    assert_eq!(normalise(&exported[0]), normalise(&example("service_full.json")));

    let r = owner.post_form(&format!("{page}/publication"), &[("published", "true")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = owner.get(&page).await;
    let at = r.body.find("/api/hsds/").expect("the read API's address is shown");
    let key: String = r.body[at + 10..].chars().take_while(|c| c.is_ascii_hexdigit()).collect();
    assert_eq!(reqwest::get(format!("{}/api/hsds/{key}/services", app.base)).await.unwrap().status(), StatusCode::OK);

    // A volunteer sees the directory but neither imports nor publishes; another organisation's
    // page is not there.
    let volunteer = app.member(org, "vic@example.org", Role::Volunteer).await;
    let r = volunteer.get(&page).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.body.contains("/signpost/import"), "no import form");
    let r = volunteer.upload(&format!("{page}/import"), "service.json", one, &[]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = volunteer.post_form(&format!("{page}/publication"), &[("published", "false")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let other = app.other_org("Elsewhere", "eve@example.org").await;
    assert_eq!(owner.get(&format!("/orgs/{other}/signpost")).await.status, StatusCode::NOT_FOUND);
}

/// The demo's fictional directory, published; a volunteer helping someone who reads Arabic finds
/// the legal advice clinic that speaks it and opens on Saturday near a postcode, reads its page,
/// and prints the slip in Arabic. Logged out throughout: the directory is public.
async fn finding_a_service_in_public(app: &TestApp) {
    let (owner, org) = app.set_up("Riverside Welcome Network", "olga@example.org").await;
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/demo/directory.json");
    import_bytes(app, org, "olga@example.org", std::fs::read(demo).unwrap()).await;

    // The team searches its own directory before it is published, volunteers included.
    let volunteer = app.member(org, "vic@example.org", Role::Volunteer).await;
    let team = format!("/orgs/{org}/signpost/find?need=need-legal&language=ar&open=sat");
    let r = volunteer.get(&team).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("Services found: 1") && r.body.contains(&format!("/orgs/{org}/signpost/services/")),
        "{}",
        r.body
    );
    let other = app.other_org("Elsewhere", "eve@example.org").await;
    assert_eq!(volunteer.get(&format!("/orgs/{other}/signpost/find")).await.status, StatusCode::NOT_FOUND);

    let path = format!("/api/v1/orgs/{org}/directory/publication");
    let r = owner.api(Method::PUT, &path, Some(json!({"published": true}))).await;
    let url = r.json()["api_url"].as_str().unwrap().to_string();
    let key = url.rsplit('/').next().unwrap().to_string();
    let public = app.client();

    // Another tool asks the read API what is near a postcode.
    for (query, expected, why) in [
        ("postcode=RV1%202AB&proximity=10", 4, "the four services at the Hub"),
        ("postcode=rv12ab&proximity=100000", 11, "every place (the helpline has none)"),
        ("postcode=RV1%209ZZ", 7, "the places in district RV1"),
        ("postcode=ZZ1%201ZZ&proximity=5000", 0, "a postcode no place has"),
    ] {
        let page = public.get(&format!("/api/hsds/{key}/service_at_locations?{query}")).await.json();
        assert_eq!(page["total_items"], json!(expected), "{why}");
    }
    let services = public.get(&format!("/api/hsds/{key}/services?postcode=RV1%202AB&proximity=10")).await.json();
    assert_eq!(services["total_items"], json!(4));

    let all = public.get(&format!("/d/{key}")).await;
    assert_eq!(all.status, StatusCode::OK);
    assert!(all.body.contains("Services found: 11"), "the one temporarily closed is left out: {}", all.body);

    let asked = format!("/d/{key}?need=need-legal&language=ar&postcode=rv12ab&within=2&open=sat");
    let r = public.get(&asked).await;
    assert!(r.body.contains("Services found: 1"), "{}", r.body);
    assert!(r.body.contains("Immigration and asylum advice clinic (fictional)"));
    assert!(r.body.contains("0.0 km away"), "at the postcode itself");
    let r = public.get(&format!("/d/{key}?need=need-legal-immigration&language=uk")).await;
    assert!(r.body.contains("Services found: 0"), "nobody there speaks Ukrainian");
    let r = public.get(&format!("/d/{key}?postcode=ZZ9%209ZZ")).await;
    assert!(r.body.contains("No place in this directory has that postcode"), "{}", r.body);
    let r = public.get(&format!("/d/{key}?need=legal&within=3&open=someday")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in
        ["Choose a kind of help from the list.", "Choose a distance from the list.", "Choose a day from the list."]
    {
        assert!(r.body.contains(message), "{message}");
    }

    let listed = public.get(&asked).await.body;
    let start = listed.find(&format!("/d/{key}/services/")).unwrap();
    let service: String = listed[start..].chars().take_while(|c| *c != '?' && *c != '"').collect();
    let page = public.get(&service).await;
    assert_eq!(page.status, StatusCode::OK);
    for shown in [
        "14 Wharf Lane",
        "RV1 2AB",
        "Saturday 10:00–13:00",
        "Tuesday 17:00–19:00",
        "Any letters from the Home Office",
        "Arabic",
    ] {
        assert!(page.body.contains(shown), "{shown}: {}", page.body);
    }
    let feed = public.get(&format!("{service}/calendar.ics")).await;
    assert_eq!((feed.status, feed.content_type().as_str()), (StatusCode::OK, "text/calendar; charset=utf-8"));
    assert_eq!(feed.body.matches("BEGIN:VEVENT").count(), 2, "Saturdays and Tuesdays: {}", feed.body);
    let has = |part: &str| feed.body.contains(part);
    assert!(has("RRULE:FREQ=WEEKLY") && has("BYDAY=SA") && has("TZID=Europe/Stockholm"), "{}", feed.body);
    let slip = public.get(&format!("{service}/slip?lang=ar")).await;
    assert_eq!(slip.status, StatusCode::OK);
    assert!(slip.body.contains("dir=\"rtl\"") && slip.body.contains("lang=\"ar\""));
    assert!(slip.body.contains("14 Wharf Lane") && slip.body.contains("السبت من 10:00 إلى 13:00"), "{}", slip.body);

    // Not there: a key never published, a service not in it, one taken down.
    assert_eq!(public.get(&format!("/d/{}", "0".repeat(32))).await.status, StatusCode::NOT_FOUND);
    assert_eq!(public.get(&format!("/d/{key}/services/{}", uuid::Uuid::nil())).await.status, StatusCode::NOT_FOUND);
    owner.api(Method::PUT, &path, Some(json!({"published": false}))).await;
    assert_eq!(public.get(&service).await.status, StatusCode::NOT_FOUND);
    let id = service.rsplit('/').next().unwrap();
    let r = volunteer.get(&format!("/orgs/{org}/signpost/services/{id}/slip?lang=fr")).await;
    assert_eq!(r.status, StatusCode::OK, "the team still prints slips");
    assert!(r.body.contains("lang=\"fr\"") && r.body.contains("14 Wharf Lane"));
}
