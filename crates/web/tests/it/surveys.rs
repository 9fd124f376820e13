//! Surveys end to end: made from the instruments, answered anonymously through the public link
//! (a page at a time, no JavaScript), read by community with suppression over the API, imported
//! from real XLSForms and refused the way pyxform refuses, exported back; roles and other
//! organisations kept out; the public path keeps nothing that identifies the respondent.

use crate::harness::{Client, Resp, TestApp};
use crate::on_both_backends;
use bridges_domain::Role;
use reqwest::{Method, StatusCode};

on_both_backends!(
    answered_anonymously_and_read_by_community,
    xlsform_in_and_out_with_roles,
    submissions_imported_from_kobotoolbox,
    surveys_over_the_api
);

/// The shared real forms (never copied into the project).
fn real_form(name: &str) -> Vec<u8> {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/xlsform").join(name);
    let path = if here.exists() { here } else { std::path::Path::new("/work/shared/xlsform").join(name) };
    std::fs::read(&path).unwrap_or_else(|e| panic!("the shared XLSForms are needed at {}: {e}", path.display()))
}

fn survey_id(location: &str) -> String {
    location.rsplit('/').next().unwrap().split('?').next().unwrap().to_string()
}

/// Answers the public survey at `link` as one respondent, page after page, with `answers`: the
/// last answer (the thank-you page, or the first page refused).
async fn answer_until_done(public: &Client, link: &str, answers: &[(&str, &str)]) -> Resp {
    let page = public.get(link).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let mut fields: Vec<(&str, String)> = answers.iter().map(|(k, v)| (*k, v.to_string())).collect();
    fields.push(("step", "0".into()));
    for _ in 0..10 {
        let sent: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let r = public.post_form(link, &sent).await;
        if r.status != StatusCode::OK || r.body.contains("id=\"survey-done\"") {
            return r;
        }
        let at = r.body.find("name=\"step\" value=\"").unwrap() + "name=\"step\" value=\"".len();
        let next: String = r.body[at..].chars().take_while(|c| c.is_ascii_digit()).collect();
        fields.retain(|(k, _)| *k != "step");
        fields.push(("step", next));
    }
    panic!("the survey never ends");
}

/// Answers the public survey and expects the thank-you page.
pub(crate) async fn answer(public: &Client, link: &str, answers: &[(&str, &str)]) -> String {
    let r = answer_until_done(public, link, answers).await;
    assert!(r.status == StatusCode::OK && r.body.contains("id=\"survey-done\""), "{} {}", r.status, r.body);
    r.body
}

/// Every file of the data folder, as bytes, for looking for what must not be there.
fn data_files(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(data_files(&path));
        } else if let Ok(bytes) = std::fs::read(&path) {
            out.push((path, bytes));
        }
    }
    out
}

