use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "directory_publications")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub directory_id: Uuid,
    pub org_id: Uuid,
    pub key: String,
    pub published: bool,
    pub published_at: Option<DateTimeUtc>,
    pub updated_by: Uuid,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
