//! Measure's records: activities (with their monthly totals and languages kept up to date in the
//! same transaction, so a dashboard over a million activities reads a few hundred rows), recurring
//! sessions, advice clients and contacts (a client's reference and a contact's notes sealed with
//! the field key; a keyed digest of the reference finds the same person again), indicators and
//! their hand-entered values, and reviews. Every method is scoped to the organisation of its grant.
//!
//! Totals are grouped by period in SQL from the month key each dated row carries (year × 100 +
//! month): a quarter is `(k / 100) * 10 + ((k % 100) - 1) / 3 + 1`, a year `k / 100`, the same
//! integer arithmetic on both backends.

use crate::audit::AuditEvent;
use crate::entity::{
    activity, activity_series, advice_client, advice_contact, check_in, indicator, indicator_value, pair, programme,
    project, project_entry, work_review,
};
use crate::error::{parse_stored, Result, StoreError};
use crate::migration::m0012_measure::COUNTS;
use crate::{Grant, Reading, Store};
use bridges_domain::measure::{ActivityKind, AdviceOutcome, Disaggregation, IndicatorSource};
use bridges_domain::policy::{DefineIndicators, LogActivities, ReadMeasures, RecordAdvice, RecordMeasures};
use bridges_domain::{
    ActivityId, AdviceId, ClientId, ErrorCode, IndicatorId, OrgId, ProgrammeId, ProjectId, Role, Sensitive, SeriesId,
    UserId, WorkReviewId,
};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use sea_orm::sea_query::{Alias, Expr, OnConflict, Query, SelectStatement};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    TransactionTrait,
};
use uuid::Uuid;

/// The counts one activity records, in the order of the migration's list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub attendees: u32,
    pub arriving: u32,
    pub receiving: u32,
    pub women: u32,
    pub men: u32,
    pub gender_another: u32,
    pub age_under_18: u32,
    pub age_18_25: u32,
    pub age_26_64: u32,
    pub age_65_plus: u32,
    pub volunteers: u32,
    pub volunteer_minutes: u32,
}

impl Counts {
    pub fn values(&self) -> [u32; 12] {
        [
            self.attendees,
            self.arriving,
            self.receiving,
            self.women,
            self.men,
            self.gender_another,
            self.age_under_18,
            self.age_18_25,
            self.age_26_64,
            self.age_65_plus,
            self.volunteers,
            self.volunteer_minutes,
        ]
    }

    pub fn from_values(v: [u32; 12]) -> Counts {
        Counts {
            attendees: v[0],
            arriving: v[1],
            receiving: v[2],
            women: v[3],
            men: v[4],
            gender_another: v[5],
            age_under_18: v[6],
            age_18_25: v[7],
            age_26_64: v[8],
            age_65_plus: v[9],
            volunteers: v[10],
            volunteer_minutes: v[11],
        }
    }
}

/// An activity as logged. Text fields arrive checked by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewActivity {
    pub project: Option<ProjectId>,
    pub programme: Option<ProgrammeId>,
    pub series: Option<SeriesId>,
    pub kind: ActivityKind,
    pub title: String,
    pub occurred_on: NaiveDate,
    /// Local time "HH:MM" in the organisation's zone, or empty.
    pub starts_at: String,
    pub minutes: u32,
    pub place: String,
    /// Framework items (`framework:item`) and the organisation's own topics.
    pub topics: Vec<String>,
    /// Language codes used.
    pub languages: Vec<String>,
    pub notes: String,
    pub counts: Counts,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredActivity {
    pub id: ActivityId,
    pub activity: NewActivity,
    pub recorded_by: UserId,
    pub created_at: DateTime<Utc>,
}

/// Sums over activities in one period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub activities: u64,
    /// In the order of [`Counts::values`].
    pub counts: [u64; 12],
}

/// Which activities a total or a list covers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scope {
    pub project: Option<ProjectId>,
    pub kind: Option<ActivityKind>,
    /// Inclusive month keys (year × 100 + month).
    pub from_month: i32,
    pub to_month: i32,
}

impl Scope {
    /// Every activity of the log (of one project, if given): the years an activity may be dated in.
    pub fn whole_log(project: Option<ProjectId>) -> Scope {
        Scope { project, kind: None, from_month: 200_001, to_month: 210_012 }
    }
}

/// A recurring session, defined once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSeries {
    pub project: Option<ProjectId>,
    pub kind: ActivityKind,
    pub title: String,
    pub place: String,
    pub starts_on: NaiveDate,
    pub starts_at: String,
    pub minutes: u32,
    pub every_weeks: u32,
    pub until: Option<NaiveDate>,
    pub languages: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSeries {
    pub id: SeriesId,
    pub series: NewSeries,
    pub created_at: DateTime<Utc>,
}

/// An advice or casework contact as recorded.
#[derive(Debug, Clone)]
pub struct NewAdvice {
    /// The pseudonymous reference staff know the person by (a case number, initials and year of
    /// birth): sealed, and the same reference (ignoring case and spacing) is the same client.
    pub client: Sensitive<String>,
    pub project: Option<ProjectId>,
    pub occurred_on: NaiveDate,
    pub topic: String,
    pub outcome: AdviceOutcome,
    pub follow_up_on: Option<NaiveDate>,
    /// JSON of the application's shape: where the person was referred, notes.
    pub record: Sensitive<String>,
}

#[derive(Debug, Clone)]
pub struct StoredAdvice {
    pub id: AdviceId,
    pub client: ClientId,
    pub reference: Sensitive<String>,
    pub project: Option<ProjectId>,
    pub occurred_on: NaiveDate,
    pub topic: String,
    pub outcome: AdviceOutcome,
    pub follow_up_on: Option<NaiveDate>,
    pub follow_up_done: bool,
    pub record: Sensitive<String>,
    pub recorded_by: UserId,
}

/// People advised (each once) and occasions in one period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AdviceTotals {
    pub people: u64,
    pub occasions: u64,
}

/// What an indicator is and how it is judged.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorDefinition {
    pub project: Option<ProjectId>,
    /// The objective of the project's plan it serves (an objective's stable id).
    pub objective: Option<Uuid>,
    pub name: String,
    pub unit: String,
    /// "up" or "down": which way is good.
    pub direction: String,
    pub source: IndicatorSource,
    pub activity_kind: Option<ActivityKind>,
    pub programme: Option<ProgrammeId>,
    pub baseline: Option<f64>,
    pub baseline_on: Option<NaiveDate>,
    pub target: Option<f64>,
    pub target_on: Option<NaiveDate>,
    /// "month", "quarter" or "year".
    pub period: String,
    pub disaggregation: Disaggregation,
    /// Framework items (`framework:item`) it measures.
    pub frameworks: Vec<String>,
    /// For a survey score: which survey, score and community.
    pub survey: Option<SurveyMeasure>,
    /// For a count of referrals: the need they were for (a broader need takes in its narrower
    /// ones); every need when none.
    pub need: Option<String>,
}

