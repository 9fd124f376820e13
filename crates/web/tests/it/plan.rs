//! The plan as a whole: the project's profile and context, objectives and team, the overview's
//! checks, the printable document, the history, CSV exports, worked examples, and the plan's API —
//! with permissions and bad input.

use crate::harness::{Client, TestApp};
use crate::on_both_backends;
use bridges_domain::Role;
use reqwest::{Method, StatusCode};
use serde_json::json;

on_both_backends!(profile_objectives_team_overview_document_and_history, the_whole_plan_over_the_api);

fn profile_form<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("title", "Homework clubs"),
        ("aims", "Quiet space to study"),
        ("status", "running"),
        ("starts_on", "2027-01-10"),
        ("ends_on", "2027-12-20"),
        ("history", "new"),
        ("movement", "transit"),
        ("communities", "Families from Syria and Eritrea"),
        ("leadership", "co-led"),
        ("quality_dialogue", "Parents of all backgrounds run the clubs together"),
    ];
    for (k, v) in extra {
        form.retain(|(f, _)| f != k);
        form.push((k, v));
    }
    form
}

async fn membership_id(c: &Client, org: &str, email: &str) -> String {
    let members = c.api(Method::GET, &format!("/api/v1/orgs/{org}/members"), None).await.json();
    members.as_array().unwrap().iter().find(|m| m["email"] == email).unwrap()["id"].as_str().unwrap().to_string()
}

