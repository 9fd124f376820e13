//! Trust: what an attacker or a careless moment must not achieve. Hostile uploads cannot take the
//! server down; withdrawn consent binds; the pair life cycle holds under races; facts about people
//! are sealed at rest.

use crate::connect::{new_programme, people_csv};
use crate::harness::{Client, TestApp};
use crate::on_both_backends;
use bridges_domain::{Clock, OrgId};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};

on_both_backends!(
    hostile_uploads_are_refused_and_the_server_stays_up,
    withdrawn_consent_binds,
    accepting_a_pair_twice_at_once_has_one_winner,
    acceptance_respects_the_volunteers_room,
    rounds_and_accepts_racing_leave_no_double_booking,
    explanations_and_summaries_are_sealed_at_rest,
    a_person_is_exported_then_erased_everywhere,
    retention_erases_people_inactive_past_the_period,
    every_read_of_people_leaves_exactly_its_entry,
);

fn hostile(name: &str) -> Vec<u8> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../sheet/tests/hostile");
    std::fs::read(dir.join(name)).unwrap()
}

async fn hostile_uploads_are_refused_and_the_server_stays_up(app: &TestApp) {
    let (coordinator, org) = app.set_up("Org A", "olga@example.org").await;
    let base = new_programme(&coordinator, &org.to_string()).await;
    let import = format!("{base}/import");
    let consent = [("consent_recorded", "1")];
    let files = [
        ("sparse-xfd1048576.xlsx", "The file has more than 20,000 rows."),
        ("sparse-a1-xfd20001.xlsx", "A row reaches further than 64 columns."),
        ("bomb-sheet.xlsx", "This workbook unpacks to far more than its size suggests."),
        ("bomb-shared-strings.xlsx", "This workbook unpacks to far more than its size suggests."),
        ("lying-size.xlsx", "This workbook unpacks to far more than its size suggests."),
        ("billion-laughs.xlsx", "This workbook cannot be read."),
        ("many-entries.xlsx", "This workbook cannot be read."),
        ("legacy.xls", "Old Excel workbooks (.xls) are not read."),
        ("one-long-line.csv", "A row reaches further than 64 columns."),
        ("unclosed-quote.csv", "A cell holds more than 32,767 characters."),
    ];
    // All at once, as an attacker would send them: each is refused by name, none is imported.
    let uploads = files.iter().map(|(name, _)| coordinator.upload(&import, name, hostile(name), &consent));
    let answers = futures::future::join_all(uploads).await;
    for ((name, message), r) in files.iter().zip(answers) {
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert!(r.body.contains(message), "{name}: {message}");
    }
    assert_eq!(coordinator.get("/healthz").await.status, StatusCode::OK);
    // A name carrying a NUL byte is refused on its line.
    let r = coordinator.upload(&import, "bidi.csv", hostile("bidi-and-nul.csv"), &consent).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(crate::harness::unlabelled(&r.body).contains("<td>2</td><td>name</td>"), "{}", r.body);
    // And a real workbook still imports.
    let r = coordinator.upload(&import, "valid.xlsx", hostile("valid.xlsx"), &consent).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("2 people were imported."));
    let r = coordinator.upload(&import, "people.csv", people_csv(1, 1).into_bytes(), &consent).await;
    assert_eq!(r.status, StatusCode::OK);
}

/// A buddy programme made over the API: volunteers (each taking `capacity` newcomers) and
/// newcomers who all speak French in area 1000. Answers the API path of the programme and the ids of
/// the volunteers and the newcomers.
async fn programme(
    c: &Client,
    org: OrgId,
    volunteers: usize,
    capacity: u32,
    newcomers: usize,
) -> (String, Vec<String>, Vec<String>) {
    let r = c
        .api(Method::POST, &format!("/api/v1/orgs/{org}/programmes"), Some(json!({"name": "Buddies", "kind": "buddy"})))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let base = format!("/api/v1/orgs/{org}/programmes/{}", r.json()["id"].as_str().unwrap());
    let mut ids = (Vec::new(), Vec::new());
    for (side, count) in [("volunteer", volunteers), ("newcomer", newcomers)] {
        for i in 0..count {
            let body = json!({"side": side, "name": format!("{side} {i}"), "speaks": "fr:native", "area": "1000",
                              "availability": "tue-evening", "capacity": capacity.to_string(), "consent_recorded": true});
            let r = c.api(Method::POST, &format!("{base}/participants"), Some(body)).await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
            let id = r.json()["id"].as_str().unwrap().to_string();
            if side == "volunteer" {
                ids.0.push(id)
            } else {
                ids.1.push(id)
            }
        }
    }
    (base, ids.0, ids.1)
}

