//! `bridges directory`: the official HSDS examples, read in place, go into the database and come
//! back out equal; a bad record anywhere imports nothing; only coordinators and owners import.

use crate::bridges;
use bridges_sheet::Limits;
use bridges_signpost::json::normalise;
use bridges_signpost::{json, package, Kind};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Output;

const ORG: &str = "Harbour Help (test)";

/// The official examples, where the project's sibling folder keeps them.
fn examples() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/hsds/examples");
    if here.is_dir() {
        here
    } else {
        PathBuf::from("/work/shared/hsds/examples")
    }
}

/// A data folder holding an organisation with an owner, a coordinator and a staff member, and no
/// directory yet (the demo's has one of its own).
fn organisation() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let password = data.path().join("password");
    std::fs::write(&password, "correct horse battery staple\n").unwrap();
    for (email, role) in [
        ("owner@example.org", "owner"),
        ("demo-coordinator@example.org", "coordinator"),
        ("demo-staff@example.org", "staff"),
    ] {
        let out = bridges(data.path())
            .args(["user", "create", "--email", email, "--org", ORG, "--role", role, "--password-file"])
            .arg(&password)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    data
}

fn import(data: &Path, path: &Path, member: &str) -> Output {
    let mut c = bridges(data);
    c.args(["directory", "import"]).arg(path).args(["--org", ORG, "--as", member]);
    c.output().unwrap()
}

fn printed(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

/// Imports as the coordinator and answers the one JSON line it printed.
fn imported(data: &Path, path: &Path) -> Value {
    let out = import(data, path, "demo-coordinator@example.org");
    assert!(out.status.success(), "{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.stdout.iter().filter(|&&b| b == b'\n').count(), 1, "one line");
    printed(&out)
}

/// Exports as the staff member into a new folder of the data folder.
fn exported(data: &Path, name: &str) -> PathBuf {
    let folder = data.join(name);
    let out = bridges(data)
        .args(["directory", "export", "--org", ORG, "--as", "demo-staff@example.org", "--out"])
        .arg(&folder)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(printed(&out)["files"], 23);
    folder
}

fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

fn package_files(folder: &Path) -> Vec<(String, String)> {
    Kind::ALL
        .iter()
        .map(|kind| {
            let file = kind.object().file;
            (file.to_string(), std::fs::read_to_string(folder.join(file)).unwrap())
        })
        .collect()
}

/// The full service example through the database: every field back in services.json, and the
/// CSV package the same the engine writes from the file itself. Then a JSON array whose last
/// service is bad imports nothing, and staff may export but not import.
#[test]
fn directory_json_round_trip_and_all_or_nothing() {
    let data = organisation();
    let service_full = examples().join("service_full.json");
    let original = read_json(&service_full);
    let engine = json::read(&std::fs::read(&service_full).unwrap()).unwrap();
    let records = engine.dataset.len();

    let counts = imported(data.path(), &service_full);
    let expected = json!({
        "services": 1, "organizations": 1, "locations": 1, "records": records,
        "created": records, "updated": 0, "warnings": engine.warnings.total(),
    });
    assert_eq!(counts, expected);

    let out = exported(data.path(), "out");
    assert_eq!(normalise(&read_json(&out.join("services.json"))), normalise(&json!([original.clone()])));
    let about = package::About { name: "x".into(), title: "x".into(), licence: None };
    for (file, bytes) in package::write(&engine.dataset, &about).into_iter().filter(|(f, _)| f.ends_with(".csv")) {
        assert_eq!(std::fs::read_to_string(out.join(&file)).unwrap(), String::from_utf8(bytes).unwrap(), "{file}");
    }

    // Importing it again replaces every record with itself.
    let again = imported(data.path(), &service_full);
    assert_eq!((again["created"].clone(), again["updated"].clone()), (json!(0), json!(records)));

    // A new service first and a service without its status last: nothing of either is written.
    let mut renamed = original.clone();
    renamed["name"] = json!("Renamed");
    let mut broken = json!({ "id": "7d1b2c3e-0000-4000-8000-000000000001", "name": "New" });
    broken["description"] = json!("No status");
    let bad = data.path().join("bad.json");
    std::fs::write(&bad, serde_json::to_vec(&json!([renamed, broken])).unwrap()).unwrap();
    let refused = import(data.path(), &bad, "demo-coordinator@example.org");
    assert!(!refused.status.success());
    let problems = printed(&refused);
    let wanted = json!({ "path": "$[1].status", "field": "status", "code": "hsds-required" });
    assert!(problems["problems"].as_array().unwrap().contains(&wanted), "{problems}");
    let after = exported(data.path(), "after");
    for file in std::iter::once("services.json".to_string()).chain(package_files(&out).into_iter().map(|(f, _)| f)) {
        assert_eq!(std::fs::read(after.join(&file)).unwrap(), std::fs::read(out.join(&file)).unwrap(), "{file}");
    }

    // Staff read the directory (above) but do not import.
    let refused = import(data.path(), &service_full, "demo-staff@example.org");
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("may not import into the directory"));
}

/// The official CSV data package through the database comes back byte for byte, with
/// services.json as the engine writes it from the package; a bad cell is refused at its file,
/// line and column, and nothing is imported.
#[test]
fn directory_csv_package_comes_back_byte_for_byte() {
    let data = organisation();
    let official = examples().join("csv");
    let engine = package::read(|p| std::fs::read(official.join(p)).ok(), &Limits::default()).unwrap();

    // A copy with one bad phone id, in the test's own folder.
    let broken = data.path().join("broken");
    std::fs::create_dir(&broken).unwrap();
    for entry in std::fs::read_dir(&official).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), broken.join(entry.file_name())).unwrap();
    }
    let phones = std::fs::read_to_string(broken.join("phones.csv")).unwrap();
    let mut lines: Vec<&str> = phones.lines().collect();
    let bad_line = lines[1].replacen(|c: char| c.is_ascii_hexdigit(), "z", 1);
    lines[1] = &bad_line;
    std::fs::write(broken.join("phones.csv"), lines.join("\r\n") + "\r\n").unwrap();
    let out = import(data.path(), &broken, "owner@example.org");
    assert!(!out.status.success());
    let problems = printed(&out);
    let wanted = json!({ "file": "phones.csv", "line": 2, "field": "id", "code": "hsds-bad-uuid" });
    assert_eq!(problems["problems"], json!([wanted]), "{problems}");
    let empty = exported(data.path(), "empty");
    assert_eq!(read_json(&empty.join("services.json")), json!([]));

    let counts = imported(data.path(), &official);
    assert_eq!(counts["records"], engine.dataset.len());
    assert_eq!(counts["created"], engine.dataset.len());
    let out = exported(data.path(), "out");
    for (file, text) in package_files(&out) {
        assert_eq!(text, std::fs::read_to_string(official.join(&file)).unwrap(), "{file}");
    }
    assert_eq!(read_json(&out.join("services.json")), Value::Array(json::services(&engine.dataset)));
}

