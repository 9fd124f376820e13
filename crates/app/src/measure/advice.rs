//! Advice and casework: a contact with a person known by a pseudonymous reference. People advised
//! and occasions are counted from these contacts, never typed.

use crate::{Error, Result, Services};
use bridges_domain::measure::AdviceOutcome;
use bridges_domain::policy::RecordAdvice;
use bridges_domain::{check_text, AdviceId, ProjectId, Sensitive, ValidationErrors};
use bridges_store::{Grant, NewAdvice, Reading, StoredAdvice};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub const MAX_REFERENCE: usize = 60;
pub const MAX_TOPIC: usize = 60;
pub const MAX_NOTES: usize = 4_000;

/// What a contact records besides its dates and codes, sealed at rest.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdviceRecord {
    /// The service the person was sent on to, if any.
    pub referral: String,
    pub notes: String,
}

/// A contact as staff see it.
#[derive(Debug, Clone)]
pub struct AdviceView {
    pub contact: StoredAdvice,
    pub record: AdviceRecord,
}

/// Parses a contact from named fields: `client`, `date`, `topic`, `outcome`, `referral`,
/// `follow_up`, `notes`.
pub fn parse_advice(get: impl Fn(&str) -> String, project: Option<ProjectId>) -> Result<NewAdvice, ValidationErrors> {
    let mut e = ValidationErrors::new();
    let client = get("client");
    check_text(&mut e, "client", &client, MAX_REFERENCE, true);
    let occurred_on = NaiveDate::parse_from_str(&get("date"), "%Y-%m-%d").ok();
    if occurred_on.is_none() {
        e.add("date", "date-invalid");
    }
    let topic = get("topic");
    check_text(&mut e, "topic", &topic, MAX_TOPIC, true);
    let outcome = AdviceOutcome::parse(&get("outcome"));
    if outcome.is_none() {
        e.add("outcome", "advice-outcome-invalid");
    }
    let follow_up_on = match get("follow_up").as_str() {
        "" => None,
        d => match NaiveDate::parse_from_str(d, "%Y-%m-%d") {
            Ok(d) if occurred_on.is_none_or(|o| d >= o) => Some(d),
            Ok(_) => {
                e.add("follow_up", "follow-up-before-contact");
                None
            }
            Err(_) => {
                e.add("follow_up", "date-invalid");
                None
            }
        },
    };
    let outcome = outcome.unwrap_or(AdviceOutcome::Ongoing);
    if outcome == AdviceOutcome::Ongoing && follow_up_on.is_none() && e.for_field("follow_up").is_none() {
        e.add("follow_up", "follow-up-missing");
    }
    let referral = get("referral");
    check_text(&mut e, "referral", &referral, MAX_TOPIC * 2, outcome == AdviceOutcome::Referred);
    let notes = get("notes");
    check_text(&mut e, "notes", &notes, MAX_NOTES, false);
    e.into_result()?;
    let record = serde_json::to_string(&AdviceRecord { referral, notes })
        .map_err(|_| ValidationErrors::single("notes", "text-control-characters"))?;
    Ok(NewAdvice {
        client: Sensitive::new(client),
        project,
        occurred_on: occurred_on.unwrap_or_default(),
        topic,
        outcome,
        follow_up_on,
        record: Sensitive::new(record),
    })
}

/// Records the contact: its id, and whether its person is new to the organisation's advice.
pub async fn record(services: &Services, grant: &Grant<RecordAdvice>, advice: &NewAdvice) -> Result<(AdviceId, bool)> {
    let (id, _, fresh) = services.store().record_advice(grant, advice, services.now()).await?;
    Ok((id, fresh))
}

fn view(contact: StoredAdvice) -> Result<AdviceView> {
    let record = serde_json::from_str(contact.record.expose()).map_err(|e| Error::Internal(e.to_string()))?;
    Ok(AdviceView { contact, record })
}

/// The latest contacts, newest first (audited as a view of personal data).
pub async fn recent(
    services: &Services,
    grant: &Grant<RecordAdvice>,
    what: &str,
    limit: u64,
) -> Result<Vec<AdviceView>> {
    let rows = services.store().advice_contacts(grant, Reading::viewing(what), None, limit, services.now()).await?;
    rows.into_iter().map(view).collect()
}

/// Contacts whose follow-up was due before `today` and is not done, the most overdue first.
pub async fn overdue(
    services: &Services,
    grant: &Grant<RecordAdvice>,
    what: &str,
    today: NaiveDate,
) -> Result<Vec<AdviceView>> {
    let rows =
        services.store().advice_contacts(grant, Reading::viewing(what), Some(today), 500, services.now()).await?;
    rows.into_iter().map(view).collect()
}

pub async fn follow_up_done(services: &Services, grant: &Grant<RecordAdvice>, id: AdviceId) -> Result<()> {
    Ok(services.store().complete_follow_up(grant, id).await?)
}
