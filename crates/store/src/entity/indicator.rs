use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "indicators")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub org_id: Uuid,
    pub project_id: Option<Uuid>,
    pub objective_id: Option<Uuid>,
    pub name: String,
    pub unit: String,
    pub direction: String,
    pub source: String,
    pub activity_kind: Option<String>,
    pub programme_id: Option<Uuid>,
    pub baseline: Option<f64>,
    pub baseline_on: Option<Date>,
    pub target: Option<f64>,
    pub target_on: Option<Date>,
    pub period: String,
    pub disaggregation: String,
    pub frameworks: String,
    pub survey_measure: Option<String>,
    pub need_code: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
