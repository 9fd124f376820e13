use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "check_ins")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub pair_id: Uuid,
    pub met_on: Date,
    pub minutes: i32,
    pub sealed: String,
    pub recorded_by: Uuid,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(belongs_to = "super::pair::Entity", from = "Column::PairId", to = "super::pair::Column::Id")]
    Pair,
}

impl Related<super::pair::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Pair.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
