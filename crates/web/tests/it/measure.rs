//! Measure end to end: activities, advice and indicators counted on small data worked out by hand
//! (the test clock reads 2026-03-02), what each role may do, small counts suppressed for a viewer,
//! bad input refused on forms and the API, exports, the calendar and reviews.

use crate::harness::{Client, TestApp};
use crate::on_both_backends;
use bridges_domain::Role;
use reqwest::{Method, StatusCode};
use serde_json::json;

on_both_backends!(counted_by_hand_with_roles_and_suppression, bad_input_exports_calendar_and_reviews);

fn activity<'a>(date: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![("date", date), ("time", "18:00"), ("activity_kind", "session"), ("title", "Homework club")];
    for (k, v) in extra {
        form.retain(|(f, _)| f != k);
        form.push((k, v));
    }
    form
}

async fn indicator(c: &Client, org: &str, body: serde_json::Value) -> String {
    let r = c.api(Method::POST, &format!("/api/v1/orgs/{org}/indicators"), Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    r.json()["id"].as_str().unwrap().to_string()
}

async fn read(c: &Client, org: &str, id: &str) -> serde_json::Value {
    c.api(Method::GET, &format!("/api/v1/orgs/{org}/indicators/{id}"), None).await.json()
}

async fn activity_count(c: &Client, org: &str) -> usize {
    c.api(Method::GET, &format!("/api/v1/orgs/{org}/activities"), None).await.json().as_array().unwrap().len()
}

async fn counted_by_hand_with_roles_and_suppression(app: &TestApp) {
    let (coordinator, org) = app.set_up("Org A", "olga@example.org").await;
    let volunteer = app.member(org, "vera@example.org", Role::Volunteer).await;
    let staff = app.member(org, "sam@example.org", Role::Staff).await;
    let viewer = app.member(org, "vic@example.org", Role::Viewer).await;
    let org = org.to_string();
    let base = format!("/orgs/{org}/measure");

    // Three activities: two sessions in February logged by the volunteer, a training in January
    // logged by staff.
    for (who, form) in [
        (
            &volunteer,
            activity(
                "2026-02-10",
                &[
                    ("attendees", "12"),
                    ("arriving", "7"),
                    ("receiving", "5"),
                    ("volunteers", "2"),
                    ("volunteer_hours", "3"),
                    ("languages", "ar, en"),
                ],
            ),
        ),
        (
            &volunteer,
            activity(
                "2026-02-17",
                &[
                    ("attendees", "8"),
                    ("arriving", "3"),
                    ("receiving", "4"),
                    ("volunteers", "1"),
                    ("volunteer_hours", "1,5"),
                    ("languages", "en, ps"),
                ],
            ),
        ),
        (&staff, activity("2026-01-20", &[("activity_kind", "training"), ("attendees", "6"), ("languages", "fr")])),
    ] {
        let r = who.post_form(&format!("{base}/activities"), &form).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    assert_eq!(
        viewer.post_form(&format!("{base}/activities"), &activity("2026-02-11", &[])).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(activity_count(&coordinator, &org).await, 3);

    // A volunteer may take out what they logged, not what staff logged.
    let log = volunteer.api(Method::GET, &format!("/api/v1/orgs/{org}/activities"), None).await.json();
    let training =
        log.as_array().unwrap().iter().find(|a| a["kind"] == "training").unwrap()["id"].as_str().unwrap().to_string();
    assert_eq!(
        volunteer.post_form(&format!("{base}/activities/{training}/delete"), &[]).await.status,
        StatusCode::FORBIDDEN
    );
    let page = volunteer.get(&format!("{base}/activities")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.body.matches("/delete\"").count(), 2, "the volunteer is offered their own two activities only");

    // Advice: the same person typed two ways is one person; three occasions.
    for (client, date) in [("AB-1", "2026-02-03"), ("ab-1 ", "2026-02-20"), ("CD-2", "2026-02-21")] {
        let form = [("client", client), ("date", date), ("topic", "housing"), ("outcome", "resolved")];
        let r = staff.post_form(&format!("{base}/advice"), &form).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    assert_eq!(viewer.get(&format!("{base}/advice")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(volunteer.get(&format!("{base}/advice")).await.status, StatusCode::FORBIDDEN);
    assert!(staff.get(&format!("{base}/advice")).await.body.contains("CD-2"));

    // Indicators, defined by the coordinator only.
    let attendance = json!({"name": "People attending", "source": "attendance", "period": "month",
        "disaggregation": "community", "baseline": 10, "target": 30, "unit": "people"});
    let r = volunteer.api(Method::POST, &format!("/api/v1/orgs/{org}/indicators"), Some(attendance.clone())).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let attendance = indicator(&coordinator, &org, attendance).await;
    let hours = indicator(
        &coordinator,
        &org,
        json!({"name": "Volunteer hours", "source": "volunteer-hours", "period": "quarter"}),
    )
    .await;
    let languages =
        indicator(&coordinator, &org, json!({"name": "Languages", "source": "languages", "period": "month"})).await;
    let advised = indicator(
        &coordinator,
        &org,
        json!({"name": "People advised", "source": "people-advised", "period": "year", "target": 5}),
    )
    .await;
    let occasions =
        indicator(&coordinator, &org, json!({"name": "Occasions", "source": "advice-occasions", "period": "year"}))
            .await;

    let period = |doc: &serde_json::Value, label: &str| -> serde_json::Value {
        doc["series"].as_array().unwrap().iter().find(|p| p["period"] == label).cloned().unwrap_or_default()
    };

    // Attendance by month: January 6, February 12 + 8 = 20 (arriving 7 + 3, receiving 5 + 4),
    // March nothing yet. The actual is February's: March is not over.
    let doc = read(&coordinator, &org, &attendance).await;
    assert_eq!(period(&doc, "2026-01")["value"]["value"], 6.0);
    assert_eq!(period(&doc, "2026-02")["value"]["value"], 20.0);
    assert_eq!(period(&doc, "2026-02")["breakdown"]["arriving"]["value"], 10.0);
    assert_eq!(period(&doc, "2026-02")["breakdown"]["receiving"]["value"], 9.0);
    assert_eq!(period(&doc, "2026-03")["value"]["value"], 0.0);
    assert_eq!(doc["actual"]["period"], "2026-02");
    assert_eq!(doc["actual"]["value"]["value"], 20.0);
    // (20 − 10) / (30 − 10) of the way.
    assert_eq!(doc["progress"], 0.5);

    // The list answers with baseline, target and actual for each.
    let list = coordinator.api(Method::GET, &format!("/api/v1/orgs/{org}/indicators"), None).await.json();
    let listed = list.as_array().unwrap().iter().find(|i| i["id"] == attendance.as_str()).unwrap().clone();
    assert_eq!((listed["baseline"].clone(), listed["target"].clone()), (json!(10.0), json!(30.0)));
    assert_eq!(listed["actual"]["value"]["value"], 20.0);

    // Volunteer hours in 2026-Q1: 3 + 1.5. Languages in February: ar, en, ps.
    assert_eq!(period(&read(&coordinator, &org, &hours).await, "2026-Q1")["value"]["value"], 4.5);
    assert_eq!(period(&read(&coordinator, &org, &languages).await, "2026-02")["value"]["value"], 3.0);
    assert_eq!(period(&read(&coordinator, &org, &languages).await, "2026-01")["value"]["value"], 1.0);
    // Two people advised in 2026, on three occasions.
    assert_eq!(period(&read(&coordinator, &org, &advised).await, "2026")["value"]["value"], 2.0);
    assert_eq!(period(&read(&coordinator, &org, &occasions).await, "2026")["value"]["value"], 3.0);

    // A viewer sees no count of fewer than 10 people: January's 6 attendees, February's receiving
    // 9 (and with it the unrecorded 1, so arriving stays shown), the 3 volunteers' hours, the 2
    // people advised and their 3 occasions.
    let doc = read(&viewer, &org, &attendance).await;
    assert_eq!(period(&doc, "2026-01")["value"], json!({"fewer_than": 10}));
    assert_eq!(period(&doc, "2026-02")["value"]["value"], 20.0);
    assert_eq!(period(&doc, "2026-02")["breakdown"]["arriving"]["value"], 10.0);
    assert_eq!(period(&doc, "2026-02")["breakdown"]["receiving"], json!({"fewer_than": 10}));
    assert_eq!(period(&read(&viewer, &org, &hours).await, "2026-Q1")["value"], json!({"fewer_than": 10}));
    let advised_doc = read(&viewer, &org, &advised).await;
    assert_eq!(period(&advised_doc, "2026")["value"], json!({"fewer_than": 10}));
    // The actual is the last complete year's: nobody was advised in 2025, and a zero is shown.
    assert_eq!(advised_doc["actual"]["period"], "2025");
    assert_eq!(advised_doc["actual"]["value"]["value"], 0.0);
    assert_eq!(period(&read(&viewer, &org, &occasions).await, "2026")["value"], json!({"fewer_than": 10}));
    // Counts that are not of people are shown: three languages.
    assert_eq!(period(&read(&viewer, &org, &languages).await, "2026-02")["value"]["value"], 3.0);
    let dashboard = viewer.get(&base).await;
    assert_eq!(dashboard.status, StatusCode::OK);
    assert!(dashboard.body.contains("fewer than 10"));
    assert!(dashboard.body.contains("<svg"), "charts are drawn on the server");
    // Neither the charts' descriptions nor the API give the hidden counts away.
    assert!(!dashboard.body.contains("2026-01: 6"), "January's 6 attendees reach a viewer");
    let api = viewer.api(Method::GET, &format!("/api/v1/orgs/{org}/indicators"), None).await.body;
    for hidden in ["\"value\":6.0", "\"value\":9.0", "\"value\":2.0"] {
        assert!(!api.contains(hidden), "{hidden} reaches a viewer");
    }

    // An indicator tied to a plan's objective: the dashboard groups it there and the plan shows how
    // the objective is doing.
    let project = coordinator.post_form(&format!("/orgs/{org}/projects"), &[("title", "Clubs")]).await.location();
    let r = coordinator
        .post_form(
            &format!("{project}/objectives"),
            &[("kind", "objective"), ("text", "Parents get advice"), ("measure", "People advised")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let form = coordinator.get(&format!("{base}/indicators")).await.body;
    let project_id = project.rsplit('/').next().unwrap();
    // The objective's option is "project/objective"; the project's own is "project/".
    let prefix = format!("value=\"{project_id}/");
    let objective = form
        .match_indices(&prefix)
        .map(|(i, _)| &form[i + 7..])
        .map(|v| v[..v.find('"').unwrap()].to_string())
        .find(|v| !v.ends_with('/'))
        .unwrap();
    assert!(objective.len() > project_id.len() + 1, "{objective}");
    let r = coordinator
        .post_form(
            &format!("{base}/indicators"),
            &[
                ("title", "Parents advised"),
                ("source", "people-advised"),
                ("period", "year"),
                ("target", "5"),
                ("objective", objective.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let plan = coordinator.get(&format!("{project}/objectives")).await.body;
    assert!(plan.contains("0 of 1 indicator on track."), "{plan}");
    let board = coordinator.get(&format!("{base}?project={project_id}")).await.body;
    assert!(board.contains("Parents get advice") && board.contains("Parents advised"));

    // The organisation may lower its threshold to 5, never below: January's 6 then shows.
    let threshold = format!("{base}/threshold");
    assert_eq!(coordinator.post_form(&threshold, &[("threshold", "4")]).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(volunteer.post_form(&threshold, &[("threshold", "5")]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(coordinator.post_form(&threshold, &[("threshold", "5")]).await.status, StatusCode::SEE_OTHER);
    let doc = read(&viewer, &org, &attendance).await;
    assert_eq!(period(&doc, "2026-01")["value"]["value"], 6.0);
    assert_eq!(period(&read(&viewer, &org, &advised).await, "2026")["value"], json!({"fewer_than": 5}));

    // Another organisation finds none of it.
    let (stranger, _) = (app.client(), ());
    app.other_org("Org B", "bea@example.org").await;
    stranger.login("bea@example.org", crate::harness::PASSWORD).await;
    assert_eq!(stranger.get(&base).await.status, StatusCode::NOT_FOUND);
    let r = stranger.api(Method::GET, &format!("/api/v1/orgs/{org}/indicators/{attendance}"), None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(
        stranger.post_form(&format!("{base}/activities"), &activity("2026-02-11", &[])).await.status,
        StatusCode::NOT_FOUND
    );
}

async fn bad_input_exports_calendar_and_reviews(app: &TestApp) {
    let (coordinator, org) = app.set_up("Org A", "olga@example.org").await;
    let org = org.to_string();
    let base = format!("/orgs/{org}/measure");

    // Every wrong field is named and nothing is logged.
    let long = "x".repeat(10_000);
    let r = coordinator
        .post_form(
            &format!("{base}/activities"),
            &[
                ("date", "2026-13-01"),
                ("activity_kind", "party"),
                ("title", long.as_str()),
                ("attendees", "3"),
                ("arriving", "4"),
                ("men", "-1"),
                ("time", "25:00"),
                ("languages", "<script>"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in [
        "Enter a date as year-month-day",
        "Choose a kind of activity from the list.",
        "The groups add up to more than the people attending.",
        "Enter a whole number from 0 to 100,000.",
        "Enter a time as hours and minutes",
        "Use short codes separated by commas",
    ] {
        assert!(r.body.contains(message), "{message}");
    }
    assert!(!r.body.contains(&long), "a huge value is not sent back whole");
    assert_eq!(activity_count(&coordinator, &org).await, 0);
    let r = coordinator
        .api(Method::POST, &format!("/api/v1/orgs/{org}/activities"), Some(json!({"date": "2026-02-30", "title": 7})))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<String> =
        r.json()["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap().to_string()).collect();
    assert!(fields.contains(&"date".to_string()) && fields.contains(&"activity_kind".to_string()), "{fields:?}");

    // An activity of a programme carries it; a programme that is not the organisation's is not found.
    let programme =
        coordinator.post_form(&format!("/orgs/{org}/programmes"), &[("name", "Buddies"), ("kind", "buddy")]).await;
    let programme_id = programme.location().split('/').nth(4).unwrap().to_string();
    let body =
        json!({"date": "2026-02-12", "activity_kind": "event", "title": "Welcome evening", "programme": programme_id});
    let r = coordinator.api(Method::POST, &format!("/api/v1/orgs/{org}/activities"), Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let log = coordinator.api(Method::GET, &format!("/api/v1/orgs/{org}/activities"), None).await.json();
    assert_eq!(log[0]["programme"], programme_id.as_str());
    let body = json!({"date": "2026-02-12", "activity_kind": "event", "title": "X", "programme": uuid::Uuid::now_v7().to_string()});
    let r = coordinator.api(Method::POST, &format!("/api/v1/orgs/{org}/activities"), Some(body)).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // Indicators: wrong definitions are refused field by field; a counted one takes no typed value.
    let r = coordinator
        .api(
            Method::POST,
            &format!("/api/v1/orgs/{org}/indicators"),
            Some(json!({"source": "guesswork", "baseline": "lots", "period": "fortnight", "objective": "not-an-id"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<String> =
        r.json()["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap().to_string()).collect();
    for f in ["name", "source", "baseline", "period", "objective"] {
        assert!(fields.contains(&f.to_string()), "{f} in {fields:?}");
    }
    let counted = indicator(&coordinator, &org, json!({"name": "Sessions", "source": "activities"})).await;
    let r = coordinator
        .api(
            Method::PUT,
            &format!("/api/v1/orgs/{org}/indicators/{counted}/values/2026-02"),
            Some(json!({"value": 3, "evidence": "x"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);

    // A manual indicator by quarter: a value with its evidence, corrected once; a month is refused.
    let manual = indicator(
        &coordinator,
        &org,
        json!({"name": "Parents who know where to get help", "source": "manual", "period": "quarter", "unit": "%", "target": 60}),
    )
    .await;
    let value_path = |p: &str| format!("/api/v1/orgs/{org}/indicators/{manual}/values/{p}");
    for (value, evidence) in [(48, "Exit question"), (52, "Exit question, recounted")] {
        let r = coordinator
            .api(Method::PUT, &value_path("2025-Q4"), Some(json!({"value": value, "evidence": evidence})))
            .await;
        assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    }
    let r = coordinator.api(Method::PUT, &value_path("2026-01"), Some(json!({"value": 1, "evidence": "x"}))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = coordinator.api(Method::PUT, &value_path("2026-Q1"), Some(json!({"value": 50}))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "evidence is required");
    let doc = coordinator.api(Method::GET, &format!("/api/v1/orgs/{org}/indicators/{manual}"), None).await.json();
    assert_eq!(doc["actual"]["value"]["value"], 52.0);
    assert_eq!(doc["actual"]["evidence"], "Exit question, recounted");

    // The indicator page takes a value too, and says what is wrong with a bad one.
    let page = format!("{base}/indicators/{manual}");
    let r = coordinator.post_form(&format!("{page}/values"), &[("period", "2026-Q5"), ("value", "many")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Enter a period as 2026-03"));
    let shown = coordinator.get(&page).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.body.contains("<svg") && shown.body.contains("Exit question, recounted"));

    // Exports: the values as a workbook and as CSV, with formulas defused.
    let r = coordinator
        .api(
            Method::POST,
            &format!("/api/v1/orgs/{org}/indicators"),
            Some(json!({"name": "=HYPERLINK(\"http://evil\")", "source": "activities"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    let xlsx = coordinator.send(coordinator.http.get(coordinator.url(&format!("{base}/export.xlsx")))).await;
    assert_eq!(xlsx.status, StatusCode::OK);
    assert!(xlsx.content_type().contains("spreadsheetml"));
    let csv = coordinator.get(&format!("{base}/export.csv")).await;
    assert!(csv.body.starts_with("indicator,indicator_id,project"));
    assert!(csv.body.contains("Parents who know where to get help") && csv.body.contains("2025-Q4,52"));
    assert!(csv.body.contains("\"'=HYPERLINK("), "{}", csv.body);

    // A weekly café defined once is a calendar.
    let series = [
        ("title", "Language café"),
        ("starts_on", "2026-03-04"),
        ("time", "18:00"),
        ("duration_minutes", "90"),
        ("every_weeks", "1"),
        ("place", "Library; room 2"),
    ];
    let r = coordinator.post_form(&format!("{base}/series"), &series).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = coordinator.post_form(&format!("{base}/series"), &[("title", ""), ("duration_minutes", "0")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let ics = coordinator.get(&format!("{base}/calendar.ics")).await;
    assert!(ics.content_type().starts_with("text/calendar"));
    for line in [
        "BEGIN:VCALENDAR",
        "SUMMARY:Language café",
        "RRULE:FREQ=WEEKLY",
        "LOCATION:Library\\; room 2",
        "DURATION:PT1H30M",
    ] {
        assert!(ics.body.contains(line), "{line} in {}", ics.body);
    }

    // Published, the calendar is a link calendar apps subscribe to without an account; a new link
    // ends the old one.
    let made = coordinator.post_form(&format!("{base}/calendar-link"), &[]).await;
    assert_eq!(made.status, StatusCode::OK);
    let link = |body: &str| {
        let at = body.find("/calendars/cal_").unwrap();
        body[at..].split('<').next().unwrap().to_string()
    };
    let first = link(&made.body);
    let anonymous = app.client();
    let feed = anonymous.get(&first).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(feed.body.contains("SUMMARY:Language café"));
    let second = link(&coordinator.post_form(&format!("{base}/calendar-link"), &[]).await.body);
    assert_ne!(first, second);
    assert_eq!(anonymous.get(&first).await.status, StatusCode::NOT_FOUND);
    assert_eq!(anonymous.get(&second).await.status, StatusCode::OK);
    assert_eq!(anonymous.get("/calendars/cal_0000000000000000").await.status, StatusCode::NOT_FOUND);
    assert_eq!(anonymous.get("/calendars/%3Cscript%3E").await.status, StatusCode::NOT_FOUND);

    // A review, and when the next one is due.
    let r = coordinator.post_form(&format!("{base}/reviews"), &[("held_on", "2026-03-01"), ("concluded", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let review = [
        ("held_on", "2026-03-01"),
        ("concluded", "Advice reaches more parents."),
        ("decided", "Recruit a Pashto speaker."),
        ("next_on", "2026-06-01"),
    ];
    assert_eq!(coordinator.post_form(&format!("{base}/reviews"), &review).await.status, StatusCode::SEE_OTHER);
    let page = coordinator.get(&base).await.body;
    assert!(page.contains("Advice reaches more parents.") && page.contains("2026-06-01"));

    // A set of templates, added once: a second time adds nothing; an unknown set is not found.
    let templates = format!("{base}/indicators/templates");
    assert_eq!(coordinator.post_form(&templates, &[("set", "forum")]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(coordinator.post_form(&templates, &[("set", "forum")]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(coordinator.post_form(&templates, &[("set", "astrology")]).await.status, StatusCode::NOT_FOUND);
    let list = coordinator.api(Method::GET, &format!("/api/v1/orgs/{org}/indicators"), None).await.json();
    let names: Vec<&str> = list.as_array().unwrap().iter().map(|i| i["name"].as_str().unwrap()).collect();
    assert_eq!(names.iter().filter(|n| **n == "Meetings with policy makers").count(), 1, "{names:?}");
    let meetings = list.as_array().unwrap().iter().find(|i| i["name"] == "Meetings with policy makers").unwrap();
    assert_eq!(
        (meetings["source"].as_str(), meetings["activity_kind"].as_str()),
        (Some("activities"), Some("meeting"))
    );
    // A framework item shows what measures it.
    let item = "indicators-of-integration:health-and-social-care";
    let narrowed = coordinator.get(&format!("{base}/indicators?framework={item}")).await.body;
    assert!(narrowed.contains("Improvements in access to health services"));
    assert!(!narrowed.contains("Meetings with policy makers"));
    let learn = coordinator.get("/learn/frameworks/indicators-of-integration/health-and-social-care").await.body;
    assert!(learn.contains(&format!("/orgs/{org}/measure/indicators?framework={item}")));

    // Every page answers in every language.
    for lang in ["fr", "it", "ar"] {
        let c = app.client();
        c.login("olga@example.org", crate::harness::PASSWORD).await;
        c.jar.add_cookie_str(&format!("bridges_lang={lang}"), &c.base.parse().unwrap());
        for p in ["", "/activities", "/advice", "/indicators", "/series"] {
            let r = c.get(&format!("{base}{p}")).await;
            assert_eq!(r.status, StatusCode::OK, "{lang} {p}");
        }
    }
}
