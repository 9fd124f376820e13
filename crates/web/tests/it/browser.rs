//! A real Chromium, driven through chromedriver: log in, see the dashboard, switch to Arabic.
//! Ignored by a plain `cargo test`; `.ci/run` runs them with `--ignored` after installing chromium
//! and chromium-driver.

use crate::driver::Driver;
use crate::harness::{TestApp, PASSWORD};
use thirtyfour::prelude::*;

async fn fill(driver: &WebDriver, id: &str, text: &str) {
    driver.find(By::Id(id)).await.unwrap().send_keys(text).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium and chromedriver: run with --ignored"]
async fn logs_in_sees_dashboard_and_reads_it_in_arabic() {
    let browser = Driver::start().await;
    let app = TestApp::sqlite().await;
    let (_, org) = app.set_up("Riverside Welcome Network", "olga@example.org").await;
    let d = &browser.driver;

    d.goto(format!("{}/orgs/{org}", app.base)).await.unwrap();
    // Not logged in: the login page, which then brings us back.
    assert!(d.current_url().await.unwrap().path().starts_with("/login"));
    fill(d, "field-email", "olga@example.org").await;
    fill(d, "field-password", PASSWORD).await;
    d.find(By::Css("main form button[type=submit]")).await.unwrap().click().await.unwrap();

    // Wait for the dashboard to replace the login page.
    d.query(By::Css("dl.facts")).first().await.expect("dashboard shown after login");
    let h1 = d.find(By::Css("main h1")).await.unwrap().text().await.map(plain).unwrap();
    assert_eq!(h1, "Riverside Welcome Network");
    let html = d.find(By::Tag("html")).await.unwrap();
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("ltr"));

    d.find(By::Css(".lang-switch button[value=ar]")).await.unwrap().click().await.unwrap();
    let html = d.query(By::Css("html[lang=ar]")).first().await.expect("page reloaded in Arabic");
    assert_eq!(html.attr("lang").await.unwrap().as_deref(), Some("ar"));
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    assert_eq!(d.find(By::Css("main h1")).await.unwrap().text().await.map(plain).unwrap(), "Riverside Welcome Network");
    // The layout really runs right to left: the account links sit on the left edge.
    let direction: String =
        d.execute("return getComputedStyle(document.body).direction;", vec![]).await.unwrap().convert().unwrap();
    assert_eq!(direction, "rtl");

    // A 360 px phone: nothing scrolls sideways.
    d.set_window_rect(0, 0, 360, 740).await.unwrap();
    assert!(!scrolls_sideways(d).await, "page scrolls sideways at 360 px");

    browser.quit().await;
    app.finish().await;
}

/// Types into the field `name` of the form posting to a path ending in `action`.
async fn type_in(d: &WebDriver, action: &str, name: &str, text: &str) {
    let css = format!("form[action$='{action}'] [name='{name}']");
    d.find(By::Css(css.as_str())).await.unwrap().send_keys(text).await.unwrap();
}

async fn choose(d: &WebDriver, action: &str, name: &str, value: &str) {
    let css = format!("form[action$='{action}'] select[name='{name}']");
    let select =
        thirtyfour::components::SelectElement::new(&d.find(By::Css(css.as_str())).await.unwrap()).await.unwrap();
    select.select_by_value(value).await.unwrap();
}

async fn tick(d: &WebDriver, css: &str) {
    d.find(By::Css(css)).await.unwrap().click().await.unwrap();
}

/// Submits the form posting to a path ending in `action`, then waits for the page it leads to.
async fn submit(d: &WebDriver, action: &str) {
    let css = format!("form[action$='{action}'] button[type=submit]");
    let button = d.find(By::Css(css.as_str())).await.unwrap();
    button.click().await.unwrap();
    button.wait_until().stale().await.unwrap();
}

/// Text as people read it: without the invisible isolates around the values of messages.
fn plain(text: String) -> String {
    text.replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'], "")
}

async fn body_text(d: &WebDriver) -> String {
    d.find(By::Tag("main")).await.unwrap().text().await.map(plain).unwrap()
}

