//! Connect end to end: a coordinator sets up a programme, people come in by staff entry, spreadsheet
//! (CSV and XLSX) and the public sign-up link; a round proposes pairs with reasons and says why
//! others wait; the coordinator accepts, rejects, swaps and introduces; check-ins are recorded and
//! quiet pairs are flagged. With permissions, another organisation, the audit log, encryption at
//! rest and bad input at every door.

use crate::harness::{Client, TestApp};
use crate::on_both_backends;
use bridges_domain::Role;
use reqwest::{Method, StatusCode};
use serde_json::json;

on_both_backends!(
    a_programme_from_sign_up_to_check_ins,
    imports_refuse_bad_files_whole,
    the_programme_over_the_api,
    a_coordinator_downloads_the_lists,
    long_lists_come_a_page_at_a_time_searched_and_filtered
);

const HEADER: &str = "side,name,email,contact_language,speaks,interests,area,availability,gender,gender_preference,minor,vetted,capacity";

/// A clean file: volunteers who speak Dutch and French in area 1000, newcomers who speak French
/// and Arabic, and two newcomers no volunteer can take (no shared language; under 18 with no
/// vetted volunteer).
pub(crate) fn people_csv(volunteers: usize, newcomers: usize) -> String {
    let mut csv = format!("{HEADER}\n");
    for i in 0..volunteers {
        csv.push_str(&format!(
            "volunteer,Volunteer {i:02},v{i}@example.org,nl,\"nl:native, fr:fluent\",\"cooking, football\",1000,mon-evening sat-morning,,,no,no,1\n"
        ));
    }
    for i in 0..newcomers {
        csv.push_str(&format!(
            "newcomer,Newcomer {i:02},,fr,\"ar:native, fr:conversational\",cooking,1000,mon-evening,,,no,no,1\n"
        ));
    }
    csv.push_str("newcomer,Tigrinya Only,,ti,ti:native,music,1000,mon-evening,,,no,no,1\n");
    csv.push_str("newcomer,Young Person,,fr,fr:native,football,1000,mon-evening,,,yes,no,1\n");
    csv
}

