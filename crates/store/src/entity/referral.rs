use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "referrals")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub org_id: Uuid,
    pub project_id: Option<Uuid>,
    pub participant_id: Option<Uuid>,
    pub client_id: Option<Uuid>,
    pub directory_id: Uuid,
    pub service_id: Uuid,
    pub service_name: String,
    pub organisation_name: String,
    pub need_code: Option<String>,
    pub mode: String,
    pub status: String,
    pub outcome: Option<String>,
    pub reason: Option<String>,
    pub consent_method: String,
    pub consent_by: Uuid,
    pub consent_at: DateTimeUtc,
    pub consent_withdrawn_at: Option<DateTimeUtc>,
    pub made_by: Uuid,
    pub made_at: DateTimeUtc,
    pub month_key: i32,
    pub closed_month: Option<i32>,
    pub follow_up_on: Option<Date>,
    pub sealed: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
