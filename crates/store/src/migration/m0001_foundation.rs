//! Organisations, accounts, memberships, sessions, invitations, API tokens, the audit log, login
//! throttling and instance settings.

use sea_orm::{ConnectionTrait, DbBackend};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0001_foundation"
    }
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
    Name,
    Country,
    Language,
    TimeZone,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    DisplayName,
    PasswordHash,
    Language,
    CreatedAt,
    PasswordChangedAt,
}

#[derive(DeriveIden)]
enum Memberships {
    Table,
    Id,
    OrgId,
    UserId,
    Role,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    IdHash,
    UserId,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum Invitations {
    Table,
    Id,
    OrgId,
    Email,
    Role,
    TokenHash,
    InvitedBy,
    CreatedAt,
    ExpiresAt,
    AcceptedAt,
}

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    Id,
    UserId,
    Name,
    TokenHash,
    CreatedAt,
    ExpiresAt,
    LastUsedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    Id,
    At,
    OrgId,
    ActorUserId,
    SubjectUserId,
    Kind,
    Detail,
    Address,
}

#[derive(DeriveIden)]
enum LoginFailures {
    Table,
    Id,
    At,
    AccountKey,
    Address,
}

#[derive(DeriveIden)]
enum Settings {
    Table,
    Key,
    Value,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Organisations::Table)
                .col(ColumnDef::new(Organisations::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(Organisations::Name).string_len(200).not_null())
                .col(ColumnDef::new(Organisations::Country).string_len(2).not_null())
                .col(ColumnDef::new(Organisations::Language).string_len(16).not_null())
                .col(ColumnDef::new(Organisations::TimeZone).string_len(64).not_null())
                .col(ColumnDef::new(Organisations::CreatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Users::Table)
                .col(ColumnDef::new(Users::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(Users::Email).string_len(254).not_null().unique_key())
                .col(ColumnDef::new(Users::DisplayName).string_len(200).not_null())
                .col(ColumnDef::new(Users::PasswordHash).text().not_null())
                .col(ColumnDef::new(Users::Language).string_len(16).null())
                .col(ColumnDef::new(Users::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Users::PasswordChangedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Memberships::Table)
                .col(ColumnDef::new(Memberships::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(Memberships::OrgId).uuid().not_null())
                .col(ColumnDef::new(Memberships::UserId).uuid().not_null())
                .col(ColumnDef::new(Memberships::Role).string_len(16).not_null())
                .col(ColumnDef::new(Memberships::CreatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    Memberships::Table,
                    Memberships::OrgId,
                    Organisations::Table,
                    Organisations::Id,
                ))
                .foreign_key(&mut super::cascade(Memberships::Table, Memberships::UserId, Users::Table, Users::Id))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("memberships_org_user")
                .table(Memberships::Table)
                .col(Memberships::OrgId)
                .col(Memberships::UserId)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("memberships_user").table(Memberships::Table).col(Memberships::UserId).to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Sessions::Table)
                .col(ColumnDef::new(Sessions::IdHash).string_len(64).not_null().primary_key())
                .col(ColumnDef::new(Sessions::UserId).uuid().not_null())
                .col(ColumnDef::new(Sessions::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Sessions::ExpiresAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(Sessions::Table, Sessions::UserId, Users::Table, Users::Id))
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("sessions_user").table(Sessions::Table).col(Sessions::UserId).to_owned())
            .await?;

        m.create_table(
            Table::create()
                .table(Invitations::Table)
                .col(ColumnDef::new(Invitations::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(Invitations::OrgId).uuid().not_null())
                .col(ColumnDef::new(Invitations::Email).string_len(254).not_null())
                .col(ColumnDef::new(Invitations::Role).string_len(16).not_null())
                .col(ColumnDef::new(Invitations::TokenHash).string_len(64).not_null().unique_key())
                .col(ColumnDef::new(Invitations::InvitedBy).uuid().not_null())
                .col(ColumnDef::new(Invitations::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Invitations::ExpiresAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Invitations::AcceptedAt).timestamp_with_time_zone().null())
                .foreign_key(&mut super::cascade(
                    Invitations::Table,
                    Invitations::OrgId,
                    Organisations::Table,
                    Organisations::Id,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(ApiTokens::Table)
                .col(ColumnDef::new(ApiTokens::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(ApiTokens::UserId).uuid().not_null())
                .col(ColumnDef::new(ApiTokens::Name).string_len(200).not_null())
                .col(ColumnDef::new(ApiTokens::TokenHash).string_len(64).not_null().unique_key())
                .col(ColumnDef::new(ApiTokens::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(ApiTokens::ExpiresAt).timestamp_with_time_zone().null())
                .col(ColumnDef::new(ApiTokens::LastUsedAt).timestamp_with_time_zone().null())
                .col(ColumnDef::new(ApiTokens::RevokedAt).timestamp_with_time_zone().null())
                .foreign_key(&mut super::cascade(ApiTokens::Table, ApiTokens::UserId, Users::Table, Users::Id))
                .to_owned(),
        )
        .await?;

        // No foreign keys: the audit log outlives what it speaks of.
        m.create_table(
            Table::create()
                .table(AuditEvents::Table)
                .col(ColumnDef::new(AuditEvents::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(AuditEvents::At).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(AuditEvents::OrgId).uuid().null())
                .col(ColumnDef::new(AuditEvents::ActorUserId).uuid().null())
                .col(ColumnDef::new(AuditEvents::SubjectUserId).uuid().null())
                .col(ColumnDef::new(AuditEvents::Kind).string_len(40).not_null())
                .col(ColumnDef::new(AuditEvents::Detail).text().not_null())
                .col(ColumnDef::new(AuditEvents::Address).string_len(64).null())
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("audit_org").table(AuditEvents::Table).col(AuditEvents::OrgId).to_owned())
            .await?;
        m.create_index(
            Index::create().name("audit_subject").table(AuditEvents::Table).col(AuditEvents::SubjectUserId).to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(LoginFailures::Table)
                .col(ColumnDef::new(LoginFailures::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(LoginFailures::At).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(LoginFailures::AccountKey).string_len(254).not_null())
                .col(ColumnDef::new(LoginFailures::Address).string_len(64).not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("login_failures_account")
                .table(LoginFailures::Table)
                .col(LoginFailures::AccountKey)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("login_failures_address")
                .table(LoginFailures::Table)
                .col(LoginFailures::Address)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Settings::Table)
                .col(ColumnDef::new(Settings::Key).string_len(64).not_null().primary_key())
                .col(ColumnDef::new(Settings::Value).text().not_null())
                .to_owned(),
        )
        .await?;

        // The audit log is append-only in the database itself, not only by convention of the code.
        let db = m.get_connection();
        match m.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ \
                     BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events \
                     FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()",
                )
                .await?;
            }
            _ => {
                for op in ["UPDATE", "DELETE"] {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER audit_events_no_{op} BEFORE {op} ON audit_events \
                         BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }
}
