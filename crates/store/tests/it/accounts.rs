//! Accounts, login sessions and API tokens.

use crate::harness::{assert_conflict, assert_not_found, new_user, TestDb};
use bridges_domain::{Email, Language, PasswordHash, SecretToken};
use chrono::Duration;

crate::on_both_backends!(
    an_email_belongs_to_one_account,
    sessions_last_until_they_expire_or_end,
    a_new_password_ends_sessions_and_tokens,
    api_tokens_speak_for_their_holder_until_revoked,
    revoking_all_tokens_spares_other_accounts,
);

async fn an_email_belongs_to_one_account(db: &TestDb) {
    let id = db.user("olga@example.org").await;
    assert_conflict(db.store.create_user(&new_user("olga@example.org"), db.now()).await, "email-taken");
    assert_eq!(db.store.count_users().await.unwrap(), 1);
    let found = db.store.user_by_email(&Email::parse("olga@example.org").unwrap()).await.unwrap().unwrap();
    assert_eq!((found.id, found.display_name.as_str(), found.language), (id, "olga", None));
    assert!(db.store.user_by_email(&Email::parse("nobody@example.org").unwrap()).await.unwrap().is_none());
    db.store.set_user_language(id, Language::parse("ar").unwrap()).await.unwrap();
    assert_eq!(db.store.user(id).await.unwrap().language, Some(Language::parse("ar").unwrap()));
}

async fn sessions_last_until_they_expire_or_end(db: &TestDb) {
    let olga = db.user("olga@example.org").await;
    let start = db.now();
    let short = db.store.create_session(olga, start, Duration::hours(1)).await.unwrap();
    let long = db.store.create_session(olga, start, Duration::days(30)).await.unwrap();
    assert_eq!(db.store.session_user(&short, start).await.unwrap().map(|u| u.id), Some(olga));
    let forged = SecretToken::generate("s_");
    assert!(db.store.session_user(&forged, start).await.unwrap().is_none());
    assert!(db.store.session_user(&short, start + Duration::hours(1)).await.unwrap().is_none(), "expired");
    assert!(!db.raw_column("sessions", "id_hash").await.contains(short.as_str()), "only a digest is kept");

    // Purging forgets the expired session and day-old login failures, nothing younger.
    let who = bridges_store::LoginAttempt { account: "olga@example.org", address: "192.0.2.1", device: None };
    db.store.record_login_failure(who, start - Duration::hours(30)).await.unwrap();
    db.store.record_login_failure(who, start).await.unwrap();
    assert_eq!(db.store.purge_expired(start + Duration::hours(2)).await.unwrap(), 2);
    assert_eq!(db.rows("sessions").await, 1);
    assert_eq!(db.rows("login_failures").await, 1);

    assert_eq!(db.store.session_user(&long, start + Duration::days(29)).await.unwrap().map(|u| u.id), Some(olga));
    db.store.end_session(&long).await.unwrap();
    assert!(db.store.session_user(&long, start).await.unwrap().is_none(), "logged out");
}

async fn a_new_password_ends_sessions_and_tokens(db: &TestDb) {
    let olga = db.user("olga@example.org").await;
    let other = db.user("otto@example.org").await;
    let session = db.store.create_session(olga, db.now(), Duration::days(1)).await.unwrap();
    let kept = db.store.create_session(other, db.now(), Duration::days(1)).await.unwrap();
    let (_, token) = db.store.create_api_token(olga, "script", (false, None), db.now()).await.unwrap();

    let hash = PasswordHash::from_stored("$argon2id$v=19$m=19456,t=2,p=1$bmV3c2FsdA$bmV3aGFzaA".to_string());
    db.store.change_password(olga, &hash, db.now()).await.unwrap();
    assert_eq!(db.store.user(olga).await.unwrap().password_hash.as_str(), hash.as_str());
    assert!(db.store.session_user(&session, db.now()).await.unwrap().is_none());
    assert!(db.store.api_token_user(&token, db.now()).await.unwrap().is_none());
    assert!(db.store.api_tokens_of(olga).await.unwrap().is_empty());
    assert_eq!(db.store.session_user(&kept, db.now()).await.unwrap().map(|u| u.id), Some(other));
    assert_not_found(db.store.change_password(bridges_domain::UserId::new(), &hash, db.now()).await);
}

async fn api_tokens_speak_for_their_holder_until_revoked(db: &TestDb) {
    let olga = db.user("olga@example.org").await;
    let otto = db.user("otto@example.org").await;
    let created = db.now();
    let (reader_id, reader) = db.store.create_api_token(olga, "dashboard", (true, None), created).await.unwrap();
    let expires = created + Duration::days(30);
    let (_, writer) = db.store.create_api_token(olga, "import", (false, Some(expires)), created).await.unwrap();
    assert!(reader.as_str().starts_with("brg_"));
    assert!(!db.raw_column("api_tokens", "token_hash").await.contains(reader.as_str()), "only a digest is kept");

    db.advance(Duration::hours(2));
    let holder = db.store.api_token_user(&reader, db.now()).await.unwrap().unwrap();
    assert_eq!((holder.user.id, holder.read_only), (olga, true));
    let holder = db.store.api_token_user(&writer, db.now()).await.unwrap().unwrap();
    assert_eq!((holder.user.id, holder.read_only), (olga, false));
    assert!(db.store.api_token_user(&writer, expires).await.unwrap().is_none(), "expired");

    let listed = db.store.api_tokens_of(olga).await.unwrap();
    let reader_info = listed.iter().find(|t| t.id == reader_id).unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!((reader_info.name.as_str(), reader_info.read_only), ("dashboard", true));
    assert_eq!((reader_info.created_at, reader_info.last_used_at), (created, Some(db.now())));

    assert_not_found(db.store.revoke_api_token(otto, reader_id, db.now()).await);
    assert!(db.store.api_token_user(&reader, db.now()).await.unwrap().is_some(), "another account cannot revoke it");
    db.store.revoke_api_token(olga, reader_id, db.now()).await.unwrap();
    assert!(db.store.api_token_user(&reader, db.now()).await.unwrap().is_none());
    assert_not_found(db.store.revoke_api_token(olga, reader_id, db.now()).await);
    let names: Vec<String> = db.store.api_tokens_of(olga).await.unwrap().into_iter().map(|t| t.name).collect();
    assert_eq!(names, ["import"]);
}

async fn revoking_all_tokens_spares_other_accounts(db: &TestDb) {
    let olga = db.user("olga@example.org").await;
    let otto = db.user("otto@example.org").await;
    let mut hers = Vec::new();
    for name in ["one", "two", "three"] {
        hers.push(db.store.create_api_token(olga, name, (false, None), db.now()).await.unwrap());
    }
    let (_, his) = db.store.create_api_token(otto, "his", (true, None), db.now()).await.unwrap();
    db.store.revoke_api_token(olga, hers[0].0, db.now()).await.unwrap();

    assert_eq!(db.store.revoke_all_api_tokens(olga, db.now()).await.unwrap(), 2, "only the live ones count");
    assert_eq!(db.store.revoke_all_api_tokens(olga, db.now()).await.unwrap(), 0);
    for (_, token) in &hers {
        assert!(db.store.api_token_user(token, db.now()).await.unwrap().is_none());
    }
    let holder = db.store.api_token_user(&his, db.now()).await.unwrap().unwrap();
    assert_eq!((holder.user.id, holder.read_only), (otto, true));
    assert_eq!(db.store.api_tokens_of(otto).await.unwrap().len(), 1);
}
