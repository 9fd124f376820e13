//! Finding services in a small hand-built directory (in London's zone, around one point), and
//! indexing the official example.

use crate::hsds::example;
use bridges_signpost::needs::Needs;
use bridges_signpost::{json, DirectoryIndex, HsdsId, Near, OpenFilter, Order, Query};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::London;
use serde_json::{json, Value};
use std::collections::HashMap;

const HERE: (f64, f64) = (51.5, -0.1);
/// Degrees of latitude in one kilometre.
const KM: f64 = 1.0 / 111.195;

fn id(n: u32) -> String {
    format!("00000000-0000-4000-8000-{n:012x}")
}

fn hsds_id(n: u32) -> HsdsId {
    HsdsId::parse(&id(n)).unwrap()
}

/// An attribute tagging a service with a term; `code` names one of our needs or a council's own.
fn tag(n: u32, term_id: &str, code: &str) -> Value {
    json!({"id": id(n), "taxonomy_term": {"id": term_id, "code": code, "name": code, "description": code}})
}

fn need_tag(n: u32, code: &str) -> Value {
    let needs = Needs::shipped().unwrap();
    tag(n, &needs.get(code).unwrap().uuid.to_string(), code)
}

fn place(n: u32, km_north: f64, languages: Value, schedules: Value) -> Value {
    json!({
        "id": id(n + 1),
        "location": {
            "id": id(n), "location_type": "physical",
            "latitude": HERE.0 + km_north * KM, "longitude": HERE.1,
            "languages": languages, "schedules": schedules,
        }
    })
}

fn weekly(n: u32, byday: &str, opens: &str, closes: &str) -> Value {
    json!({"id": id(n), "freq": "WEEKLY", "byday": byday, "opens_at": opens, "closes_at": closes})
}

/// The council's own term for "rights at work", which its coordinator maps to one of our needs.
const COUNCIL_TERM: u32 = 900;

fn directory() -> bridges_signpost::Dataset {
    let services = json!([
        {
            "id": id(1), "name": "Amal legal advice", "status": "active",
            "attributes": [need_tag(10, "need-legal-immigration")],
            "languages": [{"id": id(11), "code": "ara"}],
            "schedules": [weekly(12, "SA", "10:00", "14:00")],
            "service_at_locations": [place(13, 1.0, json!([]), json!([]))],
        },
        {
            "id": id(2), "name": "Rights desk", "status": "active",
            "attributes": [need_tag(20, "need-legal")],
            "schedules": [weekly(22, "MO,TU,WE,TH,FR", "09:00", "17:00")],
            "service_at_locations": [place(23, 3.0, json!([{"id": id(21), "code": "ar-SY"}]), json!([]))],
        },
        {
            "id": id(3), "name": "Evening housing help", "status": "active",
            "attributes": [need_tag(30, "need-housing-emergency")],
            "languages": [{"id": id(31), "code": "en"}],
            "schedules": [weekly(32, "MO,TU,WE,TH,FR", "18:00", "20:00")],
            "service_at_locations": [place(33, 20.0, json!([]), json!([])), place(35, -4.0, json!([]), json!([]))],
        },
        {
            "id": id(4), "name": "Bay clinic", "status": "active",
            "attributes": [need_tag(40, "need-health-gp")],
            "languages": [{"id": id(41), "code": "AR"}],
            // No hours of its own: the building's are used.
            "service_at_locations": [place(43, 8.0, json!([]), json!([weekly(42, "SA", "09:00", "12:00")]))],
        },
        {
            "id": id(5), "name": "Closed legal clinic", "status": "inactive",
            "attributes": [need_tag(50, "need-legal")],
            "languages": [{"id": id(51), "code": "ar"}],
            "service_at_locations": [place(53, 0.5, json!([]), json!([]))],
        },
        {
            "id": id(6), "name": "Work rights line", "status": "active",
            "attributes": [tag(60, &id(COUNCIL_TERM), "council-employment")],
            "languages": [{"id": id(61), "code": "eng"}],
            // Hours without a time: unknown, never open.
            "schedules": [{"id": id(62), "freq": "WEEKLY", "byday": "SA"}],
        },
    ]);
    json::read(&serde_json::to_vec(&services).unwrap()).unwrap().dataset
}

fn index() -> DirectoryIndex {
    let mapping = HashMap::from([(hsds_id(COUNCIL_TERM), "need-legal-rights".to_string())]);
    DirectoryIndex::build(&directory(), &Needs::shipped().unwrap(), &mapping)
}

fn query() -> Query {
    Query::new(London)
}

