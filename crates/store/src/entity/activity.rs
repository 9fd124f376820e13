use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "activities")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub org_id: Uuid,
    pub project_id: Option<Uuid>,
    pub programme_id: Option<Uuid>,
    pub series_id: Option<Uuid>,
    pub kind: String,
    pub title: String,
    pub occurred_on: Date,
    pub starts_at: String,
    pub minutes: i32,
    pub place: String,
    pub topics: String,
    pub languages: String,
    pub notes: String,
    pub month_key: i32,
    pub recorded_by: Uuid,
    pub created_at: DateTimeUtc,
    pub attendees: i32,
    pub arriving: i32,
    pub receiving: i32,
    pub women: i32,
    pub men: i32,
    pub gender_another: i32,
    pub age_under_18: i32,
    pub age_18_25: i32,
    pub age_26_64: i32,
    pub age_65_plus: i32,
    pub volunteers: i32,
    pub volunteer_minutes: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
