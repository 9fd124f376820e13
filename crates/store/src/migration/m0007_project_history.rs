//! A project's profile (status, dates, the locality's context, how it meets the good-project
//! qualities) as JSON in the plan crate's shape, and its history: who changed what in the plan, when,
//! with the record before and after, so any change can be read back.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0007_project_history"
    }
}

#[derive(DeriveIden)]
enum Projects {
    Table,
    Id,
    Profile,
}

#[derive(DeriveIden)]
enum ProjectChanges {
    Table,
    Id,
    ProjectId,
    UserId,
    At,
    Part,
    Action,
    Summary,
    Before,
    After,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Projects::Table)
                .add_column(ColumnDef::new(Projects::Profile).text().not_null().default("{}"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ProjectChanges::Table)
                .col(ColumnDef::new(ProjectChanges::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(ProjectChanges::ProjectId).uuid().not_null())
                .col(ColumnDef::new(ProjectChanges::UserId).uuid().not_null())
                .col(ColumnDef::new(ProjectChanges::At).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(ProjectChanges::Part).string_len(40).not_null())
                .col(ColumnDef::new(ProjectChanges::Action).string_len(20).not_null())
                .col(ColumnDef::new(ProjectChanges::Summary).text().not_null())
                .col(ColumnDef::new(ProjectChanges::Before).text().null())
                .col(ColumnDef::new(ProjectChanges::After).text().null())
                .foreign_key(&mut super::cascade(
                    ProjectChanges::Table,
                    ProjectChanges::ProjectId,
                    Projects::Table,
                    Projects::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("project_changes_project")
                .table(ProjectChanges::Table)
                .col(ProjectChanges::ProjectId)
                .col(ProjectChanges::At)
                .to_owned(),
        )
        .await
    }
}
