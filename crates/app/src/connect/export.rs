//! A programme's lists out to a spreadsheet: its participants (in the import file's columns, so an
//! exported file imports again elsewhere), its waiting list (longest wait first) and its pairs. A
//! download is a read of everyone's personal data, which the store audits as it reads, and an
//! export, written here with how many people it carries; it takes the coordinator's permission to
//! run the programme. Cells are made safe to open (no formula runs) where the table is written, by
//! [`crate::spreadsheet`].

use super::audit::record_count;
use super::programme::load;
use super::record::{fields_of, skills_text, FIELDS};
use crate::{Result, Services};
use bridges_domain::policy::{ReadParticipants, RunProgrammes};
use bridges_domain::{AuditKind, ProgrammeId};
use bridges_pairing::MAX_SCORE;
use bridges_store::Grant;
use chrono::{DateTime, Utc};
use std::collections::HashSet;

/// Which list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Participants,
    Waiting,
    Pairs,
}

impl List {
    pub const ALL: [List; 3] = [List::Participants, List::Waiting, List::Pairs];

    /// The stable code used in addresses and file names.
    pub fn as_str(self) -> &'static str {
        match self {
            List::Participants => "participants",
            List::Waiting => "waiting",
            List::Pairs => "pairs",
        }
    }

    pub fn parse(text: &str) -> Option<List> {
        List::ALL.into_iter().find(|l| l.as_str() == text)
    }
}

/// A list as a table: its header and its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The list as it stands, read and exported under the member's name.
pub async fn export(services: &Services, grant: &Grant<RunProgrammes>, id: ProgrammeId, list: List) -> Result<Table> {
    let read = grant.also::<ReadParticipants>()?;
    let what = format!("export-{}", list.as_str());
    let data = load(services, &read, id, &what).await?;
    let now = services.now();
    let (table, people) = match list {
        List::Participants => {
            let mut header: Vec<String> = ["id", "status", "joined", "source"].map(String::from).to_vec();
            header.extend(FIELDS.map(String::from));
            let rows: Vec<Vec<String>> = data
                .people
                .iter()
                .map(|p| {
                    let status = if p.withdrawn { "withdrawn" } else { "active" };
                    let mut row = vec![p.id.to_string(), status.to_string(), day(p.joined_at), p.source.clone()];
                    // In the import file's order (a test in `record` holds it to FIELDS).
                    row.extend(fields_of(p.side, &p.record).into_iter().map(|(_, value)| value));
                    row
                })
                .collect();
            let people = rows.len();
            (Table { header, rows }, people)
        }
        List::Waiting => {
            let header = ["id", "name", "days_waiting", "joined", "speaks", "area"].map(String::from).to_vec();
            let rows: Vec<Vec<String>> = data
                .waiting(now)
                .into_iter()
                .map(|(p, days)| {
                    let profile = &p.record.profile;
                    vec![
                        p.id.to_string(),
                        p.record.name.clone(),
                        days.to_string(),
                        day(p.joined_at),
                        skills_text(&profile.speaks),
                        profile.area.clone(),
                    ]
                })
                .collect();
            let people = rows.len();
            (Table { header, rows }, people)
        }
        List::Pairs => {
            let header = [
                "pair",
                "newcomer",
                "volunteer",
                "status",
                "score_percent",
                "proposed",
                "accepted",
                "introduced",
                "closed",
                "close_reason",
                "last_met",
                "check_ins",
            ]
            .map(String::from)
            .to_vec();
            let date = |at: Option<DateTime<Utc>>| at.map(day).unwrap_or_default();
            let mut people = HashSet::new();
            let rows: Vec<Vec<String>> = data
                .pairs
                .iter()
                .map(|p| {
                    people.extend([p.newcomer, p.volunteer]);
                    vec![
                        p.id.to_string(),
                        data.name(p.newcomer),
                        data.name(p.volunteer),
                        p.status.as_str().to_string(),
                        (u64::from(p.score) * 100 / u64::from(MAX_SCORE)).to_string(),
                        day(p.proposed_at),
                        date(p.accepted_at),
                        date(p.introduced_at),
                        date(p.closed_at),
                        p.close_reason.clone().unwrap_or_default(),
                        p.last_met.map(|d| d.to_string()).unwrap_or_default(),
                        p.check_ins.to_string(),
                    ]
                })
                .collect();
            (Table { header, rows }, people.len())
        }
    };
    record_count(services, grant, AuditKind::PersonalDataExported, id, &what, people).await?;
    Ok(table)
}

fn day(at: DateTime<Utc>) -> String {
    at.date_naive().to_string()
}