/// What an indicator reads from a survey: the mean of one score, of everyone or one community.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SurveyMeasure {
    pub survey: bridges_domain::SurveyId,
    pub score: String,
    /// "arriving" or "receiving"; everyone when empty.
    #[serde(default)]
    pub group: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StoredIndicator {
    pub id: IndicatorId,
    pub definition: IndicatorDefinition,
    pub updated_at: DateTime<Utc>,
}

/// A value to enter by hand for one period of an indicator, with its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct NewValue {
    pub indicator: IndicatorId,
    /// The period's label ("2026-03", "2026-Q1", "2026").
    pub period: String,
    pub value: f64,
    pub evidence: String,
}

/// A value entered by hand for one period, with its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorValue {
    pub indicator: IndicatorId,
    /// The period's label ("2026-03", "2026-Q1", "2026").
    pub period: String,
    pub value: f64,
    pub evidence: String,
    pub recorded_by: UserId,
    pub recorded_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReview {
    pub project: Option<ProjectId>,
    pub held_on: NaiveDate,
    pub concluded: String,
    pub decided: String,
    pub next_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredReview {
    pub id: WorkReviewId,
    pub review: NewReview,
    pub recorded_by: UserId,
    pub created_at: DateTime<Utc>,
}

/// One check-in as Measure reads it: its programme, date and length, and what the caller's
/// summary kept of its sealed record (never the record itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckInSummary<R> {
    pub programme: ProgrammeId,
    pub met_on: NaiveDate,
    pub minutes: u32,
    pub summary: R,
}

/// Where a month's totals are kept: the project (or none), the kind and the month key.
type MonthOf = (Option<ProjectId>, ActivityKind, i32);

/// One pair as Measure counts it: its state and dates, never who is in it or why it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairFacts {
    pub status: bridges_domain::PairStatus,
    pub introduced_at: Option<DateTime<Utc>>,
    /// The date of the latest check-in, if any.
    pub last_met: Option<NaiveDate>,
    pub close_reason: Option<String>,
}

/// What Measure counts of one programme: its pairs' states and dates and when each newcomer still
/// waiting for a pair joined.
#[derive(Debug, Clone)]
pub struct ProgrammeFacts {
    pub id: ProgrammeId,
    pub name: String,
    pub quiet_after_days: u32,
    pub pairs: Vec<PairFacts>,
    pub waiting_since: Vec<DateTime<Utc>>,
}

/// Most objects one import or one form may add at once: a bound on what one request can grow.
pub const MAX_ACTIVITIES_AT_ONCE: usize = 20_000;

pub(crate) fn month_key(date: NaiveDate) -> i32 {
    date.year() * 100 + i32::try_from(date.month()).unwrap_or(1)
}

/// The first day of the month a key names (the earliest date there is for a key out of range).
fn first_day(key: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(key / 100, u32::try_from(key % 100).unwrap_or(1), 1).unwrap_or(NaiveDate::MIN)
}