/// The public link keeps no address and no invitation code in the clear; an invitation code
/// answers once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_public_link_keeps_nothing_that_identifies_the_respondent() {
    let app = TestApp::sqlite().await;
    let (coordinator, org) = app.set_up("Org A", "olga@example.org").await;
    let surveys = format!("/orgs/{org}/measure/surveys");
    let r = coordinator.post_form(&surveys, &[("instrument", "belonging"), ("invitation_only", "1")]).await;
    let id = survey_id(&r.location());
    let codes = coordinator.post_form(&format!("{surveys}/{id}/invitations"), &[("count", "2")]).await;
    assert_eq!(codes.status, StatusCode::OK);
    let codes: Vec<String> = codes.body.lines().skip(1).map(str::to_string).collect();
    assert_eq!(codes.len(), 2, "{codes:?}");
    let page = coordinator.get(&format!("{surveys}/{id}")).await;
    let at = page.body.find("href=\"/s/").unwrap() + "href=\"/s/".len();
    let link = format!("/s/{}/en", page.body[at..].split(['/', '"']).next().unwrap());

    let address = "203.0.113.77";
    let public = Client::at_address(&app.base, address);
    let answers = |code: &'static str| vec![("community", "receiving"), ("belonging_part", "4"), ("invitation", code)];
    let code: &'static str = Box::leak(codes[0].clone().into_boxed_str());
    let r = answer_until_done(&public, &link, &answers("NOPE-NOPE")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a wrong code");
    assert!(r.body.contains("not valid or was already used"), "{}", r.body);
    answer(&public, &link, &answers(code)).await;
    // The same code again, typed another way: refused.
    let lower: &'static str = Box::leak(code.to_lowercase().replace('-', " ").into_boxed_str());
    let r = answer_until_done(&public, &link, &answers(lower)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a used code");

    let listed = coordinator.api(Method::GET, &format!("/api/v1/orgs/{org}/surveys"), None).await.json();
    assert_eq!(listed[0]["responses"]["value"], 1.0);
    for (path, bytes) in data_files(app.data_dir()) {
        for secret in [address, code] {
            let found = bytes.windows(secret.len()).any(|w| w == secret.as_bytes());
            assert!(!found, "{secret} is kept in {}", path.display());
        }
    }
    app.finish().await;
}

async fn answered_anonymously_and_read_by_community(app: &TestApp) {
    let (coordinator, org) = app.set_up("Org A", "olga@example.org").await;
    let viewer = app.member(org, "vic@example.org", Role::Viewer).await;
    let volunteer = app.member(org, "vera@example.org", Role::Volunteer).await;
    let surveys = format!("/orgs/{org}/measure/surveys");

    // Only a coordinator makes surveys; at least one questionnaire is needed.
    let r = volunteer.post_form(&surveys, &[("instrument", "who5")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = coordinator.post_form(&surveys, &[("title", "Spring")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Choose at least one questionnaire"), "{}", r.body);
    let r = coordinator
        .post_form(
            &surveys,
            &[
                ("title", "Spring"),
                ("instrument", "contact"),
                ("instrument", "thermometer"),
                ("instrument", "who5"),
                ("instrument", "perceived"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id = survey_id(&r.location());
    let page = coordinator.get(&format!("{surveys}/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let at = page.body.find("href=\"/s/").unwrap() + "href=\"".len();
    let link: String = page.body[at..].chars().take_while(|c| *c != '"').collect();
    let base = link.trim_end_matches(|c: char| c != '/').trim_end_matches('/').to_string();
    assert!(base.starts_with("/s/srv_"), "{base}");
    // A viewer sees the survey but not its link.
    let seen = viewer.get(&format!("{surveys}/{id}")).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert!(!seen.body.contains("/s/srv_"));

    // The actual figure perceived employment is compared with.
    let r = coordinator
        .post_form(&format!("{surveys}/{id}/figures/employment"), &[("actual", "150"), ("source", "x")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = coordinator
        .post_form(&format!("{surveys}/{id}/figures/employment"), &[("actual", "58"), ("source", "Labour survey 2025")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // Twelve residents and three newcomers answer anonymously, in Arabic and English.
    let public = app.client();
    for i in 0..12 {
        let lang = if i % 2 == 0 { "ar" } else { "en" };
        let done = answer(
            &public,
            &format!("{base}/{lang}"),
            &[
                ("community", "receiving"),
                ("contact_work", "2"),
                ("contact_pleasant", if i < 6 { "4" } else { "6" }),
                ("contact_equal", "5"),
                ("feeling_arriving", "50"),
                ("feeling_receiving", "80"),
                ("who5_1", "3"),
                ("who5_2", "3"),
                ("who5_3", "2"),
                ("who5_4", "2"),
                ("who5_5", "3"),
                ("estimate_employment", "30"),
            ],
        )
        .await;
        if lang == "ar" {
            assert!(done.contains("dir=\"rtl\""), "the Arabic page is right to left");
        }
    }
    for _ in 0..3 {
        answer(&public, &format!("{base}/en"), &[("community", "arriving"), ("feeling_receiving", "70")]).await;
    }

    // A wrong answer is named beside its question and nothing is stored.
    public.get(&format!("{base}/en")).await;
    let r = public.post_form(&format!("{base}/en"), &[("step", "0"), ("community", "somewhere")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);

    let by_community = || async {
        let r =
            coordinator.api(Method::GET, &format!("/api/v1/orgs/{org}/surveys/{id}/results?by=community"), None).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        r.json()
    };
    let score = |json: &serde_json::Value, name: &str| {
        json["scores"].as_array().unwrap().iter().find(|s| s["score"]["name"] == name).unwrap().clone()
    };
    let json = by_community().await;
    assert_eq!(json["total"]["value"], 15.0, "{json}");
    // Three newcomers are fewer than k = 10; the residents' 12 is hidden with them, or it could be
    // had as 15 minus 3 … and every figure of theirs too, or it could be had from everyone's.
    assert_eq!(json["groups"][0]["n"]["shown"], "fewer-than", "{json}");
    assert_eq!(json["groups"][1]["n"]["shown"], "hidden", "{json}");
    let who5 = score(&json, "who5");
    for group in 0..2 {
        assert_eq!(who5["means"][group], serde_json::json!({ "suppressed": true, "k": 10 }), "{who5}");
    }
    assert_eq!(who5["difference"], serde_json::json!({ "suppressed": true, "k": 10 }));
    // Everyone together: the twelve residents' WHO-5, 3+3+2+2+3 = 13, times 4 = 52.
    let all =
        coordinator.api(Method::GET, &format!("/api/v1/orgs/{org}/surveys/{id}/results?by=all"), None).await.json();
    assert_eq!(score(&all, "who5")["means"][0]["n"], 12, "{all}");
    assert_eq!(score(&all, "who5")["means"][0]["mean"], 52.0);

    // Ten more newcomers, who answer WHO-5: enough to compare.
    for _ in 0..10 {
        let mut fields = vec![("community", "arriving"), ("feeling_receiving", "70")];
        fields.extend((1..=5).map(|i| (["who5_1", "who5_2", "who5_3", "who5_4", "who5_5"][i - 1], "5")));
        answer(&public, &format!("{base}/en"), &fields).await;
    }
    let json = by_community().await;
    let who5 = score(&json, "who5");
    let (arriving, receiving) = (&who5["means"][0], &who5["means"][1]);
    assert_eq!(
        (arriving["n"].clone(), arriving["mean"].clone()),
        (serde_json::json!(10), serde_json::json!(100.0)),
        "{who5}"
    );
    assert_eq!((receiving["n"].clone(), receiving["mean"].clone()), (serde_json::json!(12), serde_json::json!(52.0)));
    assert_eq!(who5["difference"]["estimate"], 48.0, "arriving minus receiving: {who5}");
    assert!(who5["difference"]["ci_low"].as_f64().unwrap() <= 48.0);
    let warmth =
        json["scores"].as_array().unwrap().iter().find(|s| s["score"]["name"] == "thermometer_receiving").unwrap();
    assert_eq!(warmth["means"][1]["mean"], 80.0, "{warmth}");
    assert_eq!(warmth["means"][1]["ci_low"], 80.0, "every resident said 80: no spread");
    // Contact quality needs all five of its items: nobody gave them, so there is no score.
    let quality = json["scores"].as_array().unwrap().iter().find(|s| s["score"]["name"] == "contact_quality").unwrap();
    assert_eq!(quality["means"][1]["suppressed"], true, "{quality}");
    let employment =
        json["scores"].as_array().unwrap().iter().find(|s| s["score"]["name"] == "perceived_employment").unwrap();
    assert_eq!(employment["figure"]["actual"], 58.0);
    // Only residents estimated it: the gap is read for everyone together.
    assert_eq!(score(&all, "perceived_employment")["gaps"][0]["gap"], -28.0, "{all}");
    assert!(employment["gaps"][1]["suppressed"] == true, "no newcomer estimated it, so neither side is shown");

    // An instrument's score is the source of an indicator: residents' wellbeing, month by month.
    let indicators = format!("/api/v1/orgs/{org}/indicators");
    let wrong = serde_json::json!({ "name": "Wellbeing", "source": "manual", "survey": id, "score": "who5" });
    let r = coordinator.api(Method::POST, &indicators, Some(wrong)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let missing = serde_json::json!({ "name": "Wellbeing", "source": "survey-score" });
    assert_eq!(
        coordinator.api(Method::POST, &indicators, Some(missing)).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let body = serde_json::json!({
        "name": "Residents' wellbeing (WHO-5)", "source": "survey-score", "survey": id, "score": "who5",
        "group": "receiving", "period": "month", "target": 60, "unit": "points"
    });
    let r = coordinator.api(Method::POST, &indicators, Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let indicator = r.json()["id"].as_str().unwrap().to_string();
    let read = viewer.api(Method::GET, &format!("{indicators}/{indicator}"), None).await.json();
    let month = app.clock_now().format("%Y-%m").to_string();
    let point = read["series"].as_array().unwrap().iter().find(|p| p["period"] == month.as_str()).unwrap();
    assert_eq!(point["value"]["value"], 52.0, "{read}");
    assert_eq!(point["n"]["value"], 12.0, "{read}");
    assert_eq!(read["score"], "who5");

    // The results page reads the same, and a viewer may read it too.
    let page = viewer.get(&format!("{surveys}/{id}/results?by=community")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<svg"), "a chart");
    assert!(page.body.contains("fewer than 10"));

    // Responses are sealed at rest and their export is audited; viewers may not export them.
    assert_eq!(viewer.get(&format!("{surveys}/{id}/responses.csv")).await.status, StatusCode::FORBIDDEN);
    let csv = coordinator.get(&format!("{surveys}/{id}/responses.csv")).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(csv.body.lines().count(), 26, "{}", csv.body);
    let audit = coordinator.get(&format!("/orgs/{org}/audit")).await;
    assert!(audit.body.contains("survey responses"), "the export is in the audit log");

    // Another organisation's member finds nothing.
    let other = app.other_org("Org B", "bea@example.org").await;
    let stranger = app.member(other, "bob@example.org", Role::Coordinator).await;
    assert_eq!(stranger.get(&format!("{surveys}/{id}")).await.status, StatusCode::NOT_FOUND);
    let r = stranger.api(Method::GET, &format!("/api/v1/orgs/{org}/surveys/{id}/results"), None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // A closed survey takes no more answers.
    let r = coordinator.post_form(&format!("{surveys}/{id}/status"), &[("open", "0")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let closed = app.client();
    assert_eq!(closed.get(&format!("{base}/en")).await.status, StatusCode::CONFLICT, "a closed survey says so at once");
    let r = closed.post_form(&format!("{base}/en"), &[("step", "0"), ("community", "arriving")]).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    let again = coordinator.api(Method::GET, &format!("/api/v1/orgs/{org}/surveys"), None).await.json();
    assert_eq!(again[0]["responses"]["value"], 25.0, "{again}");
}

async fn xlsform_in_and_out_with_roles(app: &TestApp) {
    let (coordinator, org) = app.set_up("Org A", "olga@example.org").await;
    let staff = app.member(org, "sam@example.org", Role::Staff).await;
    let import = format!("/orgs/{org}/measure/surveys/import");
    let r = staff.upload(&import, "form.xlsx", real_form("text_and_integer.xlsx"), &[]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // A duplicated column is refused the way pyxform refuses it, by sheet, row and column.
    let r = coordinator.upload(&import, "dup.xlsx", real_form("duplicate_columns.xlsx"), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("duplicate column header"), "{}", r.body);
    // A type bridges cannot ask is named with its row.
    let r = coordinator.upload(&import, "ucl.xlsx", real_form("UCL_Biomass_Plot_Form.xlsx"), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("cannot ask this type"), "{}", r.body);
    // Not a workbook at all.
    let r = coordinator.upload(&import, "x.xlsx", b"PK\x03\x04garbage".to_vec(), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let listed = coordinator.api(Method::GET, &format!("/api/v1/orgs/{org}/surveys"), None).await.json();
    assert_eq!(listed.as_array().unwrap().len(), 0, "nothing half-imported");

    let r = coordinator.upload(&import, "yes.xlsx", real_form("yes_or_no_question.xlsx"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id = survey_id(&r.location());
    let listed = coordinator.api(Method::GET, &format!("/api/v1/orgs/{org}/surveys"), None).await.json();
    assert_eq!(listed[0]["questions"], 1);
    assert_eq!(listed[0]["choices"], 2);
    assert_eq!(listed[0]["languages"], serde_json::json!(["english"]));

    // Exported, the form imports back with the same questions, choices and languages.
    let book = coordinator.get_bytes(&format!("/orgs/{org}/measure/surveys/{id}/xlsform.xlsx")).await;
    let r = coordinator.upload(&import, "back.xlsx", book, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let listed = coordinator.api(Method::GET, &format!("/api/v1/orgs/{org}/surveys"), None).await.json();
    assert_eq!(listed[0]["questions"], listed[1]["questions"]);
    assert_eq!(listed[0]["choices"], listed[1]["choices"]);
    assert_eq!(listed[0]["languages"], listed[1]["languages"]);

    // Staff type in a paper form.
    let entry = format!("/orgs/{org}/measure/surveys/{id}/entry");
    assert_eq!(staff.get(&entry).await.status, StatusCode::OK);
    let r = staff.post_form(&entry, &[("step", "0"), ("good_day", "nonsense")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
}

async fn submissions_imported_from_kobotoolbox(app: &TestApp) {
    let (coordinator, org) = app.set_up("Org A", "olga@example.org").await;
    let staff = app.member(org, "sam@example.org", Role::Staff).await;
    let viewer = app.member(org, "vic@example.org", Role::Viewer).await;
    let surveys = format!("/orgs/{org}/measure/surveys");
    let r = coordinator.post_form(&surveys, &[("instrument", "who5")]).await;
    let id = survey_id(&r.location());
    let import = format!("{surveys}/{id}/import");
    // KoboToolbox's CSV: semicolons, group paths, its own columns; a per-choice column is skipped.
    let header = "start;end;community;who5/who5_1;who5/who5_2;who5/who5_3;who5/who5_4;who5/who5_5;meta/instanceID;_id;_uuid;_submission_time;_index";
    let good = format!(
        "{header}\n\
         2026-02-01T10:00:00.000+01:00;2026-02-01T10:05:00.000+01:00;receiving;3;3;2;2;3;uuid:a1;1;a1;2026-02-01T09:05:11;1\n\
         2026-02-02T10:00:00.000+01:00;2026-02-02T10:05:00.000+01:00;arriving;5;5;5;5;5;uuid:a2;2;a2;2026-02-02T09:05:11;2\n"
    );
    let bad = format!("{good}2026-02-03T10:00:00;2026-02-03T10:05:00;receiving;9;3;2;2;3;uuid:a3;3;a3;2026-02-03;3\n");
    let r = viewer.upload(&import, "kobo.csv", good.clone().into_bytes(), &[]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = staff.upload(&import, "kobo.csv", bad.into_bytes(), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains(">4</td>") && r.body.contains("who5_1"), "the bad row by line and column: {}", r.body);
    let unknown = "community;shoe_size\nreceiving;42\n";
    let r = staff.upload(&import, "x.csv", unknown.as_bytes().to_vec(), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("shoe_size"));
    let listed = || async { coordinator.api(Method::GET, &format!("/api/v1/orgs/{org}/surveys"), None).await.json() };
    assert_eq!(listed().await[0]["responses"]["value"], 0.0, "nothing half-imported");

    let r = staff.upload(&import, "kobo.csv", good.clone().into_bytes(), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(r.location().contains("rows=2&added=2"), "{}", r.location());
    // The same export again, with the new answers it gathered since: the old rows are skipped.
    let r = staff.upload(&import, "kobo.csv", good.into_bytes(), &[]).await;
    assert!(r.location().contains("rows=2&added=0"), "{}", r.location());
    // bridges' own export imports back into the same survey without doubling anything.
    let csv = staff.get(&format!("{surveys}/{id}/responses.csv")).await;
    let r = staff.upload(&import, "own.csv", csv.body.into_bytes(), &[]).await;
    assert!(r.location().contains("added=0"), "{} {}", r.status, r.location());
    assert_eq!(listed().await[0]["responses"]["value"], 2.0);
    let results =
        coordinator.api(Method::GET, &format!("/api/v1/orgs/{org}/surveys/{id}/results?by=all"), None).await.json();
    let who5 = &results["scores"][0];
    assert_eq!(who5["score"]["name"], "who5");
    assert_eq!(who5["means"][0], serde_json::json!({ "suppressed": true, "k": 10 }), "two people are fewer than k");
}

async fn surveys_over_the_api(app: &TestApp) {
    let (coordinator, org) = app.set_up("Org A", "olga@example.org").await;
    let staff = app.member(org, "sam@example.org", Role::Staff).await;
    let viewer = app.member(org, "vic@example.org", Role::Viewer).await;
    let surveys = format!("/api/v1/orgs/{org}/surveys");
    let body = serde_json::json!({ "title": "Autumn", "instruments": ["who5", "belonging"], "waves": true });
    assert_eq!(staff.api(Method::POST, &surveys, Some(body.clone())).await.status, StatusCode::FORBIDDEN);
    let bad = serde_json::json!({ "instruments": ["who5", "horoscope"] });
    assert_eq!(coordinator.api(Method::POST, &surveys, Some(bad)).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = coordinator.api(Method::POST, &surveys, Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let id = r.json()["id"].as_str().unwrap().to_string();
    let survey = viewer.api(Method::GET, &format!("{surveys}/{id}"), None).await.json();
    assert_eq!(survey["title"], "Autumn");
    assert_eq!(survey["waves"], true);
    assert_eq!(survey["languages"].as_array().unwrap().len(), 8);
    assert_eq!(survey["form"]["community"], "community");

    let responses = format!("{surveys}/{id}/responses");
    let answer = |who5: &str, wave: &str, code: &str| {
        serde_json::json!({
            "answers": { "community": "arriving", "who5_1": who5, "who5_2": "3", "who5_3": "3", "who5_4": "3", "who5_5": "3" },
            "wave": wave, "respondent": code
        })
    };
    // An answer off the scale is named with its question; a missing wave is named too.
    let r = staff.api(Method::POST, &responses, Some(answer("9", "", "AB-04"))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let fields: Vec<String> =
        r.json()["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap().to_string()).collect();
    assert!(fields.contains(&"answers.who5_1".to_string()) && fields.contains(&"wave".to_string()), "{fields:?}");
    assert_eq!(
        viewer.api(Method::POST, &responses, Some(answer("3", "before", "AB-04"))).await.status,
        StatusCode::FORBIDDEN
    );
    for (who5, wave) in [("2", "before"), ("4", "after")] {
        let r = staff.api(Method::POST, &responses, Some(answer(who5, wave, "ab 04"))).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    }
    // Read back by staff (and audited), never by a viewer; the respondent's code is not kept.
    assert_eq!(viewer.api(Method::GET, &responses, None).await.status, StatusCode::FORBIDDEN);
    let list = staff.api(Method::GET, &responses, None).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(!list.body.contains("AB") && !list.body.contains("ab 04"), "{}", list.body);
    let list = list.json();
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[0]["paired"], true);
    assert_eq!(list[0]["answers"]["who5_1"], "2");
    // The two waves, and one pair (too few to show).
    let results = viewer.api(Method::GET, &format!("{surveys}/{id}/results?by=wave"), None).await.json();
    let who5 = results["scores"].as_array().unwrap().iter().find(|s| s["score"]["name"] == "who5").unwrap();
    assert_eq!(who5["paired"], serde_json::json!({ "suppressed": true, "k": 10 }), "{who5}");
    assert_eq!(
        viewer.api(Method::GET, &format!("{surveys}/{id}/results?by=star-sign"), None).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    // Two responses: a viewer is told "fewer than 10", and may not narrow the days (two windows a
    // day apart would give one person's answers); staff may.
    let listed = viewer.api(Method::GET, &surveys, None).await.json();
    assert_eq!(listed[0]["responses"], serde_json::json!({ "fewer_than": 10 }), "{listed}");
    let window = format!("{surveys}/{id}/results?by=all&from=2020-01-01&to=2030-12-31");
    assert_eq!(viewer.api(Method::GET, &window, None).await.status, StatusCode::FORBIDDEN);
    assert_eq!(staff.api(Method::GET, &window, None).await.status, StatusCode::OK);
}