/// A coordinator plans a project through the six steps in the browser, reads whom to approach
/// first and why, and prints the plan.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium and chromedriver: run with --ignored"]
async fn plans_a_project_through_the_six_steps_and_prints_it() {
    let browser = Driver::start().await;
    let app = TestApp::sqlite().await;
    let (_, org) = app.set_up("Riverside Welcome Network", "olga@example.org").await;
    let d = &browser.driver;
    d.goto(format!("{}/login", app.base)).await.unwrap();
    fill(d, "field-email", "olga@example.org").await;
    fill(d, "field-password", PASSWORD).await;
    submit(d, "/login").await;

    d.goto(format!("{}/orgs/{org}/projects", app.base)).await.unwrap();
    type_in(d, "/projects", "title", "Homework clubs").await;
    submit(d, "/projects").await;
    let project = d.current_url().await.unwrap().path().to_string();

    // The project's profile and context.
    d.goto(format!("{}{project}/edit", app.base)).await.unwrap();
    choose(d, "/edit", "history", "new").await;
    choose(d, "/edit", "movement", "settlement").await;
    choose(d, "/edit", "leadership", "co-led").await;
    submit(d, "/edit").await;
    assert!(body_text(d).await.contains("Where immigration is new"));

    // Step 1: a policy area and how the project touches it.
    d.goto(format!("{}{project}/policy-areas", app.base)).await.unwrap();
    tick(d, "input[name=choose][value='policy-areas:education']").await;
    type_in(d, "/policy-areas", "note:policy-areas:education", "Children fall behind at school").await;
    submit(d, "/policy-areas").await;
    // Step 2: a principle.
    d.goto(format!("{}{project}/principles", app.base)).await.unwrap();
    tick(d, "input[name=choose][value='eu-cbp:7']").await;
    submit(d, "/principles").await;
    // Step 3: a claim.
    d.goto(format!("{}{project}/evidence", app.base)).await.unwrap();
    type_in(d, "/evidence", "text", "Pupils have nowhere quiet to study").await;
    submit(d, "/evidence").await;
    // Step 4: three stakeholders and who moves whom.
    d.goto(format!("{}{project}/power", app.base)).await.unwrap();
    for (name, influence, stance, target) in [
        ("Parents' association", "2", "champion", false),
        ("Head teacher", "3", "neutral", false),
        ("City council", "5", "neutral", true),
    ] {
        type_in(d, "/stakeholders", "name", name).await;
        choose(d, "/stakeholders", "influence", influence).await;
        choose(d, "/stakeholders", "stance", stance).await;
        if target {
            tick(d, "form[action$='/stakeholders'] input[name=target]").await;
        }
        submit(d, "/stakeholders").await;
    }
    let option = |name: &'static str| async move {
        for o in d.find_all(By::Css("#field-from option")).await.unwrap() {
            if o.text().await.map(plain).unwrap() == name {
                return o.value().await.unwrap().unwrap();
            }
        }
        panic!("{name} not offered");
    };
    for (from, kind, to) in
        [("Parents' association", "allied-with", "Head teacher"), ("Head teacher", "influences", "City council")]
    {
        let (from, to) = (option(from).await, option(to).await);
        choose(d, "/relations", "from", &from).await;
        choose(d, "/relations", "kind", kind).await;
        choose(d, "/relations", "to", &to).await;
        submit(d, "/relations").await;
    }
    let text = body_text(d).await;
    let first = text.find("Whom to approach first").unwrap();
    assert!(text[first..].starts_with("Whom to approach first\nHead teacher"), "{}", &text[first..first + 120]);
    assert!(
        text.contains("Moves City council directly.")
            && text.contains("Reachable through: Parents' association → Head teacher.")
    );
    // Step 5: a partner who pays for everything.
    d.goto(format!("{}{project}/partnerships", app.base)).await.unwrap();
    type_in(d, "/partnerships", "name", "City education fund").await;
    type_in(d, "/partnerships", "funding_share", "100").await;
    submit(d, "/partnerships").await;
    assert!(body_text(d).await.contains("The funding base is narrow"));
    // Step 6: a setback with the right at stake.
    d.goto(format!("{}{project}/setbacks", app.base)).await.unwrap();
    type_in(d, "/setbacks", "description", "Families face eviction after complaining").await;
    tick(d, "input[name=rights][value='echr-8']").await;
    tick(d, "input[name=legal_support]").await;
    submit(d, "/setbacks").await;

    // The overview counts what the six steps hold, and the plan prints.
    d.goto(format!("{}{project}", app.base)).await.unwrap();
    let overview = body_text(d).await;
    assert!(overview.contains("Approach first: Head teacher"), "{overview}");
    assert!(overview.contains("of 6 qualities"));
    d.goto(format!("{}{project}/plan", app.base)).await.unwrap();
    let plan = body_text(d).await;
    for part in [
        "Children fall behind at school",
        "Pupils have nowhere quiet to study",
        "City education fund",
        "Families face eviction",
    ] {
        assert!(plan.contains(part), "{part} in the printable plan");
    }
    let pdf = d.print_page(thirtyfour::common::print::PrintParameters::default()).await.unwrap();
    assert!(pdf.starts_with(b"%PDF"), "Chromium prints the plan to PDF");
    assert!(pdf.len() > 5_000);

    browser.quit().await;
    app.finish().await;
}

