//! Measure's spreadsheets end to end: activities and indicator values uploaded (CSV and XLSX) and
//! imported whole or not at all with every problem listed by line and column, the activity log
//! downloaded with its cells escaped, and the roles that may do each.

use crate::connect::between;
use crate::harness::TestApp;
use crate::on_both_backends;
use bridges_domain::Role;
use reqwest::StatusCode;

on_both_backends!(activities_and_values_import_whole_or_not_at_all);

async fn activities_and_values_import_whole_or_not_at_all(app: &TestApp) {
    let (owner, org) = app.set_up("Org A", "olga@example.org").await;
    let viewer = app.member(org, "vera@example.org", Role::Viewer).await;
    let volunteer = app.member(org, "vic@example.org", Role::Volunteer).await;
    let r = owner.post_form(&format!("/orgs/{org}/projects"), &[("title", "Welcome Café")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let import = format!("/orgs/{org}/measure/import");
    let page = owner.get(&import).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Import activities") && page.body.contains("Import values of indicators"));
    assert!(owner.get(&format!("/orgs/{org}/measure")).await.body.contains(&format!("href=\"{import}\"")));

    // A good file: two activities, one of them in a project named by its title.
    let good = "date,time,activity_kind,title,project,attendees,arriving,receiving,volunteer_hours\n\
                2026-03-05,18:30,session,=SUM(A1),welcome café,14,9,5,\"4,5\"\n\
                2026-03-06,,event,Picnic,,30,,,\n";
    let r = volunteer.upload(&format!("{import}/activities"), "a.csv", good.as_bytes().to_vec(), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let done = volunteer.get(&r.location()).await;
    assert!(done.body.contains("2 activities were imported."), "{}", done.body);
    let log = owner.get(&format!("/orgs/{org}/measure/activities")).await.body;
    assert!(log.contains("2 activities logged."), "{}", between(&log, "<main", "</main>"));

    // A bad file: each problem listed by line and column, and nothing imported.
    let bad = "date,activity_kind,title,project,attendees,arriving\n\
               2026-03-07,session,Fine,,3,\n\
               2026-02-30,party,Bad,Nowhere,2,5\n\
               \n\
               2026-03-08,session,,,x,\n";
    let r = owner.upload(&format!("{import}/activities"), "bad.csv", bad.as_bytes().to_vec(), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let problems = crate::harness::unlabelled(between(&r.body, "id=\"import-problems\"", "</table>"));
    for (line, column) in
        [(3, "date"), (3, "activity_kind"), (3, "project"), (3, "receiving"), (5, "title"), (5, "attendees")]
    {
        assert!(problems.contains(&format!("<td>{line}</td><td>{column}</td>")), "{line} {column}: {problems}");
    }
    assert!(problems.contains("The file has 6 problems"), "{problems}");
    assert!(!problems.contains("<td>2</td>"), "{problems}");
    assert!(r.body.contains("Nothing was imported."));
    let log = owner.get(&format!("/orgs/{org}/measure/activities")).await.body;
    assert!(log.contains("2 activities logged."), "nothing more was logged");
    // A repeated column is refused on the header's line.
    let r = owner.upload(&format!("{import}/activities"), "x.csv", b"date,title,title\n".to_vec(), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let refused = crate::harness::unlabelled(&r.body);
    assert!(refused.contains("<td>1</td><td>title</td><td>This column appears twice.</td>"), "{refused}");

    // The log downloads as CSV, the formula-looking title escaped, and as a workbook.
    let csv = viewer.get(&format!("/orgs/{org}/measure/activities.csv")).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.content_type().starts_with("text/csv"));
    assert!(csv.body.starts_with("date,time,activity_kind,title,duration_minutes,"), "{}", csv.body);
    assert!(csv.body.contains(",'=SUM(A1),") && csv.body.contains(",Welcome Café,"), "{}", csv.body);
    assert!(csv.body.contains(",4.5,"), "volunteer time in hours: {}", csv.body);
    let xlsx = viewer.get(&format!("/orgs/{org}/measure/activities.xlsx")).await;
    assert_eq!(xlsx.status, StatusCode::OK);
    assert!(xlsx.content_type().contains("spreadsheetml"));
    // The downloaded file imports back whole.
    let r = owner.upload(&format!("{import}/activities"), "back.csv", csv.body.into_bytes(), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(owner.get(&format!("/orgs/{org}/measure/activities")).await.body.contains("4 activities logged."));

    // Indicator values: staff import into an indicator entered by hand, checked as its form checks.
    let r = owner
        .post_form(
            &format!("/orgs/{org}/measure/indicators"),
            &[("title", "Residents who feel they belong"), ("unit", "%"), ("source", "manual"), ("period", "quarter")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let indicator = r.location().rsplit('/').next().unwrap().to_string();
    let values = format!("indicator_id,period,value,evidence\n{indicator},2026-Q1,41,survey\n{indicator},2026-03,x,\n");
    let r = owner.upload(&format!("{import}/indicators"), "v.csv", values.into_bytes(), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let problems = crate::harness::unlabelled(between(&r.body, "id=\"import-problems\"", "</table>"));
    for column in ["period", "value", "evidence"] {
        assert!(problems.contains(&format!("<td>3</td><td>{column}</td>")), "{column}: {problems}");
    }
    let values = format!("indicator_id,period,value,evidence\n{indicator},2026-Q1,41,survey\n");
    let r = owner.upload(&format!("{import}/indicators"), "v.csv", values.clone().into_bytes(), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(owner.get(&r.location()).await.body.contains("One value was imported."));
    let export = owner.get(&format!("/orgs/{org}/measure/export.csv")).await.body;
    assert!(export.contains(&format!("{indicator},,,manual,%,2026-Q1,41,")), "{export}");

    // A viewer may download but not import; a volunteer may not import indicator values.
    let r = viewer.upload(&format!("{import}/activities"), "a.csv", good.as_bytes().to_vec(), &[]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = volunteer.upload(&format!("{import}/indicators"), "v.csv", values.into_bytes(), &[]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(!viewer.get(&import).await.body.contains("Import activities"));
}
