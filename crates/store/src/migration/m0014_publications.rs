//! Tell: a project's public page, opt-in. The page is found by a random key (never the project's id,
//! so publishing one project tells nothing of the others); unpublishing keeps the key, so a link
//! shared before works again when the page is published again.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0014_publications"
    }
}

#[derive(DeriveIden)]
enum Projects {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Publications {
    Table,
    ProjectId,
    OrgId,
    Key,
    Published,
    Licence,
    PublishedAt,
    UpdatedBy,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Publications::Table)
                .col(ColumnDef::new(Publications::ProjectId).uuid().not_null().primary_key())
                .col(ColumnDef::new(Publications::OrgId).uuid().not_null())
                .col(ColumnDef::new(Publications::Key).string_len(32).not_null().unique_key())
                .col(ColumnDef::new(Publications::Published).boolean().not_null().default(false))
                .col(ColumnDef::new(Publications::Licence).string_len(20).not_null())
                .col(ColumnDef::new(Publications::PublishedAt).timestamp_with_time_zone().null())
                .col(ColumnDef::new(Publications::UpdatedBy).uuid().not_null())
                .col(ColumnDef::new(Publications::UpdatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    Publications::Table,
                    Publications::ProjectId,
                    Projects::Table,
                    Projects::Id,
                ))
                .to_owned(),
        )
        .await
    }
}
