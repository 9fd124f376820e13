use sea_orm::entity::prelude::*;

/// How many of a programme's participants or pairs are of one kind (`newcomer:active`,
/// `pair:proposed`, …), kept by the database's triggers (migration m0024). The only other write is
/// `Tallies::claim`'s, which locks a row without changing it (or makes it at 0).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "programme_tallies")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub programme_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub what: String,
    pub total: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