/// A spreadsheet of 500 people: 300 newcomers and 200 volunteers across three districts, with the
/// languages, interests and free times a Brussels buddy scheme might see.
fn five_hundred_people() -> String {
    let newcomer_languages = [
        "ar:native, fr:conversational",
        "uk:native, en:conversational",
        "ti:native",
        "fa:native, en:conversational",
        "es:native, fr:beginner",
    ];
    let volunteer_languages = [
        "nl:native, fr:fluent",
        "fr:native, en:conversational",
        "nl:native, en:fluent, ar:conversational",
        "fr:native, es:fluent",
    ];
    let areas = ["1000", "1030", "1070"];
    let slots = ["mon-evening", "wed-evening", "sat-morning", "sun-afternoon"];
    let interests = ["cooking", "football", "music", "hiking", "chess", "gardening"];
    let mut csv = String::from("side,name,speaks,interests,area,availability,capacity\n");
    for i in 0..500 {
        let (side, languages, capacity) = if i < 300 {
            ("newcomer", newcomer_languages[i % 5], 1)
        } else {
            ("volunteer", volunteer_languages[i % 4], 1 + i % 2)
        };
        csv.push_str(&format!(
            "{side},Person {i:03},\"{languages}\",\"{}, {}\",{},{} {},{capacity}\n",
            interests[i % 6],
            interests[(i / 6) % 6],
            areas[(i / 3) % 3],
            slots[i % 4],
            slots[(i / 4) % 4],
        ));
    }
    csv
}

