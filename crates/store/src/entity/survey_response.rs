use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_responses")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub survey_id: Uuid,
    pub org_id: Uuid,
    pub via: String,
    pub wave: Option<String>,
    pub respondent_digest: Option<String>,
    pub submitted_on: Date,
    pub import_digest: Option<String>,
    pub sealed: String,
    pub recorded_by: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
