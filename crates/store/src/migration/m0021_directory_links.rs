//! A service in full nests, besides its phones, schedules and places, each nested record's own
//! attributes and metadata, and a phone its languages: children found by `link_id`,
//! `resource_id`, `phone_id` and `contact_id`, which m0018 did not index. At 50,000 services
//! each such lookup scanned every record of its kind in the directory, and one service in full
//! from the read API took seconds. With m0018's and m0020's, these indexes answer every link the
//! records nest by.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0021_directory_links"
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum DirRecords {
    Table,
    DirectoryId,
    Kind,
    LinkId,
    ResourceId,
    PhoneId,
    ContactId,
    ProgramId,
    TaxonomyId,
    ParentId,
}

const LINKS: [(&str, DirRecords); 7] = [
    ("dir_records_by_link", DirRecords::LinkId),
    ("dir_records_by_resource", DirRecords::ResourceId),
    ("dir_records_by_phone", DirRecords::PhoneId),
    ("dir_records_by_contact", DirRecords::ContactId),
    ("dir_records_by_program", DirRecords::ProgramId),
    ("dir_records_by_taxonomy", DirRecords::TaxonomyId),
    ("dir_records_by_parent", DirRecords::ParentId),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (name, link) in LINKS {
            m.create_index(
                Index::create()
                    .name(name)
                    .table(DirRecords::Table)
                    .col(DirRecords::DirectoryId)
                    .col(DirRecords::Kind)
                    .col(link)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