/// The coordinator's round in Chromium: import 500 people from a spreadsheet, run a round, read
/// why each pair was proposed and why some people wait, accept the pairs, introduce one, and see
/// weeks later that it has gone quiet.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium and chromedriver: run with --ignored"]
async fn a_coordinator_imports_500_people_runs_a_round_and_accepts_the_pairs() {
    let browser = Driver::start().await;
    let app = TestApp::sqlite().await;
    let (_, org) = app.set_up("Riverside Welcome Network", "olga@example.org").await;
    let d = &browser.driver;
    let log_in = || async {
        d.goto(format!("{}/login", app.base)).await.unwrap();
        fill(d, "field-email", "olga@example.org").await;
        fill(d, "field-password", PASSWORD).await;
        submit(d, "/login").await;
    };
    log_in().await;

    d.goto(format!("{}/orgs/{org}/programmes", app.base)).await.unwrap();
    type_in(d, "/programmes", "name", "Brussels buddies").await;
    tick(d, "input[name=kind][value=buddy]").await;
    submit(d, "/programmes").await;
    let programme = d.current_url().await.unwrap().path().to_string();

    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("people.csv");
    std::fs::write(&file, five_hundred_people()).unwrap();
    d.goto(format!("{}{programme}/import", app.base)).await.unwrap();
    d.find(By::Id("field-file")).await.unwrap().send_keys(file.display().to_string()).await.unwrap();
    tick(d, "input[name=consent_recorded]").await;
    submit(d, "/import").await;
    assert!(body_text(d).await.contains("500 people were imported."));

    d.goto(format!("{}{programme}/round", app.base)).await.unwrap();
    submit(d, "/round").await;
    let round = body_text(d).await;
    assert!(round.contains("Yes, proved"), "{round}");
    assert!(round.contains("from 300 newcomers waiting and 200 volunteers with room"), "{round}");
    let first = d.find(By::Css("#proposals tbody tr")).await.unwrap().text().await.map(plain).unwrap();
    assert!(first.contains("Both speak") && first.contains("free time"), "each pair says why: {first}");
    let waiting = d.find(By::Id("unpaired")).await.unwrap().text().await.map(plain).unwrap();
    assert!(waiting.contains("No language in common: rules out"), "and each wait says why: {waiting}");
    assert_eq!(d.find_all(By::Css("#proposals tbody tr")).await.unwrap().len(), 25, "a page at a time");
    let position = d.find(By::Css(".list-position")).await.unwrap().text().await.map(plain).unwrap();
    let proposals: usize = position.rsplit(' ').next().unwrap().parse().unwrap();
    assert!(proposals > 150, "{proposals} pairs proposed: {position}");

    // Accepting every proposal asks first: the button shows once the question is open.
    assert!(!d.find(By::Id("accept-all")).await.unwrap().is_displayed().await.unwrap());
    d.find(By::Css("details.confirm > summary")).await.unwrap().click().await.unwrap();
    submit(d, "/round/accept-all").await;
    let accepted = d.find_all(By::Css("#accepted-pairs li")).await.unwrap().len();
    assert_eq!(accepted, 10, "the overview shows ten of each group");
    assert!(body_text(d).await.contains(&format!("See all {proposals}")));
    submit(d, "/introduce").await;
    assert!(body_text(d).await.contains("No pair has gone quiet."));

    // Four weeks on, nobody has recorded a meeting: the pair is flagged.
    app.clock.advance(chrono::Duration::days(28));
    log_in().await;
    d.goto(format!("{}{programme}/pairs", app.base)).await.unwrap();
    let quiet = d.find(By::Id("quiet-pairs")).await.unwrap().text().await.map(plain).unwrap();
    assert!(quiet.contains("28 days without a check-in"), "{quiet}");
    browser.quit().await;
    app.finish().await;
}

/// Whether the page scrolls sideways at the window's width.
async fn scrolls_sideways(d: &WebDriver) -> bool {
    d.execute("return document.documentElement.scrollWidth > window.innerWidth + 1;", vec![])
        .await
        .unwrap()
        .convert()
        .unwrap()
}

/// Sets a field's value by script: a date input takes typed keys in the browser's own order.
async fn set_value(d: &WebDriver, action: &str, name: &str, value: &str) {
    let css = format!("form[action$='{action}'] [name='{name}']");
    d.execute(
        "document.querySelector(arguments[0]).value = arguments[1];",
        vec![serde_json::json!(css), serde_json::json!(value)],
    )
    .await
    .unwrap();
}

