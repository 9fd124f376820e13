use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "advice_contacts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub org_id: Uuid,
    pub client_id: Uuid,
    pub project_id: Option<Uuid>,
    pub occurred_on: Date,
    pub month_key: i32,
    pub topic: String,
    pub outcome: String,
    pub follow_up_on: Option<Date>,
    pub follow_up_done: bool,
    pub sealed: String,
    pub recorded_by: Uuid,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
