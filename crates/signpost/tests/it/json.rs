//! HSDS JSON in and out: the official examples come back equal, the records they repeat are
//! merged, and invalid documents are refused with exactly their problems.

use crate::hsds::{example, example_json, lines, normalise};
use bridges_signpost::{json, HsdsId, Imported, Kind, SignpostError};
use serde_json::{json, Value};

fn import(document: &Value) -> Imported {
    json::read(&serde_json::to_vec(document).unwrap()).unwrap_or_else(|e| panic!("{:#?}", e.problems()))
}

fn refused(document: &[u8]) -> Vec<String> {
    match json::read(document) {
        Ok(imported) => panic!("accepted, with warnings {:?}", lines(imported.warnings.shown())),
        Err(e @ SignpostError::Invalid(_)) => lines(e.problems()),
        Err(e) => panic!("{e}"),
    }
}

fn refused_value(document: &Value) -> Vec<String> {
    refused(&serde_json::to_vec(document).unwrap())
}

fn id(text: &str) -> HsdsId {
    HsdsId::parse(text).unwrap()
}

const SERVICE: &str = "ac148810-d857-441c-9679-408f346de14b";

#[test]
fn the_full_service_comes_back_equal() {
    let original = example_json("service_full.json");
    let imported = import(&original);
    let out = json::services(&imported.dataset);
    assert_eq!(out.len(), 1);
    assert_eq!(normalise(&out[0]), normalise(&original));
    assert_eq!(json::record(&imported.dataset, Kind::Service, id(SERVICE)).as_ref(), Some(&out[0]));
}

/// What the example holds besides valid data, in the order its records first appear: a rule
/// with both `count` and `until` and parts WEEKLY ignores, a location off the globe, and two
/// references to records it lacks.
#[test]
fn the_full_service_warns_of_what_it_holds() {
    let imported = import(&example_json("service_full.json"));
    let sal = "$.service_at_locations[0]";
    assert_eq!(
        lines(imported.warnings.shown()),
        [
            "$.schedules[0].count: schedule-count-and-until [count]".to_string(),
            "$.schedules[0].byweekno: schedule-part-ignored [byweekno]".to_string(),
            "$.schedules[0].bymonthday: schedule-part-ignored [bymonthday]".to_string(),
            "$.schedules[0].byyearday: schedule-part-ignored [byyearday]".to_string(),
            // Latitude 100 is off the globe; longitude 101 is not.
            format!("{sal}.location.latitude: hsds-coordinates-out-of-range [latitude]"),
            "$.organization.parent_organization_id: hsds-dangling-reference [parent_organization_id]".to_string(),
            "$.attributes[0].taxonomy_term.parent_id: hsds-dangling-reference [parent_id]".to_string(),
        ]
    );
}

/// The phone appears five times (under the service, its contact, its service at location, its
/// location and its organisation): one record comes of it, linked to all five, as phones.csv has
/// it; the same holds for the contact, the language and the schedule.
#[test]
fn repeated_records_merge_and_gather_their_links() {
    let dataset = import(&example_json("service_full.json")).dataset;
    let counts: Vec<(Kind, usize)> =
        Kind::ALL.into_iter().map(|k| (k, dataset.of_kind(k).count())).filter(|(_, n)| *n > 0).collect();
    assert_eq!(
        counts,
        [
            (Kind::Organization, 1),
            (Kind::Program, 1),
            (Kind::Service, 1),
            (Kind::Attribute, 1),
            (Kind::ServiceAtLocation, 1),
            (Kind::Location, 1),
            (Kind::Phone, 1),
            (Kind::Contact, 1),
            (Kind::Address, 1),
            (Kind::Schedule, 1),
            (Kind::Funding, 1),
            (Kind::ServiceArea, 1),
            (Kind::RequiredDocument, 1),
            (Kind::Language, 1),
            (Kind::Accessibility, 1),
            (Kind::TaxonomyTerm, 1),
            (Kind::Metadata, 1),
            (Kind::CostOption, 1),
            (Kind::OrganizationIdentifier, 1),
            (Kind::Taxonomy, 1),
        ]
    );
    let links = |kind: Kind, text: &str, fields: &[&str]| -> Vec<String> {
        let record = dataset.get(kind, id(text)).unwrap();
        fields.iter().map(|f| record.get(f).map(|v| v.to_cell()).unwrap_or_default()).collect()
    };
    let phone_links = ["location_id", "service_id", "organization_id", "contact_id", "service_at_location_id"];
    assert_eq!(
        links(Kind::Phone, "1554f2e2-a373-45db-a3fa-9fc48a61c15e", &phone_links),
        [
            "3a19ff88-4620-4d17-9830-ac1d859eb5d5",
            SERVICE,
            "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
            "1e7efce3-639b-4880-940c-b95cd30cdb50",
            "e94c9f38-1e8f-4564-91d4-d53501ab1765"
        ]
    );
    let language =
        links(Kind::Language, "2989d3ed-c547-48f8-8f9d-432d81c7892e", &["service_id", "location_id", "phone_id"]);
    assert!(language.iter().all(|l| !l.is_empty()), "{language:?}");
    let attribute = dataset.get(Kind::Attribute, id("ae58cc39-8b70-4ab1-8aea-786882e5ac8e")).unwrap();
    assert_eq!(attribute.link_kind(), Some(Kind::Service));
    assert_eq!(attribute.get("link_id").map(|v| v.to_cell()).as_deref(), Some(SERVICE));
}

