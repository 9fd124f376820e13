//! Trust: what an attacker or a careless moment must not achieve. Hostile uploads cannot take the
//! server down; withdrawn consent binds; the pair life cycle holds under races; facts about people
//! are sealed at rest.

use crate::connect::{new_programme, people_csv};
use crate::harness::TestApp;
use crate::on_both_backends;
use reqwest::StatusCode;

on_both_backends!(hostile_uploads_are_refused_and_the_server_stays_up);

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
    assert!(r.body.contains("<td>2</td><td>name</td>"), "{}", r.body);
    // And a real workbook still imports.
    let r = coordinator.upload(&import, "valid.xlsx", hostile("valid.xlsx"), &consent).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("2 people were imported."));
    let r = coordinator.upload(&import, "people.csv", people_csv(1, 1).into_bytes(), &consent).await;
    assert_eq!(r.status, StatusCode::OK);
}
