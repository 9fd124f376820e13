//! Plan's use cases: a project's whole plan, loaded once for the overview, the printable document, the API and the
//! CSV exports; and what every register entry must satisfy, checked the same way whether it comes
//! from a form or from the API.

use crate::{Error, Result, Services};
use bridges_domain::check_text;
use bridges_domain::policy::ReadOrg;
use bridges_domain::{ProjectId, ValidationErrors};
use bridges_plan::evidence::Entry;
use bridges_plan::{
    overview, Objective, Overview, Partner, Plan, PowerMap, Profile, Relation, RelationKind, Setback, Stakeholder,
    TeamRole,
};
use bridges_store::{Choice, Grant, Project};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Longest text one register field may hold.
pub const MAX_FIELD: usize = 2_000;

/// An ISO date (`YYYY-MM-DD`), when one is given.
pub fn check_date(errors: &mut ValidationErrors, field: &'static str, value: Option<&str>) {
    if let Some(v) = value {
        if chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").is_err() {
            errors.add(field, "date-invalid");
        }
    }
}

/// A kind of entry in one of the plan's registers.
pub trait Register: Serialize + DeserializeOwned + Clone {
    /// The store's number for the register.
    const STEP: i16;
    /// What a valid entry looks like, given the register's other entries.
    fn check(&self, errors: &mut ValidationErrors, others: &[(String, Self)]);
    /// Column names for the CSV export, then one row per entry.
    fn csv_header() -> &'static [&'static str];
    fn csv_row(&self) -> Vec<String>;
}

impl Register for Entry {
    const STEP: i16 = 3;
    fn check(&self, errors: &mut ValidationErrors, others: &[(String, Self)]) {
        match self {
            Entry::Claim { text } => check_text(errors, "text", text, MAX_FIELD, true),
            Entry::Evidence { claim, summary, source, date, backed_by, unknowns, .. } => {
                if !others.iter().any(|(id, e)| id == claim && matches!(e, Entry::Claim { .. })) {
                    errors.add("claim", "claim-unknown");
                }
                check_text(errors, "summary", summary, MAX_FIELD, true);
                for (field, v) in [("source", source), ("date", date), ("backed_by", backed_by), ("unknowns", unknowns)]
                {
                    check_text(errors, field, v, MAX_FIELD, false);
                }
            }
            Entry::Session { participants, learned, gaps } => {
                check_text(errors, "participants", participants, MAX_FIELD, true);
                check_text(errors, "learned", learned, MAX_FIELD, false);
                check_text(errors, "gaps", gaps, MAX_FIELD, false);
            }
        }
    }
    fn csv_header() -> &'static [&'static str] {
        &["type", "text", "claim", "kind", "source", "date", "backed_by", "unknowns", "participants", "gaps"]
    }
    fn csv_row(&self) -> Vec<String> {
        let s = String::new;
        match self {
            Entry::Claim { text } => vec!["claim".into(), text.clone(), s(), s(), s(), s(), s(), s(), s(), s()],
            Entry::Evidence { claim, kind, summary, source, date, backed_by, unknowns } => vec![
                "evidence".into(),
                summary.clone(),
                claim.clone(),
                kind.as_str().into(),
                source.clone(),
                date.clone(),
                backed_by.clone(),
                unknowns.clone(),
                s(),
                s(),
            ],
            Entry::Session { participants, learned, gaps } => {
                vec![
                    "session".into(),
                    learned.clone(),
                    s(),
                    s(),
                    s(),
                    s(),
                    s(),
                    s(),
                    participants.clone(),
                    gaps.clone(),
                ]
            }
        }
    }
}

impl Register for Partner {
    const STEP: i16 = 5;
    fn check(&self, errors: &mut ValidationErrors, _: &[(String, Self)]) {
        check_text(errors, "name", &self.name, 200, true);
        for (field, v) in [
            ("brings", &self.brings),
            ("wants", &self.wants),
            ("bottom_line", &self.bottom_line),
            ("walk_away_if", &self.walk_away_if),
        ] {
            check_text(errors, field, v, MAX_FIELD, false);
        }
        if !(0.0..=100.0).contains(&self.funding_share) {
            errors.add("funding_share", "share-invalid");
        }
    }
    fn csv_header() -> &'static [&'static str] {
        &["name", "brings", "wants", "bottom_line", "walk_away_if", "funding_share"]
    }
    fn csv_row(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.brings.clone(),
            self.wants.clone(),
            self.bottom_line.clone(),
            self.walk_away_if.clone(),
            format!("{}", self.funding_share),
        ]
    }
}

impl Register for Setback {
    const STEP: i16 = 6;
    fn check(&self, errors: &mut ValidationErrors, _: &[(String, Self)]) {
        check_text(errors, "description", &self.description, MAX_FIELD, true);
        check_text(errors, "response", &self.response, MAX_FIELD, false);
        if !self.is_known() || self.rights.len() > 20 || self.allies.len() > 20 {
            errors.add("rights", "practice-framework-invalid");
        }
    }
    fn csv_header() -> &'static [&'static str] {
        &["description", "rights", "legal_support", "allies", "response"]
    }
    fn csv_row(&self) -> Vec<String> {
        vec![
            self.description.clone(),
            self.rights.join(" "),
            if self.legal_support { "yes" } else { "no" }.into(),
            self.allies.join(" "),
            self.response.clone(),
        ]
    }
}

