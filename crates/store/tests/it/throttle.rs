//! Login throttling: failures slow attackers down without locking the account's owner out.

use crate::harness::TestDb;
use bridges_store::{LoginAttempt, LoginGate, ThrottleRule};
use chrono::Duration;

crate::on_both_backends!(
    failures_refuse_one_address_for_one_account,
    an_account_under_attack_still_admits_its_known_devices,
    an_address_failing_across_accounts_is_slowed_not_refused,
);

const RULE: ThrottleRule = ThrottleRule {
    window: Duration::minutes(15),
    per_account_and_address: 3,
    per_account: 5,
    per_device: 2,
    per_address: 4,
    slow_down: std::time::Duration::from_secs(2),
};

fn from(account: &'static str, address: &'static str) -> LoginAttempt<'static> {
    LoginAttempt { account, address, device: None }
}

async fn failures_refuse_one_address_for_one_account(db: &TestDb) {
    let here = from("olga@example.org", "192.0.2.1");
    for _ in 0..2 {
        db.store.record_login_failure(here, db.now()).await.unwrap();
    }
    assert_eq!(db.store.login_gate(here, db.now(), RULE).await.unwrap(), LoginGate::Open, "below the limit");
    db.store.record_login_failure(here, db.now()).await.unwrap();
    assert_eq!(db.store.login_gate(here, db.now(), RULE).await.unwrap(), LoginGate::Refused);
    let elsewhere = from("olga@example.org", "198.51.100.9");
    assert_eq!(db.store.login_gate(elsewhere, db.now(), RULE).await.unwrap(), LoginGate::Open);
    let someone_else = from("otto@example.org", "192.0.2.1");
    assert_eq!(db.store.login_gate(someone_else, db.now(), RULE).await.unwrap(), LoginGate::Open);

    let later = db.now() + RULE.window;
    assert_eq!(db.store.login_gate(here, later, RULE).await.unwrap(), LoginGate::Open, "the window passed");

    // A success from the other address does not clear what happened here.
    db.store.clear_login_failures(elsewhere).await.unwrap();
    assert_eq!(db.store.login_gate(here, db.now(), RULE).await.unwrap(), LoginGate::Refused);
    db.store.clear_login_failures(here).await.unwrap();
    assert_eq!(db.store.login_gate(here, db.now(), RULE).await.unwrap(), LoginGate::Open);
}

async fn an_account_under_attack_still_admits_its_known_devices(db: &TestDb) {
    let addresses = ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4", "203.0.113.5"];
    for address in addresses {
        db.store.record_login_failure(from("olga@example.org", address), db.now()).await.unwrap();
    }
    let new_place = from("olga@example.org", "192.0.2.50");
    assert_eq!(db.store.login_gate(new_place, db.now(), RULE).await.unwrap(), LoginGate::Refused);
    let laptop = LoginAttempt { device: Some("laptop-digest"), ..new_place };
    assert_eq!(db.store.login_gate(laptop, db.now(), RULE).await.unwrap(), LoginGate::Open);

    // The device has a budget of its own, and spending it touches no other device.
    for _ in 0..RULE.per_device {
        db.store.record_login_failure(laptop, db.now()).await.unwrap();
    }
    assert_eq!(db.store.login_gate(laptop, db.now(), RULE).await.unwrap(), LoginGate::Refused);
    let phone = LoginAttempt { device: Some("phone-digest"), ..new_place };
    assert_eq!(db.store.login_gate(phone, db.now(), RULE).await.unwrap(), LoginGate::Open);
    db.store.clear_login_failures(laptop).await.unwrap();
    assert_eq!(db.store.login_gate(laptop, db.now(), RULE).await.unwrap(), LoginGate::Open);
    assert_eq!(
        db.store.login_gate(new_place, db.now(), RULE).await.unwrap(),
        LoginGate::Refused,
        "the attack elsewhere still counts"
    );
}

async fn an_address_failing_across_accounts_is_slowed_not_refused(db: &TestDb) {
    let office = "192.0.2.80";
    for account in ["a@example.org", "b@example.org", "c@example.org", "d@example.org"] {
        db.store.record_login_failure(from(account, office), db.now()).await.unwrap();
    }
    let colleague = from("e@example.org", office);
    assert_eq!(db.store.login_gate(colleague, db.now(), RULE).await.unwrap(), LoginGate::Slow(RULE.slow_down));
    let home = from("e@example.org", "198.51.100.3");
    assert_eq!(db.store.login_gate(home, db.now(), RULE).await.unwrap(), LoginGate::Open);
    db.advance(RULE.window);
    assert_eq!(db.store.login_gate(colleague, db.now(), RULE).await.unwrap(), LoginGate::Open);
}