/// Every other example is a view of `service_full.json`, except `location.json` (its external
/// identifier and opening times are written differently): after importing the full service
/// alone, each of them is served exactly.
#[test]
fn the_other_examples_are_views_of_the_full_service() {
    let dataset = import(&example_json("service_full.json")).dataset;
    for (file, kind) in [
        ("organization_full.json", Kind::Organization),
        ("service_at_location_full.json", Kind::ServiceAtLocation),
        ("taxonomy_term.json", Kind::TaxonomyTerm),
        ("taxonomy.json", Kind::Taxonomy),
    ] {
        let expected = example_json(file);
        let record = expected["id"].as_str().map(id).unwrap();
        let served = json::record(&dataset, kind, record).unwrap();
        assert_eq!(normalise(&served), normalise(&expected), "{file}");
    }
    let location = example_json("location.json");
    let served = json::record(&dataset, Kind::Location, id(location["id"].as_str().unwrap())).unwrap();
    assert_ne!(normalise(&served), normalise(&location));
}

#[test]
fn the_full_organization_comes_back_equal() {
    let original = example_json("organization_full.json");
    let imported = json::read(&example("organization_full.json")).unwrap();
    let organization = id(original["id"].as_str().unwrap());
    let out = json::record(&imported.dataset, Kind::Organization, organization).unwrap();
    assert_eq!(normalise(&out), normalise(&original));
    assert_eq!(json::services(&imported.dataset).len(), 1);
}

#[test]
fn the_location_comes_back_equal_at_engine_level() {
    let original = example_json("location.json");
    let imported = json::read_as(Kind::Location, &example("location.json")).unwrap();
    let out = json::record(&imported.dataset, Kind::Location, id(original["id"].as_str().unwrap())).unwrap();
    assert_eq!(normalise(&out), normalise(&original));
    assert_eq!(out["schedules"][0]["opens_at"], "10:00", "times are kept as written");
}

#[test]
fn an_array_of_services_keeps_its_order() {
    let first = example_json("service_full.json");
    let mut second = json!({"id": "0b0b7b7e-1c1d-4b8e-9d3e-2a3a4b5c6d7e", "name": "Second", "status": "inactive"});
    let mut third = second.clone();
    second["name"] = json!("Second");
    third["id"] = json!("00000000-0000-4000-8000-000000000003");
    third["name"] = json!("Third");
    let imported = import(&json!([third, first, second]));
    let names: Vec<Value> = json::services(&imported.dataset).iter().map(|s| s["name"].clone()).collect();
    assert_eq!(names, [json!("Third"), json!("Community Counselling"), json!("Second")]);
}