/// A coordinator on a 360 px phone logs a week of sessions, defines an indicator with a target and
/// reads its chart, without JavaScript of the page's own and without scrolling sideways.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium and chromedriver: run with --ignored"]
async fn a_coordinator_logs_a_week_on_a_phone_and_reads_the_chart() {
    let browser = Driver::start().await;
    let app = TestApp::sqlite().await;
    let (_, org) = app.set_up("Riverside Welcome Network", "olga@example.org").await;
    let d = &browser.driver;
    d.set_window_rect(0, 0, 360, 740).await.unwrap();
    d.goto(format!("{}/orgs/{org}/measure/activities", app.base)).await.unwrap();
    fill(d, "field-email", "olga@example.org").await;
    fill(d, "field-password", PASSWORD).await;
    d.find(By::Css("main form button[type=submit]")).await.unwrap().click().await.unwrap();
    d.query(By::Css("form[action$='/measure/activities']")).first().await.expect("the activity log after login");
    assert!(!scrolls_sideways(d).await, "the activity form scrolls sideways at 360 px");

    let action = "/measure/activities";
    for (day, people) in
        [("2026-02-23", "9"), ("2026-02-24", "12"), ("2026-02-25", "7"), ("2026-02-26", "15"), ("2026-02-27", "11")]
    {
        set_value(d, action, "date", day).await;
        set_value(d, action, "time", "18:00").await;
        choose(d, action, "activity_kind", "session").await;
        type_in(d, action, "title", "Language café").await;
        type_in(d, action, "attendees", people).await;
        type_in(d, action, "volunteers", "2").await;
        type_in(d, action, "volunteer_hours", "4").await;
        type_in(d, action, "languages", "ar, en").await;
        submit(d, action).await;
    }
    let log = body_text(d).await;
    assert!(log.contains("5 activities logged."), "{log}");
    assert!(!scrolls_sideways(d).await, "the log scrolls sideways at 360 px");

    d.goto(format!("{}/orgs/{org}/measure/indicators", app.base)).await.unwrap();
    let action = "/measure/indicators";
    type_in(d, action, "title", "Café sessions a month").await;
    choose(d, action, "source", "attendance").await;
    choose(d, action, "period", "month").await;
    type_in(d, action, "baseline", "20").await;
    type_in(d, action, "target", "80").await;
    type_in(d, action, "unit", "people").await;
    submit(d, action).await;

    // The indicator's page: February's 9 + 12 + 7 + 15 + 11 = 54 people, drawn as a bar.
    let text = body_text(d).await;
    assert!(text.contains("54 people (2026-02, n = 54)"), "{text}");
    let bars = d.find_all(By::Css("figure.chart svg rect")).await.unwrap();
    assert!(!bars.is_empty(), "the chart has bars");
    assert!(!scrolls_sideways(d).await, "the indicator page scrolls sideways at 360 px");
    d.goto(format!("{}/orgs/{org}/measure", app.base)).await.unwrap();
    assert!(body_text(d).await.contains("Café sessions a month"));
    assert!(!scrolls_sideways(d).await, "the dashboard scrolls sideways at 360 px");

    browser.quit().await;
    app.finish().await;
}

/// A resident answers the contact questionnaire on a 360 px phone in Arabic with JavaScript off,
/// page after page, through the public link; then the coordinator reads the two communities
/// compared, with their n and intervals.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium and chromedriver: run with --ignored"]
async fn a_resident_answers_in_arabic_on_a_phone_and_the_coordinator_compares_the_communities() {
    let browser = Driver::start_with(&["--blink-settings=scriptEnabled=false"]).await;
    let app = TestApp::sqlite().await;
    let (coordinator, org) = app.set_up("Riverside Welcome Network", "olga@example.org").await;
    let r = coordinator.post_form(&format!("/orgs/{org}/measure/surveys"), &[("instrument", "contact")]).await;
    let survey = r.location().rsplit('/').next().unwrap().to_string();
    let page = coordinator.get(&format!("/orgs/{org}/measure/surveys/{survey}")).await;
    let at = page.body.find("href=\"/s/").unwrap() + "href=\"".len();
    let link = format!("/s/{}", page.body[at + 3..].split(['/', '"']).next().unwrap());
    // Ten newcomers and nine residents answered before.
    let others = app.client();
    for (community, quality) in
        std::iter::repeat_n(("arriving", "6"), 10).chain(std::iter::repeat_n(("receiving", "4"), 9))
    {
        let fields = [
            ("community", community),
            ("contact_work", "3"),
            ("contact_neighbourhood", "3"),
            ("contact_friends", "3"),
            ("contact_home", "3"),
            ("contact_pleasant", quality),
            ("contact_equal", quality),
            ("contact_voluntary", quality),
            ("contact_cooperative", quality),
            ("contact_close", quality),
        ];
        crate::surveys::answer(&others, &format!("{link}/en"), &fields).await;
    }

    let d = &browser.driver;
    d.set_window_rect(0, 0, 360, 740).await.unwrap();
    d.goto(format!("{}{link}/ar", app.base)).await.unwrap();
    let dir: String = d.find(By::Css("div.survey")).await.unwrap().attr("dir").await.unwrap().unwrap_or_default();
    assert_eq!(dir, "rtl", "the Arabic questions read right to left");
    let mut pages = 0;
    loop {
        assert!(!scrolls_sideways(d).await, "page {pages} of the survey scrolls sideways at 360 px");
        if d.find_all(By::Id("survey-done")).await.unwrap().len() == 1 {
            break;
        }
        pages += 1;
        assert!(pages < 10, "the survey never ends: {}", body_text(d).await);
        // On each page: a resident, meeting newcomers a few times a month, the contact pleasant.
        for radio in d.find_all(By::Css("main form input[type=radio]")).await.unwrap() {
            let name = radio.attr("name").await.unwrap().unwrap_or_default();
            let value = radio.attr("value").await.unwrap().unwrap_or_default();
            let wanted = match name.as_str() {
                "community" => "receiving",
                n if n.starts_with("contact_")
                    && ["contact_work", "contact_neighbourhood", "contact_friends", "contact_home"].contains(&n) =>
                {
                    "4"
                }
                _ => "5",
            };
            if value == wanted {
                radio.click().await.unwrap();
            }
        }
        let button = d.find(By::Css("main form button[type=submit]")).await.unwrap();
        button.click().await.unwrap();
        button.wait_until().stale().await.unwrap();
    }
    assert!(pages >= 2, "the community is asked before the questions that depend on it");

    // The coordinator reads the comparison.
    d.set_window_rect(0, 0, 1280, 900).await.unwrap();
    d.goto(format!("{}/orgs/{org}/measure/surveys/{survey}/results?by=community", app.base)).await.unwrap();
    fill(d, "field-email", "olga@example.org").await;
    fill(d, "field-password", PASSWORD).await;
    d.find(By::Css("main form button[type=submit]")).await.unwrap().click().await.unwrap();
    d.query(By::Css("section.score")).first().await.expect("the results after login");
    d.query(By::Css("a[aria-current='page'][href='?by=community']")).first().await.expect("back at the comparison");
    let text = body_text(d).await;
    assert!(text.contains("Arrived in recent years: n = 10"), "{text}");
    assert!(text.contains("Lived here a long time: n = 10"), "{text}");
    // Quality: newcomers all 6; residents nine at 4 and this one at 5, 4.1 on average.
    assert!(text.contains("4.1"), "{text}");
    assert!(text.contains("Difference, arrived in recent years minus lived here a long time"), "{text}");
    assert!(!d.find_all(By::Css("section.score figure svg")).await.unwrap().is_empty(), "charts drawn");

    browser.quit().await;
    app.finish().await;
}