/// The services found, as their numbers in [`directory`].
fn found(index: &DirectoryIndex, query: &Query) -> Vec<u32> {
    let results = index.search(query, None);
    let numbers: Vec<u32> = results.hits.iter().map(|h| (h.service.0.as_u128() & 0xffff) as u32).collect();
    assert_eq!(results.total, numbers.len(), "one page holds them all here");
    numbers
}

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

#[test]
fn everything_active_comes_by_name() {
    let index = index();
    assert_eq!(index.len(), 6);
    assert_eq!(found(&index, &query()), [1, 4, 3, 2, 6], "by name, the inactive one left out");
    assert_eq!(found(&index, &Query { any_status: true, ..query() }), [1, 4, 5, 3, 2, 6]);
}

#[test]
fn a_need_finds_its_own_services_and_its_childrens() {
    let index = index();
    let by = |codes: &[&str]| found(&index, &Query { needs: codes.iter().map(|c| c.to_string()).collect(), ..query() });
    assert_eq!(by(&["need-legal"]), [1, 2, 6], "immigration advice and rights at work are legal advice");
    assert_eq!(by(&["need-legal-immigration"]), [1]);
    assert_eq!(by(&["need-legal-rights"]), [6], "through the council's term, mapped");
    assert_eq!(by(&["need-legal-immigration", "need-health"]), [1, 4], "any of the needs asked");
    assert_eq!(by(&["need-nothing-like-this"]), Vec::<u32>::new());
}

#[test]
fn a_term_beneath_a_mapped_term_carries_its_need() {
    let term = |n: u32, parent: Option<u32>| {
        let mut term = json!({"id": id(n), "name": "t", "description": "t"});
        if let Some(parent) = parent {
            term["parent_id"] = json!(id(parent));
        }
        term
    };
    let services = json!([
        {"id": id(1), "name": "a", "status": "active", "attributes": [{"id": id(2), "taxonomy_term": term(10, None)}]},
        {"id": id(3), "name": "b", "status": "active", "attributes": [{"id": id(4), "taxonomy_term": term(11, Some(10))}]},
        {"id": id(5), "name": "c", "status": "active", "attributes": [{"id": id(6), "taxonomy_term": term(12, Some(11))}]},
        // A loop of broader terms ends the walk rather than the search.
        {"id": id(7), "name": "d", "status": "active", "attributes": [{"id": id(8), "taxonomy_term": term(13, Some(14))}]},
        {"id": id(9), "name": "e", "status": "active", "attributes": [{"id": id(15), "taxonomy_term": term(14, Some(13))}]},
    ]);
    let dataset = json::read(&serde_json::to_vec(&services).unwrap()).unwrap().dataset;
    let mapping = HashMap::from([(hsds_id(10), "need-legal-immigration".to_string())]);
    let index = DirectoryIndex::build(&dataset, &Needs::shipped().unwrap(), &mapping);
    let by = |code: &str| found(&index, &Query { needs: vec![code.into()], ..query() });
    assert_eq!(by("need-legal-immigration"), [1, 3, 5]);
    assert_eq!(by("need-legal"), [1, 3, 5]);
    let mapping =
        HashMap::from([(hsds_id(10), "need-legal-immigration".to_string()), (hsds_id(11), "need-work".to_string())]);
    let index = DirectoryIndex::build(&dataset, &Needs::shipped().unwrap(), &mapping);
    let by = |code: &str| found(&index, &Query { needs: vec![code.into()], ..query() });
    assert_eq!(by("need-legal-immigration"), [1], "the nearest mapped term wins");
    assert_eq!(by("need-work"), [3, 5]);
}

#[test]
fn a_language_is_found_however_it_was_written() {
    let index = index();
    let by =
        |codes: &[&str]| found(&index, &Query { languages: codes.iter().map(|c| c.to_string()).collect(), ..query() });
    // ara on the service, ar-SY at the place it is delivered, AR on the clinic.
    assert_eq!(by(&["ar"]), [1, 4, 2]);
    assert_eq!(by(&["ara"]), [1, 4, 2]);
    assert_eq!(by(&["AR-EG"]), [1, 4, 2]);
    assert_eq!(by(&["en"]), [3, 6], "en and eng meet");
    assert_eq!(by(&["ar", "eng"]), [1, 4, 3, 2, 6]);
    let both = Query { languages: vec!["ar".into()], needs: vec!["need-legal".into()], ..query() };
    assert_eq!(found(&index, &both), [1, 2], "facets narrow each other");
}

