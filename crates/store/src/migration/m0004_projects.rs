//! Projects and the stakeholder map of their Step 4.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0004_projects"
    }
}

#[derive(DeriveIden)]
enum Projects {
    Table,
    Id,
    OrgId,
    Title,
    Aims,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Stakeholders {
    Table,
    Id,
    ProjectId,
    Definition,
    CreatedAt,
}

#[derive(DeriveIden)]
enum StakeholderRelations {
    Table,
    Id,
    ProjectId,
    FromId,
    ToId,
    Kind,
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
                .table(Projects::Table)
                .col(ColumnDef::new(Projects::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(Projects::OrgId).uuid().not_null())
                .col(ColumnDef::new(Projects::Title).string_len(200).not_null())
                .col(ColumnDef::new(Projects::Aims).text().not_null())
                .col(ColumnDef::new(Projects::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Projects::UpdatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    Projects::Table,
                    Projects::OrgId,
                    Organisations::Table,
                    Organisations::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("projects_org").table(Projects::Table).col(Projects::OrgId).to_owned())
            .await?;
        m.create_table(
            Table::create()
                .table(Stakeholders::Table)
                .col(ColumnDef::new(Stakeholders::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(Stakeholders::ProjectId).uuid().not_null())
                // Name, kind, influence, interest, stance, cue, target: JSON in the plan crate's shape.
                .col(ColumnDef::new(Stakeholders::Definition).text().not_null())
                .col(ColumnDef::new(Stakeholders::CreatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    Stakeholders::Table,
                    Stakeholders::ProjectId,
                    Projects::Table,
                    Projects::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("stakeholders_project")
                .table(Stakeholders::Table)
                .col(Stakeholders::ProjectId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(StakeholderRelations::Table)
                .col(ColumnDef::new(StakeholderRelations::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(StakeholderRelations::ProjectId).uuid().not_null())
                .col(ColumnDef::new(StakeholderRelations::FromId).uuid().not_null())
                .col(ColumnDef::new(StakeholderRelations::ToId).uuid().not_null())
                .col(ColumnDef::new(StakeholderRelations::Kind).string_len(20).not_null())
                .foreign_key(&mut super::cascade(
                    StakeholderRelations::Table,
                    StakeholderRelations::ProjectId,
                    Projects::Table,
                    Projects::Id,
                ))
                .foreign_key(&mut super::cascade(
                    StakeholderRelations::Table,
                    StakeholderRelations::FromId,
                    Stakeholders::Table,
                    Stakeholders::Id,
                ))
                .foreign_key(&mut super::cascade(
                    StakeholderRelations::Table,
                    StakeholderRelations::ToId,
                    Stakeholders::Table,
                    Stakeholders::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("relations_project")
                .table(StakeholderRelations::Table)
                .col(StakeholderRelations::ProjectId)
                .to_owned(),
        )
        .await
    }
}
