//! Starting a project from a worked example: one of the toolkit's "In practice" situations written
//! out as a whole plan (`content/scenarios/`), copied into a new project the group can then change.

use crate::http::authz::Authorised;
use crate::http::error::{AppError, AppResult};
use crate::http::forms::FormPairs;
use crate::http::see_other;
use crate::http::state::AppState;
use crate::plan::registers;
use crate::plan::steps::check_choices;
use axum::extract::State;
use axum::response::Response;
use bridges_domain::policy::EditProjects;
use bridges_domain::{Language, ProjectId, StakeholderId};
use bridges_plan::evidence::Entry;
use bridges_plan::Scenario;
use bridges_store::Grant;
use std::collections::BTreeMap;

/// A worked example as the projects page offers it.
pub struct Example {
    pub id: String,
    pub title: String,
    pub guidance: String,
    pub guidance_title: String,
}

fn scenario(state: &AppState, id: &str) -> AppResult<Scenario> {
    let (_, text) =
        state.learn().library().scenario_sources().iter().find(|(i, _)| i == id).ok_or(AppError::NotFound)?;
    Scenario::from_toml(text).map_err(|e| AppError::Internal(format!("scenario {id}: {e}")))
}

/// The worked examples, with the guidance that tells each story, in the reader's language.
pub fn examples(state: &AppState, lang: Language) -> AppResult<Vec<Example>> {
    let library = state.learn().library();
    library
        .scenario_sources()
        .iter()
        .map(|(id, _)| {
            let s = scenario(state, id)?;
            let guidance_title =
                library.guidance(&s.guidance, lang).map(|g| g.value.meta.title.clone()).unwrap_or_default();
            Ok(Example { id: id.clone(), title: s.title, guidance: s.guidance, guidance_title })
        })
        .collect()
}

/// Writes a scenario into a new project of the organisation, step by step.
async fn copy(state: &AppState, grant: &Grant<EditProjects>, s: &Scenario) -> AppResult<ProjectId> {
    let store = state.store();
    let now = state.now();
    let profile = serde_json::to_string(&s.profile).map_err(|e| AppError::Internal(e.to_string()))?;
    let id = store.create_project(grant, &s.title, &s.aims, &profile, now).await?;
    for (step, list) in [(1, &s.areas), (2, &s.principles)] {
        let submitted = list.iter().map(|c| (c.reference.clone(), c.note.clone())).collect();
        let (choices, _) = check_choices(state, grant, step, submitted).await?;
        let relations = (step == 1).then_some(s.area_relations.as_str());
        store.set_choices(grant, id, step, &choices, relations, now).await?;
    }
    for claim in &s.claims {
        let claim_id = registers::save(state, grant, id, &Entry::Claim { text: claim.text.clone() }, None).await?;
        for e in &claim.evidence {
            let entry = Entry::Evidence {
                claim: claim_id.to_string(),
                kind: e.kind,
                summary: e.summary.clone(),
                source: e.source.clone(),
                date: e.date.clone(),
                backed_by: e.backed_by.clone(),
                unknowns: e.unknowns.clone(),
            };
            registers::save(state, grant, id, &entry, None).await?;
        }
    }
    for session in &s.sessions {
        let entry = Entry::Session {
            participants: session.participants.clone(),
            learned: session.learned.clone(),
            gaps: session.gaps.clone(),
        };
        registers::save(state, grant, id, &entry, None).await?;
    }
    // Stakeholders first without cues (their ids do not exist yet), then the cues and relations.
    let mut ids: BTreeMap<&str, StakeholderId> = BTreeMap::new();
    for person in &s.stakeholders {
        let mut stored = person.clone();
        stored.key = String::new();
        stored.cue_from = None;
        let json = serde_json::to_string(&stored).map_err(|e| AppError::Internal(e.to_string()))?;
        ids.insert(&person.key, store.add_stakeholder(grant, id, &json, now).await?);
    }
    for person in &s.stakeholders {
        if let (Some(cue), Some(sid)) =
            (person.cue_from.as_deref().and_then(|c| ids.get(c)), ids.get(person.key.as_str()))
        {
            let mut stored = person.clone();
            stored.key = String::new();
            stored.cue_from = Some(cue.to_string());
            let json = serde_json::to_string(&stored).map_err(|e| AppError::Internal(e.to_string()))?;
            store.update_stakeholder(grant, id, *sid, &json, now).await?;
        }
    }
    for r in &s.relations {
        if let (Some(from), Some(to)) = (ids.get(r.from.as_str()), ids.get(r.to.as_str())) {
            store.add_relation(grant, id, *from, *to, r.kind.as_str(), now).await?;
        }
    }
    for p in &s.partners {
        registers::save(state, grant, id, p, None).await?;
    }
    for setback in &s.setbacks {
        registers::save(state, grant, id, setback, None).await?;
    }
    for o in &s.objectives {
        registers::save(state, grant, id, o, None).await?;
    }
    Ok(id)
}

/// `POST /orgs/{org}/projects/from-example` with `example=<id>`.
pub async fn start(
    State(state): State<AppState>,
    Authorised { ctx, grant }: Authorised<EditProjects>,
    pairs: FormPairs,
) -> AppResult<Response> {
    let s = scenario(&state, &pairs.first("example"))?;
    let id = copy(&state, &grant, &s).await?;
    Ok(see_other(&format!("/orgs/{}/projects/{id}", ctx.org.id)))
}

#[cfg(test)]
mod tests {
    use bridges_plan::Scenario;
    use bridges_toolkit::{FrameworkRef, Library};

    /// Every shipped example parses, tells a story the guidance has, and chooses items that exist
    /// in the frameworks its step offers.
    #[test]
    fn shipped_examples_hold_together() {
        let library = Library::embedded().unwrap();
        assert!(!library.scenario_sources().is_empty());
        for (id, text) in library.scenario_sources() {
            let s = Scenario::from_toml(text).unwrap_or_else(|e| panic!("{id}: {e}"));
            assert!(library.guidance_ids().contains(&s.guidance.as_str()), "{id}: unknown guidance");
            for c in &s.areas {
                let r = FrameworkRef::parse(&c.reference).unwrap();
                assert!(r.framework == "policy-areas" && library.framework_item_exists(&r), "{id}: {}", c.reference);
            }
            for c in &s.principles {
                let r = FrameworkRef::parse(&c.reference).unwrap();
                assert!(["eu-cbp", "enar"].contains(&r.framework.as_str()), "{id}: {}", c.reference);
                assert!(library.framework_item_exists(&r), "{id}: {}", c.reference);
            }
        }
    }
}
