//! Surveys and their responses. A form is not personal and is kept as JSON; a response is sealed
//! whole with the field key, because a handful of closed answers (age band, gender, community,
//! neighbourhood) can name someone in a small place. Plain beside it: the day it came in, how it
//! came (public link, staff entry, import), its wave (before or after) and a keyed digest of the
//! respondent's own code, which pairs a person's before and after without opening anything.
//!
//! The public link is kept as a digest for lookup and sealed so coordinators can share it again;
//! invitation codes only as digests, each used once. No response row holds an address, a device or
//! a time of day: the public path has nothing to store them in.

use crate::audit::AuditEvent;
use crate::entity::{survey, survey_figure, survey_invitation, survey_response};
use crate::error::{Result, StoreError};
use crate::{Grant, Reading, Store};
use bridges_domain::policy::{DefineIndicators, ReadMeasures, RecordMeasures};
use bridges_domain::{ErrorCode, OrgId, ProjectId, ResponseId, SecretToken, Sensitive, SurveyId, UserId};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    TransactionTrait,
};

/// A survey as stored: its form is the measure engine's `Form` as JSON, read by the application.
#[derive(Debug, Clone)]
pub struct StoredSurvey {
    pub id: SurveyId,
    pub org: OrgId,
    pub project: Option<ProjectId>,
    pub title: String,
    pub form: String,
    /// "open" (answers accepted) or "closed".
    pub status: String,
    /// Whether responses are marked before or after the work (for a paired comparison).
    pub waves: bool,
    /// Whether the public link asks for an invitation code, each usable once.
    pub invitation_only: bool,
    pub published: bool,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct NewSurvey {
    pub project: Option<ProjectId>,
    pub title: String,
    pub form: String,
    pub waves: bool,
    pub invitation_only: bool,
}

/// How a response reached bridges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// The public link, answered by the respondent.
    Link,
    /// A paper form typed in by staff.
    Staff,
    /// A KoboToolbox or ODK submissions export.
    Import,
}

impl Via {
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Link => "link",
            Via::Staff => "staff",
            Via::Import => "import",
        }
    }

    pub fn parse(s: &str) -> Option<Via> {
        [Via::Link, Via::Staff, Via::Import].into_iter().find(|v| v.as_str() == s)
    }
}

/// A response to store: its answers (JSON of name → text) are sealed.
#[derive(Debug, Clone)]
pub struct NewResponse {
    pub answers: Sensitive<String>,
    /// "before" or "after", when the survey has waves.
    pub wave: Option<String>,
    /// The respondent's own code (for pairing before and after); only its keyed digest is kept.
    pub respondent: Option<Sensitive<String>>,
    pub submitted_on: NaiveDate,
    /// For imports: the submission's own identifier, so an export imported twice adds nothing.
    pub import_key: Option<String>,
}

/// A response as the statistics read it: no id, no staff member, nothing but what is counted.
#[derive(Debug, Clone)]
pub struct ResponseFacts {
    pub wave: Option<String>,
    /// The keyed digest of the respondent's code: equal digests are the same person.
    pub respondent: Option<String>,
    pub submitted_on: NaiveDate,
    pub answers: Sensitive<String>,
}

/// A response as [`Store::sealed_responses`] reads it: still sealed.
#[derive(Debug, Clone)]
pub struct SealedFacts {
    id: uuid::Uuid,
    wave: Option<String>,
    respondent: Option<String>,
    submitted_on: NaiveDate,
    sealed: String,
}

/// A response as staff see it in an export.
#[derive(Debug, Clone)]
pub struct StoredResponse {
    pub id: ResponseId,
    pub via: Via,
    pub wave: Option<String>,
    pub paired: bool,
    pub submitted_on: NaiveDate,
    pub answers: Sensitive<String>,
}

/// The actual figure a perceived one is compared with, and where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub figure: String,
    pub actual: f64,
    pub source: String,
    pub as_of: Option<NaiveDate>,
}

/// id, wave, respondent digest, day, sealed answers.
type FactsRow = (uuid::Uuid, Option<String>, Option<String>, NaiveDate, String);

