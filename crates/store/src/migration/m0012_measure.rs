//! Measure: the activities an organisation logs (with monthly totals kept up to date beside them,
//! so a dashboard never reads every row), recurring sessions, advice clients (their reference
//! sealed, with a keyed digest so the same person is counted once) and their contacts, indicators
//! with hand-entered values, and the team's periodic reviews. Each organisation also gets its
//! threshold below which counts of people are not shown to readers, and the digest of the
//! link its calendar of sessions is published at.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0012_measure"
    }
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
    SuppressionThreshold,
    CalendarDigest,
}

/// The counts every activity records and every month totals: one list, so the two tables agree.
pub(crate) const COUNTS: [&str; 12] = [
    "attendees",
    "arriving",
    "receiving",
    "women",
    "men",
    "gender_another",
    "age_under_18",
    "age_18_25",
    "age_26_64",
    "age_65_plus",
    "volunteers",
    "volunteer_minutes",
];

#[derive(DeriveIden)]
enum ActivitySeries {
    Table,
    Id,
    OrgId,
    ProjectId,
    Kind,
    Title,
    Place,
    StartsOn,
    StartsAt,
    Minutes,
    EveryWeeks,
    Until,
    Languages,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Activities {
    Table,
    Id,
    OrgId,
    ProjectId,
    ProgrammeId,
    SeriesId,
    Kind,
    Title,
    OccurredOn,
    StartsAt,
    Minutes,
    Place,
    Topics,
    Languages,
    Notes,
    MonthKey,
    RecordedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ActivityMonths {
    Table,
    OrgId,
    ProjectId,
    Kind,
    MonthKey,
    Activities,
}

#[derive(DeriveIden)]
enum ActivityLanguages {
    Table,
    OrgId,
    ProjectId,
    MonthKey,
    Language,
    Uses,
}

#[derive(DeriveIden)]
enum AdviceClients {
    Table,
    Id,
    OrgId,
    Digest,
    Sealed,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AdviceContacts {
    Table,
    Id,
    OrgId,
    ClientId,
    ProjectId,
    OccurredOn,
    MonthKey,
    Topic,
    Outcome,
    FollowUpOn,
    FollowUpDone,
    Sealed,
    RecordedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Indicators {
    Table,
    Id,
    OrgId,
    ProjectId,
    ObjectiveId,
    Name,
    Unit,
    Direction,
    Source,
    ActivityKind,
    ProgrammeId,
    Baseline,
    BaselineOn,
    Target,
    TargetOn,
    Period,
    Disaggregation,
    Frameworks,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum IndicatorValues {
    Table,
    Id,
    IndicatorId,
    Period,
    Value,
    Evidence,
    RecordedBy,
    RecordedAt,
}

#[derive(DeriveIden)]
enum WorkReviews {
    Table,
    Id,
    OrgId,
    ProjectId,
    HeldOn,
    Concluded,
    Decided,
    NextOn,
    RecordedBy,
    CreatedAt,
}

fn counts(table: &mut TableCreateStatement, big: bool) {
    for name in COUNTS {
        let mut column = ColumnDef::new(Alias::new(name));
        if big {
            column.big_integer();
        } else {
            column.integer();
        }
        table.col(column.not_null().default(0));
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Organisations::Table)
                .add_column(ColumnDef::new(Organisations::SuppressionThreshold).integer().not_null().default(10))
                .to_owned(),
        )
        .await?;
        // SQLite adds one column per ALTER TABLE.
        m.alter_table(
            Table::alter()
                .table(Organisations::Table)
                .add_column(ColumnDef::new(Organisations::CalendarDigest).string_len(64).null())
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(ActivitySeries::Table)
                .col(ColumnDef::new(ActivitySeries::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(ActivitySeries::OrgId).uuid().not_null())
                .col(ColumnDef::new(ActivitySeries::ProjectId).uuid().null())
                .col(ColumnDef::new(ActivitySeries::Kind).string_len(20).not_null())
                .col(ColumnDef::new(ActivitySeries::Title).string_len(200).not_null())
                .col(ColumnDef::new(ActivitySeries::Place).string_len(200).not_null())
                .col(ColumnDef::new(ActivitySeries::StartsOn).date().not_null())
                .col(ColumnDef::new(ActivitySeries::StartsAt).string_len(5).not_null())
                .col(ColumnDef::new(ActivitySeries::Minutes).integer().not_null())
                .col(ColumnDef::new(ActivitySeries::EveryWeeks).integer().not_null())
                .col(ColumnDef::new(ActivitySeries::Until).date().null())
                .col(ColumnDef::new(ActivitySeries::Languages).string_len(200).not_null())
                .col(ColumnDef::new(ActivitySeries::CreatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    ActivitySeries::Table,
                    ActivitySeries::OrgId,
                    Organisations::Table,
                    Organisations::Id,
                ))
                .to_owned(),
        )
        .await?;

        let mut activities = Table::create();
        activities
            .table(Activities::Table)
            .col(ColumnDef::new(Activities::Id).uuid().not_null().primary_key())
            .col(ColumnDef::new(Activities::OrgId).uuid().not_null())
            .col(ColumnDef::new(Activities::ProjectId).uuid().null())
            .col(ColumnDef::new(Activities::ProgrammeId).uuid().null())
            .col(ColumnDef::new(Activities::SeriesId).uuid().null())
            .col(ColumnDef::new(Activities::Kind).string_len(20).not_null())
            .col(ColumnDef::new(Activities::Title).string_len(200).not_null())
            .col(ColumnDef::new(Activities::OccurredOn).date().not_null())
            .col(ColumnDef::new(Activities::StartsAt).string_len(5).not_null())
            .col(ColumnDef::new(Activities::Minutes).integer().not_null())
            .col(ColumnDef::new(Activities::Place).string_len(200).not_null())
            .col(ColumnDef::new(Activities::Topics).text().not_null())
            .col(ColumnDef::new(Activities::Languages).string_len(200).not_null())
            .col(ColumnDef::new(Activities::Notes).text().not_null())
            .col(ColumnDef::new(Activities::MonthKey).integer().not_null())
            .col(ColumnDef::new(Activities::RecordedBy).uuid().not_null())
            .col(ColumnDef::new(Activities::CreatedAt).timestamp_with_time_zone().not_null())
            .foreign_key(&mut super::cascade(
                Activities::Table,
                Activities::OrgId,
                Organisations::Table,
                Organisations::Id,
            ));
        counts(&mut activities, false);
        m.create_table(activities.to_owned()).await?;
        m.create_index(
            Index::create()
                .name("activities_by_date")
                .table(Activities::Table)
                .col(Activities::OrgId)
                .col(Activities::OccurredOn)
                .to_owned(),
        )
        .await?;

        let mut months = Table::create();
        months
            .table(ActivityMonths::Table)
            .col(ColumnDef::new(ActivityMonths::OrgId).uuid().not_null())
            .col(ColumnDef::new(ActivityMonths::ProjectId).uuid().not_null())
            .col(ColumnDef::new(ActivityMonths::Kind).string_len(20).not_null())
            .col(ColumnDef::new(ActivityMonths::MonthKey).integer().not_null())
            .col(ColumnDef::new(ActivityMonths::Activities).big_integer().not_null().default(0))
            .primary_key(
                Index::create()
                    .col(ActivityMonths::OrgId)
                    .col(ActivityMonths::ProjectId)
                    .col(ActivityMonths::Kind)
                    .col(ActivityMonths::MonthKey),
            )
            .foreign_key(&mut super::cascade(
                ActivityMonths::Table,
                ActivityMonths::OrgId,
                Organisations::Table,
                Organisations::Id,
            ));
        counts(&mut months, true);
        m.create_table(months.to_owned()).await?;

        m.create_table(
            Table::create()
                .table(ActivityLanguages::Table)
                .col(ColumnDef::new(ActivityLanguages::OrgId).uuid().not_null())
                .col(ColumnDef::new(ActivityLanguages::ProjectId).uuid().not_null())
                .col(ColumnDef::new(ActivityLanguages::MonthKey).integer().not_null())
                .col(ColumnDef::new(ActivityLanguages::Language).string_len(40).not_null())
                .col(ColumnDef::new(ActivityLanguages::Uses).big_integer().not_null().default(0))
                .primary_key(
                    Index::create()
                        .col(ActivityLanguages::OrgId)
                        .col(ActivityLanguages::ProjectId)
                        .col(ActivityLanguages::MonthKey)
                        .col(ActivityLanguages::Language),
                )
                .foreign_key(&mut super::cascade(
                    ActivityLanguages::Table,
                    ActivityLanguages::OrgId,
                    Organisations::Table,
                    Organisations::Id,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(AdviceClients::Table)
                .col(ColumnDef::new(AdviceClients::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(AdviceClients::OrgId).uuid().not_null())
                .col(ColumnDef::new(AdviceClients::Digest).string_len(64).not_null())
                .col(ColumnDef::new(AdviceClients::Sealed).text().not_null())
                .col(ColumnDef::new(AdviceClients::CreatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    AdviceClients::Table,
                    AdviceClients::OrgId,
                    Organisations::Table,
                    Organisations::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("advice_clients_by_digest")
                .table(AdviceClients::Table)
                .col(AdviceClients::OrgId)
                .col(AdviceClients::Digest)
                .unique()
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(AdviceContacts::Table)
                .col(ColumnDef::new(AdviceContacts::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(AdviceContacts::OrgId).uuid().not_null())
                .col(ColumnDef::new(AdviceContacts::ClientId).uuid().not_null())
                .col(ColumnDef::new(AdviceContacts::ProjectId).uuid().null())
                .col(ColumnDef::new(AdviceContacts::OccurredOn).date().not_null())
                .col(ColumnDef::new(AdviceContacts::MonthKey).integer().not_null())
                .col(ColumnDef::new(AdviceContacts::Topic).string_len(60).not_null())
                .col(ColumnDef::new(AdviceContacts::Outcome).string_len(20).not_null())
                .col(ColumnDef::new(AdviceContacts::FollowUpOn).date().null())
                .col(ColumnDef::new(AdviceContacts::FollowUpDone).boolean().not_null().default(false))
                .col(ColumnDef::new(AdviceContacts::Sealed).text().not_null())
                .col(ColumnDef::new(AdviceContacts::RecordedBy).uuid().not_null())
                .col(ColumnDef::new(AdviceContacts::CreatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    AdviceContacts::Table,
                    AdviceContacts::ClientId,
                    AdviceClients::Table,
                    AdviceClients::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("advice_contacts_by_month")
                .table(AdviceContacts::Table)
                .col(AdviceContacts::OrgId)
                .col(AdviceContacts::MonthKey)
                .col(AdviceContacts::ClientId)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("advice_contacts_by_follow_up")
                .table(AdviceContacts::Table)
                .col(AdviceContacts::OrgId)
                .col(AdviceContacts::FollowUpDone)
                .col(AdviceContacts::FollowUpOn)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Indicators::Table)
                .col(ColumnDef::new(Indicators::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(Indicators::OrgId).uuid().not_null())
                .col(ColumnDef::new(Indicators::ProjectId).uuid().null())
                .col(ColumnDef::new(Indicators::ObjectiveId).uuid().null())
                .col(ColumnDef::new(Indicators::Name).string_len(200).not_null())
                .col(ColumnDef::new(Indicators::Unit).string_len(60).not_null())
                .col(ColumnDef::new(Indicators::Direction).string_len(8).not_null())
                .col(ColumnDef::new(Indicators::Source).string_len(30).not_null())
                .col(ColumnDef::new(Indicators::ActivityKind).string_len(20).null())
                .col(ColumnDef::new(Indicators::ProgrammeId).uuid().null())
                .col(ColumnDef::new(Indicators::Baseline).double().null())
                .col(ColumnDef::new(Indicators::BaselineOn).date().null())
                .col(ColumnDef::new(Indicators::Target).double().null())
                .col(ColumnDef::new(Indicators::TargetOn).date().null())
                .col(ColumnDef::new(Indicators::Period).string_len(10).not_null())
                .col(ColumnDef::new(Indicators::Disaggregation).string_len(12).not_null())
                .col(ColumnDef::new(Indicators::Frameworks).text().not_null())
                .col(ColumnDef::new(Indicators::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Indicators::UpdatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    Indicators::Table,
                    Indicators::OrgId,
                    Organisations::Table,
                    Organisations::Id,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(IndicatorValues::Table)
                .col(ColumnDef::new(IndicatorValues::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(IndicatorValues::IndicatorId).uuid().not_null())
                .col(ColumnDef::new(IndicatorValues::Period).string_len(10).not_null())
                .col(ColumnDef::new(IndicatorValues::Value).double().not_null())
                .col(ColumnDef::new(IndicatorValues::Evidence).text().not_null())
                .col(ColumnDef::new(IndicatorValues::RecordedBy).uuid().not_null())
                .col(ColumnDef::new(IndicatorValues::RecordedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    IndicatorValues::Table,
                    IndicatorValues::IndicatorId,
                    Indicators::Table,
                    Indicators::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("indicator_values_by_period")
                .table(IndicatorValues::Table)
                .col(IndicatorValues::IndicatorId)
                .col(IndicatorValues::Period)
                .unique()
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(WorkReviews::Table)
                .col(ColumnDef::new(WorkReviews::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(WorkReviews::OrgId).uuid().not_null())
                .col(ColumnDef::new(WorkReviews::ProjectId).uuid().null())
                .col(ColumnDef::new(WorkReviews::HeldOn).date().not_null())
                .col(ColumnDef::new(WorkReviews::Concluded).text().not_null())
                .col(ColumnDef::new(WorkReviews::Decided).text().not_null())
                .col(ColumnDef::new(WorkReviews::NextOn).date().null())
                .col(ColumnDef::new(WorkReviews::RecordedBy).uuid().not_null())
                .col(ColumnDef::new(WorkReviews::CreatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    WorkReviews::Table,
                    WorkReviews::OrgId,
                    Organisations::Table,
                    Organisations::Id,
                ))
                .to_owned(),
        )
        .await
    }
}
