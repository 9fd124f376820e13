//! The HSDS CSV data package in and out: the official folder comes back byte for byte, JSON goes
//! through CSV and back unchanged, and bad files are refused at their file and line.

use crate::hsds::{self, example, lines, normalise};
use bridges_sheet::Limits;
use bridges_signpost::package::{self, About};
use bridges_signpost::{json, Imported, Kind, SignpostError};
use std::collections::BTreeMap;

fn official_files() -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(hsds::dir().join("examples/csv"))
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap())
        })
        .collect()
}

fn read(files: &BTreeMap<String, Vec<u8>>) -> Result<Imported, SignpostError> {
    package::read(|path| files.get(path).cloned(), &Limits::default())
}

fn about() -> About {
    About { name: "example".into(), title: "Example directory".into(), licence: Some("CC-BY-4.0".into()) }
}

fn written(imported: &Imported) -> BTreeMap<String, Vec<u8>> {
    package::write(&imported.dataset, &about()).into_iter().collect()
}

fn refused(files: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    match read(files) {
        Ok(imported) => panic!("accepted, with warnings {:?}", lines(imported.warnings.shown())),
        Err(e) => lines(e.problems()),
    }
}

/// The official package with one file's text replaced.
fn with_file(name: &str, text: &str) -> BTreeMap<String, Vec<u8>> {
    let mut files = official_files();
    files.insert(name.to_string(), text.as_bytes().to_vec());
    files
}

#[test]
fn the_official_package_comes_back_byte_for_byte() {
    let official = official_files();
    let imported = read(&official).unwrap();
    let out = written(&imported);
    assert_eq!(out.len(), 22);
    for kind in Kind::ALL {
        let file = kind.object().file;
        let expected = String::from_utf8(official[file].clone()).unwrap();
        let got = String::from_utf8(out[file].clone()).unwrap();
        assert_eq!(got, expected, "{file}");
    }
}

/// What the official package holds besides valid data: a stub for a descriptor, references to
/// records it lacks (attributes.link_id and metadata.resource_id among them: their kind cannot be
/// told), a location off the globe, a rule RFC 5545 reads differently.
#[test]
fn the_official_package_warns_of_what_it_holds() {
    let imported = read(&official_files()).unwrap();
    let warnings = lines(imported.warnings.shown());
    assert_eq!(warnings[0], "datapackage.json line 0: hsds-datapackage-unreadable []");
    let dangling: Vec<&str> =
        warnings.iter().filter(|w| w.contains("hsds-dangling-reference")).map(String::as_str).collect();
    assert_eq!(
        dangling,
        [
            "organizations.csv line 2, column parent_organization_id: hsds-dangling-reference [parent_organization_id]",
            "attributes.csv line 2, column link_id: hsds-dangling-reference [link_id]",
            "locations.csv line 2, column organization_id: hsds-dangling-reference [organization_id]",
            "contacts.csv line 2, column organization_id: hsds-dangling-reference [organization_id]",
            "contacts.csv line 2, column service_at_location_id: hsds-dangling-reference [service_at_location_id]",
            "taxonomy_terms.csv line 2, column parent_id: hsds-dangling-reference [parent_id]",
            "taxonomy_terms.csv line 2, column taxonomy_id: hsds-dangling-reference [taxonomy_id]",
            "metadata.csv line 2, column resource_id: hsds-dangling-reference [resource_id]",
        ]
    );
    assert!(
        warnings.contains(&"locations.csv line 2, column latitude: hsds-coordinates-out-of-range [latitude]".into())
    );
    assert!(warnings.contains(&"schedules.csv line 2, column count: schedule-count-and-until [count]".into()));
    assert_eq!(imported.dataset.len(), 21, "one record in each file");
}

#[test]
fn json_goes_through_csv_and_back_unchanged() {
    for file in ["service_full.json", "organization_full.json"] {
        let from_json = json::read(&example(file)).unwrap();
        let through_csv = read(&written(&from_json)).unwrap();
        let (before, after) = (json::services(&from_json.dataset), json::services(&through_csv.dataset));
        assert_eq!(after.len(), 1, "{file}");
        assert_eq!(normalise(&after[0]), normalise(&before[0]), "{file}");
        // The package we write describes itself: no warning about the descriptor.
        let warnings = lines(through_csv.warnings.shown());
        assert!(!warnings.iter().any(|w| w.contains("datapackage")), "{warnings:?}");
    }
}

