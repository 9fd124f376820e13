//! A coordinator maps the stakeholders of a project and reads whom to approach first; who may see
//! and change it; bad input.

use crate::harness::{Client, TestApp};
use crate::on_both_backends;
use bridges_domain::Role;
use reqwest::StatusCode;

on_both_backends!(map_stakeholders_and_read_the_power_analysis);

/// Adds a stakeholder through the form and returns its id, read back from the page.
async fn add(c: &Client, base: &str, name: &str, influence: &str, stance: &str, target: bool) -> String {
    let mut form =
        vec![("name", name), ("kind", "institution"), ("influence", influence), ("interest", "4"), ("stance", stance)];
    if target {
        form.push(("target", "yes"));
    }
    let r = c.post_form(&format!("{base}/stakeholders"), &form).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = c.get(&format!("{base}/power")).await.body;
    let option = page.find(&format!(">{name}</option>")).expect("offered in the cue list");
    let start = page[..option].rfind("value=\"").unwrap() + 7;
    page[start..option - 1].to_string()
}

async fn map_stakeholders_and_read_the_power_analysis(app: &TestApp) {
    let (coordinator, org) = app.set_up("Org A", "olga@example.org").await;
    let viewer = app.member(org, "vik@example.org", Role::Viewer).await;

    let empty = coordinator.post_form(&format!("/orgs/{org}/projects"), &[("title", " ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        viewer.post_form(&format!("/orgs/{org}/projects"), &[("title", "x")]).await.status,
        StatusCode::FORBIDDEN
    );
    let r = coordinator
        .post_form(
            &format!("/orgs/{org}/projects"),
            &[("title", "Homework clubs in the Marolles"), ("aims", "Equal chances at school")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let base = r.location();
    let overview = coordinator.get(&base).await;
    assert!(overview.body.contains("Step 4") && overview.body.contains("/power\""));

    let forum = add(&coordinator, &base, "Migrant forum", "2", "champion", false).await;
    let faith = add(&coordinator, &base, "Faith network", "3", "neutral", false).await;
    let councillor = add(&coordinator, &base, "Councillor for schools", "4", "neutral", false).await;
    let council = add(&coordinator, &base, "City council", "5", "neutral", true).await;
    let paper = add(&coordinator, &base, "Local paper", "4", "sceptical", false).await;
    for (from, kind, to) in [
        (&forum, "allied-with", &faith),
        (&faith, "influences", &councillor),
        (&councillor, "influences", &council),
        (&paper, "influences", &council),
    ] {
        let r =
            coordinator.post_form(&format!("{base}/relations"), &[("from", from), ("kind", kind), ("to", to)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }

    let page = viewer.get(&format!("{base}/power")).await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    let first = body.find("Whom to approach first").unwrap();
    let faith_at = body[first..].find("Faith network").unwrap();
    let councillor_at = body[first..].find("Councillor for schools").unwrap();
    assert!(faith_at < councillor_at, "the faith network comes first");
    assert!(body.contains("Reachable through: Migrant forum → Faith network."));
    assert!(body.contains("Moves City council directly."));
    assert!(body.contains(
        "Local paper</bdi></strong> – much power, much interest: engage closely. Moves City council directly."
    ));
    assert!(body.contains("Circles of mutual influence"));
    assert!(body.contains("<svg") && body.contains("role=\"img\""));
    assert!(!body.contains("Add a stakeholder"), "viewers read, they do not edit");
    assert_eq!(
        viewer
            .post_form(
                &format!("{base}/stakeholders"),
                &[("name", "x"), ("influence", "3"), ("interest", "3"), ("stance", "neutral")]
            )
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    // Bad input, every field named.
    let r = coordinator
        .post_form(
            &format!("{base}/stakeholders"),
            &[("name", ""), ("influence", "9"), ("interest", "x"), ("stance", "furious"), ("cue_from", "not-an-id")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["name", "influence", "interest", "stance", "cue_from"] {
        assert!(r.body.contains(&format!("href=\"#field-{field}\"")), "{field}");
    }
    let r = coordinator
        .post_form(&format!("{base}/relations"), &[("from", &forum), ("kind", "funds"), ("to", &forum)])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = coordinator
        .post_form(&format!("{base}/relations"), &[("from", &forum), ("kind", "bribes"), ("to", &faith)])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Another organisation sees nothing, and cannot borrow stakeholders across projects.
    let org_b = app.other_org("Org B", "bert@example.org").await;
    let bert = app.client();
    bert.login("bert@example.org", crate::harness::PASSWORD).await;
    assert_eq!(bert.get(&format!("{base}/power")).await.status, StatusCode::NOT_FOUND);
    let project_id = base.rsplit('/').next().unwrap();
    assert_eq!(bert.get(&format!("/orgs/{org_b}/projects/{project_id}/power")).await.status, StatusCode::NOT_FOUND);
    let theirs = bert.post_form(&format!("/orgs/{org_b}/projects"), &[("title", "Theirs")]).await.location();
    let r =
        bert.post_form(&format!("{theirs}/relations"), &[("from", &forum), ("kind", "funds"), ("to", &faith)]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // Taking a stakeholder off the map takes its relations too.
    assert_eq!(
        coordinator.post_form(&format!("{base}/stakeholders/{councillor}/remove"), &[]).await.status,
        StatusCode::SEE_OTHER
    );
    let page = coordinator.get(&format!("{base}/power")).await.body;
    assert!(!page.contains("Councillor for schools"));
    // Without the councillor nobody the project can move bears on the council any more.
    assert!(page.contains("the suggestions appear here"), "no leverage left");
}

#[tokio::test]
async fn the_power_analysis_over_the_api() {
    let app = TestApp::sqlite().await;
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let base = c.post_form(&format!("/orgs/{org}/projects"), &[("title", "P")]).await.location();
    let ally = add(&c, &base, "Ally", "3", "supportive", false).await;
    let target = add(&c, &base, "Target", "5", "neutral", true).await;
    c.post_form(&format!("{base}/relations"), &[("from", &ally), ("kind", "influences"), ("to", &target)]).await;
    let id = base.rsplit('/').next().unwrap();
    let doc = c.api(reqwest::Method::GET, &format!("/api/v1/orgs/{org}/projects/{id}/power"), None).await.json();
    assert_eq!(doc["leverage"][0]["stakeholder"], ally.as_str());
    assert_eq!(doc["leverage"][0]["moves_targets"][0], target.as_str());
    assert_eq!(doc["stakeholders"].as_array().unwrap().len(), 2);
    let list = c.api(reqwest::Method::GET, &format!("/api/v1/orgs/{org}/projects"), None).await.json();
    assert_eq!(list[0]["title"], "P");
    assert_eq!(
        c.api(reqwest::Method::GET, &format!("/api/v1/orgs/{org}/projects/nope/power"), None).await.status,
        StatusCode::NOT_FOUND
    );
    app.finish().await;
}

#[tokio::test]
async fn policy_areas_then_principles_with_suggestions() {
    let app = TestApp::sqlite().await;
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let viewer = app.member(org, "vik@example.org", Role::Viewer).await;
    let base = c.post_form(&format!("/orgs/{org}/projects"), &[("title", "Homework clubs")]).await.location();
    // The Plan verb leads to the organisation's projects.
    assert_eq!(viewer.get("/plan").await.location(), format!("/orgs/{org}/projects"));

    let r = c
        .post_form(
            &format!("{base}/policy-areas"),
            &[
                ("choose", "policy-areas:education"),
                ("note:policy-areas:education", "Children of newcomers fall behind at school."),
                ("choose", "policy-areas:family-reunion"),
                ("area_relations", "Housing and schooling go together, as in Brussels."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = viewer.get(&format!("{base}/policy-areas")).await.body;
    assert!(page.contains("Children of newcomers fall behind at school."));
    assert!(page.contains("as in Brussels"));
    assert!(
        page.contains(r#"value="policy-areas:education" checked disabled"#),
        "viewers see the choice, cannot change it"
    );
    assert_eq!(
        viewer.post_form(&format!("{base}/policy-areas"), &[("choose", "policy-areas:education")]).await.status,
        StatusCode::FORBIDDEN
    );

    // Step 2 offers the principles, marking those the library applies with education.
    let principles = c.get(&format!("{base}/principles")).await.body;
    assert!(principles.contains("value=\"eu-cbp:5\""));
    assert!(principles.contains("items of the library"), "suggestions from the library");
    assert!(!principles.contains("value=\"policy-areas:"), "step 2 offers principles, not areas");

    // A policy area is not a principle, unknown items and overlong notes are refused.
    assert_eq!(
        c.post_form(&format!("{base}/principles"), &[("choose", "policy-areas:education")]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        c.post_form(&format!("{base}/principles"), &[("choose", "eu-cbp:99")]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let long = "x".repeat(3000);
    let r = c.post_form(&format!("{base}/principles"), &[("choose", "eu-cbp:5"), ("note:eu-cbp:5", &long)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("This text is too long"));
    assert_eq!(c.get(&format!("{base}/no-such-step")).await.status, StatusCode::NOT_FOUND);
    app.finish().await;
}

#[tokio::test]
async fn partnerships_warn_when_one_funder_dominates() {
    let app = TestApp::sqlite().await;
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let viewer = app.member(org, "vik@example.org", Role::Viewer).await;
    let base = c.post_form(&format!("/orgs/{org}/projects"), &[("title", "Women into work")]).await.location();
    let page = format!("{base}/partnerships");

    let bad = c.post_form(&page, &[("name", ""), ("funding_share", "150")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("href=\"#field-name\"") && bad.body.contains("href=\"#field-funding_share\""));

    let r = c
        .post_form(
            &page,
            &[
                ("name", "Employment agency"),
                ("brings", "Money and referrals"),
                ("bottom_line", "Women choose their own training"),
                ("walk_away_if", "Placements become compulsory"),
                ("funding_share", "80 %"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let shown = viewer.get(&page).await.body;
    assert!(shown.contains("The funding base is narrow"));
    assert!(shown.contains("Only one partner funds the project") && shown.contains("more than half of the funding"));
    assert!(shown.contains("Placements become compulsory"));
    assert!(!shown.contains("Add a partner"), "viewers read only");

    c.post_form(&page, &[("name", "City fund"), ("funding_share", "45")]).await;
    let shown = c.get(&page).await.body;
    assert!(shown.contains("more than 100 %"), "80 + 45");
    assert!(!shown.contains("Only one partner funds"));

    app.other_org("Org B", "bert@example.org").await;
    let bert = app.client();
    bert.login("bert@example.org", crate::harness::PASSWORD).await;
    assert_eq!(bert.get(&page).await.status, StatusCode::NOT_FOUND);

    // Removing an entry: the first partner goes, and the warning about the total goes with it.
    let at = shown.find("/partnerships/").unwrap();
    let action: String = shown[at..].chars().take_while(|c| *c != '"').collect();
    assert!(action.ends_with("/remove"));
    let remove = format!("{base}{action}");
    assert_eq!(bert.post_form(&remove, &[]).await.status, StatusCode::NOT_FOUND, "not theirs");
    assert_eq!(c.post_form(&remove, &[]).await.status, StatusCode::SEE_OTHER);
    let after = c.get(&page).await.body;
    assert!(!after.contains("Employment agency") && !after.contains("more than 100 %"));
    assert_eq!(
        c.post_form(&format!("{base}/nonsense/{}/remove", uuid_like()), &[]).await.status,
        StatusCode::NOT_FOUND
    );

    // A malformed id anywhere in the path names nothing: not found, on the pages and over the API.
    let project = base.rsplit('/').next().unwrap();
    for path in [
        format!("/orgs/{org}/projects/not-an-id"),
        format!("/orgs/{org}/projects/not-an-id/partnerships"),
        format!("/orgs/{org}/projects/not-an-id/export/partnerships"),
        format!("/orgs/not-an-id/projects/{project}"),
    ] {
        assert_eq!(c.get(&path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    for path in [
        format!("/orgs/{org}/projects/not-an-id/partnerships"),
        format!("{base}/partnerships/not-an-id/remove"),
        format!("{base}/stakeholders/not-an-id/remove"),
    ] {
        assert_eq!(c.post_form(&path, &[("name", "x")]).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    let api = format!("/api/v1/orgs/{org}/projects");
    for (method, path) in [
        (reqwest::Method::GET, format!("{api}/not-an-id")),
        (reqwest::Method::GET, format!("{api}/not-an-id/power")),
        (reqwest::Method::DELETE, format!("{api}/{project}/partnerships/not-an-id")),
    ] {
        assert_eq!(c.api(method, &path, None).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    app.finish().await;
}

#[tokio::test]
async fn setbacks_name_rights_and_flag_the_unprepared() {
    let app = TestApp::sqlite().await;
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let base = c.post_form(&format!("/orgs/{org}/projects"), &[("title", "Advice desk")]).await.location();
    let page = format!("{base}/setbacks");
    assert_eq!(c.post_form(&page, &[("description", "")]).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        c.post_form(&page, &[("description", "x"), ("rights", "echr-99")]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let r = c
        .post_form(
            &page,
            &[("description", "The council stops paying interpreters"), ("rights", "echr-6"), ("rights", "echr-14")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let shown = c.get(&page).await.body;
    assert!(
        shown.contains("Right to a fair trial (Article 6)")
            && shown.contains("Prohibition of discrimination (Article 14)")
    );
    assert!(shown.contains("nobody is lined up to help"));
    c.post_form(
        &page,
        &[
            ("description", "Hostile press campaign"),
            ("rights", "echr-8"),
            ("allies", "anti-racist"),
            ("legal_support", "yes"),
        ],
    )
    .await;
    let shown = c.get(&page).await.body;
    assert_eq!(shown.matches("nobody is lined up to help").count(), 1, "the second one is prepared");
    assert!(shown.contains("Anti-racist groups") && shown.contains("Legal support will be needed."));
    app.finish().await;
}

#[tokio::test]
async fn the_evidence_register_flags_gaps() {
    let app = TestApp::sqlite().await;
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let base = c.post_form(&format!("/orgs/{org}/projects"), &[("title", "Homework clubs")]).await.location();
    let page = format!("{base}/evidence");
    assert_eq!(c.post_form(&page, &[("type", "claim"), ("text", "")]).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(c.post_form(&page, &[("type", "nonsense")]).await.status, StatusCode::BAD_REQUEST);
    c.post_form(&page, &[("type", "claim"), ("text", "Newcomer children fall behind at school")]).await;
    c.post_form(&page, &[("type", "claim"), ("text", "Parents want homework help")]).await;
    let shown = c.get(&page).await.body;
    assert!(shown.contains("Claims without evidence: 2."));
    let claim_at = shown.find(">Newcomer children fall behind at school</option>").unwrap();
    let start = shown[..claim_at].rfind("value=\"").unwrap() + 7;
    let claim = shown[start..claim_at - 1].to_string();

    let bad = c
        .post_form(
            &page,
            &[
                ("type", "evidence"),
                ("claim", "not-a-claim"),
                ("kind", "rumour"),
                ("summary", ""),
                ("source", "Head teachers"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["claim", "kind", "summary"] {
        assert!(bad.body.contains(&format!("href=\"#field-{field}\"")), "{field}");
    }
    // Each message is tied to its field, and what was typed comes back.
    for field in ["claim", "summary"] {
        assert!(bad.body.contains(&format!("aria-invalid=\"true\" aria-describedby=\"error-{field}\"")), "{field}");
        assert!(bad.body.contains(&format!("id=\"error-{field}\"")), "{field}");
    }
    assert!(bad.body.contains("value=\"Head teachers\""), "the source typed is kept");
    let r = c
        .post_form(
            &page,
            &[
                ("type", "evidence"),
                ("claim", &claim),
                ("kind", "data"),
                ("summary", "Reading scores two years behind"),
                ("source", "School board"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    c.post_form(
        &page,
        &[
            ("type", "session"),
            ("participants", "12 parents"),
            ("learned", "Evenings suit them"),
            ("gaps", "No data on secondary schools"),
        ],
    )
    .await;
    let shown = c.get(&page).await.body;
    assert!(shown.contains("Claims without evidence: 1."), "one claim is supported now");
    assert!(shown.contains("Evidence nobody backs: 1."));
    assert!(shown.contains("Nobody backs this evidence yet."));
    assert!(shown.contains("12 parents") && shown.contains("No data on secondary schools"));
    app.finish().await;
}

fn uuid_like() -> String {
    bridges_domain::ProjectId::new().to_string()
}
