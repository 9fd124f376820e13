//! Practices written by organisations, their peer reviews.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0002_practices"
    }
}

#[derive(DeriveIden)]
enum Practices {
    Table,
    Id,
    OrgId,
    Status,
    Record,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
    PublishedAt,
}

#[derive(DeriveIden)]
enum PracticeReviews {
    Table,
    Id,
    PracticeId,
    ReviewerOrg,
    ReviewerUser,
    Comment,
    Refs,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Practices::Table)
                .col(ColumnDef::new(Practices::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(Practices::OrgId).uuid().not_null())
                .col(ColumnDef::new(Practices::Status).string_len(16).not_null())
                // The record's fields as JSON: the shape evolves with the practice database's fields
                // without a migration per field, and it is read whole, never queried by field.
                .col(ColumnDef::new(Practices::Record).text().not_null())
                .col(ColumnDef::new(Practices::CreatedBy).uuid().not_null())
                .col(ColumnDef::new(Practices::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Practices::UpdatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Practices::PublishedAt).timestamp_with_time_zone().null())
                .foreign_key(&mut super::cascade(
                    Practices::Table,
                    Practices::OrgId,
                    Organisations::Table,
                    Organisations::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("practices_org").table(Practices::Table).col(Practices::OrgId).to_owned())
            .await?;
        m.create_index(
            Index::create().name("practices_status").table(Practices::Table).col(Practices::Status).to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(PracticeReviews::Table)
                .col(ColumnDef::new(PracticeReviews::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(PracticeReviews::PracticeId).uuid().not_null())
                .col(ColumnDef::new(PracticeReviews::ReviewerOrg).uuid().not_null())
                .col(ColumnDef::new(PracticeReviews::ReviewerUser).uuid().not_null())
                .col(ColumnDef::new(PracticeReviews::Comment).text().not_null())
                .col(ColumnDef::new(PracticeReviews::Refs).text().not_null())
                .col(ColumnDef::new(PracticeReviews::CreatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    PracticeReviews::Table,
                    PracticeReviews::PracticeId,
                    Practices::Table,
                    Practices::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("reviews_practice")
                .table(PracticeReviews::Table)
                .col(PracticeReviews::PracticeId)
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
