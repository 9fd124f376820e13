//! Invitations, roles and what each role may do, isolation between organisations, the audit log.

use crate::harness::{TestApp, PASSWORD};
use crate::on_both_backends;
use bridges_domain::Role;
use reqwest::StatusCode;

on_both_backends!(
    invite_a_new_person_who_creates_an_account,
    invite_an_existing_account,
    each_role_sees_and_does_what_it_may,
    organisations_cannot_see_each_other,
    audit_log_records_security_events_and_refuses_changes,
);

async fn invite_a_new_person_who_creates_an_account(app: &TestApp) {
    let (owner, org) = app.set_up("Org", "olga@example.org").await;
    let members = owner.get(&format!("/orgs/{org}/members")).await;
    assert_eq!(members.status, StatusCode::OK);
    assert!(members.body.contains("Invite a new member"));

    let bad = owner.post_form(&format!("/orgs/{org}/members/invite"), &[("email", "nope"), ("role", "emperor")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Enter an email address in the correct form"));
    assert!(bad.body.contains("Choose one of the roles offered"));

    let r = owner
        .post_form(&format!("/orgs/{org}/members/invite"), &[("email", "Sami@Example.org"), ("role", "staff")])
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let link = r.invitation_path();
    assert!(owner.get(&format!("/orgs/{org}/members")).await.body.contains("sami@example.org"), "listed as open");

    // The same with htmx answers only the invitation box.
    let partial = owner
        .send(owner.http.post(owner.url(&format!("/orgs/{org}/members/invite"))).header("hx-request", "true").form(&[
            ("email", "nadia@example.org"),
            ("role", "volunteer"),
            ("csrf_token", &owner.csrf()),
        ]))
        .await;
    assert_eq!(partial.status, StatusCode::OK);
    assert!(
        partial.body.starts_with("\n<section id=\"invite-box\"") || partial.body.contains("<section id=\"invite-box\"")
    );
    assert!(!partial.body.contains("<html"));

    let sami = app.client();
    let page = sami.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("You are invited to join Org"));
    assert!(page.body.contains("Create your account for sami@example.org"));
    let weak = sami.post_form(&link, &[("name", "Sami"), ("password", "123"), ("password_confirm", "123")]).await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    let ok = sami.post_form(&link, &[("name", "Sami"), ("password", PASSWORD), ("password_confirm", PASSWORD)]).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(ok.location(), format!("/orgs/{org}"));
    let dash = sami.get(&format!("/orgs/{org}")).await;
    assert!(dash.body.contains("Your role here: Staff"));

    // A link works once.
    assert_eq!(app.client().get(&link).await.status, StatusCode::NOT_FOUND);
    // And expires.
    let r = owner
        .post_form(&format!("/orgs/{org}/members/invite"), &[("email", "late@example.org"), ("role", "viewer")])
        .await;
    let late = r.invitation_path();
    app.clock.advance(chrono::Duration::days(8));
    assert_eq!(app.client().get(&late).await.status, StatusCode::NOT_FOUND);
}

async fn invite_an_existing_account(app: &TestApp) {
    let (owner, org) = app.set_up("Org", "olga@example.org").await;
    app.user("vera@example.org").await;
    let r = owner
        .post_form(&format!("/orgs/{org}/members/invite"), &[("email", "vera@example.org"), ("role", "volunteer")])
        .await;
    let link = r.invitation_path();

    let vera = app.client();
    let page = vera.get(&link).await;
    assert!(page.body.contains("You already have an account"));
    // Someone else logged in cannot take Vera's invitation.
    let r = owner.post_form(&link, &[]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);

    vera.login("vera@example.org", PASSWORD).await;
    assert!(vera.get(&link).await.body.contains("Join the organisation"));
    let r = vera.post_form(&link, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(vera.get(&format!("/orgs/{org}")).await.body.contains("Your role here: Volunteer"));
}

async fn each_role_sees_and_does_what_it_may(app: &TestApp) {
    let (owner, org) = app.set_up("Org", "olga@example.org").await;
    let viewer = app.member(org, "vik@example.org", Role::Viewer).await;
    let volunteer = app.member(org, "vera@example.org", Role::Volunteer).await;
    let staff = app.member(org, "sami@example.org", Role::Staff).await;
    let coordinator = app.member(org, "cato@example.org", Role::Coordinator).await;

    for c in [&viewer, &volunteer, &staff, &coordinator, &owner] {
        assert_eq!(c.get(&format!("/orgs/{org}")).await.status, StatusCode::OK);
    }
    for c in [&viewer, &volunteer] {
        assert_eq!(c.get(&format!("/orgs/{org}/members")).await.status, StatusCode::FORBIDDEN);
        assert!(
            !c.get(&format!("/orgs/{org}")).await.body.contains(&format!("/orgs/{org}/members\"")),
            "no link to what they cannot open"
        );
    }
    for c in [&staff, &coordinator, &owner] {
        assert_eq!(c.get(&format!("/orgs/{org}/members")).await.status, StatusCode::OK);
    }
    for c in [&viewer, &volunteer, &staff, &coordinator] {
        assert_eq!(c.get(&format!("/orgs/{org}/audit")).await.status, StatusCode::FORBIDDEN);
    }
    assert_eq!(owner.get(&format!("/orgs/{org}/audit")).await.status, StatusCode::OK);

    let invite = |email: &'static str, role: &'static str| {
        (format!("/orgs/{org}/members/invite"), [("email", email), ("role", role)])
    };
    let (path, form) = invite("x@example.org", "viewer");
    assert_eq!(staff.post_form(&path, &form).await.status, StatusCode::FORBIDDEN);
    assert_eq!(coordinator.post_form(&path, &form).await.status, StatusCode::OK);
    let (path, form) = invite("y@example.org", "coordinator");
    let r = coordinator.post_form(&path, &form).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("You can only give roles below your own"));

    // Role changes are for owners.
    let members = app.store.members(&owner_grant(app, org).await).await.unwrap();
    let vera = members.iter().find(|m| m.email.as_str() == "vera@example.org").unwrap().membership.id();
    let olga = members.iter().find(|m| m.email.as_str() == "olga@example.org").unwrap().membership.id();
    let path = format!("/orgs/{org}/members/{vera}/role");
    assert_eq!(coordinator.post_form(&path, &[("role", "staff")]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(owner.post_form(&path, &[("role", "staff")]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(owner.post_form(&path, &[("role", "king")]).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(volunteer.get(&format!("/orgs/{org}/members")).await.status, StatusCode::OK, "Vera is staff now");

    // The last owner cannot step down or be removed.
    let r = owner.post_form(&format!("/orgs/{org}/members/{olga}/role"), &[("role", "viewer")]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("at least one owner"));
    assert_eq!(owner.post_form(&format!("/orgs/{org}/members/{olga}/remove"), &[]).await.status, StatusCode::CONFLICT);

    assert_eq!(owner.post_form(&format!("/orgs/{org}/members/{vera}/remove"), &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        volunteer.get(&format!("/orgs/{org}")).await.status,
        StatusCode::NOT_FOUND,
        "removed: the org is gone for her"
    );
    // A malformed member id is just not found.
    assert_eq!(
        owner.post_form(&format!("/orgs/{org}/members/not-an-id/remove"), &[]).await.status,
        StatusCode::NOT_FOUND
    );
}

async fn owner_grant(
    app: &TestApp,
    org: bridges_domain::OrgId,
) -> bridges_store::Grant<bridges_domain::policy::ReadMembers> {
    let owner =
        app.store.user_by_email(&bridges_domain::Email::parse("olga@example.org").unwrap()).await.unwrap().unwrap();
    app.store.membership(org, owner.id).await.unwrap().unwrap().grant().unwrap()
}

async fn organisations_cannot_see_each_other(app: &TestApp) {
    let (olga, org_a) = app.set_up("Org A", "olga@example.org").await;
    let org_b = app.other_org("Org B", "bert@example.org").await;
    let bert = app.client();
    bert.login("bert@example.org", PASSWORD).await;

    for path in [format!("/orgs/{org_b}"), format!("/orgs/{org_b}/members"), format!("/orgs/{org_b}/audit")] {
        let r = olga.get(&path).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        assert!(!r.body.contains("Org B"));
    }
    // A random organisation id, and no id at all, look the same.
    assert_eq!(olga.get(&format!("/orgs/{}", bridges_domain::OrgId::new())).await.status, StatusCode::NOT_FOUND);
    assert_eq!(olga.get("/orgs/%27%20OR%201=1").await.status, StatusCode::NOT_FOUND);

    // Bert's membership, addressed through Olga's organisation, is not found either.
    let bert_id =
        app.store.user_by_email(&bridges_domain::Email::parse("bert@example.org").unwrap()).await.unwrap().unwrap().id;
    let bert_membership = app.store.membership(org_b, bert_id).await.unwrap().unwrap().id();
    let r = olga.post_form(&format!("/orgs/{org_a}/members/{bert_membership}/remove"), &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(app.store.membership(org_b, bert_id).await.unwrap().is_some());

    // Over the API too.
    for path in [
        format!("/api/v1/orgs/{org_b}"),
        format!("/api/v1/orgs/{org_b}/members"),
        format!("/api/v1/orgs/{org_b}/audit"),
    ] {
        let r = olga.api(reqwest::Method::GET, &path, None).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(r.json()["code"], "not-found");
    }
    let r = olga
        .api(
            reqwest::Method::POST,
            &format!("/api/v1/orgs/{org_b}/invitations"),
            Some(serde_json::json!({"email": "spy@example.org", "role": "owner"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let listed = olga.api(reqwest::Method::GET, "/api/v1/orgs", None).await.json();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["name"], "Org A");
}

async fn audit_log_records_security_events_and_refuses_changes(app: &TestApp) {
    let (owner, org) = app.set_up("Org", "olga@example.org").await;
    let sami = app.member(org, "sami@example.org", Role::Volunteer).await;
    let stranger = app.client();
    stranger.get("/login").await;
    stranger.post_form("/login", &[("email", "sami@example.org"), ("password", "wrong wrong wrong")]).await;
    let members = app.store.members(&owner_grant(app, org).await).await.unwrap();
    let sami_id = members.iter().find(|m| m.email.as_str() == "sami@example.org").unwrap().membership.id();
    owner.post_form(&format!("/orgs/{org}/members/{sami_id}/role"), &[("role", "staff")]).await;
    owner.post_form(&format!("/orgs/{org}/members/invite"), &[("email", "new@example.org"), ("role", "viewer")]).await;
    drop(sami);

    let page = owner.get(&format!("/orgs/{org}/audit")).await;
    for label in ["bridges set up", "Logged in", "Failed login", "Role changed", "Member invited"] {
        assert!(page.body.contains(label), "audit page lacks {label}");
    }
    // Times are shown in the organisation's zone (Stockholm): the test clock's 09:00 UTC is 10:00 CET.
    assert!(page.body.contains("2 March 2026, 10:00 CET"), "{}", page.body);
    assert!(!page.body.contains(" UTC<"), "no time is shown in UTC on the organisation's pages");
    let api = owner.api(reqwest::Method::GET, &format!("/api/v1/orgs/{org}/audit"), None).await.json();
    let kinds: Vec<&str> = api.as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    for kind in ["setup-completed", "login-succeeded", "login-failed", "role-changed", "member-invited"] {
        assert!(kinds.contains(&kind), "{kind} missing from {kinds:?}");
    }
    let role_change = api.as_array().unwrap().iter().find(|e| e["kind"] == "role-changed").unwrap();
    assert_eq!(role_change["detail"]["from"], "volunteer");
    assert_eq!(role_change["detail"]["to"], "staff");

    // The database itself refuses to rewrite history.
    assert!(bridges_store::test_support::execute(&app.store, "UPDATE audit_events SET kind = 'logout'").await.is_err());
    assert!(bridges_store::test_support::execute(&app.store, "DELETE FROM audit_events").await.is_err());
}