#[test]
fn a_language_given_only_by_name_is_found_by_its_code() {
    let services = json!([
        {"id": id(1), "name": "a", "status": "active", "languages": [{"id": id(2), "name": "Arabic"}]},
        {"id": id(3), "name": "b", "status": "active", "languages": [{"id": id(4), "name": "Elvish"}]},
    ]);
    let dataset = json::read(&serde_json::to_vec(&services).unwrap()).unwrap().dataset;
    let index = DirectoryIndex::build(&dataset, &Needs::shipped().unwrap(), &HashMap::new());
    assert_eq!(found(&index, &Query { languages: vec!["ara".into()], ..query() }), [1]);
    assert_eq!(found(&index, &Query { languages: vec!["elvish".into()], ..query() }), Vec::<u32>::new());
}

#[test]
fn nearest_first_within_the_radius() {
    let index = index();
    let near = |radius_m| Query { near: Some(Near { latitude: HERE.0, longitude: HERE.1, radius_m }), ..query() };
    let results = index.search(&near(10_000.0), None);
    let order: Vec<u32> = results.hits.iter().map(|h| (h.service.0.as_u128() & 0xffff) as u32).collect();
    assert_eq!(order, [1, 2, 3, 4], "the housing help's nearer place counts; the line has no place");
    let metres: Vec<f64> = results.hits.iter().map(|h| h.distance_m.unwrap()).collect();
    for (got, km) in metres.iter().zip([1.0, 3.0, 4.0, 8.0]) {
        assert!((got - km * 1000.0).abs() < 1.0, "{got} m for {km} km");
    }
    // The edge belongs to the circle.
    let edge = metres[2];
    assert_eq!(found(&index, &near(edge)), [1, 2, 3]);
    assert_eq!(found(&index, &near(edge - 0.01)), [1, 2]);
    assert_eq!(found(&index, &Query { order: Order::Name, ..near(edge) }), [1, 3, 2], "by name on request");
    let nowhere = Query { near: Some(Near { latitude: 91.0, longitude: 0.0, radius_m: 1.0 }), ..query() };
    assert_eq!(found(&index, &nowhere), Vec::<u32>::new(), "a point off the Earth finds nothing");
}

#[test]
fn open_now_at_a_fixed_instant_on_both_sides_of_summer_time() {
    let index = index();
    let open_at = |at: &str| found(&index, &Query { open: Some(OpenFilter::Now(utc(at))), ..query() });
    // Saturday 28 March 2026, 11:00 GMT: the legal advice and the clinic (its building's hours).
    assert_eq!(open_at("2026-03-28T11:00:00Z"), [1, 4]);
    // Friday 27 March, GMT: 19:30 UTC is 19:30 in London, housing help is open.
    assert_eq!(open_at("2026-03-27T19:30:00Z"), [3]);
    // Monday 30 March, BST: 19:30 UTC is 20:30 in London, closed; 17:30 UTC is 18:30, open.
    assert_eq!(open_at("2026-03-30T19:30:00Z"), Vec::<u32>::new());
    assert_eq!(open_at("2026-03-30T17:30:00Z"), [3]);
    // 08:30 UTC is 09:30 BST: the rights desk has opened; in winter it would not have.
    assert_eq!(open_at("2026-03-30T08:30:00Z"), [2]);
    assert_eq!(open_at("2026-03-02T08:30:00Z"), Vec::<u32>::new());

    let on = |day: &str| {
        let day = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
        found(&index, &Query { open: Some(OpenFilter::OnDate(day)), ..query() })
    };
    assert_eq!(on("2026-03-28"), [1, 4], "open on Saturday; the line's Saturday has no hours");
    assert_eq!(on("2026-03-30"), [3, 2]);
}

#[test]
fn each_hit_says_whether_it_is_open_when_a_moment_is_given() {
    let index = index();
    let results = index.search(&Query { now: Some(utc("2026-03-28T11:00:00Z")), ..query() }, None);
    let open: Vec<(u32, Option<bool>)> =
        results.hits.iter().map(|h| ((h.service.0.as_u128() & 0xffff) as u32, h.open_now)).collect();
    assert_eq!(open, [(1, Some(true)), (4, Some(true)), (3, Some(false)), (2, Some(false)), (6, None)]);
    assert!(index.search(&query(), None).hits.iter().all(|h| h.open_now.is_none() && h.distance_m.is_none()));
    assert!(index.hours_known(hsds_id(1)) && !index.hours_known(hsds_id(6)));
}

