//! Frameworks organisations make for themselves.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0003_org_frameworks"
    }
}

#[derive(DeriveIden)]
enum OrgFrameworks {
    Table,
    Id,
    OrgId,
    Definition,
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
                .table(OrgFrameworks::Table)
                .col(ColumnDef::new(OrgFrameworks::Id).uuid().not_null().primary_key())
                .col(ColumnDef::new(OrgFrameworks::OrgId).uuid().not_null())
                // The framework as JSON, in the toolkit's shape (title, version, items).
                .col(ColumnDef::new(OrgFrameworks::Definition).text().not_null())
                .col(ColumnDef::new(OrgFrameworks::CreatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    OrgFrameworks::Table,
                    OrgFrameworks::OrgId,
                    Organisations::Table,
                    Organisations::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("org_frameworks_org").table(OrgFrameworks::Table).col(OrgFrameworks::OrgId).to_owned(),
        )
        .await
    }
}
