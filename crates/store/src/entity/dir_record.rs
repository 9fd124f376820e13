use sea_orm::entity::prelude::*;

/// One HSDS record of a directory: its fields as JSON text, its links copied out for queries.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "dir_records")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub directory_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Option<Uuid>,
    pub program_id: Option<Uuid>,
    pub service_id: Option<Uuid>,
    pub location_id: Option<Uuid>,
    pub service_at_location_id: Option<Uuid>,
    pub contact_id: Option<Uuid>,
    pub phone_id: Option<Uuid>,
    pub link_id: Option<Uuid>,
    pub taxonomy_term_id: Option<Uuid>,
    pub taxonomy_id: Option<Uuid>,
    pub parent_id: Option<Uuid>,
    pub resource_id: Option<Uuid>,
    pub link_kind: Option<String>,
    pub name: Option<String>,
    pub fields: String,
    pub position: i64,
    pub changed_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