async fn pairs(c: &Client, base: &str) -> Vec<Value> {
    let r = c.api(Method::GET, &format!("{base}/pairs"), None).await;
    assert_eq!(r.status, StatusCode::OK);
    r.json().as_array().unwrap().clone()
}

fn is(pair: &Value, status: &str) -> bool {
    pair["status"] == status
}

/// No newcomer held twice or both held and proposed, no volunteer past their room, nobody
/// withdrawn in an open pair.
fn assert_no_double_booking(pairs: &[Value], capacity: u32) {
    let holds = |p: &Value| ["accepted", "introduced", "active"].iter().any(|s| is(p, s));
    let mut newcomer: HashMap<String, (u32, u32)> = HashMap::new();
    let mut volunteer: HashMap<String, u32> = HashMap::new();
    for p in pairs {
        let n = newcomer.entry(p["newcomer"].to_string()).or_default();
        if holds(p) {
            n.0 += 1;
            *volunteer.entry(p["volunteer"].to_string()).or_default() += 1;
        } else if is(p, "proposed") {
            n.1 += 1;
        }
    }
    for (id, (held, proposed)) in &newcomer {
        assert!(
            *held <= 1 && *proposed <= 1 && held + proposed <= 1,
            "newcomer {id}: {held} held, {proposed} proposed: {pairs:#?}"
        );
    }
    for (id, held) in &volunteer {
        assert!(*held <= capacity, "volunteer {id} holds {held} at capacity {capacity}");
    }
}

async fn set_status(c: &Client, base: &str, pair: &str, status: &str) -> StatusCode {
    c.api(Method::POST, &format!("{base}/pairs/{pair}/status"), Some(json!({"status": status}))).await.status
}