/// A coordinator makes the project's report in the browser, publishes its public page, and a
/// stranger reads it logged out on a phone, in Arabic, with JavaScript off: the chart, the numbers
/// under it and the open data are there, and nothing scrolls sideways.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium and chromedriver: run with --ignored"]
async fn a_coordinator_publishes_a_project_page_and_a_stranger_reads_it() {
    let browser = Driver::start().await;
    let app = TestApp::sqlite().await;
    let (coordinator, org) = app.set_up("Riverside Welcome Network", "olga@example.org").await;
    let project =
        coordinator.post_form(&format!("/orgs/{org}/projects"), &[("title", "Homework clubs")]).await.location();
    let project_id = project.rsplit('/').next().unwrap().to_string();
    let body = serde_json::json!({"name": "People attending", "source": "attendance", "period": "month",
        "target": 40, "unit": "people", "project": project_id});
    coordinator.api(reqwest::Method::POST, &format!("/api/v1/orgs/{org}/indicators"), Some(body)).await;
    for day in ["2026-02-10", "2026-02-17"] {
        let form = [
            ("date", day),
            ("time", "18:00"),
            ("activity_kind", "session"),
            ("title", "Club"),
            ("attendees", "12"),
            ("project", project_id.as_str()),
        ];
        coordinator.post_form(&format!("/orgs/{org}/measure/activities"), &form).await;
    }
    let d = &browser.driver;
    d.goto(format!("{}/orgs/{org}/tell", app.base)).await.unwrap();
    fill(d, "field-email", "olga@example.org").await;
    fill(d, "field-password", PASSWORD).await;
    d.find(By::Css("main form button[type=submit]")).await.unwrap().click().await.unwrap();
    let action = format!("/tell/projects/{project_id}/publication");
    d.query(By::Css(format!("form[action$='{action}']").as_str())).first().await.expect("Tell after login");
    choose(d, &action, "licence", "CC0-1.0").await;
    submit(d, &action).await;
    let link = d.find(By::Css(format!("#project-{project_id} a[href^='/p/']").as_str())).await.unwrap();
    let href = link.attr("href").await.unwrap().unwrap();
    browser.quit().await;

    // A stranger: a fresh browser, no login, no script, a phone, Arabic.
    let browser = Driver::start_with(&["--blink-settings=scriptEnabled=false"]).await;
    let d = &browser.driver;
    d.set_window_rect(0, 0, 360, 740).await.unwrap();
    d.goto(format!("{}{href}?lang=ar", app.base)).await.unwrap();
    let html = d.find(By::Tag("html")).await.unwrap();
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    let text = body_text(d).await;
    assert!(text.contains("Homework clubs") && text.contains("People attending"), "{text}");
    assert!(text.contains("24"), "February's 12 + 12 under the chart: {text}");
    assert!(d.find(By::Css("figure svg")).await.is_ok(), "the chart is drawn");
    assert!(d.find(By::Css("a[href$='/data/datapackage.json']")).await.is_ok(), "the open data is offered");
    assert!(!scrolls_sideways(d).await, "the public page scrolls sideways at 360 px");
    browser.quit().await;
    app.finish().await;
}

