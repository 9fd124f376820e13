//! The public intake: anyone with a programme's link registers themselves, in their own language
//! (the page follows the language switcher), and says what they agree to. Nothing about the
//! programme's other participants is ever shown here.

use crate::connect::person_form::{fields_from_form, view_of, PersonForm};
use crate::http::error::{AppError, AppResult};
use crate::http::forms::{FormPairs, FormView};
use crate::http::net::ClientAddress;
use crate::http::page::{render, Page};
use crate::http::state::AppState;
use crate::http::with_status;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use bridges_app::connect::audit::personal_data_event;
use bridges_app::connect::programme::Settings;
use bridges_app::connect::record::{parse_person, Entry};
use bridges_app::connect::{CONSENT_CHECK_INS, CONSENT_PAIRING};
use bridges_domain::{AuditKind, ValidationErrors};
use bridges_store::{StoreError, StoredProgramme};

#[derive(Template)]
#[template(path = "connect/intake.html")]
struct IntakePage {
    page: Page,
    programme: StoredProgramme,
    organisation: String,
    person: PersonForm,
    form: FormView,
    done: bool,
}

async fn open_programme(state: &AppState, token: &str) -> AppResult<(StoredProgramme, String)> {
    if token.len() > 80 {
        return Err(AppError::NotFound);
    }
    let programme = state.store().programme_by_intake(token).await?;
    let org = state.store().org(programme.org).await?;
    Ok((programme, org.name.to_string()))
}

fn intake_form(programme: &StoredProgramme) -> PersonForm {
    PersonForm { settings: Settings::of(programme).programme, staff: false }
}

pub async fn form(State(state): State<AppState>, page: Page, Path(token): Path<String>) -> AppResult<Response> {
    let (programme, organisation) = open_programme(&state, &token).await?;
    render(&IntakePage {
        page,
        person: intake_form(&programme),
        programme,
        organisation,
        form: FormView::new(),
        done: false,
    })
}

pub async fn submit(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
    ClientAddress(address): ClientAddress,
    form: FormPairs,
) -> AppResult<Response> {
    let (programme, organisation) = open_programme(&state, &token).await?;
    // A field people never see: bots fill it, people leave it empty.
    if !form.first("website").is_empty() {
        return Err(AppError::Code(bridges_domain::ErrorCode::BadRequest));
    }
    let mut fields = fields_from_form(&form);
    let side = if form.first("side") == "volunteer" { "volunteer" } else { "newcomer" };
    fields.insert("side".into(), side.into());
    let settings = Settings::of(&programme);
    let parsed = parse_person(|k| fields.get(k).cloned().unwrap_or_default(), &settings.programme, Entry::Intake);
    let parsed = match (parsed, form.has("consent_pairing")) {
        (Ok(p), true) => Ok(p),
        (Ok(_), false) => Err(ValidationErrors::single("consent_pairing", "consent-missing")),
        (Err(mut e), consent) => {
            if !consent {
                e.add("consent_pairing", "consent-missing");
            }
            Err(e)
        }
    };
    match parsed {
        Ok((side, record)) => {
            let mut consents = vec![(CONSENT_PAIRING.to_string(), page.t("consent-pairing"))];
            if form.has("consent_check_ins") {
                consents.push((CONSENT_CHECK_INS.to_string(), page.t("consent-check-ins")));
            }
            let person = record.joining(side, consents, state.now());
            let limit = (address.as_str(), state.config().sign_ups_per_hour, chrono::Duration::hours(1));
            match state.store().register_by_intake(&programme, &person, limit, state.now()).await {
                Err(StoreError::Conflict(bridges_domain::ErrorCode::TooManySignUps)) => {
                    let errors = ValidationErrors::single("name", "too-many-sign-ups");
                    let view = view_of(&fields).with_errors(&page.tr, &errors);
                    let form = intake_form(&programme);
                    let page = IntakePage { page, person: form, programme, organisation, form: view, done: false };
                    return with_status(render(&page)?, StatusCode::TOO_MANY_REQUESTS);
                }
                other => other?,
            };
            let event =
                personal_data_event(AuditKind::PersonalDataChanged, programme.org, programme.id, "registered", 1);
            state.store().record(event, state.now()).await?;
            render(&IntakePage {
                page,
                person: intake_form(&programme),
                programme,
                organisation,
                form: FormView::new(),
                done: true,
            })
        }
        Err(errors) => {
            let view = view_of(&fields).with_errors(&page.tr, &errors);
            with_status(
                render(&IntakePage {
                    page,
                    person: intake_form(&programme),
                    programme,
                    organisation,
                    form: view,
                    done: false,
                })?,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}