/// Text is kept byte for byte: the trailing space, the quotes in the phone number, `£`.
#[test]
fn text_is_kept_verbatim() {
    let dataset = import(&example_json("service_full.json")).dataset;
    let service = dataset.get(Kind::Service, id(SERVICE)).unwrap();
    assert!(service.get("description").and_then(|v| v.as_text()).is_some_and(|d| d.ends_with("circumstances. ")));
    assert!(service.get("fees_description").and_then(|v| v.as_text()).is_some_and(|d| d.contains('£')));
    let phone = dataset.get(Kind::Phone, id("1554f2e2-a373-45db-a3fa-9fc48a61c15e")).unwrap();
    assert_eq!(phone.get("number").and_then(|v| v.as_text()), Some("\"+44 1234 234567\""));
}

#[test]
fn a_link_to_a_missing_record_is_written_out() {
    let mut service = json!({"id": SERVICE, "name": "n", "status": "active",
        "organization_id": "cd09a387-91f4-4555-94ec-e799c35344cd",
        "phones": [{"id": "1554f2e2-a373-45db-a3fa-9fc48a61c15e", "number": "1",
                    "contact_id": "1e7efce3-639b-4880-940c-b95cd30cdb50"}]});
    let imported = import(&service);
    assert_eq!(
        lines(imported.warnings.shown()),
        [
            "$.organization_id: hsds-dangling-reference [organization_id]",
            "$.phones[0].contact_id: hsds-dangling-reference [contact_id]"
        ]
    );
    let out = json::services(&imported.dataset).remove(0);
    assert_eq!(out, service, "dangling links stay, the phone's service_id is told by nesting");
    // Given explicitly and pointing to the service it is nested in, a link is not repeated.
    service["phones"][0]["service_id"] = json!(SERVICE);
    let out = json::services(&import(&service).dataset).remove(0);
    assert!(out["phones"][0].get("service_id").is_none());
}

#[test]
fn null_is_absence_and_unknown_fields_are_dropped_with_a_warning() {
    let service = json!({"id": SERVICE, "name": "n", "status": "active", "email": null, "phones": null,
        "colour": "red", "minimum_age": "", "url": ""});
    let imported = import(&service);
    assert_eq!(
        lines(imported.warnings.shown()),
        [
            "$.url: hsds-empty-value [url]",
            "$.minimum_age: hsds-empty-value [minimum_age]",
            "$.colour: hsds-unknown-field [colour]"
        ]
    );
    assert_eq!(json::services(&imported.dataset), [json!({"id": SERVICE, "name": "n", "status": "active"})]);
}

#[test]
fn every_kind_of_bad_value_is_refused_with_its_path() {
    let mut service = example_json("service_full.json");
    let s = service.as_object_mut().unwrap();
    s.remove("name");
    s.insert("status".into(), json!("open"));
    s.insert("minimum_age".into(), json!("12"));
    s.insert("url".into(), json!("example.com"));
    s.insert("email".into(), json!("nobody"));
    s.insert("last_modified".into(), json!("yesterday"));
    s.insert("alert".into(), json!(7));
    service["cost_options"][0]["valid_from"] = json!("2020-13-01");
    service["schedules"][0]["opens_at"] = json!("10am");
    service["service_areas"][0]["id"] = json!("not-a-uuid");
    service["languages"] = json!({"id": "2989d3ed-c547-48f8-8f9d-432d81c7892e"});
    service["required_documents"][0] = json!("passport");
    service["organization"]["locations"][0]["addresses"][0].as_object_mut().unwrap().remove("city");
    assert_eq!(
        refused_value(&service),
        [
            "$.name: hsds-required [name]",
            "$.url: hsds-bad-uri [url]",
            "$.email: hsds-bad-email [email]",
            "$.status: hsds-not-allowed [status]",
            "$.minimum_age: hsds-wrong-type [minimum_age]",
            "$.alert: hsds-wrong-type [alert]",
            "$.last_modified: hsds-bad-datetime [last_modified]",
            "$.schedules[0].opens_at: hsds-bad-time [opens_at]",
            "$.service_areas[0].id: hsds-bad-uuid [id]",
            "$.languages: hsds-wrong-type [languages]",
            "$.organization.locations[0].addresses[0].city: hsds-required [city]",
            "$.cost_options[0].valid_from: hsds-bad-date [valid_from]",
            "$.required_documents[0]: hsds-wrong-type [required_documents]",
        ]
    );
}

