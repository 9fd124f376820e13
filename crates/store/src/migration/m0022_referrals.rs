//! Referrals: a person (a participant or an advice client) sent on to a service in the
//! organisation's directory with their consent, and each step it took. The service is kept by its
//! HSDS id with its name as it was (no key: a directory may be re-imported without it), the need
//! as a plain code so Measure counts without opening anything sealed, and what is said about the
//! person sealed. An indicator counting referrals may be narrowed to one need.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0022_referrals"
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Referrals {
    Table,
    Id,
    OrgId,
    ProjectId,
    ParticipantId,
    ClientId,
    DirectoryId,
    ServiceId,
    ServiceName,
    OrganisationName,
    NeedCode,
    Mode,
    Status,
    Outcome,
    Reason,
    ConsentMethod,
    ConsentBy,
    ConsentAt,
    ConsentWithdrawnAt,
    MadeBy,
    MadeAt,
    MonthKey,
    ClosedMonth,
    FollowUpOn,
    Sealed,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ReferralEvents {
    Table,
    Id,
    ReferralId,
    OrgId,
    At,
    ByUser,
    FromStatus,
    ToStatus,
    Outcome,
    Reason,
    Sealed,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Participants {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum AdviceClients {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Indicators {
    Table,
    NeedCode,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Referrals::Table)
                .col(ColumnDef::new(Referrals::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(Referrals::OrgId).uuid().not_null())
                .col(ColumnDef::new(Referrals::ProjectId).uuid().null())
                .col(ColumnDef::new(Referrals::ParticipantId).uuid().null())
                .col(ColumnDef::new(Referrals::ClientId).uuid().null())
                .col(ColumnDef::new(Referrals::DirectoryId).uuid().not_null())
                .col(ColumnDef::new(Referrals::ServiceId).uuid().not_null())
                .col(ColumnDef::new(Referrals::ServiceName).string_len(500).not_null())
                .col(ColumnDef::new(Referrals::OrganisationName).string_len(500).not_null())
                .col(ColumnDef::new(Referrals::NeedCode).string_len(60).null())
                .col(ColumnDef::new(Referrals::Mode).string_len(12).not_null())
                .col(ColumnDef::new(Referrals::Status).string_len(12).not_null())
                .col(ColumnDef::new(Referrals::Outcome).string_len(16).null())
                .col(ColumnDef::new(Referrals::Reason).string_len(24).null())
                .col(ColumnDef::new(Referrals::ConsentMethod).string_len(10).not_null())
                .col(ColumnDef::new(Referrals::ConsentBy).uuid().not_null())
                .col(ColumnDef::new(Referrals::ConsentAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Referrals::ConsentWithdrawnAt).timestamp_with_time_zone().null())
                .col(ColumnDef::new(Referrals::MadeBy).uuid().not_null())
                .col(ColumnDef::new(Referrals::MadeAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Referrals::MonthKey).integer().not_null())
                .col(ColumnDef::new(Referrals::ClosedMonth).integer().null())
                .col(ColumnDef::new(Referrals::FollowUpOn).date().null())
                .col(ColumnDef::new(Referrals::Sealed).text().not_null())
                .col(ColumnDef::new(Referrals::UpdatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    Referrals::Table,
                    Referrals::OrgId,
                    Organisations::Table,
                    Organisations::Id,
                ))
                .foreign_key(&mut super::cascade(
                    Referrals::Table,
                    Referrals::ParticipantId,
                    Participants::Table,
                    Participants::Id,
                ))
                .foreign_key(&mut super::cascade(
                    Referrals::Table,
                    Referrals::ClientId,
                    AdviceClients::Table,
                    AdviceClients::Id,
                ))
                .to_owned(),
        )
        .await?;
        let indexes: [(&str, &[Referrals]); 5] = [
            ("referrals_by_follow_up", &[Referrals::OrgId, Referrals::Status, Referrals::FollowUpOn]),
            ("referrals_by_month", &[Referrals::OrgId, Referrals::MonthKey, Referrals::NeedCode]),
            ("referrals_by_closed_month", &[Referrals::OrgId, Referrals::ClosedMonth, Referrals::NeedCode]),
            ("referrals_by_participant", &[Referrals::ParticipantId]),
            ("referrals_by_client", &[Referrals::ClientId]),
        ];
        for (name, cols) in indexes {
            let mut index = Index::create().name(name).table(Referrals::Table).to_owned();
            for col in cols {
                index.col(*col);
            }
            m.create_index(index).await?;
        }

        m.create_table(
            Table::create()
                .table(ReferralEvents::Table)
                .col(ColumnDef::new(ReferralEvents::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(ReferralEvents::ReferralId).uuid().not_null())
                .col(ColumnDef::new(ReferralEvents::OrgId).uuid().not_null())
                .col(ColumnDef::new(ReferralEvents::At).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(ReferralEvents::ByUser).uuid().not_null())
                .col(ColumnDef::new(ReferralEvents::FromStatus).string_len(12).null())
                .col(ColumnDef::new(ReferralEvents::ToStatus).string_len(12).not_null())
                .col(ColumnDef::new(ReferralEvents::Outcome).string_len(16).null())
                .col(ColumnDef::new(ReferralEvents::Reason).string_len(24).null())
                .col(ColumnDef::new(ReferralEvents::Sealed).text().not_null())
                .foreign_key(&mut super::cascade(
                    ReferralEvents::Table,
                    ReferralEvents::ReferralId,
                    Referrals::Table,
                    Referrals::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("referral_events_by_referral")
                .table(ReferralEvents::Table)
                .col(ReferralEvents::ReferralId)
                .col(ReferralEvents::At)
                .to_owned(),
        )
        .await?;

        m.alter_table(
            Table::alter()
                .table(Indicators::Table)
                .add_column(ColumnDef::new(Indicators::NeedCode).string_len(60).null())
                .to_owned(),
        )
        .await
    }
}
