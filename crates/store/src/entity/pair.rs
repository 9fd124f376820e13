use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pairs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub programme_id: Uuid,
    pub newcomer_id: Uuid,
    pub volunteer_id: Uuid,
    pub status: String,
    pub locked: bool,
    pub score: i32,
    pub explanation: String,
    pub proposed_at: DateTimeUtc,
    pub accepted_at: Option<DateTimeUtc>,
    pub introduced_at: Option<DateTimeUtc>,
    pub active_at: Option<DateTimeUtc>,
    pub closed_at: Option<DateTimeUtc>,
    pub close_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