async fn withdrawn_consent_binds(app: &TestApp) {
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let (base, _, newcomers) = programme(&c, org, 2, 1, 2).await;
    let page = base.replace("/api/v1", "");
    assert_eq!(c.api(Method::POST, &format!("{base}/rounds"), None).await.status, StatusCode::OK);
    let proposed = pairs(&c, &base).await;
    assert_eq!(proposed.len(), 2);
    let of = |n: &str| proposed.iter().find(|p| p["newcomer"] == n).unwrap()["id"].as_str().unwrap().to_string();
    let (meeting, proposal) = (of(&newcomers[0]), of(&newcomers[1]));
    assert_eq!(set_status(&c, &base, &meeting, "accepted").await, StatusCode::NO_CONTENT);
    assert_eq!(set_status(&c, &base, &meeting, "introduced").await, StatusCode::NO_CONTENT);

    for n in &newcomers {
        let r = c.post_form(&format!("{page}/participants/{n}"), &[("action", "withdraw")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let after = pairs(&c, &base).await;
    assert_eq!(after.len(), 1, "the proposal went with the person: {after:#?}");
    assert_eq!(after[0]["status"], "closed");
    assert!(after[0]["close_reason"].as_str().unwrap().contains("withdrew"));
    // Nothing more can be done with their pairs.
    assert_eq!(set_status(&c, &base, &proposal, "accepted").await, StatusCode::NOT_FOUND);
    assert_eq!(set_status(&c, &base, &meeting, "introduced").await, StatusCode::CONFLICT);
    let check_in = json!({"met_on": "2026-03-01", "minutes": 60});
    let r = c.api(Method::POST, &format!("{base}/pairs/{meeting}/check-ins"), Some(check_in)).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    let r = c.get(&format!("{page}/pairs/{meeting}/introduction")).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    // And no later round proposes them.
    let r = c.api(Method::POST, &format!("{base}/rounds"), None).await;
    assert_eq!(r.json()["proposals"], 0, "{}", r.body);
    // Their consents say when they were withdrawn.
    let person = c.get(&format!("{page}/participants/{}", newcomers[0])).await;
    assert_eq!(person.status, StatusCode::OK);
}

async fn accepting_a_pair_twice_at_once_has_one_winner(app: &TestApp) {
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let (base, _, _) = programme(&c, org, 6, 1, 6).await;
    assert_eq!(c.api(Method::POST, &format!("{base}/rounds"), None).await.status, StatusCode::OK);
    for pair in pairs(&c, &base).await {
        let id = pair["id"].as_str().unwrap();
        let (a, b) = futures::join!(set_status(&c, &base, id, "accepted"), set_status(&c, &base, id, "accepted"));
        let mut answers = [a, b];
        answers.sort();
        assert_eq!(answers, [StatusCode::NO_CONTENT, StatusCode::CONFLICT]);
    }
    assert_no_double_booking(&pairs(&c, &base).await, 1);
}

async fn acceptance_respects_the_volunteers_room(app: &TestApp) {
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let (base, volunteers, _) = programme(&c, org, 1, 2, 2).await;
    assert_eq!(c.api(Method::POST, &format!("{base}/rounds"), None).await.status, StatusCode::OK);
    let proposed = pairs(&c, &base).await;
    assert_eq!(proposed.len(), 2, "room for two");
    // The volunteer now takes one newcomer only.
    let page = base.replace("/api/v1", "");
    let r = c
        .post_form(
            &format!("{page}/participants/{}", volunteers[0]),
            &[
                ("side", "volunteer"),
                ("name", "volunteer 0"),
                ("speaks", "fr:native"),
                ("area", "1000"),
                ("availability", "tue-evening"),
                ("capacity", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = c.post_form(&format!("{page}/round/accept-all"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let after = pairs(&c, &base).await;
    assert_eq!(after.iter().filter(|p| is(p, "accepted")).count(), 1, "{after:#?}");
    let left = after.iter().find(|p| is(p, "proposed")).unwrap()["id"].as_str().unwrap().to_string();
    let r = c.api(Method::POST, &format!("{base}/pairs/{left}/status"), Some(json!({"status": "accepted"}))).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("volunteer-full"), "{}", r.body);
}

async fn rounds_and_accepts_racing_leave_no_double_booking(app: &TestApp) {
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let (base, _, _) = programme(&c, org, 8, 1, 12).await;
    let page = base.replace("/api/v1", "");
    let (rounds, accept_all) = (format!("{base}/rounds"), format!("{page}/round/accept-all"));
    let round = || c.api(Method::POST, &rounds, None);
    for _ in 0..4 {
        // Two rounds at once: one set of proposals, no duplicates.
        let (a, b) = futures::join!(round(), round());
        assert_eq!((a.status, b.status), (StatusCode::OK, StatusCode::OK), "{} {}", a.body, b.body);
        let now = pairs(&c, &base).await;
        assert_no_double_booking(&now, 1);
        // A round racing "accept all": no 500, and whoever wins, nobody is booked twice.
        let (r, a) = futures::join!(round(), c.post_form(&accept_all, &[]));
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
        assert_no_double_booking(&pairs(&c, &base).await, 1);
        // Free the volunteers for the next turn.
        for p in pairs(&c, &base).await.iter().filter(|p| is(p, "accepted")) {
            let id = p["id"].as_str().unwrap();
            let body = json!({"status": "closed", "reason": "next turn"});
            let r = c.api(Method::POST, &format!("{base}/pairs/{id}/status"), Some(body)).await;
            assert_eq!(r.status, StatusCode::NO_CONTENT);
        }
    }
}

/// Every byte the database keeps, with its write-ahead log: what a stolen disk would show.
fn raw_database(app: &TestApp) -> Vec<u8> {
    let mut bytes = Vec::new();
    for name in ["bridges.db", "bridges.db-wal"] {
        bytes.extend(std::fs::read(app.data_dir().join(name)).unwrap_or_default());
    }
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

async fn explanations_and_summaries_are_sealed_at_rest(app: &TestApp) {
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let (base, _, _) = programme(&c, org, 0, 1, 0).await;
    for side in ["volunteer", "newcomer"] {
        let body = json!({"side": side, "name": format!("Quetzal {side}"), "speaks": "qu:native", "area": "1000",
                          "interests": "zither-origami", "availability": "tue-evening", "consent_recorded": true});
        let r = c.api(Method::POST, &format!("{base}/participants"), Some(body)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    }
    let r = c.api(Method::POST, &format!("{base}/rounds"), None).await;
    assert_eq!(r.json()["proposals"], 1, "{}", r.body);
    let pairs = pairs(&c, &base).await;
    assert!(pairs[0]["factors"].to_string().contains("zither-origami"), "the explanation opens for the coordinator");
    for (what, query) in [("explanation", "SELECT explanation FROM pairs"), ("summary", "SELECT summary FROM rounds")] {
        let stored = bridges_store::test_support::query_text(&app.store, query).await.unwrap().unwrap();
        assert!(stored.starts_with("v1:") && !stored.contains("zither"), "{what}: {stored}");
    }
    // Values written in clear before these columns were sealed are sealed at the next start, and
    // still open for the coordinator.
    let factors = pairs[0]["factors"].to_string();
    bridges_store::test_support::execute(&app.store, &format!("UPDATE pairs SET explanation = '{factors}'"))
        .await
        .unwrap();
    bridges_store::test_support::execute(&app.store, "UPDATE rounds SET summary = '{\"proposals\": 1}'").await.unwrap();
    assert_eq!(app.store.seal_legacy().await.unwrap(), 2);
    assert_eq!(app.store.seal_legacy().await.unwrap(), 0, "once sealed, left alone");
    for query in ["SELECT explanation FROM pairs", "SELECT summary FROM rounds"] {
        let stored = bridges_store::test_support::query_text(&app.store, query).await.unwrap().unwrap();
        assert!(stored.starts_with("v1:"), "{query}: {stored}");
    }
    assert_eq!(self::pairs(&c, &base).await[0]["factors"].to_string(), factors);
    if app.store.backend() == bridges_store::Backend::Sqlite {
        let raw = raw_database(app);
        assert!(!raw.is_empty());
        for secret in ["zither-origami", "Quetzal", "\"qu\""] {
            assert!(!contains(&raw, secret), "{secret} is in the raw database files");
        }
    }
}

async fn a_person_is_exported_then_erased_everywhere(app: &TestApp) {
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let (base, _, _) = programme(&c, org, 0, 1, 0).await;
    let page = base.replace("/api/v1", "");
    let mut ids = Vec::new();
    for (side, name) in [("volunteer", "Bartholomew Vane"), ("newcomer", "Zephyrine Quillfeather")] {
        let body = json!({"side": side, "name": name, "speaks": "fr:native", "area": "1000", "email": "zq@example.org",
                          "interests": "kite-making", "availability": "tue-evening", "note": "prefers mornings",
                          "consent_recorded": true});
        let r = c.api(Method::POST, &format!("{base}/participants"), Some(body)).await;
        ids.push(r.json()["id"].as_str().unwrap().to_string());
    }
    let newcomer = ids[1].clone();
    assert_eq!(c.api(Method::POST, &format!("{base}/rounds"), None).await.json()["proposals"], 1);
    let pair = pairs(&c, &base).await[0]["id"].as_str().unwrap().to_string();
    for step in ["accepted", "introduced"] {
        assert_eq!(set_status(&c, &base, &pair, step).await, StatusCode::NO_CONTENT);
    }
    let check_in = json!({"met_on": "2026-03-01", "minutes": 45, "activity": "lantern-festival walk"});
    let r = c.api(Method::POST, &format!("{base}/pairs/{pair}/check-ins"), Some(check_in)).await;
    assert_eq!(r.status, StatusCode::CREATED);
    // The person's page names them in the audit log by id, and reading pairs over the API is
    // audited too.
    assert_eq!(c.get(&format!("{page}/participants/{newcomer}")).await.status, StatusCode::OK);
    let audit = c.api(Method::GET, &format!("/api/v1/orgs/{org}/audit"), None).await.json();
    let entries = audit.as_array().unwrap();
    assert!(entries.iter().any(|e| e["detail"]["what"] == "api-pairs"), "{audit}");
    let viewed = entries.iter().find(|e| e["detail"]["what"] == "participant").unwrap();
    assert_eq!(viewed["detail"]["people"], json!([newcomer]));
    assert!(!audit.to_string().contains("Zephyrine"), "ids, never names");

    // Article 15: everything held, as JSON and as CSV.
    let export = c.get(&format!("{page}/participants/{newcomer}/export.json")).await;
    assert_eq!(export.status, StatusCode::OK);
    assert!(export.headers["content-disposition"].to_str().unwrap().contains("attachment"));
    let held = export.json();
    assert_eq!(held["record"]["name"], "Zephyrine Quillfeather");
    assert_eq!(held["consents"][0]["purpose"], "pairing");
    assert_eq!(held["pairs"][0]["partner"], ids[0].as_str());
    assert!(held["pairs"][0]["reasons"].to_string().contains("kite-making"));
    assert_eq!(held["pairs"][0]["check_ins"][0]["record"]["activity"], "lantern-festival walk");
    assert!(held["audit"].as_array().unwrap().iter().any(|e| e["what"] == "participant"), "{held}");
    assert!(!held.to_string().contains("Bartholomew"), "the partner's data is theirs");
    let csv = c.get(&format!("{page}/participants/{newcomer}/export.csv")).await;
    assert!(csv.body.contains("record.name,Zephyrine Quillfeather"), "{}", csv.body);

    // What a stolen disk would show of them before: sealed values, each unique.
    let sealed = |sql: &'static str| async move {
        bridges_store::test_support::query_text(&app.store, sql).await.unwrap().unwrap()
    };
    let traces = [
        sealed("SELECT sealed FROM participants WHERE side = 'newcomer'").await,
        sealed("SELECT explanation FROM pairs").await,
        sealed("SELECT sealed FROM check_ins").await,
    ];

    if app.store.backend() == bridges_store::Backend::Sqlite {
        let raw = raw_database(app);
        for trace in &traces {
            assert!(contains(&raw, &trace[..60]), "the probe finds what is there before the erasure");
        }
    }

    // Article 17: erased once confirmed.
    let erase = format!("{page}/participants/{newcomer}/erase");
    assert_eq!(c.post_form(&erase, &[]).await.status, StatusCode::UNPROCESSABLE_ENTITY, "not without confirming");
    assert_eq!(c.post_form(&erase, &[("confirm", "1")]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(c.get(&format!("{page}/participants/{newcomer}/export.json")).await.status, StatusCode::NOT_FOUND);
    assert!(pairs(&c, &base).await.is_empty());
    let people = c.api(Method::GET, &format!("{base}/participants"), None).await.json();
    assert_eq!(people.as_array().unwrap().len(), 1);
    if app.store.backend() == bridges_store::Backend::Sqlite {
        let raw = raw_database(app);
        for trace in traces.iter().map(String::as_str).chain(["Zephyrine", "kite-making", "lantern-festival"]) {
            let probe = &trace[..trace.len().min(60)];
            assert!(!contains(&raw, probe), "{probe} is still in the raw database files");
        }
    }
}

async fn retention_erases_people_inactive_past_the_period(app: &TestApp) {
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let (base, _, newcomers) = programme(&c, org, 0, 1, 2).await;
    let page = base.replace("/api/v1", "");
    let mut settings = vec![("name", "Buddies"), ("quiet_after_days", "21"), ("retention_days", "30")];
    for q in ["q-speaks", "q-area", "q-availability"] {
        settings.push((q, "1"));
    }
    for (k, v) in [("shared_language", "1"), ("min_shared_slots", "1"), ("fairness_by", "language")] {
        settings.push((k, v));
    }
    for w in ["w-language", "w-interests", "w-distance", "w-availability", "w-field", "w-waiting"] {
        settings.push((w, "5"));
    }
    let mut too_short = settings.clone();
    too_short[2] = ("retention_days", "7");
    let r = c.post_form(&format!("{page}/settings"), &too_short).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("from 30 to 3,650"));
    assert_eq!(c.post_form(&format!("{page}/settings"), &settings).await.status, StatusCode::SEE_OTHER);
    let r = c.post_form(&format!("{page}/participants/{}", newcomers[0]), &[("action", "withdraw")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    app.clock.advance(chrono::Duration::days(29));
    assert!(app.store.retention_sweep(app.clock.now()).await.unwrap().is_empty(), "not yet");
    app.clock.advance(chrono::Duration::days(2));
    let erased = app.store.retention_sweep(app.clock.now()).await.unwrap();
    let ids: Vec<String> = erased.iter().map(|(_, _, p)| p.to_string()).collect();
    assert_eq!(ids, vec![newcomers[0].clone()], "the one who withdrew; the one still waiting stays");
    c.login("olga@example.org", crate::harness::PASSWORD).await;
    let people = c.api(Method::GET, &format!("{base}/participants"), None).await.json();
    assert_eq!(people.as_array().unwrap().len(), 1);
}

/// The organisation's entries about personal data written since the last call, as
/// `(kind, what, count, people)`, `people` empty when the entry names no one.
async fn new_entries(c: &Client, org: OrgId, seen: &mut HashSet<String>) -> Vec<(String, String, u64, Vec<String>)> {
    let log = c.api(Method::GET, &format!("/api/v1/orgs/{org}/audit"), None).await.json();
    let mut fresh: Vec<_> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"].as_str().unwrap().starts_with("personal-data-"))
        .filter(|e| seen.insert(e["id"].as_str().unwrap().to_string()))
        .map(|e| {
            let d = &e["detail"];
            let people = d["people"].as_array().map(|p| p.iter().map(|id| id.as_str().unwrap().to_string()).collect());
            let kind = e["kind"].as_str().unwrap().to_string();
            (kind, d["what"].as_str().unwrap().to_string(), d["count"].as_u64().unwrap(), people.unwrap_or_default())
        })
        .collect();
    fresh.sort();
    fresh
}

/// Each page and API call that reads people leaves one entry, with what it was, how many it read
/// and, when it read particular people, their ids; acting on pairs leaves the change alone. The
/// store writes these as it reads, so this holds for pages nobody has written yet.
async fn every_read_of_people_leaves_exactly_its_entry(app: &TestApp) {
    let (c, org) = app.set_up("Org A", "olga@example.org").await;
    let (base, volunteers, newcomers) = programme(&c, org, 2, 1, 2).await;
    let page = base.replace("/api/v1", "");
    let mut seen = HashSet::new();
    assert_eq!(new_entries(&c, org, &mut seen).await.len(), 4, "four people added");
    let viewed = |what: &str, count: u64, people: &[&String]| {
        let people = people.iter().map(|p| p.to_string()).collect();
        vec![("personal-data-viewed".to_string(), what.to_string(), count, people)]
    };

    assert_eq!(c.api(Method::POST, &format!("{base}/rounds"), None).await.status, StatusCode::OK);
    assert_eq!(new_entries(&c, org, &mut seen).await, viewed("round", 4, &[]));
    let proposed = pairs(&c, &base).await;
    assert_eq!(proposed.len(), 2);
    assert_eq!(new_entries(&c, org, &mut seen).await, viewed("api-pairs", 2, &[]));
    assert_eq!(c.api(Method::GET, &format!("{base}/participants"), None).await.status, StatusCode::OK);
    assert_eq!(new_entries(&c, org, &mut seen).await, viewed("api-participants", 4, &[]));
    // The overview only counts, so it reads nobody; each list reads (and counts) whom it shows:
    // everyone on the participants page, nobody on the pairs page while the pairs are only
    // proposed and nobody waits.
    assert_eq!(c.get(&page).await.status, StatusCode::OK);
    assert_eq!(new_entries(&c, org, &mut seen).await, vec![], "the overview");
    for (path, what, count) in [("/participants", "participants", 4), ("/round", "round", 4), ("/pairs", "pairs", 0)] {
        assert_eq!(c.get(&format!("{page}{path}")).await.status, StatusCode::OK, "{path}");
        assert_eq!(new_entries(&c, org, &mut seen).await, viewed(what, count, &[]), "{path}");
    }
    let newcomer = &newcomers[0];
    assert_eq!(c.get(&format!("{page}/participants/{newcomer}")).await.status, StatusCode::OK);
    assert_eq!(new_entries(&c, org, &mut seen).await, viewed("participant", 1, &[newcomer]));

    // Accepting learns the volunteers' room from their records, and says only that it accepted.
    let pair = proposed.iter().find(|p| p["newcomer"] == newcomer.as_str()).unwrap();
    let (id, volunteer) = (pair["id"].as_str().unwrap(), pair["volunteer"].as_str().unwrap().to_string());
    assert!(volunteers.contains(&volunteer));
    assert_eq!(set_status(&c, &base, id, "accepted").await, StatusCode::NO_CONTENT);
    let accepted = vec![("personal-data-changed".to_string(), "accepted".to_string(), 2, Vec::new())];
    assert_eq!(new_entries(&c, org, &mut seen).await, accepted);
    assert_eq!(set_status(&c, &base, id, "accepted").await, StatusCode::CONFLICT);
    assert!(new_entries(&c, org, &mut seen).await.is_empty(), "a refused acceptance reads nobody");

    // A pair's page and its introduction read everyone's records but are about two people.
    let two = [newcomer, &volunteer];
    for (path, what) in [("", "pair"), ("/introduction", "introduction")] {
        assert_eq!(c.get(&format!("{page}/pairs/{id}{path}")).await.status, StatusCode::OK, "{path}");
        assert_eq!(new_entries(&c, org, &mut seen).await, viewed(what, 2, &two), "{path}");
    }

    assert_eq!(c.get(&format!("{page}/participants/{newcomer}/export.json")).await.status, StatusCode::OK);
    let exported = vec![("personal-data-exported".to_string(), "person-export".to_string(), 1, vec![newcomer.clone()])];
    assert_eq!(new_entries(&c, org, &mut seen).await, exported);
}