fn survey_of(m: survey::Model) -> StoredSurvey {
    StoredSurvey {
        id: SurveyId::from_uuid(m.id),
        org: OrgId::from_uuid(m.org_id),
        project: m.project_id.map(ProjectId::from_uuid),
        title: m.title,
        form: m.form,
        status: m.status,
        waves: m.waves,
        invitation_only: m.invitation_only,
        published: m.link_digest.is_some(),
        created_at: m.created_at,
    }
}

/// Codes people type are compared without case or spaces.
fn normalise_code(code: &str) -> String {
    code.chars().filter(|c| !c.is_whitespace() && *c != '-').flat_map(char::to_uppercase).collect()
}

impl Store {
    async fn survey_in(&self, db: &impl ConnectionTrait, org: OrgId, id: SurveyId) -> Result<survey::Model> {
        survey::Entity::find_by_id(id.as_uuid())
            .filter(survey::Column::OrgId.eq(org.as_uuid()))
            .one(db)
            .await?
            .ok_or(StoreError::NotFound)
    }

    pub async fn create_survey(
        &self,
        grant: &Grant<DefineIndicators>,
        new: &NewSurvey,
        now: DateTime<Utc>,
    ) -> Result<SurveyId> {
        let id = SurveyId::new();
        let txn = self.db.begin().await?;
        self.own_project(&txn, grant.org(), new.project).await?;
        survey::Entity::insert(survey::ActiveModel {
            id: Set(id.as_uuid()),
            org_id: Set(grant.org().as_uuid()),
            project_id: Set(new.project.map(|p| p.as_uuid())),
            title: Set(new.title.clone()),
            form: Set(new.form.clone()),
            status: Set("open".into()),
            waves: Set(new.waves),
            invitation_only: Set(new.invitation_only),
            link_digest: Set(None),
            link_sealed: Set(None),
            created_by: Set(grant.user().as_uuid()),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .exec_without_returning(&txn)
        .await?;
        txn.commit().await?;
        Ok(id)
    }

    /// The organisation a survey belongs to, for the command line to find its member's role there.
    pub async fn survey_org(&self, id: SurveyId) -> Result<OrgId> {
        let row = survey::Entity::find_by_id(id.as_uuid()).one(&self.db).await?.ok_or(StoreError::NotFound)?;
        Ok(OrgId::from_uuid(row.org_id))
    }

    pub async fn surveys(&self, grant: &Grant<ReadMeasures>) -> Result<Vec<StoredSurvey>> {
        Ok(survey::Entity::find()
            .filter(survey::Column::OrgId.eq(grant.org().as_uuid()))
            .order_by_desc(survey::Column::CreatedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(survey_of)
            .collect())
    }

    pub async fn survey(&self, grant: &Grant<ReadMeasures>, id: SurveyId) -> Result<StoredSurvey> {
        Ok(survey_of(self.survey_in(&self.db, grant.org(), id).await?))
    }

    /// Opens or closes a survey to answers.
    pub async fn set_survey_open(
        &self,
        grant: &Grant<DefineIndicators>,
        id: SurveyId,
        open: bool,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let done = survey::Entity::update_many()
            .col_expr(survey::Column::Status, Expr::value(if open { "open" } else { "closed" }))
            .col_expr(survey::Column::UpdatedAt, Expr::value(now))
            .filter(survey::Column::Id.eq(id.as_uuid()))
            .filter(survey::Column::OrgId.eq(grant.org().as_uuid()))
            .exec(&self.db)
            .await?;
        if done.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// The survey's public link, made on first asking and kept (sealed) so it can be shared again.
    pub async fn survey_link(&self, grant: &Grant<DefineIndicators>, id: SurveyId) -> Result<SecretToken> {
        let key = self.field_key()?;
        let row = self.survey_in(&self.db, grant.org(), id).await?;
        if let Some(sealed) = row.link_sealed {
            return SecretToken::parse(&key.open(row.id, &sealed)?).ok_or(StoreError::Corrupt("survey-link".into()));
        }
        let token = SecretToken::generate("srv_");
        // Two coordinators opening the survey at once: the first link made is the one kept.
        survey::Entity::update_many()
            .col_expr(survey::Column::LinkDigest, Expr::value(crate::digest(&token)))
            .col_expr(survey::Column::LinkSealed, Expr::value(key.seal(row.id, token.as_str())?))
            .filter(survey::Column::Id.eq(row.id))
            .filter(survey::Column::LinkSealed.is_null())
            .exec(&self.db)
            .await?;
        let row = self.survey_in(&self.db, grant.org(), id).await?;
        let sealed = row.link_sealed.ok_or(StoreError::Corrupt("survey-link".into()))?;
        SecretToken::parse(&key.open(row.id, &sealed)?).ok_or(StoreError::Corrupt("survey-link".into()))
    }

    /// The survey a public link opens, with its organisation's name and threshold: nothing else.
    pub async fn survey_by_link(&self, token: &SecretToken) -> Result<(crate::Organisation, StoredSurvey)> {
        let row = survey::Entity::find()
            .filter(survey::Column::LinkDigest.eq(crate::digest(token)))
            .one(&self.db)
            .await?
            .ok_or(StoreError::NotFound)?;
        let org = crate::entity::organisation::Entity::find_by_id(row.org_id)
            .one(&self.db)
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok((crate::Organisation::try_from(org)?, survey_of(row)))
    }

    /// Adds invitation codes (made by the caller) to a survey; only their digests are kept.
    pub async fn add_invitations(
        &self,
        grant: &Grant<DefineIndicators>,
        id: SurveyId,
        codes: &[String],
        now: DateTime<Utc>,
    ) -> Result<()> {
        let txn = self.db.begin().await?;
        self.survey_in(&txn, grant.org(), id).await?;
        for code in codes {
            survey_invitation::Entity::insert(survey_invitation::ActiveModel {
                digest: Set(crate::digest_text(&format!("{}:{}", id, normalise_code(code)))),
                survey_id: Set(id.as_uuid()),
                used: Set(false),
                created_at: Set(now),
            })
            .exec_without_returning(&txn)
            .await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// How many invitation codes a survey has, and how many were used.
    pub async fn invitation_counts(&self, grant: &Grant<ReadMeasures>, id: SurveyId) -> Result<(u64, u64)> {
        self.survey_in(&self.db, grant.org(), id).await?;
        let all = survey_invitation::Entity::find().filter(survey_invitation::Column::SurveyId.eq(id.as_uuid()));
        let total = all.clone().count(&self.db).await?;
        let used = all.filter(survey_invitation::Column::Used.eq(true)).count(&self.db).await?;
        Ok((total, used))
    }

    async fn insert_response(
        &self,
        db: &impl ConnectionTrait,
        org: OrgId,
        survey: SurveyId,
        via: Via,
        response: &NewResponse,
        recorded_by: Option<UserId>,
    ) -> Result<ResponseId> {
        let key = self.field_key()?;
        let id = ResponseId::new();
        let respondent = match &response.respondent {
            Some(code) if !normalise_code(code.expose()).is_empty() => {
                Some(key.digest(&format!("survey-respondent:{survey}:{}", normalise_code(code.expose())))?)
            }
            _ => None,
        };
        // A response made here is known by its own id, so bridges' own export imported back into the
        // same survey adds nothing either.
        // bridges' own export names each response by its id: one held here already is not added.
        if let Some(held) = response.import_key.as_deref().and_then(|k| k.trim().parse::<uuid::Uuid>().ok()) {
            let exists = survey_response::Entity::find_by_id(held)
                .filter(survey_response::Column::SurveyId.eq(survey.as_uuid()))
                .count(db)
                .await?;
            if exists > 0 {
                return Ok(ResponseId::from_uuid(held));
            }
        }
        let known_as =
            response.import_key.as_deref().map(str::trim).map(str::to_string).unwrap_or_else(|| id.to_string());
        let import_digest = Some(crate::digest_text(&format!("{survey}:{known_as}")));
        survey_response::Entity::insert(survey_response::ActiveModel {
            id: Set(id.as_uuid()),
            survey_id: Set(survey.as_uuid()),
            org_id: Set(org.as_uuid()),
            via: Set(via.as_str().into()),
            wave: Set(response.wave.clone()),
            respondent_digest: Set(respondent),
            submitted_on: Set(response.submitted_on),
            import_digest: Set(import_digest),
            sealed: Set(key.seal(id.as_uuid(), response.answers.expose())?),
            recorded_by: Set(recorded_by.map(|u| u.as_uuid())),
        })
        .on_conflict(
            OnConflict::columns([survey_response::Column::SurveyId, survey_response::Column::ImportDigest])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
        Ok(id)
    }

    /// A response through the public link. The survey must be open; when it asks for invitations,
    /// `invitation` must be an unused code of this survey, and is used up in the same transaction.
    pub async fn submit_public_response(
        &self,
        token: &SecretToken,
        invitation: Option<&str>,
        response: &NewResponse,
    ) -> Result<ResponseId> {
        let txn = self.db.begin().await?;
        let row = survey::Entity::find()
            .filter(survey::Column::LinkDigest.eq(crate::digest(token)))
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        if row.status != "open" {
            return Err(StoreError::Conflict(ErrorCode::SurveyClosed));
        }
        let survey = SurveyId::from_uuid(row.id);
        if row.invitation_only {
            let digest = crate::digest_text(&format!("{}:{}", survey, normalise_code(invitation.unwrap_or(""))));
            let used = survey_invitation::Entity::update_many()
                .col_expr(survey_invitation::Column::Used, Expr::value(true))
                .filter(survey_invitation::Column::Digest.eq(digest))
                .filter(survey_invitation::Column::SurveyId.eq(row.id))
                .filter(survey_invitation::Column::Used.eq(false))
                .exec(&txn)
                .await?;
            if used.rows_affected == 0 {
                return Err(StoreError::Conflict(ErrorCode::SurveyInvitationInvalid));
            }
        }
        let id = self.insert_response(&txn, OrgId::from_uuid(row.org_id), survey, Via::Link, response, None).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// Responses entered by staff or imported, all or none; an imported submission already held is
    /// skipped. Answers how many were added.
    pub async fn record_responses(
        &self,
        grant: &Grant<RecordMeasures>,
        survey: SurveyId,
        via: Via,
        responses: &[NewResponse],
    ) -> Result<u64> {
        let txn = self.db.begin().await?;
        self.survey_in(&txn, grant.org(), survey).await?;
        let before = self.response_count_in(&txn, survey).await?;
        for r in responses {
            self.insert_response(&txn, grant.org(), survey, via, r, Some(grant.user())).await?;
        }
        let after = self.response_count_in(&txn, survey).await?;
        txn.commit().await?;
        Ok(after.saturating_sub(before))
    }

    async fn response_count_in(&self, db: &impl ConnectionTrait, survey: SurveyId) -> Result<u64> {
        Ok(survey_response::Entity::find()
            .filter(survey_response::Column::SurveyId.eq(survey.as_uuid()))
            .count(db)
            .await?)
    }

    pub async fn response_count(&self, grant: &Grant<ReadMeasures>, survey: SurveyId) -> Result<u64> {
        self.survey_in(&self.db, grant.org(), survey).await?;
        self.response_count_in(&self.db, survey).await
    }

    /// Every response, still sealed, for statistics only: what leaves here is aggregated by the
    /// caller before anyone sees it (suppressed below the reader's threshold), so this is not a
    /// view of personal data and is not audited as one. `from`/`to` bound the day it came in.
    /// [`Store::open_facts`] opens them, on as many threads as the caller likes.
    pub async fn sealed_responses(
        &self,
        grant: &Grant<ReadMeasures>,
        survey: SurveyId,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<SealedFacts>> {
        self.survey_in(&self.db, grant.org(), survey).await?;
        let mut query = survey_response::Entity::find()
            .select_only()
            .columns([
                survey_response::Column::Id,
                survey_response::Column::Wave,
                survey_response::Column::RespondentDigest,
                survey_response::Column::SubmittedOn,
                survey_response::Column::Sealed,
            ])
            .filter(survey_response::Column::SurveyId.eq(survey.as_uuid()));
        if let Some(from) = from {
            query = query.filter(survey_response::Column::SubmittedOn.gte(from));
        }
        if let Some(to) = to {
            query = query.filter(survey_response::Column::SubmittedOn.lte(to));
        }
        let rows: Vec<FactsRow> = query.into_tuple().all(&self.db).await?;
        Ok(rows
            .into_iter()
            .map(|(id, wave, respondent, submitted_on, sealed)| SealedFacts {
                id,
                wave,
                respondent,
                submitted_on,
                sealed,
            })
            .collect())
    }

    /// Opens responses read by [`Store::sealed_responses`].
    pub fn open_facts(&self, rows: Vec<SealedFacts>) -> Result<Vec<ResponseFacts>> {
        let key = self.field_key()?;
        rows.into_iter()
            .map(|r| {
                Ok(ResponseFacts {
                    wave: r.wave,
                    respondent: r.respondent,
                    submitted_on: r.submitted_on,
                    answers: Sensitive::new(key.open(r.id, &r.sealed)?),
                })
            })
            .collect()
    }

    /// Every response's answers, opened, for statistics only (see [`Store::sealed_responses`]).
    pub async fn response_facts(
        &self,
        grant: &Grant<ReadMeasures>,
        survey: SurveyId,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<ResponseFacts>> {
        let rows = self.sealed_responses(grant, survey, from, to).await?;
        self.open_facts(rows)
    }

    /// Every response as recorded, oldest first, for an export or a staff view: audited.
    pub async fn responses(
        &self,
        grant: &Grant<RecordMeasures>,
        survey: SurveyId,
        reading: Reading<'_>,
        now: DateTime<Utc>,
    ) -> Result<Vec<StoredResponse>> {
        let key = self.field_key()?;
        let txn = self.begin_reading().await?;
        self.survey_in(&txn, grant.org(), survey).await?;
        let rows = survey_response::Entity::find()
            .filter(survey_response::Column::SurveyId.eq(survey.as_uuid()))
            .order_by_asc(survey_response::Column::SubmittedOn)
            .order_by_asc(survey_response::Column::Id)
            .all(&txn)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            out.push(StoredResponse {
                id: ResponseId::from_uuid(r.id),
                via: Via::parse(&r.via).ok_or(StoreError::Corrupt("survey-response-via".into()))?,
                wave: r.wave,
                paired: r.respondent_digest.is_some(),
                submitted_on: r.submitted_on,
                answers: Sensitive::new(key.open(r.id, &r.sealed)?),
            });
        }
        let event = AuditEvent::new(reading.kind())
            .org(grant.org())
            .detail(serde_json::json!({ "what": reading.what(), "survey": survey.to_string(), "count": out.len() }))
            .actor(grant.user());
        self.close_reading(txn, event, now).await?;
        Ok(out)
    }

    /// Sets the actual figure a perceived one is compared with.
    pub async fn set_figure(
        &self,
        grant: &Grant<DefineIndicators>,
        survey: SurveyId,
        figure: &Figure,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.survey_in(&self.db, grant.org(), survey).await?;
        survey_figure::Entity::insert(survey_figure::ActiveModel {
            survey_id: Set(survey.as_uuid()),
            figure: Set(figure.figure.clone()),
            actual: Set(figure.actual),
            source: Set(figure.source.clone()),
            as_of: Set(figure.as_of),
            updated_at: Set(now),
        })
        .on_conflict(
            OnConflict::columns([survey_figure::Column::SurveyId, survey_figure::Column::Figure])
                .update_columns([
                    survey_figure::Column::Actual,
                    survey_figure::Column::Source,
                    survey_figure::Column::AsOf,
                    survey_figure::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(&self.db)
        .await?;
        Ok(())
    }

    pub async fn figures(&self, grant: &Grant<ReadMeasures>, survey: SurveyId) -> Result<Vec<Figure>> {
        self.survey_in(&self.db, grant.org(), survey).await?;
        Ok(survey_figure::Entity::find()
            .filter(survey_figure::Column::SurveyId.eq(survey.as_uuid()))
            .order_by_asc(survey_figure::Column::Figure)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|f| Figure { figure: f.figure, actual: f.actual, source: f.source, as_of: f.as_of })
            .collect())
    }
}
