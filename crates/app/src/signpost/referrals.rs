//! Referrals: staff send a person (a participant, or an advice client by their reference) on to a
//! service of the directory with the person's consent, then follow it — the service reached, the
//! person seen, what came of it — as follow-ups fall due. Each step is checked by the domain's
//! life cycle; what is said about the person is sealed.

use crate::{Error, Result, Services};
use bridges_domain::policy::RecordReferrals;
use bridges_domain::referral::{
    check_move, ConsentMethod, Move, ReferralMode, ReferralOutcome, ReferralReason, ReferralStatus,
};
use bridges_domain::{check_text, ParticipantId, ReferralId, Sensitive, ValidationErrors};
use bridges_store::{
    Grant, NewReferral, Reading, ReferralEvent, ReferralFilter, ReferralPerson, ReferredPerson, StoredReferral,
};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

pub const MAX_REFERENCE: usize = crate::measure::advice::MAX_REFERENCE;
pub const MAX_NOTES: usize = 4_000;
pub const MAX_CONTACT: usize = 300;
/// The most referrals one list shows.
pub const LIST_LIMIT: u64 = 500;

/// What a referral records about the person, sealed at rest.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralRecord {
    /// How the person wants the service to reach them (a referral passes it on).
    #[serde(default)]
    pub contact: String,
    #[serde(default)]
    pub notes: String,
}

/// A referral as staff see it: who it is for, in words, and what it records.
#[derive(Debug, Clone)]
pub struct ReferralView {
    pub referral: StoredReferral,
    /// The participant's name or the client's reference; empty once consent was withdrawn.
    pub person: String,
    pub participant: Option<ParticipantId>,
    pub record: ReferralRecord,
}

/// One step of its history, with its note opened.
#[derive(Debug, Clone)]
pub struct StepView {
    pub event: ReferralEvent,
}

fn view(referral: StoredReferral) -> ReferralView {
    let (person, participant) = match &referral.person {
        ReferralPerson::Participant(p) => {
            (crate::connect::record::Record::from_json(p.record.expose()).name.clone(), Some(p.id))
        }
        ReferralPerson::Client(_, reference) => (reference.expose().clone(), None),
        ReferralPerson::Withdrawn => (String::new(), None),
    };
    let record = serde_json::from_str(referral.record.expose()).unwrap_or_default();
    ReferralView { referral, person, participant, record }
}

fn date(e: &mut ValidationErrors, field: &'static str, text: &str, not_before: NaiveDate) -> Option<NaiveDate> {
    match NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d") {
        Ok(d) if d >= not_before => Some(d),
        Ok(_) => {
            e.add(field, "follow-up-before-contact");
            None
        }
        Err(_) => {
            e.add(field, "date-invalid");
            None
        }
    }
}

/// The day a follow-up falls due by default once a referral reaches `status`.
pub fn default_follow_up(status: ReferralStatus, today: NaiveDate) -> Option<NaiveDate> {
    status.follow_up_days().and_then(|d| today.checked_add_days(Days::new(d)))
}

/// Whether a code names a need of the shipped taxonomy.
fn known_need(code: &str) -> Result<bool> {
    Ok(crate::signpost::finding::needs()?.terms.iter().any(|n| n.code == code))
}

