//! How long a programme keeps people who are no longer active: past it, they are erased on their
//! own (GDPR's storage limitation). Empty keeps them until someone erases them by hand.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0011_retention"
    }
}

#[derive(DeriveIden)]
enum Programmes {
    Table,
    RetentionDays,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Programmes::Table)
                .add_column(ColumnDef::new(Programmes::RetentionDays).integer().null())
                .to_owned(),
        )
        .await
    }
}