#[test]
fn pages_and_a_set_found_by_words() {
    let index = index();
    let page = |page, per_page| index.search(&Query { page, per_page, ..query() }, None);
    let second = page(2, 2);
    assert_eq!(second.total, 5);
    assert_eq!(second.hits.iter().map(|h| h.service).collect::<Vec<_>>(), [hsds_id(3), hsds_id(2)]);
    assert_eq!(page(3, 2).hits.len(), 1);
    assert!(page(4, 2).hits.is_empty());
    assert_eq!(page(0, 2).hits.len(), 2, "page 0 is read as the first");

    let words = index.set_of([hsds_id(2), hsds_id(6), hsds_id(999)]);
    assert_eq!(words.count(), 2, "ids not in the directory are left out");
    let legal = Query { needs: vec!["need-legal".into()], ..query() };
    let results = index.search(&legal, Some(&words));
    assert_eq!(results.hits.iter().map(|h| h.service).collect::<Vec<_>>(), [hsds_id(2), hsds_id(6)]);
}

#[test]
fn the_official_example_is_indexed() {
    let dataset = json::read(&example("service_full.json")).unwrap().dataset;
    let index = DirectoryIndex::build(&dataset, &Needs::shipped().unwrap(), &HashMap::new());
    assert_eq!(index.len(), 1);
    let service = index.service(0).unwrap();
    let urdu = Query { languages: vec!["urd".into()], ..query() };
    assert_eq!(index.search(&urdu, None).hits.iter().map(|h| h.service).collect::<Vec<_>>(), [service]);
    // Its place is at latitude 100: off the Earth, so never near anything.
    let near = Query { near: Some(Near { latitude: 50.0, longitude: 0.0, radius_m: 20_000_000.0 }), ..query() };
    assert_eq!(index.search(&near, None).total, 0);
    // Its schedule covers one day in 2005 and falls on none; its hours are given, just never.
    assert!(index.hours_known(service));
    let now = Query { open: Some(OpenFilter::Now(utc("2005-01-01T12:00:00Z"))), ..query() };
    assert_eq!(index.search(&now, None).total, 0);
    // Its term is nobody's need.
    assert_eq!(index.search(&Query { needs: vec!["need-legal".into()], ..query() }, None).total, 0);
}

#[test]
fn a_made_up_directory_searches_the_same_after_a_trip_through_json() {
    let dataset = bridges_signpost::synthetic::directory(300, 3);
    let exported = serde_json::to_vec(&json::services(&dataset)).unwrap();
    let again = json::read(&exported).unwrap().dataset;
    let needs = Needs::shipped().unwrap();
    let (before, after) = (
        DirectoryIndex::build(&dataset, &needs, &HashMap::new()),
        DirectoryIndex::build(&again, &needs, &HashMap::new()),
    );
    let now = utc("2026-03-10T11:00:00Z");
    let town = Near { latitude: 52.95, longitude: -1.85, radius_m: 5_000.0 };
    let queries = [
        Query { needs: vec!["need-legal".into()], ..query() },
        Query { languages: vec!["ar".into()], ..query() },
        Query { near: Some(town), open: Some(OpenFilter::Now(now)), per_page: 500, ..query() },
        Query {
            open: Some(OpenFilter::OnDate(NaiveDate::from_ymd_opt(2026, 3, 14).unwrap())),
            now: Some(now),
            ..query()
        },
        Query { any_status: true, per_page: 500, ..query() },
    ];
    for q in &queries {
        let found = before.search(q, None);
        assert!(found.total > 0, "every facet finds something in a made-up town: {q:?}");
        assert_eq!(found, after.search(q, None), "{q:?}");
    }
    assert_eq!(before.search(&queries[4], None).total, 300);
}

mod properties {
    use super::*;
    use bridges_signpost::{synthetic, Results};
    use proptest::prelude::*;
    use std::collections::BTreeSet;
    use std::sync::OnceLock;