#[test]
fn the_descriptor_says_where_the_files_are() {
    let mut files = official_files();
    let services = files.remove("services.csv").unwrap();
    files.insert("tables/services.csv".into(), services);
    let mut descriptor = package::descriptor(&about());
    descriptor["resources"][2]["path"] = "tables/services.csv".into();
    files.insert("datapackage.json".into(), serde_json::to_vec(&descriptor).unwrap());
    let imported = read(&files).unwrap();
    assert_eq!(imported.dataset.of_kind(Kind::Service).count(), 1);

    descriptor["resources"][2]["path"] = "../services.csv".into();
    files.insert("datapackage.json".into(), serde_json::to_vec(&descriptor).unwrap());
    let imported = read(&files).unwrap();
    assert_eq!(imported.dataset.of_kind(Kind::Service).count(), 0, "services.csv is not where the descriptor says");
    assert_eq!(
        lines(&imported.warnings.shown()[..1]),
        ["datapackage.json line 0, column path: hsds-datapackage-unreadable (resources[2].path ../services.csv) [path]"]
    );
}

#[test]
fn a_missing_file_is_an_empty_table() {
    let mut files = official_files();
    files.remove("meta_table_descriptions.csv");
    files.remove("datapackage.json");
    let imported = read(&files).unwrap();
    assert_eq!(imported.dataset.of_kind(Kind::MetaTableDescription).count(), 0);
    assert!(imported.warnings.shown().iter().all(|w| w.code != "hsds-datapackage-unreadable"));
}

const PHONES: &str =
    "id,location_id,service_id,organization_id,contact_id,service_at_location_id,number,extension,type,description\r\n";

#[test]
fn a_duplicate_id_is_refused_on_its_second_line() {
    let text = format!(
        "{PHONES}1554f2e2-a373-45db-a3fa-9fc48a61c15e,,,,,,1,,,\r\n\r\n\
         00000000-0000-4000-8000-000000000001,,,,,,\"two\r\nlines\",,,\r\n\
         1554f2e2-a373-45db-a3fa-9fc48a61c15e,,,,,,2,,,\r\n"
    );
    assert_eq!(
        refused(&with_file("phones.csv", &text)),
        ["phones.csv line 6, column id: hsds-duplicate-id (line 2) [id]"]
    );
}

#[test]
fn a_missing_or_repeated_column_is_refused_on_the_header() {
    let services = String::from_utf8(official_files()["services.csv"].clone()).unwrap();
    let without_status = services.replacen(",status,", ",state,", 1);
    assert_eq!(
        refused(&with_file("services.csv", &without_status)),
        ["services.csv line 1, column status: hsds-missing-column [status]"]
    );
    let unknown =
        lines(read(&with_file("services.csv", &services.replacen(",alert,", ",colour,", 1))).unwrap().warnings.shown());
    assert!(
        unknown.contains(&"services.csv line 1, column colour: hsds-unknown-field [colour]".to_string()),
        "{unknown:?}"
    );
    let text = "id,link_id,taxonomy_term_id,link_type,value,value\r\n";
    assert_eq!(
        refused(&with_file("attributes.csv", text)),
        [
            "attributes.csv line 1, column value: hsds-repeated-column [value]",
            "attributes.csv line 1, column link_entity: hsds-missing-column [link_entity]",
        ]
    );
}

#[test]
fn bad_values_are_refused_at_their_line_and_column() {
    let text = "id,location_id,attention,address_1,address_2,city,region,state_province,postal_code,country,address_type\r\n\
                74706e55-df26-4b84-80fe-ecc30b5befb4,3a19ff88-4620-4d17-9830-ac1d859eb5d5,,1 Main St,,Town,,State,,US,home\r\n\
                not-an-id,,,1 Main St,,Town,,State,AB1,US,postal,extra\r\n";
    assert_eq!(
        refused(&with_file("addresses.csv", text)),
        [
            "addresses.csv line 2, column address_type: hsds-not-allowed [address_type]",
            "addresses.csv line 2, column postal_code: hsds-required [postal_code]",
            "addresses.csv line 3: hsds-cell-without-column []",
            "addresses.csv line 3, column id: hsds-bad-uuid [id]",
        ]
    );
    let services = String::from_utf8(official_files()["services.csv"].clone()).unwrap();
    let bad_age = services.replacen(",12,100,", ",twelve,100,", 1);
    assert_eq!(
        refused(&with_file("services.csv", &bad_age)),
        ["services.csv line 2, column minimum_age: hsds-wrong-type [minimum_age]"]
    );
}

#[test]
fn a_file_that_is_not_text_is_refused_whole() {
    let mut files = official_files();
    files.insert("phones.csv".into(), b"id\r\n\xff\xfe".to_vec());
    assert_eq!(refused(&files), ["phones.csv line 0: import-not-utf8 []"]);
}
