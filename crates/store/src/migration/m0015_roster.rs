//! Lists of a programme's people and pairs that stay fast at a city's size: the words each
//! participant can be found by, kept as keyed digests beside the sealed record (so a list can be
//! searched by name, language or area without opening every record, and a stolen dump reads none
//! of them), and the indexes the lists, the counts and the erasure's cascades look up by.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0015_roster"
    }
}

#[derive(DeriveIden)]
enum ParticipantTerms {
    Table,
    Term,
    ParticipantId,
}

#[derive(DeriveIden)]
enum Participants {
    Table,
    Id,
    ProgrammeId,
    JoinedAt,
    Side,
    Status,
}

#[derive(DeriveIden)]
enum Pairs {
    Table,
    Id,
    ProgrammeId,
    ProposedAt,
    NewcomerId,
    VolunteerId,
    Status,
}

#[derive(DeriveIden)]
enum CheckIns {
    Table,
    PairId,
    MetOn,
}

#[derive(DeriveIden)]
enum Consents {
    Table,
    ParticipantId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ParticipantTerms::Table)
                .col(ColumnDef::new(ParticipantTerms::Term).big_integer().not_null())
                .col(ColumnDef::new(ParticipantTerms::ParticipantId).uuid().not_null())
                .primary_key(Index::create().col(ParticipantTerms::Term).col(ParticipantTerms::ParticipantId))
                .foreign_key(&mut super::cascade(
                    ParticipantTerms::Table,
                    ParticipantTerms::ParticipantId,
                    Participants::Table,
                    Participants::Id,
                ))
                .to_owned(),
        )
        .await?;
        let indexes = [
            Index::create()
                .name("participant_terms_by_participant")
                .table(ParticipantTerms::Table)
                .col(ParticipantTerms::ParticipantId)
                .to_owned(),
            // In the lists' order, with what they filter on without opening a record, so a page
            // deep in a list and its count walk this index rather than the records.
            Index::create()
                .name("participants_by_joining")
                .table(Participants::Table)
                .col(Participants::ProgrammeId)
                .col(Participants::JoinedAt)
                .col(Participants::Id)
                .col(Participants::Side)
                .col(Participants::Status)
                .to_owned(),
            // A group of pairs in the lists' order, so a page of a round's proposals is read from
            // the index instead of sorting them all.
            Index::create()
                .name("pairs_by_stage")
                .table(Pairs::Table)
                .col(Pairs::ProgrammeId)
                .col(Pairs::Status)
                .col(Pairs::ProposedAt)
                .col(Pairs::Id)
                .to_owned(),
            Index::create()
                .name("pairs_by_newcomer")
                .table(Pairs::Table)
                .col(Pairs::NewcomerId)
                .col(Pairs::Status)
                .to_owned(),
            Index::create()
                .name("pairs_by_volunteer")
                .table(Pairs::Table)
                .col(Pairs::VolunteerId)
                .col(Pairs::Status)
                .to_owned(),
            Index::create()
                .name("check_ins_by_pair")
                .table(CheckIns::Table)
                .col(CheckIns::PairId)
                .col(CheckIns::MetOn)
                .to_owned(),
            Index::create()
                .name("consents_by_participant")
                .table(Consents::Table)
                .col(Consents::ParticipantId)
                .to_owned(),
        ];
        for index in indexes {
            m.create_index(index).await?;
        }
        Ok(())
    }
}
