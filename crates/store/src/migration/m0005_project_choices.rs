//! Steps 1 and 2 of a plan: the policy areas and principles a project chose, each with how it
//! touches or applies it, and how the chosen areas relate.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0005_project_choices"
    }
}

#[derive(DeriveIden)]
enum ProjectChoices {
    Table,
    Id,
    ProjectId,
    Step,
    Reference,
    Note,
}

#[derive(DeriveIden)]
enum Projects {
    Table,
    Id,
    AreaRelations,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ProjectChoices::Table)
                .col(ColumnDef::new(ProjectChoices::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(ProjectChoices::ProjectId).uuid().not_null())
                .col(ColumnDef::new(ProjectChoices::Step).small_integer().not_null())
                .col(ColumnDef::new(ProjectChoices::Reference).string_len(120).not_null())
                .col(ColumnDef::new(ProjectChoices::Note).text().not_null())
                .foreign_key(&mut super::cascade(
                    ProjectChoices::Table,
                    ProjectChoices::ProjectId,
                    Projects::Table,
                    Projects::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("project_choices_unique")
                .table(ProjectChoices::Table)
                .col(ProjectChoices::ProjectId)
                .col(ProjectChoices::Step)
                .col(ProjectChoices::Reference)
                .unique()
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Projects::Table)
                .add_column(ColumnDef::new(Projects::AreaRelations).text().not_null().default(""))
                .to_owned(),
        )
        .await
    }
}
