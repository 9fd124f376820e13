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
    finding_a_service_in_public,
    referring_someone_and_following_it_up,
    importing_over_the_api
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
    let padded =
        format!("[{}{}]", " ".repeat(4 * 1024 * 1024), serde_json::to_string(&example("service_full.json")).unwrap());
    let r = owner.upload(&format!("{page}/import"), "big.json", padded.into_bytes(), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("The file is larger than 4 MB."), "the size the message names is the one kept");
    let r = owner.upload(&format!("{page}/import"), "notes.txt", b"hello".to_vec(), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("The file is not JSON"), "{}", r.body);

    let one = serde_json::to_vec(&example("service_full.json")).unwrap();
    let r = owner.upload(&format!("{page}/import"), "service.json", one.clone(), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = owner.get(&r.location()).await;
    assert!(r.body.contains("Imported: 1 service."), "{}", r.body);
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

    // Words, as Learn reads them: typos forgiven, needs named in the reader's language, narrowed
    // by the other fields; the best match first.
    let first = |body: &str| {
        let at = body.find(&format!("/d/{key}/services/")).expect("a service is listed");
        body[at..].chars().skip(format!("/d/{key}/services/").len()).take(36).collect::<String>()
    };
    for (query, expected, why) in [
        ("q=imigration", CLINIC, "a typo in the service's name"),
        ("q=medecin&lang=fr", GP, "a French reader's word for a need, without its accent"),
        ("q=%D8%B7%D8%A8%D9%8A%D8%A8&lang=ar", GP, "an Arabic reader's word for a need"),
        ("q=advice&need=need-money", "e757a0be-6059-42a8-ac30-4ba172b9c11b", "words within a need"),
    ] {
        let r = public.get(&format!("/d/{key}?{query}")).await;
        assert_eq!(r.status, StatusCode::OK, "{query}");
        assert_eq!(first(&r.body), expected, "{why}: {}", r.body);
    }
    let r = public.get(&format!("/d/{key}?q=advice&need=need-money")).await;
    assert!(r.body.contains("Services found: 2"), "the food bank's description offers advice too: {}", r.body);
    let r = public.get(&format!("/d/{key}?point=53.7993,%20-1.5486&within=1&need=need-legal")).await;
    assert_eq!(first(&r.body), CLINIC, "from a point instead of a postcode");
    assert!(r.body.contains("0.0 km away"), "{}", r.body);
    let r = public.get(&format!("/d/{key}?point=north")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Give the point as latitude, longitude"), "{}", r.body);
    let r = public.get(&format!("/d/{key}?q=zzzzqqqq")).await;
    assert!(r.body.contains("Services found: 0"), "{}", r.body);
    let r = public.get(&format!("/d/{key}?q=%E2%80%AEimigration")).await;
    assert_eq!(first(&r.body), CLINIC, "a direction control pasted in is read as a space");
    assert!(!r.body.contains('\u{202E}'), "and never shown back");
    let r = public.get(&format!("/d/{key}?q=a%07b")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a control character is refused");

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

const CLINIC: &str = "d2d65988-2ed7-4fe3-9242-c4cee8b39481";
const GP: &str = "936c3b68-c917-4b95-a396-cff35dde0f35";

async fn referring_someone_and_following_it_up(app: &TestApp) {
    let (owner, org) = app.set_up("Riverside Welcome Network", "olga@example.org").await;
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/demo/directory.json");
    import_bytes(app, org, "olga@example.org", std::fs::read(demo).unwrap()).await;
    let staff = app.member(org, "sam@example.org", Role::Staff).await;
    let volunteer = app.member(org, "vic@example.org", Role::Volunteer).await;
    let service_page = format!("/orgs/{org}/signpost/services/{CLINIC}");
    let refer = format!("{service_page}/refer");

    // Staff are offered the referral from the service's page; volunteers are not, and may not.
    assert!(staff.get(&service_page).await.body.contains(&refer));
    assert!(!volunteer.get(&service_page).await.body.contains(&refer));
    assert_eq!(volunteer.get(&refer).await.status, StatusCode::FORBIDDEN);
    assert_eq!(volunteer.get(&format!("/orgs/{org}/signpost/referrals")).await.status, StatusCode::FORBIDDEN);

    // Without consent nothing is kept; every bad field is named.
    let r = staff.get(&refer).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Immigration and asylum advice clinic") && r.body.contains("2026-03-09"), "{}", r.body);
    let fields = [
        ("person", "RV-0042"),
        ("need", "need-legal-immigration"),
        ("mode", "referral"),
        ("consent_method", "spoken"),
        ("contact", "+44 7700 900123"),
        ("notes", "Asylum interview next month"),
    ];
    let r = staff.post_form(&refer, &fields).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(
        r.body.contains("A referral needs the person&#x27;s consent") || r.body.contains("A referral needs the person"),
        "{}",
        r.body
    );
    assert!(r.body.contains("RV-0042"), "what was typed is kept");
    let r = staff
        .post_form(&refer, &[("person", ""), ("need", "need-magic"), ("mode", "teleport"), ("consent", "yes")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in [
        "Choose a kind of help from the list.",
        "Choose whether you signpost or refer.",
        "Choose how the person agreed.",
    ] {
        assert!(r.body.contains(message), "{message}");
    }
    let rows = bridges_store::test_support::query_text(&app.store, "SELECT CAST(COUNT(*) AS TEXT) FROM referrals")
        .await
        .unwrap();
    assert_eq!(rows.as_deref(), Some("0"), "nothing kept without consent");

    let mut agreed = fields.to_vec();
    agreed.push(("consent", "yes"));
    let r = staff.post_form(&refer, &agreed).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let referral_page = r.location();
    let id = referral_page.rsplit('/').next().unwrap().to_string();
    let r = staff.get(&referral_page).await;
    assert!(r.body.contains("RV-0042") && r.body.contains("Asylum interview next month"), "{}", r.body);
    assert!(r.body.contains("Immigration and asylum advice clinic") && r.body.contains("Immigration"), "{}", r.body);

    // Sealed at rest: the notes and the contact are not in the database in the clear.
    let sealed =
        bridges_store::test_support::query_text(&app.store, "SELECT sealed FROM referrals").await.unwrap().unwrap();
    assert!(sealed.starts_with("v1:") && !sealed.contains("Asylum"));

    // The same person again by the same reference, over the API, to the GP service.
    let api = format!("/api/v1/orgs/{org}/referrals");
    let r = staff
        .api(
            Method::POST,
            &api,
            Some(json!({"service": GP, "person": "rv-0042 ", "need": "need-health-gp",
        "mode": "signpost", "consent": true, "consent_method": "written"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let gp = r.json()["id"].as_str().unwrap().to_string();
    let r = staff
        .api(
            Method::POST,
            &api,
            Some(json!({"service": uuid::Uuid::nil(), "person": "x", "mode": "signpost",
        "consent": true, "consent_method": "written"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "a service not in the directory");
    let r = staff.api(Method::POST, &api, Some(json!({"service": "clinic", "person": "x"}))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let list = staff.api(Method::GET, &api, None).await.json();
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[0]["person"], list[1]["person"], "one person: {list}");

    // The life cycle: forward only, an outcome only when closing, a reason when it failed.
    let steps = |id: &str| format!("{api}/{id}/steps");
    let r = staff.api(Method::POST, &steps(&id), Some(json!({"status": "closed", "outcome": "met"}))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "met before the person was seen");
    assert_eq!(r.json()["errors"][0]["field"], "outcome");
    let r = staff
        .api(Method::POST, &steps(&id), Some(json!({"status": "contacted", "note": "Clinic has a slot on the 14th"})))
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    let r = staff.api(Method::POST, &steps(&id), Some(json!({"status": "contacted"}))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "no step twice");
    let r = staff.post_form(&format!("{referral_page}/steps"), &[("status", "closed"), ("outcome", "not-met")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Say why the referral did not meet the need."), "{}", r.body);
    let r = staff.post_form(&format!("{referral_page}/steps"), &[("status", "seen")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let one = staff.api(Method::GET, &format!("{api}/{id}"), None).await.json();
    assert_eq!((one["status"].as_str(), one["follow_up_on"].as_str()), (Some("seen"), Some("2026-03-16")), "{one}");
    let history: Vec<&str> = one["steps"].as_array().unwrap().iter().map(|s| s["to"].as_str().unwrap()).collect();
    assert_eq!(history, ["made", "contacted", "seen"]);
    assert_eq!(one["steps"][1]["note"], "Clinic has a slot on the 14th");

    // Follow-ups fall due: a week after the GP referral was made, it is listed; the clinic's is not
    // due until the 16th.
    assert!(staff.get(&format!("/orgs/{org}/signpost/referrals?due=1")).await.body.contains("No follow-up is due."));
    app.clock.advance(chrono::Duration::days(8));
    staff.login("sam@example.org", crate::harness::PASSWORD).await;
    owner.login("olga@example.org", crate::harness::PASSWORD).await;
    let due = staff.api(Method::GET, &format!("{api}?due=true"), None).await.json();
    let due: Vec<&str> = due.as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(due, [gp.as_str()]);
    let r = staff.get(&format!("/orgs/{org}/signpost/referrals?due=1")).await;
    assert!(r.body.contains("Help registering with a GP") && !r.body.contains("Immigration and asylum"), "{}", r.body);

    let r = staff.api(Method::POST, &steps(&id), Some(json!({"status": "closed", "outcome": "met"}))).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    let r = staff
        .api(
            Method::POST,
            &steps(&gp),
            Some(json!({"status": "closed", "outcome": "not-taken-up", "reason": "did-not-attend"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);

    // Measure counts them, by need: a broader need takes in its narrower ones.
    let indicator = |name: &str, source: &str, need: Option<&str>| {
        let mut body = json!({"name": name, "source": source, "period": "month"});
        if let Some(need) = need {
            body["need"] = json!(need);
        }
        body
    };
    let mut values = Vec::new();
    for (name, source, need) in [
        ("Referrals", "referrals-made", None),
        ("People referred", "people-referred", None),
        ("Referrals that met the need", "referrals-completed", None),
        ("Legal referrals", "referrals-made", Some("need-legal")),
        ("Legal referrals completed", "referrals-completed", Some("need-legal")),
        ("Health referrals completed", "referrals-completed", Some("need-health")),
    ] {
        let r = owner
            .api(Method::POST, &format!("/api/v1/orgs/{org}/indicators"), Some(indicator(name, source, need)))
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{name}: {}", r.body);
        let id = r.json()["id"].as_str().unwrap().to_string();
        let series = owner.api(Method::GET, &format!("/api/v1/orgs/{org}/indicators/{id}"), None).await.json();
        let march =
            series["series"].as_array().unwrap().iter().find(|p| p["period"] == "2026-03").cloned().unwrap_or_default();
        values.push((name, march["value"]["value"].as_f64()));
    }
    assert_eq!(
        values,
        [
            ("Referrals", Some(2.0)),
            ("People referred", Some(1.0)),
            ("Referrals that met the need", Some(1.0)),
            ("Legal referrals", Some(1.0)),
            ("Legal referrals completed", Some(1.0)),
            ("Health referrals completed", Some(0.0)),
        ]
    );
    let r = owner
        .api(
            Method::POST,
            &format!("/api/v1/orgs/{org}/indicators"),
            Some(indicator("x", "attendance", Some("need-legal"))),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a need narrows only referrals");

    // The person withdraws consent: what was held about them goes, the counts stay.
    let r = staff.post_form(&format!("{referral_page}/withdrawal"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let one = staff.api(Method::GET, &format!("{api}/{id}"), None).await.json();
    assert_eq!(
        (one["person"].as_str(), one["notes"].as_str(), one["contact"].as_str()),
        (Some(""), Some(""), Some(""))
    );
    assert!(one["steps"].as_array().unwrap().iter().all(|s| s["note"] == ""), "{one}");
    assert_eq!(one["outcome"], "met", "a closed referral keeps its outcome");
    let r = staff.api(Method::POST, &format!("{api}/{id}/withdrawal"), None).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "once only");
    assert!(staff.get(&referral_page).await.body.contains("(consent withdrawn)"));

    // A participant, referred from their page: the search and the service keep who it is for.
    let programme = crate::connect::new_programme(&owner, &org.to_string()).await;
    let programme_id: bridges_domain::ProgrammeId = programme
        .rsplit('/')
        .next()
        .unwrap()
        .parse::<uuid::Uuid>()
        .map(bridges_domain::ProgrammeId::from_uuid)
        .unwrap();
    let user =
        app.store.user_by_email(&bridges_domain::Email::parse("olga@example.org").unwrap()).await.unwrap().unwrap();
    let membership = app.store.membership(org, user.id).await.unwrap().unwrap();
    let person = bridges_store::NewParticipant {
        side: "newcomer".into(),
        record: bridges_domain::Sensitive::new(json!({"name": "Amira Haddad"}).to_string()),
        consents: vec![],
        joined_at: app.clock_now(),
        findable: vec![],
    };
    let amira = app
        .store
        .add_participants(&membership.grant().unwrap(), programme_id, &[person], "staff", app.clock_now())
        .await
        .unwrap()[0];
    let r = staff.get(&format!("{programme}/participants/{amira}")).await;
    let find = format!("/orgs/{org}/signpost/find?for={amira}");
    assert!(r.body.contains(&find), "the participant's page offers a referral");
    let r = staff.get(&format!("{find}&need=need-health")).await;
    assert!(r.body.contains(&format!("services/{GP}?lang=en&amp;for={amira}")), "{}", r.body);
    let r = staff.get(&format!("/orgs/{org}/signpost/services/{GP}?for={amira}")).await;
    let refer_gp = format!("/orgs/{org}/signpost/services/{GP}/refer?for={amira}");
    assert!(r.body.contains(&refer_gp), "{}", r.body);
    let r = staff.get(&refer_gp).await;
    assert!(r.body.contains("Amira Haddad") && r.body.contains("value=\"need-health-gp\" selected"), "{}", r.body);
    let r = staff
        .post_form(
            &format!("/orgs/{org}/signpost/services/{GP}/refer"),
            &[
                ("participant", &amira.to_string()),
                ("need", "need-health-gp"),
                ("mode", "signpost"),
                ("consent", "yes"),
                ("consent_method", "spoken"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(staff.get(&r.location()).await.body.contains("Amira Haddad"));
    let theirs = staff.api(Method::GET, &format!("{api}?participant={amira}"), None).await.json();
    assert_eq!(theirs.as_array().unwrap().len(), 1);
    assert_eq!(theirs[0]["participant"], json!(amira.to_string()));
    let stranger = bridges_domain::ParticipantId::new();
    let r = staff
        .api(
            Method::POST,
            &api,
            Some(json!({"service": GP, "participant": stranger.to_string(), "mode": "signpost",
        "consent": true, "consent_method": "written"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "not one of ours");

    // Another organisation's referral is not there; reads are audited.
    let other = app.other_org("Elsewhere", "eve@example.org").await;
    assert_eq!(
        owner.api(Method::GET, &format!("/api/v1/orgs/{other}/referrals/{id}"), None).await.status,
        StatusCode::NOT_FOUND
    );
    let eve = app.member(other, "evan@example.org", Role::Owner).await;
    assert_eq!(
        eve.api(Method::GET, &format!("/api/v1/orgs/{other}/referrals/{id}"), None).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(eve.get(&format!("/orgs/{other}/signpost/referrals/{id}")).await.status, StatusCode::NOT_FOUND);
    let audit = owner.api(Method::GET, &format!("/api/v1/orgs/{org}/audit"), None).await.json();
    let kinds: Vec<&str> = audit.as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"personal-data-viewed") && kinds.contains(&"personal-data-changed"), "{kinds:?}");
}

async fn importing_over_the_api(app: &TestApp) {
    let (owner, org) = app.set_up("Harbour Help", "olga@example.org").await;
    let path = format!("/api/v1/orgs/{org}/directory/import");
    let mut broken = example("service_full.json");
    broken.as_object_mut().unwrap().remove("status");
    broken["email"] = json!("not an address");
    let r = owner.api(Method::POST, &path, Some(json!([example("service_full.json"), broken]))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let problem = r.json();
    assert_eq!(problem["code"], "hsds-invalid");
    let fields: Vec<&str> =
        problem["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert!(fields.iter().any(|f| f.starts_with("$[1]") && f.ends_with("status")), "{fields:?}");
    assert!(fields.iter().any(|f| f.starts_with("$[1]") && f.ends_with("email")), "{fields:?}");
    assert!(r.body.contains("This is not an email address."), "{}", r.body);
    let r = owner.api(Method::GET, &format!("/api/v1/orgs/{org}/directory/publication"), None).await;
    assert_eq!(r.status, StatusCode::OK);
    let r = owner
        .api(Method::PUT, &format!("/api/v1/orgs/{org}/directory/publication"), Some(json!({"published": true})))
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "nothing half-imported: still no directory");

    let staff = app.member(org, "sam@example.org", Role::Staff).await;
    let r = staff.api(Method::POST, &path, Some(example("service_full.json"))).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "staff do not import");
    let r = owner.api(Method::POST, &path, Some(example("service_full.json"))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let counts = r.json();
    assert_eq!((counts["services"].as_u64(), counts["updated"].as_u64()), (Some(1), Some(0)), "{counts}");
    let exported = staff.api(Method::GET, &format!("/api/v1/orgs/{org}/directory/services"), None).await;
    assert_eq!(exported.status, StatusCode::OK);
    assert_eq!(normalise(&exported.json()[0]), normalise(&example("service_full.json")), "back out equal");
    let again = owner.api(Method::POST, &path, Some(example("service_full.json"))).await.json();
    assert_eq!(
        (again["created"].as_u64(), again["updated"].clone(), again["records"].clone()),
        (Some(0), counts["records"].clone(), counts["records"].clone())
    );
}
