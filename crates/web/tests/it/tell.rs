//! Tell end to end: a project's impact report as a page, a PDF (its text read back with
//! `pdftotext`, in English and in Arabic) and an HTML file; publishing the public page, its
//! charts, open data and myth-buster card, read logged out; who may do what; nothing under k
//! reaches the public.

use crate::harness::{Client, TestApp};
use crate::on_both_backends;
use crate::surveys::answer;
use bridges_domain::Role;
use reqwest::{Method, StatusCode};

on_both_backends!(reports_and_public_pages);

/// The text of a PDF, as `pdftotext` reads it (Debian's poppler-utils, installed by `.ci/run`).
pub(crate) fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext is needed (Debian's poppler-utils)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // The isolates around each value of a message are in the text layer too; they are not read.
    String::from_utf8(out.stdout).unwrap().replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'], "")
}

fn activity<'a>(date: &'a str, attendees: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("date", date),
        ("time", "18:00"),
        ("activity_kind", "session"),
        ("title", "Homework club"),
        ("attendees", attendees),
    ]
}

/// A project "Homework clubs" with an objective served by an attendance indicator, 23 attendances
/// in February and 4 in January, and a perceived-versus-actual survey twelve residents answered.
async fn a_project_with_outcomes(app: &TestApp, coordinator: &Client, org: &str) -> (String, String) {
    let project =
        coordinator.post_form(&format!("/orgs/{org}/projects"), &[("title", "Homework clubs")]).await.location();
    let project_id = project.rsplit('/').next().unwrap().to_string();
    let r = coordinator
        .post_form(
            &format!("{project}/objectives"),
            &[("kind", "objective"), ("text", "Children keep up at school"), ("measure", "Attendance")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let body = serde_json::json!({"name": "People attending", "source": "attendance", "period": "month",
        "baseline": 10, "target": 30, "unit": "people", "project": project_id});
    let r = coordinator.api(Method::POST, &format!("/api/v1/orgs/{org}/indicators"), Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    for (date, n) in [("2026-02-10", "15"), ("2026-02-17", "8"), ("2026-01-20", "4")] {
        let mut form = activity(date, n);
        form.push(("project", project_id.as_str()));
        let r = coordinator.post_form(&format!("/orgs/{org}/measure/activities"), &form).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let surveys = format!("/orgs/{org}/measure/surveys");
    let r = coordinator
        .post_form(&surveys, &[("title", "What people think"), ("instrument", "perceived"), ("project", &project_id)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let survey = r.location().rsplit('/').next().unwrap().to_string();
    let r = coordinator
        .post_form(
            &format!("{surveys}/{survey}/figures/employment"),
            &[("actual", "58"), ("source", "Labour survey 2025")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = coordinator.get(&format!("{surveys}/{survey}")).await.body;
    let at = page.find("href=\"/s/").unwrap() + "href=\"".len();
    let link: String = page[at..].chars().take_while(|c| *c != '"').collect();
    let public = app.client();
    for _ in 0..12 {
        answer(&public, &link, &[("community", "receiving"), ("estimate_employment", "30")]).await;
    }
    let all = coordinator.api(Method::GET, &format!("/api/v1/orgs/{org}/surveys/{survey}/results?by=all"), None).await;
    eprintln!("DEBUG {}", all.body);
    (project_id, survey)
}

async fn reports_and_public_pages(app: &TestApp) {
    let (coordinator, org) = app.set_up("Org A", "olga@example.org").await;
    let staff = app.member(org, "sam@example.org", Role::Staff).await;
    let viewer = app.member(org, "vic@example.org", Role::Viewer).await;
    let org = org.to_string();
    let (project, _) = a_project_with_outcomes(app, &coordinator, &org).await;
    let tell = format!("/orgs/{org}/tell");
    let query = format!("project={project}&from=2026-01-01&to=2026-02-28");

    // The report as a page: the plan's objective, the indicator, what was done, the myth.
    let r = coordinator.get(&format!("{tell}/report?{query}&audience=team")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    for expected in ["Homework clubs", "Children keep up at school", "People attending", "Labour survey 2025"] {
        assert!(r.body.contains(expected), "{expected} in the report");
    }

    // The PDF holds the title and the indicator's values, in English and in Arabic.
    let pdf = coordinator.get_bytes(&format!("{tell}/report.pdf?{query}&lang=en")).await;
    assert!(pdf.starts_with(b"%PDF"), "a PDF");
    let text = pdf_text(&pdf);
    assert!(text.contains("Homework clubs"), "{text}");
    assert!(text.contains("People attending"), "{text}");
    assert!(text.contains("23"), "February's attendance: {text}");
    assert!(text.contains("fewer than 10"), "January's 4 is withheld for the public: {text}");
    let pdf = coordinator.get_bytes(&format!("{tell}/report.pdf?{query}&lang=ar")).await;
    let text = pdf_text(&pdf);
    assert!(text.contains("Homework clubs") && text.contains("23"), "{text}");
    assert!(text.contains("تقرير"), "the Arabic words of the report: {text}");

    // The standalone HTML.
    let r = coordinator.get(&format!("{tell}/report.html?{query}&lang=ar")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.starts_with("<!doctype html>") || r.body.starts_with("<!DOCTYPE html>"), "{}", &r.body[..50]);
    assert!(r.body.contains("dir=\"rtl\""));

    // Exact counts are for staff; a viewer gets the public report only.
    assert_eq!(viewer.get(&format!("{tell}/report?{query}")).await.status, StatusCode::OK);
    let r = viewer.get(&format!("{tell}/report?{query}&audience=team")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = coordinator.get(&format!("{tell}/report?project={project}&from=2026-03-01&to=2026-01-01")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("The end comes before the start."), "{}", r.body);
    let r = coordinator.get(&format!("{tell}/report?project=not-an-id")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Before publishing there is no public page; the team's preview says it is a draft.
    let preview = staff.get(&format!("{tell}/projects/{project}/preview")).await;
    assert_eq!(preview.status, StatusCode::OK);
    assert!(preview.body.contains("not published"), "{}", preview.body);
    assert_eq!(app.client().get(&format!("{tell}/projects/{project}/preview")).await.status, StatusCode::SEE_OTHER);
    assert_eq!(viewer.get(&format!("{tell}/projects/{project}/preview")).await.status, StatusCode::FORBIDDEN);
    let publish = format!("{tell}/projects/{project}/publication");
    assert_eq!(
        staff.post_form(&publish, &[("published", "true"), ("licence", "CC-BY-4.0")]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        coordinator.post_form(&publish, &[("published", "true"), ("licence", "GPL")]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let r = coordinator.post_form(&publish, &[("published", "true"), ("licence", "CC-BY-4.0")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let status =
        coordinator.api(Method::GET, &format!("/api/v1/orgs/{org}/projects/{project}/publication"), None).await;
    let url = status.json()["url"].as_str().unwrap().to_string();
    let path = url[url.find("/p/").unwrap()..].to_string();

    // Logged out: the page, its charts, its open data and the myth-buster card.
    let public = app.client();
    let page = public.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Homework clubs") && page.body.contains("og:title"), "{}", page.body);
    assert!(!page.body.contains("<script"), "no script on the public page");
    let chart = page.body.find("/charts/indicator-").map(|i| {
        let rest = &page.body[i..];
        rest[..rest.find(".svg").unwrap()].to_string()
    });
    let chart = chart.expect("a chart to reuse");
    let svg = public.get(&format!("{path}{chart}.svg")).await;
    assert_eq!(svg.status, StatusCode::OK);
    assert!(svg.content_type().starts_with("image/svg+xml") && svg.body.contains("<svg"));
    let png = public.get_bytes(&format!("{path}{chart}.png")).await;
    assert!(png.starts_with(b"\x89PNG"));
    let package = public.get(&format!("{path}/data/datapackage.json")).await;
    assert_eq!(package.status, StatusCode::OK);
    let package = package.json();
    assert_eq!(package["resources"].as_array().unwrap().len(), 4, "{package}");
    let csv = public.get(&format!("{path}/data/indicators.csv")).await.body;
    assert!(csv.contains("People attending") && csv.contains(",23,"), "{csv}");
    let january = csv.lines().find(|l| l.contains("2026-01")).unwrap();
    assert!(!january.contains(",4,") && january.contains("true"), "January's 4 is withheld: {january}");
    let card = public.get(&format!("{path}/myths/employment?lang=ar")).await;
    assert_eq!(card.status, StatusCode::OK, "{}", card.body);
    assert!(card.body.contains("dir=\"rtl\"") && card.body.contains("og:image"));
    let card_png = public.get_bytes(&format!("{path}/myths/employment.png")).await;
    assert!(card_png.starts_with(b"\x89PNG"));
    assert_eq!(public.get(&format!("{path}/myths/nothing")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(public.get(&format!("{path}/data/passwords.csv")).await.status, StatusCode::NOT_FOUND);

    // Another organisation cannot publish it, or read its report.
    app.other_org("Org B", "bea@example.org").await;
    let stranger = app.client();
    stranger.login("bea@example.org", crate::harness::PASSWORD).await;
    assert_eq!(stranger.get(&format!("{tell}/report?{query}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        stranger.post_form(&publish, &[("published", "false"), ("licence", "CC0-1.0")]).await.status,
        StatusCode::NOT_FOUND
    );

    // Taken down: the public page and its files are gone.
    let r = coordinator.post_form(&publish, &[("published", "false"), ("licence", "CC-BY-4.0")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(public.get(&path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(public.get(&format!("{path}/data/indicators.csv")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.client().get("/p/00000000000000000000000000000000").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.client().get("/p/..%2F..").await.status, StatusCode::NOT_FOUND);
}

/// A shown count of people: 0, or at least k, or withheld.
fn allowed(shown: &serde_json::Value, k: f64) -> bool {
    shown["shown"] != "exact" || shown["value"].as_f64().is_none_or(|v| v == 0.0 || v >= k)
}

/// Every count of people in a report made for the public is 0, at least k, or withheld.
fn no_small_count(report: &serde_json::Value, k: f64) {
    let check = |shown: &serde_json::Value, what: &str| assert!(allowed(shown, k), "{what} under {k}: {shown}");
    for line in report["work"].as_array().unwrap() {
        let key = line["key"].as_str().unwrap();
        if ["attendance", "people-advised", "advice-occasions"].iter().any(|p| key.ends_with(p)) {
            check(&line["current"], key);
            check(&line["previous"], key);
        }
    }
    for section in report["objectives"].as_array().unwrap() {
        for line in section["indicators"].as_array().unwrap() {
            let people =
                ["attendance", "people-advised", "advice-occasions"].contains(&line["source"].as_str().unwrap());
            for p in line["points"].as_array().unwrap().iter().chain([&line["current"], &line["previous"]]) {
                check(&p["n"], "an indicator's n");
                if people {
                    check(&p["value"], "an indicator's value");
                }
            }
        }
    }
    for pairs in report["pairs"].as_array().unwrap() {
        for field in ["meeting", "quiet", "closed", "waiting", "rated"] {
            check(&pairs[field], field);
        }
    }
    for survey in report["surveys"].as_array().unwrap() {
        check(&survey["responses"], "responses");
    }
}

/// Over generated months of activities and advice, with either threshold: nothing made for
/// someone outside the team — the report a viewer reads, the public page's open data — holds a
/// count of people between 1 and k − 1.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_under_k_reaches_the_public() {
    use proptest::strategy::{Strategy, ValueTree};
    let app = TestApp::sqlite().await;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let cases =
        (proptest::collection::vec(proptest::collection::vec(0u32..=25, 1..=3), 2), 0usize..=12, proptest::bool::ANY);
    for case in 0..8 {
        let (months, advised, low_threshold) = cases.new_tree(&mut runner).unwrap().current();
        let owner = format!("owner{case}@example.org");
        let org = app.other_org(&format!("Org {case}"), &owner).await;
        let coordinator = app.client();
        coordinator.login(&owner, crate::harness::PASSWORD).await;
        let viewer = app.member(org, &format!("viewer{case}@example.org"), Role::Viewer).await;
        let org = org.to_string();
        let k = if low_threshold { 5.0 } else { 10.0 };
        let r =
            coordinator.post_form(&format!("/orgs/{org}/measure/threshold"), &[("threshold", &k.to_string())]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let project = coordinator.post_form(&format!("/orgs/{org}/projects"), &[("title", "Clubs")]).await.location();
        let project = project.rsplit('/').next().unwrap().to_string();
        for source in ["attendance", "people-advised"] {
            let body = serde_json::json!({"name": source, "source": source, "period": "month", "project": project});
            let r = coordinator.api(Method::POST, &format!("/api/v1/orgs/{org}/indicators"), Some(body)).await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        }
        for (m, sessions) in months.iter().enumerate() {
            let date = format!("2026-0{}-1{}", m + 1, m);
            for n in sessions {
                let n = n.to_string();
                let mut form = activity(&date, &n);
                form.push(("project", project.as_str()));
                let r = coordinator.post_form(&format!("/orgs/{org}/measure/activities"), &form).await;
                assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
            }
        }
        for i in 0..advised {
            let client = format!("C-{i}");
            let form = [
                ("client", client.as_str()),
                ("date", "2026-02-20"),
                ("topic", "housing"),
                ("outcome", "resolved"),
                ("project", project.as_str()),
            ];
            let r = coordinator.post_form(&format!("/orgs/{org}/measure/advice"), &form).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        }
        let report = viewer
            .api(
                Method::GET,
                &format!("/api/v1/orgs/{org}/report?project={project}&from=2026-01-01&to=2026-02-28"),
                None,
            )
            .await;
        assert_eq!(report.status, StatusCode::OK, "{}", report.body);
        no_small_count(&report.json(), k);
        let publish = format!("/orgs/{org}/tell/projects/{project}/publication");
        coordinator.post_form(&publish, &[("published", "true"), ("licence", "CC0-1.0")]).await;
        let status =
            coordinator.api(Method::GET, &format!("/api/v1/orgs/{org}/projects/{project}/publication"), None).await;
        let url = status.json()["url"].as_str().unwrap().to_string();
        let path = url[url.find("/p/").unwrap()..].to_string();
        let rows = app.client().get(&format!("{path}/data/indicators.json")).await.json();
        for row in rows.as_array().unwrap() {
            for field in ["value", "n"] {
                let v = row[field].as_f64();
                assert!(v.is_none_or(|v| v == 0.0 || v >= k), "open data holds {field} = {v:?} under {k}: {row}");
            }
        }
        let csv = app.client().get(&format!("{path}/data/indicators.csv")).await.body;
        for (m, sessions) in months.iter().enumerate() {
            let total: u32 = sessions.iter().sum();
            if total > 0 && f64::from(total) < k {
                let line =
                    csv.lines().find(|l| l.contains(&format!("2026-0{}", m + 1)) && l.contains("attendance")).unwrap();
                assert!(!line.contains(&format!(",{total},")), "{line}");
            }
        }
    }
    app.finish().await;
}
