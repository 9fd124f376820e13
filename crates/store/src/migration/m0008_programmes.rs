//! Connect: pairing programmes, their participants (personal data sealed with the field key),
//! consent records, pairs through their life cycle, the rounds that proposed them, check-ins, and
//! when public sign-ups came from which address (as a digest), to slow down floods.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0008_programmes"
    }
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Programmes {
    Table,
    Id,
    OrgId,
    Name,
    Kind,
    Settings,
    IntakeToken,
    IntakeOpen,
    QuietAfterDays,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Participants {
    Table,
    Id,
    ProgrammeId,
    Side,
    Status,
    Source,
    Sealed,
    JoinedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Consents {
    Table,
    Id,
    ParticipantId,
    Purpose,
    Wording,
    GivenAt,
    WithdrawnAt,
}

#[derive(DeriveIden)]
enum Pairs {
    Table,
    Id,
    ProgrammeId,
    NewcomerId,
    VolunteerId,
    Status,
    Locked,
    Score,
    Explanation,
    ProposedAt,
    AcceptedAt,
    IntroducedAt,
    ActiveAt,
    ClosedAt,
    CloseReason,
}

#[derive(DeriveIden)]
enum Rounds {
    Table,
    Id,
    ProgrammeId,
    RanAt,
    RanBy,
    Summary,
}

#[derive(DeriveIden)]
enum SignUps {
    Table,
    Id,
    ProgrammeId,
    AddressDigest,
    At,
}

#[derive(DeriveIden)]
enum CheckIns {
    Table,
    Id,
    PairId,
    MetOn,
    Minutes,
    Sealed,
    RecordedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Programmes::Table)
                .col(ColumnDef::new(Programmes::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(Programmes::OrgId).uuid().not_null())
                .col(ColumnDef::new(Programmes::Name).string_len(200).not_null())
                .col(ColumnDef::new(Programmes::Kind).string_len(20).not_null())
                .col(ColumnDef::new(Programmes::Settings).text().not_null())
                .col(ColumnDef::new(Programmes::IntakeToken).string_len(100).not_null().unique_key())
                .col(ColumnDef::new(Programmes::IntakeOpen).boolean().not_null().default(false))
                .col(ColumnDef::new(Programmes::QuietAfterDays).integer().not_null().default(21))
                .col(ColumnDef::new(Programmes::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Programmes::UpdatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    Programmes::Table,
                    Programmes::OrgId,
                    Organisations::Table,
                    Organisations::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Participants::Table)
                .col(ColumnDef::new(Participants::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(Participants::ProgrammeId).uuid().not_null())
                .col(ColumnDef::new(Participants::Side).string_len(12).not_null())
                .col(ColumnDef::new(Participants::Status).string_len(12).not_null())
                .col(ColumnDef::new(Participants::Source).string_len(12).not_null())
                .col(ColumnDef::new(Participants::Sealed).text().not_null())
                .col(ColumnDef::new(Participants::JoinedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Participants::UpdatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    Participants::Table,
                    Participants::ProgrammeId,
                    Programmes::Table,
                    Programmes::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("participants_by_programme")
                .table(Participants::Table)
                .col(Participants::ProgrammeId)
                .col(Participants::Side)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Consents::Table)
                .col(ColumnDef::new(Consents::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(Consents::ParticipantId).uuid().not_null())
                .col(ColumnDef::new(Consents::Purpose).string_len(40).not_null())
                .col(ColumnDef::new(Consents::Wording).text().not_null())
                .col(ColumnDef::new(Consents::GivenAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Consents::WithdrawnAt).timestamp_with_time_zone().null())
                .foreign_key(&mut super::cascade(
                    Consents::Table,
                    Consents::ParticipantId,
                    Participants::Table,
                    Participants::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Pairs::Table)
                .col(ColumnDef::new(Pairs::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(Pairs::ProgrammeId).uuid().not_null())
                .col(ColumnDef::new(Pairs::NewcomerId).uuid().not_null())
                .col(ColumnDef::new(Pairs::VolunteerId).uuid().not_null())
                .col(ColumnDef::new(Pairs::Status).string_len(12).not_null())
                .col(ColumnDef::new(Pairs::Locked).boolean().not_null().default(false))
                .col(ColumnDef::new(Pairs::Score).integer().not_null())
                .col(ColumnDef::new(Pairs::Explanation).text().not_null())
                .col(ColumnDef::new(Pairs::ProposedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Pairs::AcceptedAt).timestamp_with_time_zone().null())
                .col(ColumnDef::new(Pairs::IntroducedAt).timestamp_with_time_zone().null())
                .col(ColumnDef::new(Pairs::ActiveAt).timestamp_with_time_zone().null())
                .col(ColumnDef::new(Pairs::ClosedAt).timestamp_with_time_zone().null())
                .col(ColumnDef::new(Pairs::CloseReason).text().null())
                .foreign_key(&mut super::cascade(Pairs::Table, Pairs::ProgrammeId, Programmes::Table, Programmes::Id))
                .foreign_key(&mut super::cascade(
                    Pairs::Table,
                    Pairs::NewcomerId,
                    Participants::Table,
                    Participants::Id,
                ))
                .foreign_key(&mut super::cascade(
                    Pairs::Table,
                    Pairs::VolunteerId,
                    Participants::Table,
                    Participants::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("pairs_by_programme")
                .table(Pairs::Table)
                .col(Pairs::ProgrammeId)
                .col(Pairs::Status)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Rounds::Table)
                .col(ColumnDef::new(Rounds::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(Rounds::ProgrammeId).uuid().not_null())
                .col(ColumnDef::new(Rounds::RanAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Rounds::RanBy).uuid().not_null())
                .col(ColumnDef::new(Rounds::Summary).text().not_null())
                .foreign_key(&mut super::cascade(Rounds::Table, Rounds::ProgrammeId, Programmes::Table, Programmes::Id))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(SignUps::Table)
                .col(ColumnDef::new(SignUps::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(SignUps::ProgrammeId).uuid().not_null())
                .col(ColumnDef::new(SignUps::AddressDigest).string_len(64).not_null())
                .col(ColumnDef::new(SignUps::At).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    SignUps::Table,
                    SignUps::ProgrammeId,
                    Programmes::Table,
                    Programmes::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CheckIns::Table)
                .col(ColumnDef::new(CheckIns::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(CheckIns::PairId).uuid().not_null())
                .col(ColumnDef::new(CheckIns::MetOn).date().not_null())
                .col(ColumnDef::new(CheckIns::Minutes).integer().not_null())
                .col(ColumnDef::new(CheckIns::Sealed).text().not_null())
                .col(ColumnDef::new(CheckIns::RecordedBy).uuid().not_null())
                .col(ColumnDef::new(CheckIns::CreatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(CheckIns::Table, CheckIns::PairId, Pairs::Table, Pairs::Id))
                .to_owned(),
        )
        .await
    }
}
