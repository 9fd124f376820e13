//! Signpost: an organisation's service directory in Open Referral HSDS 3.0. The 21 HSDS objects
//! share one table, keyed by directory, kind and id (HSDS ids are unique per kind only): the
//! engine's model knows each kind's fields, so 21 tables would repeat it, and every question asked
//! of a directory ("kind K with link L = x", "by id", "all of it, in order") is one of the indexes
//! below. A record's HSDS fields are kept as the JSON text the engine wrote, verbatim; the link
//! columns and `name` are derived from it, for queries only. HSDS references are not foreign keys:
//! the official examples are full of dangling ones, and they are kept.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0018_directory"
    }
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Directories {
    Table,
    Id,
    OrgId,
    Name,
    Revision,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum DirRecords {
    Table,
    DirectoryId,
    Kind,
    Id,
    OrganizationId,
    ProgramId,
    ServiceId,
    LocationId,
    ServiceAtLocationId,
    ContactId,
    PhoneId,
    LinkId,
    TaxonomyTermId,
    TaxonomyId,
    ParentId,
    ResourceId,
    LinkKind,
    Name,
    Fields,
    Position,
    ChangedAt,
}

const LINKS: [DirRecords; 12] = [
    DirRecords::OrganizationId,
    DirRecords::ProgramId,
    DirRecords::ServiceId,
    DirRecords::LocationId,
    DirRecords::ServiceAtLocationId,
    DirRecords::ContactId,
    DirRecords::PhoneId,
    DirRecords::LinkId,
    DirRecords::TaxonomyTermId,
    DirRecords::TaxonomyId,
    DirRecords::ParentId,
    DirRecords::ResourceId,
];

/// The links a directory is walked by: a service's children, an organisation's services, a
/// location's services.
const INDEXED_LINKS: [(&str, DirRecords); 4] = [
    ("dir_records_by_service", DirRecords::ServiceId),
    ("dir_records_by_organization", DirRecords::OrganizationId),
    ("dir_records_by_location", DirRecords::LocationId),
    ("dir_records_by_service_at_location", DirRecords::ServiceAtLocationId),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Directories::Table)
                .col(ColumnDef::new(Directories::Id).uuid().not_null().primary_key())
                // One directory per organisation, for now: following another's comes later.
                .col(ColumnDef::new(Directories::OrgId).uuid().not_null().unique_key())
                .col(ColumnDef::new(Directories::Name).string_len(200).not_null())
                // Bumped by every write, so what is derived from a directory knows it is stale.
                .col(ColumnDef::new(Directories::Revision).big_integer().not_null().default(0))
                .col(ColumnDef::new(Directories::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Directories::UpdatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(&mut super::cascade(
                    Directories::Table,
                    Directories::OrgId,
                    Organisations::Table,
                    Organisations::Id,
                ))
                .to_owned(),
        )
        .await?;

        let mut records = Table::create();
        records
            .table(DirRecords::Table)
            .col(ColumnDef::new(DirRecords::DirectoryId).uuid().not_null())
            .col(ColumnDef::new(DirRecords::Kind).string_len(32).not_null())
            .col(ColumnDef::new(DirRecords::Id).uuid().not_null());
        for link in LINKS {
            records.col(ColumnDef::new(link).uuid().null());
        }
        records
            // What `attribute.link_id` or `metadata.resource_id` points to, when known.
            .col(ColumnDef::new(DirRecords::LinkKind).string_len(32).null())
            .col(ColumnDef::new(DirRecords::Name).text().null())
            .col(ColumnDef::new(DirRecords::Fields).text().not_null())
            // The order of first appearance: arrays and CSV rows come back in the order given.
            .col(ColumnDef::new(DirRecords::Position).big_integer().not_null())
            .col(ColumnDef::new(DirRecords::ChangedAt).timestamp_with_time_zone().not_null())
            .primary_key(Index::create().col(DirRecords::DirectoryId).col(DirRecords::Kind).col(DirRecords::Id))
            .foreign_key(&mut super::cascade(
                DirRecords::Table,
                DirRecords::DirectoryId,
                Directories::Table,
                Directories::Id,
            ));
        m.create_table(records.to_owned()).await?;

        m.create_index(
            Index::create()
                .name("dir_records_in_order")
                .table(DirRecords::Table)
                .col(DirRecords::DirectoryId)
                .col(DirRecords::Position)
                .to_owned(),
        )
        .await?;
        for (name, link) in INDEXED_LINKS {
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