fn publish(data: &Path, member: &str, extra: &[&str]) -> Output {
    let mut c = bridges(data);
    c.args(["directory", "publish", "--org", ORG, "--as", member]).args(extra);
    c.env("BRIDGES_PUBLIC_URL", "https://bridges.example.org/").env_remove("BRIDGES_LISTEN");
    c.output().unwrap()
}

#[test]
fn directory_publish_prints_the_read_api_address_and_keeps_its_key() {
    let data = organisation();
    let coordinator = "demo-coordinator@example.org";
    let before = publish(data.path(), coordinator, &[]);
    assert!(!before.status.success(), "nothing imported, nothing to publish");
    assert!(String::from_utf8_lossy(&before.stderr).contains("import one first"));

    imported(data.path(), &examples().join("service_full.json"));
    let on = publish(data.path(), coordinator, &[]);
    assert!(on.status.success(), "{}", String::from_utf8_lossy(&on.stderr));
    let on = printed(&on);
    assert_eq!(on["published"], true);
    let url = on["url"].as_str().unwrap();
    let key = url.strip_prefix("https://bridges.example.org/api/hsds/").unwrap();
    assert!(key.len() == 32 && key.bytes().all(|b| b.is_ascii_hexdigit()), "{url}");

    let off = printed(&publish(data.path(), coordinator, &["--off"]));
    assert_eq!((off["published"].as_bool(), off["url"].as_str()), (Some(false), Some(url)), "the key is kept");
    let staff = publish(data.path(), "demo-staff@example.org", &[]);
    assert!(!staff.status.success(), "staff do not publish");
    assert!(String::from_utf8_lossy(&staff.stderr).contains("may not publish"));
}

#[test]
fn directory_referrals_lists_the_demo_referrals_for_staff_only() {
    let data = tempfile::tempdir().unwrap();
    let out = bridges(data.path()).arg("demo").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let demo = "Riverside Welcome Network (demo, fictional)";
    let list = |member: &str, extra: &[&str]| {
        let mut c = bridges(data.path());
        c.args(["directory", "referrals", "--org", demo, "--as", member]).args(extra);
        c.output().unwrap()
    };
    let all = list("demo-staff@example.org", &[]);
    assert!(all.status.success(), "{}", String::from_utf8_lossy(&all.stderr));
    let lines: Vec<Value> =
        String::from_utf8_lossy(&all.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 90, "the demo's year of referrals");
    assert!(lines.iter().all(|r| r["person"].as_str().is_some_and(|p| p.starts_with("DEMO-"))));
    assert!(lines.iter().any(|r| r["status"] == "closed" && r["outcome"] == "met"));
    let due = list("demo-staff@example.org", &["--due"]);
    let due = String::from_utf8_lossy(&due.stdout).lines().count();
    assert!(due > 0 && due < lines.len(), "some follow-ups are due: {due}");
    let volunteer = list("demo-volunteer@example.org", &[]);
    assert!(!volunteer.status.success());
    assert!(String::from_utf8_lossy(&volunteer.stderr).contains("may not see referrals"));
}