/// The last day of the month a key names (the latest date there is for a key out of range).
fn last_day(key: i32) -> NaiveDate {
    let next = if key % 100 >= 12 { (key / 100 + 1) * 100 + 1 } else { key + 1 };
    NaiveDate::from_ymd_opt(next / 100, u32::try_from(next % 100).unwrap_or(1), 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

/// The SQL that turns a month key column into the key of a period of `kind`.
fn period_sql(kind: &str, column: &str) -> String {
    match kind {
        "quarter" => format!("CAST((({column} / 100) * 10 + (({column} % 100) - 1) / 3 + 1) AS BIGINT)"),
        "year" => format!("CAST(({column} / 100) AS BIGINT)"),
        // The whole range as one period (a report's span): people are counted once in it.
        "all" => "CAST(0 AS BIGINT)".to_string(),
        _ => format!("CAST({column} AS BIGINT)"),
    }
}

fn list(values: &[String]) -> String {
    values.join(",")
}

fn unlist(text: &str) -> Vec<String> {
    text.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

fn to_i32(v: u32) -> i32 {
    i32::try_from(v).unwrap_or(i32::MAX)
}

fn to_u32(v: i32) -> u32 {
    u32::try_from(v).unwrap_or(0)
}

/// The same reference, however it was typed: case, outer and repeated spaces do not matter.
fn normalise_reference(reference: &str) -> String {
    reference.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn activity_of(m: activity::Model) -> Result<StoredActivity> {
    let counts = Counts::from_values([
        to_u32(m.attendees),
        to_u32(m.arriving),
        to_u32(m.receiving),
        to_u32(m.women),
        to_u32(m.men),
        to_u32(m.gender_another),
        to_u32(m.age_under_18),
        to_u32(m.age_18_25),
        to_u32(m.age_26_64),
        to_u32(m.age_65_plus),
        to_u32(m.volunteers),
        to_u32(m.volunteer_minutes),
    ]);
    Ok(StoredActivity {
        id: ActivityId::from_uuid(m.id),
        activity: NewActivity {
            project: m.project_id.map(ProjectId::from_uuid),
            programme: m.programme_id.map(ProgrammeId::from_uuid),
            series: m.series_id.map(SeriesId::from_uuid),
            kind: parse_stored(&m.kind, |s| ActivityKind::parse(s).ok_or("activity-kind"))?,
            title: m.title,
            occurred_on: m.occurred_on,
            starts_at: m.starts_at,
            minutes: to_u32(m.minutes),
            place: m.place,
            topics: unlist(&m.topics),
            languages: unlist(&m.languages),
            notes: m.notes,
            counts,
        },
        recorded_by: UserId::from_uuid(m.recorded_by),
        created_at: m.created_at,
    })
}

fn series_of(m: activity_series::Model) -> Result<StoredSeries> {
    Ok(StoredSeries {
        id: SeriesId::from_uuid(m.id),
        series: NewSeries {
            project: m.project_id.map(ProjectId::from_uuid),
            kind: parse_stored(&m.kind, |s| ActivityKind::parse(s).ok_or("activity-kind"))?,
            title: m.title,
            place: m.place,
            starts_on: m.starts_on,
            starts_at: m.starts_at,
            minutes: to_u32(m.minutes),
            every_weeks: to_u32(m.every_weeks),
            until: m.until,
            languages: unlist(&m.languages),
        },
        created_at: m.created_at,
    })
}

fn indicator_of(m: indicator::Model) -> Result<StoredIndicator> {
    Ok(StoredIndicator {
        id: IndicatorId::from_uuid(m.id),
        definition: IndicatorDefinition {
            project: m.project_id.map(ProjectId::from_uuid),
            objective: m.objective_id,
            name: m.name,
            unit: m.unit,
            direction: m.direction,
            source: parse_stored(&m.source, |s| IndicatorSource::parse(s).ok_or("indicator-source"))?,
            activity_kind: match m.activity_kind {
                Some(k) => Some(parse_stored(&k, |s| ActivityKind::parse(s).ok_or("activity-kind"))?),
                None => None,
            },
            programme: m.programme_id.map(ProgrammeId::from_uuid),
            baseline: m.baseline,
            baseline_on: m.baseline_on,
            target: m.target,
            target_on: m.target_on,
            period: m.period,
            disaggregation: parse_stored(&m.disaggregation, |s| Disaggregation::parse(s).ok_or("disaggregation"))?,
            frameworks: unlist(&m.frameworks),
            survey: match m.survey_measure {
                Some(json) => {
                    Some(serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(format!("survey measure: {e}")))?)
                }
                None => None,
            },
            need: m.need_code,
        },
        updated_at: m.updated_at,
    })
}

impl Store {
    /// Checks that a project named by a record belongs to the organisation.
    pub(crate) async fn own_project(&self, db: &impl ConnectionTrait, org: OrgId, id: Option<ProjectId>) -> Result<()> {
        if let Some(id) = id {
            let found = project::Entity::find_by_id(id.as_uuid())
                .filter(project::Column::OrgId.eq(org.as_uuid()))
                .count(db)
                .await?;
            if found == 0 {
                return Err(StoreError::NotFound);
            }
        }
        Ok(())
    }

    async fn own_programme(&self, db: &impl ConnectionTrait, org: OrgId, id: Option<ProgrammeId>) -> Result<()> {
        if let Some(id) = id {
            let found = programme::Entity::find_by_id(id.as_uuid())
                .filter(programme::Column::OrgId.eq(org.as_uuid()))
                .count(db)
                .await?;
            if found == 0 {
                return Err(StoreError::NotFound);
            }
        }
        Ok(())
    }

    /// Adds `n` activities with these summed counts to one month's totals (negative to take away).
    async fn add_to_month(
        &self,
        db: &impl ConnectionTrait,
        org: OrgId,
        at: (Option<ProjectId>, ActivityKind, i32),
        n: i64,
        counts: [i64; 12],
    ) -> Result<()> {
        let months = Alias::new("activity_months");
        let (project, kind, key) = at;
        let project = project.map(|p| p.as_uuid()).unwrap_or_else(Uuid::nil);
        let mut columns = vec![
            Alias::new("org_id"),
            Alias::new("project_id"),
            Alias::new("kind"),
            Alias::new("month_key"),
            Alias::new("activities"),
        ];
        let mut values: Vec<sea_orm::sea_query::SimpleExpr> =
            vec![org.as_uuid().into(), project.into(), kind.as_str().into(), key.into(), n.into()];
        let mut added = vec![Alias::new("activities")];
        for (name, value) in COUNTS.iter().zip(counts) {
            columns.push(Alias::new(*name));
            added.push(Alias::new(*name));
            values.push(value.into());
        }
        let mut insert = Query::insert();
        insert
            .into_table(months.clone())
            .columns(columns)
            .values(values)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?
            .on_conflict(
                OnConflict::columns([
                    Alias::new("org_id"),
                    Alias::new("project_id"),
                    Alias::new("kind"),
                    Alias::new("month_key"),
                ])
                .values(added.into_iter().map(|c| {
                    let sum =
                        Expr::col((months.clone(), c.clone())).add(Expr::col((Alias::new("excluded"), c.clone())));
                    (c, sum)
                }))
                .to_owned(),
            );
        db.execute(db.get_database_backend().build(&insert)).await?;
        Ok(())
    }

    /// Adds the activities to their months' totals and languages (`sign` -1 takes them away).
    async fn add_to_months(
        &self,
        db: &impl ConnectionTrait,
        org: OrgId,
        activities: &[NewActivity],
        sign: i64,
    ) -> Result<()> {
        use std::collections::BTreeMap;
        // One statement per month rather than per activity: a big import touches few months.
        let mut sums: BTreeMap<MonthOf, (i64, [i64; 12])> = BTreeMap::new();
        let mut uses: BTreeMap<(Option<ProjectId>, i32, &str), i64> = BTreeMap::new();
        for a in activities {
            let key = month_key(a.occurred_on);
            let entry = sums.entry((a.project, a.kind, key)).or_insert((0, [0; 12]));
            entry.0 += sign;
            for (sum, v) in entry.1.iter_mut().zip(a.counts.values()) {
                *sum += sign * i64::from(v);
            }
            for l in &a.languages {
                *uses.entry((a.project, key, l.as_str())).or_default() += sign;
            }
        }
        for (at, (n, counts)) in sums {
            self.add_to_month(db, org, at, n, counts).await?;
        }
        for ((project, key, language), n) in uses {
            self.add_language_uses(db, org, project, key, language, n).await?;
        }
        Ok(())
    }

    /// Logs activities, all or none, and adds them to their months' totals in the same transaction.
    pub async fn log_activities(
        &self,
        grant: &Grant<LogActivities>,
        activities: &[NewActivity],
        now: DateTime<Utc>,
    ) -> Result<Vec<ActivityId>> {
        if activities.len() > MAX_ACTIVITIES_AT_ONCE {
            return Err(StoreError::Conflict(ErrorCode::TooLarge));
        }
        let org = grant.org();
        let txn = self.db.begin().await?;
        let mut projects: Vec<Option<ProjectId>> = activities.iter().map(|a| a.project).collect();
        projects.sort();
        projects.dedup();
        for p in projects {
            self.own_project(&txn, org, p).await?;
        }
        let mut programmes: Vec<Option<ProgrammeId>> = activities.iter().map(|a| a.programme).collect();
        programmes.sort();
        programmes.dedup();
        for p in programmes {
            self.own_programme(&txn, org, p).await?;
        }
        let mut ids = Vec::with_capacity(activities.len());
        for chunk in activities.chunks(500) {
            let mut rows = Vec::with_capacity(chunk.len());
            for a in chunk {
                let id = ActivityId::new();
                ids.push(id);
                let c = a.counts;
                rows.push(activity::ActiveModel {
                    id: Set(id.as_uuid()),
                    org_id: Set(org.as_uuid()),
                    project_id: Set(a.project.map(|p| p.as_uuid())),
                    programme_id: Set(a.programme.map(|p| p.as_uuid())),
                    series_id: Set(a.series.map(|s| s.as_uuid())),
                    kind: Set(a.kind.as_str().to_string()),
                    title: Set(a.title.clone()),
                    occurred_on: Set(a.occurred_on),
                    starts_at: Set(a.starts_at.clone()),
                    minutes: Set(to_i32(a.minutes)),
                    place: Set(a.place.clone()),
                    topics: Set(list(&a.topics)),
                    languages: Set(list(&a.languages)),
                    notes: Set(a.notes.clone()),
                    month_key: Set(month_key(a.occurred_on)),
                    recorded_by: Set(grant.user().as_uuid()),
                    created_at: Set(now),
                    attendees: Set(to_i32(c.attendees)),
                    arriving: Set(to_i32(c.arriving)),
                    receiving: Set(to_i32(c.receiving)),
                    women: Set(to_i32(c.women)),
                    men: Set(to_i32(c.men)),
                    gender_another: Set(to_i32(c.gender_another)),
                    age_under_18: Set(to_i32(c.age_under_18)),
                    age_18_25: Set(to_i32(c.age_18_25)),
                    age_26_64: Set(to_i32(c.age_26_64)),
                    age_65_plus: Set(to_i32(c.age_65_plus)),
                    volunteers: Set(to_i32(c.volunteers)),
                    volunteer_minutes: Set(to_i32(c.volunteer_minutes)),
                });
            }
            activity::Entity::insert_many(rows).exec_without_returning(&txn).await?;
        }
        self.add_to_months(&txn, org, activities, 1).await?;
        txn.commit().await?;
        Ok(ids)
    }

    async fn add_language_uses(
        &self,
        db: &impl ConnectionTrait,
        org: OrgId,
        project: Option<ProjectId>,
        key: i32,
        language: &str,
        n: i64,
    ) -> Result<()> {
        let languages = Alias::new("activity_languages");
        let project = project.map(|p| p.as_uuid()).unwrap_or_else(Uuid::nil);
        let mut insert = Query::insert();
        insert
            .into_table(languages.clone())
            .columns([
                Alias::new("org_id"),
                Alias::new("project_id"),
                Alias::new("month_key"),
                Alias::new("language"),
                Alias::new("uses"),
            ])
            .values([org.as_uuid().into(), project.into(), key.into(), language.into(), n.into()])
            .map_err(|e| StoreError::Corrupt(e.to_string()))?
            .on_conflict(
                OnConflict::columns([
                    Alias::new("org_id"),
                    Alias::new("project_id"),
                    Alias::new("month_key"),
                    Alias::new("language"),
                ])
                .value(
                    Alias::new("uses"),
                    Expr::col((languages.clone(), Alias::new("uses")))
                        .add(Expr::col((Alias::new("excluded"), Alias::new("uses")))),
                )
                .to_owned(),
            );
        db.execute(db.get_database_backend().build(&insert)).await?;
        Ok(())
    }

    /// Takes an activity out of the log and out of its month's totals. A member below staff may
    /// take out only what they logged.
    pub async fn delete_activity(&self, grant: &Grant<LogActivities>, id: ActivityId) -> Result<()> {
        let txn = self.db.begin().await?;
        let row = activity::Entity::find_by_id(id.as_uuid())
            .filter(activity::Column::OrgId.eq(grant.org().as_uuid()))
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        if !grant.membership().role().at_least(Role::Staff) && row.recorded_by != grant.user().as_uuid() {
            return Err(StoreError::Conflict(ErrorCode::Forbidden));
        }
        let stored = activity_of(row)?;
        activity::Entity::delete_by_id(id.as_uuid()).exec(&txn).await?;
        self.add_to_months(&txn, grant.org(), std::slice::from_ref(&stored.activity), -1).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The log, newest first: `limit` activities after skipping `offset`, and how many there are.
    pub async fn activities(
        &self,
        grant: &Grant<ReadMeasures>,
        scope: Scope,
        offset: u64,
        limit: u64,
    ) -> Result<(Vec<StoredActivity>, u64)> {
        let mut query = activity::Entity::find()
            .filter(activity::Column::OrgId.eq(grant.org().as_uuid()))
            // By date, not by month key: the (organisation, date) index then both finds and orders
            // the page, where a month-key filter read every activity of the organisation.
            .filter(activity::Column::OccurredOn.between(first_day(scope.from_month), last_day(scope.to_month)));
        if let Some(p) = scope.project {
            query = query.filter(activity::Column::ProjectId.eq(p.as_uuid()));
        }
        if let Some(k) = scope.kind {
            query = query.filter(activity::Column::Kind.eq(k.as_str()));
        }
        let total = query.clone().count(&self.db).await?;
        let rows = query
            .order_by_desc(activity::Column::OccurredOn)
            .order_by_desc(activity::Column::StartsAt)
            .order_by_desc(activity::Column::Id)
            .offset(offset)
            .limit(limit)
            .all(&self.db)
            .await?;
        Ok((rows.into_iter().map(activity_of).collect::<Result<_>>()?, total))
    }

    /// One activity of the organisation.
    pub async fn activity(&self, grant: &Grant<ReadMeasures>, id: ActivityId) -> Result<StoredActivity> {
        let row = activity::Entity::find_by_id(id.as_uuid())
            .filter(activity::Column::OrgId.eq(grant.org().as_uuid()))
            .one(&self.db)
            .await?
            .ok_or(StoreError::NotFound)?;
        activity_of(row)
    }

    fn scoped(&self, select: &mut SelectStatement, org: OrgId, project: Option<ProjectId>, from: i32, to: i32) {
        Self::scoped_by(select, "month_key", org, project, from, to);
    }

    /// Narrows `select` to the organisation, the project if one is named, and the months from
    /// `from` to `to` of the `month` column.
    fn scoped_by(
        select: &mut SelectStatement,
        month: &str,
        org: OrgId,
        project: Option<ProjectId>,
        from: i32,
        to: i32,
    ) {
        select
            .and_where(Expr::col(Alias::new("org_id")).eq(org.as_uuid()))
            .and_where(Expr::col(Alias::new(month)).between(from, to));
        if let Some(p) = project {
            select.and_where(Expr::col(Alias::new("project_id")).eq(p.as_uuid()));
        }
    }

    /// The rows of `table` in scope, grouped by period of `period`: each row's `period_key` and the
    /// measures asked for (an alias and its SQL), oldest first. `narrow` adds conditions.
    async fn per_period(
        &self,
        table: &str,
        period: &str,
        measures: &[(&str, String)],
        scope: (OrgId, Option<ProjectId>, i32, i32),
        narrow: impl FnOnce(&mut SelectStatement),
    ) -> Result<Vec<sea_orm::QueryResult>> {
        self.per_period_by(table, "month_key", period, measures, scope, narrow).await
    }

    /// [`Self::per_period`] by the months of the `month` column.
    pub(crate) async fn per_period_by(
        &self,
        table: &str,
        month: &str,
        period: &str,
        measures: &[(&str, String)],
        scope: (OrgId, Option<ProjectId>, i32, i32),
        narrow: impl FnOnce(&mut SelectStatement),
    ) -> Result<Vec<sea_orm::QueryResult>> {
        let (org, project, from, to) = scope;
        let mut select = Query::select();
        select.from(Alias::new(table)).expr_as(Expr::cust(period_sql(period, month)), Alias::new("period_key"));
        for (alias, sql) in measures {
            select.expr_as(Expr::cust(sql.as_str()), Alias::new(*alias));
        }
        Self::scoped_by(&mut select, month, org, project, from, to);
        narrow(&mut select);
        select.group_by_col(Alias::new("period_key")).order_by(Alias::new("period_key"), sea_orm::Order::Asc);
        Ok(self.db.query_all(self.db.get_database_backend().build(&select)).await?)
    }

    /// Sums of the activities in scope per period of `period` ("month", "quarter", "year"), from the
    /// monthly totals: the period's key and its totals, oldest first; periods with nothing are left
    /// out.
    pub async fn activity_totals(
        &self,
        grant: &Grant<ReadMeasures>,
        scope: Scope,
        period: &str,
    ) -> Result<Vec<(i64, Totals)>> {
        let mut measures = vec![("activities", "CAST(SUM(activities) AS BIGINT)".to_string())];
        measures.extend(COUNTS.iter().map(|name| (*name, format!("CAST(SUM({name}) AS BIGINT)"))));
        let within = (grant.org(), scope.project, scope.from_month, scope.to_month);
        let rows = self
            .per_period("activity_months", period, &measures, within, |select| {
                if let Some(k) = scope.kind {
                    select.and_where(Expr::col(Alias::new("kind")).eq(k.as_str()));
                }
            })
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let key: i64 = row.try_get("", "period_key")?;
            let activities: i64 = row.try_get("", "activities")?;
            let mut counts = [0u64; 12];
            for (slot, name) in counts.iter_mut().zip(COUNTS) {
                *slot = u64::try_from(row.try_get::<i64>("", name)?).unwrap_or(0);
            }
            if activities > 0 {
                out.push((key, Totals { activities: u64::try_from(activities).unwrap_or(0), counts }));
            }
        }
        Ok(out)
    }

    /// Distinct languages used per period, oldest first.
    pub async fn language_totals(
        &self,
        grant: &Grant<ReadMeasures>,
        project: Option<ProjectId>,
        period: &str,
        from_month: i32,
        to_month: i32,
    ) -> Result<Vec<(i64, u64)>> {
        let measures = [("languages", "CAST(COUNT(DISTINCT language) AS BIGINT)".to_string())];
        let within = (grant.org(), project, from_month, to_month);
        let rows = self
            .per_period("activity_languages", period, &measures, within, |select| {
                select.and_where(Expr::col(Alias::new("uses")).gt(0));
            })
            .await?;
        rows.into_iter()
            .map(|row| {
                let key: i64 = row.try_get("", "period_key")?;
                let n: i64 = row.try_get("", "languages")?;
                Ok((key, u64::try_from(n).unwrap_or(0)))
            })
            .collect()
    }

    /// The languages used in the months given and how many activities used each, most used first.
    pub async fn languages_used(
        &self,
        grant: &Grant<ReadMeasures>,
        project: Option<ProjectId>,
        from_month: i32,
        to_month: i32,
    ) -> Result<Vec<(String, u64)>> {
        let mut select = Query::select();
        select
            .from(Alias::new("activity_languages"))
            .column(Alias::new("language"))
            .expr_as(Expr::cust("CAST(SUM(uses) AS BIGINT)"), Alias::new("uses"));
        self.scoped(&mut select, grant.org(), project, from_month, to_month);
        select
            .group_by_col(Alias::new("language"))
            .order_by_expr(Expr::cust("CAST(SUM(uses) AS BIGINT)"), sea_orm::Order::Desc)
            .order_by(Alias::new("language"), sea_orm::Order::Asc);
        let rows = self.db.query_all(self.db.get_database_backend().build(&select)).await?;
        let mut out = Vec::new();
        for row in rows {
            let language: String = row.try_get("", "language")?;
            let uses: i64 = row.try_get("", "uses")?;
            if uses > 0 {
                out.push((language, u64::try_from(uses).unwrap_or(0)));
            }
        }
        Ok(out)
    }

    pub async fn define_series(
        &self,
        grant: &Grant<DefineIndicators>,
        new: &NewSeries,
        now: DateTime<Utc>,
    ) -> Result<SeriesId> {
        self.own_project(&self.db, grant.org(), new.project).await?;
        let id = SeriesId::new();
        activity_series::Entity::insert(activity_series::ActiveModel {
            id: Set(id.as_uuid()),
            org_id: Set(grant.org().as_uuid()),
            project_id: Set(new.project.map(|p| p.as_uuid())),
            kind: Set(new.kind.as_str().to_string()),
            title: Set(new.title.clone()),
            place: Set(new.place.clone()),
            starts_on: Set(new.starts_on),
            starts_at: Set(new.starts_at.clone()),
            minutes: Set(to_i32(new.minutes)),
            every_weeks: Set(to_i32(new.every_weeks)),
            until: Set(new.until),
            languages: Set(list(&new.languages)),
            created_at: Set(now),
        })
        .exec_without_returning(&self.db)
        .await?;
        Ok(id)
    }

    /// The organisation's recurring sessions (of one project, if given), oldest first.
    pub async fn series(&self, grant: &Grant<ReadMeasures>, project: Option<ProjectId>) -> Result<Vec<StoredSeries>> {
        let mut query =
            activity_series::Entity::find().filter(activity_series::Column::OrgId.eq(grant.org().as_uuid()));
        if let Some(p) = project {
            query = query.filter(activity_series::Column::ProjectId.eq(p.as_uuid()));
        }
        query.order_by_asc(activity_series::Column::CreatedAt).all(&self.db).await?.into_iter().map(series_of).collect()
    }

    /// Records an advice contact, finding its client by reference or adding them: the client's id,
    /// and whether they are new.
    pub async fn record_advice(
        &self,
        grant: &Grant<RecordAdvice>,
        new: &NewAdvice,
        now: DateTime<Utc>,
    ) -> Result<(AdviceId, ClientId, bool)> {
        let key = self.field_key()?;
        let org = grant.org();
        let txn = self.db.begin().await?;
        self.own_project(&txn, org, new.project).await?;
        let (client, fresh) = Self::advice_client_in(&txn, key, org, &new.client, now).await?;
        let id = AdviceId::new();
        advice_contact::Entity::insert(advice_contact::ActiveModel {
            id: Set(id.as_uuid()),
            org_id: Set(org.as_uuid()),
            client_id: Set(client.as_uuid()),
            project_id: Set(new.project.map(|p| p.as_uuid())),
            occurred_on: Set(new.occurred_on),
            month_key: Set(month_key(new.occurred_on)),
            topic: Set(new.topic.clone()),
            outcome: Set(new.outcome.as_str().to_string()),
            follow_up_on: Set(new.follow_up_on),
            follow_up_done: Set(false),
            sealed: Set(key.seal(id.as_uuid(), new.record.expose())?),
            recorded_by: Set(grant.user().as_uuid()),
            created_at: Set(now),
        })
        .exec_without_returning(&txn)
        .await?;
        txn.commit().await?;
        Ok((id, client, fresh))
    }

    /// The organisation's advice client known by `reference` (ignoring case and spacing), added
    /// when there is none yet: their id, and whether they are new.
    pub(crate) async fn advice_client_in(
        txn: &impl ConnectionTrait,
        key: &crate::seal::FieldKey,
        org: OrgId,
        reference: &Sensitive<String>,
        now: DateTime<Utc>,
    ) -> Result<(ClientId, bool)> {
        let digest = key.digest(&format!("advice-client:{}:{}", org, normalise_reference(reference.expose())))?;
        let existing = advice_client::Entity::find()
            .filter(advice_client::Column::OrgId.eq(org.as_uuid()))
            .filter(advice_client::Column::Digest.eq(digest.clone()))
            .one(txn)
            .await?;
        if let Some(c) = existing {
            return Ok((ClientId::from_uuid(c.id), false));
        }
        let client = ClientId::new();
        advice_client::Entity::insert(advice_client::ActiveModel {
            id: Set(client.as_uuid()),
            org_id: Set(org.as_uuid()),
            digest: Set(digest),
            sealed: Set(key.seal(client.as_uuid(), reference.expose().trim())?),
            created_at: Set(now),
        })
        .exec_without_returning(txn)
        .await?;
        Ok((client, true))
    }

    /// Advice contacts, newest first (`overdue_on`: only those whose follow-up was due before that
    /// day and is not done, oldest due first). The read is written to the audit log.
    pub async fn advice_contacts(
        &self,
        grant: &Grant<RecordAdvice>,
        reading: Reading<'_>,
        overdue_on: Option<NaiveDate>,
        limit: u64,
        now: DateTime<Utc>,
    ) -> Result<Vec<StoredAdvice>> {
        let key = self.field_key()?;
        let txn = self.begin_reading().await?;
        let mut query = advice_contact::Entity::find().filter(advice_contact::Column::OrgId.eq(grant.org().as_uuid()));
        query = match overdue_on {
            Some(day) => query
                .filter(advice_contact::Column::FollowUpDone.eq(false))
                .filter(advice_contact::Column::FollowUpOn.lt(day))
                .order_by_asc(advice_contact::Column::FollowUpOn),
            None => {
                query.order_by_desc(advice_contact::Column::OccurredOn).order_by_desc(advice_contact::Column::CreatedAt)
            }
        };
        let rows = query.limit(limit).all(&txn).await?;
        let mut clients: Vec<Uuid> = rows.iter().map(|r| r.client_id).collect();
        clients.sort();
        clients.dedup();
        let references: std::collections::HashMap<Uuid, String> = advice_client::Entity::find()
            .filter(advice_client::Column::Id.is_in(clients))
            .all(&txn)
            .await?
            .into_iter()
            .map(|c| Ok((c.id, key.open(c.id, &c.sealed)?)))
            .collect::<Result<_>>()?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            out.push(StoredAdvice {
                id: AdviceId::from_uuid(r.id),
                client: ClientId::from_uuid(r.client_id),
                reference: Sensitive::new(references.get(&r.client_id).cloned().unwrap_or_default()),
                project: r.project_id.map(ProjectId::from_uuid),
                occurred_on: r.occurred_on,
                topic: r.topic,
                outcome: parse_stored(&r.outcome, |s| AdviceOutcome::parse(s).ok_or("advice-outcome"))?,
                follow_up_on: r.follow_up_on,
                follow_up_done: r.follow_up_done,
                record: Sensitive::new(key.open(r.id, &r.sealed)?),
                recorded_by: UserId::from_uuid(r.recorded_by),
            });
        }
        let event = AuditEvent::new(reading.kind())
            .org(grant.org())
            .detail(serde_json::json!({ "what": reading.what(), "count": out.len() }))
            .actor(grant.user());
        self.close_reading(txn, event, now).await?;
        Ok(out)
    }

    /// Marks a contact's follow-up as done.
    pub async fn complete_follow_up(&self, grant: &Grant<RecordAdvice>, id: AdviceId) -> Result<()> {
        let done = advice_contact::Entity::update_many()
            .col_expr(advice_contact::Column::FollowUpDone, Expr::value(true))
            .filter(advice_contact::Column::Id.eq(id.as_uuid()))
            .filter(advice_contact::Column::OrgId.eq(grant.org().as_uuid()))
            .exec(&self.db)
            .await?;
        if done.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// People advised (each counted once per period) and occasions, per period, oldest first.
    pub async fn advice_totals(
        &self,
        grant: &Grant<ReadMeasures>,
        project: Option<ProjectId>,
        period: &str,
        from_month: i32,
        to_month: i32,
    ) -> Result<Vec<(i64, AdviceTotals)>> {
        let measures = [
            ("people", "CAST(COUNT(DISTINCT client_id) AS BIGINT)".to_string()),
            ("occasions", "CAST(COUNT(*) AS BIGINT)".to_string()),
        ];
        let rows = self
            .per_period("advice_contacts", period, &measures, (grant.org(), project, from_month, to_month), |_| {})
            .await?;
        rows.into_iter()
            .map(|row| {
                let key: i64 = row.try_get("", "period_key")?;
                let people: i64 = row.try_get("", "people")?;
                let occasions: i64 = row.try_get("", "occasions")?;
                Ok((
                    key,
                    AdviceTotals {
                        people: u64::try_from(people).unwrap_or(0),
                        occasions: u64::try_from(occasions).unwrap_or(0),
                    },
                ))
            })
            .collect()
    }

    /// Checks what an indicator points at belongs to the organisation: its project, its objective
    /// (an objective of that project's plan) and its programme.
    async fn check_definition(&self, org: OrgId, d: &IndicatorDefinition) -> Result<()> {
        self.own_project(&self.db, org, d.project).await?;
        self.own_programme(&self.db, org, d.programme).await?;
        if let Some(m) = &d.survey {
            let found = crate::entity::survey::Entity::find_by_id(m.survey.as_uuid())
                .filter(crate::entity::survey::Column::OrgId.eq(org.as_uuid()))
                .count(&self.db)
                .await?;
            if found == 0 {
                return Err(StoreError::NotFound);
            }
        }
        if let Some(objective) = d.objective {
            let project = d.project.ok_or(StoreError::NotFound)?;
            let found = project_entry::Entity::find_by_id(objective)
                .filter(project_entry::Column::ProjectId.eq(project.as_uuid()))
                .filter(project_entry::Column::Step.eq(crate::projects::OBJECTIVES_STEP))
                .count(&self.db)
                .await?;
            if found == 0 {
                return Err(StoreError::NotFound);
            }
        }
        Ok(())
    }

    fn indicator_row(
        org: OrgId,
        id: IndicatorId,
        d: &IndicatorDefinition,
        now: DateTime<Utc>,
    ) -> indicator::ActiveModel {
        indicator::ActiveModel {
            id: Set(id.as_uuid()),
            org_id: Set(org.as_uuid()),
            project_id: Set(d.project.map(|p| p.as_uuid())),
            objective_id: Set(d.objective),
            name: Set(d.name.clone()),
            unit: Set(d.unit.clone()),
            direction: Set(d.direction.clone()),
            source: Set(d.source.as_str().to_string()),
            activity_kind: Set(d.activity_kind.map(|k| k.as_str().to_string())),
            programme_id: Set(d.programme.map(|p| p.as_uuid())),
            baseline: Set(d.baseline),
            baseline_on: Set(d.baseline_on),
            target: Set(d.target),
            target_on: Set(d.target_on),
            period: Set(d.period.clone()),
            disaggregation: Set(d.disaggregation.as_str().to_string()),
            frameworks: Set(list(&d.frameworks)),
            survey_measure: Set(d.survey.as_ref().and_then(|m| serde_json::to_string(m).ok())),
            need_code: Set(d.need.clone()),
            created_at: Set(now),
            updated_at: Set(now),
        }
    }

    pub async fn define_indicator(
        &self,
        grant: &Grant<DefineIndicators>,
        definition: &IndicatorDefinition,
        now: DateTime<Utc>,
    ) -> Result<IndicatorId> {
        self.check_definition(grant.org(), definition).await?;
        let id = IndicatorId::new();
        indicator::Entity::insert(Self::indicator_row(grant.org(), id, definition, now))
            .exec_without_returning(&self.db)
            .await?;
        Ok(id)
    }

    pub async fn update_indicator(
        &self,
        grant: &Grant<DefineIndicators>,
        id: IndicatorId,
        definition: &IndicatorDefinition,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.check_definition(grant.org(), definition).await?;
        self.indicator_in(grant.org(), id).await?;
        let mut row = Self::indicator_row(grant.org(), id, definition, now);
        row.created_at = sea_orm::ActiveValue::NotSet;
        indicator::Entity::update(row).exec(&self.db).await?;
        Ok(())
    }

    async fn indicator_in(&self, org: OrgId, id: IndicatorId) -> Result<StoredIndicator> {
        let row = indicator::Entity::find_by_id(id.as_uuid())
            .filter(indicator::Column::OrgId.eq(org.as_uuid()))
            .one(&self.db)
            .await?
            .ok_or(StoreError::NotFound)?;
        indicator_of(row)
    }

    pub async fn indicator(&self, grant: &Grant<ReadMeasures>, id: IndicatorId) -> Result<StoredIndicator> {
        self.indicator_in(grant.org(), id).await
    }

    /// The organisation's indicators, by name.
    pub async fn indicators(&self, grant: &Grant<ReadMeasures>) -> Result<Vec<StoredIndicator>> {
        indicator::Entity::find()
            .filter(indicator::Column::OrgId.eq(grant.org().as_uuid()))
            .order_by_asc(indicator::Column::Name)
            .order_by_asc(indicator::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(indicator_of)
            .collect()
    }

    /// Enters (or corrects) an indicator's value for one period.
    pub async fn record_value(
        &self,
        grant: &Grant<RecordMeasures>,
        id: IndicatorId,
        period: &str,
        value: f64,
        evidence: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let value = NewValue { indicator: id, period: period.to_string(), value, evidence: evidence.to_string() };
        self.record_values(grant, std::slice::from_ref(&value), now).await
    }

    /// Enters (or corrects) values of the organisation's indicators, all or none: an import does not
    /// stop half-way.
    pub async fn record_values(
        &self,
        grant: &Grant<RecordMeasures>,
        values: &[NewValue],
        now: DateTime<Utc>,
    ) -> Result<()> {
        if values.len() > MAX_ACTIVITIES_AT_ONCE {
            return Err(StoreError::Conflict(ErrorCode::TooLarge));
        }
        let txn = self.db.begin().await?;
        let mut indicators: Vec<IndicatorId> = values.iter().map(|v| v.indicator).collect();
        indicators.sort();
        indicators.dedup();
        for id in indicators {
            let found = indicator::Entity::find_by_id(id.as_uuid())
                .filter(indicator::Column::OrgId.eq(grant.org().as_uuid()))
                .count(&txn)
                .await?;
            if found == 0 {
                return Err(StoreError::NotFound);
            }
        }
        for v in values {
            indicator_value::Entity::insert(indicator_value::ActiveModel {
                id: Set(Uuid::now_v7()),
                indicator_id: Set(v.indicator.as_uuid()),
                period: Set(v.period.clone()),
                value: Set(v.value),
                evidence: Set(v.evidence.clone()),
                recorded_by: Set(grant.user().as_uuid()),
                recorded_at: Set(now),
            })
            .on_conflict(
                OnConflict::columns([indicator_value::Column::IndicatorId, indicator_value::Column::Period])
                    .update_columns([
                        indicator_value::Column::Value,
                        indicator_value::Column::Evidence,
                        indicator_value::Column::RecordedBy,
                        indicator_value::Column::RecordedAt,
                    ])
                    .to_owned(),
            )
            .exec_without_returning(&txn)
            .await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Values entered by hand for the organisation's indicators (those given, or all), by period.
    pub async fn indicator_values(
        &self,
        grant: &Grant<ReadMeasures>,
        only: Option<IndicatorId>,
    ) -> Result<Vec<IndicatorValue>> {
        let mut query = indicator_value::Entity::find()
            .inner_join(indicator::Entity)
            .filter(indicator::Column::OrgId.eq(grant.org().as_uuid()));
        if let Some(id) = only {
            query = query.filter(indicator_value::Column::IndicatorId.eq(id.as_uuid()));
        }
        Ok(query
            .order_by_asc(indicator_value::Column::IndicatorId)
            .order_by_asc(indicator_value::Column::Period)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|v| IndicatorValue {
                indicator: IndicatorId::from_uuid(v.indicator_id),
                period: v.period,
                value: v.value,
                evidence: v.evidence,
                recorded_by: UserId::from_uuid(v.recorded_by),
                recorded_at: v.recorded_at,
            })
            .collect())
    }

    pub async fn record_review(
        &self,
        grant: &Grant<RecordMeasures>,
        new: &NewReview,
        now: DateTime<Utc>,
    ) -> Result<WorkReviewId> {
        self.own_project(&self.db, grant.org(), new.project).await?;
        let id = WorkReviewId::new();
        work_review::Entity::insert(work_review::ActiveModel {
            id: Set(id.as_uuid()),
            org_id: Set(grant.org().as_uuid()),
            project_id: Set(new.project.map(|p| p.as_uuid())),
            held_on: Set(new.held_on),
            concluded: Set(new.concluded.clone()),
            decided: Set(new.decided.clone()),
            next_on: Set(new.next_on),
            recorded_by: Set(grant.user().as_uuid()),
            created_at: Set(now),
        })
        .exec_without_returning(&self.db)
        .await?;
        Ok(id)
    }

    /// Reviews, newest first (of one project, if given).
    pub async fn work_reviews(
        &self,
        grant: &Grant<ReadMeasures>,
        project: Option<ProjectId>,
    ) -> Result<Vec<StoredReview>> {
        let mut query = work_review::Entity::find().filter(work_review::Column::OrgId.eq(grant.org().as_uuid()));
        if let Some(p) = project {
            query = query.filter(work_review::Column::ProjectId.eq(p.as_uuid()));
        }
        Ok(query
            .order_by_desc(work_review::Column::HeldOn)
            .order_by_desc(work_review::Column::CreatedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|m| StoredReview {
                id: WorkReviewId::from_uuid(m.id),
                review: NewReview {
                    project: m.project_id.map(ProjectId::from_uuid),
                    held_on: m.held_on,
                    concluded: m.concluded,
                    decided: m.decided,
                    next_on: m.next_on,
                },
                recorded_by: UserId::from_uuid(m.recorded_by),
                created_at: m.created_at,
            })
            .collect())
    }

    /// Check-ins of the organisation's programmes (one, if given) met between the two days
    /// inclusive, each reduced by `summarise` to what Measure counts. The sealed record is opened
    /// here and only the summary leaves, so no personal data reaches a reader of aggregates.
    pub async fn check_in_summaries<R>(
        &self,
        grant: &Grant<ReadMeasures>,
        programme: Option<ProgrammeId>,
        from: NaiveDate,
        to: NaiveDate,
        summarise: impl Fn(&str) -> R,
    ) -> Result<Vec<CheckInSummary<R>>> {
        let key = self.field_key()?;
        let mut programmes = programme::Entity::find().filter(programme::Column::OrgId.eq(grant.org().as_uuid()));
        if let Some(p) = programme {
            programmes = programmes.filter(programme::Column::Id.eq(p.as_uuid()));
        }
        let programme_ids: Vec<Uuid> = programmes.all(&self.db).await?.into_iter().map(|p| p.id).collect();
        let pairs: std::collections::HashMap<Uuid, Uuid> = pair::Entity::find()
            .filter(pair::Column::ProgrammeId.is_in(programme_ids))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|p| (p.id, p.programme_id))
            .collect();
        let rows = check_in::Entity::find()
            .filter(check_in::Column::PairId.is_in(pairs.keys().copied().collect::<Vec<_>>()))
            .filter(check_in::Column::MetOn.between(from, to))
            .order_by_asc(check_in::Column::MetOn)
            .all(&self.db)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for c in rows {
            let Some(programme) = pairs.get(&c.pair_id) else { continue };
            let record = key.open(c.id, &c.sealed)?;
            out.push(CheckInSummary {
                programme: ProgrammeId::from_uuid(*programme),
                met_on: c.met_on,
                minutes: to_u32(c.minutes),
                summary: summarise(&record),
            });
        }
        Ok(out)
    }

    /// Sets the organisation's threshold below which counts of people are not shown to readers.
    pub async fn set_suppression_threshold(&self, grant: &Grant<DefineIndicators>, threshold: u32) -> Result<()> {
        crate::entity::organisation::Entity::update_many()
            .col_expr(crate::entity::organisation::Column::SuppressionThreshold, Expr::value(to_i32(threshold)))
            .filter(crate::entity::organisation::Column::Id.eq(grant.org().as_uuid()))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Each programme's pairs and waiting newcomers, as Measure counts them: states and dates only.
    pub async fn programme_facts(&self, grant: &Grant<ReadMeasures>) -> Result<Vec<ProgrammeFacts>> {
        use crate::entity::participant;
        use bridges_domain::PairStatus;
        let programmes = programme::Entity::find()
            .filter(programme::Column::OrgId.eq(grant.org().as_uuid()))
            .order_by_asc(programme::Column::Name)
            .all(&self.db)
            .await?;
        let mut out = Vec::with_capacity(programmes.len());
        for p in programmes {
            // Plain columns only: nothing sealed is opened to count pairs.
            let rows = pair::Entity::find().filter(pair::Column::ProgrammeId.eq(p.id)).all(&self.db).await?;
            let met: Vec<(Uuid, NaiveDate)> = check_in::Entity::find()
                .select_only()
                .column(check_in::Column::PairId)
                .column(check_in::Column::MetOn)
                .inner_join(pair::Entity)
                .filter(pair::Column::ProgrammeId.eq(p.id))
                .into_tuple()
                .all(&self.db)
                .await?;
            let mut last_met: std::collections::HashMap<Uuid, NaiveDate> = std::collections::HashMap::new();
            for (pair_id, date) in met {
                let latest = last_met.entry(pair_id).or_insert(date);
                *latest = (*latest).max(date);
            }
            let mut held = std::collections::HashSet::new();
            let mut pairs = Vec::with_capacity(rows.len());
            for row in rows {
                let status = parse_stored(&row.status, PairStatus::parse)?;
                if matches!(
                    status,
                    PairStatus::Proposed | PairStatus::Accepted | PairStatus::Introduced | PairStatus::Active
                ) {
                    held.insert(row.newcomer_id);
                }
                pairs.push(PairFacts {
                    status,
                    introduced_at: row.introduced_at,
                    last_met: last_met.get(&row.id).copied(),
                    close_reason: row.close_reason,
                });
            }
            let newcomers: Vec<(Uuid, DateTime<Utc>)> = participant::Entity::find()
                .select_only()
                .column(participant::Column::Id)
                .column(participant::Column::JoinedAt)
                .filter(participant::Column::ProgrammeId.eq(p.id))
                .filter(participant::Column::Side.eq("newcomer"))
                .filter(participant::Column::Status.eq("active"))
                .into_tuple()
                .all(&self.db)
                .await?;
            out.push(ProgrammeFacts {
                id: ProgrammeId::from_uuid(p.id),
                name: p.name,
                quiet_after_days: to_u32(p.quiet_after_days),
                pairs,
                waiting_since: newcomers.into_iter().filter(|(n, _)| !held.contains(n)).map(|(_, at)| at).collect(),
            });
        }
        Ok(out)
    }

    /// A new link for the organisation's calendar of sessions, replacing the one before (which stops
    /// working). Only its digest is kept: the link is shown once.
    pub async fn new_calendar_link(&self, grant: &Grant<DefineIndicators>) -> Result<bridges_domain::SecretToken> {
        let token = bridges_domain::SecretToken::generate("cal_");
        crate::entity::organisation::Entity::update_many()
            .col_expr(crate::entity::organisation::Column::CalendarDigest, Expr::value(crate::digest(&token)))
            .filter(crate::entity::organisation::Column::Id.eq(grant.org().as_uuid()))
            .exec(&self.db)
            .await?;
        Ok(token)
    }

    /// Whether the organisation has published its calendar.
    pub async fn calendar_published(&self, grant: &Grant<ReadMeasures>) -> Result<bool> {
        let org = crate::entity::organisation::Entity::find_by_id(grant.org().as_uuid()).one(&self.db).await?;
        Ok(org.is_some_and(|o| o.calendar_digest.is_some()))
    }

    /// The recurring sessions of the organisation whose calendar link this is (of one project, if
    /// given), and the organisation: what anyone holding the link may read, and nothing else.
    pub async fn published_series(
        &self,
        token: &bridges_domain::SecretToken,
        project: Option<ProjectId>,
    ) -> Result<(crate::Organisation, Vec<StoredSeries>)> {
        let row = crate::entity::organisation::Entity::find()
            .filter(crate::entity::organisation::Column::CalendarDigest.eq(crate::digest(token)))
            .one(&self.db)
            .await?
            .ok_or(StoreError::NotFound)?;
        let org = crate::Organisation::try_from(row)?;
        let mut query = activity_series::Entity::find().filter(activity_series::Column::OrgId.eq(org.id.as_uuid()));
        if let Some(p) = project {
            query = query.filter(activity_series::Column::ProjectId.eq(p.as_uuid()));
        }
        let rows = query.order_by_asc(activity_series::Column::CreatedAt).all(&self.db).await?;
        Ok((org, rows.into_iter().map(series_of).collect::<Result<_>>()?))
    }
}
