//! A programme's revision: every change to its pairs or to whether its people take part bumps it,
//! inside the transaction that holds the programme's lock. A round remembers the revision it was
//! computed from and is saved only if nothing moved meanwhile.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0009_programme_revision"
    }
}

#[derive(DeriveIden)]
enum Programmes {
    Table,
    Revision,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Programmes::Table)
                .add_column(ColumnDef::new(Programmes::Revision).big_integer().not_null().default(0))
                .to_owned(),
        )
        .await
    }
}