/// A volunteer finds an Arabic-speaking legal advice service open on Saturday near a postcode in
/// the organisation's directory (the demo's fictional one), opens it and prints the slip in
/// Arabic; on a 360 px phone nothing scrolls sideways.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium and chromedriver: run with --ignored"]
async fn a_volunteer_finds_a_service_and_prints_the_slip_in_arabic() {
    let browser = Driver::start().await;
    let app = TestApp::sqlite().await;
    let (_, org) = app.set_up("Riverside Welcome Network", "olga@example.org").await;
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/demo/directory.json");
    crate::signpost::import_bytes(&app, org, "olga@example.org", std::fs::read(demo).unwrap()).await;
    app.member(org, "vic@example.org", bridges_domain::Role::Volunteer).await;
    let d = &browser.driver;

    d.goto(format!("{}/login", app.base)).await.unwrap();
    fill(d, "field-email", "vic@example.org").await;
    fill(d, "field-password", PASSWORD).await;
    submit(d, "/login").await;
    d.goto(format!("{}/orgs/{org}", app.base)).await.unwrap();
    d.find(By::Css(format!("nav a[href='/orgs/{org}/signpost']").as_str())).await.unwrap().click().await.unwrap();
    d.find(By::Css(format!("a[href='/orgs/{org}/signpost/find']").as_str())).await.unwrap().click().await.unwrap();

    choose(d, "/signpost/find", "need", "need-legal-immigration").await;
    choose(d, "/signpost/find", "language", "ar").await;
    type_in(d, "/signpost/find", "postcode", "RV1 2AB").await;
    choose(d, "/signpost/find", "open", "sat").await;
    submit(d, "/signpost/find").await;
    let results = body_text(d).await;
    assert!(results.contains("Services found: 1"), "{results}");
    d.find(By::Css("#services h3 a")).await.unwrap().click().await.unwrap();
    let service = body_text(d).await;
    assert!(service.contains("Immigration and asylum advice clinic (fictional)"), "{service}");
    assert!(service.contains("Saturday 10:00–13:00"), "{service}");

    d.find(By::Css("a[href*='/slip?lang=ar']")).await.unwrap().click().await.unwrap();
    let html = d.query(By::Css("html[lang=ar]")).first().await.expect("the slip in Arabic");
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    let slip = body_text(d).await;
    for shown in ["السبت من 10:00 إلى 13:00", "14 Wharf Lane", "Any letters from the Home Office", "ما يجب إحضاره"]
    {
        assert!(slip.contains(shown), "{shown}: {slip}");
    }
    d.set_window_rect(0, 0, 360, 740).await.unwrap();
    for path in [
        format!("/orgs/{org}/signpost/find?need=need-legal&language=ar"),
        d.current_url().await.unwrap().path().to_string(),
    ] {
        d.goto(format!("{}{path}", app.base)).await.unwrap();
        assert!(!scrolls_sideways(d).await, "{path} scrolls sideways at 360 px");
    }

    browser.quit().await;
    app.finish().await;
}
