use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_figures")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub survey_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub figure: String,
    pub actual: f64,
    pub source: String,
    pub as_of: Option<Date>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