pub(crate) async fn new_programme(c: &Client, org: &str) -> String {
    let r =
        c.post_form(&format!("/orgs/{org}/programmes"), &[("name", "Buddies of Anderlecht"), ("kind", "buddy")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location()
}

/// Imports `people_csv(volunteers, newcomers)` into the programme at `base`, consent recorded, and
/// returns the page that says what was imported.
pub(crate) async fn import_people(c: &Client, base: &str, volunteers: usize, newcomers: usize) -> String {
    let csv = people_csv(volunteers, newcomers).into_bytes();
    let r = c.upload(&format!("{base}/import"), "people.csv", csv, &[("consent_recorded", "1")]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    r.body
}

/// Opens the programme at `base` to sign-up through its link (asking languages, area and times)
/// and returns the link's path.
pub(crate) async fn open_sign_up(coordinator: &Client, base: &str) -> String {
    let mut open = vec![("name", "Buddies of Anderlecht"), ("intake_open", "1"), ("quiet_after_days", "21")];
    for q in ["q-speaks", "q-area", "q-availability"] {
        open.push((q, "1"));
    }
    for (k, v) in [("shared_language", "1"), ("min_shared_slots", "1"), ("fairness_by", "language")] {
        open.push((k, v));
    }
    for w in ["w-language", "w-interests", "w-distance", "w-availability", "w-field", "w-waiting"] {
        open.push((w, "5"));
    }
    assert_eq!(coordinator.post_form(&format!("{base}/settings"), &open).await.status, StatusCode::SEE_OTHER);
    let page = coordinator.get(base).await.body;
    let link = between(&page, "id=\"intake-link\">", "</a>").to_string();
    link[link.find("/join/").unwrap()..].to_string()
}

pub(crate) fn between<'a>(body: &'a str, start: &str, end: &str) -> &'a str {
    let from = body.find(start).unwrap_or_else(|| panic!("{start} not in page"));
    let rest = &body[from..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

/// The ids of the proposals on the round page, in order.
pub(crate) fn proposal_ids(body: &str) -> Vec<String> {
    body.match_indices("<tr id=\"pair-").map(|(i, m)| body[i + m.len()..i + m.len() + 36].to_string()).collect()
}

async fn a_programme_from_sign_up_to_check_ins(app: &TestApp) {
    let (coordinator, org) = app.set_up("Org A", "olga@example.org").await;
    let org = org.to_string();
    let staff = app.member(org.parse().unwrap(), "sam@example.org", Role::Staff).await;
    let volunteer_member = app.member(org.parse().unwrap(), "vic@example.org", Role::Volunteer).await;

    // Creating a programme: a kind is required.
    let r = coordinator.post_form(&format!("/orgs/{org}/programmes"), &[("name", "X"), ("kind", "speed-dating")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Choose a kind of programme."));
    assert_eq!(
        staff.post_form(&format!("/orgs/{org}/programmes"), &[("name", "X"), ("kind", "buddy")]).await.status,
        StatusCode::FORBIDDEN
    );
    let base = new_programme(&coordinator, &org).await;
    let page = coordinator.get(&base).await.body;
    assert!(page.contains("Buddies of Anderlecht") && page.contains("Buddy scheme"));
    assert!(page.contains("They share a language both speak at least conversationally."), "the kind's default rules");
    assert!(page.contains("Sign-up through a link is closed."));

    // Settings: a weight out of range is refused, named, and nothing changes.
    let settings = |extra: &[(&'static str, &'static str)]| {
        let mut form = vec![
            ("name", "Buddies of Anderlecht"),
            ("intake_open", "1"),
            ("quiet_after_days", "21"),
            ("q-speaks", "1"),
            ("q-interests", "1"),
            ("q-area", "1"),
            ("q-availability", "1"),
            ("q-gender", "1"),
            ("q-minor", "1"),
            ("shared_language", "1"),
            ("within_reach", "1"),
            ("respect_gender_preference", "1"),
            ("minors_need_vetted", "1"),
            ("min_shared_slots", "1"),
            ("w-language", "6"),
            ("w-interests", "5"),
            ("w-distance", "8"),
            ("w-availability", "6"),
            ("w-field", "0"),
            ("w-waiting", "5"),
            ("fairness_by", "language"),
            ("max_gap", ""),
        ];
        for (k, v) in extra {
            form.retain(|(f, _)| f != k);
            form.push((k, v));
        }
        form
    };
    let r = coordinator.post_form(&format!("{base}/settings"), &settings(&[("w-interests", "11")])).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Enter a number in the range shown."));
    assert!(r.body.contains("aria-invalid=\"true\" aria-describedby=\"error-w-interests\""), "tied to its field");
    let mut without_speaks = settings(&[]);
    without_speaks.retain(|(k, _)| *k != "q-speaks");
    let r = coordinator.post_form(&format!("{base}/settings"), &without_speaks).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "languages are always asked");
    assert!(r.body.contains("Every programme asks which languages people speak."));
    assert_eq!(staff.get(&format!("{base}/settings")).await.status, StatusCode::FORBIDDEN);
    let r = coordinator.post_form(&format!("{base}/settings"), &settings(&[])).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // Staff entry: every bad field is named; without the person's agreement nothing is kept.
    let r = staff
        .post_form(
            &format!("{base}/participants"),
            &[
                ("side", "newcomer"),
                ("name", ""),
                ("email", "nope"),
                ("speaks-lang-1", "ar"),
                ("speaks-level-1", "wizard"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in [
        "Fill in this field.",
        "Enter an email address in the correct form",
        "Use a level: beginner, conversational, fluent or native",
        "Give a postcode or district.",
        "Choose at least one free time.",
        "agreement is needed before their details can be kept",
    ] {
        assert!(r.body.contains(message), "{message}");
    }
    let amira = [
        ("side", "newcomer"),
        ("name", "Amira Haddad"),
        ("contact_language", "fr"),
        ("speaks-lang-1", "ar"),
        ("speaks-level-1", "native"),
        ("speaks-lang-2", "fr"),
        ("speaks-level-2", "conversational"),
        ("interests", "cooking, music"),
        ("area", "1000"),
        ("travel_km", "5"),
        ("slot-mon-evening", "1"),
        ("gender", "woman"),
        ("gender_preference", "woman"),
    ];
    let r = staff.post_form(&format!("{base}/participants"), &amira).await;
    assert!(r.body.contains("agreement is needed before their details can be kept"), "no consent, nothing kept");
    let mut with_consent = amira.to_vec();
    with_consent.push(("consent_recorded", "1"));
    let r = staff.post_form(&format!("{base}/participants"), &with_consent).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // Names are sealed at rest: the database never holds them in the clear.
    let stored =
        bridges_store::test_support::query_text(&app.store, "SELECT sealed FROM participants").await.unwrap().unwrap();
    assert!(stored.starts_with("v1:") && !stored.contains("Amira"));

    // Import: 6 volunteers, 8 newcomers and two who cannot be paired.
    let imported = import_people(&staff, &base, 6, 8).await;
    assert!(imported.contains("16 people were imported."), "{}", between(&imported, "<main", "</main>"));

    // The public sign-up link: open, translated by the page's language, consent required.
    let page = coordinator.get(&base).await.body;
    let link = between(&page, "id=\"intake-link\">", "</a>").trim_start_matches("id=\"intake-link\">").to_string();
    let join = &link[link.find("/join/").unwrap()..];
    let stranger = app.client();
    let form = stranger.get(join).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("Org A runs this programme."));
    assert!(!form.body.contains("Amira"), "the sign-up page shows nobody");
    assert!(!form.body.contains("safeguarding check is done"), "nobody signs up as vetted");
    let sign_up = [
        ("side", "volunteer"),
        ("name", "Bruno Peeters"),
        ("email", "bruno@example.org"),
        ("contact_language", "nl"),
        ("speaks-lang-1", "nl"),
        ("speaks-level-1", "native"),
        ("speaks-lang-2", "fr"),
        ("speaks-level-2", "fluent"),
        ("area", "1000"),
        ("slot-mon-evening", "1"),
        ("gender", "woman"),
        ("capacity", "1"),
        ("vetted", "yes"),
    ];
    let r = stranger.post_form(join, &sign_up).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("agreement is needed before their details can be kept"));
    let mut agreed = sign_up.to_vec();
    agreed.push(("consent_pairing", "1"));
    agreed.push(("website", "spam.example"));
    assert_eq!(stranger.post_form(join, &agreed).await.status, StatusCode::BAD_REQUEST, "the honeypot");
    agreed.pop();
    let r = stranger.post_form(join, &agreed).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Thank you for signing up"));
    assert_eq!(stranger.get("/join/join_not-a-real-link").await.status, StatusCode::NOT_FOUND);

    // The list shows all 18, and only to staff and up; another organisation sees nothing.
    let list = staff.get(&format!("{base}/participants")).await.body;
    assert!(list.contains("Amira Haddad") && list.contains("Bruno Peeters") && list.contains("Newcomer 07"));
    assert!(list.contains("sign-up link") && list.contains("import") && list.contains("staff entry"));
    assert_eq!(volunteer_member.get(&format!("{base}/participants")).await.status, StatusCode::FORBIDDEN);
    app.other_org("Org B", "bob@example.org").await;
    let outsider = app.client();
    outsider.login("bob@example.org", crate::harness::PASSWORD).await;
    assert_eq!(outsider.get(&format!("{base}/participants")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(outsider.get(&base).await.status, StatusCode::NOT_FOUND);

    // A round: 7 volunteers (6 imported + Bruno) for 9 newcomers who can be paired; two cannot.
    assert_eq!(staff.post_form(&format!("{base}/round"), &[]).await.status, StatusCode::FORBIDDEN);
    let r = coordinator.post_form(&format!("{base}/round"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let round = coordinator.get(&format!("{base}/round")).await.body;
    assert!(
        round.contains("7 pairs proposed from 11 newcomers waiting and 7 volunteers with room"),
        "{}",
        between(&round, "round-summary", "</dl>")
    );
    assert!(round.contains("Yes, proved"));
    assert!(round.contains("Both speak French"), "each pair shows what made it, in the reader's words");
    assert!(round.contains("They live in the same area"));
    let waiting = between(&round, "id=\"unpaired\"", "</table>");
    assert!(waiting.contains("Tigrinya Only") && waiting.contains("No volunteer keeps every rule with this person."));
    assert!(waiting.contains("No language in common: rules out 7 volunteers"), "{waiting}");
    assert!(waiting.contains("Safeguarding check not done (under 18): rules out 7 volunteers"), "{waiting}");
    assert!(waiting.contains("volunteers would suit, but pairing them with others"), "two others were outscored");
    // Amira wants a woman: only Bruno (a woman) may take her.
    let amira_row = between(&round, "Amira Haddad</bdi>", "</tr>");
    assert!(amira_row.contains("Bruno Peeters"), "{amira_row}");
    assert!(round.contains("Fairness between groups"));
    let chart = between(&round, "id=\"fairness-chart\">", "</figure>");
    assert!(chart.contains("aria-labelledby=\"fairness-title\"><svg"), "drawn as a chart too");
    let accept_all = between(&round, "<details class=\"confirm\">", "</details>");
    assert!(accept_all.contains("on every page, not only those shown here"), "accepting all asks first: {accept_all}");

    // Decide: reject one, swap two, accept the rest.
    let ids = proposal_ids(&round);
    assert_eq!(ids.len(), 7);
    let amira_pair = ids
        .iter()
        .find(|id| between(&round, &format!("pair-{id}"), "</tr>").contains("Amira Haddad"))
        .cloned()
        .unwrap();
    let others: Vec<&String> = ids.iter().filter(|id| **id != amira_pair).collect();
    let rejected = others[0].clone();
    let act = |id: &str, action: &str| format!("{base}/pairs/{id}/{action}");
    assert_eq!(staff.post_form(&act(&rejected, "accept"), &[]).await.status, StatusCode::FORBIDDEN);
    let r = coordinator.post_form(&act(&rejected, "reject"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        coordinator.post_form(&act(&rejected, "accept"), &[]).await.status,
        StatusCode::CONFLICT,
        "rejected stays rejected"
    );
    let other = others[1].clone();
    let r = coordinator
        .post_form(&format!("{base}/round/swap"), &[("a", amira_pair.as_str()), ("b", other.as_str())])
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "Amira's partner must be a woman: the swap breaks a rule");
    let r = coordinator
        .post_form(&format!("{base}/round/swap"), &[("a", others[1].as_str()), ("b", others[2].as_str())])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = coordinator.post_form(&format!("{base}/round/accept-all"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    // A re-run keeps accepted pairs and never proposes the rejected pair again.
    coordinator.post_form(&format!("{base}/round"), &[]).await;
    let again = coordinator.get(&format!("{base}/round")).await.body;
    // The rejected pair's volunteer is free again and takes one of the two who were outscored.
    let counts = between(&again, "round-summary", "</dl>");
    assert!(counts.contains("One pair proposed from 5 newcomers waiting and one volunteer with room"), "{counts}");
    assert!(!again.contains(&format!("pair-{rejected}")));

    // Pairs: six accepted; the introduction is written to each person in their language.
    let pairs = coordinator.get(&format!("{base}/pairs")).await.body;
    let accepted = between(&pairs, "id=\"accepted-pairs\"", "</ul>");
    assert_eq!(accepted.matches("/introduction").count(), 6);
    assert!(pairs.contains("id=\"waiting-list\"") && pairs.contains("Tigrinya Only"));
    let amira_href = format!("{base}/pairs/{amira_pair}");
    let intro = coordinator.get(&format!("{amira_href}/introduction")).await.body;
    assert!(intro.contains("lang=\"fr\"") && intro.contains("Amira Haddad"), "Amira letter in French: {intro}");
    assert!(intro.contains("bruno@example.org"), "Amira learns how to reach Bruno");
    assert_eq!(staff.get(&format!("{amira_href}/introduction")).await.status, StatusCode::FORBIDDEN);

    // Check-ins only after the introduction; bad input is named.
    let checkin = format!("{amira_href}/check-ins");
    let good = [
        ("met_on", "2026-03-02"),
        ("minutes", "90"),
        ("activity", "Coffee, then the library"),
        ("r-newcomer-pleasant", "6"),
        ("r-volunteer-close", "5"),
    ];
    assert_eq!(staff.post_form(&checkin, &good).await.status, StatusCode::CONFLICT, "not introduced yet");
    assert_eq!(
        coordinator.post_form(&format!("{amira_href}/introduce"), &[("back", "pair")]).await.status,
        StatusCode::SEE_OTHER
    );
    let r = staff
        .post_form(
            &checkin,
            &[("met_on", "2027-01-01"), ("minutes", "0"), ("r-newcomer-equal", "9"), ("activity", "\u{7}")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in [
        "The date cannot be in the future.",
        "Enter the minutes together, from 1 to 1440.",
        "A rating is a whole number from 1 to 7.",
        "invisible control characters",
    ] {
        assert!(r.body.contains(message), "{message}");
    }
    let r = staff.post_form(&checkin, &good).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let pair_page = staff.get(&amira_href).await.body;
    assert!(
        pair_page.contains("Meeting")
            && pair_page.contains("Coffee, then the library")
            && pair_page.contains("6 / – / – / –")
    );

    // Three weeks and a day later with no check-in, the pair is flagged as gone quiet.
    assert!(coordinator.get(&format!("{base}/pairs")).await.body.contains("No pair has gone quiet."));
    app.clock.advance(chrono::Duration::days(22));
    coordinator.login("olga@example.org", crate::harness::PASSWORD).await;
    let pairs = coordinator.get(&format!("{base}/pairs")).await.body;
    assert!(pairs.contains("id=\"quiet-pairs\""), "{}", between(&pairs, "<h1>", "id=\"waiting-list\""));
    let quiet = between(&pairs, "id=\"quiet-pairs\"", "</ul>");
    assert!(quiet.contains("Amira Haddad") && quiet.contains("22 days without a check-in"), "{quiet}");
    assert!(coordinator.get(&base).await.body.contains("<strong class=\"gap\">1</strong>"), "the overview counts it");

    // Closing needs a reason; one refused comes back beside its field on the pair's page, as
    // typed less the invisible characters, with the organisation's menu still there.
    for typed in ["", "   ", "Amira left \u{202E}for Ghent"] {
        let r = coordinator.post_form(&format!("{amira_href}/close"), &[("reason", typed), ("back", "pair")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{typed:?}");
        assert!(r.body.contains("href=\"#field-reason\"") && r.body.contains("id=\"error-reason\""), "{}", r.body);
        assert!(r.body.contains("id=\"pair-status\"") && r.body.contains(&format!("/orgs/{org}/programmes\"")));
        let kept = typed.replace('\u{202E}', "").trim().to_string();
        let field = between(&r.body, "id=\"field-reason\"", ">");
        assert!(field.contains(&format!("value=\"{kept}\"")), "{field}");
    }
    let r = coordinator
        .post_form(&format!("{amira_href}/close"), &[("reason", "Amira moved to Ghent"), ("back", "pair")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(coordinator.get(&amira_href).await.body.contains("Amira moved to Ghent"));

    // A pair that ended is not proposed again: Amira waits once more, and the one volunteer who
    // keeps her rules is the partner she had.
    assert_eq!(coordinator.post_form(&format!("{base}/round"), &[]).await.status, StatusCode::SEE_OTHER);
    let again = coordinator.get(&format!("{base}/round")).await.body;
    let waiting = between(&again, "id=\"unpaired\"", "</table>");
    assert!(waiting.contains("Amira Haddad"), "{}", between(&again, "round-summary", "</dl>"));
    assert!(!between(&again, "Amira Haddad</bdi>", "</tr>").contains("Bruno Peeters"));
    // A search on the round page searches the waiting list too.
    let searched = coordinator.get(&format!("{base}/round?q=amira")).await.body;
    assert!(between(&searched, "id=\"unpaired\"", "</table>").contains("Amira Haddad"));
    let nobody = coordinator.get(&format!("{base}/round?q=Zed")).await.body;
    assert!(nobody.contains("Nobody matches these filters.") && !nobody.contains("id=\"unpaired\""), "{nobody}");

    // Every read of personal data is in the audit log.
    let audit = coordinator.get(&format!("/orgs/{org}/audit")).await.body;
    assert!(audit.contains("Personal data viewed") && audit.contains("Personal data changed"));
}

async fn imports_refuse_bad_files_whole(app: &TestApp) {
    let (coordinator, org) = app.set_up("Org A", "olga@example.org").await;
    let org = org.to_string();
    let base = new_programme(&coordinator, &org).await;
    let import = format!("{base}/import");

    // Every bad row is reported by its line; nothing is imported.
    let mut csv = people_csv(2, 2);
    csv.push_str("alien,Someone,,fr,fr:native,,1000,mon-evening,,,no,no,1\n");
    csv.push_str("newcomer,,bad-email,fr,fr:perfect,,,someday,robot,,maybe,no,1\n");
    let r = coordinator.upload(&import, "people.csv", csv.into_bytes(), &[("consent_recorded", "1")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let problems = crate::harness::unlabelled(between(&r.body, "id=\"import-problems\"", "</table>"));
    assert!(problems.contains("The file has 8 problems"), "{problems}");
    assert!(problems.contains("<td>8</td><td>side</td>"), "{problems}");
    for field in ["name", "email", "speaks", "area", "availability", "gender", "minor"] {
        assert!(problems.contains(&format!("<td>9</td><td>{field}</td>")), "{field}: {problems}");
    }
    assert!(r.body.contains("Nothing was imported."));
    assert!(coordinator.get(&format!("{base}/participants")).await.body.contains("Nobody has signed up yet."));

    // Wrong headers, an empty file, a broken workbook, no consent, no file, a file too large.
    for (name, bytes, message) in [
        ("x.csv", b"side,name,nmae\nnewcomer,A,B\n".to_vec(), "This column is not one bridges knows."),
        ("x.csv", b"name\nA\n".to_vec(), "This column is required."),
        ("x.csv", format!("{HEADER}\n").into_bytes(), "The file has no rows to import."),
        ("x.xlsx", b"PK\x03\x04not a workbook".to_vec(), "This workbook cannot be read."),
        ("x.csv", vec![0xff, 0xfe, 0x41], "Save the CSV file as UTF-8"),
    ] {
        let r = coordinator.upload(&import, name, bytes, &[("consent_recorded", "1")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}");
        assert!(r.body.contains(message), "{message}");
    }
    let r = coordinator.upload(&import, "people.csv", people_csv(1, 1).into_bytes(), &[]).await;
    assert!(
        r.body.contains("agreement is needed before their details can be kept"),
        "consent is confirmed for the file"
    );
    // Larger than an import may be (4 MB) but within what the server reads (5 MB): refused by name.
    let huge = vec![b'a'; 4 * 1024 * 1024 + 512 * 1024];
    let r = coordinator.upload(&import, "big.csv", huge, &[("consent_recorded", "1")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("The file is larger than 4 MB."));
    let volunteer = app.member(org.parse().unwrap(), "vic@example.org", Role::Volunteer).await;
    let r = volunteer.upload(&import, "people.csv", people_csv(1, 1).into_bytes(), &[("consent_recorded", "1")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // The same people from an Excel workbook.
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (row, line) in people_csv(2, 3).lines().enumerate() {
        let mut reader = csv_cells(line);
        for (col, cell) in reader.drain(..).enumerate() {
            if row > 0 && col == 12 {
                sheet.write_number(row as u32, col as u16, cell.parse::<f64>().unwrap()).unwrap();
            } else {
                sheet.write_string(row as u32, col as u16, cell).unwrap();
            }
        }
    }
    let bytes = workbook.save_to_buffer().unwrap();
    let r = coordinator.upload(&import, "people.xlsx", bytes, &[("consent_recorded", "1")]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("7 people were imported."));
    assert!(coordinator.get(&format!("{base}/participants")).await.body.contains("Volunteer 01"));

    // The template downloads and imports cleanly.
    let template = coordinator.get(&format!("{import}/template.csv")).await;
    assert!(template.content_type().starts_with("text/csv"));
    let r = coordinator.upload(&import, "t.csv", template.body.into_bytes(), &[("consent_recorded", "1")]).await;
    assert!(r.body.contains("One person was imported."), "{}", r.body);
}

/// Splits one CSV line (quotes around cells with commas).
fn csv_cells(line: &str) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(line.as_bytes());
    reader.records().next().unwrap().unwrap().iter().map(str::to_string).collect()
}

async fn the_programme_over_the_api(app: &TestApp) {
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let viewer = app.member(org, "vic@example.org", Role::Viewer).await;
    let programmes = format!("/api/v1/orgs/{org}/programmes");
    let r = c.api(Method::POST, &programmes, Some(json!({"name": "", "kind": "tandem"}))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.content_type().starts_with("application/problem+json"));
    let fields: Vec<String> =
        r.json()["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap().to_string()).collect();
    assert_eq!(fields, ["name", "kind"]);
    let r = c.api(Method::POST, &programmes, Some(json!({"name": "Tandem"}))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a missing field");
    let r = c.api(Method::POST, &programmes, Some(json!({"name": "Tandem", "kind": "language-exchange"}))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let id = r.json()["id"].as_str().unwrap().to_string();
    let list = viewer.api(Method::GET, &programmes, None).await.json();
    assert_eq!(list[0]["kind"], "language-exchange");
    assert_eq!(list[0]["settings"]["rules"]["complementary_languages"], true);

    // Participants: the import columns as JSON fields; every error is named.
    let people = format!("{programmes}/{id}/participants");
    let r = c
        .api(Method::POST, &people, Some(json!({"side": "newcomer", "name": "A", "speaks": "ar", "availability": 7})))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<String> =
        r.json()["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap().to_string()).collect();
    for f in ["speaks", "area", "availability", "consent_recorded"] {
        assert!(fields.contains(&f.to_string()), "{f} in {fields:?}");
    }
    let person = |side: &str, name: &str, speaks: &str, learns: &str| {
        json!({"side": side, "name": name, "speaks": speaks, "learns": learns, "area": "1000",
               "availability": "tue-evening", "consent_recorded": true})
    };
    for body in [
        person("newcomer", "Olena", "uk:native", "fr:beginner"),
        person("volunteer", "Claire", "fr:native", "uk:beginner"),
        person("volunteer", "Jan", "nl:native", "es:beginner"),
    ] {
        let r = c.api(Method::POST, &people, Some(body)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    }
    assert_eq!(viewer.api(Method::GET, &people, None).await.status, StatusCode::FORBIDDEN);
    let listed = c.api(Method::GET, &people, None).await.json();
    assert_eq!(listed.as_array().unwrap().len(), 3);
    assert_eq!(listed[0]["record"]["name"], "Olena");

    // A round: Olena and Claire teach each other; Jan has nobody.
    let r = c.api(Method::POST, &format!("{programmes}/{id}/rounds"), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let summary = r.json();
    assert_eq!(summary["proposals"], 1);
    assert_eq!(summary["proved_optimal"], true);
    assert_eq!(
        viewer.api(Method::POST, &format!("{programmes}/{id}/rounds"), None).await.status,
        StatusCode::FORBIDDEN
    );
    let pairs = c.api(Method::GET, &format!("{programmes}/{id}/pairs"), None).await.json();
    let pair = pairs[0]["id"].as_str().unwrap().to_string();
    assert_eq!(pairs[0]["status"], "proposed");
    assert_eq!(pairs[0]["factors"][0]["kind"], "language");
    assert_eq!(pairs[0]["factors"][0]["detail"]["exchange"]["newcomer_teaches"][0], "uk");

    // The life cycle, with wrong steps refused.
    let status = format!("{programmes}/{id}/pairs/{pair}/status");
    let r = c.api(Method::POST, &status, Some(json!({"status": "active"}))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = c.api(Method::POST, &status, Some(json!({"status": "introduced"}))).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "not accepted yet");
    for step in ["accepted", "introduced"] {
        assert_eq!(c.api(Method::POST, &status, Some(json!({"status": step}))).await.status, StatusCode::NO_CONTENT);
    }
    let check_ins = format!("{programmes}/{id}/pairs/{pair}/check-ins");
    let r = c
        .api(Method::POST, &check_ins, Some(json!({"met_on": "yesterday", "minutes": -5, "newcomer": {"close": 8}})))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<String> =
        r.json()["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap().to_string()).collect();
    assert_eq!(fields, ["met_on", "minutes", "r-newcomer-close"]);
    let r = c
        .api(
            Method::POST,
            &check_ins,
            Some(json!({"met_on": "2026-03-01", "minutes": 60, "activity": "Tandem at the library",
            "newcomer": {"pleasant": 6, "equal": 5}, "volunteer": {"pleasant": 7}})),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let pairs = c.api(Method::GET, &format!("{programmes}/{id}/pairs"), None).await.json();
    assert_eq!(pairs[0]["status"], "active");
    assert_eq!(pairs[0]["check_ins"], 1);
    let r = c.api(Method::POST, &status, Some(json!({"status": "closed"}))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "closing needs a reason");
    let r =
        c.api(Method::POST, &status, Some(json!({"status": "closed", "reason": "Olena found work in Ghent"}))).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);

    // The OpenAPI document describes it.
    let doc = c.api(Method::GET, "/api/openapi.json", None).await.json();
    assert!(doc["paths"]["/api/v1/orgs/{org}/programmes/{id}/rounds"]["post"].is_object());
}

/// The public link is slowed down for floods from one address, without stopping a drop-in
/// session from signing up a few people.
#[tokio::test]
async fn the_sign_up_link_slows_down_floods() {
    let app = TestApp::sqlite_with(|c| c.sign_ups_per_hour = 2).await;
    let (coordinator, org) = app.set_up("Org A", "olga@example.org").await;
    let base = new_programme(&coordinator, &org.to_string()).await;
    let join = open_sign_up(&coordinator, &base).await;
    let stranger = app.client();
    stranger.get(&join).await;
    let person = |name: &'static str| {
        vec![
            ("side", "newcomer"),
            ("name", name),
            ("speaks-lang-1", "fr"),
            ("speaks-level-1", "native"),
            ("area", "1000"),
            ("slot-mon-evening", "1"),
            ("consent_pairing", "1"),
        ]
    };
    for name in ["First", "Second"] {
        assert_eq!(stranger.post_form(&join, &person(name)).await.status, StatusCode::OK);
    }
    let r = stranger.post_form(&join, &person("Third")).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(r.body.contains("Many people have already signed up from this connection"));
    app.clock.advance(chrono::Duration::minutes(61));
    assert_eq!(
        stranger.post_form(&join, &person("Third")).await.status,
        StatusCode::OK,
        "an hour later it opens again"
    );
    // A burst at once cannot pass the limit: one place is left this hour, and at most one of six
    // concurrent sign-ups takes it.
    let names = ["B1", "B2", "B3", "B4", "B5", "B6"];
    let forms: Vec<_> = names.iter().map(|n| person(n)).collect();
    let burst = futures::future::join_all(forms.iter().map(|form| stranger.post_form(&join, form))).await;
    let passed = burst.iter().filter(|r| r.status == StatusCode::OK).count();
    assert!(passed <= 1, "{passed} of 6 passed a limit with one place left");
    assert!(burst.iter().all(|r| [StatusCode::OK, StatusCode::TOO_MANY_REQUESTS].contains(&r.status)));
    let stored = bridges_store::test_support::query_text(&app.store, "SELECT address_digest FROM sign_ups")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.len(), 64, "the address is kept only as a digest");
    assert_ne!(
        stored, "12ca17b49af2289436f303e0166030a21e525d266e209267433801a8fd4071a0",
        "a keyed digest, not SHA-256 of 127.0.0.1 that anyone can recompute"
    );
    app.finish().await;
}

/// Participants, the waiting list and the pairs as CSV and XLSX from the pages: for the coordinator
/// only, every cell safe to open in a spreadsheet, each download written to the audit log with how
/// many people it carried; another organisation's coordinator finds nothing.
async fn a_coordinator_downloads_the_lists(app: &TestApp) {
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let staff = app.member(org, "sam@example.org", Role::Staff).await;
    app.other_org("Org B", "bob@example.org").await;
    let stranger = app.client();
    stranger.login("bob@example.org", crate::harness::PASSWORD).await;
    let base = format!("/api/v1/orgs/{org}/programmes");
    let r = c.api(Method::POST, &base, Some(json!({"name": "Buddies", "kind": "buddy"}))).await;
    let id = r.json()["id"].as_str().unwrap().to_string();
    for (side, name, speaks) in [
        ("volunteer", "Vera Lindqvist", "fr:native"),
        ("newcomer", "=HYPERLINK(\"http://x\")", "fr:native"),
        ("newcomer", "Tigist Alemu", "ti:native"),
    ] {
        let body = json!({"side": side, "name": name, "speaks": speaks, "area": "1000", "availability": "tue-evening",
                          "consent_recorded": true});
        let r = c.api(Method::POST, &format!("{base}/{id}/participants"), Some(body)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    }
    assert_eq!(c.api(Method::POST, &format!("{base}/{id}/rounds"), None).await.json()["proposals"], 1);
    let page = format!("/orgs/{org}/programmes/{id}");
    let links = c.get(&format!("{page}/participants")).await.body;
    assert!(links.contains(&format!("{page}/export/participants.xlsx")), "{links}");
    assert!(c.get(&format!("{page}/pairs")).await.body.contains(&format!("{page}/export/pairs.csv")));
    assert!(!staff.get(&format!("{page}/participants")).await.body.contains("/export/"), "offered to coordinators");

    let participants = c.get(&format!("{page}/export/participants.csv")).await;
    assert_eq!(participants.status, StatusCode::OK);
    assert!(participants.headers["content-disposition"].to_str().unwrap().contains("attachment"));
    let lines: Vec<&str> = participants.body.lines().collect();
    assert!(lines[0].starts_with("id,status,joined,source,side,name,"), "{}", lines[0]);
    assert_eq!(lines.len(), 4);
    assert!(participants.body.contains("\"'=HYPERLINK"), "a formula is defused: {}", participants.body);
    assert!(!participants.body.contains(",=HYPERLINK"));
    let waiting = c.get(&format!("{page}/export/waiting.csv")).await.body;
    assert!(waiting.contains("Tigist Alemu") && !waiting.contains("Vera"), "{waiting}");
    let pairs = c.get(&format!("{page}/export/pairs.csv")).await.body;
    assert!(pairs.starts_with("pair,newcomer,volunteer,status,score_percent"), "{pairs}");
    assert!(pairs.contains("Vera Lindqvist") && pairs.contains(",proposed,"), "{pairs}");
    let book = c.get(&format!("{page}/export/pairs.xlsx")).await;
    assert_eq!(book.status, StatusCode::OK);
    assert!(book.content_type().contains("spreadsheetml"));
    assert!(book.body.starts_with("PK"), "a zip archive");

    // Nothing for others, nothing under other names.
    assert_eq!(staff.get(&format!("{page}/export/participants.csv")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(stranger.get(&format!("{page}/export/participants.csv")).await.status, StatusCode::NOT_FOUND);
    for wrong in ["people.csv", "participants.pdf", "participants", "..%2Fparticipants.csv"] {
        assert_eq!(c.get(&format!("{page}/export/{wrong}")).await.status, StatusCode::NOT_FOUND, "{wrong}");
    }

    // Each download is in the audit log, with how many people it carried, never their names.
    let exported = audit_counts(&c, &org.to_string(), "personal-data-exported").await;
    for (what, count) in [("export-participants", 3), ("export-waiting", 1), ("export-pairs", 2)] {
        assert!(exported.contains(&(what.to_string(), count)), "{what}: {exported:?}");
    }
    let audit = c.api(Method::GET, &format!("/api/v1/orgs/{org}/audit"), None).await.json();
    assert!(!audit.to_string().contains("Tigist"));
}

/// The organisation's audit entries of `kind`, as (what, count).
async fn audit_counts(c: &Client, org: &str, kind: &str) -> Vec<(String, i64)> {
    let audit = c.api(Method::GET, &format!("/api/v1/orgs/{org}/audit"), None).await.json();
    audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == kind)
        .map(|e| (e["detail"]["what"].as_str().unwrap().to_string(), e["detail"]["count"].as_i64().unwrap_or(-1)))
        .collect()
}

/// The names of the people in the participants table, in order.
fn listed_names(body: &str) -> Vec<String> {
    if !body.contains("id=\"participants\"") {
        return Vec::new();
    }
    let table = between(body, "id=\"participants\"", "</table>").replace("<bdi>", "");
    table
        .match_indices("/participants/")
        .filter_map(|(i, _)| {
            let rest = &table[i..];
            let start = rest.find('>')? + 1;
            Some(rest[start..start + rest[start..].find('<')?].to_string())
        })
        .collect()
}

/// A list of 122 people comes 50 at a time, each page reading (and auditing) only its own; the
/// search finds names by their beginnings whatever the accents, and the filters by side, standing,
/// language, area and time waited narrow it; the pairs page shows each group and links to the
/// rest; the overview counts without reading anyone.
async fn long_lists_come_a_page_at_a_time_searched_and_filtered(app: &TestApp) {
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let page = new_programme(&c, &org.to_string()).await;
    let imported = import_people(&c, &page, 60, 60).await;
    assert!(imported.contains("122 people were imported."), "{imported}");
    let id = page.rsplit('/').next().unwrap();
    let api = format!("/api/v1/orgs/{org}/programmes/{id}");
    for (side, name, speaks, area) in [
        ("newcomer", "José Ölçer", "tr:native", "Porta Palazzo"),
        ("volunteer", "Joséphine Aubert", "fr:native", "1000"),
    ] {
        let body = json!({"side": side, "name": name, "speaks": speaks, "area": area, "availability": "mon-evening", "consent_recorded": true});
        assert_eq!(c.api(Method::POST, &format!("{api}/participants"), Some(body)).await.status, StatusCode::CREATED);
    }
    let list = |query: &str| format!("{page}/participants{query}");

    let first = c.get(&list("")).await.body;
    assert_eq!(listed_names(&first).len(), 50);
    assert!(first.contains("1–50 of 124"), "{}", between(&first, "list-position", "</p>"));
    assert!(first.contains(&format!("href=\"{page}/participants?page=2\"")));
    let last = c.get(&list("?page=3")).await.body;
    assert_eq!(listed_names(&last).len(), 24);
    assert!(last.contains("101–124 of 124") && !last.contains("rel=\"next\""));
    assert_eq!(listed_names(&c.get(&list("?page=999999999999")).await.body).len(), 0, "past the end is empty");
    // A filter that does not parse is named beside its field; the list is filtered by the others.
    let refused = c.get(&list("?page=abc&side=martian&status=%E2%80%AE&waited=-1&language=zz9")).await;
    assert_eq!(refused.status, StatusCode::OK);
    let summary = between(&refused.body, "class=\"error-summary\"", "</div>");
    for field in ["side", "status", "language", "waited"] {
        assert!(summary.contains(&format!("href=\"#field-{field}\"")), "{field}: {summary}");
    }
    assert!(refused.body.contains("Enter a number of days from 0 to 3650."));
    assert_eq!(listed_names(&refused.body).len(), 50);
    let too_long = c.get(&list("?waited=99999&side=volunteer")).await.body;
    assert!(too_long.contains("id=\"error-waited\"") && too_long.contains("1–50 of 61"));

    let names = |query: &'static str| {
        let c = &c;
        let url = list(query);
        async move { listed_names(&c.get(&url).await.body) }
    };
    assert_eq!(names("?q=jose").await, ["José Ölçer", "Joséphine Aubert"]);
    assert_eq!(names("?q=OLCER+jos").await, ["José Ölçer"]);
    assert_eq!(names("?q=jose&side=volunteer").await, ["Joséphine Aubert"]);
    assert_eq!(names("?language=tr").await, ["José Ölçer"]);
    assert_eq!(names("?area=porta+palazzo").await, ["José Ölçer"]);
    assert_eq!(names("?language=ti").await, ["Tigrinya Only"]);
    assert!(names("?q=nobody+here").await.is_empty());
    assert!(c.get(&list("?q=nobody")).await.body.contains("Nobody matches these filters."));
    let volunteers = c.get(&list("?side=volunteer&page=2")).await.body;
    assert!(volunteers.contains("51–61 of 61"), "{}", between(&volunteers, "list-position", "</p>"));
    let previous = format!("href=\"{page}/participants?side=volunteer\" rel=\"prev\"");
    assert!(volunteers.contains(&previous), "the link back to page 1 keeps the filter");

    // Standing and waiting time come from the pairs and the dates, not from the records.
    assert_eq!(c.api(Method::POST, &format!("{api}/rounds"), None).await.status, StatusCode::OK);
    let waiting = names("?status=waiting").await;
    assert!(
        waiting.contains(&"Tigrinya Only".to_string()) && waiting.contains(&"Young Person".to_string()),
        "{waiting:?}"
    );
    assert!(!waiting.iter().any(|n| n.starts_with("Volunteer")));
    // Words checked on the waiting newcomers' own index find the same people.
    assert_eq!(names("?status=waiting&language=ti").await, ["Tigrinya Only"]);
    assert_eq!(names("?status=waiting&q=tigrinya+only").await, ["Tigrinya Only"]);
    let proposed = names("?status=proposed&side=newcomer").await;
    assert!(!proposed.is_empty() && !proposed.contains(&"Tigrinya Only".to_string()));
    assert!(names("?waited=1").await.is_empty(), "everyone joined today");

    // The API lists them too, a page at a time, with how many there are and links to the others.
    let r = c.api(Method::GET, &format!("{api}/participants"), None).await;
    assert_eq!((r.status, r.json().as_array().unwrap().len()), (StatusCode::OK, 100));
    assert_eq!(r.headers["x-total-count"], "124");
    let link = r.headers["link"].to_str().unwrap().to_string();
    assert!(link.contains(&format!("<{api}/participants?page=2>; rel=\"next\"")), "{link}");
    assert!(!link.contains("rel=\"prev\""), "{link}");
    let r = c.api(Method::GET, &format!("{api}/participants?side=volunteer&per_page=50&page=2"), None).await;
    let volunteers = r.json();
    assert_eq!((volunteers.as_array().unwrap().len(), r.headers["x-total-count"].to_str().unwrap()), (11, "61"));
    assert!(volunteers.as_array().unwrap().iter().all(|p| p["side"] == "volunteer"));
    let link = r.headers["link"].to_str().unwrap();
    let previous = format!("<{api}/participants?side=volunteer&per_page=50>; rel=\"prev\"");
    assert!(link.contains(&previous) && !link.contains("rel=\"next\""), "{link}");
    let r = c.api(Method::GET, &format!("{api}/participants?status=waiting&language=ti"), None).await.json();
    let found: Vec<&str> = r.as_array().unwrap().iter().map(|p| p["record"]["name"].as_str().unwrap()).collect();
    assert_eq!(found, ["Tigrinya Only"]);
    for (wrong, field) in [
        ("page=0", "page"),
        ("page=abc", "page"),
        ("per_page=1001", "per_page"),
        ("status=lost", "status"),
        ("side=martian", "side"),
        ("language=%E2%80%AE", "language"),
        ("waited=-1", "waited"),
    ] {
        let r = c.api(Method::GET, &format!("{api}/participants?{wrong}"), None).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{wrong}");
        assert!(r.body.contains(&format!("\"field\":\"{field}\"")), "{wrong}: {}", r.body);
    }
    app.clock.advance(chrono::Duration::days(3));
    c.login("olga@example.org", crate::harness::PASSWORD).await;
    assert_eq!(listed_names(&c.get(&list("?waited=2")).await.body).len(), 50, "the session ended with the days");

    // The overview counts without reading anyone; the pairs page reads only whom it shows.
    let overview = c.get(&page).await.body;
    let waiting_count = format!("<dd>{} (the longest for 3 days)", waiting.len());
    assert!(overview.contains(&waiting_count), "{waiting_count}: {}", between(&overview, "<dl", "</dl>"));
    let viewed = audit_counts(&c, &org.to_string(), "personal-data-viewed").await;
    assert_eq!(viewed.iter().filter(|(w, _)| w == "overview").count(), 0, "{viewed:?}");
    assert!(viewed.iter().filter(|(w, _)| w == "participants").all(|(_, n)| *n <= 50), "{viewed:?}");
    let r = c.api(Method::GET, &format!("{api}/pairs"), None).await.json();
    let proposals: Vec<&serde_json::Value> =
        r.as_array().unwrap().iter().filter(|p| p["status"] == "proposed").collect();
    assert!(proposals.len() > 20);
    let round = format!("{page}/round");

    // The round page shows its proposals 25 at a time, offers for each only the swaps that keep
    // the rules among them, and brings the coordinator back to the same page after acting.
    let first = c.get(&round).await.body;
    assert_eq!(proposal_ids(&first).len(), 25);
    assert!(first.contains(&format!("1–25 of {}", proposals.len())));
    let row = between(&first, &format!("pair-{}", proposal_ids(&first)[0]), "</tr>");
    assert_eq!(row.matches("<option").count(), 24, "every swap on the page keeps the rules here");
    let second = c.get(&format!("{round}?page=2")).await.body;
    let on_second = proposal_ids(&second);
    assert_eq!(on_second.len(), 25);
    // Each step is said back, by ids in the address (never names) and names from the page's rows.
    let r = c.post_form(&format!("{page}/pairs/{}/reject", on_second[3]), &[("page", "2"), ("q", "")]).await;
    assert_eq!(r.location(), format!("{round}?page=2&done=reject&pair={}#round-done", on_second[3]));
    let said = c.get(&r.location()).await.body;
    let notice = between(&said, "id=\"round-done\"", "</div>");
    assert!(notice.contains("Proposal turned down") && notice.contains(&on_second[3]), "{notice}");
    let r = c.post_form(&format!("{round}/swap"), &[("a", &on_second[0]), ("b", &on_second[1]), ("page", "2")]).await;
    let done = format!("{round}?page=2&done=swap&pair={}&with={}#round-done", on_second[0], on_second[1]);
    assert_eq!(r.location(), done);
    let said = c.get(&r.location()).await.body;
    let notice = between(&said, "id=\"round-done\"", "</div>");
    assert!(notice.contains("Partners swapped. Now") && notice.matches("%)").count() == 2, "{notice}");
    let r = c.post_form(&format!("{page}/pairs/{}/lock", on_second[0]), &[("page", "2")]).await;
    let said = c.get(&r.location()).await.body;
    assert!(between(&said, "id=\"round-done\"", "</div>").contains("Locked: "), "{said}");
    assert_eq!(c.get(&format!("{round}?done=lock&pair=nonsense")).await.status, StatusCode::OK);
    // Each row's buttons are told apart by the names they act on.
    let row = between(&said, &format!("pair-{}", on_second[5]), "</tr>");
    assert_eq!(row.matches("<span class=\"visually-hidden\">: <bdi>").count(), 4, "{row}");
    let found = c.get(&format!("{round}?q=newcomer+07")).await.body;
    assert_eq!(proposal_ids(&found).len(), 1, "found by name");
    // A page past the end (the last proposal on it decided, a bookmark) leads to the last one.
    let pages = (proposals.len() - 1).div_ceil(25); // one was turned down above
    assert_eq!(c.get(&format!("{round}?page=99")).await.location(), format!("{round}?page={pages}"));
    // The message of what was just done goes along.
    let gone = format!("done=reject&pair={}", on_second[3]);
    let r = c.get(&format!("{round}?page=99&{gone}")).await;
    assert_eq!(r.location(), format!("{round}?{gone}&page={pages}#round-done"));
    let r = c.get(&format!("{page}/participants?side=volunteer&page=61")).await;
    assert_eq!(r.location(), format!("{page}/participants?side=volunteer&page=2"));
    assert!(!found.contains("id=\"accept-all\""), "accepting everything is not offered on a search");
    let young = c.get(&round).await.body;
    assert!(between(&young, "id=\"unpaired\"", "</table>").contains("Young Person"), "the waiting, with why");
    let proposals = &proposals[..proposals.len() - 1];

    assert_eq!(c.post_form(&format!("{round}/accept-all"), &[]).await.status, StatusCode::SEE_OTHER);
    let pairs = c.get(&format!("{page}/pairs")).await.body;
    let accepted = between(&pairs, "id=\"accepted-pairs\"", "</ul>");
    assert_eq!(accepted.matches("<li").count(), 10, "the overview shows ten of each group");
    assert!(pairs.contains(&format!("See all {}", proposals.len())), "and links to the rest");
    let all = c.get(&format!("{page}/pairs?show=accepted&page=2")).await.body;
    let rest = between(&all, "id=\"accepted-pairs\"", "</ul>");
    assert_eq!(rest.matches("<li").count(), proposals.len() - 50);
    let one = c.get(&format!("{page}/pairs?show=accepted&q=volunteer+05")).await.body;
    assert_eq!(between(&one, "id=\"accepted-pairs\"", "</ul>").matches("<li").count(), 1, "found by either name");
    let r = c.api(Method::GET, &format!("{api}/pairs?group=accepted&per_page=10&page=2"), None).await;
    assert_eq!(r.json().as_array().unwrap().len(), 10);
    assert_eq!(r.headers["x-total-count"].to_str().unwrap(), proposals.len().to_string());
    assert!(r.json().as_array().unwrap().iter().all(|p| p["status"] == "accepted"));
    let r = c.api(Method::GET, &format!("{api}/pairs?group=accepted&q=volunteer+05"), None).await.json();
    assert_eq!(r.as_array().unwrap().len(), 1, "found by either name");
    let r = c.api(Method::GET, &format!("{api}/pairs?group=rejected"), None).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}
