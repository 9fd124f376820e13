//! The registers of a plan (partners of Step 5, and later the evidence of Step 3 and the setbacks of
//! Step 6): entries as JSON in the plan crate's shape, one table for all.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0006_project_entries"
    }
}

#[derive(DeriveIden)]
enum ProjectEntries {
    Table,
    Id,
    ProjectId,
    Step,
    Data,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Projects {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ProjectEntries::Table)
                .col(ColumnDef::new(ProjectEntries::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(ProjectEntries::ProjectId).uuid().not_null())
                .col(ColumnDef::new(ProjectEntries::Step).small_integer().not_null())
                .col(ColumnDef::new(ProjectEntries::Data).text().not_null())
                .col(ColumnDef::new(ProjectEntries::CreatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    ProjectEntries::Table,
                    ProjectEntries::ProjectId,
                    Projects::Table,
                    Projects::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("project_entries_step")
                .table(ProjectEntries::Table)
                .col(ProjectEntries::ProjectId)
                .col(ProjectEntries::Step)
                .to_owned(),
        )
        .await
    }
}
