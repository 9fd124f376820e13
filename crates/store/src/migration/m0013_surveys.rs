//! Surveys: the form (XLSForm's model as JSON: it holds questions, never answers), the public link
//! (its digest for lookup, the link itself sealed so coordinators can share it again), invitation
//! codes (digests only, each used once), responses (sealed whole: a few closed answers together can
//! name a person in a small place; only the day, the wave and a keyed digest of the respondent's
//! own code stay plain, so before and after can be paired without opening anything), and the actual
//! figures perceived ones are compared with, each with its source.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0013_surveys"
    }
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Indicators {
    Table,
    SurveyMeasure,
}

#[derive(DeriveIden)]
enum Surveys {
    Table,
    Id,
    OrgId,
    ProjectId,
    Title,
    Form,
    Status,
    Waves,
    InvitationOnly,
    LinkDigest,
    LinkSealed,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SurveyInvitations {
    Table,
    Digest,
    SurveyId,
    Used,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SurveyResponses {
    Table,
    Id,
    SurveyId,
    OrgId,
    Via,
    Wave,
    RespondentDigest,
    SubmittedOn,
    ImportDigest,
    Sealed,
    RecordedBy,
}

#[derive(DeriveIden)]
enum SurveyFigures {
    Table,
    SurveyId,
    Figure,
    Actual,
    Source,
    AsOf,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Surveys::Table)
                .col(ColumnDef::new(Surveys::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(Surveys::OrgId).uuid().not_null())
                .col(ColumnDef::new(Surveys::ProjectId).uuid().null())
                .col(ColumnDef::new(Surveys::Title).string_len(200).not_null())
                .col(ColumnDef::new(Surveys::Form).text().not_null())
                .col(ColumnDef::new(Surveys::Status).string_len(20).not_null())
                .col(ColumnDef::new(Surveys::Waves).boolean().not_null().default(false))
                .col(ColumnDef::new(Surveys::InvitationOnly).boolean().not_null().default(false))
                .col(ColumnDef::new(Surveys::LinkDigest).string_len(64).null().unique_key())
                .col(ColumnDef::new(Surveys::LinkSealed).text().null())
                .col(ColumnDef::new(Surveys::CreatedBy).uuid().not_null())
                .col(ColumnDef::new(Surveys::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Surveys::UpdatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    Surveys::Table,
                    Surveys::OrgId,
                    Organisations::Table,
                    Organisations::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(SurveyInvitations::Table)
                .col(ColumnDef::new(SurveyInvitations::Digest).string_len(64).not_null().primary_key())
                .col(ColumnDef::new(SurveyInvitations::SurveyId).uuid().not_null())
                // Whether it was used, not when: a day would tie a code handed to someone to the
                // responses of that day.
                .col(ColumnDef::new(SurveyInvitations::Used).boolean().not_null().default(false))
                .col(ColumnDef::new(SurveyInvitations::CreatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    SurveyInvitations::Table,
                    SurveyInvitations::SurveyId,
                    Surveys::Table,
                    Surveys::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(SurveyResponses::Table)
                .col(ColumnDef::new(SurveyResponses::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(SurveyResponses::SurveyId).uuid().not_null())
                .col(ColumnDef::new(SurveyResponses::OrgId).uuid().not_null())
                .col(ColumnDef::new(SurveyResponses::Via).string_len(10).not_null())
                .col(ColumnDef::new(SurveyResponses::Wave).string_len(10).null())
                .col(ColumnDef::new(SurveyResponses::RespondentDigest).string_len(64).null())
                .col(ColumnDef::new(SurveyResponses::SubmittedOn).date().not_null())
                .col(ColumnDef::new(SurveyResponses::ImportDigest).string_len(64).null())
                .col(ColumnDef::new(SurveyResponses::Sealed).text().not_null())
                .col(ColumnDef::new(SurveyResponses::RecordedBy).uuid().null())
                .foreign_key(&mut super::cascade(
                    SurveyResponses::Table,
                    SurveyResponses::SurveyId,
                    Surveys::Table,
                    Surveys::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("survey_responses_by_survey")
                .table(SurveyResponses::Table)
                .col(SurveyResponses::SurveyId)
                .col(SurveyResponses::SubmittedOn)
                .to_owned(),
        )
        .await?;
        // A KoboToolbox or ODK export imported twice adds nothing the second time.
        m.create_index(
            Index::create()
                .name("survey_responses_imported_once")
                .table(SurveyResponses::Table)
                .col(SurveyResponses::SurveyId)
                .col(SurveyResponses::ImportDigest)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(SurveyFigures::Table)
                .col(ColumnDef::new(SurveyFigures::SurveyId).uuid().not_null())
                .col(ColumnDef::new(SurveyFigures::Figure).string_len(40).not_null())
                .col(ColumnDef::new(SurveyFigures::Actual).double().not_null())
                .col(ColumnDef::new(SurveyFigures::Source).string_len(300).not_null())
                .col(ColumnDef::new(SurveyFigures::AsOf).date().null())
                .col(ColumnDef::new(SurveyFigures::UpdatedAt).timestamp_with_time_zone().not_null())
                .primary_key(Index::create().col(SurveyFigures::SurveyId).col(SurveyFigures::Figure))
                .foreign_key(&mut super::cascade(
                    SurveyFigures::Table,
                    SurveyFigures::SurveyId,
                    Surveys::Table,
                    Surveys::Id,
                ))
                .to_owned(),
        )
        .await?;
        // An indicator may read a survey's score: which survey, score and community, as JSON.
        m.alter_table(
            Table::alter()
                .table(Indicators::Table)
                .add_column(ColumnDef::new(Indicators::SurveyMeasure).text().null())
                .to_owned(),
        )
        .await
    }
}
