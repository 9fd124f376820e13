//! A person's rights over what the organisation holds about them: to see all of it (GDPR article
//! 15), as JSON for machines and CSV for people, and to have it erased everywhere (article 17).
//! Both are coordinators' acts, and both are written to the audit log by id, never by name.

use super::audit::record_people;
use super::record::Record;
use crate::spreadsheet::Sheet;
use crate::{Result, Services};
use bridges_domain::policy::RunProgrammes;
use bridges_domain::{AuditKind, ParticipantId, ProgrammeId};
use bridges_pairing::Factor;
use bridges_store::{Erased, Grant, Reading};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct PersonExport {
    pub id: String,
    pub programme: String,
    pub side: String,
    pub status: String,
    pub source: String,
    pub joined_at: DateTime<Utc>,
    pub record: Record,
    pub consents: Vec<ConsentExport>,
    pub pairs: Vec<PairExport>,
    /// What was done with their data, from the audit log: when, what, and in which words.
    pub audit: Vec<AuditExport>,
}

#[derive(Debug, Serialize)]
pub struct ConsentExport {
    pub purpose: String,
    pub wording: String,
    pub given_at: DateTime<Utc>,
    pub withdrawn_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize)]
pub struct PairExport {
    pub id: String,
    /// The other person of the pair, by id only: their data is theirs.
    pub partner: String,
    pub status: String,
    pub score: u32,
    pub reasons: Vec<Factor>,
    pub proposed_at: DateTime<Utc>,
    pub accepted_at: Option<DateTime<Utc>>,
    pub introduced_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub close_reason: Option<String>,
    pub check_ins: Vec<CheckInExport>,
}

#[derive(Debug, Serialize)]
pub struct CheckInExport {
    pub met_on: NaiveDate,
    pub minutes: u32,
    pub record: serde_json::Value,
}

#[derive(Debug, Serialize)]
pub struct AuditExport {
    pub at: DateTime<Utc>,
    pub kind: String,
    pub what: String,
}

/// Everything held about one person, gathered for them; the store audits the export as it reads.
pub async fn export(
    services: &Services,
    grant: &Grant<RunProgrammes>,
    programme: ProgrammeId,
    person: ParticipantId,
) -> Result<PersonExport> {
    let reading = Reading::exporting("person-export");
    let held = services.store().person_held(grant, programme, person, reading, services.now()).await?;
    let p = held.participant;
    let export = PersonExport {
        id: p.id.to_string(),
        programme: programme.to_string(),
        side: p.side,
        status: p.status,
        source: p.source,
        joined_at: p.joined_at,
        record: Record::from_json(p.record.expose()),
        consents: held
            .consents
            .into_iter()
            .map(|c| ConsentExport {
                purpose: c.purpose,
                wording: c.wording,
                given_at: c.given_at,
                withdrawn_at: c.withdrawn_at,
            })
            .collect(),
        pairs: held
            .pairs
            .into_iter()
            .map(|(pair, check_ins)| PairExport {
                id: pair.id.to_string(),
                partner: if pair.newcomer == person { pair.volunteer } else { pair.newcomer }.to_string(),
                status: pair.status.as_str().to_string(),
                score: pair.score,
                reasons: serde_json::from_str(&pair.explanation).unwrap_or_default(),
                proposed_at: pair.proposed_at,
                accepted_at: pair.accepted_at,
                introduced_at: pair.introduced_at,
                closed_at: pair.closed_at,
                close_reason: pair.close_reason,
                check_ins: check_ins
                    .into_iter()
                    .map(|c| CheckInExport {
                        met_on: c.met_on,
                        minutes: c.minutes,
                        record: serde_json::from_str(c.record.expose()).unwrap_or_default(),
                    })
                    .collect(),
            })
            .collect(),
        audit: held
            .audit
            .into_iter()
            .map(|(at, kind, detail)| AuditExport {
                at,
                kind: kind.as_str().to_string(),
                what: detail["what"].as_str().unwrap_or_default().to_string(),
            })
            .collect(),
    };
    Ok(export)
}

/// The export as a spreadsheet a person can open: one row per fact, named by where it sits.
pub fn to_csv(export: &PersonExport) -> String {
    fn walk(prefix: &str, value: &serde_json::Value, rows: &mut Vec<[String; 2]>) {
        match value {
            serde_json::Value::Object(fields) => {
                for (k, v) in fields {
                    walk(&if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") }, v, rows);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(&format!("{prefix}.{}", i + 1), v, rows);
                }
            }
            serde_json::Value::Null => {}
            serde_json::Value::String(s) => rows.push([prefix.to_string(), s.clone()]),
            other => rows.push([prefix.to_string(), other.to_string()]),
        }
    }
    let mut rows = Vec::new();
    walk("", &serde_json::to_value(export).unwrap_or_default(), &mut rows);
    let mut sheet = Sheet::new(&["field", "value"]);
    for row in &rows {
        sheet.row(row);
    }
    sheet.finish()
}

/// Erases the person everywhere; the audit entry names only their id and the counts.
pub async fn erase(
    services: &Services,
    grant: &Grant<RunProgrammes>,
    programme: ProgrammeId,
    person: ParticipantId,
) -> Result<Erased> {
    let erased = services.store().erase_participant(grant, programme, person, services.now()).await?;
    record_people(services, grant, AuditKind::PersonalDataErased, programme, "erased", &[person]).await?;
    Ok(erased)
}