    fn made_up() -> &'static DirectoryIndex {
        static INDEX: OnceLock<DirectoryIndex> = OnceLock::new();
        INDEX.get_or_init(|| {
            DirectoryIndex::build(&synthetic::directory(600, 11), &Needs::shipped().unwrap(), &HashMap::new())
        })
    }

    const NEEDS: [&str; 5] = ["need-legal", "need-legal-immigration", "need-housing", "need-health-gp", "need-work"];
    const LANGUAGES: [&str; 5] = ["ar", "ara", "en", "fa", "ti"];

    fn query_strategy() -> impl Strategy<Value = Query> {
        let near = proptest::option::of(
            (-0.2f64..0.2, -0.3f64..0.3, 0.0f64..15_000.0).prop_map(|(lat, lon, radius_m)| Near {
                latitude: 52.95 + lat,
                longitude: -1.85 + lon,
                radius_m,
            }),
        );
        let instant = (0i64..365 * 24 * 4)
            .prop_map(|quarter| utc("2026-01-01T00:00:00Z") + chrono::Duration::minutes(15 * quarter));
        let open = proptest::option::of(prop_oneof![
            instant.clone().prop_map(OpenFilter::Now),
            (0u64..365)
                .prop_map(|d| OpenFilter::OnDate(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(d))),
        ]);
        let order = prop_oneof![Just(Order::Auto), Just(Order::Name), Just(Order::Distance)];
        (
            proptest::sample::subsequence(NEEDS.to_vec(), 0..3),
            proptest::sample::subsequence(LANGUAGES.to_vec(), 0..3),
            near,
            open,
            proptest::option::of(instant),
            order,
            any::<bool>(),
            1usize..4,
            1usize..30,
        )
            .prop_map(|(needs, languages, near, open, now, order, any_status, page, per_page)| Query {
                needs: needs.into_iter().map(String::from).collect(),
                languages: languages.into_iter().map(String::from).collect(),
                near,
                open,
                now,
                order,
                any_status,
                page,
                per_page,
                ..query()
            })
    }

    fn everything(index: &DirectoryIndex, query: &Query) -> Results {
        index.search(&Query { page: 1, per_page: usize::MAX, ..query.clone() }, None)
    }

    fn ids(results: &Results) -> BTreeSet<HsdsId> {
        results.hits.iter().map(|h| h.service).collect()
    }

    proptest! {
        #[test]
        fn a_page_is_a_slice_of_everything_found(query in query_strategy()) {
            let index = made_up();
            let all = everything(index, &query);
            prop_assert_eq!(all.total, all.hits.len());
            let page = index.search(&query, None);
            prop_assert_eq!(page.total, all.total);
            let from = (query.page - 1) * query.per_page;
            let expected: Vec<_> = all.hits.iter().skip(from).take(query.per_page).cloned().collect();
            prop_assert_eq!(page.hits, expected);
        }

        #[test]
        fn what_is_found_keeps_to_the_query(query in query_strategy()) {
            let index = made_up();
            let all = everything(index, &query);
            match query.near {
                Some(near) => {
                    let metres: Vec<f64> = all.hits.iter().map(|h| h.distance_m.unwrap()).collect();
                    prop_assert!(metres.iter().all(|&m| m <= near.radius_m));
                    if query.order != Order::Name {
                        prop_assert!(metres.windows(2).all(|w| w[0] <= w[1]), "nearest first");
                    }
                }
                None => prop_assert!(all.hits.iter().all(|h| h.distance_m.is_none())),
            }
            if let Some(OpenFilter::Now(_)) = query.open {
                if query.now.is_none() {
                    prop_assert!(all.hits.iter().all(|h| h.open_now == Some(true)));
                }
            }
            // Facets narrow each other: needs and languages together find what each finds.
            let needs_only = everything(index, &Query { languages: Vec::new(), ..query.clone() });
            let languages_only = everything(index, &Query { needs: Vec::new(), ..query.clone() });
            let both: BTreeSet<HsdsId> = ids(&needs_only).intersection(&ids(&languages_only)).copied().collect();
            prop_assert_eq!(ids(&all), both);
            // A set found by words narrows the same way.
            let half = index.set_of(ids(&needs_only).into_iter().step_by(2));
            let within = index.search(&Query { page: 1, per_page: usize::MAX, ..query.clone() }, Some(&half));
            let expected: BTreeSet<HsdsId> = ids(&all).into_iter().filter(|id| half.contains(index.ordinal(*id).unwrap())).collect();
            prop_assert_eq!(ids(&within), expected);
        }
    }
}

#[test]
fn words_found_elsewhere_narrow_the_search_and_rank_it_best_first() {
    let index = index();
    let scores = [(hsds_id(3), 0.5), (hsds_id(6), 2.0), (hsds_id(1), 1.0), (HsdsId(uuid::Uuid::nil()), 9.0)];
    let (within, ranks) = index.ranked(&scores);
    let best = Query { ranks: Some(ranks.clone()), ..query() };
    let numbers = |results: bridges_signpost::Results| -> Vec<u32> {
        results.hits.iter().map(|h| (h.service.0.as_u128() & 0xffff) as u32).collect()
    };
    assert_eq!(numbers(index.search(&best, Some(&within))), [6, 1, 3], "best first, the unknown id left out");
    let by_name = Query { ranks: Some(ranks), order: Order::Name, ..query() };
    assert_eq!(numbers(index.search(&by_name, Some(&within))), [1, 3, 6], "by name when asked");
    assert!(index.needs_of(index.ordinal(hsds_id(1)).unwrap()).iter().all(|n| n.starts_with("need-")));
}
