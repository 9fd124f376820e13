//! Why each newcomer the latest round left waiting, one row each, instead of inside the round's
//! summary: a city's round leaves tens of thousands waiting (a 4 MB summary at 100,000 people),
//! and the round page shows a few of them, so it now reads those few rows instead of opening the
//! whole summary. Only the latest round's reasons are kept; an erased newcomer's go with them.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0017_round_waits"
    }
}

#[derive(DeriveIden)]
enum RoundWaits {
    Table,
    RoundId,
    ParticipantId,
    Reason,
}

#[derive(DeriveIden)]
enum Rounds {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Participants {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(RoundWaits::Table)
                .col(ColumnDef::new(RoundWaits::RoundId).uuid().not_null())
                .col(ColumnDef::new(RoundWaits::ParticipantId).uuid().not_null())
                .col(ColumnDef::new(RoundWaits::Reason).text().not_null())
                .primary_key(Index::create().col(RoundWaits::RoundId).col(RoundWaits::ParticipantId))
                .foreign_key(&mut super::cascade(RoundWaits::Table, RoundWaits::RoundId, Rounds::Table, Rounds::Id))
                .foreign_key(&mut super::cascade(
                    RoundWaits::Table,
                    RoundWaits::ParticipantId,
                    Participants::Table,
                    Participants::Id,
                ))
                .to_owned(),
        )
        .await?;
        // Erasing a newcomer finds their reasons without reading every round's.
        m.create_index(
            Index::create()
                .name("round_waits_by_participant")
                .table(RoundWaits::Table)
                .col(RoundWaits::ParticipantId)
                .to_owned(),
        )
        .await
    }
}