async fn profile_objectives_team_overview_document_and_history(app: &TestApp) {
    let (coordinator, org) = app.set_up("Org A", "olga@example.org").await;
    let volunteer = app.member(org, "vera@example.org", Role::Volunteer).await;
    let base = coordinator.post_form(&format!("/orgs/{org}/projects"), &[("title", "Clubs")]).await.location();

    // A fresh project misses everything, and says so.
    let page = coordinator.get(&base).await.body;
    assert!(page.contains("context is not described."), "the context gap is named");
    assert!(page.contains("0 of 6 qualities"));
    assert!(page.contains("No objectives yet."));

    // Wrong input is named field by field and nothing is saved.
    for (field, value, message) in [
        ("starts_on", "31/12/2027", "Enter a date as year-month-day"),
        ("ends_on", "2026-01-01", "The end date comes before the start date."),
        ("status", "abandoned", "Choose one of the options listed."),
        ("title", "", "Fill in this field."),
        ("communities", "\u{7}bell", "Remove the invisible control characters from this text."),
    ] {
        let r = coordinator.post_form(&format!("{base}/edit"), &profile_form(&[(field, value)])).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        assert!(r.body.contains(message), "{field}: {message}");
        assert!(r.body.contains("aria-invalid=\"true\"") || field == "status", "{field}");
    }
    let long = "x".repeat(2_001);
    let r = coordinator.post_form(&format!("{base}/edit"), &profile_form(&[("changing", long.as_str())])).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(coordinator.get(&base).await.body.contains("<h1><bdi>Clubs"), "nothing saved");

    // Volunteers read the plan but cannot change it.
    assert_eq!(volunteer.get(&format!("{base}/edit")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(volunteer.post_form(&format!("{base}/edit"), &profile_form(&[])).await.status, StatusCode::FORBIDDEN);
    let r = coordinator.post_form(&format!("{base}/edit"), &profile_form(&[])).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let page = volunteer.get(&base).await.body;
    assert!(page.contains("Homework clubs") && page.contains("Running") && page.contains("2027-01-10"));
    assert!(page.contains("Where immigration is new"), "the context's advice");
    assert!(page.contains("Where people mostly pass through"));
    assert!(page.contains("1 of 6 qualities"), "co-led by migrants is borne out");
    assert!(page.contains("Parents of all backgrounds run the clubs together"));
    assert!(!page.contains("/edit\""), "no edit link for volunteers");

    // Objectives and team.
    let objectives = format!("{base}/objectives");
    let r = coordinator.post_form(&objectives, &[("kind", "objective"), ("text", " ")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r =
        coordinator.post_form(&objectives, &[("kind", "objective"), ("text", "Weekly clubs"), ("due", "soon")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Enter a date as year-month-day"));
    for (text, measure) in [("=HYPERLINK(\"http://evil\")", ""), ("Children attend every week", "Attendance sheets")] {
        let r = coordinator
            .post_form(
                &objectives,
                &[("kind", "objective"), ("text", text), ("measure", measure), ("due", "2027-06-30")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    assert_eq!(
        volunteer.post_form(&objectives, &[("kind", "objective"), ("text", "x")]).await.status,
        StatusCode::FORBIDDEN
    );
    let vera = membership_id(&coordinator, &org.to_string(), "vera@example.org").await;
    let r = coordinator.post_form(&objectives, &[("kind", "team"), ("member", "nobody"), ("role", "lead")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = coordinator.post_form(&objectives, &[("kind", "team"), ("member", &vera), ("role", "Outreach")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = coordinator.post_form(&objectives, &[("kind", "team"), ("member", &vera), ("role", "Again")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("already on the team"));
    let page = coordinator.get(&objectives).await.body;
    assert!(page.contains("Children attend every week") && page.contains("Say how you will know."));
    assert!(page.contains("<strong>vera</strong>: Outreach"), "the owner sees who holds the role");
    let page = coordinator.get(&base).await.body;
    assert!(page.contains("One objective does not say how you will know it is reached."), "plural rules apply");
    assert!(!page.contains("Nobody is on the project team yet."));

    // The spreadsheet export cannot smuggle a formula.
    let csv = volunteer.get(&format!("{base}/export/objectives")).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.content_type().starts_with("text/csv"));
    assert!(csv.body.starts_with("id,objective,measure,target,due\r\n"));
    assert!(csv.body.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), "{}", csv.body);
    assert_eq!(volunteer.get(&format!("{base}/export/passwords")).await.status, StatusCode::NOT_FOUND);

    // The printable plan has every step; the history says who did what.
    let doc = volunteer.get(&format!("{base}/plan")).await;
    assert_eq!(doc.status, StatusCode::OK);
    for heading in
        ["Project plan", "Step 1", "Step 2", "Step 3", "Step 4", "Step 5", "Step 6", "Whom to approach first"]
    {
        assert!(doc.body.contains(heading), "{heading}");
    }
    // Printed on the organisation's clock (Stockholm), not in UTC.
    assert!(
        doc.body.contains("2 March 2026, 10:00 CET"),
        "the printed date is in the organisation's zone, as English writes it"
    );
    assert!(doc.body.contains("Children attend every week"));
    let history = volunteer.get(&format!("{base}/history")).await.body;
    assert!(history.contains("Olga Owner"));
    assert!(history.contains("The project") && history.contains("created") && history.contains("changed"));
    assert!(history.contains("Objectives") && history.contains("added: Children attend every week"));

    // Another organisation sees nothing of it.
    let stranger = app.client();
    let other = app.other_org("Org B", "bob@example.org").await;
    let outsider = app.member(other, "otto@example.org", Role::Owner).await;
    for path in ["", "/plan", "/history", "/objectives", "/export/objectives", "/edit"] {
        assert_eq!(outsider.get(&format!("{base}{path}")).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(stranger.get(&format!("{base}/plan")).await.status, StatusCode::SEE_OTHER, "anonymous → login");

    // Removing an objective is recorded too.
    let page = coordinator.get(&objectives).await.body;
    let at = page.find("/objectives/").unwrap();
    let action: String = page[at..].chars().take_while(|c| *c != '"').collect();
    let r = coordinator.post_form(&format!("{base}{action}"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(coordinator.get(&format!("{base}/history")).await.body.contains("removed"));
}

async fn the_whole_plan_over_the_api(app: &TestApp) {
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let viewer = app.member(org, "vik@example.org", Role::Viewer).await;
    let projects = format!("/api/v1/orgs/{org}/projects");

    let r = c.api(Method::POST, &projects, Some(json!({"title": ""}))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json()["errors"][0]["field"], "title");
    let r = c.api(Method::POST, &projects, Some(json!({"title": "T", "profile": {"starts_on": "tomorrow"}}))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(viewer.api(Method::POST, &projects, Some(json!({"title": "T"}))).await.status, StatusCode::FORBIDDEN);
    let r = c
        .api(
            Method::POST,
            &projects,
            Some(json!({"title": "Tandems", "aims": "Pairs", "profile": {"leadership": "led", "context": {"history": "established"}}})),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let id = r.json()["id"].as_str().unwrap().to_string();
    let plan = format!("{projects}/{id}");

    // Steps 1 and 2.
    let r = c
        .api(
            Method::PUT,
            &format!("{plan}/steps/policy-areas"),
            Some(json!({"choices": [{"reference": "policy-areas:education", "note": "Schools"}], "area_relations": "One front"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    let r = c
        .api(
            Method::PUT,
            &format!("{plan}/steps/principles"),
            Some(json!({"choices": [{"reference": "policy-areas:education"}]})),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "areas are not principles");
    let r = c
        .api(Method::PUT, &format!("{plan}/steps/principles"), Some(json!({"choices": [{"reference": "eu-cbp:7"}]})))
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(
        c.api(Method::PUT, &format!("{plan}/steps/step-9"), Some(json!({"choices": []}))).await.status,
        StatusCode::NOT_FOUND
    );

    // Registers: the same rules as the forms.
    let claim = c
        .api(Method::POST, &format!("{plan}/evidence"), Some(json!({"type": "claim", "text": "Pupils lack space"})))
        .await;
    assert_eq!(claim.status, StatusCode::CREATED, "{}", claim.body);
    let claim = claim.json()["id"].as_str().unwrap().to_string();
    let bad = [
        ("evidence", json!({"type": "rumour", "text": "x"})),
        (
            "evidence",
            json!({"type": "evidence", "claim": "nope", "kind": "data", "summary": "s", "source": "", "date": "", "backed_by": "", "unknowns": ""}),
        ),
        ("evidence", json!({"type": "claim", "text": "x".repeat(2_001)})),
        (
            "partnerships",
            json!({"name": "Fund", "brings": "", "wants": "", "bottom_line": "", "walk_away_if": "", "funding_share": 120.0}),
        ),
        (
            "setbacks",
            json!({"description": "Cuts", "rights": ["echr-99"], "legal_support": false, "allies": [], "response": ""}),
        ),
        ("objectives", json!({"text": "x", "due": "2027-02-30"})),
        ("team", json!({"member": "00000000-0000-0000-0000-000000000000", "role": "lead"})),
        ("objectives", json!([1, 2, 3])),
    ];
    for (register, body) in bad {
        let r = c.api(Method::POST, &format!("{plan}/{register}"), Some(body.clone())).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{register}: {body} → {}", r.body);
        assert!(r.content_type().starts_with("application/problem+json"));
    }
    assert_eq!(c.api(Method::POST, &format!("{plan}/secrets"), Some(json!({}))).await.status, StatusCode::NOT_FOUND);
    let r = c
        .api(
            Method::POST,
            &format!("{plan}/evidence"),
            Some(json!({"type": "evidence", "claim": claim, "kind": "study", "summary": "School survey", "source": "Schools", "date": "2026", "backed_by": "Head teachers", "unknowns": ""})),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let partner = c
        .api(
            Method::POST,
            &format!("{plan}/partnerships"),
            Some(json!({"name": "City fund", "brings": "Money", "wants": "Figures", "bottom_line": "", "walk_away_if": "", "funding_share": 100.0})),
        )
        .await;
    assert_eq!(partner.status, StatusCode::CREATED);
    let partner = partner.json()["id"].as_str().unwrap().to_string();
    let r = c
        .api(
            Method::PUT,
            &format!("{plan}/partnerships/{partner}"),
            Some(json!({"name": "City fund", "brings": "Money", "wants": "Figures", "bottom_line": "Independence", "walk_away_if": "", "funding_share": 60.0})),
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    assert_eq!(
        c.api(
            Method::PUT,
            &format!("{plan}/setbacks/{partner}"),
            Some(json!({"description": "x", "rights": [], "legal_support": false, "allies": [], "response": ""}))
        )
        .await
        .status,
        StatusCode::NOT_FOUND,
        "an entry of another register"
    );
    let council = c
        .api(Method::POST, &format!("{plan}/stakeholders"), Some(json!({"name": "Council", "kind": "institution", "influence": 5, "interest": 2, "stance": "neutral", "target": true})))
        .await;
    assert_eq!(council.status, StatusCode::CREATED, "{}", council.body);
    let council = council.json()["id"].as_str().unwrap().to_string();
    let r = c
        .api(
            Method::POST,
            &format!("{plan}/stakeholders"),
            Some(json!({"name": "Schools", "kind": "institution", "influence": 9, "interest": 2, "stance": "neutral"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let schools = c
        .api(Method::POST, &format!("{plan}/stakeholders"), Some(json!({"name": "Schools", "kind": "institution", "influence": 3, "interest": 5, "stance": "champion", "cue_from": council})))
        .await;
    assert_eq!(schools.status, StatusCode::CREATED);
    let schools = schools.json()["id"].as_str().unwrap().to_string();
    let r = c
        .api(
            Method::POST,
            &format!("{plan}/relations"),
            Some(json!({"from": schools, "to": council, "kind": "influences"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    let r = c
        .api(
            Method::POST,
            &format!("{plan}/relations"),
            Some(json!({"from": schools, "to": council, "kind": "bribes"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);

    // The whole plan in one document.
    let doc = viewer.api(Method::GET, &plan, None).await;
    assert_eq!(doc.status, StatusCode::OK);
    let doc = doc.json();
    assert_eq!(doc["title"], "Tandems");
    assert_eq!(doc["policy_areas"][0]["reference"], "policy-areas:education");
    assert_eq!(doc["area_relations"], "One front");
    assert_eq!(doc["principles"][0]["reference"], "eu-cbp:7");
    assert_eq!(doc["evidence"].as_array().unwrap().len(), 2);
    assert_eq!(doc["partnerships"][0]["entry"]["bottom_line"], "Independence");
    assert_eq!(doc["stakeholders"].as_array().unwrap().len(), 2);
    assert_eq!(doc["profile"]["leadership"], "led");
    let shown: Vec<&str> = doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["state"] == "shown")
        .map(|c| c["quality"].as_str().unwrap())
        .collect();
    assert_eq!(shown, ["inequalities", "evidence", "dialogue", "leadership"]);
    assert!(doc["gaps"].as_array().unwrap().iter().any(|g| g["code"] == "gap-funding"), "one funder at 60 %");

    let r = c.api(Method::DELETE, &format!("{plan}/partnerships/{partner}"), None).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(
        c.api(Method::DELETE, &format!("{plan}/partnerships/{partner}"), None).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        viewer.api(Method::DELETE, &format!("{plan}/evidence/{claim}"), None).await.status,
        StatusCode::FORBIDDEN
    );

    let history = viewer.api(Method::GET, &format!("{plan}/history"), None).await.json();
    let parts: Vec<&str> = history.as_array().unwrap().iter().map(|h| h["part"].as_str().unwrap()).collect();
    assert_eq!(parts.first(), Some(&"partnerships"), "newest first");
    assert!(parts.contains(&"principles") && parts.contains(&"relations") && parts.contains(&"project"));
    let removed = &history[0];
    assert_eq!(removed["action"], "removed");
    assert!(removed["before"].as_str().unwrap().contains("Independence"), "the record before is kept");

    let outsider_org = app.other_org("Org B", "bob@example.org").await;
    let outsider = app.member(outsider_org, "otto@example.org", Role::Owner).await;
    assert_eq!(outsider.api(Method::GET, &plan, None).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        outsider
            .api(Method::POST, &format!("{plan}/evidence"), Some(json!({"type": "claim", "text": "x"})))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    let spec = c.get("/api/openapi.json").await.json();
    for path in [
        "/api/v1/orgs/{org}/projects/{id}",
        "/api/v1/orgs/{org}/projects/{id}/{register}",
        "/api/v1/orgs/{org}/projects/{id}/history",
    ] {
        assert!(spec["paths"].get(path).is_some(), "{path}");
    }
}

#[tokio::test]
async fn every_worked_example_starts_a_complete_plan() {
    let app = TestApp::sqlite().await;
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let list = c.get(&format!("/orgs/{org}/projects")).await.body;
    let examples: Vec<String> = list
        .match_indices("name=\"example\" value=\"")
        .map(|(i, m)| list[i + m.len()..].chars().take_while(|c| *c != '"').collect())
        .collect();
    assert!(examples.len() >= 6, "{examples:?}");
    assert!(examples.contains(&"marolles-homework-clubs".to_string()));
    for example in &examples {
        let r = c.post_form(&format!("/orgs/{org}/projects/from-example"), &[("example", example)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{example}: {}", r.body);
        let base = r.location();
        let id = base.rsplit('/').next().unwrap();
        let doc = c.api(Method::GET, &format!("/api/v1/orgs/{org}/projects/{id}"), None).await.json();
        for part in [
            "policy_areas",
            "principles",
            "evidence",
            "stakeholders",
            "relations",
            "partnerships",
            "setbacks",
            "objectives",
        ] {
            assert!(!doc[part].as_array().unwrap().is_empty(), "{example}: {part}");
        }
        let page = c.get(&base).await.body;
        assert!(page.contains("Approach first:"), "{example}: the power analysis names whom to approach");
        assert_eq!(c.get(&format!("{base}/plan")).await.status, StatusCode::OK);
    }
    let r = c.post_form(&format!("/orgs/{org}/projects/from-example"), &[("example", "../../etc/passwd")]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let viewer = app.member(org, "vik@example.org", Role::Viewer).await;
    let r = viewer.post_form(&format!("/orgs/{org}/projects/from-example"), &[("example", &examples[0])]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    app.finish().await;
}

#[tokio::test]
async fn every_register_exports_as_csv_from_its_page() {
    let app = TestApp::sqlite().await;
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let base = c.post_form(&format!("/orgs/{org}/projects"), &[("title", "P")]).await.location();
    c.post_form(&format!("{base}/evidence"), &[("type", "claim"), ("text", "+1 for \"quotes\", and commas")]).await;
    c.post_form(&format!("{base}/partnerships"), &[("name", "@Fund"), ("funding_share", "40")]).await;
    c.post_form(&format!("{base}/setbacks"), &[("description", "Cuts"), ("rights", "echr-14")]).await;
    for (register, header, row) in [
        ("evidence", "id,type,text,", "claim,\"'+1 for \"\"quotes\"\", and commas\""),
        ("partnerships", "id,name,brings", "'@Fund,,,,,40"),
        ("setbacks", "id,description,rights", "Cuts,echr-14,no,,"),
    ] {
        let page = c.get(&format!("{base}/{register}")).await.body;
        assert!(page.contains(&format!("/export/{register}\"")), "{register} links its export");
        let csv = c.get(&format!("{base}/export/{register}")).await;
        assert_eq!(csv.status, StatusCode::OK);
        assert!(csv.body.starts_with(header), "{register}: {}", csv.body);
        assert!(csv.body.contains(row), "{register}: {}", csv.body);
    }
    app.finish().await;
}
