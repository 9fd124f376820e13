//! Signpost's directory published: read by other Open Referral tools through the HSDS read API,
//! found by a random key (never the directory's id, so publishing one directory tells nothing of
//! the others); unpublishing keeps the key, so a link shared before works again when the directory
//! is published again. And the indexes the read API pages by: a kind in import order (services,
//! organisations, taxonomy terms… one page at a time) and a taxonomy term's uses (services by term).

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0020_directory_publishing"
    }
}

#[derive(DeriveIden)]
enum Directories {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum DirectoryPublications {
    Table,
    DirectoryId,
    OrgId,
    Key,
    Published,
    PublishedAt,
    UpdatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DirRecords {
    Table,
    DirectoryId,
    Kind,
    Position,
    TaxonomyTermId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(DirectoryPublications::Table)
                .col(ColumnDef::new(DirectoryPublications::DirectoryId).uuid().not_null().primary_key())
                .col(ColumnDef::new(DirectoryPublications::OrgId).uuid().not_null())
                .col(ColumnDef::new(DirectoryPublications::Key).string_len(32).not_null().unique_key())
                .col(ColumnDef::new(DirectoryPublications::Published).boolean().not_null().default(false))
                .col(ColumnDef::new(DirectoryPublications::PublishedAt).timestamp_with_time_zone().null())
                .col(ColumnDef::new(DirectoryPublications::UpdatedBy).uuid().not_null())
                .col(ColumnDef::new(DirectoryPublications::UpdatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    DirectoryPublications::Table,
                    DirectoryPublications::DirectoryId,
                    Directories::Table,
                    Directories::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("dir_records_by_kind")
                .table(DirRecords::Table)
                .col(DirRecords::DirectoryId)
                .col(DirRecords::Kind)
                .col(DirRecords::Position)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("dir_records_by_taxonomy_term")
                .table(DirRecords::Table)
                .col(DirRecords::DirectoryId)
                .col(DirRecords::Kind)
                .col(DirRecords::TaxonomyTermId)
                .to_owned(),
        )
        .await
    }
}
