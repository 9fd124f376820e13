//! A search of pairs by name finds its people through their words' digests, then each one's pairs
//! on either side. `pairs_by_newcomer` and `pairs_by_volunteer` hold only the person and the
//! state, so every pair found was read from its row (with its sealed reasons, 550 bytes) to check
//! its programme and sort it: a common first name (1,900 pairs at 100,000 people) read 1,900 rows
//! for the count and again for the page, every time, since each page view's audit entry empties
//! the other connections' page caches. These hold, by person, all a search filters and sorts on,
//! so the matches are found, counted and ordered from them and only the page's rows are read.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0023_pairs_found"
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Pairs {
    Table,
    Id,
    ProgrammeId,
    NewcomerId,
    VolunteerId,
    Status,
    ProposedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (name, person) in
            [("pairs_found_by_newcomer", Pairs::NewcomerId), ("pairs_found_by_volunteer", Pairs::VolunteerId)]
        {
            m.create_index(
                Index::create()
                    .name(name)
                    .table(Pairs::Table)
                    .col(person)
                    .col(Pairs::Status)
                    .col(Pairs::ProgrammeId)
                    .col(Pairs::ProposedAt)
                    .col(Pairs::Id)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