impl Register for Objective {
    const STEP: i16 = 7;
    fn check(&self, errors: &mut ValidationErrors, _: &[(String, Self)]) {
        check_text(errors, "text", &self.text, 500, true);
        check_text(errors, "measure", &self.measure, MAX_FIELD, false);
        check_text(errors, "target", &self.target, 500, false);
        check_date(errors, "due", self.due.as_deref());
    }
    fn csv_header() -> &'static [&'static str] {
        &["objective", "measure", "target", "due"]
    }
    fn csv_row(&self) -> Vec<String> {
        vec![self.text.clone(), self.measure.clone(), self.target.clone(), self.due.clone().unwrap_or_default()]
    }
}

impl Register for TeamRole {
    const STEP: i16 = 8;
    /// Whether the member belongs to the organisation is checked by the caller, who can ask the store.
    fn check(&self, errors: &mut ValidationErrors, others: &[(String, Self)]) {
        check_text(errors, "role", &self.role, 200, true);
        if others.iter().any(|(_, t)| t.member == self.member) {
            errors.add("member", "team-member-twice");
        }
    }
    fn csv_header() -> &'static [&'static str] {
        &["member", "role"]
    }
    fn csv_row(&self) -> Vec<String> {
        vec![self.member.clone(), self.role.clone()]
    }
}

/// A register's entries, oldest first, with their ids.
pub async fn load_register<T: Register>(
    services: &Services,
    read: &Grant<ReadOrg>,
    project: ProjectId,
) -> Result<Vec<(String, T)>> {
    services
        .store()
        .entries(read, project, T::STEP)
        .await?
        .into_iter()
        .map(|(entry, data)| {
            Ok((entry.to_string(), serde_json::from_str(&data).map_err(|e| Error::Internal(e.to_string()))?))
        })
        .collect()
}

/// The planner's graph over a stakeholder map; the map was checked when stored, so a refusal here is
/// an internal error.
pub fn power_map(people: Vec<Stakeholder>, relations: &[Relation]) -> Result<PowerMap> {
    PowerMap::new(people, relations).map_err(|e| Error::Internal(e.to_string()))
}

/// The profile as stored; a profile the current code cannot read is an internal error, not a reset.
pub fn profile_of(project: &Project) -> Result<Profile> {
    serde_json::from_str(&project.profile).map_err(|e| Error::Internal(e.to_string()))
}

/// Everything in one project's plan.
pub struct PlanData {
    pub project: Project,
    pub profile: Profile,
    pub areas: Vec<Choice>,
    pub principles: Vec<Choice>,
    pub evidence: Vec<(String, Entry)>,
    pub stakeholders: Vec<Stakeholder>,
    pub relations: Vec<Relation>,
    pub partners: Vec<(String, Partner)>,
    pub setbacks: Vec<(String, Setback)>,
    pub objectives: Vec<(String, Objective)>,
    pub team: Vec<(String, TeamRole)>,
}

impl PlanData {
    pub async fn load(services: &Services, read: &Grant<ReadOrg>, id: ProjectId) -> Result<Self> {
        let project = services.store().project(read, id).await?;
        let (stakeholders, relations) = load_map(services, read, id).await?;
        Ok(Self {
            profile: profile_of(&project)?,
            areas: services.store().choices(read, id, 1).await?,
            principles: services.store().choices(read, id, 2).await?,
            evidence: load_register(services, read, id).await?,
            stakeholders,
            relations,
            partners: load_register(services, read, id).await?,
            setbacks: load_register(services, read, id).await?,
            objectives: load_register(services, read, id).await?,
            team: load_register(services, read, id).await?,
            project,
        })
    }

    pub fn power_map(&self) -> Result<PowerMap> {
        power_map(self.stakeholders.clone(), &self.relations)
    }

    pub fn overview(&self) -> Overview {
        let areas: Vec<(String, String)> = self.areas.iter().map(|c| (c.reference.clone(), c.note.clone())).collect();
        let principles: Vec<String> = self.principles.iter().map(|c| c.reference.clone()).collect();
        let partners: Vec<Partner> = self.partners.iter().map(|(_, p)| p.clone()).collect();
        let setbacks: Vec<Setback> = self.setbacks.iter().map(|(_, s)| s.clone()).collect();
        let objectives: Vec<Objective> = self.objectives.iter().map(|(_, o)| o.clone()).collect();
        overview(&Plan {
            profile: &self.profile,
            areas: &areas,
            principles: &principles,
            evidence: &self.evidence,
            stakeholders: &self.stakeholders,
            partners: &partners,
            setbacks: &setbacks,
            objectives: &objectives,
            team: self.team.len(),
        })
    }
}

/// The stored map as the plan crate's graph; cues to stakeholders since removed are dropped.
pub async fn load_map(
    services: &Services,
    read: &Grant<ReadOrg>,
    project: ProjectId,
) -> Result<(Vec<Stakeholder>, Vec<Relation>)> {
    let stored = services.store().stakeholders(read, project).await?;
    let mut people: Vec<Stakeholder> = stored
        .iter()
        .map(|s| {
            let mut p: Stakeholder = serde_json::from_str(&s.definition).map_err(|e| Error::Internal(e.to_string()))?;
            p.key = s.id.to_string();
            Ok(p)
        })
        .collect::<Result<_>>()?;
    let keys: Vec<String> = people.iter().map(|p| p.key.clone()).collect();
    for p in &mut people {
        if p.cue_from.as_ref().is_some_and(|c| !keys.contains(c) || *c == p.key) {
            p.cue_from = None;
        }
    }
    let relations = services
        .store()
        .relations(read, project)
        .await?
        .into_iter()
        .filter(|r| r.from != r.to)
        .filter_map(|r| {
            Some(Relation { from: r.from.to_string(), to: r.to.to_string(), kind: RelationKind::parse(&r.kind)? })
        })
        .collect();
    Ok((people, relations))
}