/// Parses a referral to `service` from named fields: `participant` (an id) or `person` (an advice
/// client's reference), `need`, `mode`, `consent` (must be given), `consent_method`, `contact`,
/// `notes` and `follow_up` (a week from `today` when empty).
pub fn parse_referral(get: impl Fn(&str) -> String, service: uuid::Uuid, today: NaiveDate) -> Result<NewReferral> {
    let mut e = ValidationErrors::new();
    let participant = get("participant");
    let reference = get("person");
    let person = if !participant.trim().is_empty() {
        match uuid::Uuid::parse_str(participant.trim()) {
            Ok(id) => Some(ReferredPerson::Participant(ParticipantId::from_uuid(id))),
            Err(_) => {
                e.add("participant", "id-invalid");
                None
            }
        }
    } else {
        check_text(&mut e, "person", &reference, MAX_REFERENCE, true);
        Some(ReferredPerson::Client(Sensitive::new(reference.trim().to_string())))
    };
    let need = match get("need").trim() {
        "" => None,
        code if known_need(code)? => Some(code.to_string()),
        _ => {
            e.add("need", "need-invalid");
            None
        }
    };
    let mode = ReferralMode::parse(&get("mode"));
    if mode.is_none() {
        e.add("mode", "referral-mode-invalid");
    }
    if !matches!(get("consent").trim(), "yes" | "on" | "true") {
        e.add("consent", "referral-consent-missing");
    }
    let consent = ConsentMethod::parse(&get("consent_method"));
    if consent.is_none() {
        e.add("consent_method", "referral-consent-method-invalid");
    }
    let follow_up_on = match get("follow_up").trim() {
        "" => default_follow_up(ReferralStatus::Made, today),
        text => date(&mut e, "follow_up", text, today),
    };
    let contact = get("contact");
    check_text(&mut e, "contact", &contact, MAX_CONTACT, false);
    let notes = get("notes");
    check_text(&mut e, "notes", &notes, MAX_NOTES, false);
    e.into_result()?;
    let record = serde_json::to_string(&ReferralRecord { contact, notes })
        .map_err(|err| Error::Internal(format!("a referral's record: {err}")))?;
    Ok(NewReferral {
        person: person.ok_or_else(|| Error::Internal("a referral without a person".into()))?,
        project: None,
        service,
        need,
        mode: mode.unwrap_or(ReferralMode::Signpost),
        consent: consent.unwrap_or(ConsentMethod::Spoken),
        made_on: today,
        follow_up_on,
        record: Sensitive::new(record),
    })
}

/// Refers someone to `service` from named fields (see [`parse_referral`]), `today` being the
/// organisation's day.
pub async fn refer(
    services: &Services,
    grant: &Grant<RecordReferrals>,
    get: impl Fn(&str) -> String,
    service: uuid::Uuid,
    today: NaiveDate,
) -> Result<ReferralId> {
    let new = parse_referral(get, service, today)?;
    Ok(services.store().make_referral(grant, &new, services.now()).await?)
}

/// The name of a participant about to be referred (audited).
pub async fn participant_name(
    services: &Services,
    grant: &Grant<RecordReferrals>,
    id: ParticipantId,
) -> Result<String> {
    let person =
        services.store().participant_to_refer(grant, id, Reading::viewing("referral form"), services.now()).await?;
    Ok(crate::connect::record::Record::from_json(person.record.expose()).name)
}

/// The referrals a list shows, audited as a view of personal data under `what`.
pub async fn list(
    services: &Services,
    grant: &Grant<RecordReferrals>,
    what: &str,
    filter: ReferralFilter,
) -> Result<Vec<ReferralView>> {
    let rows = services.store().referrals(grant, Reading::viewing(what), filter, LIST_LIMIT, services.now()).await?;
    Ok(rows.into_iter().map(view).collect())
}

/// One referral and its history, audited.
pub async fn one(
    services: &Services,
    grant: &Grant<RecordReferrals>,
    id: ReferralId,
) -> Result<(ReferralView, Vec<StepView>)> {
    let (referral, events) = services.store().referral(grant, Reading::viewing("referral"), id, services.now()).await?;
    Ok((view(referral), events.into_iter().map(|event| StepView { event }).collect()))
}

/// An optional code: none when empty, an error under `field` when it is not one of the list's.
fn optional<T>(e: &mut ValidationErrors, field: &'static str, text: &str, parse: fn(&str) -> Option<T>) -> Option<T> {
    match text.trim() {
        "" => None,
        text => {
            let found = parse(text);
            if found.is_none() {
                e.add(field, "referral-value-invalid");
            }
            found
        }
    }
}

/// Parses a step from named fields: `status`, `outcome`, `reason`, `note`, `follow_up` (a default
/// after the step's status when empty), and checks it may be taken from `from`.
pub fn parse_move(
    get: impl Fn(&str) -> String,
    from: ReferralStatus,
    today: NaiveDate,
) -> Result<(Move, Sensitive<String>, Option<NaiveDate>)> {
    let mut e = ValidationErrors::new();
    let to = ReferralStatus::parse(&get("status"));
    if to.is_none() {
        e.add("status", "referral-status-invalid");
    }
    let outcome = optional(&mut e, "outcome", &get("outcome"), ReferralOutcome::parse);
    let reason = optional(&mut e, "reason", &get("reason"), ReferralReason::parse);
    let note = get("note");
    check_text(&mut e, "note", &note, MAX_NOTES, false);
    let follow_up_on = match get("follow_up").trim() {
        "" => to.and_then(|s| default_follow_up(s, today)),
        text => date(&mut e, "follow_up", text, today),
    };
    if let (Some(to), true) = (to, e.is_empty()) {
        if let Err((field, code)) = check_move(from, Move { to, outcome, reason }) {
            e.add(field, code);
        }
    }
    e.into_result()?;
    let to = to.ok_or_else(|| Error::Internal("a step without a status".into()))?;
    Ok((Move { to, outcome, reason }, Sensitive::new(note), follow_up_on))
}

