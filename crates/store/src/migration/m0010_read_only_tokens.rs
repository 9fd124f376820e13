//! API tokens that may only read: a dashboard or a report script needs no more.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0010_read_only_tokens"
    }
}

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    ReadOnly,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(ApiTokens::Table)
                .add_column(ColumnDef::new(ApiTokens::ReadOnly).boolean().not_null().default(false))
                .to_owned(),
        )
        .await
    }
}
