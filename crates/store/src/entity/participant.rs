use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "participants")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub programme_id: Uuid,
    pub side: String,
    pub status: String,
    pub source: String,
    pub sealed: String,
    /// How many open pairs (proposed, accepted, introduced, active) have this person as the
    /// newcomer: kept by the database's triggers (migration m0016); the code only starts it at 0.
    pub open_pairs: i32,
    pub joined_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