#[test]
fn a_service_without_status_is_refused_at_its_status() {
    assert_eq!(refused_value(&json!({"id": SERVICE, "name": "n"})), ["$.status: hsds-required [status]"]);
    assert_eq!(
        refused_value(&json!([{"id": SERVICE, "status": "active", "name": "n"}, {"name": "m", "status": "active"}])),
        ["$[1].id: hsds-required [id]"]
    );
}

#[test]
fn what_is_not_an_hsds_document_is_refused_at_the_root() {
    let not_json = refused(b"{\"id\": ");
    assert_eq!(not_json.len(), 1);
    assert!(not_json[0].starts_with("$: hsds-not-json (EOF while parsing"), "{not_json:?}");
    assert_eq!(refused(b"42"), ["$: hsds-wrong-type []"]);
    assert_eq!(refused(b"[\"a\"]"), ["$[0]: hsds-wrong-type []"]);
}

/// Copies of one record must agree: a phone whose number differs between two places, and a
/// phone nested under two services, are refused naming both places.
#[test]
fn copies_that_disagree_are_refused_naming_both_places() {
    let mut service = example_json("service_full.json");
    service["organization"]["phones"][0]["number"] = json!("0");
    service["contacts"][0]["phones"][0].as_object_mut().unwrap().remove("extension");
    assert_eq!(
        refused_value(&service),
        [
            "$.organization.phones[0].number: hsds-conflicting-duplicate ($.phones[0].number) [number]",
            "$.contacts[0].phones[0].extension: hsds-conflicting-duplicate ($.phones[0].extension) [extension]",
        ]
    );

    let phone = json!({"id": "1554f2e2-a373-45db-a3fa-9fc48a61c15e", "number": "1"});
    let first = json!({"id": SERVICE, "name": "a", "status": "active", "phones": [phone]});
    let second =
        json!({"id": "00000000-0000-4000-8000-000000000002", "name": "b", "status": "active", "phones": [phone]});
    assert_eq!(
        refused_value(&json!([first, second])),
        ["$[1].phones[0].service_id: hsds-conflicting-parent ($[0].phones[0].service_id) [service_id]"]
    );
}

#[test]
fn an_ordinal_weekday_needs_a_monthly_rule() {
    let mut schedule = json!({"id": "48102e86-bb50-41c4-8f1e-e269368c41d1", "freq": "WEEKLY", "byday": "2TU"});
    let service = |schedule: &Value| json!({"id": SERVICE, "name": "n", "status": "active", "schedules": [schedule]});
    assert_eq!(refused_value(&service(&schedule)), ["$.schedules[0].byday: hsds-bad-rrule-part [byday]"]);
    schedule["freq"] = json!("MONTHLY");
    assert!(import(&service(&schedule)).warnings.is_empty());
    schedule["byday"] = json!("2XX");
    assert_eq!(refused_value(&service(&schedule)), ["$.schedules[0].byday: hsds-bad-rrule-part [byday]"]);
}

/// What a store keeps of a record (its flat object) gives the same record back, for every record
/// of the full service; and a flat object it did not write is refused at its keys.
#[test]
fn flat_records_read_back_the_same() {
    let imported = import(&example_json("service_full.json"));
    for record in imported.dataset.records() {
        let Value::Object(flat) = json::flat(record) else { panic!("{} is not an object", record.kind()) };
        let back = json::from_flat(record.kind(), record.id(), &flat).unwrap();
        let mut expected = record.clone();
        expected.set_link_kind(None);
        assert_eq!(back, expected, "{} {}", record.kind(), record.id());
    }
    let Value::Object(bad) = json!({"name": 3, "number": "1", "colour": "red", "id": SERVICE}) else { unreachable!() };
    let mut refused = lines(json::from_flat(Kind::Phone, id(SERVICE), &bad).unwrap_err().problems());
    refused.sort();
    assert_eq!(refused, ["$.colour: hsds-unknown-field [colour]", "$.name: hsds-unknown-field [name]"]);
    let Value::Object(bad) = json!({"name": 3}) else { unreachable!() };
    let refused = json::from_flat(Kind::Service, id(SERVICE), &bad).unwrap_err();
    assert_eq!(lines(refused.problems()), ["$.name: hsds-wrong-type [name]"]);
}