/// Takes a step on a referral from where it stands now.
pub async fn move_on(
    services: &Services,
    grant: &Grant<RecordReferrals>,
    id: ReferralId,
    get: impl Fn(&str) -> String,
    today: NaiveDate,
) -> Result<()> {
    let store = services.store();
    let from = store.referral_status(grant, id).await?;
    let (step, note, follow_up) = parse_move(get, from, today)?;
    Ok(store.move_referral(grant, id, (from, step), &note, follow_up, today, services.now()).await?)
}

/// Sets when an open referral is next followed up, from a `follow_up` field.
pub async fn postpone(
    services: &Services,
    grant: &Grant<RecordReferrals>,
    id: ReferralId,
    get: impl Fn(&str) -> String,
    today: NaiveDate,
) -> Result<()> {
    let mut e = ValidationErrors::new();
    let on = date(&mut e, "follow_up", &get("follow_up"), today);
    e.into_result()?;
    let on = on.ok_or_else(|| Error::Internal("a follow-up without a day".into()))?;
    Ok(services.store().postpone_referral(grant, id, on, services.now()).await?)
}

/// The person took their consent back: see [`bridges_store::Store::withdraw_referral_consent`].
pub async fn withdraw(
    services: &Services,
    grant: &Grant<RecordReferrals>,
    id: ReferralId,
    today: NaiveDate,
) -> Result<()> {
    Ok(services.store().withdraw_referral_consent(grant, id, today, services.now()).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> String + 'a {
        move |k| pairs.iter().find(|(f, _)| *f == k).map(|(_, v)| v.to_string()).unwrap_or_default()
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn invalid(result: Result<impl std::fmt::Debug>) -> Vec<(String, String)> {
        match result {
            Err(Error::Invalid(e)) => e.iter().map(|f| (f.field.to_string(), f.code.to_string())).collect(),
            other => panic!("expected invalid input, got {other:?}"),
        }
    }

    #[test]
    fn a_referral_needs_a_person_consent_and_a_known_need() {
        let service = uuid::Uuid::nil();
        let today = day("2026-03-02");
        let ok = [
            ("person", " AB-1990 "),
            ("need", "need-legal"),
            ("mode", "signpost"),
            ("consent", "yes"),
            ("consent_method", "spoken"),
        ];
        let made = parse_referral(fields(&ok), service, today).unwrap();
        assert_eq!(made.follow_up_on, Some(day("2026-03-09")));
        assert!(matches!(&made.person, ReferredPerson::Client(r) if r.expose() == "AB-1990"));
        let missing = invalid(parse_referral(fields(&[("need", "need-nothing"), ("mode", "tell")]), service, today));
        for field in ["person", "need", "mode", "consent", "consent_method"] {
            assert!(missing.iter().any(|(f, _)| f == field), "{field}: {missing:?}");
        }
        let early = [
            ("person", "x"),
            ("mode", "referral"),
            ("consent", "on"),
            ("consent_method", "written"),
            ("follow_up", "2026-03-01"),
        ];
        assert_eq!(
            invalid(parse_referral(fields(&early), service, today)),
            vec![("follow_up".into(), "follow-up-before-contact".into())]
        );
    }

    #[test]
    fn a_step_is_checked_against_where_the_referral_stands() {
        let today = day("2026-03-02");
        let (step, _, follow_up) = parse_move(fields(&[("status", "contacted")]), ReferralStatus::Made, today).unwrap();
        assert_eq!(step.to, ReferralStatus::Contacted);
        assert_eq!(follow_up, Some(day("2026-03-16")));
        assert_eq!(
            invalid(parse_move(fields(&[("status", "closed"), ("outcome", "not-met")]), ReferralStatus::Seen, today)),
            vec![("reason".into(), "referral-reason-missing".into())]
        );
        assert_eq!(
            invalid(parse_move(fields(&[("status", "made")]), ReferralStatus::Seen, today)),
            vec![("status".into(), "referral-move-backwards".into())]
        );
        let (closed, _, none) =
            parse_move(fields(&[("status", "closed"), ("outcome", "met")]), ReferralStatus::Seen, today).unwrap();
        assert_eq!((closed.outcome, none), (Some(ReferralOutcome::Met), None));
    }
}
